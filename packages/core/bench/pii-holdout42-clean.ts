/** Hold-out 42: the CLEAN set — same genres and locales, no personal data at all. */
import { LANG3, LOCALES, type Rng } from './pii-holdout42-core.ts';
import { GENRES, LEX } from './pii-holdout42-docs.ts';

const CLEAN: Record<string, string[]> = {
  en: [
    'Order #A-48213 shipped on Tuesday and should arrive within 3–5 business days.',
    'The Pro plan costs $19.99 per month, billed annually.',
    'Version 4.2.1 fixes the crash when exporting to PDF.',
    'The meeting moved to 3:30 pm in room 4B.',
    'Our Heathrow office is closed on bank holidays.',
    'Please restart the router and wait 30 seconds before trying again.',
  ],
  de: [
    'Bestellung Nr. 2024-77815 wurde am Dienstag verschickt.',
    'Der Tarif kostet 12,99 € im Monat.',
    'Version 3.8 behebt den Absturz beim PDF-Export.',
    'Das Meeting ist auf 15:30 Uhr verschoben, Raum 2.14.',
    'Die Filiale am Alexanderplatz hat samstags bis 18 Uhr geöffnet.',
    'Bitte den Router neu starten und 30 Sekunden warten.',
  ],
  fr: [
    'La commande n° 58213 a été expédiée mardi.',
    'L’abonnement coûte 9,90 € par mois.',
    'La version 2.4 corrige le plantage lors de l’export PDF.',
    'La réunion est décalée à 15 h 30, salle B12.',
    'Le musée du Louvre est fermé le mardi.',
    'Redémarrez la box et attendez trente secondes.',
  ],
  es: [
    'El pedido n.º 90412 salió el martes del almacén.',
    'La tarifa cuesta 14,95 € al mes.',
    'La versión 5.1 corrige el error al exportar a PDF.',
    'La reunión pasa a las 16:30 en la sala 3.',
    'El Museo del Prado abre a las 10:00.',
    'Reinicia el router y espera 30 segundos.',
  ],
  it: [
    'L’ordine n. 33871 è stato spedito martedì.',
    'Il piano costa 11,90 € al mese.',
    'La versione 7.0.2 risolve il crash durante l’esportazione.',
    'La riunione è spostata alle 15:30 in sala Verdi.',
    'Il Duomo di Milano apre alle 9.',
    'Riavvia il modem e aspetta trenta secondi.',
  ],
  pt: [
    'O pedido nº 771204 saiu para entrega na terça.',
    'O plano custa R$ 39,90 por mês.',
    'A versão 2.9 corrige o travamento ao exportar PDF.',
    'A reunião foi para as 15h30 na sala 4.',
    'O MASP abre às 10h aos domingos.',
    'Reinicie o roteador e espere 30 segundos.',
  ],
  nl: [
    'Bestelling 48-22915 is dinsdag verzonden.',
    'Het abonnement kost € 8,50 per maand.',
    'Versie 6.3 lost de crash bij het exporteren op.',
    'De vergadering is verplaatst naar 15.30 uur.',
    'Het Rijksmuseum is dagelijks open van 9 tot 17 uur.',
    'Herstart de router en wacht dertig seconden.',
  ],
  pl: [
    'Zamówienie nr 55/2024/118 zostało wysłane we wtorek.',
    'Abonament kosztuje 49,99 zł miesięcznie.',
    'Wersja 1.12 naprawia błąd przy eksporcie do PDF.',
    'Spotkanie przeniesiono na 15:30, sala 204.',
    'Wawel jest otwarty od 9:30.',
    'Uruchom ponownie router i odczekaj 30 sekund.',
  ],
  sv: [
    'Order 771-204 skickades i tisdags.',
    'Abonnemanget kostar 99 kr i månaden.',
    'Version 3.2 rättar kraschen vid PDF-export.',
    'Mötet är flyttat till 15.30 i rum Vasa.',
    'Vasamuseet öppnar klockan 10.',
    'Starta om routern och vänta trettio sekunder.',
  ],
  tr: [
    '58213 numaralı sipariş salı günü kargoya verildi.',
    'Paket aylık 149,90 TL.',
    '4.1 sürümü PDF dışa aktarma hatasını düzeltiyor.',
    'Toplantı 15.30’a, B salonuna alındı.',
    'Ayasofya sabah 9’da açılıyor.',
    'Modemi yeniden başlatıp 30 saniye bekleyin.',
  ],
  ja: [
    '注文番号 58213 は火曜日に発送されました。',
    'プランは月額 1,480 円です。',
    'バージョン 2.3 で PDF 出力時のクラッシュを修正しました。',
    '会議は 15:30 から 4 階の会議室に変更です。',
    '東京スカイツリーは 10 時に開きます。',
    'ルーターを再起動して 30 秒待ってください。',
  ],
  id: [
    'Pesanan nomor 58213 sudah dikirim hari Selasa.',
    'Paketnya Rp 99.000 per bulan.',
    'Versi 3.4 memperbaiki crash saat ekspor PDF.',
    'Rapat dipindah ke jam 15.30 di ruang 2.',
    'Monas buka jam 8 pagi.',
    'Restart router lalu tunggu 30 detik.',
  ],
  vi: [
    'Đơn hàng số 58213 đã được gửi đi hôm thứ Ba.',
    'Gói cước có giá 99.000 đồng mỗi tháng.',
    'Phiên bản 2.6 sửa lỗi khi xuất PDF.',
    'Cuộc họp dời sang 15 giờ 30 ở phòng 3.',
    'Văn Miếu mở cửa lúc 8 giờ.',
    'Khởi động lại router và đợi 30 giây.',
  ],
};

export type CleanDoc = { text: string; locale: string; lang3?: string; genre: string };

export function makeClean(rng: Rng, idx: number): CleanDoc {
  const loc = LOCALES[(idx * 7) % LOCALES.length];
  const lang = loc.slice(0, 2);
  const lex = LEX[lang];
  const genre = rng.pick(GENRES);
  const sep = lang === 'ja' ? '' : ' ';
  const says = rng.shuffle([...CLEAN[lang]]).slice(0, rng.int(1, 3));
  const ask = rng.chance(0.75) ? `${rng.pick(lex.ask)}\n` : '';
  const price = `${rng.int(5, 90)}.${rng.pick(['00', '50', '99'])}`;
  const sku = `${rng.pick(['SKU', 'ART', 'P'])}-${rng.int(1000, 9999)}`;
  let body: string;
  switch (genre) {
    case 'email':
      body = `${rng.pick(lex.hi)}\n\n${rng.pick(lex.ctx)}${sep}${says.join(sep)}\n\n${rng.pick(lex.bye)}`;
      break;
    case 'support':
      body = `#${rng.int(10000, 99999)} – ${rng.pick(lex.ctx)}\n${says.join(sep)}`;
      break;
    case 'chat':
      body = `${rng.pick(lex.hi).replace(/[,:]$/, '!')} ${says.join(sep)}${rng.pick(['', ' 🙏', ' 👍'])}`;
      break;
    case 'forwarded':
      body = says.map((s) => `> ${s}`).join('\n');
      break;
    case 'form':
      body = `${lex.lab.ID.includes('N') ? 'Ref' : 'Nr.'}: ${sku}\nStatus: ${rng.pick(['open', 'pending'])}\n${says[0]}`;
      break;
    case 'json':
      body = `\`\`\`json\n{\n  "order_id": "${rng.int(100000, 999999)}",\n  "sku": "${sku}",\n  "qty": ${rng.int(1, 9)},\n  "price": ${price},\n  "status": "${rng.pick(['shipped', 'pending', 'refunded'])}",\n  "note": "${says[0].replace(/"/g, '\\"')}"\n}\n\`\`\``;
      break;
    case 'csv':
      body = `sku,qty,price,status\n${sku},${rng.int(1, 9)},${price},${rng.pick(['shipped', 'backorder'])}\nART-${rng.int(1000, 9999)},1,${price},shipped`;
      break;
    case 'markdown':
      body = `### Release ${rng.int(1, 9)}.${rng.int(0, 20)}\n\n${says.map((s) => `- ${s}`).join('\n')}`;
      break;
    case 'code':
      body = `\`\`\`ts\n// ${says[0]}\nconst RETRIES = ${rng.int(2, 6)};\nexport const config = { region: 'eu-west-1', timeoutMs: ${rng.int(1, 9)}000 };\n\`\`\``;
      break;
    default:
      body = `2024-05-${String(rng.int(10, 28))}T10:${rng.int(10, 59)}:${rng.int(10, 59)}Z INFO GET /api/v2/items?page=${rng.int(1, 9)} 200 ${rng.int(3, 300)}ms`;
  }
  return { text: ask + body, locale: loc, lang3: rng.chance(0.7) ? LANG3[lang] : undefined, genre };
}

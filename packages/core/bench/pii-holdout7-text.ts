/**
 * Carrier texts of hold-out 7: in 19 languages a chat line, an email, a signature, a form, a support ticket and a
 * sentence without any context word, plus CSV/JSON shapes with the label in the language; then PII-free sentences
 * full of numbers. `{k}` is the label (a word for the value's type in that language), `{v}` the value.
 */
import { domainToASCII } from 'node:url';
import { choose, int, type Made, type Rand } from './pii-holdout7-values.ts';

/** Per language: labels of PHONE; EMAIL; CREDIT_CARD; IBAN; US_SSN; IP_ADDRESS (alternatives split by |). */
const LABELS: Record<string, string> = {
  en: 'phone|mobile|cell|tel|phone number; email|e-mail|email address; card number|credit card|card; IBAN|bank account (IBAN); SSN|Social Security number|SSN#; IP address|IP|server IP',
  de: 'Telefon|Tel.|Handy|Mobil|Telefonnummer; E-Mail|Mail|E-Mail-Adresse; Kreditkarte|Kartennummer; IBAN|Bankverbindung; SSN|US-Sozialversicherungsnummer; IP-Adresse|IP',
  fr: 'Tél.|Portable|Téléphone|Numéro; e-mail|Courriel|Adresse mail; Numéro de carte|Carte bancaire|CB; IBAN|RIB; SSN|numéro de sécurité sociale US; Adresse IP|IP',
  es: 'Teléfono|Tel.|Móvil|Celular|WhatsApp; correo|e-mail|Correo electrónico; tarjeta|Número de tarjeta; IBAN|Cuenta (IBAN); SSN|Número de Seguro Social; Dirección IP|IP',
  it: 'Tel.|Cellulare|Telefono|Cell.; e-mail|Email|Posta elettronica; Carta di credito|Numero carta; IBAN|Coordinate bancarie; SSN|Social Security Number; Indirizzo IP|IP',
  pt: 'Telefone|Celular|Tel.|WhatsApp|Telemóvel; e-mail|E-mail|Email; Cartão|Número do cartão; IBAN|NIB/IBAN; SSN|Social Security (SSN); Endereço IP|IP',
  nl: 'Telefoon|Tel.|Mobiel|GSM; e-mail|E-mailadres|Mail; Creditcard|Kaartnummer; IBAN|Rekeningnummer; SSN|Amerikaans SSN; IP-adres|IP',
  pl: 'Tel.|Telefon|Komórka|Nr tel.; e-mail|E-mail|Adres e-mail; Karta|Numer karty; IBAN|Nr konta; SSN|Numer SSN; Adres IP|IP',
  tr: 'Tel|Telefon|Cep|GSM; e-posta|E-posta|Mail; Kart no|Kredi kartı; IBAN|Hesap (IBAN); SSN|ABD sosyal güvenlik no; IP adresi|IP',
  ru: 'Тел.|Телефон|Моб.|Номер телефона; e-mail|Почта|Эл. почта; Номер карты|Карта; IBAN|Счёт IBAN; SSN|Номер SSN; IP-адрес|IP',
  ar: 'هاتف|جوال|رقم الهاتف|واتساب; البريد الإلكتروني|إيميل; رقم البطاقة|بطاقة الائتمان; IBAN|رقم الآيبان; SSN|رقم الضمان الاجتماعي الأمريكي; عنوان IP|IP',
  hi: 'फ़ोन|मोबाइल|फ़ोन नंबर|Mob.; ईमेल|Email|ई-मेल पता; कार्ड नंबर|क्रेडिट कार्ड; IBAN|बैंक खाता (IBAN); SSN|सोशल सिक्योरिटी नंबर; IP पता|IP',
  zh: '电话|手机|联系电话|Tel; 邮箱|电子邮件|Email; 卡号|信用卡号; IBAN|银行账号(IBAN); SSN|美国社保号; IP地址|IP',
  ja: '電話|携帯|TEL|電話番号; メール|Eメール|E-mail; カード番号|クレジットカード; IBAN|口座(IBAN); SSN|社会保障番号; IPアドレス|IP',
  ko: '전화|휴대폰|연락처|Tel; 이메일|메일|E-mail; 카드번호|신용카드; IBAN|계좌(IBAN); SSN|사회보장번호; IP 주소|IP',
  vi: 'SĐT|Điện thoại|Di động|Zalo; Email|E-mail|Thư điện tử; Số thẻ|Thẻ tín dụng; IBAN|Tài khoản (IBAN); SSN|Số an sinh xã hội Mỹ; Địa chỉ IP|IP',
  id: 'No. HP|Telepon|WA|HP; Email|Surel|E-mail; Nomor kartu|Kartu kredit; IBAN|Rekening (IBAN); SSN|Nomor SSN; Alamat IP|IP',
  th: 'โทร|เบอร์โทร|มือถือ|Tel; อีเมล|Email; เลขบัตร|บัตรเครดิต; IBAN|บัญชี IBAN; SSN|หมายเลขประกันสังคมสหรัฐ; ที่อยู่ IP|IP',
  sv: 'Tel.|Telefon|Mobil|Mobilnummer; e-post|E-post|Mejl; Kortnummer|Kreditkort; IBAN|Kontonummer (IBAN); SSN|amerikanskt SSN; IP-adress|IP',
};
const TYPES = ['PHONE', 'EMAIL', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS'];
export const LANGS = Object.keys(LABELS);
export function label(r: Rand, type: string, lang: string): string {
  return choose(r, LABELS[lang].split(';')[TYPES.indexOf(type)].trim().split('|'));
}

/** Per language: chat, email, signature, form, ticket, bare (no context word), one per line. */
const SENTENCES: Record<string, string> = {
  en: String.raw`hey! sorry for the late reply, {k}: {v} if you need it
Hi Sarah,\n\nplease update my details in your system. New {k}: {v}\n\nThanks,\nMark
Best regards,\nPriya Raman\nSenior Account Manager | Northwind Ltd\n{k}: {v}
Full name: Daniel Brooks\nDate of birth: 14/02/1987\n{k}: {v}\nPreferred contact time: mornings
Ticket #48213 – customer says the refund never arrived. {k} on file: {v}. Please check and reply within 24h.
ok here it is {v} — let me know once it's done`,
  de: String.raw`Hi, klar! Hier noch mal, {k}: {v} – sag Bescheid, falls was fehlt.
Sehr geehrte Damen und Herren,\n\nbitte ändern Sie meine Daten wie folgt – {k}: {v}\n\nMit freundlichen Grüßen\nJonas Krause
Viele Grüße\nAnja Hoffmann\nBuchhaltung · Müller Bau GmbH\n{k}: {v}
Name: Tobias Schäfer\nGeburtsdatum: 03.11.1990\n{k}: {v}\nRückruf gewünscht: ja
Kunde meldet, dass die Gutschrift fehlt. Hinterlegt ({k}): {v}. Bitte bis Montag prüfen.
Passt, hier: {v}. Danke dir!`,
  fr: String.raw`Coucou ! Voilà, {k} : {v} — dis-moi si ça marche
Bonjour,\n\nPourriez-vous mettre à jour mon dossier ? {k} : {v}\n\nCordialement,\nCamille Lefebvre
Bien à vous,\nJulien Moreau\nResponsable commercial – Girard & Fils\n{k} : {v}
Nom : Inès Benali\nDate de naissance : 22/07/1994\n{k} : {v}\nVille : Lyon
Le client signale un double prélèvement. {k} indiqué : {v}. Merci de vérifier avant vendredi.
ok je te l'envoie : {v}, bonne soirée`,
  es: String.raw`¡Hola! Te paso el dato, {k}: {v}, avísame cualquier cosa
Estimados señores:\n\nLes ruego actualizar mis datos. {k}: {v}\n\nUn saludo,\nLucía Fernández
Saludos cordiales,\nDiego Ramírez\nDirector de Ventas | Ortega Hermanos S.A.\n{k}: {v}
Nombre: Pablo Ortega\nFecha de nacimiento: 05/09/1988\n{k}: {v}\nCiudad: Sevilla
La clienta dice que no le llegó el reembolso. {k} registrado: {v}. Revisar antes del lunes, por favor.
listo, ahí va: {v} 👍`,
  it: String.raw`Ciao! Ecco il dato che mi chiedevi, {k}: {v}, fammi sapere
Gentili signori,\n\nvi chiedo di aggiornare i miei dati. {k}: {v}\n\nCordiali saluti,\nGiulia Romano
Un cordiale saluto,\nMarco Esposito\nUfficio acquisti – Bianchi S.r.l.\n{k}: {v}
Nome e cognome: Chiara Bianchi\nData di nascita: 18/04/1992\n{k}: {v}\nCittà: Torino
Il cliente segnala un addebito doppio. {k} in anagrafica: {v}. Verificare entro venerdì.
ok, eccolo: {v}. grazie mille!`,
  pt: String.raw`Oi! Segue o dado, {k}: {v}, qualquer coisa me chama
Prezados,\n\nsolicito a atualização do meu cadastro. {k}: {v}\n\nAtenciosamente,\nAna Paula Souza
Abraços,\nRafael Costa\nGerente Comercial | Silva & Costa Ltda.\n{k}: {v}
Nome completo: João Silva\nData de nascimento: 12/12/1985\n{k}: {v}\nCidade: Campinas
Cliente informa que o estorno não caiu. {k} cadastrado: {v}. Verificar até segunda.
beleza, tá aqui: {v} valeu!`,
  nl: String.raw`Hoi! Hierbij, {k}: {v}, laat maar weten of het lukt
Beste,\n\nWilt u mijn gegevens aanpassen? {k}: {v}\n\nMet vriendelijke groet,\nSanne Jansen
Met vriendelijke groet,\nDaan de Vries\nAccountmanager | Van Dijk Logistiek B.V.\n{k}: {v}
Naam: Bram van Dijk\nGeboortedatum: 09-03-1991\n{k}: {v}\nWoonplaats: Utrecht
Klant meldt dat de terugbetaling niet is ontvangen. {k} in systeem: {v}. Graag vóór maandag checken.
top, hier: {v}. dank je!`,
  pl: String.raw`Hej! Proszę, {k}: {v}, daj znać czy działa
Dzień dobry,\n\nproszę o aktualizację moich danych. {k}: {v}\n\nZ poważaniem,\nKatarzyna Nowak
Pozdrawiam serdecznie,\nPiotr Wiśniewski\nKierownik sprzedaży | Kamiński Sp. z o.o.\n{k}: {v}
Imię i nazwisko: Aleksandra Kamińska\nData urodzenia: 27.01.1993\n{k}: {v}\nMiasto: Kraków
Klient zgłasza brak zwrotu środków. {k} w systemie: {v}. Proszę sprawdzić do poniedziałku.
ok, proszę: {v} dzięki!`,
  tr: String.raw`Selam! Buyur, {k}: {v}, bir sorun olursa yaz
Merhaba,\n\nbilgilerimin güncellenmesini rica ederim. {k}: {v}\n\nSaygılarımla,\nAyşe Demir
İyi çalışmalar,\nMehmet Yılmaz\nSatış Müdürü | Kaya Lojistik A.Ş.\n{k}: {v}
Ad Soyad: Emre Kaya\nDoğum tarihi: 15.06.1989\n{k}: {v}\nŞehir: İzmir
Müşteri iadenin yatmadığını bildiriyor. Kayıtlı {k}: {v}. Pazartesiye kadar kontrol edilsin.
tamam, al: {v} teşekkürler!`,
  ru: String.raw`Привет! Держи, {k}: {v}, если что — пиши
Здравствуйте!\n\nПрошу обновить мои данные. {k}: {v}\n\nС уважением,\nОльга Смирнова
С уважением,\nДмитрий Иванов\nменеджер по продажам, ООО «Петров и партнёры»\n{k}: {v}
ФИО: Петров Алексей Сергеевич\nДата рождения: 21.08.1986\n{k}: {v}\nГород: Казань
Клиент пишет, что возврат не пришёл. {k} в карточке: {v}. Проверить до понедельника.
ок, вот: {v} спасибо!`,
  ar: String.raw`مرحبا! تفضل، {k}: {v} وإذا احتجت شيئاً أخبرني
السادة المحترمون،\n\nأرجو تحديث بياناتي. {k}: {v}\n\nمع خالص التحية،\nفاطمة حسن
مع التحية،\nأحمد الحربي\nمدير المبيعات – شركة الخليل للتجارة\n{k}: {v}
الاسم الكامل: عمر خليل\nتاريخ الميلاد: 1990/05/14\n{k}: {v}\nالمدينة: عمّان
العميل يقول إن المبلغ المسترد لم يصل. {k} المسجل: {v}. يرجى المراجعة قبل الأحد.
تمام، هذا هو: {v} شكراً!`,
  hi: String.raw`नमस्ते! ये लीजिए, {k}: {v} — कोई दिक्कत हो तो बताइए
महोदय,\n\nकृपया मेरा विवरण अपडेट करें। {k}: {v}\n\nधन्यवाद,\nप्रिया शर्मा
सादर,\nराहुल वर्मा\nसेल्स मैनेजर | अय्यर ट्रेडर्स प्रा. लि.\n{k}: {v}
नाम: अनन्या अय्यर\nजन्म तिथि: 11/10/1995\n{k}: {v}\nशहर: पुणे
ग्राहक का कहना है कि रिफंड नहीं मिला। दर्ज {k}: {v}। कृपया सोमवार तक जाँच करें।
ठीक है, ये रहा: {v} धन्यवाद!`,
  zh: String.raw`在吗？{k}：{v}，有问题随时找我
您好，\n\n请帮我更新一下资料。{k}：{v}\n\n谢谢！\n王磊
此致\n李娜\n销售经理｜上海华东贸易有限公司\n{k}：{v}
姓名：张伟\n出生日期：1988年3月9日\n{k}：{v}\n城市：杭州
客户反映退款一直没有到账。登记的{k}：{v}，请在周一前核实。
好的，给你：{v} 谢谢！`,
  ja: String.raw`お疲れさまです！{k}は{v}です。よろしくお願いします
お世話になっております。\n\n登録情報の変更をお願いいたします。{k}：{v}\n\n田中 由紀
--\n佐藤 陽翔\n株式会社鈴木商事 営業部\n{k}：{v}
氏名：鈴木 葵\n生年月日：1993年7月2日\n{k}：{v}\n勤務先：鈴木商事
お客様より返金が届いていないとの連絡あり。登録{k}：{v}。月曜までに確認してください。
了解です、こちら→ {v} ありがとう！`,
  ko: String.raw`안녕하세요! {k}: {v}입니다. 확인 부탁드려요
안녕하세요,\n\n제 정보를 수정해 주시기 바랍니다. {k}: {v}\n\n감사합니다.\n김민준
감사합니다.\n박지우 드림\n영업팀 과장 | 한빛상사(주)\n{k}: {v}
이름: 이서연\n생년월일: 1991.04.23\n{k}: {v}\n지역: 부산
고객이 환불을 받지 못했다고 합니다. 등록된 {k}: {v}. 월요일까지 확인 바랍니다.
네 여기요 {v} 감사합니다!`,
  vi: String.raw`Chào bạn! {k} của mình: {v}, có gì nhắn mình nhé
Kính gửi Quý công ty,\n\nTôi muốn cập nhật thông tin. {k}: {v}\n\nTrân trọng,\nTrần Minh Anh
Trân trọng,\nNguyễn Văn Thành\nTrưởng phòng Kinh doanh – Công ty TNHH Lê Hoàng\n{k}: {v}
Họ và tên: Lê Hoàng\nNgày sinh: 02/09/1990\n{k}: {v}\nThành phố: Đà Nẵng
Khách báo chưa nhận được tiền hoàn. {k} đã đăng ký: {v}. Kiểm tra trước thứ Hai nhé.
ok đây nhé: {v} cảm ơn!`,
  id: String.raw`Halo kak! Ini datanya, {k}: {v}, kabari ya kalau ada masalah
Yth. Bapak/Ibu,\n\nmohon perbarui data saya. {k}: {v}\n\nHormat saya,\nSiti Rahayu
Salam,\nBudi Santoso\nManajer Penjualan | PT Pratama Jaya\n{k}: {v}
Nama lengkap: Agus Pratama\nTanggal lahir: 17-08-1992\n{k}: {v}\nKota: Surabaya
Pelanggan bilang dana refund belum masuk. {k} terdaftar: {v}. Tolong cek sebelum Senin.
oke ini ya {v} makasih!`,
  th: String.raw`สวัสดีครับ {k}: {v} นะครับ มีอะไรทักมาได้เลย
เรียน ฝ่ายบริการลูกค้า\n\nขอแก้ไขข้อมูลของฉัน {k}: {v}\n\nขอบคุณค่ะ\nณัฐญา แก้วมณี
ขอแสดงความนับถือ\nสมชาย ศรีสุข\nผู้จัดการฝ่ายขาย บริษัท สยามเทรด จำกัด\n{k}: {v}
ชื่อ-นามสกุล: สมชาย ศรีสุข\nวันเกิด: 5 มี.ค. 2533\n{k}: {v}\nจังหวัด: เชียงใหม่
ลูกค้าแจ้งว่ายังไม่ได้รับเงินคืน {k} ที่ลงทะเบียน: {v} กรุณาตรวจสอบก่อนวันจันทร์
ได้เลย นี่ครับ {v} ขอบคุณครับ`,
  sv: String.raw`Hej! Här kommer det, {k}: {v}, säg till om något strular
Hej,\n\nJag vill uppdatera mina uppgifter. {k}: {v}\n\nVänliga hälsningar,\nSara Johansson
Med vänlig hälsning\nErik Lindqvist\nFörsäljningschef | Berg & Co AB\n{k}: {v}
Namn: Oskar Berg\nFödelsedatum: 1990-06-12\n{k}: {v}\nOrt: Göteborg
Kunden säger att återbetalningen inte kommit. Registrerat {k}: {v}. Kolla före måndag.
okej, här: {v} tack!`,
};
const KINDS = ['chat', 'email', 'signature', 'form', 'ticket', 'bare'];
/** Structured shapes, any language (the label is in the language). */
const SHARED: [string, string][] = [
  ['csv', 'name;{k};updated\nR. Okafor;{v};2024-11-03\nM. Haddad;;2024-11-04'],
  ['csv', 'id,customer,{k},status\n10482,E. Lindqvist,{v},active'],
  ['json', '{"customerId": 88213, "{k}": "{v}", "verified": true}'],
  ['json', '{\n  "user": {\n    "name": "A. Costa",\n    "{k}": "{v}",\n    "tier": 2\n  }\n}'],
];

/** A carrier for `lang`: [kind, template]; 20% structured shapes; `bare`: the sentence without a context word. */
export function carrier(r: Rand, lang: string, bare = false): [string, string] {
  if (!bare && r() < 0.2) return choose(r, SHARED);
  const i = bare ? KINDS.indexOf('bare') : Math.floor(r() * KINDS.length);
  return [KINDS[i], SENTENCES[lang].split('\n')[i].replaceAll('\\n', '\n')];
}

// ---- EMAIL
/** Per language: first/last name pairs (romanized) # email domains of that language's countries. */
const PEOPLE: Record<string, string> = {
  en: 'james/okafor emily/carter liam/obrien grace/wanjiru tom/nguyen # gmail.com outlook.com btinternet.co.uk bigpond.com.au xtra.co.nz cs.ox.ac.uk ymail.com',
  de: 'jonas/mueller lea/schaefer tobias/krause anja/hoffmann # web.de gmx.de t-online.de mueller-bau.de bluewin.ch gmx.at bücher.de xn--mnchen-3ya.de',
  fr: 'camille/lefebvre julien/moreau ines/benali theo/girard # orange.fr free.fr laposte.net sfr.fr skynet.be menara.ma cabinet-durand.paris',
  es: 'lucia/fernandez diego/ramirez maria.fernanda/gonzalez pablo/ortega # hotmail.es yahoo.com.mx gmail.com fibertel.com.ar españa.com xn--espaa-rta.com uc.cl',
  it: 'giulia/romano marco/esposito chiara/bianchi # libero.it virgilio.it tiscali.it alice.it studio-legale.roma',
  pt: 'joao/silva ana.paula/souza rafael/costa # uol.com.br bol.com.br sapo.pt terra.com.br ig.com.br',
  nl: 'daan/devries sanne/jansen bram/vandijk # ziggo.nl kpnmail.nl telenet.be xs4all.nl',
  pl: 'katarzyna/nowak piotr/wisniewski ola/kaminska # wp.pl onet.pl o2.pl interia.pl',
  tr: 'mehmet/yilmaz ayse/demir emre/kaya # hotmail.com.tr yandex.com.tr superonline.net',
  ru: 'dmitry/ivanov olga/smirnova a.petrov/msk # mail.ru yandex.ru rambler.ru пример.рф xn--e1afmkfd.xn--p1ai ukr.net',
  ar: 'ahmed/alharbi fatima/hassan omar/khalil # gmail.com yahoo.com emirates.net.ae stc.com.sa صحيفة.com',
  hi: 'priya/sharma rahul/verma ananya/iyer # rediffmail.com gmail.com yahoo.co.in iitb.ac.in',
  zh: 'wang/lei li/na zhang/wei # qq.com 163.com 126.com sina.com.cn netvigator.com',
  ja: 'tanaka/yuki sato/haruto suzuki/aoi # yahoo.co.jp docomo.ne.jp ezweb.ne.jp gmail.com 例え.jp xn--r8jz45g.jp',
  ko: 'kim/minjun park/jiwoo lee/seoyeon # naver.com daum.net hanmail.net kakao.com',
  vi: 'nguyen/thanh tran/minhanh le/hoang # gmail.com yahoo.com.vn fpt.com.vn',
  id: 'budi/santoso siti/rahayu agus/pratama # yahoo.co.id gmail.com telkom.net',
  th: 'somchai/srisuk nattaya/kaewmanee # hotmail.co.th gmail.com chula.ac.th',
  sv: 'erik/lindqvist sara/johansson oskar/berg # telia.com bredband.net spray.se kth.se',
};
const GLOBAL =
  'proton.me icloud.com fastmail.fm studio.design acme-robotics.io hr.globex.co.uk mail.uni-heidelberg.de kitchen.shop brightside.app dev.team.tech photos.photography xyz.berlin cloudnine.tokyo mariposa.online nordic.dev support.bigco.com eu.mailer.example.org londonfc.london'.split(
    ' ',
  );

export function email(r: Rand, lang: string): Made {
  const [names, domains] = (PEOPLE[lang] ?? PEOPLE.en).split(' # ');
  const [f, l] = choose(r, names.split(' ')).split('/');
  const shape = choose(r, ['dot', 'dot', 'under', 'hyphen', 'initial', 'digits', 'plus', 'long', 'role']);
  const local = {
    dot: `${f}.${l}`,
    under: `${f}_${l}`,
    hyphen: `${f}-${l}`,
    initial: `${f[0]}${l}`,
    digits: `${f}${l}${choose(r, ['', '.'])}${int(r, 1, 99)}${choose(r, ['', String(int(r, 70, 99))])}`,
    plus: `${f}.${l}+${choose(r, ['newsletter', 'amazon', 'work', 'bank', 'spam2024'])}`,
    long: `${f}.${choose(r, ['maria', 'alexander', 'q'])}.${l}.${choose(r, ['office', 'private', 'archive'])}`,
    role: `${f}.${l}${choose(r, ['.hr', '.billing', '_admin'])}`,
  }[shape];
  let domain = choose(r, r() < 0.7 ? domains.split(' ') : GLOBAL);
  if (r() < 0.1 && domainToASCII(domain) !== domain) domain = domainToASCII(domain);
  let v = `${local}@${domain}`;
  const c = r();
  if (c < 0.08) v = v.toUpperCase();
  else if (c < 0.2) v = v.replace(/(^|[._-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
  const wrap = choose(r, ['plain', 'plain', 'plain', 'angle', 'mailto', 'punct']);
  const idn =
    domainToASCII(domain) !== domain && !domain.includes('xn--')
      ? 'idn-unicode'
      : domain.includes('xn--')
        ? 'idn-puny'
        : '';
  const fmt = wrap !== 'plain' ? wrap : idn || (c < 0.2 ? 'mixed-case' : shape);
  const name = `${f.split('.')[0][0].toUpperCase()}${f.split('.')[0].slice(1)} ${l[0].toUpperCase()}${l.slice(1)}`;
  if (wrap === 'angle')
    return {
      v,
      pre: r() < 0.5 ? `${name} <` : `"${l.toUpperCase()}, ${name.split(' ')[0]}" <`,
      post: '>',
      fmt,
    };
  if (wrap === 'mailto') {
    const [pre, post] = choose(r, [
      ['mailto:', ''],
      [`[${name}](mailto:`, ')'],
      ['<a href="mailto:', '">e-mail</a>'],
    ]);
    return { v, pre, post, fmt, own: true };
  }
  if (wrap === 'punct') return { v, post: choose(r, ['.', ',', ';', ')', '!', '?', ':']), fmt };
  return { v, fmt };
}

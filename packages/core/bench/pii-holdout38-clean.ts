/**
 * Hold-out 38 clean messages (no personal data, but near misses: order and tracking numbers, prices, event dates,
 * versions, product codes, flight numbers, celebrities, companies, streets used as places) and the filler slots
 * the personal-data templates share: {ORD} {AMT} {DAY} {TM} {CO} {CITY} {VER} {SKU} {FL} {CEL} {ST} {TRK} {ISBN} {ROOM} {PCT}.
 */
import { city, street } from './pii-holdout38-people.ts';
import type { Templates } from './pii-holdout38-tpl-a.ts';
import type { Locale, Rng } from './pii-holdout38-util.ts';

const ean = (r: Rng, head: string) => {
  const b = head + r.digits(12 - head.length);
  const s = [...b].reduce((a, d, i) => a + Number(d) * (i % 2 ? 3 : 1), 0);
  return b + String((10 - (s % 10)) % 10);
};
const AMOUNT: Record<string, (r: Rng, n: string, c: string) => string> = {
  'en-US': (_r, n, c) => `$${n}.${c}`,
  'en-GB': (_r, n, c) => `£${n}.${c}`,
  'en-IN': (_r, n) => `₹${n}`,
  'en-AU': (_r, n, c) => `A$${n}.${c}`,
  'es-MX': (_r, n) => `$${n} MXN`,
  'pt-BR': (_r, n, c) => `R$ ${n},${c}`,
  pl: (_r, n, c) => `${n},${c} zł`,
  tr: (_r, n, c) => `${n},${c} TL`,
  sv: (_r, n) => `${n} kr`,
  ja: (_r, n) => `¥${n},800`,
  id: (_r, n) => `Rp ${n}.000`,
};
const CELEBS =
  'Taylor Swift|Lionel Messi|Angela Merkel|Kylian Mbappé|Shakira|Sophia Loren|Gisele Bündchen|Robert Lewandowski|Tarkan|Zlatan Ibrahimović|Shohei Ohtani|Elon Musk|Cristiano Ronaldo|Ed Sheeran|Rafael Nadal|Dua Lipa'.split(
    '|',
  );
const COMPANIES =
  'Amazon|Deutsche Telekom|Vodafone|IKEA|Zalando|Mercado Libre|Bol.com|Allegro|Trendyol|Rakuten|Tokopedia|Spotify|Netflix|Ryanair|Decathlon|Telia|Movistar|Samsung'.split(
    '|',
  );

export function filler(r: Rng, loc: Locale, slot: string): string {
  switch (slot) {
    case 'ORD':
      return r.pick([
        `#${r.digits(6, '123456789')}`,
        `${r.digits(3, '1234')}-${r.digits(7)}-${r.digits(7)}`,
        `A${r.digits(8)}`,
        `${r.int(2023, 2025)}-${r.digits(6)}`,
        `ORD-${r.digits(4)}-${r.pick(['XK', 'QP', 'ZT'])}`,
      ]);
    case 'AMT': {
      const n = String(r.int(5, 1999));
      const c = r.pick(['00', '99', '95', '50']);
      return (AMOUNT[loc] ?? ((rr: Rng) => (rr.chance(0.5) ? `€${n},${c}` : `${n},${c} €`)))(r, n, c);
    }
    case 'DAY': {
      const [d, m] = [String(r.int(1, 28)).padStart(2, '0'), String(r.int(1, 12)).padStart(2, '0')];
      return r.pick([`${d}/${m}/2025`, `${d}.${m}.2025`, `2025-${m}-${d}`, `${d}.${m}.`, `${m}/${d}`]);
    }
    case 'TM':
      return r.pick([
        `${r.int(7, 22)}:${r.pick(['00', '15', '30', '45'])}`,
        `${r.int(1, 12)}:${r.pick(['05', '20', '40'])} ${r.pick(['am', 'pm'])}`,
      ]);
    case 'CO':
      return r.pick(COMPANIES);
    case 'CEL':
      return r.pick(CELEBS);
    case 'CITY':
      return city(r, loc);
    case 'ST':
      return street(r, loc);
    case 'VER':
      return r.pick([
        `v${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}`,
        `${r.int(10, 18)}.0.${r.int(1, 9)}`,
        `10.0.${r.int(19041, 22631)}.${r.int(100, 4000)}`,
        `iOS ${r.int(15, 18)}.${r.int(0, 6)}.${r.int(1, 3)}`,
      ]);
    case 'SKU':
      return r.pick([
        `SKU-${r.digits(5)}-${r.pick(['BLK', 'WHT', 'M', 'XL'])}`,
        ean(r, r.pick(['400', '590', '869', '730', '490', '899', '789', '871'])),
        `MPN ${r.pick(['A', 'B', 'MX'])}${r.digits(4)}`,
      ]);
    case 'FL':
      return (
        r.pick(['LH', 'BA', 'FR', 'TK', 'NH', 'GA', 'AF', 'IB', 'KL', 'LO', 'SK', 'AZ', 'LA']) +
        r.pick(['', ' ']) +
        r.int(10, 4999)
      );
    case 'TRK':
      return r.pick([
        `1Z${r.digits(3)}AA${r.digits(10)}`,
        `JJD${r.digits(15, '0')}`,
        `LX${r.digits(9)}${r.pick(['DE', 'NL', 'PL', 'SE'])}`,
      ]);
    case 'ISBN':
      return `978-${r.int(0, 9)}-${r.digits(2)}-${r.digits(6)}-${r.int(0, 9)}`;
    case 'PCT':
      return `${r.int(3, 40)}${r.pick(['%', ' %', ' percent'])}`;
    case 'ROOM':
      return r.pick([`${r.int(1, 6)}.${r.digits(2)}`, `B${r.int(10, 44)}`, `${r.int(100, 720)}`]);
    default:
      return slot;
  }
}

export const CLEAN: Record<string, Templates> = {
  en: {
    support: [
      'Hi, my order {ORD} for {AMT} still says "processing" since {DAY}. Tracking {TRK} shows nothing. Can you check?',
      'After updating to {VER} the app crashes at {TM} every day. Device is a Pixel 8, build {VER}.',
      'The item {SKU} arrived damaged. Do I return it to the store or by post? Receipt total {AMT}.',
    ],
    letter: [
      'Draft a short speech for the team dinner at the restaurant on {ST} on {DAY}, mention we closed {PCT} more deals than last year.',
      'Write a polite note to {CO} asking why my subscription went up to {AMT} a month.',
    ],
    chat: [
      'who scored more goals, {CEL} or {CEL}? settle this pls',
      'flight {FL} delayed to {TM}, gate {ROOM}. should I still make the connection to {FL}?',
      'what is a good gift under {AMT} for someone who loves {CEL}?',
    ],
    scam: [
      'Is this real? "Your {CO} account is suspended, update billing within 24h" - it links to a weird page, no name or number.',
    ],
    json: ['{"order": "{ORD}", "total": "{AMT}", "sku": "{SKU}", "version": "{VER}", "date": "{DAY}"}'],
    csv: ['sku,qty,price\n{SKU},3,{AMT}\n{SKU},1,{AMT}'],
    form: ['Book: ISBN {ISBN}\nEdition: 3rd\nPrice: {AMT}\nRoom: {ROOM}'],
  },
  de: {
    support: [
      'Meine Bestellung {ORD} über {AMT} ist seit dem {DAY} nicht angekommen. Sendungsnummer {TRK}.',
      'Seit dem Update auf {VER} stürzt die App um {TM} ab.',
    ],
    letter: ['Schreib eine Einladung zum Sommerfest am {DAY} im Biergarten in der {ST}, Beginn {TM}.'],
    chat: ['wer ist besser, {CEL} oder {CEL}?', 'Flug {FL} hat Verspätung, neue Abflugzeit {TM}, Gate {ROOM}.'],
    json: ['{"artikel": "{SKU}", "preis": "{AMT}", "bestellung": "{ORD}"}'],
    form: ['Artikelnummer: {SKU}\nMenge: 2\nPreis: {AMT}\nLieferdatum: {DAY}'],
  },
  fr: {
    support: [
      'Ma commande {ORD} de {AMT} n’est toujours pas arrivée depuis le {DAY}. Suivi : {TRK}.',
      'Depuis la mise à jour {VER}, l’appli plante à {TM}.',
    ],
    letter: ['Rédige une invitation pour le dîner du {DAY} au restaurant de la {ST}, à {TM}.'],
    chat: ['qui est le meilleur, {CEL} ou {CEL} ?', 'Le vol {FL} est retardé à {TM}, porte {ROOM}.'],
    json: ['{"commande": "{ORD}", "montant": "{AMT}", "article": "{SKU}"}'],
  },
  es: {
    support: [
      'Mi pedido {ORD} de {AMT} no ha llegado desde el {DAY}. Seguimiento {TRK}.',
      'Desde la versión {VER} la app se cierra a las {TM}.',
    ],
    letter: ['Escribe una invitación para la cena del {DAY} en el restaurante de la {ST}, a las {TM}.'],
    chat: ['¿quién es mejor, {CEL} o {CEL}?', 'El vuelo {FL} sale con retraso a las {TM}, puerta {ROOM}.'],
    csv: ['producto,cantidad,precio\n{SKU},2,{AMT}'],
  },
  it: {
    support: [
      'Il mio ordine {ORD} da {AMT} non è ancora arrivato dal {DAY}. Tracking {TRK}.',
      'Dopo l’aggiornamento {VER} l’app si blocca alle {TM}.',
    ],
    letter: ['Scrivi un invito per la cena del {DAY} al ristorante in {ST}, alle {TM}.'],
    chat: ['chi è più forte, {CEL} o {CEL}?', 'Il volo {FL} è in ritardo, parte alle {TM} dal gate {ROOM}.'],
  },
  pt: {
    support: [
      'Meu pedido {ORD} de {AMT} não chegou desde {DAY}. Rastreio {TRK}.',
      'Depois da atualização {VER} o app fecha às {TM}.',
    ],
    letter: ['Escreve um convite para o jantar de {DAY} no restaurante da {ST}, às {TM}.'],
    chat: ['quem é melhor, {CEL} ou {CEL}?', 'O voo {FL} atrasou para as {TM}, portão {ROOM}.'],
  },
  nl: {
    support: [
      'Mijn bestelling {ORD} van {AMT} is sinds {DAY} niet aangekomen. Track & trace {TRK}.',
      'Sinds update {VER} crasht de app om {TM}.',
    ],
    letter: ['Schrijf een uitnodiging voor de borrel op {DAY} in het café aan de {ST}, vanaf {TM}.'],
    chat: ['wie is beter, {CEL} of {CEL}?', 'Vlucht {FL} vertraagd tot {TM}, gate {ROOM}.'],
  },
  sv: {
    support: [
      'Min order {ORD} på {AMT} har inte kommit sedan {DAY}. Spårning {TRK}.',
      'Efter uppdateringen till {VER} kraschar appen kl {TM}.',
    ],
    letter: ['Skriv en inbjudan till middagen {DAY} på restaurangen på {ST}, kl {TM}.'],
    chat: ['vem är bäst, {CEL} eller {CEL}?', 'Flyg {FL} är försenat till {TM}, gate {ROOM}.'],
  },
  pl: {
    support: [
      'Moje zamówienie {ORD} za {AMT} nie dotarło od {DAY}. Numer przesyłki {TRK}.',
      'Po aktualizacji {VER} aplikacja zawiesza się o {TM}.',
    ],
    letter: ['Napisz zaproszenie na kolację {DAY} w restauracji przy ulicy {ST}, o {TM}.'],
    chat: ['kto jest lepszy, {CEL} czy {CEL}?', 'Lot {FL} opóźniony do {TM}, wyjście {ROOM}.'],
  },
  tr: {
    support: [
      '{ORD} numaralı {AMT} tutarındaki siparişim {DAY} tarihinden beri gelmedi. Takip no {TRK}.',
      '{VER} güncellemesinden sonra uygulama saat {TM} çöküyor.',
    ],
    letter: ['{DAY} tarihindeki akşam yemeği için {ST} üzerindeki restorana davet yaz, saat {TM}.'],
    chat: ['kim daha iyi, {CEL} mi {CEL} mi?', '{FL} sefer sayılı uçuş {TM} saatine ertelendi, kapı {ROOM}.'],
  },
  ja: {
    support: [
      '注文番号{ORD}（{AMT}）が{DAY}から届いていません。追跡番号{TRK}。',
      'バージョン{VER}にアップデートしてから{TM}にアプリが落ちます。',
    ],
    letter: ['{DAY}の{TM}から{ST}のレストランで食事会の案内文を書いてください。'],
    chat: ['{CEL}と{CEL}、どっちがすごい？', '{FL}便が{TM}に遅延、ゲート{ROOM}です。'],
  },
  id: {
    support: [
      'Pesanan saya {ORD} senilai {AMT} belum sampai sejak {DAY}. Resi {TRK}.',
      'Setelah update {VER} aplikasinya crash jam {TM}.',
    ],
    letter: ['Buatkan undangan makan malam tanggal {DAY} di restoran di {ST}, jam {TM}.'],
    chat: ['siapa lebih hebat, {CEL} atau {CEL}?', 'Penerbangan {FL} ditunda ke {TM}, gate {ROOM}.'],
  },
};

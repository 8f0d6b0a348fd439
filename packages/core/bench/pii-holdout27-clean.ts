/**
 * Clean requests of hold-out 27: the same everyday kinds (complaints, forms, invitations, notes, translations) with
 * no personal data. Fillers: {O} order/ticket number, {M} price, {C} city or place, {R} product, {N} a date that is
 * not a birth date, {F} a firm or shop. Used to count false entities per 100 clean texts.
 */
import { digits, int, pick, type Rand } from './pii-holdout27-values.ts';

const CLEAN: Record<string, string[]> = {
  en: [
    'Help me reply to a delivery complaint: order {O} from {F} arrived two days late and the {R} box was crushed. Offer a 10% voucher.',
    'make this party invitation nicer: bbq at the community garden in {C} on {N}, bring a dish, tickets {M} for adults',
    'Summarise this return policy from {F}: items like the {R} can be returned within 30 days, refunds cost {M} in shipping.',
    'Write a thank-you note to the hotel staff in {C} for a lovely stay, booking {O}, checked out {N}.',
    'Is {M} a fair price for a used {R}? The listing says it was bought from {F} in {C}.',
    'Draft a short message to our building committee: the lift in block C will be serviced on {N}, ticket {O}.',
  ],
  de: [
    'Hilf mir bei einer Reklamation: Bestellung {O} bei {F}, der {R} kam defekt an. Preis {M}.',
    'Formuliere eine Einladung zum Sommerfest im Stadtpark {C} am {N}, Eintritt {M}.',
  ],
  fr: [
    'Aide-moi à réclamer auprès de {F} : commande {O}, le {R} est arrivé cassé, payé {M}.',
    'Écris une invitation pour la fête des voisins à {C} le {N}, apportez un plat.',
  ],
  es: [
    'Ayúdame a reclamar a {F}: el pedido {O} con el {R} llegó tarde, me costó {M}.',
    'mejora este anuncio: mercadillo solidario en {C} el {N}, entrada {M}',
  ],
  pt: [
    'Me ajuda a reclamar com a {F}: pedido {O}, o {R} veio com defeito, paguei {M}.',
    'Escreva um convite para o bazar da escola em {C} no dia {N}.',
  ],
  it: [
    'Aiutami a scrivere un reclamo a {F}: ordine {O}, il {R} è arrivato rotto, pagato {M}.',
    'Rendi più bello questo avviso: mercatino di Natale a {C} il {N}, ingresso {M}.',
  ],
  nl: [
    'Help me een klacht te schrijven aan {F}: bestelling {O}, de {R} was kapot, kostte {M}.',
    'maak deze uitnodiging mooier: buurtborrel in {C} op {N}',
  ],
  pl: [
    'Pomóż mi napisać reklamację do {F}: zamówienie {O}, {R} przyszedł uszkodzony, cena {M}.',
    'Napisz zaproszenie na festyn w {C} dnia {N}, wstęp {M}.',
  ],
  cs: [
    'Napiš reklamaci pro {F}: objednávka {O}, {R} dorazil rozbitý, cena {M}.',
    'pozvánka na sousedské grilování v {C} dne {N}',
  ],
  ro: [
    'Scrie o reclamație către {F}: comanda {O}, {R} a sosit stricat, preț {M}.',
    'invitație la târgul din {C} pe {N}',
  ],
  el: [
    'Γράψε παράπονο στην {F}: παραγγελία {O}, το {R} ήρθε χαλασμένο, τιμή {M}.',
    'πρόσκληση για τη γιορτή στην {C} στις {N}',
  ],
  uk: ['Напиши скаргу до {F}: замовлення {O}, {R} прийшов пошкодженим, ціна {M}.', 'запрошення на ярмарок у {C} {N}'],
  ru: ['Напиши жалобу в {F}: заказ {O}, {R} пришёл сломанным, цена {M}.', 'приглашение на субботник в {C} {N}'],
  tr: ['{F} için şikayet yaz: sipariş {O}, {R} kırık geldi, fiyat {M}.', '{C} kermesi için davet yaz, tarih {N}'],
  id: ['Bantu tulis komplain ke {F}: pesanan {O}, {R} rusak, harga {M}.', 'buat undangan bazar di {C} tanggal {N}'],
  ms: ['Tulis aduan kepada {F}: pesanan {O}, {R} rosak, harga {M}.', 'jemputan ke pesta di {C} pada {N}'],
  vi: ['Viết khiếu nại gửi {F}: đơn hàng {O}, {R} bị hỏng, giá {M}.', 'viết thư mời hội chợ ở {C} ngày {N}'],
  sw: [
    'Niandikie malalamiko kwa {F}: oda {O}, {R} imefika ikiwa imevunjika, bei {M}.',
    'mwaliko wa sherehe {C} tarehe {N}',
  ],
  tl: ['Gumawa ng reklamo sa {F}: order {O}, sira ang {R}, presyo {M}.', 'imbitasyon sa fiesta sa {C} sa {N}'],
  th: ['chuay khian rong rian pai thi {F}: order {O}, {R} sia, rakha {M}.', 'khian bat chern ngan wat thi {C} wan {N}'],
  hi: [
    '{F} ko complaint likho: order {O}, {R} toota hua aaya, keemat {M}.',
    '{C} mein mele ka nimantran likho, {N} ko',
  ],
};

const FIRMS = [
  'Amazon',
  'IKEA',
  'Zalando',
  'Decathlon',
  'MediaMarkt',
  'Shopee',
  'Tokopedia',
  'Lazada',
  'Allegro',
  'Jumia',
];
const PRODUCTS = [
  'Philips Airfryer XXL',
  'iPhone 14',
  'Dyson V11',
  'Nespresso Vertuo',
  'LEGO 42115',
  'Samsung Galaxy A54',
];
const CITIES = ['Rotterdam', 'Lyon', 'Kraków', 'Cebu', 'Nairobi', 'Surabaya', 'Porto', 'Brno', 'Izmir', 'Da Nang'];
const CUR = ['€', '$', 'zł', 'Kč', '₫', 'Rp', 'KSh', '₱', '₺', '£'];

function fill(r: Rand, t: string): string {
  const p2 = (k: number) => String(k).padStart(2, '0');
  return t
    .replaceAll('{O}', () =>
      pick(r, [`#${digits(r, 7)}`, `ORD-${digits(r, 6)}`, `${digits(r, 3)}-${digits(r, 7)}-${digits(r, 7)}`]),
    )
    .replaceAll('{M}', () =>
      r() < 0.5 ? `${int(r, 5, 900)},${p2(int(r, 0, 99))} ${pick(r, CUR)}` : `${pick(r, CUR)}${int(r, 5, 9000)}`,
    )
    .replaceAll('{R}', () => pick(r, PRODUCTS))
    .replaceAll('{F}', () => pick(r, FIRMS))
    .replaceAll('{C}', () => pick(r, CITIES))
    .replaceAll('{N}', () =>
      pick(r, [
        `${p2(int(r, 1, 28))}.${p2(int(r, 1, 12))}.2025`,
        `${int(r, 1, 28)}/${int(r, 1, 12)}/2026`,
        '2026-05-14',
      ]),
    );
}

/** `count` clean texts, cycling over languages and templates; returns [lang, text]. */
export function cleanTexts(r: Rand, count: number): [string, string][] {
  const out: [string, string][] = [];
  const langs = Object.keys(CLEAN);
  for (let i = 0; out.length < count; i++) {
    const lang = langs[i % langs.length];
    const t = pick(r, CLEAN[lang]);
    out.push([lang, r() < 0.3 ? fill(r, t).toLowerCase() : fill(r, t)]);
  }
  return out;
}

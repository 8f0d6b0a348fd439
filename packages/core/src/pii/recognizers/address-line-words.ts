/** Word lists of the labelled address reader (address-line.ts). */

/**
 * Address labels and delivery phrases, lower case: what follows them on the line is the address ("address:",
 * "alamat:", "dirección:", "endereço:", "địa chỉ", "ที่อยู่", "العنوان:", "deliver to", "pick me at", "entregar na",
 * "llega a", "livrer à", "giao tới", "kirim ke", "ส่งที่", "وصلوه على"). A regular-expression source.
 */
export const ADDRESS_CUES = [
  String.raw`(?:home |delivery |pickup |pick-up |shipping |billing |my |national |teslimat )?(?:address|addr|adres|adresim|adresi|adresse|adresa|direcci[oó]n|domicilio|endere[cç]o|alamat|indirizzo|anwani|location|anschrift|lieferadresse|bezorgadres|afleveradres|お届け先|住所)`,
  String.raw`(?:el |al )?3enwan`,
  String.raw`đ[iị]a ch[iỉ]|dia chi`,
  'ที่อยู่',
  'ส่งที่',
  'ส่งไปที่',
  String.raw`(?:ال)?عنوان(?:ي|ه)?(?: الوطني)?`,
  'وصلوه على',
  String.raw`التوصيل (?:إلى|الى|على)`,
  String.raw`deliver(?:ed|y)? (?:it )?to|ship(?:ped)? to|send (?:it )?to|drop(?: it)?(?: off)? at|will go to`,
  String.raw`pick(?: me)?(?: ?up)? (?:at|from|po sa)|pickup|pick me`,
  String.raw`entreg\p{L}*(?: (?:na|no|en|em|a))|buscar na|llega a|recoger en|env[ií]o a`,
  String.raw`livr(?:er|é|ée|aison) (?:à|a|au)`,
  String.raw`giao(?: \p{L}+){0,2} (?:tới|đến|toi|den)`,
  String.raw`(?:kirim|antar) ke`,
  String.raw`adrese teslim edin|teslimat adresi`,
  String.raw`(?:i )?live at|mieszkam (?:przy|na)|wohne (?:in der|in|an der|am)|j'habite (?:au|à)|abito in(?: via)?|vivo en(?: (?:la|el))?|moro (?:na|no|em)|woon (?:op|aan)`,
];

/**
 * Words of an address: house, unit and building markers, street and area words of the regions read ("flat", "plot",
 * "stand", "villa", "rua", "calle", "carrera", "manzana", "jl", "rt", "kel", "purok", "brgy", "moo", "soi", "số",
 * "phường", "quận", "mah", "sok", "derb", "hay", "cep", "c.p", "p.o. box"), Thai and Arabic ones (หมู่, ตำบล, ถนน,
 * แขวง, เขต, ห้อง; شارع, حي, عمارة, شقة, فيلا, رقم, درب, زنقة, طريق). Lower case, a regular-expression source.
 */
export const ADDRESS_WORDS = [
  'house|hse|h\\.?no|flat|plot|stand|room|villa|unit|apt|apto|ap|appt|apartment|imm|immeuble|bloco|block|blk|blok|bldg|building|floor|suite',
  'road|rd|street|st|avenue|ave|av|lane|cross|main|sector|phase|colony|nagar|estate|estates|court|towers?|heights|district|extension|community|zone|ward|off',
  // a Ghana GPS digital address ("GA-123-4567")
  'p\\.?\\s?o\\.?\\s?box|box|gps|[a-z]{2}-\\d{1,4}-\\d{4}',
  'rua|travessa|alameda|bairro|cep|casa|calle|cl|carrera|cra|kr|diagonal|transversal|manzana|mz|lt|barrio|conjunto|torre|col|colonia|fracc|privada|c\\.p|cp|int',
  'jl|jln|jalan|gg|gang|rt|rw|kel|kelurahan|kec|kecamatan|perum|perumahan|komplek|kav|km|lorong|taman|purok|brgy|barangay|sitio|moo|soi|tambon|amphoe|t\\.|a\\.',
  'số|đường|duong|phường|phuong|p\\.|quận|quan|q\\.|tp|huyện|xã|ngõ|ngách|hẻm',
  'rue|lot|hay|derb|quartier|résidence|residence|n°|nº|no|mah|mahallesi|cad|caddesi|sok|sokak|sk|bulvarı|daire|kat|sitesi',
  'ห้อง|หมู่|ถนน|ซอย|ตำบล|อำเภอ|จังหวัด|แขวง|เขต|กทม',
  'شارع|حي|عمارة|شقة|فيلا|رقم|درب|زنقة|طريق|مبنى|برج|الدور|ص\\.ب',
].join('|');

/** Chat words: a comma-separated part holding one is the sentence going on, not the address. */
export const CHAT_WORDS = new Set(
  (
    'is are was were will can could do did has have had thanks thank thx correct right ok okay ' +
    'cierto verdad correto certo né đúng không ạ nhé kindly sir madam bhai my your i me we you it the driver ' +
    'but and because si merci svp por porque pero mais aber ama lakin lekin'
  ).split(' '),
);

/** Words that end an address in a sentence and are trimmed from its end ("… 400063 pls", "… 1216 theke", "… ค่ะ"). */
/** Of these, the ones that are place-name words too ("Hai Chau") end it only as its last word. */
export const TRAIL_LAST_ONLY = new Set(['hai', 'na', 'te', 'po', 'ya', 'ji', 'ok']);
export const TRAIL_WORDS = new Set(
  (
    'pls please plz thanks theke te ya kak po na ok okay lah ji bhai sir adresine adresinde olarak ise hai ' +
    'ค่ะ คะ ครับ นะคะ นะครับ นะ ạ nhé nha ya'
  ).split(' '),
);

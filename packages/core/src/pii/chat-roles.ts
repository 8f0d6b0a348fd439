/**
 * Closed word classes of chat and support transcripts that are never a person's name on their own, hand-written
 * (no training corpus lists them): speaker roles ("Customer:", "Agent:", "Temsilci:", "ลูกค้า:"), personal pronouns
 * the NER model tags at a sentence start ("Eu", "Saya", "Tôi", "أنا"; not those that are common names too: "Ben",
 * "Ana", "Anh", "Mai", "Dia"), brands' support accounts ("Robi Care", "Tiki CSKH"), and greeting or holiday words
 * ("Ramadan Kareem", "Hari Raya", "Chand Raat"). Lower case; `isRole`, `isPronoun`, `hasGreetingWord` compare
 * lower-cased words.
 */
const ROLES = new Set(
  (
    'customer|customers|client|clients|agent|agents|support|operator|rep|representative|cs|cx|csr|cso|driver|rider|' +
    'seller|buyer|host|guest|staff|advisor|adviser|consultant|caller|user|bot|assistant|system|admin|moderator|' +
    'cliente|clientes|atendente|atendimento|agente|asesor|asesora|vendedor|vendedora|comprador|conseiller|conseillère|' +
    'vendeur|kunde|kundin|berater|beraterin|mitarbeiter|mitarbeiterin|klant|medewerker|temsilci|müşteri|musteri|' +
    'satıcı|pelanggan|petugas|penjual|pembeli|khách|khách hàng|nhân viên|tư vấn viên|ลูกค้า|พนักงาน|عميل|العميل|' +
    'موظف|الموظف|مندوب|গ্রাহক|ग्राहक|एजेंट|客户|客服|顾客|お客様|担当者|고객|상담원|клиент|оператор|consulente|' +
    'operatore|kierowca|konsultant|obsługa|خدمة العملاء|kh|nv|cskh|tổng đài viên'
  ).split('|'),
);

const PRONOUNS = new Set(
  (
    'i|me|you|we|us|he|she|they|them|eu|você|voce|nós|yo|tú|tu|usted|nosotros|moi|toi|nous|vous|ich|du|wir|ik|jij|' +
    'wij|io|noi|saya|aku|kamu|anda|kami|kita|sen|biz|siz|o|tôi|toi|bạn|mình|ako|ikaw|tayo|' +
    'anta|enta|enti|inti|ihna|إحنا|أنا|انا|أنت|انت|نحن|main|tum|aap|hum|ami|tumi|ฉัน|ผม|เรา|คุณ|mimi|wewe|sisi|' +
    'ja|já|я|ты|вы|мы|ти|ви|ми|εγώ|εγω|אני|मैं|मै|हम'
  ).split('|'),
);

/** Greetings and holiday wishes of two or more words, and single words that are only a greeting. */
const GREETING_PHRASES = [
  'ramadan kareem',
  'ramadan mubarak',
  'ramzan mubarak',
  'eid mubarak',
  'eid al fitr',
  'chand raat',
  'raksha bandhan',
  'hari raya',
  'selamat hari raya',
  'idul fitri',
  'walaikum assalam',
  'wa alaikum',
  'assalamu alaikum',
  'assalam alaikum',
  'salam alaikum',
  'asante sana',
  'happy diwali',
  'merry christmas',
  'feliz navidad',
  'feliz natal',
  'bayramınız kutlu olsun',
  'iyi bayramlar',
];
const GREETING_WORDS = new Set(
  'salam|salaam|habibi|inshallah|mashallah|alhamdulillah|shukran|mabrook|asante|namaste|wallah|yallah|khalas'.split(
    '|',
  ),
);

/** Last words of a service's support account ("Robi Care", "Yango Support", "Mobifone CSKH", "Uber Destek"). */
const SERVICE_TAIL = new Set(
  (
    'support|care|cs|cskh|cx|helpdesk|help|service|services|team|official|bot|destek|soporte|suporte|atendimento|' +
    'hotline|express|courier|delivery'
  ).split('|'),
);

export const isRole = (word: string) => ROLES.has(word.toLowerCase());
/** A name of two or more words whose last word makes it a support account, not a person. */
export const isServiceAccount = (words: readonly string[]) =>
  words.length >= 2 && SERVICE_TAIL.has((words.at(-1) ?? '').toLowerCase());
export const isPronoun = (word: string) => PRONOUNS.has(word.toLowerCase());
/** Whether a span is or holds a greeting or holiday wish ("Ramadan Kareem", "Walaikum Assalam", "habibi"). */
export function isGreeting(span: string): boolean {
  const s = span
    .toLowerCase()
    .replace(/[^\p{L}\p{M}]+/gu, ' ')
    .trim();
  return GREETING_WORDS.has(s) || GREETING_PHRASES.some((p) => s === p || s.startsWith(`${p} `) || s.endsWith(` ${p}`));
}

/**
 * Days of the week and months, which timetables, rotas and minutes put where names go ("Somvaar: Vigyan",
 * "| Jumanne | Hisabati |", "12 Maret"); not those that are given names too ("Domingo", "Domenica", "April", "Mai",
 * "Julio", "Nisan", "Eylül", "Kasım", "Mei", "Jun").
 */
const CALENDAR = new Set(
  (
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|' +
    'sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|' +
    'sábado|sabado|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|segunda|terça|' +
    'terca|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedziałek|wtorek|' +
    'środa|czwartek|piątek|sobota|niedziela|pondělí|úterý|středa|čtvrtek|pátek|neděle|luni|marți|marti|miercuri|' +
    'joi|vineri|sâmbătă|sambata|duminică|duminica|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|pazartesi|' +
    'salı|çarşamba|perşembe|cumartesi|senin|selasa|rabu|kamis|jumat|sabtu|minggu|isnin|khamis|jumaat|jumatatu|' +
    'jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|miyerkules|huwebes|biyernes|linggo|somvaar|somvar|' +
    'mangalvaar|mangalvar|budhvaar|budhvar|guruvaar|guruvar|brihaspativar|shukravaar|shukravar|shanivaar|shanivar|' +
    'ravivaar|ravivar|itvaar|itwar|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|' +
    'вівторок|середа|четвер|пʼятниця|п’ятниця|субота|неділя|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|' +
    'january|february|september|october|november|december|januar|februar|märz|oktober|dezember|janvier|février|' +
    'mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|agosto|' +
    'septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|' +
    'dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|januari|februari|maart|augustus|' +
    'ocak|şubat|mart|mayıs|haziran|temmuz|ağustos|ekim|aralık|maret|agustus|desember|julai|ogos|disember|machi|' +
    'aprili|agosti|septemba|oktoba|novemba|desemba|styczeń|luty|marzec|kwiecień|czerwiec|lipiec|sierpień|wrzesień|' +
    'październik|listopad|grudzień|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|' +
    'decembrie|leden|únor|březen|duben|květen|červen|červenec|srpen|září|říjen|prosinec'
  ).split('|'),
);
/** A day of the week or a month (a Portuguese weekday with or without "-feira", an English weekday in the plural). */
export const isCalendarWord = (word: string) => {
  const w = word.toLowerCase().replace(/-feira$/u, '');
  // English weekdays in the plural ("Mondays")
  return CALENDAR.has(w) || (w.endsWith('days') && CALENDAR.has(w.slice(0, -1)));
};

/** Forms of address that come before a name, never after it: a span ending in one is no name ("Baik Kak"). */
const BEFORE_NAME_ONLY = new Set(
  'kak|kakak|pak|bapak|bu|ibu|mas|mbak|bang|abang|gan|sis|bro|bos|boss|sir|madam|maam|mam|po'.split('|'),
);
/**
 * Function words of a shout in capitals ("THIS IS TOO MUCH", "TAN MALO", "BU NE REZALET", "GRABE ANG TAGAL"); not the
 * particles of names ("HANA EL SAYED", "MARIA DA SILVA").
 */
const SHOUT_WORDS = new Set(
  (
    'this|is|too|much|so|very|the|of|and|not|no|why|what|how|it|my|me|you|ne|bu|ang|na|sa|ng|tan|muy|que|' +
    'es|ya|ini|itu|sangat|terlalu|mais|não|nao|est|ist|zu|sehr|das|çok|cok|ki|hai|nahi|bahut|kya'
  ).split('|'),
);

/** A span that ends in a form of address that only comes before a name. */
export const endsInAddress = (words: readonly string[]) =>
  words.length >= 2 && BEFORE_NAME_ONLY.has((words.at(-1) ?? '').toLowerCase());

/** Two or more words in capitals holding a function word: a shout, not a name. */
export const isShout = (words: readonly string[]) =>
  words.length >= 2 &&
  words.every((w) => w === w.toUpperCase() && /\p{Lu}/u.test(w)) &&
  words.some((w) => SHOUT_WORDS.has(w.toLowerCase()));

/**
 * Whether the words of a span are no name whatever rule found them: a speaker role, a pronoun, a weekday or a month
 * alone ("Customer", "Eu", "Saya", "Jumanne"), a support account ("Robi Care"), a shout in capitals ("THIS IS TOO MUCH"), a greeting or holiday wish.
 */
export function notAName(span: string): boolean {
  const words = span.match(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu) ?? [];
  const one = words.length === 1 ? (words[0] ?? '') : '';
  if (one && (isRole(one) || isPronoun(one) || isCalendarWord(one))) return true;
  return isRole(span.trim()) || isServiceAccount(words) || isShout(words) || isGreeting(span);
}

/**
 * Words people save contacts under instead of a name, several languages (lower case; hand-written, a closed class
 * the corpora do not list): kin, partners, landlords, bosses, neighbours, a team, a front desk, and the articles and
 * possessives before them ("el Boss", "mi amor", "Ev sahibi").
 */
const CONTACT_WORDS = new Set(
  (
    'mama|mamá|mamã|mami|mum|mom|mommy|mummy|mother|mutti|mutter|maman|mamie|mamma|madre|mãe|mae|moeder|matka|' +
    'mamusia|anne|annem|ammi|amma|ma|ibu|mamy|papa|papá|papà|papai|pai|papi|dad|daddy|father|vater|vati|papy|père|' +
    'padre|vader|ojciec|tata|tato|tatay|nanay|inay|itay|baba|babam|abbu|abba|appa|ayah|bapak|oma|opa|nonna|nonno|' +
    'abuela|abuelo|abuelita|abuelito|vovó|vovô|vó|vô|avó|avô|babcia|dziadek|nenek|kakek|bibi|babu|nana|nan|granny|' +
    'grandma|grandpa|gran|grandad|tante|oncle|onkel|tía|tío|tia|tio|zia|zio|auntie|aunty|aunt|uncle|teta|lola|lolo|' +
    'ate|kuya|abi|abla|dada|didi|bhai|bhaiya|sis|bro|brother|sister|hermana|hermano|bruder|schwester|frère|sœur|' +
    'soeur|irmão|irmã|fratello|sorella|broer|zus|brat|siostra|kardeş|kardesim|wife|husband|hubby|wifey|babe|bae|' +
    'amor|schatz|chéri|chérie|bebé|baby|honey|love|landlord|landlady|vermieter|vermieterin|propriétaire|casero|' +
    'casera|padrone|síndico|sindico|huisbaas|ev|sahibi|boss|baas|bos|szef|chef|chefe|jefe|jefa|capo|patron|coach|' +
    'trainer|team|equipo|equipe|équipe|zespół|timu|reception|recepción|recepção|reception|rezeption|réception|' +
    'support|soporte|suporte|wsparcie|neighbor|neighbour|vecino|vecina|nachbar|nachbarin|voisin|voisine|vizinho|' +
    'vizinha|buurman|buurvrouw|sąsiad|sąsiadka|komşu|tetangga|jirani|doctor|dokter|docteur|médico|medico|arzt|' +
    'nanny|babysitter|niñera|teacher|lehrer|lehrerin|maestra|maestro|profe|el|la|the|my|mi|mis|meu|minha|mein|' +
    'meine|ma|mon|mia|mio|mijn|moja|mój|benim|yangu|wangu|ko|ng|ni|de|du|del|da|do|di|van'
  ).split('|'),
);
/** A word people save a contact under or say instead of a name ("Mama", "el Boss", "Landlady"), any case. */
export const isContactWord = (word: string) => CONTACT_WORDS.has(word.toLowerCase());

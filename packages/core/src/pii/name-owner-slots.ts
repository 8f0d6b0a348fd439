/**
 * Names in slots that only a person fills, in any case, even where the name is an everyday word too ("favour",
 * "Sol", "pilar") — source `honorific`, read in the name view, Latin script:
 * - whose personal data: "date of birth of Ale:", "fecha de nacimiento de pilar: …", "tanggal lahir dit 14/06/54",
 *   "el teléfono de José es …", "le numéro de max c'est …", "nomor wa agus +62…", "callum's number is …";
 * - an account's holder: "account name Chioma", "no nome de larissa", "b esm Jojo", "jina la account Otieno";
 * - two people asked: "ask Nedu and ngozi if …", "chiedete a Giuli e lorenzo se …", "fragt mal frank und joni, ob …";
 * - the one born: "favour was born on …", "Chebet alizaliwa …", "si tin ipinanganak …" (at a message's start);
 * - the one followed: "follow Femi on insta", "seguid a rosa en insta", "follow rina di ig";
 * - the one who owes or paid, at a message's start: "ifeanyi owes me …", "Belén me debe …", "ndi masih utang …".
 * Never a function word, a pronoun, a role, a weekday, a kin or contact word ("my son was born", "mama's
 * number"), nor a word after a determiner ("the company's number"). Where the slot is weaker (a possessive, a label
 * without "of") the word must be a name by the lexicons or capitalised and no everyday word. Every pattern starts at
 * a fixed cue and reads at most three words: linear in the text length.
 */
import { isContactWord, isPronoun, isRole } from './chat-roles.ts';
import { isCommonWord, isKnownName } from './lexicon.ts';
import { isPlace } from './person-context.ts';

export interface Span {
  start: number;
  end: number;
}

const W = "\\p{L}[\\p{L}\\p{M}'’-]{1,24}";
/** A name of one or two words: group `n`. */
const NAME = `(?<n>${W}(?:[ \\t]+${W})?)`;
const AND = '(?:and|&|e|y|et|und|en|i|ve|dan|na|w|at|och|og|aur)';
const OF = '(?:of|de|di|do|da|du|des|del|della|dello|von|van|ni|ng|ya|wa|ka|dla|pro|kay|dari|la|el|il)';

/** Words that are never a name in these slots (lower case): articles, determiners, quantifiers, people words. */
const FUNCTION = new Set(
  (
    'the|a|an|my|your|his|her|our|their|this|that|these|those|who|what|which|whose|everyone|everybody|someone|' +
    'somebody|anyone|anybody|nobody|all|both|each|people|one|el|la|los|las|un|una|mi|tu|su|sus|mis|nuestro|nuestra|' +
    'le|les|une|mon|ma|mes|ton|ta|son|sa|il|lo|gli|uno|o|os|as|um|uma|meu|minha|seu|sua|der|die|das|dem|den|ein|' +
    'eine|mein|meine|dein|deine|sein|seine|ihr|ihre|de|het|een|mijn|jouw|zijn|haar|ktoś|każdy|wszyscy|herkes|biri|' +
    'semua|seseorang|kila|mtu|wote|lahat|tout|tous|toute|todos|todo|todas|tutti|tutto|alle|iedereen|gente|leute|' +
    'mensen|ludzie|orang|watu|si|ni|ng|ang|sa|na|ya|wa|ka|ke|ko|mo|po|da|di|do|du|en|et|y|e|ve|dan|and|or|und|' +
    'oder|if|se|ob|of|to|for|with|from|by|in|on|at|is|was|has|had|not|no|also|still|just|already|then|so|too|' +
    'ja|ty|on|ona|oni|my|wy|ben|sen|biz|siz|onlar|aku|kamu|dia|kami|kita|mereka|anh|em|chị|ako|ikaw|siya|sila|' +
    'yeye|wao|sisi|wewe|mimi|ana|enta|enti|howe|hiye|ihna|ok|okay|pls|please|thanks|lol|haha|jaja|kkk|wkwk|mdr|' +
    'yesterday|today|tomorrow|ayer|hoy|mañana|hier|heute|gestern|morgen|ieri|oggi|domani|ontem|hoje|amanhã|' +
    'gisteren|vandaag|wczoraj|dziś|dzisiaj|jutro|dün|bugün|yarın|kemarin|besok|jana|leo|kesho|kahapon|bukas|' +
    'wer|wen|wem|quién|quien|quiénes|qui|chi|quem|wie|kto|kogo|kim|kime|siapa|nani|sino|sinu|sinong|mtu gani|' +
    'somebody|else|other|others|otro|otra|autre|andere|altro|outro|inny|diğer|lain|mwingine|may|might|must|can|will'
  ).split('|'),
);
/** Beings that are born, owe or are asked without being named. */
const NOT_NAMED = new Set(
  (
    'baby|babies|child|children|kid|kids|son|daughter|girl|boy|twins|puppy|puppies|kitten|kittens|dog|cat|calf|' +
    'foal|hijo|hija|bebé|bebe|niño|niña|nene|nena|filho|filha|bebê|figlio|figlia|bambino|bambina|fils|fille|bébé|' +
    'sohn|tochter|kind|kinder|zoon|dochter|dziecko|syn|córka|oğlum|kızım|bebek|anak|bayi|mtoto|watoto|anak ko|' +
    'company|bank|store|shop|landlord|owner|client|customer|guy|girl|man|woman|lady|someone|nobody|team|group|' +
    // what forms put after "date of birth of" / "number of" and before "lahir" ("tarikh lahir", "do utente")
    'utente|usuario|usuário|user|titular|holder|patient|paciente|patiente|cliente|member|socio|tenant|inquilino|' +
    'locataire|employee|student|tarikh|tanggal|tempat|tgl|data|date|fecha|lugar|place|luogo'
  ).split('|'),
);

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const never = (w: string) => {
  const lower = w.toLowerCase();
  return FUNCTION.has(lower) || NOT_NAMED.has(lower) || isContactWord(lower) || isPronoun(w) || isRole(w);
};
/** Months, which a birth-date label may be followed by ("date of birth July 20, 1985"). */
const MONTHS = new Set(
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec'.split(
    '|',
  ),
);
/**
 * A person by the lexicons: a known name in any case ("pilar", "max"), or a capitalised word that is no everyday
 * word and no month ("Jojo", "Femi"); a lower-case word the lexicons do not know is no name here ("utente").
 */
const person = (w: string) =>
  isKnownName(w) || (isCap(w) && !isCommonWord(w.toLowerCase()) && !MONTHS.has(w.toLowerCase()));
/** `person`, and no place ("London's number"). */
const named = (w: string) => person(w) && !isPlace(w);

/** How sure a slot is: any word but `never` ones, a `person` (a known name even if a place), or `named`. */
type Test = 'any' | 'capital' | 'person' | 'named' | 'known';
const TESTS: Record<Test, (w: string) => boolean> = {
  any: () => true,
  // a person, or any capitalised word but a month ("data di nascita di Ale:")
  capital: (w) => person(w) || (isCap(w) && !MONTHS.has(w.toLowerCase())),
  person,
  named,
  // a known name ("Marti ha già pagato?"; "Invoice paid" is none)
  known: (w) => isKnownName(w) && !MONTHS.has(w.toLowerCase()),
};

/**
 * The name of group `n` as a span: its first word must pass the slot's test; a second word joins when it is a name
 * of the same case ("José Pérez", "lara abboud"), not a function word.
 */
function nameSpan(m: RegExpMatchArray, test: Test): Span | undefined {
  const at = m.indices?.groups?.n;
  if (!at) return undefined;
  const [first, second] = (m.groups?.n ?? '').split(/[ \t]+/u);
  const clean = (w: string) => w.replace(/['’-]+$/u, '');
  const one = clean(first);
  if (one.length < 2 || never(one) || !TESTS[test](one)) return undefined;
  let end = at[0] + one.length;
  const two = second ? clean(second) : '';
  if (two && !never(two) && isCap(two) === isCap(one) && person(two) && !isCommonWord(two.toLowerCase()))
    end = at[1] - (second.length - two.length);
  return { start: at[0], end };
}

const BIRTH =
  'date of birth|birth date|birthdate|dob|d\\.o\\.b\\.?|birthday|bday|fecha de nacimiento|cumpleaños|cumple|' +
  'data di nascita|compleanno|data de nascimento|aniversário|date de naissance|anniversaire|geburtsdatum|' +
  'geburtstag|geboortedatum|verjaardag|data urodzenia|urodziny|doğum tarihi|doğum günü|tanggal lahir|ulang tahun|' +
  'tarehe ya kuzaliwa|siku ya kuzaliwa|tarikh milad|tarikh el milad|3id milad|ngày sinh|sinh nhật|' +
  'petsa ng kapanganakan|kaarawan';
const DATA =
  'número|numero|numéro|number|nummer|numer|nomor|namba|numara|telefone|telefon|teléfono|telefono|tel|celular|' +
  'cel|móvil|movil|handy|handynummer|cellulare|mail|e-mail|email|correo|adresse|dirección|direccion|indirizzo|' +
  'endereço|adres|alamat|anwani|insta|ig|whatsapp|wa';
/** What follows an owner's name: a colon, "is", a digit, a plus sign. */
const THEN =
  "(?=[ \\t]*(?:[:=(]|\\+|\\p{Nd}|(?:is|es|è|é|ist|est|c['’]est|jest|adalah|ni|ndi|ay|huwa|hiye|to|será)(?![\\p{L}])))";

const SLOTS: { re: RegExp; test: Test }[] = [
  // "date of birth of Ale:", "fecha de nacimiento de pilar: …", "date of birth ni Angelica:"
  { re: new RegExp(`(?<![\\p{L}])(?:${BIRTH})(?:[ \\t]+${OF})+[ \\t]+${NAME}${THEN}`, 'dgiu'), test: 'capital' },
  // "tanggal lahir dit 14/06/54", "tarikh milad Yoyo:" (no "of": the name must be one by the lexicons)
  { re: new RegExp(`(?<![\\p{L}])(?:${BIRTH})[ \\t]+${NAME}${THEN}`, 'dgiu'), test: 'person' },
  // "el teléfono de José es …", "le numéro de max c'est …", "het nummer van Ies is …"
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:${DATA})(?:[ \\t]+(?:wa|hp|nuevo|nueva|novo|nova|nouveau|neue|new))?[ \\t]+${OF}[ \\t]+(?:(?:el|la|il|lo|le|o|a)[ \\t]+)?${NAME}${THEN}`,
      'dgiu',
    ),
    test: 'person',
  },
  // "nomor wa agus +6281…"
  { re: new RegExp(`(?<![\\p{L}])(?:nomor|no|nomer)[ \\t]+(?:wa|hp)[ \\t]+${NAME}${THEN}`, 'dgiu'), test: 'person' },
  // "callum's number is …", "nedu’s birthday"
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{M}'’-])(?<n>${W})['’]s[ \\t]+(?:(?:new|old|mobile|cell|phone|home|work|personal)[ \\t]+)?(?:number|phone|mobile|cell|email|e-mail|address|birthday|bday|date of birth|dob|iban|account|ig|insta|instagram|whatsapp)(?![\\p{L}])`,
      'dgiu',
    ),
    test: 'named',
  },
  // "account name Chioma", "no nome de larissa", "b esm Jojo", "a nombre de Marta"
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:account name|account holder|name on the account|beneficiary|in the name of|a nombre de|en nombre de|no nome de|em nome de|au nom de|intestat[oa] a|auf den namen(?: von)?|kontoinhaber(?:in)?|ten name van|t\\.n\\.v\\.?|na nazwisko|adına|atas nama|a\\.n\\.|jina la account|jina la akaunti|b esm|be esm|bi esm|bi ism|pangalan ng account)[ \\t]*:?[ \\t]+${NAME}(?![\\p{L}])`,
      'dgiu',
    ),
    test: 'any',
  },
  // "follow Femi on insta", "seguid a rosa en insta", "follow rina di ig"
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:follow|seguid a|sigue a|seguí a|seguir a|segue|segui|seguite|suivez|suis|folgt|folg|volg|obserwuj|obserwujcie|takip edin|takip et|ikuti|follow mo si|fuata|fuateni)[ \\t]+(?:(?:a|al|à|o|la|el|kay|si)[ \\t]+)?${NAME}[ \\t]+(?:on|en|no|na|su|sur|auf|op|di|3al|sa|kwa)[ \\t]+(?:insta|instagram|ig|tiktok|twitter|x|fb|facebook|snap|snapchat|threads|linkedin)(?![\\p{L}])`,
      'dgiu',
    ),
    test: 'any',
  },
];

/** Where a message starts: a line start, a speaker's colon, an opening question mark, a sentence end. */
const START = '(?:^|[:¿¡]|[.!?][ \\t])[ \\t]*(?:(?:si|ni|and|y|e|et|und|en|ve|dan|na|at)[ \\t]+)?';
const BORN =
  'was born|is born|were born|nació|nacio|è nato|è nata|e nato|e nata|est né|est née|wurde geboren|ist geboren|' +
  'is geboren|werd geboren|urodził się|urodziła się|nasceu|doğdu|lahir|alizaliwa|ipinanganak|isinilang';
/** A debtor is a person ("Amazon owes me a refund" is worth hiding too). */
const OWES =
  'still owes|owes|me debe|nos debe|te debe|le debe|me doit|nous doit|mi deve|ci deve|me deve|nos deve|schuldet|' +
  'moet me|jest mi winien|jest mi winna|bana borçlu|masih utang|utang|ananidai|bado ananidai|may utang|' +
  // Arabizi "on him / her" ("Fadi 3aleih $399")
  '3aleih|3aleh|3aleha|3alayh|3leh|3leha';
/** Who paid: "Rent paid", "Invoice paid" are none. */
const PAID =
  "paid|has paid|hasn['’]t paid|already paid|ya pagó|pagó|a payé|a déjà payé|ha pagato|ha già pagato|pagou|" +
  'já pagou|hat bezahlt|hat schon bezahlt|heeft betaald|zapłacił|zapłaciła|ödedi|sudah bayar|udah bayar|amelipa|' +
  'nagbayad na|bayad na';
const subject = (verbs: string) => new RegExp(`${START}${NAME}[ \\t]+(?:${verbs})(?![\\p{L}])`, 'dgimu');
const SUBJECTS: [RegExp, Test][] = [
  [subject(BORN), 'any'],
  [subject(OWES), 'any'],
  [subject(PAID), 'known'],
];
/** "ask A and B if …", "chiedete a Giuli e lorenzo se …", "pergunta pro Ju e pra Ju se …". */
const ASK_PAIR = new RegExp(
  `(?<![\\p{L}])(?:ask|asking|check with|chiedete a|chiedi a|chiedete|chiedi|preguntadle a|preguntale a|pregúntale a|preguntad a|pregunta a|pregunten a|pergunta|perguntem|perguntar|demande à|demandez à|demande a|frag mal|fragt mal|frag|fragt|fragen|vraag even|vraag aan|vraag|zapytaj|zapytajcie|sorun|sor|tanya|tanyain|tanyakan|uliza|waulize|es2al|es2alo|is2al|itanong kay|itanong mo kay|tanungin si)[ \\t]+(?:(?:a|al|à|ao|pro|pra|kay|si|ke|aan)[ \\t]+)?(?<a>${W})[ \\t]+${AND}[ \\t]+(?:(?:a|al|à|ao|pro|pra|kay|si|ke|aan)[ \\t]+)?(?<b>${W})[ \\t,]*(?:if|whether|si|se|ob|of|czy|mı|mi|apakah|kama|eza|iza|kung)(?![\\p{L}])`,
  'dgiu',
);

/** "did favour pay yet?", "heeft zon al betaald?", "hat Jonas schon bezahlt?": one word, asked about. */
const PAY_QUESTION = new RegExp(
  `(?<![\\p{L}])(?:did|has|hasn['’]t|didn['’]t|heeft|hat|ha|a-t-elle|a-t-il)[ \\t]+(?<n>${W})[ \\t]+(?:(?:al|already|schon|già|déjà|nog|ook)[ \\t]+)?(?:pay|paid|betaald|bezahlt|pagato|payé)(?![\\p{L}])`,
  'dgiu',
);
/** One word right before a verb of being born anywhere in a line ("… ik je stuur bloem is geboren op …"). */
const BORN_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(?<n>${W})[ \\t]+(?:is geboren|was born|lahir(?![ \\t]+(?:dan[ \\t]+)?batin)|alizaliwa|ipinanganak|nació|è nato|è nata|est né|est née|urodził się|urodziła się|nasceu|doğdu)(?![\\p{L}])`,
  'dgiu',
);
/** The word before `at`, lower case. */
const wordBefore = (text: string, at: number) =>
  (/([\p{L}\p{M}'’-]+)[ \t]*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '').toLowerCase();
/** Tagalog words that show a Tagalog or Taglish text, where "si", "kay", "ni" mark a person's name. */
const TAGALOG =
  /(?<![\p{L}])(?:ang|ng|mga|naman|lang|yung|kasi|talaga|sige|hindi|ba|po|nga|daw|raw|kayo|tayo|namin|natin|sana)(?![\p{L}])/giu;
/** "si jessa", "kay princess", "ni Cams" (Tagalog personal articles). */
const TL_ARTICLE = new RegExp(`(?<![\\p{L}])(?:si|kay|ni|sina|kina|nina)[ \\t]+(?<n>${W})`, 'dgiu');

function tagalog(text: string): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(TAGALOG)) if (seen.add(m[0].toLowerCase()).size >= 2) return true;
  return false;
}

/** Spans of names in the slots above. */
export function ownerSlotSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const { re, test } of SLOTS) {
    for (const m of text.matchAll(re)) {
      const s = nameSpan(m, test);
      if (s) out.push(s);
    }
  }
  // the one born or owing may be any word ("favour was born"); the one who paid a name ("Rent paid" is none)
  for (const [re, test] of SUBJECTS) {
    for (const m of text.matchAll(re)) {
      const s = nameSpan(m, test);
      if (s) out.push(s);
    }
  }
  for (const m of text.matchAll(PAY_QUESTION)) {
    const s = nameSpan(m, 'any');
    if (s) out.push(s);
  }
  for (const m of text.matchAll(BORN_WORD)) {
    // not after a determiner or possessive ("my son is born", "anak saya lahir" has "saya" itself)
    if (FUNCTION.has(wordBefore(text, m.index ?? 0))) continue;
    const s = nameSpan(m, 'any');
    if (s) out.push(s);
  }
  if (tagalog(text))
    for (const m of text.matchAll(TL_ARTICLE)) {
      const s = nameSpan(m, 'any');
      if (s) out.push(s);
    }
  for (const m of text.matchAll(ASK_PAIR)) {
    const a = m.indices?.groups?.a;
    const b = m.indices?.groups?.b;
    const wa = m.groups?.a ?? '';
    const wb = m.groups?.b ?? '';
    // both must read as people ("ask price and availability if" has neither): no function or contact word
    if (!a || !b || never(wa) || never(wb)) continue;
    // one of the two a name that is no everyday word ("ask price and availability": "Price" is a family name too)
    const sure = (w: string) => person(w) && !isCommonWord(w.toLowerCase());
    if (!(sure(wa) || sure(wb))) continue;
    out.push({ start: a[0], end: a[1] }, { start: b[0], end: b[1] });
  }
  // one span per place (a name may fill two slots: "favour was born" at a message's start)
  return out.filter((s, i) => out.findIndex((o) => o.start === s.start && o.end === s.end) === i);
}

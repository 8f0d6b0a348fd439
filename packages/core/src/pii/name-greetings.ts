/**
 * Names that letters and notices put in fixed places, in Latin script (source `honorific`):
 * - after a welcome or a greeting, before its "!", "," or ":" ("Welcome aboard, Brandon!", "Bienvenue Aurore !",
 *   "Hi Hope,", "Willkommen im Team, Leonie!", "¡Bienvenido, Santiago!")
 * - after a closing at a line's end ("Thanks, Abigail", "Cordialement,\nÉlodie")
 * - after "for" and before a colon ("Reminder for Brianna:", "Checklist für Leonie:")
 * - a family's name: "the White family", "Dear Cross family", "the Baker household", "Familie Schneider", "de familie
 *   de Wit", "la famille Petit"
 * - a family name, a comma and a given name in a record ("Baker, Rose;", "Rivers, Reid has missed …")
 * A word counts when the name lexicon knows it, or it is an open name (no everyday word of any language); never a
 * place, a role or a weekday. Each pattern reads a bounded number of characters after a fixed word: linear.
 */
import { isCalendarWord, isRole } from './chat-roles.ts';
import { isCommonWord, isKnownName } from './lexicon.ts';
import { openName } from './name-chat-titles.ts';
import { firstCased, wordsCased } from './name-cues-words.ts';
import { isPlace, NOT_NAME } from './person-context.ts';

export interface Span {
  start: number;
  end: number;
}

const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?`;
const UPPER_NAME = String.raw`\p{Lu}{2,}(?![\p{Ll}])`;
const PARTICLES = String.raw`(?:(?:van|von|de|der|den|da|das|dos|di|del|della|du|le|la|ter|ten)[ \t]+){0,3}`;
const WELCOME =
  'welcome aboard|welcome back|welcome to the team|welcome|bienvenue|bienvenu|bienvenido|bienvenida|benvenuto|' +
  'benvenuta|bem-vindo|bem-vinda|welkom|willkommen im team|willkommen im Team|willkommen an bord|willkommen|hi|hello|' +
  'hey|dear|hola|' +
  'bonjour|hallo|ciao|olá|hoi|beste|querido|querida|estimado|estimada|cher|chère|caro|cara|gentile|liebe|lieber|' +
  'congratulations|congrats|félicitations|felicidades|parabéns|gefeliciteerd|herzlichen glückwunsch|' +
  'happy birthday|happy bday|hbd|selamat ulang tahun|iyi ki doğdun|alles gute zum geburtstag|alles gute|' +
  'chúc mừng sinh nhật|feliz cumpleaños|feliz aniversário|joyeux anniversaire|buon compleanno|tanti auguri|' +
  'wszystkiego najlepszego|sto lat|mabrouk|mabruk|good morning|good night|goodnight|morning|night|' +
  'cheers|miss you|love you|proud of you|woi|oi|ê|ej|hej|hey hey|yo|sup|salut|ciao ciao|merhaba|selam|halo|hai';
const AFTER_WELCOME = new RegExp(
  String.raw`(?:^|[\n.!?¡¿]|,)[ \t]*[¡¿]?(?:${wordsCased(WELCOME)})[ \t]*,?[ \t]+(${CAP}|${UPPER_NAME})(?:[ \t]+(${CAP}|${UPPER_NAME}))?(?=[ \t]*(?:[!,:;.?…❤🎉🎂🥳😘😍💕🙏]|$)|[ \t]+\p{Ll})`,
  'dgmu',
);
const CLOSING =
  'thanks|thank you|many thanks|regards|best regards|kind regards|best|cheers|sincerely|yours|merci|cordialement|' +
  'bien à vous|danke|viele grüße|liebe grüße|grüße|mit freundlichen grüßen|saludos|un saludo|gracias|atentamente|' +
  'grazie|saluti|cordiali saluti|obrigado|obrigada|atenciosamente|abraços|groeten|met vriendelijke groet|bedankt|' +
  'pozdrawiam|dziękuję';
const AFTER_CLOSING = new RegExp(
  String.raw`(?:^|[\n.!?])[ \t]*(?:${wordsCased(CLOSING)})[ \t]*[,!.]?[ \t]*\n?[ \t]*(${CAP})(?:[ \t]+(${CAP}))?(?=[ \t]*[.!]?[ \t]*(?:\n|$))`,
  'dgmu',
);
const FOR_COLON = new RegExp(
  String.raw`(?<![\p{L}])(?:${firstCased('for|für|pour|para|per|voor')})[ \t]+(${CAP})(?:[ \t]+(${CAP}))?[ \t]*:`,
  'dgu',
);
const FAMILY_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:${firstCased('the|dear|a')})[ \t]+(${CAP})(?:[ \t]+(${CAP}))?[ \t]+(?:family|household|residence|kids|children)(?![\p{L}])`,
  'dgu',
);
const FAMILY_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${firstCased('familie|famille|familia|famiglia|família|family')})[ \t]+(${PARTICLES}${CAP})(?![\p{L}])`,
  'dgu',
);
/** Role words of records and notices before a name ("Customer Jordan Rivers reports", "The witness, Faith Rich,"). */
const ROLE_CUE =
  'customer|client|patient|tenant|landlord|applicant|candidate|employee|witness|borrower|co-borrower|guarantor|' +
  'claimant|defendant|plaintiff|policyholder|insured|beneficiary|passenger|traveller|traveler|guest|student|pupil|' +
  'emergency contact|next of kin|held by|signed by|issued to|payable to|prepared by|approved by|requested by|' +
  'submitted by|reported by|attention|attn|c/o|care of|please welcome|welcome|meet|kunde|kundin|patientin|mieter|' +
  'mieterin|antragsteller|antragstellerin|zeuge|zeugin|schuldner|kläger|klägerin|versicherte|versicherter|' +
  'kontoinhaber|kontoinhaberin|cliente|paciente|patiente|locataire|demandeur|demandeuse|témoin|emprunteur|' +
  'emprunteuse|assuré|assurée|titulaire|bénéficiaire|passager|passagère|élève|inquilino|inquilina|solicitante|' +
  'testigo|prestatario|asegurado|asegurada|titular|beneficiario|pasajero|pasajera|alumno|alumna|paziente|' +
  'richiedente|testimone|assicurato|assicurata|passeggero|studente|studentessa|requerente|testemunha|segurado|' +
  'segurada|passageiro|passageira|aluno|aluna|klant|patiënt|huurder|aanvrager|getuige|verzekerde|rekeninghouder|' +
  'passagier|leerling';
const AFTER_ROLE = new RegExp(
  String.raw`(?<![\p{L}])(?:${firstCased(ROLE_CUE)})[ \t]*[,:]?[ \t]+(${CAP})(?:[ \t]+(${CAP}))?(?:[ \t]+(${CAP}))?(?![\p{L}\p{M}])`,
  'dgu',
);

/** A name's label in running text ("the name on the booking is …", "mon nom complet c'est …", "adım soyadım: …"). */
const LONG_NAME_LABEL =
  'full name|name on the booking|name on the reservation|name on the card|name on the account|name on the order|' +
  'name on the ticket|nom complet|nom sur la réservation|nome completo|nome sulla prenotazione|nome na reserva|' +
  'nombre completo|nombre en la reserva|voller name|name auf der buchung|naam op de boeking|volledige naam|' +
  'imię i nazwisko|rezervasyondaki isim|adım soyadım|nama lengkap|nama di pesanan|полное имя|имя в брони|имя и фамилия';
const SHORT_NAME_LABEL = 'name|nom|nome|nombre|naam|isim|nama|имя';
const NAME_FILLER = String.raw`(?:[ \t]*(?:is|est|è|é|es|ist|lautet|c['’]est|adalah|это|:|=|-+>?|—))`;
const UPPER = String.raw`\p{Lu}{2,}(?:-\p{Lu}{2,})?`;
const NAME_WORDS = String.raw`(${CAP}|${UPPER})(?:[ \t]+(${CAP}|${UPPER}))?(?:[ \t]+(${CAP}|${UPPER}))?(?![\p{L}\p{M}])`;
const AFTER_NAME_LABEL = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${wordsCased(LONG_NAME_LABEL)})${NAME_FILLER}*|(?:${wordsCased(SHORT_NAME_LABEL)})${NAME_FILLER}+)[ \t]*${NAME_WORDS}`,
  'dgu',
);

/** A name that opens a line and speaks to someone ("Callum can you …", "Sneha you look …", "Manish tu toh …"). */
const SECOND_PERSON =
  '(?:(?:can|could|would|will|did|do|are|r|have|pls|please)[ \\t]+)?(?:you|u)|(?:pls|plz|please)(?=[ \\t]+\\p{Ll})|' +
  'ya|tu|toi|vous|du|ihr|kamu|lu|kau|' +
  'jangan|sen|siz|bạn|tum|aap|jij|jullie|voi|você|vc|vocês|usted|ustedes|ты|вы';
const VOCATIVE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(${CAP}|${UPPER_NAME})[ \t]*,?[ \t]+(?:${SECOND_PERSON})(?![\p{L}])`,
  'dgu',
);

/** "Baker, Rose;" at a line start or after a colon, then a separator or a verb. */
const FAMILY_WORD = String.raw`(?:${CAP}|\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?)`;
const REVERSED = new RegExp(
  String.raw`(?:^|[:;|\t]|\n)[ \t]*(${PARTICLES}${FAMILY_WORD}(?:[ \t]+${FAMILY_WORD})?),[ \t]+(${CAP})(?:[ \t]+(${CAP}))?(?=[ \t]*(?:[;,(|\n]|$)|[ \t]+(?:has|is|was|hat|ist|a|est|ha|è|heeft|tem|tiene)(?![\p{L}]))`,
  'dgmu',
);

/** Greetings to a group or to no one ("Hi Team", "Liebe Nachbarn", "Chers collègues", "Hello World"). */
const GROUP =
  /^(?:Team|All|Everyone|Everybody|There|Sir|Madam|Madame|Monsieur|World|Friends|Folks|Guys|Students|Parents|Colleagues|Neighbours|Neighbors|Members|Customers|Nachbarn|Nachbarinnen|Eltern|Kollegen|Kolleginnen|Freunde|Mitglieder|Kunden|Zusammen|Voisins|Collègues|Parents|Amis|Vecinos|Colegas|Amigos|Padres|Familias|Vizinhos|Amigos|Pais|Genitori|Colleghi|Amici|Vicini|Buren|Collega's|Ouders|Vrienden|Allemaal|Iedereen)$/u;

/** An all-capitals word read capitalised ("KAVYA" -> "Kavya"). */
const titled = (w: string) => (w.length > 1 && w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w);
/** A role, a weekday or month, or a function word: no word of a name in any of these slots. */
const neverName = (w: string) => isRole(w) || isCalendarWord(w) || NOT_NAME.test(w);
/**
 * A word of a name in these slots: a known or open name, no role, weekday or function word (a place only in a
 * record's "Family, Given": "Hope", "Austin" are places too).
 */
const nameWord = (raw: string, open = true, w = titled(raw)) =>
  !neverName(w) && !GROUP.test(w) && (isKnownName(w) || (open && openName(w)));

/** The span of one or two name words from groups 1 and 2 of `m` (the last word of group 1 must be a name). */
function words(m: RegExpExecArray | RegExpMatchArray, open: boolean): Span | undefined {
  const one = m.indices?.[1];
  if (!one) return undefined;
  const first = m[1].split(/[ \t]+/u).at(-1) ?? '';
  if (!nameWord(first, open)) return undefined;
  const two = m.indices?.[2];
  return { start: one[0], end: two && nameWord(m[2], open) ? two[1] : one[1] };
}

/** Capitalised words before "family" that are no family's name ("the Royal family", "the whole Host family"). */
const NOT_FAMILY =
  /^(?:Royal|Whole|Entire|Host|Extended|Happy|Same|Other|New|Old|Your|My|Our|Their|His|Her|Dear|Lovely|Wonderful|Blended|Nuclear|Modern|Addams)$/u;

/** A family's name: any capitalised word in that slot but a few adjectives, a role or a weekday. */
function familySpan(m: RegExpExecArray | RegExpMatchArray): Span | undefined {
  const one = m.indices?.[1];
  const last = m[1].split(/[ \t]+/u).at(-1) ?? '';
  if (!one || NOT_FAMILY.test(last) || neverName(last)) return undefined;
  const two = m.indices?.[2];
  return { start: one[0], end: two && !NOT_FAMILY.test(m[2]) ? two[1] : one[1] };
}

/** Words of a company's name: a role word before one names no person ("Landlord: Fynbos Property Rentals"). */
const COMPANY =
  /^(?:Ltd|Limited|Inc|LLC|LLP|PLC|GmbH|AG|SA|SL|SRL|BV|NV|Pty|Co|Corp|Bank|Banking|Property|Properties|Rentals|Realty|Estates|Assurance|Insurance|Holdings|Group|Company|Services|Trust|Agency|Management|Partners|Capital|Finance|Lending|Credit|Union|Mutual|Life|Health|Hospital|Hospitals|Clinic|Motors|Logistics|Solutions|Systems|Foundation|Association|Council|University|College|School)$/u;

/**
 * One to three capitalised words after a role word: the first a known name (also an everyday word: "Hope", "Faith")
 * or an open name, the others any capitalised word but a role, weekday or known place ("Customer Jordan Rivers
 * reports …", not "Customer Service", "Patient Portal", "Guest WiFi").
 */
function roleSpan(m: RegExpExecArray | RegExpMatchArray, labelled: boolean): Span | undefined {
  if ([m[1], m[2], m[3]].some((w) => w && COMPANY.test(w))) return undefined;
  const one = m.indices?.[1];
  // after a name's label one name word among them is enough ("Ute Vogelsang": "Ute" is an everyday word too)
  if (!one || (!nameWord(m[1]) && !(labelled && [m[2], m[3]].some((w) => w && nameWord(w))))) return undefined;
  if (isRole(m[1]) || GROUP.test(m[1]) || NOT_NAME.test(m[1])) return undefined;
  let end = one[1];
  for (const k of [2, 3]) {
    const at = m.indices?.[k];
    const w = m[k];
    if (!at || !w || neverName(w) || GROUP.test(w) || (isPlace(w) && !isKnownName(w))) break;
    end = at[1];
  }
  return { start: one[0], end };
}

export function greetingNameSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!/\p{Lu}/u.test(text)) return out;
  for (const re of [AFTER_WELCOME, AFTER_CLOSING, FOR_COLON, FAMILY_AFTER, FAMILY_BEFORE]) {
    for (const m of text.matchAll(re)) {
      const family = re === FAMILY_AFTER || re === FAMILY_BEFORE;
      // "for X:" takes a known name only ("Rezept für Käsespätzle:", "Instructions for Windows:"), and so does a
      // greeting whose name runs on into the sentence ("woi Siti jangan …"; not "Merhaba, Trendyol müşteri …")
      const runOn = re === AFTER_WELCOME && /^[ \t]+\p{Ll}/u.test(text.slice(m.index + m[0].length));
      const s = family ? familySpan(m) : words(m, re !== FOR_COLON && !runOn);
      if (s) out.push(s);
    }
  }
  for (const re of [AFTER_ROLE, AFTER_NAME_LABEL]) {
    for (const m of text.matchAll(re)) {
      const s = roleSpan(m, re === AFTER_NAME_LABEL);
      if (s) out.push(s);
    }
  }
  for (const m of text.matchAll(VOCATIVE)) {
    const w = titled(m[1]);
    const one = m.indices?.[1];
    // a known name that is no everyday word ("Will you …", "Mark you …" are not), or an open name
    if (!one || !((isKnownName(w) && !isCommonWord(w.toLowerCase())) || openName(w)) || !nameWord(m[1])) continue;
    out.push({ start: one[0], end: one[1] });
  }
  for (const m of text.matchAll(REVERSED)) {
    const family = m[1].split(/[ \t]+/u).at(-1) ?? '';
    // the given name known, the family name no place ("Dallas, Austin;" lists places)
    if (!isKnownName(m[2]) || isPlace(titled(family)) || isRole(family) || NOT_NAME.test(titled(family))) continue;
    const one = m.indices?.[1];
    const two = m.indices?.[3] ?? m.indices?.[2];
    if (one && two) out.push({ start: one[0], end: two[1] });
  }
  return out;
}

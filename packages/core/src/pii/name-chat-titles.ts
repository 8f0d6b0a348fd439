/**
 * Names next to the forms of address of informal chat in South and Southeast Asia, Africa, the Arab world, Turkey and
 * Latin America, in any case ("cik farah", "Dr. ritu", "mwalimu wanjiku", "uncle Hui Min", "omar bey", "YASH bhaiya"):
 * - a STRONG title (no everyday word in the languages we read) before a word: that word is a name, in any case, unless
 *   it is a function word ("Dr. can" is a name, "Dr. is" is not);
 * - a WEAK title (an everyday word too: "uncle", "pak", "bro", "sir", "mama") before a capitalised word, or before a
 *   lower-case word that is a known name (lexicon.ts) or an open name (`openName`: no everyday word of any language);
 * - a suffix of address after a word ("bhai", "bey", "basha", "hocam", "sir", "ji"): the word before is a name when it
 *   is capitalised, a known name or an open name, and no greeting or function word ("yes sir", "haan ji", "mere bhai").
 * A second capitalised word after a capitalised name joins it ("uncle Hui Min"). Each pattern reads a bounded number
 * of characters from a fixed anchor: linear in the text length.
 */
import { isCommonWord, isKnownName } from './lexicon.ts';
import { isTechName } from './person.ts';
import { isPlace } from './person-context.ts';

export interface Span {
  start: number;
  end: number;
}

/** Titles that are no everyday word in any case ("cik", "mwalimu"); "dr", "mr", "mrs", "ms", "prof" capitalised here
 * (lower case, honorific.ts reads them). */
const STRONG = new Set(
  'dr|mr|mrs|ms|mdm|prof|dato|datuk|datin|cik|encik|cikgu|puan|ustaz|ustazah|ustadh|mwalimu|mzee|alhaji|alhaja|hajia|engr|barr|kuya|señor|señora'.split(
    '|',
  ),
);
const LOWER_AMBIGUOUS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof']);
/** Forms of address that are everyday words too: before a capitalised word, or a known name in lower case. */
const KIN = new Set(
  (
    'pak|ibu|bapak|mas|mbak|kak|kakak|abang|bang|adik|uncle|aunty|auntie|tante|oncle|onkel|tio|tia|tío|tía|doña|compa|' +
    'primo|prima|lolo|lola|tito|tita|oga|cucu|msee|ammu|amma|appa|akka|didi|bhaiya|teyze|amca|abla|abi|kaka|dada|' +
    // Thai forms of address (romanized): "khun Supaporn", "phi Nok", "nong May", "ajarn Somchai"
    'khun|phi|nong|ajarn|ajan'
  ).split('|'),
);
/** English and widespread ones ("sir", "miss", "mama", "bro"): only before a capitalised known name, no place. */
const GENERIC = new Set(
  'bu|sir|madam|madame|mama|baba|bros|bro|engineer|mister|miss|don|ustad|sheikh|shaikh|sayed|syed'.split('|'),
);
const WEAK = [...KIN, ...GENERIC].join('|');
/** A form of address ("lola", "tita", "sir", "mwalimu"): a word for a person, not a name, when it stands alone. */
export const isAddressWord = (w: string) => {
  const t = w.toLowerCase();
  return KIN.has(t) || GENERIC.has(t) || STRONG.has(t);
};
const SUFFIX =
  'bhai|bhaiya|bhaiyya|bhaisaab|bhaisahab|bhaijaan|bhaijan|didi|sahab|saab|sahib|ji|sir|bey|basha|pasha|hoca|hocam|' +
  'hanım|hanim|abla|abi|ağabey|abang|kun|san|chan|sama';
/** Suffixes that follow everyday words too: the word before must be a known name or an open name. */
const WEAK_SUFFIX = new Set(['ji', 'sir', 'san', 'chan', 'kun', 'sama', 'abi', 'abla', 'abang', 'didi']);
/** Japanese suffixes, also after romanized everyday words ("daisuki chan"): a known name only. */
const KNOWN_SUFFIX = new Set(['san', 'chan', 'kun', 'sama']);
/**
 * Generic titles that are everyday words too ("bu" = Turkish "this", "don" = "don't", "miss" = to miss, "mama" and
 * "baba" = mother and father before a verb: "baba ataleta"): known names only.
 */
const KNOWN_GENERIC = new Set(['bu', 'don', 'miss', 'bros', 'mama', 'baba']);

const WORD = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]{1,24}";
const BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...STRONG].join('|')}|${WEAK})(\\.?)[ \\t]+(${WORD})(?:[ \\t]+(${WORD}))?(?![\\p{L}\\p{N}])`,
  'dgiu',
);
const AFTER = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${WORD})[ \\t]+(?:${SUFFIX})(?![\\p{L}\\p{N}])`, 'dgiu');

/** Function words, greetings and everyday words of chat that follow or precede a form of address without a name. */
export const NOT_NAME = new Set(
  (
    'a|an|the|and|or|but|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|' +
    'i|me|my|you|your|u|ur|he|him|his|she|her|it|its|we|us|our|they|them|their|this|that|these|those|there|here|' +
    'what|who|whom|which|where|when|why|how|not|no|yes|yeah|yep|ok|okay|oke|pls|plz|please|thanks|thank|thx|ty|' +
    'hi|hello|hey|dear|good|morning|evening|night|bye|sorry|welcome|sure|right|also|just|only|very|so|too|' +
    'to|of|in|on|at|by|for|with|from|about|as|into|ko|ka|ki|ke|ne|se|hai|ho|hain|tha|thi|nahi|nahin|haan|han|ha|' +
    'ji|ap|aap|tum|mera|meri|mere|tera|teri|tere|apna|apne|yaar|arre|are|arey|bhai|bro|sir|ek|sab|bade|chote|' +
    'kya|kaise|kaisa|kaha|kahan|chal|chalo|suno|sun|dekho|bolo|acha|accha|achha|theek|thik|bas|oye|abe|' +
    'yang|dia|aku|saya|kamu|ini|itu|di|dan|juga|sudah|dah|la|lah|kata|bilang|tolong|nak|tak|ada|ni|na|wa|ya|' +
    'kwa|po|si|ng|sa|mga|ang|ay|kay|naman|lang|pa|ba|o|de|el|los|las|le|les|un|una|que|con|por|para|mi|tu|su|' +
    'merhaba|selam|hocam|bey|abi|çok|bir|bu|ve|ile|da|mı|mi|tamam|evet|hayır|hayir|sağol|sagol|teşekkürler|' +
    'tesekkurler|jai|günaydın|gunaydin|iyi|nasılsın|salam|wallah|habibi|inshallah|yallah|khalas|ahlan|tayeb|tayyeb|' +
    'shukran|mashi|yasta|terima|kasih|sama|madam|mama|baba|uncle|aunty|auntie|oga|chief|engineer|doctor|dr|mr|' +
    'mrs|ms|team|all|everyone|guys|sahab|dost|bhaiya|didi|log|customer|client|boss|friend|brother|sister|' +
    'bhaiyya|jee|sorry|okay|sure|said|says|saying|told|asked|called|mark|bill|rose|june|frank|ray|dean|guy|' +
    'hope|grace|joy|sunny|rich|young|king|chase|miles|page|will|may|ramadan|ramzan|eid|diwali|mubarak|' +
    // chat words and romanized function words the corpora of isCommonWord lack (Hinglish, Urdu, Arabizi, Pidgin,
    // Sheng, Malay, Tagalog slang), and words for God
    'wtf|omg|idk|btw|asap|tmrw|tmr|tmrow|tomoro|tommorow|2moro|ngl|imo|imho|fyi|brb|gtg|ikr|smh|tbh|lmk|hbu|wyd|' +
    'plss|pleasee|thnx|thanx|tks|tq|mrng|gd|gm|gn|bday|hbd|congrats|sry|srry|nvm|k|kk|okk|okey|okie|noted|' +
    'nahi|nhi|kya|kyu|kyun|kar|karo|karna|kardo|kiya|raha|rahi|rahe|gaya|gayi|hoga|hogi|mujhe|mujhko|tujhe|usko|' +
    'isko|unka|unki|uska|uski|woh|yeh|kuch|bahut|bohot|bhot|wala|wali|wale|bata|batao|bolo|bola|bol|dena|lena|' +
    'chahiye|lekin|aur|par|pe|mein|main|hum|hoon|hu|hun|bilkul|jaldi|abhi|aaj|kal|phir|fir|bhi|sirf|matlab|' +
    'keemat|kimat|qeemat|' +
    'enta|enti|ana|shu|shou|kifak|kifik|fein|feen|bokra|mesh|msh|ma3lesh|yalla|inshaallah|mashallah|alhamdulillah|' +
    'abeg|dey|wetin|una|sha|sef|wahala|comot|wey|oya|jare|shey|niaje|manze|sasa|poa|doh|buda|bana|msee|' +
    'lah|leh|lor|meh|sia|wor|siao|liao|sian|bojio|kiasu|chope|makan|lepak|jialat|buay|tahan|alamak|aiyo|aiyoh|' +
    'aiya|walao|shiok|paiseh|kena|boleh|tapi|sangat|banget|gak|nggak|' +
    'udah|belum|dong|sih|deh|kok|gimana|kenapa|nanti|besok|kuya|ate|grabe|talaga|sana|kasi|yung|diba|' +
    'papa|papá|mamá|mami|papi|mommy|mummy|daddy|mom|dad|maman|mo|niya|nila|namin|natin|ninyo|' +
    // Vietnamese pronouns of address, names too ("Chao anh", "cam on em")
    'anh|chi|chị|em|ban|bạn|ông|bà|cô|chú|bác|nanay|tatay|inay|itay|annem|babam|anneannem|ammi|abbu|abba|' +
    // days of the week (Malay / Indonesian, Swahili, Turkish, Tagalog) and Hindi words for a group of people
    'senin|selasa|rabu|kamis|jumat|sabtu|minggu|ahad|isnin|khamis|jumaat|jumatatu|jumanne|jumatano|alhamisi|ijumaa|' +
    'jumamosi|jumapili|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|lunes|martes|miyerkules|huwebes|' +
    'biyernes|sabado|linggo|sabhi|sabko|doston|dosto|' +
    'krub|khrap|krab|kha|naka|makasih|makasi|trims|ongkir|mohon|' +
    'allah|god|jesus|yesu|bhagwan|rab|khuda|lord|amen'
  ).split('|'),
);

/** Possessors that follow their noun (Malay / Indonesian, Tagalog, Swahili): the word before them is no name. */
const POSSESSOR = new Set(
  'saya|aku|ku|kamu|mu|nya|kita|kami|dia|anda|gue|gw|lu|lo|ane|ko|mo|niya|namin|natin|yangu|yako|yake|yetu|wangu|langu'.split(
    '|',
  ),
);
const isCap = (w: string) => /^\p{Lu}/u.test(w);
const isUpper = (w: string) => w === w.toUpperCase();
/** A word with its stretched letters taken back ("nandiiii" -> "nandi", "heyyy" -> "hey"): runs of three or more. */
export const unstretch = (w: string) => w.toLowerCase().replace(/(\p{L})\1{2,}/gu, '$1');
const lowerName = (w: string) => w.length >= 3 && !NOT_NAME.has(w) && isKnownName(w);
/** A lower-case word of a name: a known name that is no function word (stretched letters taken back). */
export const knownLower = (w: string) => lowerName(w.toLowerCase()) || lowerName(unstretch(w));
/**
 * A word the name lexicon does not know that can still be a name in a slot that shows one ("kelechi", "Wanjiku"):
 * 3-20 letters, no function or chat word, no everyday word of any language (isCommonWord), no product, no place;
 * stretched letters are taken back first ("kelechiii").
 */
export const openName = (w: string) => {
  // the word without a possessive ending ("engineer's") and with stretched letters taken back
  const u = unstretch(w).replace(/['’]s?$/u, '');
  return (
    u.length >= 3 &&
    u.length <= 20 &&
    /^\p{L}[\p{L}\p{M}'’-]*$/u.test(u) &&
    !REDUPLICATED.test(u) &&
    !NOT_NAME.has(u) &&
    !isCommonWord(u) &&
    !isTechName(u) &&
    !isPlace(u)
  );
};
/** A reduplicated word is a Malay / Indonesian plural ("teman-teman", "anak-anak"), not a name. */
const REDUPLICATED = /^(\p{L}+)-\1$/u;
/** A capitalised word that can be a name: no function word or product; a known name, or no place and no shout. */
const capName = (w: string) =>
  isCap(w) && !NOT_NAME.has(w.toLowerCase()) && !isTechName(w) && (isKnownName(w) || (!isPlace(w) && !isUpper(w))); // a word in capitals is a shout unless a known name

export function chatTitleSpans(text: string): Span[] {
  const out: Span[] = [];
  // Matches may overlap ("bro uncle bryan"): each search goes on right after the title (or the word) just read.
  BEFORE.lastIndex = 0;
  for (let m = BEFORE.exec(text); m; m = BEFORE.exec(text)) {
    const [, title, , first, second] = m;
    const [start, titleEnd] = m.indices?.[1] ?? [m.index, m.index + title.length];
    BEFORE.lastIndex = titleEnd;
    const t = title.toLowerCase();
    if (NOT_NAME.has(first.toLowerCase())) continue;
    const strong = STRONG.has(t) && !(LOWER_AMBIGUOUS.has(t) && !isCap(title));
    // an open word followed by a possessor is a noun ("kak pesanan saya" = "my order")
    const openAfter = (w: string) => openName(w) && !(second && POSSESSOR.has(second.toLowerCase()));
    const kin = KIN.has(t) && (isCap(first) ? capName(first) : knownLower(first) || openAfter(first));
    const generic =
      GENERIC.has(t) &&
      !isPlace(first) &&
      (isCap(first) || KNOWN_GENERIC.has(t)
        ? capName(first) && isKnownName(first) // a capitalised unknown word after "engineer", "sir": a brand too
        : knownLower(first) || openAfter(first));
    if (!strong && !kin && !generic) continue;
    // a weak title in capitals before a word in capitals: a heading or a shout ("SIR PLEASE")
    if (!strong && isUpper(title) && isUpper(first)) continue;
    let end = m.indices?.[3]?.[1] ?? titleEnd;
    const at = m.indices?.[4];
    if (second && at && capName(first) && capName(second)) end = at[1];
    out.push({ start, end });
  }
  AFTER.lastIndex = 0;
  for (let m = AFTER.exec(text); m; m = AFTER.exec(text)) {
    const word = m[1];
    const [start, end] = m.indices?.[1] ?? [m.index, m.index + word.length];
    AFTER.lastIndex = end;
    const suffix = m[0].slice(word.length).trim().toLowerCase();
    if (NOT_NAME.has(word.toLowerCase())) continue;
    const open = !KNOWN_SUFFIX.has(suffix) && openName(word);
    if (WEAK_SUFFIX.has(suffix) ? !knownLower(word) && !open : !capName(word) && !knownLower(word) && !open) continue;
    out.push({ start, end });
  }
  return out;
}

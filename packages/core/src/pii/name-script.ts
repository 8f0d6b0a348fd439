/**
 * Given and family names in Hebrew, Persian, Greek and Thai script (faker lists of lexicon-native-data.ts), where the
 * NER model reads little:
 * - a listed given name followed by a listed family name ("רונית כהן", "رضا محمدی", "Γιώργος Παπαδόπουλος",
 *   "กนกวรรณ ศรีสุข")
 * - a listed name after a cue of its language: a title, a role noun, an `@` ("ד"ר רחל", "הנציג תמר", "کارمند شعبه، شادی",
 *   "κ. Νίκος", "คุณวิภา", "@ต้น"), or joined by "and" to another listed name ("سارا و نیلوفر")
 * Hebrew words may carry a one-letter prefix (ו ש ל ב מ ה כ: "שעמית" = "that Amit"); Greek names are matched in lower
 * case without accents, also in their genitive / accusative forms ("Νίκου", "Νίκο"). Foreign names in katakana or
 * Chinese characters with a middle dot ("マイケル・ジョンソン", "约翰·史密斯") are read by `dottedNames`. Each word is looked up once and
 * looks back a bounded number of characters: linear in the text length.
 */
import {
  AR_FIRST,
  AR_LAST,
  EL_FIRST,
  EL_LAST,
  FA_FIRST,
  FA_LAST,
  HE_FIRST,
  HE_LAST,
  TH_FIRST,
  TH_LAST,
} from './lexicon-native-data.ts';
import {
  AR_FIRST_MORE,
  AR_LAST_MORE,
  EL_FIRST_MORE,
  EL_LAST_MORE,
  FA_FIRST_MORE,
  FA_LAST_MORE,
  HE_FIRST_MORE,
  HE_LAST_MORE,
} from './name-lists-hand.ts';

export interface Span {
  start: number;
  end: number;
}

type Lists = { first: Set<string>; last: Set<string> };
const set = (words: string) => new Set(words.split(' ').filter(Boolean));
const cache = new Map<string, Lists>();
const lists = (key: string, first: string, last: string): Lists => {
  let l = cache.get(key);
  if (!l) {
    l = { first: set(first), last: set(last) };
    cache.set(key, l);
  }
  return l;
};

/** Greek in lower case without accents, final sigma as sigma (the lists' form). */
const greekKey = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ς/gu, 'σ');

/** The list forms a Greek word may stand for: itself, genitive -ου / -η / -ας, accusative without final -σ. */
function greekForms(w: string): string[] {
  const k = greekKey(w);
  const out = [k, `${k}σ`];
  if (k.endsWith('ου')) out.push(`${k.slice(0, -2)}οσ`, `${k.slice(0, -1)}`);
  if (k.endsWith('η') || k.endsWith('α')) out.push(`${k}σ`);
  if (k.endsWith('ησ')) out.push(k.slice(0, -1));
  return out;
}

interface Script {
  word: RegExp;
  lists: () => Lists;
  /** Words right before a name that say a person follows. */
  cue: RegExp;
  /** Titles after which the next word is a name even when no list holds it ("ד"ר שוקי", "دکتر ژیلا"). */
  title?: RegExp;
  /** "and" between two names. */
  and: RegExp;
  forms: (w: string) => string[];
}

const HE_PREFIX = /^[ושלבמהכ]/u;
const AR_PREFIX = /^(?:و|ف|لـ|ل|ب)/u;
const SCRIPTS: Script[] = [
  {
    word: /[\u05d0-\u05ea][\u05d0-\u05ea'"׳״]*/gu,
    lists: () => lists('he', `${HE_FIRST} ${HE_FIRST_MORE}`, `${HE_LAST} ${HE_LAST_MORE}`),
    cue: /(?:(?<![\u05d0-\u05ea])(?:ד"ר|ד״ר|דוקטור|פרופ'|מר|גב'|גברת|הנציג|הנציגה|העובד|העובדת|המטפל|המטפלת|הרופא|הרופאה|לקוח|לקוחה|של|עם)[\s,]+|@)$/u,
    title: /(?<![\u05d0-\u05ea])(?:ד"ר|ד״ר|דוקטור|פרופ'|פרופ׳|פרופסור|גב'|גב׳|גברת)\s+$/u,
    and: /^[\s,]*ו?$/u,
    forms: (w) => (HE_PREFIX.test(w) && w.length > 3 ? [w, w.slice(1)] : [w]),
  },
  {
    word: /[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c0\u200c]+/gu,
    lists: () => lists('fa', `${FA_FIRST} ${FA_FIRST_MORE}`, `${FA_LAST} ${FA_LAST_MORE}`),
    cue: /(?:(?<![\u0600-\u06ff])(?:(?:آقای|خانم|دکتر|مهندس|استاد|جناب|سرکار)[\s،,:]+|(?:کارمند|همکار|مشتری|بیمار)[\s،,:]+(?:[\u0600-\u06ff]+[\s،,]+)?)|@)$/u,
    title: /(?<![\u0600-\u06ff])(?:آقای|خانم|دکتر|مهندس|جناب|سرکار)\s+$/u,
    and: /^[\s،,]*و?[\s]*$/u,
    forms: (w) => [w.replace(/\u200c/gu, '')],
  },
  {
    // Arabic: a listed name after a role noun, "each of", a "to" label or `@`, or joined by و to a listed name
    word: /[\u0621-\u064a\u0640]+/gu,
    lists: () => lists('ar', `${AR_FIRST} ${AR_FIRST_MORE}`, `${AR_LAST} ${AR_LAST_MORE}`),
    cue: /(?:(?<![\u0600-\u06ff])(?:كل من|الموظف|الموظفة|الزميل|الزميلة|المريض|المريضة|العميل|العميلة|حضر|حضرت|إلى:|نسخة إلى:)[\s،,:]+|@)$/u,
    and: /^[\s،,]*$/u,
    forms: (w) => {
      const bare = w.replace(/\u0640/gu, '');
      return AR_PREFIX.test(bare) && bare.length > 3 ? [bare, bare.replace(AR_PREFIX, '')] : [bare];
    },
  },
  {
    word: /[\u0370-\u03ff\u1f00-\u1fff]+/gu,
    lists: () => lists('el', `${EL_FIRST} ${EL_FIRST_MORE}`, `${EL_LAST} ${EL_LAST_MORE}`),
    cue: /(?:(?<![\p{L}])(?:κ\.|κύριος|κύριε|κυρία|κυρίου|δρ\.|γιατρός|συνάδελφος|πελάτης|πελάτισσα|ΠΕΛΑΤΗΣ:|ΠΕΛΑΤΙΣΣΑ:|του|της|τον|την|ο|η|με|στον|στην)[\s,]+|@)$/iu,
    and: /^[\s,]*(?:και)?\s*$/u,
    forms: greekForms,
  },
  {
    word: /[\u0e01-\u0e4e]+/gu,
    lists: () => lists('th', TH_FIRST, TH_LAST),
    cue: /(?:คุณ|พี่|น้อง|นาย|นางสาว|นาง|ดร\.|อาจารย์|@)\s*$/u,
    and: /^\s*(?:และ)?\s*(?:คุณ|พี่|น้อง)?$/u,
    forms: (w) => [w],
  },
];

const [HEBREW, , ARABIC, GREEK, THAI] = SCRIPTS;

/** "-" and a word of Hebrew, Arabic-script or Greek letters. */
const HYPHEN_PART = /^-[\u05d0-\u05ea\u0621-\u06ff\u0370-\u03ff\u1f00-\u1fff]{2,20}/u;

/** A Thai title glued to the name, maybe after "and" ("และคุณวิภา"). */
const THAI_TITLE = /^(?:และ)?(?:คุณ|พี่|น้อง|นางสาว|นาย|นาง)/u;

/** The longest start of a Thai run (titles taken off) that is a listed name, or the run itself when short and ended. */
function thaiName(w: string, l: Lists, titled: boolean, endsRun: boolean): string | undefined {
  for (let n = Math.min(w.length, 20); n >= 2; n--) {
    const p = w.slice(0, n);
    if (l.first.has(p) || l.last.has(p)) return p;
  }
  return titled && endsRun && w.length <= 10 ? w : undefined;
}

/** Names in Hebrew, Persian, Greek and Thai script (see the file comment). */
export function listedScriptNames(text: string): Span[] {
  const out: Span[] = [];
  for (const s of SCRIPTS) {
    s.word.lastIndex = 0;
    if (!s.word.test(text)) continue;
    const { first, last } = s.lists();
    // Hebrew and Arabic one-letter prefixes are taken off only after a cue or a name: two list words side by side must match as written
    const loose = s !== HEBREW && s !== ARABIC;
    const isFirst = (w: string, cued = loose) => (cued ? s.forms(w) : [w]).some((f) => first.has(f));
    const isLast = (w: string, cued = loose) => (cued ? s.forms(w) : [w]).some((f) => last.has(f));
    // "and" between names; a word after a bare blank must be listed as written or carry the "and" prefix ("ורונית")
    const joins = (w: string, gap: string) =>
      s.and.test(gap) && (loose || /[,،]/u.test(gap) || first.has(w) || last.has(w) || /^[وו]/u.test(w));
    let prev: { start: number; end: number; name: boolean } | undefined;
    for (const m of text.matchAll(s.word)) {
      // the part after a hyphen of a name already taken ("כהן-לוי")
      if (prev && m.index < prev.end) continue;
      let start = m.index;
      let w = m[0];
      // Thai writes the title glued to the name ("คุณวิภา"): the title is a cue, the rest the name
      const title = s === THAI ? THAI_TITLE.exec(w) : null;
      if (title && w.length > title[0].length + 1) {
        start += title[0].length;
        w = w.slice(title[0].length);
      }
      const before = text.slice(Math.max(0, start - 24), start);
      const cued = title !== null || s.cue.test(before);
      if (s === THAI) {
        if (!cued) {
          prev = undefined;
          continue;
        }
        const ended = !/[\u0e01-\u0e4e]/u.test(text[m.index + m[0].length] ?? '');
        const n = thaiName(w, s.lists(), title !== null, ended);
        if (!n) {
          prev = undefined;
          continue;
        }
        w = n;
      }
      // Greek names are capitalised (or the whole word is in capitals)
      if (s === GREEK && !/^\p{Lu}/u.test(w)) {
        prev = undefined;
        continue;
      }
      let end = start + w.length;
      const near = cued || prev?.name === true;
      const titled = s.title?.test(before) === true && w.length >= 2;
      const given = isFirst(w, loose || near) || (s === THAI && cued) || titled;
      const family = isLast(w, loose || near);
      let name = false;
      if (prev?.name && /^\s+$/u.test(text.slice(prev.end, start)) && isLast(w, loose)) {
        // given name then family name (as written: "ממוקד" is "from the centre", not "מוקד"): widen the previous span
        out[out.length - 1].end = end;
        name = true;
      } else if ((given || family) && (cued || titled || (prev?.name && joins(w, text.slice(prev.end, start))))) {
        out.push({ start, end });
        name = true;
      } else if (given || isFirst(w, true)) {
        // a given name then a listed family name ("רונית כהן", "שמיכל כהן" with a prefix): look at the next word
        const next = /^\s+(\S+)/u.exec(text.slice(end, end + 40));
        if (next && isLast(next[1].replace(/[.,;:!?؟،]+$/u, '').split('-')[0])) {
          out.push({ start, end });
          name = true;
        }
      }
      // a double family name joined by a hyphen ("בר-און", "Παπαδοπούλου-Νικολάου") goes with the name
      const joined = name ? HYPHEN_PART.exec(text.slice(end, end + 22)) : null;
      if (joined) {
        end += joined[0].length;
        out[out.length - 1].end = end;
      }
      prev = { start, end, name };
    }
  }
  return out;
}

/**
 * Foreign names written in katakana or Chinese characters with a middle dot between the parts ("マイケル・ジョンソン",
 * "约翰·史密斯"): two or more parts of two or more letters.
 */
const DOTTED_KANA = /[\p{Script=Katakana}ー]{2,12}(?:[・･][\p{Script=Katakana}ー]{2,12}){1,3}/gu;
const HAN_DOT = /(?<=\p{Script=Han})[·・](?=\p{Script=Han})/gu;
const HAN = /\p{Script=Han}/u;
/** Chinese function characters that end a transliterated name's part (Chinese has no blanks between words). */
const HAN_STOP = new Set([...'的了和与跟及或是在有给把被让向对为从到说请您你我他她们这那个也都就还又很将已']);

/** Up to four Han letters from `at` in direction `step`, stopping at a function character; returns the far end. */
function hanPart(text: string, at: number, step: 1 | -1): number {
  let i = at;
  for (let n = 0; n < 4; n++) {
    const c = text[step === 1 ? i : i - 1];
    if (c === undefined || !HAN.test(c) || HAN_STOP.has(c)) break;
    i += step;
  }
  return i;
}

export function dottedNames(text: string): Span[] {
  if (!/[·・･]/u.test(text)) return [];
  const out = [...text.matchAll(DOTTED_KANA)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const m of text.matchAll(HAN_DOT)) {
    const start = hanPart(text, m.index, -1);
    const end = hanPart(text, m.index + 1, 1);
    if (m.index - start < 2 || end - m.index - 1 < 2) continue;
    const last = out[out.length - 1];
    // "A·B·C": the next dot continues the same name
    if (last && last.end >= start) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

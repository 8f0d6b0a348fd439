/**
 * Person names in groups and after kin or work relations, in any script:
 * - the members of an attendee line ("Attendees: Anna Weber, Tom, Li Wei", "Участники: …", "الحضور: …", "出席者：…"):
 *   each part between commas or "and" that looks like a name (Latin: a known name or capitalised words with one known)
 * - the assignee at the start of a task line ("Action items: Rainer to send …", "Задачи: Степан отправляет …"): a
 *   listed given name only
 * - a given name (and a family name) after a relation word: "my son Mateo", "mi hija Lucía", "моя дочь Олеся", "my
 *   cousin Sneha", "Mijn neef Thijs", "la mamma di Federica", "nanay ni Gelo",
 *   "ο γιος μου ο Μάριος", "הבת שלי נועה", "لابني ماجد", "मेरी बेटी प्रिया", "我的领导刘海涛"
 * - a Greek given name before a family name of Greek form (-όπουλος / -ίδης / -άκης …, also genitive / lower case)
 * A listed name is one of the faker name lists of lexicon-native-data.ts or the Latin lexicon. Every rule reads a
 * bounded number of characters after a fixed word or line start: linear in the text length.
 */

import { isKnownName, isKnownPlace } from './lexicon.ts';
import { AR_FIRST, AR_LAST, CYR_FIRST, CYR_LAST, EL_FIRST, EL_LAST, HE_FIRST, HE_LAST } from './lexicon-native-data.ts';
import { ZH_SURNAMES } from './name-cues-cjk.ts';
import { AR_FIRST_MORE, AR_LAST_MORE, HI_FIRST } from './name-lists-hand.ts';
import { looksLikeName } from './name-value.ts';
import { isTechName } from './person.ts';

/** Hindi function words: no name. */
export const HI_STOP = new Set('का की के को से ने में पर है हैं था थी थे और तक भी यह वह जी ही तो कि एक आज कल'.split(' '));

export interface Span {
  start: number;
  end: number;
}

const set = (words: string) => new Set(words.split(' ').filter(Boolean));
let sets: Record<'arF' | 'arL' | 'cyrF' | 'cyrL' | 'elF' | 'elL' | 'heF' | 'heL', Set<string>> | undefined;
const load = () => {
  sets ??= {
    arF: set(`${AR_FIRST} ${AR_FIRST_MORE}`),
    arL: set(`${AR_LAST} ${AR_LAST_MORE}`),
    cyrF: set(CYR_FIRST),
    cyrL: set(CYR_LAST),
    elF: set(EL_FIRST),
    elL: set(EL_LAST),
    heF: set(HE_FIRST),
    heL: set(HE_LAST),
  };
  return sets;
};

const greekKey = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ς/gu, 'σ');
/** Greek family names by their form: -όπουλος, -ίδης, -άκης, -άδης, -ιάννης, -έας … and their feminine / genitive forms. */
const GREEK_FAMILY =
  /(?:οπουλοσ|οπουλου|οπουλο|ιδησ|ιδη|ιδου|αδησ|αδη|αδου|ακησ|ακη|ακου|ιαννησ|ιαννη|ογλου|αιοσ|αιου|ατοσ|ατου|ελησ|ελη)$/u;
/** Common Greek given names the faker list lacks (accent-free lower case, nominative). */
const EL_GIVEN = set(
  'ζωη μαριοσ στελιοσ μυρτω ευτυχια γιωργοσ νικοσ κωστασ γιαννησ δημητρησ θαναοσ θανασησ σοφια μαρια ελενη κατερινα ' +
    'αννα ιωαννα χριστινα βασιλικη βασω δεσποινα αγγελικη αθηνα ειρηνη φωτεινη μαρινα νατασα σταυρουλα ευα ολγα ' +
    'μανωλησ μιχαλησ παυλοσ πετροσ σπυροσ ηλιασ αλεξησ αντρεασ ανδρεασ λευτερησ τακησ φανησ χαρησ αρησ ορεστησ ' +
    'λαμπροσ στραβοσ παναγιωτησ τασοσ βαγγελησ σακησ μαρκοσ λινα ραλλου ροδουλα κικη ζαφειρω ευδοκια αρετη',
);
const greekGiven = (w: string) => {
  const k = greekKey(w);
  const l = load();
  return [k, `${k}σ`, k.replace(/ο$/u, 'οσ'), k.replace(/ου$/u, 'οσ'), k.replace(/η$/u, 'ησ')].some(
    (f) => l.elF.has(f) || EL_GIVEN.has(f),
  );
};
const greekFamily = (w: string) => {
  const k = greekKey(w);
  return (k.length >= 6 && GREEK_FAMILY.test(k)) || load().elL.has(k) || load().elL.has(`${k}σ`);
};

const AR_PREFIX = /^(?:و|ف|ل|ب)/u;

/** Whether `w` is a listed given name of its script (`strict`: no Latin capitalised-word fallback). */
let hiFirst: Set<string> | undefined;
export function listedGiven(w: string): boolean {
  const l = load();
  if (/\p{Script=Latin}/u.test(w)) return w.split('-').every((p) => p.length > 1 && isKnownName(p));
  if (/[\u0400-\u04ff]/u.test(w)) return l.cyrF.has(w.toLowerCase());
  if (/[\u0370-\u03ff\u1f00-\u1fff]/u.test(w)) return greekGiven(w);
  if (/[\u0590-\u05ff]/u.test(w)) return l.heF.has(w);
  if (/[\u0600-\u06ff]/u.test(w)) return l.arF.has(w) || (AR_PREFIX.test(w) && w.length > 3 && l.arF.has(w.slice(1)));
  if (/[\u0900-\u097f]/u.test(w)) {
    hiFirst ??= new Set(HI_FIRST.split(' '));
    return hiFirst.has(w);
  }
  return false;
}

/** Whether `w` may be the family name after a given name: listed, of Greek form, or capitalised Latin / Cyrillic. */
export function familyAfter(w: string): boolean {
  const l = load();
  if (/\p{Script=Latin}/u.test(w)) return (/^\p{Lu}\p{Ll}/u.test(w) && !isTechName(w)) || isKnownName(w);
  if (/[\u0400-\u04ff]/u.test(w)) return l.cyrL.has(w.toLowerCase()) || /^\p{Lu}\p{Ll}/u.test(w);
  if (/[\u0370-\u03ff\u1f00-\u1fff]/u.test(w)) return greekFamily(w);
  if (/[\u0590-\u05ff]/u.test(w)) return l.heL.has(w);
  if (/[\u0600-\u06ff]/u.test(w)) return l.arL.has(w) || (w.startsWith('ال') && w.length >= 5 && w.endsWith('ي'));
  return false;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/uy;

/** The word at `i` (after up to two blanks), or undefined. */
export function wordAt(text: string, i: number): { start: number; end: number; w: string } | undefined {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\u00a0') && j - i < 2) j++;
  WORD.lastIndex = j;
  const m = WORD.exec(text);
  return m ? { start: j, end: j + m[0].length, w: m[0] } : undefined;
}

// ---- attendee and task lines -------------------------------------------------------------------------------------

const ATTENDEE_KEYS = new Set(
  (
    'attendees|participants|present|attending|teilnehmer|teilnehmende|anwesend|présents|participantes|asistentes|' +
    'presentes|partecipanti|presenti|deelnemers|aanwezig|uczestnicy|obecni|katılımcılar|katılanlar|участники|' +
    'присутствовали|присутствуют|учасники|присутні|παρόντες|συμμετέχοντες|الحضور|المشاركون|الحاضرون|משתתפים|נוכחים|' +
    'उपस्थित|प्रतिभागी|出席者|参加者|参会人|参会人员|出席人|与会人员|与会者|参加人|참석자|참가자'
  ).split('|'),
);
const TASK_KEYS = new Set(
  (
    'action items|action item|next steps|tasks|to do|todo|to-do|follow-ups|nächste schritte|aufgaben|todos|' +
    'prochaines étapes|actions|tâches|próximos pasos|tareas|prossimi passi|compiti|attività|azioni|próximos passos|' +
    'tarefas|ações|actiepunten|volgende stappen|acties|taken|zadania|następne kroki|działania|görevler|yapılacaklar|' +
    'aksiyonlar|задачи|поручения|завдання|доручення|ενέργειες|εργασίες|المهام|الإجراءات|משימות|कार्य|काम|待办|待办事项|' +
    '宿題|タスク|할 일|액션 아이템'
  ).split('|'),
);
const LIST_SPLIT =
  /\s*(?:[,،、;；]|\s(?:and|und|et|y|e|i|и|і|й|ve|en|και|και η|και ο|و|ו|और|तथा|和|と|및)\s)\s*|\s+(?=و[\u0621-\u064a])|\s+(?=ו[\u05d0-\u05ea])/gu;
const LINE_KEY = /^[\s*#>•-]*([\p{L}\p{M} -]{2,24}?)\s*[:：]\s*/u;

/** Names in attendee lines and at the head of task lines. */
function groupLines(text: string, out: Span[]): void {
  let listed = false;
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart <= 300) {
      const line = text.slice(lineStart, lineEnd);
      const key = LINE_KEY.exec(line);
      const k = key?.[1].toLowerCase().trim();
      if (key && k && ATTENDEE_KEYS.has(k)) {
        const before = out.length;
        attendees(text, lineStart + key[0].length, lineEnd, out);
        listed ||= out.length > before;
      } else if (key && k && TASK_KEYS.has(k)) assignee(text, lineStart + key[0].length, lineEnd, out, listed);
    }
    lineStart = lineEnd + 1;
  }
}

function attendees(text: string, from: number, to: number, out: Span[]): void {
  let at = from;
  const value = text.slice(from, to);
  const parts: Span[] = [];
  for (const m of value.matchAll(LIST_SPLIT)) {
    parts.push({ start: at, end: from + m.index });
    at = from + m.index + m[0].length;
  }
  parts.push({ start: at, end: to });
  // Latin parts: first as a loose value (a known name); once one is a name, the list is one of people
  const latinOk = (part: string) =>
    looksLikeName(part, true) ||
    (part.includes(' ') &&
      looksLikeName(part, 'line') &&
      !/\p{Ll}/u.test(
        part
          .split(/\s+/u)
          .map((w) => w[0])
          .join(''),
      )) ||
    (parts.some((q) => looksLikeName(text.slice(q.start, q.end).trim(), true)) && looksLikeName(part));
  for (const p of parts) {
    let s = p.start;
    let e = p.end;
    while (e > s && /[\s.。!?]/u.test(text[e - 1])) e--;
    const part = text.slice(s, e);
    if (!part || /\p{N}/u.test(part) || part.split(/\s+/u).length > 3) continue;
    if (/\p{Script=Latin}/u.test(part)) {
      if (!latinOk(part)) continue;
    } else if (part.length > 24) continue;
    // Hebrew / Arabic "and" glued to the name ("ואסף")
    if (/^[וو]/u.test(part) && s > p.start - 2 && /\s$/u.test(text.slice(s - 1, s)) && part.length > 3) {
      const bare = part.slice(1);
      if (listedGiven(bare)) s++;
    }
    out.push({ start: s, end: e });
  }
}

/** Characters that end a Chinese name at the head of a task ("董美玲把报价…", "王伟负责…"). */
const ZH_AFTER = /[把将给负发跟和与要在会去来说对向已]/u;

function assignee(text: string, from: number, to: number, out: Span[], afterAttendees: boolean): void {
  const c = text[from] ?? '';
  if (/\p{Script=Han}/u.test(c)) {
    if (!ZH_SURNAMES.has(c)) return;
    for (let n = 2; n <= 3; n++) {
      if (ZH_AFTER.test(text[from + n] ?? '') && /^\p{Script=Han}+$/u.test(text.slice(from, from + n))) {
        out.push({ start: from, end: from + n });
        return;
      }
    }
    return;
  }
  const a = wordAt(text, from);
  if (!a || a.end > to) return;
  // after an attendee line, an Arabic subject before an imperfect verb ("هدى يرسل") or a Hindi one before a future verb
  const next = wordAt(text, a.end);
  const subject =
    afterAttendees &&
    next !== undefined &&
    ((/^[\u0621-\u064a]{2,10}$/u.test(a.w) && /^[يت][\u0621-\u064a]{2,}$/u.test(next.w)) ||
      (/^[\u0900-\u097f]{2,12}$/u.test(a.w) && !HI_STOP.has(a.w) && /[ेो]ंगे|ेगा|ेगी|ते हैं/u.test(text.slice(a.end, to))));
  if (!listedGiven(a.w) && !subject) return;
  if (/\p{Script=Latin}/u.test(a.w) && !/^\p{Lu}/u.test(a.w) && a.w !== a.w.toLowerCase()) return;
  let end = a.end;
  const b = wordAt(text, a.end);
  if (b && b.end <= to && b.start === a.end + 1 && familyAfter(b.w) && !/^\p{Ll}/u.test(b.w)) end = b.end;
  out.push({ start: a.start, end });
}

// ---- relation words --------------------------------------------------------------------------------------------

// ---- coordinated lists ----------------------------------------------------------------------------------------

const AND_WORDS = new Set('and und et y e i и і та ve en και og och és a ou o oder or или або और तथा'.split(' '));
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const COMMA_GAP = /^[ \t]*[,،、][ \t]*$/u;
const BLANK_GAP = /^[ \t]+$/u;

/** Whether a list item is shaped like a name of its script (casing as a listed item's, no function word). */
function nameShaped(w: string, upperList: boolean): boolean {
  if (/\p{Script=Latin}/u.test(w))
    return (/^\p{Lu}\p{Ll}/u.test(w) && !isTechName(w) && !(isKnownPlace(w) && !isKnownName(w))) || isKnownName(w);
  if (/[\u0400-\u04ff\u0370-\u03ff\u1f00-\u1fff]/u.test(w)) return /^\p{Lu}/u.test(w) === upperList || listedGiven(w);
  if (/[\u0900-\u097f]/u.test(w)) return !HI_STOP.has(w);
  return /[\u0590-\u05ff\u0600-\u06ff]/u.test(w);
}

/**
 * "Ana, Bruno and Carla", "кирилл, никита и артём", "הילה, גלית ואסף": single words joined by commas and one "and"
 * (or a Hebrew / Arabic "and" glued to the last one). Two items of the name lists make the list one of people; then
 * every item shaped like a name is one. Each "and" looks back at most six items.
 */
function coordinated(text: string, out: Span[]): void {
  const t = [...text.matchAll(TOKEN)];
  const gap = (a: number) => text.slice(t[a].index + t[a][0].length, t[a + 1].index);
  for (let k = 1; k < t.length; k++) {
    const w = t[k][0];
    let last: Span | undefined;
    let k0 = k; // index of the item before "and"
    if (AND_WORDS.has(w.toLowerCase()) && k + 1 < t.length && BLANK_GAP.test(gap(k)) && BLANK_GAP.test(gap(k - 1))) {
      last = { start: t[k + 1].index, end: t[k + 1].index + t[k + 1][0].length };
      k0 = k - 1;
    } else if (/^[וو]/u.test(w) && w.length > 3 && BLANK_GAP.test(gap(k - 1)) && k >= 2 && COMMA_GAP.test(gap(k - 2))) {
      last = { start: t[k].index + 1, end: t[k].index + w.length };
      k0 = k - 1;
    }
    if (!last) continue;
    const items: Span[] = [{ start: t[k0].index, end: t[k0].index + t[k0][0].length }];
    for (let j = k0; j > 0 && items.length < 6 && COMMA_GAP.test(gap(j - 1)); j--)
      items.unshift({ start: t[j - 1].index, end: t[j - 1].index + t[j - 1][0].length });
    items.push(last);
    if (items.length < 3) continue; // "A and B" alone joins things as often as people
    const words = items.map((i) => text.slice(i.start, i.end));
    // lower-case Latin items count only in a line written all in lower case ("invita federico, valentina e yumi")
    const lineFrom = text.lastIndexOf('\n', items[0].start) + 1;
    const lineTo = text.indexOf('\n', last.end);
    const lowerLine = !/\p{Lu}/u.test(text.slice(lineFrom + 1, lineTo < 0 ? text.length : lineTo));
    const latinLower = (x: string) => /\p{Script=Latin}/u.test(x) && x === x.toLowerCase();
    if (!lowerLine && words.some(latinLower)) continue;
    // a place of the lexicon counts as no name here ("Paris, London and Berlin")
    const listed = words.filter((x) => listedGiven(x) && !(/\p{Script=Latin}/u.test(x) && isKnownPlace(x)));
    if (listed.length < 2) continue;
    const upper = /^\p{Lu}/u.test(listed[0]);
    // the first item may carry a verb before it only across a blank: items start after the list's comma chain
    words.forEach((x, n) => {
      if (listedGiven(x) || nameShaped(x, upper)) out.push(items[n]);
    });
  }
}

// ---- Hindi full names by the family name -----------------------------------------------------------------------

/**
 * Common North Indian family names in Devanagari (the faker data holds no Hindi list; written by hand). A word before
 * one of them makes a full name ("अदिति चौहान", "नितिन द्विवेदी").
 */
const HI_FAMILY = set(
  'शर्मा वर्मा गुप्ता सिंह चौहान राठौर राठौड़ द्विवेदी त्रिवेदी चतुर्वेदी जैन भाटिया ठाकुर यादव पटेल मिश्रा मिश्र तिवारी ' +
    'पांडे पाण्डेय पांडेय अग्रवाल मेहता जोशी रेड्डी नायर अय्यर कपूर खन्ना मल्होत्रा चोपड़ा सक्सेना श्रीवास्तव दुबे चौबे ' +
    'शुक्ला त्रिपाठी बंसल गोयल मित्तल सिंघल अरोड़ा बत्रा सेठी आहूजा भट्ट देसाई शाह कुलकर्णी पाटिल जाधव चौधरी राणा ' +
    'बघेल तोमर सोलंकी परमार रावत नेगी बिष्ट भारद्वाज वाजपेयी दीक्षित अवस्थी सिन्हा प्रसाद झा ठक्कर गांधी बनर्जी ' +
    'मुखर्जी चटर्जी घोष बोस दास सेन राव नायडू पिल्लई मेनन खान कुरैशी अंसारी सिद्दीकी',
);
const DEVANAGARI_WORD = /[\u0900-\u0963\u0966-\u097f]+/gu;
const HI_TITLE = /^(?:श्री|श्रीमती|सुश्री|कुमारी|डॉ)$/u;

function hindiNames(text: string, out: Span[]): void {
  if (!/[\u0900-\u097f]/u.test(text)) return;
  let prev: RegExpExecArray | undefined;
  for (const m of text.matchAll(DEVANAGARI_WORD)) {
    const p = prev;
    prev = m;
    if (!p || !HI_FAMILY.has(m[0]) || !/^[ \t]$/u.test(text.slice(p.index + p[0].length, m.index))) continue;
    if (HI_STOP.has(p[0]) || HI_TITLE.test(p[0]) || HI_FAMILY.has(p[0]) || p[0].length < 2) continue;
    out.push({ start: p.index, end: m.index + m[0].length });
  }
}

// ---- Greek full names by form ----------------------------------------------------------------------------------

const GREEK_WORD = /[\u0370-\u03ff\u1f00-\u1fff]+/gu;

function greekNames(text: string, out: Span[]): void {
  if (!/[\u0370-\u03ff]/u.test(text)) return;
  let prev: RegExpExecArray | undefined;
  for (const m of text.matchAll(GREEK_WORD)) {
    const p = prev;
    prev = m;
    if (!p || !/^[ \t]$/u.test(text.slice(p.index + p[0].length, m.index))) continue;
    // both capitalised or both lower case; a listed or common given name, then a family name of Greek form
    if (/^\p{Lu}/u.test(p[0]) !== /^\p{Lu}/u.test(m[0])) continue;
    if (!greekGiven(p[0]) || !greekFamily(m[0])) continue;
    out.push({ start: p.index, end: m.index + m[0].length });
    prev = undefined;
  }
}

/** Spans of names in groups and of Greek form (see the file comment; after relation words: name-relations.ts). */
export function groupNameSpans(text: string): Span[] {
  const out: Span[] = [];
  if (/[:：]/u.test(text)) groupLines(text, out);
  if (/[,،、]/u.test(text)) coordinated(text, out);
  greekNames(text, out);
  hindiNames(text, out);
  return out;
}

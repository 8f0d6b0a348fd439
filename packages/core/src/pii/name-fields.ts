/**
 * Names in structured text, found without the NER model: the value of a field whose key names a person.
 * - `key: value`, `key=value`, JSON / YAML pairs and `Label: value` lines ("full_name", "Vorname", "ФИО", "姓名：")
 * - CSV / TSV / semicolon / Markdown tables whose header has such a column: that cell of every row below it
 * - e-mail headers (From / To / Cc … in many languages): the display names ("Anna Weber <anna@x.de>")
 * A value counts when it looks like a name (looksLikeName, name-value.ts): 1–5 words of letters of any script, not a
 * placeholder word; keys that also name things in code ("name", "owner", "author") ask more of a Latin-script value.
 * One pass over the lines, each key looked back at most KEY_MAX characters: linear in the text length.
 */

import { CONTACT_KEYS, HEADER_KEYS, LIST_KEYS, LOOSE_KEYS, PERSON_KEYS } from './name-field-keys.ts';
import { speakerTurn, TURN_PREFIX } from './name-turns.ts';
import { looksLikeName, VALUE_MAX } from './name-value.ts';

export interface Span {
  start: number;
  end: number;
}

/** Where the items of such a list part: commas, semicolons, a word for "and". */
const LIST_SPLIT = /[,;]|[ \t](?:and|und|et|y|e|i|en|ve|dan|na|và|и|і)[ \t]/giu;

/** The items of a list value between `start` and `end` that look like names. */
function listNames(text: string, start: number, end: number, out: Span[]): void {
  const stop = Math.min(end, start + 400);
  let from = start;
  LIST_SPLIT.lastIndex = start;
  for (;;) {
    const m = LIST_SPLIT.exec(text);
    const to = m && m.index < stop ? m.index : stop;
    const span = trimSpan(text, from, to);
    if (span.end > span.start && looksLikeName(text.slice(span.start, span.end), true)) out.push(span);
    if (!m || m.index >= stop) break;
    from = m.index + m[0].length;
  }
}

const KEY_MAX = 40;
const EMAIL = /[^\s@]@[^\s@]+\.[^\s@]/u;
const CONTACT_KEY_RE = /["']?([\p{L}_\- ]{2,15})["']?\s*[:=]/gu;

/** Normalised key: lower case, `_ - .` and camelCase humps to single spaces, quotes and bullets dropped. */
function keyOf(raw: string): string {
  return raw
    .replace(/^[\s"'`*#>\-–•·\d.)([{]+/u, '')
    .replace(/[\s"'`*:]+$/u, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[_\-.\s]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Trims blanks, quotes and trailing sentence punctuation (not the dot of an initial: "Taylor C.") off a span. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s"'„“”«»‹›「」『』*_`(]/u.test(text[start])) start++;
  for (;;) {
    if (end <= start) break;
    const c = text[end - 1];
    if (/[\s"'„“”«»‹›「」『』*_`,;:!?。，、)]/u.test(c)) end--;
    else if (c === '.' && !/(?:^|[\s.])\p{L}$/u.test(text.slice(Math.max(start, end - 3), end - 1))) end--;
    else break;
  }
  return { start, end };
}

/** Value of a `key: value` pair starting at `at` (after the separator): quoted, or up to the line's end or a stop. */
function valueAt(text: string, at: number, lineEnd: number): Span | undefined {
  let i = at;
  while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i >= lineEnd) return undefined;
  const q = text[i];
  const close =
    q === '"' ? '"' : q === "'" ? "'" : q === '„' ? '“”' : q === '«' ? '»' : q === '「' ? '」' : q === '“' ? '”' : '';
  const limit = Math.min(lineEnd, i + VALUE_MAX + 2);
  if (close) {
    for (let j = i + 1; j < limit; j++) {
      if (close.includes(text[j]) && text[j - 1] !== '\\') return { start: i + 1, end: j };
    }
    return undefined;
  }
  let j = i;
  while (j < limit && !/[;|}\]&<>(\t{"，、；]/u.test(text[j])) j++;
  if (j === limit && limit < lineEnd) return undefined; // a long line: prose, not a field
  let value = { start: i, end: j };
  // "Williams, Mary" (family name first) is one value; "Anna Weber, 34, Berlin" stops at the comma
  const comma = text.indexOf(',', i);
  if (comma >= 0 && comma < j) {
    const rest = text.slice(comma + 1, j).trim();
    const one = /^[\p{L}\p{M}.'’-]+$/u.test(rest) && text.slice(i, comma).trim().split(/\s+/u).length <= 2;
    if (!one) value = { start: i, end: comma };
  }
  // a sentence after the value ("Name: Anna Weber. Bitte …"): the value ends at the sentence end
  const stop = /[.!?。](?:\s|$)/u.exec(text.slice(value.start, value.end));
  if (stop && !/(?:^|[\s.])\p{L}$/u.test(text.slice(value.start, value.start + stop.index))) {
    value = { start: value.start, end: value.start + stop.index + 1 };
  }
  return trimSpan(text, value.start, value.end);
}

/** Display names in a header value: `"Weber, Anna" <a@x.de>, Tom Roth <t@x.de>; Eva Lang`. */
function headerNames(text: string, start: number, end: number, out: Span[]): void {
  // with addresses in angle brackets, a comma splits the list only after one ("d'Arcy, Jean-Luc <j@x.fr>")
  const angled = text.slice(start, end).includes('<');
  let closed = !angled;
  let partStart = start;
  let quoted = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text[i] : ',';
    if (c === '"') quoted = !quoted;
    else if (c === '>') closed = true;
    else if ((c === ',' || c === ';') && !quoted && (closed || i === end)) {
      const part = text.slice(partStart, i);
      const lt = part.indexOf('<');
      const span = trimSpan(text, partStart, lt >= 0 ? partStart + lt : i);
      const value = text.slice(span.start, span.end);
      if (span.end > span.start && !EMAIL.test(value) && looksLikeName(value, lt < 0)) out.push(span);
      partStart = i + 1;
      closed = !angled;
    }
  }
}

/** Splits a table row into cell spans on `sep`, honouring double quotes. */
function cells(text: string, start: number, end: number, sep: string): Span[] {
  const out: Span[] = [];
  let cellStart = start;
  let quoted = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text[i] : sep;
    if (c === '"') quoted = !quoted;
    else if (c === sep && !quoted) {
      out.push({ start: cellStart, end: i });
      cellStart = i + 1;
    }
  }
  return out;
}

const SEPARATORS = [',', ';', '\t', '|'];

interface Table {
  sep: string;
  width: number;
  columns: { index: number; loose: boolean }[];
}

/** A header row: two or more cells on one separator, at least one naming a person. */
function tableHeader(text: string, start: number, end: number): Table | undefined {
  if (end - start > 400) return undefined;
  for (const sep of SEPARATORS) {
    if (!text.slice(start, end).includes(sep)) continue;
    const row = cells(text, start, end, sep);
    if (row.length < 2) continue;
    const columns: Table['columns'] = [];
    const keys = row.map((c) => keyOf(text.slice(c.start, c.end)));
    const contact = keys.some((key) => CONTACT_KEYS.has(key));
    keys.forEach((key, index) => {
      if (key.length <= KEY_MAX && PERSON_KEYS.has(key))
        columns.push({ index, loose: !contact && LOOSE_KEYS.has(key) });
    });
    if (columns.length > 0) return { sep, width: row.length, columns };
  }
  return undefined;
}

/** Spans of person names in structured fields of `text` (see the file comment). */
export function nameFieldSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!/[:=：,;\t|\n]/u.test(text)) return out;
  let table: Table | undefined;
  /** Lines left in which a name line may follow a closing or CV title (a blank line in between is allowed). */
  let nameLine = 0;
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const end = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const line = end - lineStart <= 60 ? text.slice(lineStart, end) : '';
    const closing = line !== '' && (closingLine(line) || CLOSING_TAIL.test(line));
    if (nameLine > 0 && !closing) {
      const span = trimSpan(text, lineStart, end);
      if (span.end > span.start) {
        nameLine = 0;
        if (looksLikeName(text.slice(span.start, span.end), 'line')) out.push(span);
      } else nameLine--;
    }
    if (closing) nameLine = 2;
    if (table) {
      const row = cells(text, lineStart, end, table.sep);
      if (row.length < 2 || Math.abs(row.length - table.width) > 1) table = undefined;
      else if (!/^[\s|:\-+]*$/u.test(text.slice(lineStart, end))) {
        for (const col of table.columns) {
          const c = row[col.index];
          if (!c) continue;
          const span = trimSpan(text, c.start, c.end);
          if (span.end > span.start && looksLikeName(text.slice(span.start, span.end), col.loose)) out.push(span);
        }
      }
    }
    if (!table) {
      table = tableHeader(text, lineStart, end);
      if (!table) fieldsInLine(text, lineStart, end, out);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * Lines after which the next line is a name: letter closings ("Best regards,", "С уважением,", "此致 敬礼") and CV titles
 * ("Lebenslauf", "履歴書"). Lower case, trailing punctuation dropped.
 */
const NAME_LINE_BEFORE = new Set(
  [
    'best regards|kind regards|regards|best wishes|warm regards|many thanks|thanks|thank you|cheers|sincerely',
    'yours sincerely|yours faithfully|yours truly|best|all the best|with thanks|respectfully|thanks again',
    'mit freundlichen grüßen|mit freundlichen grüssen|viele grüße|beste grüße|liebe grüße|freundliche grüße|grüße|gruß',
    'lg|vg|mfg|cordialement|bien cordialement|bien à vous|salutations|amitiés|bonne journée|merci',
    'saludos|saludos cordiales|un saludo|atentamente|cordialmente|un abrazo|gracias|muchas gracias',
    'cordiali saluti|distinti saluti|saluti|un saluto|grazie|a presto|atenciosamente|abraços|cumprimentos|obrigado|obrigada',
    'met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|groeten|groetjes|pozdrawiam|z poważaniem',
    'pozdrawiam serdecznie|dziękuję|saygılarımla|saygılar|iyi çalışmalar|teşekkürler|с уважением|всего доброго',
    'спасибо|с наилучшими пожеланиями|مع خالص التحيات|مع التحية|تحياتي|مع أطيب التحيات|وتفضلوا بقبول فائق الاحترام',
    'सादर|धन्यवाद|भवदीय|शुभकामनाओं सहित|此致 敬礼|此致敬礼|敬礼|谢谢|祝好|顺祝商祺|よろしくお願いいたします',
    'よろしくお願いします|よろしくお願い申し上げます|以上|감사합니다|고맙습니다|드림|올림|trân trọng|thân mến|thân ái',
    'cảm ơn|kwa heri|wako|asante|wasalaam|ẹ ṣé|e se|o dabọ|mo dúpẹ́',
    'curriculum vitae|cv|lebenslauf|résumé|resume|currículum|curriculum|currículo|cv resume|życiorys|özgeçmiş',
    'резюме|السيرة الذاتية|बायोडाटा|जीवन परिचय|履歴書|简历|個人簡歷|个人简历|이력서|sơ yếu lý lịch|wasifu|wasifu binafsi',
    'ìtàn iṣẹ́|itan ise',
    'terima kasih|makasih|trims|hormat saya|salam|wassalam|asante sana|shukran|shukriya|dhanyavaad|dhanyawad|salamat',
    'maraming salamat|salamat po|thanks po|danke|vielen dank|dank je|dank u|takk|tack|kiitos|köszönöm|mulțumesc',
  ]
    .join('|')
    .split('|'),
);
const closingKey = (line: string) =>
  line
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/[\s,，、。.!！:：،-]+$/u, '')
    .replace(/^[\s#*>]+/u, '')
    .replace(/\s+/gu, ' ')
    .toLowerCase();
/** Words of thanks that may open a short closing line ("Thanks so much!", "Makasih banyak ya!"). */
const THANKS = new Set(
  'thanks|thank you|thx|cheers|regards|merci|gracias|danke|grazie|obrigado|obrigada|dziękuję|teşekkürler|спасибо|terima kasih|makasih|asante|shukran|shukriya|salamat|cảm ơn'.split(
    '|',
  ),
);
/** A closing line: a closing, or thanks and at most three words more, no question. */
function closingLine(line: string): boolean {
  const key = closingKey(line);
  if (NAME_LINE_BEFORE.has(key)) return true;
  const words = key.split(' ');
  return words.length <= 4 && !/[?？]/u.test(line) && (THANKS.has(words[0]) || THANKS.has(words.slice(0, 2).join(' ')));
}
/** Japanese closings end a longer line ("ご確認のほど、よろしくお願いいたします。"). */
const CLOSING_TAIL = /(?:よろしくお願いいたします|よろしくお願いします|よろしくお願い申し上げます)[。.！!]?\s*$/u;

const SEP = /[:=：]/gu;

/** The last word of a key glued to its "=" names a person: `… rejected full_name=`, `… user.lastName=`. */
function logPairKey(rawKey: string): boolean {
  const last = /(?:^|\s)([\p{L}_.-]+)$/u.exec(rawKey);
  return !!last && last[1] !== rawKey && /[_.]|\p{Ll}\p{Lu}/u.test(last[1]) && PERSON_KEYS.has(keyOf(last[1]));
}

/** An unquoted log value ends before the next `key=` ("full_name=Anna Weber email=…"). */
function beforeNextPair(text: string, span: Span): Span {
  const next = /\s+[\p{L}_.-]+=/u.exec(text.slice(span.start, span.end));
  return next ? { start: span.start, end: span.start + next.index } : span;
}

/** `key: value` pairs of one line, and an e-mail header when the line starts with one. */
function fieldsInLine(text: string, start: number, end: number, out: Span[]): void {
  let contact: boolean | undefined;
  const hasContact = () => {
    contact ??= [...text.slice(start, end).matchAll(CONTACT_KEY_RE)].some((m) => CONTACT_KEYS.has(keyOf(m[1])));
    return contact;
  };
  SEP.lastIndex = start;
  for (let m = SEP.exec(text); m && m.index < end; m = SEP.exec(text)) {
    const at = m.index;
    // the key: back to the line start or a structural character, at most KEY_MAX characters
    let k = at;
    // (a colon ends the key before it too: "Customer: name: Reem" has the key "name")
    while (k > start && at - k < KEY_MAX && !/[{},;[\]&?(\n:：]/u.test(text[k - 1])) k--;
    if (k > start && at - k >= KEY_MAX) continue;
    let rawKey = text.slice(k, at);
    let key = keyOf(rawKey);
    // a key after the end of a sentence on the same line ("… deux fois. » client : océane", "…tệ.\" Khách hàng: …")
    if (!PERSON_KEYS.has(key)) {
      const tail = /[.!?»”"…][ \t]*([^.!?»”"…]{2,24})$/u.exec(rawKey);
      if (tail && PERSON_KEYS.has(keyOf(tail[1])) && tail[1].trim().split(/\s+/u).length <= 3) {
        rawKey = tail[1];
        key = keyOf(rawKey);
      }
    }
    if (!key) continue;
    if (text[at + 1] === '/' || (m[0] === ':' && /\d$/u.test(rawKey))) continue; // URLs, times
    const lineStartKey = k === start || TURN_PREFIX.test(text.slice(start, k));
    if (lineStartKey && HEADER_KEYS.has(key)) {
      if (end - at <= 300) headerNames(text, at + 1, end, out);
      SEP.lastIndex = end;
      continue;
    }
    // a list of people after an attendance key ("Présents : AMARACHI, MAJID, Océane", "Hadir: Heng Jia Hao, Kak BALQIS")
    if (LIST_KEYS.has(key)) {
      listNames(text, at + 1, end, out);
      SEP.lastIndex = end;
      continue;
    }
    // a log line's `key=value` pair after other words ("ERROR [auth] request rejected full_name=Charlotte")
    const pair = !PERSON_KEYS.has(key) && logPairKey(rawKey);
    if (!PERSON_KEYS.has(key) && !pair) continue;
    let span = valueAt(text, at + 1, end);
    if (span && pair) span = beforeNextPair(text, span);
    const loose = LOOSE_KEYS.has(key) && !hasContact();
    if (
      span &&
      span.end > span.start &&
      looksLikeName(text.slice(span.start, span.end), loose) &&
      !(lineStartKey && speakerTurn(text, key, text.slice(span.start, span.end)))
    ) {
      out.push(span);
      SEP.lastIndex = span.end;
    }
  }
}

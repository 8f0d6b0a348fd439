import { type Edit, type Mapped, viewOf } from '../edits.ts';
import { TENS } from './spelled-tens.ts';

/**
 * A value written partly or wholly in words (issue #11), read with the words as the characters they stand for:
 * - digits in en de fr es it pt nl pl sv tr ru el hi, Chinese (also the financial forms 壹 贰 叁 …), Japanese kana,
 *   Korean ("vier drei", "üç dokuz", "шесть ноль", "तीन एक", "叁, 柒", "さん-ご", "오 구");
 * - "double four" / "triple two" (spoken English), "oh" for 0; one-word numbers 10-99 ("zwölf", "dreiundsiebzig",
 *   spelled-tens.ts); look-alike letters and accents in the words ("ѕіх", "f́ǘńf");
 * - the NATO alphabet for letters ("Lima India 50 …" → "LI50…");
 * - "plus" and its translations → "+", "dot" words → ".", "colon" words → ":".
 * Words next to each other (blank or comma between) join into one group; a wider gap or a dash or slash stays a group
 * separator. Used by joined.ts, where only values that validate count. One pass over the words of the text.
 */
const DIGITS: Record<string, string> = {};
for (const [digit, words] of Object.entries({
  0: 'zero oh nought null nul zéro cero noll sıfır ноль нуль μηδέν μηδεν शून्य 零 〇 ゼロ れい 공 영',
  1: 'one eins un une uno una um uma een één jeden ett en bir один одна ένα ενα एक 一 壹 いち 일',
  2: 'two zwei zwo deux dos due dois duas twee dwa två iki два две δύο δυο दो 二 两 兩 贰 貳 に 이',
  3: 'three drei trois tres três tre drie trzy üç три τρία τρια तीन 三 叁 參 さん 삼',
  4: 'four vier quatre cuatro quattro quatro cztery fyra dört четыре τέσσερα τεσσερα चार 四 肆 よん 사',
  5: 'five fünf funf cinq cinco cinque vijf pięć fem beş пять πέντε πεντε पांच पाँच 五 伍 ご 오',
  6: 'six sechs seis sei zes sześć sex altı шесть έξι εξι छह छः 六 陆 陸 ろく 육',
  7: 'seven sieben sept siete sette sete zeven siedem sju yedi семь επτά επτα εφτά εφτα सात 七 柒 なな しち 칠',
  8: 'eight acht huit ocho otto oito osiem åtta sekiz восемь οκτώ οκτω οχτώ आठ 八 捌 はち 팔',
  9: 'nine neun neuf nueve nove negen dziewięć nio dokuz девять εννέα εννεα εννιά नौ 九 玖 きゅう 구',
})) {
  // Turkish dotless ı is folded to i inside words that hold Latin letters ("altı" → "alti", "sıfır" → "sifir").
  for (const w of words.split(' ')) DIGITS[w] = DIGITS[w.replace(/ı/g, 'i')] = digit;
}
/** The digit a single digit word stands for ("acht" → "8", "sıfır" → "0"), for fragments.ts. */
export const digitWord = (w: string): string | undefined =>
  Object.hasOwn(DIGITS, w) ? DIGITS[w] : Object.hasOwn(DIGITS_PLAIN, w) ? DIGITS_PLAIN[w] : undefined;
export const DIGIT_WORD_MAX = Math.max(...Object.keys(DIGITS).map((w) => w.length));
const NATO: Record<string, string> = {};
for (const w of 'alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee zulu'.split(
  ' ',
))
  NATO[w] = w[0].toUpperCase();
const SIGNS: Record<string, string> = {};
for (const w of 'plus più mais más плюс artı συν'.split(' ')) SIGNS[w] = '+';
for (const w of 'dot punto punkt ponto punt point kropka tečka точка nokta τελεία 点 點'.split(' ')) SIGNS[w] = '.';
for (const w of 'colon doppelpunkt deux-points dwukropek двоеточие'.split(' ')) SIGNS[w] = ':';
/** Cyrillic, Greek and Armenian letters that look like Latin ones, read as those ("ѕіх", "ոuеve", "zеrо"). */
const LOOK_LATIN: Record<string, string> = Object.fromEntries(
  'аa еe оo рp сc уy хx іi јj ѕs ԁd һh ӏl ոn սu ցg αa οo ρp νv ιi κk υu'.split(' ').map((p) => [p[0], p[1]]),
);
/** A word with look-alike letters read as Latin and accents removed ("f́ǘńf" → "funf"), for the look-up. */
const plain = (w: string) =>
  [...w]
    .map((c) => LOOK_LATIN[c] ?? c)
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
/** Digit words with their Cyrillic look-alike letters read as Latin, as the folded text has them ("двa", "нoль"). */
const DIGITS_PLAIN: Record<string, string> = Object.fromEntries(
  Object.entries(DIGITS)
    .filter(([w]) => /[\u0400-\u04ff]/.test(w))
    .map(([w, d]) => [plain(w), d]),
);
/** Numbers 10-99 of one word, looked up without accents too ("funfundsechzig"). */
const TENS_PLAIN = new Map([...TENS].filter(([k]) => !k.includes(' ')).map(([k, v]) => [plain(k), v]));
const REPEAT: Record<string, number> = { double: 2, triple: 3 };

/**
 * Words said while dictating a number, between its groups ("four one six, sorry, six zero six", "null eins warte,
 * zwei", "cztery yyy, siedem", "tre sette cioè, sei"), and an ellipsis ("eins... vier"): a pause, read as a group
 * separator (a blank), not the end of the value.
 */
const FILLERS = new Set(
  (
    'uh uhh um umm uhm er erm hm hmm ah eh ehh ehm äh ähm öh euh heu yyy eee ıı ii şey hã este cioè wait sorry warte ' +
    'moment attends espera aspetta wacht czekaj vänta bekle yani znaczy alltså'
  ).split(' '),
);
const PAUSE = /^(?:\.{2,}|…)$/;
/** English digit words: after one, "um" is a pause; elsewhere it is the Portuguese 1 ("oito um nove"). */
const ENGLISH_DIGITS = new Set('zero oh one two three four five six seven eight nine'.split(' '));
/** What may stand around a pause: blanks and punctuation. */
const PAUSE_GAP = /^[ \t]*[,;.…\-–—]{0,3}[ \t]*$/;

const TOKEN = /x-ray|[\p{L}\p{M}]+|\d+|\.{2,}|…|[+.:]/giu;
/** A value token: a mapped word, a numeral, a sign, or capitals (a country code or letters of an IBAN, "CYNY"). */
interface Tok {
  at: number;
  len: number;
  text: string;
  word: boolean;
  sign: boolean;
}

function tokenOf(m: RegExpExecArray): Tok | undefined {
  const raw = m[0];
  const low = raw.toLowerCase();
  const base = { at: m.index, len: raw.length };
  if (/^\d+$/.test(raw)) return { ...base, text: raw, word: false, sign: false };
  if (/^[+.:]$/.test(raw)) return { ...base, text: raw, word: false, sign: true };
  const d = DIGITS[low] ?? NATO[low] ?? DIGITS[plain(low)] ?? TENS.get(low) ?? TENS_PLAIN.get(plain(low));
  if (d !== undefined) return { ...base, text: d, word: true, sign: false };
  if (SIGNS[low]) return { ...base, text: SIGNS[low], word: true, sign: true };
  if (/^[A-Z]{1,4}$/.test(raw) || /^[0-9a-f]{1,4}$/i.test(raw)) return { ...base, text: raw, word: false, sign: false };
  return undefined;
}

/** Letters of a value (NATO words, capitals): always joined to their neighbours ("Delta  Kilo 14" → "DK14"). */
const letters = (t: Tok) => /^[A-Z]+$/.test(t.text);

const MAY_HAVE = /\p{L}{2}|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

export function wordView(text: string): Mapped | undefined {
  if (!MAY_HAVE.test(text)) return undefined;
  const edits: Edit[] = [];
  let prev: Tok | undefined;
  let words = 0;
  /** Whether the stretch of value tokens ending at `prev` holds a word. */
  let prevWord = false;
  let pendingRepeat: { at: number; len: number; n: number } | undefined;
  /** Where a pause (filler words, an ellipsis) after `prev` began, if one did. */
  let pauseAt = -1;
  /** End of `prev` or of the last pause word after it. */
  let lastEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const low = m[0].toLowerCase();
    if (
      prev &&
      !pendingRepeat &&
      (FILLERS.has(low) || PAUSE.test(m[0])) &&
      (low !== 'um' || ENGLISH_DIGITS.has(text.slice(prev.at, prev.at + prev.len).toLowerCase())) &&
      PAUSE_GAP.test(text.slice(lastEnd, m.index))
    ) {
      if (pauseAt < 0) pauseAt = lastEnd;
      lastEnd = m.index + m[0].length;
      continue;
    }
    if (REPEAT[low] && !pendingRepeat) {
      pendingRepeat = { at: m.index, len: m[0].length, n: REPEAT[low] };
      continue;
    }
    let tok = tokenOf(m);
    if (pendingRepeat) {
      const gap = text.slice(pendingRepeat.at + pendingRepeat.len, m.index);
      if (tok?.word && !tok.sign && /^\d$/.test(tok.text) && /^[ \t]{1,2}$/.test(gap)) {
        const at = pendingRepeat.at;
        tok = { ...tok, at, len: m.index + m[0].length - at, text: tok.text.repeat(pendingRepeat.n) };
      } else tok = undefined;
      pendingRepeat = undefined;
    }
    if (!tok) {
      pauseAt = -1;
      prev = undefined;
      prevWord = false;
      continue;
    }
    if (tok.word) {
      words += letters(tok) ? 2 : 1;
      edits.push({ at: tok.at, len: tok.len, text: tok.text });
    }
    const paused = pauseAt >= 0;
    pauseAt = -1;
    if (paused && prev) {
      // The pause joins two groups when digit words stand on either side, close and with only punctuation after it.
      const from = prev.at + prev.len;
      if ((prev.word || tok.word) && tok.at - from <= 24 && PAUSE_GAP.test(text.slice(lastEnd, tok.at)))
        edits.push({ at: from, len: tok.at - from, text: ' ' });
    }
    // Blanks around a sign (". ", " : ") go too: "200 . one zero six" → "200.106".
    else if (prev && (prev.word || tok.word || prev.sign || tok.sign || (letters(prev) && letters(tok) && prevWord))) {
      const from = prev.at + prev.len;
      const gap = text.slice(from, tok.at);
      if (gap.length > 0 && gap.length <= 4) {
        // A comma and a blank between digit words is a pause between groups ("jeden zero trzy, siedem dwa").
        if (prev.word && tok.word && !prev.sign && !tok.sign && !letters(prev) && !letters(tok) && /^,[ \t]$/.test(gap))
          edits.push({ at: from, len: gap.length, text: ' ' });
        else if (prev.sign || tok.sign || /^[ \t]?,?[ \t]?$/.test(gap) || /^-$/.test(gap))
          edits.push({ at: from, len: gap.length, text: '' });
        else if (/^[ \t]+$/.test(gap))
          edits.push({ at: from, len: gap.length, text: letters(prev) || letters(tok) ? '' : ' ' });
      }
    }
    prevWord = tok.word || (prevWord && prev !== undefined);
    prev = tok;
    lastEnd = tok.at + tok.len;
  }
  // Three digit words, or two NATO letters (a country code: "Delta Kilo 14 …").
  if (words < 3) return undefined;
  edits.sort((a, b) => a.at - b.at);
  return viewOf(text, [() => edits]);
}

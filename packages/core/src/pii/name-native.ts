/**
 * Full names in scripts the NER model does not read, without a title or a cue: a family name followed by a given
 * name, both in the faker name lists of the script (lexicon-native-data.ts): "小林結衣" / "佐藤　健" (Japanese, in
 * text with kana), "黄浩然" (Chinese), "최민지" (Korean, a word of its own or before a particle), "مريم العتيبي" /
 * "يوسف بن سعيد" (Arabic: a given name, then a family name of the list, an "al-" nisba name or "bin / abd" and a word).
 * Two lexicon hits side by side rarely happen by chance; a lone given or family name is left to the cues.
 * Each start position looks at most a few characters ahead: linear in the text length.
 */
import {
  AR_FIRST,
  AR_LAST,
  CYR_FIRST,
  CYR_LAST,
  JA_FIRST,
  JA_LAST,
  KO_FIRST,
  KO_LAST,
  ZH_FIRST,
  ZH_LAST,
} from './lexicon-native-data.ts';
import { AR_FIRST_MORE, AR_LAST_MORE } from './name-lists-hand.ts';

export interface Span {
  start: number;
  end: number;
}

const set = (words: string) => new Set(words.split(' ').filter(Boolean));
let lists:
  | { arFirst: Set<string>; arLast: Set<string>; ja: [Set<string>, Set<string>]; ko: [Set<string>, Set<string>] }
  | undefined;
let zhLists: [Set<string>, Set<string>] | undefined;
let cyrLists: [Set<string>, Set<string>] | undefined;
export const load = () => {
  lists ??= {
    arFirst: set(`${AR_FIRST} ${AR_FIRST_MORE}`),
    arLast: set(`${AR_LAST} ${AR_LAST_MORE}`),
    ja: [set(JA_LAST), set(JA_FIRST)],
    ko: [set(KO_LAST), set(KO_FIRST)],
  };
  zhLists ??= [set(ZH_LAST), set(ZH_FIRST)];
  cyrLists ??= [set(CYR_LAST), set(CYR_FIRST)];
  return { ...lists, zh: zhLists, cyr: cyrLists };
};

const HAN = /^\p{Script=Han}$/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /^\p{Script=Hangul}$/u;
const ARABIC_WORD = /[\u0621-\u064a\u0671-\u06d3]+/gu;

/** Korean endings after a name: particles and the copula. */
const KO_AFTER = /^(?:[이가은는을를의도와과야아님씨]|에게|께서|께|한테|이랑|랑|입니다|이에요|예요|이고|이며|하고)/u;

/** Arabic words after a given name that continue it: "bin", "abd", "abu". */
const AR_LINK = new Set(['بن', 'بنت', 'ابن', 'عبد', 'أبو', 'ابو']);
/** Words of the Arabic name lists that are mostly function words ("على" on, "إلى" to). */
export const AR_FUNCTION = new Set('على إلى الى من عن في مع أن إن لا ما هل قد كل'.split(' '));
/**
 * An "al-" family name: the nisba form ending in ي ("العتيبي", "الحسيني", "القحطاني"); common "al-" nouns after a name
 * ("سامي المال", "the money") end otherwise.
 */
export const alFamily = (w: string) =>
  w.startsWith('ال') && w.length >= 5 && w.endsWith('ي') && !/^ال(?:كرسي|ماضي|حالي|تالي|عربي)$/u.test(w);

/** Spans of full names in Japanese, Chinese, Korean and Arabic script (see the file comment). */
export function nativeNameSpans(text: string): Span[] {
  const out: Span[] = [];
  const han = /\p{Script=Han}/u.test(text);
  const hangul = /\p{Script=Hangul}/u.test(text);
  const arabic = /[\u0600-\u06ff]/u.test(text);
  const cyrillic = /[\u0400-\u04ff]/u.test(text);
  if (!han && !hangul && !arabic && !cyrillic) return out;
  const l = load();
  if (han) {
    const ja = KANA.test(text);
    const [last, first] = ja ? l.ja : l.zh;
    for (let i = 0; i < text.length; i++) {
      if (!HAN.test(text[i])) continue;
      // Japanese: a name starts after a character that is no Han letter; Chinese writes no boundaries
      if (ja && i > 0 && HAN.test(text[i - 1])) continue;
      const end = familyThenGiven(text, i, last, first, ja);
      if (end > i) {
        out.push({ start: i, end });
        i = end - 1;
      }
    }
  }
  if (hangul) {
    const [last, first] = l.ko;
    for (let i = 0; i + 3 <= text.length; i++) {
      if (!HANGUL.test(text[i]) || (i > 0 && HANGUL.test(text[i - 1]))) continue;
      const after = text.slice(i + 3, i + 6);
      if (!last.has(text[i]) || !first.has(text.slice(i + 1, i + 3))) continue;
      if (!HANGUL.test(after[0] ?? '') || KO_AFTER.test(after)) {
        out.push({ start: i, end: i + 3 });
        i += 2;
      }
    }
  }
  if (arabic) {
    const words = [...text.matchAll(ARABIC_WORD)];
    for (let n = 0; n + 1 < words.length; n++) {
      const w = words[n];
      if (!l.arFirst.has(w[0]) || AR_FUNCTION.has(w[0])) continue;
      const next = words[n + 1];
      if (!/^\s+$/u.test(text.slice(w.index + w[0].length, next.index))) continue;
      let last = next;
      if (AR_LINK.has(next[0]) && n + 2 < words.length) last = words[n + 2];
      else if (!l.arLast.has(next[0]) && !alFamily(next[0])) continue;
      out.push({ start: w.index, end: last.index + last[0].length });
      n = words.indexOf(last);
    }
  }
  if (cyrillic) cyrillicNames(text, l.cyr, out);
  return out;
}

const CYRILLIC_WORD = /[\u0400-\u04ff]+/gu;

/**
 * Russian / Ukrainian names in any case ("наталья соколова", "Козлова Анна", "Иван Петрович Сидоров"): a given name
 * and a family name or patronymic of the lists side by side, in either order, and a third name word after them.
 */
function cyrillicNames(text: string, [last, first]: [Set<string>, Set<string>], out: Span[]): void {
  const words = [...text.matchAll(CYRILLIC_WORD)];
  const adjacent = (a: RegExpExecArray, b: RegExpExecArray) =>
    /^[ \t]$/u.test(text.slice(a.index + a[0].length, b.index));
  for (let n = 0; n + 1 < words.length; n++) {
    const a = words[n];
    const b = words[n + 1];
    if (!adjacent(a, b)) continue;
    const x = a[0].toLowerCase();
    const y = b[0].toLowerCase();
    if (!((first.has(x) && last.has(y)) || (last.has(x) && first.has(y)))) continue;
    let end = b.index + b[0].length;
    const c = words[n + 2];
    if (c && adjacent(b, c) && (last.has(c[0].toLowerCase()) || first.has(c[0].toLowerCase()))) {
      end = c.index + c[0].length;
      n++;
    }
    out.push({ start: a.index, end });
    n++;
  }
}

/** End of "family name, at most one blank, given name" starting at i, or i when there is none. */
function familyThenGiven(text: string, i: number, last: Set<string>, first: Set<string>, ja: boolean): number {
  for (let a = 2; a >= 1; a--) {
    const family = text.slice(i, i + a);
    if (family.length < a || !last.has(family) || ![...family].every((c) => HAN.test(c))) continue;
    let g = i + a;
    if (ja && (text[g] === ' ' || text[g] === '\u3000')) g++;
    for (let b = 3; b >= 1; b--) {
      const given = text.slice(g, g + b);
      if (given.length < b || !first.has(given) || !HAN.test(given[0])) continue;
      // a one-letter given name only in Japanese after a blank or before kana ("佐藤　健も"); Chinese: two letters
      if (b === 1 && !(ja && (g > i + a || KANA.test(text[g + 1] ?? '')))) continue;
      if (ja && HAN.test(text[g + b] ?? '')) continue; // a longer run of Han letters: a word, not a name
      return g + b;
    }
  }
  return i;
}

/** True when `word` is a Japanese family or given name of the lists ("田中", "健"). */
export function isJaName(word: string): boolean {
  const [last, first] = load().ja;
  return last.has(word) || first.has(word);
}

/**
 * Arabic given names that the lists of lexicon-native-data.ts do not hold as one word:
 * - "abd" names: "عبد" and an "al-" word ("عبد الرحمن", "عبد الله", also glued "عبدالله"), the servant-of-God names,
 *   then up to two listed given or family names or an "al-" nisba ("عبد الرحمن الخطيب" keeps the nisba only when
 *   it is one: "الخطيب" is not taken, "عبد الرحمن العتيبي" is)
 * - teknonyms: "أبو" / "ابو" / "أم" and a listed given name ("أبو أحمد", "أم سامي"; not "أبو ظبي")
 * - a nasab chain: a listed given name, "بن" / "بنت" / "ابن", a listed given name and up to two listed names or a
 *   nisba ("يوسف بن وليد العتيبي")
 * - three or more listed given names in a row, the given-name chain of a full name ("محمد علي حسن")
 * A word may carry a one-letter prefix (و ف ب ل, "لـ"), which stays outside the span. Each word is looked up once and
 * looks ahead at most three words: linear in the text length.
 */
import { AR_FUNCTION, alFamily, load } from './name-native.ts';

export interface Span {
  start: number;
  end: number;
}

const WORD = /[\u0621-\u064a]+/gu;
const PREFIX = /^(?:و|ف|ب|لـ|ل)/u;
const KIN = new Set(['أبو', 'ابو', 'أم']);
const SON = new Set(['بن', 'بنت', 'ابن']);

/** The word without a one-letter prefix when the rest is `ok`; returns [offset, word] or undefined. */
function bare(w: string, ok: (x: string) => boolean): [number, string] | undefined {
  if (ok(w)) return [0, w];
  const p = PREFIX.exec(w);
  if (p && w.length - p[0].length >= 2 && ok(w.slice(p[0].length))) return [p[0].length, w.slice(p[0].length)];
  return undefined;
}

export function arabicNameSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!/[\u0621-\u064a]/u.test(text)) return out;
  const { arFirst, arLast } = load();
  const given = (w: string) => arFirst.has(w) && !AR_FUNCTION.has(w);
  const words = [...text.replace(/\u0640/gu, ' ').matchAll(WORD)];
  const spaced = (a: RegExpExecArray, b: RegExpExecArray) =>
    /^[ \t\u00a0]{1,2}$/u.test(text.slice(a.index + a[0].length, b.index));
  /** Extends a name ending at word n with up to two listed names or a nisba; returns the last word's index. */
  const extend = (n: number) => {
    let k = n;
    while (k + 1 < words.length && k - n < 2 && spaced(words[k], words[k + 1])) {
      const w = words[k + 1][0];
      if (!given(w) && !arLast.has(w) && !alFamily(w)) break;
      k++;
    }
    return k;
  };
  const endOf = (k: number) => words[k].index + words[k][0].length;
  for (let n = 0; n < words.length; n++) {
    const w = words[n][0];
    // "عبد الرحمن", "عبدالله"
    const abd = bare(w, (x) => x === 'عبد' || (x.startsWith('عبدال') && x.length >= 7));
    if (abd) {
      const glued = abd[1] !== 'عبد';
      const next = words[n + 1];
      if (glued || (next && spaced(words[n], next) && next[0].startsWith('ال') && next[0].length >= 4)) {
        const k = extend(glued ? n : n + 1);
        out.push({ start: words[n].index + abd[0], end: endOf(k) });
        n = k;
        continue;
      }
    }
    // "أبو أحمد", "وأم سامي"
    const kin = bare(w, (x) => KIN.has(x));
    if (kin && words[n + 1] && spaced(words[n], words[n + 1]) && given(words[n + 1][0])) {
      const k = extend(n + 1);
      out.push({ start: words[n].index + kin[0], end: endOf(k) });
      n = k;
      continue;
    }
    const first = bare(w, given);
    // a nasab chain: a given name, "بن" / "بنت" / "ابن" and a given name, then a family name ("يوسف بن وليد العتيبي")
    const son = words[n + 1]?.[0];
    if (
      first &&
      n + 2 < words.length &&
      SON.has(son) &&
      spaced(words[n], words[n + 1]) &&
      spaced(words[n + 1], words[n + 2]) &&
      given(words[n + 2][0])
    ) {
      const k = extend(n + 2);
      out.push({ start: words[n].index + first[0], end: endOf(k) });
      n = k;
      continue;
    }
    // three listed given names in a row ("لـمحمد علي حسن")
    if (
      first &&
      n + 2 < words.length &&
      spaced(words[n], words[n + 1]) &&
      spaced(words[n + 1], words[n + 2]) &&
      given(words[n + 1][0]) &&
      given(words[n + 2][0])
    ) {
      const k = extend(n + 2);
      out.push({ start: words[n].index + first[0], end: endOf(k) });
      n = k;
    }
  }
  return out;
}

/**
 * Hold-out 34: character-level disguises shared by the styles (full-width forms, look-alike letters, invisible
 * characters, line wraps, irregular grouping) and the small local lexicons the obfuscations need (digit words,
 * month names, "at"/"dot" words).
 */
import { choose, int, type Lang, type Rand } from './pii-holdout34-values.ts';

// ---------------------------------------------------------------- generic character-level disguises
export const FW = (s: string, all: boolean) =>
  [...s]
    .map((ch) => {
      const c = ch.charCodeAt(0);
      if (c >= 0x21 && c <= 0x7e && (all || /\d/.test(ch))) return String.fromCharCode(c + 0xfee0);
      return ch === ' ' && all ? '\u3000' : ch;
    })
    .join('');
const CYR: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  i: 'і',
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  X: 'Х',
};
/** Swap one or two letters for Cyrillic/Ukrainian look-alikes; in digit-only values O/o for 0 and l/I for 1. */
export function homoglyph(s: string, r: Rand): string | undefined {
  const chars = [...s];
  const letters = chars.flatMap((c, i) => (CYR[c] ? [i] : []));
  if (letters.length) {
    for (let k = 0; k < int(r, 1, 2); k++) {
      const i = choose(r, letters);
      chars[i] = CYR[s[i]] ?? chars[i];
    }
    return chars.join('');
  }
  const ds = chars.flatMap((c, i) => ((c === '0' || c === '1') && chars[i - 1] !== '+' ? [i] : []));
  if (!ds.length) return undefined;
  const zeros = ds.filter((i) => chars[i] === '0');
  const picks = r() < 0.25 ? zeros : [choose(r, zeros.length && r() < 0.7 ? zeros : ds)];
  for (const i of picks) chars[i] = chars[i] === '0' ? choose(r, ['O', 'O', 'o']) : choose(r, ['l', 'I']);
  return chars.join('');
}
/** Zero-width space / soft hyphen / word joiner / BOM inside the value, or no-break spaces as separators. */
export function invisible(s: string, r: Rand): string {
  if (/ /.test(s) && r() < 0.4) return s.replaceAll(' ', choose(r, ['\u00a0', '\u202f', '\u2009']));
  const inner = [...s.matchAll(/[\p{L}\p{N}](?=[\p{L}\p{N}])/gu)].map((m) => (m.index ?? 0) + 1);
  const ch = choose(r, ['\u200b', '\u200b', '\u00ad', '\u2060', '\ufeff', '\u200c']);
  let out = s;
  const picks = [...new Set([choose(r, inner), choose(r, inner)])].sort((a, b) => b - a);
  for (const i of r() < 0.5 ? picks.slice(0, 1) : picks) out = out.slice(0, i) + ch + out.slice(i);
  return out;
}
/** A line break where a narrow form field or a mail client wraps. */
export function wrap(s: string, r: Rand): string | undefined {
  const sp = [...s.matchAll(/ /g)].map((m) => m.index ?? 0);
  if (!sp.length) return undefined;
  const mid = s.length / 2;
  const i = sp.sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid))[r() < 0.7 ? 0 : Math.min(1, sp.length - 1)];
  return s.slice(0, i) + choose(r, ['\n', '\n', '\r\n', ' \n', '\n  ']) + s.slice(i + 1);
}
export const regroup = (ds: string, r: Rand, sep: () => string) => {
  let out = '';
  for (let i = 0; i < ds.length; ) {
    const n = Math.min(int(r, 2, 5), ds.length - i);
    out += (i ? sep() : '') + ds.slice(i, i + n);
    i += n;
  }
  return out;
};

export const DIGIT_WORDS: Record<Lang, string[]> = {
  en: 'zero one two three four five six seven eight nine'.split(' '),
  de: 'null eins zwei drei vier fünf sechs sieben acht neun'.split(' '),
  fr: 'zéro un deux trois quatre cinq six sept huit neuf'.split(' '),
  es: 'cero uno dos tres cuatro cinco seis siete ocho nueve'.split(' '),
  it: 'zero uno due tre quattro cinque sei sette otto nove'.split(' '),
  nl: 'nul een twee drie vier vijf zes zeven acht negen'.split(' '),
  pt: 'zero um dois três quatro cinco seis sete oito nove'.split(' '),
  pl: 'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć'.split(' '),
  sv: 'noll ett två tre fyra fem sex sju åtta nio'.split(' '),
  tr: 'sıfır bir iki üç dört beş altı yedi sekiz dokuz'.split(' '),
};
export const MONTHS: Record<Lang, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
  sv: 'januari februari mars april maj juni juli augusti september oktober november december'.split(' '),
  tr: 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(' '),
};
/** "at" and "dot" as people spell them out in an address. */
export const AT_DOT: Record<Lang, [string, string]> = {
  en: ['at', 'dot'],
  de: ['at', 'punkt'],
  fr: ['arobase', 'point'],
  es: ['arroba', 'punto'],
  it: ['chiocciola', 'punto'],
  nl: ['apenstaartje', 'punt'],
  pt: ['arroba', 'ponto'],
  pl: ['małpa', 'kropka'],
  sv: ['snabel-a', 'punkt'],
  tr: ['et', 'nokta'],
};

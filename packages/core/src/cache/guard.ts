/**
 * False-hit guard for the semantic cache: explicit checks that a similarity score alone cannot make.
 * Two prompts may share an answer only when their numbers, negations, placeholders (<PERSON_1> vs <PERSON_2>),
 * named entities, contrast words (buy/sell, before/after ...) and role order agree. Every check is conservative:
 * when in doubt it refuses, turning a would-be hit into a miss (a central call), never a wrong answer.
 *
 * Each check can be switched off (`checks`) so the eval can measure what each one buys.
 */
import {
  ANY_CONJUNCTION,
  ANY_NEGATOR,
  CJK_NEGATORS,
  CONJUNCTIONS,
  CONTRAST_PAIRS,
  FUNCTION_WORDS,
  HAN_COUNTED,
  HAN_NUMERALS,
  LANG2,
  NEGATORS,
  NUMBER_WORDS,
} from './guard-words.ts';

export type GuardCheck = 'numbers' | 'negation' | 'placeholders' | 'entities' | 'contrast' | 'roles' | 'substitution';

/** The checks run by default. */
export const GUARD_CHECKS: readonly GuardCheck[] = [
  'numbers',
  'negation',
  'placeholders',
  'entities',
  'contrast',
  'roles',
];

/**
 * Opt-in checks. `substitution` (one content word traded for another on each side, function words per language
 * aside) refuses "a woman is cooking eggs" vs "... something", but also most paraphrases that use a synonym: on the
 * dev pairs it cost far more hits than the false hits it removed, so it is not a default.
 */
export const EXTRA_GUARD_CHECKS: readonly GuardCheck[] = ['substitution'];

export interface GuardResult {
  ok: boolean;
  /** Which check refused, e.g. "numbers: 3 vs 4". */
  reason?: string;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const PLACEHOLDER = /<([A-Z][A-Z_]*?)_(\d+)>/g;
const TOKEN = /<[a-z][a-z_]*?_\d+>|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Texts longer than this are not verified: a semantic hit on them is refused (exact hits are unaffected). */
export const MAX_GUARD_CHARS = 4000;

export interface GuardOptions {
  /** Checks to run (default: all of GUARD_CHECKS). */
  checks?: readonly GuardCheck[];
}

/**
 * Whether two prompts agree on everything a similarity score can miss. `lang` is an ISO 639-1 or 639-3 code
 * (e.g. "en", "eng", "cmn"); without it the script of the text decides the tokenization.
 */
export function guardAgrees(a: string, b: string, lang?: string, options: GuardOptions = {}): GuardResult {
  const checks = options.checks ?? GUARD_CHECKS;
  if (checks.length > 0 && (a.length > MAX_GUARD_CHARS || b.length > MAX_GUARD_CHARS) && a !== b) {
    return { ok: false, reason: `length: over ${MAX_GUARD_CHARS} characters, too long to verify` };
  }
  const l = lang ? (LANG2[lang.toLowerCase()] ?? lang.toLowerCase().slice(0, 2)) : undefined;
  const cjk = l ? ['zh', 'ja', 'ko'].includes(l) : CJK.test(a) || CJK.test(b);
  const ta = analyse(a, cjk);
  const tb = analyse(b, cjk);
  for (const check of checks) {
    const reason = RUN[check](ta, tb, l, cjk);
    if (reason) return { ok: false, reason: `${check}: ${reason}` };
  }
  return { ok: true };
}

interface Analysed {
  raw: string;
  /** Lower-case tokens (words; CJK: single characters), placeholders as "<person_1>". */
  tokens: string[];
  placeholders: string[];
}

function analyse(text: string, cjk: boolean): Analysed {
  const placeholders = Array.from(text.matchAll(PLACEHOLDER), (m) => `<${m[1].toLowerCase()}_${m[2]}>`);
  const tokens: string[] = [];
  for (const m of text.normalize('NFKC').toLowerCase().matchAll(TOKEN)) {
    const w = m[0];
    if (w.startsWith('<')) tokens.push(w);
    else if (cjk && CJK.test(w)) {
      for (const c of w) if (/[\p{L}\p{N}]/u.test(c)) tokens.push(c);
    } else tokens.push(w.replace(/’/g, "'"));
  }
  return { raw: text, tokens, placeholders };
}

type Check = (a: Analysed, b: Analysed, lang: string | undefined, cjk: boolean) => string | undefined;

const RUN: Record<GuardCheck, Check> = {
  numbers: (a, b, lang, cjk) => differ(numbers(a, lang, cjk), numbers(b, lang, cjk)),
  // Presence, not count: "No, don't lean on your arms" and "You do NOT want to lean on your arms" agree.
  negation: (a, b, lang, cjk) => {
    const na = negations(a, lang, cjk);
    const nb = negations(b, lang, cjk);
    return na > 0 === nb > 0 ? undefined : `${na} vs ${nb}`;
  },
  placeholders: (a, b) => {
    const d = differ([...a.placeholders].sort(), [...b.placeholders].sort());
    if (d) return d;
    const oa = firstSeen(a.placeholders).join(' ');
    const ob = firstSeen(b.placeholders).join(' ');
    return oa === ob ? undefined : `order ${oa} vs ${ob}`;
  },
  entities: (a, b, lang, cjk) => {
    if (cjk) return undefined;
    const only: string[] = [];
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const have = new Set(y.tokens);
      const missing = entities(x.raw, lang).find((e) => !have.has(e));
      if (missing) only.push(missing);
      else return undefined;
    }
    // An entity replaced by another (Berlin vs Munich); one only added or dropped is left to the similarity.
    return `"${only[0]}" vs "${only[1]}"`;
  },
  contrast: (a, b) => {
    const sa = new Set(a.tokens);
    const sb = new Set(b.tokens);
    for (const [x, y] of CONTRAST_PAIRS) {
      for (const [p, q] of [
        [x, y],
        [y, x],
      ]) {
        if (hasOnly(sa, sb, p) && hasOnly(sb, sa, q)) return `${p} vs ${q}`;
      }
    }
    return undefined;
  },
  substitution: (a, b, lang, cjk) => {
    const stop = lang ? FUNCTION_WORDS[lang] : undefined;
    if (cjk || !stop) return undefined;
    const ca = contentWords(a, stop);
    const cb = contentWords(b, stop);
    const onlyA = ca.filter((w) => !cb.some((t) => sameStem(w, t)));
    const onlyB = cb.filter((w) => !ca.some((t) => sameStem(w, t)));
    // One content word traded for another ("sort" / "reverse", "woman" / "man", "ocean" / "street").
    return onlyA.length > 0 && onlyB.length > 0 ? `"${onlyA[0]}" vs "${onlyB[0]}"` : undefined;
  },
  // Japanese and Korean mark roles with particles, so their word order is free.
  roles: (a, b, lang, cjk) =>
    lang === 'ja' || lang === 'ko' || (cjk && /[\p{Script=Hiragana}\p{Script=Hangul}]/u.test(a.raw + b.raw))
      ? undefined
      : swapped(a.tokens, b.tokens, (lang && CONJUNCTIONS[lang]) || ANY_CONJUNCTION),
};

function differ(x: (string | number)[], y: (string | number)[]): string | undefined {
  const sx = [...x].map(String).sort().join(',');
  const sy = [...y].map(String).sort().join(',');
  return sx === sy ? undefined : `${sx || 'none'} vs ${sy || 'none'}`;
}

function firstSeen(xs: string[]): string[] {
  return [...new Set(xs)];
}

function numbers(t: Analysed, lang: string | undefined, cjk: boolean): string[] {
  const out: string[] = [];
  const text = t.raw.replace(PLACEHOLDER, ' ').normalize('NFKC');
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const s = m[0];
    out.push(/^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(s) ? s.replace(/[.,]/g, '') : s.replace(',', '.'));
  }
  const words = lang ? NUMBER_WORDS[lang] : undefined;
  if (words) for (const w of t.tokens) if (words.has(w)) out.push(String(words.get(w)));
  if (cjk) {
    for (const m of text.matchAll(HAN_COUNTED)) out.push(String(HAN_NUMERALS.get(m[1])));
  }
  return out.map((n) => String(Number(n)));
}

function negations(t: Analysed, lang: string | undefined, cjk: boolean): number {
  const words = (lang && NEGATORS[lang]) || ANY_NEGATOR;
  let n = 0;
  for (const w of t.tokens) if (words.has(w) || w.endsWith("n't")) n++;
  if (cjk) {
    const text = t.raw.normalize('NFKC');
    for (const m of CJK_NEGATORS) n += text.split(m).length - 1;
  }
  return n;
}

/** Named-entity candidates: capitalised words not opening a sentence, acronyms, words mixing letters and digits. */
function entities(raw: string, lang: string | undefined): string[] {
  const out: string[] = [];
  const text = raw.replace(PLACEHOLDER, ' ').normalize('NFKC');
  let sentenceStart = true;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+|[.!?:;"“”«»¿¡]/gu)) {
    const w = m[0];
    if (/^[.!?:;"“”«»¿¡]$/.test(w)) {
      sentenceStart = true;
      continue;
    }
    const acronym = /^\p{Lu}{2,}$/u.test(w) && w.length <= 6;
    const mixed = /\p{L}/u.test(w) && /\p{N}/u.test(w);
    const capital = /^\p{Lu}\p{Ll}/u.test(w) && !sentenceStart && lang !== 'de';
    if ((acronym && w !== 'I') || mixed || capital) out.push(w.toLowerCase());
    sentenceStart = false;
  }
  return [...new Set(out)];
}

/** `side` has word `w` (or an inflection of it: up to 3 more letters) that `other` lacks. */
function hasOnly(side: Set<string>, other: Set<string>, w: string): boolean {
  const match = (s: Set<string>) => {
    for (const t of s) if (t === w || (w.length >= 4 && t.startsWith(w) && t.length <= w.length + 3)) return true;
    return false;
  };
  return match(side) && !match(other);
}

/**
 * Swapped roles ("the dog bit the man" vs "the man bit the dog", "<PERSON_1> pays <PERSON_2>" reversed):
 * two words that occur once on each side trade places while a word between them stays between them.
 * Moving a whole phrase ("in Python, how do I sort a list") keeps each block's inner order and is not refused.
 */
/** Words compared for swapped roles (the search is cubic in them; prompts can be long). */
const MAX_ROLE_WORDS = 160;

function swapped(a0: string[], b0: string[], conjunctions: Set<string>): string | undefined {
  // Elided articles and clitics are words of their own here ("l'homme" -> "l", "homme"); the k-th occurrence of a
  // word is its own token ("dollar#2"), so repeated words take part too.
  const indexed = (xs: string[]) => {
    const seen = new Map<string, number>();
    return xs
      .flatMap((w) => (w.startsWith('<') ? [w] : w.split(/['’]/).filter(Boolean)))
      .map((w) => {
        const k = (seen.get(w) ?? 0) + 1;
        seen.set(w, k);
        return `${w}#${k}`;
      });
  };
  const a = indexed(a0);
  const b = indexed(b0);
  const word = (t: string) => t.slice(0, t.lastIndexOf('#'));
  // Content words only: at least 3 letters, a placeholder, or a Han character.
  const content = (t: string) => {
    const w = word(t);
    return w.startsWith('<') || /\p{Script=Han}/u.test(w) || Array.from(w).length >= 3;
  };
  const inB = new Map(b.map((t, i) => [t, i]));
  // The two words that trade places must be content words, the one between may be any ("usd to eur").
  const at: number[] = [];
  const shared: string[] = [];
  a.forEach((t, i) => {
    if (inB.has(t) && shared.length < MAX_ROLE_WORDS) {
      shared.push(t);
      at.push(i);
    }
  });
  const pos = shared.map((t) => inB.get(t) as number);
  for (let i = 0; i < pos.length; i++) {
    if (!content(shared[i])) continue;
    for (let k = i + 2; k < pos.length; k++) {
      if (pos[i] < pos[k] || !content(shared[k])) continue;
      // "plays guitar and sings" vs "sings and plays guitar": a short symmetric list, not swapped roles.
      if (at[k] - at[i] <= 4 && a.slice(at[i] + 1, at[k]).some((t) => conjunctions.has(word(t)))) continue;
      for (let j = i + 1; j < k; j++) {
        if (pos[j] < pos[i] && pos[j] > pos[k]) {
          return `"${word(shared[i])}" and "${word(shared[k])}" trade places`;
        }
      }
    }
  }
  return undefined;
}

function contentWords(t: Analysed, stop: Set<string>): string[] {
  return t.tokens.filter(
    (w) => !w.startsWith('<') && !stop.has(w) && !/^\p{N}+$/u.test(w) && Array.from(w).length >= 3,
  );
}

/** Same word up to inflection: equal, or sharing a prefix of at least 4 letters and 60 % of the shorter one. */
function sameStem(x: string, y: string): boolean {
  if (x === y) return true;
  const a = Array.from(x);
  const b = Array.from(y);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= 4 && p >= 0.6 * Math.min(a.length, b.length);
}

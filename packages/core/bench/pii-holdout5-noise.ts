/**
 * Noise for hold-out 5: what real sources do to a value (OCR, phone-call transcripts, spreadsheets, messaging apps,
 * web forms, PDFs). Each kind returns the noisy text and, per character, whether it belongs to the value (masks,
 * fillers and spreadsheet quoting do not), or undefined where the kind does not fit the type.
 */
import { int, pick, type Rand } from './pii-holdout5-values.ts';

export interface Noisy {
  text: string;
  /** keep[i] = character i is part of the value (only letters / digits of the value are scored). */
  keep: boolean[];
}
type Noise = (v: string, type: string, lang: string, r: Rand) => Noisy | string | undefined;

const DIGIT_WORDS: Record<string, string[]> = {
  eng: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  deu: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fra: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  spa: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  ita: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  nld: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  por: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  pol: ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
  swe: ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'],
  tur: ['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'],
};
const AT_DOT: Record<string, [string, string, string]> = {
  eng: ['at', 'dot', 'plus'],
  deu: ['at', 'punkt', 'plus'],
  fra: ['arobase', 'point', 'plus'],
  spa: ['arroba', 'punto', 'más'],
  ita: ['chiocciola', 'punto', 'più'],
  nld: ['apenstaartje', 'punt', 'plus'],
  por: ['arroba', 'ponto', 'mais'],
  pol: ['małpa', 'kropka', 'plus'],
  swe: ['snabel-a', 'punkt', 'plus'],
  tur: ['et', 'nokta', 'artı'],
};
const FILLERS: Record<string, string[]> = {
  eng: ['uh', 'um', 'sorry', 'wait'],
  deu: ['äh', 'ähm', 'warte'],
  fra: ['euh', 'attendez'],
  spa: ['eh', 'este', 'perdón'],
  ita: ['ehm', 'cioè'],
  nld: ['eh', 'uhm'],
  por: ['hã', 'é'],
  pol: ['yyy', 'eee'],
  swe: ['öh', 'eh'],
  tur: ['ıı', 'şey'],
};
const words = (lang: string) => DIGIT_WORDS[lang] ?? DIGIT_WORDS.eng;
const all = (text: string): Noisy => ({ text, keep: [...text].flatMap((c) => Array(c.length).fill(true)) });
/** Builds a Noisy from parts: [text, isValue]. */
const parts = (ps: [string, boolean][]): Noisy => ({
  text: ps.map((p) => p[0]).join(''),
  keep: ps.flatMap(([t, k]) => Array(t.length).fill(k)),
});
const hasDigits = (v: string) => (v.match(/\d/g) ?? []).length >= 6;
/** Replaces each char chosen by `pick` (index list) through `f`. */
const mapAt = (v: string, idx: number[], f: (c: string) => string) =>
  [...v].map((c, i) => (idx.includes(i) ? f(c) : c)).join('');
const digitIdx = (v: string) => [...v].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
const sample = (r: Rand, xs: number[], n: number) => {
  const out: number[] = [];
  while (out.length < Math.min(n, xs.length)) {
    const x = pick(r, xs);
    if (!out.includes(x)) out.push(x);
  }
  return out;
};

/** Spoken digits: groups kept as pauses, words in the carrier's language. */
function spell(v: string, lang: string, r: Rand, filler: boolean): Noisy {
  const w = words(lang);
  const out: [string, boolean][] = [];
  const groups = v.split(/[\s\-./()]+/).filter(Boolean);
  groups.forEach((g, gi) => {
    if (gi) out.push([pick(r, [', ', ' ', ' - ', '... ']), false]);
    if (filler && gi === 1) out.push([pick(r, FILLERS[lang] ?? FILLERS.eng) + ', ', false]);
    const toks = [...g].map((c) => (/\d/.test(c) ? w[Number(c)] : c === '+' ? pick(r, ['plus', '+']) : c));
    out.push([toks.join(' '), true]);
  });
  return parts(out);
}

export const NOISES: Record<string, Noise> = {
  plain: (v) => v,
  /** OCR: digits read as look-alike letters, and some letters as digits. */
  ocr_lookalike: (v, _t, _l, r) => {
    const map: Record<string, string[]> = {
      '0': ['O', 'o', 'D'],
      '1': ['l', 'I', '|'],
      '5': ['S', 's'],
      '8': ['B'],
      '2': ['Z'],
      '6': ['b', 'G'],
      '9': ['g'],
      o: ['0'],
      l: ['1'],
      i: ['1'],
      s: ['5'],
      m: ['rn'],
      e: ['c'],
    };
    const idx = [...v].flatMap((c, i) => (map[c] && i > 0 ? [i] : []));
    if (!idx.length) return undefined;
    return mapAt(v, sample(r, idx, int(r, 1, 3)), (c) => pick(r, map[c]));
  },
  /** Phone-call transcript: every digit spelled in the carrier's language. */
  spelled: (v, t, l, r) => (t === 'EMAIL' || t === 'IBAN' || v.includes(':') ? undefined : spell(v, l, r, false)),
  /** Transcript with a filler word / self-correction between groups (the filler is not value). */
  spelled_filler: (v, t, l, r) =>
    t === 'PHONE' || t === 'US_SSN' || t === 'CREDIT_CARD' ? spell(v, l, r, true) : undefined,
  /** English dictation habits: "oh" for zero, "double five", digits partly as numerals. */
  dictation: (v, t, l, r) => {
    if (l !== 'eng' || !hasDigits(v) || t === 'EMAIL' || t === 'IP_ADDRESS' || t === 'IBAN') return undefined;
    const w = DIGIT_WORDS.eng;
    const ds = v.replace(/\D/g, '');
    const toks: string[] = [];
    for (let i = 0; i < ds.length; i++) {
      if (ds[i] === ds[i + 1] && r() < 0.8) toks.push(`double ${ds[i] === '0' ? 'oh' : w[Number(ds[i])]}`), i++;
      else toks.push(ds[i] === '0' ? 'oh' : r() < 0.2 ? ds[i] : w[Number(ds[i])]);
    }
    return toks.join(' ');
  },
  /** Dictated e-mail: "anna dot smith at gmail dot com" in the carrier's language. */
  email_spoken: (v, t, l) => {
    if (t !== 'EMAIL') return undefined;
    const [at, dot, plus] = AT_DOT[l] ?? AT_DOT.eng;
    return v.replace('@', ` ${at} `).replace(/\./g, ` ${dot} `).replace('+', ` ${plus} `).replace(/_/g, ' underscore ');
  },
  /** Anti-spam writing on web pages and forum posts. */
  email_antispam: (v, t, _l, r) => {
    if (t !== 'EMAIL') return undefined;
    const [a, d] = pick(r, [
      ['[at]', '[dot]'],
      ['(at)', '.'],
      [' AT ', ' DOT '],
      ['{at}', '{dot}'],
      [' @ ', ' . '],
    ]);
    const [local, dom] = v.split('@');
    return local + a + (d === '.' ? dom : dom.replace(/\./g, d));
  },
  /** Copied out of a narrow column / PDF: a line break inside the value. */
  line_wrap: (v, _t, _l, r) => {
    const cut = int(r, Math.floor(v.length / 3), Math.ceil((2 * v.length) / 3));
    const br = pick(r, ['\n', '\n', '\r\n', '-\n', ' \n  ']);
    return v.slice(0, cut) + br + v.slice(cut);
  },
  /** OCR: spaces lost and re-inserted at the wrong places (or around punctuation). */
  ocr_spacing: (v, t, _l, r) => {
    if (t === 'EMAIL' || t === 'IP_ADDRESS')
      return v.replace(/([@.])/g, (m) => (r() < 0.5 ? ` ${m} ` : r() < 0.5 ? `${m} ` : m));
    const s = v.replace(/\s/g, '');
    let out = '';
    for (let i = 0; i < s.length; i++) out += (i && r() < 0.22 ? ' ' : '') + s[i];
    return out;
  },
  /** Partly masked (receipts, statements, support agents): a minority of the digits hidden, the rest is value. */
  partial_mask: (v, t, _l, r) => {
    if (t === 'EMAIL' || t === 'IP_ADDRESS') return undefined;
    const idx = digitIdx(v).slice(4, -4);
    if (idx.length < 3) return undefined;
    const start = int(r, 0, Math.floor(idx.length / 2));
    const hidden = idx.slice(start, start + Math.max(2, Math.floor(idx.length * 0.3)));
    const m = pick(r, ['*', 'X', '•', 'x', '#']);
    return { text: mapAt(v, hidden, () => m), keep: [...v].map((_, i) => !hidden.includes(i)) };
  },
  /** CJK input methods / some messaging apps: full-width characters. */
  fullwidth: (v, t, _l, r) => {
    const re = t === 'EMAIL' ? /[!-~]/g : r() < 0.5 ? /\d/g : /[!-~]/g;
    return v.replace(re, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  },
  /** Web / Word copy-paste: no-break, narrow no-break or zero-width spaces between groups. */
  invisible_sep: (v, _t, _l, r) => {
    const sp = pick(r, ['\u00a0', '\u202f', '\u200b', '\u2009', '\u200b\u00a0']);
    if (/\s/.test(v)) return v.replace(/ /g, sp);
    return mapAt(v, sample(r, [...[...v].keys()].slice(2, -2), 2), (c) => c + sp);
  },
  /** Typing slips in separators: commas for dots, doubled or wrong punctuation. */
  punct_typo: (v, t, _l, r) => {
    if (t === 'IP_ADDRESS')
      return v.includes('.') ? v.replace(/\./g, () => pick(r, ['.', ',', '..', '. '])) : undefined;
    if (t === 'EMAIL')
      return v.replace(/\.(?=[a-z]+$)/, pick(r, [',', '..', '. ', ' .'])).replace('@', pick(r, ['@', '@@', ' @']));
    if (!/[ -]/.test(v)) return undefined;
    const sep = pick(r, ['/', '.', '_', ' - ', ',', ' -']);
    return v.replace(/[ -]/g, () => (r() < 0.6 ? sep : ' '));
  },
  /** Word processors: hyphens turned into en dashes, non-breaking hyphens, minus signs. */
  smart_dash: (v, t, _l, r) => {
    if (!['PHONE', 'US_SSN', 'CREDIT_CARD'].includes(t)) return undefined;
    const d = pick(r, ['–', '—', '\u2011', '−', '‐']);
    return v.includes('-') ? v.replace(/-/g, d) : v.includes(' ') ? v.replace(/ /g, d) : undefined;
  },
  /** Case changes: shouted e-mails, lower-case IBANs in chats. */
  case_mix: (v, t, _l, r) => {
    if (t === 'EMAIL') return r() < 0.5 ? v.toUpperCase() : v[0].toUpperCase() + v.slice(1);
    if (t === 'IBAN') return r() < 0.5 ? v.toLowerCase() : v.slice(0, 2).toLowerCase() + v.slice(2);
    if (t === 'IP_ADDRESS' && v.includes(':')) return v.toUpperCase();
    return undefined;
  },
  /** Spreadsheet exports: text-forcing apostrophe, ="…" formula, or number with ".0" (not value). */
  sheet_cell: (v, t, _l, r) => {
    const k = r();
    if (k < 0.4)
      return parts([
        ["'", false],
        [v, true],
      ]);
    if (k < 0.7)
      return parts([
        ['="', false],
        [v, true],
        ['"', false],
      ]);
    if (t === 'EMAIL' || t === 'IP_ADDRESS' || /\D/.test(v.replace(/^\+/, '')))
      return parts([
        ["'", false],
        [v, true],
      ]);
    return parts([
      [v, true],
      ['.0', false],
    ]);
  },
  /** PDF text extraction: soft hyphens left inside the value. */
  soft_hyphen: (v, _t, _l, r) =>
    mapAt(v, sample(r, [...[...v].keys()].slice(1, -1), int(r, 1, 2)), (c) => c + '\u00ad'),
  /** Boxed form fields read by OCR: one character per box. */
  boxed_form: (v, t, _l, r) => {
    if (t === 'EMAIL') return undefined;
    const sep = pick(r, [' ', ' | ', '|', '  ']);
    return [...v.replace(/[\s-]/g, '')].join(sep);
  },
  /** Security tickets: defanged IP addresses. */
  defang: (v, t, _l, r) =>
    t === 'IP_ADDRESS' && v.includes('.') ? v.replace(/\./g, () => pick(r, ['[.]', '(.)', '[.]', '{.}'])) : undefined,
};

export function applyNoise(name: string, v: string, type: string, lang: string, r: Rand): Noisy | undefined {
  const out = NOISES[name](v, type, lang, r);
  if (out === undefined) return undefined;
  return typeof out === 'string' ? all(out) : out;
}

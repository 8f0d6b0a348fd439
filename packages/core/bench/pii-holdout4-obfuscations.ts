/**
 * Character-level obfuscations for hold-out 4: each takes the laid-out value and returns the obfuscated string (all of
 * it counts as the value), or undefined where it makes no sense for that value. A human can still read the value.
 */
import { choose, int, type Rand } from './pii-holdout4-values.ts';
import { AT_WORDS, DIGIT_FORMS, DIGIT_WORDS, DOT_WORDS, PAIR_WORDS, table } from './pii-holdout4-words.ts';

export type PiiType = 'PHONE' | 'EMAIL' | 'CREDIT_CARD' | 'IBAN' | 'US_SSN' | 'IP_ADDRESS';
export type CharObf = (v: string, t: PiiType, r: Rand, lang: string) => string | undefined;

const SEP = /[\s\-./()]+/;
/** Digit-only types (phones may also carry an extension word). */
export const numeric = (t: PiiType) => t === 'PHONE' || t === 'CREDIT_CARD' || t === 'US_SSN';
/** Groups of the value as the writer laid them out; a value without separators is cut into 3–4 digit chunks. */
export function groupsOf(v: string, r: Rand): string[] {
  const g = v.split(SEP).filter(Boolean);
  if (g.length > 1) return g;
  const out: string[] = [];
  for (let i = 0; i < v.length; ) {
    const n = int(r, 3, 4);
    out.push(v.slice(i, i + n));
    i += n;
  }
  return out;
}
const mapChars = (v: string, f: (c: string, i: number) => string) => [...v].map(f).join('');
const changed = (v: string, out: string) => (out === v ? undefined : out);

/** Word language for a carrier language code. */
const WORD_LANG = table(
  'eng=en deu=de fra=fr spa=es ita=it por=pt nld=nl pol=pl swe=sv tur=tr rus=ru jpn=ja ell=el hin=hi kor=ko zho=zh',
);
const PLUS = table('en=plus de=plus fr=plus es=más it=più pt=mais ru=плюс');
const DOT = table('en=dot de=Punkt fr=point es=punto it=punto pt=ponto nl=punt pl=kropka sv=punkt tr=nokta ru=точка');
const wordLang = (r: Rand, lang: string, pool: string[]) =>
  r() < 0.7 && pool.includes(WORD_LANG[lang]) ? WORD_LANG[lang] : choose(r, pool);

const LOOKALIKE = table(
  'a=а c=с e=е o=о p=р x=х y=у i=і j=ј s=ѕ d=ԁ h=һ l=ӏ n=ո A=А B=В C=С E=Е H=Н K=К M=М O=О P=Р T=Т X=Х Y=Υ I=І N=Ν Z=Ζ S=Ѕ J=Ј @=＠ .=․ -=‐ :=∶',
);
const DIGIT_LOOK = Object.fromEntries(Object.entries(table('0=OoΟ 1=lI| 5=S 8=B 2=Z')).map(([k, v]) => [k, [...v]]));
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF', '\u200E', '\u2063', '\u034F', '\u180E'];
const ODD_SPACES = ['\u00A0', '\u2009', '\u202F', '\u3000', '\u2002', '\u2003', '\u200A', '\t', '  ', '\u205F'];
const COMBINING = ['\u0332', '\u0336', '\u0335', '\u0338', '\u0301', '\u20DD', '\u0305', '\u0324'];
const SEPARATORS = ['.', '-', '/', '_', '·', '•', '|', '~', ' - ', ' / ', ', ', '–', '—', ':'];
const DASH_WORDS = ' dash | hyphen | Strich | tiret | guión | trattino | streepje | myślnik | space '.split('|');
const ODD_DIGITS =
  'fullwidth arabicIndic persian devanagari bengali thai mathBold doubleStruck monospace circled keycap superscript'.split(
    ' ',
  );

export const CHAR_OBFUSCATIONS: Record<string, CharObf> = {
  /** One space between all characters ("4 1 1 1 …", "j o h n @ …"). */
  spaced: (v, t) => (t === 'EMAIL' ? [...v].join(' ') : [...v.replace(/\s+/g, '')].join(' ')),
  /** Separators replaced by (or padded with) no-break, thin, ideographic … spaces and tabs. */
  oddSpaces: (v, t, r) => {
    const sp = choose(r, ODD_SPACES);
    if (t === 'EMAIL' || t === 'IP_ADDRESS') return v.replace(/[@.:]/g, (c) => sp + c + sp);
    if (/[\s-]/.test(v)) return v.replace(/[\s-]+/g, () => sp);
    return groupsOf(v, r).join(sp);
  },
  /** Digits regrouped with unusual separators. */
  separators: (v, t, r) => {
    if (t === 'EMAIL') return undefined;
    const sep = choose(r, SEPARATORS);
    if (t === 'IP_ADDRESS')
      return v.replace(/[.:]/g, (c) => (c === '.' ? choose(r, [' ', ',', ' . ', '·', '。', '_']) : ` ${c} `));
    const head = v.match(/^\+?[\dA-Za-z][\dA-Za-z\s\-./()]*[\dA-Za-z]/)?.[0] ?? v;
    const plus = head.startsWith('+') ? '+' : '';
    const flat = head.replace(/[^\dA-Za-z]/g, '');
    const parts: string[] = [];
    for (let i = 0; i < flat.length; ) {
      const n = int(r, 2, 4);
      parts.push(flat.slice(i, i + n));
      i += n;
    }
    return plus + parts.join(r() < 0.7 ? sep : choose(r, SEPARATORS)) + v.slice(head.length);
  },
  /** "@" and "." (or group breaks) written as words in many languages. */
  wordSeparators: (v, t, r) => {
    if (t === 'EMAIL') {
      const k = int(r, 0, 5);
      const [at, dot] = r() < 0.6 ? [AT_WORDS[k], DOT_WORDS[k]] : [choose(r, AT_WORDS), choose(r, DOT_WORDS)];
      return v.replace(/[@.]/g, (c) => (c === '@' ? at : dot));
    }
    if (t === 'IP_ADDRESS')
      return v.includes('.') ? v.replace(/\./g, choose(r, DOT_WORDS)) : v.replace(/:/g, ' colon ');
    return groupsOf(v, r).join(choose(r, DASH_WORDS));
  },
  /** Latin letters and "@" "." swapped for Cyrillic / Greek / other look-alikes. */
  lookalikes: (v, _t, r) =>
    changed(
      v,
      mapChars(v, (c) => (LOOKALIKE[c] && r() < 0.6 ? LOOKALIKE[c] : c)),
    ),
  /** Letters that look like digits: O for 0, l or I for 1, S for 5 … */
  digitLookalikes: (v, t, r) =>
    t === 'EMAIL'
      ? undefined
      : changed(
          v,
          mapChars(v, (c) => (DIGIT_LOOK[c] && r() < 0.6 ? choose(r, DIGIT_LOOK[c]) : c)),
        ),
  /** All digits in another script or Unicode form (Arabic-Indic, Devanagari, full-width, math bold, keycaps …). */
  altDigits: (v, _t, r) => {
    const f = DIGIT_FORMS[choose(r, ODD_DIGITS)];
    return changed(
      v,
      v.replace(/\d/g, (d) => f[Number(d)]),
    );
  },
  /** Each digit in a different form. */
  mixedScripts: (v, _t, r) =>
    changed(
      v,
      v.replace(/\d/g, (d) => (r() < 0.3 ? d : DIGIT_FORMS[choose(r, ODD_DIGITS)][Number(d)])),
    ),
  /** Zero-width and other invisible format characters between characters. */
  invisible: (v, _t, r) => {
    const one = r() < 0.5 ? choose(r, INVISIBLE) : '';
    const p = choose(r, [1, 0.5, 0.25]);
    const out = mapChars(v, (c, i) => (i > 0 && r() < p ? (one || choose(r, INVISIBLE)) + c : c));
    return changed(v, out);
  },
  /** HTML character references for some or all characters. */
  htmlEntities: (v, t, r) => {
    const p = choose(r, [1, 0.5]);
    const named: Record<string, string> = {
      '@': '&commat;',
      '.': '&period;',
      '-': '&#8209;',
      '+': '&plus;',
      ':': '&colon;',
    };
    const out = mapChars(v, (c) => {
      if (t === 'EMAIL' && named[c]) return named[c];
      if (r() >= p || c === ' ') return c;
      return r() < 0.5 ? `&#${c.codePointAt(0)};` : `&#x${c.codePointAt(0)?.toString(16)};`;
    });
    return changed(v, out);
  },
  /** Percent-encoding, backslash escapes or \\u escapes. */
  escapes: (v, _t, r) => {
    const kind = int(r, 0, 2);
    if (kind === 0)
      return changed(
        v,
        v.replace(/[@.+:\s-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`),
      );
    if (kind === 1)
      return changed(
        v,
        v.replace(/[@.+:\-\s]/g, (c) => `\\${c}`),
      );
    return changed(
      v,
      mapChars(v, (c) => (/\d/.test(c) && r() < 0.5 ? `\\u00${c.charCodeAt(0).toString(16)}` : c)),
    );
  },
  /** Every digit written as a word, in the carrier's language or another one. */
  digitWords: (v, t, r, lang) => {
    if (t === 'EMAIL' || !/\d/.test(v)) return undefined;
    const wl = wordLang(r, lang, Object.keys(DIGIT_WORDS));
    const w = DIGIT_WORDS[wl];
    const inner = choose(r, [' ', ' ', '-', ', ']);
    const outer = choose(r, [', ', ' - ', ' / ', '  ', ' ']);
    const dot = DOT[wl] ?? 'dot';
    const tokens: string[] = [];
    let cur: string[] = [];
    const flush = () => {
      if (cur.length) tokens.push(cur.join(inner));
      cur = [];
    };
    for (const [c] of v.matchAll(/\d|\p{L}+\.?|./gu)) {
      if (/\d/.test(c)) cur.push(w[Number(c)]);
      else if (c === '+') cur.push(PLUS[wl] ?? '+');
      else if (c === '.' && t === 'IP_ADDRESS') {
        flush();
        tokens.push(dot);
      } else if (/[\s\-./()]/.test(c)) flush();
      else if (/\p{L}/u.test(c)) {
        flush();
        tokens.push(c);
      } else cur.push(c);
    }
    flush();
    return tokens.join(outer);
  },
  /** Digits read in pairs, as phone numbers are said aloud ("zéro six, douze, trente-quatre"). */
  pairWords: (v, t, r, lang) => {
    if (!numeric(t)) return undefined;
    const wl = wordLang(r, lang, Object.keys(PAIR_WORDS));
    const say = PAIR_WORDS[wl];
    const head = v.match(/^\+?[\d\s\-./()]*\d/)?.[0] ?? v;
    const out = groupsOf(head.replace(/^\+/, ''), r).map((g) => {
      const d = g.replace(/\D/g, '');
      const words: string[] = [];
      let i = 0;
      if (d.length % 2) words.push(say(Number(d[i++])));
      for (; i < d.length; i += 2)
        words.push(d[i] === '0' ? `${say(0)} ${say(Number(d[i + 1]))}` : say(Number(d.slice(i, i + 2))));
      return words.join(' ');
    });
    return (head.startsWith('+') ? `${PLUS[wl] ?? '+'} ` : '') + out.join(', ') + v.slice(head.length);
  },
  /** English as said on the phone: "oh", "double five", "triple seven". */
  spokenEnglish: (v, t) => {
    if (!numeric(t)) return undefined;
    const w = DIGIT_WORDS.enOh;
    return v
      .replace(/^\+/, 'plus ')
      .replace(/(\d)\1{0,2}/g, (run) =>
        run.length === 1 ? ` ${w[Number(run)]} ` : ` ${run.length === 2 ? 'double' : 'triple'} ${w[Number(run[0])]} `,
      )
      .replace(/\s+/g, ' ')
      .trim();
  },
  /** Some groups in words, the rest in digits. */
  mixedWords: (v, t, r, lang) => {
    if (t === 'EMAIL' || !/\d/.test(v)) return undefined;
    const w = DIGIT_WORDS[wordLang(r, lang, Object.keys(DIGIT_WORDS))];
    const parts = (SEP.test(v) ? v : groupsOf(v, r).join(' ')).split(/([\s\-./:]+)/);
    const groups = parts.map((g, i) => i % 2 === 0 && /\d/.test(g));
    if (groups.filter(Boolean).length < 2) return undefined;
    const flags = groups.map((g) => g && r() < 0.5);
    if (!flags.includes(true)) flags[groups.indexOf(true)] = true;
    const said = parts.map((g, i) =>
      flags[i]
        ? g
            .replace(/\d/g, (d) => ` ${w[Number(d)]} `)
            .trim()
            .replace(/\s+/g, ' ')
        : g,
    );
    return said.map((g, i) => (i % 2 && g.trim() ? ` ${g.trim()} ` : i % 2 ? ' ' : g)).join('');
  },
  /** A junk character between every character ("4*1*1*1"). */
  interleaved: (v, t, r) => {
    const j = choose(
      r,
      t === 'EMAIL' ? ['*', '_', '~', '•', '🔹', '·', '|'] : ['*', '.', '_', '~', '•', '🔹', '·', '|', '^'],
    );
    return [...v.replace(/\s+/g, '')].join(j);
  },
  /** Defanged "[@]" "[.]" "(.)" "[:]" as in threat-intel reports. */
  defang: (v, t, r) => {
    if (t !== 'EMAIL' && t !== 'IP_ADDRESS') return undefined;
    const [a, b] = choose(r, [
      ['[', ']'],
      ['(', ')'],
      ['{', '}'],
    ]);
    return v.replace(/[@.:]/g, (c) => (c === ':' && r() < 0.5 ? c : a + c + b));
  },
  /** Full-width Latin letters, digits and punctuation. */
  fullwidth: (v) =>
    changed(
      v,
      mapChars(v, (c) =>
        c === ' ' ? '\u3000' : c > ' ' && c < '\x7f' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c,
      ),
    ),
  /** Combining marks (underline, strike-through, enclosing circle) on every letter and digit. */
  combining: (v, _t, r) => {
    const m = choose(r, COMBINING);
    return mapChars(v, (c) => (/[\p{L}\p{N}]/u.test(c) ? c + m : c));
  },
  /** Letter case changed where case carries no meaning. */
  caseMix: (v, t, r) => {
    if (t !== 'EMAIL' && t !== 'IBAN' && !v.includes(':')) return undefined;
    const out =
      r() < 0.3
        ? v === v.toUpperCase()
          ? v.toLowerCase()
          : v.toUpperCase()
        : mapChars(v, (c) => (r() < 0.5 ? c.toUpperCase() : c.toLowerCase()));
    return changed(v, out);
  },
  /** Letters of an IBAN spelled with the NATO alphabet. */
  nato: (v, t) => {
    if (t !== 'IBAN') return undefined;
    const n =
      'Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu'.split(
        ' ',
      );
    return v.replace(/\s*([A-Za-z])\s*/g, (_m, c: string) => ` ${n[c.toUpperCase().charCodeAt(0) - 65]} `).trim();
  },
  /** Leetspeak in an e-mail address (a→4, e→3, o→0 …). */
  leet: (v, t, r) => {
    if (t !== 'EMAIL') return undefined;
    const l: Record<string, string> = { a: '4', e: '3', o: '0', i: '1', s: '5', t: '7' };
    return changed(
      v,
      mapChars(v, (c) => (l[c] && r() < 0.5 ? l[c] : c)),
    );
  },
};

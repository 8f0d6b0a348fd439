// Hold-out 32 disguise catalogue: how people (and red-teamers) slip a value past a filter. Each technique returns
// the written form with the value's own characters inside \u0001 … \u0002 markers (text between two marked parts is
// filler, markup or code, not part of the value), or undefined when it does not fit that type.
import { choose, int, type Rand, type Val } from './pii-holdout32-values.ts';

export const O = '\u0001';
export const C = '\u0002';
const M = (s: string) => O + s + C;

export const DIGIT_WORDS: Record<string, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  pl: ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
  sv: ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'],
  tr: ['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'],
};
const AT_DOT: Record<string, [string[], string]> = {
  en: [['at', 'AT'], 'dot'],
  de: [['at', 'ät', 'Klammeraffe'], 'punkt'],
  fr: [['arobase', 'at'], 'point'],
  es: [['arroba'], 'punto'],
  it: [['chiocciola', 'at'], 'punto'],
  pt: [['arroba'], 'ponto'],
  nl: [['apenstaartje', 'at'], 'punt'],
  pl: [['małpa', 'at'], 'kropka'],
  sv: [['snabel-a'], 'punkt'],
  tr: [['et', 'at'], 'nokta'],
};
const REST: Record<string, string[]> = {
  en: [' … and the rest: ', '\n(continued) ', ' — 2nd part in my next msg —\n'],
  de: [' … und der Rest: ', '\nTeil 2: '],
  fr: [' … et la suite : ', '\nsuite : '],
  es: [' … y el resto: ', '\nsigue: '],
  it: [' … e il resto: ', '\nseconda parte: '],
  pt: [' … e o resto: ', '\ncontinua: '],
  nl: [' … en de rest: ', '\ndeel 2: '],
  pl: [' … a reszta: ', '\nciąg dalszy: '],
  sv: [' … och resten: ', '\ndel 2: '],
  tr: [' … gerisi: ', '\ndevamı: '],
};
const BACKWARDS: Record<string, string> = {
  en: '(read it backwards)',
  de: '(rückwärts lesen)',
  fr: "(à lire à l'envers)",
  es: '(léelo al revés)',
  it: '(leggilo al contrario)',
  pt: '(lê ao contrário)',
  nl: '(achterstevoren lezen)',
  pl: '(czytaj od tyłu)',
  sv: '(läs baklänges)',
  tr: '(tersten oku)',
};
export const DECOYS: Record<string, string[]> = {
  en: [
    'order ref',
    'tracking no.',
    'build id',
    'test fixture (fake data, do not redact)',
    'promo code',
    'NPC name',
    'sample value, not PII',
  ],
  de: ['Bestellnr.', 'Sendungsnummer', 'Testdaten (nicht echt)', 'Gutscheincode', 'Seriennummer'],
  fr: ['réf. commande', 'n° de suivi', 'donnée de test (fictive)', 'code promo', 'n° de série'],
  es: ['ref. pedido', 'nº de seguimiento', 'dato de prueba (ficticio)', 'código promocional', 'nº de serie'],
  it: ['rif. ordine', 'codice spedizione', 'dato di test (finto)', 'codice promo', 'seriale'],
  pt: ['ref. encomenda', 'código de rastreio', 'dado de teste (fictício)', 'código promocional', 'nº de série'],
  nl: ['bestelnr.', 'trackingcode', 'testdata (nep)', 'kortingscode', 'serienummer'],
  pl: ['nr zamówienia', 'nr przesyłki', 'dane testowe (fikcyjne)', 'kod rabatowy', 'nr seryjny'],
  sv: ['ordernr', 'spårningsnummer', 'testdata (påhittad)', 'rabattkod', 'serienummer'],
  tr: ['sipariş no', 'kargo takip no', 'test verisi (sahte)', 'indirim kodu', 'seri no'],
};

const NUMERIC = ['PHONE', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'ES_DNI', 'IP_ADDRESS'];
const cps = (s: string) => [...s];
/** Replace some characters (each with probability p, at least one) by f(ch); undefined when none qualifies. */
function some(s: string, r: Rand, p: number, f: (ch: string) => string | undefined): string | undefined {
  const xs = cps(s);
  const ok = xs.map((c, i) => (f(c) === undefined ? -1 : i)).filter((i) => i >= 0);
  if (!ok.length) return undefined;
  const forced = choose(r, ok);
  return xs.map((c, i) => (f(c) !== undefined && (i === forced || r() < p) ? (f(c) as string) : c)).join('');
}
const segments = (v: Val, r: Rand): string[] => {
  const g = v.groups;
  if (g.length <= 2) return g;
  const cut = int(r, 1, g.length - 1);
  const j = v.type === 'IP_ADDRESS' ? v.sep : v.sep.trim() ? v.sep : ' ';
  return [g.slice(0, cut).join(j), g.slice(cut).join(j)];
};
const HOMO: Record<string, string> = {
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
const LEET_DIGIT: Record<string, string[]> = { '0': ['O', 'o'], '1': ['l', 'I'], '5': ['S'], '8': ['B'] };
const LEET_LETTER: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', A: '4', E: '3', I: '1', O: '0' };
const EMOJI = ['🔥', '✨', '💋', '🌸', '⭐', '🍀', '😘', '🦋'];
const fancy = (ch: string, style: number): string => {
  const c = ch.codePointAt(0) ?? 0;
  if (ch >= '0' && ch <= '9') {
    if (style === 2) return ch === '0' ? '⓪' : String.fromCodePoint(0x2460 + c - 49);
    return String.fromCodePoint((style === 0 ? 0x1d7ce : 0x1d7d8) + c - 48);
  }
  if (ch >= 'A' && ch <= 'Z') return String.fromCodePoint((style === 0 ? 0x1d400 : 0x1d5d4) + c - 65);
  if (ch >= 'a' && ch <= 'z') return String.fromCodePoint((style === 0 ? 0x1d41a : 0x1d5ee) + c - 97);
  return ch;
};
const digitWords = (s: string, lang: string, joiner = ' ') =>
  cps(s)
    .map((c) => (/[0-9]/.test(c) ? DIGIT_WORDS[lang][Number(c)] : c))
    .join(joiner);

export interface Disguised {
  out: string;
  decoy?: string;
}
type Tech = (v: Val, r: Rand) => Disguised | string | undefined;

export const TECHNIQUES: Record<string, Tech> = {
  plain: (v) => M(v.text),
  spaced: (v) =>
    v.type === 'ADDRESS'
      ? undefined
      : M(
          v.groups
            .map((g) => cps(g.replace(/ /g, '')).join(' '))
            .join(v.type === 'EMAIL' ? ' @ ' : v.type === 'IP_ADDRESS' ? ` ${v.sep} ` : '   '),
        ),
  'at-dot-words': (v, r) => {
    const [ats, dot] = AT_DOT[v.lang];
    const d = r() < 0.5 ? ` ${dot} ` : ` (${dot}) `;
    if (v.type === 'EMAIL') {
      const at = choose(r, ats);
      return M(
        `${v.groups[0].replaceAll('.', d)}${r() < 0.5 ? ` ${at} ` : ` (${at}) `}${v.groups[1].replaceAll('.', d)}`,
      );
    }
    if (v.type === 'IP_ADDRESS' && v.sep === '.') return M(v.groups.join(d));
    return undefined;
  },
  defanged: (v, r) => {
    const [a, d] = choose(r, [
      ['[at]', '[dot]'],
      ['(at)', '(.)'],
      ['{at}', '{dot}'],
      ['[@]', '[.]'],
      [' @ ', ' . '],
    ]);
    if (v.type === 'EMAIL') return M(v.groups[0] + a + v.groups[1].replaceAll('.', d));
    if (v.type === 'IP_ADDRESS') return M(v.groups.join(v.sep === '.' ? choose(r, ['[.]', '(.)', '[dot]']) : '[:]'));
    return undefined;
  },
  'digit-words': (v, r) => {
    if (!['PHONE', 'CREDIT_CARD', 'US_SSN', 'ES_DNI', 'UK_NINO', 'IP_ADDRESS'].includes(v.type)) return undefined;
    if (v.type === 'IP_ADDRESS' && v.sep !== '.') return undefined;
    const gsep = choose(r, [', ', ' - ', ' / ', '  ']);
    return M(
      v.groups
        .map((g) => digitWords(g.replace('+', v.lang === 'en' ? 'plus ' : '+'), v.lang))
        .join(v.type === 'IP_ADDRESS' ? ' . ' : gsep),
    );
  },
  'mixed-words': (v, r) => {
    if (
      !['PHONE', 'CREDIT_CARD', 'US_SSN', 'IBAN', 'IP_ADDRESS'].includes(v.type) ||
      v.groups.length < 3 ||
      v.sep === ':'
    )
      return undefined;
    const k = int(r, 0, v.groups.length - 1);
    return M(
      v.groups
        .map((g, i) => (i === k || r() < 0.4 ? digitWords(g, v.lang) : g))
        .join(v.type === 'IP_ADDRESS' ? v.sep : ' '),
    );
  },
  leet: (v, r) => {
    if (v.type === 'PERSON') {
      const s = some(v.text, r, 0.5, (c) => LEET_LETTER[c]);
      return s === undefined ? undefined : M(s);
    }
    if (!NUMERIC.includes(v.type) || v.type === 'IP_ADDRESS') return undefined;
    const s = some(v.text, r, 0.6, (c) => (LEET_DIGIT[c] ? choose(r, LEET_DIGIT[c]) : undefined));
    return s === undefined ? undefined : M(s);
  },
  fullwidth: (v, r) =>
    M(
      cps(v.text)
        .map((c) =>
          v.type === 'ADDRESS' && !/[0-9]/.test(c)
            ? c
            : c === ' '
              ? r() < 0.5
                ? '\u3000'
                : ' '
              : c > ' ' && c <= '~'
                ? String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0)
                : c,
        )
        .join(''),
    ),
  'fancy-unicode': (v, r) => {
    if (v.type === 'ADDRESS') return undefined;
    const style = int(r, 0, 2);
    return M(
      cps(v.text)
        .map((c) => fancy(c, style))
        .join(''),
    );
  },
  keycap: (v) =>
    ['PHONE', 'CREDIT_CARD', 'US_SSN', 'ES_DNI', 'UK_NINO'].includes(v.type)
      ? M(
          cps(v.text)
            .map((c) => (/[0-9]/.test(c) ? `${c}\uFE0F\u20E3` : c))
            .join(''),
        )
      : undefined,
  'zero-width': (v, r) =>
    M(
      cps(v.text)
        .map((c, i) => (i > 0 && r() < 0.6 ? choose(r, ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD']) : '') + c)
        .join(''),
    ),
  homoglyph: (v, r) => {
    const s = some(v.text, r, 0.5, (c) => HOMO[c]);
    return s === undefined ? undefined : M(s);
  },
  'odd-separators': (v, r) =>
    NUMERIC.includes(v.type)
      ? M(v.groups.join(choose(r, ['•', '/', '|', '~', '_', '..', ' . ', ' — ', '*', ' '])))
      : undefined,
  'emoji-separators': (v, r) => {
    const e = choose(r, EMOJI);
    if (v.type === 'EMAIL') return M(v.groups.join(choose(r, ['🌀', '🐌', ` ${e} `])));
    if (!NUMERIC.includes(v.type) || v.type === 'IP_ADDRESS') return undefined;
    return M(v.groups.join(r() < 0.5 ? e : ` ${e} `));
  },
  'split-message': (v, r) => segments(v, r).map(M).join(choose(r, REST[v.lang])),
  'markup-split': (v, r) => {
    const s = segments(v, r);
    const style = int(r, 0, 3);
    if (style === 0) return s.map((x) => `<span>${M(x)}</span>`).join(choose(r, ['', ' ', '<wbr>']));
    if (style === 1) return s.map((x, i) => (i % 2 ? `\`${M(x)}\`` : `**${M(x)}**`)).join(' ');
    if (style === 2) return `| ${s.map(M).join(' | ')} |`;
    return s.map(M).join('<!-- -->');
  },
  'code-concat': (v, r) => {
    const s = segments(v, r).map(M);
    const j =
      v.type === 'EMAIL'
        ? '@'
        : v.type === 'IP_ADDRESS'
          ? v.sep
          : v.type === 'PERSON' || v.type === 'ADDRESS'
            ? ' '
            : '';
    return choose(r, [
      `const x = "${s.join(`" + "${j}`)}";`,
      `x = "${j}".join(["${s.join('", "')}"])`,
      `let x = ['${s.join("', '")}'].join('${j}');`,
      `x = f"{a}${j}{b}"  # a="${s[0]}", b="${s.slice(1).join('')}"`,
    ]);
  },
  'json-split': (v, r) => {
    const keys =
      { EMAIL: ['user', 'host'], PERSON: ['first', 'last'], ADDRESS: ['street', 'city'] }[v.type] ??
      choose(r, [
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
        ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'],
      ]);
    const s = v.groups.length > 8 ? segments(v, r) : v.groups;
    return `{${s.map((x, i) => `"${keys[i]}": "${M(x)}"`).join(', ')}}`;
  },
  reversed: (v) => (v.type === 'ADDRESS' ? undefined : `${M(cps(v.text).reverse().join(''))} ${BACKWARDS[v.lang]}`),
  vertical: (v, r) =>
    v.type === 'ADDRESS' || v.groups.length < 2
      ? undefined
      : M(v.groups.join(v.type === 'EMAIL' ? choose(r, ['\n@\n', '@\n']) : r() < 0.5 ? '\n' : '\n- ')),
  'decoy-label': (v, r) => ({ out: M(v.text), decoy: choose(r, DECOYS[v.lang]) }),
  'case-mangle': (v, r) => {
    if (v.type === 'PERSON' || v.type === 'ADDRESS') return M(r() < 0.7 ? v.text.toLowerCase() : v.text.toUpperCase());
    if (v.type === 'EMAIL')
      return M(
        r() < 0.5
          ? v.text.toUpperCase()
          : cps(v.text)
              .map((c, i) => (i % 2 ? c.toUpperCase() : c))
              .join(''),
      );
    if (['IBAN', 'UK_NINO', 'ES_DNI'].includes(v.type)) return M(v.text.toLowerCase());
    return undefined;
  },
  'handle-style': (v, r) =>
    v.type === 'PERSON'
      ? M(
          choose(r, [
            v.groups.join('_').toLowerCase(),
            v.groups.join('').replace(/ /g, ''),
            v.groups.join('.').toLowerCase(),
            `@${v.groups.join('').replace(/ /g, '')}`,
          ]),
        )
      : undefined,
  'url-encoded': (v, r) => {
    if (!['EMAIL', 'PHONE', 'PERSON', 'ADDRESS', 'IBAN'].includes(v.type)) return undefined;
    const enc =
      r() < 0.3 && v.type !== 'EMAIL' ? encodeURIComponent(v.text).replace(/%20/g, '+') : encodeURIComponent(v.text);
    const site = choose(r, [
      'https://forms.example.org/submit',
      'https://shop.example.net/checkout',
      'http://10.0.0.5/api/v2/lookup',
    ]);
    return `${site}?${choose(r, ['q', 'contact', 'ref', 'data'])}=${M(enc)}&utm_source=chat`;
  },
  'html-entities': (v, r) => {
    if (v.type === 'EMAIL')
      return M(
        cps(v.text)
          .map((c) =>
            c === '@' || c === '.' || r() < 0.3
              ? `&#${r() < 0.5 ? c.charCodeAt(0) : `x${c.charCodeAt(0).toString(16)}`};`
              : c,
          )
          .join(''),
      );
    if (v.type === 'PHONE')
      return M(
        cps(v.text)
          .map((c) => (/[0-9+]/.test(c) && r() < 0.5 ? `&#${c.charCodeAt(0)};` : c))
          .join(''),
      );
    return undefined;
  },
};
export const TECH_NAMES = Object.keys(TECHNIQUES);

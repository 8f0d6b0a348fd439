/**
 * Everyday obfuscation habits of hold-out 6 (light, not adversarial): what people do by habit when they paste their
 * own data into a chat. Each habit returns undefined where it does not apply to the type.
 */
import { cardGroups, choose, type Rand } from './pii-holdout6-values.ts';

type Habit = (v: string, type: string, lang: string, r: Rand) => string | undefined;

const DIGIT_TYPES = ['PHONE', 'CREDIT_CARD', 'US_SSN', 'IBAN'];
const compact = (v: string) => v.replace(/[^\p{L}\p{N}+]/gu, '');
const groups = (v: string, type: string) =>
  type === 'CREDIT_CARD' ? cardGroups(compact(v)) : v.split(/[\s\-./()]+/).filter(Boolean);

/** "at" / "dot" as locals say them. */
const AT_WORDS: Record<string, [string, string]> = {
  eng: ['at', 'dot'],
  deu: ['at', 'punkt'],
  fra: ['arobase', 'point'],
  spa: ['arroba', 'punto'],
  ita: ['chiocciola', 'punto'],
  nld: ['apenstaartje', 'punt'],
  por: ['arroba', 'ponto'],
  pol: ['małpa', 'kropka'],
  swe: ['snabel-a', 'punkt'],
  tur: ['et', 'nokta'],
  dan: ['snabel-a', 'punktum'],
  jpn: ['アット', 'ドット'],
};
const fullwidth = (s: string) => s.replace(/[0-9@]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export const HABITS: Record<string, Habit> = {
  /** Every digit typed apart: "4 1 1 1 …". */
  'spaced-digits': (v, t) =>
    ['PHONE', 'CREDIT_CARD', 'US_SSN'].includes(t) ? [...compact(v)].join(' ').replace('+ ', '+') : undefined,
  /** Separators dropped. */
  compact: (v, t) => (DIGIT_TYPES.includes(t) ? compact(v) : undefined),
  /** Dots as separators: 0176.2588.9196, 123.45.6789. */
  'dot-sep': (v, t) => (['PHONE', 'CREDIT_CARD', 'US_SSN'].includes(t) ? groups(v, t).join('.') : undefined),
  /** German-style slash after the area code. */
  'slash-sep': (v, t) => {
    if (t !== 'PHONE' || v.startsWith('+')) return undefined;
    const g = groups(v, t);
    return g.length < 2 ? undefined : `${g[0]}/${g.slice(1).join(' ')}`;
  },
  /** Spaces around the separators: "0176 - 2588 9196", "anna @ gmail.com", "185 . 3 . 2 . 1". */
  'spaced-sep': (v, t) => {
    if (t === 'EMAIL') return v.replace('@', ' @ ');
    if (t === 'IP_ADDRESS') return v.includes('.') ? v.replaceAll('.', ' . ') : undefined;
    return ['PHONE', 'CREDIT_CARD', 'US_SSN'].includes(t) ? groups(v, t).join(' - ') : undefined;
  },
  /** Spoken "at" / "dot" in the writer's language. */
  'at-words': (v, t, lang) => {
    const [at, dot] = AT_WORDS[lang] ?? AT_WORDS.eng;
    if (t === 'EMAIL') {
      const [local, domain] = v.split('@');
      return `${local} ${at} ${domain.replaceAll('.', ` ${dot} `)}`;
    }
    return t === 'IP_ADDRESS' && v.includes('.') ? v.replaceAll('.', ` ${dot} `) : undefined;
  },
  /** Brackets: anna[at]gmail(dot)com, defanged 185[.]3[.]2[.]1. */
  brackets: (v, t, _l, r) => {
    if (t === 'EMAIL') return v.replace('@', choose(r, ['[at]', '(at)', ' [at] '])).replace(/\.(?=[^.]*$)/, '[dot]');
    if (t === 'IP_ADDRESS') return v.includes('.') ? v.replaceAll('.', '[.]') : v.replaceAll(':', '[:]');
    return undefined;
  },
  /** Broken over two lines (pasted from a PDF or a narrow mail client). */
  'line-wrap': (v, t) => {
    if (!['PHONE', 'CREDIT_CARD', 'IBAN'].includes(t)) return undefined;
    const g = v.split(' ');
    if (g.length < 3) return undefined;
    const cut = Math.ceil(g.length / 2);
    return `${g.slice(0, cut).join(' ')}\n${g.slice(cut).join(' ')}`;
  },
  /** Full-width digits and at-sign from a Japanese/Chinese input method. */
  fullwidth: (v, t) => (t === 'IBAN' || (t === 'IP_ADDRESS' && !v.includes('.')) ? undefined : fullwidth(v)),
  /** Case changed: lower-case IBAN, capitalised e-mail. */
  case: (v, t) => {
    if (t === 'IBAN') return v.toLowerCase();
    if (t === 'EMAIL') return v.replace(/^./, (c) => c.toUpperCase()).replace(/@.*/, (d) => d.toUpperCase());
    return undefined;
  },
  /** Anti-spam word inserted: anna.schmidt.NOSPAM@gmail.com. */
  nospam: (v, t, _l, r) =>
    t === 'EMAIL' ? v.replace('@', choose(r, ['NOSPAM@', '@nospam.', '_REMOVE_@'])) : undefined,
  /** Markdown editor escaped the underscore / the chat client bolded the at-sign. */
  'md-escape': (v, t) => (t === 'EMAIL' && v.includes('_') ? v.replaceAll('_', '\\_') : undefined),
  /** International prefix 00 or (0) trunk in brackets. */
  'trunk-00': (v, t) => {
    if (t !== 'PHONE' || !v.startsWith('+')) return undefined;
    return v.startsWith('+1 ') ? `001 ${v.slice(3)}` : v.replace(/^\+(\d+) /, (_m, cc) => `+${cc} (0)`);
  },
  /** IBAN grouped with dashes or odd group sizes. */
  regroup: (v, t, _l, r) => {
    if (t === 'IBAN') return compact(v).replace(/(.{4})(?=.)/g, choose(r, ['$1-', '$1  ', '$1 - ']));
    if (t === 'US_SSN') return `${compact(v).slice(0, 3)} ${compact(v).slice(3, 5)} ${compact(v).slice(5)}`;
    return undefined;
  },
};

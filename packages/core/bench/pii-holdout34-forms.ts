/**
 * Hold-out 34: how a value is written. `plain` is the canonical/habitual form; every other style is one
 * non-canonical way people really write it (spacing/separators, national vs international phone formats, digits
 * partly in words, "at"/"dot" e-mails, abbreviations, case, initials/nicknames, line wraps, full-width characters,
 * look-alike letters, invisible characters, extra punctuation). `render` returns undefined when a style does not
 * apply to the value; the caller then draws another style.
 */
import { AT_DOT, DIGIT_WORDS, FW, homoglyph, invisible, regroup, wrap } from './pii-holdout34-chars.ts';
import { bsnForm, dniForm, dobForm } from './pii-holdout34-ids.ts';
import type { Address } from './pii-holdout34-places.ts';
import {
  cardGroups,
  choose,
  type Dob,
  type Email,
  int,
  type Lang,
  type Person,
  type Phone,
  pad,
  type Rand,
} from './pii-holdout34-values.ts';

export type Style =
  | 'plain'
  | 'format'
  | 'spacing'
  | 'punct'
  | 'words'
  | 'at_dot'
  | 'case'
  | 'initials'
  | 'nickname'
  | 'abbrev'
  | 'wrap'
  | 'fullwidth'
  | 'homoglyph'
  | 'invisible';

export type Val =
  | { type: 'PERSON'; p: Person }
  | { type: 'EMAIL'; e: Email }
  | { type: 'PHONE'; ph: Phone }
  | { type: 'ADDRESS'; a: Address }
  | { type: 'CREDIT_CARD'; c: string }
  | { type: 'IBAN'; i: string }
  | { type: 'IP_ADDRESS'; ip: string }
  | { type: 'DATE_OF_BIRTH'; d: Dob; region: string }
  | { type: 'ES_DNI'; id: string }
  | { type: 'NL_BSN'; id: string };

/** Styles a value type can carry (besides plain). */
export const STYLES: Record<Val['type'], Style[]> = {
  PERSON: ['case', 'initials', 'nickname', 'wrap', 'homoglyph', 'invisible'],
  EMAIL: ['at_dot', 'spacing', 'case', 'fullwidth', 'homoglyph', 'invisible'],
  PHONE: ['format', 'spacing', 'words', 'punct', 'wrap', 'fullwidth', 'homoglyph', 'invisible'],
  ADDRESS: ['abbrev', 'case', 'spacing', 'wrap', 'homoglyph', 'invisible'],
  CREDIT_CARD: ['spacing', 'punct', 'wrap', 'fullwidth', 'invisible'],
  IBAN: ['spacing', 'case', 'punct', 'wrap', 'fullwidth', 'homoglyph', 'invisible'],
  IP_ADDRESS: ['spacing', 'punct', 'fullwidth', 'invisible'],
  DATE_OF_BIRTH: ['format', 'words', 'spacing', 'fullwidth', 'invisible'],
  ES_DNI: ['spacing', 'punct', 'case', 'fullwidth', 'invisible'],
  NL_BSN: ['spacing', 'punct', 'fullwidth', 'invisible'],
};

// ---------------------------------------------------------------- per type
function personForm(p: Person, style: Style, lang: Lang, r: Rand): string | undefined {
  const full = `${p.given} ${p.family}`;
  const lo = (x: string) => x.toLocaleLowerCase(lang);
  const up = (x: string) => x.toLocaleUpperCase(lang);
  switch (style) {
    case 'plain':
      return r() < 0.85 ? full : `${p.family}, ${p.given}`;
    case 'case':
      return choose(r, [
        lo(full),
        lo(full),
        up(full),
        `${up(p.family)} ${p.given}`,
        `${p.given} ${up(p.family)}`,
        `${lo(p.family)}, ${lo(p.given)}`,
      ]);
    case 'initials':
      return choose(r, [
        `${p.given[0]}. ${p.family}`,
        `${p.given[0]}. ${p.family}`,
        `${p.given} ${p.family[0]}.`,
        `${p.family} ${p.given[0]}.`,
        `${p.given[0]}.${p.family}`,
        `${p.given[0]}${choose(r, ['.', ''])} ${lo(p.family)}`,
      ]);
    case 'nickname':
      return p.nick
        ? choose(r, [`${p.nick} ${p.family}`, `${p.given} "${p.nick}" ${p.family}`, `${lo(p.nick)} ${lo(p.family)}`])
        : undefined;
    case 'wrap':
      return wrap(full, r);
    case 'homoglyph':
      return homoglyph(full, r);
    case 'invisible':
      return invisible(full, r);
  }
}

function emailForm(e: Email, style: Style, lang: Lang, r: Rand): string | undefined {
  const s = `${e.local}@${e.domain}`;
  const [at, dot] = r() < 0.7 ? AT_DOT[lang] : AT_DOT.en;
  switch (style) {
    case 'plain':
      return s;
    case 'at_dot':
      return choose(r, [
        `${e.local.replaceAll('.', ` ${dot} `)} ${at} ${e.domain.replaceAll('.', ` ${dot} `)}`,
        `${e.local} ${at} ${e.domain.replaceAll('.', ` ${dot} `)}`,
        `${e.local} ${at} ${e.domain}`,
        `${e.local}[at]${e.domain}`,
        `${e.local} (at) ${e.domain.replaceAll('.', ' (dot) ')}`,
        `${e.local}[at]${e.domain.replaceAll('.', '[dot]')}`,
        `${e.local}{at}${e.domain}`,
        `${e.local}(a)${e.domain}`,
        `${e.local} [${at}] ${e.domain}`,
      ]);
    case 'spacing':
      return choose(r, [
        `${e.local} @ ${e.domain}`,
        `${e.local}@ ${e.domain}`,
        `${e.local} @${e.domain}`,
        `${e.local.replaceAll('.', ' . ')} @ ${e.domain.replaceAll('.', ' . ')}`,
        `${e.local}@${e.domain.replace('.', ' .')}`,
      ]);
    case 'case':
      return choose(r, [
        s.toUpperCase(),
        `${e.local.replace(/(^|[._])([a-z])/g, (_, a, b) => a + b.toUpperCase())}@${e.domain}`,
        `${e.local}@${e.domain.toUpperCase()}`,
      ]);
    case 'fullwidth':
      return FW(s, true);
    case 'homoglyph':
      return homoglyph(s, r);
    case 'invisible':
      return invisible(s, r);
  }
}

function phoneForm(ph: Phone, style: Style, lang: Lang, r: Rand): string | undefined {
  const groups = ph.national.match(/\d+/g) ?? [];
  const nat = groups.join('');
  const trunk = nat.length > ph.nsn.length;
  switch (style) {
    case 'plain':
      if (ph.region === 'US' && r() < 0.4) return `${nat.slice(0, 3)}-${nat.slice(3, 6)}-${nat.slice(6)}`;
      return r() < 0.55 ? ph.national : ph.intl;
    case 'format':
      return choose(r, [
        ph.e164,
        `00${ph.cc} ${ph.intl.split(' ').slice(1).join(' ')}`,
        trunk ? `+${ph.cc} (0)${ph.intl.split(' ').slice(1).join(' ')}` : `1-${groups.join('-')}`,
        nat,
        `+${ph.cc} ${ph.nsn}`,
        `(+${ph.cc}) ${ph.intl.split(' ').slice(1).join(' ')}`,
        `00${ph.cc}${ph.nsn}`,
      ]);
    case 'spacing':
      return r() < 0.7
        ? regroup(nat, r, () => choose(r, [' ', ' ', '  ', ' - ', '-']))
        : `+${ph.cc}${choose(r, [' ', '  ', ''])}${regroup(ph.nsn, r, () => choose(r, [' ', ' ', '  ', '-']))}`;
    case 'punct':
      return choose(r, [
        groups.join('.'),
        `(${groups[0]}) ${groups.slice(1).join('-')}`,
        `${groups[0]}/${groups.slice(1).join('')}`,
        `+${ph.cc}-${ph.intl.split(' ').slice(1).join('-')}`,
        `+${ph.cc}.${ph.intl.split(' ').slice(1).join('.')}`,
        `${groups[0]}/${regroup(groups.slice(1).join(''), r, () => choose(r, ['-', '.']))}`,
      ]);
    case 'words': {
      const w = DIGIT_WORDS[lang];
      const say = (ds: string) => {
        const out: string[] = [];
        for (let i = 0; i < ds.length; i++) {
          if (lang === 'en' && ds[i] === ds[i + 1] && r() < 0.5) {
            out.push(`double ${ds[i] === '0' && r() < 0.5 ? 'oh' : w[Number(ds[i])]}`);
            i++;
          } else out.push(lang === 'en' && ds[i] === '0' && r() < 0.5 ? 'oh' : w[Number(ds[i])]);
        }
        return out.join(choose(r, [' ', ' ', ', ', '-']));
      };
      const k = int(r, 3, nat.length - 3);
      return choose(r, [
        say(nat),
        `${say(nat.slice(0, k))} ${nat.slice(k)}`,
        `${nat.slice(0, k)} ${say(nat.slice(k))}`,
        `+${ph.cc} ${say(ph.nsn)}`,
      ]);
    }
    case 'wrap':
      return wrap(r() < 0.5 ? ph.national : ph.intl, r);
    case 'fullwidth':
      return FW(r() < 0.5 ? ph.national : ph.intl, r() < 0.5);
    case 'homoglyph':
      return homoglyph(r() < 0.5 ? ph.national : ph.intl, r);
    case 'invisible':
      return invisible(r() < 0.5 ? ph.national : ph.intl, r);
  }
}

function addressForm(a: Address, style: Style, lang: Lang, r: Rand): string | undefined {
  const full = a.rest ? `${a.full}, ${a.rest}` : a.full;
  switch (style) {
    case 'plain':
      return full;
    case 'abbrev': {
      const s = a.rest ? `${a.abbr}${choose(r, [', ', ' ', ' '])}${a.rest}` : a.abbr;
      return r() < 0.5 ? s.toLocaleLowerCase(lang) : s;
    }
    case 'case':
      return r() < 0.5 ? full.toLocaleUpperCase(lang) : full.toLocaleLowerCase(lang);
    case 'spacing':
      return choose(r, [
        full.replaceAll(', ', ' '),
        full.replaceAll(', ', ','),
        full.replace(/ (\d)/, '$1'),
        full.replaceAll(' ', '  '),
      ]);
    case 'wrap':
      return a.rest && r() < 0.7 ? `${a.full}${choose(r, [',\n', '\n', '\r\n'])}${a.rest}` : wrap(full, r);
    case 'homoglyph':
      return homoglyph(full, r);
    case 'invisible':
      return invisible(full, r);
  }
}

function cardForm(c: string, style: Style, r: Rand): string | undefined {
  const g = cardGroups(c);
  switch (style) {
    case 'plain':
      return choose(r, [g.join(' '), g.join(' '), g.join(' '), g.join('-'), c]);
    case 'spacing':
      return choose(r, [
        regroup(c, r, () => choose(r, [' ', ' ', '  ', ' - '])),
        g.map((x, i) => (i ? choose(r, [' ', '-', '  ', '']) : '') + x).join(''),
        [...c].join(' '),
        `${g[0]} ${g.slice(1).join('')}`,
      ]);
    case 'punct':
      return choose(r, [g.join('.'), g.join('/'), g.join('_'), g.join(' / '), `${g.join('-')}.`]);
    case 'wrap':
      return wrap(g.join(' '), r);
    case 'fullwidth':
      return FW(choose(r, [g.join(' '), c]), false);
    case 'invisible':
      return invisible(r() < 0.5 ? g.join(' ') : c, r);
  }
}

function ibanForm(i: string, style: Style, r: Rand): string | undefined {
  const g = i.match(/.{1,4}/g) ?? [];
  const printed = g.join(' ');
  switch (style) {
    case 'plain':
      return r() < 0.65 ? printed : i;
    case 'spacing':
      return choose(r, [
        `${i.slice(0, 2)} ${i.slice(2, 4)} ${i.slice(4)}`,
        `${i.slice(0, 4)} ${i.slice(4)}`,
        regroup(i, r, () => choose(r, [' ', ' ', '  '])),
        g.map((x, k) => (k ? choose(r, [' ', '', '  ']) : '') + x).join(''),
      ]);
    case 'case':
      return r() < 0.6 ? printed.toLowerCase() : i.toLowerCase();
    case 'punct':
      return choose(r, [g.join('-'), g.join('.'), `${i.slice(0, 4)}-${i.slice(4)}`, g.join(' - ')]);
    case 'wrap':
      return wrap(printed, r);
    case 'fullwidth':
      return FW(r() < 0.5 ? printed : i, r() < 0.5);
    case 'homoglyph':
      return homoglyph(r() < 0.5 ? printed : i, r);
    case 'invisible':
      return invisible(r() < 0.5 ? printed : i, r);
  }
}

function ipForm(ip: string, style: Style, r: Rand): string | undefined {
  const v6 = ip.includes(':');
  switch (style) {
    case 'plain':
      return ip;
    case 'spacing':
      return v6 ? ip.replaceAll(':', choose(r, [' : ', ': '])) : ip.replaceAll('.', choose(r, [' . ', '. ', ' .']));
    case 'punct':
      return v6
        ? `[${ip}]`
        : choose(r, [
            ip.replaceAll('.', '[.]'),
            ip.replaceAll('.', '(.)'),
            ip.replace(/\.(?=[^.]*$)/, '[.]'),
            ip
              .split('.')
              .map((x) => pad(Number(x), 3))
              .join('.'),
            ip.replaceAll('.', ','),
          ]);
    case 'fullwidth':
      return FW(ip, true);
    case 'invisible':
      return invisible(ip, r);
  }
}

export function render(v: Val, style: Style, lang: Lang, r: Rand): string | undefined {
  switch (v.type) {
    case 'PERSON':
      return personForm(v.p, style, lang, r);
    case 'EMAIL':
      return emailForm(v.e, style, lang, r);
    case 'PHONE':
      return phoneForm(v.ph, style, lang, r);
    case 'ADDRESS':
      return addressForm(v.a, style, lang, r);
    case 'CREDIT_CARD':
      return cardForm(v.c, style, r);
    case 'IBAN':
      return ibanForm(v.i, style, r);
    case 'IP_ADDRESS':
      return ipForm(v.ip, style, r);
    case 'DATE_OF_BIRTH':
      return dobForm(v.d, v.region, style, lang, r);
    case 'ES_DNI':
      return dniForm(v.id, style, r);
    default:
      return bsnForm(v.id, style, r);
  }
}

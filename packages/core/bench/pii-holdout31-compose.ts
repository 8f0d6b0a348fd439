/**
 * Hold-out 31 composer: fills a template (pii-holdout31-texts-*.ts) with one region's values and records the span,
 * type and form of every scored value. Tokens: {full} {first} {last} {pfull} {plast} {drlast} {inv} ("Last, First")
 * for person 0 (add 1 for person 1: {full1}...), {email} {user} {phone} {dob} {card} {iban} {ip}, {street} {sec} {city} {zip} {state}, {addr} (a
 * one-line address whose parts are scored one by one), {g:masc|fem}, and unscored fillers {amount} {order} {time}
 * {date} {job} {company} {ref}. A template may start with a region mark ("US|", "UK|", "BR|").
 */
import { type Address, address, COMPANIES, JOBS, NAMES, type Person, person } from './pii-holdout31-people.ts';
import { phone } from './pii-holdout31-phones.ts';
import {
  card,
  choose,
  digits,
  dob,
  email,
  iban,
  int,
  ip,
  type Rand,
  type Region,
  username,
} from './pii-holdout31-values.ts';

export type Span = { type: string; form: string; start: number; end: number; v: string; layout?: string };
export type Composed = { text: string; spans: Span[]; lang: string; region: Region; domain: string };

const DEFAULT_REGION: Record<string, (r: Rand) => Region> = {
  en: (r) => (r() < 0.65 ? 'US' : 'UK'),
  in: () => 'IN',
  fr: () => 'FR',
  de: () => 'DE',
  it: () => 'IT',
  es: () => 'ES',
  nl: () => 'NL',
  pt: () => 'PT',
};
const IBAN_CC: Record<Region, string[]> = {
  US: ['GB', 'IE', 'DE'],
  UK: ['GB', 'GB', 'IE'],
  IN: ['GB'],
  FR: ['FR', 'FR', 'FR', 'BE'],
  DE: ['DE'],
  IT: ['IT'],
  ES: ['ES'],
  NL: ['NL', 'NL', 'NL', 'BE'],
  PT: ['PT'],
  BR: ['BR'],
};
const CURRENCY: Record<Region, (n: string) => string> = {
  US: (n) => `$${n}`,
  UK: (n) => `£${n}`,
  IN: (n) => `Rs. ${n}`,
  FR: (n) => `${n.replace('.', ',')} €`,
  DE: (n) => `${n.replace('.', ',')} €`,
  IT: (n) => `€ ${n.replace('.', ',')}`,
  ES: (n) => `${n.replace('.', ',')} €`,
  NL: (n) => `€ ${n.replace('.', ',')}`,
  PT: (n) => `${n.replace('.', ',')} €`,
  BR: (n) => `R$ ${n.replace('.', ',')}`,
};

function line(a: Address, region: Region, r: Rand): [string, string][] {
  const S: [string, string] = ['street', a.street];
  const C: [string, string] = ['city', a.city];
  const Z: [string, string] = ['zip', a.zip];
  const sec: [string, string][] = r() < 0.6 ? [['secondary', a.sec]] : [];
  const t = (s: string): [string, string] => ['', s];
  switch (region) {
    case 'US':
      return [S, ...sec.flatMap((x) => [t(', '), x]), t(', '), C, t(`, ${a.state} `), Z];
    case 'UK':
      return [...sec.flatMap((x) => [x, t(', ')]), S, t(', '), C, t(' '), Z];
    case 'IN':
      return [...sec.flatMap((x) => [x, t(', ')]), S, t(', '), C, t(`, ${a.state} - `), Z];
    case 'IT':
      return [S, t(', '), Z, t(' '), C, t(` (${a.state})`)];
    case 'BR':
      return [S, ...sec.flatMap((x) => [t(', '), x]), t(' - '), C, t(` - ${a.state}, CEP `), Z];
    default:
      return [S, ...sec.flatMap((x) => [t(', '), x]), t(', '), Z, t(' '), C];
  }
}

export function compose(r: Rand, lang: string, domain: string, template: string): Composed {
  const m = template.match(/^(US|UK|BR)\|/);
  const region: Region = m ? (m[1] as Region) : DEFAULT_REGION[lang](r);
  const tpl = m ? template.slice(m[0].length) : template;
  const L = lang === 'in' ? 'en' : lang;
  const people: Person[] = [person(r, lang), person(r, lang)];
  const company = choose(r, COMPANIES);
  const mails = people.map((p) => email(r, L, p.first, p.last, company));
  const addr = address(r, region);
  const spans: Span[] = [];
  let text = '';
  const put = (type: string, form: string, v: string, layout?: string) => {
    spans.push({ type, form, start: text.length, end: text.length + v.length, v, layout });
    text += v;
  };
  const name = (p: Person, withMiddle: boolean) => {
    const mid = withMiddle && p.middle ? ` ${p.middle}` : '';
    return [`${p.first}${mid} ${p.last}`, mid ? 'full+middle' : 'full'] as const;
  };
  for (const part of tpl.split(/(\{[a-z]+[01]?(?::[^}]*)?\})/)) {
    const tok = part.match(/^\{([a-z]+?)([01]?)(?::([^}]*))?\}$/);
    if (!tok) {
      text += part;
      continue;
    }
    const [, k, idx, arg] = tok;
    const p = people[Number(idx || 0)];
    switch (k) {
      case 'full': {
        const [v, form] = name(p, true);
        put('PERSON', form, v);
        break;
      }
      case 'pfull': {
        text += `${p.prefix} `;
        const [v] = name(p, r() < 0.3);
        put('PERSON', 'prefixed-full', v);
        break;
      }
      case 'drlast':
        text += `${NAMES[lang].pn[0]} `;
        put('PERSON', 'prefixed-last', p.last);
        break;
      case 'plast':
        text += `${p.prefix} `;
        put('PERSON', 'prefixed-last', p.last);
        break;
      case 'inv':
        put('PERSON', 'last, first', `${p.last}, ${p.first}`);
        break;
      case 'first':
        put('PERSON', 'first', p.first);
        break;
      case 'last':
        put('PERSON', 'last', p.last);
        break;
      case 'g':
        text += (arg ?? '|').split('|')[p.gender === 'm' ? 0 : 1];
        break;
      case 'email': {
        const v = mails[Number(idx || 0)];
        put(
          'EMAIL',
          v.includes(
            company
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, '')
              .toLowerCase()
              .replace(/[^a-z]/g, ''),
          )
            ? 'work'
            : 'personal',
          v,
        );
        break;
      }
      case 'user':
        put('USERNAME', 'username', username(r, p.first, p.last));
        break;
      case 'phone': {
        const v = phone(r, region);
        put('PHONE', v.startsWith('+') ? 'international' : 'national', v);
        break;
      }
      case 'dob': {
        const [v, form] = dob(r, L, region);
        put('DATE_OF_BIRTH', form, v);
        break;
      }
      case 'card': {
        const [v, brand] = card(r);
        put('CREDIT_CARD', `${brand}-${/ /.test(v) ? 'spaced' : /-/.test(v) ? 'dashed' : 'compact'}`, v);
        break;
      }
      case 'iban': {
        const v = iban(r, choose(r, IBAN_CC[region]));
        put('IBAN', / /.test(v) ? 'spaced' : 'compact', v);
        break;
      }
      case 'ip': {
        const [v, form] = ip(r);
        put('IP_ADDRESS', form, v);
        break;
      }
      case 'street':
        put('ADDRESS', 'street', addr.street, 'split');
        break;
      case 'sec':
        put('ADDRESS', 'secondary', addr.sec, 'split');
        break;
      case 'city':
        put('ADDRESS', 'city', addr.city, 'split');
        break;
      case 'zip':
        put('ADDRESS', 'zip', addr.zip, 'split');
        break;
      case 'state':
        text += addr.state || addr.city;
        break;
      case 'addr':
        for (const [form, v] of line(addr, region, r)) {
          if (form) put('ADDRESS', form, v, 'line');
          else text += v;
        }
        break;
      case 'amount':
        text += CURRENCY[region](`${int(r, 12, 9800)}.${digits(r, 2)}`);
        break;
      case 'order':
        text += `${choose(r, ['#', 'ORD-', 'No. ', '#A'])}${digits(r, int(r, 5, 8))}`;
        break;
      case 'ref':
        text += `${choose(r, ['REF-', 'INC', 'TKT-', 'CASE-', 'BK'])}${digits(r, int(r, 4, 7))}`;
        break;
      case 'time':
        text +=
          region === 'US'
            ? `${int(r, 1, 12)}:${choose(r, ['00', '15', '30', '45'])} ${choose(r, ['AM', 'PM'])}`
            : `${int(r, 8, 18)}:${choose(r, ['00', '15', '30', '45'])}`;
        break;
      case 'date': {
        const [y, mo, d] = [int(r, 2024, 2026), int(r, 1, 12), int(r, 1, 28)];
        text +=
          region === 'US'
            ? `${mo}/${d}/${y}`
            : r() < 0.5
              ? `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
              : `${d}/${mo}/${y}`;
        break;
      }
      case 'job':
        text += choose(r, JOBS[L]);
        break;
      case 'company':
        text += company;
        break;
      default:
        throw new Error(`unknown token ${part}`);
    }
  }
  return { text, spans, lang, region, domain };
}

// Hold-out 20 composition: picks the values of a chat, its lines (1-4 turns) and a rendering (plain, speaker labels,
// timestamps, a WhatsApp export named after the customer), and records where each value landed.
import { CHATS_A, type Chat } from './pii-holdout20-chats-a.ts';
import { CHATS_B } from './pii-holdout20-chats-b.ts';
import { CHATS_C } from './pii-holdout20-chats-c.ts';
import { CHATS_D } from './pii-holdout20-chats-d.ts';
import { brandOf, fill } from './pii-holdout20-fill.ts';
import { IDS } from './pii-holdout20-ids.ts';
import { NATIVE_NAME_COUNTRIES, person } from './pii-holdout20-names.ts';
import { PLACES_A } from './pii-holdout20-places-a.ts';
import { PLACES_B } from './pii-holdout20-places-b.ts';
import { card, IBAN_COUNTRIES, iban, int, pad, phone, pick, type Rand } from './pii-holdout20-values.ts';

const CHATS: Record<string, Chat> = { ...CHATS_A, ...CHATS_B, ...CHATS_C, ...CHATS_D };
const PLACES = { ...PLACES_A, ...PLACES_B };
export const CCS = Object.keys(CHATS);
const NATIVE_ADDR = ['TH', 'EG', 'MA', 'SA', 'AE'];

export interface Span {
  type: string;
  start: number;
  end: number;
  v: string;
  form: string;
  script: string;
  role: string;
  /** Further places the same value was written (a WhatsApp export repeats the sender's name on each line). */
  also?: { start: number; end: number }[];
}
export interface Built {
  cc: string;
  style: string;
  text: string;
  spans: Span[];
}

const SLOT = /\{([PTEACID])(?::([a-z-]+))?\}/;
const TYPE: Record<string, string> = {
  P: 'PERSON',
  T: 'PHONE',
  E: 'EMAIL',
  A: 'ADDRESS',
  C: 'CREDIT_CARD',
  I: 'IBAN',
  D: 'ID_NUMBER',
};
const WEIGHT: Record<string, number> = {
  PERSON: 30,
  PHONE: 20,
  EMAIL: 13,
  ADDRESS: 17,
  CREDIT_CARD: 7,
  IBAN: 22,
  ID_NUMBER: 16,
};

const DOMAINS: Record<string, string> = {
  IN: 'gmail.com|gmail.com|yahoo.co.in|rediffmail.com|outlook.com',
  PK: 'gmail.com|gmail.com|yahoo.com|hotmail.com',
  BD: 'gmail.com|gmail.com|yahoo.com',
  ID: 'gmail.com|gmail.com|yahoo.co.id|ymail.com',
  MY: 'gmail.com|yahoo.com.my|hotmail.my',
  PH: 'gmail.com|gmail.com|yahoo.com.ph|yahoo.com',
  VN: 'gmail.com|gmail.com|yahoo.com.vn',
  TH: 'gmail.com|hotmail.co.th|outlook.co.th',
  NG: 'gmail.com|gmail.com|yahoo.com',
  KE: 'gmail.com|gmail.com|yahoo.com',
  GH: 'gmail.com|gmail.com|yahoo.com',
  ZA: 'gmail.com|webmail.co.za|mweb.co.za|telkomsa.net',
  EG: 'gmail.com|yahoo.com|hotmail.com',
  MA: 'gmail.com|hotmail.fr|menara.ma',
  SA: 'gmail.com|hotmail.com|outlook.sa',
  AE: 'gmail.com|hotmail.com|emirates.net.ae',
  TR: 'gmail.com|hotmail.com|yandex.com.tr',
  BR: 'gmail.com|hotmail.com|bol.com.br|uol.com.br|outlook.com.br',
  MX: 'gmail.com|hotmail.com|outlook.es|prodigy.net.mx',
  CO: 'gmail.com|hotmail.com|outlook.com|yahoo.es',
};
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\b(bin|binti|bt|bint|a\/l|a\/p|da|dos|de|van|der)\b/g, ' ')
    .replace(/[^a-z ]/g, '')
    .trim()
    .split(/\s+/);

function email(r: Rand, cc: string) {
  const parts = ascii(person(r, cc, 'x').v);
  const f = parts[0];
  const l = parts[parts.length - 1];
  const y = String(int(r, 1975, 2005));
  const local = pick(r, [
    `${f}.${l}`,
    `${f}${l}${y.slice(2)}`,
    `${f[0]}.${l}`,
    `${f}_${l}`,
    `${l}.${f}`,
    `${f}${y}`,
    `${f}.${l}${int(r, 1, 99)}`,
  ]);
  let v = `${local}@${pick(r, DOMAINS[cc].split('|'))}`;
  let form = 'lower';
  if (r() < 0.08) {
    v = v[0].toUpperCase() + v.slice(1);
    form = 'capitalised';
  }
  return { v, form, script: 'latin' };
}

const foldTr = (s: string) =>
  s.replace(
    /[ıİşŞğĞçÇöÖüÜ]/g,
    (c) => ({ ı: 'i', İ: 'I', ş: 's', Ş: 'S', ğ: 'g', Ğ: 'G', ç: 'c', Ç: 'C', ö: 'o', Ö: 'O', ü: 'u', Ü: 'U' })[c] ?? c,
  );
const lower = (cc: string, s: string) => (cc === 'TR' ? s.toLocaleLowerCase('tr') : s.toLowerCase());

function value(r: Rand, cc: string, type: string, flags: string, low: boolean) {
  if (type === 'PERSON') {
    const p = person(r, cc, flags);
    let { v, form } = p;
    if (cc === 'TR' && r() < 0.25) [v, form] = [foldTr(v), `${form}-ascii`];
    if (p.script === 'latin' && r() < (low ? 0.75 : 0.12)) v = lower(cc, v);
    return { v, form, script: p.script };
  }
  if (type === 'PHONE') return { ...phone(r, cc, flags.includes('n')), script: 'digits' };
  if (type === 'EMAIL') return email(r, cc);
  if (type === 'ADDRESS') {
    const a = PLACES[cc](r, flags.includes('n'));
    let v = a.v;
    if (cc === 'TR' && r() < 0.25) v = foldTr(v);
    if (a.script === 'latin' && r() < (low ? 0.5 : 0.08)) v = lower(cc, v);
    return { v, form: a.script === 'latin' ? 'latin' : 'native', script: a.script };
  }
  if (type === 'CREDIT_CARD') return { ...card(r, cc), script: 'digits' };
  if (type === 'IBAN') return { ...iban(r, cc), script: 'latin' };
  const kinds = IDS[cc].filter(([k]) => !flags || k === flags);
  const [form, make] = pick(r, kinds.length ? kinds : IDS[cc]);
  return { v: make(r), form, script: 'latin' };
}

const STYLES = ['plain', 'plain', 'plain', 'labels', 'labels', 'labels', 'labels', 'stamps', 'stamps', 'named'];
const STAMPS: ((day: string, h: number, m: number) => string)[] = [
  (_d, h, m) => `[${pad(h, 2)}:${pad(m, 2)}]`,
  (_d, h, m) => `${h % 12 || 12}:${pad(m, 2)} ${h < 12 ? 'AM' : 'PM'} -`,
  (d, h, m) => `[${d}, ${h % 12 || 12}:${pad(m, 2)} ${h < 12 ? 'am' : 'pm'}]`,
  (d, h, m) => `${d} ${pad(h, 2)}:${pad(m, 2)}`,
];

interface Line {
  role: 'user' | 'agent';
  /** Template: one line, or a details block (one `label: {slot}` row per value). */
  t: string;
  /** The user typed it in lower case (template text only; values decide their own case). */
  low: boolean;
}

/** Renders lines into a chat, filling values; returns the text and the value spans. */
function render(r: Rand, cc: string, lines: Line[], style: string, spans: Span[] | undefined): Built {
  const c = CHATS[cc];
  const brand = brandOf(r, cc);
  const [ul, al] = pick(r, c.labels).map((x) => fill(r, cc, x, brand));
  const stamp = pick(r, STAMPS);
  let text = '';
  const owner = style === 'named' && spans ? value(r, cc, 'PERSON', 'x', r() < 0.3) : undefined;
  const day = `${pad(int(r, 1, 28), 2)}/${pad(int(r, 1, 12), 2)}/${int(r, 23, 25)}`;
  let h = int(r, 7, 22);
  let m = int(r, 0, 50);
  lines.forEach((line, i) => {
    if (i) text += '\n';
    m += int(r, 0, 4);
    if (m > 59) [h, m] = [(h + 1) % 24, m - 60];
    if (style === 'labels') text += `${line.role === 'user' ? ul : al}: `;
    if (style === 'stamps') text += `${stamp(day, h, m)} ${line.role === 'user' ? ul : al}: `;
    if (style === 'named') {
      text += `[${day}, ${pad(h, 2)}:${pad(m, 2)}] `;
      if (line.role === 'user' && owner && spans) {
        const at = { start: text.length, end: text.length + owner.v.length };
        const first = spans.find((x) => x.form === 'speaker-label');
        if (first) first.also = [...(first.also ?? []), at];
        else spans.push({ type: 'PERSON', ...at, ...owner, form: 'speaker-label', role: 'label' });
        text += owner.v;
      } else text += line.role === 'user' ? ul : al;
      text += ': ';
    }
    let rest = fill(r, cc, line.t, brand);
    for (;;) {
      const s = SLOT.exec(rest);
      const head = s ? rest.slice(0, s.index) : rest;
      text += line.low ? lower(cc, head) : head;
      if (!s) break;
      if (!spans) throw new Error(`value slot in a clean line: ${line.t}`);
      const type = TYPE[s[1]];
      const x = value(r, cc, type, s[2] ?? '', line.low);
      spans?.push({ type, start: text.length, end: text.length + x.v.length, ...x, role: line.role });
      text += x.v;
      rest = rest.slice(s.index + s[0].length);
    }
  });
  return { cc, style, text, spans: spans ?? [] };
}

function weighted(r: Rand, types: string[]) {
  const total = types.reduce((a, t) => a + WEIGHT[t], 0);
  let u = r() * total;
  for (const t of types) {
    u -= WEIGHT[t];
    if (u < 0) return t;
  }
  return types[types.length - 1];
}

/** One chat of `cc` carrying one to three values. */
export function valued(r: Rand, cc: string): Built {
  const c = CHATS[cc];
  let avail = Object.keys(c.user).filter((t) => t !== 'IBAN' || IBAN_COUNTRIES.includes(cc));
  const k = 1 + (r() < 0.45 ? 1 : 0) + (r() < 0.15 ? 1 : 0);
  const types: string[] = [];
  while (types.length < k && avail.length) {
    const t = weighted(r, avail);
    types.push(t);
    avail = avail.filter((x) => x !== t);
  }
  const low = r() < 0.33;
  const lines: Line[] = [];
  if (types.length > 1 && r() < 0.25) {
    const rows = types.map((t) => {
      const slot = Object.entries(TYPE).find(([, v]) => v === t)?.[0];
      const n = (t === 'PERSON' && NATIVE_NAME_COUNTRIES.includes(cc)) || (t === 'ADDRESS' && NATIVE_ADDR.includes(cc));
      const flags = t === 'PERSON' ? (n && r() < 0.4 ? 'xn' : 'x') : n && r() < 0.4 ? 'n' : '';
      return `${c.block[t]}: {${slot}${flags ? `:${flags}` : ''}}`;
    });
    lines.push({ role: 'user', t: rows.join(r() < 0.7 ? '\n' : pick(r, [', ', ' | ', ' / '])), low });
  } else
    for (const t of types) {
      const slot = Object.entries(TYPE).find(([, v]) => v === t)?.[0];
      const agent = c.agent.filter((a) => a.includes(`{${slot}`));
      if (agent.length && r() < 0.2) lines.push({ role: 'agent', t: pick(r, agent), low: false });
      else lines.push({ role: 'user', t: pick(r, c.user[t]), low });
    }
  if (lines.length < 4 && r() < 0.6) lines.unshift({ role: 'user', t: pick(r, c.open), low });
  if (lines.length < 4 && r() < 0.5)
    lines.splice(int(r, 1, lines.length), 0, { role: 'agent', t: pick(r, c.reply), low: false });
  const style = lines.length === 1 && r() < 0.5 ? 'plain' : pick(r, STYLES);
  return render(r, cc, lines, style, []);
}

/** One chat of `cc` of the same genres with no personal data. */
export function clean(r: Rand, cc: string): Built {
  const c = CHATS[cc];
  const n = int(r, 1, 4);
  const low = r() < 0.33;
  const lines: Line[] = [];
  const used = new Set<string>();
  const once = (xs: string[]) => {
    let t = pick(r, xs);
    for (let k = 0; k < 5 && used.has(t); k++) t = pick(r, xs);
    used.add(t);
    return t;
  };
  for (let i = 0; i < n; i++) {
    if (i % 2 === 1 && r() < 0.8) lines.push({ role: 'agent', t: once(c.reply), low: false });
    else lines.push({ role: 'user', t: once(r() < 0.5 ? c.clean : c.open), low });
  }
  return render(
    r,
    cc,
    lines,
    pick(
      r,
      STYLES.filter((s) => s !== 'named'),
    ),
    undefined,
  );
}

// Hold-out 28 composer: builds one pasted chat export (carrier, speakers, messages, the user's request) and records
// where every inserted value lies. A value may be split over two messages (several ranges).
import { CLEAN_HAND } from './pii-holdout28-clean.ts';
import { CLEAN_HAND_B } from './pii-holdout28-clean-b.ts';
import { handle, NATIVE, type Person, person, ROMANIZED } from './pii-holdout28-people.ts';
import { ADDRESS } from './pii-holdout28-places.ts';
import { type Pool, TEXTS_A } from './pii-holdout28-texts-a.ts';
import { TEXTS_B } from './pii-holdout28-texts-b.ts';
import {
  COUNTRY,
  card,
  choose,
  dob,
  email,
  iban,
  int,
  obfuscate,
  phone,
  plate,
  type Rand,
} from './pii-holdout28-values.ts';

export const LOCALES = Object.keys(COUNTRY).filter((l) => l !== 'es-US');
export const lang = (locale: string) => locale.slice(0, 2);
export const ISO3: Record<string, string> = {
  en: 'eng', es: 'spa', pt: 'por', fr: 'fra', de: 'deu', it: 'ita', nl: 'nld', pl: 'pol', tr: 'tur', ru: 'rus',
  uk: 'ukr', el: 'ell', ar: 'arb', he: 'heb', hi: 'hin', th: 'tha', vi: 'vie', id: 'ind', ms: 'zsm', sw: 'swh',
  tl: 'tgl', ro: 'ron', cs: 'ces',
}; // biome-ignore format: table
const POOLS: Record<string, Pool> = { ...TEXTS_A, ...TEXTS_B };
const poolKeys = (locale: string): string[] => {
  if (locale.endsWith('-Latn')) return [locale];
  if (POOLS[locale]) return [locale, lang(locale)];
  return [lang(locale)];
};

export type Val = { type: string; v: string; tags: string[] };
type Seg = string | Val;
export type Span = Val & { ranges: [number, number][] };
export type Chat = { text: string; spans: Span[]; carrier: string; locale: string };

const SLOT: Record<string, string> = {
  P: 'PERSON', F: 'PERSON', N: 'PERSON', M: 'PERSON', PH: 'PHONE', EM: 'EMAIL', AD: 'ADDRESS', PL: 'ID_NUMBER',
  DOB: 'DATE_OF_BIRTH', IB: 'IBAN', CC: 'CREDIT_CARD',
}; // biome-ignore format: table

const script = (locale: string, v: string) =>
  NATIVE.has(locale)
    ? /\p{Script=Latin}/u.test(v)
      ? 'romanized'
      : 'native'
    : ROMANIZED.has(locale)
      ? 'romanized'
      : 'latin';

function address(r: Rand, locale: string) {
  if (locale === 'th-Latn') return ADDRESS['TH-Latn'](r);
  if (locale === 'hi-IN' && r() < 0.5) return ADDRESS['IN-Deva'](r);
  for (;;) {
    const a = ADDRESS[COUNTRY[locale]](r).replace(/ {2,}/g, ' ');
    if (locale !== 'ar-Latn' || !/\p{Script=Arabic}/u.test(a)) return a;
  }
}

function nameVal(r: Rand, locale: string, p: Person, kind: string, position: string): Val {
  const latin = NATIVE.has(locale) && r() < 0.2;
  let v = kind === 'full' ? p.full : kind === 'first' ? p.first : p.nick;
  if (latin) v = kind === 'full' ? `${p.firstL} ${p.lastL}` : kind === 'first' ? p.firstL : p.nickL;
  if (kind === 'initial') v = `${latin ? p.firstL : p.first} ${(latin ? p.lastL : p.last)[0]}.`;
  const tags = [position, kind === 'nick' ? 'nickname' : kind, script(locale, v)];
  return { type: 'PERSON', v, tags };
}

function fill(r: Rand, locale: string, tpl: string, cast: Person[]): Seg[] {
  const out: Seg[] = [];
  let at = 0;
  for (const m of tpl.matchAll(/\{(P|F|N|M|PH|EM|AD|PL|DOB|IB|CC)\}/g)) {
    out.push(tpl.slice(at, m.index));
    at = (m.index ?? 0) + m[0].length;
    const p = r() < 0.5 ? choose(r, cast) : person(r, locale);
    const k = m[1];
    const type = SLOT[k];
    if (k === 'P' || k === 'F' || k === 'N')
      out.push(nameVal(r, locale, p, k === 'P' ? 'full' : k === 'F' ? 'first' : 'nick', 'running'));
    else if (k === 'M') out.push({ type, v: handle(r, p), tags: ['mention'] });
    else {
      const v =
        k === 'PH'
          ? phone(r, locale)
          : k === 'EM'
            ? email(r, locale, p.firstL, p.lastL)
            : k === 'AD'
              ? address(r, locale)
              : k === 'PL'
                ? plate(r, locale)
                : k === 'DOB'
                  ? dob(r, locale)
                  : k === 'IB'
                    ? iban(r, locale)
                    : card(r);
      out.push({ type, v, tags: [] });
    }
  }
  out.push(tpl.slice(at));
  return out;
}

/** A chat user's habits on one message: all lower case without punctuation, one light obfuscation. */
function habits(r: Rand, segs: Seg[], l: string) {
  const vals = segs.filter((s): s is Val => typeof s !== 'string');
  if (vals.length && r() < 0.2) {
    const order = [...vals].sort(() => r() - 0.5);
    for (const target of order) {
      const o = obfuscate(r, target.type, target.v, l);
      if (!o) continue;
      target.v = o[1];
      target.tags.push('obfuscated', `obf=${o[0]}`);
      break;
    }
  }
  if (r() < 0.35) {
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i];
      if (typeof s === 'string') segs[i] = s.toLowerCase().replace(/[.,!?¿¡;…]+(?=\s|$)|[¿¡]/g, '');
      else if (['PERSON', 'EMAIL', 'ADDRESS'].includes(s.type) && s.v !== s.v.toLowerCase()) {
        s.v = s.v.toLowerCase();
        s.tags.push('lower');
      }
    }
  }
}

type Msg = { who: Seg; body: Seg[]; t: number };
const p2 = (n: number) => String(n).padStart(2, '0');
const hm12 = (d: Date) =>
  `${d.getUTCHours() % 12 || 12}:${p2(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
const hm = (d: Date) => `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
const dmy = (d: Date, sep: string, yy = true) =>
  `${p2(d.getUTCDate())}${sep}${p2(d.getUTCMonth() + 1)}${sep}${yy ? p2(d.getUTCFullYear() % 100) : d.getUTCFullYear()}`;

/** Carriers: each renders a thread to segments. */
const CARRIERS: Record<string, (m: Msg[], locale: string) => Seg[]> = {
  'whatsapp-ios': (ms, loc) =>
    ms.flatMap((m) => {
      const d = new Date(m.t);
      const stamp =
        loc === 'en-US'
          ? `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${p2(d.getUTCFullYear() % 100)}, ${hm12(d).replace(' ', `:${p2(d.getUTCSeconds())} `)}`
          : `${dmy(d, '/')}, ${hm(d)}:${p2(d.getUTCSeconds())}`;
      return [`[${stamp}] `, m.who, ': ', ...m.body, '\n'];
    }),
  'whatsapp-android': (ms, loc) =>
    ms.flatMap((m) => {
      const d = new Date(m.t);
      const dotted = ['de', 'ru', 'uk', 'pl', 'tr', 'cs', 'ro'].includes(lang(loc));
      const stamp = dotted ? `${dmy(d, '.')}, ${hm(d)}` : `${dmy(d, '/', false)}, ${hm12(d).toLowerCase()}`;
      return [`${stamp} - `, m.who, ': ', ...m.body, '\n'];
    }),
  telegram: (ms) =>
    ms.flatMap((m) => [m.who, `, [${dmy(new Date(m.t), '.')} ${hm(new Date(m.t))}]\n`, ...m.body, '\n\n']),
  viber: (ms) =>
    ms.flatMap((m) => [`[${dmy(new Date(m.t), '.', false)} ${hm(new Date(m.t))}] `, m.who, ': ', ...m.body, '\n']),
  signal: (ms) => ms.flatMap((m) => [`[${hm(new Date(m.t))}] `, m.who, ': ', ...m.body, '\n']),
  line: (ms) => [
    `${new Date(ms[0].t).toISOString().slice(0, 10).replace(/-/g, '.')}\n`,
    ...ms.flatMap((m) => [`${hm(new Date(m.t))}\t`, m.who, '\t', ...m.body, '\n']),
  ],
  zalo: (ms) => ms.flatMap((m) => [m.who, ` ${hm(new Date(m.t))}\n`, ...m.body, '\n\n']),
  wechat: (ms) =>
    ms.flatMap((m) => [m.who, `  ${new Date(m.t).toISOString().slice(0, 16).replace('T', ' ')}\n`, ...m.body, '\n']),
  sms: (ms) => ms.flatMap((m) => [`(${hm(new Date(m.t))}) `, m.who, ': ', ...m.body, '\n']),
  slack: (ms) => ms.flatMap((m) => [m.who, `  ${hm12(new Date(m.t))}\n`, ...m.body, '\n']),
  teams: (ms) => ms.flatMap((m) => [`[${hm12(new Date(m.t))}] `, m.who, '\n', ...m.body, '\n']),
  discord: (ms) => ms.flatMap((m) => [m.who, ` — Today at ${hm12(new Date(m.t))}\n`, ...m.body, '\n']),
};
const QUOTE_HEAD: Record<string, string> = {
  en: 'wrote:', es: 'escribió:', fr: 'a écrit :', de: 'schrieb:', it: 'ha scritto:', pt: 'escreveu:', nl: 'schreef:',
}; // biome-ignore format: table
const ME: Record<string, string> = {
  es: 'Yo',
  pt: 'Eu',
  fr: 'Moi',
  de: 'Ich',
  it: 'Io',
  ru: 'Я',
  uk: 'Я',
  tr: 'Ben',
  pl: 'Ja',
};

function carriersFor(locale: string): string[] {
  const l = lang(locale);
  const c = ['whatsapp-ios', 'whatsapp-android', 'whatsapp-ios', 'whatsapp-android', 'sms'];
  if (l === 'ru' || l === 'uk') c.push('telegram', 'telegram', 'telegram');
  if (['uk', 'el', 'tl', 'ar'].includes(l) || locale === 'en-PH') c.push('viber');
  if (l === 'th') c.push('line', 'line');
  if (l === 'vi') c.push('zalo', 'zalo');
  if (l === 'ms' || l === 'id') c.push('wechat');
  if (['de', 'nl', 'en'].includes(l)) c.push('signal');
  if (['en', 'de', 'fr', 'nl', 'pl', 'cs'].includes(l)) c.push('slack', 'teams', 'discord');
  if (QUOTE_HEAD[l]) c.push('email-quote');
  return c;
}

/** Concatenates segments; the same value object seen again (a speaker label) adds a range to its span, and the tail
 * of a number split over two messages (`of`) adds a range to its head's span. */
function join(segs: Seg[]): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  const byVal = new Map<Val, Span>();
  for (const s of segs) {
    if (typeof s === 'string') {
      text += s;
      continue;
    }
    const range: [number, number] = [text.length, text.length + s.v.length];
    const head = (s as Val & { of?: Val }).of;
    const seen = byVal.get(s);
    const into = head && byVal.get(head);
    if (seen) seen.ranges.push(range);
    else if (into) {
      into.v = `${into.v} ${s.v}`;
      into.ranges.push(range);
    } else {
      const span: Span = { type: s.type, v: s.v, tags: s.tags, ranges: [range] };
      spans.push(span);
      byVal.set(s, span);
    }
    text += s.v;
  }
  return { text, spans };
}

function wrap(r: Rand, locale: string, body: Seg[]): Seg[] {
  const keys = poolKeys(locale);
  const reqs = [...keys.flatMap((k) => POOLS[k]?.R ?? []), ...(r() < 0.25 ? TEXTS_A.en.R : [])];
  const req = reqs.length ? choose(r, reqs) : choose(r, TEXTS_A.en.R);
  const x = r();
  if (x < 0.55) return [`${req}\n\n`, ...body];
  if (x < 0.7) return [`${req}\n\`\`\`\n`, ...body, '```'];
  if (x < 0.9) return [...body, `\n${req}`];
  return body;
}

/** One values-bearing chat export. */
export function compose(r: Rand, locale: string): Chat {
  const l = lang(locale);
  const keys = poolKeys(locale);
  const vs = keys.map((k) => [...POOLS[k].V]);
  const pickV = () => {
    const from = vs.length > 1 && r() < 0.5 ? vs[0] : vs[vs.length - 1];
    return from.splice(int(r, 0, from.length - 1), 1)[0] ?? choose(r, POOLS[keys[0]].V);
  };
  const fillers = keys.flatMap((k) => POOLS[k].C);
  const filler = () => fillers.splice(int(r, 0, fillers.length - 1), 1)[0] ?? choose(r, POOLS[keys[0]].C);
  const carrier = choose(r, carriersFor(locale));
  const cast = Array.from({ length: int(r, 2, 4) }, () => person(r, locale));
  const chatty = !['sms', 'email-quote'].includes(carrier);
  const kind =
    carrier === 'slack' || carrier === 'discord'
      ? choose(r, ['full', 'first', 'handle'])
      : choose(r, ['full', 'full', 'first', 'first', 'nick', 'initial']);
  const labels: Seg[] = cast.map((p, i) => {
    if (carrier.startsWith('whatsapp') && r() < 0.07) {
      let v = phone(r, locale);
      while (!/^\+\d+ /.test(v)) v = phone(r, locale);
      return { type: 'PHONE', v, tags: ['speaker'] };
    }
    if ((carrier === 'sms' || carrier === 'email-quote') && i === 0) return ME[l] ?? 'Me';
    if (kind === 'handle') return { type: 'PERSON', v: handle(r, p).slice(1), tags: ['speaker', 'handle', 'latin'] };
    return nameVal(r, locale, p, kind, 'speaker');
  });
  const n = int(r, 3, 7);
  const nv = int(r, 1, Math.min(3, n));
  const bodies: Seg[][] = Array.from({ length: n }, (_, i) => (i < nv ? fill(r, locale, pickV(), cast) : [filler()]));
  for (let i = bodies.length - 1; i > 0; i--) {
    const j = int(r, 0, i);
    [bodies[i], bodies[j]] = [bodies[j], bodies[i]];
  }
  const msgs: Msg[] = [];
  let t = Date.UTC(2023, 0, 1) + Math.floor(r() * 700) * 86400000 + int(r, 7, 22) * 3600000;
  let who = int(r, 0, labels.length - 1);
  for (const body of bodies) {
    habits(r, body, l);
    if (r() < 0.65) who = (who + int(r, 1, labels.length - 1)) % labels.length;
    t += int(r, 0, 40) * 60000 + int(r, 0, 59) * 1000;
    const ph = body.findIndex((s) => typeof s !== 'string' && s.type === 'PHONE' && !s.tags.includes('obfuscated'));
    const v = ph >= 0 ? (body[ph] as Val) : undefined;
    const cut = v ? v.v.lastIndexOf(' ', Math.ceil(v.v.length / 2) + 2) : -1;
    if (v && chatty && cut > 3 && r() < 0.15) {
      // the number typed over two messages
      const whole = v.v;
      v.tags.push('split');
      body[ph] = { ...v, v: whole.slice(0, cut) };
      const tail: Val & { of?: Val } = { ...v, v: whole.slice(cut + 1), of: body[ph] as Val };
      msgs.push({ who: labels[who], body: body.slice(0, ph + 1), t });
      msgs.push({ who: labels[who], body: [tail, ...body.slice(ph + 1)], t: t + 9000 });
      continue;
    }
    if (chatty && r() < 0.06)
      body.unshift(`🎤 ${choose(r, ['Voice message', 'Audio', 'voice note'])} (0:${p2(int(r, 5, 59))}) transcript: `);
    msgs.push({ who: labels[who], body, t });
  }
  let segs: Seg[];
  if (carrier === 'email-quote') {
    const other = labels.find((x) => typeof x !== 'string') ?? 'Me';
    const p = cast[1];
    const mail: Val = { type: 'EMAIL', v: email(r, locale, p.firstL, p.lastL), tags: ['header'] };
    const mine = msgs.filter((m) => m.who === labels[0]);
    const theirs = msgs.filter((m) => m.who !== labels[0]);
    const d = new Date(msgs[0].t);
    segs = [
      ...(mine.length ? mine.flatMap((m) => [...m.body, '\n']) : ['ok, see below\n']),
      `\nOn ${d.toUTCString().slice(0, 22)}, `,
      other,
      ' <',
      mail,
      `> ${QUOTE_HEAD[l]}\n`,
      ...theirs.flatMap((m) => ['> ', ...m.body, '\n']),
    ];
  } else segs = CARRIERS[carrier](msgs, locale);
  const joined = join(wrap(r, locale, segs));
  return { ...joined, carrier, locale };
}

/** Clean chats: the hand-written ones, then threads of PII-free messages under role labels. */
export function cleanChats(r: Rand, total: number): [string, string][] {
  const out: [string, string][] = [...CLEAN_HAND, ...CLEAN_HAND_B];
  while (out.length < total) {
    const locale = choose(r, LOCALES);
    const keys = poolKeys(locale);
    const carrier = choose(
      r,
      carriersFor(locale).filter((c) => c !== 'email-quote'),
    );
    const roles = ['Me', 'Admin', 'Bot', ME[lang(locale)] ?? 'Me'];
    const pool = keys.flatMap((k) => POOLS[k].C);
    let t = Date.UTC(2024, 0, 1) + int(r, 0, 300) * 86400000 + int(r, 7, 21) * 3600000;
    const msgs: Msg[] = Array.from({ length: Math.min(pool.length, int(r, 2, 4)) }, () => {
      const body: Seg[] = [pool.splice(int(r, 0, pool.length - 1), 1)[0]];
      habits(r, body, lang(locale));
      t += int(r, 1, 30) * 60000 + int(r, 0, 59) * 1000;
      return { who: choose(r, roles), body, t };
    });
    out.push([ISO3[lang(locale)], join(wrap(r, locale, CARRIERS[carrier](msgs, locale))).text]);
  }
  return out;
}

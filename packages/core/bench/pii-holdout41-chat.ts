/** Hold-out 41 composer: chat exports (WhatsApp, Telegram, Slack, Discord, plain) and voice-note transcripts. */
import { CLEAN } from './pii-holdout41-clean.ts';
import { dob, LOCALES_A, type Locale } from './pii-holdout41-locales.ts';
import { LOCALES_B } from './pii-holdout41-locales-b.ts';
import { DE, EN, ES, FR, IT, type Lang, PT } from './pii-holdout41-msgs-a.ts';
import { AR, ID, NL, PL, SW, TL, TR } from './pii-holdout41-msgs-b.ts';
import { email, handle, speakEmail, speakHandle, speakPhone } from './pii-holdout41-spoken.ts';
import { iban, PHONES, type Rng } from './pii-holdout41-values.ts';

const LOCALES = [...LOCALES_A, ...LOCALES_B];

export const LANGS: Record<string, Lang> = { en: EN, es: ES, pt: PT, fr: FR, de: DE, it: IT, nl: NL, pl: PL };
Object.assign(LANGS, { tr: TR, id: ID, tl: TL, sw: SW, ar: AR });

export type Span = {
  type: string;
  start: number;
  end: number;
  value: string;
  form: string;
  role: string;
  spoken: boolean;
  hint: boolean;
};
export type Doc = { text: string; spans: Span[]; locale: string; lang3?: string; format: string };

const FORMATS: [string, number][] = [
  ['wa-bracket', 18],
  ['wa-dash', 14],
  ['telegram', 12],
  ['slack', 12],
  ['discord', 10],
  ['plain', 14],
  ['transcript', 20],
];

/** Money as said aloud, per locale. */
const SAID_MONEY: Record<string, string> = {
  'en-US': 'bucks',
  'en-GB': 'quid',
  'en-IN': 'rupees',
  'en-NG': 'naira',
  'en-ZA': 'rand',
  'en-AU': 'bucks',
  'es-ES': 'euros',
  'es-MX': 'pesos',
  'es-AR': 'lucas',
  'pt-BR': 'reais',
  'fr-FR': 'euros',
  'de-DE': 'euro',
  'it-IT': 'euro',
  'nl-NL': 'euro',
  'pl-PL': 'złotych',
  'tr-TR': 'lira',
  'id-ID': 'ribu',
  'tl-PH': 'pesos',
  'sw-KE': 'bob',
  'ar-LB': 'dollar',
  'ar-EG': 'geneh',
};

function weighted(r: Rng, xs: [string, number][]): string {
  let t = r.next() * xs.reduce((a, [, w]) => a + w, 0);
  for (const [x, w] of xs) {
    t -= w;
    if (t < 0) return x;
  }
  return xs[0][0];
}

type Builder = { text: string; spans: Span[] };
const add = (b: Builder, s: string) => {
  b.text += s;
};
function val(b: Builder, type: string, value: string, o: Partial<Span> = {}) {
  b.spans.push({
    type,
    start: b.text.length,
    end: b.text.length + value.length,
    value,
    form: '',
    role: '',
    spoken: false,
    hint: true,
    ...o,
  });
  b.text += value;
}

/** Speech-to-text look: no capitals, no punctuation (digits keep their inner dots and colons), no emoji. */
export function stt(s: string): string {
  return s
    .toLowerCase()
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(/[,!?¿¡;"()…“”#]/g, '')
    .replace(/[.:](?!\d)/g, '')
    .replace(/ {2,}/g, ' ');
}

type Name = { text: string; form: string };

/** A person's name as it appears in a chat: cap, lower, caps, nickname or word-name. */
function personName(r: Rng, L: Locale, speaker: boolean): Name {
  const f = r.pick(L.first);
  const kind = weighted(
    r,
    speaker
      ? [
          ['cap', 60],
          ['nickname', 16],
          ['word-name', 12],
          ['caps', 6],
          ['lower', 6],
        ]
      : [
          ['cap', 30],
          ['lower', 25],
          ['caps', 5],
          ['nickname', 20],
          ['word-name', 20],
        ],
  );
  if (kind === 'nickname') {
    const n = r.pick(L.nick);
    return { text: r.chance(0.3) ? n.toLowerCase() : n, form: kind };
  }
  if (kind === 'word-name') {
    const w = r.pick(L.word);
    return { text: r.chance(speaker ? 0.15 : 0.4) ? w.toLowerCase() : w, form: kind };
  }
  const full = r.chance(speaker ? 0.45 : 0.2) ? `${f} ${r.pick(L.last)}` : f;
  return { text: kind === 'lower' ? full.toLowerCase() : kind === 'caps' ? full.toUpperCase() : full, form: kind };
}

type Ctx = { r: Rng; L: Locale; b: Builder; spoken: boolean; clean: boolean };

const SLOT = /\{(P|PH|EM|AD|IB|DOB|AT|UN|\$|ORD|FL)([+~]?)\}/g;

function order(r: Rng): string {
  return r.pick([
    `#${r.digits(5)}`,
    `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`,
    `#A${r.digits(6)}`,
    `ORD-${r.digits(8)}`,
    `${r.pick(['ZX', 'KP', 'TT'])}${r.digits(9)}`,
  ]);
}

function slot(c: Ctx, kind: string, mark: string) {
  const { r, L, b, spoken } = c;
  const lang = L.lang;
  const hint = kind === 'P' ? mark === '+' : mark !== '~';
  const someone = () => [r.pick(L.first), r.pick(L.last)] as const;
  switch (kind) {
    case 'P': {
      const n = personName(r, L, false);
      return val(b, 'PERSON', spoken ? n.text.toLowerCase() : n.text, { form: n.form, role: 'mention', hint });
    }
    case 'PH': {
      const p = PHONES[L.phone](r);
      if (!spoken) return val(b, 'PHONE', p, { hint, role: 'message' });
      const s = speakPhone(r, p, lang);
      return val(b, 'PHONE', s.text, { hint, role: 'message', spoken: s.spoken });
    }
    case 'EM': {
      const e = email(r, ...someone(), L.domains);
      const say = spoken ? r.chance(0.85) : r.chance(0.08);
      return val(b, 'EMAIL', say ? speakEmail(e, lang) : e, { hint, spoken: say });
    }
    case 'AD': {
      const a = L.addr(r);
      return val(b, 'ADDRESS', spoken ? stt(a).replace(/ ?- /g, ' ').trim() : a, { hint });
    }
    case 'IB': {
      const v = iban(r, r.pick(L.ibans));
      return val(b, 'IBAN', spoken && r.chance(0.5) ? v.toLowerCase() : v, { hint });
    }
    case 'DOB': {
      const v = dob(r, L);
      return val(
        b,
        'DATE_OF_BIRTH',
        spoken
          ? v
              .toLowerCase()
              .replace(/,/g, '')
              .replace(/\.(?= )/g, '')
          : v,
        { hint },
      );
    }
    case 'AT':
    case 'UN': {
      const h = handle(r, ...someone());
      if (spoken) {
        if (kind === 'AT') add(b, 'at ');
        const say = r.chance(0.6);
        return val(b, 'USERNAME', say ? speakHandle(h, lang) : h, { hint, spoken: say });
      }
      return val(b, 'USERNAME', kind === 'AT' || r.chance(0.3) ? `@${h}` : h, { hint });
    }
    case '$':
      return add(b, spoken ? `${r.int(5, 90)} ${SAID_MONEY[L.id]}` : L.cur(r));
    case 'ORD':
      return add(b, spoken ? stt(order(r)) : order(r));
    default: {
      const fl = `${r.pick(['BA', 'IB', 'LH', 'AF', 'KL', 'TK', 'GA', 'PR', 'KQ', 'ME', 'MS', 'AA', 'QF', 'LA', 'AZ', 'LO', 'U2'])}${r.chance(0.3) ? ' ' : ''}${r.int(10, 2999)}`;
      return add(b, spoken ? fl.toLowerCase() : fl);
    }
  }
}

function line(c: Ctx, tpl: string) {
  let at = 0;
  for (const m of tpl.matchAll(SLOT)) {
    const lit = tpl.slice(at, m.index);
    add(c.b, c.spoken ? stt(lit) : lit);
    slot(c, m[1], m[2]);
    at = m.index + m[0].length;
  }
  add(c.b, c.spoken ? stt(tpl.slice(at)).trimEnd() : tpl.slice(at));
}

type Speaker = { name: Name; phone?: string };

function speaker(c: Ctx, s: Speaker) {
  if (c.clean) return add(c.b, s.name.text);
  if (s.phone) return val(c.b, 'PHONE', s.phone, { role: 'speaker' });
  val(c.b, 'PERSON', s.name.text, { form: s.name.form, role: 'speaker' });
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** Timestamps moving forward through one evening. */
function clock(r: Rng) {
  const t = { y: r.int(2021, 2025), mo: r.int(1, 12), d: r.int(1, 28), min: r.int(8 * 60, 17 * 60) };
  return () => {
    t.min += r.int(1, 35);
    const h = Math.floor(t.min / 60) % 24;
    const m = t.min % 60;
    return { ...t, h, m, h12: `${h % 12 || 12}:${p2(m)} ${h < 12 ? 'AM' : 'PM'}`, hm: `${p2(h)}:${p2(m)}` };
  };
}

function pickLines(r: Rng, pool: readonly string[], n: number, clean: boolean): string[] {
  const withSlot = pool.filter((l) => /\{(P|PH|EM|AD|IB|DOB|AT|UN)[+~]?\}/.test(l));
  const plain = pool.filter((l) => !withSlot.includes(l));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const src = clean || withSlot.length === 0 ? pool : i === 0 || r.chance(0.62) ? withSlot : plain;
    let l = r.pick(src);
    for (let k = 0; k < (clean ? 40 : 4) && out.includes(l); k++) l = r.pick(src);
    out.push(l);
  }
  return r.chance(0.5) ? out : [...out.slice(1), out[0]];
}

/** One paste: a request on top, then a chat export or voice-note transcript; `clean` uses role speakers and no data. */
export function makeDoc(r: Rng, clean: boolean): Doc {
  const L = r.pick(LOCALES);
  const lang = LANGS[L.lang];
  const format = weighted(r, FORMATS);
  const b: Builder = { text: '', spans: [] };
  const spoken = format === 'transcript';
  const c: Ctx = { r, L, b, spoken: false, clean };
  const pool = clean ? CLEAN[L.lang].lines : lang.lines;
  if (r.chance(0.9)) add(b, `${r.pick(lang.req)}${r.pick(['\n\n', '\n', '\n\n'])}`);
  const people: Speaker[] = [];
  const nPeople = r.int(2, format === 'plain' ? 3 : 4);
  for (let i = 0; i < nPeople; i++) {
    if (clean) people.push({ name: { text: r.pick(CLEAN[L.lang].roles), form: 'role' } });
    else if (r.chance(0.08)) people.push({ name: { text: '', form: 'phone' }, phone: PHONES[L.phone](r) });
    else people.push({ name: personName(r, L, true) });
  }
  const lines = pickLines(r, pool, r.int(3, 12), clean);
  const tick = clock(r);
  if (spoken) {
    const notes = r.int(1, Math.min(3, lines.length));
    const headed = notes > 1 || r.chance(0.6);
    let k = 0;
    for (let i = 0; i < notes; i++) {
      const take = i === notes - 1 ? lines.length - k : r.int(1, lines.length - k - (notes - i - 1));
      if (headed) {
        const s = people[i % people.length];
        const secs = `${r.int(0, 2)}:${p2(r.int(4, 59))}`;
        const h = r.int(0, 2);
        add(b, h === 0 ? 'Voice note from ' : h === 1 ? '🎤 ' : '');
        speaker(c, s);
        add(b, h === 0 ? ` (${secs}):\n` : h === 1 ? ` · ${secs}\n` : ' (voice message, transcribed): ');
      }
      c.spoken = true;
      for (let j = 0; j < take; j++) {
        if (j > 0) add(b, ' ');
        if (r.chance(0.45)) add(b, `${r.pick(lang.um)} `);
        line(c, lines[k + j]);
      }
      c.spoken = false;
      k += take;
      add(b, i < notes - 1 ? '\n\n' : '\n');
    }
  } else {
    let prev = -1;
    const dstyle = r.int(0, 2);
    const secs = r.chance(0.5);
    const us = L.order === 'mdy';
    const ds = L.sep === '.' ? '.' : '/';
    for (const tpl of lines) {
      const who = r.int(0, people.length - 1);
      const s = people[who];
      const t = tick();
      const yy = p2(t.y % 100);
      const date = us ? `${t.mo}/${t.d}/${yy}` : `${p2(t.d)}${ds}${p2(t.mo)}${ds}${yy}`;
      const grouped = who === prev && ['telegram', 'slack', 'discord'].includes(format) && r.chance(0.5);
      if (format === 'wa-bracket') {
        const ss = secs ? `:${p2(r.int(0, 59))}` : '';
        add(b, `[${date}, ${us ? t.h12.replace(' ', `${ss} `) : `${t.hm}${ss}`}] `);
      }
      if (format === 'wa-dash') add(b, `${us ? date : date.replace(/\d\d$/, String(t.y))}, ${us ? t.h12 : t.hm} - `);
      if (!grouped) {
        speaker(c, s);
        if (format === 'telegram') add(b, `, [${p2(t.d)}.${p2(t.mo)}.${yy} ${t.hm}]\n`);
        else if (format === 'slack') add(b, `  ${L.lang === 'en' ? t.h12 : t.hm}\n`);
        else if (format === 'discord')
          add(
            b,
            ` — ${['Today at ', 'Yesterday at ', `${p2(t.d)}/${p2(t.mo)}/${t.y} `][dstyle]}${L.lang === 'en' && us ? t.h12 : t.hm}\n`,
          );
        else add(b, ': ');
      }
      line(c, tpl);
      add(b, '\n');
      prev = who;
    }
  }
  b.text = b.text.trimEnd();
  return { text: b.text, spans: b.spans, locale: L.id, lang3: r.chance(0.7) ? L.lang3 : undefined, format };
}

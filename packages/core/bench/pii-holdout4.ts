/**
 * FOURTH blind obfuscation corpus ("hold-out 4"), written without reading the recognizers, the PII docs, or the earlier
 * generators (only the scoring harness of pii-holdout2.ts was copied). Own values (pii-holdout4-values.ts: phones of 60
 * countries via libphonenumber-js, e-mails with tags / subdomains / IDN, Luhn-valid cards of 8 issuers, mod-97 IBANs
 * of 44 countries, SSNs, IPv4/IPv6), own obfuscations (pii-holdout4-obfuscations.ts, pii-holdout4-layouts.ts), own
 * carriers in 12 languages plus forms, tickets, logs, CSV, JSON, YAML, XML, INI, SQL, code, signatures
 * (pii-holdout4-text.ts). About 20 % of the values are left unobfuscated.
 * Hit = no letter or digit of the inserted value pieces left outside a detected entity ("typed": an entity of the
 * right type also overlaps the value). Then false hits on its own PII-free sentences.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout4.ts [perType=150] [seed=4004]
 *   SHOW=1 prints every leak; DRY=1 prints the generated texts (value pieces in ⟦ ⟧) and never loads the engine;
 *   STUB=oracle / STUB=empty score a fake engine (all value pieces found / nothing found), a self-test of the harness.
 */
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { OBFUSCATION_NAMES, obfuscate, type Piece } from './pii-holdout4-layouts.ts';
import type { PiiType } from './pii-holdout4-obfuscations.ts';
import { CHAT, CLEAN, KEYS, LABELS, NEUTRAL_KEYS, NEUTRAL_LABELS, STRUCTURED } from './pii-holdout4-text.ts';
import { card, choose, email, iban, ip, phone, type Rand, sfc32, ssn } from './pii-holdout4-values.ts';
import { tally } from './tally.ts';

const perType = Number(process.argv[2] ?? 150);
const seed = Number(process.argv[3] ?? 4004);
const DRY = !!process.env.DRY;
const r = sfc32(seed);

const VALUES: Record<PiiType, (r: Rand, lang: string) => string> = {
  PHONE: phone,
  EMAIL: email,
  CREDIT_CARD: card,
  IBAN: iban,
  US_SSN: ssn,
  IP_ADDRESS: ip,
};
/** Wrappers around an inline value (not part of it). */
const WRAPS: [string, string][] = [
  ['', ''],
  ['', ''],
  ['', ''],
  ['"', '"'],
  ['(', ')'],
  ['**', '**'],
  ['`', '`'],
  ['<', '>'],
  ['「', '」'],
  ['', ' 🙏'],
];
const TYPE_WRAPS: Partial<Record<PiiType, [string, string][]>> = {
  PHONE: [
    ['tel:', ''],
    ['☎ ', ''],
  ],
  EMAIL: [
    ['mailto:', ''],
    ['Chris Park <', '>'],
  ],
  IP_ADDRESS: [
    ['http://', '/admin'],
    ['ssh root@', ' -p 22'],
  ],
};

interface Sample {
  type: PiiType;
  raw: string;
  name: string;
  lang: string;
  label: boolean;
  carrier: 'chat' | 'structured';
  text: string;
  spans: [number, number][];
}

const labelFor = (type: PiiType, lang: string) => {
  const own = LABELS[type].filter((l) => l.startsWith(`${lang}|`));
  return (own.length && r() < 0.6 ? choose(r, own) : choose(r, LABELS[type])).split('|')[1];
};

function sample(type: PiiType): Sample {
  const carrier = r() < 0.6 ? 'chat' : 'structured';
  const [lang, template] = choose(r, carrier === 'chat' ? CHAT : STRUCTURED);
  const raw = VALUES[type](r, lang);
  let name = 'none';
  let pieces: Piece[] | undefined;
  const plain = r() < 0.2;
  while (!pieces) {
    name = plain ? 'none' : choose(r, OBFUSCATION_NAMES.slice(1));
    pieces = obfuscate(name, raw, type, r, lang);
  }
  const label = r() < 0.5;
  let [before, after] = template.split('{v}');
  if (carrier === 'chat') {
    const [a, b] = r() < 0.4 ? choose(r, [...WRAPS, ...(TYPE_WRAPS[type] ?? [])]) : ['', ''];
    before += (label ? labelFor(type, lang) + choose(r, [': ', ' ', ': ', ' - ', ':']) : '') + a;
    after = b + after;
  } else {
    const l = label ? labelFor(type, lang) : choose(r, NEUTRAL_LABELS);
    const k = label ? choose(r, KEYS[type]) : choose(r, NEUTRAL_KEYS);
    const fill = (s: string) => s.replaceAll('{l}', l).replaceAll('{k}', k);
    before = fill(before);
    after = fill(after);
  }
  let text = before;
  const spans: [number, number][] = [];
  for (const [t, isValue] of pieces) {
    if (isValue && t) spans.push([text.length, text.length + t.length]);
    text += t;
  }
  return { type, raw, name, lang, label, carrier, text: text + after, spans };
}

const samples: Sample[] = [];
for (const type of Object.keys(VALUES) as PiiType[]) for (let i = 0; i < perType; i++) samples.push(sample(type));

if (DRY) {
  const luhn = (d: string) =>
    [...d]
      .reverse()
      .reduce((s, c, i) => s + (i % 2 ? (Number(c) * 2 > 9 ? Number(c) * 2 - 9 : Number(c) * 2) : Number(c)), 0) %
      10 ===
    0;
  const mod97 = (s: string) =>
    BigInt(`${s.slice(4)}${s.slice(0, 4)}`.toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) %
      97n ===
    1n;
  const valid: Record<PiiType, (v: string) => boolean> = {
    PHONE: (v) => {
      const p = v.replace(/^00/, '+').replace(/\s*(ext\.?|x|#|Durchwahl|poste|int\.)\s*\d+$/, '');
      return !p.startsWith('+') || isValidPhoneNumber(p);
    },
    EMAIL: (v) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v),
    CREDIT_CARD: (v) => luhn(v.replace(/\D/g, '')),
    IBAN: (v) => mod97(v.replace(/[\s-]/g, '')),
    US_SSN: (v) => /^(?!000|666|9)\d{3}\D*(?!00)\d{2}\D*(?!0000)\d{4}$/.test(v),
    IP_ADDRESS: (v) => /[.:]/.test(v),
  };
  const counts = new Map<string, number>();
  for (const s of samples) {
    counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
    if (!valid[s.type](s.raw)) console.log('INVALID VALUE', s.type, s.raw);
    let shown = '';
    let at = 0;
    for (const [a, b] of s.spans) {
      shown += `${s.text.slice(at, a)}⟦${s.text.slice(a, b)}⟧`;
      at = b;
    }
    shown += s.text.slice(at);
    console.log(`${s.type}\t${s.name}\t${s.lang}\t${s.carrier}\tlabel=${s.label}\traw=${s.raw}\n${shown}\n`);
  }
  console.log(
    'obfuscations:',
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', '),
  );
  console.log(`${samples.length} samples, ${CLEAN.length} clean sentences; DRY: the engine was not loaded`);
  process.exit(0);
}

interface Found {
  type: string;
  start: number;
  end: number;
  text: string;
}
/** STUB=oracle|empty: self-test of the scoring with a fake engine (finds exactly the value pieces, or nothing). */
const byText = new Map(samples.map((s) => [s.text, s]));
const stub = async (text: string): Promise<Found[]> =>
  process.env.STUB !== 'oracle'
    ? []
    : (byText.get(text)?.spans.map(([start, end]) => ({ type: byText.get(text)?.type ?? '', start, end, text })) ?? []);
const engine = process.env.STUB ? { detect: stub } : (await import('../src/pii/index.ts')).createPiiEngine();
const { count, print } = tally();
for (const s of samples) {
  const found = await engine.detect(s.text, { language: s.lang });
  let leak = false;
  for (const [a, b] of s.spans) {
    for (let k = a; k < b; ) {
      const ch = String.fromCodePoint(s.text.codePointAt(k) ?? 0);
      if (/[\p{L}\p{N}]/u.test(ch) && !found.some((e) => e.start <= k && k < e.end)) leak = true;
      k += ch.length;
    }
  }
  const typed = found.some((e) => e.type === s.type && s.spans.some(([a, b]) => e.start < b && a < e.end));
  const keys = [
    `${s.type}\t*`,
    `${s.type}\t${s.name}`,
    `ALL\t${s.name}`,
    'ALL\t*',
    `${s.type}\tlabel=${s.label}`,
    `ALL\tlabel=${s.label}`,
    `ALL\tcarrier=${s.carrier}`,
  ];
  for (const key of keys) count(key, !leak);
  count(`${s.type}\ttyped`, typed && !leak);
  if (leak && process.env.SHOW)
    console.log(
      'LEAK',
      s.type,
      s.name,
      JSON.stringify(s.text),
      found.map((e) => `${e.type}:${e.text}`),
    );
}
console.log('hold-out 4 recall (no letter or digit of the value left visible; "typed" = also the right type)');
print();

let falseHits = 0;
const shown: string[] = [];
for (const [lang, t] of CLEAN) {
  const found = await engine.detect(t, { language: lang });
  falseHits += found.length;
  for (const e of found) shown.push(`${e.type}: ${e.text}`);
}
console.log(
  `false hits on ${CLEAN.length} clean sentences: ${falseHits}${shown.length ? ` (${shown.join('; ')})` : ''}`,
);

/**
 * TENTH hold-out corpus ("hold-out 10"), written blind (without reading the recognizers, the docs, the tests or the
 * other corpora) and committed before any run against the engine. MANY values in ONE text, and LONG texts: what
 * users paste into an AI gateway — CRM CSV exports, mailing lists, support transcripts, server logs, JSON arrays of
 * user records, vCard files, email threads with signatures quoted again and again (`> > `), Markdown tables, and
 * values packed next to each other touching punctuation and brackets (pii-holdout10-texts.ts). Texts run from about
 * 200 characters to 300 KB (every fifth text is over 64 KB); some start or end with a value. Values are valid
 * (libphonenumber-js/max, Luhn, mod 97, SSN ranges; pii-holdout10-values.ts).
 * Scored per value: hit = no letter or digit of the value left outside a detected entity; "typed" = an entity of
 * the right type overlaps it. Rows by type, format, container, size bucket, position bucket and repeat; then the
 * time per text, and false hits per 10 KB on clean long logs / CSV / JSON full of numbers.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout10.ts [texts=60] [seed=1010]
 *   SHOW=1 prints every missed value; DRY=1 prints a summary of each text and never calls the engine.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { CONTAINERS, Doc, type Slot } from './pii-holdout10-texts.ts';
import { choose, digits, HOME, int, luhnOk, mod97, type Rand, Values } from './pii-holdout10-values.ts';
import { covered, tally } from './tally.ts';

const nTexts = Number(process.argv[2] ?? 60);
const seed = Number(process.argv[3] ?? 1010);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
/** Small seeded PRNG (sfc32). */
export function sfc32(seed: number): Rand {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

const FILLER: Record<string, string[]> = {
  en: [
    'Thanks for getting back to me so quickly.',
    'I checked the dashboard again and the numbers still do not match the invoice from last month.',
    'Could you please escalate this to the billing team?',
    'We migrated to the new plan on the 3rd and since then the export has been failing every night.',
    'Let me know if you need anything else from my side.',
    'The ticket was reopened because the refund of 49.90 EUR never arrived.',
  ],
  de: [
    'Vielen Dank für die schnelle Rückmeldung.',
    'Die Rechnung vom letzten Monat stimmt leider immer noch nicht mit dem Vertrag überein.',
    'Können Sie das bitte an die Buchhaltung weitergeben?',
    'Seit der Umstellung am 3. schlägt der nächtliche Export fehl.',
    'Melden Sie sich gern, falls noch etwas fehlt.',
  ],
  fr: [
    'Merci pour votre retour rapide.',
    'La facture du mois dernier ne correspond toujours pas au contrat.',
    'Pourriez-vous transmettre ma demande au service comptable ?',
    "Depuis la migration du 3, l'export de nuit échoue systématiquement.",
    "N'hésitez pas à me recontacter si besoin.",
  ],
  es: [
    'Gracias por la respuesta tan rápida.',
    'La factura del mes pasado sigue sin coincidir con el contrato.',
    '¿Podrían pasar mi solicitud al departamento de facturación?',
    'Desde la migración del día 3 la exportación nocturna falla siempre.',
    'Quedo a la espera de su respuesta.',
  ],
  it: [
    'Grazie per la risposta veloce.',
    'La fattura del mese scorso non corrisponde ancora al contratto.',
    "Potete inoltrare la richiesta all'amministrazione?",
    "Dalla migrazione del giorno 3 l'esportazione notturna non funziona più.",
  ],
  nl: [
    'Bedankt voor de snelle reactie.',
    'De factuur van vorige maand klopt nog steeds niet met het contract.',
    'Kunnen jullie dit doorsturen naar de boekhouding?',
    'Sinds de migratie op de 3e mislukt de nachtelijke export elke keer.',
  ],
};

/** Independent re-check of a generated value (throws on an invalid one). */
export function assertValid(type: string, v: string, region?: string): void {
  const d = v.replace(/\D/g, '');
  const ok =
    type === 'PHONE'
      ? !!parsePhoneNumberFromString(v, region as CountryCode)?.isValid()
      : type === 'CREDIT_CARD'
        ? luhnOk(d) && d.length >= 14 && d.length <= 16
        : type === 'IBAN'
          ? mod97(v.replace(/ /g, '').slice(4) + v.replace(/ /g, '').slice(0, 4)) === 1 &&
            IBAN_LEN[v.slice(0, 2)] === v.replace(/ /g, '').length
          : type === 'US_SSN'
            ? d.length === 9 &&
              d.slice(0, 3) !== '000' &&
              d.slice(0, 3) !== '666' &&
              d < '9' &&
              d.slice(3, 5) !== '00' &&
              d.slice(5) !== '0000'
            : type === 'EMAIL'
              ? /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(v)
              : type === 'IP_ADDRESS'
                ? /^(\d{1,3}\.){3}\d{1,3}$/.test(v)
                  ? v.split('.').every((p) => Number(p) <= 255)
                  : /^[0-9a-fA-F:]+$/.test(v) && v.includes(':')
                : false;
  if (!ok) throw new Error(`invalid ${type} ${JSON.stringify(v)}`);
}

/** ISO 13616 lengths of the countries generated. */
const IBAN_LEN: Record<string, number> = {
  DE: 22,
  AT: 20,
  CH: 21,
  GB: 22,
  IE: 22,
  IT: 27,
  PL: 28,
  PT: 25,
  SE: 24,
  DK: 18,
  CZ: 24,
  HU: 28,
  RO: 24,
  LU: 20,
  GR: 27,
  BE: 16,
  NL: 18,
  NO: 15,
  ES: 24,
  FR: 27,
  FI: 18,
};

const r = sfc32(seed);

type Text = { kind: string; lang: string; text: string; slots: Slot[] };
const KINDS = Object.keys(CONTAINERS);

/** Every fifth text is 66–300 KB (spread evenly on a log scale), the others 150 B – 64 KB (log-uniform). */
function makeText(i: number): Text {
  const kind = KINDS[i % KINDS.length];
  const lang = choose(r, Object.keys(HOME));
  const target =
    i % 5 === 0 ? Math.round(66_000 * (290 / 66) ** (((i / 5) % 12) / 11)) : Math.round(150 * (60_000 / 150) ** r());
  const v = new Values(r, lang, FILLER[lang]);
  const d = new Doc();
  if (kind === 'packed' || r() < 0.3) d.put(v.any(), choose(r, ['\n', ', ', ';', ';\n']));
  CONTAINERS[kind](d, v, target);
  if (kind === 'packed' || r() < 0.3) d.put(choose(r, ['\n', ', ', ',', '\n\n']), v.any());
  const text = d.text();
  for (const s of d.slots) {
    if (text.slice(s.start, s.end) !== s.value) throw new Error(`offset mismatch in text ${i}: ${JSON.stringify(s)}`);
    assertValid(s.type, s.value, s.region);
  }
  return { kind, lang, text, slots: d.slots };
}

const sizeBucket = (n: number) => (n < 4096 ? '<4KB' : n <= 65536 ? '4-64KB' : '>64KB');
const posBucket = (s: Slot, n: number) => (s.start < 1024 ? 'first1KB' : s.end > n - 1024 ? 'last1KB' : 'middle');

type Found = { type: string; start: number; end: number; text: string };
type Engine = { detect(text: string, o?: { language?: string }): Promise<Found[]> };
const engine: Engine | undefined = DRY ? undefined : (await import('../src/pii/index.ts')).createPiiEngine();

const texts = Array.from({ length: nTexts }, (_, i) => makeText(i));
const { count, print } = tally();
const times: [number, string][] = [];
if (DRY) {
  const byType = new Map<string, number>();
  texts.forEach((t, i) => {
    const per = new Map<string, number>();
    for (const s of t.slots) per.set(s.type, (per.get(s.type) ?? 0) + 1);
    for (const [k, n] of per) byType.set(k, (byType.get(k) ?? 0) + n);
    const edge = `${t.slots.some((s) => s.start === 0) ? 'starts' : '-'}/${t.slots.some((s) => s.end === t.text.length) ? 'ends' : '-'}`;
    console.log(
      `--- #${i} ${t.kind} ${t.lang} ${t.text.length} chars, ${t.slots.length} values ${JSON.stringify(Object.fromEntries(per))} edge=${edge} repeats=${t.slots.filter((s) => s.repeat).length}`,
    );
    console.log(JSON.stringify(t.text.slice(0, 300)));
  });
  const sizes = texts.map((t) => t.text.length);
  console.log(
    `${texts.length} texts, ${sizes.reduce((a, b) => a + b, 0)} chars, min ${Math.min(...sizes)}, max ${Math.max(...sizes)}`,
  );
  console.log(
    `size buckets ${JSON.stringify(Object.fromEntries(['<4KB', '4-64KB', '>64KB'].map((b) => [b, sizes.filter((n) => sizeBucket(n) === b).length])))}`,
  );
  console.log(`values ${JSON.stringify(Object.fromEntries(byType))}; all offsets and checksums verified`);
  const fmts = new Map<string, number>();
  for (const t of texts)
    for (const s of t.slots)
      fmts.set(
        `${s.type}/${s.fmt.replace(/^[A-Z]{2}-/, '')}`,
        (fmts.get(`${s.type}/${s.fmt.replace(/^[A-Z]{2}-/, '')}`) ?? 0) + 1,
      );
  console.log(`formats ${JSON.stringify(Object.fromEntries([...fmts].sort()))}`);
  const slots = texts.flatMap((t) => t.slots.map((s) => posBucket(s, t.text.length)));
  console.log(
    `positions ${JSON.stringify(Object.fromEntries(['first1KB', 'middle', 'last1KB'].map((b) => [b, slots.filter((p) => p === b).length])))}`,
  );
  const regions = new Set(texts.flatMap((t) => t.slots.map((s) => s.region ?? '')));
  const countries = new Set(
    texts.flatMap((t) => t.slots.filter((s) => s.type === 'IBAN').map((s) => s.value.slice(0, 2))),
  );
  console.log(
    `phone regions ${regions.size - 1}, IBAN countries ${countries.size}, texts starting with a value ${texts.filter((t) => t.slots[0]?.start === 0).length}, ending with one ${texts.filter((t) => t.slots.at(-1)?.end === t.text.length).length}`,
  );
}

for (const [i, t] of texts.entries()) {
  if (DRY) break;
  const t0 = performance.now();
  const found = (await engine?.detect(t.text, { language: t.lang })) ?? [];
  times.push([performance.now() - t0, `#${i} ${t.kind} ${t.lang} ${t.text.length} chars`]);
  // Entities sorted by start let each value look only at the ones near it.
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const near = (a: number, b: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (sorted[m].start < a - 2000) lo = m + 1;
      else hi = m;
    }
    const out: Found[] = [];
    for (let k = lo; k < sorted.length && sorted[k].start < b; k++) if (sorted[k].end > a) out.push(sorted[k]);
    return out;
  };
  let all = true;
  for (const s of t.slots) {
    const hits = near(s.start, s.end);
    const ok = covered(t.text, s.start, s.end, hits);
    const typed = hits.some((e) => e.type === s.type && e.start < s.end && s.start < e.end);
    all &&= ok;
    const size = sizeBucket(t.text.length);
    const pos = posBucket(s, t.text.length);
    for (const key of [
      `${s.type}\t*`,
      `${s.type}\tfmt=${s.fmt.replace(/^[A-Z]{2}-/, '')}`,
      `${s.type}\tcontainer=${t.kind}`,
      `${s.type}\tsize=${size}`,
      `${s.type}\tpos=${pos}`,
      `ALL\tcontainer=${t.kind}`,
      `ALL\tsize=${size}`,
      `ALL\tpos=${pos}`,
      `ALL\trepeat=${s.repeat ? 'yes' : 'no'}`,
      `ALL\tedge=${s.start === 0 ? 'text-start' : s.end === t.text.length ? 'text-end' : 'inside'}`,
      'ALL\t*',
    ])
      count(key, ok);
    count(`${s.type}\ttyped`, typed);
    count('ALL\ttyped', typed);
    if (!ok && SHOW) {
      const a = Math.max(0, s.start - 30);
      const b = Math.min(t.text.length, s.end + 30);
      const around = near(a, b).map((e) => `${e.type}:${JSON.stringify(e.text)}`);
      console.log(
        'LEAK',
        s.type,
        t.kind,
        t.text.length,
        JSON.stringify(s.value),
        JSON.stringify(t.text.slice(a, b)),
        `[${around.join(', ')}]`,
      );
    }
  }
  count('TEXT\tevery value hit', all);
}
if (!DRY) {
  console.log('hold-out 10 recall per value (no letter or digit left visible; "typed" = also the right type)');
  print();
  const ms = times.map(([m]) => m).sort((a, b) => a - b);
  const slow = times.reduce((a, b) => (b[0] > a[0] ? b : a));
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(1);
  console.log(
    `time per text: mean ${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(1)} ms, median ${q(0.5)}, p90 ${q(0.9)}, max ${slow[0].toFixed(1)} ms (${slow[1]})`,
  );
  for (const b of ['<4KB', '4-64KB', '>64KB']) {
    const sel = times.filter(([, l]) => sizeBucket(Number(l.split(' ')[3])) === b).map(([m]) => m);
    if (sel.length)
      console.log(`  ${b}: ${sel.length} texts, mean ${(sel.reduce((x, y) => x + y, 0) / sel.length).toFixed(1)} ms`);
  }
}

// Clean long texts: no PII, many numbers (ids, timestamps, amounts, versions, hashes, UUIDs, ports).
const hex = (x: Rand, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(x, 0, 15)]).join('');
const uuid = (x: Rand) =>
  `${hex(x, 8)}-${hex(x, 4)}-4${hex(x, 3)}-${choose(x, ['8', '9', 'a', 'b'])}${hex(x, 3)}-${hex(x, 12)}`;
const ver = (x: Rand) => `${int(x, 0, 4)}.${int(x, 0, 30)}.${int(x, 0, 99)}`;
const iso = (x: Rand) =>
  `2026-${String(int(x, 1, 12)).padStart(2, '0')}-${String(int(x, 1, 28)).padStart(2, '0')}T${String(int(x, 0, 23)).padStart(2, '0')}:${String(int(x, 0, 59)).padStart(2, '0')}:${String(int(x, 0, 59)).padStart(2, '0')}.${digits(x, 3)}Z`;
const amount = (x: Rand) => `${int(x, 0, 99999)}.${digits(x, 2)}`;
const CLEAN: Record<string, (x: Rand) => string> = {
  logs: (x) =>
    `${iso(x)} ${choose(x, ['INFO', 'WARN', 'DEBUG'])} [${choose(x, ['billing-worker', 'api-gateway', 'scheduler'])} v${ver(x)}] trace=${uuid(x)} job=${int(x, 1000, 9999999)} took=${int(x, 1, 9999)}ms port=${choose(x, [443, 5432, 6379, 8080, 8443, 9092])} pid=${int(x, 100, 65535)} sha=${hex(x, 40)} amount=${amount(x)} rows=${int(x, 0, 99999)} host=db-${String(int(x, 1, 12)).padStart(2, '0')}.internal:${int(x, 1024, 65535)}\n`,
  csv: (x) =>
    `ORD-2026-${digits(x, 6)},SKU-${int(x, 10000, 99999)}-${choose(x, ['A', 'B', 'XL'])},${int(x, 1, 40)},${amount(x)},${amount(x)},EUR,${iso(x)},${choose(x, ['paid', 'shipped', 'refunded'])},WH-${int(x, 1, 30)},${(x() * 40).toFixed(3)},${Math.floor(1_762_000_000 + x() * 30_000_000)}\n`,
  json: (x) =>
    `  {"ts": ${1_762_000_000_000 + int(x, 0, 999_999_999)}, "host": "web-${String(int(x, 1, 40)).padStart(2, '0')}", "cpu": ${(x() * 100).toFixed(1)}, "mem_mb": ${int(x, 256, 65536)}, "p95_ms": ${int(x, 5, 5000)}, "version": "${ver(x)}", "build": "${hex(x, 7)}", "trace_id": "${uuid(x)}", "port": ${int(x, 1024, 65535)}, "requests": ${int(x, 0, 9_999_999)}, "etag": "W/\\"${hex(x, 8)}\\""},\n`,
};
const HEAD: Record<string, string> = {
  logs: '',
  csv: 'order_id,sku,qty,unit_price,total,currency,created_at,status,warehouse,weight_kg,epoch\n',
  json: '[\n',
};
let cleanChars = 0;
const falseBy = new Map<string, number>();
const shown: string[] = [];
const nClean = Math.max(3, Math.round(nTexts / 6));
for (let i = 0; i < nClean; i++) {
  const kind = Object.keys(CLEAN)[i % 3];
  const target = Math.round(20_000 * 7 ** r());
  let t = HEAD[kind];
  while (t.length < target) t += CLEAN[kind](r);
  if (kind === 'json') t = `${t.replace(/,\n$/, '\n')}]`;
  cleanChars += t.length;
  if (DRY) {
    console.log(`--- clean #${i} ${kind} ${t.length} chars\n${JSON.stringify(t.slice(0, 300))}`);
    continue;
  }
  const found = (await engine?.detect(t, { language: 'en' })) ?? [];
  for (const e of found) {
    falseBy.set(e.type, (falseBy.get(e.type) ?? 0) + 1);
    if (shown.length < 40) shown.push(`${kind} ${e.type}:${JSON.stringify(e.text)}`);
  }
}
if (!DRY) {
  const total = [...falseBy.values()].reduce((a, b) => a + b, 0);
  const per10k = (n: number) => ((n * 10_000) / cleanChars).toFixed(2);
  console.log(`false hits on ${nClean} clean long texts (${cleanChars} chars): ${total}, ${per10k(total)} per 10 KB`);
  for (const [k, n] of falseBy) console.log(`  ${k}: ${n} (${per10k(n)} per 10 KB)`);
  if (shown.length) console.log(`  first: ${shown.join('; ')}`);
}

/**
 * FIFTH hold-out ("hold-out 5"), written blind (without reading the recognizers, their tests, docs or the other
 * corpora) as an outside test set in the spirit of a PII-masking data set: support chats, web forms, HR / medical /
 * banking messages, phone-call transcripts, OCR'd letters, spreadsheet and log exports, messaging apps, in 10
 * languages (pii-holdout5-text.ts), with valid values (pii-holdout5-values.ts), 40 % plain and the rest with the
 * noise such sources have (pii-holdout5-noise.ts: OCR look-alikes and spacing, spelled digits in 10 languages,
 * dictation, spoken / anti-spam e-mails, wraps, partial masks, full-width, invisible spaces, punctuation slips, smart
 * dashes, case, spreadsheet quoting, soft hyphens, boxed forms, defanged IPs).
 * Hit = no letter or digit of the inserted value (masks, fillers and quoting excluded) left outside a detected
 * entity; "typed" = also an entity of the right type over the value. Then false hits on PII-free sentences.
 * Usage: node --conditions=@edge-ai/source packages/core/bench/pii-holdout5.ts [perType=150] [seed=5151]
 *   SHOW=1 prints every leak; DRY=1 only prints the generated texts (value marked ⟦…⟧) and never calls the engine.
 */
import { applyNoise, NOISES, type Noisy } from './pii-holdout5-noise.ts';
import { CARRIERS, CLEAN, LABELS } from './pii-holdout5-text.ts';
import { card, email, iban, ip, mulberry, phone, pick, type Rand, ssn } from './pii-holdout5-values.ts';
import { tally } from './tally.ts';

const perType = Number(process.argv[2] ?? 150);
const seed = Number(process.argv[3] ?? 5151);
const DRY = !!process.env.DRY;
const SHOW = !!process.env.SHOW;
const r = mulberry(seed);

const VALUES: Record<string, (r: Rand) => string> = {
  PHONE: (x) => phone(x).text,
  EMAIL: email,
  CREDIT_CARD: card,
  IBAN: iban,
  US_SSN: ssn,
  IP_ADDRESS: ip,
};
/** Sources that only carry some types (a bank transfer request, a server log). */
const FITS: Record<string, string[]> = { banking: ['IBAN', 'CREDIT_CARD'], log: ['IP_ADDRESS', 'EMAIL'] };
const NOISY_KINDS = Object.keys(NOISES).filter((k) => k !== 'plain');

interface Sample {
  type: string;
  noise: string;
  lang: string;
  source: string;
  label: boolean;
  text: string;
  /** Offsets (UTF-16, in text) of the value's letters and digits that must be covered. */
  must: number[];
  start: number;
  end: number;
}

function make(type: string): Sample {
  const raw = VALUES[type](r);
  let [lang, source, carrier] = pick(r, CARRIERS);
  while (!(FITS[source]?.includes(type) ?? true)) [lang, source, carrier] = pick(r, CARRIERS);
  let noise = 'plain';
  let v: Noisy | undefined = applyNoise('plain', raw, type, lang, r);
  if (r() >= 0.4) {
    for (let tries = 0; tries < 50; tries++) {
      const name = pick(r, NOISY_KINDS);
      const out = applyNoise(name, raw, type, lang, r);
      if (out && out.text !== raw) {
        [noise, v] = [name, out];
        break;
      }
    }
  }
  const labels = LABELS[type][lang] ?? LABELS[type].eng;
  const label = r() < 0.5 ? pick(r, labels) : '';
  const glue = label ? (label.endsWith(':') && r() < 0.2 ? '' : ' ') : '';
  const at = carrier.indexOf('{v}');
  const prefix = carrier.slice(0, at) + label + glue;
  const text = prefix + v!.text + carrier.slice(at + 3);
  const must: number[] = [];
  for (let i = 0; i < v!.text.length; i++)
    if (v!.keep[i] && /[\p{L}\p{N}]/u.test(v!.text[i])) must.push(prefix.length + i);
  return {
    type,
    noise,
    lang,
    source,
    label: !!label,
    text,
    must,
    start: prefix.length,
    end: prefix.length + v!.text.length,
  };
}

const samples: Sample[] = [];
for (const type of Object.keys(VALUES)) for (let i = 0; i < perType; i++) samples.push(make(type));

if (DRY) {
  for (const s of samples) {
    const marked = s.text.slice(0, s.start) + '⟦' + s.text.slice(s.start, s.end) + '⟧' + s.text.slice(s.end);
    console.log(`${s.type}\t${s.noise}\t${s.lang}/${s.source}\tlabel=${s.label}\t${JSON.stringify(marked)}`);
  }
  console.log(`DRY: ${samples.length} samples, ${CLEAN.length} clean sentences; the engine was not called.`);
  process.exit(0);
}

const { createPiiEngine } = await import('../src/pii/index.ts');
const engine = createPiiEngine();
const { count, print } = tally();
for (const s of samples) {
  const found = await engine.detect(s.text, { language: s.lang });
  const leaked = s.must.filter((k) => !found.some((e) => e.start <= k && k < e.end));
  const ok = leaked.length === 0;
  const typed = ok && found.some((e) => e.type === s.type && e.start < s.end && s.start < e.end);
  const kind = s.noise === 'plain' ? 'plain' : 'noisy';
  for (const key of [
    `${s.type}\t*`,
    `${s.type}\t${s.noise}`,
    `${s.type}\t${kind}`,
    `${s.type}\tlabel=${s.label}`,
    `ALL\t${s.noise}`,
    `ALL\t${kind}`,
    `ALL\tlabel=${s.label}`,
    `ALL\tsource=${s.source}`,
    `ALL\tlang=${s.lang}`,
    'ALL\t*',
  ])
    count(key, ok);
  count(`${s.type}\ttyped`, typed);
  count('ALL\ttyped', typed);
  if (!ok && SHOW)
    console.log(
      'LEAK',
      s.type,
      s.noise,
      s.lang,
      JSON.stringify(s.text),
      JSON.stringify(leaked.map((k) => s.text[k]).join('')),
      found.map((e) => `${e.type}:${JSON.stringify(s.text.slice(e.start, e.end))}`),
    );
}
console.log(
  `hold-out 5 recall, ${perType} per type, seed ${seed} (no letter or digit of the value left visible; "typed" = also the right type)`,
);
print();

let falseHits = 0;
const shown: string[] = [];
for (const [lang, t] of CLEAN) {
  const found = await engine.detect(t, { language: lang });
  falseHits += found.length;
  for (const e of found) shown.push(`${e.type}: ${JSON.stringify(t.slice(e.start, e.end))}`);
}
console.log(
  `false hits on ${CLEAN.length} clean sentences: ${falseHits}${shown.length ? ` (${shown.join('; ')})` : ''}`,
);

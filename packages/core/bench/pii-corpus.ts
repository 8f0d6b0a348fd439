/**
 * Builds test/fixtures/pii-obfuscation.jsonl: generated valid values x obfuscations x (neutral | context) sentence.
 * Rows: { text, type, obfuscation, context, start, end } (start/end = the inserted value's span in text).
 * Usage: node packages/core/bench/pii-corpus.ts [perType=30] [seed=7]
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PiiEntityType } from '../src/pii/types.ts';
import { GENERATORS, type Rng, rng } from './pii-values.ts';

const CONTEXT: Partial<Record<PiiEntityType, string>> = {
  EMAIL: 'my email address is',
  PHONE: 'please call me on',
  CREDIT_CARD: 'my card number is',
  IBAN: 'transfer it to my IBAN',
  IP_ADDRESS: 'the server IP address is',
  URL_CREDENTIALS: 'the database URL is',
  US_SSN: 'my SSN is',
  DE_TAX_ID: 'meine Steuer-ID ist',
  ES_DNI: 'mi DNI es',
  NL_BSN: 'mijn BSN is',
  UK_NINO: 'my national insurance number is',
  FR_INSEE: 'mon NIR (sécurité sociale) est',
  SECRET: 'use this API key:',
};
const NEUTRAL = ['Here it is: {v} - thanks!', 'ok so {v} and that is all', 'Noted {v}.'];

const SEPARATED: ReadonlySet<PiiEntityType> = new Set([
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'DE_TAX_ID',
  'ES_DNI',
  'NL_BSN',
  'UK_NINO',
  'FR_INSEE',
]);
const CASELESS: ReadonlySet<PiiEntityType> = new Set(['EMAIL', 'IBAN', 'UK_NINO', 'ES_DNI']);

const compact = (v: string) => v.replace(/[\s.\-()]/g, '');
function regroup(v: string, type: PiiEntityType, sep: string): string {
  const c = compact(v);
  const groups: Partial<Record<PiiEntityType, number[]>> = {
    US_SSN: [3, 2, 4],
    DE_TAX_ID: [2, 3, 3, 3],
    NL_BSN: [4, 2, 3],
    UK_NINO: [2, 2, 2, 2, 1],
    FR_INSEE: [1, 2, 2, 2, 3, 3, 2],
    ES_DNI: [c.length - 1, 1],
  };
  const sizes = groups[type] ?? [];
  if (type === 'PHONE') return v.replace(/ /g, sep);
  const out: string[] = [];
  let i = 0;
  for (const n of [...sizes, ...Array(8).fill(4)]) {
    if (i >= c.length) break;
    out.push(c.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
}
const fullWidth = (v: string) =>
  [...v].map((ch) => (/[!-~]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('');
function zeroWidth(v: string, r: Rng): string {
  const chars = [...v];
  for (let k = 0; k < 3; k++)
    chars.splice(1 + Math.floor(r() * (chars.length - 1)), 0, pick(r, ['\u200b', '\u200c', '\u2060', '\u00ad']));
  return chars.join('');
}
const pick = <T>(r: Rng, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
const mixedCase = (v: string, r: Rng) => [...v].map((c) => (r() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');
const wordEmail = (v: string) => v.replace('@', ' at ').replace(/\./g, ' dot ');

function variants(type: PiiEntityType, v: string, r: Rng): [string, string][] {
  const out: [string, string][] = [['plain', v]];
  if (SEPARATED.has(type)) {
    out.push(['spaces', regroup(v, type, ' ')], ['dashes', regroup(v, type, '-')], ['dots', regroup(v, type, '.')]);
    out.push(['nbsp', regroup(v, type, '\u00a0')]);
  }
  out.push(['zero-width', zeroWidth(v, r)], ['full-width', fullWidth(v)]);
  if (CASELESS.has(type)) out.push(['mixed-case', mixedCase(v, r)]);
  if (type === 'EMAIL') {
    out.push(['word-form', wordEmail(v)], ['bracket-form', v.replace('@', ' [at] ').replace(/\.(?=[a-z]+$)/, '(dot)')]);
    out.push(['word-form-caps', wordEmail(v).toUpperCase()]);
    // Hard on purpose: Cyrillic look-alike letters (not folded by NFKC).
    out.push(['homoglyph', v.replace(/o/g, '\u043e').replace(/a/g, '\u0430')]);
  }
  if (SEPARATED.has(type)) {
    out.push(['double-space', regroup(v, type, '  ')]);
    const seps = [' ', '-', '.'];
    out.push(['mixed-separators', regroup(v, type, '|').replace(/\|/g, () => pick(r, seps))]);
    out.push(['newline', regroup(v, type, '\n')]);
  }
  if (type === 'PHONE' && v.startsWith('+')) out.push(['00-prefix', `00${v.slice(1)}`]);
  return out;
}

const perType = Number(process.argv[2] ?? 30);
const r = rng(Number(process.argv[3] ?? 7));
const lines: string[] = [];
for (const [type, gen] of Object.entries(GENERATORS) as [PiiEntityType, (r: Rng) => string][]) {
  for (let i = 0; i < perType; i++) {
    const value = gen(r);
    for (const [obfuscation, v] of variants(type, value, r)) {
      for (const context of [false, true]) {
        const template = context ? `${CONTEXT[type]} {v} ok` : pick(r, NEUTRAL);
        const start = template.indexOf('{v}');
        const text = template.replace('{v}', v);
        lines.push(JSON.stringify({ text, type, obfuscation, context, start, end: start + v.length }));
      }
    }
  }
}
const out = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/pii-obfuscation.jsonl');
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length} rows to ${out}`);

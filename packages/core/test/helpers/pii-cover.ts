import { expect } from 'vitest';
import { createPiiEngine } from '../../src/pii/index.ts';
import type { PiiEntityType } from '../../src/pii/types.ts';

/** [type, value, text]: `value` appears in `text` and must be covered by entities of `type`. */
export type Case = [PiiEntityType, string, string];

export const engine = createPiiEngine();

/** True when every letter or digit of `value` (its first occurrence in `text`) lies inside a detected entity of `type`. */
export async function covered(type: PiiEntityType, value: string, text: string): Promise<boolean> {
  const at = text.indexOf(value);
  expect(at).toBeGreaterThanOrEqual(0);
  const found = (await engine.detect(text)).filter((e) => e.type === type);
  for (let k = 0; k < value.length; ) {
    const ch = String.fromCodePoint(value.codePointAt(k) ?? 0);
    if (/[\p{L}\p{N}]/u.test(ch) && !found.some((e) => e.start <= at + k && at + k < e.end)) return false;
    k += ch.length;
  }
  return true;
}

/** Every case covered; the failure lists the values that were not. */
export async function expectAll(cases: Case[]): Promise<void> {
  const missed: string[] = [];
  for (const [type, value, text] of cases) if (!(await covered(type, value, text))) missed.push(`${type} ${value}`);
  expect(missed).toEqual([]);
}

/** No entity (of `types`, when given) in any of `texts`; the failure lists what was found. */
export async function expectNone(texts: string[], types?: PiiEntityType[]): Promise<void> {
  const hits: string[] = [];
  for (const text of texts)
    for (const e of await engine.detect(text)) if (!types || types.includes(e.type)) hits.push(`${e.type}:${e.text}`);
  expect(hits).toEqual([]);
}

import type { PiiEngine } from '../src/pii/engine.ts';

/**
 * The address put in place of the carrier's `{a}` and run through the engine: `ok` when no letter or digit of the
 * address is left outside an ADDRESS entity (the recall rule of every address bench).
 */
export async function addressInCarrier(
  engine: PiiEngine,
  carrier: string,
  address: string,
): Promise<{ ok: boolean; text: string }> {
  const at = carrier.indexOf('{a}');
  const text = carrier.replace('{a}', address);
  const found = (await engine.detect(text)).filter((e) => e.type === 'ADDRESS');
  for (let k = at; k < at + address.length; k++)
    if (/[\p{L}\p{N}]/u.test(text[k]) && !found.some((e) => e.start <= k && k < e.end)) return { ok: false, text };
  return { ok: true, text };
}

import { describe, expect, it } from 'vitest';
import { knownReplacer } from '../src/pii/known.ts';
import { createSlicer } from '../src/pii/yield.ts';
import { blockProbe } from './helpers/block-probe.ts';

const known: [string, string][] = [
  ['<PERSON_2>', 'IBAN'],
  ['<PERSON_1>', 'Anna'],
  ['<EMAIL_1>', 'anna@example.com'],
];

describe('known-value replacement, sliced', () => {
  it('gives the same text as in one piece, placeholders and word boundaries kept', async () => {
    const replace = knownReplacer(known);
    const unit = 'IBAN <IBAN_1>, Anna, Annabel, anna@example.com <PERSON_1>Anna x';
    const text = unit.repeat(20_000);
    const whole = replace(text);
    expect(whole.startsWith('<PERSON_2> <IBAN_1>, <PERSON_1>, Annabel, <EMAIL_1> <PERSON_1><PERSON_1> x')).toBe(true);
    expect(await replace.sliced(text, createSlicer())).toBe(whole);
    expect(await knownReplacer([]).sliced('nothing to do', createSlicer())).toBe('nothing to do');
  });

  it('lets timers run while it replaces in a 2 MB message', async () => {
    const replace = knownReplacer(known);
    const text = 'Anna and Bob, '.repeat(150_000);
    const stop = { done: false };
    const blocked = blockProbe(stop);
    let ticks = 0;
    const tick = setInterval(() => ticks++, 1);
    const out = await replace.sliced(text, createSlicer());
    clearInterval(tick);
    stop.done = true;
    expect(out.split('<PERSON_1>').length - 1).toBe(150_000);
    // In one piece (88-232 ms of CPU here) no timer could run before it ends; sliced, timers run between the slices.
    expect(ticks).toBeGreaterThanOrEqual(3);
    // The gate's bound for any stall (issue 11); a garbage collection of the 2 MB of strings can take a slice's place.
    expect(await blocked).toBeLessThan(100);
  });
});

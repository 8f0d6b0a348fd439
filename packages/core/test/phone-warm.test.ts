import { describe, expect, it } from 'vitest';
import { phoneRecognizer, warmPhoneRegions } from '../src/pii/recognizers/phone.ts';
import { blockProbe } from './helpers/block-probe.ts';

describe('phone region warm-up', () => {
  it('runs once per process, in slices, and leaves the recognizer answering as before', async () => {
    const stop = { done: false };
    const blocked = blockProbe(stop);
    const first = warmPhoneRegions();
    expect(warmPhoneRegions()).toBe(first);
    await first;
    stop.done = true;
    // Every region tried in one piece is ~50 ms of CPU the first time; sliced, one scheduler slice at a time.
    expect(await blocked).toBeLessThan(40);
    const found = phoneRecognizer.find('ruf mich an: 0171 2345678', { entropyThreshold: 4, regions: ['DE'] });
    expect(found.map((m) => m.value)).toContain('+491712345678');
  });
});

import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { KVStore } from '../src/adapters/kv.ts';

/** The one contract every KV adapter passes (memory, Redis, Upstash REST). */
export function kvContract(name: string, make: () => Promise<{ kv: KVStore; close?: () => Promise<void> }>) {
  describe(`KV contract: ${name}`, () => {
    let kv: KVStore;
    let close: (() => Promise<void>) | undefined;
    let prefix = '';
    beforeEach(async () => {
      if (!kv) ({ kv, close } = await make());
      prefix = `test:${Math.random().toString(36).slice(2)}:`;
    });
    afterAll(async () => close?.());

    it('returns null for a missing key and round-trips strings exactly', async () => {
      expect(await kv.get(`${prefix}missing`)).toBeNull();
      for (const value of ['plain', '{"a":1}', '123', 'ünïcødé ✓ 👋', '']) {
        await kv.set(`${prefix}v`, value);
        expect(await kv.get(`${prefix}v`)).toBe(value);
      }
    });

    it('deletes', async () => {
      await kv.set(`${prefix}d`, 'x');
      await kv.del(`${prefix}d`);
      expect(await kv.get(`${prefix}d`)).toBeNull();
    });

    it('setIfAbsent writes once, atomically under concurrency', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => kv.setIfAbsent(`${prefix}once`, `w${i}`)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await kv.get(`${prefix}once`)).toBe(`w${results.indexOf(true)}`);
    });

    it('incr counts from 1 without gaps under concurrency', async () => {
      const values = await Promise.all(Array.from({ length: 20 }, () => kv.incr(`${prefix}n`, { ttlSeconds: 60 })));
      expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it('expires keys after their TTL', async () => {
      await kv.set(`${prefix}ttl`, 'soon', { ttlSeconds: 1 });
      expect(await kv.get(`${prefix}ttl`)).toBe('soon');
      await new Promise((r) => setTimeout(r, 1300));
      expect(await kv.get(`${prefix}ttl`)).toBeNull();
    });
  });
}

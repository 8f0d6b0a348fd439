import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { KVStore } from '../src/adapters/kv.ts';

/** Values that JSON-parsing clients would change, and plain ones: every one must come back byte for byte. */
export const TRICKY_VALUES = [
  'plain',
  '',
  ' spaced ',
  '{"a":1}',
  '{ "a": 1 }',
  '["1",2]',
  '"quoted"',
  'null',
  'true',
  '123',
  '1.0',
  '1e3',
  '007',
  '12345678901234567890',
  '~tilde',
  'ünïcødé ✓ 👋 中文',
  '<EMAIL_1>',
  'line\nbreak\ttab',
];

/** The one contract every KV adapter passes (memory, Redis, Upstash REST). */
export function kvContract(name: string, make: () => Promise<{ kv: KVStore; close?: () => Promise<void> }>) {
  describe(`KV contract: ${name}`, () => {
    let kv: KVStore;
    let close: (() => Promise<void>) | undefined;
    let prefix = '';
    beforeAll(async () => {
      ({ kv, close } = await make());
    });
    beforeEach(() => {
      prefix = `test:${Math.random().toString(36).slice(2)}:`;
    });
    afterAll(async () => close?.());

    it('returns null for a missing key and round-trips strings exactly', async () => {
      expect(await kv.get(`${prefix}missing`)).toBeNull();
      for (const value of TRICKY_VALUES) {
        await kv.set(`${prefix}v`, value);
        expect(await kv.get(`${prefix}v`)).toBe(value);
      }
      const big = 'x'.repeat(200_000);
      await kv.set(`${prefix}big`, big);
      expect(await kv.get(`${prefix}big`)).toBe(big);
    });

    it('mget returns one value or null per key, in order, exactly', async () => {
      expect(await kv.mget([])).toEqual([]);
      const keys = TRICKY_VALUES.map((_, i) => `${prefix}m${i}`);
      await Promise.all(keys.map((key, i) => kv.set(key, TRICKY_VALUES[i])));
      const asked = [`${prefix}none1`, ...keys, `${prefix}none2`, keys[0]];
      expect(await kv.mget(asked)).toEqual([null, ...TRICKY_VALUES, null, TRICKY_VALUES[0]]);
    });

    it('mget takes a large batch', async () => {
      const keys = Array.from({ length: 1200 }, (_, i) => `${prefix}b${i}`);
      await Promise.all(keys.filter((_, i) => i % 3 === 0).map((key) => kv.set(key, key)));
      const values = await kv.mget(keys);
      expect(values).toEqual(keys.map((key, i) => (i % 3 === 0 ? key : null)));
    });

    it('set overwrites, del deletes (and deleting a missing key is fine)', async () => {
      await kv.set(`${prefix}d`, 'x');
      await kv.set(`${prefix}d`, 'y');
      expect(await kv.get(`${prefix}d`)).toBe('y');
      await kv.del(`${prefix}d`);
      expect(await kv.get(`${prefix}d`)).toBeNull();
      await kv.del(`${prefix}never`);
    });

    it('setIfAbsent writes once, atomically under concurrency', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => kv.setIfAbsent(`${prefix}once`, `w${i}`)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await kv.get(`${prefix}once`)).toBe(`w${results.indexOf(true)}`);
      expect(await kv.setIfAbsent(`${prefix}once`, 'late', { ttlSeconds: 60 })).toBe(false);
      expect(await kv.get(`${prefix}once`)).toBe(`w${results.indexOf(true)}`);
    });

    it('incr counts from 1 without gaps under concurrency', async () => {
      const values = await Promise.all(Array.from({ length: 20 }, () => kv.incr(`${prefix}n`, { ttlSeconds: 60 })));
      expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await kv.get(`${prefix}n`)).toBe('20');
      expect(await kv.incr(`${prefix}plain`)).toBe(1);
    });

    it('expires keys after their TTL (set, setIfAbsent, a new counter); a counter keeps its first TTL', async () => {
      await kv.set(`${prefix}ttl`, 'soon', { ttlSeconds: 1 });
      await kv.set(`${prefix}keep`, 'stays', { ttlSeconds: 60 });
      expect(await kv.setIfAbsent(`${prefix}lock`, 'held', { ttlSeconds: 1 })).toBe(true);
      expect(await kv.incr(`${prefix}count`, { ttlSeconds: 1 })).toBe(1);
      expect(await kv.incr(`${prefix}count`, { ttlSeconds: 60 })).toBe(2); // does not extend the TTL
      expect(await kv.mget([`${prefix}ttl`, `${prefix}lock`, `${prefix}count`])).toEqual(['soon', 'held', '2']);
      await new Promise((r) => setTimeout(r, 2100));
      expect(await kv.mget([`${prefix}ttl`, `${prefix}lock`, `${prefix}count`, `${prefix}keep`])).toEqual([
        null,
        null,
        null,
        'stays',
      ]);
      expect(await kv.setIfAbsent(`${prefix}lock`, 'again', { ttlSeconds: 1 })).toBe(true);
      expect(await kv.incr(`${prefix}count`)).toBe(1);
    });
  });
}

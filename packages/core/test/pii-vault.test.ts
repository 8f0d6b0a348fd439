import { describe, expect, it, vi } from 'vitest';
import type { KVStore } from '../src/adapters/kv.ts';
import { createMemoryKV } from '../src/adapters/memory-kv.ts';
import { createPiiEngine, createPiiVault } from '../src/pii/index.ts';

const KEY = btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i * 7)));
const scope = { tenant: 'acme', conversation: 'conv-1' };

/** Memory KV that yields to the event loop on every call, so concurrent requests interleave. */
function slowKV(now?: () => number): KVStore & { dump(): Map<string, string> } {
  const inner = createMemoryKV({ now });
  const data = new Map<string, string>();
  const tick = () => new Promise((r) => setTimeout(r, Math.random() * 3));
  return {
    name: 'slow-memory',
    async get(k) {
      await tick();
      return inner.get(k);
    },
    async mget(keys) {
      await tick();
      return inner.mget(keys);
    },
    async set(k, v, o) {
      await tick();
      data.set(k, v);
      return inner.set(k, v, o);
    },
    async setIfAbsent(k, v, o) {
      await tick();
      const ok = await inner.setIfAbsent(k, v, o);
      if (ok) data.set(k, v);
      return ok;
    },
    async incr(k, o) {
      await tick();
      return inner.incr(k, o);
    },
    async del(k) {
      await tick();
      data.delete(k);
      return inner.del(k);
    },
    dump: () => data,
  };
}

describe('pseudonym vault', () => {
  it('two concurrent requests of one conversation agree on placeholders', async () => {
    for (let round = 0; round < 5; round++) {
      const kv = slowKV();
      const engine = createPiiEngine({ vault: { kv, key: KEY } });
      const a = 'Mail anna@example.com and bob@example.com, card 4111 1111 1111 1111';
      const b = 'bob@example.com wrote to anna@example.com; also carl@example.com';
      const [ra, rb] = await Promise.all([engine.redact(a, scope), engine.redact(b, scope)]);
      const map = new Map<string, string>();
      for (const e of [...ra.entities, ...rb.entities]) {
        const known = map.get(e.value);
        if (known) expect(e.replacement).toBe(known);
        map.set(e.value, e.replacement);
      }
      const emails = [...map].filter(([v]) => v.includes('@')).map(([, p]) => p);
      expect(new Set(emails).size).toBe(3); // distinct values get distinct placeholders
      expect(ra.text).toMatch(/^Mail <EMAIL_\d+> and <EMAIL_\d+>, card <CREDIT_CARD_1>$/);
    }
  });

  it('is stable across turns and sessions, and scoped by tenant and conversation', async () => {
    const kv = createMemoryKV();
    const engine = createPiiEngine({ vault: { kv, key: KEY } });
    const t1 = await engine.redact('I am reachable at jane@example.com', scope);
    const t2 = await engine.redact('again: JANE@example.com and max@example.com', scope);
    expect(t1.text).toBe('I am reachable at <EMAIL_1>');
    expect(t2.text).toBe('again: <EMAIL_1> and <EMAIL_2>');
    const other = await engine.redact('max@example.com', { tenant: 'acme', conversation: 'conv-2' });
    expect(other.text).toBe('<EMAIL_1>');
    const s = engine.session(scope);
    await s.hydrate('<EMAIL_2> said hi to <EMAIL_1>, <EMAIL_9>');
    expect(s.restore('<EMAIL_2> said hi to <EMAIL_1>, <EMAIL_9>')).toBe(
      'max@example.com said hi to jane@example.com, <EMAIL_9>',
    );
    const otherTenant = engine.session({ tenant: 'evil', conversation: 'conv-1' });
    await otherTenant.hydrate('<EMAIL_1>');
    expect(otherTenant.restore('<EMAIL_1>')).toBe('<EMAIL_1>');
  });

  it('stores nothing readable: keys are HMACs, originals are AES-GCM encrypted', async () => {
    const kv = slowKV();
    const engine = createPiiEngine({ vault: { kv, key: KEY } });
    await engine.redact('jane@example.com 4111 1111 1111 1111 Jane', scope);
    const dump = [...kv.dump()].flat().join('\n');
    for (const secret of ['jane', '4111', 'example']) expect(dump.toLowerCase()).not.toContain(secret);
    const wrongKey = createPiiVault({
      kv,
      key: btoa('x'.repeat(32)),
      ttlSeconds: 60,
      allowEphemeralKey: false,
      prefix: 'edge-ai:pii',
    });
    expect(await wrongKey.resolve(scope, '<EMAIL_1>')).toBeNull();
  });

  it('a session asks the KV once per distinct value (history is re-pseudonymized every turn)', async () => {
    const kv = createMemoryKV();
    let calls = 0;
    const counted =
      <A extends unknown[], R>(fn: (...args: A) => R) =>
      (...args: A): R => {
        calls++;
        return fn(...args);
      };
    const counting: KVStore = {
      name: 'counting',
      get: counted(kv.get),
      mget: counted(kv.mget),
      set: counted(kv.set),
      setIfAbsent: counted(kv.setIfAbsent),
      incr: counted(kv.incr),
      del: counted(kv.del),
    };
    const s = createPiiEngine({ vault: { kv: counting, key: KEY } }).session(scope);
    await s.transform('a@example.com');
    const first = calls;
    await s.transform('again a@example.com and A@EXAMPLE.COM');
    expect(calls).toBe(first);
  });

  it('entries expire with the TTL', async () => {
    let now = 0;
    const kv = createMemoryKV({ now: () => now });
    const engine = createPiiEngine({ vault: { kv, key: KEY, ttlSeconds: 60 } });
    expect((await engine.redact('a@example.com', scope)).text).toBe('<EMAIL_1>');
    now = 61_000;
    const s = engine.session(scope);
    await s.hydrate('<EMAIL_1>');
    expect(s.restore('<EMAIL_1>')).toBe('<EMAIL_1>');
  });

  it('never reuses a placeholder number whose reverse entry outlived the counter', async () => {
    const kv = createMemoryKV();
    const engine = createPiiEngine({ vault: { kv, key: KEY } });
    await engine.redact('a@example.com', scope);
    await kv.del('edge-ai:pii:acme:conv-1:n:EMAIL'); // counter lost (e.g. evicted)
    expect((await engine.redact('b@example.com', scope)).text).toBe('<EMAIL_2>');
  });

  it('requires a key unless ephemeral keys are explicitly allowed', () => {
    const saved = process.env.EDGE_AI_VAULT_KEY;
    delete process.env.EDGE_AI_VAULT_KEY;
    try {
      const kv = createMemoryKV();
      expect(() => createPiiEngine({ vault: { kv } })).toThrow(/EDGE_AI_VAULT_KEY/);
      expect(() => createPiiEngine({ vault: { kv, key: 'c2hvcnQ=' } })).toThrow(/32 bytes/);
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      createPiiEngine({ vault: { kv, allowEphemeralKey: true } });
      createPiiEngine({ vault: { kv, allowEphemeralKey: true } });
      expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
      warn.mockRestore();
      process.env.EDGE_AI_VAULT_KEY = KEY;
      expect(() => createPiiEngine({ vault: { kv } })).not.toThrow();
    } finally {
      if (saved === undefined) delete process.env.EDGE_AI_VAULT_KEY;
      else process.env.EDGE_AI_VAULT_KEY = saved;
    }
  });
});

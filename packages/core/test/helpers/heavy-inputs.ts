/**
 * Request bodies that once stalled the server (issue #11): one long token, base64, emoji, digits and spaces, many
 * tiny messages each with an email. `chars` is the prompt length in UTF-16 code units; seeded, so runs compare.
 */
export function heavyInputs(chars: number, messages: number): [string, () => unknown][] {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const size = chars >= 1_000_000 ? `${chars / 1_000_000} MB` : `${chars / 1000} KB`;
  return [
    [`${size} of one token`, () => ({ prompt: 'a'.repeat(chars) })],
    [
      `${size} of base64`,
      () => ({ prompt: Array.from({ length: chars }, () => B64[Math.floor(rand() * 64)]).join('') }),
    ],
    [`${size} of emoji`, () => ({ prompt: '😀'.repeat(chars / 2) })],
    [`${size} of digits and spaces`, () => ({ prompt: '1 '.repeat(chars / 2) })],
    [
      `${messages.toLocaleString('en')} tiny messages, each with an email`,
      () => ({
        messages: Array.from({ length: messages }, (_, i) => ({
          role: i % 2 ? 'assistant' : 'user',
          content: `hi ${i}, mail u${i}@example.com`,
        })),
      }),
    ],
  ];
}

/** Runs `heavy` through `handle` while a small request is sent every 25 ms; returns the figures. */
export async function underLoad(
  handle: (request: Request) => Promise<{ response: Response }>,
  heavy: unknown,
  blockProbe: (stop: { done: boolean }) => Promise<number>,
): Promise<{ status: number; ms: number; probes: number[]; blockedMs: number; timing: string }> {
  const post = (body: unknown) =>
    new Request('http://localhost/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const body = JSON.stringify(heavy);
  const stop = { done: false };
  const probes: number[] = [];
  const probing = (async () => {
    while (!stop.done) {
      const t0 = performance.now();
      const { response } = await handle(post({ prompt: 'hello there, how are you?' }));
      await response.text();
      probes.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  const blocking = blockProbe(stop);
  const t0 = performance.now();
  const { response } = await handle(post(body));
  await response.text();
  const ms = performance.now() - t0;
  stop.done = true;
  await probing;
  const blockedMs = await blocking;
  return {
    status: response.status,
    ms,
    probes: probes.sort((a, b) => a - b),
    blockedMs,
    timing: (response.headers.get('server-timing') ?? '').replace(/;desc="[^"]*"/g, ''),
  };
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

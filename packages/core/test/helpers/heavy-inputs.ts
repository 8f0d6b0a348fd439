import { monitorEventLoopDelay } from 'node:perf_hooks';

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

/**
 * A long prompt dense with personal data (names, emails, phones, IBANs, cards, addresses in en/de/fr), about `chars`
 * characters: the PII stage's heaviest legitimate work. Deterministic.
 */
export function piiDenseInput(chars: number): { prompt: string } {
  const first = ['Maria', 'Jonas', 'Chloé', 'Lucía', 'Pieter', 'Aiko', 'Omar', 'Ingrid'];
  const last = ['Schneider', 'Weber', 'Dubois', 'García', 'Jansen', 'Tanaka', 'Haddad', 'Lindqvist'];
  const lines = [
    (f: string, l: string, k: number) =>
      `Hi, I am ${f} ${l}, email ${f.toLowerCase()}.${l.toLowerCase()}${k}@example.com, phone +49 151 ${4147000 + k}.`,
    (f: string, l: string, k: number) =>
      `Bitte überweisen Sie an ${f} ${l}, IBAN DE89 3704 0044 0532 0130 00, Karte 4111 1111 1111 1111, Ref ${k}.`,
    (f: string, l: string, k: number) =>
      `Je m'appelle ${f} ${l}, j'habite 12 rue de la Paix, 75002 Paris, appelle-moi au 06 12 34 ${String(k % 100).padStart(2, '0')} 78.`,
    (f: string, l: string, k: number) =>
      `${f} ${l} lives at ${k % 900} Baker Street, London NW1 6XE; SSN 536-22-${1000 + (k % 9000)}.`,
  ];
  const out: string[] = [];
  let size = 0;
  for (let k = 0; size < chars; k++) {
    const line = lines[k % lines.length](first[k % first.length], last[(k * 3) % last.length], k);
    out.push(line);
    size += line.length + 1;
  }
  return { prompt: out.join(' ').slice(0, chars) };
}

export interface LoadFigures {
  /** Status of each heavy request, in the order given. */
  statuses: number[];
  /** Until the last heavy request was answered. */
  ms: number;
  /** Latencies of the small requests sent meanwhile, sorted. */
  probes: number[];
  /** Longest main-thread block (see blockProbe). */
  blockedMs: number;
  /** Longest event-loop delay in wall-clock time (includes time the OS gave to other processes). */
  loopDelayMaxMs: number;
  timing: string;
}

/**
 * Sends every body of `heavies` at once through `handle` while a small request is sent every 25 ms; returns the
 * figures once all are answered.
 */
export async function underLoadAll(
  handle: (request: Request) => Promise<{ response: Response }>,
  heavies: unknown[],
  blockProbe: (stop: { done: boolean }) => Promise<number>,
): Promise<LoadFigures> {
  const post = (body: unknown) =>
    new Request('http://localhost/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const bodies = heavies.map((h) => JSON.stringify(h));
  const stop = { done: false };
  const probes: number[] = [];
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
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
  const responses = await Promise.all(
    bodies.map(async (body) => {
      const { response } = await handle(post(body));
      await response.text();
      return response;
    }),
  );
  const ms = performance.now() - t0;
  stop.done = true;
  await probing;
  const blockedMs = await blocking;
  lag.disable();
  return {
    statuses: responses.map((r) => r.status),
    ms,
    probes: probes.sort((a, b) => a - b),
    blockedMs,
    loopDelayMaxMs: lag.max / 1e6,
    timing: (responses[0].headers.get('server-timing') ?? '').replace(/;desc="[^"]*"/g, ''),
  };
}

/** Runs `heavy` through `handle` while a small request is sent every 25 ms; returns the figures. */
export async function underLoad(
  handle: (request: Request) => Promise<{ response: Response }>,
  heavy: unknown,
  blockProbe: (stop: { done: boolean }) => Promise<number>,
): Promise<LoadFigures & { status: number }> {
  const figures = await underLoadAll(handle, [heavy], blockProbe);
  return { ...figures, status: figures.statuses[0] };
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

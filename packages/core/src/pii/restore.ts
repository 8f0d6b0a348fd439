/**
 * Puts original values back in place of `<TYPE_N>` placeholders: whole strings, JSON values, and streams whose
 * chunks may split a placeholder anywhere. Unknown placeholders pass through unchanged.
 */
export type PlaceholderLookup = ReadonlyMap<string, string> | ((placeholder: string) => string | undefined);

/** A placeholder as the engine writes it: `<EMAIL_1>`, `<CREDIT_CARD_12>`. */
export const PLACEHOLDER_RE = /<[A-Z][A-Z_]*_\d+>/g;
/** A string that could still grow into a placeholder: "<", "<EM", "<EMAIL_", "<EMAIL_1". */
const PLACEHOLDER_PREFIX = /^<(?:[A-Z][A-Z_]*(?:_\d*)?)?$/;
/** Longest placeholder held back while streaming (type names are short; counters stay well below 10^9). */
export const MAX_PLACEHOLDER_LENGTH = 40;

const lookupFn = (lookup: PlaceholderLookup) =>
  typeof lookup === 'function' ? lookup : (p: string) => (lookup as ReadonlyMap<string, string>).get(p);

export function restoreText(text: string, lookup: PlaceholderLookup): string {
  if (!text.includes('<')) return text;
  const get = lookupFn(lookup);
  return text.replace(PLACEHOLDER_RE, (p) => get(p) ?? p);
}

/** Restores every string (and object key) inside a JSON-like value; returns a new value. */
export function restoreJson<T>(value: T, lookup: PlaceholderLookup): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return restoreText(v, lookup);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [restoreText(k, lookup), walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}

/** Lookup whose values are escaped for use inside a JSON string literal (streamed tool-call input text). */
export function jsonEscapedLookup(lookup: PlaceholderLookup): (placeholder: string) => string | undefined {
  const get = lookupFn(lookup);
  return (p) => {
    const v = get(p);
    return v === undefined ? undefined : JSON.stringify(v).slice(1, -1);
  };
}

/** Restores a JSON-encoded string (tool-call input): parsed and rebuilt when valid JSON, escaped otherwise. */
export function restoreJsonText(json: string, lookup: PlaceholderLookup): string {
  if (!json.includes('<')) return json;
  try {
    return JSON.stringify(restoreJson(JSON.parse(json), lookup));
  } catch {
    return restoreText(json, jsonEscapedLookup(lookup));
  }
}

/** Length of the tail of `text` that could be the beginning of a placeholder (0 when none). */
export function pendingTailLength(text: string): number {
  const lt = text.lastIndexOf('<');
  if (lt < 0 || text.length - lt >= MAX_PLACEHOLDER_LENGTH) return 0;
  return PLACEHOLDER_PREFIX.test(text.slice(lt)) ? text.length - lt : 0;
}

export interface StreamingRestorer {
  /** Feeds a chunk; returns the restored text that is safe to emit now. */
  push(chunk: string): string;
  /** Returns whatever is still held back (call at the end of the stream). */
  flush(): string;
}

export function createStreamingRestorer(lookup: PlaceholderLookup): StreamingRestorer {
  let held = '';
  return {
    push(chunk) {
      const text = held + chunk;
      const keep = pendingTailLength(text);
      held = text.slice(text.length - keep);
      return restoreText(text.slice(0, text.length - keep), lookup);
    },
    flush() {
      const rest = held;
      held = '';
      return restoreText(rest, lookup);
    },
  };
}

export function createRestoreStream(lookup: PlaceholderLookup): TransformStream<string, string> {
  const r = createStreamingRestorer(lookup);
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      const out = r.push(chunk);
      if (out) controller.enqueue(out);
    },
    flush(controller) {
      const out = r.flush();
      if (out) controller.enqueue(out);
    },
  });
}

type Chunk = { type: string } & Record<string, unknown>;

/**
 * Restores AI SDK UI message stream chunks: text/reasoning deltas (buffered per part id, released on *-end),
 * tool-input deltas (per toolCallId), and tool input/output objects. Other chunks pass through.
 */
export function createUIMessageRestoreStream<T extends Chunk>(lookup: PlaceholderLookup): TransformStream<T, T> {
  const open = new Map<string, StreamingRestorer>();
  const jsonLookup = jsonEscapedLookup(lookup);
  const restorer = (key: string) => {
    const existing = open.get(key);
    if (existing) return existing;
    const created = createStreamingRestorer(key.startsWith('tool:') ? jsonLookup : lookup);
    open.set(key, created);
    return created;
  };
  const DELTA: Record<string, [prefix: string, idField: string, deltaField: string]> = {
    'text-delta': ['text', 'id', 'delta'],
    'reasoning-delta': ['reasoning', 'id', 'delta'],
    'tool-input-delta': ['tool', 'toolCallId', 'inputTextDelta'],
  };
  const END: Record<string, [string, string, string, string]> = {
    'text-end': ['text', 'id', 'text-delta', 'delta'],
    'reasoning-end': ['reasoning', 'id', 'reasoning-delta', 'delta'],
    'tool-input-available': ['tool', 'toolCallId', 'tool-input-delta', 'inputTextDelta'],
    'tool-input-error': ['tool', 'toolCallId', 'tool-input-delta', 'inputTextDelta'],
  };
  return new TransformStream<T, T>({
    transform(chunk, controller) {
      const delta = DELTA[chunk.type];
      if (delta) {
        const [prefix, idField, field] = delta;
        const out = restorer(`${prefix}:${String(chunk[idField])}`).push(String(chunk[field] ?? ''));
        if (out) controller.enqueue({ ...chunk, [field]: out });
        return;
      }
      const end = END[chunk.type];
      if (end) {
        const [prefix, idField, deltaType, field] = end;
        const key = `${prefix}:${String(chunk[idField])}`;
        const rest = open.get(key)?.flush();
        open.delete(key);
        if (rest) controller.enqueue({ type: deltaType, [idField]: chunk[idField], [field]: rest } as unknown as T);
      }
      controller.enqueue(restoreJson(chunk, lookup));
    },
    flush(controller) {
      // Unterminated parts: emit what is held so nothing is lost.
      for (const [key, r] of open) {
        const rest = r.flush();
        const [prefix, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
        if (!rest) continue;
        if (prefix === 'tool')
          controller.enqueue({ type: 'tool-input-delta', toolCallId: id, inputTextDelta: rest } as unknown as T);
        else controller.enqueue({ type: `${prefix}-delta`, id, delta: rest } as unknown as T);
      }
      open.clear();
    },
  });
}

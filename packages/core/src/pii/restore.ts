import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';

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

type StreamPart = LanguageModelV4StreamPart;
type DeltaType = 'text-delta' | 'reasoning-delta' | 'tool-input-delta';
const END_OF: Record<'text-end' | 'reasoning-end' | 'tool-input-end', DeltaType> = {
  'text-end': 'text-delta',
  'reasoning-end': 'reasoning-delta',
  'tool-input-end': 'tool-input-delta',
};

/**
 * Restores a language model stream (the restoring half of the PII middleware): text, reasoning and tool-input
 * deltas are buffered per part id only while they could end in a placeholder, the rest is released when the part
 * ends; tool calls and provider-executed tool results are restored whole. Other parts pass through unchanged.
 */
export function createModelStreamRestore(lookup: PlaceholderLookup): TransformStream<StreamPart, StreamPart> {
  const open = new Map<string, { type: DeltaType; id: string; restorer: StreamingRestorer }>();
  const jsonLookup = jsonEscapedLookup(lookup);
  const take = (type: DeltaType, id: string) => {
    const key = `${type}:${id}`;
    let entry = open.get(key);
    if (!entry) {
      entry = { type, id, restorer: createStreamingRestorer(type === 'tool-input-delta' ? jsonLookup : lookup) };
      open.set(key, entry);
    }
    return entry.restorer;
  };
  const release = (type: DeltaType, id: string): StreamPart | undefined => {
    const key = `${type}:${id}`;
    const delta = open.get(key)?.restorer.flush();
    open.delete(key);
    return delta ? { type, id, delta } : undefined;
  };
  return new TransformStream<StreamPart, StreamPart>({
    transform(part, controller) {
      if (part.type === 'text-delta' || part.type === 'reasoning-delta' || part.type === 'tool-input-delta') {
        const delta = take(part.type, part.id).push(part.delta);
        if (delta) controller.enqueue({ ...part, delta });
        return;
      }
      if (part.type === 'text-end' || part.type === 'reasoning-end' || part.type === 'tool-input-end') {
        const rest = release(END_OF[part.type], part.id);
        if (rest) controller.enqueue(rest);
      }
      if (part.type === 'tool-call') controller.enqueue({ ...part, input: restoreJsonText(part.input, lookup) });
      else if (part.type === 'tool-result') controller.enqueue({ ...part, result: restoreJson(part.result, lookup) });
      else controller.enqueue(part);
    },
    flush(controller) {
      // Unterminated parts: emit what is held so nothing is lost.
      for (const { type, id } of [...open.values()]) {
        const rest = release(type, id);
        if (rest) controller.enqueue(rest);
      }
    },
  });
}

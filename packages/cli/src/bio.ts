/** BIO decoding and entity-level exact-span scoring for `edge-ai eval ner`. */
import { prf } from './metrics.ts';

export const ENTITY_TYPES = ['PER', 'LOC', 'ORG'] as const;

/** A span over tokens [start, end) with a type. */
export interface TokenSpan {
  type: string;
  start: number;
  end: number;
}

/**
 * Decodes BIO (or IOB1) tags into token spans, conlleval style: an I- tag that does not continue an entity
 * of the same type starts a new one. Types outside `types` are ignored.
 */
export function decodeBio(tags: string[], types: readonly string[] = ENTITY_TYPES): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: TokenSpan | undefined;
  tags.forEach((tag, i) => {
    const m = /^([BI])-(.+)$/.exec(tag);
    const type = m?.[2];
    const cont = m?.[1] === 'I' && cur !== undefined && cur.type === type && cur.end === i;
    if (cont && cur) {
      cur.end = i + 1;
      return;
    }
    if (cur) spans.push(cur);
    cur = m && type && types.includes(type) ? { type, start: i, end: i + 1 } : undefined;
  });
  if (cur) spans.push(cur);
  return spans;
}

/** Character offsets [start, end) of each token in `tokens.join(' ')`. */
export function tokenOffsets(tokens: string[]): { start: number; end: number }[] {
  let pos = 0;
  return tokens.map((t) => {
    const o = { start: pos, end: pos + t.length };
    pos += t.length + 1;
    return o;
  });
}

/** Maps a character span onto the tokens it overlaps; null when it overlaps none. */
export function charToTokenSpan(
  offsets: { start: number; end: number }[],
  start: number,
  end: number,
): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  offsets.forEach((o, i) => {
    if (o.end > start && o.start < end && o.end > o.start) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : { start: first, end: last + 1 };
}

export interface SpanCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Exact-match counts (same type and token span) of predicted vs gold spans, per type and overall. */
export function countSpans(pred: TokenSpan[], gold: TokenSpan[]): Record<string, SpanCounts> {
  const key = (s: TokenSpan) => `${s.type}:${s.start}:${s.end}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(pred.map(key));
  const counts: Record<string, SpanCounts> = {};
  const bump = (type: string, field: keyof SpanCounts) => {
    for (const t of [type, 'all']) {
      counts[t] ??= { tp: 0, fp: 0, fn: 0 };
      counts[t][field]++;
    }
  };
  for (const s of new Map(pred.map((p) => [key(p), p])).values()) bump(s.type, goldKeys.has(key(s)) ? 'tp' : 'fp');
  for (const s of gold) if (!predKeys.has(key(s))) bump(s.type, 'fn');
  return counts;
}

export function addCounts(into: Record<string, SpanCounts>, more: Record<string, SpanCounts>): void {
  for (const [t, c] of Object.entries(more)) {
    into[t] ??= { tp: 0, fp: 0, fn: 0 };
    into[t].tp += c.tp;
    into[t].fp += c.fp;
    into[t].fn += c.fn;
  }
}

/** Micro precision / recall / F1 overall and per type from summed counts. */
export function spanMetrics(counts: Record<string, SpanCounts>) {
  const c = counts.all ?? { tp: 0, fp: 0, fn: 0 };
  const byType: Record<string, ReturnType<typeof prf> & SpanCounts> = {};
  for (const t of ENTITY_TYPES) {
    const ct = counts[t] ?? { tp: 0, fp: 0, fn: 0 };
    byType[t] = { ...prf(ct.tp, ct.fp, ct.fn), ...ct };
  }
  return { ...prf(c.tp, c.fp, c.fn), ...c, by_type: byType };
}

/**
 * Identifiers whose pieces look like numbers: a UUID ("59b2d0f8-3325-4f65-854b-4e2d37def381") holds runs such as
 * "3325-4" or "4e2d37" that the digit recognizers (and the letter-for-digit folding) would read as phones or ids.
 * A candidate that lies wholly inside one is no value of its own. One linear pass.
 */
const UUID =
  /(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])/g;

/** (start, end) => true when [start, end) lies inside a UUID of `text`. */
export function insideIdentifier(text: string): (start: number, end: number) => boolean {
  if (!text.includes('-')) return () => false;
  const spans = [...text.matchAll(UUID)].map((m) => [m.index, m.index + m[0].length] as const);
  if (spans.length === 0) return () => false;
  return (start, end) => {
    const k = firstEndingAfter(spans, start);
    return k < spans.length && spans[k][0] <= start && end <= spans[k][1];
  };
}

/** Index of the first of `spans` (sorted, disjoint [start, end) pairs) that ends after `at`; spans.length if none. */
export function firstEndingAfter(spans: readonly (readonly [number, number])[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

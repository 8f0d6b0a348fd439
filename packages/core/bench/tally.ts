/**
 * Hit counters of the hold-out benches: `count(key, ok)` adds one row under `key`; `stats` maps key -> [hits, rows];
 * `print()` writes one `key<TAB>rate%<TAB>rows` line per key, sorted.
 */
export function tally() {
  const stats = new Map<string, [number, number]>();
  const count = (key: string, ok: boolean) => {
    const s = stats.get(key) ?? [0, 0];
    s[0] += ok ? 1 : 0;
    s[1]++;
    stats.set(key, s);
  };
  const print = () => {
    for (const [k, [h, n]] of [...stats].sort()) console.log(`${k}\t${((100 * h) / n).toFixed(1)}%\t${n}`);
  };
  return { stats, count, print };
}

/**
 * The hold-outs' hit: every letter or digit of text[start, end) lies inside one of `found` (walked by code point, so
 * an astral character counts once and must be covered whole).
 */
export function covered(text: string, start: number, end: number, found: readonly { start: number; end: number }[]) {
  for (let k = start; k < end; ) {
    const cp = text.codePointAt(k) ?? 0;
    const w = cp > 0xffff ? 2 : 1;
    if (/[\p{L}\p{N}]/u.test(String.fromCodePoint(cp)) && !found.some((e) => e.start <= k && k + w <= e.end))
      return false;
    k += w;
  }
  return true;
}

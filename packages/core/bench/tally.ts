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

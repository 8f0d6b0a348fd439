import { readFileSync } from 'node:fs';

/** Reads JSONL rows, keeping those `accept` returns true for; the rest are counted as malformed. */
export function readRows<T>(
  file: string,
  accept: (row: Record<string, unknown>) => boolean,
): { rows: T[]; malformed: number; malformedLines: number[] } {
  const rows: T[] = [];
  const malformedLines: number[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const row = JSON.parse(line) as unknown;
        if (row && typeof row === 'object' && !Array.isArray(row) && accept(row as Record<string, unknown>)) {
          rows.push(row as T);
          return;
        }
      } catch {
        // counted below
      }
      malformedLines.push(i + 1);
    });
  return { rows, malformed: malformedLines.length, malformedLines };
}

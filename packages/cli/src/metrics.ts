/** Pure metric helpers for `edge-ai eval`. */

export interface BinaryMetrics {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** ROC-AUC; null when only one class is present. */
  auc: number | null;
}

/**
 * ROC-AUC as the Mann-Whitney statistic: P(score of a random positive > score of a random negative),
 * ties counted as 1/2 (average ranks). null when either class is empty.
 */
export function rocAuc(scores: number[], labels: number[]): number | null {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let pos = 0;
  let rankSumPos = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[idx[k]] === 1) {
        pos++;
        rankSumPos += avgRank;
      }
    }
    i = j + 1;
  }
  const neg = idx.length - pos;
  if (pos === 0 || neg === 0) return null;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

export function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function binaryMetrics(scores: number[], labels: number[], threshold: number): BinaryMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  scores.forEach((s, i) => {
    const pred = s >= threshold ? 1 : 0;
    if (pred === 1 && labels[i] === 1) tp++;
    else if (pred === 1) fp++;
    else if (labels[i] === 1) fn++;
    else tn++;
  });
  const n = scores.length;
  return { n, ...prf(tp, fp, fn), accuracy: n > 0 ? (tp + tn) / n : 0, auc: rocAuc(scores, labels) };
}

export function accuracy(pred: string[], gold: string[]): { n: number; accuracy: number } {
  const n = gold.length;
  const ok = gold.filter((g, i) => pred[i] === g).length;
  return { n, accuracy: n > 0 ? ok / n : 0 };
}

/** Nearest-rank percentile of a list of numbers (p in 0..100); 0 for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Rounds every number in a (nested) metrics object for printing. */
export function roundAll<T>(value: T, digits = 4): T {
  if (typeof value === 'number') return round(value, digits) as T;
  if (Array.isArray(value)) return value.map((v) => roundAll(v, digits)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundAll(v, digits)])) as T;
  }
  return value;
}

/** Grouping of eval rows by the optional fields they carry. */
export const GROUP_FIELDS = ['source', 'lang', 'length', 'kind'] as const;

/** Indices of rows grouped by field value: { field: { value: [row indices] } }; fields no row carries are omitted. */
export function groupIndices(
  rows: Record<string, unknown>[],
  fields: readonly string[] = GROUP_FIELDS,
): Record<string, Record<string, number[]>> {
  const by: Record<string, Record<string, number[]>> = {};
  for (const field of fields) {
    rows.forEach((row, i) => {
      const v = row[field];
      if (v === undefined || v === null || typeof v === 'object') return;
      by[field] ??= {};
      const key = String(v);
      by[field][key] ??= [];
      by[field][key].push(i);
    });
  }
  return by;
}

/** Applies `metric` to every group: { field: { value: metric(indices) } }. */
export function metricsBy<M>(
  groups: Record<string, Record<string, number[]>>,
  metric: (indices: number[]) => M,
): Record<string, Record<string, M>> {
  const out: Record<string, Record<string, M>> = {};
  for (const [field, values] of Object.entries(groups)) {
    out[field] = {};
    for (const key of Object.keys(values).sort()) out[field][key] = metric(values[key]);
  }
  return out;
}

// Summary statistics of repeated measurements, as the perf report prints them.

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
}

/** min / median / p90 / max and the count. */
export function summary(values) {
  const v = values.filter((x) => Number.isFinite(x));
  return { n: v.length, min: Math.min(...v), median: percentile(v, 50), p90: percentile(v, 90), max: Math.max(...v) };
}

/** "12.3" with one decimal under 100, a whole number above. */
export const fmt = (x) => (!Number.isFinite(x) ? '—' : Math.abs(x) >= 100 ? String(Math.round(x)) : x.toFixed(1));

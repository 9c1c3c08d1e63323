export type Timing = { median: number; p95: number; samples: number };

/** Median and 95th percentile (nearest rank) of a list of timings in ms. */
export function summarize(samples: ReadonlyArray<number>): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { median: at(0.5), p95: at(0.95), samples: sorted.length };
}

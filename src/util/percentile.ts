/**
 * Shared by judge (latency metrics) and aggregate (per-test and per-run
 * latency): a helper at the bottom so neither stage imports the other for it.
 */

/**
 * Percentile by linear interpolation between closest ranks (the common
 * "type 7" definition: p50 of [1,2,3,4] is 2.5). null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  const highValue = sorted[high] as number;
  return lowValue + (highValue - lowValue) * (rank - low);
}

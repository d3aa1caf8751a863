/**
 * Wilson score interval for a pass rate: honest at 0/n and n/n, where the
 * textbook p ± z·√(p(1−p)/n) collapses to a point. For the reports, the CSV
 * and the comment's details.
 */

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export function wilsonInterval(passes: number, trials: number, z: number = Z_95): Interval | null {
  if (!Number.isInteger(passes) || !Number.isInteger(trials) || passes < 0 || passes > trials) {
    throw new RangeError(`wilsonInterval: ${passes}/${trials} is not a count of passes out of trials`);
  }
  if (trials === 0) return null;
  const rate = passes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const center = (rate + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((rate * (1 - rate)) / trials + z2 / (4 * trials * trials))) / denominator;
  // The ends are exact at 0/n and n/n; clamping only removes rounding below 0 or above 1.
  return {
    low: passes === 0 ? 0 : Math.max(0, center - half),
    high: passes === trials ? 1 : Math.min(1, center + half),
  };
}

/**
 * The statistics behind run counts: pure functions, unit-tested against
 * hand-computed values.
 */
import { wilsonInterval } from '../verdict/index.js';

/** Binomial coefficient C(n, k) as a float; exact for the small n of run counts. */
export function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  const smaller = Math.min(k, n - k);
  let result = 1;
  for (let i = 1; i <= smaller; i++) result = (result * (n - smaller + i)) / i;
  return result;
}

/**
 * τ-bench's pass^k: the chance that k independent trials all pass, estimated
 * from s passes in n trials as C(s, k) / C(n, k). Undefined (null) when fewer
 * than k trials have a pass/fail outcome.
 */
export function passHatK(passes: number, trials: number, k: number): number | null {
  if (k < 1 || trials < k) return null;
  return choose(passes, k) / choose(trials, k);
}

/** Wilson score interval (95%) for a pass rate of `passes` out of `trials`: the verdict core's, as a pair. */
export function wilson95(passes: number, trials: number): [number, number] | null {
  const interval = wilsonInterval(passes, trials);
  return interval ? [interval.low, interval.high] : null;
}

/** The number of passes a test needs: "passes if ≥ 4 of 5" for min_pass_rate 0.8 over 5 runs. */
export function requiredPasses(runs: number, minPassRate: number): number {
  // The epsilon keeps 0.8 × 5 = 4.000000000000001 from demanding 5.
  return Math.max(0, Math.ceil(minPassRate * runs - 1e-9));
}

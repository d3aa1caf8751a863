/**
 * The statistics behind run counts: pure functions, unit-tested against
 * hand-computed values.
 */

/** z for a two-sided 95% interval. */
const Z_95 = 1.959963984540054;

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

/** Wilson score interval (95%) for a pass rate of `passes` out of `trials`. */
export function wilson95(passes: number, trials: number): [number, number] | null {
  if (trials === 0) return null;
  const p = passes / trials;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / trials;
  const center = (p + z2 / (2 * trials)) / denominator;
  const half = (Z_95 * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return [Math.max(0, center - half), Math.min(1, center + half)];
}

/** The number of passes a test needs: "passes if ≥ 4 of 5" for min_pass_rate 0.8 over 5 runs. */
export function requiredPasses(runs: number, minPassRate: number): number {
  // The epsilon keeps 0.8 × 5 = 4.000000000000001 from demanding 5.
  return Math.max(0, Math.ceil(minPassRate * runs - 1e-9));
}

/**
 * One-sided Fisher exact test for a 2×2 table of pass/fail counts, computed
 * in log space so run counts in the thousands neither overflow nor lose
 * precision.
 *
 *              pass   fail
 *   before      a      b
 *   after       c      d
 *
 * With the margins fixed, `a` follows a hypergeometric distribution; the
 * p-value of "before passes more often than after" is P(X ≥ a).
 */

const logFactorialTable: number[] = [0];
/** Beyond this, Stirling's series is accurate to far below double precision. */
const LOG_FACTORIAL_TABLE_LIMIT = 100_000;

/** ln(n!) — exact sums for counts we meet in practice, Stirling's series beyond. */
export function logFactorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`logFactorial: ${n} is not a natural number`);
  if (n < LOG_FACTORIAL_TABLE_LIMIT) {
    for (let i = logFactorialTable.length; i <= n; i += 1)
      logFactorialTable.push(logFactorialTable[i - 1]! + Math.log(i));
    return logFactorialTable[n]!;
  }
  // ln n! ≈ n ln n − n + ½ ln(2πn) + 1/(12n) − 1/(360n³)
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3);
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/** ln P(X = x) for X ~ Hypergeometric(population, successes, draws). */
function logHypergeometric(x: number, population: number, successes: number, draws: number): number {
  return logChoose(successes, x) + logChoose(population - successes, draws - x) - logChoose(population, draws);
}

/** log(Σ exp(terms)) without overflow. */
function logSumExp(terms: readonly number[]): number {
  let max = -Infinity;
  for (const term of terms) if (term > max) max = term;
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (const term of terms) sum += Math.exp(term - max);
  return max + Math.log(sum);
}

export interface PassCounts {
  readonly passes: number;
  readonly trials: number;
}

/**
 * p-value that `before` has a higher pass rate than `after` (one-sided:
 * a drop). Symmetric use — `fisherOneSided(after, before)` — tests a rise.
 */
export function fisherOneSided(before: PassCounts, after: PassCounts): number {
  const a = before.passes;
  const n = before.trials;
  const population = before.trials + after.trials;
  const successes = before.passes + after.passes;
  if (n === 0 || after.trials === 0) return 1;
  const upper = Math.min(n, successes);
  const terms: number[] = [];
  for (let x = a; x <= upper; x += 1) terms.push(logHypergeometric(x, population, successes, n));
  return Math.min(1, Math.exp(logSumExp(terms)));
}

/**
 * One-sided Fisher exact test of "the current pass rate is lower than the
 * reference's", exact with BigInt for tables of up to EXACT_LIMIT trials.
 *
 *                pass   fail
 *   reference     a      b
 *   current       c      d
 *
 * With the margins fixed, the reference's passes X follow a hypergeometric
 * distribution; p = P(X ≥ a) = Σ_{x ≥ a} C(S, x) C(N − S, n − x) / C(N, n).
 */
import { fisherOneSided } from './fisher-float.js';
import { exactPValue, type PValue } from './p-value.js';
import { rational } from './rational.js';

/** Passes out of trials on one side of a comparison. */
export interface Counts {
  readonly passes: number;
  readonly trials: number;
}

/**
 * Up to this many trials in the table the p-value is an exact rational (about 60 ms for the slowest
 * table at the limit; dropPValue memoises); beyond, a double with FLOAT_TOLERANCE.
 */
export const EXACT_LIMIT = 2000;

export function assertCounts(counts: Counts, name: string): void {
  const { passes, trials } = counts;
  if (!Number.isInteger(passes) || !Number.isInteger(trials) || passes < 0 || trials < 0 || passes > trials) {
    throw new RangeError(`${name}: ${passes}/${trials} is not a count of passes out of trials`);
  }
}

/** Numerator Σ_{x ≥ a} C(S, x) C(N − S, n − x) and denominator C(N, n), by exact recurrences. */
function hypergeometricUpperTail(
  a: number,
  n: number,
  successes: number,
  population: number,
): { num: bigint; den: bigint } {
  const failures = population - successes;
  const upper = Math.min(n, successes);
  let num = 0n;
  // Walk x from `upper` down to `a`, updating both binomials by one factor at a time.
  let chooseSuccesses = binomial(successes, upper);
  let chooseFailures = binomial(failures, n - upper);
  for (let x = upper; x >= a; x -= 1) {
    num += chooseSuccesses * chooseFailures;
    if (x === a) break;
    // C(S, x−1) = C(S, x)·x/(S−x+1);  C(F, n−x+1) = C(F, n−x)·(F−n+x)/(n−x+1)
    chooseSuccesses = (chooseSuccesses * BigInt(x)) / BigInt(successes - x + 1);
    const k = n - x;
    chooseFailures = k + 1 > failures ? 0n : (chooseFailures * BigInt(failures - k)) / BigInt(k + 1);
  }
  return { num, den: binomial(population, n) };
}

function binomial(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  const smaller = Math.min(k, n - k);
  let result = 1n;
  for (let i = 1; i <= smaller; i += 1) result = (result * BigInt(n - smaller + i)) / BigInt(i);
  return result;
}

/** One-sided p-value of a drop from `reference` to `current`; 1 when either side has no trial. */
export function fisherDropPValue(reference: Counts, current: Counts): PValue {
  assertCounts(reference, 'reference');
  assertCounts(current, 'current');
  if (reference.trials === 0 || current.trials === 0) return exactPValue(rational(1n, 1n));
  const population = reference.trials + current.trials;
  if (population > EXACT_LIMIT) return { value: fisherOneSided(reference, current) };
  const successes = reference.passes + current.passes;
  const tail = hypergeometricUpperTail(reference.passes, reference.trials, successes, population);
  return exactPValue(rational(tail.num, tail.den));
}

/**
 * α spending for the whole gate. The gate fails a run when any test shows a
 * confirmed regression in any comparison (against its history or the
 * previous run, and baseline → candidate). With m such comparisons in a run,
 * testing each at α_run / m keeps P(any false regression) ≤ α_run whatever the
 * dependence between them (Bonferroni's inequality: P(∪ Aᵢ) ≤ Σ P(Aᵢ)).
 *
 * The level is an exact rational: 0.05 / 30 is 1/600, not a rounded double.
 */
import { divideByInteger, fromDecimal, toNumber, type Rational } from './rational.js';

export const DEFAULT_RUN_ALPHA = 0.05;

export interface ComparisonLevel {
  /** The run-level α the gate promises (the suite's `gate.alpha`). */
  readonly runAlpha: number;
  /** Comparisons that can fail the gate in this run (tests × comparisons each). */
  readonly comparisons: number;
  /** α_run / comparisons, exactly. */
  readonly alpha: Rational;
  /** The same as a double, for display. */
  readonly value: number;
}

/** The level each comparison is tested at so the run's false-fail rate stays ≤ runAlpha. */
export function comparisonLevel(runAlpha: number = DEFAULT_RUN_ALPHA, comparisons: number): ComparisonLevel {
  if (!(runAlpha > 0 && runAlpha < 1))
    throw new RangeError(`run alpha must be between 0 and 1 (exclusive), got ${runAlpha}`);
  const count = Math.max(1, comparisons);
  if (!Number.isInteger(count)) throw new RangeError(`comparisons must be a whole number, got ${comparisons}`);
  const alpha = divideByInteger(fromDecimal(runAlpha), count);
  return { runAlpha, comparisons: count, alpha, value: toNumber(alpha) };
}

/** What one test contributes to the count: one comparison per reference it is compared with that can fail the gate. */
export interface TestComparisons {
  /** Compared with its pooled history, or else the previous run. */
  readonly againstHistoryOrPrevious: boolean;
  /** Candidate compared with the baseline variant in the same run. */
  readonly againstBaseline: boolean;
  /** Declared deterministic: a flip is a regression without statistics, and spends no α. */
  readonly deterministic?: boolean;
}

/** m = the number of statistical comparisons the run makes (the runner knows them before the first trial). */
export function countComparisons(tests: readonly TestComparisons[]): number {
  let count = 0;
  for (const test of tests) {
    if (test.deterministic) continue;
    count += Number(test.againstHistoryOrPrevious) + Number(test.againstBaseline);
  }
  return count;
}

/**
 * Totals of one variant recomputed from its tests and trials, for results
 * files written without `variantTotals` (older or hand-made files). Lives
 * here, not in compare/, because a lean read (transcripts dropped) must
 * compute it while the transcripts, whose agent latencies it needs, go by.
 * The rules are aggregate's `totals()`, the ones a run writes its own with.
 */
import { totals } from '../aggregate/index.js';
import { percentile } from '../util/percentile.js';
import type { Results, Totals } from '../model/results.js';

/**
 * `latencies`: every agent turn latency of the variant's trials; by default
 * read from the transcripts (pass them when the transcripts were dropped).
 * The duration is the run's, as in the totals a run writes per variant.
 */
export function computeVariantTotals(
  results: Pick<Results, 'tests' | 'trials' | 'totals'>,
  variant: string,
  latencies?: readonly number[],
): Totals {
  const computed = totals({
    tests: results.tests.filter((test) => test.variant === variant),
    trials: results.trials.filter((trial) => trial.variant === variant),
    durationMs: results.totals.durationMs,
  });
  if (latencies === undefined) return computed;
  return { ...computed, latencyP50: percentile(latencies, 50), latencyP95: percentile(latencies, 95) };
}

/**
 * Totals of one variant recomputed from its tests and trials, for results
 * files written without `variantTotals` (older or hand-made files). Lives
 * here, not in compare/, because a lean read (transcripts dropped) must
 * compute it while the transcripts, whose agent latencies it needs, go by.
 */
import type { Results, TraceEvent, Totals } from './schema.js';

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function agentLatenciesOf(transcript: readonly TraceEvent[]): number[] {
  return transcript.flatMap((event) => (event.type === 'agent_message' ? [event.latencyMs] : []));
}

/**
 * `latencies`: every agent turn latency of the variant's trials; by default
 * read from the transcripts (pass them when the transcripts were dropped).
 */
export function computeVariantTotals(results: Pick<Results, 'tests' | 'trials'>, variant: string, latencies?: readonly number[]): Totals {
  const tests = results.tests.filter((test) => test.variant === variant);
  const trials = results.trials.filter((trial) => trial.variant === variant);
  const count = (verdict: string): number => tests.filter((test) => test.verdict === verdict).length;
  const passed = count('pass');
  const failed = count('fail');
  const sorted = [...(latencies ?? trials.flatMap((trial) => agentLatenciesOf(trial.transcript)))].sort((a, b) => a - b);
  const failureCategories: Record<string, number> = {};
  for (const trial of trials) {
    if (trial.failureCategory) failureCategories[trial.failureCategory] = (failureCategories[trial.failureCategory] ?? 0) + 1;
  }
  return {
    tests: tests.length,
    passed,
    failed,
    errored: count('error'),
    invalid: count('invalid'),
    notRun: count('not_run'),
    trials: trials.length,
    passRate: passed + failed === 0 ? null : passed / (passed + failed),
    usage: {
      inputTokens: trials.reduce((sum, trial) => sum + trial.usage.inputTokens, 0),
      outputTokens: trials.reduce((sum, trial) => sum + trial.usage.outputTokens, 0),
      costUsd: trials.reduce((sum, trial) => sum + trial.usage.costUsd, 0),
    },
    durationMs: trials.reduce((max, trial) => Math.max(max, trial.durationMs), 0),
    latencyP50: percentile(sorted, 50),
    latencyP95: percentile(sorted, 95),
    failureCategories,
  };
}

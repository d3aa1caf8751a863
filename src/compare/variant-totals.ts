/**
 * Totals of one variant, for results files written without `variantTotals`
 * (older or hand-made files): recomputed from that variant's tests and trials.
 */
import type { Results, Totals } from '../results/schema.js';

function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function totalsOfVariant(results: Results, variant: string): Totals {
  const stored = results.variantTotals[variant];
  if (stored) return stored;
  const tests = results.tests.filter((test) => test.variant === variant);
  const trials = results.trials.filter((trial) => trial.variant === variant);
  const count = (verdict: string): number => tests.filter((test) => test.verdict === verdict).length;
  const passed = count('pass');
  const failed = count('fail');
  const latencies = trials
    .flatMap((trial) => trial.transcript.flatMap((event) => (event.type === 'agent_message' ? [event.latencyMs] : [])))
    .sort((a, b) => a - b);
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
    latencyP50: percentile(latencies, 50),
    latencyP95: percentile(latencies, 95),
    failureCategories,
  };
}

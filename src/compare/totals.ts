/** Run-level deltas between the two sides of a comparison. */
import type { Totals } from '../model/results.js';
import type { Delta, RunTotalsDelta } from './types.js';

export function delta(before: number | null | undefined, after: number | null | undefined): Delta {
  const b = before ?? null;
  const a = after ?? null;
  return { before: b, after: a, change: a === null || b === null ? null : a - b };
}

export function totalsDelta(before: Totals, after: Totals): RunTotalsDelta {
  return {
    passRate: delta(before.passRate, after.passRate),
    testsPassed: delta(before.passed, after.passed),
    tests: delta(before.tests, after.tests),
    costUsd: delta(before.usage.costUsd, after.usage.costUsd),
    tokens: delta(
      before.usage.inputTokens + before.usage.outputTokens,
      after.usage.inputTokens + after.usage.outputTokens,
    ),
    durationMs: delta(before.durationMs, after.durationMs),
    latencyP50: delta(before.latencyP50, after.latencyP50),
    latencyP95: delta(before.latencyP95, after.latencyP95),
  };
}

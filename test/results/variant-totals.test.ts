import { describe, expect, it } from 'vitest';
import { computeVariantTotals } from '../../src/results/variant-totals.js';
import { buildResults } from '../support/results-builder.js';

// The totals recomputed for a file without `variantTotals` follow the rules
// of the run's own (aggregate's `totals()`): errored tests count against the
// pass rate, percentiles are interpolated, the duration is the run's.
const results = buildResults({
  runId: 'RH-20261121-vt0001',
  tests: [
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
      id,
      variant: 'baseline' as const,
      outcomes: ['pass', 'pass', 'pass'] as const,
    })),
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
      id,
      variant: 'candidate' as const,
      outcomes: ['pass', 'pass', 'pass'] as const,
    })),
    { id: 'g', variant: 'candidate', outcomes: ['error', 'error', 'error'] },
  ],
});

describe('computeVariantTotals', () => {
  it('matches the totals the run itself stores for each variant', () => {
    expect(results.tests.find((test) => test.key === 'g@candidate')?.verdict).toBe('error');
    for (const variant of ['baseline', 'candidate']) {
      expect(computeVariantTotals(results, variant)).toEqual(results.variantTotals[variant]);
    }
    expect(computeVariantTotals(results, 'candidate').passRate).toBeCloseTo(6 / 7);
  });

  it('uses the given latencies when the transcripts were dropped', () => {
    const computed = computeVariantTotals(
      { ...results, trials: results.trials.map((trial) => ({ ...trial, transcript: [] })) },
      'baseline',
      [40, 10, 30, 20],
    );
    expect(computed.latencyP50).toBe(25);
    expect(computed.durationMs).toBe(results.totals.durationMs);
  });
});

/**
 * Three variants in one run: every variant but the baseline is compared with the baseline (paired, confirmed),
 * and α is split over all those comparisons, so the run-level false-fail rate stays ≤ α however many variants run.
 * Simulated with the runner's own confirmation policy (the one that decides extra trials and confirms drops), seeded.
 */
import { describe, expect, it } from 'vitest';
import { buildConfirmationPolicy } from '../../src/pipeline/confirmation-policy.js';
import { evaluateRun } from '../../src/pipeline/evaluate.js';
import type { Plan } from '../../src/plan/types.js';
import type { GateSettings } from '../../src/gate/index.js';
import { threeVariants } from '../report/fixture-sets.js';
import { planOf } from '../runner/helpers.js';
import { seededRandom } from '../support/seeded-random.js';

const VARIANTS = ['baseline', 'gpt-x', 'gpt-y'];
const RUNS = 5;
/** True pass rates per test: the same for every variant unless a scenario plants a drop. */
const RATES: Readonly<Record<string, number>> = { refund: 0.95, status: 0.9, address: 0.8, escalation: 0.7 };
const GATE: GateSettings = { minPassRate: 0, failOn: ['regression'], alpha: 0.05 };

function threeVariantPlan(): Plan {
  const plan = planOf(Object.keys(RATES).map((id) => ({ id, runs: RUNS, variants: VARIANTS })));
  return { ...plan, baseline: 'baseline' };
}

/**
 * One simulated run: each test asks the policy for trials until it settles, drawing each outcome at the variant's
 * true rate. Returns the keys whose drop the run confirmed (what fails a `fail_on: [regression]` gate).
 */
function simulateRun(
  policy: ReturnType<typeof buildConfirmationPolicy>['policy'],
  random: () => number,
  rateOf: (testId: string, variant: string) => number,
): string[] {
  const confirmed: string[] = [];
  for (const testId of Object.keys(RATES)) {
    const outcomes: Record<string, string> = Object.fromEntries(VARIANTS.map((v) => [`${testId}@${v}`, '']));
    for (let round = 0; round < 100; round++) {
      const decision = policy.decide(testId, outcomes);
      if (decision.status === 'settled') {
        for (const [key, settlement] of Object.entries(decision.keys))
          if (settlement.drop === 'confirmed') confirmed.push(key);
        break;
      }
      for (const [key, request] of Object.entries(decision.requests)) {
        const rate = rateOf(testId, key.slice(key.indexOf('@') + 1));
        for (let i = 0; i < request.trials; i++) outcomes[key] += random() < rate ? 'p' : 'f';
      }
    }
  }
  return confirmed;
}

describe('three variants: α split over every variant pair', () => {
  const built = buildConfirmationPolicy({ plan: threeVariantPlan(), gate: GATE });

  it('counts one comparison per non-baseline variant and test, each at α / m', () => {
    // No history: each of 4 tests is compared baseline → gpt-x and baseline → gpt-y.
    expect(built.comparisons.comparisons).toBe(8);
    expect(built.comparisons.level.value).toBeCloseTo(0.05 / 8, 12);
    expect(built.comparisons.baselineFor('refund@gpt-y')).toBe('refund@baseline');
    expect(built.comparisons.baselineFor('refund@gpt-x')).toBe('refund@baseline');
    expect(built.comparisons.baselineFor('refund@baseline')).toBeUndefined();
  });

  it('with no real drop, the run-level false-fail rate stays ≤ α over many seeded runs', () => {
    const random = seededRandom(20261206);
    const runs = 1500;
    let falseFails = 0;
    for (let run = 0; run < runs; run++)
      if (simulateRun(built.policy, random, (testId) => RATES[testId]!).length > 0) falseFails += 1;
    const rate = falseFails / runs;
    // The bound holds with room to spare (Bonferroni over paired exact tests is conservative); far from 0 it is not.
    expect(rate).toBeLessThanOrEqual(GATE.alpha);
  });

  it('the split is what keeps it: testing each of the 8 pairs at α itself would break the promise', () => {
    // Control: a gate α of 8 × 0.05 puts each comparison at 0.05, as if only one comparison were counted.
    const unsplit = buildConfirmationPolicy({ plan: threeVariantPlan(), gate: { ...GATE, alpha: 0.4 } });
    expect(unsplit.comparisons.level.value).toBeCloseTo(GATE.alpha, 12);
    const random = seededRandom(20261206);
    const runs = 1500;
    let falseFails = 0;
    for (let run = 0; run < runs; run++)
      if (simulateRun(unsplit.policy, random, (testId) => RATES[testId]!).length > 0) falseFails += 1;
    expect(falseFails / runs).toBeGreaterThan(GATE.alpha);
  });

  it('a real drop in one variant is caught and attributed to that variant only', () => {
    const random = seededRandom(7);
    const runs = 200;
    let caught = 0;
    const elsewhere: string[] = [];
    for (let run = 0; run < runs; run++) {
      const confirmed = simulateRun(built.policy, random, (testId, variant) =>
        testId === 'refund' && variant === 'gpt-y' ? 0.3 : RATES[testId]!,
      );
      if (confirmed.includes('refund@gpt-y')) caught += 1;
      elsewhere.push(...confirmed.filter((key) => key !== 'refund@gpt-y'));
    }
    expect(caught / runs).toBeGreaterThanOrEqual(0.9);
    // Other keys confirm a drop no more often than the false-fail bound allows.
    expect(elsewhere.length / runs).toBeLessThanOrEqual(GATE.alpha);
  });

  it("the gate's reason names the variant that regressed, and only its key is a regression", () => {
    const { previous, current } = threeVariants();
    const { gate, comparisons } = evaluateRun({
      results: current,
      earlier: { previous: previous! },
      gate: { overrides: { minPassRate: 0, failOn: ['regression'] } },
    });
    expect(gate.passed).toBe(false);
    expect(gate.reasons).toContain('1 critical regression in variant gpt-y');
    const regressed = (comparisons.variants?.changes ?? []).filter((c) => c.category === 'regression');
    expect(regressed.map((c) => c.key)).toEqual(['refund-damaged-item@gpt-y']);
    expect(comparisons.variants?.byVariant?.map((pair) => [pair.after.label, pair.counts.regression])).toEqual([
      ['gpt-x', 0],
      ['gpt-y', 1],
    ]);
  });
});

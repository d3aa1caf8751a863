import { describe, expect, it } from 'vitest';
import {
  summarizeInfos,
  summarizeTests,
  testInfoOf,
  totals,
  variantTotals,
  verdictOf,
} from '../../src/aggregate/index.js';
import type { TrialResult } from '../../src/model/results.js';
import { planOf } from '../runner/helpers.js';

function result(
  key: string,
  index: number,
  status: TrialResult['status'],
  latencies: number[] = [],
  costUsd = 0.01,
): TrialResult {
  const [testId, variant] = key.split('@') as [string, TrialResult['variant']];
  return {
    id: `${key}#${index}`,
    key,
    testId,
    variant,
    index,
    status,
    ...(status === 'fail'
      ? { failureCategory: 'judge' as const }
      : status === 'error'
        ? { failureCategory: 'timeout' as const }
        : {}),
    startedAt: '2026-11-21T10:00:00.000Z',
    durationMs: 10,
    endReason: 'stop_signal',
    turns: 1,
    transcript: latencies.map((latencyMs) => ({ type: 'agent_message' as const, at: 0, content: 'x', latencyMs })),
    metrics: [],
    usage: { inputTokens: 10, outputTokens: 5, costUsd },
    latency: { p50: null, p95: null, max: null },
    attempts: 1,
  };
}

describe('verdict over run counts', () => {
  const fourOfFive = { runs: 5, minPassRate: 0.8 };
  it('decides as soon as the counts allow, else says why it cannot', () => {
    expect(verdictOf(fourOfFive, 4, 1, 0, 0)).toBe('pass');
    expect(verdictOf(fourOfFive, 3, 2, 0, 0)).toBe('fail');
    expect(verdictOf(fourOfFive, 4, 0, 1, 0)).toBe('pass'); // enough passes despite an error
    expect(verdictOf(fourOfFive, 3, 1, 1, 0)).toBe('error'); // the error decides
    expect(verdictOf(fourOfFive, 3, 1, 0, 1)).toBe('invalid');
    expect(verdictOf(fourOfFive, 3, 0, 0, 0)).toBe('not_run'); // stopped early
    expect(verdictOf(fourOfFive, 0, 0, 0, 0)).toBe('not_run');
    expect(verdictOf({ runs: 1, minPassRate: 1 }, 0, 0, 1, 0)).toBe('error');
  });
});

describe('summarizeTests', () => {
  const plan = planOf([
    { id: 'refund', runs: 5, minPassRate: 0.8, priority: 'critical' },
    { id: 'greet', runs: 2 },
    { id: 'never', runs: 1 },
  ]);
  const results = [
    result('refund@default', 0, 'pass', [100, 300]),
    result('refund@default', 1, 'pass', [200]),
    result('refund@default', 2, 'fail', [400]),
    result('refund@default', 3, 'pass', [500]),
    result('refund@default', 4, 'error'),
    result('greet@default', 0, 'pass', [50]),
    result('greet@default', 1, 'pass', [70]),
  ];
  const tests = summarizeTests(plan.trials, results);

  it('aggregates each test in plan order', () => {
    expect(tests.map((test) => test.key)).toEqual(['refund@default', 'greet@default', 'never@default']);
    const refund = tests[0]!;
    expect(refund).toMatchObject({
      runs: 5,
      minPassRate: 0.8,
      trials: 5,
      passes: 3,
      failures: 1,
      errors: 1,
      invalid: 0,
      verdict: 'error',
      priority: 'critical',
      personaId: 'ada',
      scenarioVersion: 's1',
    });
    expect(refund.passRate).toBeCloseTo(0.6); // the error counts as not passing
    // over the same 5 trials as the pass rate: C(3,3)/C(5,3); the error is not a pass
    expect(refund).toMatchObject({ passK: 3, passHatK: expect.closeTo(0.1) });
    expect(refund.wilson95![0]).toBeCloseTo(0.2307, 3); // 3 of 5
    expect(refund.costUsd).toBeCloseTo(0.05);
    expect(refund.latencyP50).toBe(300);
    expect(refund.latencyP95).toBeCloseTo(480);
    expect(refund.failureCategories).toEqual({ judge: 1, timeout: 1 });
    expect(tests[1]).toMatchObject({ verdict: 'pass', passRate: 1, passHatK: 1, passK: 2 }); // k capped at the 2 trials
    expect(tests[2]).toMatchObject({ verdict: 'not_run', trials: 0, passRate: null, wilson95: null });
  });

  it('pass^k uses the configured k, not the run count: 3 of 5 is 0.10 at k = 3', () => {
    const fivePlan = planOf([{ id: 'flaky', runs: 5 }]);
    const five = [0, 1, 2, 3, 4].map((index) => result('flaky@default', index, index < 3 ? 'pass' : 'fail'));
    const [byDefault] = summarizeTests(fivePlan.trials, five);
    expect(byDefault).toMatchObject({ passK: 3, passHatK: expect.closeTo(0.1) });
    const [k2] = summarizeTests(fivePlan.trials, five, { passK: 2 });
    expect(k2).toMatchObject({ passK: 2, passHatK: expect.closeTo(0.3) }); // C(3,2)/C(5,2)
    // A merge re-summarizes from testInfoOf: the k travels with the summary.
    expect(summarizeInfos([testInfoOf(k2!)], five)[0]).toMatchObject({ passK: 2 });
  });

  it('pass^k counts errored trials like the pass rate: 3 passes and 2 errors is not pass^3 1.00', () => {
    const fivePlan = planOf([{ id: 'shaky', runs: 5 }]);
    const five = [0, 1, 2, 3, 4].map((index) => result('shaky@default', index, index < 3 ? 'pass' : 'error'));
    const [shaky] = summarizeTests(fivePlan.trials, five);
    // C(3,3)/C(5,3)
    expect(shaky).toMatchObject({ passRate: expect.closeTo(0.6), passK: 3, passHatK: expect.closeTo(0.1) });
  });

  it('totals count tests by verdict and sum trials', () => {
    const sum = totals({ tests, trials: results, durationMs: 1234 });
    expect(sum).toMatchObject({
      tests: 3,
      passed: 1,
      failed: 0,
      errored: 1,
      notRun: 1,
      trials: 7,
      passRate: 0.5,
      durationMs: 1234,
    }); // errored counts, not-run does not
    expect(sum.usage).toEqual({ inputTokens: 70, outputTokens: 35, costUsd: expect.closeTo(0.07) });
    expect(sum.latencyP50).toBe(200);
    expect(sum.failureCategories).toEqual({ judge: 1, timeout: 1 });
  });

  it('variant totals only when several variants ran', () => {
    expect(variantTotals(tests, results, 1)).toEqual({});
    const twoPlan = planOf([{ id: 'refund', runs: 1, variants: ['baseline', 'candidate'] }]);
    const twoResults = [result('refund@baseline', 0, 'pass'), result('refund@candidate', 0, 'fail')];
    const twoTests = summarizeTests(twoPlan.trials, twoResults);
    const perVariant = variantTotals(twoTests, twoResults, 1);
    expect(perVariant.baseline).toMatchObject({ passed: 1, failed: 0 });
    expect(perVariant.candidate).toMatchObject({ passed: 0, failed: 1, passRate: 0 });
  });
});

describe('pass^k in the CLI table and the reports', () => {
  it('shows "pass^3 0.10" for 3 of 5', async () => {
    const { formatTestTable } = await import('../../src/report/console-summary.js');
    const { renderCsv, renderHtml } = await import('../../src/report/index.js');
    const { buildResults } = await import('../support/results-builder.js');
    const built = buildResults({
      runId: 'R',
      tests: [{ id: 'flaky', outcomes: ['pass', 'pass', 'pass', 'fail', 'fail'], minPassRate: 0.6 }],
    });
    const results = built;
    expect(formatTestTable(results).join('\n')).toContain('pass^3 0.10');
    expect(renderHtml(results)).toContain('pass^3 0.10');
    const [header, row] = renderCsv(results).split('\r\n');
    expect(row!.split(',')[header!.split(',').indexOf('passK')]).toBe('3');
  });
});

describe('failure categories for people', () => {
  it('shows the contract value `judge` as "criteria not met" in the CLI summary and the markdown report', async () => {
    const { formatRunSummary } = await import('../../src/report/console-summary.js');
    const { renderMarkdownReport } = await import('../../src/report/index.js');
    const { buildResults } = await import('../support/results-builder.js');
    const results = buildResults({ runId: 'R', tests: [{ id: 'a', outcomes: ['fail', 'fail', 'fail'] }] });
    expect(results.totals.failureCategories).toEqual({ judge: 3 }); // the enum value stays
    expect(formatRunSummary(results).join('\n')).toContain('Failures by category: criteria not met 3');
    const gate = { passed: false, reasons: [], summary: '❌' };
    expect(renderMarkdownReport({ results, gate })).toContain('**Failed trials by category**: criteria not met 3');
  });
});

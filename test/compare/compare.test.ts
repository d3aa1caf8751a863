import { describe, expect, it } from 'vitest';
import { compareRuns, compareVariants, type ChangeCategory, type Comparison } from '../../src/compare/index.js';
import { buildResults, type TestSpec } from '../support/results-builder.js';
import { baselineVsCandidate, regressions } from '../report/fixture-sets.js';

const run = (runId: string, tests: TestSpec[]) => buildResults({ runId, tests });
const categoryOf = (comparison: Comparison, key: string): ChangeCategory | undefined =>
  comparison.changes.find((c) => c.key === key)?.category;

describe('compareRuns', () => {
  it('single trial: pass→fail is only suspected until confirmed or declared deterministic; fail→pass a fix', () => {
    const before = run('A', [
      { id: 'a', outcomes: ['pass'] },
      { id: 'b', outcomes: ['fail'] },
      { id: 'c', outcomes: ['pass'] },
      { id: 'd', outcomes: ['fail'] },
      { id: 'e', outcomes: ['pass'] },
    ]);
    const after = run('B', [
      { id: 'a', outcomes: ['fail'] },
      { id: 'b', outcomes: ['pass'] },
      { id: 'c', outcomes: ['pass'] },
      { id: 'd', outcomes: ['fail'] },
      { id: 'e', outcomes: ['fail'], deterministic: true },
    ]);
    const comparison = compareRuns(before, after);
    expect(categoryOf(comparison, 'a@default')).toBe('suspected');
    expect(categoryOf(comparison, 'b@default')).toBe('fix');
    expect(categoryOf(comparison, 'c@default')).toBe('still_passing');
    expect(categoryOf(comparison, 'd@default')).toBe('still_failing');
    expect(categoryOf(comparison, 'e@default')).toBe('regression');
  });

  it('several trials: a drop is a regression only once confirmation trials confirm it', () => {
    const five = (passes: number): TestSpec['outcomes'] => [
      ...Array(passes).fill('pass'),
      ...Array(5 - passes).fill('fail'),
    ];
    const before = run('A', [
      { id: 'big-drop', outcomes: five(5) },
      { id: 'confirmed', outcomes: five(5) },
      { id: 'small-drop', outcomes: five(5) },
      { id: 'rise', outcomes: five(0) },
      { id: 'small-rise', outcomes: five(2) },
    ]);
    const after = run('B', [
      { id: 'big-drop', outcomes: five(0) },
      { id: 'confirmed', outcomes: Array(25).fill('fail'), planned: 5 },
      { id: 'small-drop', outcomes: five(4) },
      { id: 'rise', outcomes: five(5) },
      { id: 'small-rise', outcomes: five(3) },
    ]);
    const comparison = compareRuns(before, after);
    expect(categoryOf(comparison, 'big-drop@default')).toBe('suspected');
    expect(categoryOf(comparison, 'confirmed@default')).toBe('regression');
    const confirmed = comparison.changes.find((c) => c.key === 'confirmed@default')!;
    expect(confirmed.planned).toEqual({ passes: 0, trials: 5 });
    expect(confirmed.confirmed).toEqual({ passes: 0, trials: 25 });
    expect(confirmed.reference).toEqual({ source: 'previous', passes: 5, trials: 5 });
    // 5/5 → 4/5 is not even suspected; without history nothing is called flaky.
    expect(categoryOf(comparison, 'small-drop@default')).toBe('still_failing');
    expect(categoryOf(comparison, 'rise@default')).toBe('fix');
    expect(categoryOf(comparison, 'small-rise@default')).toBe('still_failing');
    const small = comparison.changes.find((c) => c.key === 'small-drop@default')!;
    expect(small.before?.passRate).toBe(1);
    expect(small.after?.passRate).toBe(0.8);
    expect(small.pValue).toBeCloseTo(0.5, 10);
    expect(comparison.method.test).toBe('one-sided Fisher exact test');
  });

  it('alpha decides: 5/5 → 10/25 after confirmation (p ≈ 0.021) is a regression at 0.05, not confirmed at 0.01', () => {
    const before = run('A', [{ id: 't', outcomes: ['pass', 'pass', 'pass', 'pass', 'pass'] }]);
    const outcomes: TestSpec['outcomes'] = [
      'pass',
      'fail',
      'fail',
      'fail',
      'fail',
      ...Array(9).fill('pass'),
      ...Array(11).fill('fail'),
    ];
    const after = run('B', [{ id: 't', outcomes, planned: 5 }]);
    expect(categoryOf(compareRuns(before, after), 't@default')).toBe('regression');
    expect(categoryOf(compareRuns(before, after, { alpha: 0.01 }), 't@default')).toBe('not_confirmed');
    expect(() => compareRuns(before, after, { alpha: 1.5 })).toThrow(RangeError);
  });

  it('3/5 → 3/5 is no drop, whatever the trials added for another comparison read against it', () => {
    const three = ['pass', 'pass', 'pass', 'fail', 'fail'] as const;
    const before = run('A', [{ id: 'steady', outcomes: [...three] }]);
    // 25 more trials (for its baseline comparison): 10/25 in all, below 3/5, but its planned trials did not drop.
    const extra = [...Array(7).fill('pass'), ...Array(18).fill('fail')] as TestSpec['outcomes'];
    const after = run('B', [{ id: 'steady', outcomes: [...three, ...extra], planned: 5 }]);
    const change = compareRuns(before, after).changes.find((c) => c.key === 'steady@default')!;
    expect(change.planned).toEqual({ passes: 3, trials: 5 });
    expect(change.category).toBe('still_failing');
  });

  it('compares with the pooled history of the same definition and calls an unstable history flaky', () => {
    const before = run('A', [
      { id: 'steady', outcomes: ['pass'] },
      { id: 'wobbly', outcomes: ['pass'] },
    ]);
    const after = run('B', [
      { id: 'steady', outcomes: ['pass', 'fail', 'fail', 'fail', 'fail', ...Array(20).fill('fail')], planned: 5 },
      { id: 'wobbly', outcomes: ['pass'] },
    ]);
    const definition = { persona: 'p1a2b3c', scenario: 's4d5e6f' };
    const entry = (runId: string, passes: number, failures: number) => ({
      runId,
      date: '2026-11-20T09:00:00.000Z',
      definition,
      passes,
      failures,
      errors: 0,
    });
    const history = {
      'steady@default': Array.from({ length: 10 }, (_, i) => entry(`r${i}`, i < 2 ? 4 : 5, i < 2 ? 1 : 0)),
      'wobbly@default': Array.from({ length: 10 }, (_, i) => entry(`r${i}`, i % 2, 1 - (i % 2))),
    };
    const comparison = compareRuns(before, after, { history });
    const steady = comparison.changes.find((c) => c.key === 'steady@default')!;
    expect(steady.category).toBe('regression');
    expect(steady.reference).toEqual({ source: 'history', passes: 48, trials: 50, runs: 10 });
    expect(steady.stability).toBe('stable-pass');
    expect(categoryOf(comparison, 'wobbly@default')).toBe('flaky');
  });

  it('lists new, removed and not comparable keys, and marks changed personas/scenarios', () => {
    const before = run('A', [
      { id: 'kept', outcomes: ['pass'] },
      { id: 'gone', outcomes: ['pass'] },
      { id: 'broken', outcomes: ['pass'] },
    ]);
    const after = run('B', [
      { id: 'kept', outcomes: ['pass'], scenarioVersion: 'changed1' },
      { id: 'fresh', outcomes: ['fail'] },
      { id: 'broken', outcomes: ['error'] },
    ]);
    const comparison = compareRuns(before, after);
    expect(categoryOf(comparison, 'fresh@default')).toBe('new');
    expect(categoryOf(comparison, 'gone@default')).toBe('removed');
    expect(categoryOf(comparison, 'broken@default')).toBe('invalid');
    expect(comparison.changes.find((c) => c.key === 'broken@default')?.note).toContain('1 error');
    expect(comparison.changes.find((c) => c.key === 'kept@default')?.changedDefinition).toEqual(['scenario']);
    // Its scenario changed: a changed test, held to its own threshold, never compared with its old self.
    expect(categoryOf(comparison, 'kept@default')).toBe('changed');
    expect(comparison.counts).toMatchObject({ new: 1, removed: 1, invalid: 1, changed: 1, still_passing: 0 });
  });

  it('computes run deltas and failure categories before → after', () => {
    const { previous, current } = regressions();
    const comparison = compareRuns(previous!, current);
    expect(comparison.totals.passRate.before).toBeCloseTo(5 / 6);
    expect(comparison.totals.passRate.change).toBeCloseTo(current.totals.passRate! - previous!.totals.passRate!);
    expect(comparison.totals.tokens.after).toBe(current.totals.usage.inputTokens + current.totals.usage.outputTokens);
    expect(comparison.failureCategories.after).toEqual(current.totals.failureCategories);
    expect(comparison.changes[0]!.category).toBe('regression');
    expect(comparison.changes[0]!.test.priority).toBe('critical');
  });
});

describe('compareVariants', () => {
  it('matches test ids across baseline and candidate', () => {
    const comparison = compareVariants(baselineVsCandidate().current)!;
    expect(comparison.kind).toBe('variants');
    expect(comparison.before.label).toBe('baseline');
    expect(comparison.before.detail).toContain('gpt-4o-mini');
    expect(categoryOf(comparison, 'cancel-shipped-order@candidate')).toBe('regression');
    // 5/5 → 4/5 between two variants is suspected (the paired screen is lenient): it would get confirmation trials.
    expect(categoryOf(comparison, 'track-late-order@candidate')).toBe('suspected');
    expect(comparison.counts.new + comparison.counts.removed).toBe(0);
  });

  it('is undefined unless both variants ran', () => {
    expect(compareVariants(run('A', [{ id: 'x', outcomes: ['pass'] }]))).toBeUndefined();
  });
});

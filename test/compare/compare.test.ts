import { describe, expect, it } from 'vitest';
import { compareRuns, compareVariants, type ChangeCategory, type Comparison } from '../../src/compare/index.js';
import { buildResults, type TestSpec } from '../support/results-builder.js';
import { baselineVsCandidate, regressions } from '../report/fixture-sets.js';

const run = (runId: string, tests: TestSpec[]) => buildResults({ runId, tests });
const categoryOf = (comparison: Comparison, key: string): ChangeCategory | undefined => comparison.changes.find((c) => c.key === key)?.category;

describe('compareRuns', () => {
  it('single trial: pass→fail is a regression, fail→pass a fix, same outcome unchanged', () => {
    const before = run('A', [
      { id: 'a', outcomes: ['pass'] },
      { id: 'b', outcomes: ['fail'] },
      { id: 'c', outcomes: ['pass'] },
      { id: 'd', outcomes: ['fail'] },
    ]);
    const after = run('B', [
      { id: 'a', outcomes: ['fail'] },
      { id: 'b', outcomes: ['pass'] },
      { id: 'c', outcomes: ['pass'] },
      { id: 'd', outcomes: ['fail'] },
    ]);
    const comparison = compareRuns(before, after);
    expect(categoryOf(comparison, 'a@default')).toBe('regression');
    expect(categoryOf(comparison, 'b@default')).toBe('fix');
    expect(categoryOf(comparison, 'c@default')).toBe('still_passing');
    expect(categoryOf(comparison, 'd@default')).toBe('still_failing');
    expect(comparison.changes.find((c) => c.key === 'a@default')?.pValue).toBeUndefined();
  });

  it('several trials: only a significant drop is a regression; the rest is flaky with both rates', () => {
    const five = (passes: number): TestSpec['outcomes'] => [...Array(passes).fill('pass'), ...Array(5 - passes).fill('fail')];
    const before = run('A', [{ id: 'big-drop', outcomes: five(5) }, { id: 'small-drop', outcomes: five(5) }, { id: 'rise', outcomes: five(0) }, { id: 'small-rise', outcomes: five(2) }]);
    const after = run('B', [{ id: 'big-drop', outcomes: five(0) }, { id: 'small-drop', outcomes: five(4) }, { id: 'rise', outcomes: five(5) }, { id: 'small-rise', outcomes: five(3) }]);
    const comparison = compareRuns(before, after);
    expect(categoryOf(comparison, 'big-drop@default')).toBe('regression');
    expect(categoryOf(comparison, 'small-drop@default')).toBe('flaky');
    expect(categoryOf(comparison, 'rise@default')).toBe('fix');
    expect(categoryOf(comparison, 'small-rise@default')).toBe('flaky');
    const flaky = comparison.changes.find((c) => c.key === 'small-drop@default')!;
    expect(flaky.before?.passRate).toBe(1);
    expect(flaky.after?.passRate).toBe(0.8);
    expect(flaky.pValue).toBeCloseTo(0.5, 10);
    expect(comparison.method.test).toBe('one-sided Fisher exact test');
  });

  it('alpha decides: 5/5 → 1/5 (p ≈ 0.024) is a regression at 0.05 but flaky at 0.01', () => {
    const before = run('A', [{ id: 't', outcomes: ['pass', 'pass', 'pass', 'pass', 'pass'] }]);
    const after = run('B', [{ id: 't', outcomes: ['pass', 'fail', 'fail', 'fail', 'fail'] }]);
    expect(categoryOf(compareRuns(before, after), 't@default')).toBe('regression');
    expect(categoryOf(compareRuns(before, after, { alpha: 0.01 }), 't@default')).toBe('flaky');
    expect(() => compareRuns(before, after, { alpha: 1.5 })).toThrow(RangeError);
  });

  it('lists new, removed and not comparable keys, and marks changed personas/scenarios', () => {
    const before = run('A', [{ id: 'kept', outcomes: ['pass'] }, { id: 'gone', outcomes: ['pass'] }, { id: 'broken', outcomes: ['pass'] }]);
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
    expect(comparison.counts).toMatchObject({ new: 1, removed: 1, invalid: 1, still_passing: 1 });
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
    expect(categoryOf(comparison, 'track-late-order@candidate')).toBe('flaky');
    expect(comparison.counts.new + comparison.counts.removed).toBe(0);
  });

  it('is undefined unless both variants ran', () => {
    expect(compareVariants(run('A', [{ id: 'x', outcomes: ['pass'] }]))).toBeUndefined();
  });
});

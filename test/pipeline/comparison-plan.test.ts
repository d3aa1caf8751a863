import { describe, expect, it } from 'vitest';
import { definitionOf, type HistoryEntry } from '../../src/model/history.js';
import { comparisonPlan, plannedKeysOf } from '../../src/pipeline/comparison-plan.js';
import { buildResults } from '../support/results-builder.js';

const current = buildResults({
  runId: 'now',
  tests: [
    { id: 'refund', outcomes: ['pass', 'fail'], scenarioVersion: 's1' },
    { id: 'refund', variant: 'baseline', outcomes: ['pass'], scenarioVersion: 's1' },
    { id: 'refund', variant: 'candidate', outcomes: ['pass'], scenarioVersion: 's1' },
    { id: 'tracking', outcomes: ['pass'], scenarioVersion: 's2' },
  ],
});

const entry = (runId: string, passes: number, failures: number, scenario = 's1'): HistoryEntry => ({
  runId,
  date: '2026-11-20T09:00:00.000Z',
  definition: { ...definitionOf(current.tests[0]!), scenario },
  passes,
  failures,
  errors: 0,
});

describe('comparisonPlan', () => {
  it(
    'prefers the pooled history of the same definition, else the previous run, and spends α over ' + 'every comparison',
    () => {
      const previous = buildResults({
        runId: 'prev',
        tests: [
          { id: 'refund', outcomes: ['pass', 'pass'], scenarioVersion: 's1' },
          { id: 'tracking', outcomes: ['pass', 'fail', 'pass'], scenarioVersion: 's2' },
        ],
      });
      const plan = comparisonPlan({
        keys: plannedKeysOf(current.tests),
        earlier: { previous, history: { 'refund@default': [entry('a', 4, 1), entry('b', 3, 0, 'old')] } },
        variantsCompared: true,
        runAlpha: 0.05,
      });
      expect(plan.referenceFor('refund@default')).toEqual({ counts: { passes: 4, trials: 5 }, source: 'history' });
      expect(plan.referenceFor('tracking@default')).toEqual({ counts: { passes: 2, trials: 3 }, source: 'previous' });
      expect(plan.referenceFor('refund@candidate')).toBeUndefined();
      expect(plan.baselineFor('refund@candidate')).toBe('refund@baseline');
      expect(plan.baselineFor('refund@baseline')).toBeUndefined();
      // history (refund@default) + previous (tracking@default) + baseline → candidate
      expect(plan.level.comparisons).toBe(3);
      expect(plan.level.alpha).toEqual({ num: 1n, den: 60n });
    },
  );

  it('does not compare with a previous run of another definition, and a deterministic test spends no α', () => {
    const previous = buildResults({
      runId: 'prev',
      tests: [{ id: 'tracking', outcomes: ['pass'], scenarioVersion: 'old' }],
    });
    const keys = plannedKeysOf(current.tests).map((key) =>
      key.key === 'refund@candidate' ? { ...key, deterministic: true } : key,
    );
    const plan = comparisonPlan({ keys, earlier: { previous }, variantsCompared: true, runAlpha: 0.05 });
    expect(plan.referenceFor('tracking@default')).toBeUndefined();
    expect(plan.deterministic('refund@candidate')).toBe(true);
    expect(plan.level.comparisons).toBe(1);
  });
});

describe('a weak reference beside a baseline', () => {
  const switched = buildResults({
    runId: 'switch',
    tests: [
      { id: 'refund', variant: 'baseline', outcomes: ['pass', 'pass', 'pass', 'pass', 'pass'], scenarioVersion: 's1' },
      { id: 'refund', variant: 'candidate', outcomes: ['pass', 'pass', 'pass', 'pass', 'pass'], scenarioVersion: 's1' },
    ],
  });
  const history = (runs: number) => ({
    'refund@candidate': Array.from({ length: runs }, (_, run) => entry(`r${run}`, 5, 0)),
  });
  const planWith = (runs: number) =>
    comparisonPlan({
      keys: plannedKeysOf(switched.tests),
      earlier: { history: history(runs) },
      variantsCompared: true,
      runAlpha: 0.05,
    });

  it('spends no α on a history too small to catch 0.9 → 0.4: the baseline alone decides', () => {
    const young = planWith(2);
    expect(young.referenceFor('refund@candidate')).toBeUndefined();
    expect(young.baselineFor('refund@candidate')).toBe('refund@baseline');
    expect(young.level.comparisons).toBe(1);
  });

  it('keeps a history that can decide, as a second comparison', () => {
    const grown = planWith(10);
    expect(grown.referenceFor('refund@candidate')).toMatchObject({ source: 'history', counts: { trials: 50 } });
    expect(grown.level.comparisons).toBe(2);
  });
});

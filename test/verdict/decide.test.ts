import { describe, expect, it } from 'vitest';
import { comparisonLevel, countComparisons, decideTest, DEFAULT_RUN_ALPHA, rational } from '../../src/verdict/index.js';

const alpha = comparisonLevel(0.05, 20).alpha;

describe('α spending', () => {
  it('divides the run-level α over the comparisons, exactly', () => {
    expect(comparisonLevel(0.05, 20)).toEqual({
      runAlpha: 0.05,
      comparisons: 20,
      alpha: rational(1n, 400n),
      value: 0.0025,
    });
    expect(comparisonLevel(DEFAULT_RUN_ALPHA, 0).alpha).toEqual(rational(1n, 20n));
    expect(() => comparisonLevel(1, 20)).toThrow(/between 0 and 1/);
    expect(() => comparisonLevel(0.05, 2.5)).toThrow(/whole number/);
  });

  it('counts every comparison that can fail the gate, and none for deterministic tests', () => {
    expect(
      countComparisons([
        { againstHistoryOrPrevious: true, againstBaseline: true },
        { againstHistoryOrPrevious: true, againstBaseline: false },
        { againstHistoryOrPrevious: false, againstBaseline: false },
        { againstHistoryOrPrevious: true, againstBaseline: true, deterministic: true },
      ]),
    ).toBe(3);
  });
});

describe('decideTest', () => {
  const reference = { counts: { passes: 50, trials: 50 }, source: 'history' as const };

  it('asks for the largest request of any part', () => {
    const decision = decideTest({
      drops: [{ reference, current: { passes: 4, trials: 5 }, planned: 5, alpha }],
      threshold: { current: { passes: 4, trials: 5 }, planned: 5, threshold: 0.8 },
    });
    expect(decision).toMatchObject({ status: 'more', current: 5, reference: 0 });
    expect(decision.status === 'more' && decision.reasons).toHaveLength(2);
  });

  it('is settled when every part is, with the worst drop outcome', () => {
    const decision = decideTest({
      drops: [
        { reference, current: { passes: 5, trials: 5 }, planned: 5, alpha },
        { current: { passes: 5, trials: 5 }, planned: 5, alpha },
      ],
      threshold: { current: { passes: 5, trials: 5 }, planned: 5, threshold: 0.8 },
    });
    expect(decision).toMatchObject({ status: 'settled', regression: 'no-drop', threshold: { outcome: 'pass' } });
  });

  it('reports a confirmed regression from any comparison', () => {
    const decision = decideTest({
      drops: [
        { reference, current: { passes: 10, trials: 25 }, planned: 5, alpha },
        {
          reference: { counts: { passes: 5, trials: 10 }, source: 'previous' },
          current: { passes: 10, trials: 25 },
          planned: 5,
          alpha,
        },
      ],
    });
    expect(decision).toMatchObject({ status: 'settled', regression: 'regression-confirmed' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  baselineReference,
  comparisonLevel,
  decideDrop,
  DEFAULT_CONFIRMATION,
  fullSample,
  fromDecimal,
  type DropInput,
  type Reference,
} from '../../src/verdict/index.js';

const alpha = comparisonLevel(0.05, 20).alpha; // 1/400
const history = (passes: number, trials: number): Reference => ({ counts: { passes, trials }, source: 'history' });
const input = (
  reference: Reference | undefined,
  passes: number,
  trials: number,
  extra: Partial<DropInput> = {},
): DropInput => ({
  ...(reference ? { reference } : {}),
  current: { passes, trials },
  planned: 5,
  alpha,
  ...extra,
});
const target = 5 + DEFAULT_CONFIRMATION.maxExtra;

describe('decideDrop: planned trials and screening', () => {
  it('rejects a nonsense plan with a clear message', () => {
    expect(() => decideDrop(input(history(5, 5), 0, 0, { planned: 0 }))).toThrow(/planned trials must be a positive/);
    const settings = { ...DEFAULT_CONFIRMATION, batch: 0 };
    expect(() => decideDrop(input(history(5, 5), 0, 0, { settings }))).toThrow(/batch must be/);
  });

  it('has nothing to decide without a reference', () => {
    expect(decideDrop(input(undefined, 0, 5))).toMatchObject({ status: 'settled', outcome: 'no-reference' });
    expect(decideDrop(input(history(0, 0), 0, 5))).toMatchObject({ status: 'settled', outcome: 'no-reference' });
  });

  it('asks for the planned trials first', () => {
    expect(decideDrop(input(history(50, 50), 0, 0))).toEqual({
      status: 'more',
      current: 5,
      reference: 0,
      reason: 'planned trials',
    });
    expect(decideDrop(input(history(50, 50), 2, 2))).toMatchObject({ status: 'more', current: 3 });
  });

  it('stops early only when no remaining outcome could make a suspected drop', () => {
    // A 20% test that already passed 3 times cannot look worse than its history in 5 trials.
    expect(decideDrop(input(history(10, 50), 3, 3))).toMatchObject({ status: 'settled', outcome: 'no-drop' });
    // A 100% test that passed twice still could drop: 2/5 after 3 failures. It keeps going.
    expect(decideDrop(input(history(50, 50), 2, 2))).toMatchObject({ status: 'more' });
  });

  it('settles no-drop when the planned trials show nothing suspicious', () => {
    expect(decideDrop(input(history(45, 50), 5, 5))).toMatchObject({ status: 'settled', outcome: 'no-drop' });
    expect(decideDrop(input(history(45, 50), 4, 5))).toMatchObject({ status: 'settled', outcome: 'no-drop' });
  });

  it('confirms a suspected drop in batches', () => {
    expect(decideDrop(input(history(45, 50), 1, 5))).toEqual({
      status: 'more',
      current: DEFAULT_CONFIRMATION.batch,
      reference: 0,
      reason: 'suspected drop: confirming',
    });
  });
});

describe('decideDrop: the verdict after confirmation', () => {
  it('confirms a regression only on the full confirmation sample', () => {
    expect(decideDrop(input(history(45, 50), 8, target))).toMatchObject({
      status: 'settled',
      outcome: 'regression-confirmed',
    });
    // 45/50 → 14/25: p ≈ 0.0013 < 1/400; 15/25: p ≈ 0.0035, not below.
    expect(decideDrop(input(history(45, 50), 14, target))).toMatchObject({
      status: 'settled',
      outcome: 'regression-confirmed',
    });
    expect(decideDrop(input(history(45, 50), 15, target))).toMatchObject({
      status: 'settled',
      outcome: 'not-confirmed',
    });
  });

  it('never declares a regression before the full sample, whatever the counts (validity of the α spending)', () => {
    for (let trials = 0; trials < target; trials += 1) {
      for (let passes = 0; passes <= trials; passes += 1) {
        const decision = decideDrop(input(history(50, 50), passes, trials));
        expect(decision.status === 'settled' && decision.outcome === 'regression-confirmed').toBe(false);
      }
    }
  });

  it('stops for futility when the drop evaporates', () => {
    expect(decideDrop(input(history(45, 50), 9, 10))).toMatchObject({ status: 'settled', outcome: 'not-confirmed' });
  });

  it('stops for futility when even all further failures could not reach α', () => {
    const previous: Reference = { counts: { passes: 1, trials: 1 }, source: 'previous' };
    // 1/1 → 0/21 has p = 1/22: never below 1/400, so a flip against one previous trial is not rerun for nothing.
    expect(decideDrop({ reference: previous, current: { passes: 0, trials: 1 }, planned: 1, alpha })).toMatchObject({
      status: 'settled',
    });
  });

  it('decides p = α as not below: 3/3 → 0/3 at α = 0.05 with no confirmation trials', () => {
    const settings = { ...DEFAULT_CONFIRMATION, maxExtra: 0 };
    const at = (value: number) =>
      decideDrop({
        reference: history(3, 3),
        current: { passes: 0, trials: 3 },
        planned: 3,
        alpha: fromDecimal(value),
        settings,
      });
    expect(at(0.05)).toMatchObject({ status: 'settled', outcome: 'no-drop' });
    expect(at(0.0501)).toMatchObject({ status: 'settled', outcome: 'regression-confirmed' });
  });

  it('treats a declared-deterministic test as flip = regression, without reruns', () => {
    const flip = {
      reference: history(1, 1),
      current: { passes: 0, trials: 1 },
      planned: 1,
      alpha,
      deterministic: true,
    };
    expect(decideDrop(flip)).toMatchObject({ status: 'settled', outcome: 'regression-confirmed' });
    expect(decideDrop({ ...flip, current: { passes: 1, trials: 1 } })).toMatchObject({
      status: 'settled',
      outcome: 'no-drop',
    });
  });
});

describe('decideDrop: the baseline variant as reference', () => {
  it('runs both sides’ planned trials, then grows both while confirming', () => {
    expect(decideDrop(input(baselineReference({ passes: 0, trials: 0 }, 5), 0, 0))).toMatchObject({
      status: 'more',
      current: 5,
      reference: 5,
    });
    expect(decideDrop(input(baselineReference({ passes: 5, trials: 5 }, 5), 1, 5))).toMatchObject({
      status: 'more',
      current: DEFAULT_CONFIRMATION.batch,
      reference: DEFAULT_CONFIRMATION.batch,
    });
  });

  it('decides on both full samples', () => {
    const full = 5 + DEFAULT_CONFIRMATION.maxExtraPaired;
    expect(decideDrop(input(baselineReference({ passes: full - 2, trials: full }, 5), 10, full))).toMatchObject({
      status: 'settled',
      outcome: 'regression-confirmed',
    });
    expect(decideDrop(input(baselineReference({ passes: full - 4, trials: full }, 5), full - 6, full))).toMatchObject({
      status: 'settled',
      outcome: 'not-confirmed',
    });
  });
});

describe('fullSample', () => {
  it('is planned + maxExtra against a fixed reference, + maxExtraPaired on both sides against the baseline', () => {
    expect(fullSample({ planned: 5 })).toEqual({ current: 5 + DEFAULT_CONFIRMATION.maxExtra });
    expect(fullSample({ planned: 3, reference: baselineReference({ passes: 0, trials: 0 }, 4) })).toEqual({
      current: 3 + DEFAULT_CONFIRMATION.maxExtraPaired,
      reference: 4 + DEFAULT_CONFIRMATION.maxExtraPaired,
    });
  });
});

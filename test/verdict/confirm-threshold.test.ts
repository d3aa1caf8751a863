import { describe, expect, it } from 'vitest';
import {
  decideThreshold,
  DEFAULT_THRESHOLD_SETTINGS,
  indifferenceZone,
  logLikelihoodRatio,
  type ThresholdInput,
} from '../../src/verdict/index.js';

const at = (passes: number, trials: number, threshold = 0.8, planned = 5): ThresholdInput => ({
  current: { passes, trials },
  planned,
  threshold,
});

describe('decideThreshold', () => {
  it('keeps θ = 1 and θ = 0 as rules', () => {
    expect(decideThreshold(at(5, 5, 1))).toMatchObject({ status: 'settled', outcome: 'pass' });
    expect(decideThreshold(at(3, 4, 1))).toMatchObject({ status: 'settled', outcome: 'fail' });
    expect(decideThreshold(at(3, 3, 1))).toMatchObject({ status: 'more', current: 2 });
    expect(decideThreshold(at(0, 5, 0))).toMatchObject({ status: 'settled', outcome: 'pass' });
  });

  it('falls back to "at least θ of the planned trials" without confirmation', () => {
    const plain = { ...DEFAULT_THRESHOLD_SETTINGS, maxExtra: 0 };
    expect(decideThreshold({ ...at(4, 5), settings: plain })).toMatchObject({ status: 'settled', outcome: 'pass' });
    expect(decideThreshold({ ...at(3, 5), settings: plain })).toMatchObject({ status: 'settled', outcome: 'fail' });
  });

  it('settles clear cases at the planned trials and confirms those within noise', () => {
    expect(decideThreshold(at(5, 5))).toMatchObject({ status: 'settled', outcome: 'pass' });
    expect(decideThreshold(at(4, 5))).toEqual({
      status: 'more',
      current: DEFAULT_THRESHOLD_SETTINGS.batch,
      reference: 0,
      reason: 'verdict within noise of its threshold: confirming',
    });
    expect(decideThreshold(at(1, 5))).toMatchObject({ status: 'settled', outcome: 'fail' });
    expect(decideThreshold(at(9, 10))).toMatchObject({ status: 'settled', outcome: 'pass' });
  });

  it('decides at the cap: 11/15 passes (not shown below 80%), 10/15 fails', () => {
    expect(decideThreshold(at(11, 15))).toMatchObject({ status: 'settled', outcome: 'pass' });
    expect(decideThreshold(at(10, 15))).toMatchObject({ status: 'settled', outcome: 'fail' });
  });

  it('stops early when the planned trials can no longer change the first look', () => {
    expect(decideThreshold(at(0, 4))).toMatchObject({ status: 'settled', outcome: 'fail' });
    expect(decideThreshold(at(0, 3))).toMatchObject({ status: 'more', current: 2 });
  });

  it('rejects a nonsense threshold or plan', () => {
    expect(() => decideThreshold(at(4, 5, 1.5))).toThrow(/threshold must be between 0 and 1/);
    expect(() => decideThreshold(at(0, 0, 0.8, 0))).toThrow(/planned trials/);
  });

  it('keeps the indifference zone inside (0, 1)', () => {
    expect(indifferenceZone(0.8, 0.1)).toEqual({ low: 0.7000000000000001, high: 0.9 });
    expect(indifferenceZone(0.95, 0.1)).toEqual({ low: 0.85, high: 0.975 });
    expect(indifferenceZone(0.05, 0.1)).toEqual({ low: 0.025, high: 0.15000000000000002 });
    expect(logLikelihoodRatio({ passes: 5, trials: 5 }, 0.8, 0.1)).toBeCloseTo(5 * Math.log(9 / 7), 12);
  });
});

import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/verdict/index.js';

describe('Wilson score interval (95%)', () => {
  it.each([
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [5, 10, 0.2366, 0.7634],
    [8, 10, 0.4902, 0.9433],
    [45, 50, 0.7864, 0.9565],
  ])('%i/%i is [%f, %f]', (passes, trials, low, high) => {
    const interval = wilsonInterval(passes, trials)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('is null without trials, and narrower for a smaller z', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    const wide = wilsonInterval(4, 5)!;
    const narrow = wilsonInterval(4, 5, 1)!;
    expect(narrow.high - narrow.low).toBeLessThan(wide.high - wide.low);
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(6, 5)).toThrow(/6\/5/);
  });
});

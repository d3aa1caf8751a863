import { describe, expect, it } from 'vitest';
import { choose, passHatK, requiredPasses, wilson95 } from '../../src/aggregate/index.js';
import { percentile } from '../../src/util/percentile.js';

describe('statistics against hand-computed values', () => {
  it('choose', () => {
    expect(choose(5, 2)).toBe(10);
    expect(choose(8, 4)).toBe(70);
    expect(choose(3, 5)).toBe(0);
    expect(choose(4, 0)).toBe(1);
  });

  it('pass^k = C(s,k)/C(n,k)', () => {
    expect(passHatK(5, 5, 5)).toBe(1);
    expect(passHatK(4, 5, 5)).toBe(0); // one failure: no 5-subset passes
    expect(passHatK(4, 5, 2)).toBeCloseTo(6 / 10); // C(4,2)/C(5,2)
    expect(passHatK(3, 4, 1)).toBeCloseTo(0.75); // k = 1 is the pass rate
    expect(passHatK(2, 2, 3)).toBeNull(); // fewer trials than k
  });

  it('Wilson 95% interval', () => {
    // 3 of 5: p = 0.6, z = 1.96 → [0.2307, 0.8824]
    const [low, high] = wilson95(3, 5)!;
    expect(low).toBeCloseTo(0.2307, 3);
    expect(high).toBeCloseTo(0.8824, 3);
    // 10 of 10 → [0.7225, 1]
    const [allLow, allHigh] = wilson95(10, 10)!;
    expect(allLow).toBeCloseTo(0.7225, 3);
    expect(allHigh).toBeCloseTo(1, 12);
    // 0 of 4 → [0, 0.4899]
    expect(wilson95(0, 4)![1]).toBeCloseTo(0.4899, 3);
    expect(wilson95(0, 0)).toBeNull();
  });

  it('percentile interpolates between closest ranks', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    expect(percentile([100, 200, 900], 95)).toBeCloseTo(830);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });

  it('required passes: "passes if ≥ 4 of 5"', () => {
    expect(requiredPasses(5, 0.8)).toBe(4);
    expect(requiredPasses(5, 1)).toBe(5);
    expect(requiredPasses(3, 0.5)).toBe(2);
    expect(requiredPasses(10, 0.7)).toBe(7);
    expect(requiredPasses(4, 0)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { dropPValue, fisherDropPValue, observedDrop, rational } from '../../src/verdict/index.js';

describe('one-sided Fisher exact test of a drop, exact', () => {
  it("matches Fisher's tea-tasting table: 3/4 → 1/4 has p = 17/70", () => {
    expect(fisherDropPValue({ passes: 3, trials: 4 }, { passes: 1, trials: 4 }).exact).toEqual(rational(17n, 70n));
  });

  it('matches hand-computed tails', () => {
    // 8/10 → 1/6: [C(9,8)·C(7,2) + C(9,9)·C(7,1)] / C(16,10) = 196/8008 = 7/286
    expect(fisherDropPValue({ passes: 8, trials: 10 }, { passes: 1, trials: 6 }).exact).toEqual(rational(7n, 286n));
    // 5/5 → 0/5: 1 / C(10, 5)
    expect(fisherDropPValue({ passes: 5, trials: 5 }, { passes: 0, trials: 5 }).exact).toEqual(rational(1n, 252n));
    // 50/50 → 11/15 (4 failures, all on the current side): C(15,4) / C(65,4)
    expect(fisherDropPValue({ passes: 50, trials: 50 }, { passes: 11, trials: 15 }).exact).toEqual(
      rational(1365n, 677040n),
    );
  });

  it('is 1 with no drop to explain, or no trial on a side', () => {
    expect(fisherDropPValue({ passes: 0, trials: 5 }, { passes: 5, trials: 5 }).value).toBe(1);
    expect(fisherDropPValue({ passes: 0, trials: 0 }, { passes: 3, trials: 5 }).value).toBe(1);
    expect(fisherDropPValue({ passes: 3, trials: 5 }, { passes: 0, trials: 0 }).value).toBe(1);
    expect(fisherDropPValue({ passes: 3, trials: 5 }, { passes: 3, trials: 5 }).value).toBeGreaterThan(0.5);
  });

  it('rejects counts that are not counts', () => {
    expect(() => fisherDropPValue({ passes: 6, trials: 5 }, { passes: 1, trials: 5 })).toThrow(/reference: 6\/5/);
    expect(() => fisherDropPValue({ passes: 1, trials: 5 }, { passes: -1, trials: 5 })).toThrow(/current/);
    expect(() => fisherDropPValue({ passes: 1.5, trials: 5 }, { passes: 1, trials: 5 })).toThrow(RangeError);
  });

  it('memoises without changing the answer', () => {
    const first = dropPValue({ passes: 45, trials: 50 }, { passes: 6, trials: 25 });
    expect(dropPValue({ passes: 45, trials: 50 }, { passes: 6, trials: 25 })).toBe(first);
    expect(first.exact).toEqual(fisherDropPValue({ passes: 45, trials: 50 }, { passes: 6, trials: 25 }).exact);
  });

  it('knows which way a drop goes', () => {
    expect(observedDrop({ passes: 9, trials: 10 }, { passes: 4, trials: 5 })).toBe(true);
    expect(observedDrop({ passes: 8, trials: 10 }, { passes: 4, trials: 5 })).toBe(false);
  });
});

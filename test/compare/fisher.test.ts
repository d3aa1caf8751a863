import { describe, expect, it } from 'vitest';
import { fisherOneSided, logFactorial } from '../../src/compare/index.js';

/** Exact P(X ≥ a) with BigInt binomials: an independent oracle for moderate counts. */
function exactUpperTail(a: number, n: number, passes: number, population: number): number {
  const choose = (N: number, k: number): bigint => {
    if (k < 0 || k > N) return 0n;
    let result = 1n;
    for (let i = 1; i <= k; i += 1) result = (result * BigInt(N - k + i)) / BigInt(i);
    return result;
  };
  let numerator = 0n;
  for (let x = a; x <= Math.min(n, passes); x += 1) numerator += choose(passes, x) * choose(population - passes, n - x);
  const denominator = choose(population, n);
  const scale = 10n ** 15n;
  return Number((numerator * scale) / denominator) / 1e15;
}

describe('one-sided Fisher exact test', () => {
  it('matches hand-computed p-values for 5-trial tables', () => {
    expect(fisherOneSided({ passes: 5, trials: 5 }, { passes: 0, trials: 5 })).toBeCloseTo(1 / 252, 12);
    expect(fisherOneSided({ passes: 5, trials: 5 }, { passes: 1, trials: 5 })).toBeCloseTo(6 / 252, 12);
    expect(fisherOneSided({ passes: 5, trials: 5 }, { passes: 3, trials: 5 })).toBeCloseTo(56 / 252, 12);
  });

  it('is 1 when nothing dropped in the tested direction', () => {
    expect(fisherOneSided({ passes: 0, trials: 5 }, { passes: 5, trials: 5 })).toBeCloseTo(1, 12);
    expect(fisherOneSided({ passes: 3, trials: 5 }, { passes: 3, trials: 5 })).toBeGreaterThan(0.5);
  });

  it('agrees with an exact BigInt computation on many random tables', () => {
    let seed = 7;
    const next = (max: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % (max + 1);
    };
    for (let i = 0; i < 200; i += 1) {
      const n1 = 1 + next(60);
      const n2 = 1 + next(60);
      const before = { passes: next(n1), trials: n1 };
      const after = { passes: next(n2), trials: n2 };
      const expected = exactUpperTail(before.passes, n1, before.passes + after.passes, n1 + n2);
      expect(fisherOneSided(before, after)).toBeCloseTo(expected, 9);
    }
  });

  it('stays finite and ordered for counts in the hundreds of thousands (log space)', () => {
    const small = fisherOneSided({ passes: 90_500, trials: 100_000 }, { passes: 90_000, trials: 100_000 });
    const large = fisherOneSided({ passes: 91_000, trials: 100_000 }, { passes: 90_000, trials: 100_000 });
    expect(Number.isFinite(small) && small > 0 && small < 1).toBe(true);
    expect(large).toBeLessThan(small);
    expect(large).toBeLessThan(1e-6);
  });

  it('computes ln(n!) exactly for small n and by Stirling beyond the table', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(10)).toBeCloseTo(Math.log(3_628_800), 10);
    // Continuity across the table limit: ln((n+1)!) - ln(n!) = ln(n+1).
    expect(logFactorial(100_000) - logFactorial(99_999)).toBeCloseTo(Math.log(100_000), 6);
    expect(() => logFactorial(-1)).toThrow(RangeError);
  });
});

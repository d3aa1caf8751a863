import { describe, expect, it } from 'vitest';
import { fisherOneSided } from '../../src/verdict/fisher-float.js';
import {
  comparisonLevel,
  EXACT_LIMIT,
  fisherDropPValue,
  fromDecimal,
  isBelow,
  lessThan,
  rational,
  toNumber,
  type Rational,
} from '../../src/verdict/index.js';

function terminatesInDecimal(value: Rational): boolean {
  let den = value.den;
  while (den % 2n === 0n) den /= 2n;
  while (den % 5n === 0n) den /= 5n;
  return den === 1n;
}

/** Every table of up to 12 trials a side whose exact one-sided p is a decimal α between 0.001 and 0.1. */
function boundaryTables() {
  const tables: {
    reference: { passes: number; trials: number };
    current: { passes: number; trials: number };
    alpha: number;
  }[] = [];
  for (let n1 = 1; n1 <= 12; n1 += 1) {
    for (let n2 = 1; n2 <= 12; n2 += 1) {
      for (let a = 0; a <= n1; a += 1) {
        for (let c = 0; c <= n2; c += 1) {
          const reference = { passes: a, trials: n1 };
          const current = { passes: c, trials: n2 };
          const p = fisherDropPValue(reference, current);
          if (!p.exact || !terminatesInDecimal(p.exact) || p.value < 0.001 || p.value > 0.1) continue;
          // The decimal a user would type for that α: 1/20 → 0.05, 1/16 → 0.0625.
          tables.push({ reference, current, alpha: Number(p.value.toPrecision(12)) });
        }
      }
    }
  }
  return tables;
}

describe('exact rationals', () => {
  it('reads the decimal a user meant, not the double next to it', () => {
    expect(fromDecimal(0.05)).toEqual(rational(1n, 20n));
    expect(fromDecimal(0.1)).toEqual(rational(1n, 10n));
    expect(fromDecimal(1e-7)).toEqual(rational(1n, 10_000_000n));
    expect(fromDecimal(2.5e-3)).toEqual(rational(1n, 400n));
    expect(fromDecimal(3)).toEqual(rational(3n, 1n));
    expect(() => fromDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => fromDecimal(-0.1)).toThrow(RangeError);
  });

  it('compares and converts exactly', () => {
    expect(lessThan(rational(1n, 21n), rational(1n, 20n))).toBe(true);
    expect(lessThan(rational(1n, 20n), rational(1n, 20n))).toBe(false);
    expect(toNumber(rational(1n, 3n))).toBe(1 / 3);
    // A p-value far below double range in its parts still converts: 1 / C(2000, 1000) is about 5e-601, so 0.
    expect(toNumber(rational(1n, 10n ** 700n))).toBe(0);
    expect(toNumber(rational(10n ** 400n, 3n * 10n ** 400n))).toBe(1 / 3);
  });
});

describe('p = α is decided by the rule p < α', () => {
  const tables = boundaryTables();

  it('finds the boundary tables of the issue (3/3 → 0/3 at α = 0.05 among them)', () => {
    expect(tables.length).toBeGreaterThanOrEqual(11);
    expect(tables).toContainEqual({
      reference: { passes: 3, trials: 3 },
      current: { passes: 0, trials: 3 },
      alpha: 0.05,
    });
  });

  it.each(tables)(
    '$reference.passes/$reference.trials → $current.passes/$current.trials at α = $alpha is not a regression',
    (table) => {
      const p = fisherDropPValue(table.reference, table.current);
      expect(isBelow(p, fromDecimal(table.alpha))).toBe(false);
      // …and any α above it rejects: the decision sits exactly at p.
      expect(isBelow(p, fromDecimal(Number((table.alpha * 1.000001).toPrecision(12))))).toBe(true);
    },
  );

  it('shows why: the float computation lands below α for some of them', () => {
    const wrong = tables.filter((table) => fisherOneSided(table.reference, table.current) < table.alpha);
    expect(wrong.length).toBeGreaterThan(0);
  });

  it('spends α exactly too: 0.05 over 30 comparisons is 1/600', () => {
    const level = comparisonLevel(0.05, 30);
    expect(level.alpha).toEqual(rational(1n, 600n));
    // A p of exactly 1/600 is not below it.
    expect(isBelow({ value: 1 / 600, exact: rational(1n, 600n) }, level.alpha)).toBe(false);
  });
});

describe('large tables fall back to doubles with a documented tolerance', () => {
  it('uses the float path beyond EXACT_LIMIT trials and agrees with the exact one at the limit', () => {
    const big = fisherDropPValue({ passes: 1900, trials: 2000 }, { passes: 80, trials: 100 });
    expect(big.exact).toBeUndefined();
    expect(big.value).toBeLessThan(1e-6);
    const atLimit = fisherDropPValue({ passes: 950, trials: 1000 }, { passes: 930, trials: 1000 });
    expect(1000 + 1000).toBeLessThanOrEqual(EXACT_LIMIT);
    expect(atLimit.exact).toBeDefined();
    expect(atLimit.value).toBeCloseTo(fisherOneSided({ passes: 950, trials: 1000 }, { passes: 930, trials: 1000 }), 12);
  });

  it('does not call a float p within the tolerance of α below it', () => {
    const alpha = fromDecimal(0.05);
    expect(isBelow({ value: 0.04999999999999996 }, alpha)).toBe(false);
    expect(isBelow({ value: 0.0499 }, alpha)).toBe(true);
  });
});

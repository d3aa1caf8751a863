/**
 * A p-value as the decision rule sees it: exact (a rational) for the table
 * sizes that occur in practice, a double beyond, and one comparison with α
 * that treats both honestly.
 */
import { lessThan, toNumber, type Rational } from './rational.js';

export interface PValue {
  /** For display and for lenient screening rules. */
  readonly value: number;
  /** Present when the p-value was computed exactly; the decision then uses it. */
  readonly exact?: Rational;
}

/**
 * A float p-value is "below α" only when it is below by more than this share
 * of α: a float computation of a p that equals α exactly can land a few ulps
 * either side, and p = α is not a rejection. Costs at most 1e-9 × α of size.
 */
export const FLOAT_TOLERANCE = 1e-9;

export function exactPValue(exact: Rational): PValue {
  return { value: toNumber(exact), exact };
}

/** The documented rule `p < α`, decided exactly when the p-value is exact. */
export function isBelow(p: PValue, alpha: Rational): boolean {
  if (p.exact) return lessThan(p.exact, alpha);
  return p.value < toNumber(alpha) * (1 - FLOAT_TOLERANCE);
}

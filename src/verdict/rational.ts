/**
 * Exact non-negative rationals (BigInt numerator / denominator), so that a
 * p-value is compared with α by the rule `p < α` and not by rounding:
 * 3/3 → 0/3 has p = 1/20 exactly, which is not below α = 0.05.
 */

export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(num: bigint, den: bigint): Rational {
  if (den <= 0n) throw new RangeError(`rational: denominator must be positive, got ${den}`);
  if (num < 0n) throw new RangeError(`rational: numerator must not be negative, got ${num}`);
  const divisor = gcd(num, den) || 1n;
  return { num: num / divisor, den: den / divisor };
}

/**
 * The rational a user meant by a decimal: the shortest decimal that prints
 * as `value` (JavaScript's `String(0.05)` is "0.05"), so 0.05 is 1/20 and not
 * the binary double just above it.
 */
export function fromDecimal(value: number): Rational {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`fromDecimal: ${value} is not a finite non-negative number`);
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`fromDecimal: cannot read ${value} as a decimal`);
  const [, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(`${whole}${fraction}`);
  return exponent >= 0 ? rational(digits * 10n ** BigInt(exponent), 1n) : rational(digits, 10n ** BigInt(-exponent));
}

export function lessThan(a: Rational, b: Rational): boolean {
  return a.num * b.den < b.num * a.den;
}

export function divideByInteger(a: Rational, divisor: number): Rational {
  if (!Number.isInteger(divisor) || divisor < 1)
    throw new RangeError(`divideByInteger: ${divisor} is not a positive integer`);
  return rational(a.num, a.den * BigInt(divisor));
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

/** The nearest double (to ~2⁻⁶⁰ relative), also for numerators and denominators far beyond 2¹⁰²⁴. */
export function toNumber(value: Rational): number {
  if (value.num === 0n) return 0;
  const shift = bitLength(value.den) - bitLength(value.num) + 64;
  const scaled = shift >= 0 ? (value.num << BigInt(shift)) / value.den : value.num / (value.den << BigInt(-shift));
  return Number(scaled) * 2 ** -shift;
}

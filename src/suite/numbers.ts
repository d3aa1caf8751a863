/**
 * Every number a suite writes, with its range in words. YAML reads `1e400` and
 * `.inf` as Infinity and `.nan` as NaN; zod refuses those as "not a number",
 * which came out as "expected a number, got a number", and a fraction in a
 * count as "expected an int". A number field built here answers every way of
 * missing it (a fraction, Infinity, NaN, a string, out of range) with the one
 * expectation: "runs: expected a whole number from 1 to 1,000, got 1e400".
 * Every field has an upper bound: a huge value is a typo, and past 2^53 or
 * Infinity the arithmetic downstream (costs, timers, counts) goes wrong.
 */
import { z } from 'zod';
import { formatCount } from '../util/plural.js';

/** What zod-issues.ts recognizes as a range written here, to say `expected <range>` instead of zod's words. */
export const NUMBER_EXPECTATION = /^a (whole )?number /;

/** Grouped by hand (formatCount): the bounds are built as the CLI starts; toLocaleString's first call costs ~13 ms. */
const shown = (value: number): string => (Number.isInteger(value) ? formatCount(value) : String(value));

/** A whole number from `min` to `max`; `unit` (e.g. "ms") follows the range. */
export function wholeNumber(min: number, max: number, unit?: string) {
  const error = `a whole number from ${shown(min)} to ${shown(max)}${unit ? ` (${unit})` : ''}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/** A number from `min` to `max`, fractions allowed; an excluded end is said so ("above 0", "below 1"). */
export function decimalNumber(
  min: number,
  max: number,
  {
    minExcluded = false,
    maxExcluded = false,
    unit,
  }: { minExcluded?: boolean; maxExcluded?: boolean; unit?: string } = {},
) {
  const range =
    !minExcluded && !maxExcluded
      ? `from ${shown(min)} to ${shown(max)}`
      : `${minExcluded ? 'above' : 'from'} ${shown(min)}${maxExcluded ? ' and below' : ', at most'} ${shown(max)}`;
  const error = `a number ${range}${unit ? ` (${unit})` : ''}`;
  const low = minExcluded ? z.number({ error }).gt(min, { error }) : z.number({ error }).min(min, { error });
  return maxExcluded ? low.lt(max, { error }) : low.max(max, { error });
}

/**
 * The numbers the CLI's flags take (`--runs 5`, `--budget 2.5`, `--alpha 0.05`, `--keep 20`, the 30 of
 * `--older-than 30d`), read one way for every command. `Number(text)` reads much that no one means as a number:
 * '' and '  ' as 0, '0x10' as 16, '1e3', 'Infinity', ' 5 ', '+5', '5.'; and a huge value passes silently. Here a
 * flag's text is plain ASCII digits, with a fraction (`2.5`, `.05`) only where the flag takes one: no sign, no
 * exponent, no hex, no spaces; within an explicit range, every flag with an upper bound. Leading zeros are accepted
 * (`01` is 1: a script that pads numbers means them). Anything else is one ConfigurationError line that names the flag,
 * the range and the text given: "--keep: expected a whole number from 0 to 1,000,000, got '1e300'".
 */
import { formatCount } from '../util/plural.js';
import { ConfigurationError } from '../util/errors.js';
import { truncate } from '../util/text.js';

export interface NumberRange {
  readonly min: number;
  readonly max: number;
  /** `min` itself is refused ("above 0"). */
  readonly minExcluded?: boolean;
  /** `max` itself is refused ("below 1"). */
  readonly maxExcluded?: boolean;
  /** Said after the range: "(USD)". */
  readonly unit?: string;
}

/** ASCII digits only (`\d` without the `u` flag is [0-9]: '٣' and '１' are not digits here). */
const WHOLE = /^[0-9]+$/;
/** Digits with an optional fraction; the integer part may be left out (`.05`), the fraction may not (`5.`). */
const DECIMAL = /^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$/;

/** `text` as a whole number within `range`, or a ConfigurationError naming `flag`. */
export function wholeNumberFlag(flag: string, text: string, range: NumberRange): number {
  return parsed(flag, text, range, WHOLE, 'a whole number');
}

/** `text` as a number within `range`, fractions allowed, or a ConfigurationError naming `flag`. */
export function decimalFlag(flag: string, text: string, range: NumberRange): number {
  return parsed(flag, text, range, DECIMAL, 'a number');
}

/** "a whole number from 0 to 1,000,000", "a number above 0 and below 1", "a number from 0 to 1,000,000 (USD)". */
export function numberExpectation(kind: string, range: NumberRange): string {
  const { min, max, minExcluded = false, maxExcluded = false, unit } = range;
  const span =
    !minExcluded && !maxExcluded
      ? `from ${shown(min)} to ${shown(max)}`
      : `${minExcluded ? 'above' : 'from'} ${shown(min)}${maxExcluded ? ' and below' : ', at most'} ${shown(max)}`;
  return `${kind} ${span}${unit ? ` (${unit})` : ''}`;
}

/**
 * A number written back as a flag's text (`rehearse rerun` passes the recorded budget on): plain digits, as the flags
 * read them, where String() would write a tiny budget as `1e-7`. Beyond 20 decimals it rounds (to 0 at worst).
 */
export function decimalText(value: number): string {
  const text = String(value);
  return DECIMAL.test(text) ? text : value.toFixed(20).replace(/\.?0+$/, '');
}

/**
 * The text a user gave, for a message: cut to a readable length, and control characters (a newline pasted into a
 * quoted argument) escaped so that the message stays one line.
 */
export function quotedInput(text: string): string {
  const escaped = text.replace(
    /[\u0000-\u001f\u007f\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${truncate(escaped, 40)}'`;
}

function parsed(flag: string, text: string, range: NumberRange, syntax: RegExp, kind: string): number {
  // Digits only, so Number() reads exactly what is written (a string of 400 digits reads as Infinity: out of range).
  const value = syntax.test(text) ? Number(text) : Number.NaN;
  if (!Number.isNaN(value) && within(value, range)) return value;
  throw new ConfigurationError(`${flag}: expected ${numberExpectation(kind, range)}, got ${quotedInput(text)}`);
}

function within(value: number, range: NumberRange): boolean {
  const aboveMin = range.minExcluded ? value > range.min : value >= range.min;
  const belowMax = range.maxExcluded ? value < range.max : value <= range.max;
  return aboveMin && belowMax;
}

/** Grouped by hand (formatCount): toLocaleString's first call costs the CLI's start-up ~10 ms. */
function shown(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : String(value);
}

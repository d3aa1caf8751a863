/**
 * The one reading of the CLI's numeric flags (src/cli/number-flags.ts): plain ASCII digits, a fraction only where the
 * flag takes one, within an explicit range; everything `Number()` would also have read (spaces, hex, exponents,
 * signs, Infinity) refused with one line that names the flag, the range and the text.
 */
import { describe, expect, it } from 'vitest';
import { decimalFlag, decimalText, quotedInput, wholeNumberFlag } from '../../src/cli/number-flags.js';
import { MAX_KEEP, parseAge } from '../../src/cli/runs-prune.js';
import { planArgs } from '../../src/cli/commands/rerun.js';
import { ConfigurationError } from '../../src/util/errors.js';

const KEEP = { min: 0, max: MAX_KEEP };
const keepError = (given: string) => `--keep: expected a whole number from 0 to 1,000,000, got '${given}'`;

describe('wholeNumberFlag', () => {
  const accepted: [string, number][] = [
    ['0', 0],
    ['5', 5],
    ['20', 20],
    ['01', 1], // leading zeros: accepted (a script that pads numbers means them)
    ['007', 7],
    ['1000000', 1_000_000], // the bound itself
    [`${'0'.repeat(500)}42`, 42], // a long text of few significant digits is still the number it writes
  ];
  it.each(accepted)('reads %j as %d', (text, value) => {
    expect(wholeNumberFlag('--keep', text, KEEP)).toBe(value);
  });

  const refused: string[] = [
    '', // Number('') is 0
    ' ', // Number(' ') is 0
    '   ',
    '\t',
    ' 5',
    '5 ',
    ' 5 ',
    '0x10', // Number: 16
    '0o10', // Number: 8
    '0b10', // Number: 2
    '1e3', // Number: 1000
    '1E3',
    '1e300',
    'Infinity',
    '-Infinity',
    'NaN',
    '-1',
    '-0',
    '+1',
    '1.5', // a fraction where a whole number is meant
    '1.0',
    '5.',
    '.5',
    '1,000', // grouped as the message writes it, but a comma in a flag is a typo for a list
    '1_000', // a JavaScript numeric separator
    '٣', // Arabic-Indic three
    '１', // full-width one
    '5\n',
    'five',
    '1000001', // one past the bound
    '9'.repeat(400), // Number reads it as Infinity
    '99999999999999999999', // past 2^53: no longer the number written
  ];
  it.each(refused)('refuses %j with the flag, the range and the text', (text) => {
    expect(() => wholeNumberFlag('--keep', text, KEEP)).toThrow(ConfigurationError);
    expect(() => wholeNumberFlag('--keep', text, KEEP)).toThrow(`--keep: expected a whole number from 0 to 1,000,000`);
  });

  it('quotes what was given, as given', () => {
    expect(() => wholeNumberFlag('--keep', '1e300', KEEP)).toThrow(keepError('1e300'));
    expect(() => wholeNumberFlag('--keep', '', KEEP)).toThrow(keepError(''));
    expect(() => wholeNumberFlag('--keep', ' 5 ', KEEP)).toThrow(keepError(' 5 '));
  });

  it('names a unit after the range', () => {
    expect(() => wholeNumberFlag('--start-from', '0', { min: 1, max: 200, unit: 'turns' })).toThrow(
      "--start-from: expected a whole number from 1 to 200 (turns), got '0'",
    );
  });
});

describe('decimalFlag', () => {
  const BUDGET = { min: 0, max: 1_000_000, unit: 'USD' };
  const ALPHA = { min: 0, max: 1, minExcluded: true, maxExcluded: true };

  const accepted: [string, number][] = [
    ['2.5', 2.5],
    ['2.50', 2.5],
    ['5', 5],
    ['0', 0],
    ['0.0001', 0.0001],
    ['.5', 0.5], // the integer part may be left out (α = .05 is how papers write it)
    ['1000000', 1_000_000],
    ['1000000.0', 1_000_000],
  ];
  it.each(accepted)('reads %j as %d', (text, value) => {
    expect(decimalFlag('--budget', text, BUDGET)).toBe(value);
  });

  const refused: string[] = [
    '',
    ' ',
    '5.', // a fraction point with no fraction
    '.',
    '1.2.3',
    '2,5', // a decimal comma
    '1e3',
    '1e-3',
    '0x10',
    'Infinity',
    'NaN',
    '-1',
    '-0.5',
    '+2.5',
    ' 2.5',
    '٢.٥',
    '２.５',
    '1000000.01',
    '9'.repeat(400),
  ];
  it.each(refused)('refuses %j', (text) => {
    expect(() => decimalFlag('--budget', text, BUDGET)).toThrow(
      `--budget: expected a number from 0 to 1,000,000 (USD), got ${quotedInput(text)}`,
    );
  });

  it('says which ends are excluded, and refuses them', () => {
    expect(decimalFlag('--alpha', '0.05', ALPHA)).toBe(0.05);
    expect(decimalFlag('--alpha', '.01', ALPHA)).toBe(0.01);
    for (const text of ['0', '1', '0.0', '1.0', '2', '1e-2'])
      expect(() => decimalFlag('--alpha', text, ALPHA), text).toThrow(
        `--alpha: expected a number above 0 and below 1, got '${text}'`,
      );
  });
});

describe('quotedInput', () => {
  it('keeps a message on one line and of a readable length', () => {
    expect(quotedInput('1\n2')).toBe("'1\\u000a2'");
    expect(quotedInput('a\u2028b')).toBe("'a\\u2028b'");
    const long = quotedInput('9'.repeat(400));
    expect(long).toHaveLength(42);
    expect(long.endsWith("…'")).toBe(true);
  });
});

describe('parseAge (--older-than)', () => {
  const DAY = 86_400_000;
  it.each([
    ['30d', 30 * DAY],
    ['12h', 12 * 3_600_000],
    ['2w', 14 * DAY],
    ['90m', 90 * 60_000],
    ['1.5d', 1.5 * DAY],
    ['0d', 0],
    ['36525d', 36_525 * DAY], // a century: the bound
  ])('reads %j', (text, ms) => {
    expect(parseAge(text)).toBe(ms);
  });

  it.each(['', 'd', '30', '30 days', ' 30d', '30d ', '30 d', '1e3d', '0x10d', '-1d', '+1d', '٣d', 'Infinityd', '5.d'])(
    'refuses the shape of %j',
    (text) => {
      expect(() => parseAge(text)).toThrow(`--older-than: expected an age like 30d, 12h, 2w or 90m, got '${text}'`);
    },
  );

  it.each(['36526d', '5218w', '99999999999999999999d', `${'9'.repeat(400)}m`])('refuses the age %j', (text) => {
    expect(() => parseAge(text)).toThrow(
      `--older-than: expected an age of at most 36,525d (100 years), got ${quotedInput(text)}`,
    );
  });
});

describe('decimalText (a recorded budget given back to `rehearse run` by rerun)', () => {
  it('writes plain digits that --budget reads back as the same number', () => {
    for (const value of [2.5, 5, 0, 0.1 + 0.2, 1e-7, 1.5e-10, 1_000_000]) {
      const text = decimalText(value);
      expect(text, String(value)).toMatch(/^[0-9]+(\.[0-9]+)?$/);
      expect(decimalFlag('--budget', text, { min: 0, max: 1_000_000 })).toBeCloseTo(value, 15);
    }
    expect(planArgs({ budgetUsd: 1e-7 })).toEqual(['--budget', '0.0000001']);
  });
});

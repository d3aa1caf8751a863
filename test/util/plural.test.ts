/** Counts in prose: the hand-grouped thousands read exactly as toLocaleString('en-US') writes them. */
import { describe, expect, it } from 'vitest';
import { formatCount, plural } from '../../src/util/plural.js';

describe('formatCount', () => {
  it('groups thousands as en-US does, for every size and sign, and rounds first', () => {
    const values = [0, 7, 999, 1_000, 12_345, 999_999, 1_000_000, 123_456_789, -1, -1_234, -987_654_321, 2.5, 1_234.4];
    for (const value of [...values, Number.MAX_SAFE_INTEGER, 1e21, Infinity, -0.2])
      expect(formatCount(value)).toBe(Math.round(value).toLocaleString('en-US'));
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatCount(null)).toBe('—');
  });

  it('plural counts with the same grouping', () => {
    expect(plural(3_000, 'trial')).toBe('3,000 trials');
    expect(plural(1, 'match')).toBe('1 match');
  });
});

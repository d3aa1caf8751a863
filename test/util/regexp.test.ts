import { describe, expect, it } from 'vitest';
import { escapeRegExp as fromTemplate } from '../../src/suite/template.js';
import { escapeRegExp } from '../../src/util/regexp.js';

describe('escapeRegExp', () => {
  it('makes every regex metacharacter match itself', () => {
    const text = 'A.1 (x) [y] {2} a|b ^$ *+? \\ /';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(`^${escapeRegExp('a.c')}$`).test('abc')).toBe(false);
  });

  it('is the one implementation (the template module re-exports it)', () => {
    expect(fromTemplate).toBe(escapeRegExp);
  });
});

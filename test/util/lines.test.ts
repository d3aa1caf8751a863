import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../src/util/lines.js';

describe('LineSplitter', () => {
  it('gives each line once its end arrives, however the chunks cut it', () => {
    const lines = new LineSplitter();
    expect(lines.push('a')).toEqual([]);
    expect(lines.push('b\nc')).toEqual(['ab']);
    expect(lines.push('\n\nd\ne')).toEqual(['c', '', 'd']);
    expect(lines.rest()).toBe('e');
    expect(lines.push('\n')).toEqual(['e']);
    expect(lines.rest()).toBe('');
  });

  it('joins a line of many chunks whole (a 50 MB journal line arrives in thousands)', () => {
    const lines = new LineSplitter();
    const piece = 'x'.repeat(64 * 1024);
    for (let i = 0; i < 800; i++) expect(lines.push(piece)).toEqual([]);
    const [line] = lines.push('y\nz');
    expect(line?.length).toBe(800 * piece.length + 1);
    expect(line?.endsWith('xy')).toBe(true);
    expect(lines.rest()).toBe('z');
  });
});

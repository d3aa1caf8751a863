import { describe, expect, it } from 'vitest';
import { commentReserveChars, withState } from '../../src/github/comment.js';
import { MAX_COMMENT_CHARS, renderComment } from '../../src/report/index.js';
import { hugeRun } from '../report/fixture-sets.js';
import { reportInput } from '../report/helpers.js';

const suite = `deeply/nested/${'suites/'.repeat(30)}rehearse.yaml`;
const state = { verdict: 'fail' as const, regressions: Array.from({ length: 9999 }, (_, i) => `previous:t${i}`) };

describe('the sticky comment body', () => {
  it('stays within 65,536 characters for a huge run, with the rendered report whole', () => {
    const rendered = renderComment(reportInput(hugeRun()), commentReserveChars(suite));
    expect(rendered.omitted.length).toBeGreaterThan(0); // it had to shrink
    const body = withState(rendered.text, suite, state);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.startsWith(rendered.text)).toBe(true);
  });

  it('a report that just fits the full limit is shrunk to leave room for the hidden lines, never cut mid-text', () => {
    const pair = hugeRun(200);
    const base = renderComment(reportInput(pair)).text.length;
    // A previous-run note that brings the report to 40 characters under the full limit.
    const input = reportInput(pair, { previousRunNote: 'n'.repeat(MAX_COMMENT_CHARS - base - 40) });
    expect(renderComment(input).text.length).toBeGreaterThan(MAX_COMMENT_CHARS - 100);
    const rendered = renderComment(input, commentReserveChars(suite));
    const body = withState(rendered.text, suite, state);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.startsWith(rendered.text)).toBe(true); // the renderer made room; withState did not have to cut
    expect(body.endsWith(' -->')).toBe(true);
  });
});

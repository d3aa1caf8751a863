/** The base side's key mapping and the one wording of the reference-too-small note. */
import { describe, expect, it } from 'vitest';
import { referenceKeyOf } from '../../src/model/base-side.js';
import { referenceNote, type ReferenceGap } from '../../src/pipeline/reference-note.js';
import { detectability } from '../../src/verdict/index.js';

describe('referenceKeyOf', () => {
  it('reads a base-side candidate under testId@default and gives the base side no earlier runs', () => {
    expect(referenceKeyOf('refund@candidate', true)).toBe('refund@default');
    expect(referenceKeyOf('refund@baseline', true)).toBeUndefined();
    expect(referenceKeyOf('a@b@candidate', true)).toBe('a@b@default');
    expect(referenceKeyOf('refund@candidate', false)).toBe('refund@candidate');
  });
});

describe('referenceNote', () => {
  const alpha = 0.05 / 20;
  const gap = (testId: string, referenceTrials: number, referenceRuns: number, moreRuns: number): ReferenceGap => ({
    testId,
    key: `${testId}@default`,
    referenceTrials,
    referenceRuns,
    detect: detectability({ referenceTrials, planned: 5, alpha }),
    moreRuns,
  });

  it('names the weakest reference, the runs it holds and what would fix it', () => {
    const gaps = [gap('a', 10, 2, 4), gap('b', 5, 1, 5)];
    expect(referenceNote(gaps, { kind: 'not-asked' })).toBe(
      'Reference too small for 2 tests: the smallest drop it detects is 0.9 → 0.05 (1 base run); run with ' +
        '--base <ref> (e.g. --base main) or let the base branch record 5 more runs.',
    );
    expect(referenceNote(gaps, { kind: 'shallow', sha: 'f'.repeat(40) })).toContain(
      'the base commit fffffff is not in the checkout: set fetch-depth: 0 on actions/checkout: let the base branch',
    );
    expect(referenceNote([gap('c', 0, 0, 6)], { kind: 'http-agent' })).toBe(
      'Reference too small for 1 test: it detects no drop, not even 0.9 → 0 (no base run); the base side cannot ' +
        'run an http agent (its one URL serves one revision): let the base branch record 6 more runs.',
    );
    expect(referenceNote([], { kind: 'not-asked' })).toBeUndefined();
  });
});

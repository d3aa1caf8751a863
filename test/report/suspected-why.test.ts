/** Why a suspected drop stayed suspected: the line every output prints after it, true to what the run did. */
import { describe, expect, it } from 'vitest';
import type { Placement } from '../../src/compare/index.js';
import type { TestSummary } from '../../src/model/results.js';
import { suspectedWhy } from '../../src/report/placement-text.js';

function suspected(test: Partial<TestSummary>): Placement {
  const summary = { runs: 5, errors: 0, invalid: 0, ...test } as TestSummary;
  return { key: 'refund@candidate', section: 'suspected', test: summary, compared: [] };
}

describe('why a suspected drop was not settled', () => {
  it('a run cut short while confirming says so, never that no confirmation trials ran', () => {
    const cut = suspected({ confirmation: { reasons: ['drop'], extraTrials: 5 } });
    expect(suspectedWhy(cut, true)).toBe('the run stopped before its confirmation trials (5 finished) settled it');
  });

  it('no confirmation trials: said as it was, and why when the run could not confirm', () => {
    expect(suspectedWhy(suspected({}), true)).toBe('no confirmation trials ran for it in this run');
    expect(suspectedWhy(suspected({}), false)).toMatch(/^this run had no confirmation trials \(--no-confirm/);
    expect(suspectedWhy(suspected({ errors: 1 }), true)).toMatch(/^not rerun: errored or invalid trials/);
    expect(suspectedWhy(suspected({ runs: 1 }), true)).toMatch(/^single-trial flip, not rerun/);
  });
});

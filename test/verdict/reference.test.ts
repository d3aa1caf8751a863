import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/model/history.js';
import { baselineReference, chooseReference } from '../../src/verdict/index.js';

const definition = { persona: 'p1', scenario: 's1' };
const entry = (runId: string, passes: number, failures: number, scenario = 's1'): HistoryEntry => ({
  runId,
  date: '2026-12-01T10:00:00.000Z',
  definition: { persona: 'p1', scenario },
  passes,
  failures,
  errors: 0,
});

describe('chooseReference', () => {
  it('prefers the pooled history of the same definition', () => {
    const history = [entry('a', 5, 0), entry('b', 4, 1), entry('c', 0, 5, 's0')];
    expect(chooseReference(history, definition, { counts: { passes: 1, trials: 5 }, definition })).toEqual({
      counts: { passes: 9, trials: 10 },
      source: 'history',
    });
  });

  it('falls back to the previous run of the same definition, else nothing', () => {
    const previous = { counts: { passes: 3, trials: 5 }, definition };
    expect(chooseReference([entry('c', 0, 5, 's0')], definition, previous)).toEqual({
      counts: previous.counts,
      source: 'previous',
    });
    expect(
      chooseReference(undefined, definition, { ...previous, definition: { persona: 'p1', scenario: 's0' } }),
    ).toBeUndefined();
    expect(chooseReference([], definition)).toBeUndefined();
  });

  it('marks the baseline variant as extendable', () => {
    expect(baselineReference({ passes: 4, trials: 5 }, 5)).toEqual({
      counts: { passes: 4, trials: 5 },
      source: 'baseline',
      extendablePlanned: 5,
    });
  });
});

/** What a base-branch run adds to the history: early-stopped tests with what they ran, drowned runs marked. */
import { describe, expect, it } from 'vitest';
import { summarizeTest, testInfoOf } from '../../src/aggregate/index.js';
import { historyEntriesOf } from '../../src/pipeline/index.js';
import { buildResults } from '../support/results-builder.js';

describe('historyEntriesOf', () => {
  it('a test stopped early enters the history with what it ran, and has a verdict (not "not run")', () => {
    const built = buildResults({
      runId: 'RH-early',
      tests: [{ id: 'half', outcomes: ['pass', 'pass', 'pass'], planned: 5, minPassRate: 0.8 }],
    });
    const [test] = built.tests;
    const stopped = summarizeTest(
      testInfoOf({ ...test!, runs: 5 }),
      built.trials.filter((trial) => trial.key === test!.key),
      { confirmations: new Map([[test!.key, { reasons: [], extraTrials: 0, savedTrials: 2 }]]) },
    );
    expect(stopped.verdict).toBe('pass');
    const entries = historyEntriesOf({ ...built, tests: [stopped] });
    expect(entries['half@default']).toMatchObject({ passes: 3, failures: 0, errors: 0 });
  });

  it('a run drowned in errored or invalid trials marks every entry it adds: kept out of pooling', () => {
    const drowned = buildResults({
      runId: 'RH-outage',
      tests: [
        { id: 'a', outcomes: ['error', 'error', 'error'] },
        { id: 'b', outcomes: ['pass', 'error', 'error'] },
        { id: 'c', outcomes: ['pass', 'pass', 'pass'] },
      ],
    });
    const entries = historyEntriesOf(drowned);
    expect(Object.values(entries).map((entry) => entry.excluded)).toEqual([
      'infrastructure',
      'infrastructure',
      'infrastructure',
    ]);
    const healthy = historyEntriesOf(
      buildResults({ runId: 'RH-ok', tests: [{ id: 'a', outcomes: ['pass', 'error', 'pass', 'pass'] }] }),
    );
    expect(healthy['a@default']?.excluded).toBeUndefined();
  });
});

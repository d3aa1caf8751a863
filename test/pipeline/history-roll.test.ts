/** Flow 2 carries the base branch's history: rolled forward by base-branch runs, carried unchanged by others. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localEarlierRuns } from '../../src/cli/local-history.js';
import { evaluateRun } from '../../src/pipeline/index.js';
import { buildResults } from '../support/results-builder.js';

const scratch = mkdtempSync(join(tmpdir(), 'rehearse-history-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (runId: string, startedAt: string, outcomes: ('pass' | 'fail')[], planned?: number) =>
  buildResults({ runId, startedAt, tests: [{ id: 'refund', outcomes, ...(planned ? { planned } : {}) }] });

describe('evaluateRun and the history', () => {
  const first = run('RH-1', '2026-11-19T10:00:00.000Z', ['pass', 'pass']);
  const rolled = evaluateRun({ results: first, rollHistory: true }).results;

  it('a base-branch run appends its planned trials; confirmation trials are kept apart in `extra`', () => {
    expect(rolled.history?.['refund@default']).toEqual([
      expect.objectContaining({ runId: 'RH-1', passes: 2, failures: 0, errors: 0 }),
    ]);
    const second = run('RH-2', '2026-11-20T10:00:00.000Z', ['pass', 'fail', 'pass', 'pass', 'fail'], 2);
    const next = evaluateRun({ results: second, earlier: { previous: rolled }, rollHistory: true }).results;
    const entries = next.history?.['refund@default'] ?? [];
    expect(entries.map((entry) => entry.runId)).toEqual(['RH-1', 'RH-2']);
    expect(entries[1]).toMatchObject({ passes: 1, failures: 1, extra: { passes: 2, failures: 1 } });
    expect(entries[1]!.definition).toEqual(entries[0]!.definition);
  });

  it('keeps only the last H runs, and a pull request carries the history unchanged', () => {
    let history = rolled.history;
    for (let i = 2; i <= 4; i += 1) {
      const results = run(`RH-${i}`, `2026-11-2${i}T10:00:00.000Z`, ['pass']);
      history = evaluateRun({ results, earlier: { history: history! }, rollHistory: true, historyLength: 3 }).results
        .history;
    }
    expect(history?.['refund@default']?.map((entry) => entry.runId)).toEqual(['RH-2', 'RH-3', 'RH-4']);
    const pr = run('RH-pr', '2026-11-25T10:00:00.000Z', ['fail']);
    expect(evaluateRun({ results: pr, earlier: { history: history! } }).results.history).toEqual(history);
  });

  it('an old file without history still evaluates, and gets none unless it rolls', () => {
    expect(evaluateRun({ results: first }).results.history).toBeUndefined();
  });
});

describe('the local runs folder as the base branch', () => {
  it(
    'builds the history from stored runs without one, and uses the latest run of the same suite as the ' +
      'previous run',
    async () => {
      const dir = join(scratch, 'runs');
      mkdirSync(dir, { recursive: true });
      const stored = [
        run('RH-a', '2026-11-19T10:00:00.000Z', ['pass', 'pass']),
        run('RH-b', '2026-11-20T10:00:00.000Z', ['pass', 'fail']),
        buildResults({
          runId: 'RH-c',
          startedAt: '2026-11-21T10:00:00.000Z',
          status: 'stopped',
          tests: [{ id: 'refund', outcomes: ['fail'] }],
        }),
        buildResults({
          runId: 'RH-d',
          suiteName: 'another suite',
          startedAt: '2026-11-22T10:00:00.000Z',
          tests: [{ id: 'refund', outcomes: ['fail'] }],
        }),
      ];
      for (const results of stored) writeFileSync(join(dir, `${results.runId}.json`), JSON.stringify(results));
      const earlier = await localEarlierRuns({ dir, suiteName: 'order-support', length: 10, cwd: scratch });
      expect(earlier.previous?.runId).toBe('RH-b');
      expect(earlier.history?.['refund@default']?.map((entry) => [entry.runId, entry.passes, entry.failures])).toEqual([
        ['RH-a', 2, 0],
        ['RH-b', 1, 1],
      ]);
      // Once a stored run carries a history, that history is used as is.
      const withHistory = evaluateRun({
        results: run('RH-e', '2026-11-23T10:00:00.000Z', ['pass']),
        earlier,
        rollHistory: true,
      }).results;
      writeFileSync(join(dir, 'RH-e.json'), JSON.stringify(withHistory));
      const again = await localEarlierRuns({ dir, suiteName: 'order-support', length: 10, cwd: scratch });
      expect(again.history?.['refund@default']?.map((entry) => entry.runId)).toEqual(['RH-a', 'RH-b', 'RH-e']);
      expect(await localEarlierRuns({ dir: join(scratch, 'none'), suiteName: 'x', length: 10, cwd: scratch })).toEqual({
        note: expect.stringContaining('No previous run'),
      });
    },
  );
});

import { describe, expect, it } from 'vitest';
import {
  definitionChanges,
  HistoryEntrySchema,
  pool,
  rollForward,
  rollForwardRun,
  stabilityOf,
  type HistoryEntry,
} from '../../src/model/history.js';

const entry = (runId: string, passes: number, failures: number, criteria = 'c1', errors = 0): HistoryEntry => ({
  runId,
  sha: `sha-${runId}`,
  date: '2026-12-01T10:00:00.000Z',
  definition: { persona: 'p1', scenario: 's1', criteria },
  passes,
  failures,
  errors,
});

describe('rollForward', () => {
  it('appends and keeps the last H runs', () => {
    let entries: HistoryEntry[] = [];
    for (let run = 1; run <= 12; run += 1) entries = rollForward(entries, entry(`r${run}`, 5, 0));
    expect(entries.map((e) => e.runId)).toEqual(['r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12']);
    expect(rollForward(entries, entry('r13', 5, 0), 3).map((e) => e.runId)).toEqual(['r11', 'r12', 'r13']);
  });

  it('replaces the entry of the same run instead of counting it twice', () => {
    const entries = rollForward([entry('r1', 5, 0), entry('r2', 2, 3)], entry('r2', 4, 1));
    expect(entries).toEqual([entry('r1', 5, 0), entry('r2', 4, 1)]);
  });

  it('rejects a nonsense length', () => {
    expect(() => rollForward([], entry('r1', 5, 0), 0)).toThrow(/positive whole number/);
  });

  it('rolls a whole file forward, keeping keys the run did not produce', () => {
    const next = rollForwardRun(
      { 'a@default': [entry('r1', 5, 0)], 'b@default': [entry('r1', 1, 4)] },
      { 'a@default': entry('r2', 4, 1) },
    );
    expect(next['a@default']!.map((e) => e.runId)).toEqual(['r1', 'r2']);
    expect(next['b@default']).toEqual([entry('r1', 1, 4)]);
  });
});

describe('pool', () => {
  it('sums the planned trials of the runs of the same definition version only', () => {
    const confirmed = { ...entry('r3', 3, 2, 'c1', 1), extra: { passes: 20, failures: 0 } };
    const entries = [entry('r1', 5, 0), entry('r2', 0, 5, 'c0'), confirmed];
    expect(pool(entries, { persona: 'p1', scenario: 's1', criteria: 'c1' })).toEqual({
      passes: 8,
      trials: 10,
      errors: 1,
      runs: 2,
      excludedRuns: 1,
    });
  });

  it('names what changed in a definition', () => {
    expect(
      definitionChanges({ persona: 'p1', scenario: 's1', criteria: 'c1' }, { persona: 'p1', scenario: 's2' }),
    ).toEqual(['scenario', 'criteria']);
  });
});

describe('stabilityOf', () => {
  it('calls a test flaky only with enough history strictly between the bounds', () => {
    expect(stabilityOf({ passes: 45, trials: 50 })).toBe('flaky');
    expect(stabilityOf({ passes: 48, trials: 50 })).toBe('stable-pass');
    expect(stabilityOf({ passes: 2, trials: 50 })).toBe('stable-fail');
    expect(stabilityOf({ passes: 4, trials: 5 })).toBe('too-little-history');
  });
});

describe('HistoryEntrySchema', () => {
  it('validates what the results file stores', () => {
    expect(HistoryEntrySchema.parse(entry('r1', 5, 0))).toEqual(entry('r1', 5, 0));
    expect(() => HistoryEntrySchema.parse({ ...entry('r1', 5, 0), passes: -1 })).toThrow();
    expect(() => HistoryEntrySchema.parse({ ...entry('r1', 5, 0), definition: { colour: 'blue' } })).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/model/history.js';
import { stabilityOf } from '../../src/model/history.js';
import { referencePool } from '../../src/verdict/index.js';

const definition = { persona: 'p1', scenario: 's1', criteria: 'c1' };

function entry(run: number, passes: number, failures: number, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    runId: `R${run}`,
    date: '2026-11-20T10:00:00.000Z',
    definition,
    passes,
    failures,
    errors: 0,
    ...extra,
  };
}

const steady = (runs: number, passes = 5, failures = 0) =>
  Array.from({ length: runs }, (_, run) => entry(run, passes, failures));

describe('referencePool: which history a reference pools', () => {
  it('pools an unchanged history whole', () => {
    const pooled = referencePool(steady(10, 4, 1), definition);
    expect(pooled).toMatchObject({ passes: 40, trials: 50, runs: 10, shifted: false });
    expect(pooled.leftOut).toEqual([]);
  });

  it('the agent is not part of the identity: entries of another agent version pool; another criteria do not', () => {
    const entries = [
      ...steady(4).map((e) => ({ ...e, definition: { ...definition, agent: 'old' } })),
      entry(9, 5, 0, { definition: { ...definition, criteria: 'c0' } }),
    ];
    const pooled = referencePool(entries, { ...definition, agent: 'new' });
    expect(pooled.runs).toBe(4);
    expect(pooled.leftOut).toEqual([{ runId: 'R9', reason: 'definition' }]);
  });

  it('a run drowned in errors is not evidence (marked or counted)', () => {
    const entries = [
      ...steady(8),
      entry(8, 0, 0, { errors: 5 }),
      entry(9, 5, 0, { excluded: 'infrastructure' }),
      entry(10, 1, 0, { errors: 2, invalid: 2 }),
    ];
    const pooled = referencePool(entries, definition);
    expect(pooled.trials).toBe(40);
    expect(pooled.leftOut.map((left) => left.reason)).toEqual(['infrastructure', 'infrastructure', 'infrastructure']);
  });

  it('one all-fail run (a bad deploy fixed the next day) is an outlier: the always-passing test stays stable', () => {
    const entries = steady(10);
    entries[4] = entry(4, 0, 5);
    const pooled = referencePool(entries, definition);
    expect(pooled).toMatchObject({ passes: 45, trials: 45 });
    expect(pooled.leftOut).toEqual([{ runId: 'R4', reason: 'outlier' }]);
    expect(stabilityOf(pooled)).toBe('stable-pass');
  });

  it('an ordinary bad run of a 90% test is not an outlier', () => {
    const entries = Array.from({ length: 10 }, (_, run) => entry(run, run % 2 ? 5 : 4, run % 2 ? 0 : 1));
    entries[3] = entry(3, 2, 3);
    expect(referencePool(entries, definition).leftOut).toEqual([]);
  });

  it('a drop that lasts SHIFT_RUNS runs becomes the reference; one or two low runs do not', () => {
    const two = [...steady(8), entry(8, 1, 4), entry(9, 0, 5)];
    const early = referencePool(two, definition);
    expect(early.shifted).toBe(false);
    expect(early.passes / early.trials).toBeGreaterThan(0.9);
    const three = [...steady(7), entry(7, 1, 4), entry(8, 0, 5), entry(9, 1, 4)];
    const shifted = referencePool(three, definition);
    expect(shifted.shifted).toBe(true);
    expect(shifted).toMatchObject({ passes: 2, trials: 15, runs: 3 });
    expect(shifted.leftOut.every((left) => left.reason === 'before-shift')).toBe(true);
  });

  it('the same selection feeds the flaky label', () => {
    const entries = steady(10);
    entries[9] = entry(9, 0, 5);
    // Pooled as it is, 45/50 is flaky; the outlier left out, the test is stable.
    expect(stabilityOf({ passes: 45, trials: 50 })).toBe('flaky');
    expect(stabilityOf(referencePool(entries, definition))).toBe('stable-pass');
  });
});

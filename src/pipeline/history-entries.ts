/**
 * A run's own history entries, one per test key: the counts of its planned
 * trials (pooled by later runs) and, apart, its confirmation trials (never
 * pooled: their number depended on the outcomes).
 */
import { definitionOf, type HistoryEntry } from '../model/history.js';
import type { Results, TrialResult } from '../model/results.js';

interface Tally {
  passes: number;
  failures: number;
  errors: number;
  extraPasses: number;
  extraFailures: number;
}

function tallyTrials(trials: readonly TrialResult[]): Map<string, Tally> {
  const byKey = new Map<string, Tally>();
  for (const trial of trials) {
    const tally = byKey.get(trial.key) ?? { passes: 0, failures: 0, errors: 0, extraPasses: 0, extraFailures: 0 };
    if (trial.phase === 'confirmation') {
      if (trial.status === 'pass') tally.extraPasses += 1;
      if (trial.status === 'fail') tally.extraFailures += 1;
    } else {
      if (trial.status === 'pass') tally.passes += 1;
      if (trial.status === 'fail') tally.failures += 1;
      if (trial.status === 'error') tally.errors += 1;
    }
    byKey.set(trial.key, tally);
  }
  return byKey;
}

/**
 * Read from the trials when the file has them; a file read without trials (a stored previous run)
 * falls back to the test summaries, whose counts are all planned unless `outcomes` says otherwise.
 */
export function historyEntriesOf(results: Results): Record<string, HistoryEntry> {
  const tallies = tallyTrials(results.trials);
  const entries: Record<string, HistoryEntry> = {};
  for (const test of results.tests) {
    if (test.verdict === 'not_run') continue;
    const tally = tallies.get(test.key) ?? fromSummary(test);
    if (tally.passes + tally.failures + tally.errors === 0) continue;
    const extra = tally.extraPasses + tally.extraFailures > 0;
    entries[test.key] = {
      runId: results.runId,
      ...(results.git.sha ? { sha: results.git.sha } : {}),
      date: results.startedAt,
      definition: definitionOf(test),
      passes: tally.passes,
      failures: tally.failures,
      errors: tally.errors,
      ...(extra ? { extra: { passes: tally.extraPasses, failures: tally.extraFailures } } : {}),
    };
  }
  return entries;
}

function fromSummary(test: Results['tests'][number]): Tally {
  const planned = test.outcomes?.slice(0, test.runs);
  const extraLetters = test.outcomes?.slice(test.runs) ?? '';
  const count = (letters: string, letter: string) => [...letters].filter((l) => l === letter).length;
  return planned === undefined
    ? { passes: test.passes, failures: test.failures, errors: test.errors, extraPasses: 0, extraFailures: 0 }
    : {
        passes: count(planned, 'p'),
        failures: count(planned, 'f'),
        errors: count(planned, 'e'),
        extraPasses: count(extraLetters, 'p'),
        extraFailures: count(extraLetters, 'f'),
      };
}

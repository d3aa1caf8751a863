/**
 * A run's own history entries, one per test key: the counts of its planned
 * trials (pooled by later runs) and, apart, its confirmation trials (never
 * pooled: their number depended on the outcomes).
 */
import { definitionOf, type HistoryEntry } from '../model/history.js';
import type { Results, TrialResult } from '../model/results.js';
import { INFRASTRUCTURE_SHARE } from '../verdict/index.js';

interface Tally {
  passes: number;
  failures: number;
  errors: number;
  invalid: number;
  extraPasses: number;
  extraFailures: number;
}

function tallyTrials(trials: readonly TrialResult[]): Map<string, Tally> {
  const byKey = new Map<string, Tally>();
  for (const trial of trials) {
    const tally = byKey.get(trial.key) ?? {
      passes: 0,
      failures: 0,
      errors: 0,
      invalid: 0,
      extraPasses: 0,
      extraFailures: 0,
    };
    if (trial.phase === 'confirmation') {
      if (trial.status === 'pass') tally.extraPasses += 1;
      if (trial.status === 'fail') tally.extraFailures += 1;
    } else {
      if (trial.status === 'pass') tally.passes += 1;
      if (trial.status === 'fail') tally.failures += 1;
      if (trial.status === 'error') tally.errors += 1;
      if (trial.status === 'invalid') tally.invalid += 1;
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
  const byKey = new Map<string, Tally>();
  for (const test of results.tests) {
    // A test stopped early enters with what it ran: leaving it out would bias its pooled rate.
    const tally = tallies.get(test.key) ?? fromSummary(test);
    if (tally.passes + tally.failures + tally.errors + tally.invalid > 0) byKey.set(test.key, tally);
  }
  const drowned = runDrowned([...byKey.values()]);
  const entries: Record<string, HistoryEntry> = Object.create(null) as Record<string, HistoryEntry>;
  for (const test of results.tests) {
    const tally = byKey.get(test.key);
    if (!tally) continue;
    const extra = tally.extraPasses + tally.extraFailures > 0;
    entries[test.key] = {
      runId: results.runId,
      ...(results.git.sha ? { sha: results.git.sha } : {}),
      date: results.startedAt,
      definition: definitionOf(test),
      passes: tally.passes,
      failures: tally.failures,
      errors: tally.errors,
      ...(tally.invalid > 0 ? { invalid: tally.invalid } : {}),
      ...(drowned ? { excluded: 'infrastructure' as const } : {}),
      ...(extra ? { extra: { passes: tally.extraPasses, failures: tally.extraFailures } } : {}),
    };
  }
  return entries;
}

/**
 * The whole run was drowned in errored or invalid trials (more than INFRASTRUCTURE_SHARE of its planned ones): every
 * entry it adds is marked and kept out of pooling, even a test that happened to get through.
 */
function runDrowned(tallies: readonly Tally[]): boolean {
  let broken = 0;
  let all = 0;
  for (const tally of tallies) {
    broken += tally.errors + tally.invalid;
    all += tally.passes + tally.failures + tally.errors + tally.invalid;
  }
  return all > 0 && broken > INFRASTRUCTURE_SHARE * all;
}

function fromSummary(test: Results['tests'][number]): Tally {
  const planned = test.outcomes?.slice(0, test.runs);
  const extraLetters = test.outcomes?.slice(test.runs) ?? '';
  const count = (letters: string, letter: string) => [...letters].filter((l) => l === letter).length;
  return planned === undefined
    ? {
        passes: test.passes,
        failures: test.failures,
        errors: test.errors,
        invalid: test.invalid,
        extraPasses: 0,
        extraFailures: 0,
      }
    : {
        passes: count(planned, 'p'),
        failures: count(planned, 'f'),
        errors: count(planned, 'e'),
        invalid: count(planned, 'i'),
        extraPasses: count(extraLetters, 'p'),
        extraFailures: count(extraLetters, 'f'),
      };
}

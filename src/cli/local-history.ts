/**
 * What `rehearse run` knows of earlier runs: the local store (`.rehearse/runs/`)
 * plays the base branch. The latest completed run of the same suite that
 * joined the history (`joinedHistory`, absent in older files: joined; see
 * history-rule.ts) is the previous run; its `history` is the history (rolled
 * forward by every run that joined). Files written before histories existed have none: the history is then
 * built from the last H completed runs themselves.
 */
import { relative } from 'node:path';
import { rollForwardRun, type RunHistory } from '../model/history.js';
import { whyRunStaysOutOfHistory } from '../model/history-rule.js';
import type { Results } from '../model/results.js';
import { historyEntriesOf, type EarlierRuns } from '../pipeline/index.js';
import { readStoredRuns } from '../results/stored-runs.js';

export interface LocalHistoryRequest {
  /** The runs folder. */
  readonly dir: string;
  readonly suiteName: string;
  /** Runs kept per test key (the suite's `gate.history`). */
  readonly length: number;
  /** Left out: the run being resumed. */
  readonly excludeRunId?: string;
  /** For the note: paths are shown relative to it. */
  readonly cwd: string;
}

async function completedRuns(request: LocalHistoryRequest): Promise<Results[]> {
  // An unreadable or foreign file is not an earlier run; `rehearse runs` reports it.
  const stored = await readStoredRuns(request.dir);
  const runs = stored
    .map(({ results }) => results)
    .filter(
      (results) =>
        results.suite.name === request.suiteName &&
        results.runId !== request.excludeRunId &&
        // Not stopped, not cut short by the circuit breaker (older files recorded no `joinedHistory` for that).
        whyRunStaysOutOfHistory(results) === undefined &&
        // A run against the base revision (--base) is a comparison, not a run of the base branch.
        results.baseSide === undefined &&
        // Runs kept out of the history (a feature branch, a dirty tree, an outage) are never the reference.
        results.joinedHistory !== false,
    );
  return runs.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || (a.runId < b.runId ? -1 : 1));
}

/** The history built from the stored runs themselves (oldest first), for stores older than histories. */
export function historyFromRuns(runs: readonly Results[], length: number): RunHistory {
  let history: RunHistory = {};
  for (const run of runs.slice(-length)) history = rollForwardRun(history, historyEntriesOf(run), length);
  return history;
}

export async function localEarlierRuns(request: LocalHistoryRequest): Promise<EarlierRuns> {
  const runs = await completedRuns(request);
  const previous = runs.at(-1);
  if (!previous) return { note: `No previous run of "${request.suiteName}" in ${relative(request.cwd, request.dir)}.` };
  const history = previous.history ?? historyFromRuns(runs, request.length);
  return { previous, history, note: `Previous run: ${previous.runId} (${relative(request.cwd, request.dir)}).` };
}

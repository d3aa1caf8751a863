/**
 * `rehearse run`'s earlier runs: the latest completed run of the same suite in
 * the local store (`.rehearse/runs/`) as the previous run, and the history it
 * carries. Found before the run, so a test that looks like it dropped gets its
 * confirmation trials in this run.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Results } from '../model/results.js';
import type { EarlierRuns } from '../pipeline/index.js';
import { readResults } from '../results/index.js';
import { LOCAL_RUNS_DIR } from '../runner/run-info.js';

export async function localEarlierRuns(cwd: string, suiteConfig: string, exceptRunId?: string): Promise<EarlierRuns> {
  const dir = join(cwd, LOCAL_RUNS_DIR);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  } catch {
    return { note: `No previous run: ${LOCAL_RUNS_DIR}/ is empty.` };
  }
  let latest: Results | undefined;
  for (const name of names) {
    let results: Results;
    try {
      results = await readResults(join(dir, name), { trials: false });
    } catch {
      continue; // Not a results file we can read: not a previous run.
    }
    if (results.status !== 'completed' || results.runId === exceptRunId || results.suite.config !== suiteConfig)
      continue;
    if (!latest || results.startedAt > latest.startedAt) latest = results;
  }
  if (!latest) return { note: `No previous run of ${suiteConfig} in ${LOCAL_RUNS_DIR}/.` };
  return {
    previous: latest,
    ...(latest.history ? { history: latest.history } : {}),
    note: `Previous run: ${latest.runId} (${LOCAL_RUNS_DIR}/${latest.runId}.json).`,
  };
}

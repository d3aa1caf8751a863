/**
 * The results files of a runs folder (`.rehearse/runs/`), read without their
 * trials: listing, pruning and finding the previous local run need the tests,
 * totals, gate and history only. An unreadable or foreign file is reported to
 * `onUnreadable` and left out, so one bad file never hides the others.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Results } from '../model/results.js';
import { errorMessage, isConfigurationError } from '../util/errors.js';
import { readResults } from './read.js';

export interface StoredRun {
  readonly file: string;
  readonly results: Results;
}

/** Every `*.json` in `dir` that reads as a results file, in file-name order; [] when the folder does not exist. */
export async function readStoredRuns(
  dir: string,
  onUnreadable: (file: string, why: string) => void = () => undefined,
): Promise<StoredRun[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const runs: StoredRun[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      runs.push({ file, results: await readResults(file, { trials: false }) });
    } catch (error) {
      if (!isConfigurationError(error)) throw error;
      onUnreadable(file, errorMessage(error));
    }
  }
  return runs;
}

/**
 * Reading, writing and merging results files. Writes are atomic (temp file +
 * rename) so a cancelled or crashed run never leaves half a file behind.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ResultsSchema, TrialResultSchema, type Results, type TrialResult } from '../model/results.js';
import { writeChunks, writeFailure, WriteError } from '../util/write-chunks.js';

export { mergeResults } from './merge.js';
export {
  parseResults,
  readResults,
  readSummaries,
  summariesOnly,
  validateResults,
  type ReadOptions,
  type TranscriptsToKeep,
} from './read.js';
import { PARSED_ONCE } from '../model/parse-once.js';
export { computeVariantTotals } from './variant-totals.js';

/** Trials checked against the schema where they were made (the runner, as each finishes): written as they are. */
const checkedTrials = new WeakSet<TrialResult>();

/** `trial` is TrialResultSchema's own output (or that output read back from JSON): no second check when written. */
export function markChecked(trial: TrialResult): TrialResult {
  checkedTrials.add(trial);
  return trial;
}

/** Checked trials' text in the results file, written ahead (writeAhead): the file's last moments only copy it. */
const textAhead = new WeakMap<TrialResult, string>();

/**
 * Serialises a checked trial now, as the results file will hold it: a runner holding its trials whole calls it while
 * calls are awaited, so writing the results at the end (wall time) does not. Forgotten with the trial.
 */
export function writeAhead(trial: TrialResult): void {
  if (checkedTrials.has(trial) && !textAhead.has(trial)) textAhead.set(trial, trialText(trial));
}

/** Where a trial starts and ends in `{ trials: [trial] }` stringified: the trial alone, indented at its depth. */
const TRIAL_AT = '{\n  "trials": [\n    '.length;
const TRIAL_END = '\n  ]\n}'.length;

/**
 * A trial as the results file holds it: indented at its depth in the `trials` array. Stringified inside the array
 * itself and cut out, rather than stringified alone and indented by a replace: one pass and one string fewer per
 * trial, which the end of a 1,000-conversation run paid in copies and garbage collection.
 */
function trialText(trial: TrialResult): string {
  const wrapped = JSON.stringify({ trials: [trial] }, null, 2);
  return wrapped.slice(TRIAL_AT, wrapped.length - TRIAL_END);
}

export async function writeResults(path: string, results: Results): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeChunks(temporary, resultsChunks(results));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    // Named as the file the user asked for, not the temporary one beside it.
    throw writeFailure(path, error instanceof WriteError ? error.cause : error);
  }
}

/**
 * The text of `JSON.stringify(results, null, 2)` with `trials` moved to the
 * end, one trial at a time: validating and serialising the whole run at once
 * held two more copies of every transcript (the peak RSS of a 3,000-conversation
 * run). Trials last lets a reader that needs no trials (the previous run of a
 * comparison) stop at the `"trials"` key instead of scanning the transcripts
 * (see head.ts); readers take the keys in any order.
 */
function* resultsChunks(results: Results): Generator<string> {
  const { trials } = results;
  // Parsed once per file (see PARSED_ONCE).
  const { trials: _empty, ...head } = ResultsSchema.parse({ ...results, trials: [] }, PARSED_ONCE);
  if (trials.length === 0) {
    yield `${JSON.stringify({ ...head, trials: [] }, null, 2)}\n`;
    return;
  }
  // A random token cannot occur in the rest of the document.
  const placeholder = `rehearse-trials-${randomBytes(12).toString('hex')}`;
  const text = JSON.stringify({ ...head, trials: [placeholder] }, null, 2);
  const at = text.indexOf(`"${placeholder}"`);
  yield text.slice(0, at - 4); // up to the '[' and its line break, before the placeholder's indentation
  for (let i = 0; i < trials.length; i++) {
    const given = trials[i] as TrialResult;
    const trial = textAhead.get(given) ?? trialText(checkedTrials.has(given) ? given : TrialResultSchema.parse(given));
    yield `${i === 0 ? '' : ',\n'}    ${trial}`;
  }
  yield `${text.slice(at + placeholder.length + 2)}\n`;
}

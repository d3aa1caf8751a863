/**
 * Automatic resume for callers that always write to the same place (the
 * action's output directory on a re-run, a self-hosted runner keeping its
 * workspace): a journal left there by an interrupted run of the same plan is
 * continued; one of another plan is set aside (renamed), never mixed in.
 *
 * Running the errored trials again is one rule for both resumes: the CLI's
 * `--resume --rerun-errored` (cli/resume.ts) and the action's `rerun-errored`
 * input (github/produce.ts) drop them from the journal with
 * withoutErroredTrials.
 */
import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import type { Plan } from '../plan/types.js';
import {
  journaledTrialCount,
  readJournal,
  rewriteJournal,
  withoutJournaledTrials,
  type JournalContents,
} from '../results/journal.js';
import { errorMessage } from '../util/errors.js';
import { isErrored } from './breaker.js';

export async function resumableJournal(
  path: string,
  plan: Plan,
  warn: (message: string) => void,
): Promise<JournalContents | undefined> {
  if (!existsSync(path)) return undefined;
  let journal: JournalContents;
  try {
    journal = await readJournal(path);
  } catch (error) {
    await setAside(path, `it cannot be read (${errorMessage(error)})`, warn);
    return undefined;
  }
  const ids = journal.header.trialIds;
  if (ids.length !== plan.trials.length || plan.trials.some((trial, i) => trial.id !== ids[i])) {
    await setAside(path, 'it is the journal of a different plan', warn);
    return undefined;
  }
  return journal;
}

async function setAside(path: string, why: string, warn: (message: string) => void): Promise<void> {
  const aside = `${path}.${Date.now()}.old`;
  await rename(path, aside);
  warn(`not resuming from ${path}: ${why}; moved to ${aside}, starting afresh`);
}

/**
 * The journal without the trials that errored (breaker.ts isErrored: an outage's, a timeout's; not a cancelled or
 * budget-stopped trial), so the resume runs them again, and how many were dropped.
 */
export function withoutErroredTrials(journal: JournalContents): { journal: JournalContents; dropped: number } {
  const kept = withoutJournaledTrials(journal, isErrored);
  return { journal: kept, dropped: journaledTrialCount(journal) - journaledTrialCount(kept) };
}

/** One line for the log: `<flag>: 3 errored trials run again`, or that none errored. */
export function rerunErroredNote(flag: string, dropped: number): string {
  return dropped === 0
    ? `${flag}: no journaled trial errored: nothing more to run again`
    : `${flag}: ${dropped} errored trial${dropped === 1 ? '' : 's'} run again`;
}

/**
 * An automatic resume's journal once its errored trials are dropped: rewritten on disk (the resumed run appends to
 * it) when any was. The note says how many.
 */
export async function rerunErroredOnResume(
  path: string,
  journal: JournalContents,
  flag: string,
): Promise<{ journal: JournalContents; note: string }> {
  const dropped = withoutErroredTrials(journal);
  if (dropped.dropped > 0) await rewriteJournal(path, dropped.journal);
  return { journal: dropped.journal, note: rerunErroredNote(flag, dropped.dropped) };
}

/**
 * Automatic resume for callers that always write to the same place (the
 * action's output directory on a re-run, a self-hosted runner keeping its
 * workspace): a journal left there by an interrupted run of the same plan is
 * continued; one of another plan is set aside (renamed), never mixed in.
 */
import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import type { Plan } from '../plan/types.js';
import { readJournal, type JournalContents } from '../results/journal.js';
import { errorMessage } from '../util/errors.js';

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

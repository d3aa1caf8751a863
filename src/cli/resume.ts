/**
 * `rehearse run --resume <run id | results file | journal file>`: finds the
 * run's journal and the arguments it was started with, so the same plan is
 * made again and only the trials missing from the journal run.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { journalPathFor, readJournal, type JournalContents } from '../results/journal.js';
import { LOCAL_RUNS_DIR } from '../runner/run-info.js';
import { ConfigurationError } from '../util/errors.js';

export interface ResumePoint {
  readonly path: string;
  readonly journal: JournalContents;
  /** The interrupted run's own `rehearse run` arguments. */
  readonly args: string[];
}

export async function resumeFrom(target: string, cwd: string): Promise<ResumePoint> {
  const path = journalLocation(target, cwd);
  if (!existsSync(path)) {
    throw new ConfigurationError(
      `--resume ${target}: no run journal at ${path} (expected a run id from ${LOCAL_RUNS_DIR}/, a results file ` +
        `or a .journal.jsonl file)`,
    );
  }
  const journal = await readJournal(path);
  const meta = journal.header.meta as { args?: unknown } | undefined;
  const args = meta?.args;
  if (!Array.isArray(args) || !args.every((arg) => typeof arg === 'string')) {
    throw new ConfigurationError(
      `${path}:1: the journal does not record the run's arguments, so the same plan cannot be made again`,
    );
  }
  return {
    path,
    journal,
    args: args.filter((arg, i, all) => arg !== '--resume' && all[i - 1] !== '--resume' && !arg.startsWith('--resume=')),
  };
}

function journalLocation(target: string, cwd: string): string {
  if (target.endsWith('.jsonl')) return resolve(cwd, target);
  if (target.endsWith('.json')) return journalPathFor(resolve(cwd, target));
  return join(cwd, LOCAL_RUNS_DIR, `${target}.journal.jsonl`);
}

/**
 * The run journal: one JSON line per finished trial, appended and flushed to
 * disk (datasync) before the trial counts as done, so a SIGKILL or an OOM kill
 * at any moment loses only the trials in flight. A later `--resume` reads it
 * back and runs only what is missing.
 *
 * Line 1 is the header (run id, start time, the plan's trial ids, and what the
 * caller needs to plan the same run again); every next line is one trial with
 * its position in the plan. A crash in the middle of a write leaves a partial
 * last line: it is ignored when reading and cut off before appending again.
 */
import { LineSplitter } from '../util/lines.js';
import { createReadStream } from 'node:fs';
import { open, readFile, rename, truncate, type FileHandle } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { withoutBom } from '../util/bom.js';
import { ConfigurationError } from '../util/errors.js';
import { parseJsonBounded } from '../util/bounded.js';
import { writeFailure } from '../util/write-chunks.js';
import { TrialResultSchema, UsageSchema, type Results, type TrialResult, type Usage } from '../model/results.js';
import { whyRunStaysOutOfHistory } from '../model/history-rule.js';

const JOURNAL_FORMAT = 'rehearse-journal';
const JOURNAL_VERSION = 1;

export interface JournalHeader {
  readonly runId: string;
  readonly startedAt: string;
  /** The plan's trial ids in order: a resume must plan exactly these. */
  readonly trialIds: readonly string[];
  /** Whatever the caller needs to plan the same run again (the CLI keeps its arguments here). */
  readonly meta?: unknown;
}

export interface JournaledTrial {
  readonly position: number;
  readonly trial: TrialResult;
}

/** A trial that started and did not finish: what its calls cost is part of the run's spend all the same. */
export interface JournaledUnfinished {
  readonly id: string;
  readonly usage: Usage;
  /**
   * `rerun`: a finished trial dropped by `--resume --rerun-changed` (its test changed) or `--rerun-errored` (it
   * errored), to run again: its cost was spent.
   */
  readonly reason: 'budget' | 'not_started' | 'cancelled' | 'rerun';
}

export interface JournalContents {
  readonly header: JournalHeader;
  /** By plan position. */
  readonly trials: ReadonlyMap<number, TrialResult>;
  /**
   * Confirmation trials (added after the plan, see runner/schedule.ts), by trial id: their position depends on
   * the order tests were decided in, their id (key and index) does not.
   */
  readonly confirmations?: ReadonlyMap<string, TrialResult>;
  /** Trials cut short (budget, cancel), with what they cost. */
  readonly unfinished?: readonly JournaledUnfinished[];
}

/**
 * Whether a run's journal outlives its results, for `--resume`: the run stopped (budget, cancel, fail-fast), or the
 * circuit breaker left trials of it not run (`infrastructure`; the run is `completed` all the same). Otherwise the
 * journal is spent once the results are written.
 */
export function resumable(results: Pick<Results, 'status' | 'infrastructure'>): boolean {
  // The same two conditions keep a run out of the history: one definition serves both.
  return whyRunStaysOutOfHistory(results) !== undefined;
}

/** Planned trials the circuit breaker kept from running, over everything it stopped: what a resume would run. */
export function trialsBreakerDidNotRun(results: Pick<Results, 'infrastructure'>): number {
  return (results.infrastructure ?? []).reduce((sum, entry) => sum + entry.notRun, 0);
}

/** Finished trials in a journal, planned and confirmation alike. */
export function journaledTrialCount(journal: JournalContents): number {
  return journal.trials.size + (journal.confirmations?.size ?? 0);
}

/**
 * The journal without the trials `drop` picks (planned and confirmation alike), so a resume runs them again; what
 * they cost was spent all the same and stays in the run's tally (`unfinished`, reason `rerun`).
 */
export function withoutJournaledTrials(
  journal: JournalContents,
  drop: (trial: TrialResult) => boolean,
): JournalContents {
  const keep = (trial: TrialResult) => !drop(trial);
  return {
    header: journal.header,
    trials: new Map([...journal.trials].filter(([, trial]) => keep(trial))),
    confirmations: new Map([...(journal.confirmations ?? [])].filter(([, trial]) => keep(trial))),
    unfinished: [
      ...(journal.unfinished ?? []),
      ...[...journal.trials.values(), ...(journal.confirmations?.values() ?? [])]
        .filter(drop)
        .map((trial) => ({ id: trial.id, usage: trial.usage, reason: 'rerun' as const })),
    ],
  };
}

/** Where the journal of a results file lives: next to it. */
export function journalPathFor(resultsPath: string): string {
  return `${resultsPath.replace(/\.json$/i, '')}.journal.jsonl`;
}

export class Journal {
  /** Lines waiting for the next write, with the appends waiting on them. */
  private pending: { line: string; done: () => void; failed: (error: unknown) => void }[] = [];
  private flushing: Promise<void> | undefined;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  /** A new journal (an existing file is replaced) starting with `header`. */
  static async create(path: string, header: JournalHeader): Promise<Journal> {
    let handle: FileHandle;
    try {
      await mkdir(dirname(path), { recursive: true });
      handle = await open(path, 'w');
    } catch (error) {
      throw writeFailure(path, error);
    }
    const journal = new Journal(path, handle);
    await journal.writeLine({ format: JOURNAL_FORMAT, version: JOURNAL_VERSION, ...header });
    return journal;
  }

  /** Reopens an existing journal for appending, first cutting off a line a crash left half written. */
  static async reopen(path: string): Promise<Journal> {
    const text = await readFile(path);
    const end = text.lastIndexOf(0x0a) + 1;
    if (end < text.length) await truncate(path, end);
    return new Journal(path, await open(path, 'a'));
  }

  /** Resolves once the trial's line is on disk, with the line's length (in UTF-16 code units, as held in memory). */
  async append(entry: JournaledTrial): Promise<number> {
    return this.writeLine(entry);
  }

  /** Resolves once the line is on disk. */
  async appendUnfinished(entry: JournaledUnfinished): Promise<void> {
    await this.writeLine({ unfinished: entry });
  }

  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    await this.handle.close();
  }

  /**
   * Group commit: lines that arrive while a write + datasync is under way go
   * out together in the next one. One sync per trial would cap a run at the
   * disk's syncs per second (~40 on a CI runner), whatever the concurrency.
   */
  private async writeLine(value: unknown): Promise<number> {
    const line = `${JSON.stringify(value)}\n`;
    await new Promise<void>((done, failed) => {
      this.pending.push({ line, done, failed });
      this.flushing ??= this.flush();
    });
    return line.length;
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      try {
        await this.handle.write(batch.map((entry) => entry.line).join(''));
        await this.handle.datasync();
        for (const entry of batch) entry.done();
      } catch (error) {
        for (const entry of batch) entry.failed(writeFailure(this.path, error));
      }
    }
    this.flushing = undefined;
  }
}

/**
 * Writes `contents` as a whole journal at `path`, atomically (temp file + rename): for a resume that drops some
 * journaled trials (`--rerun-changed`, `--rerun-errored`) and records the suite's current versions in the header.
 */
export async function rewriteJournal(path: string, contents: JournalContents): Promise<void> {
  const { header } = contents;
  const lines = [
    JSON.stringify({ format: JOURNAL_FORMAT, version: JOURNAL_VERSION, ...header }),
    ...[...contents.trials].map(([position, trial]) => JSON.stringify({ position, trial })),
    // Confirmation trials are read back by id; any position past the plan's says what they are.
    ...[...(contents.confirmations?.values() ?? [])].map((trial, i) =>
      JSON.stringify({ position: header.trialIds.length + i, trial }),
    ),
    ...(contents.unfinished ?? []).map((entry) => JSON.stringify({ unfinished: entry })),
  ];
  const temporary = `${path}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(`${lines.join('\n')}\n`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}

/**
 * The journal's complete lines, read in chunks: a journal of thousands of
 * trials is never one string. The text after the last line break is a line
 * that was being written when the run died: it is left out. A byte order mark
 * before the header (the journal was opened and saved in an editor) is dropped,
 * as every other reader of a file a person may have saved does.
 */
async function* completeLines(path: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  const lines = new LineSplitter();
  let first = true;
  for await (const chunk of createReadStream(path))
    for (const line of lines.push(decoder.write(chunk as Buffer))) {
      yield first ? withoutBom(line) : line;
      first = false;
    }
}

export interface ReadJournalOptions {
  /**
   * The journal this process wrote during this run (the end of a run reads its transcripts back): its trials are
   * taken as written, without checking each against the schema again. Every other reader checks them.
   */
  readonly ownWrite?: boolean;
}

/** Reads a journal; a partial last line (a crash mid-write) is ignored, anything else malformed is an error. */
export async function readJournal(path: string, options: ReadJournalOptions = {}): Promise<JournalContents> {
  let header: JournalHeader | undefined;
  const trials = new Map<number, TrialResult>();
  const confirmations = new Map<string, TrialResult>();
  const unfinished: JournaledUnfinished[] = [];
  let number = 0;
  try {
    for await (const line of completeLines(path)) {
      number += 1;
      if (!header) {
        header = parseHeader(line, path);
        continue;
      }
      // Parsed once: a journal line is a whole trial, and the end of every run reads them all back.
      const value = safeJson(line);
      const cut = parseUnfinished(value, `${path}:${number}`);
      if (cut) {
        unfinished.push(cut);
        continue;
      }
      const entry = parseEntry(value, `${path}:${number}`, options.ownWrite === true);
      if (entry.position >= header.trialIds.length && isConfirmationTrial(entry.trial)) {
        confirmations.set(entry.trial.id, entry.trial);
        continue;
      }
      if (entry.position >= header.trialIds.length || header.trialIds[entry.position] !== entry.trial.id) {
        throw new ConfigurationError(
          `${path}:${number}: trial ${entry.trial.id} is not at position ${entry.position} of the journaled plan`,
        );
      }
      trials.set(entry.position, entry.trial);
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(
      `${path}: cannot read the run journal (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  return { header: header ?? parseHeader(undefined, path), trials, confirmations, unfinished };
}

/** A confirmation trial's id is its key and an index after the planned ones. */
function isConfirmationTrial(trial: TrialResult): boolean {
  return trial.phase === 'confirmation' && trial.id === `${trial.key}#${trial.index}`;
}

function parseHeader(line: string | undefined, path: string): JournalHeader {
  const value = line === undefined ? undefined : safeJson(line);
  if (!isObject(value) || value.format !== JOURNAL_FORMAT)
    throw new ConfigurationError(`${path}:1: not a Rehearse run journal (expected a "${JOURNAL_FORMAT}" header line)`);
  if (value.version !== JOURNAL_VERSION)
    throw new ConfigurationError(
      `${path}:1: journal version ${String(value.version)} is not understood (expected ${JOURNAL_VERSION})`,
    );
  const { runId, startedAt, trialIds } = value;
  if (
    typeof runId !== 'string' ||
    typeof startedAt !== 'string' ||
    !Array.isArray(trialIds) ||
    !trialIds.every((id) => typeof id === 'string')
  ) {
    throw new ConfigurationError(`${path}:1: the journal header lacks runId, startedAt or trialIds`);
  }
  return { runId, startedAt, trialIds: trialIds as string[], ...('meta' in value ? { meta: value.meta } : {}) };
}

/** An `{"unfinished": {...}}` line (parsed); undefined for any other line. */
function parseUnfinished(value: unknown, where: string): JournaledUnfinished | undefined {
  if (!isObject(value) || !('unfinished' in value)) return undefined;
  const entry = value.unfinished;
  const usage = isObject(entry) ? UsageSchema.safeParse(entry.usage) : undefined;
  if (
    !isObject(entry) ||
    typeof entry.id !== 'string' ||
    !usage?.success ||
    !['budget', 'not_started', 'cancelled', 'rerun'].includes(String(entry.reason))
  )
    throw new ConfigurationError(`${where}: expected an unfinished trial ({"unfinished": {"id", "usage", "reason"}})`);
  return { id: entry.id, usage: usage.data, reason: entry.reason as JournaledUnfinished['reason'] };
}

function parseEntry(value: unknown, where: string, ownWrite: boolean): JournaledTrial {
  if (
    !isObject(value) ||
    typeof value.position !== 'number' ||
    !Number.isInteger(value.position) ||
    value.position < 0
  ) {
    throw new ConfigurationError(`${where}: expected a journaled trial ({"position": n, "trial": {...}})`);
  }
  if (ownWrite && isObject(value.trial) && typeof value.trial.id === 'string')
    return { position: value.position, trial: value.trial as unknown as TrialResult };
  const trial = TrialResultSchema.safeParse(value.trial);
  if (!trial.success)
    throw new ConfigurationError(
      `${where}: the journaled trial is not valid: ${trial.error.issues[0]?.message ?? 'invalid'}`,
    );
  return { position: value.position, trial: trial.data };
}

function safeJson(line: string): unknown {
  try {
    return parseJsonBounded(line);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

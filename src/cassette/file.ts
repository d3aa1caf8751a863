/** Reading and writing a cassette file: one JSON object per line, every line checked on load. */
import { appendFileSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { readTextFile } from '../util/bom.js';
import { ConfigurationError, errorMessage } from '../util/errors.js';
import { parseJsonBounded } from '../util/bounded.js';
import { writeFailure } from '../util/write-chunks.js';
import { canonicalJson } from './canonical.js';
import type { Cassette, CallKind, CassetteEntry } from './cassette.js';

const KINDS = new Set<CallKind>(['simulator', 'agent', 'judge', 'http-agent', 'command-agent', 'passthrough-tool']);

/** The entries of a cassette file; a missing file is an empty cassette when `missingIsEmpty`. */
export async function readCassetteFile(
  path: string,
  shownAs: string,
  missingIsEmpty: boolean,
): Promise<CassetteEntry[]> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && missingIsEmpty) return [];
    throw new ConfigurationError(`cannot read the cassette ${shownAs}: ${errorMessage(error)}`);
  }
  return parseCassette(text, shownAs);
}

export function parseCassette(text: string, shownAs: string): CassetteEntry[] {
  const entries: CassetteEntry[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = parseJsonBounded(line);
    } catch (error) {
      throw new ConfigurationError(`${shownAs}:${index + 1}:1: not a JSON line (${errorMessage(error)})`);
    }
    const entry = value as Partial<CassetteEntry> | null;
    if (
      !entry ||
      typeof entry.key !== 'string' ||
      typeof entry.trial !== 'string' ||
      !KINDS.has(entry.kind as CallKind) ||
      !('response' in entry)
    ) {
      throw new ConfigurationError(
        `${shownAs}:${index + 1}:1: expected a recorded call {key, trial, kind, request, response}`,
      );
    }
    const problem = responseProblem(entry.kind as CallKind, entry.response);
    if (problem) {
      throw new ConfigurationError(
        `${shownAs}:${index + 1}:1: the recorded ${entry.kind} response of trial ${entry.trial} ${problem}; ` +
          `record the cassette again (--record) or fix that line`,
      );
    }
    entries.push(entry as CassetteEntry);
  });
  return entries;
}

const CHAT_KINDS: ReadonlySet<CallKind> = new Set(['simulator', 'agent', 'judge']);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * What is wrong with a recorded response, checked when the cassette is read (a hand-edited or truncated line,
 * an upstream `{"choices": []}` stored as is), so a replay never fails later on a missing field with a bare
 * TypeError. Undefined when it is well formed.
 */
function responseProblem(kind: CallKind, response: unknown): string | undefined {
  if (!isRecord(response)) return 'is not an object';
  if (CHAT_KINDS.has(kind)) {
    if ('error' in response) {
      const error = response.error;
      return isRecord(error) && typeof error.message === 'string' && isCount(error.attempts)
        ? undefined
        : 'is an error without a message and attempts';
    }
    if (response.content !== null && typeof response.content !== 'string') return 'has no content (text or null)';
    const calls = response.toolCalls;
    if (!Array.isArray(calls)) return 'has no toolCalls list';
    if (!calls.every((call) => isRecord(call) && typeof call.name === 'string' && typeof call.arguments === 'string'))
      return 'has a tool call without a name and arguments';
    const usage = response.usage;
    if (!isRecord(usage) || !isCount(usage.inputTokens) || !isCount(usage.outputTokens) || !isCount(usage.costUsd))
      return 'has no usage (inputTokens, outputTokens, costUsd)';
    return isCount(response.attempts) ? undefined : 'has no attempts count';
  }
  if (response.ok === true) return 'value' in response ? undefined : 'is a success without a value';
  if (response.ok === false) return typeof response.message === 'string' ? undefined : 'is a failure without a message';
  return 'is neither a success nor a failure (ok: true or false)';
}

/**
 * Written whole to a temporary file then renamed: a crash never leaves half a cassette. The run's log (see
 * keepCassetteLog) is spent once the cassette is on disk, and kept when it cannot be written (a full disk, a
 * read-only directory): the error names the file and says how to get the calls back.
 */
export async function writeCassetteFile(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw writeFailure(path, error, await recovery(path, text));
  }
  await rm(cassetteLogPath(path), { force: true });
}

/** What to do about a cassette that could not be written: its log, else a copy written elsewhere. */
async function recovery(path: string, text: string): Promise<string> {
  const log = cassetteLogPath(path);
  const kept = await stat(log).then(
    (info) => info.size > 0,
    () => false,
  );
  if (kept)
    return (
      `the calls this run recorded are kept in ${log}, one per line in the cassette's format: once ${path} can be ` +
      `written, append them to it (\`cat ${log} >> ${path}\`), or after a --record run replace it ` +
      `(\`mv ${log} ${path}\`)`
    );
  const elsewhere = join(tmpdir(), `rehearse-${basename(path)}-${process.pid}.jsonl`);
  try {
    await writeFile(elsewhere, text, 'utf8');
    return `the cassette was written to ${elsewhere} instead: move it to ${path}`;
  } catch {
    return 'no copy of the recorded calls could be written either';
  }
}

/** Where a recording run logs each call as it is recorded: next to the cassette. */
export function cassetteLogPath(path: string): string {
  return `${path}.partial`;
}

/**
 * The cassette file is written when the run ends; until then each recorded call is appended to its log, so a run
 * killed on the way (SIGKILL, an OOM kill) loses no call it paid for. A resumed run takes the log's calls in (its
 * finished trials are not run again, and their calls belong in the cassette); any other run starts a new log.
 * Not in strict replay, which records nothing.
 */
export async function keepCassetteLog(cassette: Cassette, path: string, resuming: boolean): Promise<void> {
  if (cassette.mode === 'replay') return;
  const log = cassetteLogPath(path);
  if (resuming) cassette.restore(await readCassetteLog(log));
  // The log is a safety net: where it cannot be kept (a read-only directory), the run records as before, and the
  // cassette is still written whole at the end. A failing write never fails the call being recorded.
  try {
    if (!resuming) await rm(log, { force: true });
    await mkdir(dirname(path), { recursive: true });
  } catch {
    return;
  }
  let broken = false;
  // Synchronous, one line per call: a call's line is in the file before its answer is used.
  cassette.onStore = (entry) => {
    if (broken) return;
    try {
      appendFileSync(log, `${canonicalJson(entry)}\n`, 'utf8');
    } catch {
      broken = true;
    }
  };
}

/** A log's complete lines; a half-written last line (the kill came mid-write) or a missing log is nothing. */
async function readCassetteLog(log: string): Promise<CassetteEntry[]> {
  let text: string;
  try {
    text = await readTextFile(log);
  } catch {
    return [];
  }
  return parseCassette(text.slice(0, text.lastIndexOf('\n') + 1), log);
}

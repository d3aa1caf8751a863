/** Reading and writing a cassette file: one JSON object per line, every line checked on load. */
import { appendFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigurationError, errorMessage } from '../util/errors.js';
import { parseJsonBounded } from '../util/bounded.js';
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
    text = await readFile(path, 'utf8');
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
    entries.push(entry as CassetteEntry);
  });
  return entries;
}

/**
 * Written whole to a temporary file then renamed: a crash never leaves half a cassette. The run's log (see
 * keepCassetteLog) is spent once the cassette is on disk.
 */
export async function writeCassetteFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
  await rm(cassetteLogPath(path), { force: true });
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
    text = await readFile(log, 'utf8');
  } catch {
    return [];
  }
  return parseCassette(text.slice(0, text.lastIndexOf('\n') + 1), log);
}

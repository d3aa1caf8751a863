/** Reading and writing a cassette file: one JSON object per line, every line checked on load. */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigurationError, errorMessage } from '../util/errors.js';
import type { CallKind, CassetteEntry } from './cassette.js';

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
      value = JSON.parse(line);
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

/** Written whole to a temporary file then renamed: a crash never leaves half a cassette. */
export async function writeCassetteFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

/**
 * The document without its trials, read from a file that has its trials last
 * (as writeResults writes it) without touching the trials: the previous run of
 * a comparison needs its tests, totals and history, a few MB at the start of
 * a file whose transcripts can make it hundreds of MB.
 *
 * The file's end tells whether the trials are last: the last top-level value
 * must be an array, and the text before the `"trials"` key must already hold
 * every other array the schema knows and every required key, so the array at
 * the end can only be the trials. Anything else (files from older versions,
 * trials first or in the middle, an escaped `"trials"` key, truncation, a
 * problem in the JSON) gives undefined and the caller reads the whole file,
 * which gives the usual precise errors.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { TrialSplitter } from './split.js';

const CHUNK_BYTES = 1 << 20;
/** Enough of the file's end to see its last two structural bytes past any trailing whitespace. */
const TAIL_BYTES = 4096;
const ENDS_WITH_AN_ARRAY = /\][\s]*\}[\s]*$/;
/** What must come before the trials: the required keys and every array-valued key (so the last array is `trials`). */
const KEYS_BEFORE_TRIALS = [
  'schemaVersion',
  'runId',
  'source',
  'suite',
  'git',
  'startedAt',
  'status',
  'variants',
  'skipped',
  'tests',
  'totals',
];

async function endsWithAnArray(file: FileHandle, size: number): Promise<boolean> {
  const length = Math.min(size, TAIL_BYTES);
  const { buffer, bytesRead } = await file.read(Buffer.alloc(length), 0, length, size - length);
  return ENDS_WITH_AN_ARRAY.test(buffer.toString('latin1', 0, bytesRead));
}

/** The text up to and including the trials' '[', or undefined when the file is not laid out with its trials last. */
async function textBeforeTrials(file: FileHandle): Promise<string | undefined> {
  const { size } = await file.stat();
  if (!(await endsWithAnArray(file, size))) return undefined;
  const splitter = new TrialSplitter(undefined, true);
  for (let position = 0; position < size;) {
    // A new buffer each time: the splitter keeps slices of the chunks it was given.
    const { buffer, bytesRead } = await file.read(Buffer.allocUnsafe(CHUNK_BYTES), 0, CHUNK_BYTES, position);
    if (bytesRead === 0) return undefined;
    splitter.push(buffer.subarray(0, bytesRead));
    position += bytesRead;
    const head = splitter.headBeforeTrials();
    if (head !== undefined) return head;
  }
  return undefined;
}

/**
 * The parsed document with `"trials": []`, read only up to the trials, or
 * undefined when the caller must read the whole file. Not validated here.
 */
export async function readDocumentBeforeTrials(path: string): Promise<Record<string, unknown> | undefined> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch {
    return undefined; // the whole-file reader reports it
  }
  let head: string | undefined;
  try {
    head = await textBeforeTrials(file);
  } catch {
    return undefined; // Unexpected structure or a read error: the whole-file reader decides
  } finally {
    await file.close();
  }
  if (head === undefined) return undefined;
  let document: unknown;
  try {
    document = JSON.parse(`${head}]}`);
  } catch {
    return undefined;
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined;
  const found = document as Record<string, unknown>;
  return KEYS_BEFORE_TRIALS.every((key) => Object.hasOwn(found, key)) ? found : undefined;
}

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
import { withoutBom } from '../util/bom.js';
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

/**
 * How writeResults starts the trials: a line break and two spaces, so a top-level key. A JSON string cannot hold
 * a raw line break, so these bytes can only be structure; a nested key at the same indentation would leave the
 * text before them unbalanced, and JSON.parse refuses it (the caller then reads the file another way).
 */
const WRITTEN_TRIALS_KEY = Buffer.from('\n  "trials": [');

/** The writer's layout: the head is everything before its trials key, found without parsing the bytes. */
async function writtenHead(file: FileHandle, size: number, limit: number): Promise<string | undefined> {
  const parts: Buffer[] = [];
  let before = 0;
  for (let position = 0; position < size && before <= limit;) {
    const { buffer, bytesRead } = await file.read(Buffer.allocUnsafe(CHUNK_BYTES), 0, CHUNK_BYTES, position);
    if (bytesRead === 0) return undefined;
    const chunk = buffer.subarray(0, bytesRead);
    position += bytesRead;
    // The key may straddle the previous chunk and this one: search their seam too.
    const previous = parts.at(-1);
    const seamStart = previous ? Math.max(0, previous.length - WRITTEN_TRIALS_KEY.length + 1) : 0;
    const seam = previous
      ? Buffer.concat([previous.subarray(seamStart), chunk.subarray(0, WRITTEN_TRIALS_KEY.length)])
      : undefined;
    const inSeam = seam ? seam.indexOf(WRITTEN_TRIALS_KEY) : -1;
    const inChunk = inSeam >= 0 ? -1 : chunk.indexOf(WRITTEN_TRIALS_KEY);
    parts.push(chunk);
    if (inSeam >= 0 || inChunk >= 0) {
      const at = inSeam >= 0 ? before - (previous!.length - seamStart) + inSeam : before + inChunk;
      return Buffer.concat(parts).toString('utf8', 0, at + WRITTEN_TRIALS_KEY.length);
    }
    before += bytesRead;
  }
  return undefined;
}

/** The text up to and including the trials' '[', found by following the JSON structure byte by byte. */
async function scannedHead(file: FileHandle, size: number, limit: number): Promise<string | undefined> {
  const splitter = new TrialSplitter(undefined, true);
  for (let position = 0; position < size && splitter.restBytes <= limit;) {
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

/** The head closed with `]}` and parsed, if it is a document with every key that must come before the trials. */
function documentOf(head: string): Record<string, unknown> | undefined {
  let document: unknown;
  try {
    document = JSON.parse(`${withoutBom(head)}]}`);
  } catch {
    return undefined;
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined;
  const found = document as Record<string, unknown>;
  return KEYS_BEFORE_TRIALS.every((key) => Object.hasOwn(found, key)) ? found : undefined;
}

/**
 * The parsed document with `"trials": []`, read only up to the trials, or
 * undefined when the caller must read the whole file. Not validated here.
 * The writer's layout is found with a byte search; any other layout is
 * followed structurally. A head longer than `limit` bytes gives undefined
 * (the streaming reader refuses it with the limit's name).
 */
export async function readDocumentBeforeTrials(
  path: string,
  limit: number = Number.POSITIVE_INFINITY,
): Promise<Record<string, unknown> | undefined> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch {
    return undefined; // the whole-file reader reports it
  }
  try {
    const { size } = await file.stat();
    if (!(await endsWithAnArray(file, size))) return undefined;
    const written = await writtenHead(file, size, limit);
    const fast = written === undefined ? undefined : documentOf(written);
    if (fast) return fast;
    const scanned = await scannedHead(file, size, limit);
    return scanned === undefined ? undefined : documentOf(scanned);
  } catch {
    return undefined; // Unexpected structure or a read error: the whole-file reader decides
  } finally {
    await file.close();
  }
}

/**
 * The document without its trials, whatever the order of its keys, with the
 * trials stepped over rather than parsed: the previous run of a comparison
 * needs its tests, totals and history (a few MB), not the transcripts that
 * can make its file hundreds of MB.
 *
 * Three stages, each holding little: the head (everything up to the `[` of
 * the top-level trials), found with a byte search in the writer's layout or
 * by following the JSON structure in any other; the trials, stepped over in
 * fixed-size chunks (skip-array.ts) without being decoded; and the keys after
 * them (after-trials.ts). Rehearse writes its trials last, but a file from
 * another tool, edited by hand or by `jq` may have keys after them, and
 * dropping them lost e.g. the `infrastructure` of a run the circuit breaker
 * cut short, which then passed for a healthy previous run.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { withoutBom } from '../util/bom.js';
import { keysAfterTrials } from './after-trials.js';
import { ArraySkipper, SkipError } from './skip-array.js';
import { TrialSplitter } from './split.js';

const CHUNK_BYTES = 1 << 20;

/** What a lean read found. */
export type LeanRead =
  | { readonly kind: 'document'; readonly document: Record<string, unknown> }
  /**
   * For another reader to decide: no top-level trials array within the limit, a head that is not JSON, more than
   * `limit` bytes besides the trials, a second `trials` key, a file that cannot be opened.
   */
  | { readonly kind: 'elsewhere' }
  /** The trials or the keys after them are not JSON: where (a byte offset of the file, and its line) and why. */
  | { readonly kind: 'malformed'; readonly offset: number; readonly line: number; readonly why: string };

const ELSEWHERE: LeanRead = { kind: 'elsewhere' };

/**
 * How writeResults starts the trials: a line break and two spaces, so a top-level key. A JSON string cannot hold
 * a raw line break, so these bytes can only be structure; a nested key at the same indentation would leave the
 * text before them unbalanced, and JSON.parse refuses it (the structure is then followed byte by byte).
 */
const WRITTEN_TRIALS_KEY = Buffer.from('\n  "trials": [');
/** How writeResults starts a file (a byte order mark, CRLF line ends: the same file saved by an editor). */
const WRITTEN_START = /^(\uFEFF)?\{\r?\n {2}"/;

/** The writer's layout: the head is everything up to its trials key, found without parsing the bytes. */
async function writtenHead(file: FileHandle, size: number, limit: number): Promise<Buffer | undefined> {
  const at = await indexInFile(file, size, 0, WRITTEN_TRIALS_KEY, WRITTEN_START, limit);
  return at === undefined ? undefined : await bytesOf(file, 0, at + WRITTEN_TRIALS_KEY.length);
}

/** How many bytes of a layout's opening are read to tell whether it is the writer's. */
const OPENING_BYTES = 16;

/**
 * Where `pattern` first stands in the file from `start`, searched one reused chunk at a time (each read starts a
 * little before the previous one's end, so a match may straddle two), or undefined: when the bytes at `start` do not
 * open as `opening` says, or the pattern does not come before the file's end or within `within` bytes of `start`.
 */
async function indexInFile(
  file: FileHandle,
  size: number,
  start: number,
  pattern: Buffer,
  opening: RegExp,
  within = Number.POSITIVE_INFINITY,
): Promise<number | undefined> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const keep = pattern.length - 1;
  for (let position = start; position < size && position - start <= within;) {
    const { bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, position);
    if (bytesRead === 0) return undefined;
    if (position === start && !opening.test(buffer.toString('utf8', 0, Math.min(bytesRead, OPENING_BYTES))))
      return undefined;
    const at = buffer.subarray(0, bytesRead).indexOf(pattern);
    if (at >= 0) return position + at;
    if (position + bytesRead >= size) return undefined;
    position += Math.max(1, bytesRead - keep);
  }
  return undefined;
}

/** The bytes up to and including the trials' '[', found by following the JSON structure byte by byte. */
async function scannedHead(file: FileHandle, size: number, limit: number): Promise<Buffer | undefined> {
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

/**
 * The head closed with `]}` and parsed: a document only if the trials key is at the top level (a nested one leaves
 * the head unbalanced).
 */
function documentOf(head: Buffer): Record<string, unknown> | undefined {
  let document: unknown;
  try {
    document = JSON.parse(`${withoutBom(head.toString('utf8'))}]}`);
  } catch {
    return undefined;
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined;
  return document as Record<string, unknown>;
}

interface Head {
  readonly bytes: number;
  readonly document: Record<string, unknown>;
  /** Found in the writer's layout (writtenHead). */
  readonly written: boolean;
}

async function headOf(file: FileHandle, size: number, limit: number): Promise<Head | undefined> {
  const written = await writtenHead(file, size, limit);
  const fast = written && documentOf(written);
  if (written && fast) return { bytes: written.length, document: fast, written: true };
  const scanned = await scannedHead(file, size, limit);
  const document = scanned && documentOf(scanned);
  return scanned && document ? { bytes: scanned.length, document, written: false } : undefined;
}

/**
 * How writeResults ends the trials: a line break, two spaces and the ']'. Each trial is written on lines indented by
 * four spaces or more (JSON.stringify's two-space layout, shifted), and a JSON string cannot hold a raw line break,
 * so in that layout the first of these after the trials' '[' is their end.
 */
const WRITTEN_TRIALS_END = Buffer.from('\n  ]');
/** How writeResults starts the trials: the first trial on a line of its own, or none (CRLF: saved by an editor). */
const WRITTEN_TRIALS_START = /^\r?\n( {4}\{| {2}\])/;

/**
 * Where the trials end in the writer's layout (just past their ']'), found with a byte search instead of following
 * every string: ~25× faster on a 3,000-trial file, whose history and comparison reads are lean reads. undefined when
 * the trials do not start as writeResults starts them or the pattern never comes. The caller takes the offset only
 * if everything after it reads as the rest of the document (keysAfterTrials): a ']' inside the trials (a file edited
 * with other indentation) leaves more closing brackets after it than one object's, and JSON.parse refuses them.
 */
async function writtenTrialsEnd(file: FileHandle, size: number, start: number): Promise<number | undefined> {
  const at = await indexInFile(file, size, start, WRITTEN_TRIALS_END, WRITTEN_TRIALS_START);
  return at === undefined ? undefined : at + WRITTEN_TRIALS_END.length;
}

/** The keys after the trials when they end at `end` (writtenTrialsEnd's guess), else undefined. */
async function keysAfterWrittenTrials(
  file: FileHandle,
  size: number,
  end: number,
  most: number,
): Promise<Record<string, unknown> | undefined> {
  const tail = await textFrom(file, size, end, most);
  const after = tail === undefined ? undefined : keysAfterTrials(tail);
  return after && 'members' in after && !Object.hasOwn(after.members, 'trials') ? after.members : undefined;
}

/** Where the trials end: the offset just past their ']', or where and why they are not JSON. */
type TrialsEnd = { readonly end: number } | { readonly offset: number; readonly why: string };

/** Steps over the trials from `start` (just past their '['), one reused chunk at a time: nothing is kept. */
async function trialsEnd(file: FileHandle, size: number, start: number): Promise<TrialsEnd> {
  const skipper = new ArraySkipper(start);
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  try {
    for (let position = start; position < size;) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, position);
      if (bytesRead === 0) break;
      const end = skipper.push(buffer.subarray(0, bytesRead));
      if (end >= 0) return { end: position + end };
      position += bytesRead;
    }
  } catch (error) {
    if (error instanceof SkipError) return { offset: error.offset, why: error.message };
    throw error;
  }
  return {
    offset: skipper.position,
    why: `the file ends inside the trials, which start at byte ${start.toLocaleString('en-US')} (truncated?)`,
  };
}

/** The text from `start` to the end of the file, or undefined past `most` bytes. */
async function textFrom(file: FileHandle, size: number, start: number, most: number): Promise<string | undefined> {
  return size - start > most ? undefined : (await bytesOf(file, start, size)).toString('utf8');
}

/** The file's bytes from `start` to `end` (fewer if it ends sooner). */
async function bytesOf(file: FileHandle, start: number, end: number): Promise<Buffer> {
  const buffer = Buffer.alloc(end - start);
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, start + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/** The 1-based line of a byte offset: line breaks counted up to it, a chunk at a time (only for an error). */
async function lineAt(file: FileHandle, offset: number): Promise<number> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let line = 1;
  for (let position = 0; position < offset;) {
    const { bytesRead } = await file.read(buffer, 0, Math.min(CHUNK_BYTES, offset - position), position);
    if (bytesRead === 0) break;
    for (let at = buffer.indexOf(0x0a, 0); at >= 0 && at < bytesRead; at = buffer.indexOf(0x0a, at + 1)) line += 1;
    position += bytesRead;
  }
  return line;
}

async function malformed(file: FileHandle, offset: number, why: string): Promise<LeanRead> {
  return { kind: 'malformed', offset, line: await lineAt(file, offset), why };
}

/**
 * The parsed document with `"trials": []`, keys after the trials included, or
 * what keeps it from being read this way. Not validated here. The head and the
 * keys after the trials together may take at most `limit` bytes.
 */
export async function readDocumentWithoutTrials(
  path: string,
  limit: number = Number.POSITIVE_INFINITY,
): Promise<LeanRead> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch {
    return ELSEWHERE; // the whole-file reader reports it
  }
  try {
    const { size } = await file.stat();
    const head = await headOf(file, size, limit);
    if (!head) return ELSEWHERE;
    const writtenEnd = head.written ? await writtenTrialsEnd(file, size, head.bytes) : undefined;
    const written =
      writtenEnd === undefined ? undefined : await keysAfterWrittenTrials(file, size, writtenEnd, limit - head.bytes);
    if (written) return { kind: 'document', document: { ...head.document, ...written } };
    // Any other layout, or a guess that did not hold: the trials are followed string by string.
    const trials = await trialsEnd(file, size, head.bytes);
    if ('why' in trials) return await malformed(file, trials.offset, trials.why);
    const tail = await textFrom(file, size, trials.end, limit - head.bytes);
    if (tail === undefined) return ELSEWHERE;
    const after = keysAfterTrials(tail);
    if ('why' in after)
      return await malformed(file, trials.end + Buffer.byteLength(tail.slice(0, after.at)), after.why);
    // Given twice: JSON.parse would keep the second, which is not what was stepped over.
    if (Object.hasOwn(after.members, 'trials')) return ELSEWHERE;
    return { kind: 'document', document: { ...head.document, ...after.members } };
  } catch {
    return ELSEWHERE; // a read error: the whole-file reader decides
  } finally {
    await file.close();
  }
}

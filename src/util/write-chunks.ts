/**
 * Writing files, with errors that name the file. Node's own say
 * `ENOSPC: no space left on device, write` without saying which file: every
 * write of Rehearse (results, journal, reports, cassettes, traces) goes
 * through here or through `writeFailure`, so a full disk or a read-only
 * directory is one line naming the file, never a stack trace.
 *
 * `writeChunks` writes a big document made in pieces (the HTML report, JUnit
 * XML) as the pieces come, never joined into one string past its first MiB.
 * `stream.pipeline` handles back-pressure and rejects as soon as either side
 * fails, closing both.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ConfigurationError, errorMessage } from './errors.js';

/** A file that could not be written: its path, what the system said, and (for some) what to do. */
export class WriteError extends ConfigurationError {
  readonly code: string | undefined;
  constructor(
    readonly path: string,
    cause: unknown,
    advice = '',
  ) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    super(`cannot write ${path}: ${errorMessage(cause)}${HINTS[code ?? ''] ?? ''}${advice ? `; ${advice}` : ''}`);
    this.name = 'WriteError';
    this.code = code;
    this.cause = cause;
  }
}

const HINTS: Readonly<Record<string, string>> = {
  ENOSPC: ' (the disk is full)',
  EDQUOT: ' (the disk quota is used up)',
  EACCES: ' (no permission to write there)',
  EPERM: ' (no permission to write there)',
  EROFS: ' (a read-only file system)',
};

/**
 * The error to throw for a failed write of `path`: a system error (ENOSPC, EACCES…) becomes a WriteError naming
 * the file; anything else (a bug in what produced the text) is left as it is.
 */
export function writeFailure(path: string, error: unknown, advice?: string): unknown {
  if (error instanceof WriteError) return error;
  const system = typeof (error as NodeJS.ErrnoException | undefined)?.syscall === 'string';
  return system ? new WriteError(path, error, advice) : error;
}

/**
 * A document made of fewer characters than this is joined and written at once: for the results and reports of a
 * small run, a stream's machinery costs more than the copy (a few ms at the end of every run, cold code).
 */
export const JOINED_BELOW_CHARS = 1 << 20;

export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    const pieces = chunks[Symbol.iterator]();
    const head: string[] = [];
    let size = 0;
    let next: IteratorResult<string>;
    try {
      for (next = pieces.next(); !next.done && size < JOINED_BELOW_CHARS; next = pieces.next()) {
        head.push(next.value);
        size += next.value.length;
      }
    } catch (error) {
      // What makes the text failed before a byte was written: no earlier file of that name stays, looking current.
      await rm(path, { force: true });
      throw error;
    }
    if (next.done) return await writeFile(path, head.join(''), 'utf8');
    const first = next.value;
    function* rest(): Generator<string> {
      try {
        yield head.join('');
        yield first;
        for (let piece = pieces.next(); !piece.done; piece = pieces.next()) yield piece.value;
      } finally {
        // A failed write closes this generator: the source is closed with it (its own `finally` blocks run).
        pieces.return?.();
      }
    }
    // objectMode: false would re-chunk strings as Buffers; each piece is written as it is, in order.
    await pipeline(Readable.from(rest(), { objectMode: false }), createWriteStream(path, 'utf8'));
  } catch (error) {
    throw writeFailure(path, error);
  }
}

/** `writeFile` (its directory made first) with an error naming the file. */
export async function writeTextFile(path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  } catch (error) {
    throw writeFailure(path, error);
  }
}

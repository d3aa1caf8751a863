/**
 * Finds where a JSON array ends without building it, fed chunk by chunk: the
 * lean reader (head.ts) steps over a results file's trials (hundreds of MB of
 * transcripts) to read the keys that follow them. It follows strings (with
 * their escapes) and brackets only; values in between are not checked, as a
 * lean read validates no trial. Memory stays flat: a few numbers, and which
 * bracket closes each of the first MAX_CHECKED_DEPTH levels (deeper ones,
 * which the full read cuts anyway, are counted only: a file may nest a tool
 * argument 100,000 deep and still be read).
 *
 * Strings are most of a transcript, so their ends are found with
 * Buffer.indexOf (native code) rather than a byte loop: a quote closes its
 * string unless an odd run of backslashes stands just before it.
 */

import { BACKSLASH, CLOSE_ARRAY, CLOSE_OBJECT, OPEN_ARRAY, OPEN_OBJECT, QUOTE } from './split.js';

/** Levels whose closing bracket is checked against the opening one; deeper levels are only counted. */
export const MAX_CHECKED_DEPTH = 4096;

/** Bad structure met while skipping, at a byte offset of the file. */
export class SkipError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const shown = (byte: number): string => `'${String.fromCharCode(byte)}'`;

export class ArraySkipper {
  /** The closing bracket each open level expects, up to MAX_CHECKED_DEPTH; level 0 is the skipped array itself. */
  private readonly closers = new Uint8Array(MAX_CHECKED_DEPTH);
  private depth = 1;
  private inString = false;
  /** Inside a string, the next byte is escaped by a backslash at the end of the previous chunk. */
  private escaped = false;
  /** File offset of the next chunk's first byte. */
  private offset: number;

  /** `offset`: where in the file the first chunk starts, just after the array's '['. */
  constructor(offset: number) {
    this.closers[0] = CLOSE_ARRAY;
    this.offset = offset;
  }

  /** File offset just past the last byte pushed. */
  get position(): number {
    return this.offset;
  }

  /**
   * Feed the next chunk. Returns the index in `chunk` just after the array's
   * closing ']', or -1 when the array goes on into the next chunk.
   */
  push(chunk: Buffer): number {
    const length = chunk.length;
    let i = 0;
    while (i < length) {
      if (this.inString) {
        i = this.skipInString(chunk, i);
        continue;
      }
      const byte = chunk[i]!;
      i += 1;
      if (byte === QUOTE) this.inString = true;
      else if (byte === OPEN_ARRAY) this.open(CLOSE_ARRAY);
      else if (byte === OPEN_OBJECT) this.open(CLOSE_OBJECT);
      else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
        this.close(byte, i);
        if (this.depth === 0) {
          this.offset += i;
          return i;
        }
      }
    }
    this.offset += length;
    return -1;
  }

  /** Inside a string from `from`: the index after its closing quote, or `chunk.length` when it goes on. */
  private skipInString(chunk: Buffer, from: number): number {
    let start = from;
    if (this.escaped) {
      this.escaped = false;
      start += 1;
      if (start >= chunk.length) return chunk.length;
    }
    const quote = chunk.indexOf(QUOTE, start);
    const end = quote < 0 ? chunk.length : quote;
    // Nothing before `start` escapes anything now, so the backslashes just before `end` pair up from `start` on.
    let backslashes = 0;
    while (end - backslashes - 1 >= start && chunk[end - backslashes - 1] === BACKSLASH) backslashes += 1;
    const odd = backslashes % 2 === 1;
    if (quote < 0) {
      this.escaped = odd;
      return chunk.length;
    }
    if (!odd) this.inString = false;
    return quote + 1;
  }

  private open(closer: number): void {
    if (this.depth < MAX_CHECKED_DEPTH) this.closers[this.depth] = closer;
    this.depth += 1;
  }

  /** `after`: the index just after the closing bracket. */
  private close(byte: number, after: number): void {
    const expected = this.depth <= MAX_CHECKED_DEPTH ? this.closers[this.depth - 1]! : byte;
    if (byte !== expected)
      throw new SkipError(this.offset + after - 1, `${shown(byte)} where ${shown(expected)} was expected`);
    this.depth -= 1;
  }
}

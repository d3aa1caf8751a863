/**
 * Splits a results document, read chunk by chunk, into its `trials` elements
 * (each handed over as its own JSON text) and the rest of the document (with
 * `"trials":[]`). A 10,000-test × 5-trial file is ~140 MB: holding it whole as
 * a buffer, then a string, then parsed objects costs ~500 MB before anything
 * is dropped; split like this, only one trial's text is held at a time.
 *
 * The scanner only tracks strings and nesting, so it is a few byte compares
 * per byte. Whatever it does not expect (top level not an object, `trials`
 * not an array of objects or given twice, truncation, trailing text) it
 * reports as `Unexpected`, and the caller falls back to parsing the whole
 * file, which gives the usual precise error.
 */
import { UTF8_BOM_BYTES } from '../util/bom.js';

export class Unexpected extends Error {}

/** JSON's structural bytes, as the byte-level readers of a results file (this splitter, skip-array.ts) meet them. */
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_ARRAY = 0x5b;
export const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
const SPACE = 0x20;
/** Top-level strings longer than this are values, never the `trials` key: not kept. */
const MAX_KEY_CHARS = 64;
const TRIALS_KEY = 'trials';

export interface SplitResult {
  /** The document without its trials (`"trials":[]`). */
  readonly rest: string;
  /** false when no top-level `trials` array was found (the caller then reads the whole file). */
  readonly sawTrials: boolean;
}

/** An array directly in a trial object, and its key, as positions in the trial's bytes. */
interface ArraySpan {
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly start: number;
  readonly end: number;
}

/**
 * One trial: its JSON text with the transcript cut out (`"transcript":[]`),
 * and the transcript's own text, decoded only if asked for: most lean reads
 * never parse the transcripts they drop. When the transcript could not be
 * found by its plain key, `text` is the whole trial and `transcript` undefined.
 */
export interface TrialText {
  readonly text: string;
  readonly transcript?: () => string;
}

const TRANSCRIPT_KEY = 'transcript';

export class TrialSplitter {
  private depth = 0;
  private inString = false;
  /** The string's next byte is escaped. */
  private escaped = false;
  private started = false;
  /** Bytes of a byte order mark met before the document (the rest keeps them; its reader drops them). */
  private bomBytes = 0;
  private ended = false;
  /** The top-level string being read (a possible key), as far as earlier chunks went; undefined once too long. */
  private keyPrefix: string | undefined = '';
  private lastString: string | undefined;
  /** The key whose value comes next at the top level. */
  private pendingKey: string | undefined;
  private inTrials = false;
  private sawTrials = false;
  private inElement = false;
  private elementParts: Buffer[] = [];
  /** Bytes of the current trial in earlier chunks. */
  private elementBytesBefore = 0;
  /**
   * Positions in the current trial (its first byte is 0): the last string directly in the trial object, an array being
   * read there, and the arrays read there.
   */
  private stringStart = -1;
  private lastKeyStart = -1;
  private lastKeyEnd = -1;
  private arrayStart = -1;
  private arrayKey: [number, number] = [-1, -1];
  private arrays: ArraySpan[] = [];
  private readonly restParts: Buffer[] = [];
  /** Bytes of the document outside its trials so far (held in `restParts`). */
  restBytes = 0;
  /** How many of `restParts` come before the trials (the last ends with their '['); -1 until the trials are met. */
  private headParts = -1;

  /**
   * `onTrial` undefined: trials are skipped over, not even decoded.
   * `stopAtTrials`: `push` ignores everything from the '[' of the trials on (see headBeforeTrials).
   */
  constructor(
    private readonly onTrial: ((trial: TrialText) => void) | undefined,
    private readonly stopAtTrials = false,
  ) {}

  /**
   * Feed the next chunk; trial texts are handed to `onTrial` as they complete.
   * The loop keeps its state in locals (this runs once per byte of a file
   * that can be hundreds of MB); the rare top-level events go through `structure`.
   */
  push(chunk: Buffer): void {
    const length = chunk.length;
    let depth = this.depth;
    let inString = this.inString;
    let escaped = this.escaped;
    let inElement = this.inElement;
    const inTrials = this.inTrials;
    let elementStart = inElement ? 0 : -1;
    // Position in the current trial of chunk[i] is elementBase + i.
    let elementBase = this.elementBytesBefore;
    let keyStart = 0;
    this.restStart = inTrials ? -1 : 0;
    for (let i = 0; i < length; i += 1) {
      const byte = chunk[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) {
          inString = false;
          if (depth === 1) this.closeKey(chunk, keyStart, i);
          else if (depth === 3 && inElement) this.closeTrialString(elementBase + i);
        }
        continue;
      }
      if (byte <= SPACE) continue;
      if (depth >= 3 || (depth === 2 && !this.inTrials)) {
        // Inside a value: only strings and nesting matter, and in a trial where its arrays (the transcript) are.
        if (byte === QUOTE) {
          inString = true;
          if (depth === 3) this.stringStart = elementBase + i + 1;
        } else if (byte === OPEN_OBJECT) depth += 1;
        else if (byte === OPEN_ARRAY) {
          if (depth === 3 && inElement) this.openTrialArray(elementBase + i);
          depth += 1;
        } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
          depth -= 1;
          if (depth === 3 && byte === CLOSE_ARRAY) this.closeTrialArray(elementBase + i + 1);
          else if (depth === 2 && inElement) {
            if (byte !== CLOSE_OBJECT) throw new Unexpected('unbalanced brackets');
            this.finishElement(chunk.subarray(elementStart, i + 1));
            inElement = false;
            elementStart = -1;
          }
        }
        continue;
      }
      if (byte === QUOTE) {
        inString = true;
        if (depth === 1) {
          keyStart = i + 1;
          this.keyPrefix = '';
        }
        continue;
      }
      if (depth === 2 && byte === OPEN_OBJECT) {
        // Inside trials, between elements: the next trial starts.
        inElement = true;
        elementStart = i;
        elementBase = 0 - i; // not -i: -0 is a double, and the loop's integer code would deoptimise
        this.startElement();
        depth += 1;
        continue;
      }
      depth = this.structure(chunk, i, byte, depth);
      if (this.stopAtTrials && this.headParts >= 0) break;
    }
    if (inString && depth === 1) this.keepKeyPrefix(chunk, keyStart, length);
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    this.inElement = inElement;
    this.elementBytesBefore = elementBase + length;
    if (this.restStart >= 0) this.keepRest(chunk.subarray(this.restStart));
    if (inElement && elementStart >= 0 && this.onTrial) this.elementParts.push(chunk.subarray(elementStart));
  }

  /** After the last chunk: the rest of the document. */
  finish(): SplitResult {
    if (!this.ended || this.inString) throw new Unexpected('the document is truncated');
    return { rest: Buffer.concat(this.restParts).toString('utf8'), sawTrials: this.sawTrials };
  }

  /**
   * The document's bytes up to and including the '[' of the top-level trials,
   * once they have been met (undefined before): a lean reader stops following
   * the structure there and steps over the trials (see head.ts). Bytes, not
   * text: their length is where the trials start in the file.
   */
  headBeforeTrials(): Buffer | undefined {
    return this.headParts < 0 ? undefined : Buffer.concat(this.restParts.slice(0, this.headParts));
  }

  private keepRest(part: Buffer): void {
    this.restParts.push(part);
    this.restBytes += part.length;
  }

  /** Where the current chunk's part of the rest starts; -1 while inside the trials. */
  private restStart = 0;

  /** A non-space byte outside strings at the top level, or between trials. Returns the new depth. */
  private structure(chunk: Buffer, i: number, byte: number, depth: number): number {
    if (this.ended) throw new Unexpected('text after the document');
    if (!this.started) {
      if (byte === UTF8_BOM_BYTES[this.bomBytes]) {
        this.bomBytes += 1;
        return depth;
      }
      if (byte !== OPEN_OBJECT) throw new Unexpected('top level is not an object');
      this.started = true;
    }
    if (depth === 2 && byte !== COMMA && byte !== CLOSE_ARRAY) throw new Unexpected('a trial is not an object');
    let next = depth;
    if (byte === OPEN_OBJECT) next += 1;
    else if (byte === CLOSE_OBJECT) {
      next -= 1;
      if (next === 0) this.ended = true;
    } else if (byte === OPEN_ARRAY) {
      if (depth === 1 && this.pendingKey === TRIALS_KEY) {
        if (this.sawTrials) throw new Unexpected('trials given twice');
        this.sawTrials = true;
        this.inTrials = true;
        // Keep the '[' in the rest; the elements are skipped.
        this.keepRest(chunk.subarray(this.restStart, i + 1));
        this.headParts = this.restParts.length;
        this.restStart = -1;
      }
      next += 1;
    } else if (byte === CLOSE_ARRAY) {
      next -= 1;
      if (next === 1 && this.inTrials) {
        this.inTrials = false;
        this.restStart = i;
      }
    }
    if (next < 0) throw new Unexpected('unbalanced brackets');
    if (next === 1) this.pendingKey = byte === COLON ? this.lastString : undefined;
    return next;
  }

  private keepKeyPrefix(chunk: Buffer, from: number, to: number): void {
    if (this.keyPrefix === undefined) return;
    this.keyPrefix =
      to - from + this.keyPrefix.length > MAX_KEY_CHARS
        ? undefined
        : this.keyPrefix + chunk.toString('latin1', from, to);
  }

  private closeKey(chunk: Buffer, from: number, to: number): void {
    this.keepKeyPrefix(chunk, from, to);
    this.lastString = this.keyPrefix;
  }

  private closeTrialString(end: number): void {
    this.lastKeyStart = this.stringStart;
    this.lastKeyEnd = end;
  }

  /** An array directly in the trial object: its key is the last string read there. */
  private openTrialArray(start: number): void {
    if (this.lastKeyEnd - this.lastKeyStart !== TRANSCRIPT_KEY.length) return;
    this.arrayStart = start;
    this.arrayKey = [this.lastKeyStart, this.lastKeyEnd];
  }

  private closeTrialArray(end: number): void {
    if (this.arrayStart < 0) return;
    this.arrays.push({ keyStart: this.arrayKey[0], keyEnd: this.arrayKey[1], start: this.arrayStart, end });
    this.arrayStart = -1;
  }

  private startElement(): void {
    this.elementParts = [];
    this.stringStart = -1;
    this.lastKeyStart = -1;
    this.lastKeyEnd = -1;
    this.arrayStart = -1;
    this.arrays = [];
  }

  private finishElement(last: Buffer): void {
    const parts = this.elementParts;
    this.elementParts = [];
    if (!this.onTrial) return;
    const bytes = parts.length === 0 ? last : Buffer.concat([...parts, last]);
    const found = this.arrays.filter((span) => bytes.toString('latin1', span.keyStart, span.keyEnd) === TRANSCRIPT_KEY);
    if (found.length > 1) throw new Unexpected('a trial has two transcripts');
    const span = found[0];
    if (!span) {
      this.onTrial({ text: bytes.toString('utf8') });
      return;
    }
    this.onTrial({
      text: `${bytes.toString('utf8', 0, span.start)}[]${bytes.toString('utf8', span.end)}`,
      transcript: () => bytes.toString('utf8', span.start, span.end),
    });
  }
}

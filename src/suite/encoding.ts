/**
 * Suite files are UTF-8. Editors on Windows save UTF-16 (with a BOM, or
 * without one: every other byte NUL), which YAML would read as garbage; a
 * UTF-8 BOM is harmless but would shift every column on the first line by one.
 */
import { withoutBom } from '../util/bom.js';

export type DecodedText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number };

const SAVE_AS_UTF8 = 'save it as UTF-8 (most editors: "Save with encoding" → UTF-8)';

export function decodeSuiteText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return failAt(1, 1, `file is UTF-16 (little-endian, with a byte order mark); ${SAVE_AS_UTF8}`);
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return failAt(1, 1, `file is UTF-16 (big-endian, with a byte order mark); ${SAVE_AS_UTF8}`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // ASCII text in UTF-16 without a BOM: a NUL next to every character.
    const utf16 = nul <= 1 && bytes.length >= 2 && (bytes[nul === 0 ? 1 : 0] ?? 0) !== 0;
    const { line, column } = position(bytes, nul);
    if (utf16)
      return failAt(
        1,
        1,
        `file looks like UTF-16 (${nul === 0 ? 'big' : 'little'}-endian, NUL bytes between characters); ` +
          SAVE_AS_UTF8,
      );
    return failAt(
      line,
      column,
      'NUL byte in the file: a suite file is UTF-8 text; is this a binary file, or saved as UTF-16?',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = position(bytes, bad);
    return failAt(
      line,
      column,
      `file is not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')}); ${SAVE_AS_UTF8}`,
    );
  }
  // ignoreBOM keeps the BOM in the text; drop it so columns on line 1 are right.
  return { ok: true, text: withoutBom(text) };
}

function failAt(line: number, column: number, message: string): DecodedText {
  return { ok: false, message, line, column };
}

/** Line and column (in characters) of a byte offset. */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart).replace(/^\uFEFF/, '')].length + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, found by halving: decoding is linear, so this stays cheap.
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle;
    }
  }
  // An incomplete sequence is only detected at the byte after it: point at its lead byte instead.
  for (let back = low; back > low - 4 && back > 0; back--) if ((bytes[back - 1]! & 0xc0) === 0xc0) return back - 1;
  return low;
}

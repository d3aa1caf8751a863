/**
 * Text we do not control (agent replies, endpoint errors, judge reasons)
 * made harmless for a terminal or a CI log: escape sequences (colours,
 * cursor moves, clear screen, OSC titles and hyperlinks), BEL, NUL,
 * backspace and other control characters are removed; a lone CR (which
 * would let a reply overwrite the line before it, e.g. with a fake
 * "✓ all passed") becomes a newline. Newlines, tabs and CRLF stay.
 */

/** The live progress line's redraw (carriage return + erase line): the only control sequence we write ourselves. */
export const REDRAW_LINE = '\r\u001b[2K';

const ESCAPE_SEQUENCES = new RegExp(
  [
    '\\u001b\\[[0-?]{0,64}[ -/]{0,16}[@-~]', // CSI: colours, cursor moves, erase, clear screen
    '\\u009b[0-?]{0,64}[ -/]{0,16}[@-~]', // 8-bit CSI
    '\\u001b\\][^\\u0007\\u001b\\u009c]{0,4096}(?:\\u0007|\\u001b\\\\|\\u009c)?', // OSC: titles, hyperlinks, clipboard
    '\\u009d[^\\u0007\\u001b\\u009c]{0,4096}(?:\\u0007|\\u001b\\\\|\\u009c)?',
    '\\u001b[PX^_][^\\u001b\\u009c]{0,4096}(?:\\u001b\\\\|\\u009c)?', // DCS, SOS, PM, APC
    '\\u001b[ -/]{0,4}[0-~]', // the other escapes (charset switches, RIS reset, save/restore cursor)
  ].join('|'),
  'g',
);
/** C0 controls but tab and newline (CR handled apart), DEL, C1 controls, and a stray ESC. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LONE_CR = /\r(?!\n)/g;

export function sanitizeForTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(LONE_CR, '\n').replace(CONTROLS, '');
}

/**
 * For a writer to a terminal: sanitizes the chunk, except our own redraw at
 * its very start (the progress line). Untrusted text never starts a chunk,
 * and even if it did it could only erase the current line.
 */
export function sanitizeTerminalChunk(chunk: string): string {
  if (chunk.startsWith(REDRAW_LINE)) return REDRAW_LINE + sanitizeForTerminal(chunk.slice(REDRAW_LINE.length));
  return sanitizeForTerminal(chunk);
}

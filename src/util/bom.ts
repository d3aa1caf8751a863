/**
 * The UTF-8 byte order mark (EF BB BF) that Notepad, PowerShell's `Out-File`
 * and .NET writers put before text. JSON.parse refuses it (an "unexpected
 * token"), and in YAML it shifts line 1's columns, so every reader of a file a
 * person or another tool may have written drops it first.
 */
import { readFile } from 'node:fs/promises';

export const UTF8_BOM_BYTES = [0xef, 0xbb, 0xbf] as const;

/** `text` without a leading byte order mark. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A file's UTF-8 text, without a leading byte order mark. Rejects as readFile does. */
export async function readTextFile(path: string): Promise<string> {
  return withoutBom(await readFile(path, 'utf8'));
}

/**
 * Writes generated suite files without ever overwriting one silently: all
 * existing targets are named in one error before anything is written.
 */
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigurationError } from '../util/errors.js';

export interface FileToWrite {
  readonly path: string;
  readonly content: string;
  readonly executable?: boolean;
}

export async function existingFiles(dir: string, files: readonly FileToWrite[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    if (
      await stat(resolve(dir, file.path)).then(
        () => true,
        () => false,
      )
    )
      found.push(file.path);
  }
  return found;
}

/** Writes every file, or none when one exists and `force` is off. */
export async function writeNewFiles(
  dir: string,
  files: readonly FileToWrite[],
  force: boolean,
  command: string,
): Promise<void> {
  const existing = force ? [] : await existingFiles(dir, files);
  if (existing.length > 0) {
    throw new ConfigurationError(
      `${existing.length === 1 ? 'this file exists' : 'these files exist'}: ${existing.join(', ')} — ` +
        `nothing was written (use --force to overwrite, see rehearse ${command} --help)`,
    );
  }
  for (const file of files) {
    const target = resolve(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
    if (file.executable) await chmod(target, 0o755);
  }
}

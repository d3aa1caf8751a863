/**
 * Reading, writing and merging results files. Writes are atomic (temp file +
 * rename) so a cancelled or crashed run never leaves half a file behind.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigurationError, errorMessage } from '../util/errors.js';
import { migrateResults } from './migrate.js';
import { ResultsSchema, type Results } from './schema.js';

export { mergeResults } from './merge.js';
export * from './schema.js';

export async function readResults(path: string): Promise<Results> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`${path}: cannot read results file (${errorMessage(error)})`);
  }
  return parseResults(text, path);
}

/** Parses and validates a results document; `name` appears in every error. */
export function parseResults(text: string, name: string): Results {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${name}: not a valid results file: the JSON is malformed or truncated (${errorMessage(error)})`);
  }
  const migrated = migrateResults(json, name);
  const parsed = ResultsSchema.safeParse(migrated);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : '(root)';
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
    throw new ConfigurationError(`${name}: not a valid results file: at ${where}: ${first?.message ?? 'invalid'}${more}`);
  }
  return parsed.data;
}

export async function writeResults(path: string, results: Results): Promise<void> {
  const valid = ResultsSchema.parse(results);
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(valid, null, 2)}\n`, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

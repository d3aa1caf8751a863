/**
 * Reading, writing and merging results files. Writes are atomic (temp file +
 * rename) so a cancelled or crashed run never leaves half a file behind.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ResultsSchema, type Results } from '../model/results.js';

export { mergeResults } from './merge.js';
export { parseResults, readResults, validateResults, type ReadOptions, type TranscriptsToKeep } from './read.js';
export { computeVariantTotals } from './variant-totals.js';

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

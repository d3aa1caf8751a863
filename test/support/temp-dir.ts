/**
 * Temporary folders for tests, removed when the test file ends (test/support/remove-temp-dirs.ts, a setup file,
 * registers the hook for every file). For helpers that make a folder per call (writeSuite, the action harness's
 * runs) and tests that make one per case: each tracking and removing its own is what kept being forgotten.
 */
import { mkdtempSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/** A new folder `<tmpdir>/<prefix>XXXXXX`, removed after the test file. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** tempDir for synchronous helpers. */
export function tempDirSync(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder made so far (retried: a child process killed just before may still be closing its files). */
export async function removeTempDirs(): Promise<void> {
  const dirs = [...made];
  made.clear();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 })));
}

/**
 * Vitest global setup: every temporary file of the run goes into one fresh folder (TMPDIR, which os.tmpdir() reads
 * in the workers and in every process the tests start), and whatever is still in it once the run is over fails the
 * run, named: a test that leaves a folder behind is found the day it is written, not after /tmp has filled with
 * thousands of them. The folder is removed either way, so a failed or interrupted run leaves nothing behind either.
 *
 * Not flaky: the files are the suite's own, checked once every test file has finished and its afterAll hooks (which
 * close servers and stop child processes) have run.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Caches tools keep under a fixed name in TMPDIR (tsx's, Node's compile cache): reused, not left over. */
const TOOL_CACHES = [/^tsx-\d+$/, /^node-compile-cache$/];

export default function setup(): () => void {
  const runDir = mkdtempSync(join(tmpdir(), 'rehearse-vitest-'));
  const outer = process.env['TMPDIR'];
  process.env['TMPDIR'] = runDir;
  return () => {
    if (outer === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = outer;
    const left = readdirSync(runDir).filter((name) => !TOOL_CACHES.some((cache) => cache.test(name)));
    rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
    if (left.length > 0) {
      const shown = left.length > 20 ? [...left.slice(0, 20), `and ${left.length - 20} more`] : left;
      throw new Error(
        `the tests left ${left.length} temporary file${left.length === 1 ? '' : 's'} behind: ${shown.join(', ')}. ` +
          'Make them with test/support/temp-dir.ts (removed after each test file), or remove them in an afterAll',
      );
    }
  };
}

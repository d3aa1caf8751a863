/**
 * The reference note ("Reference too small for …") is worked out while the first trials run (a chore, not on the
 * path before the first call), yet every run says it once: a run that ends before the note was due, a run that fails
 * before it, and the report. No LLM: a command agent and a scripted user.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { capturedIO } from '../support/cli-io.js';
import { writeGreetingSuite } from '../support/greeting-suite.js';

const NOTICE = /notice: Reference too small for 1 test: it detects no drop/g;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-notice-'));
  await writeGreetingSuite(dir, { name: 'notice', runs: 3, baselineMetrics: false });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the reference notice', () => {
  it('is printed once by a run, and the report carries it', async () => {
    const io = capturedIO(dir);
    expect(await cli(['run', '--report-dir', 'report'], io)).toBe(0);
    expect(io.err.join('').match(NOTICE)).toHaveLength(1);
    expect(await readFile(join(dir, 'report', 'report.md'), 'utf8')).toContain('Reference too small for 1 test');
  }, 30_000);

  it('is printed once by a run that fails before its trials are recorded', async () => {
    // The local store's folder is a file: the run's journal can not be opened.
    await mkdir(join(dir, '.rehearse'));
    await writeFile(join(dir, '.rehearse', 'runs'), 'not a folder\n');
    const io = capturedIO(dir);
    expect(await cli(['run'], io)).not.toBe(0);
    expect(io.err.join('').match(NOTICE)).toHaveLength(1);
  }, 30_000);
});

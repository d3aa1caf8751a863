/**
 * The console output of the demo (`npm run demo`: `rehearse run` on
 * fixtures/demo with a report directory) as a golden: what a user reads first.
 * Offline, as the demo runs without a simulator key. What changes from run to
 * run is normalised: the run id, latencies, durations and the working folder.
 * Refresh after a deliberate change: `npm run golden:update`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { expectFile, HERE, ROOT } from './helpers.js';

/** Replaces what differs between two runs of the same suite; everything else must match the golden exactly. */
export function normaliseConsole(text: string, cwd: string): string {
  const ms = String.raw`-?[\d.]+ (?:ms|s|min(?: \d+ s)?|h \d+ min)`;
  return text
    .replaceAll(cwd, '<cwd>')
    .replace(/RH-\d{8}-\d{6}-[0-9a-f]+/g, 'RH-<run id>')
    .replace(new RegExp(`p50 ${ms} p95 ${ms}`, 'g'), 'p50 <ms> p95 <ms>')
    .replace(/ · [\d.]+ ?(?:ms|s|m|min|h)(?: [\d.]+ ?(?:s|min))?$/gm, ' · <duration>');
}

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'rehearse-demo-golden-'));
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('demo console golden', () => {
  it('`rehearse run` on fixtures/demo prints the same conversations, tests, totals and gate', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd, env: {}, isTTY: false };
    const demo = join(ROOT, 'fixtures/demo/rehearse.yaml');
    const code = await cli(['run', '-c', demo, '--report-dir', '.rehearse/demo'], io);
    expect(err.join('')).not.toMatch(/error/i);
    expect(code).toBe(0);
    expectFile(join(HERE, 'golden', 'console', 'demo.txt'), normaliseConsole(out.join(''), cwd));
  });
});

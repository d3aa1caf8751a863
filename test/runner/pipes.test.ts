// A real `rehearse run` process whose stdout reader leaves early (`| head -1`)
// and a run of many trials: no crash, no stack trace, no listener warning,
// files written and the exit code the same as with a reader that stays.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResults } from '../../src/results/index.js';
import { GREETING_BOT, greetingSuite } from '../support/greeting-suite.js';

const REPO = resolve(import.meta.dirname, '../..');

interface Finished {
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs the CLI; with `leaveAfterFirstChunk` the stdout pipe is closed as soon as something arrives, like `head -1`. */
function runCli(
  cwd: string,
  args: string[],
  leaveAfterFirstChunk: boolean,
  env: Record<string, string> = {},
): Promise<Finished> {
  const tsx = pathToFileURL(join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', tsx, join(REPO, 'src/cli/index.ts'), ...args], {
    cwd,
    // Vitest's workers may silence warnings; the user's shell does not.
    env: { ...withoutWarningSwitches(process.env), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => {
    if (leaveAfterFirstChunk) child.stdout.destroy();
  });
  if (!leaveAfterFirstChunk) child.stdout.resume();
  return new Promise((done) => child.on('close', (code) => done({ code, stderr })));
}

function withoutWarningSwitches(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_NO_WARNINGS: _silenced, NODE_OPTIONS: _options, ...rest } = env;
  return rest;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-pipes-'));
  await writeFile(join(dir, 'bot.mjs'), GREETING_BOT);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rehearse run with a reader that leaves', () => {
  it('keeps working after EPIPE: results and reports written, same exit code, no stack trace', async () => {
    await writeFile(join(dir, 'rehearse.yaml'), greetingSuite({ name: 'pipes', runs: 30, concurrency: 16 }));
    const args = ['run', '-c', 'rehearse.yaml', '-o', 'piped.json', '--report-dir', 'piped-report'];
    const piped = await runCli(dir, args, true);
    const normal = await runCli(
      dir,
      ['run', '-c', 'rehearse.yaml', '-o', 'normal.json', '--report-dir', 'normal-report'],
      false,
    );

    expect(piped.code, piped.stderr).toBe(normal.code);
    expect(piped.code).toBe(0);
    expect(piped.stderr).not.toMatch(/EPIPE|Error:|\n\s+at /);
    const results = await readResults(join(dir, 'piped.json'));
    expect(results.status).toBe('completed');
    expect(results.trials).toHaveLength(30);
    expect((await readdir(join(dir, 'piped-report'))).sort()).toEqual(
      expect.arrayContaining(['report.html', 'report.md']),
    );
    expect((await stat(join(dir, 'piped-report', 'report.md'))).size).toBeGreaterThan(0);
  });
});

describe('a run of many trials', () => {
  // Node 24 (which runs the tests) no longer warns about AbortSignal listeners; Node 20/22 did:
  // test/runner/listeners.test.ts counts the listeners themselves, whatever the Node version.
  it('prints no MaxListenersExceededWarning (or any other process warning)', async () => {
    await writeFile(join(dir, 'rehearse.yaml'), greetingSuite({ name: 'pipes', runs: 120, concurrency: 16 }));
    const finished = await runCli(dir, ['run', '-c', 'rehearse.yaml', '-o', 'many.json'], false);
    expect(finished.code, finished.stderr).toBe(0);
    expect((await readResults(join(dir, 'many.json'))).trials).toHaveLength(120);
    expect(finished.stderr).not.toContain('MaxListenersExceededWarning');
    expect(finished.stderr).not.toMatch(/\(node:\d+\) \w*Warning/);
  });
});

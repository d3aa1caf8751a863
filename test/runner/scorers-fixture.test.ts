// fixtures/scorers end to end through the CLI, offline: code scorers (TS and
// JS) and checkpoints decide the verdicts, reports name the checkpoints, and
// `rehearse rejudge` runs the (edited) scorers again on the stored transcripts.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { readResults } from '../../src/results/index.js';
import { capturedIO } from '../support/cli-io.js';

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/scorers');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-scorers-'));
  await cp(FIXTURE, dir, { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the code-scorer fixture suite', () => {
  it('validates', async () => {
    const io = capturedIO(dir);
    expect(await cli(['validate', '-c', 'rehearse.yaml'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/is valid: suite 'code scorers and checkpoints'/);
  });

  it('runs offline: scorers and checkpoints decide, and every output names the checkpoint', async () => {
    const io = capturedIO(dir);
    const code = await cli(['run', '-c', 'rehearse.yaml', '-o', 'first.json', '--report-dir', 'report'], io);
    expect(io.err.join('')).not.toContain('Error');
    expect(code).toBe(0);
    const results = await readResults(join(dir, 'first.json'));
    const byTest = new Map(results.trials.map((trial) => [trial.testId, trial]));
    const good = byTest.get('refund-with-consent')!;
    const sloppy = byTest.get('refund-without-consent')!;
    expect(good.status).toBe('pass');
    expect(good.metrics.map((m) => [m.id, m.passed, m.at?.evaluatedAtTurn])).toEqual([
      ['refund-amount-matches', true, undefined],
      ['asks-for-order-number-first', true, 1],
      ['no-refund-before-consent', true, 2],
      ['brief', true, undefined],
      ['state', true, undefined],
    ]);
    expect(good.metrics.find((m) => m.id === 'brief')).toMatchObject({ score: 5 / 6, threshold: 0.5 });
    expect(sloppy.status).toBe('fail');
    expect(sloppy.metrics.map((m) => [m.id, m.passed])).toEqual([
      ['refund-amount-matches', true],
      ['asks-for-order-number-first', false],
      ['no-refund-before-consent', false],
    ]);
    expect(sloppy.reason).toContain('no-refund-before-consent (at step 2, not reached): the conversation ended after');
    const report = await readFile(join(dir, 'report/report.md'), 'utf8');
    expect(report).toContain('-first** (code, at turn 1): score 0.00 < 1.00; first reply did not ask');
    expect(report).toContain('-consent** (code, at step 2, not reached): score 0.00 < 1.00;');
    const html = await readFile(join(dir, 'report/report.html'), 'utf8');
    expect(html).toContain('(code, at step 2 (turn 2), 1.00 / 1.00)');
  });

  it('a scorer stuck in a sync infinite loop errors its trial at its time limit; the run goes on', async () => {
    await writeFile(join(dir, 'scorers/spin.mjs'), 'export default () => { for (;;) {} };\n');
    const suite = await readFile(join(dir, 'rehearse.yaml'), 'utf8');
    const spinning =
      '  - id: spinning-scorer\n    persona: customer\n    scenario: damaged-kettle\n    profile: jane\n' +
      '    baseline_metrics: false\n    criteria:\n' +
      '      - { type: code, module: scorers/spin.mjs, timeout_ms: 300 }\n\ngate:\n';
    await writeFile(join(dir, 'spin.yaml'), suite.replace(/\ngate:\n/, `\n${spinning}`));
    const io = capturedIO(dir);
    const started = Date.now();
    await cli(['run', '-c', 'spin.yaml', '-o', 'spin.json'], io);
    expect(Date.now() - started).toBeLessThan(60_000);
    const results = await readResults(join(dir, 'spin.json'));
    const status = Object.fromEntries(results.trials.map((trial) => [trial.testId, trial.status]));
    expect(status).toEqual({
      'refund-with-consent': 'pass',
      'refund-without-consent': 'fail',
      'spinning-scorer': 'error',
    });
    const stuck = results.trials.find((trial) => trial.testId === 'spinning-scorer')!;
    expect(stuck.reason).toBe('code: code scorer spin.mjs timed out after 300 ms');
  });

  it('rejudge runs the scorers again: an edited scorer changes the verdict, no conversation rerun', async () => {
    const scorer = join(dir, 'scorers/conversation.mjs');
    const original = await readFile(scorer, 'utf8');
    await writeFile(scorer, original.replace('/order number/i.test(reply)', '/order id/i.test(reply)'));
    const io = capturedIO(dir);
    await cli(['rejudge', 'first.json', '-o', 'second.json'], io);
    const rejudged = await readResults(join(dir, 'second.json'));
    const good = rejudged.trials.find((trial) => trial.testId === 'refund-with-consent')!;
    expect(good.status).toBe('fail');
    expect(good.metrics.find((m) => m.id === 'asks-for-order-number-first')).toMatchObject({
      passed: false,
      at: { turn: 1, evaluatedAtTurn: 1 },
    });
    expect(rejudged.rejudgedFrom).toBe((await readResults(join(dir, 'first.json'))).runId);
  });
});

// A worker with piped stdio keeps its process alive even when unref'd: the CLI finished its run and then never
// exited. Run as a user does, in a process of its own, with a scorer that prints.
describe('the CLI with code scorers, in its own process', () => {
  it("exits by itself once the run is over, the scorer's output on stderr", async () => {
    const own = await mkdtemp(join(tmpdir(), 'rehearse-scorers-exit-'));
    try {
      await cp(FIXTURE, own, { recursive: true });
      const scorer = join(own, 'scorers/conversation.mjs');
      await writeFile(scorer, `console.log('scorer module loaded');\n${await readFile(scorer, 'utf8')}`);
      const repo = resolve(import.meta.dirname, '../..');
      const tsx = pathToFileURL(join(repo, 'node_modules/tsx/dist/loader.mjs')).href;
      const child = spawn(
        process.execPath,
        ['--import', tsx, join(repo, 'src/cli/index.ts'), 'run', '-c', 'rehearse.yaml', '--no-report', '-o', 'r.json'],
        { cwd: own, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OPENAI_API_KEY: '' } },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const killer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
        child.on('close', (exitCode, exitSignal) => done([exitCode, exitSignal])),
      );
      clearTimeout(killer);
      expect(signal).toBeNull();
      expect(code).toBe(0);
      expect(stderr).toContain('scorer module loaded');
      expect(stdout).not.toContain('scorer module loaded');
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  }, 190_000);
});

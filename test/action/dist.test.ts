/**
 * The bundled action (`dist/index.js`, built by `npm run bundle`) started the
 * way the runner starts it: `node24 dist/index.js` with `INPUT_*`, the event
 * payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, against the fake GitHub.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/index.js';
import { suiteMarker } from '../../src/github/comment.js';
import { PERMISSION_HINT } from '../../src/github/permissions.js';
import { FakeGitHub } from '../support/fake-github.js';
import { tempDir } from '../support/temp-dir.js';
import { eventPayload, inputEnv, OWNER, parseOutputFile, REPO, runnerEnv, SUITE, type EventKind } from './harness.js';

/** The action test suite with its items declared deterministic. */
const DETERMINISTIC_SUITE = 'test/action/fixtures/suite/deterministic.yaml';

const BUNDLE = path.join(process.cwd(), 'dist/index.js');
/** The Node 24 the `node` dev dependency installs: what `runs.using: node24` runs. */
const NODE24 = path.join(process.cwd(), 'node_modules/.bin/node');

let fake: FakeGitHub;

beforeAll(async () => {
  fake = await FakeGitHub.start({ owner: OWNER, repo: REPO });
});

afterEach(() => {
  const problems = [...fake.problems];
  fake.reset();
  expect(problems).toEqual([]);
});

afterAll(async () => {
  await fake.close();
});

interface BundleRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

async function runBundle(
  event: EventKind,
  runId: number,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<BundleRun> {
  const dir = await tempDir('rehearse-dist-');
  const files = {
    eventPath: path.join(dir, 'event.json'),
    outputFile: path.join(dir, 'output.txt'),
    runnerTemp: path.join(dir, 'temp'),
  };
  const summaryFile = path.join(dir, 'summary.md');
  await writeFile(files.eventPath, JSON.stringify(eventPayload(event)));
  await writeFile(files.outputFile, '');
  await writeFile(summaryFile, '');
  const childEnv = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? dir,
    ...runnerEnv(fake, { event, runId }, files),
    GITHUB_STEP_SUMMARY: summaryFile,
    ...inputEnv({ config: SUITE, 'github-token': 'ghs_fake_token', ...inputs }),
    ...env,
  };
  const child = spawn(NODE24, [BUNDLE], { cwd: process.cwd(), env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    exitCode,
    stdout,
    outputs: parseOutputFile(await readFile(files.outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

describe('the bundled action (dist/index.js)', () => {
  it('exists: run `npm run bundle` after changing the source', () => {
    expect(existsSync(BUNDLE)).toBe(true);
  });

  it('passes the gate on a pull request: comment, check run, outputs and summary', async () => {
    const run = await runBundle('pull_request', 700, {});
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', passed: '3', failed: '0', 'pass-rate': '1' });
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(run.summary).toContain('3/3 tests passed');
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]?.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(fake.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(run.stdout).toContain('::add-mask::ghs_fake_token');
  });

  it('fails the gate on a regression against the previous run, and updates the same comment', async () => {
    // Deterministic items: a flip is a regression at once (a non-deterministic one needs confirmation trials).
    const suite = { config: DETERMINISTIC_SUITE };
    const push = await runBundle('push', 710, suite);
    expect(push.exitCode, push.stdout).toBe(0);
    fake.addWorkflowRun({ id: 710, branch: 'master' });
    const marker = suiteMarker(DETERMINISTIC_SUITE);
    const earlier = fake.addComment({ body: `${COMMENT_MARKER}\nan earlier report\n${marker}` });
    const run = await runBundle('pull_request', 712, suite, { REHEARSE_FAKE_AGENT: 'forget-refund' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', regressions: '1', failed: '1' });
    expect(run.stdout).toMatch(/::error::.*regression/i);
    expect(fake.comments).toHaveLength(1);
    expect(earlier.body).toContain('words/refund');
    expect(fake.requestsTo('issues/update-comment')).toHaveLength(1);
    expect(fake.checkRuns.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run.summary).toMatch(/regression/i);
  });

  it('says there is no previous run when none exists, and compares baseline with candidate only', async () => {
    const run = await runBundle('pull_request', 720, {});
    expect(run.exitCode, run.stdout).toBe(0);
    expect(fake.comments[0]?.body).toMatch(/no previous run/i);
  });

  it('skips the comment write when the body is unchanged (the same results reported again)', async () => {
    const first = await runBundle('pull_request', 730, { 'check-run': 'false' });
    const report = { mode: 'report', results: first.outputs['results-path']!, 'check-run': 'false' };
    await runBundle('pull_request', 731, report);
    const writes = fake.requestsTo('issues/update-comment').length;
    const again = await runBundle('pull_request', 731, report);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(fake.requestsTo('issues/update-comment')).toHaveLength(writes);
    expect(fake.comments).toHaveLength(1);
  });

  it('on a fork (403 on every write): warns once with the permission hint and still passes per the gate', async () => {
    fake.readOnly = true;
    const run = await runBundle('pull_request_fork', 740, {});
    expect(run.exitCode, run.stdout).toBe(0);
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning') && line.includes('403'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(PERMISSION_HINT.replace(/\n/g, '%0A'));
    expect(fake.comments).toHaveLength(0);
    expect(fake.artifacts.ofRun(740)).toHaveLength(1);
    expect(run.outputs).toMatchObject({ verdict: 'pass' });
    expect(run.summary).toContain('3/3 tests passed');
  });

  it('sends more than 50 annotations in check run updates of at most 50', async () => {
    const agentServer = createServer((req, res) => {
      req.resume();
      req.on('end', () =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ reply: 'Sorry, I cannot help.' })),
      );
    });
    await new Promise<void>((resolve) => agentServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(agentServer.address() as AddressInfo).port}/turn`;
    const run = await runBundle(
      'pull_request',
      750,
      { config: 'test/action/fixtures/many/rehearse.yaml' },
      { REHEARSE_TEST_AGENT_URL: url },
    );
    agentServer.close();
    expect(run.exitCode).toBe(1);
    const sizes = fake
      .requestsTo('checks/update')
      .map((r) => (r.body as { output?: { annotations?: unknown[] } }).output?.annotations?.length ?? 0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(50);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
    expect(fake.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('merge mode: shard jobs upload their parts, the merge job reports and gates once', async () => {
    const first = await runBundle('pull_request', 760, { shard: '1/2' });
    const second = await runBundle('pull_request', 760, { shard: '2/2' });
    expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
    expect(fake.comments).toHaveLength(0);
    const merged = await runBundle('pull_request', 760, { mode: 'merge' });
    expect(merged.exitCode, merged.stdout).toBe(0);
    expect(Number(merged.outputs['passed']) + Number(merged.outputs['failed'])).toBe(3);
    expect(fake.comments).toHaveLength(1);
    expect(fake.checkRuns).toHaveLength(1);
  });
});

/**
 * The bundled action (`dist/index.js`, built by `npm run build`) started the
 * way the runner starts it: `node24 dist/index.js` with `INPUT_*`, the event
 * payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, against the fake GitHub.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/index.js';
import { suiteMarker } from '../../src/github/comment.js';
import { FakeGitHub } from '../support/fake-github.js';
import { eventPayload, inputEnv, OWNER, parseOutputFile, REPO, runnerEnv, SUITE, type EventKind } from './harness.js';

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

async function runBundle(event: EventKind, runId: number, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<BundleRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rehearse-dist-'));
  const files = { eventPath: path.join(dir, 'event.json'), outputFile: path.join(dir, 'output.txt'), runnerTemp: path.join(dir, 'temp') };
  const summaryFile = path.join(dir, 'summary.md');
  await writeFile(files.eventPath, JSON.stringify(eventPayload(event)));
  await writeFile(files.outputFile, '');
  await writeFile(summaryFile, '');
  const childEnv = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? dir, ...runnerEnv(fake, { event, runId }, files), GITHUB_STEP_SUMMARY: summaryFile, ...inputEnv({ config: SUITE, 'github-token': 'ghs_fake_token', ...inputs }), ...env };
  const child = spawn(NODE24, [BUNDLE], { cwd: process.cwd(), env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { exitCode, stdout, outputs: parseOutputFile(await readFile(files.outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') };
}

describe('the bundled action (dist/index.js)', () => {
  it('exists: run `npm run build` after changing the source', () => {
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
    const push = await runBundle('push', 710, {});
    expect(push.exitCode, push.stdout).toBe(0);
    fake.addWorkflowRun({ id: 710, branch: 'master' });
    const earlier = fake.addComment({ body: `${COMMENT_MARKER}\nan earlier report\n${suiteMarker(SUITE)}` });
    const run = await runBundle('pull_request', 712, {}, { REHEARSE_FAKE_AGENT: 'forget-refund' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', regressions: '1', failed: '1' });
    expect(run.stdout).toMatch(/::error::.*regression/i);
    expect(fake.comments).toHaveLength(1);
    expect(earlier.body).toContain('words/refund');
    expect(fake.requestsTo('issues/update-comment')).toHaveLength(1);
    expect(fake.checkRuns.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run.summary).toMatch(/regression/i);
  });
});

/**
 * The action's `run()` end to end against the fake GitHub: real Octokit,
 * real `@actions/artifact`, a real suite with a `command` agent, event
 * payloads from `@octokit/webhooks-examples`. Every request and response is
 * checked against GitHub's OpenAPI description (afterEach).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/index.js';
import { PERMISSION_HINT } from '../../src/github/permissions.js';
import { readResults } from '../../src/results/index.js';
import { callsOf, startFakeOpenAI } from '../support/fake-openai.js';
import { tempDir } from '../support/temp-dir.js';
import { suiteMarker } from '../../src/github/comment.js';
import { ActionHarness, OWNER, REPO, SUITE } from './harness.js';

let harness: ActionHarness;

beforeAll(async () => {
  harness = await ActionHarness.start();
});

afterEach(() => {
  const problems = [...harness.fake.problems];
  harness.fake.reset();
  delete process.env['REHEARSE_FAKE_AGENT'];
  expect(problems).toEqual([]);
});

afterAll(async () => {
  await harness.fake.close();
});

const agent = (mode: string) => ({ REHEARSE_FAKE_AGENT: mode });

describe('the action on a pull request', () => {
  it(
    'runs the suite, posts the first sticky comment, completes the check run, uploads the artifact, ' + 'sets outputs',
    async () => {
      const run = await harness.runAction({ event: 'pull_request', runId: 101 });
      const fake = harness.fake;
      expect(run.exitCode).toBe(0);
      expect(fake.comments).toHaveLength(1);
      expect(fake.comments[0]?.body.startsWith(COMMENT_MARKER)).toBe(true);
      expect(fake.comments[0]?.body).toContain('No previous run');
      // The check run is created in progress before the suite runs, then completed on the PR head commit.
      const operations = fake.requests.map((r) => r.operation);
      expect(operations.indexOf('checks/create')).toBeLessThan(operations.indexOf('twirp/CreateArtifact'));
      expect(fake.requestsTo('checks/create')[0]?.body).toMatchObject({
        status: 'in_progress',
        name: `Rehearse (${SUITE})`,
      });
      expect(fake.checkRuns[0]).toMatchObject({
        status: 'completed',
        conclusion: 'success',
        head_sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      });
      expect(fake.requestsTo('actions/list-workflow-runs')[0]?.query).toMatchObject({
        branch: 'master',
        status: 'success',
      });
      const [artifact] = fake.artifacts.ofRun(101);
      expect(artifact?.name).toBe('rehearse-results');
      const files = fake.artifacts.files(artifact!);
      expect(Object.keys(files).sort()).toEqual([
        'context.json',
        'junit.xml',
        'report.html',
        'report.md',
        'results.json',
      ]);
      expect(JSON.parse(files['context.json']!)).toMatchObject({
        pullRequest: { number: 2, baseRef: 'master' },
        workflow: 'rehearse.yml',
      });
      expect(run.outputs).toMatchObject({
        verdict: 'pass',
        passed: '3',
        failed: '0',
        'pass-rate': '1',
        regressions: '0',
        fixes: '0',
      });
      expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
      expect(run.outputs['check-run-url']).toMatch(/\/runs\/\d+$/);
      expect(run.outputs['results-path']).toMatch(/rehearse[/\\]results\.json$/);
      expect(run.summary).toContain('3/3 tests passed');
    },
  );

  it(
    'updates our comment in place, found among many pages, ignoring minimized copies, copies by people and the ' +
      'comments of other suites',
    async () => {
      const fake = harness.fake;
      for (let i = 0; i < 120; i += 1) fake.addComment({ body: `review note ${i}`, login: 'reviewer', type: 'User' });
      const pasted = fake.addComment({ body: `${COMMENT_MARKER}\nquoted by a human`, login: 'reviewer', type: 'User' });
      const hidden = fake.addComment({ body: `${COMMENT_MARKER}\nold, minimized`, minimized: true });
      const ours = fake.addComment({ body: `${COMMENT_MARKER}\nprevious report\n${suiteMarker(SUITE)}` });
      const otherSuite = fake.addComment({
        body: `${COMMENT_MARKER}\nanother suite's report\n${suiteMarker('agents/billing.yaml')}`,
      });
      const run = await harness.runAction({ event: 'pull_request', runId: 102 });
      expect(run.exitCode).toBe(0);
      expect(fake.requestsTo('issues/create-comment')).toHaveLength(0);
      expect(fake.requestsTo('issues/update-comment').map((r) => r.path)).toEqual([
        `/repos/${OWNER}/${REPO}/issues/comments/${ours.id}`,
      ]);
      expect(fake.requestsTo('issues/list-comments').length).toBeGreaterThanOrEqual(2);
      expect(ours.body).toContain('3/3 tests passed');
      expect(pasted.body).toBe(`${COMMENT_MARKER}\nquoted by a human`);
      expect(hidden.body).toBe(`${COMMENT_MARKER}\nold, minimized`);
      expect(otherSuite.body).toContain("another suite's report");
    },
  );

  it('skips the write when the comment body is unchanged (same results reported again)', async () => {
    const first = await harness.runAction({ event: 'pull_request', runId: 103, inputs: { 'check-run': 'false' } });
    const resultsPath = first.outputs['results-path']!;
    const report = { mode: 'report', results: resultsPath, 'check-run': 'false' };
    await harness.runAction({ event: 'pull_request', runId: 104, inputs: report });
    const writesBefore = harness.fake.requestsTo('issues/update-comment').length;
    const again = await harness.runAction({ event: 'pull_request', runId: 104, inputs: report });
    expect(again.exitCode).toBe(0);
    expect(harness.fake.requestsTo('issues/update-comment')).toHaveLength(writesBefore);
    expect(harness.fake.comments).toHaveLength(1);
  });

  it(
    'on a fork (read-only token): warns once with the permission hint, writes summary and artifact, passes per ' +
      'the gate',
    async () => {
      harness.fake.readOnly = true;
      const run = await harness.runAction({ event: 'pull_request_fork', runId: 105 });
      expect(run.exitCode).toBe(0);
      const permissionWarnings = run.warnings.filter((w) => w.includes('403'));
      expect(permissionWarnings).toHaveLength(1);
      expect(permissionWarnings[0]).toContain(PERMISSION_HINT.replace(/\n/g, '%0A'));
      expect(harness.fake.comments).toHaveLength(0);
      expect(harness.fake.checkRuns).toHaveLength(0);
      expect(harness.fake.requestsTo('checks/create')[0]?.status).toBe(403);
      expect(harness.fake.artifacts.ofRun(105)).toHaveLength(1);
      expect(run.summary).toContain('3/3 tests passed');
      expect(run.summary).toContain('workflow_run');
      expect(run.outputs).toMatchObject({ verdict: 'pass', 'comment-url': '', 'check-run-url': '' });
    },
  );

  it(
    'finds the previous run on the base branch (skipping fork heads), downloads its artifact and shows the ' +
      'suspected drop',
    async () => {
      const fake = harness.fake;
      const push = await harness.runAction({ event: 'push', runId: 200 });
      expect(push.exitCode).toBe(0);
      fake.addWorkflowRun({ id: 200, branch: 'master' });
      // A newer successful run whose head is a fork: never trusted as a baseline (its artifact is not even a results
      // file).
      fake.addWorkflowRun({ id: 250, branch: 'master', headRepository: `forker/${REPO}` });
      fake.artifacts.seed(250, 'rehearse-results', { 'results.json': 'not json' });
      const run = await harness.runAction({ event: 'pull_request', runId: 201, env: agent('forget-refund') });
      // A single-trial flip with no confirmation trials is a suspected drop: shown, but it does not fail the gate
      // (min pass rate 50%: 2 of 3 pass).
      expect(run.exitCode).toBe(0);
      expect(fake.requestsTo('actions/download-artifact').map((r) => r.path)).toEqual([
        `/repos/${OWNER}/${REPO}/actions/artifacts/${fake.artifacts.ofRun(200)[0]?.id}/zip`,
      ]);
      expect(run.outputs).toMatchObject({ verdict: 'pass', regressions: '0', passed: '2', failed: '1' });
      const body = fake.comments[0]?.body ?? '';
      expect(body).toMatch(/Previous run\\?: workflow run 200/);
      // Said as the runner did it: the flip was not rerun, and nothing advises a rerun no rerun could settle.
      expect(body).toMatch(/single\\?-trial flip, not rerun by this run/);
      expect(body).not.toContain('rerun with confirmation');
      expect(body).toContain('words/refund');
      // The push run rolled the history: its one run is the reference.
      expect(body).toMatch(/1\/1 in the last run on master → 0\/1 now/);
      expect(fake.checkRuns.at(-1)).toMatchObject({ conclusion: 'success' });
    },
  );

  it(
    'rolls the history forward through artifacts on base-branch pushes; a pull request compares with it and ' +
      'carries it unchanged',
    async () => {
      const fake = harness.fake;
      const historyOf = (runId: number) => {
        const results = JSON.parse(fake.artifacts.files(fake.artifacts.ofRun(runId)[0]!)['results.json']!);
        return {
          runId: results.runId as string,
          history: results.history as Record<string, { runId: string; passes: number }[]>,
          gate: results.gate,
        };
      };
      expect((await harness.runAction({ event: 'push', runId: 700 })).exitCode).toBe(0);
      const first = historyOf(700);
      expect(Object.keys(first.history).sort()).toEqual([
        'words/apple@default',
        'words/pear@default',
        'words/refund@default',
      ]);
      expect(first.history['words/refund@default']!.map((entry) => entry.runId)).toEqual([first.runId]);
      fake.addWorkflowRun({ id: 700, branch: 'master' });

      expect((await harness.runAction({ event: 'push', runId: 701 })).exitCode).toBe(0);
      const second = historyOf(701);
      expect(second.history['words/refund@default']!.map((entry) => entry.runId)).toEqual([first.runId, second.runId]);
      fake.addWorkflowRun({ id: 701, branch: 'master' });

      const pr = await harness.runAction({ event: 'pull_request', runId: 702, env: agent('forget-refund') });
      expect(pr.exitCode).toBe(0);
      // Only the latest base-branch artifact is downloaded: it holds the whole history.
      expect(fake.requestsTo('actions/download-artifact').at(-1)?.path).toBe(
        `/repos/${OWNER}/${REPO}/actions/artifacts/${fake.artifacts.ofRun(701)[0]?.id}/zip`,
      );
      const body = fake.comments.at(-1)?.body ?? '';
      expect(body).toMatch(/2\/2 over the last 2 runs on master → 0\/1 now/);
      const third = historyOf(702);
      // A pull request does not roll the history: the next base-branch run sees the same two runs.
      expect(third.history).toEqual(second.history);
      // Three keys compared with their history: each at 0.05 / 3.
      expect(third.gate).toMatchObject({ alpha: 0.05, comparisons: 3 });
      expect(third.gate.comparisonAlpha).toBeCloseTo(0.05 / 3, 12);
    },
  );

  it(
    'passes over a breaker-cut run an older version stored as history: the gate pools the healthy runs only, and ' +
      'the note says what was skipped',
    async () => {
      const fake = harness.fake;
      const resultsOf = (runId: number) =>
        JSON.parse(fake.artifacts.files(fake.artifacts.ofRun(runId)[0]!)['results.json']!) as Record<string, unknown>;
      expect((await harness.runAction({ event: 'push', runId: 980 })).exitCode).toBe(0);
      fake.addWorkflowRun({ id: 980, branch: 'master' });
      const healthy = resultsOf(980);
      // What an older version stored for a push the breaker cut short (apple's agent calls kept failing): completed,
      // with `infrastructure`, no `joinedHistory`, and its own entries rolled into the history it carries (the tests
      // that ran before the trip passed, so they would look like evidence).
      const history = healthy['history'] as Record<string, Record<string, unknown>[]>;
      const cutHistory = Object.fromEntries(
        Object.entries(history).map(([key, entries]) => {
          const own = key === 'words/apple@default' ? { passes: 0, errors: 1 } : { passes: 1, errors: 0 };
          return [key, [...entries, { ...entries.at(-1), runId: 'older-cut-run', ...own }]];
        }),
      );
      // Laid out as writeResults lays it (its trials last), as an older version wrote it.
      const { trials, ...head } = healthy;
      const cut = {
        ...head,
        runId: 'older-cut-run',
        infrastructure: [
          { agent: 'echo', testKeys: ['words/apple@default'], erroredTrials: 1, notRun: 0, message: 'HTTP 500' },
        ],
        history: cutHistory,
        trials,
      };
      fake.addWorkflowRun({ id: 981, branch: 'master' });
      fake.artifacts.seed(981, 'rehearse-results', { 'results.json': JSON.stringify(cut, null, 2) });

      const pr = await harness.runAction({ event: 'pull_request', runId: 982, env: agent('forget-refund') });
      expect(pr.exitCode).toBe(0);
      // Both artifacts were read: the cut one first, then the healthy one the comparison uses.
      expect(fake.requestsTo('actions/download-artifact').map((r) => r.path)).toEqual(
        [981, 980].map((id) => `/repos/${OWNER}/${REPO}/actions/artifacts/${fake.artifacts.ofRun(id)[0]?.id}/zip`),
      );
      const body = fake.comments.at(-1)?.body ?? '';
      // Pooled over run 980 alone; with the cut run it would have been "2/2 over the last 2 runs".
      expect(body).toMatch(/1\/1 in the last run on master → 0\/1 now/);
      expect(body).not.toMatch(/over the last 2 runs/);
      expect(body).toMatch(/Previous run\\?: workflow run 980/);
      const skipped =
        'Skipped 1 run that does not join the history: workflow run 981 (the circuit breaker stopped part of it).';
      expect(body.replace(/\\/g, '')).toContain(skipped);
      expect(pr.summary.replace(/\\/g, '')).toContain(skipped);
      expect(pr.log).toContain('Previous run: skipped workflow run 981: it does not join the history');
      // What the pull request carries on is the healthy history, without the cut run's entries.
      expect(resultsOf(982)['history']).toEqual(history);
    },
  );

  it(
    'skips a previous run whose artifact is truncated or expired, with a warning each, and uses ' + 'the next one',
    async () => {
      const fake = harness.fake;
      const push = await harness.runAction({ event: 'push', runId: 400 });
      expect(push.exitCode).toBe(0);
      fake.addWorkflowRun({ id: 400, branch: 'master' });
      const good = fake.artifacts.ofRun(400)[0]!;
      const text = fake.artifacts.files(good)['results.json']!;
      fake.addWorkflowRun({ id: 420, branch: 'master' });
      fake.artifacts.seed(420, 'rehearse-results', { 'results.json': text.slice(0, text.length / 2) });
      fake.addWorkflowRun({ id: 440, branch: 'master' });
      fake.expireArtifact(fake.artifacts.seed(440, 'rehearse-results', { 'results.json': text }).id);
      const run = await harness.runAction({ event: 'pull_request', runId: 401, env: agent('forget-refund') });
      // Judged against run 400: a suspected drop (no confirmation trials ran), which does not fail the gate.
      expect(run.exitCode).toBe(0);
      expect(fake.comments[0]?.body).toContain('Suspected drop');
      expect(run.warnings.filter((w) => w.includes('skipped workflow run 440'))).toHaveLength(1);
      expect(run.warnings.filter((w) => w.includes('skipped workflow run 420'))).toHaveLength(1);
      expect(run.warnings.find((w) => w.includes('run 420'))).toMatch(/results\.json is not usable/);
      expect(run.warnings.find((w) => w.includes('run 440'))).toMatch(/has expired \(410 Gone\)/);
      expect(fake.comments[0]?.body).toMatch(/Previous run\\?: workflow run 400/);
    },
  );

  it('with no usable previous artifact at all, takes the no-previous-run path', async () => {
    const fake = harness.fake;
    fake.addWorkflowRun({ id: 450, branch: 'master' });
    fake.artifacts.seed(450, 'rehearse-results', { 'results.json': '{"schemaVersion": 1, "runId": ' });
    const run = await harness.runAction({ event: 'pull_request', runId: 451 });
    expect(run.exitCode).toBe(0);
    expect(run.warnings.some((w) => w.includes('skipped workflow run 450'))).toBe(true);
    expect(fake.comments[0]?.body).toContain('No previous run');
  });

  it(
    'a 422 from the comment or the check run fails only that publisher: summary, outputs and the gate ' +
      'still happen',
    async () => {
      const fake = harness.fake;
      fake.failNextWith('issues/create-comment', { status: 422, message: 'Validation Failed' });
      fake.failNextWith('checks/update', { status: 422, message: 'Validation Failed' });
      const run = await harness.runAction({ event: 'pull_request', runId: 460 });
      expect(run.exitCode).toBe(0); // the gate passed
      expect(
        run.errors.some((e) => e.includes('could not post the PR comment') && e.includes('Validation Failed')),
      ).toBe(true);
      expect(run.errors.some((e) => e.includes('could not complete the check run'))).toBe(true);
      expect(run.warnings.join('\n')).not.toContain(PERMISSION_HINT);
      expect(run.summary).toContain('3/3 tests passed');
      expect(run.outputs).toMatchObject({ verdict: 'pass', passed: '3', 'comment-url': '' });
      expect(fake.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' }); // not left in progress

      fake.failNextWith('issues/create-comment', { status: 422, message: 'Validation Failed' });
      const failing = await harness.runAction({
        event: 'pull_request',
        runId: 461,
        env: agent('forget-refund'),
        inputs: { 'min-pass-rate': '0.9' },
      });
      expect(failing.exitCode).toBe(1); // still from the gate
      expect(failing.errors.at(-1)).toMatch(/pass rate/);
    },
  );

  it('posts several check run updates of at most 50 annotations when more tests fail', async () => {
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
    const run = await harness.runAction({
      event: 'pull_request',
      runId: 300,
      inputs: { config: 'test/action/fixtures/many/rehearse.yaml' },
      env: { REHEARSE_TEST_AGENT_URL: url },
    });
    agentServer.close();
    expect(run.exitCode).toBe(1);
    const updates = harness.fake
      .requestsTo('checks/update')
      .map((r) => r.body as { conclusion?: string; output?: { annotations?: unknown[] } });
    const sizes = updates.map((u) => u.output?.annotations?.length ?? 0);
    expect(sizes.every((size) => size <= 50)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(harness.fake.checkRuns[0]?.output.annotations.length);
    expect(harness.fake.checkRuns[0]?.output.annotations.length).toBeGreaterThan(50);
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(updates.map((u) => u.conclusion)).toEqual([...Array(updates.length - 1).fill(undefined), 'failure']);
  });

  it(
    'lets inputs override the suite gate: a low threshold with fail-on never passes a broken agent, a high one ' +
      'fails a good one',
    async () => {
      const lenient = await harness.runAction({
        event: 'pull_request',
        runId: 301,
        inputs: { 'min-pass-rate': '0', 'fail-on': 'never' },
        env: agent('broken'),
      });
      expect(lenient.exitCode).toBe(0);
      expect(lenient.outputs['verdict']).toBe('pass');
      // The gate actually applied travels with the results, for `rehearse report` later.
      const [artifact] = harness.fake.artifacts.ofRun(301);
      expect(JSON.parse(harness.fake.artifacts.files(artifact!)['results.json']!).gate).toEqual({
        minPassRate: 0,
        failOn: ['never'],
        alpha: 0.05,
        allowSkipped: false,
        // Nothing earlier to compare with: no comparison, the level is the run's α.
        comparisons: 0,
        comparisonAlpha: 0.05,
        passed: true,
        // Every test is new (nothing to compare with) and below its threshold: said, with the gate off.
        // …and the reference, with nothing in it, can detect no drop: said beside the verdict.
        summary: expect.stringMatching(
          /^⚠️ gate off \(fail_on: never\): 3 new tests below their threshold \(words\/apple@default, words\/pear@default, words\/refund@default\) \(Reference too small for 3 tests: it detects no drop/u,
        ),
      });
      const strict = await harness.runAction({
        event: 'pull_request',
        runId: 302,
        inputs: { 'min-pass-rate': '0.9' },
        env: agent('forget-refund'),
      });
      expect(strict.exitCode).toBe(1);
      expect(strict.errors.at(-1)).toMatch(/67%.*90%|pass rate/);
    },
  );

  it(
    'a test skipped for lack of a simulator key is in the comment, check run, job summary and JUnit, and fails ' +
      'the gate',
    async () => {
      const config = 'test/action/fixtures/suite/skipped.yaml';
      const run = await harness.runAction({ event: 'pull_request', runId: 320, inputs: { config } });
      const fake = harness.fake;
      expect(run.exitCode).toBe(1);
      const named =
        '1 test could not run: REHEARSE_TEST_SIMULATOR_KEY is not set (simulator of scenario chat) — add the ' +
        'secret or set gate.allow_skipped: true';
      expect(run.errors.at(-1)).toContain(named);
      const listed =
        "- `refund-chat@default` · Refund by chat · high · behavioral scenario 'chat'\\: " +
        'REHEARSE\\_TEST\\_SIMULATOR\\_KEY is not set';
      for (const text of [fake.comments[0]?.body, fake.checkRuns[0]?.output.summary, run.summary]) {
        expect(text).toContain('### ⏭️ Could not run (1)');
        expect(text).toContain(listed);
      }
      expect(fake.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
      expect(fake.checkRuns[0]?.output.annotations).toContainEqual(
        expect.objectContaining({
          path: config,
          annotation_level: 'failure',
          title: 'Rehearse: refund-chat@default could not run',
        }),
      );
      const files = fake.artifacts.files(fake.artifacts.ofRun(320)[0]!);
      expect(files['junit.xml']).toContain(
        '<skipped message="behavioral scenario &#39;chat&#39;: REHEARSE_TEST_SIMULATOR_KEY is not set',
      );
      expect(JSON.parse(files['results.json']!).skipped[0]).toMatchObject({
        key: 'refund-chat@default',
        missing: { envVar: 'REHEARSE_TEST_SIMULATOR_KEY' },
      });
    },
  );

  it("compares with a results file given as 'previous', or with nothing when it is 'none'", async () => {
    const earlier = await harness.runAction({ event: 'pull_request', runId: 310, inputs: { 'check-run': 'false' } });
    const withFile = await harness.runAction({
      event: 'pull_request',
      runId: 311,
      inputs: { previous: earlier.outputs['results-path']!, 'check-run': 'false' },
      env: agent('forget-refund'),
    });
    // Compared with the file: the flip is a suspected drop until confirmation trials confirm it.
    expect(withFile.exitCode).toBe(0);
    expect(withFile.outputs['regressions']).toBe('0');
    expect(withFile.summary).toContain('Suspected drop');
    const without = await harness.runAction({
      event: 'pull_request',
      runId: 312,
      inputs: { previous: 'none', 'check-run': 'false' },
      env: agent('forget-refund'),
    });
    // With nothing to compare with, every test is new and held to its own threshold: the forgotten refund fails it.
    expect(without.exitCode).toBe(1);
    expect(without.outputs['regressions']).toBe('0');
    expect(without.summary).toContain('1 new test below its threshold (words/refund@default)');
    expect(without.summary).not.toContain('Suspected drop');
    expect(harness.fake.requestsTo('actions/list-workflow-runs')).toHaveLength(1);
  });

  it(
    "refuses a 'previous' file of a run cut short as history, as it refuses such an artifact: compared with " +
      'nothing, the log and the comment say why; a file that is no results file fails the step with one line',
    async () => {
      const earlier = await harness.runAction({ event: 'pull_request', runId: 320, inputs: { 'check-run': 'false' } });
      const healthy = JSON.parse(await readFile(earlier.outputs['results-path']!, 'utf8')) as Record<string, unknown>;
      const dir = await tempDir('rehearse-action-previous-file-');
      const cutFile = path.join(dir, 'cut.json');
      const infrastructure = [
        { agent: 'echo', testKeys: ['words/apple@default'], erroredTrials: 1, notRun: 2, message: 'HTTP 500' },
      ];
      // Laid out as writeResults lays it: its trials last.
      const { trials, ...head } = healthy;
      await writeFile(cutFile, JSON.stringify({ ...head, infrastructure, trials }, null, 2));
      const listedBefore = harness.fake.requestsTo('actions/list-workflow-runs').length;
      const cut = await harness.runAction({
        event: 'pull_request',
        runId: 321,
        inputs: { previous: cutFile, 'check-run': 'false' },
        env: agent('forget-refund'),
      });
      const why = 'does not join the history (the circuit breaker stopped part of it)';
      expect(cut.warnings.filter((w) => w.includes(why))).toHaveLength(1);
      expect(cut.warnings.find((w) => w.includes(why))).toMatch(/^Previous run: skipped \S*cut\.json: it does not/);
      const body = (harness.fake.comments.at(-1)?.body ?? '').replace(/\\/g, '');
      expect(body).toMatch(new RegExp(`No previous run: \\S*cut\\.json ${why.replace(/[()]/g, '\\$&')}`));
      // As with no previous run: every test is new and held to its own threshold, and no artifact was searched.
      expect(cut.exitCode).toBe(1);
      expect(cut.summary).toContain('1 new test below its threshold (words/refund@default)');
      expect(cut.summary).not.toContain('Suspected drop');
      expect(harness.fake.requestsTo('actions/list-workflow-runs')).toHaveLength(listedBefore);

      const truncated = path.join(dir, 'truncated.json');
      await writeFile(truncated, JSON.stringify(healthy).slice(0, 400));
      const broken = await harness.runAction({
        event: 'pull_request',
        runId: 322,
        inputs: { previous: truncated, 'check-run': 'false' },
      });
      expect(broken.exitCode).toBe(1);
      expect(broken.errors).toEqual([
        expect.stringMatching(/^input 'previous': \S*truncated\.json: not a valid results file: the JSON is malformed/),
      ]);
      expect(broken.log).not.toMatch(/\n\s+at /);
    },
  );

  it('pages on past more than five cut-short artifacts and takes the healthy one behind them', async () => {
    const fake = harness.fake;
    expect((await harness.runAction({ event: 'push', runId: 1100 })).exitCode).toBe(0);
    fake.addWorkflowRun({ id: 1100, branch: 'master' });
    const healthy = JSON.parse(fake.artifacts.files(fake.artifacts.ofRun(1100)[0]!)['results.json']!) as {
      trials: unknown[];
    };
    const { trials, ...head } = healthy;
    const infrastructure = [
      { agent: 'echo', testKeys: ['words/apple@default'], erroredTrials: 1, notRun: 0, message: 'HTTP 500' },
    ];
    // Newest first: 7 cut-short or cancelled runs, one with an expired artifact, one with none, and 120 runs of fork
    // heads, the newest of all, so that the repository's own runs start on the second page.
    const cut = [1101, 1102, 1103, 1104, 1105, 1106, 1107];
    for (const [i, id] of cut.entries()) {
      fake.addWorkflowRun({ id, branch: 'master' });
      const changed = i % 2 === 0 ? { infrastructure } : { status: 'stopped', stopReason: 'cancelled' };
      // Laid out as writeResults lays it: its trials last.
      const stored = { ...head, ...changed, trials };
      fake.artifacts.seed(id, 'rehearse-results', { 'results.json': JSON.stringify(stored, null, 2) });
    }
    fake.addWorkflowRun({ id: 1108, branch: 'master' });
    fake.expireArtifact(fake.artifacts.seed(1108, 'rehearse-results', { 'results.json': JSON.stringify(healthy) }).id);
    fake.addWorkflowRun({ id: 1109, branch: 'master' });
    for (let id = 1200; id < 1320; id += 1)
      fake.addWorkflowRun({ id, branch: 'master', headRepository: `forker/${REPO}`, event: 'pull_request' });

    const listedBefore = fake.requestsTo('actions/list-workflow-runs').length;
    const pr = await harness.runAction({ event: 'pull_request', runId: 1400, env: agent('forget-refund') });
    expect(pr.exitCode).toBe(0);
    const pages = fake.requestsTo('actions/list-workflow-runs').slice(listedBefore);
    expect(pages.map((r) => [r.query['page'], r.query['per_page']])).toEqual([
      ['1', '100'],
      ['2', '100'],
    ]);
    const body = (fake.comments.at(-1)?.body ?? '').replace(/\\/g, '');
    expect(body).toContain('Previous run: workflow run 1100 on master');
    expect(body).toContain(
      'Skipped 7 runs that do not join the history: workflow run 1107 (the circuit breaker stopped part of it), ' +
        'workflow run 1106 (the run is stopped), workflow run 1105 (the circuit breaker stopped part of it), ' +
        'workflow run 1104 (the run is stopped), workflow run 1103 (the circuit breaker stopped part of it) and 2 ' +
        'more.',
    );
    expect(pr.warnings.filter((w) => w.includes('skipped workflow run 1108'))).toHaveLength(1);
    expect(body).toMatch(/1\/1 in the last run on master → 0\/1 now/);
  });

  it("honours comment 'on-failure' (no new comment while passing) and 'off'", async () => {
    await harness.runAction({ event: 'pull_request', runId: 303, inputs: { comment: 'on-failure' } });
    await harness.runAction({ event: 'pull_request', runId: 304, inputs: { comment: 'off' }, env: agent('broken') });
    expect(harness.fake.comments).toHaveLength(0);
    const failing = await harness.runAction({
      event: 'pull_request',
      runId: 305,
      inputs: { comment: 'on-failure' },
      env: agent('broken'),
    });
    expect(failing.exitCode).toBe(1);
    expect(harness.fake.comments).toHaveLength(1);
  });

  it("honours comment 'on-change': no update while the verdict and regressions stay the same", async () => {
    await harness.runAction({ event: 'pull_request', runId: 306, inputs: { comment: 'on-change' } });
    await harness.runAction({ event: 'pull_request', runId: 307, inputs: { comment: 'on-change' } });
    expect(harness.fake.requestsTo('issues/create-comment')).toHaveLength(1);
    expect(harness.fake.requestsTo('issues/update-comment')).toHaveLength(0);
    await harness.runAction({
      event: 'pull_request',
      runId: 308,
      inputs: { comment: 'on-change' },
      env: agent('broken'),
    });
    expect(harness.fake.requestsTo('issues/update-comment')).toHaveLength(1);
  });
});

describe('the fork-safe workflow_run recipe (mode: report)', () => {
  const PR_HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

  it("reports the fork run's results on its pull request, with the first workflow as baseline", async () => {
    const fake = harness.fake;
    fake.readOnly = true;
    const forkRun = await harness.runAction({
      event: 'pull_request_fork',
      runId: 800,
      inputs: { comment: 'off', 'check-run': 'false', 'fail-on': 'never' },
      env: agent('forget-refund'),
    });
    expect(forkRun.exitCode).toBe(0);
    expect(
      fake.requests.filter(
        (r) => r.method !== 'GET' && !r.operation.startsWith('twirp') && !r.operation.startsWith('blob'),
      ),
    ).toEqual([]);
    fake.readOnly = false;
    fake.pullRequests.set(2, PR_HEAD);
    const report = await harness.runAction({
      event: 'workflow_run',
      runId: 801,
      inputs: { mode: 'report', results: forkRun.outputs['results-path']! },
    });
    // No earlier run to compare with: the refund test is new, and fails its own threshold.
    expect(report.exitCode).toBe(1);
    expect(report.outputs).toMatchObject({ verdict: 'fail', failed: '1' });
    expect(report.summary).toContain('1 new test below its threshold (words/refund@default)');
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]?.body).toContain('words/refund');
    expect(fake.checkRuns[0]).toMatchObject({ head_sha: PR_HEAD, status: 'completed' });
    expect(fake.requestsTo('actions/list-workflow-runs')[0]?.path).toContain('/workflows/rehearse.yml/runs');
    expect(fake.requestsTo('issues/create-comment')[0]?.path).toContain('/issues/2/comments');
  });

  it('refuses to report when the artifact names a pull request whose head is another commit', async () => {
    const fake = harness.fake;
    const forkRun = await harness.runAction({
      event: 'pull_request_fork',
      runId: 810,
      inputs: { comment: 'off', 'check-run': 'false' },
    });
    fake.reset();
    fake.pullRequests.set(2, 'c'.repeat(40));
    const report = await harness.runAction({
      event: 'workflow_run',
      runId: 811,
      inputs: { mode: 'report', results: forkRun.outputs['results-path']! },
    });
    expect(report.exitCode).toBe(1);
    expect(report.errors.at(-1)).toMatch(/^refusing to report: pull request #2 is at ccccccc/);
    expect(fake.comments).toHaveLength(0);
    expect(fake.checkRuns).toHaveLength(0);
  });
});

describe('LLM endpoints', () => {
  it('passes openai-api-key and openai-base-url to the agent (real openai client), masking both', async () => {
    const openai = await startFakeOpenAI({ respond: () => ({ content: 'An apple is red.' }) });
    try {
      const run = await harness.runAction({
        event: 'pull_request',
        runId: 900,
        inputs: {
          config: 'test/action/fixtures/openai/rehearse.yaml',
          'openai-api-key': 'sk-test-secret',
          'openai-base-url': openai.baseURL,
        },
      });
      expect(run.exitCode).toBe(0);
      expect(openai.requests.map((r) => r.model)).toEqual(['gpt-4o-mini']);
      expect(openai.requests[0]?.messages.at(-1)?.content).toBe('Name a red fruit.');
      expect(run.outputs).toMatchObject({ passed: '1', failed: '0' });
      expect(run.log).toContain('::add-mask::sk-test-secret');
      expect(run.log).toContain(`::add-mask::${openai.baseURL}`);
    } finally {
      await openai.close();
    }
  });
});

describe('matrix sharding', () => {
  it('shard jobs upload their part; the merge job downloads, merges and reports once', async () => {
    const fake = harness.fake;
    const first = await harness.runAction({ event: 'pull_request', runId: 400, inputs: { shard: '1/2' } });
    const second = await harness.runAction({
      event: 'pull_request',
      runId: 400,
      inputs: { shard: '2/2' },
      env: agent('broken'),
    });
    expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
    expect(fake.comments).toHaveLength(0);
    expect(fake.checkRuns).toHaveLength(0);
    expect(
      fake.artifacts
        .ofRun(400)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['rehearse-results-shard-1-of-2', 'rehearse-results-shard-2-of-2']);
    const merged = await harness.runAction({ event: 'pull_request', runId: 400, inputs: { mode: 'merge' } });
    const total = Number(merged.outputs['passed']) + Number(merged.outputs['failed']);
    expect(total).toBe(3);
    expect(Number(merged.outputs['failed'])).toBe(Number(second.outputs['failed']));
    expect(fake.comments).toHaveLength(1);
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.artifacts.ofRun(400).map((a) => a.name)).toContain('rehearse-results');
  });

  it('a merge with a shard missing reports which one, and the gate fails', async () => {
    const first = await harness.runAction({ event: 'pull_request', runId: 402, inputs: { shard: '1/2' } });
    expect(first.exitCode).toBe(0);
    const merged = await harness.runAction({ event: 'pull_request', runId: 402, inputs: { mode: 'merge' } });
    expect(merged.errors).toContainEqual(expect.stringContaining('incomplete merge: shard 2 of 2 is missing'));
    expect(merged.exitCode).not.toBe(0);
  });

  it('a merge with a shard missing fails the job even when the gate is off (fail-on: never)', async () => {
    const first = await harness.runAction({ event: 'pull_request', runId: 403, inputs: { shard: '1/2' } });
    expect(first.exitCode).toBe(0);
    const merged = await harness.runAction({
      event: 'pull_request',
      runId: 403,
      inputs: { mode: 'merge', 'fail-on': 'never' },
    });
    expect(merged.exitCode).not.toBe(0);
    expect(merged.errors).toContainEqual(expect.stringContaining('incomplete merge: shard 2 of 2 is missing'));
  });

  it(
    'fails clearly when there are no shard artifacts to merge, and does not leave the check ' + 'run in progress',
    async () => {
      const run = await harness.runAction({ event: 'pull_request', runId: 401, inputs: { mode: 'merge' } });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([expect.stringContaining("mode 'merge' found no")]);
      expect(harness.fake.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
      expect(harness.fake.checkRuns[0]?.output.summary).toContain("mode 'merge' found no");
    },
  );
});

describe('user mistakes', () => {
  it('a bad input fails the step with one line and no stack trace, before touching GitHub', async () => {
    const run = await harness.runAction({ event: 'pull_request', runId: 500, inputs: { 'min-pass-rate': 'abc' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(["input 'min-pass-rate' must be a number between 0 and 1, got 'abc'"]);
    expect(run.log).not.toMatch(/\n\s+at /);
    expect(harness.fake.requests).toHaveLength(0);
  });

  it('an invalid suite is annotated at its file and line', async () => {
    const run = await harness.runAction({
      event: 'pull_request',
      runId: 501,
      inputs: { config: 'test/action/fixtures/broken/rehearse.yaml' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(/::error file=test\/action\/fixtures\/broken\/rehearse\.yaml,line=\d+,col=\d+::/);
    expect(run.errors.at(-1)).toMatch(
      /^the suite is invalid: test\/action\/fixtures\/broken\/rehearse\.yaml:\d+:\d+: /,
    );
    expect(harness.fake.checkRuns).toHaveLength(0);
  });
});

describe('cancellation', () => {
  it('SIGINT stops the run; what finished is still reported and the check run says cancelled', async () => {
    setTimeout(() => process.emit('SIGINT', 'SIGINT'), 1500);
    const run = await harness.runAction({
      event: 'pull_request',
      runId: 600,
      inputs: { concurrency: '1' },
      env: agent('slow'),
    });
    expect(run.warnings.some((w) => w.includes('SIGINT'))).toBe(true);
    expect(harness.fake.checkRuns[0]?.conclusion).toBe('cancelled');
    expect(harness.fake.comments).toHaveLength(1);
    expect(harness.fake.artifacts.ofRun(600)).toHaveLength(1);
  });
});

describe('circuit breaker', () => {
  it(
    "an outage keeps the journal in the output directory; with 'rerun-errored: false' the next run there runs only " +
      'what was not run, and the errored trials it kept fail the gate again',
    async () => {
      let down = true;
      const openai = await startFakeOpenAI({
        respond: () =>
          down ? { fault: 'server_error', status: 500, message: 'upstream is down' } : { content: 'Hello!' },
      });
      try {
        const dir = await tempDir('rehearse-action-breaker-');
        const config = path.join(dir, 'rehearse.yaml');
        await writeFile(config, outageSuite(openai.baseURL));
        // One output directory for both runs: a workspace the runner keeps.
        const env = { RUNNER_TEMP: path.join(dir, 'temp') };
        const journal = path.join(dir, 'temp', 'rehearse', 'results.journal.jsonl');
        const started = () => callsOf(openai).filter((request) => request.messages.length === 1).length;
        const first = await harness.runAction({ event: 'pull_request', runId: 960, inputs: { config }, env });
        const cut = await readResults(path.join(dir, 'temp', 'rehearse', 'results.json'));
        expect(cut.infrastructure).toEqual([expect.objectContaining({ agent: 'bot' })]);
        const notRun = OUTAGE_PLANNED - cut.trials.length;
        expect(notRun).toBeGreaterThan(0);
        expect(existsSync(journal)).toBe(true);
        expect(first.warnings.join('\n')).toContain(
          `The circuit breaker stopped part of the run (${notRun} trials not run)`,
        );

        down = false;
        const before = started();
        const second = await harness.runAction({
          event: 'pull_request',
          runId: 961,
          inputs: { config, 'rerun-errored': 'false' },
          env,
        });
        expect(second.log).toContain(`Resuming ${cut.runId}: ${cut.trials.length} trials already finished`);
        expect(second.log).not.toContain('rerun-errored:');
        expect(started() - before).toBe(notRun);
        const resumed = await readResults(path.join(dir, 'temp', 'rehearse', 'results.json'));
        expect(resumed.runId).toBe(cut.runId);
        expect(resumed.infrastructure).toBeUndefined();
        expect(resumed.trials).toHaveLength(OUTAGE_PLANNED);
        expect(resumed.trials.filter((trial) => trial.status === 'error')).toHaveLength(cut.trials.length);
        expect(second.exitCode).toBe(1);
        expect(existsSync(journal)).toBe(false);
        expect(second.warnings.join('\n')).not.toContain('circuit breaker');
      } finally {
        await openai.close();
      }
    },
  );

  it(
    "by default (rerun-errored: true) the resume runs the outage's errored trials again too: the endpoint back, the " +
      'run ends with no error and the gate passes',
    async () => {
      let down = true;
      const openai = await startFakeOpenAI({
        respond: () =>
          down ? { fault: 'server_error', status: 500, message: 'upstream is down' } : { content: 'Hello!' },
      });
      try {
        const dir = await tempDir('rehearse-action-rerun-errored-');
        const config = path.join(dir, 'rehearse.yaml');
        await writeFile(config, outageSuite(openai.baseURL));
        const env = { RUNNER_TEMP: path.join(dir, 'temp') };
        const resultsFile = path.join(dir, 'temp', 'rehearse', 'results.json');
        const started = () => callsOf(openai).filter((request) => request.messages.length === 1).length;
        const first = await harness.runAction({ event: 'pull_request', runId: 965, inputs: { config }, env });
        expect(first.exitCode).toBe(1);
        const cut = await readResults(resultsFile);
        const errored = cut.trials.filter((trial) => trial.status === 'error').length;
        const notRun = OUTAGE_PLANNED - cut.trials.length;
        expect(errored).toBeGreaterThan(0);
        // The warning says what the next run there will run: the trials not run and, by default, the errored ones.
        expect(first.warnings.join('\n')).toContain(
          `runs only those trials and the ${errored} that errored (rerun-errored)`,
        );

        down = false;
        const before = started();
        const second = await harness.runAction({ event: 'pull_request', runId: 966, inputs: { config }, env });
        expect(second.log).toContain(`rerun-errored: ${errored} errored trial${errored === 1 ? '' : 's'} run again`);
        expect(second.log).toContain(`Resuming ${cut.runId}: ${cut.trials.length - errored} trials already finished`);
        expect(started() - before).toBe(notRun + errored);
        const resumed = await readResults(resultsFile);
        expect(resumed.runId).toBe(cut.runId);
        expect(resumed.trials).toHaveLength(OUTAGE_PLANNED);
        expect(resumed.trials.filter((trial) => trial.status === 'error')).toEqual([]);
        expect(second.exitCode).toBe(0);
        expect(second.outputs['verdict']).toBe('pass');
      } finally {
        await openai.close();
      }
    },
  );
});

describe('circuit breaker and the history', () => {
  it(
    'a base-branch run the breaker cut short still uploads its artifact but does not join the history; a healthy ' +
      'one does; a pull request compares with the healthy one',
    async () => {
      let down = false;
      const openai = await startFakeOpenAI({
        respond: () =>
          down ? { fault: 'server_error', status: 500, message: 'upstream is down' } : { content: 'Hello!' },
      });
      const fake = harness.fake;
      const resultsOf = (runId: number) =>
        JSON.parse(fake.artifacts.files(fake.artifacts.ofRun(runId)[0]!)['results.json']!) as {
          runId: string;
          infrastructure?: unknown[];
          joinedHistory?: boolean;
          history?: Record<string, { runId: string }[]>;
        };
      const refusal = 'History: this run does not join the history: the circuit breaker stopped part of it';
      try {
        const dir = await tempDir('rehearse-action-breaker-history-');
        const config = path.join(dir, 'rehearse.yaml');
        await writeFile(config, outageSuite(openai.baseURL));
        const inputs = { config, 'check-run': 'false' };

        const healthy = await harness.runAction({ event: 'push', runId: 970, inputs });
        expect(healthy.exitCode).toBe(0);
        expect(healthy.log).not.toContain('does not join the history');
        const first = resultsOf(970);
        expect(first.joinedHistory).toBeUndefined();
        expect(Object.keys(first.history ?? {})).toHaveLength(OUTAGE_TESTS);
        for (const entries of Object.values(first.history ?? {}))
          expect(entries.map((e) => e.runId)).toEqual([first.runId]);
        fake.addWorkflowRun({ id: 970, branch: 'master' });

        down = true;
        const outage = await harness.runAction({ event: 'push', runId: 971, inputs });
        expect(outage.log.split('\n').filter((line) => line.includes(refusal))).toHaveLength(1);
        // Reported as before: the gate's verdict and the artifact with the run's files.
        expect(outage.outputs['verdict']).toBe('fail');
        expect(outage.warnings.join('\n')).toContain('The circuit breaker stopped part of the run');
        const cut = resultsOf(971);
        expect(cut.infrastructure).toHaveLength(1);
        expect(cut.joinedHistory).toBe(false);
        // The history it carries is the one it found, unchanged: no entry of its own.
        expect(cut.history).toEqual(first.history);
        expect(JSON.stringify(cut.history)).not.toContain(cut.runId);

        // Listed as successful anyway (say the workflow does not gate on it): the pull request still passes it over.
        fake.addWorkflowRun({ id: 971, branch: 'master' });
        down = false;
        const pr = await harness.runAction({ event: 'pull_request', runId: 972, inputs });
        expect(pr.exitCode).toBe(0);
        expect(pr.log).not.toContain(refusal);
        const body = (fake.comments.at(-1)?.body ?? '').replace(/\\/g, '');
        expect(body).toContain('Previous run: workflow run 970');
        expect(body).toContain('Skipped 1 run that does not join the history: workflow run 971');
        expect(resultsOf(972).history).toEqual(first.history);

        // The next healthy push rolls the history on from run 970's: the cut run is not in it.
        const next = await harness.runAction({ event: 'push', runId: 973, inputs });
        expect(next.exitCode).toBe(0);
        const rolled = resultsOf(973);
        for (const entries of Object.values(rolled.history ?? {}))
          expect(entries.map((e) => e.runId)).toEqual([first.runId, rolled.runId]);
      } finally {
        await openai.close();
      }
    },
  );
});

const OUTAGE_TESTS = 4;
const OUTAGE_RUNS = 5;
const OUTAGE_PLANNED = OUTAGE_TESTS * OUTAGE_RUNS;

function outageSuite(baseURL: string): string {
  const tests = Array.from(
    { length: OUTAGE_TESTS },
    (_, i) =>
      `  - { id: t${i}, persona: p, scenario: greet, runs: ${OUTAGE_RUNS}, baseline_metrics: false, ` +
      `criteria: [{ type: text, contains: hello }] }`,
  ).join('\n');
  return `version: 1
name: action outage
agents:
  - { id: bot, type: openai, model: agent-model, base_url: "${baseURL}" }
personas:
  - { id: p, role: a customer }
scenarios:
  - id: greet
    type: scripted
    match: keywords
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: Hi, fixed_message: true }
        - { id: 1, condition: The agent greets, keywords: [hello], action: "Bye <endcall/>", fixed_message: true }
tests:
${tests}
run: { concurrency: 1, retries: 0 }
`;
}

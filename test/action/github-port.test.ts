/**
 * The GitHub edge on its own: Octokit and `@actions/artifact` against the
 * fake GitHub, every request and response checked against GitHub's OpenAPI
 * description (REST) and the toolkit's protobuf messages (Twirp).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeGitHub } from '../support/fake-github.js';
import { tempDir } from '../support/temp-dir.js';
import type { ArtifactStore, GitHubPort } from '../../src/github/port.js';

const OWNER = 'Codertocat';
const REPO = 'Hello-World';
const RUN_ID = 4242;
let fake: FakeGitHub;
let port: GitHubPort;
let store: ArtifactStore;

beforeAll(async () => {
  fake = await FakeGitHub.start({ owner: OWNER, repo: REPO });
  // The toolkit reads these when it is first imported, so set them before importing our edge.
  process.env['GITHUB_API_URL'] = fake.url;
  process.env['ACTIONS_RESULTS_URL'] = `${fake.url}/`;
  process.env['ACTIONS_RUNTIME_TOKEN'] = fake.artifacts.runtimeToken(RUN_ID);
  const { createGitHubPort } = await import('../../src/github/octokit-port.js');
  const { createArtifactStore } = await import('../../src/github/artifacts.js');
  port = createGitHubPort({ token: 't0ken', baseUrl: fake.url, owner: OWNER, repo: REPO, retryAfterBaseMs: 1 });
  store = createArtifactStore({ token: 't0ken', owner: OWNER, repo: REPO });
});

afterEach(() => {
  const problems = [...fake.problems];
  fake.reset();
  expect(problems).toEqual([]);
});

afterAll(async () => {
  await fake.close();
});

describe('GitHub port (Octokit) against the fake GitHub', () => {
  it('lists every comment across pages following the Link header', async () => {
    for (let i = 0; i < 230; i += 1) fake.addComment({ body: `comment ${i}`, login: 'someone', type: 'User' });
    const comments = await port.listIssueComments(2);
    expect(comments).toHaveLength(230);
    expect(comments[229]?.body).toBe('comment 229');
    expect(fake.requestsTo('issues/list-comments').map((r) => r.query['page'] ?? '1')).toEqual(['1', '2', '3']);
  });

  it('creates and updates a comment, reading back author and minimized state', async () => {
    const created = await port.createIssueComment(2, 'hello');
    expect(created).toMatchObject({
      body: 'hello',
      authorLogin: 'github-actions[bot]',
      authorType: 'Bot',
      minimized: false,
    });
    const updated = await port.updateIssueComment(created.id, 'hello again');
    expect(updated.body).toBe('hello again');
    expect(fake.comments.map((c) => c.body)).toEqual(['hello again']);
  });

  it("finds our comment by a personal token's user, and only by bots when /user is not readable", async () => {
    const { findOurComment } = await import('../../src/github/comment.js');
    fake.addComment({ body: '<!-- m -->\nby someone else', login: 'mallory', type: 'User' });
    const mine = fake.addComment({ body: '<!-- m -->\nby the token owner', login: 'octocat', type: 'User' });
    const comments = await port.listIssueComments(2);
    expect(await findOurComment(port, comments, ['<!-- m -->'])).toBeUndefined();
    fake.viewer = 'octocat';
    expect((await findOurComment(port, comments, ['<!-- m -->']))?.id).toBe(mine.id);
  });

  it('creates a check run in progress and completes it', async () => {
    const run = await port.createCheckRun('Rehearse', 'f'.repeat(40));
    await port.updateCheckRun(run.id, {
      status: 'completed',
      conclusion: 'failure',
      output: {
        title: 't',
        summary: 's',
        annotations: [{ path: 'a.yaml', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' }],
      },
    });
    expect(fake.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure', head_sha: 'f'.repeat(40) });
    expect(fake.checkRuns[0]?.output.annotations).toHaveLength(1);
    expect(run.url).toContain(`/runs/${run.id}`);
  });

  it('lists successful runs of a workflow on a branch, newest first, with head repositories', async () => {
    fake.addWorkflowRun({ id: 10, branch: 'master' });
    fake.addWorkflowRun({ id: 12, branch: 'master', headRepository: 'forker/Hello-World' });
    fake.addWorkflowRun({ id: 11, branch: 'feature' });
    fake.addWorkflowRun({ id: 9, branch: 'master', conclusion: 'failure' });
    const { runs, more } = await port.listSuccessfulRuns('rehearse.yml', 'master', 1);
    expect(runs.map((r) => [r.id, r.headRepository])).toEqual([
      [12, 'forker/Hello-World'],
      [10, 'Codertocat/Hello-World'],
    ]);
    expect(more).toBe(false);
  });

  it('pages the successful runs 100 at a time, newest first, and says when a next page has more', async () => {
    const total = 205;
    for (let id = 1; id <= total; id += 1) fake.addWorkflowRun({ id, branch: 'master' });
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => port.listSuccessfulRuns('rehearse.yml', 'master', page)),
    );
    expect(pages.map((page) => [page.runs.length, page.more])).toEqual([
      [100, true],
      [100, true],
      [5, false],
      [0, false],
    ]);
    expect(pages.flatMap((page) => page.runs.map((run) => run.id))).toEqual(
      Array.from({ length: total }, (_, i) => total - i),
    );
    expect(fake.requestsTo('actions/list-workflow-runs').map((r) => [r.query['page'], r.query['per_page']])).toEqual(
      expect.arrayContaining([
        ['1', '100'],
        ['2', '100'],
        ['3', '100'],
      ]),
    );
  });

  it('takes exactly 100 runs as one full page with nothing after it', async () => {
    for (let id = 1; id <= 100; id += 1) fake.addWorkflowRun({ id, branch: 'master' });
    const first = await port.listSuccessfulRuns('rehearse.yml', 'master', 1);
    expect([first.runs.length, first.more]).toEqual([100, false]);
  });

  it('retries transient 5xx answers (plugin-retry) and succeeds', async () => {
    fake.failNext('issues/create-comment', 502, 503);
    const created = await port.createIssueComment(2, 'after two hiccups');
    expect(created.body).toBe('after two hiccups');
    expect(fake.requestsTo('issues/create-comment').map((r) => r.status)).toEqual([502, 503, 201]);
  });

  it('fails at once on a 403 (never retried), keeping the status', async () => {
    fake.readOnly = true;
    await expect(port.createIssueComment(2, 'x')).rejects.toMatchObject({ status: 403 });
    expect(fake.requestsTo('issues/create-comment')).toHaveLength(1);
  });
});

describe('rate limits (@octokit/plugin-throttling)', () => {
  const PRIMARY = 'API rate limit exceeded for installation ID 1.';
  const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
  const primary = (headers: Record<string, string>) => ({ status: 403, message: PRIMARY, headers });
  const secondary = (status: number, retryAfter: string) => ({
    status,
    message: SECONDARY,
    headers: { 'retry-after': retryAfter },
  });
  /** What the step logged (core.info/warning write workflow commands to stdout) while `call` ran. */
  async function logOf(call: () => Promise<unknown>): Promise<{ log: string; outcome: unknown }> {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => lines.push(String(chunk)) > 0);
    try {
      return { outcome: await call().catch((error: unknown) => error), log: lines.join('') };
    } finally {
      spy.mockRestore();
    }
  }

  it('a primary limit (x-ratelimit-remaining: 0) is waited out until x-ratelimit-reset and retried', async () => {
    const reset = String(Math.ceil(Date.now() / 1000));
    fake.failNextWith('issues/create-comment', primary({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }));
    const created = await port.createIssueComment(2, 'after the rate limit');
    expect(created.body).toBe('after the rate limit');
    expect(fake.requestsTo('issues/create-comment').map((r) => r.status)).toEqual([403, 201]);
  });

  it('a secondary limit (403 or 429) waits its Retry-After before the retry', async () => {
    // The port waits retryAfterBaseMs (1 ms here) per second GitHub asks for: 80 s → at least 80 ms.
    fake.failNextWith('issues/create-comment', secondary(429, '40'), secondary(403, '40'));
    const started = performance.now();
    const { log } = await logOf(() => port.createIssueComment(2, 'after the secondary limit'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(80);
    expect(fake.requestsTo('issues/create-comment').map((r) => r.status)).toEqual([429, 403, 201]);
    const route = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
    expect(log).toContain(`GitHub's secondary rate limit on POST ${route}: retrying in 40 s`);
  });

  it(
    'is retried a bounded number of times, then fails as a rate limit (status kept), not as ' + 'a permission',
    async () => {
      const { PermissionGuard } = await import('../../src/github/permissions.js');
      const { RATE_LIMIT_RETRIES } = await import('../../src/github/rate-limit.js');
      const answers = Array.from({ length: RATE_LIMIT_RETRIES + 2 }, () => secondary(403, '0'));
      fake.failNextWith('issues/create-comment', ...answers);
      const guard = new PermissionGuard();
      const post = () => port.createIssueComment(2, 'x');
      const { outcome, log } = await logOf(() => guard.attempt('post the PR comment', post));
      expect(outcome).toMatchObject({ status: 403, message: expect.stringContaining('secondary rate limit') });
      expect(log).toMatch(/::warning::.*still rate limited after 2 retries/);
      expect(guard.refused).toEqual([]);
      expect(fake.requestsTo('issues/create-comment')).toHaveLength(RATE_LIMIT_RETRIES + 1);
    },
  );

  it(
    'a limit that resets too far ahead (primary reset, secondary Retry-After) fails at ' + 'once, saying when',
    async () => {
      const inAnHour = String(Math.ceil(Date.now() / 1000) + 3600);
      const exhausted = primary({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': inAnHour });
      fake.failNextWith('issues/create-comment', exhausted, secondary(403, '600'));
      const first = await logOf(() => port.createIssueComment(2, 'x'));
      expect(first.outcome).toMatchObject({ status: 403 });
      expect(first.log).toMatch(
        /::warning::GitHub's rate limit on POST .* resets in \d+ s, longer than Rehearse waits \(60 s\)/m,
      );
      const second = await logOf(() => port.createIssueComment(2, 'x'));
      expect(second.log).toMatch(/secondary rate limit on POST .* resets in 600 s/);
      expect(fake.requestsTo('issues/create-comment')).toHaveLength(2);
    },
  );

  it('a 403 without rate-limit signs is not retried, and the guard treats it as a missing permission', async () => {
    const { isRateLimited } = await import('../../src/github/rate-limit.js');
    fake.readOnly = true;
    const error = await port.createIssueComment(2, 'x').catch((e: unknown) => e);
    expect(isRateLimited(error)).toBe(false);
    expect(fake.requestsTo('issues/create-comment')).toHaveLength(1);
  });
});

describe('the fake keeps the action honest', () => {
  it('flags requests GitHub would reject and responses GitHub would never give', async () => {
    const base = `${fake.url}/repos/${OWNER}/${REPO}`;
    const send = (method: string, url: string, body?: unknown) =>
      fetch(url, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    await send('PATCH', `${base}/issues/comments/abc`, { text: 'x' });
    await send('GET', `${base}/actions/workflows/ci.yml/runs?branch=main&conclusion=success`);
    await send('POST', `${base}/check-runs`, { name: 'x', head_sha: 'abc', status: 'finished' });
    await send('GET', `${base}/not-an-endpoint`);
    const problems = [...fake.problems];
    fake.problems.length = 0;
    expect(problems).toEqual([
      expect.stringContaining("path parameter comment_id: 'abc' must be integer"),
      expect.stringContaining("request body: (root) must have required property 'body'"),
      expect.stringContaining("unknown query parameter 'conclusion'"),
      expect.stringContaining('request body: /status must be equal to one of the allowed values'),
      // …and the fake's own answer, which echoed the bad status, is flagged too.
      expect.stringContaining('201 response: /status must be equal to one of the allowed values'),
      expect.stringContaining('no such endpoint'),
    ]);
  });
});

describe('artifact store (@actions/artifact) against the fake results service', () => {
  it('uploads files of this run and downloads them back by name filter', async () => {
    const dir = await tempDir('rehearse-art-');
    await writeFile(path.join(dir, 'results.json'), '{"a":1}');
    await writeFile(path.join(dir, 'report.html'), '<p>hi</p>');
    await store.upload(
      'rehearse-results-shard-1-of-2',
      [path.join(dir, 'results.json'), path.join(dir, 'report.html')],
      dir,
    );
    const [artifact] = fake.artifacts.ofRun(RUN_ID);
    expect(artifact?.name).toBe('rehearse-results-shard-1-of-2');
    expect(fake.artifacts.files(artifact!)).toEqual({ 'results.json': '{"a":1}', 'report.html': '<p>hi</p>' });
    const out = await tempDir('rehearse-dl-');
    const names = await store.downloadFromThisRun((name) => name.startsWith('rehearse-results-shard-'), out);
    expect(names).toEqual(['rehearse-results-shard-1-of-2']);
    expect(await readFile(path.join(out, names[0]!, 'results.json'), 'utf8')).toBe('{"a":1}');
  });

  it("downloads another run's artifact through the REST API, and says false when it has none", async () => {
    fake.artifacts.seed(77, 'rehearse-results', { 'results.json': '{"previous":true}' });
    const out = await tempDir('rehearse-prev-');
    expect(await store.downloadFromRun(77, 'rehearse-results', out)).toBe(true);
    expect(await readFile(path.join(out, 'results.json'), 'utf8')).toBe('{"previous":true}');
    expect(await store.downloadFromRun(78, 'rehearse-results', out)).toBe(false);
    expect(fake.requestsTo('actions/download-artifact')).toHaveLength(1);
  });
});

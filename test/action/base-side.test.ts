/**
 * The action's `base-side` on a pull request, end to end against the fake GitHub: the workspace is a temporary git
 * repository whose command agent passes at the PR's base commit and regresses at its head. With no earlier run the
 * base revision runs side by side and the regression is confirmed; a base commit missing from the checkout (a
 * shallow clone) leaves the note that says what the reference can detect and to fetch it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActionHarness } from './harness.js';

const bot = (reply: string) => `import { createInterface } from 'node:readline';
createInterface({ input: process.stdin }).on('line', (line) => {
  if (JSON.parse(line).type !== 'turn') return;
  process.stdout.write(JSON.stringify({ reply: ${JSON.stringify(reply)} }) + '\\n');
});
`;

const SUITE = `version: 1
name: base side action
agents:
  - { id: bot, type: command, command: [node, bot.mjs] }
datasets:
  - id: greet
    criteria:
      - { type: expected_output, match: contains }
    items:
      - { id: hello, input: Hi, expected_output: hello }
gate:
  fail_on: [regression]
`;

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
}

let harness: ActionHarness;
let repo: string;
let baseSha: string;

beforeAll(async () => {
  harness = await ActionHarness.start();
  repo = await mkdtemp(join(tmpdir(), 'rehearse-action-base-'));
  git(repo, 'init', '-q');
  git(repo, 'config', 'user.email', 'test@example.com');
  git(repo, 'config', 'user.name', 'test');
  git(repo, 'config', 'commit.gpgsign', 'false');
  await writeFile(join(repo, '.gitignore'), '.rehearse/\n');
  await writeFile(join(repo, 'rehearse.yaml'), SUITE);
  await writeFile(join(repo, 'bot.mjs'), bot('hello there'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  baseSha = git(repo, 'rev-parse', 'HEAD');
  await writeFile(join(repo, 'bot.mjs'), bot('goodbye'));
  git(repo, 'commit', '-q', '-am', 'head');
});

afterEach(() => {
  const problems = [...harness.fake.problems];
  harness.fake.reset();
  expect(problems).toEqual([]);
});

afterAll(async () => {
  await harness.fake.close();
  await rm(repo, { recursive: true, force: true });
});

const withBase = (sha: string) => (payload: Record<string, unknown>) => {
  const pr = payload['pull_request'] as { base: { sha: string } };
  pr.base.sha = sha;
};

describe("the action's base side on a pull request", () => {
  it('runs the base commit side by side with no earlier run, and confirms the regression', async () => {
    const run = await harness.runAction({
      event: 'pull_request',
      runId: 901,
      inputs: { 'working-directory': repo, config: 'rehearse.yaml', previous: 'none', 'check-run': 'false' },
      env: { GITHUB_WORKSPACE: repo },
      payload: withBase(baseSha),
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['regressions']).toBe('1');
    expect(run.summary).toContain('this revision · bot');
    expect(run.summary).toMatch(/base revision \w+/);
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
  }, 60_000);

  it('says to fetch the base commit when the checkout lacks it, and what the reference detects', async () => {
    const run = await harness.runAction({
      event: 'pull_request',
      runId: 902,
      inputs: { 'working-directory': repo, config: 'rehearse.yaml', previous: 'none', 'check-run': 'false' },
      env: { GITHUB_WORKSPACE: repo },
      payload: withBase('f'.repeat(40)),
    });
    // Nothing to compare with: the new test is held to its own threshold, which the regressed agent fails.
    expect(run.exitCode).toBe(1);
    const summary = run.summary.replaceAll('\\', '');
    expect(summary).toContain('Reference too small for 1 test');
    expect(summary).toContain('set fetch-depth: 0 on actions/checkout');
  }, 60_000);
});

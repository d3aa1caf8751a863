/**
 * End to end through `rehearse run --base <ref>`: a temporary git repository whose command agent passes at the base
 * revision and regresses at HEAD. The base revision is checked out in a temporary worktree and its agent's code runs
 * there, side by side with this revision's: the drop is confirmed with no history at all, an unchanged agent is not
 * called a regression, and the worktree is gone afterwards. An http agent cannot run a base side: the note says what
 * the reference can detect. No network: the agents are local node scripts and a local HTTP server.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { readResults } from '../../src/results/index.js';
import { capturedIO } from '../support/cli-io.js';

const bot = (reply: string) => `import { createInterface } from 'node:readline';
createInterface({ input: process.stdin }).on('line', (line) => {
  if (JSON.parse(line).type !== 'turn') return;
  process.stdout.write(JSON.stringify({ reply: ${JSON.stringify(reply)} }) + '\\n');
});
`;

const suite = (agent: string) =>
  `version: 1
name: base side
agents:
  - ${agent}
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
  - { id: greet, persona: p, scenario: greet, runs: 5, baseline_metrics: false, criteria: [{ type: text, ` +
  `contains: hello }] }
gate:
  fail_on: [regression]
run:
  concurrency: 4
`;

const COMMAND_AGENT = '{ id: bot, type: command, command: [node, bot.mjs] }';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
}

async function repository(commits: readonly Record<string, string>[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-base-side-'));
  git(dir, 'init', '-q');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'user.name', 'test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  await writeFile(join(dir, '.gitignore'), '.rehearse/\n');
  for (const [index, files] of commits.entries()) {
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--allow-empty', '-m', `commit ${index}`);
  }
  return dir;
}

const created: string[] = [];
afterAll(async () => {
  for (const dir of created) await rm(dir, { recursive: true, force: true });
});

async function baseWorktreesLeft(): Promise<string[]> {
  return (await readdir(tmpdir())).filter(
    (name) => name.startsWith('rehearse-base-') && !created.some((d) => d.endsWith(name)),
  );
}

describe('rehearse run --base', () => {
  it('confirms a regression against the base revision with no history, and removes the worktree', async () => {
    const dir = await repository([
      { 'bot.mjs': bot('Hello, how can I help?'), 'rehearse.yaml': suite(COMMAND_AGENT) },
      { 'bot.mjs': bot('Goodbye.') },
    ]);
    created.push(dir);
    const before = await baseWorktreesLeft();
    const io = capturedIO(dir);
    expect(await cli(['run', '--base', 'HEAD~1', '-o', 'out.json', '--report-dir', 'report'], io)).toBe(1);
    const results = await readResults(join(dir, 'out.json'));
    const baseSha = git(dir, 'rev-parse', 'HEAD~1');
    expect(results.baseSide).toMatchObject({ ref: 'HEAD~1', sha: baseSha });
    expect(results.variants.map((v) => [v.id, v.description])).toEqual([
      ['baseline', `base revision ${baseSha.slice(0, 7)}`],
      ['candidate', 'this revision'],
    ]);
    const baseline = results.tests.find((test) => test.key === 'greet@baseline')!;
    const candidate = results.tests.find((test) => test.key === 'greet@candidate')!;
    expect(baseline.passes).toBeGreaterThanOrEqual(5);
    expect(baseline.failures).toBe(0);
    expect(candidate.passes).toBe(0);
    expect(candidate.confirmation).toMatchObject({ drop: 'confirmed' });
    // The base side's trials are counted in the totals.
    expect(results.totals.trials).toBe(baseline.trials + candidate.trials);
    expect(results.gate?.summary).toMatch(/regression/);
    const report = await readFile(join(dir, 'report', 'report.md'), 'utf8');
    // The markdown breaks hex runs (no autolinks): the description is there, its sha split.
    expect(report).toMatch(/baseline \(base revision \w+\W?\w* · bot\) \| candidate \(this revision · bot\)/);
    expect(report).toMatch(/regression/i);
    // A comparison run: the local history is not rolled forward, and no worktree is left behind.
    expect(results.history ?? {}).toEqual({});
    expect(git(dir, 'worktree', 'list').split('\n')).toHaveLength(1);
    expect(await baseWorktreesLeft()).toEqual(before);
  }, 90_000);

  it('does not call an unchanged agent a regression', async () => {
    const dir = await repository([
      { 'bot.mjs': bot('Hello, how can I help?'), 'rehearse.yaml': suite(COMMAND_AGENT) },
      { 'README.md': 'unrelated change\n' },
    ]);
    created.push(dir);
    const io = capturedIO(dir);
    expect(await cli(['run', '--base', 'HEAD~1', '-o', 'out.json'], io)).toBe(0);
    const results = await readResults(join(dir, 'out.json'));
    expect(results.tests.map((test) => [test.key, test.passes, test.failures])).toEqual([
      ['greet@baseline', 5, 0],
      ['greet@candidate', 5, 0],
    ]);
    expect(results.gate?.passed).toBe(true);
    expect(git(dir, 'worktree', 'list').split('\n')).toHaveLength(1);
  }, 90_000);

  it('says which ref is unknown and what the reference can detect, and runs the current agent alone', async () => {
    const dir = await repository([{ 'bot.mjs': bot('Hello'), 'rehearse.yaml': suite(COMMAND_AGENT) }]);
    created.push(dir);
    const io = capturedIO(dir);
    expect(await cli(['run', '--base', 'no-such-branch', '-o', 'out.json'], io)).toBe(0);
    expect(io.err.join('')).toContain("no commit 'no-such-branch' in this repository");
    expect(io.err.join('')).toMatch(/Reference too small for 1 test: it detects no drop/);
    const results = await readResults(join(dir, 'out.json'));
    expect(results.baseSide).toBeUndefined();
    expect(results.tests.map((test) => test.key)).toEqual(['greet@default']);
  }, 60_000);

  it('refuses a suite that declares its own variants', async () => {
    const withVariants = `${suite(COMMAND_AGENT)}variants:\n  candidate: { description: next }\n`;
    const dir = await repository([{ 'bot.mjs': bot('Hello'), 'rehearse.yaml': withVariants }]);
    created.push(dir);
    const io = capturedIO(dir);
    expect(await cli(['run', '--base', 'HEAD'], io)).toBe(2);
    expect(io.err.join('')).toContain('declares its own variants');
  });
});

describe('an http agent', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ reply: 'Hello there' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('gets no base side: every output states the smallest drop the reference detects', async () => {
    const dir = await repository([{ 'rehearse.yaml': suite(`{ id: bot, type: http, url: "${url}" }`) }]);
    created.push(dir);
    const io = capturedIO(dir);
    expect(await cli(['run', '--base', 'HEAD', '-o', 'out.json', '--report-dir', 'report'], io)).toBe(0);
    const note =
      'Reference too small for 1 test: it detects no drop, not even 0.9 → 0 (no base run); the base side cannot ' +
      'run an http agent (its one URL serves one revision): let the base branch record';
    expect(io.err.join('')).toContain(note);
    // The markdown escapes its punctuation.
    const report = (await readFile(join(dir, 'report', 'report.md'), 'utf8')).replaceAll('\\', '');
    expect(report).toContain(note);
    const results = await readResults(join(dir, 'out.json'));
    expect(results.baseSide).toBeUndefined();
    // Not a base-branch run either: --base never rolls the history.
    expect(results.history ?? {}).toEqual({});
  }, 60_000);
});

/**
 * Only runs of the default branch with a clean tree (or marked with --record-history) join the local history, so a
 * failing rerun on a feature branch never becomes the reference its next rerun compares with. Through the real CLI,
 * in real git repositories.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { decideHistory } from '../../src/cli/history-rule.js';
import { localEarlierRuns } from '../../src/cli/local-history.js';
import { readResults, writeResults } from '../../src/results/index.js';
import { buildResults } from '../support/results-builder.js';
import { capturedIO } from '../support/cli-io.js';

describe('decideHistory', () => {
  const main = { branch: 'main', defaultBranch: 'main', clean: true };
  it.each([
    ['the default branch, clean', undefined, main, true],
    ['the default branch with changes', undefined, { ...main, clean: false }, false],
    ['a feature branch', undefined, { ...main, branch: 'feature' }, false],
    ['a detached HEAD', undefined, { defaultBranch: 'main', clean: true }, false],
    ['no default branch found', undefined, { branch: 'trunk', clean: true }, false],
    ['outside git', undefined, undefined, true],
    ['--record-history on a feature branch', true, { ...main, branch: 'feature', clean: false }, true],
    ['--no-record-history on the clean default branch', false, main, false],
  ] as const)('%s', (_label, flag, repository, joins) => {
    expect(decideHistory(flag, repository).joins).toBe(joins);
  });
});

const BOT = `import { createInterface } from 'node:readline';
createInterface({ input: process.stdin }).on('line', (line) => {
  const reply = process.env.BOT_MODE === 'bad' ? 'Goodbye.' : 'Hello, how can I help?';
  if (JSON.parse(line).type === 'turn') process.stdout.write(JSON.stringify({ reply }) + '\\n');
});
`;

const SUITE = `version: 1
name: hygiene
agents:
  - { id: bot, type: command, command: [node, bot.mjs] }
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
        - id: 1
          condition: The agent answers
          keywords: [hello, goodbye]
          action: "Bye <endcall/>"
          fixed_message: true
tests:
  - id: greet
    persona: p
    scenario: greet
    runs: 5
    baseline_metrics: false
    criteria: [{ type: text, contains: hello }]
gate: { min_pass_rate: 0, fail_on: [regression] }
`;

let dir: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'ignore' });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-history-'));
  await writeFile(join(dir, 'bot.mjs'), BOT);
  await writeFile(join(dir, 'rehearse.yaml'), SUITE);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

let runs = 0;
async function run(mode: 'good' | 'bad', ...flags: string[]) {
  const io = capturedIO(dir, { BOT_MODE: mode, PATH: process.env['PATH'] });
  // -o outside the repository: the copy is not an untracked file of the tree (those do not count anyway).
  const output = join(dir, '..', `${dir.split('/').at(-1)}-run-${++runs}.json`);
  const status = await cli(['run', '-o', output, ...flags], io);
  const results = await readResults(output);
  await rm(output);
  return { status, results, text: io.text() };
}

describe('localEarlierRuns', () => {
  it('the previous run is the latest that joined; a file without joinedHistory counts as joined', async () => {
    const runsDir = join(dir, 'runs');
    await mkdir(runsDir);
    const at = (minute: number) => `2026-11-21T09:0${minute}:00.000Z`;
    const older = buildResults({ runId: 'RH-old', startedAt: at(1), tests: [{ id: 'a', outcomes: ['pass'] }] });
    const joined = {
      ...buildResults({ runId: 'RH-main', startedAt: at(2), tests: [{ id: 'a', outcomes: ['pass'] }] }),
    };
    const local = buildResults({ runId: 'RH-local', startedAt: at(3), tests: [{ id: 'a', outcomes: ['fail'] }] });
    await writeResults(join(runsDir, 'RH-old.json'), older);
    await writeResults(join(runsDir, 'RH-local.json'), { ...local, joinedHistory: false });
    const request = { dir: runsDir, suiteName: older.suite.name, length: 10, cwd: dir };
    expect((await localEarlierRuns(request)).previous?.runId).toBe('RH-old');
    await writeResults(join(runsDir, 'RH-main.json'), { ...joined, joinedHistory: true });
    expect((await localEarlierRuns(request)).previous?.runId).toBe('RH-main');
  });

  it('passes over a run the circuit breaker cut short, also from an older file without joinedHistory', async () => {
    const runsDir = join(dir, 'runs');
    await mkdir(runsDir);
    const at = (minute: number) => `2026-11-21T09:0${minute}:00.000Z`;
    const healthy = buildResults({ runId: 'RH-ok', startedAt: at(1), tests: [{ id: 'a', outcomes: ['pass'] }] });
    const cut = buildResults({ runId: 'RH-cut', startedAt: at(2), tests: [{ id: 'a', outcomes: ['error'] }] });
    await writeResults(join(runsDir, 'RH-ok.json'), healthy);
    const infrastructure = [{ agent: 'bot', testKeys: [cut.tests[0]!.key], erroredTrials: 1, notRun: 4, message: 'x' }];
    await writeResults(join(runsDir, 'RH-cut.json'), { ...cut, infrastructure });
    const request = { dir: runsDir, suiteName: healthy.suite.name, length: 10, cwd: dir };
    const earlier = await localEarlierRuns(request);
    expect(earlier.previous?.runId).toBe('RH-ok');
    expect(JSON.stringify(earlier.history)).not.toContain('RH-cut');
  });
});

describe('local history hygiene through rehearse run', () => {
  it('failing reruns on a feature branch never join: the fourth still fails against the main run', async () => {
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'suite');
    const base = await run('good');
    expect(base.status).toBe(0);
    expect(base.results.joinedHistory).toBe(true);
    expect(base.text).toContain('History: this run joins the local history (branch main (the default), clean tree)');

    git('checkout', '-q', '-b', 'feature');
    for (let rerun = 1; rerun <= 4; rerun++) {
      const candidate = await run('bad');
      // 5/5 on main → 0/5 here: a regression every time, because the reference stays the main run.
      expect(candidate.status, `rerun ${rerun}`).toBe(1);
      expect(candidate.text).toMatch(/Gate: ❌ 1 regression/);
      expect(candidate.results.joinedHistory).toBe(false);
      expect(candidate.text).toContain('stays out of the local history (branch feature, not the default branch main)');
      // The history it carries is still the main run alone: no rerun was pooled into the reference.
      expect(candidate.results.history?.['greet@default']?.map((entry) => entry.runId)).toEqual([base.results.runId]);
    }
    // Marked explicitly, a run joins from anywhere.
    const marked = await run('bad', '--record-history');
    expect(marked.results.joinedHistory).toBe(true);
    expect(marked.text).toContain('History: this run joins the local history (--record-history)');
  });

  it('the default branch with changes stays out; --no-record-history too; outside git a run joins', async () => {
    const outside = await run('good');
    expect(outside.results.joinedHistory).toBe(true);
    expect(outside.text).toContain('(not in a git repository)');
    expect((await run('good', '--no-record-history')).results.joinedHistory).toBe(false);

    git('init', '-q', '-b', 'main');
    git('add', 'rehearse.yaml', 'bot.mjs');
    git('commit', '-q', '-m', 'suite');
    await writeFile(join(dir, 'rehearse.yaml'), `${SUITE}# edited\n`);
    const dirty = await run('good');
    expect(dirty.results.joinedHistory).toBe(false);
    expect(dirty.text).toContain('(branch main (the default) with uncommitted changes)');
  });

  it('passes over a stored run cut short whose infrastructure comes after its trials (as jq appends it)', async () => {
    const healthy = await run('good');
    const cut = await run('bad');
    // The stored file of the second run, rewritten by another tool: `infrastructure` is added after `trials`.
    const stored = join(dir, '.rehearse', 'runs', `${cut.results.runId}.json`);
    const document = JSON.parse(await readFile(stored, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(document).at(-1)).toBe('trials');
    const infrastructure = [{ agent: 'bot', testKeys: ['greet@default'], erroredTrials: 3, notRun: 2, message: 'x' }];
    await writeFile(stored, `${JSON.stringify({ ...document, infrastructure }, null, 2)}\n`);

    const next = await run('good');
    const report = await readFile(join(dir, '.rehearse', 'runs', `${next.results.runId}.report.md`), 'utf8');
    expect(report).toContain(`compared with \`${healthy.results.runId}\``);
    expect(report).not.toContain(cut.results.runId);
  });

  it('rejects both flags at once as a usage mistake', async () => {
    const io = capturedIO(dir, {});
    expect(await cli(['run', '--record-history', '--no-record-history'], io)).toBe(2);
    expect(io.text()).toContain('--record-history and --no-record-history: choose one');
  });
});

/**
 * `rehearse run --resume` never mixes two suites, never runs twice at once:
 * - after a criterion is edited it refuses, naming the test and what changed;
 *   with `--rerun-changed` it runs that test's trials again and keeps the
 *   others' (and says which given flags apply and which are ignored);
 * - two resumes of one journal at once: one runs, the other stops at once;
 *   a lock left by a dead process is taken over;
 * - a journal written before versions were recorded resumes, with a note.
 * The interrupted runs are budget stops (their journal is kept), against the
 * local fake endpoint.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands/run.js';
import { readResults } from '../../src/results/index.js';
import { readJournal } from '../../src/results/journal.js';
import { capturedIO } from '../support/cli-io.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';

function suiteYaml(baseURL: string, outcomeOfT1: string): string {
  const test = (id: string, outcome: string) => `  - id: s-${id}
    type: scripted
    match: keywords
    max_turns: 1
    expected_outcome: ${outcome}
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: "case ${id}", fixed_message: true }`;
  return `version: 1
name: resume-suite
judge: { model: judge-model, base_url: "${baseURL}" }
pricing:
  agent-model: { input: 1000, output: 0 }
  judge-model: { input: 1000, output: 0 }
agents:
  - { id: bot, type: openai, model: agent-model, base_url: "${baseURL}", system_prompt: You help. }
personas:
  - { id: p, role: a customer }
scenarios:
${test('t0', 'The agent helps.')}
${test('t1', outcomeOfT1)}
tests:
  - { id: t0, persona: p, scenario: s-t0, runs: 3 }
  - { id: t1, persona: p, scenario: s-t1, runs: 3 }
run: { concurrency: 1, retries: 0 }
`;
}

let server: FakeOpenAI;
let dir: string;
beforeAll(async () => {
  server = await startFakeOpenAI({
    latencyMs: 2,
    respond: (request) =>
      request.model === 'judge-model'
        ? {
            content: JSON.stringify({
              parts: [{ part: 'helps', met: true, evidence: 'yes' }],
              verdict: 'pass',
              reason: 'helped',
            }),
          }
        : { content: 'yes' },
  });
});
afterAll(async () => {
  await server?.close();
  // Each test's folder is removed when the next one starts: the last one's here.
  if (dir) await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = await mkdtemp(join(tmpdir(), 'rehearse-resume-suite-'));
  await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(server.baseURL, 'The agent helps.'));
});

/** A run stopped by its budget after about half its trials: its journal is kept. Returns its run id. */
async function interruptedRun(): Promise<string> {
  const io = capturedIO(dir);
  // Each trial: one agent call and one judge call at $0.01 each.
  await runCommand(['--budget', '0.09', '--no-confirm'], io);
  const runs = await readdir(join(dir, '.rehearse/runs'));
  const journal = runs.find((name) => name.endsWith('.journal.jsonl'));
  if (!journal) throw new Error(`no journal kept: ${io.text()}`);
  return journal.replace('.journal.jsonl', '');
}

describe('rehearse run --resume', () => {
  it('refuses a suite whose expected outcome changed, naming the test and the part', async () => {
    const runId = await interruptedRun();
    await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(server.baseURL, 'The agent refunds.'));
    const io = capturedIO(dir);
    await expect(runCommand(['--resume', runId], io)).rejects.toThrow(
      /cannot resume .*the suite changed.*t1@default \(scenario\).*--rerun-changed/s,
    );
    // The refusal leaves the journal as it was, unlocked.
    expect((await readdir(join(dir, '.rehearse/runs'))).filter((name) => name.endsWith('.lock'))).toEqual([]);
  });

  it('with --rerun-changed runs the changed test again and keeps the others; says which flags apply', async () => {
    const runId = await interruptedRun();
    const journalPath = join(dir, '.rehearse/runs', `${runId}.journal.jsonl`);
    const before = await readJournal(journalPath);
    const keptT0 = [...before.trials.values()].filter((trial) => trial.testId === 't0').map((trial) => trial.id);
    expect([...before.trials.values()].some((trial) => trial.testId === 't1')).toBe(true);
    await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(server.baseURL, 'The agent refunds.'));
    const io = capturedIO(dir);
    const requests = server.requests.length;
    const code = await runCommand(
      ['--resume', runId, '--rerun-changed', '--budget', '5', '--runs', '9', '--concurrency', '2'],
      io,
    );
    expect(code, io.text()).toBe(0);
    expect(io.text()).toMatch(/--budget, --concurrency apply; --runs is ignored/);
    expect(io.text()).toMatch(/--rerun-changed: 1 test changed/);
    const results = await readResults(join(dir, '.rehearse/runs', `${runId}.json`));
    expect(results.status).toBe('completed');
    expect(results.trials).toHaveLength(6); // the journaled plan: --runs 9 did not apply
    // t1 ran all three trials again under the new definition, t0 kept what it had.
    const t1 = results.tests.find((test) => test.testId === 't1');
    const planT1Calls = 3 * 2;
    expect(server.requests.length - requests).toBe(planT1Calls + (3 - keptT0.length) * 2);
    expect(t1?.trials).toBe(3);
    // Every cent stays in the tally: the dropped t1 trials were paid for.
    const trialsCost = results.trials.reduce((sum, trial) => sum + trial.usage.costUsd, 0);
    expect(results.totals.usage.costUsd).toBeGreaterThan(trialsCost);
    expect(results.unfinished?.usage.costUsd).toBeGreaterThan(0);
  });

  it('two resumes of one journal at once: one runs, the other stops at once with a message', async () => {
    const runId = await interruptedRun();
    const first = capturedIO(dir);
    const second = capturedIO(dir);
    const outcomes = await Promise.allSettled([
      runCommand(['--resume', runId, '--budget', '5'], first),
      runCommand(['--resume', runId, '--budget', '5'], second),
    ]);
    const ran = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const stopped = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(ran).toHaveLength(1);
    expect(stopped).toHaveLength(1);
    expect(String((stopped[0] as PromiseRejectedResult).reason)).toMatch(/in use by another rehearse run \(pid \d+/);
    expect((ran[0] as PromiseFulfilledResult<number>).value).toBe(0);
  });

  it('takes over a lock whose process is gone', async () => {
    const runId = await interruptedRun();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid as number;
    const journalPath = join(dir, '.rehearse/runs', `${runId}.journal.jsonl`);
    await writeFile(`${journalPath}.lock`, JSON.stringify({ pid: dead, since: '2020-01-01T00:00:00.000Z' }));
    const io = capturedIO(dir);
    expect(await runCommand(['--resume', runId, '--budget', '5'], io)).toBe(0);
    expect(existsSync(`${journalPath}.lock`)).toBe(false);
  });

  it('says so when the journaled arguments no longer read (an older Rehearse), keeping the journal', async () => {
    const runId = await interruptedRun();
    const journalPath = join(dir, '.rehearse/runs', `${runId}.journal.jsonl`);
    const [header, ...rest] = (await readFile(journalPath, 'utf8')).split('\n');
    const parsed = JSON.parse(header as string) as { meta: { args: string[] } };
    // An older `rehearse rerun` wrote a small budget as String(n): `1e-1`, which the flags no longer accept.
    parsed.meta.args = parsed.meta.args.map((arg) => (arg === '0.09' ? '1e-1' : arg));
    await writeFile(journalPath, [JSON.stringify(parsed), ...rest].join('\n'));
    await expect(runCommand(['--resume', runId, '--budget', '5'], capturedIO(dir))).rejects.toThrow(
      new RegExp(`cannot resume ${runId}: the arguments it was started with .* no longer read: --budget: .*'1e-1'`),
    );
    expect(existsSync(journalPath)).toBe(true);
    expect(existsSync(`${journalPath}.lock`)).toBe(false);
  });

  it('resumes a journal that records no versions (an older Rehearse), with a note', async () => {
    const runId = await interruptedRun();
    const journalPath = join(dir, '.rehearse/runs', `${runId}.journal.jsonl`);
    const [header, ...rest] = (await readFile(journalPath, 'utf8')).split('\n');
    const parsed = JSON.parse(header as string) as { meta: { versions?: unknown } };
    delete parsed.meta.versions;
    await writeFile(journalPath, [JSON.stringify(parsed), ...rest].join('\n'));
    const io = capturedIO(dir);
    expect(await runCommand(['--resume', runId, '--budget', '5'], io)).toBe(0);
    expect(io.text()).toMatch(/records no suite versions: resuming without checking/);
  });
});

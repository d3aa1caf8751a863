/**
 * `rehearse run --resume` says what the interrupted run did and what is left, counting the confirmation trials it
 * journaled as well as the planned ones: its counts must agree with the run's own progress and results.
 *
 * The interrupted run is a budget stop (its journal is kept) of one test held to an 80% threshold whose planned
 * trials pass 4 of 5: in doubt, so the runner adds confirmation trials, and the budget stops it among them.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands/run.js';
import { readResults } from '../../src/results/index.js';
import { readJournal } from '../../src/results/journal.js';
import { capturedIO } from '../support/cli-io.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';

const PLANNED = 5;

function suiteYaml(baseURL: string): string {
  return `version: 1
name: resume-counts
judge: { model: judge-model, base_url: "${baseURL}" }
pricing:
  agent-model: { input: 1000, output: 0 }
  judge-model: { input: 1000, output: 0 }
agents:
  - { id: bot, type: openai, model: agent-model, base_url: "${baseURL}", system_prompt: You help. }
personas:
  - { id: p, role: a customer }
scenarios:
  - id: s
    type: scripted
    match: keywords
    max_turns: 1
    expected_outcome: The agent helps.
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: "hello", fixed_message: true }
tests:
  - { id: t, persona: p, scenario: s, runs: ${PLANNED}, min_pass_rate: 0.8 }
run: { concurrency: 1, retries: 0 }
`;
}

let server: FakeOpenAI;
let dir: string;
let judged = 0;

beforeAll(async () => {
  server = await startFakeOpenAI({
    respond: (request) => {
      if (request.model !== 'judge-model') return { content: 'yes' };
      // Every fifth trial fails: 4 of 5 against an 80% threshold is in doubt, so confirmation trials follow.
      const met = ++judged % 5 !== 0;
      return {
        content: JSON.stringify({
          parts: [{ part: 'helps', met, evidence: '' }],
          verdict: met ? 'pass' : 'fail',
          reason: met ? 'helped' : 'did not',
        }),
      };
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'rehearse-resume-counts-'));
  await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(server.baseURL));
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('rehearse run --resume of a journal holding confirmation trials', () => {
  it('counts every journaled trial, planned and confirmation apart, and what is left', async () => {
    // Each trial: one agent call and one judge call at $0.01 each; $0.15 stops the run among the confirmation trials.
    const first = capturedIO(dir);
    await runCommand(['--budget', '0.15', '-o', 'results.json'], first);
    const runs = await readdir(join(dir, '.rehearse/runs'));
    const journalName = runs.find((name) => name.endsWith('.journal.jsonl'));
    if (!journalName) throw new Error(`no journal kept: ${first.text()}`);
    // The stopped run names the command that continues it.
    const runId = journalName.replace('.journal.jsonl', '');
    expect(first.out.join('')).toContain(`Resume: rehearse run --resume ${runId} runs the trials left`);
    const journal = await readJournal(join(dir, '.rehearse/runs', journalName));
    expect(journal.trials.size).toBe(PLANNED);
    const confirmations = journal.confirmations?.size ?? 0;
    expect(confirmations).toBeGreaterThan(0);

    const io = capturedIO(dir);
    expect(await runCommand(['--resume', journalName.replace('.journal.jsonl', ''), '--budget', '5'], io)).toBe(0);
    const results = await readResults(join(dir, 'results.json'));
    expect(results.status).toBe('completed');
    expect(results.trials.filter((trial) => trial.phase === 'confirmation').length).toBeGreaterThan(confirmations);
    // The resumed run's first progress line: what the journal held, of what the run now plans to run.
    const [, done, total] = /^progress: (\d+)\/(\d+) /m.exec(io.err.join('')) ?? [];
    expect(Number(done)).toBe(PLANNED + confirmations);
    const left = Number(total) - Number(done);
    expect(left).toBeGreaterThan(0);
    expect(io.out.join('')).toContain(
      `Resuming: ${done} trials already finished (${PLANNED} planned, ${confirmations} confirmation); ` +
        `${left} left (0 planned, ${left} confirmation so far)`,
    );
  });
});

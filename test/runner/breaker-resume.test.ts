/**
 * A run the circuit breaker cut short can be resumed: its journal is kept (the console gives the exact
 * `--resume` command), and the resume runs only the trials the breaker did not run, with a fresh breaker,
 * keeping the journaled ones. Through the real CLI and the real `openai` client against a local server that
 * fails every call while `down` is set.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { readResults } from '../../src/results/index.js';
import { AGENT_TRIP } from '../../src/runner/breaker.js';
import { capturedIO } from '../support/cli-io.js';
import { callsOf, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { tempDir } from '../support/temp-dir.js';

const TESTS = 4;
const RUNS = 5;
const PLANNED = TESTS * RUNS;

function suiteYaml(baseURL: string): string {
  const tests = Array.from(
    { length: TESTS },
    (_, i) =>
      `  - { id: t${i}, persona: p, scenario: greet, runs: ${RUNS}, baseline_metrics: false, ` +
      `criteria: [{ type: text, contains: hello }] }`,
  ).join('\n');
  return `version: 1
name: outage-resume
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
gate: { min_pass_rate: 0.5, fail_on: [regression] }
run: { concurrency: 1, retries: 0 }
`;
}

let dir: string;
let server: FakeOpenAI;
let down = false;

/** Trials started so far: each trial's first agent call carries the customer's one opening message. */
const trialsStarted = () => callsOf(server).filter((request) => request.messages.length === 1).length;
const journalOf = (runId: string) => join(dir, '.rehearse', 'runs', `${runId}.journal.jsonl`);

beforeAll(async () => {
  dir = await tempDir('rehearse-breaker-resume-');
  server = await startFakeOpenAI({
    respond: () => (down ? { fault: 'server_error', status: 500, message: 'upstream is down' } : { content: 'Hello!' }),
  });
  await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(server.baseURL));
});

afterAll(async () => {
  await server?.close();
});

describe('rehearse run --resume after the circuit breaker stopped the agent', () => {
  it('a run without trips still removes its journal and offers no resume', async () => {
    down = false;
    const io = capturedIO(dir);
    expect(await cli(['run', '-o', 'healthy.json'], io)).toBe(0);
    const results = await readResults(join(dir, 'healthy.json'));
    expect(results.infrastructure).toBeUndefined();
    expect(existsSync(journalOf(results.runId))).toBe(false);
    expect(io.text()).not.toContain('--resume');
  });

  it('keeps the journal, says how to resume; the resume runs only what the breaker did not, afresh', async () => {
    // 1. The agent is down: the breaker stops it after a few trials, and the journal stays for a resume.
    down = true;
    const first = capturedIO(dir);
    expect(await cli(['run', '-o', 'outage.json'], first)).toBe(1);
    const cut = await readResults(join(dir, 'outage.json'));
    const runId = cut.runId;
    expect(cut.status).toBe('completed');
    expect(cut.infrastructure).toEqual([
      expect.objectContaining({ agent: 'bot', notRun: PLANNED - cut.trials.length }),
    ]);
    expect(cut.trials.length).toBeLessThan(PLANNED);
    expect(existsSync(journalOf(runId))).toBe(true);
    expect(first.text()).toContain(`rehearse run --resume ${runId}`);
    expect(first.text()).toContain('History: this run stays out of the local history');
    expect((await readResults(join(dir, '.rehearse', 'runs', `${runId}.json`))).joinedHistory).toBe(false);

    // 2. Resumed while it is still down: a fresh breaker lets trials start again, trips again, and the journal stays.
    let before = trialsStarted();
    const still = capturedIO(dir);
    expect(await cli(['run', '--resume', runId, '-o', 'still.json'], still)).toBe(1);
    expect(still.text()).toContain(`Resuming: ${cut.trials.length} trials already finished`);
    const again = await readResults(join(dir, 'still.json'));
    expect(again.runId).toBe(runId);
    expect(trialsStarted() - before).toBeGreaterThanOrEqual(AGENT_TRIP);
    expect(again.trials.length).toBe(cut.trials.length + trialsStarted() - before);
    expect(again.infrastructure).toEqual([
      expect.objectContaining({ agent: 'bot', notRun: PLANNED - again.trials.length }),
    ]);
    expect(existsSync(journalOf(runId))).toBe(true);
    expect(still.text()).toContain(`rehearse run --resume ${runId}`);

    // 3. The endpoint is back: only the trials not run yet start; the journaled ones are kept as they were.
    down = false;
    before = trialsStarted();
    const back = capturedIO(dir);
    await cli(['run', '--resume', runId, '-o', 'resumed.json'], back);
    expect(trialsStarted() - before).toBe(PLANNED - again.trials.length);
    const resumed = await readResults(join(dir, 'resumed.json'));
    expect(resumed.runId).toBe(runId);
    expect(resumed.status).toBe('completed');
    expect(resumed.infrastructure).toBeUndefined();
    expect(resumed.trials).toHaveLength(PLANNED);
    const kept = new Map(again.trials.map((trial) => [trial.id, trial]));
    for (const trial of resumed.trials) {
      const earlier = kept.get(trial.id);
      if (earlier) expect([trial.status, trial.startedAt]).toEqual(['error', earlier.startedAt]);
      else expect(trial.status).toBe('pass');
    }
    // Complete now: the journal is spent, no resume is offered, and the run joins the history as any complete run.
    expect(existsSync(journalOf(runId))).toBe(false);
    expect(back.text()).not.toContain('rehearse run --resume');
    expect(back.text()).toContain('History: this run joins the local history');
    expect((await readResults(join(dir, '.rehearse', 'runs', `${runId}.json`))).joinedHistory).toBe(true);
  });
});

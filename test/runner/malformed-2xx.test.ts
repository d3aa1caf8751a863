/**
 * 2xx answers that are not completions (a body cut short, `choices: []`, an
 * error object with status 200) at a 10% rate, seeded, on every call (agent
 * and judge): the run gives the same verdicts as against a clean endpoint.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatClient } from '../../src/llm/index.js';
import { planRun } from '../../src/plan/index.js';
import type { Results } from '../../src/model/results.js';
import { runPlan } from '../../src/runner/index.js';
import { loadSuite } from '../../src/suite/index.js';
import { lastMessage, startFakeOpenAI, type FakeOpenAI, type FakeReply } from '../support/fake-openai.js';
import { seededRandom } from '../support/seeded-random.js';

const TESTS = 12;
const RUNS = 5;
const FAULT_RATE = 0.1;
const MALFORMED = ['truncated', 'empty_choices', 'error_object'] as const;

/** Test i passes when the agent says "done": odd tests get an agent that never does. */
function answer(request: { model: string; messages: { role: string; content?: string | null }[] }): FakeReply {
  const opening = request.messages.find((message) => message.role === 'user')?.content ?? '';
  const test = Number(opening.replace('case ', ''));
  if (request.model === 'judge-model') {
    const said = lastMessage(request as never, 'user');
    const met = said.includes('All done');
    return {
      content: JSON.stringify({
        parts: [{ part: 'says done', met, evidence: met ? 'All done' : '' }],
        verdict: met ? 'pass' : 'fail',
        reason: met ? 'done' : 'not done',
      }),
    };
  }
  return { content: test % 2 === 0 ? 'All done.' : 'Still working on it.' };
}

function suiteYaml(baseURL: string): string {
  const tests = Array.from(
    { length: TESTS },
    (_, i) => `  - { id: t${i}, persona: p, scenario: s${i}, runs: ${RUNS} }`,
  ).join('\n');
  const scenarios = Array.from(
    { length: TESTS },
    (_, i) =>
      `  - id: s${i}
    type: scripted
    match: keywords
    max_turns: 2
    expected_outcome: The agent says it is done.
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: "case ${i}", fixed_message: true }
        - { id: 1, condition: The agent is done, keywords: [done, working], action: "Thanks <endcall/>", ` +
      `fixed_message: true }`,
  );
  return `version: 1
name: malformed
judge: { model: judge-model, base_url: "${baseURL}" }
agents:
  - { id: bot, type: openai, model: agent-model, base_url: "${baseURL}", system_prompt: You help. }
personas:
  - { id: p, role: a customer }
scenarios:
${scenarios.join('\n')}
tests:
${tests}
run: { concurrency: 4, retries: 4, call_timeout_ms: 2000, trial_timeout_ms: 20000 }
`;
}

let clean: FakeOpenAI;
let faulty: FakeOpenAI;
let dir: string;
let faults = 0;

beforeAll(async () => {
  clean = await startFakeOpenAI({ respond: (request) => answer(request) });
  const random = seededRandom(11);
  faulty = await startFakeOpenAI({
    respond: (request) => {
      if (random() < FAULT_RATE) {
        faults++;
        return { fault: 'malformed_2xx', body: MALFORMED[Math.floor(random() * MALFORMED.length)] ?? 'truncated' };
      }
      return answer(request);
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'rehearse-malformed-'));
});

afterAll(async () => {
  await clean?.close();
  await faulty?.close();
  await rm(dir, { recursive: true, force: true });
});

async function runAgainst(server: FakeOpenAI, name: string): Promise<Results> {
  const file = join(dir, `${name}.yaml`);
  await writeFile(file, suiteYaml(server.baseURL));
  const loaded = await loadSuite(file, { cwd: dir, env: {} });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const suite = loaded.suite;
  const plan = planRun(suite, { simulatorAvailable: false });
  const chat = createChatClient({
    env: {},
    pricing: {},
    callTimeoutMs: 2000,
    retries: suite.run.retries,
    backoff: { baseDelayMs: 1, maxDelayMs: 5 },
  });
  return runPlan({ suite, plan, env: {}, chat, cwd: dir, git: {} });
}

describe('10% malformed 2xx answers (seeded)', () => {
  it('give the same verdicts and trial statuses as a clean endpoint', async () => {
    const expected = await runAgainst(clean, 'clean');
    const actual = await runAgainst(faulty, 'faulty');
    const served = faulty.requests.length;
    expect(faults / served).toBeGreaterThan(0.05); // the faults really happened, at about the rate asked
    expect(expected.totals.passed).toBeGreaterThan(0);
    expect(expected.totals.failed).toBeGreaterThan(0);
    const verdicts = (results: Results) => results.tests.map((test) => [test.key, test.verdict, test.passRate]);
    expect(verdicts(actual)).toEqual(verdicts(expected));
    const statuses = (results: Results) => results.trials.map((trial) => `${trial.id}:${trial.status}`);
    expect(statuses(actual)).toEqual(statuses(expected));
    expect(actual.trials.filter((trial) => trial.status === 'error')).toEqual([]);
  });
});

/**
 * `--budget` as a hard cap, against the fake endpoint with priced models: at
 * concurrency 1, 4 and 8 what the endpoint billed (counted by the server)
 * stays within the budget plus one trial's cost, and nearly every call paid
 * for belongs to a trial that was kept.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatClient } from '../../src/llm/index.js';
import { planRun } from '../../src/plan/index.js';
import { runPlan } from '../../src/runner/index.js';
import { loadSuite } from '../../src/suite/index.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';

const BUDGET_USD = 0.5;
/** 10 prompt tokens at $1,000 per million: $0.01 per call (the fake server's usage is 10 + 5 tokens). */
const CALL_USD = 0.01;
const MAX_TURNS = 4;

function suiteYaml(baseURL: string): string {
  return `version: 1
name: budget
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
    max_turns: ${MAX_TURNS}
    expected_outcome: The agent helps.
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: "Hello", fixed_message: true }
        - { id: 1, condition: The agent answers, keywords: [maybe], action: "And then?", fixed_message: true }
tests:
  - { id: t, persona: p, scenario: s, runs: 60 }
run: { retries: 0 }
`;
}

let server: FakeOpenAI;
let dir: string;
beforeAll(async () => {
  server = await startFakeOpenAI({
    latencyMs: 5,
    respond: (request) =>
      request.model === 'judge-model'
        ? {
            content: JSON.stringify({
              parts: [{ part: 'helps', met: true, evidence: 'maybe' }],
              verdict: 'pass',
              reason: 'helped',
            }),
          }
        : { content: 'maybe' },
  });
  dir = await mkdtemp(join(tmpdir(), 'rehearse-budget-'));
  await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(server.baseURL));
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('--budget is a hard cap', () => {
  it.each([1, 4, 8])('at concurrency %i the endpoint bills at most the budget plus one trial', async (concurrency) => {
    const loaded = await loadSuite(join(dir, 'rehearse.yaml'), { cwd: dir, env: {} });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const suite = loaded.suite;
    const plan = planRun(suite, { simulatorAvailable: false });
    const chat = createChatClient({ env: {}, pricing: suite.pricing, callTimeoutMs: 5000, retries: 0 });
    const before = server.requests.length;
    const results = await runPlan({
      suite,
      plan,
      env: {},
      chat,
      cwd: dir,
      git: {},
      concurrency,
      budgetUsd: BUDGET_USD,
    });
    const billedUsd = (server.requests.length - before) * CALL_USD;
    const trialUsd = Math.max(...results.trials.map((trial) => trial.usage.costUsd));

    expect(results).toMatchObject({ status: 'stopped', stopReason: 'budget' });
    expect(trialUsd).toBeGreaterThan(CALL_USD); // a trial is several calls: the bound below is not trivially one call
    expect(billedUsd).toBeLessThanOrEqual(BUDGET_USD + trialUsd + 1e-9);
    // Little paid for and thrown away: the kept trials account for all but at most one trial's worth.
    expect(billedUsd - results.totals.usage.costUsd).toBeLessThanOrEqual(trialUsd + 1e-9);
    // And the budget was used, not left mostly idle by a too careful estimate.
    expect(results.totals.usage.costUsd).toBeGreaterThanOrEqual(BUDGET_USD - 2 * trialUsd);
  });
});

/**
 * The budget against an endpoint that bills by usage, each call dearer than
 * the one before (so every estimate from earlier calls is too low): at
 * concurrency 1, 4 and 8 what the endpoint billed exceeds the budget by at
 * most one call, and the results' spend (`totals.usage.costUsd`, trials cut
 * short included) equals what it billed, to the cent. Two price regimes:
 * one where the price table's worst case is far above what calls cost (calls
 * near the end run one at a time) and one where it is close (they run side
 * by side until the end).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatClient } from '../../src/llm/index.js';
import { planRun } from '../../src/plan/index.js';
import { runPlan } from '../../src/runner/index.js';
import { loadSuite } from '../../src/suite/index.js';
import { startFakeOpenAI, type ChatRequestBody, type FakeOpenAI } from '../support/fake-openai.js';

interface Regime {
  readonly name: string;
  /** USD per million tokens, input and output (the suite's table and the endpoint's bill). */
  readonly price: { input: number; output: number };
  /** Tokens of the n-th call billed (0-based): rising. */
  readonly usage: (n: number) => { prompt_tokens: number; completion_tokens: number };
  readonly budgetUsd: number;
}

const REGIMES: readonly Regime[] = [
  {
    name: 'worst case far above the bill',
    price: { input: 1000, output: 1000 },
    usage: (n) => ({ prompt_tokens: 10 + n, completion_tokens: 5 + (n % 7) }),
    budgetUsd: 2.5,
  },
  {
    name: 'worst case close to the bill',
    price: { input: 1, output: 20 },
    usage: (n) => ({ prompt_tokens: 200 + 10 * n, completion_tokens: 3000 + 10 * n }),
    budgetUsd: 3,
  },
];

function suiteYaml(baseURL: string, price: Regime['price']): string {
  return `version: 1
name: budget-tally
judge: { model: judge-model, base_url: "${baseURL}" }
pricing:
  agent-model: { input: ${price.input}, output: ${price.output} }
  judge-model: { input: ${price.input}, output: ${price.output} }
agents:
  - { id: bot, type: openai, model: agent-model, base_url: "${baseURL}", system_prompt: You help. }
personas:
  - { id: p, role: a customer }
scenarios:
  - id: s
    type: scripted
    match: keywords
    max_turns: 3
    expected_outcome: The agent helps.
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: "Hello", fixed_message: true }
        - { id: 1, condition: The agent answers, keywords: [maybe], action: "And then?", fixed_message: true }
tests:
  - { id: t, persona: p, scenario: s, runs: 400 }
run: { retries: 0 }
`;
}

const JUDGE_REPLY = JSON.stringify({
  parts: [{ part: 'helps', met: true, evidence: 'maybe' }],
  verdict: 'pass',
  reason: 'helped',
});

describe.each(REGIMES)('the budget with calls of rising cost ($name)', (regime) => {
  let server: FakeOpenAI;
  let dir: string;
  /** What the endpoint billed, call by call, since the last reset. */
  let bills: number[] = [];
  let calls = 0;
  beforeAll(async () => {
    server = await startFakeOpenAI({
      latencyMs: 3,
      respond: (request: ChatRequestBody) => {
        const usage = regime.usage(calls++);
        bills.push((usage.prompt_tokens * regime.price.input + usage.completion_tokens * regime.price.output) / 1e6);
        return { content: request.model === 'judge-model' ? JUDGE_REPLY : 'maybe', usage };
      },
    });
    dir = await mkdtemp(join(tmpdir(), 'rehearse-budget-tally-'));
    await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(server.baseURL, regime.price));
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([1, 4, 8])('at concurrency %i: overshoot at most one call, spend equal to the bill', async (concurrency) => {
    const loaded = await loadSuite(join(dir, 'rehearse.yaml'), { cwd: dir, env: {} });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const suite = loaded.suite;
    const plan = planRun(suite, { simulatorAvailable: false });
    const chat = createChatClient({ env: {}, pricing: suite.pricing, callTimeoutMs: 5000, retries: 0 });
    bills = [];
    calls = 0;
    const results = await runPlan({
      suite,
      plan,
      env: {},
      chat,
      cwd: dir,
      git: {},
      concurrency,
      budgetUsd: regime.budgetUsd,
    });
    const billed = bills.reduce((sum, bill) => sum + bill, 0);
    const dearestCall = Math.max(...bills);

    expect(results).toMatchObject({ status: 'stopped', stopReason: 'budget' });
    expect(results.trials.length).toBeGreaterThan(1);
    // Never more than one call over.
    expect(billed - regime.budgetUsd).toBeLessThanOrEqual(dearestCall + 1e-9);
    // Every cent billed is in the results: finished trials plus those cut short.
    expect(results.totals.usage.costUsd.toFixed(2)).toBe(billed.toFixed(2));
    expect(Math.abs(results.totals.usage.costUsd - billed)).toBeLessThan(1e-9);
    const finished = results.trials.reduce((sum, trial) => sum + trial.usage.costUsd, 0);
    expect(finished + (results.unfinished?.usage.costUsd ?? 0)).toBeCloseTo(billed, 9);
    // And the budget was used: less than a few calls' worth left over.
    expect(billed).toBeGreaterThan(regime.budgetUsd - 8 * dearestCall);
  });
});

describe('a budget smaller than a wave of trials', () => {
  let server: FakeOpenAI;
  let dir: string;
  let billed = 0;
  beforeAll(async () => {
    server = await startFakeOpenAI({
      latencyMs: 5,
      respond: () => {
        billed += 0.01; // 10 prompt tokens at $1,000 per million
        return { content: 'maybe', usage: { prompt_tokens: 10, completion_tokens: 0 } };
      },
    });
    dir = await mkdtemp(join(tmpdir(), 'rehearse-budget-wave-'));
    await writeFile(
      join(dir, 'rehearse.yaml'),
      `version: 1
name: wave
pricing:
  agent-model: { input: 1000, output: 1000 }
agents:
  - { id: bot, type: openai, model: agent-model, base_url: "${server.baseURL}", system_prompt: You help. }
personas:
  - { id: p, role: a customer }
scenarios:
  - id: s
    type: scripted
    match: keywords
    max_turns: 1
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: "Hello", fixed_message: true }
tests:
  - { id: t, persona: p, scenario: s, runs: 50, baseline_metrics: false, criteria: [{ type: text, contains: maybe }] }
run: { retries: 0 }
`,
    );
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([0.03, 0.05, 0.07])('$%d at concurrency 8 starts no call beyond it', async (budgetUsd) => {
    const loaded = await loadSuite(join(dir, 'rehearse.yaml'), { cwd: dir, env: {} });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const suite = loaded.suite;
    const plan = planRun(suite, { simulatorAvailable: false });
    const chat = createChatClient({ env: {}, pricing: suite.pricing, callTimeoutMs: 5000, retries: 0 });
    billed = 0;
    const results = await runPlan({ suite, plan, env: {}, chat, cwd: dir, git: {}, concurrency: 8, budgetUsd });
    expect(results).toMatchObject({ status: 'stopped', stopReason: 'budget' });
    expect(billed).toBeLessThanOrEqual(budgetUsd + 1e-9);
    expect(results.trials).toHaveLength(Math.round(budgetUsd / 0.01));
    expect(results.totals.usage.costUsd).toBeCloseTo(billed, 9);
  });
});

/**
 * A persona may name its own simulator endpoint: each distinct one is planned with its own key and probed once
 * before the first trial, and only the tests whose simulated user lacks its key (or had it refused) are skipped.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSuiteRun } from '../../src/pipeline/run-suite.js';
import { preflightLines, probeEndpoints, type Probes } from '../../src/runner/preflight.js';
import type { Endpoint } from '../../src/llm/types.js';
import { formatIssue, loadSuite, type LoadedSuite } from '../../src/suite/index.js';
import { writeSuite } from '../suite/helpers.js';

const SUITE = `simulator: { model: sim-a, base_url: "https://sim-a.example.invalid/v1" }
agents:
  - { id: bot, type: command, command: [node, bot.mjs] }
personas:
  - { id: plain, role: a customer }
  - id: expert
    role: an expert
    simulator: { model: sim-b, base_url: "https://sim-b.example.invalid/v1", api_key_env: SIM_B_KEY }
  - id: prompted
    role: a customer with a prompt of its own
    simulator: { system_prompt: "You are curt." }
scenarios:
  - { id: chat, type: behavioral, objective: get help, instructions: Ask for help., max_turns: 2 }
tests:
  - { id: plain-test, persona: plain, scenario: chat }
  - { id: expert-test, persona: expert, scenario: chat }
  - { id: prompted-test, persona: prompted, scenario: chat }
`;

async function suite(): Promise<LoadedSuite> {
  const dir = writeSuite({ 'rehearse.yaml': SUITE });
  const result = await loadSuite(join(dir, 'rehearse.yaml'), { cwd: dir });
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.suite;
}

const planned = (plan: ReturnType<typeof planSuiteRun>) => plan.trials.map((trial) => trial.testId).sort();
const skipped = (plan: ReturnType<typeof planSuiteRun>) => plan.skipped.map((entry) => [entry.testId, entry.reason]);

describe('simulator endpoints per persona', () => {
  it("plans each test with its persona's endpoint: model and key laid over the root's field by field", async () => {
    const loaded = await suite();
    const plan = planSuiteRun(loaded, {}, { OPENAI_API_KEY: 'k', SIM_B_KEY: 'k' });
    const byTest = new Map(plan.trials.map((trial) => [trial.testId, trial]));
    expect(byTest.get('plain-test')?.simulator).toMatchObject({ model: 'sim-a', api_key_env: 'OPENAI_API_KEY' });
    expect(byTest.get('expert-test')?.simulator).toEqual({
      model: 'sim-b',
      base_url: 'https://sim-b.example.invalid/v1',
      api_key_env: 'SIM_B_KEY',
    });
    // A prompt alone keeps the root endpoint.
    expect(byTest.get('prompted-test')?.simulator).toEqual(byTest.get('plain-test')?.simulator);
    expect(byTest.get('prompted-test')?.simulatorPrompt).toBe('You are curt.');
    expect(byTest.get('plain-test')?.simulatorPrompt).toBeUndefined();
  });

  it("skips only the tests whose simulated user's key is not set, with one preflight line per key", async () => {
    const plan = planSuiteRun(await suite(), {}, { OPENAI_API_KEY: 'k' });
    expect(planned(plan)).toEqual(['plain-test', 'prompted-test']);
    expect(skipped(plan)).toEqual([
      ['expert-test', "behavioral scenario 'chat': SIM_B_KEY is not set (the simulator's API key)"],
    ]);
    expect(preflightLines(planSuiteRun(await suite(), {}, {}))).toEqual([
      "simulator: OPENAI_API_KEY is not set (the simulator's API key): 2 tests skipped",
      "simulator: SIM_B_KEY is not set (the simulator's API key): 1 test skipped",
    ]);
  });

  it('probes each distinct simulator endpoint once, and a refused key skips only its tests', async () => {
    const loaded = await suite();
    const env = { OPENAI_API_KEY: 'k', SIM_B_KEY: 'k' };
    const asked: Endpoint[] = [];
    const probes: Probes = {
      endpoint: async (endpoint) => {
        asked.push(endpoint);
        return endpoint.base_url?.includes('sim-b')
          ? { status: 'rejected', httpStatus: 401, baseUrl: endpoint.base_url }
          : { status: 'ok' };
      },
      url: async () => ({ status: 200 }),
    };
    const findings = await probeEndpoints({ plan: planSuiteRun(loaded, {}, env), env, probes });
    expect(asked.map((endpoint) => endpoint.base_url).sort()).toEqual([
      'https://sim-a.example.invalid/v1',
      'https://sim-b.example.invalid/v1',
    ]);
    const plan = planSuiteRun(loaded, {}, env, { probed: findings.unavailable });
    expect(planned(plan)).toEqual(['plain-test', 'prompted-test']);
    expect(skipped(plan)).toEqual([
      [
        'expert-test',
        "behavioral scenario 'chat': the key in SIM_B_KEY was rejected by https://sim-b.example.invalid/v1 (HTTP 401)",
      ],
    ]);
  });
});

/**
 * Agent and tool settings in a suite file: `max_tool_rounds` on every kind of
 * agent, `run.mock_tool_timeout_ms`, `${ENV}` in `base_url`; read from YAML
 * into a run. (Bad values: fixtures/broken/agent-settings-invalid.)
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { DEFAULT_MAX_TOOL_ROUNDS, DEFAULT_MOCK_TOOL_TIMEOUT_MS } from '../../src/suite/schema.js';
import { captureIO } from '../cassette/support.js';
import { writeSuite } from './helpers.js';

const ROUNDS_AGENT = fileURLToPath(new URL('../engine/fixtures/rounds-agent.mjs', import.meta.url));

const AGENTS = `
agents:
  - { id: chat, type: openai, model: m, base_url: "https://\${LLM_HOST}/v1" }
  - { id: whole, type: openai, model: m, base_url: "\${AGENT_BASE_URL}" }
  - { id: service, type: http, url: "http://127.0.0.1:1/turn", max_tool_rounds: 40 }
  - { id: script, type: command, command: [node, bot.mjs] }
personas:
  - { id: calm, role: A customer }
scenarios:
  - { id: greet, type: behavioral, objective: Say hello, instructions: Say hello and leave. }
tests:
  - { id: hello, persona: calm, scenario: greet, agent: chat }
`;

describe('agent and tool settings', () => {
  it('loads ${ENV} in base_url and defaults max_tool_rounds and the mock tool timeout', async () => {
    const cwd = writeSuite({
      'rehearse.yaml': `simulator: { model: sim, base_url: "http://\${SIM_HOST}:8000/v1" }\n${AGENTS}`,
    });
    const result = await loadSuite('rehearse.yaml', { cwd });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    const { suite } = result;
    expect(suite.simulator?.base_url).toBe('http://${SIM_HOST}:8000/v1');
    expect(suite.agents.map((agent) => [agent.id, agent.max_tool_rounds])).toEqual([
      ['chat', DEFAULT_MAX_TOOL_ROUNDS],
      ['whole', DEFAULT_MAX_TOOL_ROUNDS],
      ['service', 40],
      ['script', DEFAULT_MAX_TOOL_ROUNDS],
    ]);
    expect(suite.agents[0]).toMatchObject({ base_url: 'https://${LLM_HOST}/v1' });
    expect(suite.run.mock_tool_timeout_ms).toBe(DEFAULT_MOCK_TOOL_TIMEOUT_MS);
  });

  it('runs a 26-round turn with max_tool_rounds, and an injected timeout after run.mock_tool_timeout_ms', async () => {
    const suite = (maxToolRounds: number) => `
run: { mock_tool_timeout_ms: 150 }
agents:
  - id: script
    type: command
    command: [node, ${JSON.stringify(ROUNDS_AGENT)}]
    env: { ROUNDS: "26" }
    max_tool_rounds: ${maxToolRounds}
    tools: [lookup_order]
tools:
  - name: lookup_order
    mock:
      mappings: [{ when: { order_id: A-26 }, fail: { timeout: true } }]
      default: { output: { status: shipped } }
personas:
  - { id: calm, role: A customer }
scenarios:
  - id: many-orders
    type: scripted
    match: regex
    conditional_actions:
      role: A customer with many orders.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: Check all my orders., fixed_message: true }
        - { id: 1, condition: anything, pattern: ".", action: "Thanks <endcall/>", fixed_message: true }
tests:
  - id: orders
    persona: calm
    scenario: many-orders
    baseline_metrics: false
    criteria: [{ type: tool_called, tool: lookup_order, min_times: 26 }]
`;
    const cwd = writeSuite({ 'rehearse.yaml': suite(26), 'short.yaml': suite(25) });
    const run = async (config: string) => {
      await cli(['run', '-c', config, '-o', `${config}.json`], captureIO(cwd, {}));
      return JSON.parse(await readFile(join(cwd, `${config}.json`), 'utf8')) as {
        trials: {
          status: string;
          transcript: { type: string; error?: string; durationMs?: number; content?: string }[];
        }[];
      };
    };

    const [trial] = (await run('rehearse.yaml')).trials;
    expect(trial?.status).toBe('pass');
    const calls = trial!.transcript.filter((event) => event.type === 'tool_call');
    expect(calls).toHaveLength(26);
    expect(calls.at(-1)?.error).toBe('tool "lookup_order" timed out after 150 ms');
    expect(calls.at(-1)?.durationMs).toBeGreaterThanOrEqual(140);
    expect(trial!.transcript.find((event) => event.type === 'agent_message')?.content).toBe(
      'done after 26 rounds of tools',
    );

    const [short] = (await run('short.yaml')).trials;
    expect(short?.status).toBe('error');
  });
});

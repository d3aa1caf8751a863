/**
 * `max_tool_rounds` for every kind of agent: a turn that needs 26 rounds of
 * tool calls (the longest turn in 200 real τ-bench conversations) passes with
 * the default and with the setting at 26, and one round fewer stops it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { executeTrial } from '../../src/engine/index.js';
import type { AgentToolResults, AgentTurnRequest } from '../../src/engine/types.js';
import type { TraceEvent } from '../../src/model/results.js';
import { DEFAULT_MAX_TOOL_ROUNDS } from '../../src/suite/schema.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { commandAgent, context, contents, conversationTrial, openaiAgent, realChat } from './support.js';

const ROUNDS = 26;
const ROUNDS_AGENT = fileURLToPath(new URL('./fixtures/rounds-agent.mjs', import.meta.url));
const LOOKUP = {
  name: 'lookup_order',
  parameters: { type: 'object', properties: { order_id: { type: 'string' } } },
  mock: { default: { output: { status: 'shipped' } } },
};
const SCENARIO = {
  id: 's',
  type: 'scripted',
  match: 'regex',
  conditional_actions: {
    role: 'A customer.',
    conditions: [
      { id: 0, condition: 'FIRST_MESSAGE', action: 'Check all my orders please.', fixed_message: true },
      { id: 1, condition: 'anything', pattern: '.', action: 'Thanks <endcall/>', fixed_message: true },
    ],
  },
};

let fake: FakeOpenAI | undefined;
let server: ReturnType<typeof createServer> | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** An openai model that calls a tool until it has seen ROUNDS results, then replies. */
async function openaiRoundsAgent(extra: Record<string, unknown>) {
  fake = await startFakeOpenAI({
    respond: (request) => {
      const results = request.messages.filter((message) => message.role === 'tool').length;
      return results < ROUNDS
        ? { toolCalls: [{ id: `c${results}`, name: 'lookup_order', arguments: { order_id: `A-${results}` } }] }
        : { content: `done after ${results} rounds of tools` };
    },
  });
  return openaiAgent(fake.baseURL, extra);
}

/** An http agent that asks for tools ROUNDS times in its first turn, then replies. */
async function httpRoundsAgent(extra: Record<string, unknown>) {
  let asked = 0;
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      const body = JSON.parse(text) as AgentTurnRequest | AgentToolResults;
      if (body.type === 'turn') asked = 0;
      const answer =
        asked < ROUNDS
          ? { call_tools: [{ id: `c${++asked}`, name: 'lookup_order', arguments: { order_id: `A-${asked}` } }] }
          : { reply: `done after ${asked} rounds of tools` };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { id: 'bot', type: 'http', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, ...extra };
}

const AGENTS: [string, (extra: Record<string, unknown>) => Promise<unknown>][] = [
  ['openai', openaiRoundsAgent],
  ['http', httpRoundsAgent],
  ['command', async (extra) => commandAgent(ROUNDS_AGENT, { env: { ROUNDS: String(ROUNDS) }, ...extra })],
];

async function run(agent: unknown) {
  const trial = conversationTrial({ scenario: SCENARIO, agent, tools: [LOOKUP] });
  return executeTrial(trial, context({ chat: realChat() }));
}

const toolCalls = (events: readonly TraceEvent[]) => events.filter((event) => event.type === 'tool_call');

describe.each(AGENTS)('a %s agent', (_kind, makeAgent) => {
  it(`defaults to ${DEFAULT_MAX_TOOL_ROUNDS} rounds: a ${ROUNDS}-round turn passes`, async () => {
    expect(DEFAULT_MAX_TOOL_ROUNDS).toBeGreaterThanOrEqual(30);
    const trace = await run(await makeAgent({}));
    expect(contents(trace.events, 'agent_message')).toEqual([`done after ${ROUNDS} rounds of tools`]);
    expect(toolCalls(trace.events)).toHaveLength(ROUNDS);
    expect(trace.endReason).toBe('endcall');
  });

  it(`passes a ${ROUNDS}-round turn with max_tool_rounds: ${ROUNDS}`, async () => {
    const trace = await run(await makeAgent({ max_tool_rounds: ROUNDS }));
    expect(contents(trace.events, 'agent_message')).toEqual([`done after ${ROUNDS} rounds of tools`]);
    expect(toolCalls(trace.events)).toHaveLength(ROUNDS);
  });

  it(`stops it with max_tool_rounds: ${ROUNDS - 1}, naming the setting`, async () => {
    const trace = await run(await makeAgent({ max_tool_rounds: ROUNDS - 1 }));
    expect(trace.endReason).toBe('error');
    expect(toolCalls(trace.events)).toHaveLength(ROUNDS - 1);
    expect(trace.events.at(-1)).toMatchObject({
      type: 'error',
      source: 'agent',
      category: 'infrastructure',
      message: expect.stringContaining(`max_tool_rounds`),
    });
  });
});

import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { executeTrial } from '../../src/engine/index.js';
import type { TraceEvent } from '../../src/model/results.js';
import { RunSettingsSchema } from '../../src/suite/schema.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { context, conversationTrial, openaiAgent, realChat } from './support.js';

const ORDER_SCHEMA = {
  type: 'object',
  properties: { order_id: { type: 'string' } },
  required: ['order_id'],
  additionalProperties: false,
};

const TOOLS = [
  {
    name: 'lookup_order',
    parameters: ORDER_SCHEMA,
    mock: {
      mappings: [
        {
          when: { order_id: '{{profile.order_id}}' },
          match: 'exact',
          output: { status: 'shipped', owner: '{{profile.name}}' },
        },
        { when: { order_id: 'B-2' }, fail: { error: 'database down', status: 503 } },
        { when: { order_id: 'C-3' }, fail: { timeout: true } },
        { when: { order_id: 'D-4' }, output: { status: 'late' }, fail: { delay_ms: 40 } },
      ],
      default: { output: { found: false } },
    },
  },
  {
    name: 'search_stores',
    parameters: { type: 'object', properties: { city: { type: 'string' }, limit: { type: 'number' } } },
    mock: { mappings: [{ when: { city: 'Lyon' }, output: ['Part-Dieu'] }] },
  },
  { name: 'internal_admin', strategy: 'none' },
];

const SCENARIO = {
  id: 's',
  type: 'scripted',
  match: 'regex',
  conditional_actions: {
    role: 'A customer.',
    conditions: [{ id: 0, condition: 'FIRST_MESSAGE', action: 'Where is my order?', fixed_message: true }],
  },
};

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** An openai agent that makes the given tool calls once, then replies with what the last tool said. */
async function runWithToolCalls(
  calls: { name: string; arguments: unknown }[],
  agentExtra: Record<string, unknown> = {},
) {
  fake = await startFakeOpenAI({
    respond: (request) => {
      const last = request.messages.at(-1);
      if (last?.role === 'tool') return { content: `tool said ${last.content}` };
      return { toolCalls: calls };
    },
  });
  const trial = conversationTrial({
    scenario: SCENARIO,
    agent: openaiAgent(fake.baseURL, agentExtra),
    tools: TOOLS,
    profile: { order_id: 'A-1', name: 'Ann' },
  });
  return { trace: await executeTrial(trial, context({ chat: realChat() })), fake };
}

function toolCalls(events: readonly TraceEvent[]) {
  return events.filter((e): e is Extract<TraceEvent, { type: 'tool_call' }> => e.type === 'tool_call');
}

describe('mock tools', () => {
  it.each([
    ['an exact mapping with a profile template', { order_id: 'A-1' }, { result: { status: 'shipped', owner: 'Ann' } }],
    ['the default when no mapping matches', { order_id: 'Z-9' }, { result: { found: false } }],
    ['an injected error with status', { order_id: 'B-2' }, { error: 'status 503: database down' }],
    ['an injected timeout', { order_id: 'C-3' }, { error: 'tool "lookup_order" timed out after 50 ms' }],
    ['a delayed output', { order_id: 'D-4' }, { result: { status: 'late' } }],
  ])('answers %s', async (_label, args, expected) => {
    const { trace, fake } = await runWithToolCalls([{ name: 'lookup_order', arguments: args }]);
    const [call] = toolCalls(trace.events);
    expect(call).toMatchObject({ name: 'lookup_order', arguments: args, strategy: 'mock', ...expected });
    const toolMessage = fake.requests[1]?.messages.at(-1);
    expect(toolMessage?.role).toBe('tool');
    expect(JSON.parse(toolMessage?.content ?? 'null')).toEqual(
      'error' in expected ? { error: expected.error } : expected.result,
    );
    expect(trace.events.filter((e) => e.type === 'agent_message')).toHaveLength(1);
  });

  it('waits for delay_ms and for the timeout before answering', async () => {
    const { trace } = await runWithToolCalls([
      { name: 'lookup_order', arguments: { order_id: 'D-4' } },
      { name: 'lookup_order', arguments: { order_id: 'C-3' } },
    ]);
    const [delayed, timedOut] = toolCalls(trace.events);
    expect(delayed?.durationMs).toBeGreaterThanOrEqual(35);
    expect(timedOut?.durationMs).toBeGreaterThanOrEqual(45);
  });

  it('matches partially, and says so when no mapping matches and there is no default', async () => {
    const { trace } = await runWithToolCalls([
      { name: 'search_stores', arguments: { city: 'Lyon', limit: 3 } },
      { name: 'search_stores', arguments: { city: 'Paris' } },
    ]);
    const [lyon, paris] = toolCalls(trace.events);
    expect(lyon?.result).toEqual(['Part-Dieu']);
    expect(paris?.error).toMatch(/no mock mapping matches/);
  });

  it.each([
    [
      'a schema violation',
      { name: 'lookup_order', arguments: { order_id: 42 } },
      /invalid arguments: \/order_id must be string/,
    ],
    ['a missing required argument', { name: 'lookup_order', arguments: {} }, /must have required property 'order_id'/],
    ['arguments that are not JSON', { name: 'lookup_order', arguments: '{oops' }, /not valid JSON/],
    ['an unknown tool', { name: 'internal_admin', arguments: {} }, /unknown tool "internal_admin"/],
  ])('records %s as a failed call and tells the agent', async (_label, call, message) => {
    const { trace, fake } = await runWithToolCalls([call]);
    const [recorded] = toolCalls(trace.events);
    expect(recorded?.error).toMatch(message);
    expect(recorded?.result).toBeUndefined();
    const told = JSON.parse(fake.requests[1]?.messages.at(-1)?.content ?? '{}') as { error?: string };
    expect(told.error).toMatch(message);
  });

  it('never offers tools with strategy none', async () => {
    const { fake } = await runWithToolCalls([{ name: 'lookup_order', arguments: { order_id: 'A-1' } }]);
    expect(fake.requests[0]?.tools?.map((t) => t.function.name)).toEqual(['lookup_order', 'search_stores']);
  });

  it('ends with an agent error when the agent is still calling tools after max_tool_rounds', async () => {
    fake = await startFakeOpenAI({
      respond: () => ({ toolCalls: [{ name: 'lookup_order', arguments: { order_id: 'A-1' } }] }),
    });
    const trial = conversationTrial({
      scenario: SCENARIO,
      agent: openaiAgent(fake.baseURL, { max_tool_rounds: 2 }),
      tools: TOOLS,
      profile: { order_id: 'A-1' },
    });
    const trace = await executeTrial(trial, context({ chat: realChat() }));
    expect(fake.requests).toHaveLength(3);
    expect(toolCalls(trace.events)).toHaveLength(2);
    expect(trace.endReason).toBe('error');
    expect(trace.events.at(-1)).toMatchObject({ type: 'error', source: 'agent', category: 'infrastructure' });
  });
});

describe('passthrough tools', () => {
  it('POSTs the arguments to the staging URL with ${ENV} headers and returns its answer', async () => {
    const received: { body: unknown; auth: string | undefined }[] = [];
    const staging = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ body: JSON.parse(body) as unknown, auth: req.headers.authorization });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'from staging' }));
      });
    });
    await new Promise<void>((resolve) => staging.listen(0, '127.0.0.1', resolve));
    const { port } = staging.address() as AddressInfo;
    try {
      fake = await startFakeOpenAI({
        respond: (request) =>
          request.messages.at(-1)?.role === 'tool'
            ? { content: 'done' }
            : { toolCalls: [{ name: 'lookup_order', arguments: { order_id: 'A-1' } }] },
      });
      const tool = {
        name: 'lookup_order',
        parameters: ORDER_SCHEMA,
        strategy: 'passthrough',
        passthrough: { url: `http://127.0.0.1:${port}/orders`, headers: { authorization: 'Bearer ${STAGING_TOKEN}' } },
      };
      const trial = conversationTrial({ scenario: SCENARIO, agent: openaiAgent(fake.baseURL), tools: [tool] });
      const trace = await executeTrial(trial, context({ chat: realChat(), env: { STAGING_TOKEN: 's3cret' } }));
      expect(received).toEqual([{ body: { order_id: 'A-1' }, auth: 'Bearer s3cret' }]);
      expect(toolCalls(trace.events)[0]).toMatchObject({ strategy: 'passthrough', result: { status: 'from staging' } });
    } finally {
      staging.closeAllConnections();
      await new Promise((resolve) => staging.close(resolve));
    }
  });

  it("a backend with no answer ends the turn as the tool's error; an error status is still its answer", async () => {
    // Given to the agent as the tool's error, a staging backend that was down failed every trial as the agent's
    // (tool_call_success), and the circuit breaker, which counts errored trials, never stopped the run.
    const staging = createServer((_req, res) => res.writeHead(500).end('{"error":"maintenance"}'));
    await new Promise<void>((resolve) => staging.listen(0, '127.0.0.1', resolve));
    const { port } = staging.address() as AddressInfo;
    fake = await startFakeOpenAI({
      respond: (request) =>
        request.messages.at(-1)?.role === 'tool'
          ? { content: 'Sorry, try later.' }
          : { toolCalls: [{ name: 'lookup_order', arguments: { order_id: 'A-1' } }] },
    });
    const run = (url: string) => {
      const tool = { name: 'lookup_order', parameters: ORDER_SCHEMA, strategy: 'passthrough', passthrough: { url } };
      const trial = conversationTrial({ scenario: SCENARIO, agent: openaiAgent(fake!.baseURL), tools: [tool] });
      // Sent once: what is retried, and when, is passthrough-retry.test.ts's.
      const suite = { pricing: {}, run: RunSettingsSchema.parse({ retries: 0 }) };
      return executeTrial(trial, context({ chat: realChat(), suite }));
    };
    try {
      const answered = await run(`http://127.0.0.1:${port}/orders`);
      expect(answered.endReason).not.toBe('error');
      expect(toolCalls(answered.events)[0]?.error).toContain('HTTP 500');
    } finally {
      staging.closeAllConnections();
      await new Promise((resolve) => staging.close(resolve));
    }
    const before = fake.requests.length;
    const down = await run(`http://127.0.0.1:${port}/orders`);
    expect(down.endReason).toBe('error');
    expect(down.events.filter((event) => event.type === 'error')).toEqual([
      expect.objectContaining({
        source: 'tool',
        category: 'infrastructure',
        message: expect.stringContaining('ECONNREFUSED'),
      }),
    ]);
    expect(toolCalls(down.events)).toHaveLength(1);
    // The agent was not asked to go on with the outage: one call (the tool call), none after it.
    expect(fake.requests.length - before).toBe(1);
  });
});

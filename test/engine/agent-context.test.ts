/**
 * Agents keep their context. An `openai` agent: every request the local
 * server receives holds the earlier turns' tool calls and tool results, in
 * the order and shape of the chat completions API. An `http` or `command`
 * agent: every turn request carries the same history in protocol entries.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionContext, unseenMessages } from '../../src/engine/agents/context.js';
import { executeTrial } from '../../src/engine/index.js';
import type { AgentToolResults, AgentTurnRequest } from '../../src/engine/types.js';
import { startFakeOpenAI, type ChatRequestBody, type FakeOpenAI } from '../support/fake-openai.js';
import { commandAgent, context, contents, conversationTrial, openaiAgent, realChat } from './support.js';

const LOOKUP = {
  name: 'lookup_order',
  parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
  mock: {
    mappings: [
      { when: { order_id: 'A-1' }, output: { status: 'delivered' } },
      { when: { order_id: 'B-2' }, fail: { error: 'order not found', status: 404 } },
    ],
  },
};

/** Three user turns, matched by regex: no simulator LLM. */
const SCENARIO = {
  id: 's',
  type: 'scripted',
  match: 'regex',
  conditional_actions: {
    role: 'A customer.',
    conditions: [
      { id: 0, condition: 'FIRST_MESSAGE', action: 'Where is order A-1?', fixed_message: true },
      { id: 1, condition: 'status given', pattern: 'delivered', action: 'And order B-2?', fixed_message: true },
      { id: 2, condition: 'anything', pattern: '.', action: 'Thanks, bye <endcall/>', fixed_message: true },
    ],
  },
};

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/**
 * A model that looks the order of the latest user message up (text and a
 * tool call in the same message on the first turn), then replies from the
 * latest tool result.
 */
function orderModel(request: ChatRequestBody) {
  const last = request.messages.at(-1);
  if (last?.role === 'tool') return { content: `The tool said ${last.content}` };
  const order = /[A-Z]-\d/.exec(last?.content ?? '')?.[0] ?? 'none';
  return {
    content: order === 'A-1' ? 'Let me check.' : undefined,
    toolCalls: [{ id: `call_${order}`, name: 'lookup_order', arguments: { order_id: order } }],
  };
}

describe('openai agents keep their context', () => {
  it("sends the first turn's tool calls and results with the second turn's request", async () => {
    fake = await startFakeOpenAI({ respond: orderModel });
    const trial = conversationTrial({ scenario: SCENARIO, agent: openaiAgent(fake.baseURL), tools: [LOOKUP] });
    const trace = await executeTrial(trial, context({ chat: realChat() }));

    expect(contents(trace.events, 'agent_message')).toEqual([
      'The tool said {"status":"delivered"}',
      'The tool said {"error":"status 404: order not found"}',
    ]);
    expect(trace.endReason).toBe('endcall');
    // Turn 1: two requests (tool call, then reply); turn 2: the same.
    expect(fake.requests).toHaveLength(4);
    const secondTurn = fake.requests[2]!;
    expect(secondTurn.messages).toEqual([
      { role: 'system', content: 'You are a support bot.' },
      { role: 'user', content: 'Where is order A-1?' },
      {
        role: 'assistant',
        content: 'Let me check.',
        tool_calls: [
          { id: 'call_A-1', type: 'function', function: { name: 'lookup_order', arguments: '{"order_id":"A-1"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_A-1', content: '{"status":"delivered"}' },
      { role: 'assistant', content: 'The tool said {"status":"delivered"}' },
      { role: 'user', content: 'And order B-2?' },
    ]);
    // Within the turn, the new call and its result follow, and the earlier ones stay.
    const secondTurnAfterTool = fake.requests[3]!;
    expect(secondTurnAfterTool.messages.slice(0, 6)).toEqual(secondTurn.messages);
    expect(secondTurnAfterTool.messages.slice(6)).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_B-2', type: 'function', function: { name: 'lookup_order', arguments: '{"order_id":"B-2"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_B-2', content: '{"error":"status 404: order not found"}' },
    ]);
  });

  it('pairs every tool message with a tool call of an earlier assistant message, in every request', async () => {
    fake = await startFakeOpenAI({ respond: orderModel });
    const trial = conversationTrial({ scenario: SCENARIO, agent: openaiAgent(fake.baseURL), tools: [LOOKUP] });
    await executeTrial(trial, context({ chat: realChat() }));
    for (const request of fake.requests) {
      const offered = new Set<string>();
      for (const message of request.messages) {
        for (const call of message.tool_calls ?? []) offered.add(call.id);
        if (message.role === 'tool') expect(offered.has(message.tool_call_id!)).toBe(true);
      }
    }
    // The first turn's call is answered once, not again in the second turn: the model saw the result.
    const calls = fake.requests.flatMap((r) => r.messages.filter((m) => m.role === 'tool'));
    expect(new Set(calls.map((m) => m.tool_call_id))).toEqual(new Set(['call_A-1', 'call_B-2']));
  });

  it('lets the agent speak first with no system prompt, then keeps its greeting in the context', async () => {
    fake = await startFakeOpenAI({
      respond: (request) =>
        request.messages.at(-1)?.role === 'user' ? { content: 'Noted.' } : { content: 'Hello, how can I help?' },
    });
    const agentSpeaksFirst = {
      id: 's',
      type: 'scripted',
      match: 'regex',
      conditional_actions: {
        role: 'A customer.',
        conditions: [
          { id: 0, condition: 'FIRST_MESSAGE', action: '', fixed_message: true },
          { id: 1, condition: 'greeting', pattern: 'help', action: 'I need a refund.', fixed_message: true },
          { id: 2, condition: 'anything', pattern: '.', action: 'Bye <endcall/>', fixed_message: true },
        ],
      },
    };
    const trial = conversationTrial({
      scenario: agentSpeaksFirst,
      agent: { ...openaiAgent(fake.baseURL), system_prompt: undefined },
    });
    const trace = await executeTrial(trial, context({ chat: realChat() }));
    expect(contents(trace.events, 'agent_message')).toEqual(['Hello, how can I help?', 'Noted.']);
    expect(fake.requests.map((request) => request.messages)).toEqual([
      [{ role: 'system', content: 'A user has just joined the conversation.' }],
      [
        { role: 'assistant', content: 'Hello, how can I help?' },
        { role: 'user', content: 'I need a refund.' },
      ],
    ]);
  });
});

describe('SessionContext', () => {
  const user = (content: string) => ({ role: 'user' as const, content });
  const assistant = (content: string) => ({ role: 'assistant' as const, content });

  it('adds only the messages it has not seen, after what the agent did in between', () => {
    const context = new SessionContext(
      (message: { role: string; content: string }) => `${message.role}: ${message.content}`,
    );
    context.catchUp([user('hi')]);
    context.add('tool: looked up');
    context.addReply('hello');
    expect(context.catchUp([user('hi'), assistant('hello'), user('bye')])).toEqual([
      'user: hi',
      'tool: looked up',
      'assistant: hello',
      'user: bye',
    ]);
  });

  it('starts over from the text when a history does not extend what it saw', () => {
    const context = new SessionContext((message: { role: string; content: string }) => message.content);
    context.catchUp([user('hi')]);
    context.add('(tool)');
    context.addReply('hello');
    expect(context.catchUp([user('other'), assistant('hello'), user('bye')])).toEqual(['other', 'hello', 'bye']);
  });

  it.each([
    [[], [user('a')], [user('a')]],
    [[user('a')], [user('a'), assistant('b')], [assistant('b')]],
    [[user('a')], [user('x')], undefined],
    [[user('a'), assistant('b')], [user('a')], undefined],
  ])('unseenMessages(%j, %j) is %j', (seen, history, expected) => {
    expect(unseenMessages(seen, history)).toEqual(expected);
  });
});

const HISTORY_AGENT = fileURLToPath(new URL('./fixtures/history-agent.mjs', import.meta.url));

/** Two orders looked up, one per turn, then a question whose answer needs the history. */
const THREE_TURNS = {
  ...SCENARIO,
  conditional_actions: {
    role: 'A customer.',
    conditions: [
      { id: 0, condition: 'FIRST_MESSAGE', action: 'Where is order A-1?', fixed_message: true },
      { id: 1, condition: 'first', pattern: 'delivered', action: 'And order B-2?', fixed_message: true },
      { id: 2, condition: 'second', pattern: 'not found', action: 'What did you check?', fixed_message: true },
      { id: 3, condition: 'anything', pattern: '.', action: 'Bye <endcall/>', fixed_message: true },
    ],
  },
};

describe('http and command agents get the history (protocol version 2)', () => {
  let server: ReturnType<typeof createServer> | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  it('a stateless command agent sees the tool calls and results of earlier turns', async () => {
    const trial = conversationTrial({
      scenario: THREE_TURNS,
      agent: commandAgent(HISTORY_AGENT),
      tools: [LOOKUP],
    });
    const trace = await executeTrial(trial, context());
    expect(contents(trace.events, 'agent_message')).toEqual([
      'order status: {"status":"delivered"}',
      'order status: "status 404: order not found"',
      'v2: 2 lookups in my history',
    ]);
  });

  it('sends the history in the turn request: words, call_tools answers and tool results, in order', async () => {
    const received: (AgentTurnRequest | AgentToolResults)[] = [];
    server = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        const body = JSON.parse(text) as AgentTurnRequest | AgentToolResults;
        received.push(body);
        const answer =
          body.type === 'tool_results'
            ? { reply: `checked ${body.results.map((r) => r.id).join(', ')}` }
            : body.turn === 0
              ? { call_tools: [{ id: 'c1', name: 'lookup_order', arguments: { order_id: 'A-1' } }] }
              : { reply: 'delivered, and nothing more' };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const scenario = {
      ...SCENARIO,
      conditional_actions: {
        role: 'A customer.',
        conditions: [
          { id: 0, condition: 'FIRST_MESSAGE', action: 'Where is order A-1?', fixed_message: true },
          { id: 1, condition: 'anything', pattern: '.', action: 'Anything else?', fixed_message: true },
          { id: 2, condition: 'anything', pattern: '.', action: 'Bye <endcall/>', fixed_message: true },
        ],
      },
    };
    const trial = conversationTrial({ scenario, agent: { id: 'bot', type: 'http', url }, tools: [LOOKUP] });
    const trace = await executeTrial(trial, context());
    expect(trace.endReason).toBe('endcall');
    expect(received.map((body) => body.type)).toEqual(['turn', 'tool_results', 'turn']);
    expect(received.every((body) => body.protocol_version === 2)).toBe(true);
    const [first, , second] = received as [AgentTurnRequest, AgentToolResults, AgentTurnRequest];
    expect(first.history).toEqual([{ role: 'user', content: 'Where is order A-1?' }]);
    // `messages` keeps its version-1 meaning (the words only), for agents written before the history.
    expect(second.messages).toEqual([
      { role: 'user', content: 'Where is order A-1?' },
      { role: 'assistant', content: 'checked c1' },
      { role: 'user', content: 'Anything else?' },
    ]);
    expect(second.history).toEqual([
      { role: 'user', content: 'Where is order A-1?' },
      { role: 'assistant', tool_calls: [{ id: 'c1', name: 'lookup_order', arguments: { order_id: 'A-1' } }] },
      { role: 'tool', tool_call_id: 'c1', name: 'lookup_order', output: { status: 'delivered' } },
      { role: 'assistant', content: 'checked c1' },
      { role: 'user', content: 'Anything else?' },
    ]);
  });
});

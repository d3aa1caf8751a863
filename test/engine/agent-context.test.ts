/**
 * An `openai` agent keeps its context: every request the local server
 * receives holds the earlier turns' tool calls and tool results, in the
 * order and shape of the chat completions API.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SessionContext, unseenMessages } from '../../src/engine/agents/context.js';
import { executeTrial } from '../../src/engine/index.js';
import { startFakeOpenAI, type ChatRequestBody, type FakeOpenAI } from '../support/fake-openai.js';
import { context, contents, conversationTrial, openaiAgent, realChat } from './support.js';

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

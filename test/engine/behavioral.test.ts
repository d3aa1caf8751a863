import { afterEach, describe, expect, it } from 'vitest';
import { executeTrial, STOP_SIGNAL } from '../../src/engine/index.js';
import { createChatClient } from '../../src/llm/index.js';
import {
  lastMessage,
  startFakeOpenAI,
  type ChatRequestBody,
  type FakeOpenAI,
  type FakeReply,
} from '../support/fake-openai.js';
import { AGENT_MODEL, context, contents, conversationTrial, openaiAgent, SIMULATOR_MODEL } from './support.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const PRICED_CHAT = () =>
  createChatClient({
    env: {},
    pricing: { [SIMULATOR_MODEL]: { input: 1, output: 2 } },
    callTimeoutMs: 2_000,
    retries: 0,
    onUnpricedModel: () => {},
  });

/** One fake endpoint plays both the agent and the simulated user, told apart by model name. */
async function serve(
  agent: (request: ChatRequestBody, turn: number) => FakeReply,
  simulator: (request: ChatRequestBody, turn: number) => FakeReply,
) {
  let agentTurns = 0;
  let simulatorTurns = 0;
  fake = await startFakeOpenAI({
    respond: (request) =>
      request.model === AGENT_MODEL ? agent(request, agentTurns++) : simulator(request, simulatorTurns++),
  });
  return fake;
}

const REFUND = {
  id: 'refund',
  type: 'behavioral',
  objective: 'Get a refund for order {{profile.order_id}}',
  instructions: 'You are upset but polite. Accept a refund if offered.',
  first_message: 'Hi, my order {{profile.order_id}} arrived broken.',
};

describe('behavioral simulated users', () => {
  it('opens with the rendered first message, plays the persona, and ends on the stop signal', async () => {
    const server = await serve(
      (_r, turn) => ({ content: turn === 0 ? 'Sorry! Would you like a refund?' : 'Refund issued.' }),
      (_r, turn) => ({ content: turn === 0 ? 'Yes please.' : `Thanks, bye! ${STOP_SIGNAL}` }),
    );
    const trial = conversationTrial({
      scenario: REFUND,
      agent: openaiAgent(server.baseURL),
      profile: { order_id: 'A-1' },
      simulatorURL: server.baseURL,
    });
    const trace = await executeTrial(trial, context({ chat: PRICED_CHAT() }));

    expect(contents(trace.events, 'user_message')).toEqual([
      'Hi, my order A-1 arrived broken.',
      'Yes please.',
      'Thanks, bye!',
    ]);
    expect(
      trace.events.filter((e) => e.type === 'user_message').map((e) => (e as { generated: boolean }).generated),
    ).toEqual([false, true, true]);
    expect(trace.endReason).toBe('stop_signal');
    expect(trace.turns).toBe(3);
    expect(contents(trace.events, 'agent_message')).toEqual(['Sorry! Would you like a refund?', 'Refund issued.']);

    const llmCalls = trace.events.filter((e) => e.type === 'llm_call');
    expect(llmCalls.map((e) => (e as { role: string }).role)).toEqual(['agent', 'simulator', 'agent', 'simulator']);
    expect(trace.usage.inputTokens).toBe(40);
    expect(trace.usage.outputTokens).toBe(20);
    expect(trace.usage.costUsd).toBeCloseTo((2 * (10 * 1 + 5 * 2)) / 1_000_000, 12);

    const simulatorRequest = server.requests.find((r) => r.model === SIMULATOR_MODEL)!;
    const system = simulatorRequest.messages[0]?.content ?? '';
    expect(system).toContain('a customer who bought a laptop');
    expect(system).toContain('Get a refund for order A-1');
    expect(system).toContain(STOP_SIGNAL);
    // The simulator sees its own lines as `assistant` and the agent's as `user`.
    expect(simulatorRequest.messages.slice(1).map((m) => m.role)).toEqual(['assistant', 'user']);

    const agentRequest = server.requests.find((r) => r.model === AGENT_MODEL)!;
    expect(agentRequest.messages.map((m) => m.role)).toEqual(['system', 'system', 'user']);
    expect(agentRequest.messages[1]?.content).toContain('"order_id": "A-1"');
  });

  it("a simulator answer its endpoint's content filter withheld is an infrastructure error", async () => {
    const server = await serve(
      () => ({ content: 'Sorry! Would you like a refund?' }),
      () => ({ content: '', finishReason: 'content_filter' }),
    );
    const trial = conversationTrial({
      scenario: REFUND,
      agent: openaiAgent(server.baseURL),
      simulatorURL: server.baseURL,
    });
    const trace = await executeTrial(trial, context({ chat: PRICED_CHAT() }));
    expect(trace.invalid).toBeUndefined();
    expect(trace.endReason).toBe('error');
    expect(trace.events.filter((event) => event.type === 'error')).toEqual([
      expect.objectContaining({
        source: 'simulator',
        category: 'infrastructure',
        message: expect.stringContaining('content_filter'),
      }),
    ]);
  });

  it('lets the agent speak first without a first message, and stops at max_turns', async () => {
    const server = await serve(
      () => ({ content: 'Hello, how can I help?' }),
      (_r, turn) => ({ content: `Still here, message ${turn}.` }),
    );
    const scenario = { ...REFUND, first_message: undefined, max_turns: 3 };
    const trace = await executeTrial(
      conversationTrial({ scenario, agent: openaiAgent(server.baseURL), simulatorURL: server.baseURL }),
      context({ chat: PRICED_CHAT() }),
    );
    expect(trace.events[0]).toMatchObject({ type: 'llm_call', role: 'agent' });
    expect(trace.events[1]).toMatchObject({ type: 'agent_message', content: 'Hello, how can I help?' });
    expect(server.requests[0]?.messages.map((m) => m.role)).toEqual(['system']);
    expect(trace.endReason).toBe('max_turns');
    expect(trace.turns).toBe(3);
    expect(contents(trace.events, 'agent_message')).toHaveLength(4);
  });

  it('records a clear error when no simulator is configured', async () => {
    const server = await serve(
      () => ({ content: 'Hi' }),
      () => ({ content: 'unused' }),
    );
    const trace = await executeTrial(
      conversationTrial({ scenario: REFUND, agent: openaiAgent(server.baseURL) }),
      context({ chat: PRICED_CHAT() }),
    );
    expect(trace.endReason).toBe('error');
    expect(trace.events.at(-1)).toMatchObject({
      type: 'error',
      source: 'simulator',
      message: expect.stringMatching(/needs a simulator model/),
    });
  });
});

describe('scripted scenarios matched by the simulator LLM', () => {
  const SCENARIO = {
    id: 'verify',
    type: 'scripted',
    conditional_actions: {
      role: 'You are a patient checking an appointment.',
      conditions: [
        { id: 0, condition: 'FIRST_MESSAGE', action: 'Hi, I want to check my appointment', fixed_message: true },
        {
          id: 1,
          condition: 'The agent asks for your date of birth',
          action: 'Provide your date of birth',
          fixed_message: false,
        },
        {
          id: 2,
          condition: 'The agent confirms your identity',
          action: 'Thanks, that is all <endcall/>',
          fixed_message: true,
        },
      ],
    },
  };

  function classify(request: ChatRequestBody): FakeReply {
    const prompt = request.messages[0]?.content ?? '';
    const agentSaid = /latest message:\n"""([\s\S]*)"""/.exec(prompt)?.[1] ?? '';
    if (/date of birth/.test(agentSaid)) return { content: '{"condition_id": 1}' };
    if (/confirmed/.test(agentSaid)) return { content: '{"condition_id": "2"}' };
    return { content: '{"condition_id": null}' };
  }

  it(
    'asks the simulator which condition matches, phrases non-fixed actions, and improvises when ' + 'none matches',
    async () => {
      const agentLines = ['Hello there.', 'What is your date of birth?', 'You are confirmed.'];
      const server = await serve(
        (_r, turn) => ({ content: agentLines[turn] ?? 'ok' }),
        (request) => {
          if (request.response_format) return classify(request);
          const instruction = lastMessage(request, 'system');
          if (instruction.includes('Provide your date of birth'))
            return { content: 'It is {{profile.dob}}... I mean 1990-01-01.' };
          return { content: 'I would like to check my appointment, please.' };
        },
      );
      const trial = conversationTrial({
        scenario: SCENARIO,
        agent: openaiAgent(server.baseURL),
        profile: { dob: '1990-01-01' },
        simulatorURL: server.baseURL,
      });
      const trace = await executeTrial(trial, context({ chat: PRICED_CHAT() }));
      const users = trace.events.filter((e) => e.type === 'user_message');
      expect(users.map((e) => [e.conditionId, e.generated])).toEqual([
        [0, false],
        [undefined, true],
        [1, true],
        [2, false],
      ]);
      expect(contents(trace.events, 'user_message')[3]).toBe('Thanks, that is all');
      expect(trace.endReason).toBe('endcall');
      const classification = server.requests.find((r) => r.response_format)!;
      expect(classification.messages[0]?.content).toContain('The agent asks for your date of birth');
    },
  );

  it('records an error when the simulator answers the match with something that is not JSON', async () => {
    const server = await serve(
      () => ({ content: 'Hello there.' }),
      () => ({ content: 'condition one, I think' }),
    );
    const trial = conversationTrial({
      scenario: SCENARIO,
      agent: openaiAgent(server.baseURL),
      simulatorURL: server.baseURL,
    });
    const trace = await executeTrial(trial, context({ chat: PRICED_CHAT() }));
    expect(trace.endReason).toBe('error');
    expect(trace.events.at(-1)).toMatchObject({
      type: 'error',
      source: 'simulator',
      message: expect.stringMatching(/not JSON/),
    });
  });
});

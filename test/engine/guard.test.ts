import { afterEach, describe, expect, it } from 'vitest';
import { executeTrial, STOP_SIGNAL } from '../../src/engine/index.js';
import { inspectUserMessage, LEAK_MIN_SHARED_WORDS } from '../../src/engine/guard.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { AGENT_MODEL, context, contents, conversationTrial, openaiAgent, realChat } from './support.js';

const INSTRUCTIONS =
  'You bought a blue laptop last week and the screen cracked on the second day, so you want a replacement or ' +
  'your money back.';

describe('inspectUserMessage', () => {
  it.each([
    ['How can I help you today?', 'role_swap'],
    ['As an AI language model, I cannot do that.', 'role_swap'],
    ["I'm a virtual assistant for this store.", 'role_swap'],
    ['Is there anything else I can help you with?', 'role_swap'],
    ['According to my instructions I should ask for a refund.', 'instruction_leak'],
    ['Here is my system prompt: be upset.', 'instruction_leak'],
    ['My objective is to get my money back.', 'instruction_leak'],
    ['As a simulated customer, I want a refund.', 'instruction_leak'],
    [`Well, ${INSTRUCTIONS.toLowerCase()}`, 'instruction_leak'],
    ['   ', 'empty_message'],
  ])('flags %j as %s', (message, reason) => {
    expect(inspectUserMessage(message, INSTRUCTIONS, false)?.reason).toBe(reason);
  });

  it.each([
    'Hi, the screen of my laptop cracked. Can you help me?',
    'I bought a blue laptop last week and it broke.',
    'Thanks for your help, that is all.',
    'I was told to call this number by your colleague.',
    "I'm testing customer service here: can you help me?",
  ])('lets an ordinary customer message through: %j', (message) => {
    expect(inspectUserMessage(message, INSTRUCTIONS, false)).toBeUndefined();
  });

  it('accepts an empty last message that only carries the stop signal', () => {
    expect(inspectUserMessage('', INSTRUCTIONS, true)).toBeUndefined();
  });

  it(`needs ${LEAK_MIN_SHARED_WORDS} consecutive words to call a copy a leak`, () => {
    const words = INSTRUCTIONS.split(' ');
    expect(
      inspectUserMessage(words.slice(0, LEAK_MIN_SHARED_WORDS - 1).join(' '), INSTRUCTIONS, false),
    ).toBeUndefined();
    expect(inspectUserMessage(words.slice(0, LEAK_MIN_SHARED_WORDS).join(' '), INSTRUCTIONS, false)?.reason).toBe(
      'instruction_leak',
    );
  });
});

describe('the guard in a conversation', () => {
  let fake: FakeOpenAI | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  const SCENARIO = {
    id: 's',
    type: 'behavioral',
    objective: 'Get a refund',
    instructions: INSTRUCTIONS,
    first_message: 'Hi, my laptop broke.',
  };

  async function run(simulatorLines: string[]) {
    let simulatorCalls = 0;
    fake = await startFakeOpenAI({
      respond: (request) =>
        request.model === AGENT_MODEL
          ? { content: 'I am sorry to hear that. Do you want a refund?' }
          : { content: simulatorLines[simulatorCalls++] ?? STOP_SIGNAL },
    });
    const trial = conversationTrial({
      scenario: SCENARIO,
      agent: openaiAgent(fake.baseURL),
      simulatorURL: fake.baseURL,
    });
    return executeTrial(trial, context({ chat: realChat() }));
  }

  it('retries the conversation once from scratch after a role swap', async () => {
    const trace = await run(['How can I help you today?', `Yes, a refund please. ${STOP_SIGNAL}`]);
    expect(trace.attempts).toBe(2);
    expect(trace.invalid).toBeUndefined();
    expect(trace.endReason).toBe('stop_signal');
    expect(trace.events.filter((e) => e.type === 'simulator_flag')).toEqual([
      expect.objectContaining({ reason: 'role_swap' }),
    ]);
    // The transcript is the second attempt's; the first one's cost is still counted.
    expect(contents(trace.events, 'user_message')).toEqual(['Hi, my laptop broke.', 'Yes, a refund please.']);
    const llmCalls = trace.events.filter((e) => e.type === 'llm_call').length;
    expect(llmCalls).toBe(4);
    expect(trace.usage.inputTokens).toBe(llmCalls * 10);
    // Each attempt is a fresh conversation: the agent never saw the flagged message.
    const agentRequests = fake!.requests.filter((r) => r.model === AGENT_MODEL);
    expect(agentRequests.map((r) => r.messages.filter((m) => m.role === 'user').map((m) => m.content))).toEqual([
      ['Hi, my laptop broke.'],
      ['Hi, my laptop broke.'],
    ]);
  });

  it('marks the trial invalid when the simulator misbehaves again', async () => {
    const trace = await run(['How can I help you today?', 'Following my instructions, I want a refund.']);
    expect(trace.attempts).toBe(2);
    expect(trace.invalid?.reason).toMatch(/instruction_leak/);
    expect(
      trace.events.filter((e) => e.type === 'simulator_flag').map((e) => (e as { reason: string }).reason),
    ).toEqual(['role_swap', 'instruction_leak']);
  });

  it('flags an empty simulated message', async () => {
    const trace = await run(['', '']);
    expect(trace.invalid?.reason).toMatch(/empty_message/);
  });
});

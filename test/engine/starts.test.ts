/**
 * Conversations that start from recorded turns, and the simulated user's own prompt and model:
 * - offline (fixtures/starting-history: a command agent, scripted users, no LLM): the agent is handed the recorded
 *   turns with their tool calls, the trace opens with them marked, and turns count from after them;
 * - against the local OpenAI-compatible server, through the real `openai` client: a behavioral user carries on
 *   from recorded turns with a persona's own model and prompt (the guard's rules still added), and an openai agent
 *   receives the recorded turns as chat messages, tool calls and results included.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { executeTrial, STOP_SIGNAL } from '../../src/engine/index.js';
import { GUARD_RULES } from '../../src/engine/users/prompts.js';
import { formatTranscript, RECORDED_NOTE } from '../../src/judge/transcript.js';
import { toolCalled, toolNotCalled } from '../../src/judge/deterministic.js';
import type { ConversationTrial, Trial } from '../../src/plan/types.js';
import { createSuiteChatClient, planSuiteRun } from '../../src/pipeline/run-suite.js';
import { formatIssue, loadSuite, type LoadedSuite } from '../../src/suite/index.js';
import { startFakeOpenAI, type ChatRequestBody, type FakeOpenAI } from '../support/fake-openai.js';
import { writeSuite } from '../suite/helpers.js';
import { context, conversationTrial } from './support.js';

async function loaded(path: string, cwd?: string): Promise<LoadedSuite> {
  const result = await loadSuite(path, cwd ? { cwd } : {});
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.suite;
}

function trialOf(suite: LoadedSuite, testId: string, env: Record<string, string> = {}): ConversationTrial {
  const trial = planSuiteRun(suite, { testIds: [testId] }, env).trials[0];
  if (trial?.kind !== 'conversation') throw new Error(`no conversation trial for ${testId}`);
  return trial;
}

type Events = Awaited<ReturnType<typeof executeTrial>>['events'];
const spoken = (events: Events) =>
  events.flatMap((e) =>
    e.type === 'user_message' || e.type === 'agent_message' || e.type === 'tool_call'
      ? [`${e.recorded ? 'recorded ' : ''}${e.type === 'tool_call' ? `tool ${e.name}` : e.type}`]
      : [],
  );

describe('starting from recorded turns, offline', () => {
  const fixture = 'fixtures/starting-history/rehearse.yaml';

  it('the agent gets the recorded lookup and does not repeat it; the user answers the recorded question', async () => {
    const suite = await loaded(fixture);
    const trial = trialOf(suite, 'refund-after-recorded-lookup');
    const trace = await executeTrial(trial, context({ env: process.env }));
    expect(spoken(trace.events)).toEqual([
      'recorded user_message',
      'recorded agent_message',
      'recorded tool lookup_order',
      'recorded agent_message',
      'user_message',
      'agent_message',
      'user_message',
      'tool refund_order',
      'agent_message',
      'user_message',
    ]);
    const users = trace.events.flatMap((e) => (e.type === 'user_message' && !e.recorded ? [e.content] : []));
    // The recorded agent question "What's wrong with it?" is what the scripted user's first condition matched.
    expect(users).toEqual(['The left earcup is cracked.', 'Yes please.', 'Thanks!']);
    expect(trace.turns).toBe(3);
    expect(trace.endReason).toBe('endcall');
    const [calledRefund, notLookup] = [
      toolCalled(
        { type: 'tool_called', tool: 'refund_order', args_match: 'partial', min_times: 1, id: 'r', baseline: false },
        trial,
        trace,
      ),
      toolNotCalled({ type: 'tool_not_called', tool: 'lookup_order', id: 'l', baseline: false }, trace),
    ];
    expect(calledRefund.passed).toBe(true);
    // The recorded call is in the trace but is not the agent's work in this run.
    expect(notLookup.passed).toBe(true);
    const recordedAgent = trace.events.find((e) => e.type === 'agent_message' && e.recorded);
    expect(recordedAgent).toMatchObject({ latencyMs: 0 });
  });

  it('a recording ending on the user: the agent answers first; max_turns counts after the recorded turns', async () => {
    const suite = await loaded(fixture);
    const trial = trialOf(suite, 'refund-from-production-transcript');
    const trace = await executeTrial(trial, context({ env: process.env }));
    const firstLive = trace.events.find(
      (e) => (e.type === 'user_message' || e.type === 'agent_message') && !e.recorded,
    );
    expect(firstLive).toMatchObject({
      type: 'agent_message',
      content: expect.stringMatching(/Would you like a refund\?/),
    });
    expect(trace.turns).toBe(2);
    // The recorded lookup came from the transcript file, tool result included: the agent had no need to repeat it.
    expect(spoken(trace.events).filter((line) => line.endsWith('lookup_order'))).toEqual([
      'recorded tool lookup_order',
    ]);

    const oneTurn: Trial = { ...trial, scenario: { ...trial.scenario, max_turns: 1 } };
    const short = await executeTrial(oneTurn, context({ env: process.env }));
    // Two recorded user turns, then one simulated one: max_turns 1 still lets the simulated user speak once.
    expect(short.events.filter((e) => e.type === 'user_message' && !e.recorded)).toHaveLength(1);
    expect(short.endReason).toBe('max_turns');
    expect(short.turns).toBe(1);
  });
});

describe('starting from recorded turns, with the simulated user and the agent on an LLM', () => {
  let fake: FakeOpenAI | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  const suiteFor = (url: string) => `simulator: { model: sim-default, base_url: "${url}" }
agents:
  - id: bot
    type: openai
    model: agent-model
    base_url: "${url}"
    system_prompt: You are a support bot.
    tools: [lookup_order, refund_order]
tools:
  - name: lookup_order
    description: Look up an order.
    parameters: { type: object, properties: { order_id: { type: string } }, required: [order_id] }
    mock: { default: { output: { status: delivered } } }
  - name: refund_order
    description: Refund an order.
    parameters: { type: object, properties: { order_id: { type: string } }, required: [order_id] }
    mock: { default: { output: { refund_id: R-1 } } }
personas:
  - { id: plain, name: Sam, role: a customer }
  - id: expert
    name: Alex
    role: a sound engineer
    simulator: { model: sim-expert, system_prompt_file: prompts/expert.md }
profiles:
  - { id: sam, data: { order_id: "1042" } }
scenarios:
  - id: continue-refund
    type: behavioral
    objective: Get a refund for order {{profile.order_id}}.
    instructions: Insist on a refund.
    max_turns: 3
    start_from:
      - user: "Hi, I want a refund for order {{profile.order_id}}"
      - agent: "Order {{profile.order_id}} was delivered on 3 May. What's wrong with it?"
        tool_calls:
          - { name: lookup_order, arguments: { order_id: "{{profile.order_id}}" }, result: { status: delivered } }
tests:
  - { id: expert-refund, persona: expert, scenario: continue-refund, profile: sam }
  - { id: plain-refund, persona: plain, scenario: continue-refund, profile: sam }
`;

  async function run(testId: string) {
    const requests: ChatRequestBody[] = [];
    fake = await startFakeOpenAI({
      respond: (request) => {
        requests.push(request);
        if (request.model === 'agent-model') {
          const refunded = request.messages.some((m) => m.role === 'tool' && m.content?.includes('R-1'));
          if (!refunded && request.messages.at(-1)?.content === 'It is cracked, refund it.')
            return { toolCalls: [{ name: 'refund_order', arguments: { order_id: '1042' } }] };
          return { content: refunded ? 'Refund R-1 issued.' : 'Sorry to hear that.' };
        }
        const agentSaid = request.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
        return { content: /issued/.test(agentSaid) ? `Thanks. ${STOP_SIGNAL}` : 'It is cracked, refund it.' };
      },
    });
    const dir = writeSuite({
      'rehearse.yaml': suiteFor(fake.baseURL),
      'prompts/expert.md':
        'You are {{persona.name}}, {{persona.role}}, and you own order {{profile.order_id}}. Be terse.',
    });
    const suite = await loaded(join(dir, 'rehearse.yaml'), dir);
    const trial = trialOf(suite, testId);
    const trace = await executeTrial(trial, context({ chat: createSuiteChatClient(suite, {}), env: {} }));
    return { trial, trace, requests, suite };
  }

  it("a persona's own model and prompt play the user, with the guard's rules; it sees the recorded turns", async () => {
    const { trace, requests } = await run('expert-refund');
    const simulator = requests.filter((r) => r.model !== 'agent-model');
    expect(simulator.length).toBeGreaterThan(0);
    expect(requests.some((r) => r.model === 'sim-default')).toBe(false);
    const system = simulator[0]!.messages[0]!.content ?? '';
    expect(system).toContain('You are Alex, a sound engineer, and you own order 1042. Be terse.');
    for (const rule of GUARD_RULES) expect(system).toContain(rule);
    expect(system).toContain('Your objective: Get a refund for order 1042.');
    // The custom prompt replaces the persona's own lines.
    expect(system).not.toContain('You are Alex, a sound engineer.\n');
    // The recorded turns, from the user's side: its own words are `assistant`, the agent's `user`.
    expect(simulator[0]!.messages.slice(1, 3)).toEqual([
      { role: 'assistant', content: 'Hi, I want a refund for order 1042' },
      { role: 'user', content: "Order 1042 was delivered on 3 May. What's wrong with it?" },
    ]);
    expect(trace.endReason).toBe('stop_signal');
  });

  it('an openai agent receives the recorded turns as chat messages, recorded tool call and result too', async () => {
    const { trace, requests } = await run('plain-refund');
    const agent = requests.filter((r) => r.model === 'agent-model');
    const first = agent[0]!.messages.filter((m) => m.role !== 'system');
    expect(first.slice(0, 4)).toEqual([
      { role: 'user', content: 'Hi, I want a refund for order 1042' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'recorded-1-0',
            type: 'function',
            function: { name: 'lookup_order', arguments: '{"order_id":"1042"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'recorded-1-0', content: '{"status":"delivered"}' },
      { role: 'assistant', content: "Order 1042 was delivered on 3 May. What's wrong with it?" },
    ]);
    expect(first[4]).toEqual({ role: 'user', content: 'It is cracked, refund it.' });
    // The root simulator with the built-in persona lines plays the plain persona.
    const simulator = requests.find((r) => r.model !== 'agent-model');
    expect(simulator?.model).toBe('sim-default');
    expect(simulator?.messages[0]?.content).toContain('You are Sam, a customer.');
    // The judge model is told which lines were recorded.
    const text = formatTranscript(trace.events);
    expect(text.split('\n')[0]).toBe(RECORDED_NOTE);
    expect(text).toContain('User (recorded): Hi, I want a refund for order 1042');
    expect(text).toMatch(
      /\[agent called tool lookup_order\(\{"order_id":"1042"\}\) → result: \{"status":"delivered"\}\] \(recorded\)/,
    );
    expect(text).toContain('Agent: Refund R-1 issued.');
    expect(trace.turns).toBe(2);
  });
});

describe('starting from recorded turns, over stateful tools', () => {
  it("replays the recorded turns' successful writes into the state the conversation starts from", async () => {
    const dir = writeSuite({
      'bot.mjs': `import { createInterface } from 'node:readline';
createInterface({ input: process.stdin }).on('line', (line) => {
  if (JSON.parse(line).type === 'turn') process.stdout.write(JSON.stringify({ reply: 'Anything else?' }) + '\\n');
});
`,
    });
    const refund = {
      name: 'refund_order',
      description: 'Refund an order.',
      parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
      strategy: 'state',
      state: {
        require: [{ path: 'orders[{order_id}].status', equals: 'delivered', error: 'not refundable' }],
        set: { 'orders[{order_id}].status': 'refunded' },
        returns: 'orders[{order_id}]',
      },
    };
    const trial = conversationTrial({
      agent: { id: 'bot', type: 'command', command: ['node', join(dir, 'bot.mjs')], timeout_ms: 5_000 },
      tools: [refund],
      scenario: {
        id: 's',
        type: 'scripted',
        match: 'keywords',
        start_from: [
          { user: 'Refund orders 1 and 2, and 3 please.' },
          {
            agent: 'Order 1 is refunded; 2 could not be; 3 is not refundable.',
            tool_calls: [
              { name: 'refund_order', arguments: { order_id: '1' }, result: { status: 'refunded' } },
              { name: 'refund_order', arguments: { order_id: '2' }, error: 'gateway down' },
              // Recorded as a success, but this test's state says otherwise: the write is refused, nothing changes.
              { name: 'refund_order', arguments: { order_id: '3' }, result: { status: 'refunded' } },
            ],
          },
        ],
        conditional_actions: {
          role: 'A customer.',
          conditions: [
            { id: 0, condition: 'FIRST_MESSAGE', action: '', fixed_message: true },
            { id: 1, condition: 'done', keywords: ['refundable'], action: 'Bye <endcall/>', fixed_message: true },
          ],
        },
      },
    });
    const orders = { '1': { status: 'delivered' }, '2': { status: 'delivered' }, '3': { status: 'returned' } };
    const trace = await executeTrial({ ...trial, state: { orders } }, context({ env: process.env }));
    const states = trace.events.flatMap((e) => (e.type === 'state' ? [e] : []));
    expect(states[0]).toMatchObject({
      phase: 'initial',
      state: { orders: { '1': { status: 'refunded' }, '2': { status: 'delivered' }, '3': { status: 'returned' } } },
    });
    // The agent changed nothing after the recorded turns; the replayed writes are not its changes.
    expect(states[1]).toMatchObject({ phase: 'final', changes: [] });
    // Replayed writes leave no trace of their own: the recorded calls are all there is.
    expect(trace.events.filter((e) => e.type === 'tool_call').every((e) => e.recorded)).toBe(true);
    expect(trace.events.some((e) => e.type === 'state_write')).toBe(false);
  });
});

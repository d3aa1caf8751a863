import { describe, expect, it } from 'vitest';
import { intentOf, scriptedSuiteFromTranscripts } from '../../src/author/from-transcript.js';
import { parseTranscript, parseTranscripts } from '../../src/suite/transcript.js';
import { matchesDeterministically } from '../../src/engine/users/scripted.js';
import { ScenarioSchema, TestSchema, ToolSchema } from '../../src/suite/schema.js';

const call = (id: string, name: string, args: unknown) => ({
  id,
  type: 'function',
  function: { name, arguments: JSON.stringify(args) },
});

/** A τ-bench results record, in its own shape: a failed attempt, a `think` call, and a transfer as the last act. */
const tauRecord = (taskId: number, reward: number) => ({
  task_id: taskId,
  reward,
  info: { task: { instruction: 'You are mia_li_3668 …' } },
  traj: [
    { role: 'system', content: '# Airline Agent Policy' },
    { role: 'user', content: 'Hi, I want to cancel reservation ZFA04Y. My user id is mia_li_3668.' },
    { role: 'assistant', content: null, tool_calls: [call('c1', 'think', { thought: 'Check the policy first.' })] },
    { role: 'tool', tool_call_id: 'c1', name: 'think', content: '' },
    { role: 'assistant', content: null, tool_calls: [call('c2', 'cancel_reservation', { reservation_id: 'ZFA04' })] },
    { role: 'tool', tool_call_id: 'c2', name: 'cancel_reservation', content: 'Error: reservation not found' },
    { role: 'assistant', content: null, tool_calls: [call('c3', 'cancel_reservation', { reservation_id: 'ZFA04Y' })] },
    {
      role: 'tool',
      tool_call_id: 'c3',
      name: 'cancel_reservation',
      content: '{"reservation_id": "ZFA04Y", "status": "cancelled"}',
    },
    { role: 'assistant', content: 'Reservation ZFA04Y is cancelled. Anything else?' },
    { role: 'user', content: 'Yes, I was also charged a fee I want disputed.' },
    {
      role: 'assistant',
      content: 'I will transfer you to a human agent.',
      tool_calls: [
        call('c4', 'transfer_to_human_agents', {
          summary: 'The user disputes a fee charged on a cancelled reservation.',
        }),
      ],
    },
    { role: 'tool', tool_call_id: 'c4', name: 'transfer_to_human_agents', content: 'Transfer successful' },
  ],
  trial: 0,
});

describe('reading transcripts', () => {
  it('reads a τ-bench results file as it is: one conversation per solved task, unsolved ones named', () => {
    const text = JSON.stringify(
      [tauRecord(0, 1), tauRecord(1, 0), { task_id: 2, reward: 0, traj: [], trial: 0 }],
      null,
      2,
    );
    const read = parseTranscripts(text, 'tau.json');
    expect(read.transcripts).toHaveLength(1);
    expect(read.transcripts[0]!.format).toBe('tau-bench');
    expect(read.transcripts[0]!.source).toBe('tau.json (task 0, trial 0)');
    expect(read.skipped).toEqual([
      'tau.json (task 1, trial 0): reward 0, the task was not solved (--include-unsolved keeps it)',
      'tau.json (task 2, trial 0): no messages',
    ]);
    const calls = read.transcripts[0]!.turns.flatMap((t) => t.toolCalls);
    // The tool result of a message with both a reply and a call is kept; so is a transfer made last.
    expect(calls.map((c) => [c.name, c.failed ?? false, c.output !== undefined])).toEqual([
      ['think', false, true],
      ['cancel_reservation', true, true],
      ['cancel_reservation', false, true],
      ['transfer_to_human_agents', false, true],
    ]);
  });

  it('criteria come from the outcome: the change that worked and the transfer, not the failed try or think', () => {
    const transcript = parseTranscript(JSON.stringify(tauRecord(0, 1)), 'tau.json');
    const suite = scriptedSuiteFromTranscripts([transcript], { id: 'cancel' });
    const test = TestSchema.parse(suite.tests[0]);
    expect(test.criteria).toEqual([
      {
        type: 'tool_called',
        tool: 'cancel_reservation',
        args: { reservation_id: '{{profile.reservation_id}}' },
        args_match: 'partial',
        min_times: 1,
      },
      // The summary is the agent's own words: not required.
      { type: 'tool_called', tool: 'transfer_to_human_agents', args_match: 'partial', min_times: 1 },
      // What the answer states from the tool's result.
      { type: 'text', contains: ['cancelled'], scope: 'any' },
    ]);
    for (const tool of suite.tools ?? []) ToolSchema.parse(tool);
    ScenarioSchema.parse(suite.scenarios[0]);
  });

  it('reads a τ²-bench results file (tool results by id, error flags, the user’s own tools left out)', () => {
    const simulation = {
      id: 'sim-1',
      task_id: 'retail_7',
      trial: 0,
      reward_info: { reward: 1 },
      messages: [
        { role: 'assistant', content: 'Hi! How can I help you today?', turn_idx: 0 },
        { role: 'user', content: 'Please return order #W2378156, my email is yusuf.rossi@example.com.', turn_idx: 1 },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 't1', name: 'return_items', arguments: { order_id: '#W2378156' }, requestor: 'assistant' },
          ],
        },
        { role: 'tool', id: 't1', content: 'Error: payment method missing', requestor: 'assistant', error: true },
        {
          role: 'user',
          content: null,
          tool_calls: [{ id: 'u1', name: 'toggle_airplane_mode', arguments: {}, requestor: 'user' }],
        },
        { role: 'tool', id: 'u1', content: 'ok', requestor: 'user', error: false },
        { role: 'assistant', content: 'Which payment method should get the refund?' },
      ],
    };
    const read = parseTranscripts(JSON.stringify({ info: {}, tasks: [], simulations: [simulation] }), 'tau2.json');
    expect(read.transcripts).toHaveLength(1);
    const [transcript] = read.transcripts;
    expect(transcript!.format).toBe('tau2-bench');
    expect(transcript!.turns.map((t) => t.role)).toEqual(['agent', 'user', 'agent']);
    expect(transcript!.turns[2]!.toolCalls).toEqual([
      {
        name: 'return_items',
        arguments: { order_id: '#W2378156' },
        output: 'Error: payment method missing',
        failed: true,
      },
    ]);
  });

  it('reads JSON lines with one conversation per line', () => {
    const lines = [
      JSON.stringify({
        messages: [
          { role: 'user', content: 'hi' },
          { role: 'assistant', content: 'hello' },
        ],
      }),
      JSON.stringify([
        { role: 'user', content: 'where is B-2002?' },
        { role: 'assistant', content: 'in transit' },
      ]),
    ].join('\n');
    const read = parseTranscripts(lines, 'many.jsonl');
    expect(read.transcripts.map((t) => [t.format, t.source])).toEqual([
      ['jsonl', 'many.jsonl:1'],
      ['jsonl', 'many.jsonl:2'],
    ]);
  });

  it('reads a "Tool: <output>" line as the output of the call above, never as a tool named after it', () => {
    const text = [
      'User: Where is order B-2002?',
      'Tool: lookup_order {"order_id": "B-2002"}',
      'Tool: shipped, arriving Friday',
      'Agent: It has shipped and arrives Friday.',
    ].join('\n');
    const turns = parseTranscript(text, 'chat.txt').turns;
    expect(turns[1]!.toolCalls).toEqual([
      { name: 'lookup_order', arguments: { order_id: 'B-2002' }, output: 'shipped, arriving Friday' },
    ]);
    expect(() => parseTranscript('User: hi\nTool: shipped, arriving Friday\nAgent: ok', 'chat.txt')).toThrow(
      /^chat\.txt:2:1: "shipped, arriving Friday" reads as a tool's output, but no tool call above is waiting for one; expected "User: …"/,
    );
  });

  it('names file:line and the shapes accepted for what it cannot read', () => {
    expect(() =>
      parseTranscript('[\n  {"role": "user", "content": "hi"},\n  {"speaker": "bot", "text": "hello"}\n]', 'a.json'),
    ).toThrow(
      /^a\.json:3: unknown role undefined; expected "user", "assistant", "tool" or "system" \(a message is \{"role": …, "content": …\}; expected OpenAI chat messages/,
    );
    expect(() => parseTranscript('{"role":"user","content":"hi"}\n{"role": oops}\n', 'chat.jsonl')).toThrow(
      /^chat\.jsonl:2:1: not a JSON object .*expected one message/,
    );
    expect(() => parseTranscript('{"conversation": []}', 'x.json')).toThrow(
      /^x\.json:1: an object with keys "conversation", which is not a conversation; expected OpenAI chat messages/,
    );
    expect(() => parseTranscript('[\n  {"role": "user",\n  oops\n]', 'bad.json')).toThrow(
      /^bad\.json:3:\d+: not valid JSON/,
    );
  });
});

describe('several conversations of one domain', () => {
  it('merge into one suite: one persona, one mock per tool answering every recorded call', () => {
    const a = parseTranscript(
      [
        'User: Where is order B-2002?',
        'Tool: lookup_order {"order_id": "B-2002"} -> {"status": "in transit", "eta": "2026-05-03"}',
        'Agent: In transit, arriving 2026-05-03.',
      ].join('\n'),
      'a.txt',
    );
    const b = parseTranscript(
      [
        'User: Where is order C-3003?',
        'Tool: lookup_order {"order_id": "C-3003"} -> {"status": "delivered", "eta": "2026-04-01"}',
        'Agent: Delivered on 2026-04-01.',
      ].join('\n'),
      'b.txt',
    );
    const suite = scriptedSuiteFromTranscripts([a, b], { id: 'status' });
    expect((suite.personas ?? []).map((p) => (p as { id: string }).id)).toEqual(['status-user']);
    expect((suite.tools ?? []).map((t) => (t as { name: string }).name)).toEqual(['lookup_order']);
    expect(ToolSchema.parse(suite.tools![0]).mock!.mappings.map((m) => m.when)).toEqual([
      { order_id: 'B-2002' },
      { order_id: 'C-3003' },
    ]);
    expect(suite.tests.map((t) => (t as { id: string }).id)).toEqual(['status-1', 'status-2']);
    expect(TestSchema.parse(suite.tests[1]).criteria).toEqual([
      { type: 'text', contains: ['2026-04-01'], scope: 'any' },
    ]);
  });
});

describe('the user answers what the agent means', () => {
  const values = [{ key: 'order_id', value: 'A-1001' }];
  const matches = (pattern: string, message: string) =>
    matchesDeterministically(
      { id: 1, condition: '', action: '', type: 'standard', fixed_message: true, pattern },
      message,
      'regex',
    );

  it('an answer carrying an order id matches any way of asking for it', () => {
    const { pattern, condition } = intentOf('Could you give me your order number?', 'It is A-1001.', values, false);
    expect(condition).toMatch(/^The agent asks for the user's order id/);
    for (const asked of [
      'Which purchase is this about?',
      "What's the order ID, please?",
      'Can you tell me the order in question?',
    ])
      expect(matches(pattern, asked)).toBe(true);
  });

  it('a "yes" matches the offer however it is worded, by its key word or as a yes/no question', () => {
    const { pattern } = intentOf(
      "I'm sorry it arrived damaged. Would you like a refund?",
      'Yes please.',
      values,
      false,
    );
    for (const offer of [
      'Shall I refund it?',
      'Do you want your money back?',
      'I can reimburse the full amount. Should I go ahead?',
    ])
      expect(matches(pattern, offer)).toBe(true);
    expect(matches(pattern, 'Our opening hours are 9 to 5.')).toBe(false);
  });

  it('a closing "thanks" as the last message answers whatever the agent said last', () => {
    const { pattern } = intentOf('Done: refund R-7731 issued.', "Thanks, that's all.", values, true);
    expect(matches(pattern, 'All set, your money is on its way.')).toBe(true);
  });
});

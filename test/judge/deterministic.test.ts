import { describe, expect, it } from 'vitest';
import { judgeTrial } from '../../src/judge/index.js';
import type { ResolvedCriterion } from '../../src/plan/types.js';
import { agent, conversationTrial, criterion, fakeChat, tool, trace, user } from '../runner/helpers.js';

const noChat = fakeChat(() => new Error('no LLM call expected'));

async function judgeOne(
  c: ResolvedCriterion,
  events: Parameters<typeof trace>[0],
  overrides: Parameters<typeof trace>[1] = {},
) {
  const [result] = await judgeTrial(conversationTrial({ criteria: [c] }), trace(events, overrides), { chat: noChat });
  if (!result) throw new Error('no metric result');
  return result;
}

describe('tool_called', () => {
  const events = [
    user('refund A-17'),
    tool('lookup_order', { order_id: 'A-17', verbose: true }),
    tool('lookup_order', '{"order_id":"B-2"}'),
    agent('done'),
  ];

  it('passes when the tool ran with partially matching arguments, templates rendered from the profile', async () => {
    const result = await judgeOne(
      criterion({
        type: 'tool_called',
        tool: 'lookup_order',
        args: { order_id: '{{profile.order.id}}' },
        args_match: 'partial',
        min_times: 1,
      }),
      events,
    );
    expect(result).toMatchObject({ passed: true, score: 1, threshold: 1 });
  });

  it('exact argument matching rejects extra keys', async () => {
    const result = await judgeOne(
      criterion({
        type: 'tool_called',
        tool: 'lookup_order',
        args: { order_id: 'A-17' },
        args_match: 'exact',
        min_times: 1,
      }),
      events,
    );
    expect(result.passed).toBe(false);
    expect(result.reason).toContain('expected at least 1×');
  });

  it('counts raw JSON-text arguments and enforces min_times', async () => {
    const twice = await judgeOne(
      criterion({ type: 'tool_called', tool: 'lookup_order', args_match: 'partial', min_times: 2 }),
      events,
    );
    expect(twice.passed).toBe(true);
    const thrice = await judgeOne(
      criterion({ type: 'tool_called', tool: 'lookup_order', args_match: 'partial', min_times: 3 }),
      events,
    );
    expect(thrice).toMatchObject({ passed: false });
    expect(thrice.score).toBeCloseTo(2 / 3);
    const b2 = await judgeOne(
      criterion({
        type: 'tool_called',
        tool: 'lookup_order',
        args: { order_id: 'B-2' },
        args_match: 'exact',
        min_times: 1,
      }),
      events,
    );
    expect(b2.passed).toBe(true);
  });
});

describe('tool_not_called, tool_call_success, tool_sequence', () => {
  const events = [tool('lookup', {}), tool('refund', {}, { error: 'HTTP 500' }), tool('notify', {}), agent('ok')];

  it('tool_not_called', async () => {
    expect((await judgeOne(criterion({ type: 'tool_not_called', tool: 'escalate' }), events)).passed).toBe(true);
    expect((await judgeOne(criterion({ type: 'tool_not_called', tool: 'refund' }), events)).passed).toBe(false);
  });

  it('tool_call_success scores the share of successful calls and names the failure', async () => {
    const result = await judgeOne(criterion({ type: 'tool_call_success' }), events);
    expect(result.passed).toBe(false);
    expect(result.score).toBeCloseTo(2 / 3);
    expect(result.reason).toContain('refund: HTTP 500');
    expect((await judgeOne(criterion({ type: 'tool_call_success' }), [agent('no tools')])).passed).toBe(true);
  });

  it('tool_sequence in order (subsequence) and exact', async () => {
    expect(
      (await judgeOne(criterion({ type: 'tool_sequence', tools: ['lookup', 'notify'], mode: 'in_order' }), events))
        .passed,
    ).toBe(true);
    expect(
      (await judgeOne(criterion({ type: 'tool_sequence', tools: ['notify', 'lookup'], mode: 'in_order' }), events))
        .passed,
    ).toBe(false);
    expect(
      (await judgeOne(criterion({ type: 'tool_sequence', tools: ['lookup', 'notify'], mode: 'exact' }), events)).passed,
    ).toBe(false);
    expect(
      (
        await judgeOne(
          criterion({ type: 'tool_sequence', tools: ['lookup', 'refund', 'notify'], mode: 'exact' }),
          events,
        )
      ).passed,
    ).toBe(true);
  });
});

describe('latency, turns, cost', () => {
  const events = [user('a'), agent('1', 100), user('b'), agent('2', 200), user('c'), agent('3', 900)];

  it('latency checks each bound and is informational without bounds', async () => {
    const free = await judgeOne(criterion({ type: 'latency' }), events);
    expect(free.passed).toBe(true);
    expect(free.reason).toContain('informational');
    expect(free.reason).toContain('p50 200 ms');
    expect((await judgeOne(criterion({ type: 'latency', p50_ms: 250, max_ms: 1000 }), events)).passed).toBe(true);
    const slow = await judgeOne(criterion({ type: 'latency', p95_ms: 500 }), events);
    expect(slow.passed).toBe(false);
    expect(slow.reason).toContain('p95 830 ms > 500 ms');
  });

  it('turns and cost', async () => {
    expect((await judgeOne(criterion({ type: 'turns', max: 3 }), events)).passed).toBe(true);
    expect((await judgeOne(criterion({ type: 'turns', max: 2 }), events)).passed).toBe(false);
    const usage = { inputTokens: 1, outputTokens: 1, costUsd: 0.05 };
    expect((await judgeOne(criterion({ type: 'cost', max_usd: 0.1 }), events, { usage })).passed).toBe(true);
    expect((await judgeOne(criterion({ type: 'cost', max_usd: 0.01 }), events, { usage })).passed).toBe(false);
  });
});

describe('text', () => {
  const events = [user('hi'), agent('Hello Ada, how can I help?'), user('refund'), agent('Your refund is approved.')];

  it('contains is case-insensitive; scope any / all / final', async () => {
    expect((await judgeOne(criterion({ type: 'text', contains: 'REFUND', scope: 'any' }), events)).passed).toBe(true);
    expect((await judgeOne(criterion({ type: 'text', contains: 'refund', scope: 'all' }), events)).passed).toBe(false);
    expect(
      (await judgeOne(criterion({ type: 'text', contains: ['approved', 'refund'], scope: 'final' }), events)).passed,
    ).toBe(true);
    expect(
      (await judgeOne(criterion({ type: 'text', contains: '{{profile.name}}', scope: 'any' }), events)).passed,
    ).toBe(true);
  });

  it('not_contains and regex', async () => {
    const leak = await judgeOne(criterion({ type: 'text', not_contains: ['password', 'hello'], scope: 'any' }), events);
    expect(leak.passed).toBe(false);
    expect(leak.reason).toContain('contains "hello"');
    expect((await judgeOne(criterion({ type: 'text', regex: '^Your refund', scope: 'final' }), events)).passed).toBe(
      true,
    );
    expect((await judgeOne(criterion({ type: 'text', regex: '^Your refund', scope: 'all' }), events)).passed).toBe(
      false,
    );
  });

  it('says which messages failed which check, per scope', async () => {
    expect((await judgeOne(criterion({ type: 'text', contains: 'voucher', scope: 'any' }), events)).reason).toBe(
      'no agent message contains "voucher"',
    );
    expect((await judgeOne(criterion({ type: 'text', contains: 'refund', scope: 'all' }), events)).reason).toBe(
      'not every agent message contains "refund"',
    );
    expect((await judgeOne(criterion({ type: 'text', regex: '^Hello', scope: 'final' }), events)).reason).toBe(
      'the final agent message does not match /^Hello/',
    );
  });

  it('an invalid regex is a metric error, not a pass', async () => {
    const result = await judgeOne(criterion({ type: 'text', regex: '(', scope: 'any' }), events);
    expect(result).toMatchObject({ passed: false, score: null });
    expect(result.error).toContain('invalid regex');
  });
});

describe('json_schema', () => {
  const schema = { type: 'object', required: ['status'], properties: { status: { enum: ['ok', 'refused'] } } };

  it('validates the final agent message (fenced JSON accepted)', async () => {
    expect(
      (await judgeOne(criterion({ type: 'json_schema', schema }), [agent('```json\n{"status":"ok"}\n```')])).passed,
    ).toBe(true);
    const wrong = await judgeOne(criterion({ type: 'json_schema', schema }), [agent('{"status":"maybe"}')]);
    expect(wrong.passed).toBe(false);
    expect(wrong.reason).toContain('/status');
    const prose = await judgeOne(criterion({ type: 'json_schema', schema }), [
      agent('{"status":"ok"}'),
      agent('sure thing'),
    ]);
    expect(prose.reason).toContain('not JSON');
  });

  it('checks `format` keywords (ajv-formats): a non-email is rejected, silently', async () => {
    const email = { type: 'string', format: 'email' };
    const withEmail = { type: 'object', required: ['email'], properties: { email } };
    const judgeReply = (reply: string) =>
      judgeOne(criterion({ type: 'json_schema', schema: withEmail }), [agent(reply)]);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const good = await judgeReply('{"email":"ada@example.com"}');
      expect(good.passed).toBe(true);
      const bad = await judgeReply('{"email":"ada at example"}');
      expect(bad.passed).toBe(false);
      expect(bad.reason).toContain('/email must match format "email"');
    } finally {
      console.warn = warn;
    }
    expect(warnings).toEqual([]);
  });
});

describe('infrastructure', () => {
  it('flags agent errors, empty replies and timeouts; passes a clean conversation', async () => {
    expect((await judgeOne(criterion({ type: 'infrastructure' }), [user('hi'), agent('hello')])).passed).toBe(true);
    const empty = await judgeOne(criterion({ type: 'infrastructure' }), [user('hi'), agent('  ')]);
    expect(empty.reason).toContain('empty agent reply');
    const crashed = await judgeOne(criterion({ type: 'infrastructure' }), [
      user('hi'),
      { type: 'error', at: 5, source: 'agent', category: 'infrastructure', message: 'exit code 1' },
    ]);
    expect(crashed).toMatchObject({ passed: false });
    expect(crashed.reason).toContain('exit code 1');
    const toolOnly = await judgeOne(criterion({ type: 'infrastructure' }), [
      { type: 'error', at: 5, source: 'tool', category: 'tool_error', message: 'mock said no' },
      agent('sorry'),
    ]);
    expect(toolOnly.passed).toBe(true);
  });
});

describe('thresholds', () => {
  it('a lower threshold lets a partial score pass', async () => {
    const result = await judgeOne(criterion({ type: 'tool_call_success', threshold: 0.5 }), [
      tool('a', {}),
      tool('b', {}, { error: 'x' }),
    ]);
    expect(result).toMatchObject({ passed: true, score: 0.5, threshold: 0.5 });
  });
});

// Checkpoints (`at:`): a criterion judged on the conversation up to a turn or a scripted step.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTrialResult, judgeTrial } from '../../src/judge/index.js';
import { checkpointText, type TraceEvent } from '../../src/model/results.js';
import type { ResolvedCriterion } from '../../src/plan/types.js';
import { agent, conversationTrial, criterion, fakeChat, tool, trace } from '../runner/helpers.js';
import { writeSuite } from '../suite/helpers.js';

const noChat = fakeChat(() => new Error('no LLM call expected'));

const said = (content: string, conditionId: number): TraceEvent => ({
  type: 'user_message',
  at: 0,
  content,
  generated: false,
  conditionId,
});

const EVENTS: TraceEvent[] = [
  { type: 'state', at: 0, phase: 'initial', version: 'v0', state: { orders: { A: { status: 'delivered' } } } },
  said('my kettle is broken', 0),
  agent('What is your order number?'),
  said('A', 1),
  tool('lookup_order', { order_id: 'A' }),
  agent('Would you like a refund?'),
  said('Yes please', 2),
  tool('refund_order', { order_id: 'A' }),
  {
    type: 'state_write',
    at: 0,
    callId: 'c-refund_order',
    tool: 'refund_order',
    changes: [{ path: 'orders.A.status', before: 'delivered', after: 'refunded' }],
  },
  agent('Refund issued.'),
  { type: 'state', at: 0, phase: 'final', version: 'v1', state: { orders: { A: { status: 'refunded' } } } },
];

async function judgeAll(criteria: ResolvedCriterion[], events = EVENTS) {
  const trial = conversationTrial({ criteria });
  const t = trace(events);
  const metrics = await judgeTrial(trial, t, { chat: noChat });
  return { metrics, result: buildTrialResult(trial, t, metrics) };
}

const text = (contains: string, at: ResolvedCriterion['at'], id = contains): ResolvedCriterion =>
  criterion({ type: 'text', contains, scope: 'any', ...(at ? { at } : {}) }, id);

describe('checkpoints', () => {
  // Recorded turns (a scenario's start_from) were said before the test began: turns count from the agent's first
  // reply in this run, as max_turns does.
  it('counts turns after the recorded ones a conversation starts from', async () => {
    const recorded: TraceEvent[] = [
      { type: 'user_message', at: 0, content: 'Hello again', generated: false, recorded: true },
      { ...agent('Welcome back! How can I help?'), recorded: true } as TraceEvent,
    ];
    const { metrics } = await judgeAll(
      [text('order number', { turn: 1 }, 'first-own-reply'), text('Refund issued', { turn: 4 }, 'fourth')],
      [...recorded, ...EVENTS],
    );
    expect(metrics.map((m) => [m.id, m.passed, m.at])).toEqual([
      ['first-own-reply', true, { turn: 1, evaluatedAtTurn: 1 }],
      ['fourth', false, { turn: 4 }],
    ]);
    expect(metrics[1]?.reason).toContain('ended after 3 agent replies');
  });

  it('a turn checkpoint sees the transcript up to that agent reply only', async () => {
    const { metrics } = await judgeAll([
      text('order number', { turn: 1 }, 'early'),
      text('Refund issued', { turn: 2 }, 'too-early'),
      text('Refund issued', { turn: 3 }, 'in-time'),
    ]);
    expect(metrics.map((m) => [m.id, m.passed, m.at])).toEqual([
      ['early', true, { turn: 1, evaluatedAtTurn: 1 }],
      ['too-early', false, { turn: 2, evaluatedAtTurn: 2 }],
      ['in-time', true, { turn: 3, evaluatedAtTurn: 3 }],
    ]);
  });

  it('a step checkpoint is judged just before the scripted user says that step', async () => {
    const refunded = criterion({ type: 'tool_not_called', tool: 'refund_order', at: { step: 2 } }, 'no-refund-yet');
    const looked = criterion(
      { type: 'tool_called', tool: 'lookup_order', args_match: 'partial', min_times: 1, at: { step: 2 } },
      'looked-up',
    );
    const { metrics } = await judgeAll([refunded, looked]);
    expect(metrics.map((m) => [m.id, m.passed, m.at])).toEqual([
      ['no-refund-yet', true, { step: 2, evaluatedAtTurn: 2 }],
      ['looked-up', true, { step: 2, evaluatedAtTurn: 2 }],
    ]);
  });

  it('state criteria at a checkpoint see the state as it stood then', async () => {
    const status = (at: ResolvedCriterion['at'], id: string) =>
      criterion(
        { type: 'state', path: 'orders.A.status', equals: 'delivered', list_order: 'any', ...(at ? { at } : {}) },
        id,
      );
    const { metrics } = await judgeAll([status({ step: 2 }, 'before'), status(undefined, 'after')]);
    expect(metrics.map((m) => [m.id, m.passed])).toEqual([
      ['before', true],
      ['after', false],
    ]);
  });

  it('a point the conversation never reached fails with the reason, and the trial fails (not errors)', async () => {
    const short = EVENTS.slice(0, 4);
    const { metrics, result } = await judgeAll(
      [text('refund', { turn: 2 }, 'late'), text('x', { step: 2 }, 'step')],
      short,
    );
    expect(metrics[0]).toMatchObject({
      passed: false,
      reason: 'the conversation ended after 1 agent reply; checkpoint turn 2 was never reached',
      at: { turn: 2 },
    });
    expect(metrics[0]!.at?.evaluatedAtTurn).toBeUndefined();
    expect(metrics[1]!.reason).toBe(
      'the conversation ended after 1 agent reply; the simulated user never reached step 2',
    );
    expect(result.status).toBe('fail');
    expect(result.reason).toContain('late (at turn 2, not reached): the conversation ended after 1 agent reply');
  });

  it('a code scorer at a checkpoint gets the cut conversation', async () => {
    const dir = writeSuite({
      'count.mjs':
        'export default ({ turns, toolCalls, state }) =>\n' +
        '  ({ pass: true, reason: `${turns} replies, ${toolCalls.length} calls, ${state.final.orders.A.status}` });',
    });
    const scorer = criterion(
      { type: 'code', module: join(dir, 'count.mjs'), export: 'default', at: { step: 2 } },
      'code',
    );
    const { metrics } = await judgeAll([scorer]);
    expect(metrics[0]).toMatchObject({
      passed: true,
      reason: '2 replies, 1 calls, delivered',
      at: { step: 2, evaluatedAtTurn: 2 },
    });
  });

  it('names the point in words', () => {
    expect(checkpointText({ turn: 2, evaluatedAtTurn: 2 })).toBe('at turn 2');
    expect(checkpointText({ step: 3, evaluatedAtTurn: 1 })).toBe('at step 3 (turn 1)');
    expect(checkpointText({ turn: 4 })).toBe('at turn 4, not reached');
  });
});

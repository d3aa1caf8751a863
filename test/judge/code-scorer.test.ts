// Code scorers (type: code) through the judge: real modules in a temporary
// directory, run in the worker pool; what they answer becomes the metric.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTrialResult, judgeTrial } from '../../src/judge/index.js';
import type { TraceEvent } from '../../src/model/results.js';
import type { ResolvedCriterion } from '../../src/plan/types.js';
import { Redactor } from '../../src/util/redact.js';
import { agent, conversationTrial, criterion, fakeChat, tool, trace, user } from '../runner/helpers.js';
import { writeSuite } from '../suite/helpers.js';

const noChat = fakeChat(() => new Error('no LLM call expected'));

const dir = writeSuite({
  'scorers.mjs': `
export const passes = () => ({ pass: true, reason: 'fine' });
export const fails = () => ({ pass: false, reason: 'the refund was wrong' });
export const scored = (input) => ({ pass: true, reason: 'scored', score: input.profile.score });
export const bare = (input) => input.messages.length > 1;
export const throws = () => { throw new Error('no refund call in ' + 'sk-' + 'abcdefghijklmnopqrstuvwxyz0123'); };
export const rejects = async () => Promise.reject(new TypeError('bad input'));
export const never = () => new Promise(() => undefined);
export const spins = () => { for (;;) {} };
export const noReason = () => ({ pass: true });
export const extra = () => ({ pass: true, reason: 'x', scroe: 1 });
export const badScore = () => ({ pass: true, reason: 'x', score: 2 });
export const nothing = () => undefined;
export const echo = (input) => ({ pass: true, reason: JSON.stringify(input) });
export const asyncPass = async () => ({ pass: true, reason: 'later' });
`,
  'typed.ts': `
interface Input { toolCalls: { name: string }[] }
export default function (input: Input): { pass: boolean; reason: string } {
  const names: string[] = input.toolCalls.map((call) => call.name);
  return { pass: names.includes('refund_order'), reason: 'tools: ' + names.join(',') };
}
`,
});

function code(exportName: string, extra: Partial<ResolvedCriterion> = {}, file = 'scorers.mjs'): ResolvedCriterion {
  return {
    ...criterion({ type: 'code', module: join(dir, file), export: exportName }, exportName),
    ...extra,
  } as ResolvedCriterion;
}

const events = [
  user('my kettle is broken'),
  agent('Order number?'),
  user('A-1001'),
  tool('refund_order', { order_id: 'A-1001' }, { result: { total: 42 } }),
  agent('Refunded $42.'),
];

async function judge(c: ResolvedCriterion, profile: Record<string, unknown> = {}, prefix: TraceEvent[] = []) {
  const trial = conversationTrial({ criteria: [c], profile });
  const t = trace([...prefix, ...events]);
  const metrics = await judgeTrial(trial, t, { chat: noChat });
  return { metric: metrics[0]!, trial: buildTrialResult(trial, t, metrics) };
}

describe('code scorers', () => {
  it('passes and fails as the scorer says, with its reason', async () => {
    expect((await judge(code('passes'))).metric).toMatchObject({ passed: true, score: 1, reason: 'fine' });
    const failed = await judge(code('fails'));
    expect(failed.metric).toMatchObject({ passed: false, score: 0, reason: 'the refund was wrong' });
    expect(failed.trial.status).toBe('fail');
    expect((await judge(code('asyncPass'))).metric.passed).toBe(true);
  });

  it('a score against the criterion threshold decides when a threshold is set', async () => {
    const low = await judge(code('scored', { threshold: 0.8 }), { score: 0.6 });
    expect(low.metric).toMatchObject({ passed: false, score: 0.6, threshold: 0.8 });
    const high = await judge(code('scored', { threshold: 0.8 }), { score: 0.9 });
    expect(high.metric).toMatchObject({ passed: true, score: 0.9, threshold: 0.8 });
    // Without a threshold the scorer's own pass decides; the score is recorded.
    expect((await judge(code('scored'), { score: 0.3 })).metric).toMatchObject({ passed: true, score: 0.3 });
    // A threshold on a scorer that gives no score is an error, not a guess.
    const noScore = await judge(code('passes', { threshold: 0.5 }));
    expect(noScore.metric.error).toMatch(/returned no score, but the criterion sets threshold 0\.5/);
  });

  it('accepts a bare boolean', async () => {
    expect((await judge(code('bare'))).metric).toMatchObject({ passed: true, reason: 'the scorer returned true' });
  });

  it('a throw or a rejection is a trial error carrying the message, redacted when written', async () => {
    const thrown = await judge(code('throws'));
    expect(thrown.metric.passed).toBe(false);
    expect(thrown.metric.error).toMatch(/^code scorer scorers\.mjs \(export throws\) failed: no refund call in sk-/);
    expect(thrown.trial.status).toBe('error');
    expect(thrown.trial.reason).toContain('no refund call');
    const redacted = new Redactor().redactValue(thrown.trial);
    expect(JSON.stringify(redacted)).not.toContain('abcdefghijklmnopqrstuvwxyz0123');
    const rejected = await judge(code('rejects'));
    expect(rejected.metric.error).toContain('failed: bad input');
  });

  it('a never-settling promise and a sync infinite loop both time out; the next scorer still runs', async () => {
    const started = Date.now();
    const [never, spins] = await Promise.all([
      judge(code('never', { timeout_ms: 300 } as Partial<ResolvedCriterion>)),
      judge(code('spins', { timeout_ms: 300 } as Partial<ResolvedCriterion>)),
    ]);
    expect(never.metric.error).toBe('code scorer scorers.mjs (export never) timed out after 300 ms');
    expect(spins.metric.error).toBe('code scorer scorers.mjs (export spins) timed out after 300 ms');
    expect(spins.trial.status).toBe('error');
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await judge(code('passes'))).metric.passed).toBe(true);
  });

  it('an answer of the wrong shape is an error naming the module and what was expected', async () => {
    const cases: [string, RegExp][] = [
      ['noReason', /returned reason = undefined \(not a string\); expected \{ pass: boolean, reason: string/],
      ['extra', /returned unknown field\(s\) scroe in/],
      ['badScore', /returned score = 2 \(not a number from 0 to 1\)/],
      ['nothing', /returned undefined; expected/],
    ];
    for (const [name, message] of cases) {
      const { metric, trial } = await judge(code(name));
      expect(metric.error).toMatch(message);
      expect(metric.error).toContain(`code scorer scorers.mjs (export ${name})`);
      expect(trial.status).toBe('error');
    }
  });

  it('gets the trial as plain data: messages, tool calls with their turn, profile, test', async () => {
    const { metric } = await judge(code('echo'), { tier: 'gold' });
    const input = JSON.parse(metric.reason) as Record<string, unknown>;
    expect(input).toMatchObject({
      criterion: { id: 'echo', threshold: null, at: null },
      test: { id: 'refund', variant: 'default', scenario: 'refund-flow', persona: 'ada', dataset: null },
      profile: { tier: 'gold' },
      messages: [
        { role: 'user', content: 'my kettle is broken' },
        { role: 'assistant', content: 'Order number?' },
        { role: 'user', content: 'A-1001' },
        { role: 'assistant', content: 'Refunded $42.' },
      ],
      toolCalls: [{ name: 'refund_order', arguments: { order_id: 'A-1001' }, result: { total: 42 }, turn: 1 }],
      state: null,
      turns: 2,
      endReason: 'stop_signal',
    });
    expect((input.events as unknown[]).length).toBe(events.length);
  });

  it('counts turns after the recorded ones a conversation starts from, as max_turns does', async () => {
    const recorded: TraceEvent[] = [
      { ...user('hello again'), recorded: true } as TraceEvent,
      { ...agent('Welcome back!'), recorded: true } as TraceEvent,
    ];
    const { metric } = await judge(code('echo'), {}, recorded);
    const input = JSON.parse(metric.reason) as Record<string, unknown>;
    expect(input).toMatchObject({ turns: 2, toolCalls: [{ name: 'refund_order', turn: 1 }] });
    expect((input.messages as unknown[]).length).toBe(6);
  });

  it('loads a TypeScript module', async () => {
    const { metric } = await judge(code('default', {}, 'typed.ts'));
    expect(metric).toMatchObject({ passed: true, reason: 'tools: refund_order' });
  });
});

import { describe, expect, it } from 'vitest';
import { buildTrialResult } from '../../src/judge/index.js';
import type { MetricResult } from '../../src/model/results.js';
import { agent, conversationTrial, trace, user } from '../runner/helpers.js';

const metric = (type: string, passed: boolean, extra: Partial<MetricResult> = {}): MetricResult => ({
  id: type,
  type,
  baseline: false,
  passed,
  score: passed ? 1 : 0,
  threshold: 1,
  reason: `${type} ${passed ? 'ok' : 'said no'}`,
  ...extra,
});

describe('trial verdict', () => {
  const trial = conversationTrial();
  const events = [user('hi'), agent('a', 100), user('more'), agent('b', 300)];

  it('passes when every criterion passes, with per-turn latency', () => {
    const result = buildTrialResult(trial, trace(events), [metric('turns', true)]);
    expect(result).toMatchObject({
      status: 'pass',
      id: 'refund@default#0',
      personaVersion: 'p1',
      turns: 2,
      latency: { p50: 200, max: 300 },
    });
    expect(result.failureCategory).toBeUndefined();
  });

  it('categorises failures by root cause', () => {
    expect(buildTrialResult(trial, trace(events), [metric('expected_outcome', false)])).toMatchObject({
      status: 'fail',
      failureCategory: 'judge',
      reason: 'expected_outcome: expected_outcome said no',
    });
    expect(
      buildTrialResult(trial, trace(events), [metric('expected_outcome', false), metric('tool_call_success', false)])
        .failureCategory,
    ).toBe('tool_error');
    expect(
      buildTrialResult(trial, trace(events), [metric('infrastructure', false), metric('tool_call_success', false)])
        .failureCategory,
    ).toBe('infrastructure');
  });

  it('a metric that could not be computed makes the trial an error', () => {
    const result = buildTrialResult(trial, trace(events), [
      metric('turns', true),
      metric('rubric', false, { score: null, error: 'unparseable judge verdict' }),
    ]);
    expect(result).toMatchObject({ status: 'error', reason: 'rubric: unparseable judge verdict' });
  });

  it('engine endings: error, timeout, budget, cancelled; an invalid simulator is invalid', () => {
    const crash = trace(
      [
        ...events,
        { type: 'error', at: 1, source: 'agent', category: 'infrastructure', message: 'HTTP 502 from agent' },
      ],
      { endReason: 'error' },
    );
    expect(buildTrialResult(trial, crash, [])).toMatchObject({
      status: 'error',
      failureCategory: 'infrastructure',
      reason: 'HTTP 502 from agent',
    });
    expect(buildTrialResult(trial, trace(events, { endReason: 'timeout' }), [])).toMatchObject({
      status: 'error',
      failureCategory: 'timeout',
    });
    expect(buildTrialResult(trial, trace(events, { endReason: 'budget' }), [])).toMatchObject({
      status: 'error',
      failureCategory: 'budget',
    });
    expect(buildTrialResult(trial, trace(events, { endReason: 'cancelled' }), [])).toMatchObject({
      status: 'error',
      failureCategory: 'cancelled',
    });
    const invalid = trace(events, { invalid: { reason: 'the simulator swapped roles twice' } });
    expect(buildTrialResult(trial, invalid, [metric('turns', true)])).toMatchObject({
      status: 'invalid',
      failureCategory: 'invalid_simulator',
      reason: 'the simulator swapped roles twice',
    });
  });
});

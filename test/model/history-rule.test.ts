/**
 * The one rule that keeps a run out of the history (the CLI's local history and the action's artifacts share it).
 */
import { describe, expect, it } from 'vitest';
import { whyRunStaysOutOfHistory } from '../../src/model/history-rule.js';
import type { Results } from '../../src/model/results.js';

type Infrastructure = NonNullable<Results['infrastructure']>;

const trip = (over: Partial<Infrastructure[number]> = {}): Infrastructure[number] => ({
  testKeys: ['t/a@default'],
  erroredTrials: 3,
  notRun: 7,
  message: 'HTTP 500',
  ...over,
});

describe('whyRunStaysOutOfHistory', () => {
  it.each([
    ['a completed run', { status: 'completed' }],
    [
      'a completed run from an older file (no infrastructure field)',
      { status: 'completed', infrastructure: undefined },
    ],
    ['a completed run whose breaker list is empty', { status: 'completed', infrastructure: [] }],
  ] as const)('%s joins', (_label, results) => {
    expect(whyRunStaysOutOfHistory(results as Pick<Results, 'status' | 'infrastructure'>)).toBeUndefined();
  });

  it.each([
    ['an agent outage', [trip({ role: 'agent', agent: 'bot' })]],
    ['an outage of the judge', [trip({ role: 'judge', model: 'judge-model' })]],
    ['an outage of the simulator', [trip({ role: 'simulator', model: 'sim-model' })]],
    ['one test key tripping it', [trip()]],
    ['an older file (agent, no role)', [trip({ agent: 'bot' })]],
    ['several trips', [trip({ agent: 'a' }), trip({ agent: 'b', testKeys: ['t/b@default'] })]],
  ] as const)('a completed run the circuit breaker cut short (%s) stays out', (_label, infrastructure) => {
    expect(whyRunStaysOutOfHistory({ status: 'completed', infrastructure: [...infrastructure] })).toBe(
      'the circuit breaker stopped part of it',
    );
  });

  it.each(['stopped', 'failed', 'running'] as const)('a %s run stays out, whatever else it holds', (status) => {
    const results = { status } as unknown as Pick<Results, 'status' | 'infrastructure'>;
    expect(whyRunStaysOutOfHistory(results)).toBe(`the run is ${status}`);
    expect(whyRunStaysOutOfHistory({ ...results, infrastructure: [trip()] })).toBe(`the run is ${status}`);
  });
});

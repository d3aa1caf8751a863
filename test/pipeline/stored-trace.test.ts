/**
 * `rehearse rejudge` judges the conversation as the engine returned it: the old judge's calls and failures (a judge
 * call that errored is recorded as a `judge` error event) are left out, the conversation's own errors kept.
 */
import { describe, expect, it } from 'vitest';
import type { TraceEvent, TrialResult } from '../../src/model/results.js';
import { storedTrace } from '../../src/pipeline/rejudge.js';

const usage = (costUsd: number) => ({ inputTokens: 10, outputTokens: 5, costUsd });

function stored(transcript: TraceEvent[]): TrialResult {
  return {
    id: 't@default#0',
    key: 't@default',
    testId: 't',
    variant: 'default',
    index: 0,
    status: 'error',
    failureCategory: 'infrastructure',
    reason: 'quality: judge call failed: judge-model: HTTP 500',
    startedAt: '2026-11-21T09:00:00.000Z',
    durationMs: 100,
    endReason: 'endcall',
    turns: 1,
    transcript,
    metrics: [],
    usage: { inputTokens: 30, outputTokens: 15, costUsd: 0.3 },
    latency: { p50: 1, p95: 1, max: 1 },
    attempts: 1,
  };
}

describe('storedTrace', () => {
  it("drops the old judge's calls and failed calls, keeps every other error, and takes the judge's cost off", () => {
    const conversation: TraceEvent[] = [
      { type: 'user_message', at: 0, content: 'Hi', generated: false },
      { type: 'llm_call', at: 1, role: 'agent', model: 'agent-model', usage: usage(0.1), durationMs: 1, attempts: 1 },
      { type: 'agent_message', at: 2, content: 'Hello', latencyMs: 2 },
      { type: 'error', at: 3, source: 'tool', category: 'tool_error', message: 'tool lookup: 409' },
    ];
    const judged: TraceEvent[] = [
      { type: 'llm_call', at: 4, role: 'judge', model: 'judge-model', usage: usage(0.2), durationMs: 1, attempts: 1 },
      { type: 'error', at: 5, source: 'judge', category: 'infrastructure', message: 'judge-model: HTTP 500' },
    ];
    const trace = storedTrace(stored([...conversation, ...judged]));
    expect(trace.events).toEqual(conversation);
    expect(trace.usage.costUsd).toBeCloseTo(0.1);
  });
});

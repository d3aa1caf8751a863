/**
 * Code scorers: a criterion decided by a function the suite names
 * (`type: code`, docs/scorers.md). The function gets the trial as plain data
 * (ScorerInput) in a worker thread under a time limit, and answers
 * `{ pass, reason, score? }` or a bare boolean. A throw, a timeout, a crash or
 * an answer of another shape is the metric's error (the trial errors), never a
 * pass or a silent fail; its message names the module.
 */
import { basename } from 'node:path';
import type { Trace } from '../engine/types.js';
import type { MetricResult, TraceEvent } from '../model/results.js';
import type { Trial } from '../plan/types.js';
import { DEFAULT_SCORER_TIMEOUT_MS } from '../suite/limits.js';
import { moduleWorkers } from '../util/module-worker.js';
import type { CriterionOf } from './deterministic.js';
import { metricError, scored } from './metric-result.js';
import type { ScorerInput } from './scorer-api.js';
import { trialStates } from './state.js';
import { isOwnReply, parsedArguments, toolCalls } from './transcript.js';

const EXPECTED = 'expected { pass: boolean, reason: string, score?: number from 0 to 1 } or a boolean';

export async function codeScorer(
  criterion: CriterionOf<'code'>,
  trial: Trial,
  trace: Trace,
  signal?: AbortSignal,
): Promise<MetricResult> {
  const exported = criterion.export === 'default' ? '' : ` (export ${criterion.export})`;
  const name = `code scorer ${basename(criterion.module)}${exported}`;
  const timeoutMs = criterion.timeout_ms ?? DEFAULT_SCORER_TIMEOUT_MS;
  const outcome = await moduleWorkers.call(criterion.module, criterion.export, scorerInput(criterion, trial, trace), {
    timeoutMs,
    ...(signal ? { signal } : {}),
  });
  if (!outcome.ok)
    return metricError(criterion, outcome.timedOut ? `${name} ${outcome.error}` : `${name} failed: ${outcome.error}`);
  const answer = readAnswer(outcome.value);
  if ('problem' in answer) return metricError(criterion, `${name} returned ${answer.problem}; ${EXPECTED}`);
  const score = answer.score ?? (answer.pass ? 1 : 0);
  if (criterion.threshold === undefined) {
    // The scorer's own verdict decides; the score is recorded as it said.
    return { ...scored(criterion, score, answer.reason), passed: answer.pass };
  }
  if (answer.score === undefined)
    return metricError(criterion, `${name} returned no score, but the criterion sets threshold ${criterion.threshold}`);
  return scored(criterion, answer.score, answer.reason);
}

type Answer = { pass: boolean; reason: string; score?: number } | { problem: string };

function readAnswer(value: unknown): Answer {
  if (typeof value === 'boolean')
    return { pass: value, reason: value ? 'the scorer returned true' : 'the scorer returned false' };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: describe(value) };
  const record = value as Record<string, unknown>;
  const unknownKeys = Object.keys(record).filter((key) => !['pass', 'reason', 'score'].includes(key));
  if (unknownKeys.length > 0) return { problem: `unknown field(s) ${unknownKeys.join(', ')} in ${describe(value)}` };
  if (typeof record.pass !== 'boolean') return { problem: `pass = ${describe(record.pass)} (not a boolean)` };
  if (typeof record.reason !== 'string') return { problem: `reason = ${describe(record.reason)} (not a string)` };
  const score = record.score;
  if (score === undefined) return { pass: record.pass, reason: record.reason };
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 1)
    return { problem: `score = ${describe(score)} (not a number from 0 to 1)` };
  return { pass: record.pass, reason: record.reason, score };
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function scorerInput(criterion: CriterionOf<'code'>, trial: Trial, trace: Trace): ScorerInput {
  const events = trace.events;
  let replies = 0;
  const turnAt = new Map<TraceEvent, number>();
  for (const event of events) {
    if (isOwnReply(event)) replies++;
    turnAt.set(event, replies);
  }
  const states = trialStates(trial, trace);
  return {
    criterion: { id: criterion.id, threshold: criterion.threshold ?? null, at: criterion.at ?? null },
    test: {
      id: trial.testId,
      variant: trial.variant,
      scenario: trial.kind === 'conversation' ? trial.scenario.id : null,
      persona: trial.kind === 'conversation' ? trial.persona.id : null,
      dataset: trial.kind === 'dataset' ? trial.datasetId : null,
    },
    profile: trial.profile,
    item: trial.kind === 'dataset' ? trial.item : null,
    messages: events.flatMap((event): ScorerInput['messages'][number][] =>
      event.type === 'user_message'
        ? [{ role: 'user', content: event.content }]
        : event.type === 'agent_message'
          ? [{ role: 'assistant', content: event.content }]
          : [],
    ),
    toolCalls: toolCalls(events).map((call) => ({
      name: call.name,
      arguments: parsedArguments(call),
      ...(call.result !== undefined ? { result: call.result } : {}),
      ...(call.error !== undefined ? { error: call.error } : {}),
      turn: turnAt.get(call) ?? 0,
    })),
    state: 'error' in states ? null : states,
    turns: replies,
    endReason: trace.endReason,
    events,
  };
}

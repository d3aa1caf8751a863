/**
 * Judging: every resolved criterion of a trial evaluated on its trace.
 * Deterministic metrics are pure; LLM metrics go through the ChatClient.
 */
import type { Trace } from '../engine/types.js';
import type { ResolvedCriterion, Trial } from '../plan/types.js';
import type { MetricResult } from '../model/results.js';
import * as deterministic from './deterministic.js';
import { expectedOutcome, expectedOutput, failIf, rubric, type JudgeDeps } from './llm.js';
import { stateCheck, stateUnchanged } from './state.js';
import { metricError, verdict } from './metric-result.js';
import { traceAt } from './checkpoint.js';
import { codeScorer } from './code.js';
import { usesLlm } from '../plan/criteria.js';

export { buildTrialResult } from './verdict.js';
export type { JudgeDeps } from './llm.js';

/** Conversations that ended like this are not worth an LLM judge's money: the trial is an error anyway. */
const UNJUDGEABLE_ENDS = new Set<Trace['endReason']>(['error', 'timeout', 'cancelled', 'budget']);

export async function judgeTrial(trial: Trial, trace: Trace, deps: JudgeDeps): Promise<MetricResult[]> {
  // Criteria are independent: judge them concurrently, report them in order.
  return Promise.all(trial.criteria.map((criterion) => judgeCriterion(criterion, trial, trace, deps)));
}

export async function judgeCriterion(
  criterion: ResolvedCriterion,
  trial: Trial,
  trace: Trace,
  deps: JudgeDeps,
): Promise<MetricResult> {
  if (usesLlm(criterion) && (trace.invalid || UNJUDGEABLE_ENDS.has(trace.endReason))) {
    return metricError(
      criterion,
      `not judged: the conversation ended with ${trace.invalid ? 'an invalid simulator' : trace.endReason}`,
    );
  }
  if (!criterion.at) return judgeOn(criterion, trial, trace, deps);
  // A checkpoint: judged on the conversation up to that point; the result says where.
  const cut = traceAt(criterion.at, trial, trace);
  if (!cut.reached) return { ...verdict(criterion, false, cut.reason), at: { ...criterion.at } };
  const result = await judgeOn(criterion, trial, cut.trace, deps);
  return { ...result, at: { ...criterion.at, evaluatedAtTurn: cut.turn } };
}

async function judgeOn(
  criterion: ResolvedCriterion,
  trial: Trial,
  trace: Trace,
  deps: JudgeDeps,
): Promise<MetricResult> {
  switch (criterion.type) {
    case 'expected_outcome':
      return expectedOutcome(criterion, trial, trace, deps);
    case 'rubric':
      return rubric(criterion, trial, trace, deps);
    case 'expected_output':
      return expectedOutput(criterion, trial, trace, deps);
    case 'tool_called':
      return deterministic.toolCalled(criterion, trial, trace);
    case 'tool_not_called':
      return deterministic.toolNotCalled(criterion, trace);
    case 'tool_call_success':
      return deterministic.toolCallSuccess(criterion, trace);
    case 'tool_sequence':
      return deterministic.toolSequence(criterion, trace);
    case 'latency':
      return deterministic.latency(criterion, trace);
    case 'turns':
      return deterministic.turns(criterion, trace);
    case 'cost':
      return deterministic.cost(criterion, trace);
    case 'text':
      return deterministic.text(criterion, trial, trace);
    case 'json_schema':
      return deterministic.jsonSchema(criterion, trace);
    case 'infrastructure':
      return deterministic.infrastructure(criterion, trace);
    case 'state':
      return stateCheck(criterion, trial, trace);
    case 'state_unchanged':
      return stateUnchanged(criterion, trial, trace);
    case 'fail_if':
      return failIf(criterion, trial, trace, deps);
    case 'code':
      return codeScorer(criterion, trial, trace, deps.signal);
  }
}

/** Which criteria the judge LLM decides: decided where the plan resolves criteria. */
export { usesLlm } from '../plan/criteria.js';

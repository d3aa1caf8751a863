/**
 * Re-judging a stored run: its transcripts, the current suite's criteria,
 * metrics and thresholds, a new results file linked to the original
 * (`rejudgedFrom`). No conversation is run again: deterministic criteria
 * need no LLM call, LLM-judged ones call only the judge.
 *
 * The stored trials go through the runner like a run whose engine answers
 * every trial with its stored trace, so judging, aggregation, budget,
 * concurrency and the results file are the run's own.
 */
import type { ExecuteTrial, Trace } from '../engine/types.js';
import type { Results, TraceEvent, TrialResult } from '../model/results.js';
import { planRun, type Plan, type Trial } from '../plan/index.js';
import { addUsage } from '../runner/trial.js';
import type { LoadedSuite } from '../suite/types.js';
import { runSuite, type SuiteRunRequest } from './run-suite.js';

export interface RejudgeRequest extends Omit<
  SuiteRunRequest,
  'plan' | 'executeTrial' | 'planOptions' | 'annotate' | 'git'
> {
  /** The stored run, read with its transcripts. */
  readonly original: Results;
}

export interface Rejudged {
  readonly results: Results;
  /** Stored trials whose test is no longer in the suite: left out. */
  readonly dropped: readonly string[];
}

export async function rejudgeRun({ original, ...request }: RejudgeRequest): Promise<Rejudged> {
  const { plan, traces, dropped } = replanStoredTrials(request.suite, original);
  const executeTrial: ExecuteTrial = async (trial) => traces.get(trial.id) as Trace;
  const results = await runSuite({
    ...request,
    plan,
    executeTrial,
    git: original.git,
    ...(original.plan ? { planOptions: original.plan } : {}),
    annotate: (rejudged) => ({ ...rejudged, source: original.source, rejudgedFrom: original.runId }),
    // Only the stored trials are judged again: no conversation can be added (or spared) by confirmation.
    confirm: false,
  });
  return { results, dropped };
}

/**
 * Each stored trial as the current suite defines its test (criteria,
 * thresholds), keeping the trial's id, index and the persona/scenario
 * versions its conversation ran with.
 */
export function replanStoredTrials(
  suite: LoadedSuite,
  original: Results,
): { plan: Plan; traces: Map<string, Trace>; dropped: string[] } {
  // The simulator is not called: behavioral tests are planned whatever the env holds.
  const current = planRun(suite, {
    variants: original.variants.map((variant) => variant.id),
    runs: 1,
    simulatorAvailable: true,
  });
  const byKey = new Map(current.trials.map((trial) => [trial.key, trial]));
  const storedPerKey = new Map<string, number>();
  for (const stored of original.trials) storedPerKey.set(stored.key, (storedPerKey.get(stored.key) ?? 0) + 1);
  const trials: Trial[] = [];
  const traces = new Map<string, Trace>();
  const dropped: string[] = [];
  for (const stored of original.trials) {
    const planned = byKey.get(stored.key);
    if (!planned || stored.status === 'skipped') {
      dropped.push(stored.id);
      continue;
    }
    trials.push(asStoredTrial(planned, stored, storedPerKey.get(stored.key) ?? 1));
    traces.set(stored.id, storedTrace(stored));
  }
  const plan: Plan = {
    trials,
    variants: current.variants,
    ...(current.baseline !== undefined ? { baseline: current.baseline } : {}),
    ...(original.shard ? { shard: original.shard } : {}),
    skipped: original.skipped,
  };
  return { plan, traces, dropped };
}

function asStoredTrial(planned: Trial, stored: TrialResult, runs: number): Trial {
  const common = { id: stored.id, index: stored.index, runs: Math.max(planned.runs, runs) };
  if (planned.kind !== 'conversation') return { ...planned, ...common };
  return {
    ...planned,
    ...common,
    persona: { ...planned.persona, version: stored.personaVersion ?? planned.persona.version },
    scenario: { ...planned.scenario, version: stored.scenarioVersion ?? planned.scenario.version },
  };
}

/** The conversation as the engine returned it: the stored transcript without the old judge's calls and failures. */
export function storedTrace(stored: TrialResult): Trace {
  const isJudgeCall = (event: TraceEvent) => event.type === 'llm_call' && event.role === 'judge';
  const isJudgeError = (event: TraceEvent) => event.type === 'error' && event.source === 'judge';
  const judgeUsage = addUsage({ inputTokens: 0, outputTokens: 0, costUsd: 0 }, stored.transcript.filter(isJudgeCall));
  return {
    events: stored.transcript.filter((event) => !isJudgeCall(event) && !isJudgeError(event)),
    endReason: stored.endReason,
    turns: stored.turns,
    usage: {
      inputTokens: Math.max(0, stored.usage.inputTokens - judgeUsage.inputTokens),
      outputTokens: Math.max(0, stored.usage.outputTokens - judgeUsage.outputTokens),
      costUsd: Math.max(0, stored.usage.costUsd - judgeUsage.costUsd),
    },
    startedAt: stored.startedAt,
    durationMs: stored.durationMs,
    attempts: stored.attempts,
    ...(stored.status === 'invalid' ? { invalid: { reason: stored.reason ?? 'the simulated user misbehaved' } } : {}),
  };
}

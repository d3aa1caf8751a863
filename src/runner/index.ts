/**
 * The runner: every planned trial under one global concurrency limit on LLM
 * calls (all variants interleaved, trials started in plan order = critical
 * first), with a cost budget, fail-fast, per-trial timeouts and cancellation.
 * The results file is written atomically at the end, also when the run stops
 * early.
 */
import { relative } from 'node:path';
import { summarizeTests, totals, variantTotals, verdictOf } from '../aggregate/index.js';
import type { ExecuteTrial } from '../engine/types.js';
import { judgeTrial } from '../judge/index.js';
import type { ChatClient } from '../llm/types.js';
import type { Plan, Trial } from '../plan/types.js';
import { writeResults } from '../results/index.js';
import type { Results, TrialResult } from '../model/results.js';
import type { LoadedSuite } from '../suite/types.js';
import type { Progress } from './progress.js';
import { CallSlots } from './slots.js';
import { gitInfo, newRunId, runSource, type GitInfo } from './run-info.js';
import { NOT_STARTED, runTrial, type JudgeTrial, type TrialDeps } from './trial.js';

export { createProgressReporter, formatProgress, type Progress, type ProgressReporter } from './progress.js';
export { gitInfo, newRunId, runSource } from './run-info.js';

/** How often progress is reported while no trial finishes (keeps ETA and elapsed live). */
const PROGRESS_TICK_MS = 1_000;
/** After a cancel, how long in-flight trials get to unwind before the results are written without them. */
const CANCEL_GRACE_MS = 2_000;
/**
 * Trials in flight per call slot, by default. A trial holds a slot only while
 * one of its calls is out; with several trials per slot, a freed slot is taken
 * at once by another trial, and the last trials of the run share the slots
 * instead of leaving most of them idle. Why 8: equal trials move in lockstep,
 * so the idle tail shrinks only as more of them share the slots; in the bench
 * (200 trials on 16 slots) 4 per slot still left slots idle 4–6% of the run,
 * 8 leaves 1%. Bounded, because a command agent's process and every
 * transcript live as long as their trial.
 */
export const TRIALS_PER_CALL_SLOT = 8;

export interface RunOptions {
  readonly suite: LoadedSuite;
  readonly plan: Plan;
  /** Default: `ci` when GITHUB_ACTIONS=true, else `cli`. */
  readonly source?: 'ci' | 'cli';
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly chat: ChatClient;
  /** Default: the engine's executeTrial. */
  readonly executeTrial?: ExecuteTrial;
  /** Default: the judge's judgeTrial. */
  readonly judgeTrial?: JudgeTrial;
  readonly signal?: AbortSignal;
  /** LLM calls in flight at once, over the whole run. Defaults to the suite's `run:` settings, like the next three. */
  readonly concurrency?: number;
  readonly budgetUsd?: number;
  readonly failFast?: boolean;
  readonly trialTimeoutMs?: number;
  /** Default: TRIALS_PER_CALL_SLOT × concurrency. */
  readonly maxTrialsInFlight?: number;
  readonly onProgress?: (progress: Progress) => void;
  readonly onTrialDone?: (result: TrialResult) => void;
  /** Where the results file is written (atomically); omitted: not written. */
  readonly outputPath?: string;
  readonly runId?: string;
  readonly git?: GitInfo;
  /** For relative paths in the results and `git` lookups; default process.cwd(). */
  readonly cwd?: string;
  /** The gate the run will be judged with, recorded in the results so `rehearse report`/`compare` judge it the same way. */
  readonly gate?: Results['gate'];
  /** Adds what only the caller knows (the plan options, a cassette's counts) before the results are written. */
  readonly annotate?: (results: Results) => Results;
}

type StopReason = NonNullable<Results['stopReason']>;

export async function runPlan(options: RunOptions): Promise<Results> {
  const cwd = options.cwd ?? process.cwd();
  const startedAt = new Date();
  const started = performance.now();
  const state = createState();
  const execute = options.executeTrial ?? (await import('../engine/index.js')).executeTrial;
  const concurrency = Math.max(1, options.concurrency ?? options.suite.run.concurrency);
  const trialDeps: Omit<TrialDeps, 'onSpend'> = {
    execute,
    judge: options.judgeTrial ?? judgeTrial,
    engine: { suite: { pricing: options.suite.pricing, run: options.suite.run }, env: options.env },
    chat: options.chat,
    slots: new CallSlots(concurrency),
    runSignal: options.signal ?? new AbortController().signal,
    timeoutMs: options.trialTimeoutMs ?? options.suite.run.trial_timeout_ms,
  };
  let closed = false;
  const report = () => {
    if (!closed) options.onProgress?.(progressOf(state, options.plan.trials.length, performance.now() - started));
  };
  const ticker = options.onProgress ? setInterval(report, PROGRESS_TICK_MS) : undefined;
  report();

  let cursor = 0;
  const trials = options.plan.trials;
  const worker = async (): Promise<void> => {
    while (cursor < trials.length) {
      const stop = stopReasonNow(state, options, trialDeps.runSignal);
      if (stop) {
        state.stopReason ??= stop;
        state.notStarted += trials.length - cursor;
        cursor = trials.length;
        return;
      }
      const position = cursor++;
      await runAndRecord(state, options, position, trials[position] as Trial, trialDeps);
      report();
    }
  };
  const workers = Array.from({ length: Math.max(1, options.maxTrialsInFlight ?? TRIALS_PER_CALL_SLOT * concurrency) }, worker);
  try {
    await untilDoneOrCancelled(Promise.all(workers), trialDeps.runSignal);
  } finally {
    if (ticker) clearInterval(ticker);
  }
  if (trialDeps.runSignal.aborted) state.stopReason = 'cancelled';
  report();
  // Trials aborted by a cancel may still settle after this point: they report nothing more.
  closed = true;

  const assembled = assemble(options, state, { startedAt, durationMs: performance.now() - started, cwd });
  const results = options.annotate ? options.annotate(assembled) : assembled;
  if (options.outputPath) await writeResults(options.outputPath, results);
  return results;
}

interface RunState {
  /** Finished trials by plan position, so the results keep plan order. */
  readonly finished: Map<number, TrialResult>;
  /** Cost of every LLM call so far, finished trials and in-flight ones (the budget's view). */
  liveSpend: number;
  inFlight: number;
  notStarted: number;
  failFastTriggered: boolean;
  stopReason?: StopReason;
}

async function runAndRecord(state: RunState, options: RunOptions, position: number, trial: Trial, deps: Omit<TrialDeps, 'onSpend'>): Promise<void> {
  state.inFlight++;
  let trialSpend = 0;
  const onSpend = (cost: number) => {
    trialSpend += cost;
    state.liveSpend += cost;
  };
  // A trial still waiting for its first call slot when the run stops (budget, fail-fast, cancel) does not start: it is not run, like the trials after it.
  let refusedFor: StopReason | undefined;
  const mayStart = () => !(refusedFor = stopReasonNow(state, options, deps.runSignal));
  const result = await runTrial(trial, { ...deps, onSpend, mayStart });
  state.inFlight--;
  if (result === NOT_STARTED) {
    state.stopReason ??= refusedFor ?? 'budget';
    state.notStarted++;
    return;
  }
  if (!result) return;
  // Agents that are not called through our client (http, command) report their cost in the trace only.
  state.liveSpend += Math.max(0, result.usage.costUsd - trialSpend);
  record(state, options, position, trial, result);
}

function createState(): RunState {
  return { finished: new Map(), liveSpend: 0, inFlight: 0, notStarted: 0, failFastTriggered: false };
}

function stopReasonNow(state: RunState, options: RunOptions, signal: AbortSignal): StopReason | undefined {
  if (signal.aborted) return 'cancelled';
  if (budgetReached(state, options)) return 'budget';
  if (state.failFastTriggered) return 'fail_fast';
  return undefined;
}

function budgetReached(state: RunState, options: RunOptions): boolean {
  const budget = options.budgetUsd ?? options.suite.run.budget_usd;
  return budget !== undefined && state.liveSpend >= budget;
}

function record(state: RunState, options: RunOptions, position: number, trial: Trial, result: TrialResult): void {
  state.finished.set(position, result);
  options.onTrialDone?.(result);
  if ((options.failFast ?? options.suite.run.fail_fast) && trial.priority === 'critical' && criticalTestFailed(state, trial)) {
    state.failFastTriggered = true;
  }
}

/** A critical test has failed once too many of its trials failed for it to ever reach its min pass rate. */
function criticalTestFailed(state: RunState, trial: Trial): boolean {
  const sameTest = [...state.finished.values()].filter((result) => result.key === trial.key);
  const count = (status: TrialResult['status']) => sameTest.filter((result) => result.status === status).length;
  return verdictOf(trial, count('pass'), count('fail'), count('error'), count('invalid')) === 'fail';
}

function progressOf(state: RunState, total: number, elapsedMs: number): Progress {
  const results = [...state.finished.values()];
  const count = (status: TrialResult['status']) => results.filter((result) => result.status === status).length;
  const done = results.length;
  const remaining = Math.max(0, total - done - state.notStarted);
  return {
    done,
    total: total - state.notStarted,
    passed: count('pass'),
    failed: count('fail'),
    errored: count('error'),
    invalid: count('invalid'),
    inFlight: state.inFlight,
    spentUsd: state.liveSpend,
    elapsedMs,
    etaMs: done === 0 ? null : (elapsedMs / done) * remaining,
  };
}

/** Resolves when every worker is done, or shortly after a cancel (unfinished trials are dropped anyway). */
async function untilDoneOrCancelled(work: Promise<unknown>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  let onAbort: () => void = () => undefined;
  const cancelled = new Promise<void>((resolve) => {
    onAbort = () => setTimeout(resolve, CANCEL_GRACE_MS).unref();
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([work, cancelled]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function assemble(options: RunOptions, state: RunState, timing: { startedAt: Date; durationMs: number; cwd: string }): Results {
  const trials = [...state.finished.entries()].sort(([a], [b]) => a - b).map(([, result]) => result);
  const tests = summarizeTests(options.plan.trials, trials, { passK: options.suite.run.pass_hat_k });
  const { suite, plan } = options;
  const stopped = state.stopReason !== undefined;
  return {
    schemaVersion: 1,
    runId: options.runId ?? newRunId(timing.startedAt),
    source: options.source ?? runSource(options.env),
    suite: { name: suite.name, config: relative(timing.cwd, suite.rootFile) || suite.rootFile },
    git: options.git ?? gitInfo(options.env, timing.cwd),
    startedAt: timing.startedAt.toISOString(),
    finishedAt: new Date(timing.startedAt.getTime() + timing.durationMs).toISOString(),
    status: stopped ? 'stopped' : 'completed',
    ...(state.stopReason ? { stopReason: state.stopReason } : {}),
    variants: plan.variants.map((id) => describeVariant(options, id)),
    ...(plan.shard ? { shard: { index: plan.shard.index, total: plan.shard.total } } : {}),
    skipped: plan.skipped.map((entry) => ({ key: entry.key, reason: entry.reason })),
    tests,
    trials,
    totals: totals({ tests, trials, durationMs: timing.durationMs }),
    variantTotals: variantTotals(tests, trials, timing.durationMs),
    ...(options.gate ? { gate: options.gate } : {}),
  };
}

function describeVariant(options: RunOptions, id: Plan['variants'][number]): Results['variants'][number] {
  const agent = options.plan.trials.find((trial) => trial.variant === id)?.agent;
  const description = id === 'default' ? undefined : options.suite.variants[id]?.description;
  return {
    id,
    ...(description ? { description } : {}),
    agent: agent?.id ?? options.suite.defaults.agent ?? options.suite.agents[0]?.id ?? 'unknown',
    ...(agent?.type === 'openai' ? { model: agent.model } : {}),
  };
}

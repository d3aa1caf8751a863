/**
 * One trial from start to verdict: execute under its own timeout and the
 * run's cancellation, judge, and build the TrialResult. Never throws for a
 * failing agent or endpoint: those become `error` trials with their cause.
 */
import { TrialTimeout, type CallInFlight } from '../engine/abort.js';
import type { EngineContext, ExecuteTrial, Trace } from '../engine/types.js';
import { buildTrialResult, type JudgeDeps } from '../judge/index.js';
import { callNoting, failureNoting, recordingChat } from './chat.js';
import { metricError } from '../judge/metric-result.js';
import type { ChatClient, ChatResult } from '../llm/types.js';
import type { Trial } from '../plan/types.js';
import type { MetricResult, TraceEvent, TrialResult, Usage } from '../model/results.js';
import { LlmCallError } from '../llm/types.js';
import { worstCaseCostOf } from '../llm/pricing.js';
import { errorMessage } from '../util/errors.js';
import { BudgetRefusal, budgetedChat, type BudgetCap } from './budget.js';
import { agentSlot, FirstCallGate, slottedChat, SlotWait, type CallSlots } from './slots.js';

export type JudgeTrial = (trial: Trial, trace: Trace, deps: JudgeDeps) => Promise<MetricResult[]>;

export interface TrialDeps {
  readonly execute: ExecuteTrial;
  readonly judge: JudgeTrial;
  readonly engine: Omit<EngineContext, 'signal' | 'chat' | 'agentSlot'>;
  readonly chat: ChatClient;
  /** The run's concurrency limit: every LLM call of the trial holds one of these while in flight. */
  readonly slots: CallSlots;
  /** The trial's start order: its calls go before those of trials started later (see CallSlots). */
  readonly rank?: number;
  /** The run's cancellation. */
  readonly runSignal: AbortSignal;
  /** The trial's own time, not counting its calls' waits for a free slot. */
  readonly timeoutMs: number;
  /** Every LLM call's usage as it happens, for the budget and the run's tally. */
  readonly onSpend: (usage: Usage) => void;
  /** Every LLM call reserves its worst-case cost here first (see budget.ts). Absent: no budget. */
  readonly budget?: BudgetCap;
  /**
   * Asked when the trial's first call gets its slot: false (e.g. the budget was
   * reached while it waited) and the trial does not start. Default: it starts.
   */
  readonly mayStart?: () => boolean;
}

/** runTrial's answer for a trial refused at its first call slot: not run, not recorded. */
export const NOT_STARTED = 'not_started';
/** runTrial's answer for a trial cut short because the budget refused one of its calls: not recorded, its cost is. */
export const OUT_OF_BUDGET = 'out_of_budget';

/**
 * undefined when the run was cancelled before the trial finished: unfinished
 * trials are not recorded. NOT_STARTED when `mayStart` (or the budget, before
 * the trial spent anything) refused its first call; OUT_OF_BUDGET when the
 * budget refused a later call, the judge's included.
 */
export async function runTrial(
  trial: Trial,
  deps: TrialDeps,
): Promise<TrialResult | typeof NOT_STARTED | typeof OUT_OF_BUDGET | undefined> {
  const controller = new AbortController();
  const wait = new SlotWait();
  const slots = deps.rank === undefined ? deps.slots : deps.slots.ranked(deps.rank);
  const gate = new FirstCallGate(slots, deps.mayStart ?? (() => true), () =>
    controller.abort(new Error('the trial did not start')),
  );
  // An endpoint failing or hanging call after call can outlast the trial's time in retries, or hang in one attempt
  // longer than the trial: the timeout then names the call it cut, its failure and how long it ran, and the
  // conversation whose call it was (conversation.ts).
  const inFlight = new CallClock();
  const stopTimer = startTrialTimer(deps.timeoutMs, wait, () =>
    controller.abort(new TrialTimeout(deps.timeoutMs, inFlight.at(performance.now()))),
  );
  const note = (call: CallInFlight | undefined): void => inFlight.note(call, performance.now());
  const noted: TrialDeps = { ...deps, chat: callNoting(deps.chat, note) };
  // Derived signals, not listeners: with a listener per trial on the run's one signal, the trials in flight
  // (several per call slot) passed Node's limit of 10 and every run printed MaxListenersExceededWarning.
  // AbortSignal.any links without adding an 'abort' listener to the run signal.
  const signal = AbortSignal.any([deps.runSignal, controller.signal]);
  const judgeSignal = AbortSignal.any([deps.runSignal]);
  const startedAt = new Date();
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  let spentUsd = 0;
  let refusedByBudget = false;
  // Spend is counted inside the slot, before it passes on: the next trial's first call sees it (FirstCallGate).
  const budgeted = (onResult: (result: ChatResult, model: string) => void, timed?: SlotWait): ChatClient =>
    refusalStops(
      budgetedOrCounted(noted, timed, (result, model) => {
        spentUsd += result.usage.costUsd;
        deps.onSpend(result.usage);
        onResult(result, model);
      }),
      () => {
        refusedByBudget = true;
        controller.abort(new BudgetRefusal('the budget refused a call'));
      },
    );
  const engineChat = slottedChat(
    budgeted(() => undefined, wait),
    gate,
    wait,
  );

  let trace: Trace;
  try {
    const engine = { ...deps.engine, signal, chat: engineChat, agentSlot: agentSlot(gate, wait), onCallInFlight: note };
    trace = await deps.execute(trial, engine);
  } catch (error) {
    trace = crashedTrace(error, startedAt, elapsed());
  } finally {
    stopTimer();
  }
  if (deps.runSignal.aborted) return undefined;
  if (gate.refused) return NOT_STARTED;
  if (refusedByBudget) return spentUsd > 0 ? OUT_OF_BUDGET : NOT_STARTED;
  if (controller.signal.reason instanceof TrialTimeout) trace = asTimeout(trace, controller.signal.reason, elapsed());

  const judgeEvents: TraceEvent[] = [];
  // A judge call that failed (its retries spent) is recorded as the judge's error: the circuit breaker lays the
  // trial's error at the judge's door, not the agent's (breaker.ts).
  const judgeChat = failureNoting(
    slottedChat(
      budgeted((result, model) => {
        judgeEvents.push({
          type: 'llm_call',
          at: elapsed(),
          role: 'judge',
          model,
          usage: result.usage,
          durationMs: result.durationMs,
          attempts: result.attempts,
        });
      }),
      slots,
    ),
    (error) => {
      if (error instanceof BudgetRefusal || deps.runSignal.aborted) return;
      const category = error instanceof LlmCallError && error.category === 'timeout' ? 'timeout' : 'infrastructure';
      judgeEvents.push({ type: 'error', at: elapsed(), source: 'judge', category, message: errorMessage(error) });
    },
  );
  const metrics = await deps.judge(trial, trace, { chat: judgeChat, signal: judgeSignal }).catch((error: unknown) =>
    // A bug in a metric must not take the run down: every criterion of this trial becomes an error with the cause.
    trial.criteria.map((criterion) => metricError(criterion, `the judge failed: ${errorMessage(error)}`)),
  );
  if (deps.runSignal.aborted) return undefined;
  // A judge call the budget refused leaves the trial unjudged: cut short like any other, its cost counted.
  if (refusedByBudget) return OUT_OF_BUDGET;
  const judged: Trace = {
    ...trace,
    events: [...trace.events, ...judgeEvents],
    usage: addUsage(trace.usage, judgeEvents),
  };
  return buildTrialResult(trial, judged, metrics);
}

/** The trial's calls through the budget (each reserved first), or only counted when there is none. */
function budgetedOrCounted(
  deps: TrialDeps,
  wait: SlotWait | undefined,
  onResult: (result: ChatResult, model: string) => void,
): ChatClient {
  if (!deps.budget || deps.budget.budgetUsd === undefined) return recordingChat(deps.chat, { onResult });
  const pricing = deps.engine.suite.pricing;
  return budgetedChat(
    deps.chat,
    deps.budget,
    (request) => worstCaseCostOf(request.endpoint.model, request, pricing),
    deps.rank ?? Number.MAX_SAFE_INTEGER,
    onResult,
    wait,
  );
}

/** A call the budget refused ends the trial (`onRefused`), whoever made it. */
function refusalStops(inner: ChatClient, onRefused: () => void): ChatClient {
  return {
    async complete(request) {
      try {
        return await inner.complete(request);
      } catch (error) {
        if (error instanceof BudgetRefusal) onRefused();
        throw error;
      }
    },
  };
}

/**
 * The trial's call in flight and when it started: a call's first note (no retry yet) starts its clock, the notes of
 * its retries keep it, and undefined ends it. Calls of a trial run one at a time (the conversation awaits each).
 */
class CallClock {
  private call: CallInFlight | undefined;
  private startedAt = 0;

  note(call: CallInFlight | undefined, now: number): void {
    const continued = call !== undefined && this.call !== undefined && call.retries > 0;
    if (!continued) this.startedAt = now;
    this.call = call;
  }

  /** The call in flight, with how long it had been running at `now`. */
  at(now: number): CallInFlight | undefined {
    return this.call && { ...this.call, runningMs: now - this.startedAt };
  }
}

/**
 * Fires `onTimeout` once the trial has used `timeoutMs` of its own time.
 * Waiting for a call slot does not count: with more trials in flight than
 * slots, a trial's wall time depends on the others, its timeout must not.
 */
function startTrialTimer(timeoutMs: number, wait: SlotWait, onTimeout: () => void): () => void {
  const started = performance.now();
  let timer: NodeJS.Timeout;
  const check = (): void => {
    const now = performance.now();
    const ownMs = now - started - wait.totalMs(now);
    if (ownMs >= timeoutMs) onTimeout();
    else timer = setTimeout(check, Math.ceil(timeoutMs - ownMs));
  };
  timer = setTimeout(check, timeoutMs);
  return () => clearTimeout(timer);
}

/** The engine threw instead of returning a trace: keep the cause as the trial's error. */
function crashedTrace(error: unknown, startedAt: Date, durationMs: number): Trace {
  const timedOut = error instanceof TrialTimeout || (error instanceof LlmCallError && error.category === 'timeout');
  const category = timedOut ? 'timeout' : error instanceof LlmCallError ? error.category : 'infrastructure';
  return {
    events: [{ type: 'error', at: durationMs, source: 'runner', category, message: errorMessage(error) }],
    endReason: category === 'timeout' ? 'timeout' : category === 'cancelled' ? 'cancelled' : 'error',
    turns: 0,
    usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 },
    startedAt: startedAt.toISOString(),
    durationMs,
    attempts: 1,
  };
}

/** The engine stopped because our timer aborted it: say so, whatever end it reported. */
function asTimeout(trace: Trace, timeout: TrialTimeout, at: number): Trace {
  if (
    trace.endReason === 'timeout' &&
    trace.events.some((event) => event.type === 'error' && event.category === 'timeout')
  )
    return trace;
  const event: TraceEvent = { type: 'error', at, source: 'runner', category: 'timeout', message: timeout.message };
  return { ...trace, endReason: 'timeout', events: [...trace.events, event] };
}

/** `usage` plus the cost and tokens of the LLM calls among `events`. */
export function addUsage(usage: Usage, events: readonly TraceEvent[]): Usage {
  return events.reduce<Usage>(
    (total, event) =>
      event.type === 'llm_call'
        ? {
            inputTokens: total.inputTokens + event.usage.inputTokens,
            outputTokens: total.outputTokens + event.usage.outputTokens,
            costUsd: total.costUsd + event.usage.costUsd,
          }
        : total,
    usage,
  );
}

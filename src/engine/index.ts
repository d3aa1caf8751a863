/**
 * The conversation engine: one trial in, one trace out. A conversation trial
 * is a simulated user talking with the agent; a dataset trial is one input
 * and one reply. A simulated user flagged by the guard gets one more attempt
 * from scratch; flagged twice, the trace is marked invalid.
 */
import type { ConversationTrial, DatasetTrial, Trial } from '../plan/types.js';
import type { EndReason } from '../model/results.js';
import { openAgentSession } from './agents/index.js';
import { slottedSession } from './agents/slotted.js';
import type { AgentSession } from './agents/types.js';
import { converse, type ConversationOutcome } from './conversation.js';
import { TraceRecorder } from './recorder.js';
import { replayRecordedWrites, startingTurns, type StartingTurn } from './start.js';
import { createToolLayer, TrialState, type ToolLayer } from './tools/index.js';
import { contentVersion } from '../suite/version.js';
import { diffStates } from '../util/state-path.js';
import type { EngineContext, ExecuteTrial, Trace } from './types.js';
import { behavioralUser } from './users/behavioral.js';
import { scriptedUser } from './users/scripted.js';
import type { SimulatedUser } from './users/types.js';

export type { Trace, EngineContext, ExecuteTrial, AgentSlot } from './types.js';
export type { ExchangeCall, ExchangeKind, ExchangeOutcome, ExchangeTap } from './exchange.js';
export { budgetExceeded, abortEndReason } from './abort.js';
export { STOP_SIGNAL, expandSpell } from './users/tags.js';

/** A misbehaving simulator is given one more chance, then the trial is invalid. */
export const MAX_CONVERSATION_ATTEMPTS = 2;

export const executeTrial: ExecuteTrial = async (trial, ctx) => {
  const startedAt = new Date().toISOString();
  const clock = performance.now();
  if (trial.kind === 'dataset') return runDatasetTrial(trial, ctx, startedAt, clock);

  const recorders: TraceRecorder[] = [];
  let outcome: ConversationOutcome | undefined;
  for (let attempt = 1; attempt <= MAX_CONVERSATION_ATTEMPTS; attempt++) {
    const recorder = new TraceRecorder(clock);
    recorders.push(recorder);
    outcome = await runConversation(trial, ctx, recorder, attempt);
    if (!outcome.flag || ctx.signal.aborted) break;
  }
  const final = outcome as ConversationOutcome;
  const flaggedTwice = final.flag !== undefined && recorders.length === MAX_CONVERSATION_ATTEMPTS;
  return {
    events: mergeAttempts(recorders),
    endReason: final.endReason,
    turns: final.turns,
    usage: sumUsage(recorders),
    startedAt,
    durationMs: Math.round(performance.now() - clock),
    attempts: recorders.length,
    ...(flaggedTwice && final.flag
      ? { invalid: { reason: `simulated user misbehaved twice (${final.flag.reason}): ${final.flag.detail}` } }
      : {}),
  };
};

async function runConversation(
  trial: ConversationTrial,
  ctx: EngineContext,
  recorder: TraceRecorder,
  attempt: number,
): Promise<ConversationOutcome> {
  const start = startingTurns(trial.scenario.start_from, trial.profile);
  const opened = await openState(trial, recorder, ctx, start);
  const agent = openSession(trial, ctx, recorder, attempt, opened?.state, start);
  try {
    return await converse({
      user: simulatedUser(trial, ctx, recorder),
      agent,
      recorder,
      maxTurns: trial.scenario.max_turns,
      signal: ctx.signal,
      start,
    });
  } finally {
    await agent.close();
    closeState(opened, recorder);
  }
}

/** The whole state goes in the trace up to this size (JSON characters); beyond it, its version and the changes. */
export const STATE_RECORD_LIMIT = 65_536;

interface OpenedState {
  readonly state: TrialState;
  /** The state the conversation starts from: what end-state criteria compare the final state with. */
  readonly initial: Readonly<Record<string, unknown>>;
}

/**
 * A fresh copy of the trial's initial state, with the writes of the recorded turns' successful tool calls applied
 * (start.ts), recorded; undefined when no tool has state.
 */
async function openState(
  trial: Trial,
  recorder: TraceRecorder,
  ctx: EngineContext,
  start: readonly StartingTurn[] = [],
): Promise<OpenedState | undefined> {
  const stateful = trial.tools.some((tool) => tool.strategy === 'state' || tool.strategy === 'module');
  if (!trial.state && !stateful) return undefined;
  const state = new TrialState(trial.state ?? {});
  await replayRecordedWrites(start, trial.tools, state, {
    profile: trial.profile,
    env: ctx.env,
    mockTimeoutMs: ctx.suite.run.mock_tool_timeout_ms,
    signal: ctx.signal,
  });
  const initial = state.snapshot();
  recorder.record({ type: 'state', phase: 'initial', version: contentVersion(initial), ...recordable(initial) });
  return { state, initial };
}

function closeState(opened: OpenedState | undefined, recorder: TraceRecorder): void {
  if (!opened) return;
  const final = opened.state.snapshot();
  recorder.record({
    type: 'state',
    phase: 'final',
    version: contentVersion(final),
    ...recordable(final),
    changes: diffStates(opened.initial, final),
  });
}

function recordable(state: unknown): { state?: unknown } {
  return JSON.stringify(state).length <= STATE_RECORD_LIMIT ? { state: structuredClone(state) } : {};
}

function simulatedUser(trial: ConversationTrial, ctx: EngineContext, recorder: TraceRecorder): SimulatedUser {
  const deps = {
    endpoint: trial.simulator,
    chat: ctx.chat,
    recorder,
    ...(trial.simulatorPrompt !== undefined ? { prompt: trial.simulatorPrompt } : {}),
  };
  return trial.scenario.type === 'behavioral'
    ? behavioralUser(trial.persona, trial.scenario, trial.profile, deps)
    : scriptedUser(trial.persona, trial.scenario, trial.profile, deps);
}

function openSession(
  trial: Trial,
  ctx: EngineContext,
  recorder: TraceRecorder,
  attempt: number,
  state?: TrialState,
  start: readonly StartingTurn[] = [],
): AgentSession {
  // What the agent's own requests and its passthrough tools' calls share: where they go, and how they are retried.
  const requests = {
    profile: trial.profile,
    env: ctx.env,
    recorder,
    ...(ctx.exchanges ? { exchanges: ctx.exchanges } : {}),
    retries: ctx.suite.run.retries,
    ...(ctx.onRetry ? { onRetry: ctx.onRetry } : {}),
    ...(ctx.onCallInFlight ? { onCallInFlight: ctx.onCallInFlight } : {}),
  };
  const tools = createToolLayer(trial.tools, {
    ...requests,
    ...(state ? { state } : {}),
    mockTimeoutMs: ctx.suite.run.mock_tool_timeout_ms,
  });
  const session = openAgentSession(trial.agent, {
    ...requests,
    sessionId: attempt === 1 ? trial.id : `${trial.id}~${attempt}`,
    ...(start.length > 0 ? { start } : {}),
    tools,
    chat: ctx.chat,
  });
  // openai agents' calls already hold slots through `chat`; the others' turns are the agent's model calls.
  const slotted = trial.agent.type !== 'openai' && ctx.agentSlot ? slottedSession(session, ctx.agentSlot) : session;
  // Only passthrough tools wait to retry: the other trials' turns are not wrapped for a wait that never comes.
  return trial.tools.some((tool) => tool.strategy === 'passthrough') ? toolWaitsLeftOut(slotted, tools) : slotted;
}

/** A turn's time waiting to retry its passthrough tools' calls is the run's, not the agent's latency. */
function toolWaitsLeftOut(session: AgentSession, tools: ToolLayer): AgentSession {
  return {
    async turn(messages, signal) {
      const before = tools.retryWaitMs;
      const outcome = await session.turn(messages, signal);
      const waitedMs = tools.retryWaitMs - before;
      if (!outcome.ok || waitedMs === 0) return outcome;
      return { ...outcome, retryWaitMs: (outcome.retryWaitMs ?? 0) + waitedMs };
    },
    close: () => session.close(),
  };
}

/** One user turn (the item's input), one agent reply. */
async function runDatasetTrial(
  trial: DatasetTrial,
  ctx: EngineContext,
  startedAt: string,
  clock: number,
): Promise<Trace> {
  const recorder = new TraceRecorder(clock);
  const opened = await openState(trial, recorder, ctx);
  const agent = openSession(trial, ctx, recorder, 1, opened?.state);
  let endReason: EndReason;
  try {
    const user = datasetUser(trial.item.input);
    endReason = (await converse({ user, agent, recorder, maxTurns: 1, signal: ctx.signal })).endReason;
    if (endReason === 'max_turns') endReason = 'single_turn';
  } finally {
    await agent.close();
    closeState(opened, recorder);
  }
  return {
    events: recorder.events,
    endReason,
    turns: recorder.events.some((e) => e.type === 'user_message') ? 1 : 0,
    usage: recorder.usage,
    startedAt,
    durationMs: Math.round(performance.now() - clock),
    attempts: 1,
  };
}

function datasetUser(input: string): SimulatedUser {
  return {
    instructionText: '',
    opening: async () => ({ kind: 'say', content: input, generated: false }),
    reply: async () => ({ kind: 'end', reason: 'stop_signal' }),
  };
}

/**
 * Earlier attempts keep only what explains the retry and what it cost (their
 * LLM calls and the guard's flags); the conversation shown is the last one.
 */
function mergeAttempts(recorders: readonly TraceRecorder[]): Trace['events'] {
  const last = recorders[recorders.length - 1];
  const earlier = recorders
    .slice(0, -1)
    .flatMap((r) => r.events.filter((e) => e.type === 'llm_call' || e.type === 'simulator_flag'));
  return [...earlier, ...(last?.events ?? [])];
}

function sumUsage(recorders: readonly TraceRecorder[]): Trace['usage'] {
  return recorders.reduce(
    (total, r) => ({
      inputTokens: total.inputTokens + r.usage.inputTokens,
      outputTokens: total.outputTokens + r.usage.outputTokens,
      costUsd: total.costUsd + r.usage.costUsd,
    }),
    { inputTokens: 0, outputTokens: 0, costUsd: 0 },
  );
}

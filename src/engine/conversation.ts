/**
 * The conversation loop: simulated user turn, agent turn (tools included),
 * until the user stops, hangs up, runs out of script or turns, something
 * fails, or the trial's signal is aborted. Never throws: every ending is an
 * end reason plus, for failures, an `error` event.
 */
import { LlmCallError } from '../llm/types.js';
import type { EndReason } from '../model/results.js';
import { abortEndReason, abortMessage, timeoutWhileAwaiting } from './abort.js';
import type { AgentSession, ConversationMessage } from './agents/types.js';
import { inspectUserMessage, type GuardFlag } from './guard.js';
import type { TraceRecorder } from './recorder.js';
import { recordStart, startingMessages, type StartingTurn } from './start.js';
import type { SimulatedUser, UserMove } from './users/types.js';

export interface ConversationOutcome {
  readonly endReason: EndReason;
  /** Simulated-user turns taken. */
  readonly turns: number;
  /** Set when the guard stopped the conversation. */
  readonly flag?: GuardFlag;
}

export interface ConversationOptions {
  readonly user: SimulatedUser;
  readonly agent: AgentSession;
  readonly recorder: TraceRecorder;
  readonly maxTurns: number;
  readonly signal: AbortSignal;
  /** Recorded turns the conversation starts from (already in the agent session's context); none: a fresh start. */
  readonly start?: readonly StartingTurn[];
}

export async function converse(options: ConversationOptions): Promise<ConversationOutcome> {
  const { user, agent, recorder, maxTurns, signal } = options;
  const start = options.start ?? [];
  recordStart(start, recorder);
  // The recorded turns are what was said so far; `turns` (and max_turns) counts the simulated user's own from here.
  const history: ConversationMessage[] = startingMessages(start);
  let turns = 0;
  const finish = (endReason: EndReason, flag?: GuardFlag): ConversationOutcome => ({
    endReason,
    turns,
    ...(flag ? { flag } : {}),
  });

  let move = await firstMove(start, history, options);
  for (;;) {
    if ('endReason' in move) return finish(move.endReason);
    if (move.kind === 'end') return finish(move.reason);
    if (move.kind === 'say') {
      if (move.generated) {
        const flag = inspectUserMessage(move.content, user.instructionText, move.end !== undefined);
        if (flag) {
          recorder.record({ type: 'simulator_flag', reason: flag.reason, detail: flag.detail });
          return finish('error', flag);
        }
      }
      if (move.content !== '' || !move.end) {
        recorder.record({
          type: 'user_message',
          content: move.content,
          generated: move.generated,
          ...(move.conditionId !== undefined ? { conditionId: move.conditionId } : {}),
        });
        history.push({ role: 'user', content: move.content });
        turns++;
      }
      if (move.end) return finish(move.end);
    }
    if (signal.aborted) return finish(aborted(recorder, signal));
    const started = performance.now();
    const outcome = await agent.turn(history, signal);
    if (!outcome.ok) {
      if (signal.aborted) return finish(aborted(recorder, signal));
      recorder.record({
        type: 'error',
        source: outcome.source ?? 'agent',
        category: outcome.category === 'cancelled' ? 'infrastructure' : outcome.category,
        message: outcome.message,
      });
      return finish('error');
    }
    // Time spent queued behind the run's concurrency limit, or waiting to retry, is ours, not the agent's.
    const notTheAgentMs = (outcome.queuedMs ?? 0) + (outcome.retryWaitMs ?? 0);
    const latencyMs = Math.max(0, Math.round(performance.now() - started - notTheAgentMs));
    const retried = outcome.retries ? { retries: outcome.retries } : {};
    recorder.record({ type: 'agent_message', content: outcome.reply, latencyMs, ...retried });
    history.push({ role: 'assistant', content: outcome.reply });
    if (turns >= maxTurns) return finish('max_turns');
    move = await userMove(() => user.reply(history, signal), options);
  }
}

/**
 * Without recorded turns, the user's opening. After them, the recorded turns are the opening: ending on the user's
 * words, the agent answers them first; ending on the agent's, the simulated user answers.
 */
function firstMove(
  start: readonly StartingTurn[],
  history: readonly ConversationMessage[],
  options: ConversationOptions,
): Promise<UserMove | { endReason: EndReason }> {
  const { user, signal } = options;
  const last = start.at(-1);
  if (!last) return userMove(() => user.opening(signal), options);
  if (last.role === 'user') return Promise.resolve({ kind: 'wait' });
  return userMove(() => user.reply(history, signal), options);
}

/** The user's next move, or the end reason when the simulator failed or the trial was aborted. */
async function userMove(
  next: () => Promise<UserMove>,
  options: ConversationOptions,
): Promise<UserMove | { endReason: EndReason }> {
  const { recorder, signal } = options;
  if (signal.aborted) return { endReason: aborted(recorder, signal) };
  try {
    return await next();
  } catch (error) {
    // Cut while the simulator's call was in flight: in an outage where the simulator hangs, the trial's time runs out
    // in its call or its wait to retry, and the timeout is the simulator's when that call was failing or had run
    // half the trial or more (abort.ts timeoutWhileAwaiting; the circuit breaker reads `source`).
    if (signal.aborted) return { endReason: aborted(recorder, signal, 'simulator') };
    const category = error instanceof LlmCallError && error.category === 'timeout' ? 'timeout' : 'infrastructure';
    recorder.record({
      type: 'error',
      source: 'simulator',
      category,
      message: error instanceof Error ? error.message : String(error),
    });
    return { endReason: 'error' };
  }
}

/**
 * Records the abort as the runner's error, or, for a trial timeout that struck while the simulator's call was in flight
 * (`awaiting`) and failing or hung, as the simulator's, saying so. A timeout during the agent's turn stays the
 * runner's: the breaker lays it at the agent's door, as it always did.
 */
function aborted(recorder: TraceRecorder, signal: AbortSignal, awaiting?: 'simulator'): EndReason {
  const reason = abortEndReason(signal);
  const cut = awaiting ? timeoutWhileAwaiting(signal, awaiting) : undefined;
  const { source, message } =
    awaiting && cut !== undefined
      ? { source: awaiting, message: cut }
      : { source: 'runner' as const, message: abortMessage(signal, reason) };
  recorder.record({ type: 'error', source, category: reason, message });
  return reason;
}

/**
 * A trial timeout records whose call it cut: the simulator's, when it was failing (its attempt or its wait to retry)
 * or hung (unanswered for half the trial or more), as the simulator's error, saying what was awaited; anything else
 * as the runner's, as it always read (breaker.ts lays that at the agent's door).
 */
import { describe, expect, it } from 'vitest';
import { TrialTimeout, type CallInFlight } from '../../src/engine/abort.js';
import type { AgentSession } from '../../src/engine/agents/types.js';
import { converse } from '../../src/engine/conversation.js';
import { TraceRecorder } from '../../src/engine/recorder.js';
import type { SimulatedUser, UserMove } from '../../src/engine/users/types.js';

/** A promise that settles only when `signal` aborts, rejecting with its reason (as an aborted call does). */
const hangs = <T>(signal: AbortSignal): Promise<T> =>
  new Promise<T>((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }));

const say = (content: string): UserMove => ({ kind: 'say', content, generated: false });

/** A user who opens with a fixed line and then waits on the simulator (hangs) when `replyHangs`. */
function user(replyHangs: boolean, openingHangs = false): SimulatedUser {
  return {
    instructionText: 'You are a customer.',
    opening: (signal) => (openingHangs ? hangs(signal) : Promise.resolve(say('Hi'))),
    reply: (_history, signal) => (replyHangs ? hangs(signal) : Promise.resolve(say('And?'))),
  };
}

/** An agent whose turn, when it hangs, ends only when the trial is aborted (a turn never throws: it says so). */
function agent(turnHangs: boolean): AgentSession {
  return {
    turn: (_messages, signal) =>
      turnHangs
        ? new Promise((resolve) =>
            signal.addEventListener('abort', () => resolve({ ok: false, category: 'cancelled', message: 'aborted' }), {
              once: true,
            }),
          )
        : Promise.resolve({ ok: true, reply: 'Hello', queuedMs: 0 }),
    close: () => Promise.resolve(),
  };
}

/** Runs a conversation and aborts it with `reason` once it is waiting (the next macrotask). */
async function cutShort(options: { user: SimulatedUser; agent: AgentSession }, reason: unknown) {
  const controller = new AbortController();
  const recorder = new TraceRecorder();
  const running = converse({ ...options, recorder, maxTurns: 10, signal: controller.signal });
  await new Promise((resolve) => setTimeout(resolve, 5));
  controller.abort(reason);
  const outcome = await running;
  const errors = recorder.events.filter((event) => event.type === 'error');
  return { outcome, errors };
}

const SIM_CALL: CallInFlight = { model: 'sim-model', retries: 2, lastFailure: 'no answer within 300 ms' };

describe('a trial timeout cut the conversation', () => {
  it("during the simulator's reply, its call retrying: the simulator's, naming the model and the retries", async () => {
    const { outcome, errors } = await cutShort(
      { user: user(true), agent: agent(false) },
      new TrialTimeout(500, SIM_CALL),
    );
    expect(outcome.endReason).toBe('timeout');
    expect(errors).toEqual([
      expect.objectContaining({
        source: 'simulator',
        category: 'timeout',
        message:
          'the trial exceeded trial_timeout_ms (500 ms) while waiting for the simulator (model sim-model, ' +
          '2 retries so far; the last failure: no answer within 300 ms)',
      }),
    ]);
  });

  it("during the simulator's opening, in its first attempt: the runner's (a healthy call is no evidence)", async () => {
    // A slow agent can use up the trial while a simulator call that has not failed is in flight: not the simulator's.
    const call = { model: 'sim-b', retries: 0 };
    const { outcome, errors } = await cutShort(
      { user: user(false, true), agent: agent(false) },
      new TrialTimeout(80, call),
    );
    expect(outcome).toMatchObject({ endReason: 'timeout', turns: 0 });
    expect(errors).toEqual([
      expect.objectContaining({ source: 'runner', message: 'the trial exceeded trial_timeout_ms (80 ms)' }),
    ]);
    const one = await cutShort(
      { user: user(true), agent: agent(false) },
      new TrialTimeout(80, { ...call, retries: 1 }),
    );
    expect(one.errors[0]).toMatchObject({ source: 'simulator' });
    expect(one.errors[0]?.message).toContain('(model sim-b, 1 retry so far)');
  });

  it("in the simulator's first attempt, unanswered for most of the trial: the simulator's (it hung)", async () => {
    // Its call timeout is longer than the trial: it never failed, but it is what the trial's time went to.
    const hung = await cutShort(
      { user: user(true), agent: agent(false) },
      new TrialTimeout(80, { model: 'sim-b', retries: 0, runningMs: 75 }),
    );
    expect(hung.outcome.endReason).toBe('timeout');
    expect(hung.errors).toEqual([
      expect.objectContaining({
        source: 'simulator',
        category: 'timeout',
        message:
          'the trial exceeded trial_timeout_ms (80 ms) while waiting for the simulator ' +
          '(model sim-b, no retry so far; its call had run 75 ms)',
      }),
    ]);
    // The same call cut early in its run (a slow agent used the trial up): no evidence, the runner's as before.
    const early = await cutShort(
      { user: user(true), agent: agent(false) },
      new TrialTimeout(80, { model: 'sim-b', retries: 0, runningMs: 20 }),
    );
    expect(early.errors).toEqual([
      expect.objectContaining({ source: 'runner', message: 'the trial exceeded trial_timeout_ms (80 ms)' }),
    ]);
  });

  it("during the agent's turn: the runner's, worded as before, whatever call was in flight", async () => {
    const agentCall = { model: 'agent-model', retries: 1, lastFailure: 'HTTP 503: upstream down' };
    for (const [reason, message] of [
      [new TrialTimeout(500), 'the trial exceeded trial_timeout_ms (500 ms)'],
      [new TrialTimeout(500, { model: 'agent-model', retries: 0 }), 'the trial exceeded trial_timeout_ms (500 ms)'],
      [
        new TrialTimeout(500, agentCall),
        'the trial exceeded trial_timeout_ms (500 ms) while retrying agent-model: HTTP 503: upstream down',
      ],
    ] as const) {
      const { outcome, errors } = await cutShort({ user: user(false), agent: agent(true) }, reason);
      expect(outcome.endReason).toBe('timeout');
      expect(errors).toEqual([expect.objectContaining({ source: 'runner', category: 'timeout', message })]);
    }
  });

  it("in the simulator phase with no call in flight, or not by a timeout: the runner's, as before", async () => {
    const noCall = await cutShort({ user: user(true), agent: agent(false) }, new TrialTimeout(500));
    expect(noCall.errors).toEqual([
      expect.objectContaining({
        source: 'runner',
        category: 'timeout',
        message: 'the trial exceeded trial_timeout_ms (500 ms)',
      }),
    ]);
    // A cancellation, or another timeout than the runner's (no call recorded): nobody's call was cut.
    const cancelled = await cutShort({ user: user(true), agent: agent(false) }, undefined);
    expect(cancelled.outcome.endReason).toBe('cancelled');
    expect(cancelled.errors).toEqual([expect.objectContaining({ source: 'runner', category: 'cancelled' })]);
    const domTimeout = await cutShort(
      { user: user(true), agent: agent(false) },
      new DOMException('The operation timed out', 'TimeoutError'),
    );
    expect(domTimeout.errors).toEqual([expect.objectContaining({ source: 'runner', category: 'timeout' })]);
  });
});

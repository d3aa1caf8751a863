/**
 * Checkpoints: a criterion with `at:` is judged on the conversation up to a
 * point instead of the whole of it.
 * - `{ turn: n }`: up to and including the agent's n-th reply (and the tool
 *   calls it made on the way). Replies are counted as max_turns counts them:
 *   recorded turns a scenario starts from (`start_from`) are not the agent's.
 * - `{ step: id }`: up to the moment the scripted user reaches the condition
 *   with that id, before it speaks: what the agent had done by then.
 * The cut trace carries the state as it stood at the point (initial state plus
 * the writes made so far), so state criteria work at a checkpoint too.
 * A point the conversation never reached is a failed criterion with the reason
 * (the conversation is what did not get there), not "not applicable".
 */
import type { Trace } from '../engine/types.js';
import type { TraceEvent } from '../model/results.js';
import type { Trial } from '../plan/types.js';
import type { Checkpoint } from '../suite/schema.js';
import { contentVersion } from '../suite/version.js';
import { applyChanges, diffStates, type StateChange } from '../util/state-path.js';
import { plural } from '../util/plural.js';
import { isOwnReply } from './transcript.js';

export type CheckpointCut =
  | { readonly reached: true; readonly trace: Trace; readonly turn: number }
  | { readonly reached: false; readonly reason: string };

export function traceAt(at: Checkpoint, trial: Trial, trace: Trace): CheckpointCut {
  const events = trace.events;
  const replies = events.filter(isOwnReply).length;
  const ended = `the conversation ended after ${plural(replies, 'agent reply', 'agent replies')}`;
  let end: number;
  if ('turn' in at) {
    end = indexAfterReply(events, at.turn);
    if (end < 0) return { reached: false, reason: `${ended}; checkpoint turn ${at.turn} was never reached` };
  } else {
    end = events.findIndex((event) => event.type === 'user_message' && event.conditionId === at.step);
    if (end < 0) return { reached: false, reason: `${ended}; the simulated user never reached step ${at.step}` };
  }
  const cut = events.slice(0, end);
  return {
    reached: true,
    turn: cut.filter(isOwnReply).length,
    trace: {
      ...trace,
      events: withStateAtCut(cut, trial),
      turns: cut.filter((event) => event.type === 'user_message' && !event.recorded).length,
    },
  };
}

/** Index just past the agent's n-th reply in this trial, or -1. */
function indexAfterReply(events: readonly TraceEvent[], n: number): number {
  let seen = 0;
  for (let i = 0; i < events.length; i++) if (isOwnReply(events[i]!) && ++seen === n) return i + 1;
  return -1;
}

/** The cut events with a `final` state event for the state at the cut, when the trial has state. */
function withStateAtCut(cut: readonly TraceEvent[], trial: Trial): TraceEvent[] {
  const initial = cut.find(
    (event): event is Extract<TraceEvent, { type: 'state' }> => event.type === 'state' && event.phase === 'initial',
  );
  if (!initial) return [...cut];
  const start = initial.state ?? trial.state ?? {};
  const writes: StateChange[] = cut.flatMap((event) => (event.type === 'state_write' ? event.changes : []));
  const now = applyChanges(start, writes);
  const last = cut.at(-1);
  return [
    ...cut,
    {
      type: 'state',
      at: last?.at ?? 0,
      phase: 'final',
      version: contentVersion(now),
      state: now,
      changes: diffStates(start, now),
    },
  ];
}

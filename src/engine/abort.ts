/**
 * Why a trial's signal was aborted decides its end reason. The runner aborts
 * with a reason whose name contains "Timeout" for the trial timeout
 * (`AbortSignal.timeout()` gives `TimeoutError`); anything else is a
 * cancellation. The runner never aborts a trial for the cost budget (a budget
 * stop only keeps new trials from starting), so `budget` comes only from a
 * caller that aborts with `budgetExceeded()`.
 */

export type AbortEndReason = 'cancelled' | 'timeout' | 'budget';

/**
 * The call a trial was making when its time ran out: an LLM call (named by its model), an http agent's request
 * (named `agent <id>`) or a passthrough tool's call (`tool <name>`), and how often it was retried so far.
 */
export interface CallInFlight {
  readonly model: string;
  /** Retries so far (one is counted as soon as it is scheduled, during its wait too). */
  readonly retries: number;
  /** Why the last failed attempt failed, once one did. */
  readonly lastFailure?: string;
  /** How long the call (its attempts and waits so far) had been running when the trial's time ran out. */
  readonly runningMs?: number;
}

/**
 * The share of trial_timeout_ms a call still in its first attempt must have used, unanswered, to be blamed for the
 * timeout. Half: such a call took more of the trial's time than everything else in the trial together (every agent
 * turn, tool and earlier call), so it is what the trial was waiting for. A slow agent that used up most of the trial
 * leaves the call it cuts less than half, and the timeout stays the agent's; a call that hangs from its start in a
 * trial whose agent answered in normal time has used nearly all of it. Why not "longer than its normal time": that
 * needs the endpoint's history across trials, and the first trials of an outage have none.
 */
export const HUNG_SHARE = 0.5;

/**
 * The runner's abort reason for a trial that used up `trial_timeout_ms`. `call`: the call in flight when it fired,
 * if any; whose call it was, only the conversation knows (timeoutWhileAwaiting).
 */
export class TrialTimeout extends Error {
  constructor(
    readonly timeoutMs: number,
    readonly call?: CallInFlight,
  ) {
    const retrying = call?.lastFailure !== undefined ? ` while retrying ${call.model}: ${call.lastFailure}` : '';
    super(`the trial exceeded trial_timeout_ms (${timeoutMs} ms)${retrying}`);
    this.name = 'TrialTimeout';
  }
}

/**
 * The message of a trial timeout that struck while the simulator's call was failing (in a retry's attempt or its
 * wait) or hung (unanswered for at least HUNG_SHARE of the trial's time): the simulator is what it was waiting for.
 * undefined when the signal was not aborted by a trial timeout, when no call was in flight, or when the call in
 * flight had neither failed nor run that long: a healthy call cut by a trial that a slow agent used up is no
 * evidence against the simulator, and the timeout reads as it always did (the agent's).
 */
export function timeoutWhileAwaiting(signal: AbortSignal, role: 'simulator'): string | undefined {
  const reason: unknown = signal.reason;
  if (!(reason instanceof TrialTimeout) || reason.call === undefined) return undefined;
  const { model, retries, lastFailure, runningMs } = reason.call;
  const failing = retries > 0 || lastFailure !== undefined;
  const hung = runningMs !== undefined && runningMs >= HUNG_SHARE * reason.timeoutMs;
  if (!failing && !hung) return undefined;
  const tries = retries === 0 ? 'no retry so far' : `${retries} ${retries === 1 ? 'retry' : 'retries'} so far`;
  const last = lastFailure !== undefined ? `; the last failure: ${lastFailure}` : '';
  // Only for a call that has not failed: the time is then the one evidence, and says why it was blamed.
  const ran = !failing && runningMs !== undefined ? `; its call had run ${Math.round(runningMs)} ms` : '';
  const awaited = `waiting for the ${role} (model ${model}, ${tries}${last}${ran})`;
  return `the trial exceeded trial_timeout_ms (${reason.timeoutMs} ms) while ${awaited}`;
}

const BUDGET_ERROR = 'BudgetExceededError';

export function budgetExceeded(message = 'the cost budget is spent'): Error {
  const error = new Error(message);
  error.name = BUDGET_ERROR;
  return error;
}

export function abortEndReason(signal: AbortSignal): AbortEndReason {
  const reason: unknown = signal.reason;
  const name =
    reason && typeof reason === 'object' && 'name' in reason
      ? String((reason as { name: unknown }).name)
      : String(reason);
  if (/timeout/i.test(name)) return 'timeout';
  if (name === BUDGET_ERROR || name === 'budget') return 'budget';
  return 'cancelled';
}

/** The abort reason's own message when it has one (e.g. the runner's timeout), else a generic one. */
export function abortMessage(signal: AbortSignal, reason: AbortEndReason = abortEndReason(signal)): string {
  const given: unknown = signal.reason;
  if (given instanceof Error && given.message && given.name !== 'AbortError') return given.message;
  switch (reason) {
    case 'timeout':
      return 'the trial timed out';
    case 'budget':
      return 'stopped: the cost budget is spent';
    case 'cancelled':
      return 'the run was cancelled';
  }
}

/**
 * Why a trial's signal was aborted decides its end reason. The runner aborts
 * with a reason whose name contains "Timeout" for the trial timeout
 * (`AbortSignal.timeout()` gives `TimeoutError`); anything else is a
 * cancellation. The runner never aborts a trial for the cost budget (a budget
 * stop only keeps new trials from starting), so `budget` comes only from a
 * caller that aborts with `budgetExceeded()`.
 */

export type AbortEndReason = 'cancelled' | 'timeout' | 'budget';

/** The LLM call a trial was making when its time ran out: its model, and how often it was retried so far. */
export interface CallInFlight {
  readonly model: string;
  /** Retries so far (one is counted as soon as it is scheduled, during its wait too). */
  readonly retries: number;
  /** Why the last failed attempt failed, once one did. */
  readonly lastFailure?: string;
}

/**
 * The runner's abort reason for a trial that used up `trial_timeout_ms`. `call`: the LLM call in flight when it
 * fired, if any; whose call it was, only the conversation knows (timeoutWhileAwaiting).
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
 * wait): the simulator is what it was waiting for. undefined when the signal was not aborted by a trial timeout, when
 * no call was in flight, or when the call in flight had not failed yet: a healthy call cut by a trial that a slow agent
 * used up is no evidence against the simulator, and the timeout reads as it always did (the agent's).
 */
export function timeoutWhileAwaiting(signal: AbortSignal, role: 'simulator'): string | undefined {
  const reason: unknown = signal.reason;
  if (!(reason instanceof TrialTimeout) || reason.call === undefined) return undefined;
  if (reason.call.retries === 0 && reason.call.lastFailure === undefined) return undefined;
  const { model, retries, lastFailure } = reason.call;
  const tries = retries === 0 ? 'no retry so far' : `${retries} ${retries === 1 ? 'retry' : 'retries'} so far`;
  const last = lastFailure !== undefined ? `; the last failure: ${lastFailure}` : '';
  const awaited = `waiting for the ${role} (model ${model}, ${tries}${last})`;
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

/**
 * Why a trial's signal was aborted decides its end reason. The runner aborts
 * with a reason whose name contains "Timeout" for the trial timeout
 * (`AbortSignal.timeout()` gives `TimeoutError`); anything else is a
 * cancellation. The runner never aborts a trial for the cost budget (a budget
 * stop only keeps new trials from starting), so `budget` comes only from a
 * caller that aborts with `budgetExceeded()`.
 */

export type AbortEndReason = 'cancelled' | 'timeout' | 'budget';

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

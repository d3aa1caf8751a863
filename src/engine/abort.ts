/**
 * Why a trial's signal was aborted decides its end reason. The runner aborts
 * with a reason named `TimeoutError` for the trial timeout (what
 * `AbortSignal.timeout()` gives) and `budgetExceeded()` for the cost budget;
 * anything else is a cancellation.
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
  const name = reason && typeof reason === 'object' && 'name' in reason ? String((reason as { name: unknown }).name) : String(reason);
  if (name === 'TimeoutError') return 'timeout';
  if (name === BUDGET_ERROR || name === 'budget') return 'budget';
  return 'cancelled';
}

export function abortMessage(reason: AbortEndReason): string {
  switch (reason) {
    case 'timeout':
      return 'the trial timed out';
    case 'budget':
      return 'stopped: the cost budget is spent';
    case 'cancelled':
      return 'the run was cancelled';
  }
}

/**
 * One POST sent again (up to `run.retries` times, with the LLM calls' backoff and Retry-After cap) only while the
 * server certainly did not process it: the one retry loop of http agents and passthrough tools. Both may act on a
 * request (an agent answers a turn, a backend writes an order): anything else is sent once.
 */
import { backoffOf, nextRetry } from '../llm/retry.js';
import type { RetryNotice } from '../llm/types.js';
import type { CallInFlight } from './abort.js';
import { sleepUnlessAborted } from '../util/sleep.js';
import { postJsonOnce, type JsonPostOptions, type JsonPostResult } from './http.js';

/** Retries so far, and the time spent waiting between them (not the agent's or the backend's time). */
export interface RetryTally {
  retries: number;
  waitedMs: number;
}

export interface RetryPolicy {
  /** `run.retries`: 0 sends once, and a failure reads as it always did. */
  readonly retries: number;
  /** Told before each retry (the CLI's progress line counts them, the action logs them). */
  readonly onRetry?: ((notice: RetryNotice) => void) | undefined;
  /** Names the request in a trial timeout's message (`agent <id>`, `tool <name>`), told to `onCallInFlight`. */
  readonly label?: string;
  /**
   * Told the request in flight (its retries and last failure, already free of the URL's credentials), and undefined
   * once it ends: a trial timeout in a wait to retry says what it was retrying.
   */
  readonly onCallInFlight?: ((call: CallInFlight | undefined) => void) | undefined;
}

/**
 * POSTs `options`, sending it again only while postJsonOnce says the server certainly did not process it (no
 * connection, a connection closed before the request left whole and before any answer, 429, 503): the receiver may
 * have acted on anything else, and a second send would make it act twice. Each attempt has the whole `timeoutMs`; a
 * cancel ends the wait. `tally` counts the retries and waits.
 */
export async function postRetrying(
  options: JsonPostOptions,
  { retries, onRetry, label, onCallInFlight }: RetryPolicy,
  tally: RetryTally,
): Promise<JsonPostResult> {
  const backoff = backoffOf();
  const inFlight = label !== undefined && onCallInFlight ? { label, tell: onCallInFlight } : undefined;
  inFlight?.tell({ model: inFlight.label, retries: 0 });
  try {
    for (let attempt = 1; ; attempt++) {
      const { outcome, unprocessed } = await postJsonOnce(options);
      if (outcome.ok || !unprocessed) return outcome;
      const step = nextRetry(unprocessed, attempt, retries, backoff);
      // With retries off the failure reads as it always did, without "gave up after 1 attempt".
      if (!step.retry) return retries === 0 ? outcome : { ...outcome, message: `${outcome.message}${step.suffix}` };
      onRetry?.({ attempt, delayMs: step.delayMs, reason: unprocessed.reason });
      inFlight?.tell({ model: inFlight.label, retries: attempt, lastFailure: unprocessed.reason });
      const waitStarted = performance.now();
      const waited = await sleepUnlessAborted(step.delayMs, options.signal);
      tally.waitedMs += performance.now() - waitStarted;
      if (!waited) return { ok: false, category: 'cancelled', message: 'cancelled' };
      tally.retries++;
    }
  } finally {
    inFlight?.tell(undefined);
  }
}

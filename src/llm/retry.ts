/**
 * The retry policy shared by every LLM call: exponential backoff with full
 * jitter, `Retry-After` honoured (up to a cap; past it, no retry), retries
 * on 429, 408/409, 5xx, timeouts, connection failures and 2xx bodies that are
 * not a completion (malformed JSON, no choices, an error object), never on
 * other 4xx. `http` agents use the same backoff and limits (`nextRetry`) for
 * the few failures that are safe to send again (engine/http.ts).
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { parseRetryAfter } from '../util/retry-after.js';
import { MalformedCompletion } from './completion-body.js';
import { truncate } from '../util/text.js';
import { redirectTarget } from '../util/redact.js';
import { plural } from '../util/plural.js';

export const DEFAULT_BASE_DELAY_MS = 500;
export const DEFAULT_MAX_DELAY_MS = 20_000;
/** The longest Retry-After waited for; a server asking for longer is not retried (waitsTooLong). */
export const MAX_RETRY_AFTER_MS = 60_000;

const RETRYABLE_STATUSES = new Set([408, 409, 429]);
const SERVER_ERROR_MIN = 500;
const REDIRECT_MIN = 300;
const REDIRECT_MAX = 399;
const MAX_CAUSE_DEPTH = 5;
/** How much of an error status's body a reason keeps: enough to recognise it, never a whole page. */
const DETAIL_CHARS = 200;

export interface Backoff {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxRetryAfterMs: number;
  /** Injectable for tests; Math.random by default. */
  readonly random: () => number;
}

/** The run's backoff: `given` (tests shrink the delays), the defaults for the rest. */
export function backoffOf(given: Partial<Backoff> = {}): Backoff {
  return {
    baseDelayMs: given.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
    maxDelayMs: given.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
    maxRetryAfterMs: given.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS,
    random: given.random ?? Math.random,
  };
}

/** How one failed attempt is classified. */
export interface FailedAttempt {
  readonly retryable: boolean;
  readonly category: 'infrastructure' | 'timeout';
  readonly reason: string;
  /** From the `Retry-After` header, when the server sent one. */
  readonly retryAfterMs?: number;
}

/** `timedOut`: our own per-call timer fired (the SDK only sees an abort). */
export function classifyFailure(error: unknown, timedOut: boolean, callTimeoutMs: number): FailedAttempt {
  if (timedOut || error instanceof APIConnectionTimeoutError) {
    return { retryable: true, category: 'timeout', reason: `no answer within ${callTimeoutMs} ms` };
  }
  if (error instanceof APIError && error.status !== undefined) {
    const status = error.status;
    if (status >= REDIRECT_MIN && status <= REDIRECT_MAX) return redirected(status, error.headers?.get('location'));
    const retryable = RETRYABLE_STATUSES.has(status) || status >= SERVER_ERROR_MIN;
    const retryAfterMs = parseRetryAfter(error.headers?.get('retry-after') ?? undefined);
    const reason = `HTTP ${status}: ${statusDetail(error.message, status)}`;
    return { retryable, category: 'infrastructure', reason, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  if (error instanceof MalformedCompletion) {
    // A gateway's hiccup (a cut body, an error object with status 200): the same request usually succeeds again.
    return { retryable: true, category: 'infrastructure', reason: error.message };
  }
  if (error instanceof APIConnectionError) {
    return { retryable: true, category: 'infrastructure', reason: `connection failed: ${connectionCause(error)}` };
  }
  // Anything else (a bug, an unexpected body) is not worth retrying.
  return {
    retryable: false,
    category: 'infrastructure',
    reason: error instanceof Error ? error.message : String(error),
  };
}

/**
 * A server asking for more than the cap (a spent quota: Retry-After 3600, or 1e9) is not retried: a retry sooner
 * than asked is refused again, and the waits (the cap per retry) ran out the trial's timeout, which then named
 * itself, not the rate limit, as the cause.
 */
export function waitsTooLong(failure: FailedAttempt, backoff: Backoff): boolean {
  return failure.retryable && failure.retryAfterMs !== undefined && failure.retryAfterMs > backoff.maxRetryAfterMs;
}

/** After a failed attempt: wait `delayMs` and send again, or stop, with what to add to the failure's reason. */
export type RetryStep =
  { readonly retry: true; readonly delayMs: number } | { readonly retry: false; readonly suffix: string };

/**
 * The one retry decision of every caller: `attempt` (1-based) has just failed with `failure`; `retries` is the run's
 * `run.retries`. Not retryable, a server asking to wait past the cap, or the retries spent: stop.
 */
export function nextRetry(failure: FailedAttempt, attempt: number, retries: number, backoff: Backoff): RetryStep {
  if (waitsTooLong(failure, backoff)) {
    return {
      retry: false,
      suffix:
        ` (the server asks to retry in ${Math.ceil((failure.retryAfterMs ?? 0) / 1000)} s, longer than the ` +
        `${Math.round(backoff.maxRetryAfterMs / 1000)} s Rehearse waits)`,
    };
  }
  if (!failure.retryable) return { retry: false, suffix: '' };
  if (attempt > retries) return { retry: false, suffix: ` (gave up after ${plural(attempt, 'attempt')})` };
  return { retry: true, delayMs: retryDelay(attempt - 1, failure, backoff) };
}

/** Full jitter: uniform in [0, min(max, base·2^retry)], but never less than the server's Retry-After (capped). */
export function retryDelay(retry: number, failure: FailedAttempt, backoff: Backoff): number {
  const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** retry);
  const jittered = Math.floor(backoff.random() * ceiling);
  if (failure.retryAfterMs === undefined) return jittered;
  return Math.max(jittered, Math.min(failure.retryAfterMs, backoff.maxRetryAfterMs));
}

/** The system error code (ECONNREFUSED, ECONNRESET…) buried in the cause chain, else the deepest message. */
function connectionCause(error: APIConnectionError): string {
  let cause: unknown = error;
  let message = error.message;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && cause && typeof cause === 'object'; depth++) {
    if ('code' in cause && typeof cause.code === 'string') return cause.code;
    if (cause instanceof Error && cause.message) message = cause.message;
    cause = 'cause' in cause ? cause.cause : undefined;
  }
  return firstLine(message);
}

/**
 * A redirect is not followed (httpFetch never does): it would send the conversation and the API key to the address
 * it names. Its body is rarely more than "Moved Permanently": the reason says where to and what to do instead.
 */
function redirected(status: number, location: string | null | undefined): FailedAttempt {
  const to = location ? ` to ${truncate(redirectTarget(location), DETAIL_CHARS)}` : '';
  return {
    retryable: false,
    category: 'infrastructure',
    reason:
      `HTTP ${status}${to}: redirects are not followed (they would carry the request and its key elsewhere); ` +
      'give the final URL as base_url',
  };
}

/**
 * The server's words for an error status, on one line and clipped. The SDK's message is the status then the body's
 * `error.message` or, when the body is not JSON, the whole body: a minified HTML error page (or any body up to
 * MAX_RESPONSE_BYTES) went whole into every errored trial's reason, the journal and the results.
 */
function statusDetail(message: string, status: number): string {
  const line = message.replace(/\s+/g, ' ').trim();
  const detail = line.startsWith(`${status} `) ? line.slice(`${status} `.length) : line;
  return detail === 'status code (no body)' ? '(no body)' : truncate(detail, DETAIL_CHARS);
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

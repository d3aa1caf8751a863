/**
 * GitHub's rate limits answer 403 (or 429) with headers that say when to come
 * back (`retry-after`, or `x-ratelimit-remaining: 0` with `x-ratelimit-reset`).
 * That is a reason to wait and retry, not a missing permission.
 */
import { parseRetryAfter } from '../util/retry-after.js';
import { httpStatusOf } from './port.js';

/** Retries after a rate-limit answer, each after the wait the headers ask for. */
export const RATE_LIMIT_RETRIES = 2;
/** Longer waits are not worth holding the job for: the call fails with the reason instead. */
export const MAX_RATE_LIMIT_WAIT_MS = 60_000;
/** `x-ratelimit-remaining: 0` without a usable reset time: GitHub's advice is to wait a minute. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

function headerOf(error: unknown, name: string): string | undefined {
  if (typeof error !== 'object' || error === null || !('response' in error)) return undefined;
  const headers = (error.response as { headers?: Record<string, unknown> } | undefined)?.headers;
  const value = headers?.[name];
  return value === undefined || value === null ? undefined : String(value);
}

/** How long GitHub asks to wait (ms) when `error` is a rate-limit answer; undefined for any other error. */
export function rateLimitWaitMs(error: unknown, now = Date.now()): number | undefined {
  const status = httpStatusOf(error);
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = parseRetryAfter(headerOf(error, 'retry-after'), now);
  if (retryAfter !== undefined) return retryAfter;
  if (headerOf(error, 'x-ratelimit-remaining') !== '0') return undefined;
  const reset = Number(headerOf(error, 'x-ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now) : DEFAULT_RATE_LIMIT_WAIT_MS;
}

export function isRateLimited(error: unknown): boolean {
  return rateLimitWaitMs(error) !== undefined;
}

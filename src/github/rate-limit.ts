/**
 * GitHub's rate limits, waited out by `@octokit/plugin-throttling`: a primary
 * limit (403/429 with `x-ratelimit-remaining: 0`) until `x-ratelimit-reset`,
 * a secondary limit ("You have exceeded a secondary rate limit") after its
 * `retry-after`. These handlers only decide whether to wait: a bounded number
 * of times, and never longer than a job should hold for.
 */
import * as core from '@actions/core';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import { httpStatusOf } from './port.js';

/** Retries after a rate-limit answer, each after the wait GitHub asks for. */
export const RATE_LIMIT_RETRIES = 2;
/** Longer waits are not worth holding the job for: the call fails with GitHub's own rate-limit error instead. */
export const MAX_RATE_LIMIT_WAIT_S = 60;

/** The plugin's handler shape, answering whether to retry (the plugin's own type says void). */
type LimitHandler = (
  retryAfter: number,
  options: { method: string; url: string },
  octokit: unknown,
  retryCount: number,
) => boolean;

/** The plugin's handlers: true waits `retryAfter` seconds and retries, false lets the 403/429 fail as itself. */
export function rateLimitHandlers(): Pick<ThrottlingOptions, 'onRateLimit' | 'onSecondaryRateLimit'> {
  const handle =
    (kind: string): LimitHandler =>
    (retryAfter, options, _octokit, retryCount) => {
      const call = `${options.method} ${options.url}`;
      if (retryAfter > MAX_RATE_LIMIT_WAIT_S) {
        const limit = `longer than Rehearse waits (${MAX_RATE_LIMIT_WAIT_S} s)`;
        core.warning(`GitHub's ${kind} on ${call} resets in ${retryAfter} s, ${limit}`);
        return false;
      }
      if (retryCount >= RATE_LIMIT_RETRIES) {
        core.warning(`GitHub's ${kind} on ${call}: still rate limited after ${RATE_LIMIT_RETRIES} retries`);
        return false;
      }
      core.info(`GitHub's ${kind} on ${call}: retrying in ${retryAfter} s`);
      return true;
    };
  return { onRateLimit: handle('rate limit'), onSecondaryRateLimit: handle('secondary rate limit') };
}

/**
 * Whether a 403/429 is a rate limit (the same signs the plugin reads), so the permission guard does not mistake it
 * for a read-only token.
 */
export function isRateLimited(error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status !== 403 && status !== 429) return false;
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers ?? {};
  const message = error instanceof Error ? error.message : '';
  const exhausted = headers['x-ratelimit-remaining'] === '0';
  return exhausted || headers['retry-after'] !== undefined || /\brate limit\b/i.test(message);
}

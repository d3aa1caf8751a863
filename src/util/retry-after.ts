/**
 * `Retry-After` as delta-seconds or an HTTP date, in ms; undefined when absent or unreadable. Used by the LLM client
 * and the GitHub rate-limit handling.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The LLM client: one retry policy and one price table for simulator, agents and judge. */
import { missingApiKey } from './client.js';
import type { Endpoint } from './types.js';

export { createChatClient, missingApiKey, isLoopback, DEFAULT_BASE_URL, type ChatClientOptions } from './client.js';
export {
  costOf,
  priceOf,
  worstCaseCostOf,
  inputTokenBound,
  RESERVED_OUTPUT_TOKENS,
  BUILTIN_PRICING,
  BUILTIN_PRICING_DATE,
  unpricedModelNotice,
} from './pricing.js';
export { unreportedUsageNotice } from './usage.js';
export { MAX_RETRY_AFTER_MS } from './retry.js';
export { parseRetryAfter } from '../util/retry-after.js';
export * from './types.js';

/**
 * Whether behavioral scenarios can run: a simulator is configured and its key
 * is set (or its base URL is a keyless local one). The one rule `rehearse run`
 * and the action plan with (and `rehearse validate` checks with), so none plans
 * a test another would skip.
 */
export function simulatorAvailable(
  suite: { readonly simulator?: Endpoint | undefined },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return suite.simulator !== undefined && missingApiKey(suite.simulator, env) === undefined;
}

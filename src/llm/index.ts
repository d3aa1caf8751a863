/** The LLM client: one retry policy and one price table for simulator, agents and judge. */
export { createChatClient, missingApiKey, isLoopback, DEFAULT_BASE_URL, type ChatClientOptions } from './client.js';
export { costOf, priceOf, BUILTIN_PRICING, BUILTIN_PRICING_DATE } from './pricing.js';
export { parseRetryAfter, MAX_RETRY_AFTER_MS } from './retry.js';
export * from './types.js';

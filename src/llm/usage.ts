/**
 * Token counts of one call as its endpoint reported them, or, when it reported none, a bound on them. A priced
 * call counted at 0 tokens costs $0: the budget never saw it (docs/running.md#budget).
 */
import type { ChatResult } from './types.js';
import { inputTokenBound, type TokenCounts } from './pricing.js';

/** The most tokens one call is counted for: beyond, a count is the endpoint's mistake (1e16), not a bill. */
const MAX_TOKENS_PER_CALL = 100_000_000;

/** The counts in a completion's `usage`; undefined when it gives neither (no `usage`, or not one count in it). */
export function reportedUsage(usage: unknown): TokenCounts | undefined {
  if (typeof usage !== 'object' || usage === null) return undefined;
  const { prompt_tokens: input, completion_tokens: output } = usage as Record<string, unknown>;
  if (!isCount(input) && !isCount(output)) return undefined;
  return { inputTokens: tokenCount(input), outputTokens: tokenCount(output) };
}

/**
 * A bound on an unreported call's tokens, as the budget reserves it: a token of a byte-level tokenizer covers at
 * least one byte, so the request's bytes bound its input and the reply's bytes its visible output (a reasoning
 * model's hidden tokens cannot be seen).
 */
export function unreportedUsageBound(
  request: { readonly messages: readonly unknown[]; readonly tools?: unknown },
  reply: Pick<ChatResult, 'content' | 'toolCalls'>,
): TokenCounts {
  const replyBytes =
    Buffer.byteLength(reply.content ?? '') +
    (reply.toolCalls.length ? Buffer.byteLength(JSON.stringify(reply.toolCalls)) : 0);
  return { inputTokens: inputTokenBound(request), outputTokens: replyBytes };
}

/** What a run says, once, of a priced model whose endpoint reports no usage (the CLI, the action, by default). */
export function unreportedUsageNotice(model: string): string {
  return (
    `the endpoint of model "${model}" reports no token usage: its calls are counted at a bound (a token per byte ` +
    'of the request and of the reply), more than they cost'
  );
}

/** A count as written: a number, or a numeric string ("12"). */
function isCount(value: unknown): boolean {
  return (
    typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
  );
}

/** A token count as an endpoint wrote it (10.5, "12", -5, 1e16): a whole number from 0 to the cap, else 0. */
function tokenCount(value: unknown): number {
  const count = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(count) && count > 0 ? Math.min(Math.round(count), MAX_TOKENS_PER_CALL) : 0;
}

/**
 * Token prices, in USD per million tokens. The built-in table is a convenience
 * for common OpenAI models; a suite's `pricing` overrides or extends it. A
 * model found in neither costs 0 (the client flags it once so nobody is
 * misled by a $0 total).
 */
import type { Pricing } from '../suite/schema.js';

/** OpenAI list prices (standard tier, USD per 1M tokens) as published on 2025-08-07. */
export const BUILTIN_PRICING_DATE = '2025-08-07';
export const BUILTIN_PRICING: Pricing = {
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  o3: { input: 2, output: 8 },
  'o3-mini': { input: 1.1, output: 4.4 },
  'o4-mini': { input: 1.1, output: 4.4 },
};

const TOKENS_PER_PRICE_UNIT = 1_000_000;
/** Dated snapshots (`gpt-4o-mini-2024-07-18`) cost what their family costs. */
const SNAPSHOT_SUFFIX = /^-\d{4}-\d{2}-\d{2}$/;

export interface TokenCounts {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

/** The price entry for a model: the suite's table first, then the built-in one; undefined when unknown. */
export function priceOf(model: string, pricing: Pricing = {}): Pricing[string] | undefined {
  for (const table of [pricing, BUILTIN_PRICING]) {
    const exact = table[model];
    if (exact) return exact;
  }
  // "openai/gpt-4o" (LiteLLM, gateways) and dated snapshots.
  const bare = model.slice(model.lastIndexOf('/') + 1);
  for (const table of [pricing, BUILTIN_PRICING]) {
    if (table[bare]) return table[bare];
    const family = Object.keys(table)
      .filter((name) => bare.startsWith(name) && SNAPSHOT_SUFFIX.test(bare.slice(name.length)))
      .sort((a, b) => b.length - a.length)[0];
    if (family) return table[family];
  }
  return undefined;
}

/** Cost in USD of one call; 0 for a model with no known price. */
export function costOf(model: string, usage: TokenCounts, pricing: Pricing = {}): number {
  const price = priceOf(model, pricing);
  if (!price) return 0;
  return (usage.inputTokens * price.input + usage.outputTokens * price.output) / TOKENS_PER_PRICE_UNIT;
}

/**
 * Output tokens a call is assumed to produce at most, for the budget's reservations: requests carry no
 * `max_tokens`, so this is a documented assumption, not a limit the endpoint enforces (docs/running.md#budget).
 * A model seen to answer at more cost than this bound is reserved at its dearest call instead.
 */
export const RESERVED_OUTPUT_TOKENS = 4_096;
/** Tokens an endpoint adds per message (role, separators) and per request (priming), generously counted. */
const TOKENS_PER_MESSAGE = 8;
const TOKENS_PER_REQUEST = 16;

/**
 * A bound on a request's input tokens: every token of a byte-level BPE tokenizer covers at least one byte, so the
 * request's UTF-8 bytes (messages and tool definitions, as JSON: a little more than the text) bound its tokens.
 */
export function inputTokenBound(request: { readonly messages: readonly unknown[]; readonly tools?: unknown }): number {
  const bytes =
    Buffer.byteLength(JSON.stringify(request.messages)) + Buffer.byteLength(JSON.stringify(request.tools ?? []));
  return bytes + TOKENS_PER_MESSAGE * request.messages.length + TOKENS_PER_REQUEST;
}

/** The most a call can cost by the price table: its input bound and RESERVED_OUTPUT_TOKENS; 0 for an unpriced model. */
export function worstCaseCostOf(
  model: string,
  request: { readonly messages: readonly unknown[]; readonly tools?: unknown },
  pricing: Pricing = {},
): number {
  return costOf(model, { inputTokens: inputTokenBound(request), outputTokens: RESERVED_OUTPUT_TOKENS }, pricing);
}

/** What a run says, once, of a model with no price (the CLI's notice, the action's warning, the default warning). */
export function unpricedModelNotice(model: string): string {
  return `no price known for model "${model}": its cost is counted as $0 (add it under \`pricing\`)`;
}

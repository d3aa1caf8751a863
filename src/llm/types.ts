/**
 * The one interface through which the simulator, the openai agent adapter and
 * the judge talk to OpenAI-compatible endpoints. The implementation uses the
 * `openai` package with our own retry policy (backoff, jitter, Retry-After)
 * and per-call timeout; tests point it at a local fake server.
 */
import type { Usage } from '../model/results.js';

export interface Endpoint {
  readonly model: string;
  readonly base_url?: string;
  readonly api_key_env: string;
  readonly temperature?: number;
}

export type ChatMessage =
  | { readonly role: 'system' | 'user'; readonly content: string }
  | {
      readonly role: 'assistant';
      readonly content: string | null;
      readonly tool_calls?: readonly ToolCallRequest[];
    }
  | { readonly role: 'tool'; readonly tool_call_id: string; readonly content: string };

export interface ToolCallRequest {
  readonly id: string;
  readonly name: string;
  /** Raw JSON text as the model produced it (may be invalid JSON). */
  readonly arguments: string;
}

export interface ToolDefinition {
  readonly name: string;
  readonly description: string;
  readonly parameters: Readonly<Record<string, unknown>>;
}

export interface ChatRequest {
  readonly endpoint: Endpoint;
  readonly messages: readonly ChatMessage[];
  readonly tools?: readonly ToolDefinition[];
  /** Ask for a JSON object reply (response_format json_object). */
  readonly json?: boolean;
  readonly signal?: AbortSignal;
  /** Told before each retry of this call (ChatClientOptions.onRetry is told for every call). */
  readonly onRetry?: (info: RetryNotice) => void;
}

/** A failed attempt that is about to be retried. */
export interface RetryNotice {
  /** The attempt that failed (1: the first). */
  readonly attempt: number;
  readonly delayMs: number;
  readonly reason: string;
}

export interface ChatResult {
  readonly content: string | null;
  readonly toolCalls: readonly ToolCallRequest[];
  readonly usage: Usage;
  readonly durationMs: number;
  /** 1 + retries it took. */
  readonly attempts: number;
  /** Why the model stopped, as the API says (`length`: cut off at its output limit). */
  readonly finishReason?: string;
  /** Time the call waited for one of the run's call slots before it was sent (not part of `durationMs`). */
  readonly queuedMs?: number;
}

export interface ChatClient {
  complete(request: ChatRequest): Promise<ChatResult>;
}

/** Thrown when retries are exhausted or the error is not retryable; `category` feeds failure categories. */
export class LlmCallError extends Error {
  constructor(
    message: string,
    readonly category: 'infrastructure' | 'timeout' | 'cancelled',
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'LlmCallError';
  }
}

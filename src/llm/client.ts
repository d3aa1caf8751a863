/**
 * `ChatClient` on the real `openai` package. The SDK's own retries are off
 * (`maxRetries: 0`): the policy in `retry.ts` decides, so every caller gets
 * the same backoff, Retry-After handling, timeouts and cancellation.
 */
import OpenAI from 'openai';
import type { Pricing } from '../suite/schema.js';
import type {
  ChatClient,
  ChatMessage,
  ChatRequest,
  ChatResult,
  Endpoint,
  RetryNotice,
  ToolCallRequest,
} from './types.js';
import { LlmCallError } from './types.js';
import { CALL_SIGNAL, httpFetch, type HttpFetchInit } from './http-fetch.js';
import { costOf, priceOf, unpricedModelNotice } from './pricing.js';
import { parseCompletion } from './completion-body.js';
import { reportedUsage, unreportedUsageBound, unreportedUsageNotice } from './usage.js';
import { hasEnvReference, interpolateEnv } from '../util/env-template.js';
import { backoffOf, classifyFailure, nextRetry, type Backoff, type FailedAttempt } from './retry.js';
import { sleepUnlessAborted } from '../util/sleep.js';

export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** Local servers (vLLM, Ollama, test fakes) accept any key. */
const LOCAL_PLACEHOLDER_KEY = 'rehearse-local';
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0']);

export interface ChatClientOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly pricing: Pricing;
  readonly callTimeoutMs: number;
  /** Retries after the first attempt. */
  readonly retries: number;
  readonly onRetry?: (info: RetryNotice) => void;
  /** Called once per model that has no price (calls to local endpoints are free and never flagged). */
  readonly onUnpricedModel?: (model: string) => void;
  /** Called once per priced model whose endpoint answers without token usage (its calls are counted at a bound). */
  readonly onUnreportedUsage?: (model: string) => void;
  /** Backoff tuning; tests shrink `baseDelayMs` to stay fast. */
  readonly backoff?: Partial<Backoff>;
}

export function createChatClient(options: ChatClientOptions): ChatClient {
  const backoff = backoffOf(options.backoff);
  // One SDK client per endpoint and key (its connection pool is reused), and whether it is local, worked out once.
  const sdkClients = new Map<string, { client: OpenAI; local: boolean }>();
  // The suite's endpoint objects live as long as the run and the env never changes under a client: each endpoint's
  // URL, key and client are worked out at its first call, not again at every call.
  const byEndpoint = new WeakMap<Endpoint, { client: OpenAI; local: boolean }>();
  const flagUnpriced = oncePerModel(
    options.onUnpricedModel ?? ((model: string) => process.emitWarning(unpricedModelNotice(model))),
  );
  const flagUnreported = oncePerModel(
    options.onUnreportedUsage ?? ((model: string) => process.emitWarning(unreportedUsageNotice(model))),
  );

  function sdkFor(endpoint: Endpoint): { client: OpenAI; local: boolean } {
    const known = byEndpoint.get(endpoint);
    if (known) return known;
    let baseURL: string;
    try {
      baseURL = baseUrlOf(endpoint, options.env);
    } catch (error) {
      throw new LlmCallError(error instanceof Error ? error.message : String(error), 'infrastructure', 0);
    }
    const apiKey = apiKeyOf(endpoint, options.env);
    const cacheKey = `${baseURL}\n${apiKey}`;
    let entry = sdkClients.get(cacheKey);
    if (!entry) {
      entry = {
        client: new OpenAI({ apiKey, baseURL, maxRetries: 0, timeout: options.callTimeoutMs, fetch: httpFetch }),
        local: isLoopback(baseURL),
      };
      sdkClients.set(cacheKey, entry);
    }
    byEndpoint.set(endpoint, entry);
    return entry;
  }

  return {
    async complete(request: ChatRequest): Promise<ChatResult> {
      const started = performance.now();
      const { client, local } = sdkFor(request.endpoint);
      const body = requestBody(request);
      for (let attempt = 1; ; attempt++) {
        if (request.signal?.aborted) throw cancelled(attempt - 1);
        const outcome = await attemptOnce(client, body, request.signal, options.callTimeoutMs);
        if (outcome.ok) {
          const model = request.endpoint.model;
          if (!local && !priceOf(model, options.pricing)) flagUnpriced(model);
          const measured = { pricing: options.pricing, durationMs: performance.now() - started, attempts: attempt };
          return toResult(outcome.response, request, measured, flagUnreported);
        }
        if (outcome.cancelled) throw cancelled(attempt);
        const failure = outcome.failure;
        const step = nextRetry(failure, attempt, options.retries, backoff);
        if (!step.retry) {
          const error = new LlmCallError(
            `${request.endpoint.model}: ${failure.reason}${step.suffix}`,
            failure.category,
            attempt,
          );
          error.cause = outcome.error;
          throw error;
        }
        const notice = { attempt, delayMs: step.delayMs, reason: failure.reason };
        options.onRetry?.(notice);
        request.onRetry?.(notice);
        if (!(await sleepUnlessAborted(step.delayMs, request.signal))) throw cancelled(attempt);
      }
    },
  };
}

/** A clear message when the key an endpoint needs is missing; undefined when it can be called. */
export function missingApiKey(
  endpoint: Endpoint,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  let baseURL: string;
  try {
    baseURL = baseUrlOf(endpoint, env);
  } catch (error) {
    // The endpoint cannot be called either: its base_url names a variable that is not set.
    return error instanceof Error ? error.message : String(error);
  }
  if (env[endpoint.api_key_env] || isLoopback(baseURL)) return undefined;
  // A base_url with ${ENV} is shown as written: the variables may hold more than a host name.
  return (
    `environment variable ${endpoint.api_key_env} is not set: it holds the API key for model ` +
    `"${endpoint.model}" at ${endpoint.base_url ?? baseURL}`
  );
}

/** The endpoint's base URL, `${ENV}` filled in; throws an Error naming a variable that is not set. */
export function baseUrlOf(endpoint: Endpoint, env: Readonly<Record<string, string | undefined>>): string {
  const configured = endpoint.base_url;
  if (configured === undefined) return env['OPENAI_BASE_URL'] ?? DEFAULT_BASE_URL;
  if (!hasEnvReference(configured)) return configured;
  const url = interpolateEnv(configured, env);
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url))
    throw new Error(`base_url "${configured}" is not a URL once its variables are filled in`);
  return url;
}

function apiKeyOf(endpoint: Endpoint, env: Readonly<Record<string, string | undefined>>): string {
  const key = env[endpoint.api_key_env];
  if (key) return key;
  const problem = missingApiKey(endpoint, env);
  if (problem) throw new LlmCallError(problem, 'infrastructure', 0);
  return LOCAL_PLACEHOLDER_KEY;
}

export function isLoopback(url: string): boolean {
  try {
    const { hostname } = new URL(url);
    return LOOPBACK_HOSTS.has(hostname) || hostname.startsWith('127.');
  } catch {
    return false;
  }
}

type SdkBody = OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming;
type SdkResponse = OpenAI.Chat.Completions.ChatCompletion;
/** The SDK's per-request `fetchOptions`: the fields of a RequestInit it does not set itself. */
type SdkFetchOptions = NonNullable<NonNullable<Parameters<OpenAI['chat']['completions']['create']>[1]>['fetchOptions']>;
type AttemptOutcome =
  | { ok: true; response: SdkResponse }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; failure: FailedAttempt; error: unknown };

async function attemptOnce(
  client: OpenAI,
  body: SdkBody,
  signal: AbortSignal | undefined,
  callTimeoutMs: number,
): Promise<AttemptOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, callTimeoutMs);
  const forwardAbort = (): void => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    // The raw response: a 2xx body that is not a completion is read here, with the server's own text kept for the
    // error.
    // The signal goes past the SDK, straight to httpFetch (see CALL_SIGNAL): an abort reaches the SDK as a failed
    // fetch, read below from `signal` and `timedOut`, as before.
    const fetchOptions = { [CALL_SIGNAL]: controller.signal } satisfies HttpFetchInit as SdkFetchOptions;
    const raw = await client.chat.completions
      .create(body, { maxRetries: 0, timeout: callTimeoutMs, fetchOptions })
      .asResponse();
    const response = parseCompletion(raw.status, await raw.text());
    return { ok: true, response };
  } catch (error) {
    if (signal?.aborted) return { ok: false, cancelled: true };
    return { ok: false, cancelled: false, failure: classifyFailure(error, timedOut, callTimeoutMs), error };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

function requestBody(request: ChatRequest): SdkBody {
  const { endpoint } = request;
  return {
    model: endpoint.model,
    messages: request.messages.map(toSdkMessage),
    ...(endpoint.temperature !== undefined ? { temperature: endpoint.temperature } : {}),
    ...(request.tools?.length
      ? {
          tools: request.tools.map((tool) => ({
            type: 'function' as const,
            function: { name: tool.name, description: tool.description, parameters: { ...tool.parameters } },
          })),
        }
      : {}),
    ...(request.json ? { response_format: { type: 'json_object' as const } } : {}),
  };
}

function toSdkMessage(message: ChatMessage): OpenAI.Chat.Completions.ChatCompletionMessageParam {
  if (message.role === 'tool') return { role: 'tool', tool_call_id: message.tool_call_id, content: message.content };
  if (message.role === 'assistant') {
    return {
      role: 'assistant',
      content: message.content,
      ...(message.tool_calls?.length
        ? {
            tool_calls: message.tool_calls.map((call) => ({
              id: call.id,
              type: 'function' as const,
              function: { name: call.name, arguments: call.arguments },
            })),
          }
        : {}),
    };
  }
  return { role: message.role, content: message.content };
}

function toResult(
  response: SdkResponse,
  request: ChatRequest,
  { pricing, durationMs, attempts }: { pricing: Pricing; durationMs: number; attempts: number },
  onUnreported: (model: string) => void,
): ChatResult {
  const model = request.endpoint.model;
  const message = response.choices[0]?.message;
  const toolCalls: ToolCallRequest[] = [];
  // The endpoint's JSON is not checked by the SDK: what it says is read as what it should be, or refused here.
  for (const [index, call] of (Array.isArray(message?.tool_calls) ? message.tool_calls : []).entries()) {
    if (call?.type !== 'function') continue;
    const name: unknown = call.function?.name;
    if (typeof name !== 'string' || name === '')
      throw new LlmCallError(
        `${model}: the model asked for a tool call without a function name`,
        'infrastructure',
        attempts,
      );
    const args: unknown = call.function.arguments;
    toolCalls.push({
      id: typeof call.id === 'string' && call.id !== '' ? call.id : `call_${index}`,
      name,
      arguments: typeof args === 'string' ? args : JSON.stringify(args ?? {}),
    });
  }
  const content = textOf(message?.content);
  let tokens = reportedUsage(response.usage);
  // No usage from a priced model's endpoint: counted at a bound, not at $0 (the budget would never see its calls).
  if (!tokens && priceOf(model, pricing)) {
    tokens = unreportedUsageBound(request, { content, toolCalls });
    onUnreported(model);
  }
  tokens ??= { inputTokens: 0, outputTokens: 0 };
  return {
    content,
    toolCalls,
    ...(response.choices[0]?.finish_reason ? { finishReason: response.choices[0].finish_reason } : {}),
    usage: { ...tokens, costUsd: costOf(model, tokens, pricing) },
    durationMs,
    attempts,
  };
}

/** `notice`, told once per model however often it is called. */
function oncePerModel(notice: (model: string) => void): (model: string) => void {
  const told = new Set<string>();
  return (model) => {
    if (told.has(model)) return;
    told.add(model);
    notice(model);
  };
}

/** A message's text: a string, the text parts of a list of parts (some gateways answer so), else none. */
function textOf(content: unknown): string | null {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return null;
  const parts = content.flatMap((part: unknown) =>
    typeof part === 'string'
      ? [part]
      : part && typeof part === 'object' && typeof (part as { text?: unknown }).text === 'string'
        ? [(part as { text: string }).text]
        : [],
  );
  return parts.length > 0 ? parts.join('') : null;
}

function cancelled(attempts: number): LlmCallError {
  return new LlmCallError('the call was cancelled', 'cancelled', attempts);
}

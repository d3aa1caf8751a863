/**
 * One cheap, time-bounded request to a model endpoint before a run, to tell a
 * key the endpoint refuses (401/403) from one that works, instead of finding
 * out from every trial. First `GET {base_url}/models` (free, no tokens); a
 * server without that route (404, 405: many gateways, the test fakes) gets a
 * one-token chat completion instead. Anything but 401/403 is not a rejection:
 * a server that is down or slow now is the run's business (the runner's
 * circuit breaker), not a setting to skip tests for.
 */
import OpenAI from 'openai';
import { httpFetch } from './http-fetch.js';
import { classifyFailure } from './retry.js';
import { baseUrlOf } from './client.js';
import type { Endpoint } from './types.js';

/** Enough for a handshake and a one-token answer; the run waits for every probe at once, not one after another. */
export const PROBE_TIMEOUT_MS = 5_000;
const REJECTED = new Set([401, 403]);
/** The probe's chat message: one token asked for, so a test server can tell it from a conversation's calls. */
export const PROBE_MESSAGE = 'ping';
/** Statuses that say "no such route" rather than anything about the key. */
const NO_ROUTE = new Set([404, 405]);
const SERVER_ERROR_MIN = 500;

export type ProbeOutcome =
  | { readonly status: 'ok' }
  | { readonly status: 'rejected'; readonly httpStatus: number; readonly baseUrl: string }
  /** No answer (refused, reset, timed out) or an answer that says nothing about the key. */
  | { readonly status: 'unreachable'; readonly baseUrl: string; readonly reason: string };

export async function probeEndpoint(
  endpoint: Endpoint,
  env: Readonly<Record<string, string | undefined>>,
  timeoutMs: number = PROBE_TIMEOUT_MS,
): Promise<ProbeOutcome> {
  const baseUrl = baseUrlOf(endpoint, env);
  const apiKey = env[endpoint.api_key_env] ?? '';
  const client = new OpenAI({ apiKey, baseURL: baseUrl, maxRetries: 0, timeout: timeoutMs, fetch: httpFetch });
  const listed = await attempt(() => client.models.list().asResponse(), timeoutMs);
  if (listed.status !== undefined && REJECTED.has(listed.status))
    return { status: 'rejected', httpStatus: listed.status, baseUrl };
  if (listed.status === undefined) return { status: 'unreachable', baseUrl, reason: listed.reason };
  // A 5xx may be a gateway without the route as well as a broken server: the chat call tells.
  if (!NO_ROUTE.has(listed.status) && listed.status < SERVER_ERROR_MIN) return { status: 'ok' };
  const chat = await attempt(
    () =>
      client.chat.completions
        .create({ model: endpoint.model, messages: [{ role: 'user', content: PROBE_MESSAGE }], max_tokens: 1 })
        .asResponse(),
    timeoutMs,
  );
  if (chat.status !== undefined && REJECTED.has(chat.status))
    return { status: 'rejected', httpStatus: chat.status, baseUrl };
  if (chat.status === undefined) return { status: 'unreachable', baseUrl, reason: chat.reason };
  return chat.status >= SERVER_ERROR_MIN
    ? { status: 'unreachable', baseUrl, reason: `HTTP ${chat.status}` }
    : { status: 'ok' };
}

/** The HTTP status of the answer (error statuses included), or why there was none. */
async function attempt(
  send: () => Promise<Response>,
  timeoutMs: number,
): Promise<{ status: number; reason?: undefined } | { status?: undefined; reason: string }> {
  try {
    const response = await send();
    await response.body?.cancel();
    return { status: response.status };
  } catch (error) {
    if (error instanceof OpenAI.APIError && error.status !== undefined) return { status: error.status };
    return { reason: classifyFailure(error, false, timeoutMs).reason };
  }
}

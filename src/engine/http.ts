/**
 * JSON over HTTP with a timeout and the trial's abort signal: used by http agents and passthrough tools.
 *
 * One POST on Node's own `http`/`https` (as llm/http-fetch.ts, and for the same CPU reasons), not the built-in
 * fetch: only there can we tell whether the request left whole and whether any byte of an answer came back, which
 * is what decides whether sending it again is safe (`unprocessed`). An agent turn is not idempotent: the agent may
 * have acted on it.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { parseJsonBounded } from '../util/bounded.js';
import { parseRetryAfter } from '../util/retry-after.js';
import { decoded, readAll } from '../llm/http-fetch.js';
import type { FailedAttempt } from '../llm/retry.js';
import type { ExchangeOutcome } from './exchange.js';
import { redirectTarget, withoutCredentials } from '../util/redact.js';

export interface JsonPostOptions {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
}

export type JsonPostResult = ExchangeOutcome;

export interface JsonPostAttempt {
  readonly outcome: JsonPostResult;
  /**
   * Set only when the server certainly did not act on the request, so that sending it again cannot make the agent
   * act twice: no connection was made (refused, unknown host), the connection closed before the request was written
   * whole and before any byte of an answer, or the answer was 429 or 503. Anything else may have been processed.
   */
  readonly unprocessed?: FailedAttempt;
}

const ERROR_BODY_EXCERPT = 200;
/** Statuses that turn a request away before it is handled: too many requests, not available now (a deploy, a LB). */
const TURNED_AWAY = new Set([429, 503]);
/** No connection was made: nothing was sent. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** The connection closed: nothing was processed only when the request never left whole and nothing came back. */
const CLOSED = new Set(['ECONNRESET', 'EPIPE']);

/** Never throws: every failure comes back as a categorised message. */
export async function postJson(options: JsonPostOptions): Promise<JsonPostResult> {
  return (await postJsonOnce(options)).outcome;
}

/** One POST, never retried here: the outcome, and whether the server certainly did not process it. Never throws. */
export async function postJsonOnce(options: JsonPostOptions): Promise<JsonPostAttempt> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
  try {
    return answered(options, await send(options, AbortSignal.any([options.signal, timeout.signal])));
  } catch (error) {
    if (options.signal.aborted) return { outcome: { ok: false, category: 'cancelled', message: 'cancelled' } };
    if (timeout.signal.aborted) {
      const message = `no answer from ${withoutCredentials(options.url)} within ${options.timeoutMs} ms`;
      return { outcome: { ok: false, category: 'timeout', message, noAnswer: true } };
    }
    const cause = describe(error instanceof PostFailed ? error.cause : error);
    const message = `request to ${withoutCredentials(options.url)} failed: ${cause}`;
    const outcome: JsonPostResult = { ok: false, category: 'infrastructure', message, noAnswer: true };
    if (!(error instanceof PostFailed && error.unprocessed())) return { outcome };
    return { outcome, unprocessed: { retryable: true, category: 'infrastructure', reason: message } };
  } finally {
    clearTimeout(timer);
  }
}

/** The outcome of a request that was answered: a redirect or an error status fails it, with why. */
function answered(options: JsonPostOptions, answer: Answer): JsonPostAttempt {
  const { status } = answer;
  const url = withoutCredentials(options.url);
  if (status >= 300 && status < 400) {
    const location = answer.headers.location;
    const to = location ? ` to ${redirectTarget(location).slice(0, ERROR_BODY_EXCERPT)}` : '';
    const message =
      `HTTP ${status} from ${url}${to}: ` +
      'redirects are not followed (they would carry the conversation and its headers elsewhere); give the final URL';
    return { outcome: { ok: false, category: 'infrastructure', message } };
  }
  if (status < 200 || status >= 300) {
    const message = `HTTP ${status} from ${url}: ${answer.text.slice(0, ERROR_BODY_EXCERPT)}`;
    const outcome: JsonPostResult = { ok: false, category: 'infrastructure', message };
    if (!TURNED_AWAY.has(status)) return { outcome };
    const retryAfter = answer.headers['retry-after'];
    const retryAfterMs = parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
    const reason = `HTTP ${status} from ${url}`;
    return {
      outcome,
      unprocessed: {
        retryable: true,
        category: 'infrastructure',
        reason,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      },
    };
  }
  return { outcome: { ok: true, value: parseBody(answer.text) } };
}

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

/** Why a POST failed, and how far it got: whether the request left whole, whether any byte of an answer came. */
class PostFailed extends Error {
  constructor(
    override readonly cause: unknown,
    private readonly sentWhole: boolean,
    private readonly answerStarted: boolean,
  ) {
    super('the request failed', { cause });
  }

  /** The server cannot have acted on it. When in doubt, false: a retry could make the agent act twice. */
  unprocessed(): boolean {
    if (this.answerStarted) return false;
    const code = codeOf(this.cause);
    if (code === undefined) return false;
    return NOT_CONNECTED.has(code) || (CLOSED.has(code) && !this.sentWhole);
  }
}

/** The POST, its answer read whole (up to MAX_RESPONSE_BYTES); rejects with a PostFailed once it was started. */
function send(options: JsonPostOptions, signal: AbortSignal): Promise<Answer> {
  const url = new URL(options.url);
  const body = JSON.stringify(options.body);
  // Merged as names are (case-insensitive): the suite's headers replace these two, never send a second copy.
  const merged = new Headers({ 'content-type': 'application/json', accept: 'application/json' });
  for (const [name, value] of Object.entries(options.headers)) merged.set(name, value);
  const headers: Record<string, string> = {};
  merged.forEach((value, name) => (headers[name] = value));
  headers['content-length'] = String(Buffer.byteLength(body));
  // Not followed: a redirect would send the conversation, and the suite's headers (keys), to another address.
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Answer>((resolve, reject) => {
    let sentWhole = false;
    let answerStarted = false;
    let readBefore = 0;
    const req = request(url, { method: 'POST', headers, signal }, (res) => {
      answerStarted = true;
      readAll(decoded(res), res).then(
        (buffer) =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: new TextDecoder().decode(buffer) }),
        (error: unknown) => reject(new PostFailed(error, sentWhole, true)),
      );
    });
    // A kept-alive socket has read earlier answers: only what it read since it took this request counts.
    req.on('socket', (socket) => (readBefore = socket.bytesRead));
    // The whole request was handed to the system: the server may have it, and may act on it.
    req.on('finish', () => (sentWhole = true));
    req.on('error', (error) => {
      // Any byte read (a status line cut short) is the start of an answer: the request reached the server.
      answerStarted ||= (req.socket?.bytesRead ?? readBefore) > readBefore;
      reject(new PostFailed(error, sentWhole, answerStarted));
    });
    req.end(body);
  });
}

/**
 * One GET with the agent's headers, before a run: the status it answers with (401/403 says its credentials are
 * refused), or why there was no answer. Never throws.
 */
export async function probeUrl(options: {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
}): Promise<{ readonly status: number } | { readonly reason: string }> {
  try {
    const { url, headers } = credentialsAsHeader(options.url, options.headers);
    const response = await fetch(url, {
      method: 'GET',
      headers,
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'manual',
    });
    await response.body?.cancel();
    return { status: response.status };
  } catch (error) {
    return { reason: describe(error) };
  }
}

/**
 * `http://user:pass@host/…` as the POST sends it (Node's http turns the URL's credentials into Basic auth) for fetch,
 * which refuses such a URL: the credentials leave the URL for an `authorization` header, unless one is given.
 */
function credentialsAsHeader(
  given: string,
  headers: Readonly<Record<string, string>>,
): { url: string; headers: Readonly<Record<string, string>> } {
  const url = new URL(given);
  if (url.username === '' && url.password === '') return { url: given, headers };
  const user = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  url.username = '';
  url.password = '';
  const named = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
  const basic = { authorization: `Basic ${Buffer.from(user).toString('base64')}` };
  return { url: url.toString(), headers: named ? headers : { ...headers, ...basic } };
}

/** JSON when it parses, else the text itself (a passthrough backend may answer plain text). */
function parseBody(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return parseJsonBounded(text);
  } catch {
    return text;
  }
}

/** The system's word for a failure (ECONNREFUSED, ENOTFOUND…), else its message; fetch's error wraps it in a cause. */
function describe(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = systemCode(error) ?? systemCode(cause);
  if (code !== undefined) return code;
  const inner = cause instanceof Error ? cause : error instanceof Error ? error : undefined;
  return inner ? inner.message : String(error);
}

/** ECONNREFUSED and its kind; not Node's own ERR_… codes, whose messages say more. */
function systemCode(error: unknown): string | undefined {
  const code = codeOf(error);
  return code !== undefined && /^E(?!RR_)[A-Z_]+$/.test(code) ? code : undefined;
}

/** A Node error's code; a failed connection to every address of a host is an AggregateError of them. */
function codeOf(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  if ('code' in error && typeof error.code === 'string') return error.code;
  if (error instanceof AggregateError) return codeOf(error.errors[0]);
  return undefined;
}

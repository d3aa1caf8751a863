/** JSON over HTTP with a timeout and the trial's abort signal: used by http agents and passthrough tools. */
import { MAX_RESPONSE_BYTES, parseJsonBounded, responseTooLarge } from '../util/bounded.js';
import type { ExchangeOutcome } from './exchange.js';
import { redirectTarget } from '../util/redact.js';

export interface JsonPostOptions {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
}

export type JsonPostResult = ExchangeOutcome;

const ERROR_BODY_EXCERPT = 200;

/** Never throws: every failure comes back as a categorised message. */
export async function postJson(options: JsonPostOptions): Promise<JsonPostResult> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
      body: JSON.stringify(options.body),
      signal: AbortSignal.any([options.signal, timeout]),
      // Not followed: a redirect would send the conversation, and the suite's headers (keys), to another address.
      redirect: 'manual',
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      const to = location ? ` to ${redirectTarget(location).slice(0, ERROR_BODY_EXCERPT)}` : '';
      return {
        ok: false,
        category: 'infrastructure',
        message:
          `HTTP ${response.status} from ${options.url}${to}: ` +
          'redirects are not followed (they would carry the conversation and its headers elsewhere); give the ' +
          'final URL',
      };
    }
    const text = await boundedText(response);
    if (!response.ok) {
      return {
        ok: false,
        category: 'infrastructure',
        message: `HTTP ${response.status} from ${options.url}: ${text.slice(0, ERROR_BODY_EXCERPT)}`,
      };
    }
    return { ok: true, value: parseBody(text) };
  } catch (error) {
    if (options.signal.aborted) return { ok: false, category: 'cancelled', message: 'cancelled' };
    if (timeout.aborted)
      return {
        ok: false,
        category: 'timeout',
        message: `no answer from ${options.url} within ${options.timeoutMs} ms`,
        noAnswer: true,
      };
    return {
      ok: false,
      category: 'infrastructure',
      message: `request to ${options.url} failed: ${describe(error)}`,
      noAnswer: true,
    };
  }
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
    const response = await fetch(options.url, {
      method: 'GET',
      headers: options.headers,
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'manual',
    });
    await response.body?.cancel();
    return { status: response.status };
  } catch (error) {
    return { reason: describe(error) };
  }
}

/** The body as text, up to MAX_RESPONSE_BYTES (an endless or huge body fails the call, not the process). */
async function boundedText(response: Response): Promise<string> {
  if (!response.body) return '';
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  // Leaving the loop early cancels the stream (the iterator's return): the rest is never downloaded.
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > MAX_RESPONSE_BYTES) throw responseTooLarge();
    parts.push(decoder.decode(chunk, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
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

function describe(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createChatClient,
  costOf,
  LlmCallError,
  parseRetryAfter,
  type ChatClientOptions,
} from '../../src/llm/index.js';
import { retryDelay } from '../../src/llm/retry.js';
import { startFakeOpenAI, type FakeOpenAI, type FakeReply } from '../support/fake-openai.js';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(replies: FakeReply[]): Promise<FakeOpenAI> {
  server = await startFakeOpenAI({ respond: (_req, index) => replies[Math.min(index, replies.length - 1)]! });
  return server;
}

function client(overrides: Partial<ChatClientOptions> = {}) {
  return createChatClient({
    env: {},
    pricing: {},
    callTimeoutMs: 2_000,
    retries: 3,
    backoff: { baseDelayMs: 5 },
    onUnpricedModel: () => {},
    ...overrides,
  });
}

const ask = (baseURL: string, signal?: AbortSignal) => ({
  endpoint: { model: 'gpt-4o-mini', base_url: baseURL, api_key_env: 'OPENAI_API_KEY' },
  messages: [{ role: 'user' as const, content: 'hello' }],
  ...(signal ? { signal } : {}),
});

describe('createChatClient', () => {
  it('returns content, usage and the cost from the price table', async () => {
    const fake = await serve([{ content: 'hi there', usage: { prompt_tokens: 1_000_000, completion_tokens: 0 } }]);
    const result = await client({ pricing: { 'gpt-4o-mini': { input: 2, output: 3 } } }).complete(ask(fake.baseURL));
    expect(result.content).toBe('hi there');
    expect(result.usage).toEqual({ inputTokens: 1_000_000, outputTokens: 0, costUsd: 2 });
    expect(result.attempts).toBe(1);
    expect(fake.requests[0]?.model).toBe('gpt-4o-mini');
  });

  it('sends tools and returns the tool calls', async () => {
    const fake = await serve([{ toolCalls: [{ name: 'lookup', arguments: { id: 7 }, id: 'c1' }] }]);
    const result = await client().complete({
      ...ask(fake.baseURL),
      tools: [{ name: 'lookup', description: 'find', parameters: { type: 'object' } }],
    });
    expect(result.toolCalls).toEqual([{ id: 'c1', name: 'lookup', arguments: '{"id":7}' }]);
    expect(fake.requests[0]?.tools?.[0]?.function.name).toBe('lookup');
  });

  it('waits at least the Retry-After of a 429 before retrying', async () => {
    const fake = await serve([{ fault: 'rate_limit', retryAfterSeconds: 1 }, { content: 'ok' }]);
    const delays: number[] = [];
    const started = performance.now();
    const result = await client({ onRetry: (info) => delays.push(info.delayMs) }).complete(ask(fake.baseURL));
    const elapsed = performance.now() - started;
    expect(result.content).toBe('ok');
    expect(result.attempts).toBe(2);
    expect(delays[0]).toBeGreaterThanOrEqual(1_000);
    expect(elapsed).toBeGreaterThanOrEqual(1_000);
  });

  it('does not retry a 429 whose Retry-After is past the cap: it ends the call at once, naming the wait', async () => {
    const fake = await serve([{ fault: 'rate_limit', retryAfterSeconds: 3_600 }, { content: 'never' }]);
    const error = (await client({ backoff: { baseDelayMs: 5, maxRetryAfterMs: 1_000 } })
      .complete(ask(fake.baseURL))
      .catch((e: unknown) => e)) as LlmCallError;
    expect(error).toBeInstanceOf(LlmCallError);
    expect(error.category).toBe('infrastructure');
    expect(error.message).toContain('HTTP 429');
    expect(error.message).toContain('the server asks to retry in 3600 s, longer than the 1 s Rehearse waits');
    expect(fake.requests).toHaveLength(1);
  });

  it("tells the request's own onRetry, as the client's, before each retry", async () => {
    const fake = await serve([{ fault: 'server_error', status: 503 }, { content: 'ok' }]);
    const told: string[] = [];
    const result = await client({ onRetry: (info) => told.push(`client ${info.reason}`) }).complete({
      ...ask(fake.baseURL),
      onRetry: (info) => told.push(`request ${info.attempt} ${info.reason}`),
    });
    expect(result.content).toBe('ok');
    expect(told).toEqual(['client HTTP 503: The server had an error', 'request 1 HTTP 503: The server had an error']);
  });

  it('retries a 500 and then succeeds', async () => {
    const fake = await serve([{ fault: 'server_error' }, { fault: 'server_error', status: 503 }, { content: 'ok' }]);
    const result = await client().complete(ask(fake.baseURL));
    expect(result.content).toBe('ok');
    expect(result.attempts).toBe(3);
    expect(fake.requests).toHaveLength(3);
  });

  it('retries a connection reset', async () => {
    const fake = await serve([{ fault: 'reset' }, { content: 'ok' }]);
    const reasons: string[] = [];
    const result = await client({ onRetry: (info) => reasons.push(info.reason) }).complete(ask(fake.baseURL));
    expect(result.content).toBe('ok');
    expect(reasons[0]).toMatch(/connection/);
  });

  it('retries a refused connection and names the cause', async () => {
    const closed = await startFakeOpenAI({ respond: () => ({ content: 'never' }) });
    await closed.close();
    const reasons: string[] = [];
    const error = (await client({ retries: 1, onRetry: (info) => reasons.push(info.reason) })
      .complete(ask(closed.baseURL))
      .catch((e: unknown) => e)) as LlmCallError;
    expect(error.category).toBe('infrastructure');
    expect(error.attempts).toBe(2);
    expect(reasons).toEqual(['connection failed: ECONNREFUSED']);
  });

  it('times out a hanging call, retries it, and gives up with a timeout error', async () => {
    const fake = await serve([{ fault: 'hang' }]);
    const error = await client({ callTimeoutMs: 100, retries: 1 })
      .complete(ask(fake.baseURL))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmCallError);
    expect((error as LlmCallError).category).toBe('timeout');
    expect((error as LlmCallError).attempts).toBe(2);
    expect(fake.requests).toHaveLength(2);
  });

  it('throws an infrastructure LlmCallError with the cause once retries are exhausted', async () => {
    const fake = await serve([{ fault: 'server_error' }]);
    const error = (await client({ retries: 2 })
      .complete(ask(fake.baseURL))
      .catch((e: unknown) => e)) as LlmCallError;
    expect(error).toBeInstanceOf(LlmCallError);
    expect(error.category).toBe('infrastructure');
    expect(error.attempts).toBe(3);
    expect(error.message).toMatch(/HTTP 500.*gave up after 3 attempts/);
    expect(error.cause).toBeDefined();
    expect(fake.requests).toHaveLength(3);
  });

  it.each(['truncated', 'empty_choices', 'error_object'] as const)(
    'retries a 2xx whose body is %s, then succeeds',
    async (body) => {
      const fake = await serve([{ fault: 'malformed_2xx', body }, { content: 'ok' }]);
      const result = await client().complete(ask(fake.baseURL));
      expect(result.content).toBe('ok');
      expect(result.attempts).toBe(2);
      expect(fake.requests).toHaveLength(2);
    },
  );

  it(
    "quotes the server's own text (truncated to one short line) once malformed 2xx retries " + 'are exhausted',
    async () => {
      const fake = await serve([{ fault: 'malformed_2xx', body: 'error_object' }]);
      const error = (await client({ retries: 1 })
        .complete(ask(fake.baseURL))
        .catch((e: unknown) => e)) as LlmCallError;
      expect(error).toBeInstanceOf(LlmCallError);
      expect(error.category).toBe('infrastructure');
      expect(error.message).toContain('upstream overloaded, try again');
      expect(error.message).toContain('gave up after 2 attempts');
      await fake.close();
      const truncated = await serve([{ fault: 'malformed_2xx', body: 'truncated' }]);
      const cut = (await client({ retries: 0 })
        .complete(ask(truncated.baseURL))
        .catch((e: unknown) => e)) as LlmCallError;
      expect(cut.message).toMatch(/not JSON: "\{\\"id\\":\\"chatcmpl-fake/);
      expect(cut.message.length).toBeLessThan(300);
    },
  );

  it("names an error status once and clips the server's text: a whole error page is not a reason", async () => {
    const page = `<html>\n<body>${'x'.repeat(10_000)}</body>\n</html>`;
    const fake = await serve([{ fault: 'server_error', status: 502, message: page }]);
    const error = (await client({ retries: 0 })
      .complete(ask(fake.baseURL))
      .catch((e: unknown) => e)) as LlmCallError;
    expect(error.message).toMatch(/^gpt-4o-mini: HTTP 502: <html> <body>x+… \(gave up after 1 attempt\)$/);
    expect(error.message.length).toBeLessThan(300);
  });

  it('does not follow or retry a redirect, and says where it pointed and what to do', async () => {
    server = await startFakeOpenAI({ respond: () => ({ content: 'never' }) });
    const redirecting = createServer((_req, res) => {
      res.writeHead(301, { location: `${server!.baseURL}/chat/completions` });
      res.end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = redirecting.address() as AddressInfo;
      const error = (await client()
        .complete(ask(`http://127.0.0.1:${port}/v1`))
        .catch((e: unknown) => e)) as LlmCallError;
      expect(error.attempts).toBe(1);
      expect(error.message).toBe(
        `gpt-4o-mini: HTTP 301 to ${server.baseURL}/chat/completions: redirects are not followed (they would ` +
          'carry the request and its key elsewhere); give the final URL as base_url',
      );
      expect(server.requests).toHaveLength(0);
    } finally {
      await new Promise<void>((resolve) => redirecting.close(() => resolve()));
    }
  });

  it("does not quote a redirect's query or password: a token there is no secret the redactor knows", async () => {
    const redirecting = createServer((_req, res) => {
      res.writeHead(302, { location: 'https://sso:hunter2pass@gw.example.com/v1/chat?token=s3cr3tT0ken99&sig=abc#x' });
      res.end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = redirecting.address() as AddressInfo;
      const error = (await client()
        .complete(ask(`http://127.0.0.1:${port}/v1`))
        .catch((e: unknown) => e)) as LlmCallError;
      expect(error.message).toContain('HTTP 302 to https://gw.example.com/v1/chat?…: redirects are not followed');
      expect(error.message).not.toMatch(/s3cr3t|hunter2|sig=/);
    } finally {
      await new Promise<void>((resolve) => redirecting.close(() => resolve()));
    }
  });

  it('does not retry a 400', async () => {
    const fake = await serve([{ fault: 'server_error', status: 400 }, { content: 'never' }]);
    const error = (await client()
      .complete(ask(fake.baseURL))
      .catch((e: unknown) => e)) as LlmCallError;
    expect(error.category).toBe('infrastructure');
    expect(error.attempts).toBe(1);
    expect(fake.requests).toHaveLength(1);
  });

  it('ends at once with `cancelled` when the caller aborts', async () => {
    const fake = await serve([{ fault: 'hang' }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = (await client({ callTimeoutMs: 5_000 })
      .complete(ask(fake.baseURL, controller.signal))
      .catch((e: unknown) => e)) as LlmCallError;
    expect(error.category).toBe('cancelled');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a remote endpoint without its API key, with a clear message', async () => {
    const error = (await client()
      .complete({
        ...ask('https://llm.example.com/v1'),
        endpoint: { model: 'm', base_url: 'https://llm.example.com/v1', api_key_env: 'MY_KEY' },
      })
      .catch((e: unknown) => e)) as LlmCallError;
    expect(error).toBeInstanceOf(LlmCallError);
    expect(error.message).toMatch(/MY_KEY is not set/);
  });

  it('never flags an unpriced model at a local endpoint (local calls are free)', async () => {
    const fake = await serve([{ content: 'ok' }]);
    const flagged: string[] = [];
    const chat = client({ onUnpricedModel: (model) => flagged.push(model) });
    await chat.complete({
      ...ask(fake.baseURL),
      endpoint: { model: 'mystery', base_url: fake.baseURL, api_key_env: 'K' },
    });
    expect(flagged).toEqual([]);
  });
});

describe('pricing and Retry-After', () => {
  it('prices built-in models, dated snapshots and gateway prefixes; unknown models cost 0', () => {
    const usage = { inputTokens: 1_000_000, outputTokens: 1_000_000 };
    expect(costOf('gpt-4o-mini', usage)).toBeCloseTo(0.75);
    expect(costOf('gpt-4o-mini-2024-07-18', usage)).toBeCloseTo(0.75);
    expect(costOf('openai/gpt-4o', usage)).toBeCloseTo(12.5);
    expect(costOf('gpt-4o-mini', usage, { 'gpt-4o-mini': { input: 1, output: 1 } })).toBeCloseTo(2);
    expect(costOf('my-local-llama', usage)).toBe(0);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  const backoff = { baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 };
  const failure = { retryable: true, category: 'infrastructure' as const, reason: 'HTTP 500' };

  it('draws uniformly below an exponential ceiling (full jitter), capped', () => {
    expect(retryDelay(0, failure, { ...backoff, random: () => 0.999 })).toBe(99);
    expect(retryDelay(3, failure, { ...backoff, random: () => 0.5 })).toBe(400);
    expect(retryDelay(10, failure, { ...backoff, random: () => 0.999 })).toBe(999);
    expect(retryDelay(2, failure, { ...backoff, random: () => 0 })).toBe(0);
  });

  it('never waits less than Retry-After, and never more than its cap', () => {
    expect(retryDelay(0, { ...failure, retryAfterMs: 2_000 }, { ...backoff, random: () => 0 })).toBe(2_000);
    expect(retryDelay(0, { ...failure, retryAfterMs: 3_600_000 }, { ...backoff, random: () => 0 })).toBe(5_000);
  });
});

/**
 * http agents retry a turn only when the server certainly did not process it (no connection, a connection closed
 * before the request left whole, 429, 503), with run.retries and the LLM calls' backoff; everything else (500, 502,
 * 504, a timeout, an answer that started) may have made the agent act, and fails the trial as before. Every test
 * counts the requests its server saw.
 */
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { executeTrial } from '../../src/engine/index.js';
import type { CallInFlight } from '../../src/engine/abort.js';
import type { RetryNotice } from '../../src/llm/types.js';
import type { TraceEvent } from '../../src/model/results.js';
import { RunSettingsSchema } from '../../src/suite/schema.js';
import { CountingServers, type Answer, type CountingServer } from '../support/counting-servers.js';
import { context, datasetTrial } from './support.js';

/** Each wait between retries, as asked for; `beforeWait` runs first (a test starts its server there). */
const waits: number[] = [];
let beforeWait: () => Promise<void> = async () => {};
vi.mock('../../src/util/sleep.js', async (original) => {
  const real = await original<typeof import('../../src/util/sleep.js')>();
  return {
    sleepUnlessAborted: async (ms: number, signal: AbortSignal | undefined) => {
      waits.push(ms);
      await beforeWait();
      return real.sleepUnlessAborted(ms, signal);
    },
  };
});

const servers = new CountingServers('/agent');
afterEach(async () => {
  waits.length = 0;
  notices.length = 0;
  inFlight.length = 0;
  beforeWait = async () => {};
  await servers.closeAll();
});

/** Answers the n-th request (1-based) with `answer`; `seen()` is how many requests came, read whole. */
const serve = (answer: Answer, port?: number) => servers.start(answer, port);

const reply = (res: ServerResponse, text = 'Hello Ann') =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ reply: text }));
const status = (res: ServerResponse, code: number, headers: Record<string, string> = {}) =>
  res.writeHead(code, { 'content-type': 'text/plain', ...headers }).end(`status ${code}`);

/** What the engine told its caller before each retry (the CLI's progress line counts these). */
const notices: RetryNotice[] = [];

/** What the engine told its caller about the request in flight (the runner's trial timeout names it). */
const inFlight: (CallInFlight | undefined)[] = [];

function run(url: string, options: { retries?: number; timeoutMs?: number; signal?: AbortSignal } = {}) {
  const trial = datasetTrial({ id: 'bot', type: 'http', url, timeout_ms: options.timeoutMs ?? 5_000 }, 'Hi');
  const suite = { pricing: {}, run: RunSettingsSchema.parse({ retries: options.retries ?? 3 }) };
  const onRetry = (notice: RetryNotice) => notices.push(notice);
  const onCallInFlight = (call: CallInFlight | undefined) => inFlight.push(call);
  const signal = options.signal ? { signal: options.signal } : {};
  return executeTrial(trial, context({ suite, onRetry, onCallInFlight, ...signal }));
}

const replies = (events: readonly TraceEvent[]) => events.filter((e) => e.type === 'agent_message');
const errors = (events: readonly TraceEvent[]) => events.filter((e) => e.type === 'error');

describe('http agent retries: sent again', () => {
  it('503 then 200: one retry, the reply is kept and notes it', async () => {
    const server = await serve((n, res) => (n === 1 ? status(res, 503) : reply(res)));
    const trace = await run(server.url);
    expect(server.seen()).toBe(2);
    expect(trace.endReason).not.toBe('error');
    expect(replies(trace.events)).toEqual([expect.objectContaining({ content: 'Hello Ann', retries: 1 })]);
    expect(errors(trace.events)).toEqual([]);
    expect(waits).toHaveLength(1);
    expect(notices).toEqual([{ attempt: 1, delayMs: waits[0], reason: `HTTP 503 from ${server.url}` }]);
  });

  it('429 with Retry-After: 1 waits about a second, and the wait is not the agent latency', async () => {
    const server = await serve((n, res) => (n === 1 ? status(res, 429, { 'retry-after': '1' }) : reply(res)));
    const started = performance.now();
    const trace = await run(server.url);
    const elapsed = performance.now() - started;
    expect(server.seen()).toBe(2);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1_000);
    expect(elapsed).toBeGreaterThanOrEqual(900);
    const [message] = replies(trace.events);
    expect(message).toMatchObject({ retries: 1 });
    expect(message?.type === 'agent_message' && message.latencyMs).toBeLessThan(elapsed - 800);
  });

  it('429 with Retry-After as an HTTP date waits until then', async () => {
    const when = new Date(Date.now() + 3_000).toUTCString();
    const server = await serve((n, res) => (n === 1 ? status(res, 429, { 'retry-after': when }) : reply(res)));
    const trace = await run(server.url);
    expect(server.seen()).toBe(2);
    // The date has whole seconds: between 2 and 3 s from the request.
    expect(waits[0]).toBeGreaterThanOrEqual(1_000);
    expect(replies(trace.events)[0]).toMatchObject({ retries: 1 });
  });

  it('a refused connection, then a server listening on that port: retried', async () => {
    const port = Number(new URL(await servers.closedUrl()).port);
    let server: CountingServer | undefined;
    beforeWait = async () => {
      server ??= await serve((_n, res) => reply(res, 'up again'), port);
    };
    const trace = await run(`http://127.0.0.1:${port}/agent`);
    expect(server?.seen()).toBe(1);
    expect(replies(trace.events)).toEqual([expect.objectContaining({ content: 'up again', retries: 1 })]);
  });

  it('503 every time: retries run.retries times, then fails saying so', async () => {
    const server = await serve((_n, res) => status(res, 503));
    const trace = await run(server.url, { retries: 2 });
    expect(server.seen()).toBe(3);
    expect(trace.endReason).toBe('error');
    expect(errors(trace.events)).toEqual([
      expect.objectContaining({
        category: 'infrastructure',
        message: expect.stringMatching(/HTTP 503 .*\(gave up after 3 attempts\)$/),
      }),
    ]);
  });

  it('a refused connection every time: retried, then fails naming ECONNREFUSED', async () => {
    const trace = await run(await servers.closedUrl(), { retries: 1 });
    expect(waits).toHaveLength(1);
    expect(errors(trace.events)[0]).toMatchObject({
      message: expect.stringMatching(/ECONNREFUSED \(gave up after 2 attempts\)$/),
    });
  });
});

describe('http agent retries: what the runner is told is in flight', () => {
  it('the request as `agent <id>`, each retry with its failure, then nothing once the turn is over', async () => {
    const server = await serve((n, res) => (n <= 2 ? status(res, 503) : reply(res)));
    await run(server.url);
    expect(inFlight).toEqual([
      { model: 'agent bot', retries: 0 },
      { model: 'agent bot', retries: 1, lastFailure: `HTTP 503 from ${server.url}` },
      { model: 'agent bot', retries: 2, lastFailure: `HTTP 503 from ${server.url}` },
      undefined,
    ]);
  });

  it('a request not retried (a 500) is told too, and ended', async () => {
    const server = await serve((_n, res) => status(res, 500));
    await run(server.url);
    expect(inFlight).toEqual([{ model: 'agent bot', retries: 0 }, undefined]);
  });

  it("the URL's user, password and query are left out of every failure it reports", async () => {
    const server = await serve((_n, res) => status(res, 503));
    const secretUrl = server.url.replace('http://', 'http://ops:hunter2-secret@') + '?code=fn-key-123';
    const trace = await run(secretUrl, { retries: 1 });
    const shown = `${server.url}?…`;
    expect(notices.map((notice) => notice.reason)).toEqual([`HTTP 503 from ${shown}`]);
    expect(inFlight[1]).toEqual({ model: 'agent bot', retries: 1, lastFailure: `HTTP 503 from ${shown}` });
    expect(errors(trace.events)[0]).toMatchObject({ message: expect.stringContaining(`HTTP 503 from ${shown}: `) });
    const everything = JSON.stringify([notices, inFlight, trace.events]);
    for (const secret of ['hunter2', 'ops:', 'fn-key-123']) expect(everything).not.toContain(secret);
    // A connection refused and a timeout say where too, without them.
    const refused = await run('http://ops:hunter2-secret@127.0.0.1:1/agent', { retries: 0 });
    expect(errors(refused.events)[0]?.message).toBe('request to http://127.0.0.1:1/agent failed: ECONNREFUSED');
    const silent = await serve(() => {});
    const timedOut = await run(silent.url.replace('http://', 'http://ops:hunter2-secret@'), { timeoutMs: 100 });
    expect(errors(timedOut.events)[0]?.message).toBe(`no answer from ${silent.url} within 100 ms`);
  });
});

describe('http agent retries: not sent again', () => {
  it.each([500, 502, 504, 400, 408])('HTTP %i: one request, the trial errors', async (code) => {
    const server = await serve((_n, res) => status(res, code));
    const trace = await run(server.url);
    expect(server.seen()).toBe(1);
    expect(waits).toEqual([]);
    expect(notices).toEqual([]);
    expect(trace.endReason).toBe('error');
    expect(errors(trace.events)[0]).toMatchObject({ message: expect.stringMatching(new RegExp(`^HTTP ${code} `)) });
  });

  it('retries: 0 turns retrying off: a 503 fails at once, worded as before', async () => {
    const server = await serve((_n, res) => status(res, 503));
    const trace = await run(server.url, { retries: 0 });
    expect(server.seen()).toBe(1);
    expect(errors(trace.events)[0]).toMatchObject({ message: expect.stringMatching(/HTTP 503 .*status 503$/) });
  });

  it('a Retry-After past the cap: not retried, the reason says how long the server asked', async () => {
    const server = await serve((_n, res) => status(res, 429, { 'retry-after': '3600' }));
    const trace = await run(server.url);
    expect(server.seen()).toBe(1);
    expect(errors(trace.events)[0]).toMatchObject({
      message: expect.stringMatching(/asks to retry in 3600 s, longer than the 60 s Rehearse waits\)$/),
    });
  });

  it('no answer within timeout_ms: one request, a timeout', async () => {
    const server = await serve(() => {});
    const trace = await run(server.url, { timeoutMs: 200 });
    expect(server.seen()).toBe(1);
    expect(errors(trace.events)[0]).toMatchObject({ category: 'timeout' });
  });

  it('a connection closed after the request arrived, before any answer: may have been processed', async () => {
    const server = await serve((_n, res) => res.socket?.destroy());
    const trace = await run(server.url);
    expect(server.seen()).toBe(1);
    expect(waits).toEqual([]);
    expect(errors(trace.events)[0]).toMatchObject({
      category: 'infrastructure',
      message: expect.stringMatching(/ECONNRESET/),
    });
  });

  it('an answer that started, then a reset: not retried', async () => {
    const server = await serve((_n, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"reply":"Hel');
      setTimeout(() => res.socket?.resetAndDestroy(), 20);
    });
    const trace = await run(server.url);
    expect(server.seen()).toBe(1);
    expect(waits).toEqual([]);
    expect(trace.endReason).toBe('error');
    expect(errors(trace.events)[0]).toMatchObject({ category: 'infrastructure' });
  });

  it('a status line cut short, then a reset: not retried', async () => {
    const server = await serve((_n, res) => {
      const socket = res.socket!;
      socket.write('HTTP/1.1 50');
      setTimeout(() => socket.resetAndDestroy(), 20);
    });
    await run(server.url);
    expect(server.seen()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('a cancel during a Retry-After wait ends the trial at once as cancelled', async () => {
    const controller = new AbortController();
    const server = await serve((_n, res) => {
      status(res, 429, { 'retry-after': '30' });
      setTimeout(() => controller.abort(), 100);
    });
    const started = performance.now();
    const trace = await run(server.url, { signal: controller.signal });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(server.seen()).toBe(1);
    expect(waits).toEqual([30_000]);
    expect(trace.endReason).toBe('cancelled');
  });
});

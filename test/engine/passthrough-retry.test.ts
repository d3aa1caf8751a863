/**
 * Passthrough tools retry a call only when the backend certainly did not process it (no connection, a connection
 * closed before the request left whole, 429, 503), with run.retries and the LLM calls' backoff, as http agents do;
 * everything else (500, 502, 504, a timeout, an answer that started) may have written something, and is answered
 * once. Every test counts the requests its backend saw.
 */
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { executeTrial } from '../../src/engine/index.js';
import type { CallInFlight } from '../../src/engine/abort.js';
import type { RetryNotice } from '../../src/llm/types.js';
import type { TraceEvent } from '../../src/model/results.js';
import { RunSettingsSchema } from '../../src/suite/schema.js';
import { CountingServers, type Answer } from '../support/counting-servers.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { context, conversationTrial, openaiAgent, realChat } from './support.js';

/** Each wait between retries, as asked for; `beforeWait` runs first (a test starts its backend there). */
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

const servers = new CountingServers('/orders');
let fake: FakeOpenAI | undefined;
/** What the engine told its caller before each retry (the CLI's progress line counts these). */
const notices: RetryNotice[] = [];
afterEach(async () => {
  waits.length = 0;
  notices.length = 0;
  beforeWait = async () => {};
  await fake?.close();
  fake = undefined;
  await servers.closeAll();
});

/** A backend answering the n-th request (1-based) with `answer`; `seen()` is how many requests came, read whole. */
const backend = (answer: Answer, port?: number) => servers.start(answer, port);
const closedPort = () => servers.closedUrl();

const found = (res: ServerResponse) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'shipped' }));
const status = (res: ServerResponse, code: number, headers: Record<string, string> = {}) =>
  res.writeHead(code, { 'content-type': 'text/plain', ...headers }).end(`status ${code}`);

const SCENARIO = {
  id: 's',
  type: 'scripted',
  match: 'regex',
  conditional_actions: {
    role: 'A customer.',
    conditions: [{ id: 0, condition: 'FIRST_MESSAGE', action: 'Where is my order?', fixed_message: true }],
  },
};

/** An openai agent that calls lookup_order once, then answers with what the tool said. */
interface RunOptions {
  retries?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  onCallInFlight?: (call: CallInFlight | undefined) => void;
}

async function run(url: string, options: RunOptions = {}) {
  fake = await startFakeOpenAI({
    respond: (request) => {
      const last = request.messages.at(-1);
      if (last?.role === 'tool') return { content: `tool said ${last.content}` };
      return { toolCalls: [{ name: 'lookup_order', arguments: { order_id: 'A-1' } }] };
    },
  });
  const tool = {
    name: 'lookup_order',
    parameters: { type: 'object', properties: { order_id: { type: 'string' } } },
    strategy: 'passthrough',
    passthrough: { url, timeout_ms: options.timeoutMs ?? 5_000 },
  };
  const trial = conversationTrial({ scenario: SCENARIO, agent: openaiAgent(fake.baseURL), tools: [tool] });
  const suite = { pricing: {}, run: RunSettingsSchema.parse({ retries: options.retries ?? 3 }) };
  const onRetry = (notice: RetryNotice) => notices.push(notice);
  const signal = options.signal ? { signal: options.signal } : {};
  const inFlight = options.onCallInFlight ? { onCallInFlight: options.onCallInFlight } : {};
  return executeTrial(trial, context({ suite, onRetry, chat: realChat(), ...signal, ...inFlight }));
}

const toolCalls = (events: readonly TraceEvent[]) =>
  events.filter((e): e is Extract<TraceEvent, { type: 'tool_call' }> => e.type === 'tool_call');
const replies = (events: readonly TraceEvent[]) =>
  events.filter((e): e is Extract<TraceEvent, { type: 'agent_message' }> => e.type === 'agent_message');
const errors = (events: readonly TraceEvent[]) => events.filter((e) => e.type === 'error');

describe('passthrough retries: sent again', () => {
  it('503 then 200: one retry, the answer reaches the agent and the call notes it', async () => {
    const server = await backend((n, res) => (n === 1 ? status(res, 503) : found(res)));
    const trace = await run(server.url);
    expect(server.seen()).toBe(2);
    expect(trace.endReason).not.toBe('error');
    expect(toolCalls(trace.events)).toEqual([
      expect.objectContaining({ strategy: 'passthrough', result: { status: 'shipped' }, retries: 1 }),
    ]);
    expect(replies(trace.events)[0]?.content).toBe('tool said {"status":"shipped"}');
    // The retry is the tool's, not the agent's: the reply does not count it.
    expect(replies(trace.events)[0]?.retries).toBeUndefined();
    expect(waits).toHaveLength(1);
    expect(notices).toEqual([
      { attempt: 1, delayMs: waits[0], reason: `tool lookup_order: HTTP 503 from ${server.url}` },
    ]);
  });

  it("429 with Retry-After: 1 waits about a second, left out of the call's time and the agent's latency", async () => {
    const server = await backend((n, res) => (n === 1 ? status(res, 429, { 'retry-after': '1' }) : found(res)));
    const started = performance.now();
    const trace = await run(server.url);
    const elapsed = performance.now() - started;
    expect(server.seen()).toBe(2);
    expect(waits[0]).toBeGreaterThanOrEqual(1_000);
    expect(elapsed).toBeGreaterThanOrEqual(900);
    const [call] = toolCalls(trace.events);
    expect(call).toMatchObject({ retries: 1, result: { status: 'shipped' } });
    expect(call?.durationMs).toBeLessThan(800);
    expect(replies(trace.events)[0]?.latencyMs).toBeLessThan(elapsed - 800);
  });

  it('a refused connection, then a backend listening on that port: retried', async () => {
    const url = await closedPort();
    let server: { seen: () => number } | undefined;
    beforeWait = async () => {
      server ??= await backend((_n, res) => found(res), Number(new URL(url).port));
    };
    const trace = await run(url);
    expect(server?.seen()).toBe(1);
    expect(trace.endReason).not.toBe('error');
    expect(toolCalls(trace.events)).toEqual([expect.objectContaining({ result: { status: 'shipped' }, retries: 1 })]);
  });

  it('503 every time: retries run.retries times, then the status is the tool error the agent sees', async () => {
    const server = await backend((_n, res) => status(res, 503));
    const trace = await run(server.url, { retries: 2 });
    expect(server.seen()).toBe(3);
    // An error status is the backend's answer: the conversation goes on with it.
    expect(trace.endReason).not.toBe('error');
    const [call] = toolCalls(trace.events);
    expect(call?.error).toMatch(/^HTTP 503 .*\(gave up after 3 attempts\)$/);
    expect(call?.retries).toBe(2);
    expect(replies(trace.events)[0]?.content).toContain('gave up after 3 attempts');
  });

  it("a refused connection every time: retried, then the turn ends as the tool's infrastructure error", async () => {
    const trace = await run(await closedPort(), { retries: 1 });
    expect(waits).toHaveLength(1);
    expect(trace.endReason).toBe('error');
    expect(errors(trace.events)).toEqual([
      expect.objectContaining({
        source: 'tool',
        category: 'infrastructure',
        message: expect.stringMatching(/^tool lookup_order: .*ECONNREFUSED \(gave up after 2 attempts\)$/),
      }),
    ]);
  });
});

describe('passthrough retries: not sent again', () => {
  it.each([500, 502, 504, 400, 408])('HTTP %i: one request, given to the agent as the tool error', async (code) => {
    const server = await backend((_n, res) => status(res, code));
    const trace = await run(server.url);
    expect(server.seen()).toBe(1);
    expect(waits).toEqual([]);
    expect(notices).toEqual([]);
    const [call] = toolCalls(trace.events);
    expect(call?.error).toMatch(new RegExp(`^HTTP ${code} .*status ${code}$`));
    expect(call?.retries).toBeUndefined();
  });

  it('retries: 0 turns retrying off: a 503 is answered at once, worded as before', async () => {
    const server = await backend((_n, res) => status(res, 503));
    const trace = await run(server.url, { retries: 0 });
    expect(server.seen()).toBe(1);
    expect(toolCalls(trace.events)[0]?.error).toMatch(/HTTP 503 .*status 503$/);
  });

  it('a Retry-After past the cap: not retried, the error says how long the backend asked', async () => {
    const server = await backend((_n, res) => status(res, 503, { 'retry-after': '3600' }));
    const trace = await run(server.url);
    expect(server.seen()).toBe(1);
    expect(toolCalls(trace.events)[0]?.error).toMatch(
      /asks to retry in 3600 s, longer than the 60 s Rehearse waits\)$/,
    );
  });

  it('a backend that hangs past timeout_ms: one request, the turn ends as a timeout', async () => {
    const server = await backend(() => {});
    const trace = await run(server.url, { timeoutMs: 200 });
    expect(server.seen()).toBe(1);
    expect(waits).toEqual([]);
    expect(trace.endReason).toBe('error');
    expect(errors(trace.events)).toEqual([expect.objectContaining({ source: 'tool', category: 'timeout' })]);
  });

  it('a connection closed after the request arrived, before any answer: may have been processed', async () => {
    const server = await backend((_n, res) => res.socket?.destroy());
    const trace = await run(server.url);
    expect(server.seen()).toBe(1);
    expect(waits).toEqual([]);
    expect(errors(trace.events)[0]).toMatchObject({ source: 'tool', message: expect.stringMatching(/ECONNRESET$/) });
  });

  it('an answer that started, then a reset: not retried', async () => {
    const server = await backend((_n, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"status":"sh');
      setTimeout(() => res.socket?.resetAndDestroy(), 20);
    });
    const trace = await run(server.url);
    expect(server.seen()).toBe(1);
    expect(waits).toEqual([]);
    expect(errors(trace.events)[0]).toMatchObject({ source: 'tool', category: 'infrastructure' });
  });

  it('a cancel during a Retry-After wait ends the trial at once as cancelled', async () => {
    const controller = new AbortController();
    const server = await backend((_n, res) => {
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

describe('passthrough retries: the call in flight, for a trial timeout to name', () => {
  /** What the engine told about the call in flight, in order (undefined: the call ended). */
  function told(): { notes: (CallInFlight | undefined)[]; onCallInFlight: (call: CallInFlight | undefined) => void } {
    const notes: (CallInFlight | undefined)[] = [];
    return { notes, onCallInFlight: (call) => notes.push(call) };
  }

  it('names the tool, then each retry with the failure retried (no credentials, no query), then the end', async () => {
    const server = await backend((n, res) => (n <= 2 ? status(res, 503) : found(res)));
    const withSecrets = server.url.replace('http://', 'http://ops:hunter2-secret@') + '?key=k-123';
    const { notes, onCallInFlight } = told();
    const trace = await run(withSecrets, { onCallInFlight });
    expect(server.seen()).toBe(3);
    expect(trace.endReason).not.toBe('error');
    const failure = `HTTP 503 from ${server.url}?…`;
    expect(notes).toEqual([
      { model: 'tool lookup_order', retries: 0 },
      { model: 'tool lookup_order', retries: 1, lastFailure: failure },
      { model: 'tool lookup_order', retries: 2, lastFailure: failure },
      undefined,
    ]);
    expect(JSON.stringify(notes)).not.toMatch(/hunter2|k-123|ops:/);
  });

  it('a call answered at once: in flight, then ended, with no failure', async () => {
    const server = await backend((_n, res) => found(res));
    const { notes, onCallInFlight } = told();
    await run(server.url, { onCallInFlight });
    expect(notes).toEqual([{ model: 'tool lookup_order', retries: 0 }, undefined]);
  });

  it('a call that gives up still ends what it told (a later timeout names no stale call)', async () => {
    const url = await closedPort();
    const { notes, onCallInFlight } = told();
    const trace = await run(url, { retries: 1, onCallInFlight });
    expect(trace.endReason).toBe('error');
    expect(notes.at(-1)).toBeUndefined();
    expect(notes.filter(Boolean)).toHaveLength(2);
  });
});

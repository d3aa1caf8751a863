/**
 * An endpoint's 200 that is a completion in name only: token counts that are not whole numbers, a tool call without
 * an id or a name, content as a list of parts. Read at the client as what they should be, or refused as that call's
 * error: never carried into a trial whose record then fails the results schema and loses the run (unrecordable.ts is
 * the net behind this).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createChatClient, LlmCallError } from '../../src/llm/index.js';
import { inputTokenBound } from '../../src/llm/pricing.js';
import { TrialResultSchema } from '../../src/model/results.js';
import { asUnrecordable } from '../../src/runner/unrecordable.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server answering every request with this completion message and usage, as raw JSON. */
async function answering(message: unknown, usage: unknown): Promise<string> {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message }], usage }));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/v1`;
}

async function complete(message: unknown, usage: unknown = { prompt_tokens: 3, completion_tokens: 2 }) {
  const baseURL = await answering(message, usage);
  const client = createChatClient({
    env: {},
    pricing: {},
    callTimeoutMs: 2_000,
    retries: 0,
    onUnpricedModel: () => {},
  });
  return client.complete({
    endpoint: { model: 'm', base_url: baseURL, api_key_env: 'OPENAI_API_KEY' },
    messages: [{ role: 'user', content: 'hi' }],
  });
}

describe('an odd completion from an endpoint', () => {
  it.each([
    [{ prompt_tokens: 10.5, completion_tokens: 2 }, 11, 2],
    [{ prompt_tokens: '12', completion_tokens: 'many' }, 12, 0],
    [{ prompt_tokens: -5, completion_tokens: 1e16 }, 0, 100_000_000],
    [{ prompt_tokens: null }, 0, 0],
    ['not an object', 0, 0],
  ])('usage %j counts whole tokens from 0 to the cap', async (usage, input, output) => {
    const result = await complete({ role: 'assistant', content: 'ok' }, usage);
    expect(result.usage).toMatchObject({ inputTokens: input, outputTokens: output });
    expect(Number.isFinite(result.usage.costUsd)).toBe(true);
  });

  it("a priced model's answer without usage is counted at the request's and reply's bytes, flagged once", async () => {
    // Counted at 0 tokens it cost $0: a run with --budget 0.001 made 73 such calls and reported $0.0000.
    const baseURL = await answering({ role: 'assistant', content: 'Hello there' }, undefined);
    const flagged: string[] = [];
    const client = createChatClient({
      env: {},
      pricing: { m: { input: 1, output: 1 } },
      callTimeoutMs: 2_000,
      retries: 0,
      onUnreportedUsage: (model) => flagged.push(model),
    });
    const request = {
      endpoint: { model: 'm', base_url: baseURL, api_key_env: 'OPENAI_API_KEY' },
      messages: [{ role: 'user' as const, content: 'hi' }],
    };
    const first = await client.complete(request);
    await client.complete(request);
    expect(first.usage.inputTokens).toBe(inputTokenBound(request));
    expect(first.usage.outputTokens).toBe('Hello there'.length);
    expect(first.usage.costUsd).toBeGreaterThan(0);
    expect(flagged).toEqual(['m']);
  });

  it('content as a list of parts is read as its text; anything else as no text', async () => {
    const parts = [{ type: 'text', text: 'Hello, ' }, { type: 'image_url' }, { type: 'text', text: 'there' }];
    expect((await complete({ role: 'assistant', content: parts })).content).toBe('Hello, there');
    expect((await complete({ role: 'assistant', content: { text: 'x' } })).content).toBeNull();
  });

  it('a tool call without an id gets one; without a function name it is the call error, not a crash', async () => {
    const noId = {
      role: 'assistant',
      content: null,
      tool_calls: [{ type: 'function', function: { name: 'lookup', arguments: { a: 1 } } }],
    };
    expect((await complete(noId)).toolCalls).toEqual([{ id: 'call_0', name: 'lookup', arguments: '{"a":1}' }]);
    const noName = {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: 'c', type: 'function', function: { name: null } }],
    };
    await expect(complete(noName)).rejects.toThrow(LlmCallError);
    await expect(complete(noName)).rejects.toThrow('the model asked for a tool call without a function name');
  });

  it.each([[null], [[]], ['hi']])(
    'a choice whose message is %j is refused as no completion, not read as an empty reply',
    async (message) => {
      // An empty reply fails the agent's test (the infrastructure metric): an endpoint's hiccup is not the agent's.
      const refusal = complete(message);
      await expect(refusal).rejects.toThrow(LlmCallError);
      await expect(refusal).rejects.toThrow('the first choice has no message');
    },
  );
});

describe('a finished trial whose record does not pass the schema', () => {
  it('is kept as an error trial that passes it, naming what was wrong, with the valid events kept', () => {
    const trial = {
      id: 't@default#0',
      key: 't@default',
      testId: 't',
      variant: 'default',
      index: 0,
      status: 'pass',
      startedAt: new Date(0).toISOString(),
      durationMs: 12,
      endReason: 'endcall',
      turns: 1,
      transcript: [
        { type: 'user_message', at: 0, content: 'hi', generated: false },
        { type: 'agent_message', at: 5, content: ['not', 'text'], latencyMs: 5 },
      ],
      metrics: [],
      usage: { inputTokens: 10.5, outputTokens: 2, costUsd: 0 },
      latency: { p50: 5, p95: 5, max: 5 },
      attempts: 1,
    };
    const checked = TrialResultSchema.safeParse(trial);
    expect(checked.success).toBe(false);
    const kept = asUnrecordable(trial as never, checked.error!);
    expect(TrialResultSchema.safeParse(kept).success).toBe(true);
    expect(kept).toMatchObject({ status: 'error', failureCategory: 'infrastructure', endReason: 'error' });
    expect(kept.reason).toMatch(/^the trial's record is not valid \(transcript\.1\.content: |usage\.inputTokens: /);
    expect(kept.transcript).toEqual([trial.transcript[0]]);
    expect(kept.usage).toEqual({ inputTokens: 0, outputTokens: 0, costUsd: 0 });
  });
});

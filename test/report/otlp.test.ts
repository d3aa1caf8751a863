/**
 * The OTLP export of a real run (LLM simulator, openai agent with a tool
 * call, LLM judge on the local fake server), checked against the official
 * OTLP protobuf definitions (the protobufjs code generated from
 * opentelemetry-proto, shipped in @opentelemetry/otlp-transformer 0.52):
 * every field must survive encode → decode, so a misspelled field or a wrong
 * type fails. Also POSTed to a local OTLP/HTTP receiver.
 */
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { readResults } from '../../src/results/index.js';
import type { Results } from '../../src/model/results.js';
import { startFakeOpenAI } from '../support/fake-openai.js';
import { startOtlpReceiver } from '../support/otlp-receiver.js';
import { captureIO, KEY, responder, writeSuite } from '../cassette/support.js';

interface ProtoType {
  fromObject(value: unknown): unknown;
  verify(message: unknown): string | null;
  encode(message: unknown): { finish(): Uint8Array };
  decode(bytes: Uint8Array): unknown;
  toObject(message: unknown, options: Record<string, unknown>): unknown;
}
const require = createRequire(import.meta.url);
const generated = require('@opentelemetry/otlp-transformer/build/src/generated/root.js') as {
  opentelemetry: { proto: { collector: { trace: { v1: { ExportTraceServiceRequest: ProtoType } } } } };
};
const ExportTraceServiceRequest = generated.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

const ID_FIELDS = new Set(['traceId', 'spanId', 'parentSpanId']);

/** OTLP/JSON → protobuf JSON: ids are hex in OTLP/JSON, base64 in the protobuf mapping. */
function mapIds(value: unknown, convert: (id: string) => string): unknown {
  if (Array.isArray(value)) return value.map((entry) => mapIds(entry, convert));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [
      key,
      ID_FIELDS.has(key) && typeof entry === 'string' ? convert(entry) : mapIds(entry, convert),
    ]),
  );
}

/** Empty lists are how protobuf says "absent": drop them on both sides before comparing. */
function withoutEmptyLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyLists);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, entry]) => !(Array.isArray(entry) && entry.length === 0))
      .map(([key, entry]) => [key, withoutEmptyLists(entry)]),
  );
}

function roundTrip(document: unknown): unknown {
  const message = ExportTraceServiceRequest.fromObject(
    mapIds(document, (hex) => Buffer.from(hex, 'hex').toString('base64')),
  );
  expect(ExportTraceServiceRequest.verify(message)).toBeNull();
  const decoded = ExportTraceServiceRequest.decode(ExportTraceServiceRequest.encode(message).finish());
  const back = ExportTraceServiceRequest.toObject(decoded, { longs: String, enums: Number, bytes: String });
  return mapIds(back, (base64) => Buffer.from(base64, 'base64').toString('hex'));
}

interface Span {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: { key: string; value: Record<string, unknown> }[];
}
const attribute = (span: Span, key: string) => span.attributes.find((entry) => entry.key === key)?.value;

let dir: string;
let results: Results;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-otlp-'));
  const server = await startFakeOpenAI({ respond: responder() });
  try {
    await writeSuite(dir, server.baseURL);
    await cli(['run', '-o', 'run.json'], captureIO(dir, { OPENAI_API_KEY: KEY }));
  } finally {
    await server.close();
  }
  results = await readResults(join(dir, 'run.json'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rehearse export-otel', () => {
  it('writes OTLP/JSON that the official protobuf schema reads back unchanged, with GenAI spans', async () => {
    const io = captureIO(dir, {});
    expect(await cli(['export-otel', 'run.json', '-o', 'traces.json'], io)).toBe(0);
    const document = JSON.parse(await readFile(join(dir, 'traces.json'), 'utf8')) as {
      resourceSpans: { scopeSpans: { spans: Span[] }[] }[];
    };
    expect(withoutEmptyLists(roundTrip(document))).toEqual(withoutEmptyLists(document));

    const spans = document.resourceSpans[0]!.scopeSpans[0]!.spans;
    const trial = results.trials[0]!;
    const roots = spans.filter((span) => span.parentSpanId === undefined);
    expect(roots).toHaveLength(results.trials.length);
    const root = roots.find((span) => attribute(span, 'gen_ai.conversation.id')?.stringValue === trial.id)!;
    expect(root.name).toBe('invoke_agent bot');
    const children = spans.filter((span) => span.parentSpanId === root.spanId);
    expect(children.every((span) => span.traceId === root.traceId)).toBe(true);

    const chats = children.filter((span) => attribute(span, 'gen_ai.operation.name')?.stringValue === 'chat');
    const llmCalls = trial.transcript.filter((event) => event.type === 'llm_call');
    expect(chats.map((span) => span.name)).toEqual(llmCalls.map((event) => `chat ${event.model}`));
    expect(attribute(chats[0]!, 'gen_ai.request.model')).toEqual({ stringValue: llmCalls[0]!.model });
    expect(attribute(chats[0]!, 'gen_ai.provider.name')).toEqual({ stringValue: 'openai' });
    expect(attribute(chats[0]!, 'gen_ai.usage.input_tokens')).toEqual({ intValue: '10' });
    expect(attribute(chats[0]!, 'gen_ai.usage.output_tokens')).toEqual({ intValue: '5' });

    const tool = children.find((span) => attribute(span, 'gen_ai.operation.name')?.stringValue === 'execute_tool')!;
    expect(tool.name).toBe('execute_tool lookup_order');
    expect(attribute(tool, 'gen_ai.tool.name')).toEqual({ stringValue: 'lookup_order' });

    // Timings from the trace events: every span inside the conversation's, which lasts the trial and its judging.
    const start = BigInt(Date.parse(trial.startedAt)) * 1_000_000n;
    expect(BigInt(root.startTimeUnixNano)).toBe(start);
    expect(BigInt(root.endTimeUnixNano) - start).toBeGreaterThanOrEqual(
      BigInt(Math.round(trial.durationMs * 1_000_000)),
    );
    const judge = chats.find((span) => attribute(span, 'rehearse.role')?.stringValue === 'judge')!;
    expect(judge.endTimeUnixNano).toBe(root.endTimeUnixNano);
    for (const child of children) {
      expect(BigInt(child.startTimeUnixNano)).toBeGreaterThanOrEqual(start);
      expect(BigInt(child.endTimeUnixNano)).toBeGreaterThanOrEqual(BigInt(child.startTimeUnixNano));
      expect(BigInt(child.endTimeUnixNano)).toBeLessThanOrEqual(BigInt(root.endTimeUnixNano));
    }
  });

  it('POSTs OTLP/HTTP JSON to /v1/traces with the given headers', async () => {
    const receiver = await startOtlpReceiver();
    const { received } = receiver;
    try {
      const endpoint = receiver.url;
      const io = captureIO(dir, { OTLP_TOKEN: 'secret-token' });
      expect(
        await cli(
          ['export-otel', 'run.json', '--endpoint', endpoint, '--header', 'authorization=Bearer ${OTLP_TOKEN}'],
          io,
        ),
      ).toBe(0);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ url: '/v1/traces', type: 'application/json', auth: 'Bearer secret-token' });
      const document = JSON.parse(received[0]!.body) as unknown;
      expect(withoutEmptyLists(roundTrip(document))).toEqual(withoutEmptyLists(document));
      expect(io.out()).not.toContain('secret-token');
    } finally {
      await receiver.close();
    }
  });

  it('rehearse run exports its traces: --otel <file>, and the endpoint the OTEL_EXPORTER_* variables set', async () => {
    const receiver = await startOtlpReceiver();
    const { received } = receiver;
    const llm = await startFakeOpenAI({ respond: responder() });
    try {
      await writeSuite(dir, llm.baseURL);
      const env = {
        OPENAI_API_KEY: KEY,
        OTEL_EXPORTER_OTLP_ENDPOINT: `${receiver.url}/otlp`,
        OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20otel-secret-1234',
      };
      const io = captureIO(dir, env);
      expect(await cli(['run', '-o', 'traced.json', '--otel', 'run-traces.json'], io)).toBe(0);
      const traced = await readResults(join(dir, 'traced.json'));
      const written = JSON.parse(await readFile(join(dir, 'run-traces.json'), 'utf8')) as unknown;
      expect(withoutEmptyLists(roundTrip(written))).toEqual(withoutEmptyLists(written));
      expect(JSON.stringify(written)).toContain(traced.trials[0]!.id);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ url: '/otlp/v1/traces', auth: 'Bearer otel-secret-1234' });
      expect(JSON.parse(received[0]!.body)).toEqual(written);
      expect(io.out()).toContain('Traces: Sent');
      expect(io.out() + io.err()).not.toContain('otel-secret-1234');

      // A receiver that fails is a warning: the gate alone decides the exit status.
      receiver.status = 500;
      const failing = captureIO(dir, env);
      expect(await cli(['run', '-o', 'traced-again.json'], failing)).toBe(0);
      expect(failing.err()).toContain('the traces were not exported');
      expect(failing.err()).toContain('HTTP 500');
    } finally {
      await llm.close();
      await receiver.close();
    }
  });
});

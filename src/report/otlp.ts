/**
 * A run's trials as OpenTelemetry traces, in OTLP/JSON (the body of an
 * OTLP/HTTP export to `/v1/traces`), following the GenAI semantic
 * conventions: one trace per trial, a root span for the conversation, a
 * `chat {model}` client span per LLM call and an `execute_tool {name}` span
 * per tool call, timed from the trace events (each event is stamped when it
 * ended; calls carry their duration). The messages are span events on the
 * conversation span. Pure: ids are derived from the run and trial ids, so the
 * same results give the same export.
 *
 * OTLP/JSON rules followed: trace and span ids in hex, enums as numbers,
 * 64-bit integers as decimal strings, lowerCamelCase field names.
 */
import { createHash } from 'node:crypto';
import type { Results, TraceEvent, TrialResult } from '../model/results.js';

/** Span kinds and status codes of opentelemetry/proto/trace/v1/trace.proto. */
const SPAN_KIND_INTERNAL = 1;
const SPAN_KIND_CLIENT = 3;
const STATUS_OK = 1;
const STATUS_ERROR = 2;

/** Our LLM calls go through OpenAI-compatible endpoints. */
const PROVIDER = 'openai';

export type OtlpValue =
  | { readonly stringValue: string }
  | { readonly intValue: string }
  | { readonly doubleValue: number }
  | { readonly boolValue: boolean };
export interface OtlpAttribute {
  readonly key: string;
  readonly value: OtlpValue;
}
export interface OtlpSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  readonly kind: number;
  readonly startTimeUnixNano: string;
  readonly endTimeUnixNano: string;
  readonly attributes: readonly OtlpAttribute[];
  readonly events: readonly {
    readonly timeUnixNano: string;
    readonly name: string;
    readonly attributes: readonly OtlpAttribute[];
  }[];
  readonly status: { readonly code: number; readonly message?: string };
}
export interface OtlpTraces {
  readonly resourceSpans: readonly {
    readonly resource: { readonly attributes: readonly OtlpAttribute[] };
    readonly scopeSpans: readonly {
      readonly scope: { readonly name: string; readonly version: string };
      readonly spans: readonly OtlpSpan[];
    }[];
  }[];
}

export interface OtlpOptions {
  /** Rehearse's version, for the instrumentation scope. */
  readonly version: string;
}

export function resultsToOtlp(results: Results, options: OtlpOptions): OtlpTraces {
  const agentOf = new Map(results.variants.map((variant) => [variant.id, variant.agent]));
  const spans = results.trials.flatMap((trial) =>
    trialSpans(results.runId, trial, agentOf.get(trial.variant) ?? 'agent'),
  );
  return {
    resourceSpans: [
      {
        resource: {
          attributes: attributes({
            'service.name': 'rehearse',
            'rehearse.suite': results.suite.name,
            'rehearse.run.id': results.runId,
            ...(results.git.sha ? { 'vcs.ref.head.revision': results.git.sha } : {}),
          }),
        },
        scopeSpans: [{ scope: { name: 'rehearse', version: options.version }, spans }],
      },
    ],
  };
}

function trialSpans(runId: string, trial: TrialResult, agent: string): OtlpSpan[] {
  const traceId = idOf(`${runId} ${trial.id}`, 16);
  const rootId = idOf(`${runId} ${trial.id} conversation`, 8);
  const startMs = Date.parse(trial.startedAt);
  const at = (ms: number) => nanos(startMs, ms);
  const root: OtlpSpan = {
    traceId,
    spanId: rootId,
    name: `invoke_agent ${agent}`,
    kind: SPAN_KIND_INTERNAL,
    startTimeUnixNano: at(0),
    // The judge's calls come after the conversation's own time: the span covers them too.
    endTimeUnixNano: at(Math.max(trial.durationMs, ...trial.transcript.map((event) => event.at))),
    attributes: attributes({
      'gen_ai.operation.name': 'invoke_agent',
      'gen_ai.agent.name': agent,
      'gen_ai.conversation.id': trial.id,
      'rehearse.test.id': trial.testId,
      'rehearse.variant': trial.variant,
      'rehearse.trial.index': { int: trial.index },
      'rehearse.status': trial.status,
      'rehearse.end_reason': trial.endReason,
      'rehearse.turns': { int: trial.turns },
      'gen_ai.usage.input_tokens': { int: trial.usage.inputTokens },
      'gen_ai.usage.output_tokens': { int: trial.usage.outputTokens },
      'rehearse.cost_usd': { double: trial.usage.costUsd },
    }),
    events: trial.transcript.flatMap((event) => messageEvent(event, at)),
    status: trial.status === 'error' ? { code: STATUS_ERROR, message: trial.reason ?? 'error' } : { code: STATUS_OK },
  };
  // An LLM or tool call: a child of the conversation, ending when the trace recorded it.
  const callSpan = (
    position: number,
    event: { at: number; durationMs: number },
    span: Pick<OtlpSpan, 'name' | 'kind' | 'attributes' | 'status'>,
  ): OtlpSpan => ({
    traceId,
    spanId: idOf(`${runId} ${trial.id} ${position}`, 8),
    parentSpanId: rootId,
    name: span.name,
    kind: span.kind,
    startTimeUnixNano: at(Math.max(0, event.at - event.durationMs)),
    endTimeUnixNano: at(event.at),
    attributes: span.attributes,
    events: [],
    status: span.status,
  });
  const children = trial.transcript.flatMap((event, position): OtlpSpan[] => {
    if (event.type === 'llm_call') {
      return [
        callSpan(position, event, {
          name: `chat ${event.model}`,
          kind: SPAN_KIND_CLIENT,
          attributes: attributes({
            'gen_ai.operation.name': 'chat',
            'gen_ai.provider.name': PROVIDER,
            'gen_ai.system': PROVIDER,
            'gen_ai.request.model': event.model,
            'gen_ai.usage.input_tokens': { int: event.usage.inputTokens },
            'gen_ai.usage.output_tokens': { int: event.usage.outputTokens },
            'rehearse.role': event.role,
            'rehearse.cost_usd': { double: event.usage.costUsd },
            'rehearse.attempts': { int: event.attempts },
          }),
          status: { code: STATUS_OK },
        }),
      ];
    }
    if (event.type === 'tool_call') {
      return [
        callSpan(position, event, {
          name: `execute_tool ${event.name}`,
          kind: SPAN_KIND_INTERNAL,
          attributes: attributes({
            'gen_ai.operation.name': 'execute_tool',
            'gen_ai.tool.name': event.name,
            'gen_ai.tool.call.id': event.callId,
            'gen_ai.tool.type': 'function',
            'rehearse.tool.strategy': event.strategy,
            ...(event.retries ? { 'rehearse.retries': { int: event.retries } } : {}),
            ...(event.error !== undefined ? { 'error.type': 'tool_error' } : {}),
          }),
          status: event.error !== undefined ? { code: STATUS_ERROR, message: event.error } : { code: STATUS_OK },
        }),
      ];
    }
    return [];
  });
  return [root, ...children];
}

function messageEvent(event: TraceEvent, at: (ms: number) => string): OtlpSpan['events'] {
  switch (event.type) {
    case 'user_message':
      return [
        {
          timeUnixNano: at(event.at),
          name: 'rehearse.user_message',
          attributes: attributes({
            'rehearse.content': event.content,
            ...(event.recorded ? { 'rehearse.recorded': 'true' } : {}),
          }),
        },
      ];
    case 'agent_message':
      return [
        {
          timeUnixNano: at(event.at),
          name: 'rehearse.agent_message',
          attributes: attributes({
            'rehearse.content': event.content,
            'rehearse.latency_ms': { double: event.latencyMs },
            ...(event.retries ? { 'rehearse.retries': { int: event.retries } } : {}),
            ...(event.recorded ? { 'rehearse.recorded': 'true' } : {}),
          }),
        },
      ];
    case 'error':
      return [
        {
          timeUnixNano: at(event.at),
          name: 'exception',
          attributes: attributes({
            'exception.type': `${event.source}.${event.category}`,
            'exception.message': event.message,
          }),
        },
      ];
    default:
      return [];
  }
}

type Plain = string | { readonly int: number } | { readonly double: number };

function attributes(values: Readonly<Record<string, Plain>>): OtlpAttribute[] {
  return Object.entries(values).map(([key, value]) => ({ key, value: valueOf(value) }));
}

function valueOf(value: Plain): OtlpValue {
  if (typeof value === 'string') return { stringValue: value };
  if ('int' in value) return { intValue: String(Math.round(value.int)) };
  return { doubleValue: value.double };
}

/** Epoch nanoseconds as a decimal string (beyond 2^53: BigInt). */
function nanos(startMs: number, offsetMs: number): string {
  return (BigInt(startMs) * 1_000_000n + BigInt(Math.round(offsetMs * 1_000_000))).toString();
}

/** A stable non-zero id of `bytes` bytes, in hex. */
function idOf(seed: string, bytes: number): string {
  return createHash('sha256')
    .update(seed)
    .digest('hex')
    .slice(0, bytes * 2);
}

/**
 * Deterministic metrics: pure functions of the trial and its trace, no LLM.
 * Each returns a MetricResult with its score, threshold and reason.
 */
import { percentile } from '../util/percentile.js';
import { parseJsonBounded } from '../util/bounded.js';
import type { ResolvedCriterion, Trial } from '../plan/types.js';
import type { MetricResult } from '../model/results.js';
import type { Trace } from '../engine/types.js';
import { renderTemplateDeep } from '../suite/template.js';
import { compileUserRegex } from '../util/user-regex.js';
import { deepEqual, matchesValue } from '../util/state-path.js';
import { validateJson } from './json-schema.js';
import { metricError, scored, verdict } from './metric-result.js';
import { agentMessages, parsedArguments, toolCalls } from './transcript.js';

export type CriterionOf<T extends ResolvedCriterion['type']> = Extract<ResolvedCriterion, { type: T }>;

export function toolCalled(criterion: CriterionOf<'tool_called'>, trial: Trial, trace: Trace): MetricResult {
  const expected = criterion.args === undefined ? undefined : renderTemplateDeep(criterion.args, trial.profile);
  const calls = toolCalls(trace.events).filter((call) => call.name === criterion.tool);
  const anyOrder = criterion.list_order === 'any';
  const matching = calls.filter(
    (call) => expected === undefined || argsMatch(parsedArguments(call), expected, criterion.args_match, anyOrder),
  );
  const withArgs =
    expected === undefined
      ? ''
      : ` with ${criterion.args_match} arguments ${JSON.stringify(expected)}${anyOrder ? ' (lists in any order)' : ''}`;
  const others =
    calls.length > matching.length
      ? ` (other calls: ${calls.map((call) => JSON.stringify(parsedArguments(call))).join(', ')})`
      : '';
  if (criterion.times !== undefined) {
    const ok = matching.length === criterion.times;
    return verdict(
      criterion,
      ok,
      `${criterion.tool} called ${matching.length}×${withArgs}` +
        (ok ? '' : `, expected exactly ${criterion.times}×${others}`),
    );
  }
  const wanted = criterion.min_times;
  const reason =
    matching.length >= wanted
      ? `${criterion.tool} called ${matching.length}× ${withArgs}`.trim()
      : `${criterion.tool} called ${matching.length}×${withArgs}, expected at least ${wanted}×${others}`;
  return scored(criterion, matching.length / wanted, reason);
}

export function toolNotCalled(criterion: CriterionOf<'tool_not_called'>, trace: Trace): MetricResult {
  const calls = toolCalls(trace.events).filter((call) => call.name === criterion.tool);
  return verdict(
    criterion,
    calls.length === 0,
    calls.length === 0 ? `${criterion.tool} was not called` : `${criterion.tool} was called ${calls.length}×`,
  );
}

export function toolCallSuccess(criterion: CriterionOf<'tool_call_success'>, trace: Trace): MetricResult {
  const calls = toolCalls(trace.events);
  if (calls.length === 0) return scored(criterion, 1, 'no tool calls');
  const failed = calls.filter((call) => call.error !== undefined);
  const reason =
    failed.length === 0
      ? `all ${calls.length} tool calls succeeded`
      : `${failed.length} of ${calls.length} tool calls failed: ` +
        `${failed.map((call) => `${call.name}: ${call.error}`).join('; ')}`;
  return scored(criterion, (calls.length - failed.length) / calls.length, reason);
}

export function toolSequence(criterion: CriterionOf<'tool_sequence'>, trace: Trace): MetricResult {
  const names = toolCalls(trace.events).map((call) => call.name);
  const ok = criterion.mode === 'exact' ? arraysEqual(names, criterion.tools) : isSubsequence(criterion.tools, names);
  const expected = criterion.tools.join(' → ');
  const actual = names.length > 0 ? names.join(' → ') : '(no tool calls)';
  return verdict(
    criterion,
    ok,
    ok
      ? `tools ran ${criterion.mode === 'exact' ? 'exactly' : 'in order'}: ${expected}`
      : `expected ${criterion.mode === 'exact' ? 'exactly' : 'in order'} ${expected}, got ${actual}`,
  );
}

export function latency(criterion: CriterionOf<'latency'>, trace: Trace): MetricResult {
  const latencies = agentMessages(trace.events).map((message) => message.latencyMs);
  if (latencies.length === 0) return verdict(criterion, true, 'no agent turns to measure');
  const measured = {
    p50: percentile(latencies, 50) ?? 0,
    p95: percentile(latencies, 95) ?? 0,
    max: Math.max(...latencies),
  };
  const summary = `p50 ${ms(measured.p50)}, p95 ${ms(measured.p95)}, max ${ms(measured.max)}`;
  const bounds: [keyof typeof measured, number | undefined][] = [
    ['p50', criterion.p50_ms],
    ['p95', criterion.p95_ms],
    ['max', criterion.max_ms],
  ];
  const checked = bounds.filter((entry): entry is [keyof typeof measured, number] => entry[1] !== undefined);
  if (checked.length === 0) return verdict(criterion, true, `${summary} (no bounds set: informational)`);
  const exceeded = checked
    .filter(([name, bound]) => measured[name] > bound)
    .map(([name, bound]) => `${name} ${ms(measured[name])} > ${ms(bound)}`);
  return verdict(
    criterion,
    exceeded.length === 0,
    exceeded.length === 0 ? `${summary}, within bounds` : `${exceeded.join(', ')} (${summary})`,
  );
}

export function turns(criterion: CriterionOf<'turns'>, trace: Trace): MetricResult {
  const ok = trace.turns <= criterion.max;
  return verdict(criterion, ok, `${trace.turns} turns ${ok ? '≤' : '>'} ${criterion.max}`);
}

export function cost(criterion: CriterionOf<'cost'>, trace: Trace): MetricResult {
  const spent = trace.usage.costUsd;
  const ok = spent <= criterion.max_usd;
  return verdict(criterion, ok, `cost $${spent.toFixed(4)} ${ok ? '≤' : '>'} $${criterion.max_usd.toFixed(4)}`);
}

export function text(criterion: CriterionOf<'text'>, trial: Trial, trace: Trace): MetricResult {
  const all = agentMessages(trace.events).map((message) => message.content);
  const messages = criterion.scope === 'final' ? all.slice(-1) : all;
  if (messages.length === 0) return verdict(criterion, false, 'the agent sent no message to check');
  // `any`: some message satisfies the check; `all` and `final`: every checked message does.
  const holds = (test: (message: string) => boolean) =>
    criterion.scope === 'any' ? messages.some(test) : messages.every(test);
  const problems: string[] = [];
  const where = TEXT_SCOPE_WORDING[criterion.scope];
  for (const needle of listOf(criterion.contains).map((value) => renderTemplateDeep(value, trial.profile) as string)) {
    if (!holds((message) => message.toLowerCase().includes(needle.toLowerCase())))
      problems.push(`${where.missing} "${needle}"`);
  }
  for (const needle of listOf(criterion.not_contains).map(
    (value) => renderTemplateDeep(value, trial.profile) as string,
  )) {
    const offending = messages.find((message) => message.toLowerCase().includes(needle.toLowerCase()));
    if (offending !== undefined) problems.push(`${where.present} "${needle}"`);
  }
  if (criterion.regex !== undefined) {
    // The loader rejects what RE2 can not compile; this guards a hand-built suite.
    const compiled = compileUserRegex(criterion.regex);
    if (!compiled.ok) return metricError(criterion, `invalid regex /${criterion.regex}/: ${compiled.message}`);
    const pattern = compiled.regex;
    if (!holds((message) => pattern.test(message))) problems.push(`${where.unmatched} /${criterion.regex}/`);
  }
  return verdict(
    criterion,
    problems.length === 0,
    problems.length === 0 ? `${where.ok}: all text checks hold` : problems.join('; '),
  );
}

/** How a failed text check reads for each scope, e.g. 'no agent message contains "refund"'. */
const TEXT_SCOPE_WORDING = {
  any: {
    ok: 'agent messages',
    missing: 'no agent message contains',
    present: 'an agent message contains',
    unmatched: 'no agent message matches',
  },
  all: {
    ok: 'every agent message',
    missing: 'not every agent message contains',
    present: 'an agent message contains',
    unmatched: 'not every agent message matches',
  },
  final: {
    ok: 'the final agent message',
    missing: 'the final agent message lacks',
    present: 'the final agent message contains',
    unmatched: 'the final agent message does not match',
  },
} as const;

export async function jsonSchema(criterion: CriterionOf<'json_schema'>, trace: Trace): Promise<MetricResult> {
  const final = agentMessages(trace.events).at(-1);
  if (!final) return verdict(criterion, false, 'the agent sent no message to check');
  const parsed = parseJsonReply(final.content);
  if (!parsed.ok) return verdict(criterion, false, `the final agent message is not JSON: ${parsed.error}`);
  const result = await validateJson(criterion.schema, parsed.value);
  if (result.schemaError)
    return metricError(criterion, `the json_schema metric's schema is invalid: ${result.schemaError}`);
  return verdict(
    criterion,
    result.errors.length === 0,
    result.errors.length === 0
      ? 'the final agent message matches the schema'
      : `schema violations: ${result.errors.join('; ')}`,
  );
}

export function infrastructure(criterion: CriterionOf<'infrastructure'>, trace: Trace): MetricResult {
  const issues: string[] = [];
  for (const event of trace.events) {
    if (
      event.type === 'error' &&
      (event.source === 'agent' || event.category === 'timeout' || event.category === 'infrastructure') &&
      event.source !== 'tool'
    ) {
      issues.push(`${event.source} ${event.category}: ${event.message}`);
    }
    if (event.type === 'agent_message' && event.content.trim() === '')
      issues.push(`empty agent reply at ${ms(event.at)}`);
  }
  if (trace.endReason === 'timeout' && !issues.some((issue) => issue.includes('timeout')))
    issues.push('the conversation timed out');
  return verdict(
    criterion,
    issues.length === 0,
    issues.length === 0 ? 'no agent errors, empty replies or timeouts' : issues.join('; '),
  );
}

// ---------------------------------------------------------------- helpers

/** partial: every expected key matches (recursively for objects); exact: deep equality */
// With `anyOrder`, lists compare as multisets.
export function argsMatch(actual: unknown, expected: unknown, mode: 'exact' | 'partial', anyOrder = false): boolean {
  if (anyOrder) return matchesValue(actual, expected, { partial: mode === 'partial', anyOrder });
  if (mode === 'exact') return deepEqual(actual, expected);
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return false;
    return Object.entries(expected).every(([key, value]) => key in actual && argsMatch(actual[key], value, 'partial'));
  }
  return deepEqual(actual, expected);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSubsequence(wanted: readonly string[], actual: readonly string[]): boolean {
  let next = 0;
  for (const name of actual) if (name === wanted[next]) next++;
  return next === wanted.length;
}

function arraysEqual(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function listOf(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Agents often wrap JSON in a ```json fence; accept that, nothing looser. */
export function parseJsonReply(content: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/i.exec(content);
  try {
    return { ok: true, value: parseJsonBounded(fenced?.[1] ?? content) as unknown };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

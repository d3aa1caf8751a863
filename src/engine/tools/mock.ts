/**
 * Mock tools: the call is matched against the mappings in order (after
 * `{{profile.x}}` rendering), else the default; a mapping may inject a
 * failure (error payload, status, timeout, delay) instead of an output.
 */
import { renderTemplateDeep } from '../../suite/template.js';
import { compileUserRegex } from '../../util/user-regex.js';
import type { Tool, ToolMapping } from '../../suite/schema.js';
import type { ToolOutcome } from './types.js';

type Failure = NonNullable<ToolMapping['fail']>;
type Answer = { readonly output?: unknown; readonly fail?: Failure };

export interface MockOptions {
  readonly profile: Readonly<Record<string, unknown>>;
  /** How long a `timeout: true` failure makes the agent wait before the call fails. */
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
}

export async function answerMock(tool: Tool, args: unknown, options: MockOptions): Promise<ToolOutcome> {
  const answer = chooseAnswer(tool, args, options.profile);
  if (!answer) {
    return { error: `no mock mapping matches these arguments for tool "${tool.name}" and it has no default` };
  }
  const fail = answer.fail;
  if (fail?.delay_ms) await wait(fail.delay_ms, options.signal);
  if (fail?.timeout) {
    await wait(options.timeoutMs, options.signal);
    return { error: `tool "${tool.name}" timed out after ${options.timeoutMs} ms` };
  }
  if (fail?.error !== undefined || fail?.status !== undefined) {
    const status = fail.status !== undefined ? `status ${fail.status}: ` : '';
    return { error: `${status}${fail.error ?? 'error'}` };
  }
  return { output: renderTemplateDeep(answer.output ?? null, options.profile) };
}

function chooseAnswer(tool: Tool, args: unknown, profile: Readonly<Record<string, unknown>>): Answer | undefined {
  for (const mapping of tool.mock?.mappings ?? []) {
    const when = renderTemplateDeep(mapping.when, profile);
    const matched =
      mapping.match === 'exact'
        ? sameValue(args, when)
        : mapping.match === 'pattern'
          ? patternMatches(args, when)
          : containsValue(args, when);
    if (matched) return mapping;
  }
  return tool.mock?.default;
}

/**
 * Scalars compare by their text, so `"1234"` from a model matches `1234` in
 * a mapping (and a profile value rendered into a string matches a number).
 */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, i) => sameValue(actual[i], item))
    );
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return false;
    const keys = Object.keys(expected);
    return keys.length === Object.keys(actual).length && keys.every((key) => sameValue(actual[key], expected[key]));
  }
  if (isObject(actual) || Array.isArray(actual)) return false;
  return String(actual) === String(expected);
}

/** Partial match: every key of `expected` is present in `actual` with the same value (nested objects partially too). */
export function containsValue(actual: unknown, expected: unknown): boolean {
  if (isObject(expected)) {
    return (
      isObject(actual) &&
      Object.keys(expected).every((key) => key in actual && containsValue(actual[key], expected[key]))
    );
  }
  return sameValue(actual, expected);
}

/**
 * Pattern match: every key of `expected` is present; a string in `expected` is a regex (RE2, search: anchor it
 * with ^…$) the argument's text must match; other values match as in a partial match.
 */
export function patternMatches(actual: unknown, expected: unknown): boolean {
  if (isObject(expected)) {
    return (
      isObject(actual) &&
      Object.keys(expected).every((key) => key in actual && patternMatches(actual[key], expected[key]))
    );
  }
  if (typeof expected === 'string') {
    if (isObject(actual) || Array.isArray(actual) || actual === undefined) return false;
    const compiled = compileUserRegex(expected);
    // The loader rejects what RE2 can not compile; an invalid pattern here matches nothing.
    return compiled.ok && compiled.regex.test(String(actual));
  }
  return sameValue(actual, expected);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

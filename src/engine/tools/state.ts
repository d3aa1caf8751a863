/**
 * The trial's state and the tools declared over it. Each trial starts from a
 * fresh copy of the suite's initial state; a tool call works on a draft that
 * is committed only when the call succeeds (a failed write changes nothing,
 * as a backend's transaction would), and every committed change is reported
 * so the trace holds each write.
 */
import type { StateRequire, StateTool } from '../../suite/schema.js';
import {
  appendAt,
  deepEqual,
  diffStates,
  getAt,
  isRecord,
  parsePathTemplate,
  removeAt,
  setAt,
  type PathSegment,
  type StateChange,
} from '../../util/state-path.js';
import type { ToolOutcome } from './types.js';

export type StateRecord = Record<string, unknown>;

export class TrialState {
  private current: StateRecord;

  constructor(initial: Readonly<StateRecord>) {
    this.current = structuredClone(initial) as StateRecord;
  }

  /** The state now (a copy: callers can not change it behind the tools' back). */
  snapshot(): StateRecord {
    return structuredClone(this.current);
  }

  /**
   * Runs `work` on a draft; commits the draft when the outcome is not an error.
   * Returns the outcome and the changes committed.
   */
  async transact(
    work: (draft: StateRecord) => ToolOutcome | Promise<ToolOutcome>,
  ): Promise<{ outcome: ToolOutcome; changes: StateChange[] }> {
    const draft = structuredClone(this.current);
    const outcome = await work(draft);
    if (outcome.error !== undefined) return { outcome, changes: [] };
    const changes = diffStates(this.current, draft);
    this.current = draft;
    return { outcome, changes };
  }
}

type Args = Readonly<Record<string, unknown>>;

/** A tool's failure as the backend says it: the message goes back to the agent. */
class ToolFailure extends Error {}

/** Runs a declared state tool on the draft. Never throws: a failed condition or a bad path is the tool's error. */
export function runStateTool(spec: StateTool, rawArgs: unknown, draft: StateRecord): ToolOutcome {
  const args: Args = isRecord(rawArgs) ? rawArgs : {};
  try {
    const found = spec.find !== undefined ? findRecord(spec, args, draft) : undefined;
    let output: unknown = found?.record;
    if (spec.read !== undefined) {
      const read = getAt(draft, pathOf(spec.read, args));
      if (!read.found) throw new ToolFailure(renderText(spec.not_found, args));
      output = structuredClone(read.value);
    }
    for (const condition of spec.require) check(condition, args, draft);
    const writes = write(spec, args, draft);
    if (spec.returns === 'key') {
      if (!found) throw new ToolFailure('`returns: key` needs `find`');
      output = found.key;
    } else if (spec.returns !== undefined) {
      const value = getAt(draft, pathOf(spec.returns, args));
      output = value.found ? structuredClone(value.value) : null;
    } else if (output === undefined && writes) {
      output = { success: true };
    }
    return { output: output ?? null };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function findRecord(spec: StateTool, args: Args, draft: StateRecord): { key: string | number; record: unknown } {
  const collection = getAt(draft, pathOf(spec.find as string, args));
  const entries: [string | number, unknown][] = !collection.found
    ? []
    : Array.isArray(collection.value)
      ? collection.value.map((record, index) => [index, record])
      : isRecord(collection.value)
        ? Object.entries(collection.value)
        : [];
  const where = Object.entries(spec.where ?? {}).map(
    ([field, value]) => [pathOf(field, args), renderValue(value, args)] as const,
  );
  const same = (actual: unknown, expected: unknown): boolean =>
    spec.ignore_case && typeof actual === 'string' && typeof expected === 'string'
      ? fold(actual) === fold(expected)
      : looseEqual(actual, expected);
  const hit = entries.find(([, record]) =>
    where.every(([field, expected]) => {
      const actual = getAt(record, field);
      return actual.found && same(actual.value, expected);
    }),
  );
  if (!hit) throw new ToolFailure(renderText(spec.not_found, args));
  return { key: hit[0], record: structuredClone(hit[1]) };
}

function check(condition: StateRequire, args: Args, draft: StateRecord): void {
  const at = getAt(draft, pathOf(condition.path, args));
  const fail = (): never => {
    throw new ToolFailure(renderText(condition.error, args));
  };
  if (condition.exists === true && !at.found) fail();
  if (condition.exists === false && at.found) fail();
  if (condition.equals !== undefined && !(at.found && looseEqual(at.value, renderValue(condition.equals, args))))
    fail();
  if (
    condition.one_of !== undefined &&
    !(at.found && condition.one_of.some((option) => looseEqual(at.value, renderValue(option, args))))
  )
    fail();
}

/** Applies set, append, remove in that order; true when the tool writes at all. */
function write(spec: StateTool, args: Args, draft: StateRecord): boolean {
  for (const [path, value] of Object.entries(spec.set ?? {}))
    setAt(draft, pathOf(path, args), renderValue(value, args));
  for (const [path, value] of Object.entries(spec.append ?? {}))
    appendAt(draft, pathOf(path, args), renderValue(value, args));
  for (const path of spec.remove ?? []) {
    if (!removeAt(draft, pathOf(path, args))) throw new ToolFailure(renderText(spec.not_found, args));
  }
  return spec.set !== undefined || spec.append !== undefined || spec.remove !== undefined;
}

/** A path template with the call's arguments filled in. */
function pathOf(template: string, args: Args): PathSegment[] {
  const parsed = parsePathTemplate(template);
  // The loader rejects bad paths; this guards a hand-built suite.
  if (!parsed.ok) throw new ToolFailure(`invalid state path: ${parsed.error}`);
  return parsed.segments.map((segment) => {
    if (typeof segment !== 'object') return segment;
    const value = args[segment.arg];
    if (value === undefined || value === null || typeof value === 'object')
      throw new ToolFailure(`missing argument '${segment.arg}'`);
    return String(value as string | number | boolean);
  });
}

const WHOLE_ARG = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
/** `{arg}` but not `{{profile.x}}`. */
const ARG_IN_TEXT = /(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})/g;

/** `"{arg}"` is the argument itself (any type); `{arg}` inside a longer string is its text. */
export function renderValue(value: unknown, args: Args): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE_ARG.exec(value);
    if (whole) return structuredClone(args[whole[1] as string] ?? null);
    return renderText(value, args);
  }
  if (Array.isArray(value)) return value.map((item) => renderValue(item, args));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderValue(v, args)]));
  return value;
}

function renderText(text: string, args: Args): string {
  return text.replace(ARG_IN_TEXT, (_, name: string) => {
    const value = args[name];
    return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  });
}

/** Scalars compare by their text ("1234" from a model matches 1234 in the state); others deeply. */
function looseEqual(actual: unknown, expected: unknown): boolean {
  const scalar = (value: unknown): boolean => value === null || typeof value !== 'object';
  if (scalar(actual) && scalar(expected)) return String(actual) === String(expected);
  return deepEqual(actual, expected);
}

/** Case- and accent-insensitive text, as a person says a name. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

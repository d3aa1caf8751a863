/**
 * Paths into a trial's state (plain JSON: records in objects and lists) and
 * the small operations every stage needs on them: read, write, the changes
 * between two states, and "does this value match that JSON subset".
 *
 * Path syntax: `orders["#W1"].items[0].status`; a dotted segment is any run of
 * characters but `.`, `[`, `]`, `{`, `}` (so `users.sara_doe_496` works); a
 * bracket holds a list index or a JSON string. In tool declarations a whole
 * segment may be an argument, `orders[{order_id}]` or `users.{user_id}`.
 */

export type PathSegment = string | number;
export type TemplateSegment = PathSegment | { readonly arg: string };

export type ParsedPath<S> = { ok: true; segments: S[] } | { ok: false; error: string };

const DOTTED = /^[^.[\]{}"]+/;
const ARG = /^\{([A-Za-z_][A-Za-z0-9_]*)\}/;

/** Parses a path that may hold `{arg}` segments (tool declarations). */
export function parsePathTemplate(text: string): ParsedPath<TemplateSegment> {
  const segments: TemplateSegment[] = [];
  let rest = text.trim();
  if (rest === '' || rest === '$') return { ok: true, segments };
  if (rest.startsWith('$')) rest = rest.slice(1);
  let first = true;
  while (rest.length > 0) {
    if (rest.startsWith('[')) {
      const close = closingBracket(rest);
      if (close < 0) return { ok: false, error: `unclosed "[" in path '${text}'` };
      const inner = rest.slice(1, close).trim();
      const segment = bracketSegment(inner);
      if (segment === undefined)
        return {
          ok: false,
          error: `"[${inner}]" in path '${text}' is not a list index, a "quoted key" or an {argument}`,
        };
      segments.push(segment);
      rest = rest.slice(close + 1);
    } else {
      if (!first) {
        if (!rest.startsWith('.')) return { ok: false, error: `expected "." or "[" at '${rest}' in path '${text}'` };
        rest = rest.slice(1);
      } else if (rest.startsWith('.')) {
        rest = rest.slice(1);
      }
      const arg = ARG.exec(rest);
      const dotted = arg ? undefined : DOTTED.exec(rest);
      if (arg) {
        segments.push({ arg: arg[1] as string });
        rest = rest.slice(arg[0].length);
      } else if (dotted) {
        segments.push(dotted[0]);
        rest = rest.slice(dotted[0].length);
      } else {
        return { ok: false, error: `empty or invalid segment at '${rest}' in path '${text}'` };
      }
    }
    first = false;
  }
  return { ok: true, segments };
}

/** A path without arguments (criteria). */
export function parsePath(text: string): ParsedPath<PathSegment> {
  const parsed = parsePathTemplate(text);
  if (!parsed.ok) return parsed;
  const arg = parsed.segments.find((segment) => typeof segment === 'object');
  if (arg && typeof arg === 'object')
    return {
      ok: false,
      error: `path '${text}' holds the argument {${arg.arg}}: only tool declarations take arguments`,
    };
  return { ok: true, segments: parsed.segments as PathSegment[] };
}

function closingBracket(text: string): number {
  let inString = false;
  for (let i = 1; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === ']') return i;
  }
  return -1;
}

function bracketSegment(inner: string): TemplateSegment | undefined {
  if (/^\d+$/.test(inner)) return Number(inner);
  const arg = ARG.exec(inner);
  if (arg && arg[0].length === inner.length) return { arg: arg[1] as string };
  if (inner.startsWith('"')) {
    try {
      const key = JSON.parse(inner) as unknown;
      return typeof key === 'string' ? key : undefined;
    } catch {
      return undefined;
    }
  }
  if (inner.startsWith("'") && inner.endsWith("'") && inner.length >= 2) return inner.slice(1, -1);
  return undefined;
}

/** The path as it is written: `orders["#W1"].items[0]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  if (segments.length === 0) return '$';
  return segments
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) return index === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or `found: false`. A string of digits indexes a list too. */
export function getAt(root: unknown, path: readonly PathSegment[]): { found: boolean; value?: unknown } {
  let current = root;
  for (const segment of path) {
    if (Array.isArray(current)) {
      const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : NaN;
      if (!(index >= 0 && index < current.length)) return { found: false };
      current = current[index];
    } else if (isRecord(current)) {
      const key = String(segment);
      if (!Object.prototype.hasOwnProperty.call(current, key)) return { found: false };
      current = current[key];
    } else {
      return { found: false };
    }
  }
  return { found: true, value: current };
}

/** Sets `value` at `path`, creating objects on the way; throws a readable message for a list index out of range. */
export function setAt(root: Record<string, unknown>, path: readonly PathSegment[], value: unknown): void {
  if (path.length === 0) throw new Error('can not replace the whole state');
  const parent = containerAt(root, path.slice(0, -1), true);
  const last = path[path.length - 1] as PathSegment;
  if (Array.isArray(parent)) {
    const index = listIndex(parent, last, formatPath(path), true);
    parent[index] = value;
  } else {
    parent[String(last)] = value;
  }
}

/** Appends to the list at `path` (created when absent). */
export function appendAt(root: Record<string, unknown>, path: readonly PathSegment[], value: unknown): void {
  const found = getAt(root, path);
  if (!found.found) return setAt(root, path, [value]);
  if (!Array.isArray(found.value)) throw new Error(`${formatPath(path)} is not a list`);
  found.value.push(value);
}

/** Removes the key or list item at `path`; false when there was nothing to remove. */
export function removeAt(root: Record<string, unknown>, path: readonly PathSegment[]): boolean {
  if (path.length === 0) throw new Error('can not remove the whole state');
  if (!getAt(root, path).found) return false;
  const parent = containerAt(root, path.slice(0, -1), false);
  const last = path[path.length - 1] as PathSegment;
  if (Array.isArray(parent)) parent.splice(listIndex(parent, last, formatPath(path), false), 1);
  else delete parent[String(last)];
  return true;
}

function containerAt(
  root: Record<string, unknown>,
  path: readonly PathSegment[],
  create: boolean,
): Record<string, unknown> | unknown[] {
  let current: Record<string, unknown> | unknown[] = root;
  path.forEach((segment, depth) => {
    let next: unknown;
    if (Array.isArray(current))
      next = current[listIndex(current, segment, formatPath(path.slice(0, depth + 1)), false)];
    else next = current[String(segment)];
    if (next === undefined && create && !Array.isArray(current)) {
      next = {};
      current[String(segment)] = next;
    }
    if (!isRecord(next) && !Array.isArray(next))
      throw new Error(`${formatPath(path.slice(0, depth + 1))} is not an object or a list`);
    current = next;
  });
  return current;
}

function listIndex(list: unknown[], segment: PathSegment, shown: string, allowEnd: boolean): number {
  const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : NaN;
  if (!(index >= 0 && index < list.length + (allowEnd ? 1 : 0))) throw new Error(`${shown}: no such list item`);
  return index;
}

// ---------------------------------------------------------------- changes

/** One change between two states; `before` absent: added, `after` absent: removed. */
export interface StateChange {
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** What changed from `before` to `after`, down to the leaves of objects (a changed list is one change). */
export function diffStates(before: unknown, after: unknown, path: PathSegment[] = []): StateChange[] {
  if (deepEqual(before, after)) return [];
  if (isRecord(before) && isRecord(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => {
      const inBefore = Object.prototype.hasOwnProperty.call(before, key);
      const inAfter = Object.prototype.hasOwnProperty.call(after, key);
      const at = [...path, key];
      if (!inBefore) return [{ path: formatPath(at), after: after[key] }];
      if (!inAfter) return [{ path: formatPath(at), before: before[key] }];
      return diffStates(before[key], after[key], at);
    });
  }
  return [{ path: formatPath(path), before, after }];
}

/** `base` with `changes` applied (a copy). */
export function applyChanges(base: unknown, changes: readonly StateChange[]): unknown {
  const copy = structuredClone(isRecord(base) ? base : {}) as Record<string, unknown>;
  for (const change of changes) {
    const parsed = parsePath(change.path);
    if (!parsed.ok) continue;
    if (parsed.segments.length === 0) return 'after' in change ? structuredClone(change.after) : {};
    if ('after' in change) setAt(copy, parsed.segments, structuredClone(change.after));
    else removeAt(copy, parsed.segments);
  }
  return copy;
}

/** True when `changed` (a path) is `allowed` or lies inside it, or holds it. */
export function pathCovers(allowed: readonly PathSegment[], changed: readonly PathSegment[]): boolean {
  const n = Math.min(allowed.length, changed.length);
  for (let i = 0; i < n; i++) if (String(allowed[i]) !== String(changed[i])) return false;
  return true;
}

// ---------------------------------------------------------------- matching

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return false;
}

export interface MatchOptions {
  /** Objects: every expected key matches, others are ignored (true) or must be absent (false). */
  readonly partial: boolean;
  /** Lists match in any order (as multisets) instead of position by position. */
  readonly anyOrder: boolean;
}

/** Does `actual` match `expected` under the options (recursively)? */
export function matchesValue(actual: unknown, expected: unknown, options: MatchOptions): boolean {
  if (isRecord(expected)) {
    if (!isRecord(actual)) return false;
    const keys = Object.keys(expected);
    if (!options.partial && keys.length !== Object.keys(actual).length) return false;
    return keys.every(
      (key) => Object.prototype.hasOwnProperty.call(actual, key) && matchesValue(actual[key], expected[key], options),
    );
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    if (!options.anyOrder) return expected.every((item, index) => matchesValue(actual[index], item, options));
    return perfectMatching(actual, expected, options);
  }
  return deepEqual(actual, expected);
}

/** Every expected item matched by a distinct actual item (backtracking: lists in tool arguments are short). */
function perfectMatching(actual: readonly unknown[], expected: readonly unknown[], options: MatchOptions): boolean {
  const used = new Array<boolean>(actual.length).fill(false);
  const assign = (index: number): boolean => {
    if (index === expected.length) return true;
    for (let j = 0; j < actual.length; j++) {
      if (used[j] || !matchesValue(actual[j], expected[index], options)) continue;
      used[j] = true;
      if (assign(index + 1)) return true;
      used[j] = false;
    }
    return false;
  };
  return assign(0);
}

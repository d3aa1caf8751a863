/**
 * Walking data that someone else controls (an agent's tool arguments, an
 * endpoint's reply, a results file from an artifact) without recursion: a
 * 100,000-deep array is one line of JSON, and a recursive walk over it
 * overflows the stack. Every walk here keeps its own stack, and every
 * structure nested deeper than MAX_NESTING_DEPTH is replaced by a marker
 * saying so, so whatever comes after (JSON.stringify, the renderers, zod)
 * only ever sees bounded depth.
 */

/**
 * Levels of nesting kept, counted from the value walked (a results document,
 * a tool call's arguments): real tool arguments and replies use a handful.
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * The largest response body read from an endpoint or an http agent: far above any real answer (a 128k-token
 * completion is well under 1 MB), and small enough that one streaming without end, or a 300 MB "answer", fails its
 * call instead of the whole run.
 */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** The error of a body past MAX_RESPONSE_BYTES (its decoded size: a gzip bomb counts as what it expands to). */
export function responseTooLarge(): Error {
  return new Error(`the response is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB: not read further`);
}

/** What stands in for a structure nested too deep: says what happened, in the place it happened. */
export function nestingCut(maxDepth: number = MAX_NESTING_DEPTH): string {
  return `[cut: nested deeper than ${maxDepth} levels]`;
}

export interface MapJsonOptions<Z> {
  /** Default MAX_NESTING_DEPTH. */
  readonly maxDepth?: number;
  /** Each string value, with the key it is under (for an array item, the array's key) and its zone. */
  readonly string?: (text: string, key: string | undefined, zone: Z | undefined) => string;
  /** Each object key. */
  readonly key?: (key: string, zone: Z | undefined) => string;
  /** The zone of a container's entries, from the key they are under and the container's zone (inherited). */
  readonly zone?: (key: string | undefined, parent: Z | undefined) => Z | undefined;
  /** Told once per structure cut for depth. */
  readonly onCut?: () => void;
}

type Container = unknown[] | Record<string, unknown>;

interface Frame<Z> {
  readonly entries: readonly (readonly [string, unknown])[];
  readonly target: Container;
  /** Key of the container itself (inherited by array items). */
  readonly key: string | undefined;
  readonly zone: Z | undefined;
  readonly depth: number;
  index: number;
}

/** Sets a property as data, even `__proto__` (an own property, never the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function isContainer(value: unknown): value is Container {
  return value !== null && typeof value === 'object';
}

/**
 * A copy of plain data with strings and keys mapped and anything nested
 * deeper than `maxDepth` replaced by nestingCut(); iterative, so any depth is
 * safe. Objects are walked by their own enumerable keys.
 */
export function mapJson<Z = never>(value: unknown, options: MapJsonOptions<Z> = {}): unknown {
  const maxDepth = options.maxDepth ?? MAX_NESTING_DEPTH;
  const mapString = options.string;
  const mapKey = options.key;
  const zoneOf = options.zone;
  if (typeof value === 'string') return mapString ? mapString(value, undefined, undefined) : value;
  if (!isContainer(value)) return value;
  const stack: Frame<Z>[] = [];
  const open = (source: Container, key: string | undefined, zone: Z | undefined, depth: number): Container => {
    const target: Container = Array.isArray(source) ? [] : {};
    const entries = Array.isArray(source)
      ? source.map((item, index) => [String(index), item] as const)
      : Object.entries(source);
    stack.push({ entries, target, key, zone, depth, index: 0 });
    return target;
  };
  const root = open(value, undefined, zoneOf?.(undefined, undefined), 0);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.entries.length) {
      stack.pop();
      continue;
    }
    const [rawKey, item] = frame.entries[frame.index++]!;
    const array = Array.isArray(frame.target);
    const key = array ? frame.key : rawKey;
    const zone = array ? frame.zone : zoneOf ? zoneOf(rawKey, frame.zone) : undefined;
    let mapped: unknown;
    if (typeof item === 'string') mapped = mapString ? mapString(item, key, zone) : item;
    else if (!isContainer(item)) mapped = item;
    else if (frame.depth + 1 > maxDepth) {
      options.onCut?.();
      mapped = nestingCut(maxDepth);
    } else mapped = open(item, key, zone, frame.depth + 1);
    if (array) (frame.target as unknown[]).push(mapped);
    else setOwn(frame.target as Record<string, unknown>, mapKey ? mapKey(rawKey, frame.zone) : rawKey, mapped);
  }
  return root;
}

/** JSON.parse, then cut to MAX_NESTING_DEPTH: for text an agent or an endpoint sent. Throws what JSON.parse throws. */
export function parseJsonBounded(text: string, maxDepth: number = MAX_NESTING_DEPTH): unknown {
  const value: unknown = JSON.parse(text);
  if (!isContainer(value) || fewerOpenersThan(text, maxDepth + 1)) return value;
  return deeperThan(value, maxDepth) ? mapJson(value, { maxDepth }) : value;
}

/**
 * Whether the text holds fewer than `count` of `{` and `[` (in strings too): then nothing in it nests that deep, and
 * the walk over the parsed value is spared. Every answer of an endpoint is parsed here; almost none is deep.
 */
function fewerOpenersThan(text: string, count: number): boolean {
  // indexOf skips between openers at native speed: a reply holds a handful of them among hundreds of characters.
  let openers = 0;
  for (const opener of ['{', '[']) {
    for (let at = text.indexOf(opener); at !== -1; at = text.indexOf(opener, at + 1)) {
      if (++openers >= count) return false;
    }
  }
  return true;
}

/** Whether any container sits deeper than `maxDepth` (iterative; stops at the first). */
export function deeperThan(value: unknown, maxDepth: number): boolean {
  if (!isContainer(value)) return false;
  const stack: [Container, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [container, depth] = stack.pop()!;
    for (const item of Array.isArray(container) ? container : Object.values(container)) {
      if (!isContainer(item)) continue;
      if (depth + 1 > maxDepth) return true;
      stack.push([item, depth + 1]);
    }
  }
  return false;
}

/**
 * One YAML file of a suite: its data plus a way to turn a data path
 * (e.g. ["tests", 2, "persona"]) back into the line and column of the node,
 * so every error can point at the exact place in the user's file.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Pair,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import type { SourceLocation, SuiteIssue } from './types.js';
import { findDuplicateKey, findKeyProblem, keyName, sameKey } from './yaml-keys.js';
import { findTagProblem } from './yaml-tags.js';

export type DataPath = readonly (string | number)[];

export interface YamlFile {
  /** Absolute path. */
  readonly path: string;
  /** What errors show: relative to the working directory. */
  readonly display: string;
  readonly data: Record<string, unknown>;
  /** The node at `path`, or the deepest existing ancestor when part of it is missing. */
  locate(path: DataPath): SourceLocation;
  /** The key of the last segment of `path` (for "unknown key" errors); falls back to `locate`. */
  locateKey(path: DataPath): SourceLocation;
  /** The scalar at `path` as written (`1e400`, `.nan`: its value, Infinity or NaN, does not show that), if any. */
  writtenAt(path: DataPath): string | undefined;
}

export type ParsedYaml =
  { readonly ok: true; readonly file: YamlFile } | { readonly ok: false; readonly issue: SuiteIssue };

type AnyNode = NonNullable<Document['contents']>;

/**
 * Lists and mappings nested deeper than this are refused: no suite needs it,
 * and past a few hundred levels the parser and every recursive walk after it
 * run out of stack ("Maximum call stack size exceeded" said nothing useful).
 */
export const MAX_NESTING = 64;

/** Bounds what anchors and aliases may expand to, against alias bombs. */
const MAX_ALIAS_COUNT = 1000;

const NESTING_MESSAGE =
  `lists and mappings nested more than ${MAX_NESTING} levels deep: a suite file needs a ` +
  `few levels; flatten the data`;

/**
 * Where `[`/`{` brackets first open more than MAX_NESTING levels deep (quotes
 * and comments skipped): a better place to point at than where the parser's
 * stack happened to run out.
 */
function deepFlowOffset(text: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const lineEnd = text.indexOf('\n', i);
      i = lineEnd < 0 ? text.length : lineEnd;
    } else if (char === '[' || char === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if ((char === ']' || char === '}') && depth > 0) depth--;
  }
  return undefined;
}

function syntaxMessage(error: YAMLError, doc: Document, lineOf: (offset: number) => number): string {
  if (error.code === 'MULTIPLE_DOCS')
    return 'several YAML documents in one file: one document per file; split it or remove the `---`';
  if (error.code === 'DUPLICATE_KEY') {
    const duplicate = findDuplicateKey(doc, error.pos[0]);
    const hint =
      duplicate?.key === '<<'
        ? 'merge several mappings with one `<<: [*a, *b]`'
        : 'keep one (a list such as `tests:` takes all its items under one key)';
    if (duplicate)
      return (
        `duplicate key '${duplicate.key}': given on line ${lineOf(duplicate.firstOffset)} and again on line ` +
        `${lineOf(error.pos[0])} of the same mapping; ${hint}`
      );
  }
  return `YAML syntax error: ${error.message}`;
}

interface Problem {
  readonly offset: number;
  readonly message: string;
}

/**
 * Aliases to no anchor and merge keys (`<<`) that do not merge a mapping:
 * `toJS` would throw on these. One pass in document order, with the anchors
 * seen so far (what `Alias.resolve` finds, without its walk per alias).
 */
function findAliasProblem(doc: Document): Problem | undefined {
  let problem: Problem | undefined;
  const anchors = new Map<string, unknown>();
  const deref = (node: unknown): unknown => (isAlias(node) ? anchors.get(node.source) : node);
  visit(doc, {
    Node(_key, node) {
      if (!isAlias(node) && node.anchor) anchors.set(node.anchor, node);
      return undefined;
    },
    Alias(_key, node) {
      if (anchors.has(node.source)) return undefined;
      problem = {
        offset: node.range?.[0] ?? 0,
        message: `unknown YAML alias '*${node.source}': no anchor '&${node.source}' is set before it`,
      };
      return visit.BREAK;
    },
    Pair(_key, pair) {
      if (!isScalar(pair.key) || !isMergeKey(pair.key.value)) return undefined;
      const value = deref(pair.value);
      const sources = isSeq(value) ? value.items.map(deref) : [value];
      if (sources.every((source) => isMap(source))) return undefined;
      problem = {
        offset: (pair.value as AnyNode | null)?.range?.[0] ?? pair.key.range?.[0] ?? 0,
        message: 'merge key `<<` expects a mapping, an alias of one (`<<: *defaults`) or a list of them',
      };
      return visit.BREAK;
    },
  });
  return problem;
}

/** The first node nested deeper than MAX_NESTING, walked with an explicit stack (recursion is what fails here). */
function tooDeepOffset(root: AnyNode): number | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_NESTING) return node.range?.[0] ?? 0;
    for (const item of node.items) {
      if (isPair(item)) stack.push({ node: item.value, depth: depth + 1 }, { node: item.key, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * The pair of `map` whose key is `name`; a key merged in with `<<` is found in the mapping it comes from, so an
 * error in a merged value points where the value is written. Aliases resolve to the anchors before them.
 */
function pairOf(map: YAMLMap, name: string, doc: Document, depth = 0): Pair | undefined {
  const own = map.items.find((item) => keyName(item.key) === name);
  if (own || depth > MAX_NESTING) return own;
  for (const item of map.items) {
    if (!isScalar(item.key) || !isMergeKey(item.key.value)) continue;
    const sources = isSeq(item.value) ? item.value.items : [item.value];
    for (const source of sources) {
      const merged = isAlias(source) ? source.resolve(doc) : source;
      const found = isMap(merged) ? pairOf(merged, name, doc, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

function isMergeKey(value: unknown): boolean {
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

export function parseYamlFile(path: string, display: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: sameKey, merge: true });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: display, line, column: col };
  };
  const fail = (offset: number, message: string): ParsedYaml => ({
    ok: false,
    issue: { location: at(offset), message, severity: 'error' },
  });

  // Later syntax errors are mostly echoes of the first one, so report that one.
  const syntax = doc.errors[0];
  if (syntax && /call stack/i.test(syntax.message)) return fail(deepFlowOffset(text) ?? syntax.pos[0], NESTING_MESSAGE);
  if (syntax)
    return fail(
      syntax.pos[0],
      syntaxMessage(syntax, doc, (offset) => lineCounter.linePos(offset).line),
    );
  const tag = findTagProblem(doc, doc.warnings, text);
  if (tag) return fail(tag.offset, tag.message);
  if (doc.contents === null)
    return fail(0, 'empty file: expected a YAML mapping of suite keys (e.g. `personas:`, `tests:`)');
  if (!isMap(doc.contents)) {
    const kind = isSeq(doc.contents) ? 'a list' : 'a single value';
    return fail(
      doc.contents.range?.[0] ?? 0,
      `expected a YAML mapping of suite keys (e.g. \`personas:\`, \`tests:\`), got ${kind} — is this a suite file?`,
    );
  }
  const root = doc.contents;
  const deep = tooDeepOffset(root);
  if (deep !== undefined) return fail(deep, NESTING_MESSAGE);
  const structural = findAliasProblem(doc) ?? findKeyProblem(doc);
  if (structural) return fail(structural.offset, structural.message);
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  } catch (error) {
    // The checks above catch what a user writes by mistake; what is left is
    // alias expansion beyond the limit (a "billion laughs" document).
    const message =
      error instanceof Error && /alias count/i.test(error.message)
        ? `YAML aliases expand to more than ${MAX_ALIAS_COUNT} nodes: write the data out instead of nesting aliases`
        : `cannot read YAML: ${error instanceof Error ? error.message : String(error)}`;
    return fail(firstAliasOffset(doc) ?? 0, message);
  }
  /** The node at `path` (its key with `wantKey`), or the deepest existing ancestor. */
  const nodeAt = (path: DataPath, wantKey: boolean): { node: AnyNode; exact: boolean } => {
    let node: AnyNode = root;
    for (const [index, segment] of path.entries()) {
      const isLast = index === path.length - 1;
      if (isMap(node)) {
        const pair = pairOf(node, String(segment), doc);
        if (!pair) return { node, exact: false };
        const key = pair.key as AnyNode;
        if (isLast && wantKey) return { node: key, exact: true };
        if (!pair.value) return { node: key, exact: false };
        node = pair.value as AnyNode;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment] as AnyNode;
      } else return { node, exact: false };
    }
    return { node, exact: true };
  };
  const offsetOf = (path: DataPath, wantKey: boolean): number => nodeAt(path, wantKey).node.range?.[0] ?? 0;
  const writtenAt = (path: DataPath): string | undefined => {
    const { node, exact } = nodeAt(path, false);
    return exact && isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  };
  return {
    ok: true,
    file: {
      path,
      display,
      data,
      locate: (p) => at(offsetOf(p, false)),
      locateKey: (p) => at(offsetOf(p, true)),
      writtenAt,
    },
  };
}

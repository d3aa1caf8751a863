/**
 * One YAML file of a suite: its data plus a way to turn a data path
 * (e.g. ["tests", 2, "persona"]) back into the line and column of the node,
 * so every error can point at the exact place in the user's file.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { SourceLocation, SuiteIssue } from './types.js';

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
}

export type ParsedYaml = { readonly ok: true; readonly file: YamlFile } | { readonly ok: false; readonly issue: SuiteIssue };

type AnyNode = NonNullable<Document['contents']>;

export function parseYamlFile(path: string, display: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: display, line, column: col };
  };
  const fail = (offset: number, message: string): ParsedYaml => ({ ok: false, issue: { location: at(offset), message, severity: 'error' } });

  // Later syntax errors are mostly echoes of the first one, so report that one.
  const syntax = doc.errors[0];
  if (syntax) return fail(syntax.pos[0], `YAML syntax error: ${syntax.message}`);
  if (doc.contents === null) return fail(0, 'empty file: expected a YAML mapping of suite keys (e.g. `personas:`, `tests:`)');
  if (!isMap(doc.contents)) {
    const kind = isSeq(doc.contents) ? 'a list' : 'a single value';
    return fail(doc.contents.range?.[0] ?? 0, `expected a YAML mapping of suite keys (e.g. \`personas:\`, \`tests:\`), got ${kind} — is this a suite file?`);
  }
  const root = doc.contents;
  const data = doc.toJS({ maxAliasCount: 1000 }) as Record<string, unknown>;
  const offsetOf = (path: DataPath, wantKey: boolean): number => {
    let node: AnyNode = root;
    for (const [index, segment] of path.entries()) {
      const isLast = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        const key = pair.key as AnyNode;
        if (isLast && wantKey) return key.range?.[0] ?? 0;
        if (!pair.value) return key.range?.[0] ?? 0;
        node = pair.value as AnyNode;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment] as AnyNode;
      } else break;
    }
    return node.range?.[0] ?? 0;
  };
  return {
    ok: true,
    file: { path, display, data, locate: (p) => at(offsetOf(p, false)), locateKey: (p) => at(offsetOf(p, true)) },
  };
}

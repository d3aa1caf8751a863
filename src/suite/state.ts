/**
 * Trial state at load: `state_file` references are read (JSON or YAML,
 * relative to the declaring file), module tools' files made absolute, and what
 * the schema can not say about stateful tools checked with file:line errors:
 * the strategy has its block, every path parses, `{arg}` segments name
 * parameters, the module file exists and its local imports stay inside the
 * repository.
 */
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isRecord, parsePathTemplate } from '../util/state-path.js';
import { locate, type Collected, type Entry } from './collect.js';
import { readReferencedFile } from './files.js';
import { readModuleGraph, refusedImportText } from './module-graph.js';
import { outsideRepositoryProblem, type FileScope } from './repository-scope.js';
import type { Tool } from './schema.js';
import type { SourceLocation, SuiteIssue } from './types.js';
import type { DataPath } from './yaml-file.js';

export interface ResolvedStates {
  /** Initial state by test id and by profile id (inline or read from the file). */
  readonly tests: ReadonlyMap<string, Record<string, unknown>>;
  readonly profiles: ReadonlyMap<string, Record<string, unknown>>;
  /** Absolute module file by tool name. */
  readonly moduleFiles: ReadonlyMap<string, string>;
  readonly issues: SuiteIssue[];
}

export async function resolveStates(suite: Collected, scope: FileScope): Promise<ResolvedStates> {
  const issues: SuiteIssue[] = [];
  const fail = (location: SourceLocation, message: string): void =>
    void issues.push({ location, message, severity: 'error' });
  const owners = async (
    entries: readonly Entry<{ id: string; state?: Record<string, unknown>; state_file?: string }>[],
  ): Promise<Map<string, Record<string, unknown>>> => {
    const map = new Map<string, Record<string, unknown>>();
    for (const entry of entries) {
      const { id, state, state_file: file } = entry.value;
      if (state !== undefined && file !== undefined) {
        fail(locate(entry, 'state_file'), `'${id}' sets both state and state_file; keep one`);
        continue;
      }
      if (state !== undefined) map.set(id, state);
      if (file === undefined) continue;
      const loaded = await readStateFile(resolve(dirname(entry.file.path), file), scope);
      if (loaded.ok) map.set(id, loaded.state);
      else fail(locate(entry, 'state_file'), loaded.message);
    }
    return map;
  };
  const tests = await owners(suite.tests);
  const profiles = await owners(suite.profiles);
  const moduleFiles = new Map<string, string>();
  for (const entry of suite.tools) {
    const file = entry.value.module?.file;
    if (file === undefined) continue;
    const absolute = resolve(dirname(entry.file.path), file);
    moduleFiles.set(entry.value.name, absolute);
    const at = locate(entry, 'module', 'file');
    const outside = await outsideRepositoryProblem(absolute, scope);
    if (outside) {
      fail(at, `tool '${entry.value.name}': module file ${scope.show(absolute)} ${outside}`);
      continue;
    }
    const content = await readFile(absolute).catch(() => undefined);
    if (content === undefined) {
      fail(
        at,
        `tool '${entry.value.name}': module file ${scope.show(absolute)} does not exist ` +
          '(a path relative to the file that declares the tool)',
      );
      continue;
    }
    // Loaded only when the tool is first called: what it imports is checked now, by reading, never by running it.
    const graph = await readModuleGraph(absolute, content, (path) => outsideRepositoryProblem(path, scope));
    const refused = refusedImportText(graph, scope.show);
    if (refused) fail(at, `tool '${entry.value.name}': module file ${scope.show(absolute)} ${refused}`);
  }
  return { tests, profiles, moduleFiles, issues };
}

async function readStateFile(
  path: string,
  scope: FileScope,
): Promise<{ ok: true; state: Record<string, unknown> } | { ok: false; message: string }> {
  const shown = scope.show(path);
  const read = await readReferencedFile(path, scope);
  if (!read.ok) return { ok: false, message: `state file ${shown} ${read.why} (a path relative to this file)` };
  const text = read.text;
  try {
    const value: unknown = extname(path).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
    if (!isRecord(value)) return { ok: false, message: `state file ${shown} must hold an object (records by name)` };
    return { ok: true, state: value };
  } catch (error) {
    return {
      ok: false,
      message: `state file ${shown} is not valid JSON or YAML: ${error instanceof Error ? error.message : ''}`,
    };
  }
}

/** Stateful tools: the strategy has its block and the block's paths parse and name real parameters. */
export function checkStateTools(suite: Collected): SuiteIssue[] {
  const issues: SuiteIssue[] = [];
  for (const entry of suite.tools) {
    const tool = entry.value;
    const fail = (message: string, ...path: DataPath): void =>
      void issues.push({ location: locate(entry, ...path), message, severity: 'error' });
    for (const [strategy, block] of [
      ['state', 'state'],
      ['module', 'module'],
    ] as const) {
      if (tool.strategy === strategy && tool[block] === undefined)
        fail(`tool '${tool.name}' has strategy ${strategy} but no \`${block}:\` block`, 'strategy');
      if (tool.strategy !== strategy && tool[block] !== undefined)
        fail(
          `tool '${tool.name}' has a \`${block}:\` block but strategy ${tool.strategy}: set \`strategy: ${strategy}\``,
          block,
        );
    }
    if (tool.state) checkStatePaths(tool, fail);
  }
  return issues;
}

function checkStatePaths(tool: Tool, fail: (message: string, ...path: DataPath) => void): void {
  const spec = tool.state;
  if (!spec) return;
  const properties = isRecord(tool.parameters.properties) ? Object.keys(tool.parameters.properties) : undefined;
  const path = (text: string, ...at: DataPath): void => {
    const parsed = parsePathTemplate(text);
    if (!parsed.ok) return fail(`tool '${tool.name}': ${parsed.error}`, 'state', ...at);
    for (const segment of parsed.segments) {
      if (typeof segment === 'object' && properties && !properties.includes(segment.arg))
        fail(
          `tool '${tool.name}': path '${text}' uses {${segment.arg}}, which is not one of its parameters ` +
            `(${properties.join(', ') || 'none'})`,
          'state',
          ...at,
        );
    }
  };
  if (spec.read !== undefined) path(spec.read, 'read');
  if (spec.find !== undefined) path(spec.find, 'find');
  for (const key of Object.keys(spec.where ?? {})) path(key, 'where', key);
  spec.require.forEach((condition, index) => {
    path(condition.path, 'require', index, 'path');
    if (condition.exists === undefined && condition.equals === undefined && condition.one_of === undefined)
      fail(`tool '${tool.name}': a require condition needs exists, equals or one_of`, 'state', 'require', index);
  });
  for (const key of Object.keys(spec.set ?? {})) path(key, 'set', key);
  for (const key of Object.keys(spec.append ?? {})) path(key, 'append', key);
  (spec.remove ?? []).forEach((text, index) => path(text, 'remove', index));
  if (spec.returns === 'key' && spec.find === undefined)
    fail(`tool '${tool.name}': \`returns: key\` needs \`find\``, 'state', 'returns');
  else if (spec.returns !== undefined && spec.returns !== 'key') path(spec.returns, 'returns');
  if (spec.where !== undefined && spec.find === undefined)
    fail(`tool '${tool.name}': \`where\` needs \`find\` (the collection to search)`, 'state', 'where');
  const reads = spec.read !== undefined || spec.find !== undefined;
  const writes = spec.set !== undefined || spec.append !== undefined || spec.remove !== undefined;
  if (!reads && !writes && spec.returns === undefined)
    fail(`tool '${tool.name}': a state tool needs read, find, set, append, remove or returns`, 'state');
}

/**
 * Code scorers at load: each `type: code` criterion's module is made absolute
 * (relative to the file that declares it), must exist with a supported
 * extension, and must export a function under the name asked for — checked by
 * importing it in a worker (src/util/module-worker.ts), so a module that throws
 * or hangs while loading is a load error at the criterion's file:line, never a
 * surprise at run time. The module and the local files it imports (as far as
 * reading them tells: module-graph.ts) must stay inside the repository, checked
 * before it is imported. Each module's content hash, with the local modules it
 * imports (module-graph.ts), is kept: an edited scorer or helper makes its
 * tests "changed" (src/plan/trial.ts puts it in the criteria version).
 */
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { moduleWorkers } from '../util/module-worker.js';
import { locate, type Collected, type Entry } from './collect.js';
import { graphHash, readModuleGraph, refusedImportText } from './module-graph.js';
import { outsideRepositoryProblem, type FileScope } from './repository-scope.js';
import type { Criterion, Metric } from './schema.js';
import type { SuiteIssue } from './types.js';
import type { DataPath } from './yaml-file.js';

/** What Node runs without a loader (TypeScript by its own type stripping). */
export const SCORER_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'] as const;

/** Importing a module to see its exports: generous, a cold TypeScript import takes a few hundred ms. */
const LOAD_CHECK_TIMEOUT_MS = 15_000;

type CodeMetric = Extract<Metric, { type: 'code' }>;

export interface CodeModules {
  /** Content hash (sha256, hex) by absolute module path. */
  readonly hashes: ReadonlyMap<string, string>;
  readonly issues: SuiteIssue[];
}

/** `module` of a code criterion made absolute, relative to the declaring file. */
export function absoluteModule<T extends Criterion | Metric>(criterion: T, declaringFile: string): T {
  if (!('type' in criterion) || criterion.type !== 'code') return criterion;
  return { ...criterion, module: resolve(dirname(declaringFile), criterion.module) };
}

export async function checkCodeModules(suite: Collected, scope: FileScope): Promise<CodeModules> {
  const issues: SuiteIssue[] = [];
  const hashes = new Map<string, string>();
  const checked = new Map<string, Promise<string | undefined>>();
  const placed: { entry: Entry<unknown>; path: DataPath; metric: CodeMetric }[] = [];
  for (const entry of [...suite.tests, ...suite.datasets])
    entry.value.criteria.forEach((criterion, index) => {
      if ('type' in criterion && criterion.type === 'code')
        placed.push({ entry, path: ['criteria', index], metric: criterion });
    });
  for (const entry of suite.metrics)
    if (entry.value.type === 'code') placed.push({ entry, path: [], metric: entry.value });

  // Sequential: one worker, and the messages come out in file order.
  for (const { entry, path, metric } of placed) {
    const file = resolve(dirname(entry.file.path), metric.module);
    const key = `${file}#${metric.export}`;
    let problem = checked.get(key);
    if (!problem) {
      problem = checkOne(file, metric.export, scope, hashes, dirname(suite.root.path));
      checked.set(key, problem);
    }
    const message = await problem;
    if (message)
      issues.push({
        location: locate(entry, ...path, 'module'),
        message: `code scorer: ${message}`,
        severity: 'error',
      });
  }
  return { hashes, issues };
}

async function checkOne(
  file: string,
  exportName: string,
  scope: FileScope,
  hashes: Map<string, string>,
  suiteRoot: string,
): Promise<string | undefined> {
  const shown = scope.show(file);
  const outside = await outsideRepositoryProblem(file, scope);
  if (outside) return `module ${shown} ${outside}`;
  if (!(SCORER_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase()))
    return `${shown} is not a JS or TS module (expected one of ${SCORER_EXTENSIONS.join(', ')})`;
  let text: Buffer;
  try {
    text = await readFile(file);
  } catch {
    return `module ${shown} does not exist (a path relative to the file that declares the criterion)`;
  }
  // Before the worker imports it: a local import leading out of the repository is never loaded.
  const graph = await readModuleGraph(file, text, (path) => outsideRepositoryProblem(path, scope));
  const refused = refusedImportText(graph, scope.show);
  if (refused) return `module ${shown} ${refused}`;
  hashes.set(file, graphHash(graph, suiteRoot));
  const exports = await moduleWorkers.describe(file, exportName, LOAD_CHECK_TIMEOUT_MS);
  if ('error' in exports) {
    const typescript = /\.[mc]?ts$/i.test(file) && /Unknown file extension/i.test(exports.error);
    // `npm init` writes "type": "commonjs": an `export` in a .js or .ts file is then a syntax error.
    const esmAsCommonJs =
      /\.[jt]s$/i.test(file) && /Unexpected token 'export'|Cannot use import statement outside/i.test(exports.error);
    const hint = typescript
      ? ' (TypeScript scorers need Node.js 22.18+ or 23.6+, which strip types)'
      : esmAsCommonJs
        ? ` (Node reads ${extname(file)} files as CommonJS where the nearest package.json does not say ` +
          '"type": "module": name the scorer .mjs or .mts, or set "type": "module")'
        : '';
    return `module ${shown} could not be loaded: ${exports.error}${hint}`;
  }
  if (exports.type === 'function') return undefined;
  const functions = exports.names.length > 0 ? ` (it exports: ${exports.names.join(', ')})` : ' (it exports nothing)';
  return exports.type === 'undefined'
    ? `module ${shown} has no export '${exportName}'${functions}`
    : `export '${exportName}' of ${shown} is a ${exports.type}, not a function`;
}

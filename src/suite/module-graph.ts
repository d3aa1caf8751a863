/**
 * What a code scorer's verdict depends on, as files: the module and every
 * local module it imports, found by reading their import specifiers (static
 * `import`/`export … from`, dynamic `import()` and `require()` of a literal
 * path). Only relative and absolute paths are followed; packages are the
 * project's dependencies, not the suite's. The hash of a module that imports
 * nothing local is its content's alone, as it always was, so such scorers
 * keep their tests' identity. The same walk keeps the local imports of code
 * scorers and module tools inside the repository (readModuleGraph's check):
 * what reading can not see (a computed `import(name)`, a package, a file the
 * code reads, imports past MAX_GRAPH_FILES) is not checked.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';

/** Enough for any scorer with its helpers; a graph larger than this is hashed as far as it was read. */
export const MAX_GRAPH_FILES = 200;

// After `import`/`export`, the names up to `from` are bounded and the whitespace before a quote is matched once, so
// each keyword costs time linear in what follows it.
const SPECIFIER =
  /(?:\bimport\b(?:[\w*${},\s]{0,2000}?\bfrom\b)?|\bexport\b[\w*${},\s]{0,2000}?\bfrom\b|\bimport\s*\(|\brequire\s*\()\s*(['"])([^'"\n]+)\1/g;
/** Comments (where an import may be commented out, or a note sit in an import list), with strings kept whole. */
const COMMENT_OR_STRING = /("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\/[^\n]*|\/\*[\s\S]*?\*\//g;
/** Extensions tried for a specifier without one, and in place of `.js` for TypeScript written with `.js` imports. */
const PROBE_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.json'];

/** A local import the check refused: where it is written, what it names, and why it may not be loaded. */
export interface RefusedImport {
  /** The module whose text holds the import (its real path). */
  readonly importer: string;
  /** The specifier as written there. */
  readonly specifier: string;
  readonly problem: string;
}

/** Why a module at this absolute path may not be loaded, or undefined (repository-scope.ts's rule). */
export type ImportCheck = (path: string) => Promise<string | undefined>;

export interface ModuleGraph {
  /** The module's real path (links resolved): its imports are resolved from there, as Node does. */
  readonly start: string;
  /** Content hash (sha256, hex) by real path: the module, then every local module it imports, directly or not. */
  readonly hashes: ReadonlyMap<string, string>;
  /** The first import `check` refused: the walk stopped there, and never read that file. */
  readonly refused?: RefusedImport;
}

/**
 * The module and the local modules it imports, as far as reading their text can tell (literal specifiers; see
 * localImports), up to MAX_GRAPH_FILES. `check`, when given, sees every import before it is looked for (the path as
 * written, then the file it was found as): the first one refused ends the walk.
 */
export async function readModuleGraph(file: string, content: Buffer, check?: ImportCheck): Promise<ModuleGraph> {
  // Imports are resolved from the real file, as Node does: a scorer reached through a link uses the link's target.
  const start = await realpath(file).catch(() => file);
  const hashes = new Map<string, string>([[start, sha256(content)]]);
  const pending = importsOf(start, content.toString('utf8'));
  while (pending.length > 0 && hashes.size < MAX_GRAPH_FILES) {
    const next = pending.shift() as LocalImport;
    const refuse = async (path: string): Promise<ModuleGraph | undefined> => {
      const problem = await check?.(path);
      return problem === undefined ? undefined : { start, hashes, refused: { ...next, problem } };
    };
    const refusedAsWritten = await refuse(next.path);
    if (refusedAsWritten) return refusedAsWritten;
    const found = await existingModule(next.path);
    if (found === undefined) continue;
    // Found under another name (an extension added, a folder's index): that name may be a link leading out.
    const refusedAsFound = found.path === next.path ? undefined : await refuse(found.path);
    if (refusedAsFound) return refusedAsFound;
    if (hashes.has(found.real)) continue;
    const text = await readFile(found.real).catch(() => undefined);
    if (text === undefined) continue;
    hashes.set(found.real, sha256(text));
    pending.push(...importsOf(found.real, text.toString('utf8')));
  }
  return { start, hashes };
}

/**
 * The content hash of `file` and of every local module it imports (directly or not). Paths inside `root` (the
 * suite's folder) are recorded relative to it, others as they are: moving the checkout changes nothing.
 */
export async function moduleGraphHash(file: string, content: Buffer, root: string = dirname(file)): Promise<string> {
  return graphHash(await readModuleGraph(file, content), root);
}

/** A graph's hash: a module importing nothing local keeps its content's hash alone, as it always did. */
export function graphHash({ hashes }: ModuleGraph, root: string): string {
  const [only] = hashes.values();
  if (hashes.size === 1 && only !== undefined) return only;
  const shown = (path: string): string => {
    const inside = relative(root, path);
    return (inside.startsWith('..') || isAbsolute(inside) ? path : inside).split('\\').join('/');
  };
  const lines = [...hashes].map(([path, hash]) => `${shown(path)} ${hash}`).sort();
  return sha256(Buffer.from(lines.join('\n')));
}

/** The absolute paths the text's relative or absolute specifiers point at, as written (not yet probed). */
export function localImports(file: string, text: string): string[] {
  return importsOf(file, text).map((found) => found.path);
}

interface LocalImport {
  readonly importer: string;
  readonly specifier: string;
  /** Absolute: the specifier resolved from the importer's folder. */
  readonly path: string;
}

function importsOf(file: string, text: string): LocalImport[] {
  const found: LocalImport[] = [];
  // Each quoted string becomes a numbered placeholder, each template literal an empty one: a specifier is a whole
  // string after an import keyword, and text inside a string (a scorer's own message, `"require('/etc/passwd')"`)
  // is not an import, nor something to refuse.
  const strings: string[] = [];
  const code = text.replace(COMMENT_OR_STRING, (whole, string: string | undefined) => {
    if (string === undefined) return '';
    if (string.startsWith('`')) return '``';
    return `'${strings.push(string.slice(1, -1)) - 1}'`;
  });
  for (const match of code.matchAll(SPECIFIER)) {
    const written = strings[Number(match[2])];
    if (written === undefined) continue;
    const specifier = written.split(/[?#]/)[0] as string;
    if (specifier.startsWith('file:')) {
      const path = pathOfFileUrl(specifier);
      if (path !== undefined) found.push({ importer: file, specifier, path });
    } else if (/^\.\.?(\/|$)/.test(specifier) || isAbsolute(specifier))
      found.push({ importer: file, specifier, path: resolve(dirname(file), specifier) });
  }
  return found;
}

/** A `file:` URL's path, or undefined for text that only looks like one (it may sit in a string). */
function pathOfFileUrl(url: string): string | undefined {
  try {
    return fileURLToPath(url);
  } catch {
    return undefined;
  }
}

/**
 * The file a specifier loads: as written, with an extension added, `.ts` for `.js`, or a folder's index; `path` is
 * the name it was found as, `real` the file itself (links resolved).
 */
async function existingModule(path: string): Promise<{ path: string; real: string } | undefined> {
  const extension = extname(path);
  const stem = extension === '' ? path : path.slice(0, -extension.length);
  const candidates = [
    path,
    ...(extension === '' ? PROBE_EXTENSIONS.map((ext) => path + ext) : []),
    ...(/^\.[mc]?js$/.test(extension) ? [stem + extension.replace('js', 'ts')] : []),
    ...PROBE_EXTENSIONS.map((ext) => resolve(path, `index${ext}`)),
  ];
  for (const candidate of candidates)
    if (await isFile(candidate)) return { path: candidate, real: await realpath(candidate).catch(() => candidate) };
  return undefined;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The end of a message refusing a code module for a local file it imports (directly or not): the import as written,
 * where it is written when not in the module itself, and why (`imports "./lib/x.mjs" in lib/y.mjs, which points
 * outside the repository through …`). Undefined when nothing was refused.
 */
export function refusedImportText(graph: ModuleGraph, show: (path: string) => string): string | undefined {
  if (!graph.refused) return undefined;
  const { importer, specifier, problem } = graph.refused;
  const where = importer === graph.start ? '' : ` in ${show(importer)}`;
  return `imports ${JSON.stringify(specifier)}${where}, which ${problem}`;
}

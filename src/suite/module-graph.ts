/**
 * What a code scorer's verdict depends on, as files: the module and every
 * local module it imports, found by reading their import specifiers (static
 * `import`/`export … from`, dynamic `import()` and `require()` of a literal
 * path). Only relative and absolute paths are followed; packages are the
 * project's dependencies, not the suite's. The hash of a module that imports
 * nothing local is its content's alone, as it always was, so such scorers
 * keep their tests' identity.
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

/**
 * The content hash of `file` and of every local module it imports (directly or not). Paths inside `root` (the
 * suite's folder) are recorded relative to it, others as they are: moving the checkout changes nothing.
 */
export async function moduleGraphHash(file: string, content: Buffer, root: string = dirname(file)): Promise<string> {
  const own = sha256(content);
  // Imports are resolved from the real file, as Node does: a scorer reached through a link uses the link's target.
  const start = await realpath(file).catch(() => file);
  const seen = new Map<string, string>([[start, own]]);
  const pending = [...localImports(start, content.toString('utf8'))];
  while (pending.length > 0 && seen.size < MAX_GRAPH_FILES) {
    const found = await existingModule(pending.shift() as string);
    if (found === undefined || seen.has(found)) continue;
    const text = await readFile(found).catch(() => undefined);
    if (text === undefined) continue;
    seen.set(found, sha256(text));
    pending.push(...localImports(found, text.toString('utf8')));
  }
  if (seen.size === 1) return own;
  const shown = (path: string): string => {
    const inside = relative(root, path);
    return (inside.startsWith('..') || isAbsolute(inside) ? path : inside).split('\\').join('/');
  };
  const lines = [...seen].map(([path, hash]) => `${shown(path)} ${hash}`).sort();
  return sha256(Buffer.from(lines.join('\n')));
}

/** The absolute paths the text's relative or absolute specifiers point at, as written (not yet probed). */
export function localImports(file: string, text: string): string[] {
  const found: string[] = [];
  const code = text.replace(COMMENT_OR_STRING, (whole, string: string | undefined) => string ?? '');
  for (const match of code.matchAll(SPECIFIER)) {
    const specifier = (match[2] as string).split(/[?#]/)[0] as string;
    if (specifier.startsWith('file:')) {
      const path = pathOfFileUrl(specifier);
      if (path !== undefined) found.push(path);
    } else if (/^\.\.?(\/|$)/.test(specifier) || isAbsolute(specifier)) found.push(resolve(dirname(file), specifier));
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

/** The file a specifier loads: as written, with an extension added, `.ts` for `.js`, or a folder's index. */
async function existingModule(path: string): Promise<string | undefined> {
  const extension = extname(path);
  const stem = extension === '' ? path : path.slice(0, -extension.length);
  const candidates = [
    path,
    ...(extension === '' ? PROBE_EXTENSIONS.map((ext) => path + ext) : []),
    ...(/^\.[mc]?js$/.test(extension) ? [stem + extension.replace('js', 'ts')] : []),
    ...PROBE_EXTENSIONS.map((ext) => resolve(path, `index${ext}`)),
  ];
  for (const candidate of candidates) if (await isFile(candidate)) return realpath(candidate).catch(() => candidate);
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

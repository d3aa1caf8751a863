/**
 * `include` globs, matched by tinyglobby (picomatch syntax: `*`, `?`, `**`,
 * `[ab]` character classes, `{a,b}` alternatives), relative to the including
 * file. tinyglobby rather than `fs.glob`: `fs.glob` is experimental in Node 22,
 * the lowest Node the CLI supports. Dot files and `node_modules` are left out, as
 * before. Results are sorted so the merge order (and therefore "first
 * declared at") is deterministic.
 *
 * Folder links are followed, but not into a loop (a link to a folder on its own
 * way, e.g. `tests/sub/up -> ..`: fdir's own check let each loop through once,
 * and every file under it came back under a second name, its ids duplicates)
 * and not out of the repository (a link to `/` under `**` walked the whole
 * disk). Each real file is returned once, by device and inode.
 *
 * tinyglobby (and the picomatch and fdir it brings) is loaded by the first
 * include, not with the loader: most suites are one file, and every run of
 * them would pay a few ms of start-up for it.
 */
import type { PathLike, realpath as realpathCallback } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { isInside } from './repository-scope.js';

const tinyglobby = () => import('tinyglobby');

export async function hasGlobChars(pattern: string): Promise<boolean> {
  return (await tinyglobby()).isDynamicPattern(toGlobPattern(pattern));
}

/**
 * Glob patterns separate directories with `/` on every platform. On Windows a `\` in an include is a separator
 * (it can not be part of a file name there), so it is turned into `/`; elsewhere it stays an escape.
 */
export function toGlobPattern(pattern: string, separator: string = sep): string {
  return separator === '\\' ? pattern.replaceAll('\\', '/') : pattern;
}

export interface GlobMatches {
  /** Absolute, native paths, each real file once, sorted. */
  readonly files: string[];
  /** Folder links not followed because they lead back to a folder on their own way (absolute paths of the links). */
  readonly loops: string[];
  /** Folder links not followed because they lead out of `within`. */
  readonly outside: string[];
}

/** The files `pattern` matches from `baseDir`, following folder links only inside `within`; a plain path as is. */
export async function expandGlob(pattern: string, baseDir: string, within: string): Promise<GlobMatches> {
  const globPattern = toGlobPattern(pattern);
  const { glob, isDynamicPattern } = await tinyglobby();
  if (!isDynamicPattern(globPattern)) return { files: [resolve(baseDir, pattern)], loops: [], outside: [] };
  const guard = linkGuard(within);
  const matches = await glob(globPattern, {
    cwd: baseDir,
    absolute: true,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    ignore: ['**/node_modules/**'],
    fs: { realpath: guard.realpath },
  });
  // tinyglobby answers with `/` on every platform; resolve() gives the native form the rest of the loader compares.
  const files = await oncePerFile([...new Set(matches.map((match) => resolve(match)))]);
  return { files, loops: [...guard.loops].sort(), outside: [...guard.outside].sort() };
}

/**
 * fdir asks `realpath` of every link it meets before it follows one: answering with an error (which it passes
 * over) keeps it out of a folder link that loops or leads out of `within`; file links are answered as they are.
 */
function linkGuard(within: string) {
  const loops = new Set<string>();
  const outside = new Set<string>();
  const reals = new Map<string, Promise<string | undefined>>();
  const realOf = (path: string): Promise<string | undefined> => {
    let real = reals.get(path);
    if (!real) reals.set(path, (real = realpath(path).catch(() => undefined)));
    return real;
  };
  const refusal = async (link: string, real: string): Promise<'loop' | 'outside' | undefined> => {
    if (!(await stat(real).catch(() => undefined))?.isDirectory()) return undefined;
    const realWithin = (await realOf(within)) ?? resolve(within);
    if (!isInside(realWithin, real)) return 'outside';
    // A loop: the target holds a folder the link sits in (its parent, or any folder above it).
    for (let dir = dirname(link); ; dir = dirname(dir)) {
      const realDir = await realOf(dir);
      if (realDir !== undefined && isInside(real, realDir)) return 'loop';
      if (dirname(dir) === dir) break;
    }
    return undefined;
  };
  const guarded = (path: PathLike, callback: (error: Error | null, resolved: string) => void): void => {
    const link = resolve(String(path));
    void (async () => {
      const real = await realOf(link);
      if (real === undefined) return callback(new Error(`cannot resolve ${link}`), '');
      const refused = await refusal(link, real);
      if (refused) (refused === 'loop' ? loops : outside).add(link);
      callback(refused ? new Error(`not followed: ${refused}`) : null, real);
    })();
  };
  return { realpath: guarded as unknown as typeof realpathCallback, loops, outside };
}

/**
 * One path per real file (device and inode: a file reached through two folder links, or hard-linked, is one file),
 * the one with the fewest folders (the link-free name, usually), then the first in order; sorted.
 */
async function oncePerFile(paths: readonly string[]): Promise<string[]> {
  const depth = (path: string): number => path.split(sep).length;
  const byDepth = [...paths].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
  const kept = new Map<string, string>();
  for (const path of byDepth) {
    const id = await fileIdentity(path);
    if (!kept.has(id)) kept.set(id, path);
  }
  return [...kept.values()].sort();
}

/** Device and inode (as bigints: exact on every platform), or the resolved path when the file can not be looked at. */
export async function fileIdentity(path: string): Promise<string> {
  const info = await stat(path, { bigint: true }).catch(() => undefined);
  return info && info.ino !== 0n ? `${info.dev}:${info.ino}` : resolve(path);
}

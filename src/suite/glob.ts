/**
 * `include` globs, matched by tinyglobby (picomatch syntax: `*`, `?`, `**`,
 * `[ab]` character classes, `{a,b}` alternatives), relative to the including
 * file. tinyglobby rather than `fs.glob`: the published CLI runs on Node 20,
 * which has no `fs.glob`. Dot files and `node_modules` are left out, as
 * before. Results are sorted so the merge order (and therefore "first
 * declared at") is deterministic.
 */
import { resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export function hasGlobChars(pattern: string): boolean {
  return isDynamicPattern(toGlobPattern(pattern));
}

/**
 * Glob patterns separate directories with `/` on every platform. On Windows a `\` in an include is a separator
 * (it can not be part of a file name there), so it is turned into `/`; elsewhere it stays an escape.
 */
export function toGlobPattern(pattern: string, separator: string = sep): string {
  return separator === '\\' ? pattern.replaceAll('\\', '/') : pattern;
}

/** Absolute, native paths of the files `pattern` matches from `baseDir`; a plain path is returned as is. */
export async function expandGlob(pattern: string, baseDir: string): Promise<string[]> {
  const globPattern = toGlobPattern(pattern);
  if (!isDynamicPattern(globPattern)) return [resolve(baseDir, pattern)];
  const matches = await glob(globPattern, {
    cwd: baseDir,
    absolute: true,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    ignore: ['**/node_modules/**'],
  });
  // tinyglobby answers with `/` on every platform; resolve() gives the native form the rest of the loader compares.
  return [...new Set(matches.map((match) => resolve(match)))].sort();
}

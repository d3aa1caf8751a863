/**
 * `include` globs, matched by tinyglobby (picomatch syntax: `*`, `?`, `**`,
 * `[ab]` character classes, `{a,b}` alternatives), relative to the including
 * file. tinyglobby rather than `fs.glob`: `fs.glob` is experimental in Node 22,
 * the lowest Node the CLI supports. Dot files and `node_modules` are left out, as
 * before. Results are sorted so the merge order (and therefore "first
 * declared at") is deterministic.
 *
 * tinyglobby (and the picomatch and fdir it brings) is loaded by the first
 * include, not with the loader: most suites are one file, and every run of
 * them would pay a few ms of start-up for it.
 */
import { resolve, sep } from 'node:path';

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

/** Absolute, native paths of the files `pattern` matches from `baseDir`; a plain path is returned as is. */
export async function expandGlob(pattern: string, baseDir: string): Promise<string[]> {
  const globPattern = toGlobPattern(pattern);
  const { glob, isDynamicPattern } = await tinyglobby();
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

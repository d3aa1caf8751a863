/**
 * Includes stay inside the repository: a suite (perhaps from a fork's pull
 * request) must not make Rehearse read `../../etc/x.yaml`, an absolute path,
 * or a symlink pointing out of the checkout, and echo it into a report.
 * Kept apart from glob matching, which only finds files.
 */
import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

const INSIDE = 'included files must be inside the repository that holds the suite';

/** The nearest directory at or above `start` holding `.git` (a directory, or a file in a worktree); else `fallback`. */
export function repositoryRoot(start: string, fallback: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(fallback);
  }
}

/** Why an include pattern is refused before it is expanded, or undefined. */
export function includePatternProblem(pattern: string): string | undefined {
  if (isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern)) {
    const rule = 'includes are relative to the including file and stay inside the repository';
    return `include '${pattern}' is an absolute path: ${rule}`;
  }
  return undefined;
}

/**
 * Why a relative pattern climbs out of `root` (its literal directory part,
 * before any glob character), checked before the glob lists any directory.
 */
export function includeClimbProblem(pattern: string, fromDir: string, root: string): string | undefined {
  const literal = pattern
    .split('/')
    .filter((segment, index, all) => !/[*?[\]{}]/.test(all.slice(0, index + 1).join('/')));
  const base = resolve(fromDir, ...literal);
  const rel = relative(resolve(root), base);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) return undefined;
  return `include '${pattern}' points outside the repository: ${INSIDE}`;
}

/** Why a matched file may not be read (it resolves outside `root`, symlinks followed), or undefined. */
export async function includeTargetProblem(pattern: string, target: string, root: string): Promise<string | undefined> {
  const realRoot = await realpath(root).catch(() => root);
  // A missing file is reported by the caller; its path still must not point outside.
  const real = await realpath(target).catch(() => resolve(target));
  const rel = relative(realRoot, real);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) return undefined;
  const via = real === resolve(target) ? '' : ' through a symbolic link';
  // No absolute paths in the message: it may be posted on a pull request.
  return `include '${pattern}' points outside the repository${via}: ${INSIDE}`;
}

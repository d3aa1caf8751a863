/**
 * Every file a suite names (includes, system prompts, start_from_file,
 * state_file, code modules) stays inside the repository: a suite (perhaps from
 * a fork's pull request) must not make Rehearse read `../../etc/passwd`, an
 * absolute path, or a symlink pointing out of the checkout, and send it to a
 * model or echo it into a report. One rule (`outsideRepositoryProblem`) for
 * all of them; kept apart from glob matching, which only finds files.
 */
import { existsSync } from 'node:fs';
import { lstat, readlink, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const WHY =
  'a suite may only name files inside its repository, so that one from a pull request can not read the rest ' +
  'of the machine';

/** What the stages that read the files a suite names need: the repository they stay inside, how paths are shown. */
export interface FileScope {
  readonly repository: string;
  readonly show: (path: string) => string;
}

/** Whether `path` is `root` or below it (both absolute, resolved the same way). */
export const isInside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * The nearest directory at or above `start` holding `.git` (a directory, or a file in a worktree). Outside a
 * repository: `fallback` (the working directory) when `start` is inside it, else `start` itself (a suite run from
 * elsewhere may still name the files beside it, and nothing above them).
 */
export function repositoryRoot(start: string, fallback: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return isInside(resolve(fallback), resolve(start)) ? resolve(fallback) : resolve(start);
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
  if (isInside(resolve(root), resolve(fromDir, ...literal))) return undefined;
  return `include '${pattern}' points outside the repository: ${WHY}`;
}

/**
 * Why `target` (absolute, as the loader will open it) may not be read, or undefined: its path leads out of `root`,
 * or a symbolic link on the way (the file itself or a folder above it) does. Checked before the file is looked at,
 * so "not found" never tells what exists out there. The message names the link and what it points at as written
 * in the link (the repository holds that text already; the resolved absolute path is not shown: messages may be
 * posted on a pull request).
 */
export async function outsideRepositoryProblem(target: string, scope: FileScope): Promise<string | undefined> {
  const top = resolve(scope.repository);
  const path = resolve(target);
  if (!isInside(top, path)) return `is outside the repository: ${WHY}`;
  const realTop = await realpath(top).catch(() => top);
  let at = top;
  for (const segment of relative(top, path).split(sep).filter(Boolean)) {
    at = join(at, segment);
    const info = await lstat(at).catch(() => undefined);
    if (!info) return undefined; // missing: the read says so; nothing below it can be a link
    if (!info.isSymbolicLink()) continue;
    const written = await readlink(at);
    // A dangling link still must not point out: where it would lead, from the folder it sits in.
    const real = await realpath(at).catch(async () => resolve(await realpath(dirname(at)), written));
    if (isInside(realTop, real)) continue;
    const link = scope.show(at);
    return `points outside the repository through the symbolic link '${link}' (→ ${JSON.stringify(written)}): ${WHY}`;
  }
  return undefined;
}

/**
 * The base revision of a run against it (`rehearse run --base <ref>`, the action's `base-side`): the ref resolved
 * to a commit, and that commit checked out in a temporary, detached `git worktree` beside the repository, removed
 * again when the run ends — also when it fails or is cancelled, and on a hard exit (a second Ctrl-C) through a
 * synchronous exit hook. Only git: loading the suite there and planning are the pipeline's.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import process from 'node:process';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Resolving a ref is quick; checking a commit out can take a while in a big repository. */
const LOOKUP_TIMEOUT_MS = 10_000;
const CHECKOUT_TIMEOUT_MS = 300_000;

export type RevisionLookup =
  | { readonly ok: true; readonly sha: string; readonly root: string }
  | { readonly ok: false; readonly problem: 'no-git' | 'not-found'; readonly message: string };

async function git(args: readonly string[], cwd: string, timeout = LOOKUP_TIMEOUT_MS): Promise<string> {
  const { stdout } = await run('git', [...args], { cwd, timeout, encoding: 'utf8' });
  return stdout.trim();
}

/** The commit `ref` names in the repository around `cwd`, and the repository's top folder. */
export async function resolveRevision(cwd: string, ref: string): Promise<RevisionLookup> {
  let root: string;
  try {
    root = await git(['rev-parse', '--show-toplevel'], cwd);
  } catch {
    return { ok: false, problem: 'no-git', message: `${cwd} is not inside a git repository (or git is not installed)` };
  }
  try {
    // `^{commit}`: a tag resolves to its commit; --verify --quiet: one answer or none.
    const sha = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    if (sha) return { ok: true, sha, root };
  } catch {
    // not found: below
  }
  return { ok: false, problem: 'not-found', message: `no commit '${ref}' in this repository` };
}

/** Whether the commit is in the local repository (a shallow clone may lack the base commit). */
export async function commitPresent(cwd: string, sha: string): Promise<boolean> {
  try {
    await git(['cat-file', '-e', `${sha}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}

export interface BaseWorktree {
  /** The checked-out base revision's top folder. */
  readonly dir: string;
  /** Removes the worktree; safe to call more than once. */
  dispose(): Promise<void>;
}

/** Checks `sha` out in a new temporary detached worktree of the repository at `root`. */
export async function checkoutRevision(root: string, sha: string): Promise<BaseWorktree> {
  const parent = await mkdtemp(join(tmpdir(), 'rehearse-base-'));
  const dir = join(parent, 'base');
  // A hard exit skips every finally: the worktree still goes (synchronously, it is all an exit hook may do).
  const onExit = (): void => {
    try {
      execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore', timeout: 5_000 });
    } catch {
      // already gone, or git refused: the folder is removed below and `git worktree prune` forgets it
    }
    rmSync(parent, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  let disposed = false;
  const dispose = async (): Promise<void> => {
    if (disposed) return;
    disposed = true;
    process.off('exit', onExit);
    try {
      await git(['worktree', 'remove', '--force', dir], root);
    } catch {
      // never added, or already gone
    }
    await rm(parent, { recursive: true, force: true });
    await git(['worktree', 'prune'], root).catch(() => undefined);
  };
  try {
    await git(['worktree', 'add', '--detach', '--quiet', dir, sha], root, CHECKOUT_TIMEOUT_MS);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { dir, dispose };
}

/** `file`'s path relative to the repository's top folder (both resolved through symlinks, as git reports it). */
export async function pathInRepository(root: string, file: string): Promise<string> {
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
  return relative(realRoot, realFile);
}

/**
 * Whether a local `rehearse run` joins the local history (`.rehearse/runs/`
 * plays the base branch): only a run of the default branch with a clean tree,
 * or one marked explicitly (`--record-history`, `--no-record-history`).
 * Otherwise a failing rerun on a feature branch would become the reference
 * the next rerun compares with, and absorb its own regression.
 *
 * The default branch is found as `rehearse init` finds it (default-branch.ts:
 * origin's HEAD, a local `main` or `master`, `init.defaultBranch`, the only
 * local branch). Clean means no change
 * to a tracked file, staged or not (untracked files, such as `.rehearse/` or a
 * report written with `-o`, do not count). Outside a git repository there is
 * no branch to tell apart: the run joins, as every local run did before.
 */
import { findDefaultBranch, gitIn } from './default-branch.js';

/** Each lookup runs while the trials do, but a hung git must not hold the run's end. */
const GIT_TIMEOUT_MS = 2_000;

export interface Repository {
  /** The current branch; absent on a detached HEAD. */
  readonly branch?: string;
  readonly defaultBranch?: string;
  /** No change to a tracked file. */
  readonly clean: boolean;
}

export interface HistoryDecision {
  readonly joins: boolean;
  /** One line for the console: why. */
  readonly why: string;
}

/** `flag`: `--record-history` (true) or `--no-record-history` (false); `repository`: undefined outside git. */
export function decideHistory(flag: boolean | undefined, repository: Repository | undefined): HistoryDecision {
  if (flag === true) return { joins: true, why: '--record-history' };
  if (flag === false) return { joins: false, why: '--no-record-history' };
  if (!repository) return { joins: true, why: 'not in a git repository' };
  const { branch, defaultBranch, clean } = repository;
  const on = branch ? `branch ${branch}` : 'a detached HEAD';
  if (!branch || branch !== defaultBranch) {
    const expected = defaultBranch ? `, not the default branch ${defaultBranch}` : ', and no default branch was found';
    return { joins: false, why: `${on}${expected}` };
  }
  return clean
    ? { joins: true, why: `${on} (the default), clean tree` }
    : { joins: false, why: `${on} (the default) with uncommitted changes` };
}

/**
 * The repository `cwd` is in (undefined outside one, or without git): its branch, default branch and whether its
 * tree is clean, from git in child processes that do not hold the thread. The CLI asks while the trials run (a
 * repository takes four to six lookups: tens of ms if made in turn at the end of every run).
 */
export async function inspectRepository(cwd: string): Promise<Repository | undefined> {
  const git = gitIn(cwd, GIT_TIMEOUT_MS);
  if ((await git('rev-parse', '--is-inside-work-tree')) !== 'true') return undefined;
  const [branch, status, defaultBranch] = await Promise.all([
    git('symbolic-ref', '--quiet', '--short', 'HEAD'),
    git('status', '--porcelain', '--untracked-files=no'),
    findDefaultBranch(git).then((found) => found?.branch),
  ]);
  return {
    ...(branch ? { branch } : {}),
    ...(defaultBranch ? { defaultBranch } : {}),
    // A failed `git status` is not proof of a clean tree.
    clean: status === '',
  };
}

/**
 * The repository's default branch, one rule for `rehearse init` (the workflow's `on: push: branches: [...]`) and for
 * the local history (history-rule.ts: only runs of the default branch join it), so the two never disagree:
 * origin's HEAD (`refs/remotes/origin/HEAD`), else a local `main`, else `master`, else git's `init.defaultBranch`,
 * else the repository's only local branch. `rehearse init` alone then falls back to the branch checked out (a new
 * repository has no branch yet), and to `main`.
 */
import { execFile } from 'node:child_process';

/** Asks git in `cwd`: stdout trimmed ('' when empty), or undefined when git failed, is missing or timed out. */
export type GitQuery = (...args: string[]) => Promise<string | undefined>;

export function gitIn(cwd: string, timeoutMs = 5_000): GitQuery {
  return (...args) =>
    new Promise((resolve) => {
      try {
        execFile('git', args, { cwd, encoding: 'utf8', timeout: timeoutMs }, (error, stdout) =>
          resolve(error ? undefined : stdout.trim()),
        );
      } catch {
        resolve(undefined); // a cwd that is not a folder fails the spawn itself, at once
      }
    });
}

export interface DefaultBranch {
  readonly branch: string;
  /** Where it came from, for the line init prints. */
  readonly source:
    'origin/HEAD' | 'local branch' | 'init.defaultBranch' | 'only branch' | 'current branch' | 'fallback';
}

/** The default branch as the history rule knows it; undefined when nothing says which it is. */
export async function findDefaultBranch(git: GitQuery): Promise<DefaultBranch | undefined> {
  const originHead = await git('symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD');
  if (originHead?.startsWith('origin/')) return { branch: originHead.slice('origin/'.length), source: 'origin/HEAD' };
  for (const name of ['main', 'master'])
    if ((await git('rev-parse', '--verify', '--quiet', `refs/heads/${name}`)) !== undefined)
      return { branch: name, source: 'local branch' };
  const configured = await git('config', '--get', 'init.defaultBranch');
  if (configured) return { branch: configured, source: 'init.defaultBranch' };
  const branches = (await git('for-each-ref', '--format=%(refname:short)', 'refs/heads/'))?.split('\n').filter(Boolean);
  if (branches?.length === 1) return { branch: branches[0] as string, source: 'only branch' };
  return undefined;
}

/** For `rehearse init`: the rule above, else the branch checked out, else `main`. */
export async function defaultBranch(cwd: string): Promise<DefaultBranch> {
  const git = gitIn(cwd);
  const found = await findDefaultBranch(git);
  if (found) return found;
  const current = await git('symbolic-ref', '--quiet', '--short', 'HEAD');
  if (current) return { branch: current, source: 'current branch' };
  return { branch: 'main', source: 'fallback' };
}

/**
 * The repository's default branch, for the workflow `rehearse init` writes (`on: push: branches: [...]`): the remote's
 * HEAD (`refs/remotes/origin/HEAD`), else git's `init.defaultBranch`, else the branch checked out, else `main`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, timeout: 5_000 });
    return stdout.trim() || undefined;
  } catch {
    return undefined; // not a repository, no such ref or setting, or no git at all: try the next source
  }
}

export interface DefaultBranch {
  readonly branch: string;
  /** Where it came from, for the line init prints. */
  readonly source: 'origin/HEAD' | 'init.defaultBranch' | 'current branch' | 'fallback';
}

export async function defaultBranch(cwd: string): Promise<DefaultBranch> {
  const remoteHead = await git(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (remoteHead?.startsWith('origin/')) return { branch: remoteHead.slice('origin/'.length), source: 'origin/HEAD' };
  const configured = await git(cwd, ['config', '--get', 'init.defaultBranch']);
  if (configured) return { branch: configured, source: 'init.defaultBranch' };
  const current = await git(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  if (current) return { branch: current, source: 'current branch' };
  return { branch: 'main', source: 'fallback' };
}

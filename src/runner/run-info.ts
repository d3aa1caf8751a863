/** Identity of a run: its id, where it ran, and which commit it tested. */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

type Env = Readonly<Record<string, string | undefined>>;

const GIT_TIMEOUT_MS = 2_000;

/** `RH-YYYYMMDD-HHMMSS-<6 hex>` in UTC: sortable by time, unique enough across a matrix. */
export function newRunId(now: Date = new Date(), random: () => string = () => randomBytes(3).toString('hex')): string {
  const iso = now.toISOString(); // 2026-11-21T19:51:39.123Z
  const date = iso.slice(0, 10).replaceAll('-', '');
  const time = iso.slice(11, 19).replaceAll(':', '');
  return `RH-${date}-${time}-${random()}`;
}

export function runSource(env: Env): 'ci' | 'cli' {
  return env.GITHUB_ACTIONS === 'true' ? 'ci' : 'cli';
}

export interface GitInfo {
  sha?: string;
  ref?: string;
  repository?: string;
}

/** From the Actions environment, else from `git` in cwd; best effort, never fails. */
export function gitInfo(env: Env, cwd: string): GitInfo {
  const sha = env.GITHUB_SHA || git(['rev-parse', 'HEAD'], cwd);
  const ref = env.GITHUB_REF || symbolicRef(cwd);
  const repository = env.GITHUB_REPOSITORY || undefined;
  return { ...(sha ? { sha } : {}), ...(ref ? { ref } : {}), ...(repository ? { repository } : {}) };
}

/**
 * The same, without blocking: both lookups at once in child processes. The runner asks when a run starts and reads
 * the answer when it ends, so the lookups overlap the first trials instead of adding to the run's last moments.
 */
export async function lookUpGitInfo(env: Env, cwd: string): Promise<GitInfo> {
  const [sha, ref] = await Promise.all([
    env.GITHUB_SHA || gitLater(['rev-parse', 'HEAD'], cwd),
    env.GITHUB_REF || gitLater(['symbolic-ref', '-q', 'HEAD'], cwd),
  ]);
  const repository = env.GITHUB_REPOSITORY || undefined;
  return { ...(sha ? { sha } : {}), ...(ref ? { ref } : {}), ...(repository ? { repository } : {}) };
}

function gitLater(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', timeout: GIT_TIMEOUT_MS }, (error, stdout) =>
      resolve(error ? undefined : stdout.trim() || undefined),
    );
  });
}

function symbolicRef(cwd: string): string | undefined {
  return git(['symbolic-ref', '-q', 'HEAD'], cwd);
}

function git(args: string[], cwd: string): string | undefined {
  try {
    const output = execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: GIT_TIMEOUT_MS,
    }).trim();
    return output || undefined;
  } catch {
    return undefined;
  }
}

/** The local store of runs (relative to the working directory) that `rehearse runs` lists. */
export const LOCAL_RUNS_DIR = '.rehearse/runs';

/**
 * One run at a time per journal: a lock file next to it (`<journal>.lock`),
 * created exclusively (`wx`) and holding the owner's pid and host. A second
 * run or resume of the same journal fails at once with a clear message,
 * instead of both running (and paying for) every missing trial. A lock whose
 * pid is no longer alive on this host (its run was SIGKILLed) is stale: it is
 * taken over.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigurationError } from '../util/errors.js';

/** How long a lock file may be unwritten before it counts as left by a run killed while writing it. */
const FRESH_LOCK_MS = 5_000;

export interface JournalLock {
  readonly path: string;
  release(): Promise<void>;
}

export function lockPathFor(journalPath: string): string {
  return `${journalPath}.lock`;
}

export async function acquireJournalLock(journalPath: string): Promise<JournalLock> {
  const path = lockPathFor(journalPath);
  await mkdir(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await createWithOwner(path);
      let released = false;
      return {
        path,
        release: async () => {
          if (released) return;
          released = true;
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await lockOwner(path);
      if (!owner && (await justCreated(path))) {
        throw new ConfigurationError(
          `${journalPath} is in use by another rehearse run that is just starting (${path}): wait for it to finish`,
        );
      }
      if (owner && ownerAlive(owner)) {
        throw new ConfigurationError(
          `${journalPath} is in use by another rehearse run (pid ${owner.pid}` +
            `${owner.host && owner.host !== hostname() ? ` on ${owner.host}` : ''}` +
            `${owner.since ? `, since ${owner.since}` : ''}): wait for it to finish or stop it, then resume ` +
            `(a lock left by a run that no longer exists is cleared by itself; this one is held: ${path})`,
        );
      }
      // Stale (its run is gone) or unreadable (a run killed while writing it): taken over.
      await rm(path, { force: true });
    }
  }
  throw new ConfigurationError(
    `${journalPath}: could not lock it (${path} keeps coming back): is another run starting?`,
  );
}

/**
 * The lock appears with its owner already written: the owner goes to a file of
 * this process's own, which is then hard-linked into place (`link` fails with
 * EEXIST like `wx` does). A second run never sees an empty lock of a live run.
 */
async function createWithOwner(path: string): Promise<void> {
  const owner = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  const draft = `${path}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(draft, owner);
  try {
    await link(draft, path);
  } catch (error) {
    if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    // A disk without hard links (exFAT, some network mounts): created exclusively, then written (a second run may
    // see it empty for a moment, and is told a run is just starting).
    await writeFile(path, owner, { flag: 'wx' });
  } finally {
    await rm(draft, { force: true });
  }
}

/** What `link` fails with where the file system has no hard links. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

interface LockOwner {
  readonly pid: number;
  readonly host?: string;
  readonly since?: string;
}

/** A lock file with no owner, younger than a few seconds: written by an older version that created it empty first. */
async function justCreated(path: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs < FRESH_LOCK_MS;
  } catch {
    return false;
  }
}

async function lockOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || !Number.isInteger(value.pid) || value.pid <= 0) return undefined;
    return {
      pid: value.pid,
      ...(typeof value.host === 'string' ? { host: value.host } : {}),
      ...(typeof value.since === 'string' ? { since: value.since } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Alive on this host; a lock from another host (a shared disk) cannot be checked, so it is held. */
function ownerAlive(owner: LockOwner): boolean {
  if (owner.host !== undefined && owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

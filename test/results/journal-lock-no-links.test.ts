/** The journal lock on a disk without hard links (exFAT, some network mounts): `link` fails, the lock still works. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof import('node:fs/promises')>();
  const refused = Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
  return { ...actual, link: () => Promise.reject(refused) };
});

const { acquireJournalLock } = await import('../../src/results/journal-lock.js');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-lock-nolink-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('acquireJournalLock without hard links', () => {
  it('falls back to an exclusive create: one holder, its owner written, no draft left', async () => {
    const journal = join(dir, 'r.journal.jsonl');
    const first = await acquireJournalLock(journal);
    expect(JSON.parse(await readFile(first.path, 'utf8'))).toMatchObject({ pid: process.pid });
    await expect(acquireJournalLock(journal)).rejects.toThrow(/in use by another rehearse run \(pid \d+/);
    await first.release();
    expect(await readdir(dir)).toEqual([]);
  });
});

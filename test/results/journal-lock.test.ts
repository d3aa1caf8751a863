import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireJournalLock } from '../../src/results/journal-lock.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('acquireJournalLock', () => {
  it('many runs at once: one holds the lock, every other is told whose it is (never an empty lock)', async () => {
    for (let round = 0; round < 25; round++) {
      const journal = join(dir, `run-${round}.journal.jsonl`);
      const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => acquireJournalLock(journal)));
      const held = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(held).toHaveLength(1);
      for (const outcome of refused) {
        expect(String(outcome.reason)).toMatch(/in use by another rehearse run \(pid \d+/);
      }
      await (held[0] as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release();
    }
    // No draft file is left behind.
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a lock is never seen without its owner, however soon it is read', async () => {
    const journal = join(dir, 'r.journal.jsonl');
    const seen: string[] = [];
    for (let round = 0; round < 100; round++) {
      let acquired = false;
      const acquiring = acquireJournalLock(journal).then((lock) => {
        acquired = true;
        return lock;
      });
      while (!acquired) {
        try {
          seen.push(readFileSync(`${journal}.lock`, 'utf8'));
        } catch {
          // not there yet
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      await (await acquiring).release();
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((content) => !/"pid":\d+/.test(content))).toEqual([]);
  });

  it('is free again once released', async () => {
    const journal = join(dir, 'r.journal.jsonl');
    const first = await acquireJournalLock(journal);
    await first.release();
    const second = await acquireJournalLock(journal);
    await second.release();
    expect(await readdir(dir)).toEqual([]);
  });
});

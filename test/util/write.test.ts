/** Every write error names its file: a full disk (ENOSPC, /dev/full) or a path that cannot be a directory. */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal } from '../../src/results/journal.js';
import { writeResults } from '../../src/results/index.js';
import { isConfigurationError } from '../../src/util/errors.js';
import { JOINED_BELOW_CHARS, writeChunks, writeTextFile } from '../../src/util/write-chunks.js';
import { regressions } from '../report/fixture-sets.js';
import { tempDir } from '../support/temp-dir.js';

async function failure(write: () => Promise<unknown>): Promise<Error> {
  const error = await write().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Error);
  expect(isConfigurationError(error), String(error)).toBe(true); // one line, no stack trace
  return error as Error;
}

describe('write errors', () => {
  it.runIf(existsSync('/dev/full'))('a full disk names the file and says the disk is full', async () => {
    for (const write of [
      () => writeChunks('/dev/full', ['<html>', 'x'.repeat(100_000)]),
      () => writeChunks('/dev/full', ['<html>', 'x'.repeat(JOINED_BELOW_CHARS), 'streamed']),
      () => writeTextFile('/dev/full', 'report'),
    ]) {
      expect((await failure(write)).message).toMatch(/^cannot write \/dev\/full: ENOSPC: .* \(the disk is full\)$/);
    }
  });

  it('results, reports and the journal name the file they could not write', async () => {
    const dir = await tempDir('rehearse-write-');
    const blocker = join(dir, 'a-file');
    await writeFile(blocker, 'not a directory');
    const results = join(blocker, 'out', 'results.json');
    expect((await failure(() => writeResults(results, regressions().current))).message).toMatch(
      new RegExp(`^cannot write ${results.replace(/[.\\/]/g, '\\$&')}: E(NOTDIR|EXIST)`),
    );
    const report = join(blocker, 'report.html');
    expect((await failure(() => writeChunks(report, ['x']))).message).toContain(`cannot write ${report}: `);
    const journal = join(blocker, 'journal.jsonl');
    const header = { runId: 'r', startedAt: '2026-01-01T00:00:00.000Z' } as Parameters<typeof Journal.create>[1];
    expect((await failure(() => Journal.create(journal, header))).message).toContain(`cannot write ${journal}: `);
  });

  it('an error of what makes the text is not taken for a write error', async () => {
    const dir = await tempDir('rehearse-write-');
    function* broken(): Generator<string> {
      yield 'a';
      throw new TypeError('a renderer bug');
    }
    await expect(writeChunks(join(dir, 'x.html'), broken())).rejects.toThrow(TypeError);
  });

  it('a renderer bug rejects as itself and leaves no earlier file of that name looking current', async () => {
    const dir = await tempDir('rehearse-write-');
    function* broken(piece: string): Generator<string> {
      yield piece;
      yield 'y';
      throw new TypeError('a renderer bug');
    }
    for (const piece of ['x', 'x'.repeat(JOINED_BELOW_CHARS)]) {
      const path = join(dir, 'report.html');
      await writeFile(path, 'the report of an earlier run');
      await expect(writeChunks(path, broken(piece))).rejects.toThrow(TypeError);
      const left = existsSync(path) ? await readFile(path, 'utf8') : '';
      expect(left, `${piece.length} characters before the bug`).not.toContain('earlier run');
    }
  });

  it.runIf(existsSync('/dev/full'))('a failed write closes the source of the pieces: its clean-up runs', async () => {
    let closed = false;
    function* pieces(): Generator<string> {
      try {
        yield 'x'.repeat(JOINED_BELOW_CHARS);
        for (;;) yield 'more';
      } finally {
        closed = true;
      }
    }
    await expect(writeChunks('/dev/full', pieces())).rejects.toThrow(/the disk is full/);
    expect(closed).toBe(true);
  });
});

describe('writeChunks', () => {
  it('writes the pieces in order, joined under JOINED_BELOW_CHARS and streamed past it', async () => {
    const dir = await tempDir('rehearse-write-');
    const piece = (index: number) => `<p>${index}: ${'é'.repeat(index % 50)}</p>\n`;
    for (const count of [0, 1, 100, 40_000]) {
      const pieces = Array.from({ length: count }, (_, index) => piece(index));
      const path = join(dir, `doc-${count}.html`);
      await writeChunks(path, pieces);
      expect(await readFile(path, 'utf8'), `${count} pieces`).toBe(pieces.join(''));
    }
    expect(Array.from({ length: 40_000 }, (_, index) => piece(index)).join('').length).toBeGreaterThan(
      JOINED_BELOW_CHARS,
    );
  });
});

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/gate/index.js';
import type { RunContext } from '../../src/github/context.js';
import { runFilesIn, writeRunFiles } from '../../src/github/files.js';
import { renderHtml, renderJUnit } from '../../src/report/index.js';
import { readResults } from '../../src/results/index.js';
import { writeChunks } from '../../src/util/write-chunks.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Many chunks, far more than a write stream buffers (16 KiB), so a writer that ignores 'drain' or errors would show it.
 */
function* manyChunks(count: number): Generator<string> {
  for (let index = 0; index < count; index++) yield `<p>chunk ${index} ${'x'.repeat(1000)}</p>\n`;
}

describe('writeChunks', () => {
  it('writes every chunk, in order, waiting for drain', async () => {
    const path = join(dir, 'nested/out.html');
    await writeChunks(path, manyChunks(500));
    expect(await readFile(path, 'utf8')).toBe([...manyChunks(500)].join(''));
  });

  it("rejects with the stream's error instead of waiting for a drain that never comes", async () => {
    // A directory where the file should be: the stream fails to open after the first writes filled its buffer.
    const outcome = await Promise.race([
      writeChunks(dir, manyChunks(500)).then(
        () => 'resolved',
        (error: unknown) => (error as NodeJS.ErrnoException).code,
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 3_000)),
    ]);
    expect(outcome).toBe('EISDIR');
  });

  it('rejects with the error of a renderer that fails midway', async () => {
    function* failing(): Generator<string> {
      yield* manyChunks(100);
      throw new Error('renderer broke');
    }
    await expect(writeChunks(join(dir, 'broken.html'), failing())).rejects.toThrow('renderer broke');
  });
});

describe('writeRunFiles', () => {
  it('streams the HTML and JUnit reports: the same bytes as the whole-string renderers', async () => {
    const results = await readResults('fixtures/results/regressions.current.json');
    const files = runFilesIn(join(dir, 'run'));
    const gate = evaluateGate({ results, comparisons: [], minPassRate: 1, failOn: ['regression'] });
    await writeRunFiles(files, { results, gate }, undefined, {
      owner: 'o',
      repo: 'r',
      runId: 1,
      eventName: 'push',
      sha: 'abc',
    } as RunContext);
    // The report opens with the gate's verdict: the one the action decided.
    expect(await readFile(files.html, 'utf8')).toBe(renderHtml(results, { gate }));
    expect(await readFile(files.junit, 'utf8')).toBe(renderJUnit(results));
    expect(await readResults(files.results)).toEqual(results);
  });
});

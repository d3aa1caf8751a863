/**
 * A journal someone opened and saved in an editor (Notepad, VS Code with "UTF-8 with BOM") starts with a byte order
 * mark: the journal is still read, as results files and cassettes are, whatever the header's length and whether the
 * editor also turned the line breaks into CRLF. A BOM anywhere else is not dropped.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Journal, readJournal } from '../../src/results/journal.js';
import { tempDir } from '../support/temp-dir.js';

const BOM = '\uFEFF';
const usage = { inputTokens: 1, outputTokens: 2, costUsd: 0.5 };

let dir: string;
beforeAll(async () => {
  dir = await tempDir('rehearse-journal-bom-');
});

/** A journal as a run writes it: the header, then the second and third ids as unfinished trials. */
async function written(name: string, trialIds: readonly string[]): Promise<string> {
  const path = join(dir, name);
  const journal = await Journal.create(path, { runId: 'r1', startedAt: '2026-01-01T00:00:00.000Z', trialIds });
  for (const id of trialIds.slice(1, 3)) await journal.appendUnfinished({ id, usage, reason: 'cancelled' });
  await journal.close();
  return path;
}

describe('a journal saved with a byte order mark', () => {
  it.each([
    ['a header alone', 1],
    ['a header and unfinished trials', 3],
    // The header line alone is past the 64 KiB chunks the journal is read in: the BOM sits in the first chunk only.
    ['a header longer than a read chunk', 5_000],
  ])('is read as the same journal: %s', async (label, count) => {
    const ids = Array.from({ length: count }, (_, i) => `test-${String(i).padStart(8, '0')}@default#0`);
    const path = await written(`${label.replaceAll(' ', '-')}.jsonl`, ids);
    const plain = await readJournal(path);
    await writeFile(path, BOM + (await readFile(path, 'utf8')));
    const marked = await readJournal(path);
    expect(marked).toEqual(plain);
    expect(marked.header.trialIds).toHaveLength(count);
    expect(marked.unfinished ?? []).toHaveLength(Math.min(count - 1, 2));
  });

  it('with CRLF line breaks too', async () => {
    const path = await written('crlf.jsonl', ['a#0', 'b#0']);
    const plain = await readJournal(path);
    await writeFile(path, BOM + (await readFile(path, 'utf8')).replaceAll('\n', '\r\n'));
    expect(await readJournal(path)).toEqual(plain);
  });

  it('is appended to after it as before (a resume reopens it)', async () => {
    const path = await written('reopened.jsonl', ['a#0', 'b#0']);
    await writeFile(path, BOM + (await readFile(path, 'utf8')));
    const reopened = await Journal.reopen(path);
    await reopened.appendUnfinished({ id: 'c#0', usage, reason: 'budget' });
    await reopened.close();
    expect((await readJournal(path)).unfinished?.map((entry) => entry.id)).toEqual(['b#0', 'c#0']);
  });

  it('a BOM later than the first byte is still an error, naming the line', async () => {
    const path = await written('late.jsonl', ['a#0', 'b#0']);
    const [header, ...rest] = (await readFile(path, 'utf8')).split('\n');
    await writeFile(path, [header, BOM + rest.join('\n')].join('\n'));
    await expect(readJournal(path)).rejects.toThrow(`${path}:2: expected a journaled trial`);
  });

  it('text that is not a journal is refused as before, BOM or not', async () => {
    const path = join(dir, 'other.jsonl');
    await writeFile(path, `${BOM}{"format":"something-else"}\n`);
    await expect(readJournal(path)).rejects.toThrow(`${path}:1: not a Rehearse run journal`);
  });
});

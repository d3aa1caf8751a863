/**
 * A UTF-8 byte order mark before a file Rehearse reads back (Notepad, PowerShell's Out-File and .NET writers put
 * one there): results (whole, streamed and lean reads), cassettes and saved contexts are read as without it.
 */
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cassette, readCassetteFile, secretRedactor } from '../../src/cassette/index.js';
import { cli } from '../../src/cli/main.js';
import { readDocumentWithoutTrials } from '../../src/results/head.js';
import { parseResults, readResults, writeResults } from '../../src/results/index.js';
import { TrialSplitter } from '../../src/results/split.js';
import { baselineVsCandidate } from '../report/fixture-sets.js';
import { capturedIO } from '../support/cli-io.js';
import { tempDir } from '../support/temp-dir.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

const BOM = '\uFEFF';

async function withBom(name: string, text: string): Promise<string> {
  const path = join(await tempDir('rehearse-bom-'), name);
  await writeFile(path, BOM + text);
  return path;
}

describe('results files starting with a byte order mark', () => {
  it('read as without it, whole, streamed and lean', async () => {
    const results = baselineVsCandidate().current;
    const plain = join(await tempDir('rehearse-bom-'), 'results.json');
    await writeResults(plain, results);
    const path = await withBom('results.json', await readFile(plain, 'utf8'));
    expect(await readResults(path)).toEqual(await readResults(plain));
    expect(await readResults(path, { trials: false })).toEqual(await readResults(plain, { trials: false }));
    expect(await readResults(path, { transcripts: 'none' })).toEqual(await readResults(plain, { transcripts: 'none' }));
    expect(parseResults(BOM + (await readFile(plain, 'utf8')), 'r.json').runId).toBe(results.runId);
  });

  it('the streaming and lean readers take it themselves (not by falling back to reading the whole file)', async () => {
    const text = JSON.stringify({ schemaVersion: 1, trials: [{ id: 'a' }], after: true });
    const trials: string[] = [];
    const splitter = new TrialSplitter((trial) => trials.push(trial.text));
    splitter.push(Buffer.from(BOM + text));
    expect(trials).toEqual(['{"id":"a"}']);
    expect(splitter.finish().sawTrials).toBe(true);
    const plain = join(await tempDir('rehearse-bom-'), 'results.json');
    await writeResults(plain, baselineVsCandidate().current);
    const path = await withBom('results.json', await readFile(plain, 'utf8'));
    expect(await readDocumentWithoutTrials(path)).toEqual(await readDocumentWithoutTrials(plain));
    expect((await readDocumentWithoutTrials(path)).kind).toBe('document');
  });
});

describe('other files tools write, starting with a byte order mark', () => {
  it('a cassette', async () => {
    const cassette = new Cassette({ mode: 'record', name: 'c', redactor: secretRedactor({}) });
    const site = { testId: 't', trialId: 't@default#0', kind: 'agent' as const, callNumber: 1, target: 'm' };
    const { key, canonical } = cassette.keyOf(site, { content: 'a' }, () => 0);
    const usage = { inputTokens: 2, outputTokens: 1, costUsd: 0 };
    cassette.store(site, key, canonical, { content: 'a', toolCalls: [], usage, attempts: 1 });
    const path = await withBom('calls.jsonl', cassette.serialize());
    expect(await readCassetteFile(path, 'calls.jsonl', false)).toHaveLength(1);
  });

  it('transcripts for `scenario from-transcript`', async () => {
    const dir = await tempDir('rehearse-bom-');
    // JSON lines: a BOM before the first line made it look like one JSON document with text after it.
    const transcript = await readFile(join(FIXTURES, 'transcripts/order-status.jsonl'), 'utf8');
    await writeFile(join(dir, 'order-status.jsonl'), BOM + transcript);
    const io = capturedIO(dir);
    expect(await cli(['scenario', 'from-transcript', 'order-status.jsonl'], io)).toBe(0);
  });

  it('a τ² domain for `import tau2`', async () => {
    const domain = await tempDir('rehearse-bom-tau2-');
    await cp(join(FIXTURES, 'tau2/shop'), domain, { recursive: true });
    for (const file of (await readdir(domain)).filter((name) => name.endsWith('.json')))
      await writeFile(join(domain, file), BOM + (await readFile(join(domain, file), 'utf8')));
    const io = capturedIO(await tempDir('rehearse-bom-suite-'));
    expect(await cli(['import', 'tau2', domain, '--dir', 'suite'], io)).toBe(0);
  });
});

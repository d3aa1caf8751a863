import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TrialResultSchema, type Results, type TrialResult } from '../../src/model/results.js';
import { markChecked, readResults, writeAhead, writeResults } from '../../src/results/index.js';
import { baselineVsCandidate } from '../report/fixture-sets.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** The fixture's results with every trial in the form the runner keeps: checked, and marked so. */
function checkedResults(): Results {
  const results = baselineVsCandidate().current;
  return { ...results, trials: results.trials.map((trial) => markChecked(TrialResultSchema.parse(trial))) };
}

async function written(results: Results, name: string): Promise<string> {
  dir ??= await mkdtemp(join(tmpdir(), 'rehearse-ahead-'));
  const path = join(dir, name);
  await writeResults(path, results);
  return readFile(path, 'utf8');
}

describe('trials written ahead', () => {
  it('give the same file, byte for byte, as trials serialised at the end', async () => {
    const results = checkedResults();
    expect(results.trials.length).toBeGreaterThan(2);
    const atTheEnd = await written(results, 'end.json');
    results.trials.forEach((trial, index) => index % 2 === 0 && writeAhead(trial));
    const ahead = await written(results, 'ahead.json');
    expect(ahead).toBe(atTheEnd);
    expect((await readResults(join(dir as string, 'ahead.json'))).trials).toEqual(results.trials);
  });

  it('are used when written: the text is the trial as it was then (checked trials only)', async () => {
    const results = checkedResults();
    const [checked, other] = results.trials as [TrialResult, TrialResult];
    const unchecked = { ...other }; // a copy: not the checked object
    writeAhead(checked);
    writeAhead(unchecked);
    // Trials are never changed once recorded; changed here only to see which text the file holds.
    (checked as { id: string }).id = 'changed-after-ahead';
    (unchecked as { id: string }).id = 'unchecked-changed';
    const text = await written({ ...results, trials: [checked, unchecked] }, 'used.json');
    expect(text).not.toContain('changed-after-ahead');
    expect(text).toContain('unchecked-changed');
  });
});

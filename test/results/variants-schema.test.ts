/**
 * Results schema 5: variant ids are the suite's own and a baseline named otherwise is recorded `baseline: true`.
 * Files of schema 1–4 (baseline/candidate/default only) read as they are and compare exactly as before.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVariants } from '../../src/compare/index.js';
import { baselineVariantOf, comparedVariantsOf, RESULTS_SCHEMA_VERSION } from '../../src/model/results.js';
import { readResults } from '../../src/results/index.js';
import { buildResults, type TestSpec } from '../support/results-builder.js';

const REPO = resolve(import.meta.dirname, '../..');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-v5-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('results schema 5: variants by id', () => {
  it('is version 5', () => {
    expect(RESULTS_SCHEMA_VERSION).toBe(5);
  });

  it.each([1, 2, 3, 4])(
    'a schemaVersion %i baseline/candidate file reads and compares as the current one',
    async (v) => {
      const text = await readFile(join(REPO, 'fixtures/results/baseline-vs-candidate.current.json'), 'utf8');
      const current = JSON.parse(text) as Record<string, unknown>;
      const path = join(dir, `v${v}.json`);
      await writeFile(path, JSON.stringify({ ...current, schemaVersion: v }));
      const old = await readResults(path);
      const now = await readResults(join(REPO, 'fixtures/results/baseline-vs-candidate.current.json'));
      expect(old).toEqual(now);
      expect(baselineVariantOf(old)).toBe('baseline');
      expect(comparedVariantsOf(old)).toEqual(['candidate']);
      const comparison = compareVariants(old)!;
      expect(comparison.byVariant).toBeUndefined();
      expect([comparison.before.label, comparison.after.label]).toEqual(['baseline', 'candidate']);
    },
  );

  it('a baseline named otherwise is found by its flag; each other variant is compared with it', async () => {
    const spec = (variant: string, outcomes: TestSpec['outcomes']): TestSpec => ({ id: 'refund', variant, outcomes });
    const results = buildResults({
      runId: 'RH-20261206-v5v5v5',
      variants: [
        { id: 'gpt-4o', baseline: true, agent: 'bot', model: 'gpt-4o' },
        { id: 'gpt-5', agent: 'bot', model: 'gpt-5' },
        { id: 'claude', agent: 'bot', model: 'claude' },
      ],
      tests: [
        spec('gpt-4o', ['pass', 'pass', 'pass', 'pass', 'pass']),
        spec('gpt-5', ['pass', 'pass', 'pass', 'pass', 'pass']),
        spec('claude', ['fail', 'fail', 'fail', 'fail', 'fail']),
      ],
    });
    const path = join(dir, 'v5.json');
    await writeFile(path, JSON.stringify(results));
    const read = await readResults(path);
    expect(baselineVariantOf(read)).toBe('gpt-4o');
    expect(comparedVariantsOf(read)).toEqual(['gpt-5', 'claude']);
    const comparison = compareVariants(read)!;
    expect(comparison.byVariant?.map((pair) => `${pair.before.label} → ${pair.after.label}`)).toEqual([
      'gpt-4o → gpt-5',
      'gpt-4o → claude',
    ]);
    expect(comparison.changes.map((change) => change.key).sort()).toEqual(['refund@claude', 'refund@gpt-5']);
  });
});

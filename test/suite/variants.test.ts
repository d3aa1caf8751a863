/**
 * Variants by id: any number, user-chosen ids, one designated baseline (named `baseline` or `baseline: true`), each
 * mistake reported at its line.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, loadSuite, type LoadResult } from '../../src/suite/index.js';
import { suiteVariants } from '../../src/suite/variants.js';
import { planRun } from '../../src/plan/index.js';
import { ConfigurationError } from '../../src/util/errors.js';
import { MINIMAL, writeSuite } from './helpers.js';

async function load(variants: string): Promise<LoadResult> {
  const cwd = writeSuite({ 'rehearse.yaml': `${MINIMAL}variants:\n${variants}` });
  return loadSuite('rehearse.yaml', { cwd });
}

async function errors(variants: string): Promise<string[]> {
  const result = await load(variants);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues.map(formatIssue);
}

async function runs(variants: string): Promise<{ ids: readonly string[]; baseline?: string }> {
  const result = await load(variants);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  const plan = planRun(result.suite, { simulatorAvailable: true });
  return { ids: plan.variants, ...(plan.baseline ? { baseline: plan.baseline } : {}) };
}

// `variants:` follows MINIMAL on line 18: the first variant is on line 19, the second on line 20.
describe('variants in a suite', () => {
  it('runs three user-named variants, the one named baseline first', async () => {
    expect(await runs('  gpt-x: {}\n  baseline: {}\n  gpt-y: {}\n')).toEqual({
      ids: ['baseline', 'gpt-x', 'gpt-y'],
      baseline: 'baseline',
    });
  });

  it('designates another variant with baseline: true', async () => {
    expect(await runs('  gpt-4o: { baseline: true }\n  gpt-5: {}\n  claude: {}\n')).toEqual({
      ids: ['gpt-4o', 'gpt-5', 'claude'],
      baseline: 'gpt-4o',
    });
  });

  it('keeps the two-variant meaning: declaring only one side runs the other unchanged', async () => {
    expect(await runs('  candidate: { description: new }\n')).toEqual({
      ids: ['baseline', 'candidate'],
      baseline: 'baseline',
    });
    expect(await runs('  baseline: { description: old }\n')).toEqual({
      ids: ['baseline', 'candidate'],
      baseline: 'baseline',
    });
    // Without any designated baseline, an unchanged `baseline` runs first.
    expect(suiteVariants({ 'gpt-x': {}, 'gpt-y': {} })).toEqual({
      ids: ['baseline', 'gpt-x', 'gpt-y'],
      baseline: 'baseline',
    });
  });

  it('refuses two baselines, naming both, at the line of the second', async () => {
    const found = await errors('  gpt-4o: { baseline: true }\n  gpt-5: { baseline: true }\n');
    expect(found).toEqual([
      expect.stringMatching(/rehearse\.yaml:20:\d+: .*only one variant can be the baseline: 'gpt-4o' and 'gpt-5'/),
    ]);
    const named = await errors('  baseline: {}\n  gpt-5: { baseline: true }\n');
    expect(named).toEqual([expect.stringMatching(/rehearse\.yaml:20:\d+: .*'baseline' and 'gpt-5' both are/)]);
  });

  it('refuses a bad variant id and the reserved id default, at their lines', async () => {
    const badId = await errors('  baseline: {}\n  4o: {}\n');
    expect(badId).toEqual([
      expect.stringMatching(/rehearse\.yaml:20:\d+: .*expected a variant id: letters, digits.*got '4o'/),
    ]);
    const reserved = await errors('  baseline: {}\n  default: {}\n');
    expect(reserved).toEqual([expect.stringMatching(/rehearse\.yaml:20:\d+: .*'default' is the variant of a run/)]);
  });

  it('refuses baseline: false on the variant named baseline', async () => {
    const found = await errors('  baseline: { baseline: false }\n  gpt-x: {}\n');
    expect(found).toEqual([
      expect.stringMatching(/rehearse\.yaml:19:\d+: .*the variant named 'baseline' is the baseline/),
    ]);
  });

  it('--variant picks a subset with its baseline, and suggests the closest id for a typo', async () => {
    const result = await load('  baseline: {}\n  gpt-x: {}\n  gpt-y: {}\n');
    if (!result.ok) throw new Error('invalid');
    const plan = planRun(result.suite, { simulatorAvailable: true, variants: ['gpt-y'] });
    expect(plan.variants).toEqual(['baseline', 'gpt-y']);
    expect(new Set(plan.trials.map((t) => t.variant))).toEqual(new Set(['baseline', 'gpt-y']));
    expect(() => planRun(result.suite, { simulatorAvailable: true, variants: ['gpt-z'] })).toThrow(ConfigurationError);
    expect(() => planRun(result.suite, { simulatorAvailable: true, variants: ['gtp-y'] })).toThrow(
      "unknown variant 'gtp-y' — did you mean 'gpt-y'?: this suite runs baseline, gpt-x, gpt-y",
    );
  });
});

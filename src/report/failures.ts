/**
 * Why a test failed, as the reports read it: the failure digest its summary
 * carries (src/aggregate/failure-digest.ts), or, for a file written before
 * digests existed, the same digest computed from its trials.
 */
import { failureDigest } from '../aggregate/failure-digest.js';
import type { FailureDigest, JudgedPart, Results, TestSummary, TrialResult } from '../model/results.js';

export { reasonBesideParts } from '../aggregate/failure-digest.js';
export type { JudgedPart } from '../model/results.js';
export type FailedCriterion = FailureDigest['criteria'][number];

/** "  ✓ met: confirms refund (Done)" lines for plain-text outputs (annotations, JUnit). */
export function partTextLines(parts: readonly JudgedPart[] | undefined): string[] {
  return (parts ?? []).map((part) => {
    const evidence = part.evidence ? ` (${part.evidence})` : '';
    return `  ${part.met ? '✓ met' : '✗ not met'}: ${part.part}${evidence}`;
  });
}

/** A run's trials by test key, in index order. */
export interface TrialIndex {
  get(key: string): readonly TrialResult[] | undefined;
}

/**
 * Built on the first lookup: renderers that find every digest in the
 * summaries (the PR comment of a 10,000-test run) never group the trials.
 */
export function indexTrials(results: Pick<Results, 'trials'>): TrialIndex {
  let byKey: Map<string, TrialResult[]> | undefined;
  const build = (): Map<string, TrialResult[]> => {
    const index = new Map<string, TrialResult[]>();
    for (const trial of results.trials) {
      const list = index.get(trial.key);
      if (list) list.push(trial);
      else index.set(trial.key, [trial]);
    }
    for (const list of index.values()) list.sort((a, b) => a.index - b.index);
    return index;
  };
  return { get: (key) => (byKey ??= build()).get(key) };
}

const computed = new WeakMap<TestSummary, FailureDigest | undefined>();

/** The test's failure digest: stored in its summary, else computed from its trials (once per summary). */
export function failureOf(test: TestSummary, trials: TrialIndex): FailureDigest | undefined {
  if (test.failure) return test.failure;
  if (test.failures + test.errors + test.invalid === 0) return undefined;
  if (!computed.has(test)) computed.set(test, failureDigest(trials.get(test.key) ?? []));
  return computed.get(test);
}

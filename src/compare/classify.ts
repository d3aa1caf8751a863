/**
 * Put one test key in a category, from its aggregates on both sides.
 * Pure: the statistics live in fisher.ts, the run-level work in index.ts.
 */
import type { TestSummary } from '../model/results.js';
import { plural } from '../util/plural.js';
import { fisherOneSided } from '../verdict/fisher-float.js';
import { DEFINITION_PARTS } from './types.js';
import type { ChangeCategory, DefinitionPart, SideStats, TestChange } from './types.js';

export function sideStats(test: TestSummary): SideStats {
  return {
    verdict: test.verdict,
    trials: test.passes + test.failures,
    passes: test.passes,
    errors: test.errors,
    passRate: test.passRate,
    costUsd: test.costUsd,
    latencyP50: test.latencyP50,
    latencyP95: test.latencyP95,
    ...(test.personaVersion === undefined ? {} : { personaVersion: test.personaVersion }),
    ...(test.scenarioVersion === undefined ? {} : { scenarioVersion: test.scenarioVersion }),
  };
}

const VERSION_FIELDS: Readonly<Record<DefinitionPart, keyof TestSummary>> = {
  persona: 'personaVersion',
  scenario: 'scenarioVersion',
  profile: 'profileVersion',
  tools: 'toolsVersion',
  criteria: 'criteriaVersion',
  agent: 'agentVersion',
};

/**
 * The parts of the test's definition whose version differs; a version absent
 * on either side (older files) is unknown, not changed.
 */
export function changedDefinition(before: TestSummary, after: TestSummary): DefinitionPart[] {
  return DEFINITION_PARTS.filter((part) => {
    const field = VERSION_FIELDS[part];
    const was = before[field];
    const now = after[field];
    return was !== undefined && now !== undefined && was !== now;
  });
}

function noOutcomeNote(side: 'before' | 'after', test: TestSummary): string {
  if (test.verdict === 'not_run') return `not run ${side === 'before' ? 'before' : 'now'}`;
  const parts = [test.errors ? plural(test.errors, 'error') : '', test.invalid ? `${test.invalid} invalid` : '']
    .filter(Boolean)
    .join(', ');
  return `no pass/fail trial ${side === 'before' ? 'before' : 'now'}${parts ? ` (${parts})` : ''}`;
}

interface Classified {
  readonly category: ChangeCategory;
  readonly pValue?: number;
  readonly note?: string;
}

function classifyCounts(before: SideStats, after: SideStats, beforeTest: TestSummary, afterTest: TestSummary, alpha: number): Classified {
  if (before.trials === 0) return { category: 'invalid', note: noOutcomeNote('before', beforeTest) };
  if (after.trials === 0) return { category: 'invalid', note: noOutcomeNote('after', afterTest) };
  if (before.trials === 1 && after.trials === 1) {
    // One conversation each side: no statistics to do, the outcome is the verdict.
    if (before.passes === after.passes) return { category: after.passes ? 'still_passing' : 'still_failing' };
    return { category: after.passes ? 'fix' : 'regression' };
  }
  const beforeRate = before.passes / before.trials;
  const afterRate = after.passes / after.trials;
  if (beforeRate === afterRate) return { category: afterTest.verdict === 'pass' ? 'still_passing' : 'still_failing' };
  const dropped = afterRate < beforeRate;
  const pValue = dropped ? fisherOneSided(before, after) : fisherOneSided(after, before);
  if (pValue < alpha) return { category: dropped ? 'regression' : 'fix', pValue };
  return { category: 'flaky', pValue };
}

/**
 * `trackDefinition: false` for baseline vs candidate: both sides are the same
 * test in the same run, and their agents (and so tools) differ by design.
 */
export function classifyPair(
  before: TestSummary,
  after: TestSummary,
  alpha: number,
  trackDefinition = true,
): TestChange {
  const beforeStats = sideStats(before);
  const afterStats = sideStats(after);
  const classified = classifyCounts(beforeStats, afterStats, before, after, alpha);
  return {
    key: after.key,
    testId: after.testId,
    test: after,
    before: beforeStats,
    after: afterStats,
    changedDefinition: trackDefinition ? changedDefinition(before, after) : [],
    ...classified,
  };
}

export function unmatched(test: TestSummary, category: 'new' | 'removed'): TestChange {
  const stats = sideStats(test);
  return {
    key: test.key,
    testId: test.testId,
    category,
    test,
    ...(category === 'new' ? { after: stats } : { before: stats }),
    changedDefinition: [],
  };
}

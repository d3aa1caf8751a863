/**
 * The shape of a run's comparison plan (built in src/pipeline/comparison-plan.ts, read by the runner and
 * compare) and how a results file's test is counted for it. Here, below both, so neither imports the other.
 */
import type { TestSummary } from '../model/results.js';
import type { ComparisonLevel } from './alpha.js';
import type { Reference } from './confirm-drop.js';
import type { Counts } from './fisher-exact.js';

export interface ComparisonPlan {
  /** The per-comparison level (exact rational) and the number of comparisons it was divided by. */
  readonly level: ComparisonLevel;
  /** The comparisons that can fail the gate (0 when there is nothing to compare; the level then divides by 1). */
  readonly comparisons: number;
  /** The history or previous-run reference of a key; undefined when it has none (a new test, a new definition). */
  referenceFor(key: string): Reference | undefined;
  /** The baseline key a candidate key is compared with in this run; undefined for every other key. */
  baselineFor(key: string): string | undefined;
  deterministic(key: string): boolean;
  /**
   * Why a key has nothing to be compared with: `new` (never seen before) or `changed` (its identity — persona,
   * scenario, profile, tools, criteria or judge — differs from every earlier run). Such a test is held to its own
   * threshold, whatever the gate's fail_on. Undefined for a key with a reference or a baseline.
   */
  unreferenced(key: string): Unreferenced | undefined;
}

export type Unreferenced = 'new' | 'changed';

/** Pass/fail counts among the first `limit` finished trials (all of them when `outcomes` is absent). */
export function firstCounts(test: Pick<TestSummary, 'passes' | 'failures' | 'outcomes'>, limit: number): Counts {
  if (test.outcomes === undefined) return { passes: test.passes, trials: test.passes + test.failures };
  let passes = 0;
  let trials = 0;
  for (const outcome of test.outcomes.slice(0, limit)) {
    if (outcome === 'p') passes += 1;
    if (outcome === 'p' || outcome === 'f') trials += 1;
  }
  return { passes, trials };
}

/**
 * Counts of the planned trials of a test in a results file: the first `runs` finished trials when the
 * file records the outcomes in order, else all of its counts (older files ran exactly their plan).
 * Errors and invalid trials are left out, as the history pools them.
 */
export function plannedCounts(test: Pick<TestSummary, 'runs' | 'passes' | 'failures' | 'outcomes'>): Counts {
  return firstCounts(test, test.runs);
}

/**
 * What `compare` hands to the report and the gate: every test key of two
 * runs (or of two variants in one run) put in one category, with the numbers
 * that justify it.
 */
import type { RunHistory, Stability } from '../model/history.js';
import type { RunStatus, TestSummary } from '../model/results.js';
import type { ComparisonLevel, ComparisonPlan, ReferenceSource } from '../verdict/index.js';
import type { AgentChange } from './agent-changes.js';

/**
 * `regression`: a drop confirmed by the exact test at the per-comparison level (fails the gate).
 * `suspected`: a drop the run had no chance to confirm (no confirmation trials); shown, does not fail the gate.
 * `not_confirmed`: a suspected drop the confirmation trials did not confirm.
 * `changed`: the test's identity (persona, scenario, profile, tools, criteria, judge) changed and no earlier run has
 * the new one: nothing to compare with, so it is held to its own threshold (like `new`).
 * `flaky`: unstable across its history (pooled pass rate strictly between 5% and 95% over ≥ 10 trials).
 */
export const CHANGE_CATEGORIES = [
  'regression',
  'suspected',
  'not_confirmed',
  'fix',
  'changed',
  'flaky',
  'still_failing',
  'still_passing',
  'new',
  'removed',
  'invalid',
] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

/** What a test is made of (its identity), each with its own content version in the results; never the agent. */
export { IDENTITY_PARTS as DEFINITION_PARTS } from '../model/history.js';
export type { IdentityPart as DefinitionPart } from '../model/history.js';
import type { IdentityPart as DefinitionPart } from '../model/history.js';

/** One side of a test's comparison: the aggregates that matter for a verdict. */
export interface SideStats {
  readonly verdict: TestSummary['verdict'];
  /** Trials with a pass/fail outcome (errors and invalid are counted apart). */
  readonly trials: number;
  readonly passes: number;
  readonly errors: number;
  readonly passRate: number | null;
  readonly costUsd: number;
  readonly latencyP50: number | null;
  readonly latencyP95: number | null;
  readonly personaVersion?: string;
  readonly scenarioVersion?: string;
}

export interface TestChange {
  /** The key on the "after" side (`testId@variant`), or the "before" side for removed tests. */
  readonly key: string;
  readonly testId: string;
  readonly category: ChangeCategory;
  /** The test as summarised on the "after" side (the "before" side for removed tests). */
  readonly test: TestSummary;
  readonly before?: SideStats;
  readonly after?: SideStats;
  /** One-sided Fisher exact p-value in the direction of the change; absent when no statistics were done. */
  readonly pValue?: number;
  /** What the test was compared with: its pooled history, the previous run or the baseline, with the counts. */
  readonly reference?: ReferenceEvidence;
  /** The current side's planned trials (first `runs` outcomes), and all trials the verdict read when more ran. */
  readonly planned?: Counts;
  readonly confirmed?: Counts;
  /** Stability over the pooled history (absent without history). */
  readonly stability?: Stability;
  /** The parts of the test's definition that changed between the runs (marked in every category). */
  readonly changedDefinition: readonly DefinitionPart[];
  /** The agent the test ran against changed between the runs: shown, and compared across (never a new test). */
  readonly agentChanged?: boolean;
  /** Why a test could not be compared (category `invalid`). */
  readonly note?: string;
}

export interface Counts {
  readonly passes: number;
  readonly trials: number;
}

export interface ReferenceEvidence extends Counts {
  readonly source: ReferenceSource;
  /** Runs pooled (history only). */
  readonly runs?: number;
}

export interface Delta {
  readonly before: number | null;
  readonly after: number | null;
  /** after − before; null when either side is unknown. */
  readonly change: number | null;
}

export interface RunTotalsDelta {
  readonly passRate: Delta;
  readonly testsPassed: Delta;
  readonly tests: Delta;
  readonly costUsd: Delta;
  readonly tokens: Delta;
  readonly durationMs: Delta;
  readonly latencyP50: Delta;
  readonly latencyP95: Delta;
}

export interface ComparedSide {
  /** "previous run" / "current run" or "baseline" / "candidate". */
  readonly label: string;
  readonly runId: string;
  readonly sha?: string;
  readonly ref?: string;
  readonly status: RunStatus;
  readonly startedAt: string;
  /** The agent or model, for variant comparisons. */
  readonly detail?: string;
  /**
   * Each variant's agent settings as short content versions (the run's `variants[].settings`), when recorded: a
   * report names the ones that changed between the runs.
   */
  readonly settings?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface Comparison {
  /** `runs`: previous run vs this run. `variants`: baseline vs candidate inside one run. */
  readonly kind: 'runs' | 'variants';
  readonly before: ComparedSide;
  readonly after: ComparedSide;
  readonly method: {
    readonly test: 'one-sided Fisher exact test';
    /** The run-level α. */
    readonly alpha: number;
    /** The per-comparison level (run α / comparisons) each test is decided at, and the number of comparisons. */
    readonly comparisonAlpha: number;
    readonly comparisons: number;
    readonly description: string;
  };
  /** Every key, sorted: category order, then priority, then key. */
  readonly changes: readonly TestChange[];
  readonly counts: Readonly<Record<ChangeCategory, number>>;
  readonly totals: RunTotalsDelta;
  readonly failureCategories: {
    readonly before: Readonly<Record<string, number>>;
    readonly after: Readonly<Record<string, number>>;
  };
  /** Runs only: the variants whose agent changed since the previous run (compared across, never a new test). */
  readonly agentChanges?: readonly AgentChange[];
  /**
   * Variants only, when more than one variant is compared with the baseline: each pair (baseline → that variant) on
   * its own, in the run's variant order. The comparison itself then lists every pair's changes together.
   */
  readonly byVariant?: readonly Comparison[];
}

export interface CompareOptions {
  /** The run-level α; default 0.05. Without a plan, each comparison is tested at it. */
  readonly alpha?: number;
  /** The run's comparisons and per-comparison level (src/pipeline/comparison-plan.ts). */
  readonly plan?: ComparisonPlan;
  /** The base branch's history, for the flaky label and the references of a plan-less comparison. */
  readonly history?: RunHistory;
}

export type { ComparisonLevel };

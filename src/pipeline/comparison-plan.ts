/**
 * Which comparisons a run makes and at what level: the one place the runner
 * (before the first trial, to decide confirmation trials) and compare (after
 * the run, to read the verdicts) agree on. Each test key is compared with its
 * pooled history on the base branch (same definition version), else the
 * previous run (same definition); every other variant of the run is also
 * compared with its baseline variant. Every comparison that can fail the gate
 * spends α: each is tested at runAlpha / m (Bonferroni), m counted here.
 */
import type { Results, TestSummary } from '../model/results.js';
import type { Plan, Trial } from '../plan/types.js';
import { definitionOf, historyOf, sameDefinition, type DefinitionVersion, type RunHistory } from '../model/history.js';
import { referenceKeyOf } from '../model/base-side.js';
import {
  detectability,
  chooseReference,
  comparisonLevel,
  countComparisons,
  plannedCounts,
  type ComparisonPlan,
  type Reference,
  type Unreferenced,
} from '../verdict/index.js';

export { firstCounts, plannedCounts, type ComparisonPlan, type Unreferenced } from '../verdict/index.js';

/**
 * What is known of the runs before this one: the stored previous run and the
 * rolled-forward history of the base branch it carries.
 */
export interface EarlierRuns {
  /** Its tests and totals are enough: it may be read without trials. */
  readonly previous?: Results;
  /**
   * The rolled-forward history of the base branch (per test key, the last runs' planned-trial counts and
   * definition versions): usually the previous results file's own `history`.
   */
  readonly history?: RunHistory;
  /** Where the previous run came from, or why there is none; shown under the verdict. */
  readonly note?: string;
}

export interface PlannedKey {
  /** `testId@variant`. */
  readonly key: string;
  readonly testId: string;
  readonly variant: string;
  readonly definition: DefinitionVersion;
  /** Declared deterministic: a flip is a regression without statistics, and spends no α. */
  readonly deterministic?: boolean;
  /** The test's planned trials: what a reference must be measured against (absent: never judged too small). */
  readonly runs?: number;
}

export interface ComparisonPlanRequest {
  readonly keys: readonly PlannedKey[];
  readonly earlier: EarlierRuns;
  /** More than one variant runs: each variant but the baseline is also compared with the baseline's key. */
  readonly variantsCompared: boolean;
  /** The variant the others are compared with (`baseline` unless the suite designates another). */
  readonly baselineVariant?: string;
  /** The gate's run-level α (`gate.alpha`). */
  readonly runAlpha: number;
  /**
   * The baseline variant is the base revision run side by side (src/model/base-side.ts): candidates read their
   * history and previous run under `testId@default`, and the base side is compared with nothing but its candidate.
   */
  readonly baseSide?: boolean;
}

export function comparisonPlan(request: ComparisonPlanRequest): ComparisonPlan {
  const { keys, earlier, variantsCompared, runAlpha } = request;
  const previousByKey = new Map((earlier.previous?.tests ?? []).map((test) => [test.key, test]));
  const referenceKey = (key: string) => referenceKeyOf(key, request.baseSide === true);
  const references = new Map<string, Reference>();
  for (const planned of keys) {
    const earlierKey = referenceKey(planned.key);
    if (earlierKey === undefined) continue;
    const previous = previousByKey.get(earlierKey);
    const reference = chooseReference(
      historyOf(earlier.history, earlierKey),
      planned.definition,
      previous ? { counts: plannedCounts(previous), definition: definitionOf(previous) } : undefined,
    );
    if (reference) references.set(planned.key, reference);
  }
  const baselines = new Map<string, string>();
  if (variantsCompared) {
    // Every variant pair (baseline → each other variant) is a comparison of its own, counted in m below.
    const baselineVariant = request.baselineVariant ?? 'baseline';
    const baselineKeys = new Map(keys.filter((k) => k.variant === baselineVariant).map((k) => [k.testId, k.key]));
    for (const planned of keys) {
      const baseline = baselineKeys.get(planned.testId);
      if (planned.variant !== baselineVariant && planned.variant !== 'default' && baseline)
        baselines.set(planned.key, baseline);
    }
  }
  dropWeakReferences(keys, references, baselines, runAlpha);
  const unreferenced = new Map<string, Unreferenced>();
  for (const planned of keys) {
    const earlierKey = referenceKey(planned.key);
    if (earlierKey === undefined || references.has(planned.key) || baselines.has(planned.key)) continue;
    const previous = previousByKey.get(earlierKey);
    const earlierDefinitions = [
      ...(historyOf(earlier.history, earlierKey) ?? []).map((entry) => entry.definition),
      ...(previous ? [definitionOf(previous)] : []),
    ];
    const changed =
      earlierDefinitions.length > 0 &&
      !earlierDefinitions.some((definition) => sameDefinition(definition, planned.definition));
    unreferenced.set(planned.key, changed ? 'changed' : 'new');
  }
  const deterministic = new Set(keys.filter((k) => k.deterministic).map((k) => k.key));
  const count = countComparisons(
    keys.map((planned) => ({
      againstHistoryOrPrevious: references.has(planned.key),
      againstBaseline: baselines.has(planned.key),
      deterministic: deterministic.has(planned.key),
    })),
  );
  return {
    level: comparisonLevel(runAlpha, count),
    comparisons: count,
    referenceFor: (key) => references.get(key),
    baselineFor: (key) => baselines.get(key),
    deterministic: (key) => deterministic.has(key),
    unreferenced: (key) => unreferenced.get(key),
  };
}

/**
 * A key compared with its baseline (a model switch, or the base revision run side by side) does not also spend α on a
 * history or previous run too small to catch the drop the gate promises (src/verdict/power.ts): two comparisons would
 * halve the level of the one that can decide. Judged at the level of the run with every reference counted, the same
 * in the runner and in compare.
 */
function dropWeakReferences(
  keys: readonly PlannedKey[],
  references: Map<string, Reference>,
  baselines: ReadonlyMap<string, string>,
  runAlpha: number,
): void {
  const all = countComparisons(
    keys.map((planned) => ({
      againstHistoryOrPrevious: references.has(planned.key),
      againstBaseline: baselines.has(planned.key),
      deterministic: planned.deterministic === true,
    })),
  );
  const level = comparisonLevel(runAlpha, all);
  for (const planned of keys) {
    const reference = references.get(planned.key);
    if (!reference || !baselines.has(planned.key) || planned.runs === undefined || planned.deterministic) continue;
    const power = detectability({
      referenceTrials: reference.counts.trials,
      planned: planned.runs,
      alpha: level.value,
    });
    if (!power.sufficient) references.delete(planned.key);
  }
}

/** The plan's keys from a results file's tests (what compare and `rehearse compare` see). */
export function plannedKeysOf(tests: readonly TestSummary[]): PlannedKey[] {
  return tests.map((test) => ({
    key: test.key,
    testId: test.testId,
    variant: test.variant,
    definition: definitionOf(test),
    runs: test.runs,
    ...(test.deterministic ? { deterministic: true } : {}),
  }));
}

/**
 * The plan's keys from the planned trials (what the runner knows before the first trial). `deterministic`:
 * the keys the suite declares deterministic.
 */
export function plannedKeysOfTrials(
  trials: readonly Trial[],
  deterministic: (trial: Trial) => boolean = () => false,
): PlannedKey[] {
  const byKey = new Map<string, PlannedKey>();
  for (const trial of trials) {
    if (byKey.has(trial.key)) continue;
    byKey.set(trial.key, {
      key: trial.key,
      testId: trial.testId,
      variant: trial.variant,
      definition: definitionOf(
        trial.kind === 'conversation' ? trial : { ...(trial.versions ? { versions: trial.versions } : {}) },
      ),
      runs: trial.runs,
      ...(deterministic(trial) ? { deterministic: true } : {}),
    });
  }
  return [...byKey.values()];
}

/** Whether a plan compares variants, and with which baseline (what a comparison plan request needs of it). */
export function variantsComparedIn(
  plan: Pick<Plan, 'variants' | 'baseline'>,
): Pick<ComparisonPlanRequest, 'variantsCompared' | 'baselineVariant'> {
  const baseline = planBaseline(plan);
  if (baseline === undefined || !plan.variants.includes(baseline) || plan.variants.length < 2)
    return { variantsCompared: false };
  return { variantsCompared: true, baselineVariant: baseline };
}

/** The plan's baseline variant: the one it names, else one called `baseline` (plans built without a suite). */
export function planBaseline(plan: Pick<Plan, 'variants' | 'baseline'>): string | undefined {
  return plan.baseline ?? (plan.variants.includes('baseline') ? 'baseline' : undefined);
}

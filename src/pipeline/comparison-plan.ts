/**
 * Which comparisons a run makes and at what level: the one place the runner
 * (before the first trial, to decide confirmation trials) and compare (after
 * the run, to read the verdicts) agree on. Each test key is compared with its
 * pooled history on the base branch (same definition version), else the
 * previous run (same definition); a candidate is also compared with the
 * baseline variant of the same run. Every comparison that can fail the gate
 * spends α: each is tested at runAlpha / m (Bonferroni), m counted here.
 */
import type { Results, TestSummary } from '../model/results.js';
import type { Trial } from '../plan/types.js';
import { definitionOf, historyOf, sameDefinition, type DefinitionVersion, type RunHistory } from '../model/history.js';
import {
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
  readonly variant: 'baseline' | 'candidate' | 'default';
  readonly definition: DefinitionVersion;
  /** Declared deterministic: a flip is a regression without statistics, and spends no α. */
  readonly deterministic?: boolean;
}

export interface ComparisonPlanRequest {
  readonly keys: readonly PlannedKey[];
  readonly earlier: EarlierRuns;
  /** Both variants run: each candidate is also compared with its baseline. */
  readonly variantsCompared: boolean;
  /** The gate's run-level α (`gate.alpha`). */
  readonly runAlpha: number;
}

export function comparisonPlan({ keys, earlier, variantsCompared, runAlpha }: ComparisonPlanRequest): ComparisonPlan {
  const previousByKey = new Map((earlier.previous?.tests ?? []).map((test) => [test.key, test]));
  const references = new Map<string, Reference>();
  for (const planned of keys) {
    const previous = previousByKey.get(planned.key);
    const reference = chooseReference(
      historyOf(earlier.history, planned.key),
      planned.definition,
      previous ? { counts: plannedCounts(previous), definition: definitionOf(previous) } : undefined,
    );
    if (reference) references.set(planned.key, reference);
  }
  const baselines = new Map<string, string>();
  if (variantsCompared) {
    const baselineKeys = new Map(keys.filter((k) => k.variant === 'baseline').map((k) => [k.testId, k.key]));
    for (const planned of keys) {
      const baseline = baselineKeys.get(planned.testId);
      if (planned.variant === 'candidate' && baseline) baselines.set(planned.key, baseline);
    }
  }
  const unreferenced = new Map<string, Unreferenced>();
  for (const planned of keys) {
    if (references.has(planned.key) || baselines.has(planned.key)) continue;
    const previous = previousByKey.get(planned.key);
    const earlierDefinitions = [
      ...(historyOf(earlier.history, planned.key) ?? []).map((entry) => entry.definition),
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

/** The plan's keys from a results file's tests (what compare and `rehearse compare` see). */
export function plannedKeysOf(tests: readonly TestSummary[]): PlannedKey[] {
  return tests.map((test) => ({
    key: test.key,
    testId: test.testId,
    variant: test.variant,
    definition: definitionOf(test),
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
      ...(deterministic(trial) ? { deterministic: true } : {}),
    });
  }
  return [...byKey.values()];
}

/**
 * Compare a run with what came before (its pooled history on the base branch,
 * else the previous run) or two variants of one run (baseline → candidate)
 * over stable test keys. Pure functions.
 *
 * Every comparison is decided at the per-comparison level of the run's plan
 * (run α / comparisons): a drop fails the gate only once confirmed (see
 * classify.ts); a single-trial flip is only suspected until confirmation
 * trials or a `deterministic` declaration settle it. `flaky` means unstable
 * across the history, never "a change that was not significant".
 */
import { isBaseSideRun, referenceKeyOf } from '../model/base-side.js';
import { definitionOf, historyOf } from '../model/history.js';
import { baselineVariantOf, comparedVariantsOf, type Results, type TestSummary } from '../model/results.js';
import { totals } from '../aggregate/index.js';
import {
  chooseReference,
  DEFAULT_CONFIRMATION,
  type ConfirmationSettings,
  comparisonLevel,
  plannedCounts,
  type ComparisonLevel,
  type ComparisonPlan,
} from '../verdict/index.js';
import { changedDefinition, classifyPair, unmatched, type PairContext } from './classify.js';
import { totalsDelta } from './totals.js';
import { agentChanges } from './agent-changes.js';
import {
  CHANGE_CATEGORIES,
  type ChangeCategory,
  type ComparedSide,
  type CompareOptions,
  type Comparison,
  type TestChange,
} from './types.js';
import { totalsOfVariant } from './variant-totals.js';

export * from './types.js';
export { fisherOneSided, logFactorial } from '../verdict/fisher-float.js';
export { comparisonJson, comparisonPayload } from './json.js';
export { agentChanges, type AgentChange } from './agent-changes.js';
export * from './sections.js';

export const DEFAULT_ALPHA = 0.05;

const PRIORITY_ORDER: Record<TestSummary['priority'], number> = { critical: 0, high: 1, normal: 2, low: 3 };

function methodOf(alpha: number, level: ComparisonLevel): Comparison['method'] {
  const each = level.comparisons === 1 ? `α = ${alpha}` : `α = ${alpha} / ${level.comparisons} comparisons`;
  return {
    test: 'one-sided Fisher exact test',
    alpha,
    comparisonAlpha: level.value,
    comparisons: level.comparisons,
    description:
      `Each test is compared with its pooled history on the base branch (else the previous run) and a candidate ` +
      `with its baseline, by a one-sided Fisher exact test at ${each}. A drop is a regression only when ` +
      'confirmation trials confirm it; a drop the run could not confirm is listed as suspected, one it could not ' +
      'confirm as not confirmed. Flaky: unstable across the history (pooled pass rate strictly between 5% and 95%).',
  };
}

/** The level of a comparison made outside a run's plan: one comparison at the run's α. */
function levelOf(alpha: number, plan: ComparisonPlan | undefined): ComparisonLevel {
  return plan?.level ?? comparisonLevel(alpha, 1);
}

function validAlpha(alpha: number | undefined): number {
  const value = alpha ?? DEFAULT_ALPHA;
  if (!(value > 0 && value < 1)) throw new RangeError(`alpha must be between 0 and 1 (exclusive), got ${value}`);
  return value;
}

function sortChanges(changes: TestChange[]): TestChange[] {
  const rank = (category: ChangeCategory): number => CHANGE_CATEGORIES.indexOf(category);
  return changes.sort(
    (x, y) =>
      rank(x.category) - rank(y.category) ||
      PRIORITY_ORDER[x.test.priority] - PRIORITY_ORDER[y.test.priority] ||
      (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
  );
}

function countByCategory(changes: readonly TestChange[]): Record<ChangeCategory, number> {
  const counts = Object.fromEntries(CHANGE_CATEGORIES.map((category) => [category, 0])) as Record<
    ChangeCategory,
    number
  >;
  for (const change of changes) counts[change.category] += 1;
  return counts;
}

/**
 * Match `before` and `after` tests by `matchKey` (`matchBefore` for the before side, when it differs); everything
 * unmatched is new or removed.
 */
function compareTests(
  before: readonly TestSummary[],
  after: readonly TestSummary[],
  matchKey: (test: TestSummary) => string,
  contextOf: (previous: TestSummary, test: TestSummary) => PairContext,
  matchBefore: (test: TestSummary) => string = matchKey,
): TestChange[] {
  const beforeByKey = new Map(before.map((test) => [matchBefore(test), test]));
  const afterKeys = new Set<string>();
  const changes: TestChange[] = [];
  for (const test of after) {
    const key = matchKey(test);
    afterKeys.add(key);
    const previous = beforeByKey.get(key);
    changes.push(previous ? classifyPair(previous, test, contextOf(previous, test)) : unmatched(test, 'new'));
  }
  for (const test of before) if (!afterKeys.has(matchBefore(test))) changes.push(unmatched(test, 'removed'));
  return sortChanges(changes);
}

function sideOf(results: Results, label: string, detail?: string): ComparedSide {
  return {
    label,
    runId: results.runId,
    status: results.status,
    startedAt: results.startedAt,
    ...(results.git.sha === undefined ? {} : { sha: results.git.sha }),
    ...(results.git.ref === undefined ? {} : { ref: results.git.ref }),
    ...(detail === undefined ? {} : { detail }),
    ...settingsOf(results),
  };
}

function settingsOf(results: Results): Pick<ComparedSide, 'settings'> {
  const recorded = results.variants.filter((variant) => variant.settings !== undefined);
  if (recorded.length === 0) return {};
  return { settings: Object.fromEntries(recorded.map((variant) => [variant.id, variant.settings!])) };
}

/**
 * The confirmation allowance the run was given (its suite's `run.confirmation`), so compare tests the same full
 * sample the runner filled; the defaults for runs that record none.
 */
function confirmationSettingsOf(results: Results): ConfirmationSettings {
  const recorded = results.confirmation;
  if (!recorded) return DEFAULT_CONFIRMATION;
  return { ...DEFAULT_CONFIRMATION, maxExtra: recorded.maxExtra, maxExtraPaired: recorded.maxExtraPaired };
}

/**
 * A run's tests as they meet earlier runs, each with the key its earlier runs are recorded under: in a run against
 * the base revision, the candidates under `testId@default` and without the base side (src/model/base-side.ts).
 */
function earlierKeyed(results: Results): { tests: TestSummary[]; keyOf: (test: TestSummary) => string } {
  const baseSide = isBaseSideRun(results);
  const keyOf = (test: TestSummary) => referenceKeyOf(test.key, baseSide) ?? test.key;
  return { tests: results.tests.filter((test) => referenceKeyOf(test.key, baseSide) !== undefined), keyOf };
}

/** The stored previous run against this run, key by key (`testId@variant`). */
export function compareRuns(previous: Results, current: Results, options: CompareOptions = {}): Comparison {
  const alpha = validAlpha(options.alpha);
  const level = levelOf(alpha, options.plan);
  const history = options.history ?? {};
  const before = earlierKeyed(previous);
  const after = earlierKeyed(current);
  const contextOf = (was: TestSummary, now: TestSummary): PairContext => {
    const earlierKey = after.keyOf(now);
    const reference = options.plan
      ? options.plan.referenceFor(now.key)
      : chooseReference(historyOf(history, earlierKey), definitionOf(now), {
          counts: plannedCounts(was),
          definition: definitionOf(was),
        });
    // Nothing comparable before (new identity): held to its threshold, never compared with its old self.
    const unreferenced =
      !reference && changedDefinition(was, now).length > 0
        ? (options.plan?.unreferenced(now.key) ?? 'changed')
        : undefined;
    // The plan left this key's earlier reference out: too small to decide beside the baseline it is compared with.
    const baselineOnly = !reference && !unreferenced && options.plan?.baselineFor(now.key) !== undefined;
    return {
      alpha: level.alpha,
      settings: confirmationSettingsOf(current),
      ...(reference ? { reference } : {}),
      ...(unreferenced ? { unreferenced } : {}),
      ...(baselineOnly ? { baselineOnly: true } : {}),
      ...(options.plan?.deterministic(now.key) || now.deterministic ? { deterministic: true } : {}),
      ...(historyOf(history, earlierKey) ? { history: historyOf(history, earlierKey)! } : {}),
    };
  };
  const changes = compareTests(before.tests, after.tests, after.keyOf, contextOf, before.keyOf);
  return {
    kind: 'runs',
    before: sideOf(previous, 'previous run'),
    after: sideOf(current, 'current run'),
    method: methodOf(alpha, level),
    changes,
    counts: countByCategory(changes),
    totals: totalsDelta(previous.totals, current.totals),
    failureCategories: { before: previous.totals.failureCategories, after: current.totals.failureCategories },
    agentChanges: agentChanges(previous.variants, current.variants),
  };
}

function variantDetail(results: Results, id: string): string | undefined {
  const variant = results.variants.find((v) => v.id === id);
  if (!variant) return undefined;
  const agent = variant.model ? `${variant.agent} · ${variant.model}` : variant.agent;
  // Against the base revision both sides may run the same agent id: which revision is what tells them apart.
  return isBaseSideRun(results) && variant.description ? `${variant.description} · ${agent}` : agent;
}

/**
 * Each variant against the run's baseline, matched by test id; undefined unless the baseline and another variant
 * ran. With one other variant (baseline → candidate) that pair is the comparison; with more, every pair's changes
 * are listed together (each under its own `testId@variant` key) and `byVariant` holds the pairs one by one.
 */
export function compareVariants(results: Results, options: CompareOptions = {}): Comparison | undefined {
  const pairs = comparedVariantsOf(results)
    .map((variant) => compareVariantPair(results, variant, options))
    .filter((pair): pair is Comparison => pair !== undefined);
  if (pairs.length <= 1) return pairs[0];
  return mergedPairs(results, pairs);
}

/** The baseline against one other variant of the run, matched by test id. */
function compareVariantPair(results: Results, variant: string, options: CompareOptions): Comparison | undefined {
  const baselineId = baselineVariantOf(results)!;
  const baseline = results.tests.filter((test) => test.variant === baselineId);
  const baseSide = isBaseSideRun(results);
  // Against the base revision, a test whose history sufficed ran no base side: it has nothing here to compare.
  const baselineIds = new Set(baseline.map((test) => test.testId));
  const candidate = results.tests.filter(
    (test) => test.variant === variant && (!baseSide || baselineIds.has(test.testId)),
  );
  if (baseline.length === 0 || candidate.length === 0) return undefined;
  const alpha = validAlpha(options.alpha);
  const level = levelOf(alpha, options.plan);
  const history = options.history ?? {};
  const contextOf = (_before: TestSummary, after: TestSummary): PairContext => {
    const earlierKey = referenceKeyOf(after.key, baseSide) ?? after.key;
    return {
      alpha: level.alpha,
      settings: confirmationSettingsOf(results),
      paired: true,
      trackDefinition: false,
      ...(options.plan?.deterministic(after.key) || after.deterministic ? { deterministic: true } : {}),
      ...(historyOf(history, earlierKey) ? { history: historyOf(history, earlierKey)! } : {}),
    };
  };
  const changes = compareTests(baseline, candidate, (test) => test.testId, contextOf);
  const beforeTotals = totalsOfVariant(results, baselineId);
  const afterTotals = totalsOfVariant(results, variant);
  return {
    kind: 'variants',
    before: sideOf(results, baselineId, variantDetail(results, baselineId)),
    after: sideOf(results, variant, variantDetail(results, variant)),
    method: methodOf(alpha, level),
    changes,
    counts: countByCategory(changes),
    totals: totalsDelta(beforeTotals, afterTotals),
    failureCategories: { before: beforeTotals.failureCategories, after: afterTotals.failureCategories },
  };
}

/**
 * Several pairs as one comparison: every change (keys differ by variant; "only in baseline" once per pair is
 * kept once), counts over all of them, and the baseline against every other variant's trials pooled for totals.
 */
function mergedPairs(results: Results, pairs: readonly Comparison[]): Comparison {
  const seenRemoved = new Set<string>();
  const changes = sortChanges(
    pairs.flatMap((pair) =>
      pair.changes.filter((change) => {
        if (change.category !== 'removed') return true;
        if (seenRemoved.has(change.key)) return false;
        seenRemoved.add(change.key);
        return true;
      }),
    ),
  );
  const first = pairs[0]!;
  const variants = pairs.map((pair) => pair.after.label);
  const pooled = totals({
    tests: results.tests.filter((test) => variants.includes(test.variant)),
    trials: results.trials.filter((trial) => variants.includes(trial.variant)),
    durationMs: results.totals.durationMs,
  });
  const beforeTotals = totalsOfVariant(results, first.before.label);
  return {
    ...first,
    after: { ...first.after, label: variants.join(', '), detail: `${variants.length} variants` },
    changes,
    counts: countByCategory(changes),
    totals: totalsDelta(beforeTotals, pooled),
    failureCategories: { before: beforeTotals.failureCategories, after: pooled.failureCategories },
    byVariant: pairs,
  };
}

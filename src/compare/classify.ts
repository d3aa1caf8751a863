/**
 * Put one test key in a category, from its counts on both sides and the
 * run's comparison plan. Pure: the statistics live in src/verdict, the
 * run-level work in index.ts.
 *
 * A drop is a `regression` only when the exact test on the full confirmation
 * sample rejects at the per-comparison level (decideDrop, the same decision the
 * runner takes between batches); a drop the run could not confirm is
 * `suspected`, one it tried and did not confirm is `not_confirmed`. A rise at
 * the same level is a `fix`.
 */
import {
  agentChanged,
  definitionChanges,
  definitionOf,
  stabilityOf,
  type HistoryEntry,
  type Stability,
} from '../model/history.js';
import type { TestSummary } from '../model/results.js';
import { plural } from '../util/plural.js';
import {
  decideDrop,
  DEFAULT_CONFIRMATION,
  sampleOf,
  settingsFor,
  type ConfirmationSettings,
  type Sample,
  type Unreferenced,
  dropPValue,
  firstCounts,
  fullSample,
  isBelow,
  observedDrop,
  referencePool,
  type Counts,
  type Rational,
  type Reference,
} from '../verdict/index.js';
import type { ChangeCategory, DefinitionPart, ReferenceEvidence, SideStats, TestChange } from './types.js';

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

/**
 * The parts of the test's identity whose version differs; a version absent
 * on either side (older files) is unknown, not changed.
 */
export function changedDefinition(before: TestSummary, after: TestSummary): DefinitionPart[] {
  const was = definitionOf(before);
  const now = definitionOf(after);
  return definitionChanges(was, now).filter((part) => was[part] !== undefined && now[part] !== undefined);
}

function noOutcomeNote(side: 'before' | 'after', test: TestSummary): string {
  if (test.verdict === 'not_run') return `not run ${side === 'before' ? 'before' : 'now'}`;
  const parts = [test.errors ? plural(test.errors, 'error') : '', test.invalid ? `${test.invalid} invalid` : '']
    .filter(Boolean)
    .join(', ');
  return `no pass/fail trial ${side === 'before' ? 'before' : 'now'}${parts ? ` (${parts})` : ''}`;
}

/** How one key is compared: the level, and the reference when the plan has one. */
export interface PairContext {
  readonly alpha: Rational;
  /** The run's confirmation allowance: which full sample a drop is decided on. */
  readonly settings?: ConfirmationSettings;
  /** The plan's reference (history or previous run); absent: the `before` test's planned trials are the reference. */
  readonly reference?: Reference;
  /** `before` is the baseline variant of this run: it took confirmation trials too. */
  readonly paired?: boolean;
  readonly deterministic?: boolean;
  /** The key's history on the base branch: the flaky label. */
  readonly history?: readonly HistoryEntry[];
  /** Track definition changes (off for baseline vs candidate: their agents differ by design). */
  readonly trackDefinition?: boolean;
  /** The plan has nothing to compare this key with: it is new or changed, and held to its own threshold. */
  readonly unreferenced?: Unreferenced;
  /**
   * The plan compares this key with its baseline only: its earlier runs are too small a reference to decide
   * (src/pipeline/comparison-plan.ts), so they spend no α and decide nothing here.
   */
  readonly baselineOnly?: boolean;
}

interface Classified {
  readonly category: ChangeCategory;
  readonly pValue?: number;
  readonly note?: string;
  readonly reference?: ReferenceEvidence;
  readonly planned?: Counts;
  readonly confirmed?: Counts;
  readonly stability?: Stability;
}

function stabilityFor(after: TestSummary, history: readonly HistoryEntry[] | undefined): Stability | undefined {
  if (!history || history.length === 0) return undefined;
  return stabilityOf(referencePool(history, definitionOf(after)));
}

function steady(after: TestSummary, stability: Stability | undefined): ChangeCategory {
  if (stability === 'flaky') return 'flaky';
  return after.verdict === 'pass' ? 'still_passing' : 'still_failing';
}

/** The reference the drop test reads: the plan's, the baseline's first trials, or the previous run's planned ones. */
function settingsOf(ctx: PairContext): ConfirmationSettings {
  return ctx.settings ?? DEFAULT_CONFIRMATION;
}

/**
 * A results file's test read as the runner read it (src/verdict/sample.ts): its pass/fail trials only, no
 * confirmation for a key that errored. Files without `outcomes` ran exactly their plan: all their counts.
 */
function sampleFor(test: TestSummary, settings: ConfirmationSettings): Sample {
  if (test.outcomes !== undefined) return sampleOf(test.outcomes, test.runs, settings);
  const trials = test.passes + test.failures;
  return {
    planned: trials,
    broken: false,
    settings,
    counts: (limit = Infinity) =>
      limit >= trials ? { passes: test.passes, trials } : firstCounts(test, Math.min(limit, test.runs)),
  };
}

function referenceOf(before: TestSummary, ctx: PairContext, broken: boolean): Reference {
  if (ctx.paired) {
    const sample = sampleFor(before, settingsFor(settingsOf(ctx), broken));
    const extendable: Reference = {
      counts: { passes: 0, trials: 0 },
      source: 'baseline',
      extendablePlanned: Math.max(1, sample.planned),
    };
    const limit = fullSample({ planned: 1, reference: extendable, settings: sample.settings }).reference;
    return { ...extendable, counts: sample.counts(limit) };
  }
  if (ctx.reference) return ctx.reference;
  const sample = sampleFor(before, settingsOf(ctx));
  return { counts: sample.counts(sample.planned), source: 'previous' };
}

function classifyCounts(before: TestSummary, after: TestSummary, ctx: PairContext): Classified {
  const stability = stabilityFor(after, ctx.history);
  const withStability = stability === undefined ? {} : { stability };
  if (ctx.unreferenced) return { category: ctx.unreferenced, ...withStability };
  if (ctx.baselineOnly) {
    const trials = before.passes + before.failures;
    // Passing: nothing to say. Failing: no verdict of this comparison ("still failing" would say it failed before).
    return {
      category: after.verdict === 'pass' ? steady(after, stability) : 'invalid',
      note: `compared with its baseline only: ${trials} earlier trial${trials === 1 ? '' : 's'} cannot decide`,
      ...withStability,
    };
  }
  if (before.passes + before.failures === 0 && !ctx.reference) {
    return { category: 'invalid', note: noOutcomeNote('before', before) };
  }
  const beforeBroken = ctx.paired === true && sampleFor(before, settingsOf(ctx)).broken;
  const sample = sampleFor(after, settingsFor(settingsOf(ctx), beforeBroken));
  const planned = sample.counts(sample.planned);
  if (planned.trials === 0) return { category: 'invalid', note: noOutcomeNote('after', after) };
  const reference = referenceOf(before, ctx, sample.broken);
  if (reference.counts.trials === 0) return { category: 'invalid', note: noOutcomeNote('before', before) };
  const settings = sample.settings;
  const current = sample.counts(fullSample({ planned: planned.trials, reference, settings }).current);
  const evidence = {
    reference: {
      source: reference.source,
      passes: reference.counts.passes,
      trials: reference.counts.trials,
      ...(reference.source === 'history' ? { runs: referencePool(ctx.history ?? [], definitionOf(after)).runs } : {}),
    },
    planned,
    ...(current.trials > planned.trials ? { confirmed: current } : {}),
    ...withStability,
  };
  const decision = decideDrop({
    reference,
    current,
    planned: planned.trials,
    alpha: ctx.alpha,
    settings,
    ...(ctx.deterministic ? { deterministic: true } : {}),
  });
  const pDrop = observedDrop(reference.counts, current) ? dropPValue(reference.counts, current).value : undefined;
  const withP = pDrop === undefined ? {} : { pValue: pDrop };
  if (decision.status === 'more') return { category: 'suspected', ...withP, ...evidence };
  if (decision.outcome === 'regression-confirmed') return { category: 'regression', ...withP, ...evidence };
  // Not confirmed only when its planned trials dropped (what makes a drop suspected): extra trials run for another
  // reason (the threshold, the baseline side) leave a steady test steady — 3/5 → 3/5 is no drop, whatever the
  // trials added for its baseline comparison read against this reference.
  if (decision.outcome === 'not-confirmed' && observedDrop(reference.counts, planned)) {
    return { category: 'not_confirmed', ...withP, ...evidence };
  }
  // A single-trial flip with nothing to confirm it: rerun before it can fail the gate.
  if (planned.trials === 1 && current.trials === 1 && observedDrop(reference.counts, current)) {
    return { category: 'suspected', ...withP, ...evidence };
  }
  if (observedDrop(current, reference.counts)) {
    const rise = dropPValue(current, reference.counts);
    const singleFlip = reference.counts.trials === 1 && current.trials === 1;
    if (singleFlip || isBelow(rise, ctx.alpha)) {
      return { category: 'fix', ...(singleFlip ? {} : { pValue: rise.value }), ...evidence };
    }
    return { category: steady(after, stability), pValue: rise.value, ...evidence };
  }
  return { category: steady(after, stability), ...withP, ...evidence };
}

export function classifyPair(before: TestSummary, after: TestSummary, ctx: PairContext): TestChange {
  const classified = classifyCounts(before, after, ctx);
  return {
    key: after.key,
    testId: after.testId,
    test: after,
    before: sideStats(before),
    after: sideStats(after),
    changedDefinition: ctx.trackDefinition === false ? [] : changedDefinition(before, after),
    ...(ctx.trackDefinition !== false && agentChanged(definitionOf(before), definitionOf(after))
      ? { agentChanged: true }
      : {}),
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

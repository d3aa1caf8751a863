/**
 * Flow 2: a run's results + what is known of earlier runs → comparisons
 * (previous vs current, baseline vs candidate) → gate decision → report input.
 * Pure: the callers read the files or download the artifacts, and render,
 * post or print what comes back.
 */
import { compareRuns, compareVariants, type Comparison } from '../compare/index.js';
import { evaluateGate, type GateDecision } from '../gate/index.js';
import { rollForwardRun, type RunHistory } from '../model/history.js';
import { comparisonPlan, plannedKeysOf, type ComparisonPlan, type EarlierRuns } from './comparison-plan.js';
import { historyEntriesOf } from './history-entries.js';
import { baselineVariantOf, comparedVariantsOf, type Results } from '../model/results.js';
import type { ReportInput } from '../report/types.js';
import { resolveGateSettings, type GateSources, type ResolvedGate } from './gate-settings.js';

export type { EarlierRuns } from './comparison-plan.js';

export interface EvaluationRequest {
  readonly results: Results;
  readonly earlier?: EarlierRuns;
  /** The suite's gate, the recorded one and the overrides: resolved here, once. */
  readonly gate?: Omit<GateSources, 'recorded'>;
  /**
   * This run is on the base branch (a push or schedule on the default branch, or a local `rehearse run`):
   * its planned trials join the history its results carry. false (a pull request): the history is carried unchanged.
   */
  readonly rollHistory?: boolean;
  /**
   * Where a test's reference is too small to catch the drop the gate promises and no base side ran beside it: the one
   * line that says so (src/pipeline/reference-note.ts). It travels with the gate's notes, so every output names the
   * smallest drop the reference can detect.
   */
  readonly referenceNote?: string;
  /** Runs kept per test key (the suite's `gate.history`, default 10). */
  readonly historyLength?: number;
}

export interface RunComparisons {
  /** The previous run against this one, when there is a previous run. */
  readonly previous?: Comparison;
  /** Each variant against the baseline, when more than one variant ran (`byVariant`: each pair, when several). */
  readonly variants?: Comparison;
}

export interface Evaluation {
  /** The results with the gate they were judged by recorded in them (`gate`), for whoever reads them next. */
  readonly results: Results;
  readonly gateSettings: ResolvedGate;
  readonly comparisons: RunComparisons;
  readonly gate: GateDecision;
  /** Everything the renderers need but the links, which only the action knows. */
  readonly report: ReportInput;
}

export function evaluateRun(request: EvaluationRequest): Evaluation {
  const { results: produced, earlier = {}, gate: sources = {} } = request;
  const gateSettings = resolveGateSettings({ ...sources, ...(produced.gate ? { recorded: produced.gate } : {}) });
  const history = earlier.history ?? earlier.previous?.history;
  const withHistory: EarlierRuns = history ? { ...earlier, history } : earlier;
  const plan = comparisonPlan({
    keys: plannedKeysOf(produced.tests),
    earlier: withHistory,
    variantsCompared: comparedVariantsOf(produced).length > 0,
    ...baselineOf(produced),
    runAlpha: gateSettings.settings.alpha,
    ...(produced.baseSide ? { baseSide: true } : {}),
  });
  const settings = {
    ...gateSettings.settings,
    comparisons: plan.comparisons,
    comparisonAlpha: plan.level.value,
  };
  const judged: Results = {
    ...produced,
    gate: settings,
    ...nextHistory(produced, history, request),
  };
  const comparisons = compareAll(judged, withHistory, settings.alpha, plan);
  const gate = evaluateGate({
    results: judged,
    comparisons: [comparisons.previous, comparisons.variants].filter((c): c is Comparison => c !== undefined),
    minPassRate: settings.minPassRate,
    failOn: settings.failOn,
    unreferenced: (key) => plan.unreferenced(key),
    ...(request.referenceNote ? { extraNotes: [request.referenceNote] } : {}),
  });
  // The decision travels with the results too, so `rehearse runs` can list it.
  const results: Results = { ...judged, gate: { ...settings, passed: gate.passed, summary: gate.summary } };
  const report: ReportInput = {
    results,
    ...comparisons,
    gate,
    ...(earlier.note !== undefined ? { previousRunNote: earlier.note } : {}),
  };
  return { results, gateSettings, comparisons, gate, report };
}

function baselineOf(results: Results): { baselineVariant?: string } {
  const baseline = baselineVariantOf(results);
  return baseline === undefined ? {} : { baselineVariant: baseline };
}

/**
 * The history this run's results carry: a base-branch run rolls it forward with its own planned trials;
 * any other run (a pull request) carries it unchanged, so the next base run still sees the same history.
 */
function nextHistory(
  results: Results,
  history: RunHistory | undefined,
  request: EvaluationRequest,
): Pick<Results, 'history'> {
  // A run against the base revision is a pull request's or a local check: never a base-branch run.
  if (!request.rollHistory || results.baseSide) {
    const carried = results.history ?? history;
    return carried ? { history: carried } : {};
  }
  return { history: rollForwardRun(history ?? {}, historyEntriesOf(results), request.historyLength) };
}

/** Every comparison at the plan's per-comparison level (run α / comparisons). */
function compareAll(results: Results, earlier: EarlierRuns, alpha: number, plan: ComparisonPlan): RunComparisons {
  const options = { alpha, plan, ...(earlier.history ? { history: earlier.history } : {}) };
  const variants = compareVariants(results, options);
  return {
    ...(earlier.previous ? { previous: compareRuns(earlier.previous, results, options) } : {}),
    ...(variants ? { variants } : {}),
  };
}

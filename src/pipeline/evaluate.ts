/**
 * Flow 2: a run's results + what is known of earlier runs → comparisons
 * (previous vs current, baseline vs candidate) → gate decision → report input.
 * Pure: the callers read the files or download the artifacts, and render,
 * post or print what comes back.
 */
import { compareRuns, compareVariants, type Comparison } from '../compare/index.js';
import { evaluateGate, type GateDecision } from '../gate/index.js';
import type { EarlierRuns } from './comparison-plan.js';
import type { Results } from '../model/results.js';
import type { ReportInput } from '../report/types.js';
import { resolveGateSettings, type GateSources, type ResolvedGate } from './gate-settings.js';

export type { EarlierRuns } from './comparison-plan.js';

export interface EvaluationRequest {
  readonly results: Results;
  readonly earlier?: EarlierRuns;
  /** The suite's gate, the recorded one and the overrides: resolved here, once. */
  readonly gate?: Omit<GateSources, 'recorded'>;
}

export interface RunComparisons {
  /** The previous run against this one, when there is a previous run. */
  readonly previous?: Comparison;
  /** Baseline against candidate, when both variants ran. */
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

export function evaluateRun({ results: produced, earlier = {}, gate: sources = {} }: EvaluationRequest): Evaluation {
  const gateSettings = resolveGateSettings({ ...sources, ...(produced.gate ? { recorded: produced.gate } : {}) });
  const { settings } = gateSettings;
  const results: Results = { ...produced, gate: settings };
  const comparisons = compareAll(results, earlier, settings.alpha);
  const gate = evaluateGate({
    results,
    comparisons: [comparisons.previous, comparisons.variants].filter((c): c is Comparison => c !== undefined),
    minPassRate: settings.minPassRate,
    failOn: settings.failOn,
  });
  const report: ReportInput = {
    results,
    ...comparisons,
    gate,
    ...(earlier.note !== undefined ? { previousRunNote: earlier.note } : {}),
  };
  return { results, gateSettings, comparisons, gate, report };
}

/** Which comparisons are made, all at the one α. */
function compareAll(results: Results, earlier: EarlierRuns, alpha: number): RunComparisons {
  const variants = compareVariants(results, { alpha });
  return {
    ...(earlier.previous ? { previous: compareRuns(earlier.previous, results, { alpha }) } : {}),
    ...(variants ? { variants } : {}),
  };
}

/**
 * Why a test failed, across its trials: which criteria said no (and the
 * judge's reason), and the trial whose transcript best shows it.
 */
import type { MetricResult, Results, TestSummary, TrialResult } from '../model/results.js';

export type JudgedPart = NonNullable<MetricResult['parts']>[number];

export interface FailedCriterion {
  readonly id: string;
  readonly type: string;
  /** Trials in which this criterion failed, out of `trials`. */
  readonly failedIn: number;
  readonly trials: number;
  readonly score: number | null;
  readonly threshold: number;
  readonly reason: string;
  /** expected_outcome: the judge's per-part verdicts in the first failing trial (`reason` then leaves them out). */
  readonly parts?: readonly JudgedPart[];
}

/**
 * The judge's own reason, without the "not met: part (evidence)" suffixes the
 * metric folds into it for readers of the reason alone: shown next to the
 * parts, they would say it twice.
 */
/** "  ✓ met: confirms refund (Done)" lines for plain-text outputs (annotations, JUnit). */
export function partTextLines(parts: readonly JudgedPart[] | undefined): string[] {
  return (parts ?? []).map((part) => {
    const evidence = part.evidence ? ` (${part.evidence})` : '';
    return `  ${part.met ? '✓ met' : '✗ not met'}: ${part.part}${evidence}`;
  });
}

export function reasonBesideParts(metric: Pick<MetricResult, 'reason' | 'parts'>): string {
  let reason = metric.reason;
  for (const part of metric.parts ?? []) {
    if (!part.met) reason = reason.replace(`; not met: ${part.part} (${part.evidence})`, '');
  }
  return reason;
}

export interface FailureDetail {
  readonly criteria: FailedCriterion[];
  /** Trial-level reasons that are not a criterion (errors, timeouts, invalid simulator). */
  readonly trialReasons: string[];
  /** The first failing (or erroring) trial: its transcript is the excerpt. */
  readonly exemplar?: TrialResult;
}

export type TrialIndex = ReadonlyMap<string, readonly TrialResult[]>;

export function indexTrials(results: Results): TrialIndex {
  const byKey = new Map<string, TrialResult[]>();
  for (const trial of results.trials) {
    const list = byKey.get(trial.key);
    if (list) list.push(trial);
    else byKey.set(trial.key, [trial]);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.index - b.index);
  return byKey;
}

const isBad = (trial: TrialResult): boolean =>
  trial.status === 'fail' || trial.status === 'error' || trial.status === 'invalid';

/** The parts shown for a criterion: the first failing trial's, unless the metric errored. */
function partsOf(seen: FailedCriterion | undefined, metric: MetricResult): Pick<FailedCriterion, 'parts'> {
  if (seen) return seen.parts ? { parts: seen.parts } : {};
  return metric.parts?.length && metric.error === undefined ? { parts: metric.parts } : {};
}

export function failureDetail(test: TestSummary, trials: TrialIndex): FailureDetail {
  const all = trials.get(test.key) ?? [];
  const bad = all.filter(isBad);
  const byId = new Map<string, FailedCriterion>();
  for (const trial of bad) {
    for (const metric of trial.metrics) {
      if (metric.passed) continue;
      const seen = byId.get(metric.id);
      byId.set(metric.id, {
        id: metric.id,
        type: metric.type,
        failedIn: (seen?.failedIn ?? 0) + 1,
        trials: all.length,
        score: seen ? seen.score : metric.score,
        threshold: metric.threshold,
        reason: seen ? seen.reason : (metric.error ?? reasonBesideParts(metric)),
        ...partsOf(seen, metric),
      });
    }
  }
  const trialReasons = [
    ...new Set(
      bad
        .filter((trial) => trial.status !== 'fail' || trial.metrics.every((m) => m.passed))
        .flatMap((trial) => (trial.reason ? [trial.reason] : [])),
    ),
  ];
  return { criteria: [...byId.values()], trialReasons, ...(bad[0] ? { exemplar: bad[0] } : {}) };
}

/**
 * Why a test failed, across its trials: which criteria said no (and the
 * judge's reason), and the trial whose transcript best shows it.
 */
import type { Results, TestSummary, TrialResult } from '../model/results.js';

export interface FailedCriterion {
  readonly id: string;
  readonly type: string;
  /** Trials in which this criterion failed, out of `trials`. */
  readonly failedIn: number;
  readonly trials: number;
  readonly score: number | null;
  readonly threshold: number;
  readonly reason: string;
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

const isBad = (trial: TrialResult): boolean => trial.status === 'fail' || trial.status === 'error' || trial.status === 'invalid';

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
        reason: seen ? seen.reason : metric.error ?? metric.reason,
      });
    }
  }
  const trialReasons = [
    ...new Set(bad.filter((trial) => trial.status !== 'fail' || trial.metrics.every((m) => m.passed)).flatMap((trial) => (trial.reason ? [trial.reason] : []))),
  ];
  return { criteria: [...byId.values()], trialReasons, ...(bad[0] ? { exemplar: bad[0] } : {}) };
}

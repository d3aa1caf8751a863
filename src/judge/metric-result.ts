/** Small constructors shared by every metric, so each one states only its decision. */
import type { ResolvedCriterion } from '../plan/types.js';
import type { MetricResult } from '../model/results.js';

/** Deterministic metrics score 0 or 1 unless they say otherwise; 1 means "must fully hold". */
export const DEFAULT_THRESHOLD = 1;

export function thresholdOf(criterion: ResolvedCriterion, fallback = DEFAULT_THRESHOLD): number {
  return criterion.threshold ?? fallback;
}

export function scored(
  criterion: ResolvedCriterion,
  score: number,
  reason: string,
  fallbackThreshold = DEFAULT_THRESHOLD,
): MetricResult {
  const threshold = thresholdOf(criterion, fallbackThreshold);
  const clamped = Math.min(1, Math.max(0, score));
  return {
    id: criterion.id,
    type: criterion.type,
    baseline: criterion.baseline,
    passed: clamped >= threshold,
    score: clamped,
    threshold,
    reason,
  };
}

export function verdict(criterion: ResolvedCriterion, passed: boolean, reason: string): MetricResult {
  return scored(criterion, passed ? 1 : 0, reason);
}

/** The metric could not be computed: never a pass. */
export function metricError(
  criterion: ResolvedCriterion,
  error: string,
  fallbackThreshold = DEFAULT_THRESHOLD,
): MetricResult {
  return {
    id: criterion.id,
    type: criterion.type,
    baseline: criterion.baseline,
    passed: false,
    score: null,
    threshold: thresholdOf(criterion, fallbackThreshold),
    reason: error,
    error,
  };
}

/**
 * Threshold verdicts ("passes at least 80% of the time") that two runs of an
 * unchanged agent agree on. Over a fixed 5 trials, a test that passes 90% of
 * the time fails "4 of 5" in 8% of runs, so two runs disagree 15% of the
 * time. Here a test whose trials leave its verdict in doubt gets more trials:
 * a truncated sequential probability-ratio test (SPRT) between "comfortably
 * meets it" (θ + δ) and "clearly misses it" (θ − δ), the indifference zone.
 *
 *   LLR = s·ln(p₁/p₀) + f·ln((1 − p₁)/(1 − p₀))   (s passes, f failures)
 *
 * From the planned trials on: settle `pass` when LLR ≥ passBound, `fail` when
 * LLR ≤ −failBound, else run `batch` more, up to `maxExtra` extra trials; at
 * the cap, pass iff LLR ≥ capBound. The bounds are asymmetric on purpose: a
 * false fail blocks a deploy, so failing needs e³ ≈ 20:1 evidence while a
 * 5/5 start settles a pass. With θ = 0.8, δ = 0.1, 5 planned and 10 extra: a
 * p = 0.9 test fails 1.2% of runs (two runs disagree 2.3%) at 8.1 trials on
 * average; p = 1.0 stays at 5; p = 0.7 still fails 46% (today 47%).
 * Figures: bench/verdict.ts, case (e).
 *
 * θ = 1 ("every trial must pass") and θ = 0 are rules, not estimates: no confirmation.
 */
import { assertCounts, type Counts } from './fisher-exact.js';
import type { MoreTrials } from './confirm-drop.js';

export interface ThresholdSettings {
  /** Half-width δ of the indifference zone around the threshold. */
  readonly zone: number;
  readonly passBound: number;
  readonly failBound: number;
  readonly capBound: number;
  readonly maxExtra: number;
  readonly batch: number;
}

export const DEFAULT_THRESHOLD_SETTINGS: ThresholdSettings = {
  zone: 0.1,
  passBound: 0.6,
  failBound: 3,
  capBound: -2.25,
  maxExtra: 10,
  batch: 5,
};

export interface ThresholdInput {
  readonly current: Counts;
  readonly planned: number;
  /** The test's min pass rate θ. */
  readonly threshold: number;
  readonly settings?: ThresholdSettings;
}

export interface SettledThreshold {
  readonly status: 'settled';
  readonly outcome: 'pass' | 'fail';
  readonly reason: string;
  /** The log-likelihood ratio of θ + δ against θ − δ, as evidence for the reports. */
  readonly llr?: number;
}

export type ThresholdDecision = MoreTrials | SettledThreshold;

/** The zone [p₀, p₁], kept inside (0, 1) so a threshold near an end still has two hypotheses. */
export function indifferenceZone(threshold: number, zone: number): { readonly low: number; readonly high: number } {
  return { low: Math.max(threshold - zone, threshold / 2), high: Math.min(threshold + zone, (1 + threshold) / 2) };
}

export function logLikelihoodRatio(counts: Counts, threshold: number, zone: number): number {
  const { low, high } = indifferenceZone(threshold, zone);
  const failures = counts.trials - counts.passes;
  return counts.passes * Math.log(high / low) + failures * Math.log((1 - high) / (1 - low));
}

/** How many passes a run needs under the plain rule "rate ≥ θ" (the epsilon keeps 0.8 × 5 from demanding 5). */
function requiredPasses(trials: number, threshold: number): number {
  return Math.max(0, Math.ceil(threshold * trials - 1e-9));
}

function settled(outcome: 'pass' | 'fail', reason: string, llr?: number): SettledThreshold {
  return { status: 'settled', outcome, reason, ...(llr === undefined ? {} : { llr }) };
}

function plainRule(input: ThresholdInput): ThresholdDecision {
  const { current, planned, threshold } = input;
  const required = requiredPasses(planned, threshold);
  if (current.passes >= required) return settled('pass', `${current.passes} ≥ ${required} of ${planned} passed`);
  if (current.trials - current.passes > planned - required)
    return settled('fail', `more than ${planned - required} of ${planned} failed`);
  return { status: 'more', current: planned - current.trials, reference: 0, reason: 'planned trials' };
}

export function decideThreshold(input: ThresholdInput): ThresholdDecision {
  const { current, planned, threshold } = input;
  const settings = input.settings ?? DEFAULT_THRESHOLD_SETTINGS;
  assertCounts(current, 'current');
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`threshold must be between 0 and 1, got ${threshold}`);
  if (!Number.isInteger(planned) || planned < 1) {
    throw new RangeError(`planned trials must be a positive whole number, got ${planned}`);
  }
  if (threshold <= 0) return settled('pass', 'no minimum pass rate');
  if (threshold >= 1 || settings.maxExtra === 0) return plainRule(input);

  const llrAfter = (passes: number, trials: number) => logLikelihoodRatio({ passes, trials }, threshold, settings.zone);
  if (current.trials < planned) {
    // Curtailment: the planned trials are run unless their outcome can no longer change the first look.
    const missing = planned - current.trials;
    if (llrAfter(current.passes, planned) >= settings.passBound)
      return settled('pass', 'passes whatever the remaining planned trials do');
    if (llrAfter(current.passes + missing, planned) <= -settings.failBound)
      return settled('fail', 'fails whatever the remaining planned trials do');
    return { status: 'more', current: missing, reference: 0, reason: 'planned trials' };
  }
  const llr = llrAfter(current.passes, current.trials);
  const cap = planned + settings.maxExtra;
  if (llr >= settings.passBound)
    return settled('pass', `evidence for ≥ ${threshold} after ${current.trials} trials`, llr);
  if (llr <= -settings.failBound)
    return settled('fail', `evidence for < ${threshold} after ${current.trials} trials`, llr);
  if (current.trials >= cap) {
    return llr >= settings.capBound
      ? settled('pass', `not shown below ${threshold} after ${current.trials} trials`, llr)
      : settled('fail', `below ${threshold} after ${current.trials} trials`, llr);
  }
  return {
    status: 'more',
    current: Math.min(settings.batch, cap - current.trials),
    reference: 0,
    reason: 'verdict within noise of its threshold: confirming',
  };
}

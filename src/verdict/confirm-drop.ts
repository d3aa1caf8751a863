/**
 * Confirmation of a suspected drop, as a pure decision the runner calls
 * between batches of trials: given the counts so far, is the comparison
 * settled, or how many more trials does each side need?
 *
 * Why it keeps the promised false-fail rate without a sequential correction:
 * a regression is only ever declared on exactly `planned + maxExtra` current
 * trials (`planned + maxExtraPaired` on both sides when the reference is the
 * baseline variant of this run), by the exact test at the comparison's level
 * α. Every other branch stops for futility or settles "no drop". So the event
 * "declared a regression" is contained in "the fixed-size test on the full
 * sample rejects", whose probability under no change is ≤ α. Screening and
 * early futility stops only remove rejections; they never add one.
 *
 * The steps: run the planned trials (stopping early only if no outcome of the
 * rest could raise a suspicion); screen: suspected when the current rate is
 * lower and p < screenP; confirm in batches while the drop stays suspected and
 * α is still reachable; decide on the full sample. A single-trial test is the
 * same with planned = 1: a flip is rerun before it can fail the gate.
 */
import type { Counts } from './fisher-exact.js';
import { assertCounts } from './fisher-exact.js';
import { dropPValue, observedDrop } from './drop.js';
import { isBelow, type PValue } from './p-value.js';
import type { Rational } from './rational.js';

export interface ConfirmationSettings {
  /** Extra current trials a suspected drop against history or the previous run gets before its verdict. */
  readonly maxExtra: number;
  /**
   * Extra trials on EACH side when the reference is the baseline variant of this run: with no history,
   * 5 baseline trials say little, so both sides grow.
   */
  readonly maxExtraPaired: number;
  /** Trials asked for at a time once confirming, so a drop that evaporates stops early. */
  readonly batch: number;
  /** A drop is suspected (and confirmation continues) only while its one-sided p-value is below this. */
  readonly screenP: number;
  /**
   * The screen at the planned trials of a paired comparison (5 baseline vs 5 candidate trials say little):
   * more lenient, or the screen itself costs the power. Once confirming, `screenP` applies again.
   */
  readonly screenPPaired: number;
}

/** Tuned with bench/verdict.ts to meet the power targets at the least cost (figures there). */
export const DEFAULT_CONFIRMATION: ConfirmationSettings = {
  maxExtra: 20,
  maxExtraPaired: 25,
  batch: 5,
  screenP: 0.3,
  screenPPaired: 0.55,
};

export type ReferenceSource = 'history' | 'previous' | 'baseline';

export interface Reference {
  readonly counts: Counts;
  readonly source: ReferenceSource;
  /** Planned trials of a reference that can take more trials in this run (the baseline variant); absent when fixed. */
  readonly extendablePlanned?: number;
}

export interface DropInput {
  /**
   * Counts in trial order. When a side has more trials than this comparison's full sample (another
   * comparison or the threshold asked for them), pass the counts of its first `fullSample()` trials:
   * the verdict must be read from a sample whose size did not depend on this comparison's outcomes.
   */
  readonly reference?: Reference;
  readonly current: Counts;
  /** Planned trials of the current side (the test's run count). */
  readonly planned: number;
  /** The comparison's level, from comparisonLevel(). */
  readonly alpha: Rational;
  /** Declared deterministic: any drop after the planned trials is a regression, with no statistics. */
  readonly deterministic?: boolean;
  readonly settings?: ConfirmationSettings;
}

export type DropOutcome = 'no-reference' | 'no-drop' | 'regression-confirmed' | 'not-confirmed';

export interface MoreTrials {
  readonly status: 'more';
  /** Further trials wanted on the current side (0 or more). */
  readonly current: number;
  /** Further trials wanted on the reference side (only for an extendable reference). */
  readonly reference: number;
  readonly reason: string;
}

export interface SettledDrop {
  readonly status: 'settled';
  readonly outcome: DropOutcome;
  readonly reason: string;
  readonly pValue?: PValue;
}

export type DropDecision = MoreTrials | SettledDrop;

function settled(outcome: DropOutcome, reason: string, pValue?: PValue): SettledDrop {
  return { status: 'settled', outcome, reason, ...(pValue ? { pValue } : {}) };
}

function more(current: number, reference: number, reason: string): MoreTrials {
  return { status: 'more', current: Math.max(0, current), reference: Math.max(0, reference), reason };
}

function suspected(reference: Counts, current: Counts, screenP: number): boolean {
  return observedDrop(reference, current) && dropPValue(reference, current).value < screenP;
}

function assertPlan(planned: number, settings: ConfirmationSettings): void {
  if (!Number.isInteger(planned) || planned < 1)
    throw new RangeError(`planned trials must be a positive whole number, got ${planned}`);
  for (const name of ['maxExtra', 'maxExtraPaired'] as const) {
    const value = settings[name];
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
    }
  }
  if (!Number.isInteger(settings.batch) || settings.batch < 1) {
    throw new RangeError(`batch must be a positive whole number, got ${settings.batch}`);
  }
}

/** The fixed sample a regression is decided on: current trials, and reference trials when the reference grows too. */
export function fullSample(input: Pick<DropInput, 'planned' | 'reference' | 'settings'>): {
  readonly current: number;
  readonly reference?: number;
} {
  const settings = input.settings ?? DEFAULT_CONFIRMATION;
  const refPlanned = input.reference?.extendablePlanned;
  if (refPlanned === undefined) return { current: input.planned + settings.maxExtra };
  return { current: input.planned + settings.maxExtraPaired, reference: refPlanned + settings.maxExtraPaired };
}

/** The next step for one test's comparison with one reference. */
export function decideDrop(input: DropInput): DropDecision {
  const { reference, current, planned, alpha } = input;
  const settings = input.settings ?? DEFAULT_CONFIRMATION;
  assertCounts(current, 'current');
  assertPlan(planned, settings);
  if (!reference || (reference.counts.trials === 0 && reference.extendablePlanned === undefined)) {
    return settled('no-reference', 'nothing to compare with');
  }
  const ref = reference.counts;
  const refPlanned = reference.extendablePlanned;
  const refMissing = refPlanned === undefined ? 0 : refPlanned - ref.trials;

  if (current.trials < planned || refMissing > 0) {
    // Curtailment: stop early only when no outcome of the remaining planned trials could make it a suspected drop.
    const worst = { passes: current.passes, trials: Math.max(planned, current.trials) };
    if (
      refMissing <= 0 &&
      !input.deterministic &&
      !suspected(ref, worst, refPlanned === undefined ? settings.screenP : settings.screenPPaired)
    ) {
      return settled('no-drop', 'cannot become a suspected drop in the planned trials');
    }
    return more(planned - current.trials, refMissing, 'planned trials');
  }
  if (input.deterministic) {
    return observedDrop(ref, current)
      ? settled('regression-confirmed', 'declared deterministic: any drop is a regression')
      : settled('no-drop', 'declared deterministic: no drop');
  }

  const full = fullSample(input);
  const target = full.current;
  const refTarget = full.reference ?? ref.trials;
  const screenP = refPlanned !== undefined && current.trials === planned ? settings.screenPPaired : settings.screenP;
  const pValue = dropPValue(ref, current);
  if (current.trials >= target && ref.trials >= refTarget) {
    return isBelow(pValue, alpha)
      ? settled('regression-confirmed', `p < α after ${current.trials} trials`, pValue)
      : settled(
          current.trials === planned ? 'no-drop' : 'not-confirmed',
          `p ≥ α after ${current.trials} trials`,
          pValue,
        );
  }
  if (!suspected(ref, current, screenP)) {
    return settled(current.trials === planned ? 'no-drop' : 'not-confirmed', 'no suspected drop', pValue);
  }
  // Futility: even if every remaining current trial failed and every remaining reference trial
  // passed, p would stay ≥ α.
  const best = dropPValue(
    { passes: ref.passes + Math.max(0, refTarget - ref.trials), trials: Math.max(ref.trials, refTarget) },
    { passes: current.passes, trials: Math.max(current.trials, target) },
  );
  if (!isBelow(best, alpha))
    return settled('not-confirmed', 'cannot reach α even if every further trial failed', pValue);
  return more(
    Math.min(settings.batch, target - current.trials),
    Math.min(settings.batch, refTarget - ref.trials),
    'suspected drop: confirming',
  );
}

/**
 * How much a reference can tell: the power of a test's drop comparison, and
 * the smallest drop it detects. A test with one or two runs of history is
 * compared with 5–10 reference trials; at the per-comparison level of a
 * 20-test run that cannot detect even 0.9 → 0.4, and the gate would be
 * blind without saying so. The runner uses this to decide where the base
 * revision must be run side by side (`rehearse run --base`), and every
 * output names the smallest detectable drop where it cannot.
 *
 * The power is computed exactly over both binomial samples, for the
 * decision the confirmation policy takes (src/verdict/confirm-drop.ts): a
 * suspected drop at the planned trials (one-sided p < screenP), then the
 * exact test on the full sample (planned + maxExtra current trials) at the
 * comparison's level. The intermediate futility stops are left out: they
 * only stop runs that could no longer reject, so the figure is the policy's.
 */
import { fisherOneSided } from './fisher-float.js';
import { DEFAULT_CONFIRMATION, type ConfirmationSettings } from './confirm-drop.js';

/** The drop a reference must be able to detect: the one the gate promises to catch. */
export const REFERENCE_DROP = { from: 0.9, to: 0.4 } as const;
/** The power a reference must give for that drop. */
export const REQUIRED_POWER = 0.8;
/**
 * Outcomes less likely than this are left out of the power sum: at most (planned + 1) × (extra + 1) of them, so
 * under 1e-8 of power in all, far below any figure printed, while a 500-run test skips two thirds of its outcomes.
 */
const NEGLIGIBLE = 1e-14;
/** Drops are searched in these steps (percentage points) for the smallest detectable one. */
const DROP_STEP = 0.05;

export interface PowerInput {
  /** Pass/fail trials the reference holds (pooled history, previous run or base side). */
  readonly referenceTrials: number;
  /** The test's planned trials (its run count). */
  readonly planned: number;
  /** The per-comparison level, as a number. */
  readonly alpha: number;
  readonly settings?: ConfirmationSettings;
}

function binomialPmf(n: number, p: number): number[] {
  const pmf: number[] = new Array<number>(n + 1).fill(0);
  if (p <= 0) pmf[0] = 1;
  else if (p >= 1) pmf[n] = 1;
  else {
    let logCoefficient = 0;
    for (let k = 0; k <= n; k += 1) {
      if (k > 0) logCoefficient += Math.log(n - k + 1) - Math.log(k);
      pmf[k] = Math.exp(logCoefficient + k * Math.log(p) + (n - k) * Math.log(1 - p));
    }
  }
  return pmf;
}

/** P(X ≥ k) for each k, from a pmf. */
function upperTails(pmf: readonly number[]): number[] {
  const tails = new Array<number>(pmf.length + 1).fill(0);
  for (let k = pmf.length - 1; k >= 0; k -= 1) tails[k] = tails[k + 1]! + pmf[k]!;
  return tails;
}

/**
 * The smallest reference pass count that makes `current` a drop below `level`
 * (Fisher's p falls as the reference passes more); trials + 1 when none does.
 */
function criticalReferencePasses(referenceTrials: number, current: { passes: number; trials: number }, level: number) {
  let low = 0;
  let high = referenceTrials + 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const p = fisherOneSided({ passes: middle, trials: referenceTrials }, current);
    if (p < level) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The probability that a true drop from `from` to `to` is confirmed as a regression. */
export function dropPower(input: PowerInput, from: number, to: number): number {
  const settings = input.settings ?? DEFAULT_CONFIRMATION;
  const { referenceTrials: nRef, planned } = input;
  if (nRef <= 0 || planned <= 0) return 0;
  const extra = settings.maxExtra;
  const refTails = upperTails(binomialPmf(nRef, from));
  const plannedPmf = binomialPmf(planned, to);
  const extraPmf = binomialPmf(extra, to);
  // The rejection point depends only on the passes in all, not on how they split between planned and extra trials.
  const rejectAtTotal: number[] = [];
  const rejectAt = (passes: number): number =>
    (rejectAtTotal[passes] ??= criticalReferencePasses(nRef, { passes, trials: planned + extra }, input.alpha));
  let power = 0;
  for (let first = 0; first <= planned; first += 1) {
    const pFirst = plannedPmf[first]!;
    if (pFirst < NEGLIGIBLE) continue;
    // Screened at the planned trials: confirmation runs only for reference counts that make it suspected.
    const screenAt = criticalReferencePasses(nRef, { passes: first, trials: planned }, settings.screenP);
    for (let more = 0; more <= extra; more += 1) {
      const pMore = extraPmf[more]!;
      if (pMore < NEGLIGIBLE) continue;
      power += pFirst * pMore * refTails[Math.max(screenAt, rejectAt(first + more))]!;
    }
  }
  return Math.min(1, power);
}

export interface Detectability {
  /** Power for the drop the gate promises to catch (REFERENCE_DROP). */
  readonly power: number;
  /** Enough to catch REFERENCE_DROP with REQUIRED_POWER. */
  readonly sufficient: boolean;
  /**
   * The smallest drop (in pass-rate points, 0–1) from `from` detected with REQUIRED_POWER; null when even a drop
   * to 0 is not.
   */
  readonly smallestDrop: number | null;
  /** The rate the smallest drop is measured from. */
  readonly from: number;
}

/**
 * What a reference of this size can detect, from its own pass rate when it has one (else REFERENCE_DROP.from):
 * the figure every output prints where the reference is too small.
 */
/** Memoised by their inputs: every run asks the same few questions (reference sizes × run counts × levels). */
const memo = new Map<string, unknown>();
const MEMO_LIMIT = 10_000;

function remembered<T>(key: string, compute: () => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function settingsKey(settings: ConfirmationSettings | undefined): string {
  const s = settings ?? DEFAULT_CONFIRMATION;
  return `${s.maxExtra}/${s.screenP}`;
}

export function detectability(input: PowerInput, referenceRate?: number): Detectability {
  const { referenceTrials, planned, alpha } = input;
  const key = `d:${referenceTrials}:${planned}:${alpha}:${settingsKey(input.settings)}:${referenceRate}`;
  return remembered(key, () => computeDetectability(input, referenceRate));
}

function computeDetectability(input: PowerInput, referenceRate?: number): Detectability {
  const power = dropPower(input, REFERENCE_DROP.from, REFERENCE_DROP.to);
  const from = referenceRate === undefined || referenceRate < DROP_STEP ? REFERENCE_DROP.from : referenceRate;
  let smallestDrop: number | null = null;
  for (let steps = 1; steps * DROP_STEP <= from + 1e-9; steps += 1) {
    const drop = Math.round(steps * DROP_STEP * 100) / 100;
    if (dropPower(input, from, Math.max(0, from - drop)) >= REQUIRED_POWER) {
      smallestDrop = Math.min(drop, from);
      break;
    }
  }
  return { power, sufficient: power >= REQUIRED_POWER, smallestDrop, from };
}

/**
 * The fewest reference trials that catch REFERENCE_DROP with REQUIRED_POWER (at most `limit`): how far the base
 * side must top a short history up.
 */
export function referenceTrialsNeeded(input: Omit<PowerInput, 'referenceTrials'>, limit = 200): number | null {
  const key = `n:${input.planned}:${input.alpha}:${settingsKey(input.settings)}:${limit}`;
  return remembered(key, () => computeTrialsNeeded(input, limit));
}

function computeTrialsNeeded(input: Omit<PowerInput, 'referenceTrials'>, limit: number): number | null {
  for (let trials = 1; trials <= limit; trials += 1) {
    if (dropPower({ ...input, referenceTrials: trials }, REFERENCE_DROP.from, REFERENCE_DROP.to) >= REQUIRED_POWER)
      return trials;
  }
  return null;
}

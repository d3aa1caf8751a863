/**
 * Which of a test's history entries its reference pools. A base branch has
 * bad days: a run drowned in endpoint errors, a bad deploy that failed every
 * test and was fixed the next day. Pooled as they are, one such run poisons
 * ten runs of reference (drops missed, always-passing tests called flaky).
 * And a regression that was merged is the new normal once it lasts: main
 * must not stay red forever, nor turn red at once.
 *
 * The rules, in order (docs/statistics.md, "History hygiene"):
 * 1. Only entries with the test's identity (same definition version).
 * 2. Infrastructure: an entry whose errors and invalid trials are more than
 *    INFRASTRUCTURE_SHARE of its planned trials, or that its run marked
 *    `excluded`, is left out.
 * 3. Level shift: when the last SHIFT_RUNS entries all sit on one side of the
 *    earlier ones and differ from them at p < OUTLIER_P, the reference starts
 *    at the shift (extended back over earlier entries on the same side).
 * 4. Outliers: an entry that differs from all the others at p < OUTLIER_P
 *    (one-sided exact test, in its own direction) is left out. Under no
 *    change this almost never happens (a p = 0.9 test scores 0/5 once in
 *    100,000 runs), so an unchanged test keeps its whole history.
 */
import {
  pool,
  sameDefinition,
  type DefinitionVersion,
  type HistoryEntry,
  type PooledHistory,
} from '../model/history.js';
import { fisherOneSided } from './fisher-float.js';

/** An entry with more errored or invalid trials than this share of its planned ones is not evidence. */
export const INFRASTRUCTURE_SHARE = 0.5;
/** The level at which one run is told apart from the rest (a bad day) or the last runs from the earlier (a shift). */
export const OUTLIER_P = 0.001;
/** Runs a new level must last before it becomes the reference. */
export const SHIFT_RUNS = 3;

export type LeftOutReason = 'definition' | 'infrastructure' | 'outlier' | 'before-shift';

export interface ReferencePool extends PooledHistory {
  /** Entries left out, with why (shown in the reports). */
  readonly leftOut: readonly { readonly runId: string; readonly reason: LeftOutReason }[];
  /** The reference starts at a level shift that lasted SHIFT_RUNS runs. */
  readonly shifted: boolean;
}

interface Rate {
  readonly passes: number;
  readonly trials: number;
}

function countsOf(entries: readonly HistoryEntry[]): Rate {
  let passes = 0;
  let trials = 0;
  for (const entry of entries) {
    passes += entry.passes;
    trials += entry.passes + entry.failures;
  }
  return { passes, trials };
}

/** Errors and invalid trials drowned the entry (or its run said so). */
export function drownedInInfrastructure(entry: HistoryEntry): boolean {
  if (entry.excluded === 'infrastructure') return true;
  const broken = entry.errors + (entry.invalid ?? 0);
  const all = entry.passes + entry.failures + broken;
  return all === 0 || entry.passes + entry.failures === 0 || broken > INFRASTRUCTURE_SHARE * all;
}

/** One-sided exact p-value that `a` and `b` differ, in the direction they differ (1 when equal rates). */
function differenceP(a: Rate, b: Rate): number {
  if (a.trials === 0 || b.trials === 0) return 1;
  const aHigher = a.passes * b.trials > b.passes * a.trials;
  const bHigher = b.passes * a.trials > a.passes * b.trials;
  if (aHigher) return fisherOneSided(a, b);
  if (bHigher) return fisherOneSided(b, a);
  return 1;
}

function rateOf(rate: Rate): number {
  return rate.trials === 0 ? 0 : rate.passes / rate.trials;
}

/** Index where a lasting shift starts, or -1. */
function shiftStart(entries: readonly HistoryEntry[]): number {
  if (entries.length <= SHIFT_RUNS) return -1;
  const recent = entries.slice(-SHIFT_RUNS);
  const earlier = entries.slice(0, -SHIFT_RUNS);
  const before = countsOf(earlier);
  const after = countsOf(recent);
  if (differenceP(before, after) >= OUTLIER_P) return -1;
  const down = rateOf(after) < rateOf(before);
  const beforeRate = rateOf(before);
  const onShiftedSide = (entry: HistoryEntry) => {
    const rate = rateOf(countsOf([entry]));
    return down ? rate < beforeRate : rate > beforeRate;
  };
  if (!recent.every(onShiftedSide)) return -1;
  let start = entries.length - SHIFT_RUNS;
  while (start > 0 && onShiftedSide(entries[start - 1]!)) start -= 1;
  return start;
}

/** Entries that differ from all the others at p < OUTLIER_P. */
function outliers(entries: readonly HistoryEntry[]): Set<HistoryEntry> {
  const found = new Set<HistoryEntry>();
  if (entries.length < 3) return found;
  const total = countsOf(entries);
  for (const entry of entries) {
    const own = countsOf([entry]);
    const rest = { passes: total.passes - own.passes, trials: total.trials - own.trials };
    if (differenceP(own, rest) < OUTLIER_P) found.add(entry);
  }
  return found;
}

/** The entries a test's reference pools, and the pooled counts. */
export function referencePool(entries: readonly HistoryEntry[], definition: DefinitionVersion): ReferencePool {
  const leftOut: { runId: string; reason: LeftOutReason }[] = [];
  const leave = (entry: HistoryEntry, reason: LeftOutReason) => leftOut.push({ runId: entry.runId, reason });
  let kept: HistoryEntry[] = [];
  for (const entry of entries) {
    if (!sameDefinition(entry.definition, definition)) leave(entry, 'definition');
    else if (drownedInInfrastructure(entry)) leave(entry, 'infrastructure');
    else kept.push(entry);
  }
  const start = shiftStart(kept);
  if (start > 0) {
    for (const entry of kept.slice(0, start)) leave(entry, 'before-shift');
    kept = kept.slice(start);
  }
  const odd = outliers(kept);
  for (const entry of odd) leave(entry, 'outlier');
  kept = kept.filter((entry) => !odd.has(entry));
  const pooled = pool(kept, definition);
  return { ...pooled, excludedRuns: entries.length - pooled.runs, leftOut, shifted: start > 0 };
}

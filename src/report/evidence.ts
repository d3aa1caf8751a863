/**
 * The evidence behind a verdict, in words a reviewer can check: what the test
 * was compared with, what this run showed at its planned trials and after its
 * confirmation trials, and the p-value against the per-comparison level.
 * "48/50 over the last 10 runs on main → 1/5 now, 2/25 after confirmation ·
 * p = 0.0001 < α = 0.01 (0.05 / 5 comparisons)". Plain text: callers escape.
 */
import type { Comparison, Counts, ReferenceEvidence, TestChange } from '../compare/types.js';
import type { Results, TestSummary } from '../model/results.js';
import { indexTrials, type TrialIndex } from './failures.js';
import { wilsonInterval } from '../verdict/index.js';
import { formatPercent, formatPValue, formatUsd, passFraction } from './format.js';
import { formatCount, plural } from '../util/plural.js';

/** "main" from refs/heads/main; undefined for anything else (a PR merge ref says nothing about the base). */
function branchOf(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

/** What a drop was measured against and what this run showed, as plain numbers (see dropText). */
export interface DropEvidence {
  /** The reference: its counts, where they come from, and for history how many runs (on which branch). */
  readonly reference: ReferenceEvidence & { readonly branch?: string };
  /** This run's planned trials. */
  readonly planned: Counts;
  /** All its trials, when confirmation trials were added. */
  readonly confirmed?: Counts;
}

function referenceText({ passes, trials, source, runs, branch }: DropEvidence['reference']): string {
  const counts = passFraction(passes, trials);
  if (source === 'history') {
    const over =
      runs === undefined
        ? 'over the last runs'
        : runs === 1
          ? 'in the last run'
          : `over the last ${plural(runs, 'run')}`;
    return `${counts} ${over}${branch ? ` on ${branch}` : ''}`;
  }
  if (source === 'baseline') return `${counts} on baseline`;
  return `${counts} in the previous run`;
}

/**
 * "48/50 over the last 10 runs on main → 1/5 now, 2/25 after confirmation": the one phrasing of a drop, in the
 * reports and in the confirmation summary the runner records.
 */
export function dropText({ reference, planned, confirmed }: DropEvidence): string {
  const after = confirmed ? `, ${passFraction(confirmed.passes, confirmed.trials)} after confirmation` : '';
  return `${referenceText(reference)} → ${passFraction(planned.passes, planned.trials)} now${after}`;
}

/** "α = 0.01 (0.05 / 5 comparisons)" */
export function levelText(comparison: Comparison): string {
  const { alpha, comparisonAlpha, comparisons } = comparison.method;
  if (comparisons <= 1) return `α = ${alpha}`;
  return `α = ${formatLevel(comparisonAlpha)} (${alpha} / ${formatCount(comparisons)} comparisons)`;
}

function formatLevel(value: number): string {
  return value >= 0.001 ? String(Number(value.toPrecision(2))) : value.toExponential(1);
}

/** The whole evidence line, or undefined when the change carries none (new, removed, old comparisons). */
export function evidenceText(change: TestChange, comparison: Comparison): string | undefined {
  if (!change.reference || !change.planned) return undefined;
  const branch = change.reference.source === 'history' ? branchOf(comparison.before.ref) : undefined;
  // The test's own count after confirmation, the same in every output; when this comparison's verdict read fewer
  // of its trials (another comparison asked for more), say which ones decided it.
  const all = { passes: change.test.passes, trials: change.test.passes + change.test.failures };
  const read = change.confirmed;
  const drop = dropText({
    reference: { ...change.reference, ...(branch ? { branch } : {}) },
    planned: change.planned,
    ...(read ? { confirmed: read.trials < all.trials ? all : read } : {}),
  });
  const decidedOn =
    read && read.trials < all.trials
      ? ` (the first ${formatCount(read.trials)} decide this comparison: ${passFraction(read.passes, read.trials)})`
      : '';
  if (change.test.deterministic && change.category === 'regression') {
    return `${drop}${decidedOn} · declared deterministic: any drop is a regression`;
  }
  const relation = change.category === 'regression' ? '<' : change.category === 'not_confirmed' ? '≥' : undefined;
  const p =
    change.pValue === undefined
      ? ''
      : ` · ${formatPValue(change.pValue)}${relation ? ` ${relation} ${levelText(comparison)}` : ''}`;
  return `${drop}${decidedOn}${p}`;
}

/** "[0.52, 0.93]" for a test's pass rate over its pass/fail trials; "—" without any. */
export function wilsonText(test: Pick<TestSummary, 'passes' | 'failures'>): string {
  const interval = wilsonInterval(test.passes, test.passes + test.failures);
  if (!interval) return '—';
  return `${formatPercent(interval.low)}–${formatPercent(interval.high)}`;
}

export interface ConfirmationTotals {
  readonly tests: number;
  readonly extraTrials: number;
  readonly extraUsd: number;
  readonly savedTrials: number;
  readonly savedUsd: number;
}

/** What a test's confirmation trials cost: recorded in its summary, else read from its trials (older files). */
function extraCostOf(test: TestSummary, trials: TrialIndex): number {
  const confirmation = test.confirmation!;
  if (confirmation.extraUsd !== undefined) return confirmation.extraUsd;
  const extra = (trials.get(test.key) ?? []).filter((trial) => trial.phase === 'confirmation');
  // Read without trials: the test's own cost per trial stands in.
  if (extra.length === 0) return confirmation.extraTrials * (test.trials ? test.costUsd / test.trials : 0);
  return extra.reduce((sum, trial) => sum + trial.usage.costUsd, 0);
}

/**
 * Confirmation trials run and planned trials spared (early stopping), with what they cost or saved; undefined when
 * none.
 */
export function confirmationTotals(results: Results): ConfirmationTotals | undefined {
  const confirmed = results.tests.filter((test) => test.confirmation);
  if (confirmed.length === 0) return undefined;
  const trials = indexTrials(results);
  let extraTrials = 0;
  let extraUsd = 0;
  let savedTrials = 0;
  let savedUsd = 0;
  for (const test of confirmed) {
    const confirmation = test.confirmation!;
    extraTrials += confirmation.extraTrials;
    extraUsd += extraCostOf(test, trials);
    const saved = confirmation.savedTrials ?? 0;
    savedTrials += saved;
    // Estimated at the mean cost of the test's own trials.
    savedUsd += saved * (test.trials ? test.costUsd / test.trials : 0);
  }
  return { tests: confirmed.length, extraTrials, extraUsd, savedTrials, savedUsd };
}

/** "Confirmation: 45 extra trials ($0.12) for 3 tests · early stopping saved 10 trials ($0.03)". */
export function confirmationLine(totals: ConfirmationTotals): string {
  const parts = [];
  if (totals.extraTrials > 0) {
    parts.push(
      `${plural(totals.extraTrials, 'extra trial')} (${formatUsd(totals.extraUsd)}) to confirm or clear ` +
        `suspected drops and threshold verdicts`,
    );
  }
  if (totals.savedTrials > 0)
    parts.push(`early stopping saved ${plural(totals.savedTrials, 'trial')} (${formatUsd(totals.savedUsd)})`);
  return parts.length ? `**Confirmation** (${plural(totals.tests, 'test')}): ${parts.join(' · ')}` : '';
}

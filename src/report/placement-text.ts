/**
 * The words every output uses for a test's section (src/compare/sections.ts): its numbers, the verdict of a test
 * held to its own threshold, why a suspected drop was not confirmed (what the runner did), and what changed in the
 * agent. Plain text: callers escape for their medium.
 */
import { SECTION_LABELS, type Comparison, type Placement, type Section, type TestChange } from '../compare/index.js';
import { definitionChangeText } from './definition.js';
import { evidenceText } from './evidence.js';
import { formatPValue, passFraction } from './format.js';
import type { Results, TestSummary } from '../model/results.js';
import { plural } from '../util/plural.js';

function percentOf(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/**
 * "3/5 passing, 14/30 after confirmation, 1 error": the test's own counts before and after confirmation, over the
 * trials its pass rate counts (pass, fail and error), errors named so they never read as passes.
 */
export function ownCounts(test: TestSummary): string {
  const extra = test.confirmation?.extraTrials ?? 0;
  const all = passFraction(test.passes, test.passes + test.failures + test.errors);
  const errors = test.errors ? `, ${plural(test.errors, 'error')}` : '';
  if (test.outcomes === undefined || extra === 0) return `${all} passing${errors}`;
  const planned = countsOf(test.outcomes.slice(0, test.runs), true);
  return `${passFraction(planned.passes, planned.trials)} passing, ${all} after confirmation${errors}`;
}

/** Passes and trials among outcome letters: pass/fail ones, and errored ones too when `errors`. */
function countsOf(outcomes: string, errors = false): { passes: number; trials: number } {
  let passes = 0;
  let trials = 0;
  for (const letter of outcomes) {
    if (letter === 'p') passes += 1;
    if (letter === 'p' || letter === 'f' || (errors && letter === 'e')) trials += 1;
  }
  return { passes, trials };
}

/**
 * "below its threshold (needs 80%)" / "passes its threshold (80%)" / "errored (needs 80%)". A verdict read on the
 * planned trials only (the extra ones were for a drop, not the threshold) says so, with those counts.
 */
export function thresholdVerdict(test: TestSummary): string {
  const need = percentOf(test.minPassRate);
  const extra = test.confirmation?.extraTrials ?? 0;
  const sequential = test.confirmation?.reasons.includes('threshold') ?? false;
  const planned = test.outcomes === undefined ? undefined : countsOf(test.outcomes.slice(0, test.runs));
  const onPlan =
    extra > 0 && !sequential && planned
      ? ` on its ${plural(test.runs, 'planned trial')} (${passFraction(planned.passes, planned.trials)})`
      : '';
  if (test.verdict === 'pass') return `passes its threshold${onPlan} (${need})`;
  if (test.verdict === 'fail') return `below its threshold${onPlan} (needs ${need})`;
  if (test.verdict === 'error') return `errored${onPlan} (needs ${need})`;
  return test.verdict.replace('_', ' ');
}

/** "criteria changed · 3/5 passing · below its threshold (needs 80%)" for a changed or new test. */
export function unreferencedText(placement: Placement): string {
  const test = placement.test!;
  const what = placement.section === 'changed' ? definitionChangeText(placement.decided?.change) : undefined;
  return [what, ownCounts(test), thresholdVerdict(test)].filter(Boolean).join(' · ');
}

/**
 * "(candidate vs baseline)" for a change read against the baseline — the change's own variant when the run compares
 * several ("(gpt-y vs baseline)") — and "" against the previous run or history.
 */
export function againstText(comparison: Comparison | undefined, change?: TestChange): string {
  if (comparison?.kind !== 'variants') return '';
  const variant = comparison.byVariant && change ? change.test.variant : comparison.after.label;
  return ` (${variant} vs ${comparison.before.label})`;
}

/** The numbers of a change: its evidence line, else "5/5 → 1/5 passing (p = 0.004)". */
export function changeEvidence(change: TestChange, comparison: Comparison): string {
  const evidence = evidenceText(change, comparison);
  if (evidence) return `${evidence}${change.after?.errors ? ` (${plural(change.after.errors, 'error')})` : ''}`;
  const before = change.before ? passFraction(change.before.passes, change.before.trials) : '—';
  const after = change.after ? passFraction(change.after.passes, change.after.trials) : '—';
  const p = change.pValue === undefined ? '' : ` (${formatPValue(change.pValue)})`;
  return `${before} → ${after} passing${p}`;
}

/** The run added confirmation trials (or was allowed to): a suspected drop's label says what it did. */
export function runConfirms(results: Pick<Results, 'confirmation' | 'tests'>): boolean {
  return results.confirmation !== undefined || results.tests.some((test) => test.confirmation !== undefined);
}

/**
 * Why a suspected drop is only suspected, as the runner did it: the run had no confirmation trials at all; the test
 * errored (errors are not evidence, so no confirmation); a single-trial flip this run did not rerun; or a drop no
 * confirmation trial was run for. Never advice no rerun could follow.
 */
export function suspectedWhy(placement: Placement, confirming: boolean): string {
  const test = placement.test!;
  if (!confirming)
    return 'this run had no confirmation trials (--no-confirm, or an older file), so it could not settle it';
  if (test.errors > 0 || test.invalid > 0)
    return 'not rerun: errored or invalid trials are not evidence, so a test with any gets no confirmation trials';
  const planned = placement.decided?.change.planned?.trials ?? test.runs;
  const rerun = (test.confirmation?.extraTrials ?? 0) > 0;
  if (planned === 1 && !rerun)
    return (
      'single-trial flip, not rerun by this run: declare the test deterministic to gate on any flip, or raise its ' +
      'run count'
    );
  // Confirmation trials ran and left it suspected: the run stopped (a cancel, the budget) before they settled it.
  const extra = test.confirmation?.extraTrials ?? 0;
  if (rerun) return `the run stopped before its confirmation trials (${extra} finished) settled it`;
  return 'no confirmation trials ran for it in this run';
}

/** The agent's settings that changed between the previous run and this one, per variant, when recorded. */
function changedSettings(comparison: Comparison): Map<string, string[]> {
  const before = comparison.before.settings ?? {};
  const after = comparison.after.settings ?? {};
  const changed = new Map<string, string[]>();
  for (const [variant, now] of Object.entries(after)) {
    const was = before[variant];
    if (!was) continue;
    const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])]
      .filter((field) => was[field] !== now[field])
      .sort();
    if (fields.length) changed.set(variant, fields);
  }
  return changed;
}

/**
 * "Agent changed since the reference run: default (system_prompt, model)": said once, in the header, not per test
 * (the agent is what is under test; its tests are compared across the change). Undefined when it did not change.
 */
export function agentChangeText(previous: Comparison | undefined): string | undefined {
  if (!previous || previous.kind !== 'runs') return undefined;
  const settings = changedSettings(previous);
  const flagged = new Set(
    previous.changes.filter((change) => change.agentChanged).map((change) => change.test.variant as string),
  );
  for (const variant of settings.keys()) flagged.add(variant);
  if (flagged.size === 0) return undefined;
  const parts = [...flagged].sort().map((variant) => {
    const fields = settings.get(variant);
    return fields ? `${variant} (${fields.join(', ')})` : variant;
  });
  const which = settings.size === 0 ? ' (which settings: not recorded in these results)' : '';
  const across = 'Its tests are compared across the change.';
  return `Agent changed since the reference run: ${parts.join('; ')}${which}. ${across}`;
}

function sectionOfCategory(category: TestChange['category']): Section {
  if (category === 'still_passing' || category === 'still_failing') return 'passing';
  return category;
}

/**
 * What the test's other comparisons say when they say more than "unchanged", as plain text:
 * ["also vs baseline: regression (30/30 on baseline → 0/5 now, …)"]. Shown beside its one listing, never as another.
 */
export function alsoTexts(placement: Placement): string[] {
  return placement.compared
    .filter(
      (entry) =>
        entry !== placement.decided &&
        !['still_passing', 'still_failing', 'new', 'removed'].includes(entry.change.category),
    )
    .map(({ change, comparison }) => {
      const against = comparison.kind === 'variants' ? `vs ${comparison.before.label}` : 'vs the previous run';
      const label = SECTION_LABELS[sectionOfCategory(change.category)];
      return `also ${against}: ${label} (${changeEvidence(change, comparison)})`;
    });
}

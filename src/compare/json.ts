/**
 * The machine-readable comparison (`rehearse compare --format json`): every
 * list by category with test ids and variants, the counts, the run-level
 * deltas and the method, for the previous run against this one and, when
 * both variants ran, for baseline against candidate. Pure.
 */
import type { Comparison, SideStats, TestChange } from './types.js';

function sideJson(stats: SideStats | undefined) {
  if (!stats) return null;
  return {
    passes: stats.passes,
    trials: stats.trials,
    errors: stats.errors,
    passRate: stats.passRate,
    verdict: stats.verdict,
  };
}

function changeJson(change: TestChange) {
  return {
    key: change.key,
    testId: change.testId,
    variant: change.test.variant,
    priority: change.test.priority,
    tags: change.test.tags,
    before: sideJson(change.before),
    after: sideJson(change.after),
    pValue: change.pValue ?? null,
    ...(change.reference ? { reference: change.reference } : {}),
    ...(change.planned ? { planned: change.planned } : {}),
    ...(change.confirmed ? { confirmed: change.confirmed } : {}),
    ...(change.stability ? { stability: change.stability } : {}),
    changedDefinition: change.changedDefinition,
    ...(change.note ? { note: change.note } : {}),
  };
}

/** One comparison as plain data: the same fields for previous → current and baseline → candidate. */
export function comparisonPayload(comparison: Comparison) {
  const of = (category: TestChange['category']) =>
    comparison.changes.filter((c) => c.category === category).map(changeJson);
  return {
    kind: comparison.kind,
    before: comparison.before,
    after: comparison.after,
    method: comparison.method,
    counts: comparison.counts,
    totals: comparison.totals,
    failureCategories: comparison.failureCategories,
    regressions: of('regression'),
    suspected: of('suspected'),
    notConfirmed: of('not_confirmed'),
    fixes: of('fix'),
    flaky: of('flaky'),
    new: of('new'),
    removed: of('removed'),
    invalid: of('invalid'),
    stillFailing: of('still_failing'),
  };
}

/**
 * The previous-run comparison at the top level (as before), plus `variants`:
 * the current run's baseline vs candidate, or null when only one variant ran.
 */
export function comparisonJson(previous: Comparison, variants?: Comparison): string {
  const payload = { ...comparisonPayload(previous), variants: variants ? comparisonPayload(variants) : null };
  return `${JSON.stringify(payload, null, 2)}\n`;
}

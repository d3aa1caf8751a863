/**
 * The machine-readable comparison (`rehearse compare --format json`): every
 * list by category with test ids and variants, the counts, the run-level
 * deltas and the method, for the previous run against this one and, when
 * both variants ran, for baseline against candidate. Pure.
 */
import type { TestSummary } from '../model/results.js';
import { placeTests, SECTIONS, type Sections } from './sections.js';
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

function changeJson(change: TestChange, sections?: Sections) {
  const section = change.category === 'removed' ? undefined : sections?.byKey.get(change.key)?.section;
  return {
    key: change.key,
    /** Where every report lists this test (the same for each of its comparisons). */
    ...(section ? { section } : {}),
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
export function comparisonPayload(comparison: Comparison, sections?: Sections): Record<string, unknown> {
  const of = (category: TestChange['category']) =>
    comparison.changes.filter((c) => c.category === category).map((change) => changeJson(change, sections));
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
    changed: of('changed'),
    flaky: of('flaky'),
    new: of('new'),
    removed: of('removed'),
    invalid: of('invalid'),
    stillFailing: of('still_failing'),
    // Several variants against the baseline: each pair on its own, with the same fields.
    ...(comparison.byVariant
      ? { byVariant: comparison.byVariant.map((pair) => comparisonPayload(pair, sections)) }
      : {}),
  };
}

/** Every test of this run (the "after" sides), placed once across both comparisons. */
function sectionsOf(previous: Comparison, variants: Comparison | undefined): Sections {
  const tests = new Map<string, TestSummary>();
  for (const comparison of [previous, variants])
    for (const change of comparison?.changes ?? [])
      if (change.category !== 'removed') tests.set(change.key, change.test);
  return placeTests({ results: { tests: [...tests.values()], skipped: [] }, previous, variants });
}

/**
 * The previous-run comparison at the top level (as before), plus `variants`:
 * the current run's baseline vs candidate, or null when only one variant ran, and `sections`: every test key by the
 * one section every report lists it in.
 */
export function comparisonJson(previous: Comparison, variants?: Comparison): string {
  const sections = sectionsOf(previous, variants);
  const bySection = Object.fromEntries(
    SECTIONS.map((section) => [section, sections.of(section).map((placement) => placement.key)]).filter(
      ([, keys]) => keys!.length > 0,
    ),
  );
  const payload = {
    ...comparisonPayload(previous, sections),
    variants: variants ? comparisonPayload(variants, sections) : null,
    sections: bySection,
  };
  return `${JSON.stringify(payload, null, 2)}\n`;
}

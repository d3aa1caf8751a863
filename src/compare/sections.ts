/**
 * One section per test: where every output (PR comment, check run, job summary, console, markdown, HTML, JUnit,
 * CSV, `rehearse compare --format json`) lists a test, decided once, here, from the test's changes in every
 * comparison of the run (previous run → this run, baseline → candidate) and its own verdict. A test that regressed
 * against its baseline and did not move against the previous run is a regression, listed once; its other
 * comparison is shown beside it, never as a second listing.
 *
 * The order of SECTIONS is the precedence: a test is placed in the first section that applies to it.
 */
import type { Results, SkippedTest, TestSummary } from '../model/results.js';
import { plannedCounts } from '../verdict/index.js';
import type { Comparison, Counts, TestChange } from './types.js';

export const SECTIONS = [
  /** A drop confirmed in some comparison. */
  'regression',
  /** Its identity changed and nothing comparable ran before: held to its own threshold. */
  'changed',
  /** No earlier run and no baseline has it: held to its own threshold. */
  'new',
  /** A drop the run could not confirm or clear. */
  'suspected',
  /** A drop its confirmation trials did not confirm. */
  'not_confirmed',
  /** Fails or errors, and none of the above. */
  'failing',
  /** Could not run (no key or endpoint). */
  'skipped',
  /** Unstable across its history, passing now. */
  'flaky',
  /** Rose significantly (or a single-trial fail → pass), passing now. */
  'fix',
  /** Still passing, but its own definition changed. */
  'edited',
  /** In the previous run, not in this one. */
  'removed',
  /** Nothing to compare: one side has no pass/fail trial. */
  'invalid',
  /** Passing and unchanged: not listed. */
  'passing',
] as const;
export type Section = (typeof SECTIONS)[number];

/** Headings, the same words in every output. */
export const SECTION_TITLES: Readonly<Record<Section, string>> = {
  regression: 'Confirmed regressions',
  changed: 'Changed tests',
  new: 'New tests',
  suspected: 'Suspected drops',
  not_confirmed: 'Drops not confirmed',
  failing: 'Failing tests',
  skipped: 'Could not run',
  flaky: 'Flaky',
  fix: 'Fixes',
  edited: 'Still passing, definition changed',
  removed: 'Removed tests',
  invalid: 'Not comparable',
  passing: 'Passing, unchanged',
};

/** The one-word label of a section (badges, JUnit properties, CSV cells): "regression", "drop not confirmed". */
export const SECTION_LABELS: Readonly<Record<Section, string>> = {
  regression: 'regression',
  changed: 'changed',
  new: 'new',
  suspected: 'suspected drop',
  not_confirmed: 'drop not confirmed',
  failing: 'failing',
  skipped: 'skipped',
  flaky: 'flaky',
  fix: 'fix',
  edited: 'definition changed',
  removed: 'removed',
  invalid: 'not comparable',
  passing: 'passing',
};

/** A test's counts as every output states them: before and after confirmation, and the trials it ran. */
export interface TestCounts {
  /** Pass/fail trials among its planned ones (its run count). */
  readonly planned: Counts;
  /** Every pass/fail trial, confirmation trials included. */
  readonly all: Counts;
  /** Every finished trial (errors and invalid ones included). */
  readonly trials: number;
  readonly errors: number;
  /** Trials the run added beyond the plan. */
  readonly extraTrials: number;
}

export function testCounts(test: TestSummary): TestCounts {
  return {
    planned: plannedCounts(test),
    all: { passes: test.passes, trials: test.passes + test.failures },
    trials: test.trials,
    errors: test.errors,
    extraTrials: test.confirmation?.extraTrials ?? Math.max(0, test.trials - test.runs),
  };
}

export interface Compared {
  readonly change: TestChange;
  readonly comparison: Comparison;
}

export interface Placement {
  readonly key: string;
  readonly section: Section;
  /** The test as this run summarised it (the previous run's, for a removed one); absent for a skipped one. */
  readonly test?: TestSummary;
  readonly skipped?: SkippedTest;
  /** The change that decided the section, with its comparison. */
  readonly decided?: Compared;
  /** Every change of this key, the deciding one included (previous run first, then baseline). */
  readonly compared: readonly Compared[];
  readonly counts?: TestCounts;
}

export interface Sections {
  /** Every key, ordered by section, then as the run lists its tests. */
  readonly placements: readonly Placement[];
  readonly byKey: ReadonlyMap<string, Placement>;
  /** The placements of one section, in order. */
  of(section: Section): Placement[];
}

export interface SectionsInput {
  readonly results: Pick<Results, 'tests' | 'skipped'>;
  readonly previous?: Comparison | undefined;
  readonly variants?: Comparison | undefined;
}

/** Categories that say the test was compared with something. */
const COMPARED: ReadonlySet<TestChange['category']> = new Set([
  'regression',
  'suspected',
  'not_confirmed',
  'fix',
  'flaky',
  'still_failing',
  'still_passing',
]);

function failing(test: TestSummary): boolean {
  return test.verdict === 'fail' || test.verdict === 'error';
}

function first(compared: readonly Compared[], category: TestChange['category']): Compared | undefined {
  return compared.find((entry) => entry.change.category === category);
}

/** The section of a test of this run, and the change that put it there. */
function place(test: TestSummary, compared: readonly Compared[]): { section: Section; decided?: Compared } {
  const by = (category: TestChange['category']) => first(compared, category);
  const regression = by('regression');
  if (regression) return { section: 'regression', decided: regression };
  const changed = by('changed');
  if (changed) return { section: 'changed', decided: changed };
  const comparable = compared.filter((entry) => COMPARED.has(entry.change.category));
  // New against the previous run and not compared with a baseline either: nothing to compare it with.
  const isNew = by('new');
  if (comparable.length === 0 && isNew && isNew.comparison.kind === 'runs') return { section: 'new', decided: isNew };
  for (const category of ['suspected', 'not_confirmed'] as const) {
    const drop = by(category);
    if (drop) return { section: category, decided: drop };
  }
  const any = comparable[0] ?? by('invalid');
  if (failing(test)) return { section: 'failing', ...(any ? { decided: any } : {}) };
  const flaky = by('flaky');
  if (flaky) return { section: 'flaky', decided: flaky };
  const fix = by('fix');
  if (fix) return { section: 'fix', decided: fix };
  const edited = comparable.find((entry) => entry.change.changedDefinition.length > 0);
  if (edited) return { section: 'edited', decided: edited };
  const invalid = by('invalid');
  if (invalid) return { section: 'invalid', decided: invalid };
  return { section: 'passing', ...(any ? { decided: any } : {}) };
}

/** Every key of the run (its tests, the ones it skipped, the ones removed since the previous run), placed once. */
export function placeTests(input: SectionsInput): Sections {
  const comparisons = [input.previous, input.variants].filter((c): c is Comparison => c !== undefined);
  const changesOf = new Map<string, Compared[]>();
  const removed = new Map<string, Compared>();
  for (const comparison of comparisons) {
    for (const change of comparison.changes) {
      // A key of the previous run missing from this one; "only in baseline" is a test of this run, placed by itself.
      if (change.category === 'removed') {
        if (comparison.kind === 'runs') removed.set(change.key, { change, comparison });
        continue;
      }
      const list = changesOf.get(change.key) ?? [];
      list.push({ change, comparison });
      changesOf.set(change.key, list);
    }
  }
  const placements: Placement[] = [];
  const seen = new Set<string>();
  for (const test of input.results.tests) {
    const compared = changesOf.get(test.key) ?? [];
    placements.push({ key: test.key, test, compared, counts: testCounts(test), ...place(test, compared) });
    seen.add(test.key);
  }
  for (const entry of input.results.skipped) {
    if (seen.has(entry.key)) continue;
    placements.push({ key: entry.key, section: 'skipped', skipped: entry, compared: [] });
    seen.add(entry.key);
  }
  for (const [key, entry] of removed) {
    if (seen.has(key)) continue;
    placements.push({ key, section: 'removed', test: entry.change.test, decided: entry, compared: [entry] });
    seen.add(key);
  }
  const rank = (section: Section): number => SECTIONS.indexOf(section);
  const ordered = placements
    .map((placement, index) => ({ placement, index }))
    .sort((a, b) => rank(a.placement.section) - rank(b.placement.section) || a.index - b.index)
    .map(({ placement }) => placement);
  const byKey = new Map(ordered.map((placement) => [placement.key, placement]));
  return {
    placements: ordered,
    byKey,
    of: (section) => ordered.filter((placement) => placement.section === section),
  };
}

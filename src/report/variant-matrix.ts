/**
 * Variants side by side (a run with more than one variant compared with its baseline): one row per test, one column
 * per variant, each cell the variant's own counts and, beside the baseline's, what its comparison with the baseline
 * found. Plain data shared by every renderer (markdown, HTML, console), decided once here.
 */
import type { Comparison, TestChange } from '../compare/types.js';
import type { RunTotalsDelta } from '../compare/types.js';
import type { Results, TestSummary } from '../model/results.js';
import { baselineVariantOf } from '../model/results.js';

export interface VariantColumn {
  readonly id: string;
  /** The agent and model, when recorded. */
  readonly detail?: string;
  /** The baseline's own column has none. */
  readonly totals?: RunTotalsDelta;
  /** Regressions (confirmed drops) against the baseline. */
  readonly regressions: number;
}

export interface VariantCell {
  readonly passes: number;
  readonly trials: number;
  /** Against the baseline (absent in the baseline's column, or where the test did not run on both). */
  readonly change?: TestChange;
}

export interface VariantRow {
  readonly testId: string;
  /** One per column, in column order; undefined where the variant did not run the test. */
  readonly cells: readonly (VariantCell | undefined)[];
  /** Some cell is not simply still passing / still failing against the baseline. */
  readonly notable: boolean;
}

export interface VariantMatrix {
  /** The baseline first, then every variant compared with it. */
  readonly columns: readonly VariantColumn[];
  readonly rows: readonly VariantRow[];
}

const QUIET: ReadonlySet<TestChange['category']> = new Set(['still_passing', 'still_failing']);

/** undefined unless the run compared more than one variant with its baseline (`byVariant`). */
export function variantMatrix(results: Results, variants: Comparison | undefined): VariantMatrix | undefined {
  const pairs = variants?.byVariant;
  const baseline = baselineVariantOf(results);
  if (!pairs || pairs.length === 0 || baseline === undefined) return undefined;
  const columns: VariantColumn[] = [
    { id: baseline, ...detailOf(pairs[0]!.before.detail), regressions: 0 },
    ...pairs.map((pair) => ({
      id: pair.after.label,
      ...detailOf(pair.after.detail),
      totals: pair.totals,
      regressions: pair.counts.regression,
    })),
  ];
  const changeOf = new Map(pairs.flatMap((pair) => pair.changes.map((change) => [change.key, change] as const)));
  const byKey = new Map(results.tests.map((test) => [test.key, test]));
  const testIds = [...new Set(results.tests.map((test) => test.testId))];
  const rows = testIds.map((testId): VariantRow => {
    const cells = columns.map((column) => cellOf(byKey.get(`${testId}@${column.id}`), changeOf));
    const notable = cells.some((cell) => cell?.change !== undefined && !QUIET.has(cell.change.category));
    return { testId, cells, notable };
  });
  return { columns, rows };
}

function detailOf(detail: string | undefined): { detail?: string } {
  return detail === undefined ? {} : { detail };
}

function cellOf(test: TestSummary | undefined, changeOf: ReadonlyMap<string, TestChange>): VariantCell | undefined {
  if (!test) return undefined;
  const change = changeOf.get(test.key);
  return { passes: test.passes, trials: test.passes + test.failures, ...(change ? { change } : {}) };
}

/** The short word a cell shows for its comparison with the baseline (nothing when unchanged). */
export const CELL_MARKS: Readonly<Record<TestChange['category'], string>> = {
  regression: '❌ regression',
  suspected: '⚠️ suspected drop',
  not_confirmed: 'drop not confirmed',
  fix: '✅ fix',
  changed: 'changed',
  flaky: 'flaky',
  still_failing: '',
  still_passing: '',
  new: 'not on baseline',
  removed: '',
  invalid: 'not comparable',
};

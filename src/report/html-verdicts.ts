/**
 * The HTML report's verdict sections: baseline vs candidate side by side
 * (with p and the verdict) and each test's pass-rate trend over the history
 * its results carry, as a small inline SVG (no script needed). Every text we
 * do not control goes through escapeHtml.
 */
import type { Comparison, TestChange } from '../compare/types.js';
import { historyOf, type HistoryEntry } from '../model/history.js';
import type { Results } from '../model/results.js';
import { escapeHtml as e } from './escape.js';
import { evidenceText, wilsonText } from './evidence.js';
import { formatPercent, formatPValue, formatRateDelta, passFraction } from './format.js';
import { CELL_MARKS, variantMatrix, type VariantMatrix } from './variant-matrix.js';
import { formatCount } from '../util/plural.js';

const VERDICT_LABELS: Readonly<Record<TestChange['category'], string>> = {
  regression: 'confirmed regression',
  suspected: 'suspected drop, not confirmed',
  not_confirmed: 'drop not confirmed',
  fix: 'fix',
  changed: 'test changed: held to its threshold',
  flaky: 'flaky',
  still_failing: 'still failing',
  still_passing: 'still passing',
  new: 'only in candidate',
  removed: 'only in baseline',
  invalid: 'not comparable',
};

function side(stats: TestChange['before']): string {
  if (!stats) return '—';
  return (
    `${passFraction(stats.passes, stats.trials)} ` +
    `(${formatPercent(stats.trials ? stats.passes / stats.trials : null)})`
  );
}

export function variantsSection(variants: Comparison | undefined, results: Results): string {
  if (!variants) return '';
  const matrix = variantMatrix(results, variants);
  if (matrix) return matrixSection(matrix);
  const rows = variants.changes.map((change) => {
    const evidence = evidenceText(change, variants);
    return (
      `<tr class="v-${e(change.category)}"><td><code>${e(change.testId)}</code></td><td>` +
      `${e(side(change.before))}</td><td>${e(side(change.after))}</td><td>${e(formatPValue(change.pValue))}</td>` +
      `<td>${e(VERDICT_LABELS[change.category])}${evidence ? `<br><small>${e(evidence)}</small>` : ''}</td></tr>`
    );
  });
  const before = variants.before.detail ? ` (${e(variants.before.detail)})` : '';
  const after = variants.after.detail ? ` (${e(variants.after.detail)})` : '';
  return (
    `<section id="variants"><h2>${e(capitalized(variants.before.label))} vs ${e(variants.after.label)}</h2>
<table class="verdicts"><thead><tr><th>Test</th><th>${e(variants.before.label)}${before}</th>` +
    `<th>${e(variants.after.label)}${after}</th><th>p</th>` +
    `<th>verdict</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>
`
  );
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Variants side by side: totals per variant, then one row per test and one column per variant. */
function matrixSection(matrix: VariantMatrix): string {
  const head = matrix.columns
    .map((column) => `<th>${e(column.id)}${column.detail ? `<br><small>${e(column.detail)}</small>` : ''}</th>`)
    .join('');
  const totals = matrix.columns
    .map((column) => {
      if (!column.totals) return '<td>baseline</td>';
      const { after, change } = column.totals.passRate;
      return (
        `<td>${e(formatPercent(after))} <small>(${e(formatRateDelta(change))})</small><br>` +
        `<small>${e(formatCount(column.regressions))} regressions vs baseline</small></td>`
      );
    })
    .join('');
  const rows = matrix.rows.map((row) => {
    const cells = row.cells.map((cell) => {
      if (!cell) return '<td>—</td>';
      const mark = cell.change ? CELL_MARKS[cell.change.category] : '';
      const category = cell.change ? ` class="v-${e(cell.change.category)}"` : '';
      const p = cell.change?.pValue === undefined ? '' : ` <small>${e(formatPValue(cell.change.pValue))}</small>`;
      return `<td${category}>${e(passFraction(cell.passes, cell.trials))}${mark ? ` ${e(mark)}` : ''}${p}</td>`;
    });
    return `<tr><td><code>${e(row.testId)}</code></td>${cells.join('')}</tr>`;
  });
  return `<section id="variants"><h2>Variants side by side</h2>
<table class="verdicts"><thead><tr><th>Test</th>${head}</tr></thead>
<tbody><tr><td>Pass rate</td>${totals}</tr>
${rows.join('\n')}</tbody></table></section>
`;
}

const WIDTH = 120;
const HEIGHT = 24;

function rateOf(entry: HistoryEntry): number | null {
  const trials = entry.passes + entry.failures;
  return trials ? entry.passes / trials : null;
}

/** A polyline of the pass rates (0 at the bottom, 1 at the top), one point per run, oldest left. */
export function sparkline(entries: readonly HistoryEntry[]): string {
  const rates = entries.map(rateOf);
  const step = rates.length > 1 ? WIDTH / (rates.length - 1) : 0;
  const points = rates.flatMap((rate, i) =>
    rate === null ? [] : [`${(i * step).toFixed(1)},${(2 + (1 - rate) * (HEIGHT - 4)).toFixed(1)}`],
  );
  const label = rates.map((rate) => formatPercent(rate)).join(', ');
  return (
    `<svg class="spark" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" ` +
    `aria-label="${e(`pass rate per run: ${label}`)}"><polyline fill="none" stroke="currentColor" ` +
    `stroke-width="1.5" points="${points.join(' ')}"/></svg>`
  );
}

export function trendSection(results: Results): string {
  const history = results.history;
  if (!history) return '';
  const keys = results.tests.map((test) => test.key).filter((key) => (historyOf(history, key)?.length ?? 0) > 0);
  if (keys.length === 0) return '';
  const byKey = new Map(results.tests.map((test) => [test.key, test]));
  const rows = keys.map((key) => {
    const entries = historyOf(history, key)!;
    const passes = entries.reduce((sum, entry) => sum + entry.passes, 0);
    const trials = entries.reduce((sum, entry) => sum + entry.passes + entry.failures, 0);
    const test = byKey.get(key)!;
    return (
      `<tr><td><code>${e(key)}</code></td><td>${sparkline(entries)}</td><td>` +
      `${e(`${passFraction(passes, trials)} over ${formatCount(entries.length)} runs`)}</td><td>` +
      `${e(wilsonText(test))}</td></tr>`
    );
  });
  return `<section id="trend"><h2>Pass rate over the history</h2>
<table class="verdicts"><thead><tr><th>Test</th><th>trend</th><th>history</th><th>this run, Wilson 95%</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>
`;
}

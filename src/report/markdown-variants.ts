/**
 * The "Variants side by side" section of the markdown outputs (comment, check run, job summary, markdown report):
 * totals per variant against the baseline, then one row per test with one column per variant.
 */
import type { RunTotalsDelta } from '../compare/types.js';
import type { Totals } from '../model/results.js';
import { formatCount, plural } from '../util/plural.js';
import { escapeMarkdown, inlineCode } from './escape.js';
import {
  formatDelta,
  formatMs,
  formatPercent,
  formatPValue,
  formatRateDelta,
  formatUsd,
  passFraction,
} from './format.js';
import { table } from './markdown-blocks.js';
import { CELL_MARKS, type VariantCell, type VariantMatrix } from './variant-matrix.js';

export interface MatrixLimits {
  /** Show the tests whose every variant is unchanged against the baseline too. */
  readonly unchangedRows: boolean;
  readonly maxRows: number;
}

/** The section body, and what it left out (for the report's omission note). */
export function variantMatrixMarkdown(
  matrix: VariantMatrix,
  baselineTotals: Totals,
  limits: MatrixLimits,
): { text: string; omitted?: string } {
  const header = ['', ...matrix.columns.map((column) => columnHeader(column.id, column.detail))];
  const align = ['l' as const, ...matrix.columns.map(() => 'r' as const)];
  const totalsRow = (label: string, own: string, pick: (delta: RunTotalsDelta) => string) => [
    label,
    own,
    ...matrix.columns.slice(1).map((column) => (column.totals ? pick(column.totals) : '—')),
  ];
  const t = baselineTotals;
  const totals = table(
    header,
    [
      totalsRow('Pass rate', formatPercent(t.passRate), (d) =>
        withChange(formatPercent(d.passRate.after), formatRateDelta(d.passRate.change)),
      ),
      totalsRow('Cost', formatUsd(t.usage.costUsd), (d) =>
        withChange(formatUsd(d.costUsd.after), formatDelta(d.costUsd.before, d.costUsd.change, formatUsd)),
      ),
      totalsRow('Agent latency p50', formatMs(t.latencyP50), (d) =>
        withChange(formatMs(d.latencyP50.after), formatDelta(d.latencyP50.before, d.latencyP50.change, formatMs)),
      ),
      ['Regressions vs baseline', '—', ...matrix.columns.slice(1).map((column) => formatCount(column.regressions))],
    ],
    align,
  );
  const candidates = limits.unchangedRows ? matrix.rows : matrix.rows.filter((row) => row.notable);
  const shown = candidates.slice(0, limits.maxRows);
  const hidden = candidates.length - shown.length;
  const rows = shown.map((row) => [inlineCode(row.testId), ...row.cells.map(cellText)]);
  const quiet = matrix.rows.length - candidates.length;
  const notes = [
    hidden > 0 ? `+${plural(hidden, 'more test')} not shown.` : '',
    quiet > 0 ? `${plural(quiet, 'test')} unchanged against the baseline in every variant, not listed.` : '',
  ].filter(Boolean);
  const ids = matrix.columns.map((column) => escapeMarkdown(column.id));
  const perTest = rows.length > 0 ? table(['Test', ...ids], rows, align) : '';
  return {
    text: [totals, perTest, notes.join(' ')].filter(Boolean).join('\n\n'),
    ...(hidden > 0 ? { omitted: `${plural(hidden, 'row')} of the variants table` } : {}),
  };
}

function columnHeader(id: string, detail: string | undefined): string {
  return detail ? `${escapeMarkdown(id)} (${escapeMarkdown(detail)})` : escapeMarkdown(id);
}

function withChange(value: string, change: string): string {
  return change === '—' ? value : `${value} · ${change}`;
}

function cellText(cell: VariantCell | undefined): string {
  if (!cell) return '—';
  const counts = passFraction(cell.passes, cell.trials);
  const mark = cell.change ? CELL_MARKS[cell.change.category] : '';
  if (!mark) return counts;
  const p = cell.change?.pValue === undefined ? '' : `, ${formatPValue(cell.change.pValue)}`;
  return `${counts} ${escapeMarkdown(mark)}${p}`;
}

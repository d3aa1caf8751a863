/** Per-test results as CSV (spreadsheets) and JSON (scripts). */
import type { Results, TestSummary } from '../model/results.js';

const COLUMNS = [
  'key', 'testId', 'variant', 'name', 'kind', 'priority', 'tags', 'verdict', 'runs', 'trials', 'passes', 'failures', 'errors',
  'invalid', 'passRate', 'minPassRate', 'passHatK', 'passK', 'costUsd', 'latencyP50', 'latencyP95', 'personaVersion', 'scenarioVersion', 'sourceFile', 'sourceLine',
] as const;
type Column = (typeof COLUMNS)[number];

function row(test: TestSummary): Partial<Record<Column, string | number | null>> {
  const { source, tags, wilson95: _wilson, failureCategories: _categories, ...flat } = test;
  return { ...flat, tags: tags.join(' '), sourceFile: source.file, sourceLine: source.line };
}

/** Quote when needed; a leading = + - @ would be run as a formula by spreadsheets, so it is defused. */
function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(results: Results): string {
  const lines = [COLUMNS.join(','), ...results.tests.map((test) => COLUMNS.map((column) => csvCell(row(test)[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export interface TestsExport {
  readonly runId: string;
  readonly suite: string;
  readonly status: Results['status'];
  readonly startedAt: string;
  readonly totals: Results['totals'];
  readonly tests: readonly TestSummary[];
}

/** The per-test summaries without the transcripts: small enough for dashboards and scripts. */
export function renderTestsJson(results: Results): string {
  const payload: TestsExport = { runId: results.runId, suite: results.suite.name, status: results.status, startedAt: results.startedAt, totals: results.totals, tests: results.tests };
  return `${JSON.stringify(payload, null, 2)}\n`;
}

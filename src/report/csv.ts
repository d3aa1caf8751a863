/**
 * Per-test results as CSV (spreadsheets) and JSON (scripts). Skipped tests
 * are rows too (verdict `skipped`, with the reason); given the previous run,
 * each row says how the test changed and which part of its definition did.
 */
import { placeTests, type Comparison, type Placement } from '../compare/index.js';
import type { Results, SkippedTest, TestSummary } from '../model/results.js';
import { wilsonInterval } from '../verdict/index.js';
import { definitionChangeText, fixedByCriteriaChange } from './definition.js';

/** Four decimals: enough for a rate, short enough for a spreadsheet. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

const COLUMNS = [
  'key',
  'testId',
  'variant',
  'name',
  'kind',
  'priority',
  'tags',
  'verdict',
  'runs',
  'trials',
  'passes',
  'failures',
  'errors',
  'invalid',
  'passRate',
  'minPassRate',
  'passHatK',
  'passK',
  'costUsd',
  'latencyP50',
  'latencyP95',
  'personaVersion',
  'scenarioVersion',
  'sourceFile',
  'sourceLine',
  // Added in results schema 2; appended so scripts reading columns by position keep working.
  'profileVersion',
  'toolsVersion',
  'criteriaVersion',
  'agentVersion',
  'skipReason',
  'change',
  'definitionChanged',
  // Added with the verdict statistics: the pass rate's Wilson 95% interval over the pass/fail trials.
  'wilsonLow',
  'wilsonHigh',
  // Added with the one-section-per-test rule (docs/reports.md): where every report lists the test, and its counts
  // before confirmation (its planned trials' passes over its planned pass/fail trials) and the trials added.
  'section',
  'plannedPasses',
  'plannedTrials',
  'extraTrials',
] as const;
type Column = (typeof COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null>>;

export interface CsvOptions {
  /** The previous run against this one: fills `change` and `definitionChanged`. */
  readonly previous?: Comparison | undefined;
  /** Baseline vs candidate in this run. */
  readonly variants?: Comparison | undefined;
}

function row(test: TestSummary, placement: Placement | undefined): Row {
  const {
    source,
    tags,
    wilson95: _wilson,
    failureCategories: _categories,
    confirmation: _confirmation,
    failure: _failure,
    ...flat
  } = test;
  const change = placement?.decided?.change;
  const counts = placement?.counts;
  const defined = definitionChangeText(change);
  const interval = wilsonInterval(test.passes, test.passes + test.failures);
  return {
    ...flat,
    ...(interval ? { wilsonLow: round(interval.low), wilsonHigh: round(interval.high) } : {}),
    tags: tags.join(' '),
    sourceFile: source.file,
    sourceLine: source.line,
    ...(change ? { change: fixedByCriteriaChange(change) ? 'fix (criteria changed)' : change.category } : {}),
    ...(defined ? { definitionChanged: change!.changedDefinition.join(' ') } : {}),
    ...(placement ? { section: placement.section } : {}),
    ...(counts
      ? {
          plannedPasses: counts.planned.passes,
          plannedTrials: counts.planned.trials,
          extraTrials: counts.extraTrials,
        }
      : {}),
  };
}

function skippedRow(entry: SkippedTest): Row {
  return {
    key: entry.key,
    testId: entry.testId ?? entry.key.slice(0, entry.key.lastIndexOf('@')),
    variant: entry.variant ?? entry.key.slice(entry.key.lastIndexOf('@') + 1),
    name: entry.name ?? null,
    priority: entry.priority ?? null,
    tags: entry.tags?.join(' ') ?? null,
    verdict: 'skipped',
    runs: entry.runs ?? null,
    trials: 0,
    sourceFile: entry.source?.file ?? null,
    sourceLine: entry.source?.line ?? null,
    skipReason: entry.reason,
    section: 'skipped',
  };
}

/** Quote when needed; a leading = + - @ would be run as a formula by spreadsheets, so it is defused. */
function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(results: Results, options: CsvOptions = {}): string {
  const sections = placeTests({ results, previous: options.previous, variants: options.variants });
  const rows = [
    ...results.tests.map((test) => row(test, sections.byKey.get(test.key))),
    ...results.skipped.map(skippedRow),
  ];
  const lines = [COLUMNS.join(','), ...rows.map((cells) => COLUMNS.map((column) => csvCell(cells[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export interface TestsExport {
  readonly runId: string;
  readonly suite: string;
  readonly status: Results['status'];
  readonly startedAt: string;
  readonly totals: Results['totals'];
  readonly tests: readonly TestSummary[];
  /** Planned tests that could not run, with why. */
  readonly skipped: Results['skipped'];
}

/** The per-test summaries without the transcripts: small enough for dashboards and scripts. */
export function renderTestsJson(results: Results): string {
  const payload: TestsExport = {
    runId: results.runId,
    suite: results.suite.name,
    status: results.status,
    startedAt: results.startedAt,
    totals: results.totals,
    tests: results.tests,
    skipped: results.skipped,
  };
  return `${JSON.stringify(payload, null, 2)}\n`;
}

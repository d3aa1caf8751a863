/**
 * The console view of a finished run: one line per conversation, one row per
 * test × variant with its pass rate over the run count, then the totals.
 * Plain text (no colours) so it reads the same in CI logs and terminals.
 */
import type { Results, TestSummary, Totals, TrialResult } from '../model/results.js';
import { checkpointText } from '../model/results.js';
import { failureCategoryLabel } from '../judge/verdict.js';
import { skipCause, skipHint } from './skipped.js';
import { duration } from '../runner/progress.js';
import { placeTests, SECTION_TITLES, SECTIONS, type Placement } from '../compare/index.js';
import type { ReportInput } from './types.js';
import { agentChangeText, runConfirms, suspectedWhy } from './placement-text.js';
import { placementText } from './html-parts.js';
import { variantMatrix } from './variant-matrix.js';
import { formatPercent, formatRateDelta } from './format.js';
import { plural } from '../util/plural.js';

const STATUS_MARK: Record<TrialResult['status'], string> = {
  pass: '✓',
  fail: '✗',
  error: '!',
  invalid: '~',
  skipped: '-',
};
const VERDICT_MARK: Record<TestSummary['verdict'], string> = {
  pass: '✓',
  fail: '✗',
  error: '!',
  invalid: '~',
  not_run: '-',
};
const REASON_CHARS = 160;

export function formatTrialLines(results: Results): string[] {
  const idWidth = widthOf(results.trials.map((trial) => trial.testId));
  const variantWidth = widthOf(results.trials.map((trial) => trial.variant));
  return results.trials.map((trial) => {
    const head =
      `${STATUS_MARK[trial.status]} ${trial.testId.padEnd(idWidth)}  ` +
      `${trial.variant.padEnd(variantWidth)}  #${trial.index + 1}`;
    const shape = `${trial.turns} turn${trial.turns === 1 ? '' : 's'}, ${trial.endReason}`;
    return trial.status === 'pass' ? `${head}  ${shape}` : `${head}  ${shape}  — ${clip(why(trial))}`;
  });
}

/** Failed criteria with their reasons, or the trial's own reason (error, invalid). */
function why(trial: TrialResult): string {
  const failed = trial.metrics.filter((metric) => !metric.passed);
  if (trial.status === 'fail' && failed.length > 0)
    return failed
      .map((metric) => `${metric.id}${metric.at ? ` (${checkpointText(metric.at)})` : ''}: ${metric.reason}`)
      .join('; ');
  return trial.reason ?? trial.status;
}

export function formatTestTable(results: Results): string[] {
  const rows = results.tests.map((test) => [
    `${VERDICT_MARK[test.verdict]} ${test.testId}`,
    test.variant,
    `${test.passes}/${test.trials}`,
    test.passRate === null ? '—' : percent(test.passRate),
    `pass^${test.passK ?? test.runs} ${test.passHatK === null ? '—' : test.passHatK.toFixed(2)}`,
    test.wilson95 === null ? '' : `[${test.wilson95[0].toFixed(2)}–${test.wilson95[1].toFixed(2)}]`,
    verdictText(test),
  ]);
  const header = ['test', 'variant', 'passed', 'rate', 'pass^k', 'wilson 95%', 'verdict'];
  const widths = header.map((title, column) => widthOf([title, ...rows.map((row) => row[column] ?? '')]));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

function verdictText(test: TestSummary): string {
  const need = `needs ${Math.round(test.minPassRate * 100)}% of ${test.runs}`;
  const extra = [
    test.errors ? `${test.errors} error${test.errors === 1 ? '' : 's'}` : '',
    test.invalid ? `${test.invalid} invalid` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${test.verdict.replace('_', ' ')} (${need}${extra ? `; ${extra}` : ''})`;
}

export function formatTotals(label: string, totals: Totals): string {
  const tests =
    `${totals.passed} passed, ${totals.failed} failed, ${totals.errored} ` +
    `errors${totals.invalid ? `, ${totals.invalid} invalid` : ''}${totals.notRun ? `, ${totals.notRun} not run` : ''}`;
  const parts = [
    `${label}: ${totals.tests} tests (${tests})`,
    `pass rate ${totals.passRate === null ? '—' : percent(totals.passRate)}`,
    `${totals.trials} trials`,
    `$${totals.usage.costUsd.toFixed(4)}`,
    `${totals.usage.inputTokens + totals.usage.outputTokens} tokens`,
    `agent latency p50 ${ms(totals.latencyP50)} p95 ${ms(totals.latencyP95)}`,
    duration(totals.durationMs),
  ];
  return parts.join(' · ');
}

export function formatRunSummary(results: Results): string[] {
  const lines = [
    '',
    'Conversations:',
    ...formatTrialLines(results).map(indent),
    '',
    'Tests (pass rate over run count):',
    ...formatTestTable(results).map(indent),
    '',
  ];
  lines.push(formatTotals('Total', results.totals));
  for (const [variant, totals] of Object.entries(results.variantTotals))
    lines.push(indent(formatTotals(variant, totals)));
  const categories = Object.entries(results.totals.failureCategories);
  if (categories.length > 0)
    lines.push(
      `Failures by category: ` +
        `${categories.map(([category, count]) => `${failureCategoryLabel(category)} ${count}`).join(', ')}`,
    );
  if (results.status === 'stopped')
    lines.push(`Run stopped (${results.stopReason ?? 'unknown reason'}): unfinished trials are not in the results.`);
  lines.push(...formatSkipped(results));
  return lines;
}

/**
 * "skipped 4 (no simulator key): set OPENAI_API_KEY or pass --simulator-base-url
 * to run them", then one line per test × variant.
 */
export function formatSkipped(results: Pick<Results, 'skipped'>): string[] {
  const skipped = results.skipped;
  if (skipped.length === 0) return [];
  const hint = skipHint(skipped, 'cli');
  const keyWidth = widthOf(skipped.map((entry) => entry.key));
  return [
    `skipped ${skipped.length} (${skipCause(skipped)})${hint ? `: ${hint}` : ''}`,
    ...skipped.map((entry) => indent(`- ${entry.key.padEnd(keyWidth)}  ${clip(entry.reason)}`)),
  ];
}

function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

function ms(value: number | null): string {
  return value === null ? '—' : `${Math.round(value)} ms`;
}

function widthOf(values: readonly string[]): number {
  return Math.max(0, ...values.map((value) => value.length));
}

function indent(line: string): string {
  return `  ${line}`;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > REASON_CHARS ? `${oneLine.slice(0, REASON_CHARS - 1)}…` : oneLine;
}

/**
 * What the comparisons found, by the one section each test is listed in (the same as the PR comment and the HTML
 * report), then the gate's line is printed by the caller. Nothing when no test is listed and nothing was compared.
 */
export function formatComparisonSummary(input: Pick<ReportInput, 'results' | 'previous' | 'variants'>): string[] {
  const { results, previous, variants } = input;
  const sections = placeTests({ results, previous, variants });
  const against = [
    previous ? `the previous run ${previous.before.runId}` : '',
    variants ? `${variants.after.label} vs ${variants.before.label}` : '',
  ].filter(Boolean);
  const lines: string[] = [];
  if (against.length) lines.push(`Compared: ${against.join(' and ')}`);
  const matrix = variantMatrix(results, variants);
  // Several variants: each one's pass rate and regressions against the baseline, side by side, before the lists.
  for (const column of matrix?.columns.slice(1) ?? []) {
    const { after, change } = column.totals!.passRate;
    const baseline = matrix!.columns[0]!.id;
    const regressions = plural(column.regressions, 'regression');
    lines.push(
      indent(
        `${column.id}: pass rate ${formatPercent(after)} (${formatRateDelta(change)} vs ${baseline}) · ${regressions}`,
      ),
    );
  }
  const agent = agentChangeText(previous);
  if (agent) lines.push(indent(agent));
  const confirming = runConfirms(results);
  for (const section of SECTIONS) {
    // Skipped tests are listed above with their reason; passing unchanged ones are not listed.
    if (section === 'passing' || section === 'skipped') continue;
    const found = sections.of(section);
    if (found.length === 0) continue;
    lines.push(indent(`${SECTION_TITLES[section]} (${found.length}):`));
    const width = widthOf(found.map((placement) => placement.key));
    for (const placement of found)
      lines.push(indent(indent(`${placement.key.padEnd(width)}  ${lineOf(placement, confirming)}`)));
  }
  return lines.length ? ['', ...lines] : [];
}

function lineOf(placement: Placement, confirming: boolean): string {
  const why = placement.section === 'suspected' ? ` — ${suspectedWhy(placement, confirming)}` : '';
  return `${placementText(placement)}${why}`;
}

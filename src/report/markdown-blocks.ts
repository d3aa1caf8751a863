/**
 * Markdown building blocks shared by the comment, the check run summary, the
 * job summary and the markdown report. Every piece of text we do not control
 * goes through escape.ts here.
 */
import type { Comparison, Delta, TestChange } from '../compare/types.js';
import type { Results, TestSummary } from '../model/results.js';
import { checkpointText } from '../model/results.js';
import { escapeMarkdown, escapePre, inlineCode, truncate } from './escape.js';
import { failureOf, type FailedCriterion, type TrialIndex } from './failures.js';
import {
  formatDelta,
  formatMs,
  formatPercent,
  formatPValue,
  formatRateDelta,
  formatUsd,
  formatPassHatK,
  passFraction,
  trialsPassing,
} from './format.js';
import { formatCount, plural } from '../util/plural.js';
import { failureCategoryLabel } from '../judge/verdict.js';
import { MAX_REASON_CHARS } from './limits.js';
import { MAX_EXCERPT_LINE_CHARS, MAX_EXCERPT_LINES } from '../aggregate/failure-digest.js';
import { definitionMark } from './definition.js';
import { evidenceText, wilsonText } from './evidence.js';

export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[],
): string {
  const divider = align.map((a) => (a === 'r' ? '---:' : '---'));
  return [header, divider, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

interface Row {
  readonly label: string;
  readonly delta: Delta;
  readonly show: (value: number | null) => string;
  readonly change: (delta: Delta) => string;
}

function totalsRows(comparison: Comparison): Row[] {
  const t = comparison.totals;
  const money = (d: Delta): string => formatDelta(d.before, d.change, (v) => formatUsd(v));
  const time = (d: Delta): string => formatDelta(d.before, d.change, (v) => formatMs(v));
  const count = (d: Delta): string => formatDelta(d.before, d.change, (v) => formatCount(v));
  return [
    { label: 'Pass rate', delta: t.passRate, show: formatPercent, change: (d) => formatRateDelta(d.change) },
    { label: 'Tests passed', delta: t.testsPassed, show: formatCount, change: count },
    { label: 'Cost', delta: t.costUsd, show: formatUsd, change: money },
    { label: 'Tokens', delta: t.tokens, show: formatCount, change: count },
    // Variants share the run's wall time: a duration row would always say ±0.
    ...(comparison.kind === 'variants'
      ? []
      : [{ label: 'Duration', delta: t.durationMs, show: formatMs, change: time }]),
    { label: 'Agent latency p50', delta: t.latencyP50, show: formatMs, change: time },
    { label: 'Agent latency p95', delta: t.latencyP95, show: formatMs, change: time },
  ];
}

function sideHeader(comparison: Comparison, side: 'before' | 'after'): string {
  const info = comparison[side];
  const detail = info.detail ? ` (${escapeMarkdown(info.detail)})` : '';
  return `${info.label}${detail}`;
}

/** Side-by-side totals for a comparison (previous vs current, or baseline vs candidate). */
export function comparisonTable(comparison: Comparison): string {
  const rows = totalsRows(comparison).map((row) => [
    row.label,
    row.show(row.delta.before),
    row.show(row.delta.after),
    row.change(row.delta),
  ]);
  return table(['', sideHeader(comparison, 'before'), sideHeader(comparison, 'after'), 'Δ'], rows, [
    'l',
    'r',
    'r',
    'r',
  ]);
}

/** Totals of a run alone (no previous run). */
export function totalsTable(results: Results): string {
  const t = results.totals;
  const rows = [
    ['Pass rate', formatPercent(t.passRate)],
    ['Tests passed', `${formatCount(t.passed)} of ${formatCount(t.tests)}`],
    ['Cost', formatUsd(t.usage.costUsd)],
    ['Tokens', formatCount(t.usage.inputTokens + t.usage.outputTokens)],
    ['Duration', formatMs(t.durationMs)],
    ['Agent latency p50', formatMs(t.latencyP50)],
    ['Agent latency p95', formatMs(t.latencyP95)],
  ];
  return table(['', 'this run'], rows, ['l', 'r']);
}

export function failureCategoriesLine(comparison: Comparison | undefined, results: Results): string | undefined {
  const before = comparison?.failureCategories.before ?? {};
  const after = comparison?.failureCategories.after ?? results.totals.failureCategories;
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  if (names.length === 0) return undefined;
  const parts = names.map((name) =>
    comparison
      ? `${escapeMarkdown(failureCategoryLabel(name))} ${formatCount(before[name] ?? 0)} → ` +
        `${formatCount(after[name] ?? 0)}`
      : `${escapeMarkdown(failureCategoryLabel(name))} ${formatCount(after[name] ?? 0)}`,
  );
  return (
    `**Failed trials by category**` +
    `${comparison ? ` (${comparison.before.label} → ${comparison.after.label})` : ''}: ${parts.join(' · ')}`
  );
}

export function testLabel(test: TestSummary): string {
  const name = test.name ? ` · ${escapeMarkdown(test.name)}` : '';
  return `${inlineCode(test.key)}${name}`;
}

function tagsText(test: TestSummary): string {
  return test.tags.length ? ` · tags: ${test.tags.map(inlineCode).join(' ')}` : '';
}

/**
 * "48/50 over the last 10 runs on main → 1/5 now, 2/25 after confirmation · p < 0.001 < α = 0.01 (…)" when the
 * change carries its evidence, else "5/5 → 1/5 passing (p = 0.004)".
 */
export function changeNumbers(change: TestChange, comparison?: Comparison): string {
  const evidence = comparison ? evidenceText(change, comparison) : undefined;
  if (evidence) {
    const errors = change.after?.errors ? ` (${plural(change.after.errors, 'error')})` : '';
    return `${escapeMarkdown(evidence)}${errors}`;
  }
  const before = change.before ? passFraction(change.before.passes, change.before.trials) : '—';
  const after = change.after ? passFraction(change.after.passes, change.after.trials) : '—';
  const p = change.pValue === undefined ? '' : ` (${formatPValue(change.pValue)})`;
  const errors = change.after?.errors ? `, ${plural(change.after.errors, 'error')}` : '';
  return `${before} → ${after} passing${errors}${p}`;
}

function definitionNote(change: TestChange | undefined): string {
  const mark = definitionMark(change, true);
  return mark ? ` · ${mark}` : '';
}

function testNumbers(test: TestSummary): string {
  // pass^k says something only over several trials.
  const passHatK = test.passes + test.failures > 1 ? formatPassHatK(test) : '';
  return `${trialsPassing(test)}${passHatK ? ` · ${passHatK}` : ''}`;
}

/** The judge's verdict on each part of an expected outcome (met ones too), nested under the criterion. */
function partLines(parts: FailedCriterion['parts']): string[] {
  return (parts ?? []).map((part) => {
    const evidence = part.evidence ? ` — ${escapeMarkdown(truncate(part.evidence, MAX_REASON_CHARS))}` : '';
    return (
      `  - ${part.met ? '✓ met' : '✗ not met'}: ` +
      `${escapeMarkdown(truncate(part.part, MAX_REASON_CHARS))}${evidence}`
    );
  });
}

function criteriaLines(test: TestSummary, trials: TrialIndex): string[] {
  const detail = failureOf(test, trials);
  const lines = (detail?.criteria ?? []).map((criterion) => {
    const score =
      criterion.score === null ? '' : ` score ${criterion.score.toFixed(2)} < ${criterion.threshold.toFixed(2)};`;
    const at = criterion.at ? `, ${escapeMarkdown(checkpointText(criterion.at))}` : '';
    const times = criterion.trials > 1 ? ` failed in ${criterion.failedIn}/${criterion.trials} trials;` : '';
    const line =
      `- ✗ **${escapeMarkdown(criterion.id)}** (${escapeMarkdown(criterion.type)}${at}):${times}${score} ` +
      `${escapeMarkdown(truncate(criterion.reason, MAX_REASON_CHARS))}`;
    return [line, ...partLines(criterion.parts)].join('\n');
  });
  for (const reason of detail?.trialReasons ?? [])
    lines.push(`- ⚠️ ${escapeMarkdown(truncate(reason, MAX_REASON_CHARS))}`);
  return lines;
}

/** The collapsed transcript excerpt of a failing test's first failing trial. */
export function excerptBlock(test: TestSummary, trials: TrialIndex): string | undefined {
  const exemplar = failureOf(test, trials)?.exemplar;
  if (!exemplar) return undefined;
  const summary = `Transcript excerpt · trial ${exemplar.index + 1} of ${Math.max(1, test.trials)}`;
  const lines = exemplar.excerpt.slice(0, MAX_EXCERPT_LINES).map((line) => truncate(line, MAX_EXCERPT_LINE_CHARS));
  return `<details><summary>${summary}</summary>\n\n<pre>\n${escapePre(lines.join('\n'))}` + `\n</pre>\n\n</details>`;
}

/**
 * A failing test: heading line and the criteria with the judge's reasons (its transcript excerpt, excerptBlock, is
 * added by the caller); `compact`: one line. `numbers`: what the test's section says of it (evidence, its own
 * threshold); its change's numbers by default.
 */
export function failureBlock(
  test: TestSummary,
  change: TestChange | undefined,
  trials: TrialIndex,
  compact: boolean,
  comparison?: Comparison,
  numbers: string = change ? changeNumbers(change, comparison) : testNumbers(test),
): string {
  if (compact) return `- ${testLabel(test)} · **${test.priority}** · ${numbers}${definitionNote(change)}`;
  const head = `#### ${testLabel(test)}\n\n**${test.priority}**${tagsText(test)} · ${numbers}${definitionNote(change)}`;
  return [head, criteriaLines(test, trials).join('\n')].filter(Boolean).join('\n\n');
}

export function changeLine(change: TestChange, comparison?: Comparison): string {
  return (
    `- ${testLabel(change.test)} · ${change.test.priority} · ` +
    `${changeNumbers(change, comparison)}${definitionNote(change)}`
  );
}

export function simpleLine(change: TestChange): string {
  const stats = change.after ?? change.before;
  const numbers = stats ? ` · ${passFraction(stats.passes, stats.trials)} passing` : '';
  const note = change.note ? ` · ${escapeMarkdown(change.note)}` : '';
  return `- ${testLabel(change.test)} · ${change.test.priority}${numbers}${note}${definitionNote(change)}`;
}

/** A flaky test: its pooled history, this run, and its interval. */
export function flakyHistoryRow(change: TestChange): string[] {
  const reference = change.reference;
  const pooled = reference
    ? `${formatPercent(reference.passes / reference.trials)} (${passFraction(reference.passes, reference.trials)})`
    : '—';
  const now = change.after ? passFraction(change.after.passes, change.after.trials) : '—';
  const mark = definitionMark(change, false);
  return [`${testLabel(change.test)}${mark ? ` · ${mark}` : ''}`, pooled, now, wilsonText(change.test)];
}

export function flakyRow(change: TestChange): string[] {
  // The rate of the pass/fail trials the test compared (errors counted apart), so the percentage matches the fraction.
  const rate = (stats: TestChange['before']): string => {
    if (!stats) return '—';
    const errors = stats.errors ? `, ${plural(stats.errors, 'error')}` : '';
    return (
      `${formatPercent(stats.trials ? stats.passes / stats.trials : null)} ` +
      `(${passFraction(stats.passes, stats.trials)}${errors})`
    );
  };
  const mark = definitionMark(change, false);
  return [
    `${testLabel(change.test)}${mark ? ` · ${mark}` : ''}`,
    rate(change.before),
    rate(change.after),
    formatPValue(change.pValue),
  ];
}

export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s<>"]+$/.test(url)) return undefined;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/**
 * The markdown report behind the PR comment, the check run summary, the job
 * summary and `rehearse report --format md`: one document, rendered at the
 * most detailed level that fits the target's limit.
 *
 * Shrinking goes step by step — transcripts, then the lists of passing tests
 * (fixes, new, removed), then ever shorter lists, then one line per test —
 * and the document always says what was left out and where the full report is.
 */
import type { Comparison, TestChange } from '../compare/types.js';
import type { SkippedTest, TestSummary } from '../model/results.js';
import { skipCause, skipHint } from './skipped.js';
import { escapeMarkdown, inlineCode, truncate } from './escape.js';
import { MAX_REASON_CHARS } from './limits.js';
import { indexTrials, type TrialIndex } from './failures.js';
import { shortSha } from './format.js';
import { formatCount, plural } from '../util/plural.js';
import {
  changeLine,
  comparisonTable,
  excerptBlock,
  failureBlock,
  failureCategoriesLine,
  flakyHistoryRow,
  safeUrl,
  simpleLine,
  table,
  totalsTable,
} from './markdown-blocks.js';
import type { RenderedText, ReportInput } from './types.js';
import { confirmationLine, confirmationTotals, levelText, wilsonText } from './evidence.js';
import { formatPercent, passFraction } from './format.js';

export interface Level {
  readonly transcripts: boolean;
  readonly passingLists: boolean;
  readonly compact: boolean;
  readonly maxItems: number;
}

const LEVELS: readonly Level[] = [
  { transcripts: true, passingLists: true, compact: false, maxItems: Infinity },
  { transcripts: false, passingLists: true, compact: false, maxItems: Infinity },
  { transcripts: false, passingLists: false, compact: false, maxItems: Infinity },
  ...[100, 50, 25, 10].map((maxItems) => ({ transcripts: false, passingLists: false, compact: false, maxItems })),
  ...[50, 20, 5, 0].map((maxItems) => ({ transcripts: false, passingLists: false, compact: true, maxItems })),
];

export interface MarkdownTarget {
  /** What the limit is called in the omission note, e.g. "GitHub's 65,536-character comment limit". */
  readonly limitName: string;
  readonly limit: number;
  /** Never less than `text.length` (characters or UTF-8 bytes): a level whose lists alone pass it is given up. */
  readonly measure: (text: string) => number;
  /** Prepended (the sticky comment's hidden marker). */
  readonly marker?: string;
}

interface Context {
  readonly input: ReportInput;
  readonly trials: TrialIndex;
  readonly level: Level;
  /** Lists stop growing once all of them together pass this many characters: the level fails and the next is tried. */
  readonly budget: number;
  /** Characters the lists of this rendering hold so far. */
  readonly listed: { chars: number };
  /** Give up the rendering (throw OVER_BUDGET) once the lists pass the budget: a level that cannot fit anyway. */
  readonly giveUpOverBudget: boolean;
  readonly omitted: string[];
  /** Keys already shown in full: a second listing is one line. */
  readonly detailed: Set<string>;
  /** Failure blocks rendered at an earlier level, by test, comparison and options: most levels show the same ones. */
  readonly blocks: Map<string, string>;
}

/** Thrown to give up a level that cannot fit: rendering the rest of it would be wasted. */
const OVER_BUDGET = Symbol('over budget');

/** Up to `level.maxItems` items, stopping early once the budget is blown; notes what was left out. */
function list<T>(
  ctx: Context,
  items: readonly T[],
  render: (item: T) => string,
  noun: string,
  separator = '\n',
): string {
  const shown: string[] = [];
  for (const item of items) {
    if (shown.length >= ctx.level.maxItems || ctx.listed.chars > ctx.budget) break;
    const text = render(item);
    shown.push(text);
    ctx.listed.chars += text.length + separator.length;
  }
  if (ctx.listed.chars > ctx.budget && ctx.giveUpOverBudget) throw OVER_BUDGET;
  if (shown.length < items.length)
    ctx.omitted.push(`${formatCount(items.length - shown.length)} of ${formatCount(items.length)} ${noun}`);
  if (shown.length === 0 && items.length > 0) return '_Left out to fit; see the note above._';
  return shown.join(separator);
}

function section(title: string, body: string): string {
  return body ? `### ${title}\n\n${body}` : '';
}

function byCategory(comparison: Comparison | undefined, category: TestChange['category']): TestChange[] {
  return comparison ? comparison.changes.filter((change) => change.category === category) : [];
}

function header(ctx: Context): string {
  const { results, gate, previous } = ctx.input;
  const t = results.totals;
  const sha = shortSha(results.git.sha);
  const facts = [
    `Run ${inlineCode(results.runId)}`,
    results.status,
    sha ? `commit ${inlineCode(sha)}` : '',
    `${plural(t.tests, 'test')} · ${plural(t.trials, 'trial')}`,
    results.skipped.length ? `${formatCount(results.skipped.length)} skipped` : '',
    results.shard ? `shard ${results.shard.index}/${results.shard.total}` : '',
    previous
      ? `compared with ${inlineCode(previous.before.runId)}` +
        `${previous.before.sha ? ` (${inlineCode(shortSha(previous.before.sha)!)})` : ''}`
      : '',
  ].filter(Boolean);
  // The gate summary is our own text (counts and thresholds), shown as is.
  return [`## 🎭 Rehearse · ${escapeMarkdown(results.suite.name)}`, `**${gate.summary}**`, facts.join(' · ')].join(
    '\n\n',
  );
}

function previousNote(ctx: Context): string {
  const { previous, previousRunNote, variants } = ctx.input;
  if (previousRunNote) return `> ${escapeMarkdown(previousRunNote)}`;
  if (previous) return '';
  return `> No previous run to compare with${variants ? ': comparing baseline with candidate only' : ''}.`;
}

function totals(ctx: Context): string {
  const { previous, results } = ctx.input;
  const confirmation = confirmationTotals(results);
  const parts = [
    previous ? comparisonTable(previous) : totalsTable(results),
    failureCategoriesLine(previous, results) ?? '',
    confirmation ? confirmationLine(confirmation) : '',
  ];
  return section('Totals', parts.filter(Boolean).join('\n\n'));
}

function countsLine(comparison: Comparison): string {
  const c = comparison.counts;
  const unchanged = c.still_passing + c.still_failing;
  return [
    plural(c.regression, 'regression'),
    c.suspected ? `${formatCount(c.suspected)} suspected` : '',
    c.not_confirmed ? `${formatCount(c.not_confirmed)} not confirmed` : '',
    plural(c.fix, 'fix'),
    `${formatCount(c.flaky)} flaky`,
    `${formatCount(unchanged)} unchanged`,
    c.new ? `${formatCount(c.new)} only in candidate` : '',
    c.removed ? `${formatCount(c.removed)} only in baseline` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

function variantsSection(ctx: Context): string {
  const variants = ctx.input.variants;
  if (!variants) return '';
  const body = [
    comparisonTable(variants),
    `Candidate vs baseline: ${countsLine(variants)}`,
    failureCategoriesLine(variants, ctx.input.results) ?? '',
  ];
  return section('Baseline vs candidate', body.filter(Boolean).join('\n\n'));
}

/** A failing test in full the first time, as one line ("details above") after that. */
function detailed(ctx: Context, test: TestSummary, change: TestChange | undefined, comparison?: Comparison): string {
  const again = ctx.detailed.has(test.key);
  ctx.detailed.add(test.key);
  const compact = ctx.level.compact || again;
  const blockOf = (transcript: boolean): string => {
    const id = `${test.key}\0${comparison?.kind ?? ''}\0${transcript}\0${compact}`;
    let block = ctx.blocks.get(id);
    if (block === undefined) {
      // With its excerpt, a full block is the one without plus the excerpt: the next level reuses that one.
      block =
        transcript && !compact
          ? [blockOf(false), excerptBlock(test, ctx.trials)].filter(Boolean).join('\n\n')
          : failureBlock(test, change, ctx.trials, compact, comparison);
      ctx.blocks.set(id, block);
    }
    return block;
  };
  const block = blockOf(ctx.level.transcripts);
  return again && !ctx.level.compact ? `${block} · details above` : block;
}

function regressionSection(ctx: Context, comparison: Comparison | undefined, given: string): string {
  const found = byCategory(comparison, 'regression');
  if (found.length === 0) return '';
  const pooled = found.some((change) => change.reference?.source === 'history');
  const title = pooled && comparison?.kind === 'runs' ? 'Confirmed regressions against the history' : given;
  const render = (change: TestChange) => detailed(ctx, change.test, change, comparison);
  const body = list(ctx, found, render, title.toLowerCase(), ctx.level.compact ? '\n' : '\n\n');
  return section(`❌ ${title} (${formatCount(found.length)})`, body);
}

/** Drops that do not fail the gate: suspected (the run could not confirm them) and not confirmed, with evidence. */
function dropSection(ctx: Context, category: 'suspected' | 'not_confirmed'): string {
  const found: [TestChange, Comparison][] = [];
  for (const comparison of [ctx.input.previous, ctx.input.variants]) {
    if (!comparison) continue;
    for (const change of byCategory(comparison, category)) found.push([change, comparison]);
  }
  if (found.length === 0) return '';
  const intro =
    category === 'suspected'
      ? 'Suspected drop, not confirmed: rerun with confirmation. Not failing the gate: this run had no ' +
        'confirmation trials to tell a real drop from noise.'
      : 'The confirmation trials did not confirm the drop: not failing the gate.';
  const render = ([change, comparison]: [TestChange, Comparison]) => {
    const against = comparison.kind === 'variants' ? ' (candidate vs baseline)' : '';
    return `${changeLine(change, comparison)}${against}`;
  };
  const title = category === 'suspected' ? 'Suspected drops' : 'Drops not confirmed';
  const icon = category === 'suspected' ? '⚠️' : '🔁';
  const body = `${intro}\n\n${list(ctx, found, render, title.toLowerCase())}`;
  return section(`${icon} ${title} (${formatCount(found.length)})`, body);
}

/** Failing tests not already shown as regressions (with their change against the previous run, if any). */
function failingSection(ctx: Context): string {
  const regressed = new Set<string>();
  for (const comparison of [ctx.input.previous, ctx.input.variants])
    for (const change of byCategory(comparison, 'regression')) regressed.add(change.key);
  const failing = ctx.input.results.tests.filter(
    (test) => (test.verdict === 'fail' || test.verdict === 'error') && !regressed.has(test.key),
  );
  if (failing.length === 0) return '';
  const changes = new Map((ctx.input.previous?.changes ?? []).map((change) => [change.key, change]));
  const render = (test: TestSummary): string => detailed(ctx, test, changes.get(test.key), ctx.input.previous);
  const title = regressed.size ? 'Other failing tests' : 'Failing tests';
  return section(
    `🔴 ${title} (${formatCount(failing.length)})`,
    list(ctx, failing, render, title.toLowerCase(), ctx.level.compact ? '\n' : '\n\n'),
  );
}

function skippedLine(entry: SkippedTest): string {
  const name = entry.name ? ` · ${escapeMarkdown(entry.name)}` : '';
  const priority = entry.priority ? ` · ${entry.priority}` : '';
  return `- ${inlineCode(entry.key)}${name}${priority} · ${escapeMarkdown(truncate(entry.reason, MAX_REASON_CHARS))}`;
}

/** Planned tests that never ran (no simulator key or endpoint): listed, never silently dropped. */
function skippedSection(ctx: Context): string {
  const skipped = ctx.input.results.skipped;
  if (skipped.length === 0) return '';
  const hint = skipHint(skipped, 'any');
  const allowed = ctx.input.results.gate?.allowSkipped ? ' Allowed by `gate.allow_skipped: true`.' : '';
  const intro = `**${escapeMarkdown(skipCause(skipped))}**${hint ? `: ${escapeMarkdown(hint)}.` : '.'}${allowed}`;
  const body = `${intro}\n\n${list(ctx, skipped, skippedLine, 'skipped tests')}`;
  return section(`⏭️ Could not run (${formatCount(skipped.length)})`, body);
}

function simpleSection(
  ctx: Context,
  comparison: Comparison | undefined,
  category: TestChange['category'],
  title: string,
  passing: boolean,
): string {
  const found = byCategory(comparison, category);
  if (found.length === 0) return '';
  const heading = `${title} (${formatCount(found.length)})`;
  if (passing && !ctx.level.passingLists) {
    ctx.omitted.push(`the list of ${title.toLowerCase()} (${formatCount(found.length)})`);
    return section(heading, '_List left out to fit._');
  }
  const render = category === 'fix' ? (change: TestChange) => changeLine(change, comparison) : simpleLine;
  return section(heading, list(ctx, found, render, title.toLowerCase()));
}

/** Flaky by history, once per key across the comparisons, collapsed: below the regressions, never instead of one. */
function flakySection(ctx: Context): string {
  const byKey = new Map<string, TestChange>();
  for (const comparison of [ctx.input.previous, ctx.input.variants]) {
    for (const change of byCategory(comparison, 'flaky')) if (!byKey.has(change.key)) byKey.set(change.key, change);
  }
  const found = [...byKey.values()];
  if (found.length === 0) return '';
  const shown = found.slice(0, Math.min(found.length, ctx.level.maxItems));
  if (shown.length < found.length)
    ctx.omitted.push(`${formatCount(found.length - shown.length)} of ${formatCount(found.length)} flaky tests`);
  const intro =
    'Unstable across their history on the base branch (pooled pass rate strictly between 5% and 95% over at ' +
    'least 10 trials).';
  const rows = table(['Test', 'history', 'now', 'Wilson 95%'], shown.map(flakyHistoryRow), ['l', 'r', 'r', 'r']);
  const body = shown.length ? `${intro}\n\n${rows}` : intro;
  return `<details><summary>〰️ Flaky (${formatCount(found.length)})</summary>\n\n${body}\n\n</details>`;
}

/** Every test's pass rate with its Wilson 95% interval, collapsed (left out first when shrinking). */
function intervalsSection(ctx: Context): string {
  const tests = ctx.input.results.tests;
  if (tests.length === 0 || !ctx.level.passingLists) return '';
  const rows = tests.map((test) => [
    inlineCode(test.key),
    passFraction(test.passes, test.passes + test.failures),
    formatPercent(test.passes + test.failures ? test.passes / (test.passes + test.failures) : null),
    wilsonText(test),
  ]);
  const body = table(['Test', 'passed', 'rate', 'Wilson 95%'], rows, ['l', 'r', 'r', 'r']);
  return (
    `<details><summary>Pass rates with 95% intervals ` +
    `(${formatCount(tests.length)})</summary>\n\n${body}\n\n</details>`
  );
}

/** Still-passing tests are not listed, except those whose own definition changed: a reviewer should see them. */
function changedStillPassingSection(ctx: Context, comparison: Comparison | undefined, suffix: string): string {
  const found = byCategory(comparison, 'still_passing').filter((change) => change.changedDefinition.length > 0);
  if (found.length === 0) return '';
  const title = `✏️ Still passing, definition changed${suffix}`;
  const heading = `${title} (${formatCount(found.length)})`;
  if (!ctx.level.passingLists) {
    ctx.omitted.push(`the list of tests still passing with a changed definition (${formatCount(found.length)})`);
    return section(heading, '_List left out to fit._');
  }
  return section(heading, list(ctx, found, changeLine, 'still passing tests with a changed definition'));
}

function comparisonLists(ctx: Context, comparison: Comparison | undefined, suffix: string): string[] {
  return [
    simpleSection(ctx, comparison, 'fix', `✅ Fixes${suffix}`, true),
    changedStillPassingSection(ctx, comparison, suffix),
    simpleSection(ctx, comparison, 'new', comparison?.kind === 'variants' ? 'Only in candidate' : 'New tests', true),
    simpleSection(
      ctx,
      comparison,
      'removed',
      comparison?.kind === 'variants' ? 'Only in baseline' : 'Removed tests',
      true,
    ),
    simpleSection(ctx, comparison, 'invalid', `Not comparable${suffix}`, false),
  ];
}

function methodNote(ctx: Context): string {
  const method = (ctx.input.previous ?? ctx.input.variants)?.method;
  if (!method) return '';
  const comparison = (ctx.input.previous ?? ctx.input.variants)!;
  return (
    `<sub>Statistics: ${escapeMarkdown(method.test)}, each comparison at ${levelText(comparison)} so the ` +
    `run's false-fail rate stays ≤ ${method.alpha}. A drop fails the gate only once confirmation trials confirm ` +
    `it; a single-trial flip is rerun first unless the test is declared deterministic. Flaky: unstable across ` +
    `the history. See docs/statistics.md.</sub>`
  );
}

function linksLine(ctx: Context): string {
  const links = ctx.input.links ?? {};
  const parts = [
    ['Check run', safeUrl(links.checkRunUrl)],
    ['Full report (artifact)', safeUrl(links.artifactUrl)],
    ['Workflow run', safeUrl(links.runUrl)],
  ].flatMap(([label, url]) => (url ? [`[${label}](${url})`] : []));
  return parts.join(' · ');
}

function omissionNote(input: ReportInput, target: MarkdownTarget, omitted: readonly string[]): string {
  if (omitted.length === 0) return '';
  const artifact = safeUrl(input.links?.artifactUrl);
  const where = artifact
    ? `the [HTML report in the run's artifact](${artifact})`
    : "the HTML report in this workflow run's artifacts (or `rehearse report results.json --format html`)";
  return (
    `> [!NOTE]\n> Shortened to fit ${target.limitName}. Left out: ` +
    `${escapeMarkdown(truncate(omitted.join('; '), 2000))}. Every test, transcript and reason is in ${where}.`
  );
}

function body(ctx: Context): string[] {
  const { previous, variants } = ctx.input;
  // Confirmed regressions and their evidence lead; then the drops that do not fail the gate, flaky once.
  return [
    regressionSection(ctx, previous, 'Regressions since the previous run'),
    regressionSection(ctx, variants, 'Candidate regressions vs baseline'),
    dropSection(ctx, 'suspected'),
    dropSection(ctx, 'not_confirmed'),
    flakySection(ctx),
    totals(ctx),
    variantsSection(ctx),
    failingSection(ctx),
    skippedSection(ctx),
    ...comparisonLists(ctx, previous, ''),
    ...comparisonLists(ctx, variants, ' (candidate vs baseline)'),
    intervalsSection(ctx),
    methodNote(ctx),
    linksLine(ctx),
  ];
}

function renderAt(
  input: ReportInput,
  target: MarkdownTarget,
  trials: TrialIndex,
  blocks: Map<string, string>,
  level: Level,
  giveUpOverBudget: boolean,
): RenderedText {
  const ctx: Context = {
    input,
    trials,
    level,
    budget: target.limit,
    listed: { chars: 0 },
    giveUpOverBudget,
    omitted: [],
    detailed: new Set(),
    blocks,
  };
  const head = header(ctx);
  const rest = [previousNote(ctx), ...body(ctx)];
  // Transcripts go first when shrinking; say so only if a failing test was shown without its excerpt.
  if (!level.transcripts && ctx.detailed.size > 0) ctx.omitted.unshift('transcript excerpts');
  const parts = [target.marker ?? '', head, omissionNote(input, target, ctx.omitted), ...rest];
  return { text: `${parts.filter(Boolean).join('\n\n')}\n`, omitted: ctx.omitted };
}

/** The most detailed rendering that fits the target; a last-resort cut keeps even pathological input inside it. */
export function renderMarkdown(input: ReportInput, target: MarkdownTarget): RenderedText {
  const trials = indexTrials(input.results);
  const blocks = new Map<string, string>();
  let last: RenderedText | undefined;
  for (const [index, level] of LEVELS.entries()) {
    const lastLevel = index === LEVELS.length - 1;
    try {
      last = renderAt(input, target, trials, blocks, level, !lastLevel);
    } catch (error) {
      if (error === OVER_BUDGET) continue;
      throw error;
    }
    if (target.measure(last.text) <= target.limit) return last;
  }
  const note = `\n\n> [!NOTE]\n> Cut to fit ${target.limitName}.\n`;
  let text = last!.text;
  while (target.measure(text) + target.measure(note) > target.limit)
    text = truncate(text, Math.floor(text.length * 0.9));
  return { text: text + note, omitted: [...last!.omitted, 'the end of the report'] };
}

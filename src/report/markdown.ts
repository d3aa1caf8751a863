/**
 * The markdown report behind the PR comment, the check run summary, the job
 * summary and `rehearse report --format md`: one document, rendered at the
 * most detailed level that fits the target's limit.
 *
 * Shrinking goes step by step — transcripts, then the lists of passing tests
 * (fixes, new, removed), then ever shorter lists, then one line per test —
 * and the document always says what was left out and where the full report is.
 */
import {
  placeTests,
  SECTION_TITLES,
  type Comparison,
  type Placement,
  type Section,
  type Sections,
  type TestChange,
} from '../compare/index.js';
import { QUOTED_EXTERNAL } from '../gate/index.js';
import type { SkippedTest } from '../model/results.js';
import { skipCause, skipHint } from './skipped.js';
import { escapeMarkdown, inlineCode, truncate } from './escape.js';
import { MAX_REASON_CHARS } from './limits.js';
import { indexTrials, type TrialIndex } from './failures.js';
import { shortSha } from './format.js';
import { formatCount, plural } from '../util/plural.js';
import {
  comparisonTable,
  excerptBlock,
  failureBlock,
  failureCategoriesLine,
  flakyHistoryRow,
  safeUrl,
  simpleLine,
  table,
  testLabel,
  totalsTable,
} from './markdown-blocks.js';
import { definitionMark } from './definition.js';
import {
  agentChangeText,
  alsoTexts,
  againstText,
  changeEvidence,
  ownCounts,
  runConfirms,
  suspectedWhy,
  thresholdVerdict,
  unreferencedText,
} from './placement-text.js';
import type { RenderedText, ReportInput } from './types.js';
import { variantMatrix } from './variant-matrix.js';
import { variantMatrixMarkdown } from './markdown-variants.js';
import { totalsOfVariant } from '../compare/variant-totals.js';
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
  /** Where each test is listed: once. */
  readonly sections: Sections;
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
  // The gate summary is our own text (counts and thresholds), shown as is, but for what it quotes of an agent or an
  // endpoint (an infrastructure error, between the quotes of quoteExternal): escaped as text from outside.
  const agent = agentChangeText(previous);
  const summary = gate.summary.replace(QUOTED_EXTERNAL, (_, quoted: string) => `"${escapeMarkdown(quoted)}"`);
  return [
    `## 🎭 Rehearse · ${escapeMarkdown(results.suite.name)}`,
    `**${summary}**`,
    facts.join(' · '),
    agent ? `🤖 ${escapeMarkdown(agent)}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
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
  const matrix = variantMatrix(ctx.input.results, variants);
  if (matrix) {
    const baseline = matrix.columns[0]!.id;
    const { text, omitted } = variantMatrixMarkdown(matrix, totalsOfVariant(ctx.input.results, baseline), {
      unchangedRows: ctx.level.passingLists,
      maxRows: ctx.level.maxItems,
    });
    if (omitted) ctx.omitted.push(omitted);
    return section('Variants side by side', text);
  }
  const body = [
    comparisonTable(variants),
    `${capitalized(variants.after.label)} vs ${variants.before.label}: ${countsLine(variants)}`,
    failureCategoriesLine(variants, ctx.input.results) ?? '',
  ];
  const title = `${capitalized(variants.before.label)} vs ${variants.after.label}`;
  return section(escapeMarkdown(title), body.filter(Boolean).join('\n\n'));
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A failing test in full the first time, as one line after that; `numbers`: what its section says of it. */
function detailed(ctx: Context, placement: Placement, numbers: string, mark: TestChange | undefined): string {
  const test = placement.test!;
  const compact = ctx.level.compact;
  const blockOf = (transcript: boolean): string => {
    const id = `${test.key}\0${transcript}\0${compact}`;
    let block = ctx.blocks.get(id);
    if (block === undefined) {
      // With its excerpt, a full block is the one without plus the excerpt: the next level reuses that one.
      block =
        transcript && !compact
          ? [blockOf(false), excerptBlock(test, ctx.trials)].filter(Boolean).join('\n\n')
          : failureBlock(test, mark, ctx.trials, compact, undefined, numbers);
      ctx.blocks.set(id, block);
    }
    return block;
  };
  ctx.detailed.add(test.key);
  return blockOf(ctx.level.transcripts);
}

/** What the test's other comparisons say, beside its one listing. */
function alsoText(placement: Placement): string {
  return alsoTexts(placement)
    .map((text) => ` · ${escapeMarkdown(text)}`)
    .join('');
}

/** Numbers of a compared test: its deciding change's evidence, else its own counts against its threshold. */
function numbersOf(placement: Placement): string {
  const decided = placement.decided;
  const test = placement.test!;
  const base = decided
    ? escapeMarkdown(changeEvidence(decided.change, decided.comparison)) +
      againstText(decided.comparison, decided.change)
    : `${escapeMarkdown(ownCounts(test))} (needs ${Math.round(test.minPassRate * 100)}%)`;
  return `${base}${alsoText(placement)}`;
}

function heading(section: Section, icon: string, count: number): string {
  return `${icon} ${SECTION_TITLES[section]} (${formatCount(count)})`;
}

function regressionSection(ctx: Context): string {
  const found = ctx.sections.of('regression');
  if (found.length === 0) return '';
  const failOn = ctx.input.results.gate?.failOn;
  const gated = !failOn || failOn.includes('regression');
  const intro = gated
    ? ''
    : `Confirmed by the exact test; not failing this gate, whose \`fail_on\` is ` +
      `[${failOn.join(', ')}]: a gate with \`fail_on: [regression]\` would fail.\n\n`;
  const render = (placement: Placement) => {
    const verdict = placement.test!.verdict === 'pass' ? ` · ${escapeMarkdown(thresholdVerdict(placement.test!))}` : '';
    return detailed(ctx, placement, `${numbersOf(placement)}${verdict}`, placement.decided?.change);
  };
  const body = list(ctx, found, render, 'confirmed regressions', ctx.level.compact ? '\n' : '\n\n');
  return section(heading('regression', '❌', found.length), `${intro}${body}`);
}

/** Changed and new tests: nothing to compare with, each held to its own threshold, with its verdict. */
function unreferencedSection(ctx: Context, which: 'changed' | 'new'): string {
  const found = ctx.sections.of(which);
  if (found.length === 0) return '';
  const intro =
    which === 'changed'
      ? 'The test itself changed (not only the agent) and no earlier run has the new version: nothing to compare ' +
        'it with, so each is held to its own threshold.'
      : 'No earlier run and no baseline has them: nothing to compare with, so each is held to its own threshold.';
  const render = (placement: Placement): string => {
    const test = placement.test!;
    const numbers = escapeMarkdown(unreferencedText(placement));
    if (test.verdict === 'fail' || test.verdict === 'error') return detailed(ctx, placement, numbers, undefined);
    return `- ${testLabel(test)} · ${test.priority} · ${numbers}`;
  };
  const icon = which === 'changed' ? '✏️' : '🆕';
  const body = list(ctx, found, render, `${which} tests`, ctx.level.compact ? '\n' : '\n\n');
  return section(heading(which, icon, found.length), `${intro}\n\n${body}`);
}

/** Drops that are not regressions: suspected (and what the runner did about them) and not confirmed. */
function dropSection(ctx: Context, which: 'suspected' | 'not_confirmed'): string {
  const found = ctx.sections.of(which);
  if (found.length === 0) return '';
  const intro =
    which === 'suspected'
      ? 'A drop the run could neither confirm nor clear: shown, not failing the gate.'
      : 'The confirmation trials did not confirm the drop: not failing the gate.';
  const render = (placement: Placement): string => {
    const test = placement.test!;
    const why =
      which === 'suspected' ? ` — ${escapeMarkdown(suspectedWhy(placement, runConfirms(ctx.input.results)))}` : '';
    // A failing one is shown with its criteria and excerpt: it is listed nowhere else.
    if (test.verdict === 'fail' || test.verdict === 'error') {
      const numbers = `${numbersOf(placement)} · ${escapeMarkdown(thresholdVerdict(test))}${why}`;
      return detailed(ctx, placement, numbers, placement.decided?.change);
    }
    return `- ${testLabel(test)} · ${test.priority} · ${numbersOf(placement)}${definitionSuffix(placement)}${why}`;
  };
  const icon = which === 'suspected' ? '⚠️' : '🔁';
  const body = list(ctx, found, render, SECTION_TITLES[which].toLowerCase(), ctx.level.compact ? '\n' : '\n\n');
  return section(heading(which, icon, found.length), `${intro}\n\n${body}`);
}

function definitionSuffix(placement: Placement): string {
  const mark = definitionMark(placement.decided?.change, true);
  return mark ? ` · ${mark}` : '';
}

/** Failing tests not in a section above, with their change against what they were compared with. */
function failingSection(ctx: Context): string {
  const found = ctx.sections.of('failing');
  if (found.length === 0) return '';
  const render = (placement: Placement): string => {
    const verdict = placement.decided ? ` · ${escapeMarkdown(thresholdVerdict(placement.test!))}` : '';
    const numbers = `${numbersOf(placement)}${verdict}`;
    return detailed(ctx, placement, numbers, placement.decided?.change);
  };
  return section(
    heading('failing', '🔴', found.length),
    list(ctx, found, render, 'failing tests', ctx.level.compact ? '\n' : '\n\n'),
  );
}

function skippedLine(entry: SkippedTest): string {
  const name = entry.name ? ` · ${escapeMarkdown(entry.name)}` : '';
  const priority = entry.priority ? ` · ${entry.priority}` : '';
  return `- ${inlineCode(entry.key)}${name}${priority} · ${escapeMarkdown(truncate(entry.reason, MAX_REASON_CHARS))}`;
}

/** Planned tests that never ran (no simulator key or endpoint): listed, never silently dropped. */
function skippedSection(ctx: Context): string {
  const skipped = ctx.sections.of('skipped').map((placement) => placement.skipped!);
  if (skipped.length === 0) return '';
  const hint = skipHint(skipped, 'any');
  const allowed = ctx.input.results.gate?.allowSkipped ? ' Allowed by `gate.allow_skipped: true`.' : '';
  const intro = `**${escapeMarkdown(skipCause(skipped))}**${hint ? `: ${escapeMarkdown(hint)}.` : '.'}${allowed}`;
  const body = `${intro}\n\n${list(ctx, skipped, skippedLine, 'skipped tests')}`;
  return section(`⏭️ ${SECTION_TITLES.skipped} (${formatCount(skipped.length)})`, body);
}

/** Fixes, still passing with a changed definition, removed, not comparable: one line each. */
function lineSection(ctx: Context, which: 'fix' | 'edited' | 'removed' | 'invalid', passing: boolean): string {
  const found = ctx.sections.of(which);
  if (found.length === 0) return '';
  const icon = { fix: '✅ ', edited: '✏️ ', removed: '', invalid: '' }[which];
  const title = `${icon}${SECTION_TITLES[which]} (${formatCount(found.length)})`;
  if (passing && !ctx.level.passingLists) {
    ctx.omitted.push(`the list of ${SECTION_TITLES[which].toLowerCase()} (${formatCount(found.length)})`);
    return section(title, '_List left out to fit._');
  }
  const render = (placement: Placement): string => {
    const change = placement.decided?.change;
    if (which === 'removed' || which === 'invalid' || !change) return simpleLine(change!);
    const test = placement.test!;
    return `- ${testLabel(test)} · ${test.priority} · ${numbersOf(placement)}${definitionSuffix(placement)}`;
  };
  return section(title, list(ctx, found, render, SECTION_TITLES[which].toLowerCase()));
}

/** Flaky by history, collapsed: below the drops and failures, never instead of one. */
function flakySection(ctx: Context): string {
  const found = ctx.sections.of('flaky').map((placement) => placement.decided!.change);
  if (found.length === 0) return '';
  const shown = found.slice(0, Math.min(found.length, ctx.level.maxItems));
  if (shown.length < found.length)
    ctx.omitted.push(`${formatCount(found.length - shown.length)} of ${formatCount(found.length)} flaky tests`);
  const intro =
    'Unstable across their history on the base branch (pooled pass rate strictly between 5% and 95% over at ' +
    'least 10 trials), passing now.';
  const rows = table(['Test', 'history', 'now', 'Wilson 95%'], shown.map(flakyHistoryRow), ['l', 'r', 'r', 'r']);
  const body = shown.length ? `${intro}\n\n${rows}` : intro;
  const summary = `〰️ ${SECTION_TITLES.flaky} (${formatCount(found.length)})`;
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
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

function methodNote(ctx: Context): string {
  const method = (ctx.input.previous ?? ctx.input.variants)?.method;
  if (!method) return '';
  const comparison = (ctx.input.previous ?? ctx.input.variants)!;
  return (
    `<sub>Statistics: ${escapeMarkdown(method.test)}, each comparison at ${levelText(comparison)} so the ` +
    `run's false-fail rate stays ≤ ${method.alpha}. A drop is a regression only once confirmation trials confirm ` +
    `it (it fails the gate when \`fail_on\` includes regression); a single-trial flip is rerun when its reference ` +
    `could confirm it, else listed as suspected, unless the test is declared deterministic. Changed and new tests ` +
    `are held to their own threshold. Flaky: unstable across the history. See docs/statistics.md.</sub>`
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
  // One section per test (src/compare/sections.ts): confirmed regressions and the tests held to their own
  // threshold lead, then the drops that do not fail the gate; the totals; then everything else.
  return [
    regressionSection(ctx),
    unreferencedSection(ctx, 'changed'),
    unreferencedSection(ctx, 'new'),
    dropSection(ctx, 'suspected'),
    dropSection(ctx, 'not_confirmed'),
    totals(ctx),
    variantsSection(ctx),
    failingSection(ctx),
    skippedSection(ctx),
    flakySection(ctx),
    lineSection(ctx, 'fix', true),
    lineSection(ctx, 'edited', true),
    lineSection(ctx, 'removed', true),
    lineSection(ctx, 'invalid', false),
    intervalsSection(ctx),
    methodNote(ctx),
    linksLine(ctx),
  ];
}

function renderAt(
  input: ReportInput,
  target: MarkdownTarget,
  trials: TrialIndex,
  sections: Sections,
  blocks: Map<string, string>,
  level: Level,
  giveUpOverBudget: boolean,
): RenderedText {
  const ctx: Context = {
    input,
    sections,
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
  const sections = placeTests(input);
  const blocks = new Map<string, string>();
  let last: RenderedText | undefined;
  for (const [index, level] of LEVELS.entries()) {
    const lastLevel = index === LEVELS.length - 1;
    try {
      last = renderAt(input, target, trials, sections, blocks, level, !lastLevel);
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

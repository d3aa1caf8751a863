/**
 * The HTML report: one self-contained file (inline CSS and JS, a CSP that
 * forbids every fetch) with the run summary, filters, search, every
 * transcript with tool calls and the judge's reasons, and a small chart.
 */
import {
  placeTests,
  SECTION_TITLES,
  SECTIONS,
  type Comparison,
  type Placement,
  type Sections,
} from '../compare/index.js';
import type { GateDecision } from '../gate/index.js';
import type { Results, TestSummary } from '../model/results.js';
import { escapeHtml } from './escape.js';
import { indexTrials } from './failures.js';
import { formatMs, formatPercent, formatUsd, shortSha } from './format.js';
import { formatCount } from '../util/plural.js';
import { CONTENT_SECURITY_POLICY, SCRIPT, STYLE } from './html-assets.js';
import { historyChart, tagChart } from './html-chart.js';
import { skippedArticle, testArticle } from './html-parts.js';
import { trendSection, variantsSection } from './html-verdicts.js';
import { confirmationTotals } from './evidence.js';
import { skipCause, skipHint } from './skipped.js';
import { agentChangeText, runConfirms } from './placement-text.js';
import { placementSummary } from './html-parts.js';

export interface HtmlOptions {
  /** The previous run against this one: regressions are highlighted. */
  readonly previous?: Comparison;
  /** Baseline vs candidate in this run: shown side by side with p and the verdict. */
  readonly variants?: Comparison;
  /** Earlier runs: the chart shows the pass rate over them instead of by tag. */
  readonly history?: readonly Results[];
  /** The gate's decision, reasons and notes: the report opens with it (else the one the results record). */
  readonly gate?: GateDecision;
}

const e = escapeHtml;
const PRIORITY_ORDER = { critical: 0, high: 1, normal: 2, low: 3 } as const;
const VERDICT_ORDER = { fail: 0, error: 1, invalid: 2, not_run: 3, pass: 4 } as const;

function card(label: string, value: string): string {
  return `<div class="card">${e(label)}<b>${e(value)}</b></div>`;
}

function summaryCards(results: Results, previous: Comparison | undefined, sections: Sections): string {
  const t = results.totals;
  const cards = [
    card('Pass rate', formatPercent(t.passRate)),
    card('Tests', formatCount(t.tests)),
    card('Passed', formatCount(t.passed)),
    card('Failed', formatCount(t.failed)),
    card('Errors', formatCount(t.errored + t.invalid)),
    ...(results.skipped.length ? [card('Skipped', formatCount(results.skipped.length))] : []),
    card('Trials', formatCount(t.trials)),
    card('Cost', formatUsd(t.usage.costUsd)),
    card('Tokens', formatCount(t.usage.inputTokens + t.usage.outputTokens)),
    card('Duration', formatMs(t.durationMs)),
    card('Latency p50', formatMs(t.latencyP50)),
    card('Latency p95', formatMs(t.latencyP95)),
  ];
  const confirmation = confirmationTotals(results);
  if (confirmation?.extraTrials)
    cards.push(
      card('Confirmation trials', `${formatCount(confirmation.extraTrials)} · ${formatUsd(confirmation.extraUsd)}`),
    );
  if (confirmation?.savedTrials)
    cards.push(
      card('Saved by early stopping', `${formatCount(confirmation.savedTrials)} · ${formatUsd(confirmation.savedUsd)}`),
    );
  for (const section of LISTED) {
    const count = sections.of(section).length;
    if (count > 0 || (previous && (section === 'regression' || section === 'fix')))
      cards.push(card(SECTION_TITLES[section], formatCount(count)));
  }
  return `<section class="cards" id="summary">${cards.join('')}</section>`;
}

function options(values: readonly string[], all: string, allValue = ''): string {
  return [
    `<option value="${allValue}">${e(all)}</option>`,
    ...values.map((value) => `<option value="${e(value)}">${e(value)}</option>`),
  ].join('');
}

function filters(results: Results, sections: Sections): string {
  const tags = [...new Set(results.tests.flatMap((test) => test.tags))].sort();
  const variants = [...new Set(results.tests.map((test) => test.variant))].sort();
  const present = LISTED.filter((section) => section !== 'removed' && sections.of(section).length > 0);
  const statuses = ['failing', 'pass', 'fail', 'error', ...present];
  return `<nav class="filters">
<input id="search" type="search" placeholder="Search test id, name, tag, reason…" aria-label="Search">
<select id="status" aria-label="Status">${options(statuses, 'All statuses', 'all')}</select>
<select id="tag" aria-label="Tag">${options(tags, 'All tags')}</select>
<select id="variant" aria-label="Variant">${options(variants, 'All variants')}</select>
<span id="shown-count" class="muted"></span>
</nav>`;
}

function ordered(tests: readonly TestSummary[], sections: Sections): TestSummary[] {
  const rank = (test: TestSummary): number => SECTIONS.indexOf(sections.byKey.get(test.key)?.section ?? 'passing');
  return [...tests].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
      PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
      (a.key < b.key ? -1 : 1),
  );
}

function header(results: Results, previous: Comparison | undefined): string {
  const facts = [
    `Run <b>${e(results.runId)}</b>`,
    e(results.status) + (results.stopReason ? ` (${e(results.stopReason)})` : ''),
    `started ${e(results.startedAt)}`,
    results.git.sha ? `commit ${e(shortSha(results.git.sha)!)}` : '',
    results.git.ref ? e(results.git.ref) : '',
    previous ? `compared with ${e(previous.before.runId)}` : 'no previous run',
  ].filter(Boolean);
  const method = previous ? `<p class="muted">${e(previous.method.description)}</p>` : '';
  return (
    `<header><h1>🎭 Rehearse · ${e(results.suite.name)}</h1><p ` +
    `class="facts">${facts.join(' · ')}</p>${method}</header>`
  );
}

/** The sections a reader is shown (every one but the unchanged passing tests). */
const LISTED = SECTIONS.filter((section) => section !== 'passing');

/** First thing in the report: did the run pass the gate, and why (or why not). */
function verdictSection(results: Results, gate: GateDecision | undefined, previous: Comparison | undefined): string {
  const summary = gate?.summary ?? results.gate?.summary;
  const passed = gate?.passed ?? results.gate?.passed;
  const agent = agentChangeText(previous);
  const agentLine = agent ? `<p class="agent-changed">🤖 ${e(agent)}</p>` : '';
  if (summary === undefined || passed === undefined) {
    return `<section id="verdict" data-gate="unknown"><h2>Gate: not evaluated</h2>${agentLine}</section>\n`;
  }
  const off = passed && (gate?.reasons.length ?? 0) > 0;
  const state = !passed ? 'failed' : off ? 'off' : 'passed';
  const title = { passed: '✅ Gate passed', failed: '❌ Gate failed', off: '⚠️ Gate off (fail_on: never)' }[state];
  const reasons = gate?.reasons.length
    ? `<ul class="reasons">${gate.reasons.map((reason) => `<li>${e(reason)}</li>`).join('')}</ul>`
    : '';
  const notes = gate?.notes?.length
    ? `<ul class="notes">${gate.notes.map((note) => `<li>${e(note)}</li>`).join('')}</ul>`
    : '';
  return (
    `<section id="verdict" class="verdict ${state}" data-gate="${state}"><h2>${title}</h2>` +
    `<p class="summary">${e(summary)}</p>${reasons}${notes}${agentLine}</section>\n`
  );
}

/** Every listed test once, by section, linking to its article: the same sections as the PR comment. */
function sectionsOverview(sections: Sections): string {
  const parts = LISTED.flatMap((section) => {
    const found = sections.of(section);
    if (found.length === 0) return [];
    const items = found.map((placement: Placement) => `<li>${placementSummary(placement)}</li>`).join('');
    return [
      `<div class="section" data-section="${section}"><h3>${e(SECTION_TITLES[section])} ` +
        `(${formatCount(found.length)})</h3><ul>${items}</ul></div>`,
    ];
  });
  if (parts.length === 0) return '';
  return `<section id="sections"><h2>Tests by section</h2>${parts.join('')}</section>\n`;
}

/** Above the tests: how many never ran, why, and how to run them (each is also an article in the list). */
function skippedNote(results: Results): string {
  if (results.skipped.length === 0) return '';
  const hint = skipHint(results.skipped, 'any');
  const allowed = results.gate?.allowSkipped ? ' Allowed by <code>gate.allow_skipped: true</code>.' : '';
  const why = `${e(skipCause(results.skipped))}${hint ? `: ${e(hint)}.` : '.'}${allowed}`;
  return (
    `<section id="skipped"><h2>Could not run ` +
    `(${formatCount(results.skipped.length)})</h2><p>${why}</p></section>\n`
  );
}

/**
 * The report in pieces (head, one test article at a time, tail) for writing
 * to a file or stream as it is made: with every transcript of a 10,000-test
 * run it is tens of MB, which need not exist as one string.
 */
export function* renderHtmlChunks(results: Results, options: HtmlOptions = {}): Generator<string, void, undefined> {
  const { previous, history } = options;
  const trials = indexTrials(results);
  const sections = placeTests({ results, previous, variants: options.variants });
  const chart =
    history && history.length
      ? historyChart([...history, results].sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1)))
      : '';
  const chartSection = chart ? `<h2>Pass rate over runs</h2>${chart}` : `<h2>Pass rate by tag</h2>${tagChart(results)}`;
  yield `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rehearse · ${e(results.suite.name)} · ${e(results.runId)}</title>
<style>${STYLE}</style></head>
<body>
${header(results, previous)}
${verdictSection(results, options.gate, previous)}${summaryCards(results, previous, sections)}
${sectionsOverview(sections)}<section id="chart">${chartSection}</section>
${variantsSection(options.variants, results)}${trendSection(results)}${skippedNote(results)}<h2>Tests</h2>
${filters(results, sections)}
<main id="tests">
`;
  let first = true;
  for (const test of ordered(results.tests, sections)) {
    yield `${first ? '' : '\n'}${testArticle(test, trials, sections.byKey.get(test.key), runConfirms(results))}`;
    first = false;
  }
  for (const entry of results.skipped) {
    yield `${first ? '' : '\n'}${skippedArticle(entry)}`;
    first = false;
  }
  yield `
</main>
<script>${SCRIPT}</script>
</body></html>
`;
}

export function renderHtml(results: Results, options: HtmlOptions = {}): string {
  return [...renderHtmlChunks(results, options)].join('');
}

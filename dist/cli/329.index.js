export const id = 329;
export const ids = [329];
export const modules = {

/***/ 9329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_MARKER: () => (/* binding */ COMMENT_MARKER),
  COMMENT_STATE_RESERVE_CHARS: () => (/* reexport */ COMMENT_STATE_RESERVE_CHARS),
  MAX_ANNOTATIONS_PER_REQUEST: () => (/* reexport */ MAX_ANNOTATIONS_PER_REQUEST),
  MAX_ANNOTATION_MESSAGE_BYTES: () => (/* reexport */ MAX_ANNOTATION_MESSAGE_BYTES),
  MAX_ANNOTATION_TITLE_CHARS: () => (/* reexport */ MAX_ANNOTATION_TITLE_CHARS),
  MAX_CHECK_SUMMARY_CHARS: () => (/* reexport */ MAX_CHECK_SUMMARY_CHARS),
  MAX_CHECK_TEXT_CHARS: () => (/* reexport */ MAX_CHECK_TEXT_CHARS),
  MAX_COMMENT_CHARS: () => (/* reexport */ MAX_COMMENT_CHARS),
  MAX_JOB_SUMMARY_BYTES: () => (/* reexport */ MAX_JOB_SUMMARY_BYTES),
  MAX_REASON_CHARS: () => (/* reexport */ MAX_REASON_CHARS),
  annotationPath: () => (/* reexport */ annotationPath),
  escapeHtml: () => (/* reexport */ report_escape/* escapeHtml */.ZD),
  escapeMarkdown: () => (/* reexport */ report_escape/* escapeMarkdown */.FV),
  escapePre: () => (/* reexport */ report_escape/* escapePre */.j2),
  escapeXml: () => (/* reexport */ report_escape/* escapeXml */.X),
  inlineCode: () => (/* reexport */ report_escape/* inlineCode */.ti),
  renderCheckRun: () => (/* reexport */ renderCheckRun),
  renderComment: () => (/* binding */ renderComment),
  renderCsv: () => (/* reexport */ renderCsv),
  renderHtml: () => (/* reexport */ renderHtml),
  renderHtmlChunks: () => (/* reexport */ renderHtmlChunks),
  renderJUnit: () => (/* reexport */ renderJUnit),
  renderJUnitChunks: () => (/* reexport */ renderJUnitChunks),
  renderJobSummary: () => (/* binding */ renderJobSummary),
  renderMarkdownReport: () => (/* binding */ renderMarkdownReport),
  renderTestsJson: () => (/* reexport */ renderTestsJson)
});

;// CONCATENATED MODULE: ./src/report/limits.ts
/** GitHub's limits on what a report may post, and our own display caps. */
/** PR / issue comment body, characters. */
const MAX_COMMENT_CHARS = 65_536;
/**
 * Room the action keeps, out of MAX_COMMENT_CHARS, for the hidden state line
 * it appends to the rendered comment (verdict, regression count and digest:
 * under 100 characters). The suite marker, whose length depends on the suite
 * path, is reserved on top of this by the caller.
 */
const COMMENT_STATE_RESERVE_CHARS = 128;
/** Check run `output.summary`, characters. */
const MAX_CHECK_SUMMARY_CHARS = 65_535;
/** Check run `output.text`, characters. */
const MAX_CHECK_TEXT_CHARS = 65_535;
/** Annotations accepted by one create/update check run request (the caller batches). */
const MAX_ANNOTATIONS_PER_REQUEST = 50;
const MAX_ANNOTATION_TITLE_CHARS = 255;
/** Annotation `message` is limited to 64 KB. */
const MAX_ANNOTATION_MESSAGE_BYTES = 64 * 1024;
/** `$GITHUB_STEP_SUMMARY` per step, bytes. */
const MAX_JOB_SUMMARY_BYTES = 1024 * 1024;
/** A judge reason in a list item. */
const MAX_REASON_CHARS = 400;

// EXTERNAL MODULE: ./src/compare/index.ts + 6 modules
var compare = __webpack_require__(2013);
// EXTERNAL MODULE: ./src/gate/index.ts
var src_gate = __webpack_require__(7155);
// EXTERNAL MODULE: ./src/report/skipped.ts
var report_skipped = __webpack_require__(6078);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/failures.ts
var report_failures = __webpack_require__(7999);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/util/plural.ts
var util_plural = __webpack_require__(1976);
// EXTERNAL MODULE: ./src/model/results.ts
var results = __webpack_require__(3111);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/judge/verdict.ts
var verdict = __webpack_require__(9278);
// EXTERNAL MODULE: ./src/aggregate/failure-digest.ts
var failure_digest = __webpack_require__(5494);
// EXTERNAL MODULE: ./src/report/definition.ts
var definition = __webpack_require__(5121);
// EXTERNAL MODULE: ./src/report/evidence.ts
var report_evidence = __webpack_require__(3877);
;// CONCATENATED MODULE: ./src/report/markdown-blocks.ts










function table(header, rows, align) {
    const divider = align.map((a) => (a === 'r' ? '---:' : '---'));
    return [header, divider, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
function totalsRows(comparison) {
    const t = comparison.totals;
    const money = (d) => (0,format/* formatDelta */.CW)(d.before, d.change, (v) => (0,format/* formatUsd */.UK)(v));
    const time = (d) => (0,format/* formatDelta */.CW)(d.before, d.change, (v) => (0,util_text/* formatMs */._)(v));
    const count = (d) => (0,format/* formatDelta */.CW)(d.before, d.change, (v) => (0,util_plural/* formatCount */.B)(v));
    return [
        { label: 'Pass rate', delta: t.passRate, show: format/* formatPercent */.l9, change: (d) => (0,format/* formatRateDelta */.W7)(d.change) },
        { label: 'Tests passed', delta: t.testsPassed, show: util_plural/* formatCount */.B, change: count },
        { label: 'Cost', delta: t.costUsd, show: format/* formatUsd */.UK, change: money },
        { label: 'Tokens', delta: t.tokens, show: util_plural/* formatCount */.B, change: count },
        // Variants share the run's wall time: a duration row would always say ±0.
        ...(comparison.kind === 'variants'
            ? []
            : [{ label: 'Duration', delta: t.durationMs, show: util_text/* formatMs */._, change: time }]),
        { label: 'Agent latency p50', delta: t.latencyP50, show: util_text/* formatMs */._, change: time },
        { label: 'Agent latency p95', delta: t.latencyP95, show: util_text/* formatMs */._, change: time },
    ];
}
function sideHeader(comparison, side) {
    const info = comparison[side];
    const detail = info.detail ? ` (${(0,report_escape/* escapeMarkdown */.FV)(info.detail)})` : '';
    return `${info.label}${detail}`;
}
/** Side-by-side totals for a comparison (previous vs current, or baseline vs candidate). */
function comparisonTable(comparison) {
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
function totalsTable(results) {
    const t = results.totals;
    const rows = [
        ['Pass rate', (0,format/* formatPercent */.l9)(t.passRate)],
        ['Tests passed', `${(0,util_plural/* formatCount */.B)(t.passed)} of ${(0,util_plural/* formatCount */.B)(t.tests)}`],
        ['Cost', (0,format/* formatUsd */.UK)(t.usage.costUsd)],
        ['Tokens', (0,util_plural/* formatCount */.B)(t.usage.inputTokens + t.usage.outputTokens)],
        ['Duration', (0,util_text/* formatMs */._)(t.durationMs)],
        ['Agent latency p50', (0,util_text/* formatMs */._)(t.latencyP50)],
        ['Agent latency p95', (0,util_text/* formatMs */._)(t.latencyP95)],
    ];
    return table(['', 'this run'], rows, ['l', 'r']);
}
function failureCategoriesLine(comparison, results) {
    const before = comparison?.failureCategories.before ?? {};
    const after = comparison?.failureCategories.after ?? results.totals.failureCategories;
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    if (names.length === 0)
        return undefined;
    const parts = names.map((name) => comparison
        ? `${(0,report_escape/* escapeMarkdown */.FV)((0,verdict/* failureCategoryLabel */.lU)(name))} ${(0,util_plural/* formatCount */.B)(before[name] ?? 0)} → ` +
            `${(0,util_plural/* formatCount */.B)(after[name] ?? 0)}`
        : `${(0,report_escape/* escapeMarkdown */.FV)((0,verdict/* failureCategoryLabel */.lU)(name))} ${(0,util_plural/* formatCount */.B)(after[name] ?? 0)}`);
    return (`**Failed trials by category**` +
        `${comparison ? ` (${comparison.before.label} → ${comparison.after.label})` : ''}: ${parts.join(' · ')}`);
}
function testLabel(test) {
    const name = test.name ? ` · ${(0,report_escape/* escapeMarkdown */.FV)(test.name)}` : '';
    return `${(0,report_escape/* inlineCode */.ti)(test.key)}${name}`;
}
function tagsText(test) {
    return test.tags.length ? ` · tags: ${test.tags.map(report_escape/* inlineCode */.ti).join(' ')}` : '';
}
/**
 * "48/50 over the last 10 runs on main → 1/5 now, 2/25 after confirmation · p < 0.001 < α = 0.01 (…)" when the
 * change carries its evidence, else "5/5 → 1/5 passing (p = 0.004)".
 */
function changeNumbers(change, comparison) {
    const evidence = comparison ? (0,report_evidence/* evidenceText */.rS)(change, comparison) : undefined;
    if (evidence) {
        const errors = change.after?.errors ? ` (${(0,util_plural/* plural */.L)(change.after.errors, 'error')})` : '';
        return `${(0,report_escape/* escapeMarkdown */.FV)(evidence)}${errors}`;
    }
    const before = change.before ? (0,format/* passFraction */.gi)(change.before.passes, change.before.trials) : '—';
    const after = change.after ? (0,format/* passFraction */.gi)(change.after.passes, change.after.trials) : '—';
    const p = change.pValue === undefined ? '' : ` (${(0,format/* formatPValue */.td)(change.pValue)})`;
    const errors = change.after?.errors ? `, ${(0,util_plural/* plural */.L)(change.after.errors, 'error')}` : '';
    return `${before} → ${after} passing${errors}${p}`;
}
function definitionNote(change) {
    const mark = (0,definition/* definitionMark */.Hd)(change, true);
    return mark ? ` · ${mark}` : '';
}
function testNumbers(test) {
    // pass^k says something only over several trials.
    const passHatK = test.passes + test.failures > 1 ? (0,format/* formatPassHatK */.$N)(test) : '';
    return `${(0,format/* trialsPassing */.V5)(test)}${passHatK ? ` · ${passHatK}` : ''}`;
}
/** The judge's verdict on each part of an expected outcome (met ones too), nested under the criterion. */
function partLines(parts) {
    return (parts ?? []).map((part) => {
        const evidence = part.evidence ? ` — ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncate */.xv)(part.evidence, MAX_REASON_CHARS))}` : '';
        return (`  - ${part.met ? '✓ met' : '✗ not met'}: ` +
            `${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncate */.xv)(part.part, MAX_REASON_CHARS))}${evidence}`);
    });
}
function criteriaLines(test, trials) {
    const detail = (0,report_failures/* failureOf */.g5)(test, trials);
    const lines = (detail?.criteria ?? []).map((criterion) => {
        const score = criterion.score === null ? '' : ` score ${criterion.score.toFixed(2)} < ${criterion.threshold.toFixed(2)};`;
        const at = criterion.at ? `, ${(0,report_escape/* escapeMarkdown */.FV)((0,results/* checkpointText */.am)(criterion.at))}` : '';
        const times = criterion.trials > 1 ? ` failed in ${criterion.failedIn}/${criterion.trials} trials;` : '';
        const line = `- ✗ **${(0,report_escape/* escapeMarkdown */.FV)(criterion.id)}** (${(0,report_escape/* escapeMarkdown */.FV)(criterion.type)}${at}):${times}${score} ` +
            `${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncate */.xv)(criterion.reason, MAX_REASON_CHARS))}`;
        return [line, ...partLines(criterion.parts)].join('\n');
    });
    for (const reason of detail?.trialReasons ?? [])
        lines.push(`- ⚠️ ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncate */.xv)(reason, MAX_REASON_CHARS))}`);
    return lines;
}
/** The collapsed transcript excerpt of a failing test's first failing trial. */
function excerptBlock(test, trials) {
    const exemplar = (0,report_failures/* failureOf */.g5)(test, trials)?.exemplar;
    if (!exemplar)
        return undefined;
    const summary = `Transcript excerpt · trial ${exemplar.index + 1} of ${Math.max(1, test.trials)}`;
    const lines = exemplar.excerpt.slice(0, failure_digest/* MAX_EXCERPT_LINES */.dL).map((line) => (0,report_escape/* truncate */.xv)(line, failure_digest/* MAX_EXCERPT_LINE_CHARS */.kV));
    return `<details><summary>${summary}</summary>\n\n<pre>\n${(0,report_escape/* escapePre */.j2)(lines.join('\n'))}` + `\n</pre>\n\n</details>`;
}
/**
 * A failing test: heading line and the criteria with the judge's reasons (its transcript excerpt, excerptBlock, is
 * added by the caller); `compact`: one line. `numbers`: what the test's section says of it (evidence, its own
 * threshold); its change's numbers by default.
 */
function failureBlock(test, change, trials, compact, comparison, numbers = change ? changeNumbers(change, comparison) : testNumbers(test)) {
    if (compact)
        return `- ${testLabel(test)} · **${test.priority}** · ${numbers}${definitionNote(change)}`;
    const head = `#### ${testLabel(test)}\n\n**${test.priority}**${tagsText(test)} · ${numbers}${definitionNote(change)}`;
    return [head, criteriaLines(test, trials).join('\n')].filter(Boolean).join('\n\n');
}
function changeLine(change, comparison) {
    return (`- ${testLabel(change.test)} · ${change.test.priority} · ` +
        `${changeNumbers(change, comparison)}${definitionNote(change)}`);
}
function simpleLine(change) {
    const stats = change.after ?? change.before;
    const numbers = stats ? ` · ${(0,format/* passFraction */.gi)(stats.passes, stats.trials)} passing` : '';
    const note = change.note ? ` · ${(0,report_escape/* escapeMarkdown */.FV)(change.note)}` : '';
    return `- ${testLabel(change.test)} · ${change.test.priority}${numbers}${note}${definitionNote(change)}`;
}
/** A flaky test: its pooled history, this run, and its interval. */
function flakyHistoryRow(change) {
    const reference = change.reference;
    const pooled = reference
        ? `${(0,format/* formatPercent */.l9)(reference.passes / reference.trials)} (${(0,format/* passFraction */.gi)(reference.passes, reference.trials)})`
        : '—';
    const now = change.after ? (0,format/* passFraction */.gi)(change.after.passes, change.after.trials) : '—';
    const mark = (0,definition/* definitionMark */.Hd)(change, false);
    return [`${testLabel(change.test)}${mark ? ` · ${mark}` : ''}`, pooled, now, (0,report_evidence/* wilsonText */.sQ)(change.test)];
}
function flakyRow(change) {
    // The rate of the pass/fail trials the test compared (errors counted apart), so the percentage matches the fraction.
    const rate = (stats) => {
        if (!stats)
            return '—';
        const errors = stats.errors ? `, ${plural(stats.errors, 'error')}` : '';
        return (`${formatPercent(stats.trials ? stats.passes / stats.trials : null)} ` +
            `(${passFraction(stats.passes, stats.trials)}${errors})`);
    };
    const mark = definitionMark(change, false);
    return [
        `${testLabel(change.test)}${mark ? ` · ${mark}` : ''}`,
        rate(change.before),
        rate(change.after),
        formatPValue(change.pValue),
    ];
}
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s<>"]+$/.test(url))
        return undefined;
    return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

// EXTERNAL MODULE: ./src/report/placement-text.ts
var placement_text = __webpack_require__(1137);
// EXTERNAL MODULE: ./src/report/variant-matrix.ts
var variant_matrix = __webpack_require__(4489);
;// CONCATENATED MODULE: ./src/report/markdown-variants.ts





/** The section body, and what it left out (for the report's omission note). */
function variantMatrixMarkdown(matrix, baselineTotals, limits) {
    const header = ['', ...matrix.columns.map((column) => columnHeader(column.id, column.detail))];
    const align = ['l', ...matrix.columns.map(() => 'r')];
    const totalsRow = (label, own, pick) => [
        label,
        own,
        ...matrix.columns.slice(1).map((column) => (column.totals ? pick(column.totals) : '—')),
    ];
    const t = baselineTotals;
    const totals = table(header, [
        totalsRow('Pass rate', (0,format/* formatPercent */.l9)(t.passRate), (d) => withChange((0,format/* formatPercent */.l9)(d.passRate.after), (0,format/* formatRateDelta */.W7)(d.passRate.change))),
        totalsRow('Cost', (0,format/* formatUsd */.UK)(t.usage.costUsd), (d) => withChange((0,format/* formatUsd */.UK)(d.costUsd.after), (0,format/* formatDelta */.CW)(d.costUsd.before, d.costUsd.change, format/* formatUsd */.UK))),
        totalsRow('Agent latency p50', (0,util_text/* formatMs */._)(t.latencyP50), (d) => withChange((0,util_text/* formatMs */._)(d.latencyP50.after), (0,format/* formatDelta */.CW)(d.latencyP50.before, d.latencyP50.change, util_text/* formatMs */._))),
        ['Regressions vs baseline', '—', ...matrix.columns.slice(1).map((column) => (0,util_plural/* formatCount */.B)(column.regressions))],
    ], align);
    const candidates = limits.unchangedRows ? matrix.rows : matrix.rows.filter((row) => row.notable);
    const shown = candidates.slice(0, limits.maxRows);
    const hidden = candidates.length - shown.length;
    const rows = shown.map((row) => [(0,report_escape/* inlineCode */.ti)(row.testId), ...row.cells.map(cellText)]);
    const quiet = matrix.rows.length - candidates.length;
    const notes = [
        hidden > 0 ? `+${(0,util_plural/* plural */.L)(hidden, 'more test')} not shown.` : '',
        quiet > 0 ? `${(0,util_plural/* plural */.L)(quiet, 'test')} unchanged against the baseline in every variant, not listed.` : '',
    ].filter(Boolean);
    const ids = matrix.columns.map((column) => (0,report_escape/* escapeMarkdown */.FV)(column.id));
    const perTest = rows.length > 0 ? table(['Test', ...ids], rows, align) : '';
    return {
        text: [totals, perTest, notes.join(' ')].filter(Boolean).join('\n\n'),
        ...(hidden > 0 ? { omitted: `${(0,util_plural/* plural */.L)(hidden, 'row')} of the variants table` } : {}),
    };
}
function columnHeader(id, detail) {
    return detail ? `${(0,report_escape/* escapeMarkdown */.FV)(id)} (${(0,report_escape/* escapeMarkdown */.FV)(detail)})` : (0,report_escape/* escapeMarkdown */.FV)(id);
}
function withChange(value, change) {
    return change === '—' ? value : `${value} · ${change}`;
}
function cellText(cell) {
    if (!cell)
        return '—';
    const counts = (0,format/* passFraction */.gi)(cell.passes, cell.trials);
    const mark = cell.change ? variant_matrix/* CELL_MARKS */.y[cell.change.category] : '';
    if (!mark)
        return counts;
    const p = cell.change?.pValue === undefined ? '' : `, ${(0,format/* formatPValue */.td)(cell.change.pValue)}`;
    return `${counts} ${(0,report_escape/* escapeMarkdown */.FV)(mark)}${p}`;
}

// EXTERNAL MODULE: ./src/compare/variant-totals.ts
var variant_totals = __webpack_require__(2300);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The markdown report behind the PR comment, the check run summary, the job
 * summary and `rehearse report --format md`: one document, rendered at the
 * most detailed level that fits the target's limit.
 *
 * Shrinking goes step by step — transcripts, then the lists of passing tests
 * (fixes, new, removed), then ever shorter lists, then one line per test —
 * and the document always says what was left out and where the full report is.
 */
















const LEVELS = [
    { transcripts: true, passingLists: true, compact: false, maxItems: Infinity },
    { transcripts: false, passingLists: true, compact: false, maxItems: Infinity },
    { transcripts: false, passingLists: false, compact: false, maxItems: Infinity },
    ...[100, 50, 25, 10].map((maxItems) => ({ transcripts: false, passingLists: false, compact: false, maxItems })),
    ...[50, 20, 5, 0].map((maxItems) => ({ transcripts: false, passingLists: false, compact: true, maxItems })),
];
/** Thrown to give up a level that cannot fit: rendering the rest of it would be wasted. */
const OVER_BUDGET = Symbol('over budget');
/** Up to `level.maxItems` items, stopping early once the budget is blown; notes what was left out. */
function list(ctx, items, render, noun, separator = '\n') {
    const shown = [];
    for (const item of items) {
        if (shown.length >= ctx.level.maxItems || ctx.listed.chars > ctx.budget)
            break;
        const text = render(item);
        shown.push(text);
        ctx.listed.chars += text.length + separator.length;
    }
    if (ctx.listed.chars > ctx.budget && ctx.giveUpOverBudget)
        throw OVER_BUDGET;
    if (shown.length < items.length)
        ctx.omitted.push(`${(0,util_plural/* formatCount */.B)(items.length - shown.length)} of ${(0,util_plural/* formatCount */.B)(items.length)} ${noun}`);
    if (shown.length === 0 && items.length > 0)
        return '_Left out to fit; see the note above._';
    return shown.join(separator);
}
function section(title, body) {
    return body ? `### ${title}\n\n${body}` : '';
}
function header(ctx) {
    const { results, gate, previous } = ctx.input;
    const t = results.totals;
    const sha = (0,format/* shortSha */.Fu)(results.git.sha);
    const facts = [
        `Run ${(0,report_escape/* inlineCode */.ti)(results.runId)}`,
        results.status,
        sha ? `commit ${(0,report_escape/* inlineCode */.ti)(sha)}` : '',
        `${(0,util_plural/* plural */.L)(t.tests, 'test')} · ${(0,util_plural/* plural */.L)(t.trials, 'trial')}`,
        results.skipped.length ? `${(0,util_plural/* formatCount */.B)(results.skipped.length)} skipped` : '',
        results.shard ? `shard ${results.shard.index}/${results.shard.total}` : '',
        previous
            ? `compared with ${(0,report_escape/* inlineCode */.ti)(previous.before.runId)}` +
                `${previous.before.sha ? ` (${(0,report_escape/* inlineCode */.ti)((0,format/* shortSha */.Fu)(previous.before.sha))})` : ''}`
            : '',
    ].filter(Boolean);
    // The gate summary is our own text (counts and thresholds), shown as is, but for what it quotes of an agent or an
    // endpoint (an infrastructure error, between the quotes of quoteExternal): escaped as text from outside.
    const agent = (0,placement_text/* agentChangeText */.$r)(previous);
    const summary = gate.summary.replace(src_gate/* QUOTED_EXTERNAL */.No, (_, quoted) => `"${(0,report_escape/* escapeMarkdown */.FV)(quoted)}"`);
    return [
        `## 🎭 Rehearse · ${(0,report_escape/* escapeMarkdown */.FV)(results.suite.name)}`,
        `**${summary}**`,
        facts.join(' · '),
        agent ? `🤖 ${(0,report_escape/* escapeMarkdown */.FV)(agent)}` : '',
    ]
        .filter(Boolean)
        .join('\n\n');
}
function previousNote(ctx) {
    const { previous, previousRunNote, variants } = ctx.input;
    if (previousRunNote)
        return `> ${(0,report_escape/* escapeMarkdown */.FV)(previousRunNote)}`;
    if (previous)
        return '';
    return `> No previous run to compare with${variants ? ': comparing baseline with candidate only' : ''}.`;
}
function totals(ctx) {
    const { previous, results } = ctx.input;
    const confirmation = (0,report_evidence/* confirmationTotals */.$8)(results);
    const parts = [
        previous ? comparisonTable(previous) : totalsTable(results),
        failureCategoriesLine(previous, results) ?? '',
        confirmation ? (0,report_evidence/* confirmationLine */.IG)(confirmation) : '',
    ];
    return section('Totals', parts.filter(Boolean).join('\n\n'));
}
function countsLine(comparison) {
    const c = comparison.counts;
    const unchanged = c.still_passing + c.still_failing;
    return [
        (0,util_plural/* plural */.L)(c.regression, 'regression'),
        c.suspected ? `${(0,util_plural/* formatCount */.B)(c.suspected)} suspected` : '',
        c.not_confirmed ? `${(0,util_plural/* formatCount */.B)(c.not_confirmed)} not confirmed` : '',
        (0,util_plural/* plural */.L)(c.fix, 'fix'),
        `${(0,util_plural/* formatCount */.B)(c.flaky)} flaky`,
        `${(0,util_plural/* formatCount */.B)(unchanged)} unchanged`,
        c.new ? `${(0,util_plural/* formatCount */.B)(c.new)} only in candidate` : '',
        c.removed ? `${(0,util_plural/* formatCount */.B)(c.removed)} only in baseline` : '',
    ]
        .filter(Boolean)
        .join(' · ');
}
function variantsSection(ctx) {
    const variants = ctx.input.variants;
    if (!variants)
        return '';
    const matrix = (0,variant_matrix/* variantMatrix */.T)(ctx.input.results, variants);
    if (matrix) {
        const baseline = matrix.columns[0].id;
        const { text, omitted } = variantMatrixMarkdown(matrix, (0,variant_totals/* totalsOfVariant */.M)(ctx.input.results, baseline), {
            unchangedRows: ctx.level.passingLists,
            maxRows: ctx.level.maxItems,
        });
        if (omitted)
            ctx.omitted.push(omitted);
        return section('Variants side by side', text);
    }
    const body = [
        comparisonTable(variants),
        `${capitalized(variants.after.label)} vs ${variants.before.label}: ${countsLine(variants)}`,
        failureCategoriesLine(variants, ctx.input.results) ?? '',
    ];
    const title = `${capitalized(variants.before.label)} vs ${variants.after.label}`;
    return section((0,report_escape/* escapeMarkdown */.FV)(title), body.filter(Boolean).join('\n\n'));
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** A failing test in full the first time, as one line after that; `numbers`: what its section says of it. */
function detailed(ctx, placement, numbers, mark) {
    const test = placement.test;
    const compact = ctx.level.compact;
    const blockOf = (transcript) => {
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
function alsoText(placement) {
    return (0,placement_text/* alsoTexts */.e5)(placement)
        .map((text) => ` · ${(0,report_escape/* escapeMarkdown */.FV)(text)}`)
        .join('');
}
/** Numbers of a compared test: its deciding change's evidence, else its own counts against its threshold. */
function numbersOf(placement) {
    const decided = placement.decided;
    const test = placement.test;
    const base = decided
        ? (0,report_escape/* escapeMarkdown */.FV)((0,placement_text/* changeEvidence */.AV)(decided.change, decided.comparison)) +
            (0,placement_text/* againstText */.F5)(decided.comparison, decided.change)
        : `${(0,report_escape/* escapeMarkdown */.FV)((0,placement_text/* ownCounts */.ld)(test))} (needs ${Math.round(test.minPassRate * 100)}%)`;
    return `${base}${alsoText(placement)}`;
}
function heading(section, icon, count) {
    return `${icon} ${compare/* SECTION_TITLES */._Z[section]} (${(0,util_plural/* formatCount */.B)(count)})`;
}
function regressionSection(ctx) {
    const found = ctx.sections.of('regression');
    if (found.length === 0)
        return '';
    const failOn = ctx.input.results.gate?.failOn;
    const gated = !failOn || failOn.includes('regression');
    const intro = gated
        ? ''
        : `Confirmed by the exact test; not failing this gate, whose \`fail_on\` is ` +
            `[${failOn.join(', ')}]: a gate with \`fail_on: [regression]\` would fail.\n\n`;
    const render = (placement) => {
        const verdict = placement.test.verdict === 'pass' ? ` · ${(0,report_escape/* escapeMarkdown */.FV)((0,placement_text/* thresholdVerdict */.h6)(placement.test))}` : '';
        return detailed(ctx, placement, `${numbersOf(placement)}${verdict}`, placement.decided?.change);
    };
    const body = list(ctx, found, render, 'confirmed regressions', ctx.level.compact ? '\n' : '\n\n');
    return section(heading('regression', '❌', found.length), `${intro}${body}`);
}
/** Changed and new tests: nothing to compare with, each held to its own threshold, with its verdict. */
function unreferencedSection(ctx, which) {
    const found = ctx.sections.of(which);
    if (found.length === 0)
        return '';
    const intro = which === 'changed'
        ? 'The test itself changed (not only the agent) and no earlier run has the new version: nothing to compare ' +
            'it with, so each is held to its own threshold.'
        : 'No earlier run and no baseline has them: nothing to compare with, so each is held to its own threshold.';
    const render = (placement) => {
        const test = placement.test;
        const numbers = (0,report_escape/* escapeMarkdown */.FV)((0,placement_text/* unreferencedText */.oC)(placement));
        if (test.verdict === 'fail' || test.verdict === 'error')
            return detailed(ctx, placement, numbers, undefined);
        return `- ${testLabel(test)} · ${test.priority} · ${numbers}`;
    };
    const icon = which === 'changed' ? '✏️' : '🆕';
    const body = list(ctx, found, render, `${which} tests`, ctx.level.compact ? '\n' : '\n\n');
    return section(heading(which, icon, found.length), `${intro}\n\n${body}`);
}
/** Drops that are not regressions: suspected (and what the runner did about them) and not confirmed. */
function dropSection(ctx, which) {
    const found = ctx.sections.of(which);
    if (found.length === 0)
        return '';
    const intro = which === 'suspected'
        ? 'A drop the run could neither confirm nor clear: shown, not failing the gate.'
        : 'The confirmation trials did not confirm the drop: not failing the gate.';
    const render = (placement) => {
        const test = placement.test;
        const why = which === 'suspected' ? ` — ${(0,report_escape/* escapeMarkdown */.FV)((0,placement_text/* suspectedWhy */.$6)(placement, (0,placement_text/* runConfirms */.VN)(ctx.input.results)))}` : '';
        // A failing one is shown with its criteria and excerpt: it is listed nowhere else.
        if (test.verdict === 'fail' || test.verdict === 'error') {
            const numbers = `${numbersOf(placement)} · ${(0,report_escape/* escapeMarkdown */.FV)((0,placement_text/* thresholdVerdict */.h6)(test))}${why}`;
            return detailed(ctx, placement, numbers, placement.decided?.change);
        }
        return `- ${testLabel(test)} · ${test.priority} · ${numbersOf(placement)}${definitionSuffix(placement)}${why}`;
    };
    const icon = which === 'suspected' ? '⚠️' : '🔁';
    const body = list(ctx, found, render, compare/* SECTION_TITLES */._Z[which].toLowerCase(), ctx.level.compact ? '\n' : '\n\n');
    return section(heading(which, icon, found.length), `${intro}\n\n${body}`);
}
function definitionSuffix(placement) {
    const mark = (0,definition/* definitionMark */.Hd)(placement.decided?.change, true);
    return mark ? ` · ${mark}` : '';
}
/** Failing tests not in a section above, with their change against what they were compared with. */
function failingSection(ctx) {
    const found = ctx.sections.of('failing');
    if (found.length === 0)
        return '';
    const render = (placement) => {
        const verdict = placement.decided ? ` · ${(0,report_escape/* escapeMarkdown */.FV)((0,placement_text/* thresholdVerdict */.h6)(placement.test))}` : '';
        const numbers = `${numbersOf(placement)}${verdict}`;
        return detailed(ctx, placement, numbers, placement.decided?.change);
    };
    return section(heading('failing', '🔴', found.length), list(ctx, found, render, 'failing tests', ctx.level.compact ? '\n' : '\n\n'));
}
function skippedLine(entry) {
    const name = entry.name ? ` · ${(0,report_escape/* escapeMarkdown */.FV)(entry.name)}` : '';
    const priority = entry.priority ? ` · ${entry.priority}` : '';
    return `- ${(0,report_escape/* inlineCode */.ti)(entry.key)}${name}${priority} · ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncate */.xv)(entry.reason, MAX_REASON_CHARS))}`;
}
/** Planned tests that never ran (no simulator key or endpoint): listed, never silently dropped. */
function skippedSection(ctx) {
    const skipped = ctx.sections.of('skipped').map((placement) => placement.skipped);
    if (skipped.length === 0)
        return '';
    const hint = (0,report_skipped/* skipHint */.L8)(skipped, 'any');
    const allowed = ctx.input.results.gate?.allowSkipped ? ' Allowed by `gate.allow_skipped: true`.' : '';
    const intro = `**${(0,report_escape/* escapeMarkdown */.FV)((0,report_skipped/* skipCause */.Ht)(skipped))}**${hint ? `: ${(0,report_escape/* escapeMarkdown */.FV)(hint)}.` : '.'}${allowed}`;
    const body = `${intro}\n\n${list(ctx, skipped, skippedLine, 'skipped tests')}`;
    return section(`⏭️ ${compare/* SECTION_TITLES */._Z.skipped} (${(0,util_plural/* formatCount */.B)(skipped.length)})`, body);
}
/** Fixes, still passing with a changed definition, removed, not comparable: one line each. */
function lineSection(ctx, which, passing) {
    const found = ctx.sections.of(which);
    if (found.length === 0)
        return '';
    const icon = { fix: '✅ ', edited: '✏️ ', removed: '', invalid: '' }[which];
    const title = `${icon}${compare/* SECTION_TITLES */._Z[which]} (${(0,util_plural/* formatCount */.B)(found.length)})`;
    if (passing && !ctx.level.passingLists) {
        ctx.omitted.push(`the list of ${compare/* SECTION_TITLES */._Z[which].toLowerCase()} (${(0,util_plural/* formatCount */.B)(found.length)})`);
        return section(title, '_List left out to fit._');
    }
    const render = (placement) => {
        const change = placement.decided?.change;
        if (which === 'removed' || which === 'invalid' || !change)
            return simpleLine(change);
        const test = placement.test;
        return `- ${testLabel(test)} · ${test.priority} · ${numbersOf(placement)}${definitionSuffix(placement)}`;
    };
    return section(title, list(ctx, found, render, compare/* SECTION_TITLES */._Z[which].toLowerCase()));
}
/** Flaky by history, collapsed: below the drops and failures, never instead of one. */
function flakySection(ctx) {
    const found = ctx.sections.of('flaky').map((placement) => placement.decided.change);
    if (found.length === 0)
        return '';
    const shown = found.slice(0, Math.min(found.length, ctx.level.maxItems));
    if (shown.length < found.length)
        ctx.omitted.push(`${(0,util_plural/* formatCount */.B)(found.length - shown.length)} of ${(0,util_plural/* formatCount */.B)(found.length)} flaky tests`);
    const intro = 'Unstable across their history on the base branch (pooled pass rate strictly between 5% and 95% over at ' +
        'least 10 trials), passing now.';
    const rows = table(['Test', 'history', 'now', 'Wilson 95%'], shown.map(flakyHistoryRow), ['l', 'r', 'r', 'r']);
    const body = shown.length ? `${intro}\n\n${rows}` : intro;
    const summary = `〰️ ${compare/* SECTION_TITLES */._Z.flaky} (${(0,util_plural/* formatCount */.B)(found.length)})`;
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Every test's pass rate with its Wilson 95% interval, collapsed (left out first when shrinking). */
function intervalsSection(ctx) {
    const tests = ctx.input.results.tests;
    if (tests.length === 0 || !ctx.level.passingLists)
        return '';
    const rows = tests.map((test) => [
        (0,report_escape/* inlineCode */.ti)(test.key),
        (0,format/* passFraction */.gi)(test.passes, test.passes + test.failures),
        (0,format/* formatPercent */.l9)(test.passes + test.failures ? test.passes / (test.passes + test.failures) : null),
        (0,report_evidence/* wilsonText */.sQ)(test),
    ]);
    const body = table(['Test', 'passed', 'rate', 'Wilson 95%'], rows, ['l', 'r', 'r', 'r']);
    return (`<details><summary>Pass rates with 95% intervals ` +
        `(${(0,util_plural/* formatCount */.B)(tests.length)})</summary>\n\n${body}\n\n</details>`);
}
function methodNote(ctx) {
    const method = (ctx.input.previous ?? ctx.input.variants)?.method;
    if (!method)
        return '';
    const comparison = (ctx.input.previous ?? ctx.input.variants);
    return (`<sub>Statistics: ${(0,report_escape/* escapeMarkdown */.FV)(method.test)}, each comparison at ${(0,report_evidence/* levelText */.WB)(comparison)} so the ` +
        `run's false-fail rate stays ≤ ${method.alpha}. A drop is a regression only once confirmation trials confirm ` +
        `it (it fails the gate when \`fail_on\` includes regression); a single-trial flip is rerun when its reference ` +
        `could confirm it, else listed as suspected, unless the test is declared deterministic. Changed and new tests ` +
        `are held to their own threshold. Flaky: unstable across the history. See docs/statistics.md.</sub>`);
}
function linksLine(ctx) {
    const links = ctx.input.links ?? {};
    const parts = [
        ['Check run', safeUrl(links.checkRunUrl)],
        ['Full report (artifact)', safeUrl(links.artifactUrl)],
        ['Workflow run', safeUrl(links.runUrl)],
    ].flatMap(([label, url]) => (url ? [`[${label}](${url})`] : []));
    return parts.join(' · ');
}
function omissionNote(input, target, omitted) {
    if (omitted.length === 0)
        return '';
    const artifact = safeUrl(input.links?.artifactUrl);
    const where = artifact
        ? `the [HTML report in the run's artifact](${artifact})`
        : "the HTML report in this workflow run's artifacts (or `rehearse report results.json --format html`)";
    return (`> [!NOTE]\n> Shortened to fit ${target.limitName}. Left out: ` +
        `${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncate */.xv)(omitted.join('; '), 2000))}. Every test, transcript and reason is in ${where}.`);
}
function body(ctx) {
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
function renderAt(input, target, trials, sections, blocks, level, giveUpOverBudget) {
    const ctx = {
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
    if (!level.transcripts && ctx.detailed.size > 0)
        ctx.omitted.unshift('transcript excerpts');
    const parts = [target.marker ?? '', head, omissionNote(input, target, ctx.omitted), ...rest];
    return { text: `${parts.filter(Boolean).join('\n\n')}\n`, omitted: ctx.omitted };
}
/** The most detailed rendering that fits the target; a last-resort cut keeps even pathological input inside it. */
function renderMarkdown(input, target) {
    const trials = (0,report_failures/* indexTrials */.Ae)(input.results);
    const sections = (0,compare/* placeTests */.Lv)(input);
    const blocks = new Map();
    let last;
    for (const [index, level] of LEVELS.entries()) {
        const lastLevel = index === LEVELS.length - 1;
        try {
            last = renderAt(input, target, trials, sections, blocks, level, !lastLevel);
        }
        catch (error) {
            if (error === OVER_BUDGET)
                continue;
            throw error;
        }
        if (target.measure(last.text) <= target.limit)
            return last;
    }
    const note = `\n\n> [!NOTE]\n> Cut to fit ${target.limitName}.\n`;
    let text = last.text;
    while (target.measure(text) + target.measure(note) > target.limit)
        text = (0,report_escape/* truncate */.xv)(text, Math.floor(text.length * 0.9));
    return { text: text + note, omitted: [...last.omitted, 'the end of the report'] };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/report/check-run.ts
/**
 * The check run: a title, the report as summary (its own limit), and an
 * annotation at the suite file line of every failing test.
 */










/** Repository-relative, forward slashes; undefined when the file is outside the repository. */
function annotationPath(file, workspace) {
    let path = file;
    if ((0,external_node_path_.isAbsolute)(path)) {
        if (!workspace)
            return undefined;
        path = (0,external_node_path_.relative)(workspace, path);
        if (path.startsWith('..') || (0,external_node_path_.isAbsolute)(path))
            return undefined;
    }
    path = path
        .split(external_node_path_.sep)
        .join(external_node_path_.posix.sep)
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '');
    return path.startsWith('../') ? undefined : path;
}
function truncateBytes(text, maxBytes) {
    if (Buffer.byteLength(text) <= maxBytes)
        return text;
    let cut = text.slice(0, maxBytes);
    while (Buffer.byteLength(cut) > maxBytes - 3)
        cut = cut.slice(0, Math.floor(cut.length * 0.95));
    // Do not leave half a surrogate pair behind.
    return `${cut.replace(/[\ud800-\udbff]$/, '')}…`;
}
function annotationMessage(test, trials, placement) {
    const detail = (0,report_failures/* failureOf */.g5)(test, trials);
    const decided = placement.decided;
    const numbers = placement.section === 'changed' || placement.section === 'new'
        ? `${compare/* SECTION_LABELS */.YW[placement.section]} test: ${(0,placement_text/* unreferencedText */.oC)(placement)}.`
        : decided
            ? `${compare/* SECTION_LABELS */.YW[placement.section]}: ${(0,placement_text/* changeEvidence */.AV)(decided.change, decided.comparison)}` +
                `${(0,placement_text/* againstText */.F5)(decided.comparison, decided.change)} · ${(0,placement_text/* thresholdVerdict */.h6)(test)}.`
            : `${(0,format/* trialsPassing */.V5)(test)} (needs ${Math.round(test.minPassRate * 100)}%).`;
    const lines = [
        numbers,
        ...(detail?.criteria ?? []).flatMap((c) => [
            `✗ ${c.id} (${(0,results/* typeAndCheckpoint */.S_)(c)})${c.trials > 1 ? ` failed in ${c.failedIn}/${c.trials} trials` : ''}: ` +
                c.reason,
            ...(0,report_failures/* partTextLines */.cK)(c.parts),
        ]),
        ...(detail?.trialReasons ?? []).map((reason) => `⚠ ${reason}`),
        placement.section === 'changed' ? '' : (0,definition/* definitionMark */.Hd)(decided?.change, true),
    ].filter(Boolean);
    return truncateBytes(lines.join('\n'), MAX_ANNOTATION_MESSAGE_BYTES);
}
/** What the annotation title says the test did, from its one section. */
const ANNOTATED = {
    regression: 'regressed',
    changed: 'changed and below its threshold',
    new: 'new and below its threshold',
    suspected: 'failed (suspected drop)',
    not_confirmed: 'failed (drop not confirmed)',
    failing: 'failed',
};
function annotations(input, workspace) {
    const trials = (0,report_failures/* indexTrials */.Ae)(input.results);
    const sections = (0,compare/* placeTests */.Lv)(input);
    const annotated = sections.placements.filter((placement) => {
        const test = placement.test;
        if (!test || placement.section === 'removed')
            return false;
        return placement.section === 'regression' || test.verdict === 'fail' || test.verdict === 'error';
    });
    return annotated.flatMap((placement) => {
        const test = placement.test;
        const path = annotationPath(test.source.file, workspace);
        if (!path)
            return [];
        const regressed = placement.section === 'regression';
        const serious = regressed || test.priority === 'critical';
        const what = test.verdict === 'error' && !regressed ? 'errored' : (ANNOTATED[placement.section] ?? 'failed');
        return [
            {
                path,
                start_line: test.source.line,
                end_line: test.source.line,
                annotation_level: serious ? 'failure' : 'warning',
                title: (0,report_escape/* truncate */.xv)(`Rehearse: ${test.key} ${what} (${test.priority})`, MAX_ANNOTATION_TITLE_CHARS),
                message: annotationMessage(test, trials, placement),
            },
        ];
    });
}
/** A warning (a failure when the gate does not allow skips) on each skipped test's line, saying what was missing. */
function skippedAnnotations(results, workspace) {
    const level = results.gate?.allowSkipped ? 'warning' : 'failure';
    return results.skipped.flatMap((entry) => {
        const path = entry.source && entry.missing ? annotationPath(entry.source.file, workspace) : undefined;
        if (!path || !entry.source)
            return [];
        return [
            {
                path,
                start_line: entry.source.line,
                end_line: entry.source.line,
                annotation_level: level,
                title: (0,report_escape/* truncate */.xv)(`Rehearse: ${entry.key} could not run`, MAX_ANNOTATION_TITLE_CHARS),
                message: truncateBytes(entry.reason, MAX_ANNOTATION_MESSAGE_BYTES),
            },
        ];
    });
}
function renderCheckRun(input, options = {}) {
    const summary = renderMarkdown(input, {
        limit: MAX_CHECK_SUMMARY_CHARS,
        limitName: "GitHub's check run summary limit (65,535 characters)",
        measure: (text) => text.length,
    });
    const gateOff = input.gate.passed && input.gate.reasons.length > 0;
    return {
        title: (0,report_escape/* truncate */.xv)(input.gate.summary, MAX_ANNOTATION_TITLE_CHARS),
        summary: summary.text,
        conclusion: !input.gate.passed ? 'failure' : gateOff ? 'neutral' : 'success',
        annotations: [...annotations(input, options.workspace), ...skippedAnnotations(input.results, options.workspace)],
        omitted: summary.omitted,
    };
}

;// CONCATENATED MODULE: ./src/report/transcript.ts

function transcriptLines(trial, maxChars = Number.POSITIVE_INFINITY) {
    return (0,failure_digest/* shownEvents */.Lw)(trial).map((event) => (0,failure_digest/* describeEvent */.gN)(event, maxChars));
}

// EXTERNAL MODULE: ./src/report/html-parts.ts
var html_parts = __webpack_require__(8402);
;// CONCATENATED MODULE: ./src/report/junit.ts
/**
 * JUnit XML for the many CI tools that read it: one <testsuite> per variant,
 * one <testcase> per test × variant, each trial's outcome as a property and
 * the transcripts in <system-out>. Given the comparisons, each test also
 * says how it changed (properties `previousRun` / `baselineVsCandidate`), and
 * a regression's failure message says so first.
 */









/** A confirmed regression fails its testcase even when its own threshold still passes: CI tools show it. */
function failed(test, placement) {
    return test.verdict === 'fail' || (placement?.section === 'regression' && test.verdict === 'pass');
}
const byKey = (comparison) => new Map((comparison?.changes ?? []).filter((change) => change.category !== 'removed').map((change) => [change.key, change]));
/** "regression: 5/5 → 0/5 passing (p = 0.004)" */
function changeText(change) {
    const side = (stats) => (stats ? (0,format/* passFraction */.gi)(stats.passes, stats.trials) : '—');
    const p = change.pValue === undefined ? '' : ` (${(0,format/* formatPValue */.td)(change.pValue)})`;
    const mark = (0,definition/* definitionMark */.Hd)(change, false).replace(/^⚠️ /, '');
    const defined = mark ? `; ${mark}` : '';
    return `${change.category.replace('_', ' ')}: ${side(change.before)} → ${side(change.after)} passing${p}${defined}`;
}
/** Transcript lines in system-out are cut at this many characters. */
const MAX_SYSTEM_OUT_LINE_CHARS = 2_000;
const seconds = (ms) => (ms / 1000).toFixed(3);
function attributes(values) {
    return Object.entries(values)
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => ` ${name}="${(0,report_escape/* escapeXml */.X)(String(value))}"`)
        .join('');
}
/** The test's one section and its counts before and after confirmation, as every report states them. */
function sectionProperties(placement) {
    if (!placement?.counts)
        return [];
    const { planned, all, trials, extraTrials } = placement.counts;
    const text = (0,html_parts/* placementText */.pr)(placement);
    return [
        ['section', placement.section],
        ['sectionText', `${compare/* SECTION_LABELS */.YW[placement.section]}${text ? `: ${text}` : ''}`],
        ['planned', (0,format/* passFraction */.gi)(planned.passes, planned.trials)],
        ['all', (0,format/* passFraction */.gi)(all.passes, all.trials)],
        ['trialsRun', String(trials)],
        ['extraTrials', String(extraTrials)],
    ];
}
function properties(test, trials, changes) {
    const previous = changes.previous.get(test.key);
    const variants = changes.variants.get(test.key);
    const entries = [
        ['priority', test.priority],
        ['tags', test.tags.join(',')],
        ['runs', String(test.runs)],
        ['passRate', test.passRate === null ? '' : String(test.passRate)],
        ['minPassRate', String(test.minPassRate)],
        ['costUsd', String(test.costUsd)],
        ...(previous ? [['previousRun', changeText(previous)]] : []),
        ...(variants ? [['baselineVsCandidate', changeText(variants)]] : []),
        ...sectionProperties(changes.sections.byKey.get(test.key)),
        ...trials.map((trial) => [
            `trial.${trial.index}`,
            `${trial.status}${trial.reason ? `: ${trial.reason}` : ''}`,
        ]),
    ];
    const lines = entries.map(([name, value]) => `        <property${attributes({ name, value })}/>`);
    return `      <properties>\n${lines.join('\n')}\n      </properties>\n`;
}
function failureElement(test, index, changes) {
    const placement = changes.sections.byKey.get(test.key);
    if (test.verdict === 'pass' && !failed(test, placement))
        return '';
    if (test.verdict === 'not_run')
        return `      <skipped${attributes({ message: 'not run' })}/>\n`;
    const detail = (0,report_failures/* failureOf */.g5)(test, index);
    const criteria = (detail?.criteria ?? []).flatMap((c) => [
        `${c.id} (${(0,results/* typeAndCheckpoint */.S_)(c)}) failed${c.trials > 1 ? ` in ${c.failedIn}/${c.trials} trials` : ''}: ` +
            c.reason,
        ...(0,report_failures/* partTextLines */.cK)(c.parts),
    ]);
    const text = [...criteria, ...(detail?.trialReasons ?? [])].join('\n');
    const needs = `${(0,format/* trialsPassing */.V5)(test)} (needs ${Math.round(test.minPassRate * 100)}%)`;
    // The section first, in the words every report uses: "regression: 30/30 on baseline → 3/5 now, 14/30 after …".
    const listed = placement && placement.section !== 'failing' && placement.section !== 'passing';
    const section = listed ? [`${compare/* SECTION_LABELS */.YW[placement.section]}: ${(0,html_parts/* placementText */.pr)(placement)}`] : [];
    const message = [...section, needs].join('; ');
    const element = failed(test, placement) ? 'failure' : 'error';
    // People's words for the category, as in the CLI and the markdown ("criteria not met", not the file's `judge`).
    const category = Object.keys(test.failureCategories)[0];
    const type = category === undefined ? test.verdict : (0,verdict/* failureCategoryLabel */.lU)(category);
    return `      <${element}${attributes({ message, type })}>${(0,report_escape/* escapeXml */.X)(text)}</${element}>\n`;
}
function systemOut(trials) {
    if (trials.length === 0)
        return '';
    const blocks = trials.map((trial) => [
        `--- trial ${trial.index + 1}: ${trial.status}${trial.reason ? ` (${trial.reason})` : ''}`,
        ...transcriptLines(trial, MAX_SYSTEM_OUT_LINE_CHARS),
    ].join('\n'));
    return `      <system-out>${(0,report_escape/* escapeXml */.X)(blocks.join('\n\n'))}</system-out>\n`;
}
function testcase(test, index, suiteName, changes) {
    const trials = index.get(test.key) ?? [];
    const time = trials.reduce((sum, trial) => sum + trial.durationMs, 0);
    const attrs = attributes({
        classname: `${suiteName}.${test.variant}`,
        name: test.testId,
        file: test.source.file,
        line: test.source.line,
        time: seconds(time),
    });
    const open = `    <testcase${attrs}>\n`;
    return (`${open}${properties(test, trials, changes)}${failureElement(test, index, changes)}${systemOut(trials)}` +
        `    </testcase>`);
}
/** A planned test that never ran (no simulator key or endpoint): a testcase with <skipped message="why">. */
function skippedTestcase(entry, suiteName) {
    const variant = variantOf(entry);
    const name = entry.testId ?? entry.key.slice(0, entry.key.lastIndexOf('@'));
    const where = { file: entry.source?.file, line: entry.source?.line };
    const attrs = attributes({ classname: `${suiteName}.${variant}`, name, ...where, time: seconds(0) });
    const open = `    <testcase${attrs}>\n`;
    return `${open}      <skipped${attributes({ message: entry.reason })}/>\n    </testcase>`;
}
function variantOf(entry) {
    return entry.variant ?? entry.key.slice(entry.key.lastIndexOf('@') + 1);
}
function* testsuite(results, variant, tests, index, changes) {
    const count = (verdicts) => tests.filter((test) => verdicts.includes(test.verdict)).length;
    const failures = tests.filter((test) => failed(test, changes.sections.byKey.get(test.key))).length;
    const skipped = results.skipped.filter((entry) => variantOf(entry) === variant);
    const time = tests.reduce((sum, test) => sum + (index.get(test.key) ?? []).reduce((s, t) => s + t.durationMs, 0), 0);
    yield `\n  <testsuite${attributes({
        name: `${results.suite.name}@${variant}`,
        tests: tests.length + skipped.length,
        failures,
        errors: count(['error', 'invalid']),
        skipped: count(['not_run']) + skipped.length,
        time: seconds(time),
        timestamp: results.startedAt,
    })}>`;
    for (const test of tests)
        yield `\n${testcase(test, index, results.suite.name, changes)}`;
    for (const entry of skipped)
        yield `\n${skippedTestcase(entry, results.suite.name)}`;
    yield '\n  </testsuite>';
}
/** The XML in pieces (one testcase at a time), for writing to a file or stream as it is made. */
function* renderJUnitChunks(results, options = {}) {
    const index = (0,report_failures/* indexTrials */.Ae)(results);
    const changes = {
        previous: byKey(options.previous),
        variants: byKey(options.variants),
        sections: (0,compare/* placeTests */.Lv)({ results, previous: options.previous, variants: options.variants }),
    };
    const failures = results.tests.filter((test) => failed(test, changes.sections.byKey.get(test.key))).length;
    // A variant whose every test was skipped still gets its <testsuite>.
    const variants = [...new Set([...results.tests.map((test) => test.variant), ...results.skipped.map(variantOf)])];
    const t = results.totals;
    const skipped = results.skipped.length;
    const rootAttrs = attributes({
        name: `rehearse ${results.suite.name} ${results.runId}`,
        tests: t.tests + skipped,
        failures,
        errors: t.errored + t.invalid,
        skipped: t.notRun + skipped,
        time: seconds(t.durationMs),
    });
    const root = `<testsuites${rootAttrs}>`;
    yield `<?xml version="1.0" encoding="UTF-8"?>\n${root}`;
    for (const variant of variants)
        yield* testsuite(results, variant, results.tests.filter((test) => test.variant === variant), index, changes);
    yield '\n</testsuites>\n';
}
function renderJUnit(results, options = {}) {
    return [...renderJUnitChunks(results, options)].join('');
}

// EXTERNAL MODULE: ./src/verdict/index.ts + 15 modules
var src_verdict = __webpack_require__(7822);
;// CONCATENATED MODULE: ./src/report/csv.ts
/**
 * Per-test results as CSV (spreadsheets) and JSON (scripts). Skipped tests
 * are rows too (verdict `skipped`, with the reason); given the previous run,
 * each row says how the test changed and which part of its definition did.
 */



/** Four decimals: enough for a rate, short enough for a spreadsheet. */
function round(value) {
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
];
function row(test, placement) {
    const { source, tags, wilson95: _wilson, failureCategories: _categories, confirmation: _confirmation, failure: _failure, ...flat } = test;
    const change = placement?.decided?.change;
    const counts = placement?.counts;
    const defined = (0,definition/* definitionChangeText */.vC)(change);
    const interval = (0,src_verdict/* wilsonInterval */.YV)(test.passes, test.passes + test.failures);
    return {
        ...flat,
        ...(interval ? { wilsonLow: round(interval.low), wilsonHigh: round(interval.high) } : {}),
        tags: tags.join(' '),
        sourceFile: source.file,
        sourceLine: source.line,
        ...(change ? { change: (0,definition/* fixedByCriteriaChange */.nh)(change) ? 'fix (criteria changed)' : change.category } : {}),
        ...(defined ? { definitionChanged: change.changedDefinition.join(' ') } : {}),
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
function skippedRow(entry) {
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
function csvCell(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'number')
        return String(value);
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function renderCsv(results, options = {}) {
    const sections = (0,compare/* placeTests */.Lv)({ results, previous: options.previous, variants: options.variants });
    const rows = [
        ...results.tests.map((test) => row(test, sections.byKey.get(test.key))),
        ...results.skipped.map(skippedRow),
    ];
    const lines = [COLUMNS.join(','), ...rows.map((cells) => COLUMNS.map((column) => csvCell(cells[column])).join(','))];
    return `${lines.join('\r\n')}\r\n`;
}
/** The per-test summaries without the transcripts: small enough for dashboards and scripts. */
function renderTestsJson(results) {
    const payload = {
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

;// CONCATENATED MODULE: ./src/report/html-assets.ts
/** Inline CSS and JS of the HTML report: no external asset, no network. */
/** Nothing may be fetched: the report is opened from disk or an artifact, often offline. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
const STYLE = `
:root { --pass: #1a7f37; --fail: #cf222e; --error: #9a6700; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1100px; ` +
    `padding: 24px; color: #1f2328; }
h1 { font-size: 22px; margin: 0 0 4px; }
.verdict { font-size: 16px; font-weight: 600; margin: 8px 0; }
#verdict { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; padding: 4px 14px; }
#verdict.passed { border-left-color: var(--pass); } #verdict.failed { border-left-color: var(--fail); }
#verdict.off { border-left-color: var(--error); } #verdict h2 { margin: 6px 0; }
#verdict ul { font-weight: 400; margin: 4px 0; } #sections h3 { font-size: 15px; margin: 10px 0 4px; }
.facts, .muted { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(130px, 1fr)); gap: 8px; margin: 16px 0; }
.card { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
.card b { display: block; font-size: 18px; }
.filters { position: sticky; top: 0; background: #fff; padding: 10px 0; border-bottom: 1px solid var(--line); ` +
    `display: flex; gap: 8px; flex-wrap: wrap; align-items: center; z-index: 1; }
.filters input { flex: 1 1 220px; padding: 5px 8px; }
.test { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 6px; margin: 10px 0; ` +
    `padding: 8px 12px; }
.test.v-pass { border-left-color: var(--pass); }
.test.v-fail { border-left-color: var(--fail); }
.test.v-error, .test.v-invalid { border-left-color: var(--error); }
.test.regression { background: #fff5f5; border-color: var(--fail); border-left-width: 6px; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; ` +
    `background: var(--bg); border: 1px solid var(--line); }
.badge.pass { color: var(--pass); } .badge.fail, .badge.regression { color: var(--fail); } .badge.error { ` +
    `color: var(--error); }
.badge.regression { background: var(--fail); color: #fff; }
.badge.suspected, .badge.not_confirmed { color: var(--error); }
table.verdicts { border-collapse: collapse; margin: 8px 0; } table.verdicts td, table.verdicts th { ` +
    `border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left; }
tr.v-regression td { color: var(--fail); font-weight: 600; } svg.spark { color: var(--pass); vertical-align: middle; }
.criteria { margin: 6px 0; padding-left: 20px; }
.criteria .no { color: var(--fail); }
.criteria .parts { margin: 2px 0; padding-left: 18px; } .criteria .parts .yes { color: var(--pass); }
.badge.skipped { color: var(--error); } .definition-changed { color: var(--error); }
details.trial { margin: 6px 0; }
details.trial > summary { cursor: pointer; }
.transcript { border-left: 2px solid var(--line); margin: 6px 0 6px 6px; padding-left: 10px; }
.ev { margin: 4px 0; white-space: pre-wrap; word-break: break-word; }
.ev .who { font-weight: 600; margin-right: 6px; }
.ev.tool { font-family: ui-monospace, monospace; font-size: 12px; background: var(--bg); padding: 3px 6px; ` +
    `border-radius: 4px; }
.ev.err, .ev.tool.failed { color: var(--fail); }
.ev.recorded { opacity: 0.7; border-left: 3px dotted var(--line); padding-left: 6px; font-style: italic; }
svg text { font: 11px system-ui, sans-serif; fill: #1f2328; }
[hidden] { display: none !important; }
`;
const SCRIPT = `
(function () {
  var tests = Array.prototype.slice.call(document.querySelectorAll('article.test'));
  var search = document.getElementById('search');
  var status = document.getElementById('status');
  var tag = document.getElementById('tag');
  var variant = document.getElementById('variant');
  var count = document.getElementById('shown-count');
  function matchesStatus(el, wanted) {
    if (wanted === 'all') return true;
    if (wanted === 'failing') return el.dataset.status === 'fail' || el.dataset.status === 'error';
    return el.dataset.status === wanted || el.dataset.change === wanted;
  }
  function apply() {
    var text = search.value.trim().toLowerCase();
    var shown = 0;
    tests.forEach(function (el) {
      var ok = matchesStatus(el, status.value)
        && (tag.value === '' || JSON.parse(el.dataset.tags).indexOf(tag.value) >= 0)
        && (variant.value === '' || el.dataset.variant === variant.value)
        && (text === '' || el.dataset.search.indexOf(text) >= 0);
      el.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = shown + ' of ' + tests.length + ' tests shown';
  }
  [search, status, tag, variant].forEach(function (control) { control.addEventListener('input', apply); ` +
    `control.addEventListener('change', apply); });
  apply();
})();
`;

;// CONCATENATED MODULE: ./src/report/html-chart.ts


const MAX_TAG_BARS = 20;
const BAR_HEIGHT = 18;
const LABEL_WIDTH = 160;
const BAR_WIDTH = 360;
const HISTORY_WIDTH = 560;
const HISTORY_HEIGHT = 160;
function rateByTag(results) {
    const byTag = new Map();
    for (const test of results.tests) {
        if (test.verdict !== 'pass' && test.verdict !== 'fail')
            continue;
        for (const tag of test.tags.length ? test.tags : ['(untagged)']) {
            const entry = byTag.get(tag) ?? { passed: 0, decided: 0 };
            entry.decided += 1;
            if (test.verdict === 'pass')
                entry.passed += 1;
            byTag.set(tag, entry);
        }
    }
    return [...byTag.entries()]
        .map(([tag, counts]) => ({ tag, ...counts }))
        .sort((a, b) => b.decided - a.decided || (a.tag < b.tag ? -1 : 1))
        .slice(0, MAX_TAG_BARS);
}
function tagChart(results) {
    const rates = rateByTag(results);
    if (rates.length === 0)
        return '';
    const height = rates.length * (BAR_HEIGHT + 4);
    const bars = rates.map((rate, i) => {
        const y = i * (BAR_HEIGHT + 4);
        const share = rate.passed / rate.decided;
        return [
            `<text x="${LABEL_WIDTH - 6}" y="${y + 13}" text-anchor="end">${(0,report_escape/* escapeHtml */.ZD)((0,report_escape/* truncate */.xv)(rate.tag, 24))}</text>`,
            `<rect x="${LABEL_WIDTH}" y="${y}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" fill="#ffebe9"/>`,
            `<rect x="${LABEL_WIDTH}" y="${y}" width="${(BAR_WIDTH * share).toFixed(1)}" height="${BAR_HEIGHT}" ` +
                `fill="#2da44e"><title>${(0,report_escape/* escapeHtml */.ZD)(rate.tag)}: ${rate.passed}/${rate.decided}</title></rect>`,
            `<text x="${LABEL_WIDTH + BAR_WIDTH + 6}" y="${y + 13}">${(0,format/* formatPercent */.l9)(share)} ` +
                `(${rate.passed}/${rate.decided})</text>`,
        ].join('');
    });
    return (`<svg id="chart-tags" role="img" aria-label="Pass rate by tag" ` +
        `width="${LABEL_WIDTH + BAR_WIDTH + 110}" height="${height}" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 110} ` +
        `${height}">${bars.join('')}</svg>`);
}
function historyChart(runs) {
    const points = runs.filter((run) => run.totals.passRate !== null);
    if (points.length < 2)
        return '';
    const pad = 30;
    const x = (i) => pad + (i * (HISTORY_WIDTH - 2 * pad)) / (points.length - 1);
    const y = (rate) => HISTORY_HEIGHT - pad - rate * (HISTORY_HEIGHT - 2 * pad);
    const path = points
        .map((run, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(run.totals.passRate).toFixed(1)}`)
        .join(' ');
    const dots = points.map((run, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(run.totals.passRate).toFixed(1)}" r="4" ` +
        `fill="#0969da"><title>${(0,report_escape/* escapeHtml */.ZD)(run.runId)} · ${(0,report_escape/* escapeHtml */.ZD)(run.startedAt.slice(0, 10))}: ` +
        `${(0,format/* formatPercent */.l9)(run.totals.passRate)}</title></circle>`);
    const axis = `<line x1="${pad}" y1="${y(0)}" x2="${HISTORY_WIDTH - pad}" y2="${y(0)}" stroke="#d0d7de"/><text ` +
        `x="2" y="${y(1) + 4}">100%</text><text x="2" y="${y(0) + 4}">0%</text>`;
    return (`<svg id="chart-history" role="img" aria-label="Pass rate over runs" width="${HISTORY_WIDTH}" ` +
        `height="${HISTORY_HEIGHT}" viewBox="0 0 ${HISTORY_WIDTH} ${HISTORY_HEIGHT}">${axis}<path d="${path}" ` +
        `fill="none" stroke="#0969da" stroke-width="2"/>${dots.join('')}</svg>`);
}

// EXTERNAL MODULE: ./src/model/history.ts
var model_history = __webpack_require__(8585);
;// CONCATENATED MODULE: ./src/report/html-verdicts.ts






const VERDICT_LABELS = {
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
function side(stats) {
    if (!stats)
        return '—';
    return (`${(0,format/* passFraction */.gi)(stats.passes, stats.trials)} ` +
        `(${(0,format/* formatPercent */.l9)(stats.trials ? stats.passes / stats.trials : null)})`);
}
function html_verdicts_variantsSection(variants, results) {
    if (!variants)
        return '';
    const matrix = (0,variant_matrix/* variantMatrix */.T)(results, variants);
    if (matrix)
        return matrixSection(matrix);
    const rows = variants.changes.map((change) => {
        const evidence = (0,report_evidence/* evidenceText */.rS)(change, variants);
        return (`<tr class="v-${(0,report_escape/* escapeHtml */.ZD)(change.category)}"><td><code>${(0,report_escape/* escapeHtml */.ZD)(change.testId)}</code></td><td>` +
            `${(0,report_escape/* escapeHtml */.ZD)(side(change.before))}</td><td>${(0,report_escape/* escapeHtml */.ZD)(side(change.after))}</td><td>${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatPValue */.td)(change.pValue))}</td>` +
            `<td>${(0,report_escape/* escapeHtml */.ZD)(VERDICT_LABELS[change.category])}${evidence ? `<br><small>${(0,report_escape/* escapeHtml */.ZD)(evidence)}</small>` : ''}</td></tr>`);
    });
    const before = variants.before.detail ? ` (${(0,report_escape/* escapeHtml */.ZD)(variants.before.detail)})` : '';
    const after = variants.after.detail ? ` (${(0,report_escape/* escapeHtml */.ZD)(variants.after.detail)})` : '';
    return (`<section id="variants"><h2>${(0,report_escape/* escapeHtml */.ZD)(html_verdicts_capitalized(variants.before.label))} vs ${(0,report_escape/* escapeHtml */.ZD)(variants.after.label)}</h2>
<table class="verdicts"><thead><tr><th>Test</th><th>${(0,report_escape/* escapeHtml */.ZD)(variants.before.label)}${before}</th>` +
        `<th>${(0,report_escape/* escapeHtml */.ZD)(variants.after.label)}${after}</th><th>p</th>` +
        `<th>verdict</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>
`);
}
function html_verdicts_capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** Variants side by side: totals per variant, then one row per test and one column per variant. */
function matrixSection(matrix) {
    const head = matrix.columns
        .map((column) => `<th>${(0,report_escape/* escapeHtml */.ZD)(column.id)}${column.detail ? `<br><small>${(0,report_escape/* escapeHtml */.ZD)(column.detail)}</small>` : ''}</th>`)
        .join('');
    const totals = matrix.columns
        .map((column) => {
        if (!column.totals)
            return '<td>baseline</td>';
        const { after, change } = column.totals.passRate;
        return (`<td>${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatPercent */.l9)(after))} <small>(${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatRateDelta */.W7)(change))})</small><br>` +
            `<small>${(0,report_escape/* escapeHtml */.ZD)((0,util_plural/* formatCount */.B)(column.regressions))} regressions vs baseline</small></td>`);
    })
        .join('');
    const rows = matrix.rows.map((row) => {
        const cells = row.cells.map((cell) => {
            if (!cell)
                return '<td>—</td>';
            const mark = cell.change ? variant_matrix/* CELL_MARKS */.y[cell.change.category] : '';
            const category = cell.change ? ` class="v-${(0,report_escape/* escapeHtml */.ZD)(cell.change.category)}"` : '';
            const p = cell.change?.pValue === undefined ? '' : ` <small>${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatPValue */.td)(cell.change.pValue))}</small>`;
            return `<td${category}>${(0,report_escape/* escapeHtml */.ZD)((0,format/* passFraction */.gi)(cell.passes, cell.trials))}${mark ? ` ${(0,report_escape/* escapeHtml */.ZD)(mark)}` : ''}${p}</td>`;
        });
        return `<tr><td><code>${(0,report_escape/* escapeHtml */.ZD)(row.testId)}</code></td>${cells.join('')}</tr>`;
    });
    return `<section id="variants"><h2>Variants side by side</h2>
<table class="verdicts"><thead><tr><th>Test</th>${head}</tr></thead>
<tbody><tr><td>Pass rate</td>${totals}</tr>
${rows.join('\n')}</tbody></table></section>
`;
}
const WIDTH = 120;
const HEIGHT = 24;
function rateOf(entry) {
    const trials = entry.passes + entry.failures;
    return trials ? entry.passes / trials : null;
}
/** A polyline of the pass rates (0 at the bottom, 1 at the top), one point per run, oldest left. */
function sparkline(entries) {
    const rates = entries.map(rateOf);
    const step = rates.length > 1 ? WIDTH / (rates.length - 1) : 0;
    const points = rates.flatMap((rate, i) => rate === null ? [] : [`${(i * step).toFixed(1)},${(2 + (1 - rate) * (HEIGHT - 4)).toFixed(1)}`]);
    const label = rates.map((rate) => (0,format/* formatPercent */.l9)(rate)).join(', ');
    return (`<svg class="spark" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" ` +
        `aria-label="${(0,report_escape/* escapeHtml */.ZD)(`pass rate per run: ${label}`)}"><polyline fill="none" stroke="currentColor" ` +
        `stroke-width="1.5" points="${points.join(' ')}"/></svg>`);
}
function trendSection(results) {
    const history = results.history;
    if (!history)
        return '';
    const keys = results.tests.map((test) => test.key).filter((key) => ((0,model_history/* historyOf */.om)(history, key)?.length ?? 0) > 0);
    if (keys.length === 0)
        return '';
    const byKey = new Map(results.tests.map((test) => [test.key, test]));
    const rows = keys.map((key) => {
        const entries = (0,model_history/* historyOf */.om)(history, key);
        const passes = entries.reduce((sum, entry) => sum + entry.passes, 0);
        const trials = entries.reduce((sum, entry) => sum + entry.passes + entry.failures, 0);
        const test = byKey.get(key);
        return (`<tr><td><code>${(0,report_escape/* escapeHtml */.ZD)(key)}</code></td><td>${sparkline(entries)}</td><td>` +
            `${(0,report_escape/* escapeHtml */.ZD)(`${(0,format/* passFraction */.gi)(passes, trials)} over ${(0,util_plural/* formatCount */.B)(entries.length)} runs`)}</td><td>` +
            `${(0,report_escape/* escapeHtml */.ZD)((0,report_evidence/* wilsonText */.sQ)(test))}</td></tr>`);
    });
    return `<section id="trend"><h2>Pass rate over the history</h2>
<table class="verdicts"><thead><tr><th>Test</th><th>trend</th><th>history</th><th>this run, Wilson 95%</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>
`;
}

;// CONCATENATED MODULE: ./src/report/html.ts
/**
 * The HTML report: one self-contained file (inline CSS and JS, a CSP that
 * forbids every fetch) with the run summary, filters, search, every
 * transcript with tool calls and the judge's reasons, and a small chart.
 */













const e = report_escape/* escapeHtml */.ZD;
const PRIORITY_ORDER = { critical: 0, high: 1, normal: 2, low: 3 };
const VERDICT_ORDER = { fail: 0, error: 1, invalid: 2, not_run: 3, pass: 4 };
function card(label, value) {
    return `<div class="card">${e(label)}<b>${e(value)}</b></div>`;
}
function summaryCards(results, previous, sections) {
    const t = results.totals;
    const cards = [
        card('Pass rate', (0,format/* formatPercent */.l9)(t.passRate)),
        card('Tests', (0,util_plural/* formatCount */.B)(t.tests)),
        card('Passed', (0,util_plural/* formatCount */.B)(t.passed)),
        card('Failed', (0,util_plural/* formatCount */.B)(t.failed)),
        card('Errors', (0,util_plural/* formatCount */.B)(t.errored + t.invalid)),
        ...(results.skipped.length ? [card('Skipped', (0,util_plural/* formatCount */.B)(results.skipped.length))] : []),
        card('Trials', (0,util_plural/* formatCount */.B)(t.trials)),
        card('Cost', (0,format/* formatUsd */.UK)(t.usage.costUsd)),
        card('Tokens', (0,util_plural/* formatCount */.B)(t.usage.inputTokens + t.usage.outputTokens)),
        card('Duration', (0,util_text/* formatMs */._)(t.durationMs)),
        card('Latency p50', (0,util_text/* formatMs */._)(t.latencyP50)),
        card('Latency p95', (0,util_text/* formatMs */._)(t.latencyP95)),
    ];
    const confirmation = (0,report_evidence/* confirmationTotals */.$8)(results);
    if (confirmation?.extraTrials)
        cards.push(card('Confirmation trials', `${(0,util_plural/* formatCount */.B)(confirmation.extraTrials)} · ${(0,format/* formatUsd */.UK)(confirmation.extraUsd)}`));
    if (confirmation?.savedTrials)
        cards.push(card('Saved by early stopping', `${(0,util_plural/* formatCount */.B)(confirmation.savedTrials)} · ${(0,format/* formatUsd */.UK)(confirmation.savedUsd)}`));
    for (const section of LISTED) {
        const count = sections.of(section).length;
        if (count > 0 || (previous && (section === 'regression' || section === 'fix')))
            cards.push(card(compare/* SECTION_TITLES */._Z[section], (0,util_plural/* formatCount */.B)(count)));
    }
    return `<section class="cards" id="summary">${cards.join('')}</section>`;
}
function options(values, all, allValue = '') {
    return [
        `<option value="${allValue}">${e(all)}</option>`,
        ...values.map((value) => `<option value="${e(value)}">${e(value)}</option>`),
    ].join('');
}
function filters(results, sections) {
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
function ordered(tests, sections) {
    const rank = (test) => compare/* SECTIONS */.bP.indexOf(sections.byKey.get(test.key)?.section ?? 'passing');
    return [...tests].sort((a, b) => rank(a) - rank(b) ||
        VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
        PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
        (a.key < b.key ? -1 : 1));
}
function html_header(results, previous) {
    const facts = [
        `Run <b>${e(results.runId)}</b>`,
        e(results.status) + (results.stopReason ? ` (${e(results.stopReason)})` : ''),
        `started ${e(results.startedAt)}`,
        results.git.sha ? `commit ${e((0,format/* shortSha */.Fu)(results.git.sha))}` : '',
        results.git.ref ? e(results.git.ref) : '',
        previous ? `compared with ${e(previous.before.runId)}` : 'no previous run',
    ].filter(Boolean);
    const method = previous ? `<p class="muted">${e(previous.method.description)}</p>` : '';
    return (`<header><h1>🎭 Rehearse · ${e(results.suite.name)}</h1><p ` +
        `class="facts">${facts.join(' · ')}</p>${method}</header>`);
}
/** The sections a reader is shown (every one but the unchanged passing tests). */
const LISTED = compare/* SECTIONS */.bP.filter((section) => section !== 'passing');
/** First thing in the report: did the run pass the gate, and why (or why not). */
function verdictSection(results, gate, previous) {
    const summary = gate?.summary ?? results.gate?.summary;
    const passed = gate?.passed ?? results.gate?.passed;
    const agent = (0,placement_text/* agentChangeText */.$r)(previous);
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
    return (`<section id="verdict" class="verdict ${state}" data-gate="${state}"><h2>${title}</h2>` +
        `<p class="summary">${e(summary)}</p>${reasons}${notes}${agentLine}</section>\n`);
}
/** Every listed test once, by section, linking to its article: the same sections as the PR comment. */
function sectionsOverview(sections) {
    const parts = LISTED.flatMap((section) => {
        const found = sections.of(section);
        if (found.length === 0)
            return [];
        const items = found.map((placement) => `<li>${(0,html_parts/* placementSummary */.UV)(placement)}</li>`).join('');
        return [
            `<div class="section" data-section="${section}"><h3>${e(compare/* SECTION_TITLES */._Z[section])} ` +
                `(${(0,util_plural/* formatCount */.B)(found.length)})</h3><ul>${items}</ul></div>`,
        ];
    });
    if (parts.length === 0)
        return '';
    return `<section id="sections"><h2>Tests by section</h2>${parts.join('')}</section>\n`;
}
/** Above the tests: how many never ran, why, and how to run them (each is also an article in the list). */
function skippedNote(results) {
    if (results.skipped.length === 0)
        return '';
    const hint = (0,report_skipped/* skipHint */.L8)(results.skipped, 'any');
    const allowed = results.gate?.allowSkipped ? ' Allowed by <code>gate.allow_skipped: true</code>.' : '';
    const why = `${e((0,report_skipped/* skipCause */.Ht)(results.skipped))}${hint ? `: ${e(hint)}.` : '.'}${allowed}`;
    return (`<section id="skipped"><h2>Could not run ` +
        `(${(0,util_plural/* formatCount */.B)(results.skipped.length)})</h2><p>${why}</p></section>\n`);
}
/**
 * The report in pieces (head, one test article at a time, tail) for writing
 * to a file or stream as it is made: with every transcript of a 10,000-test
 * run it is tens of MB, which need not exist as one string.
 */
function* renderHtmlChunks(results, options = {}) {
    const { previous, history } = options;
    const trials = (0,report_failures/* indexTrials */.Ae)(results);
    const sections = (0,compare/* placeTests */.Lv)({ results, previous, variants: options.variants });
    const chart = history && history.length
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
${html_header(results, previous)}
${verdictSection(results, options.gate, previous)}${summaryCards(results, previous, sections)}
${sectionsOverview(sections)}<section id="chart">${chartSection}</section>
${html_verdicts_variantsSection(options.variants, results)}${trendSection(results)}${skippedNote(results)}<h2>Tests</h2>
${filters(results, sections)}
<main id="tests">
`;
    let first = true;
    for (const test of ordered(results.tests, sections)) {
        yield `${first ? '' : '\n'}${(0,html_parts/* testArticle */.tu)(test, trials, sections.byKey.get(test.key), (0,placement_text/* runConfirms */.VN)(results))}`;
        first = false;
    }
    for (const entry of results.skipped) {
        yield `${first ? '' : '\n'}${(0,html_parts/* skippedArticle */.VH)(entry)}`;
        first = false;
    }
    yield `
</main>
<script>${SCRIPT}</script>
</body></html>
`;
}
function renderHtml(results, options = {}) {
    return [...renderHtmlChunks(results, options)].join('');
}

;// CONCATENATED MODULE: ./src/report/index.ts
/**
 * Renderers: from results (+ comparisons + the gate's decision) to the text
 * GitHub and CI tools show. Pure functions; the callers do the I/O.
 */









/** Hidden marker by which the sticky PR comment is found again and updated in place. */
const COMMENT_MARKER = '<!-- rehearse:comment -->';
/**
 * `reserveChars`: what the caller appends afterwards (the action's hidden suite and state lines), kept out of the
 * budget.
 */
function renderComment(input, reserveChars = 0) {
    return renderMarkdown(input, {
        marker: COMMENT_MARKER,
        limit: MAX_COMMENT_CHARS - reserveChars,
        limitName: "GitHub's comment limit (65,536 characters)",
        measure: (text) => text.length,
    });
}
function renderJobSummary(input) {
    return renderMarkdown(input, {
        limit: MAX_JOB_SUMMARY_BYTES,
        limitName: "GitHub's job summary limit (1 MiB)",
        measure: (text) => Buffer.byteLength(text, 'utf8'),
    });
}
/** The whole report as markdown, nothing left out (`rehearse report --format md`). */
function renderMarkdownReport(input) {
    return renderMarkdown(input, {
        limit: Number.POSITIVE_INFINITY,
        limitName: 'no limit',
        measure: (text) => text.length,
    }).text;
}


/***/ })

};

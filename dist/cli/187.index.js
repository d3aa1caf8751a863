export const id = 187;
export const ids = [187];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs),
/* harmony export */   X: () => (/* binding */ parseFormat)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * Option parsing shared by the subcommands: node's `parseArgs`, with every
 * mistake turned into a one-line ConfigurationError that points at --help.
 */


function parseCommandArgs(command, config) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)} (see rehearse ${command} --help)`);
    }
}
function parseFormat(value, allowed, fallback, command) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--format: expected one of ${allowed.join(', ')}, got '${value}' (see rehearse ${command} --help)`);
}


/***/ }),

/***/ 2283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PQ: () => (/* reexport */ renderCsv),
  AA: () => (/* reexport */ renderHtmlChunks),
  LJ: () => (/* reexport */ renderJUnitChunks),
  _9: () => (/* binding */ renderMarkdownReport),
  Wc: () => (/* reexport */ renderTestsJson)
});

// UNUSED EXPORTS: COMMENT_MARKER, COMMENT_STATE_RESERVE_CHARS, MAX_ANNOTATIONS_PER_REQUEST, MAX_ANNOTATION_MESSAGE_BYTES, MAX_ANNOTATION_TITLE_CHARS, MAX_CHECK_SUMMARY_CHARS, MAX_CHECK_TEXT_CHARS, MAX_COMMENT_CHARS, MAX_JOB_SUMMARY_BYTES, MAX_REASON_CHARS, annotationPath, escapeHtml, escapeMarkdown, escapePre, escapeXml, inlineCode, renderCheckRun, renderComment, renderHtml, renderJUnit, renderJobSummary

// EXTERNAL MODULE: ./src/report/skipped.ts
var report_skipped = __webpack_require__(6078);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * The one place where text we do not control (agent, simulated user, judge,
 * tool output, test names) is made safe for markdown, HTML and XML.
 *
 * Markdown: HTML specials become entities, markdown punctuation is
 * backslash-escaped (no links, images, emphasis, tables broken by `|`), and a
 * zero-width joiner after `@` stops mentions from pinging anyone.
 * Inside `<pre>` blocks only the HTML escape applies: markdown is not parsed
 * there, and escaped `<` means the block cannot be closed early.
 *
 * GitHub links references after rendering, on the text itself, so a
 * backslash (gone once rendered) does not stop them: `#123`, `GH-42`,
 * `owner/repo#7`, commit SHAs and bare URLs would become links, and put
 * backlinks on those issues. A word joiner (invisible) inside each breaks
 * the pattern and keeps the text readable.
 *
 * Everywhere (markdown, HTML, XML): zero-width characters in untrusted text
 * are removed (they hide differences between identical-looking names) and
 * bidi controls, which can reorder what a reader sees, are shown as
 * `[U+202E]`.
 */

const ZERO_WIDTH_JOINER = '\u200d';
const WORD_JOINER = '\u2060';
/**
 * Zero-width space, non-joiner, joiner, word joiner, BOM (zero-width no-break
 * space), soft hyphen, Mongolian vowel separator.
 */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad\u180e]/g;
/** Embeddings, overrides, isolates and the implicit marks (LRM, RLM, ALM). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
/** Zero-width characters removed, bidi controls made visible as `[U+XXXX]`. */
function revealInvisible(text) {
    return text
        .replace(ZERO_WIDTH, '')
        .replace(BIDI_CONTROLS, (char) => `[U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}
/**
 * `#123`, `owner/repo#7` (possibly backslash-escaped), `GH-42`, SHAs, `https://` and `www.` autolinks. Each
 * pattern comes with a cheap test its matches all pass, so most text skips the costly patterns (the SHA one looks
 * ahead at every position).
 */
const REFERENCES = [
    { mayMatch: /#\d/, pattern: /(?<!&)#(?=\d)/g, replacement: `#${WORD_JOINER}` }, // not inside an entity like &#39;
    { mayMatch: /gh\\?-\d/i, pattern: /\b(GH)(?=\\?-\d)/gi, replacement: `$1${WORD_JOINER}` },
    // A commit SHA: 7 to 40 hex digits with at least one letter and one digit (so plain numbers stay untouched).
    {
        mayMatch: /[0-9a-f]{7}/i,
        pattern: /(?<![0-9A-Za-z])(?=[0-9a-f]{0,39}[a-f])(?=[0-9a-f]{0,39}\d)([0-9a-f]{4})(?=[0-9a-f]{3,36}(?![0-9A-Za-z]))/gi,
        replacement: `$1${WORD_JOINER}`,
    },
    { mayMatch: /:\/\//, pattern: /(\b[a-z][a-z0-9+.-]{0,20}(?:\\?:))(?=\/\/)/gi, replacement: `$1${WORD_JOINER}` },
    { mayMatch: /www/i, pattern: /\b(www)(?=\\?\.)/gi, replacement: `$1${WORD_JOINER}` },
];
/** References GitHub would link (issues, PRs, commits, URLs) made inert but readable. */
function defuseReferences(text) {
    let result = text;
    for (const { mayMatch, pattern, replacement } of REFERENCES)
        if (mayMatch.test(result))
            result = result.replace(pattern, replacement);
    return result;
}
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Characters that would otherwise be control characters or invisible line breaks in a report. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g;
/** @ followed by something that GitHub could read as a user or team. */
const MENTION = /@(?=[A-Za-z0-9_-])/g;
function defuseMentions(text) {
    return text.replace(MENTION, `@${ZERO_WIDTH_JOINER}`);
}
function escapeHtml(text) {
    return revealInvisible(text)
        .replace(CONTROL_CHARS, '')
        .replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}
/** For text inside `<pre>` in GitHub markdown: HTML-escaped, mentions defused, newlines kept. */
function escapePre(text) {
    return defuseReferences(defuseMentions(escapeHtml(text.replace(/\r\n?/g, '\n'))));
}
/** ASCII punctuation markdown could act on; `&` and `;` are left alone because the entities below use them. */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~:]/g;
/** For inline markdown (list items, table cells, headings): one line, nothing interpreted. */
function escapeMarkdown(text) {
    const oneLine = revealInvisible(text).replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim();
    const entities = oneLine.replace(/[&<>]/g, (char) => HTML_ENTITIES[char]);
    return defuseReferences(defuseMentions(entities.replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)));
}
/** Inline code for identifiers (test ids, tool names): a backtick fence longer than any run inside. */
function inlineCode(text) {
    // Mentions are not linked inside code spans, so ids stay copyable. A pipe would end
    // a table cell even inside a code span; test ids never contain one anyway.
    const oneLine = revealInvisible(text).replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\u2223');
    const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** Characters XML 1.0 does not allow at all, even escaped. */
const INVALID_XML_CHARS = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
function escapeXml(text) {
    return revealInvisible(text)
        .replace(INVALID_XML_CHARS, '')
        .replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}

;// CONCATENATED MODULE: ./src/report/limits.ts
/** GitHub's limits on what a report may post, and our own display caps. */
/** PR / issue comment body, characters. */
const limits_MAX_COMMENT_CHARS = 65_536;
/**
 * Room the action keeps, out of MAX_COMMENT_CHARS, for the hidden state line
 * it appends to the rendered comment (verdict, regression count and digest:
 * under 100 characters). The suite marker, whose length depends on the suite
 * path, is reserved on top of this by the caller.
 */
const COMMENT_STATE_RESERVE_CHARS = 128;
/** Check run `output.summary`, characters. */
const limits_MAX_CHECK_SUMMARY_CHARS = 65_535;
/** Check run `output.text`, characters. */
const MAX_CHECK_TEXT_CHARS = 65_535;
/** Annotations accepted by one create/update check run request (the caller batches). */
const MAX_ANNOTATIONS_PER_REQUEST = 50;
const limits_MAX_ANNOTATION_TITLE_CHARS = 255;
/** Annotation `message` is limited to 64 KB. */
const limits_MAX_ANNOTATION_MESSAGE_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
/** `$GITHUB_STEP_SUMMARY` per step, bytes. */
const limits_MAX_JOB_SUMMARY_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** A judge reason in a list item. */
const MAX_REASON_CHARS = 400;

// EXTERNAL MODULE: ./src/report/failures.ts
var failures = __webpack_require__(7999);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/util/plural.ts
var util_plural = __webpack_require__(1976);
// EXTERNAL MODULE: ./src/judge/verdict.ts
var verdict = __webpack_require__(9278);
// EXTERNAL MODULE: ./src/aggregate/failure-digest.ts
var failure_digest = __webpack_require__(5494);
;// CONCATENATED MODULE: ./src/report/definition.ts
const PART_NAMES = {
    persona: 'persona',
    scenario: 'scenario',
    profile: 'profile',
    tools: 'tools',
    criteria: 'criteria',
    agent: 'agent settings',
};
/** "scenario and criteria changed", or undefined when the definition did not change (or is unknown). */
function definitionChangeText(change) {
    if (!change || change.changedDefinition.length === 0)
        return undefined;
    const names = change.changedDefinition.map((part) => PART_NAMES[part]);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
    return `${list} changed`;
}
/** A fix obtained by editing the test's own criteria is not a fix of the agent. */
function fixedByCriteriaChange(change) {
    return change?.category === 'fix' && change.changedDefinition.includes('criteria');
}
/** The criteria-change note on a fix. */
const CRITERIA_FIX_NOTE = 'fixed — but its criteria changed since the previous run';
/**
 * The one-line mark: "⚠️ fixed — but its criteria changed since the previous run (scenario changed too)",
 * "⚠️ scenario changed: the test itself changed, not only the agent", or "" when nothing changed.
 */
function definition_definitionMark(change, long) {
    const text = definitionChangeText(change);
    if (!text || !change)
        return '';
    if (fixedByCriteriaChange(change)) {
        const others = change.changedDefinition.filter((part) => part !== 'criteria');
        const also = others.length ? ` (${definitionChangeText({ ...change, changedDefinition: others })} too)` : '';
        return `⚠️ ${CRITERIA_FIX_NOTE}${also}`;
    }
    const onlyAgent = change.changedDefinition.every((part) => part === 'agent');
    const why = long && !onlyAgent ? ': the test itself changed, not only the agent' : '';
    return `⚠️ ${text}${why}`;
}

// EXTERNAL MODULE: ./src/report/evidence.ts
var report_evidence = __webpack_require__(6258);
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
    const detail = info.detail ? ` (${escapeMarkdown(info.detail)})` : '';
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
        ? `${escapeMarkdown((0,verdict/* failureCategoryLabel */.lU)(name))} ${(0,util_plural/* formatCount */.B)(before[name] ?? 0)} → ` +
            `${(0,util_plural/* formatCount */.B)(after[name] ?? 0)}`
        : `${escapeMarkdown((0,verdict/* failureCategoryLabel */.lU)(name))} ${(0,util_plural/* formatCount */.B)(after[name] ?? 0)}`);
    return (`**Failed trials by category**` +
        `${comparison ? ` (${comparison.before.label} → ${comparison.after.label})` : ''}: ${parts.join(' · ')}`);
}
function testLabel(test) {
    const name = test.name ? ` · ${escapeMarkdown(test.name)}` : '';
    return `${inlineCode(test.key)}${name}`;
}
function tagsText(test) {
    return test.tags.length ? ` · tags: ${test.tags.map(inlineCode).join(' ')}` : '';
}
/**
 * "48/50 over the last 10 runs on main → 1/5 now, 2/25 after confirmation · p < 0.001 < α = 0.01 (…)" when the
 * change carries its evidence, else "5/5 → 1/5 passing (p = 0.004)".
 */
function changeNumbers(change, comparison) {
    const evidence = comparison ? (0,report_evidence/* evidenceText */.rS)(change, comparison) : undefined;
    if (evidence) {
        const errors = change.after?.errors ? ` (${(0,util_plural/* plural */.L)(change.after.errors, 'error')})` : '';
        return `${escapeMarkdown(evidence)}${errors}`;
    }
    const before = change.before ? (0,format/* passFraction */.gi)(change.before.passes, change.before.trials) : '—';
    const after = change.after ? (0,format/* passFraction */.gi)(change.after.passes, change.after.trials) : '—';
    const p = change.pValue === undefined ? '' : ` (${(0,format/* formatPValue */.td)(change.pValue)})`;
    const errors = change.after?.errors ? `, ${(0,util_plural/* plural */.L)(change.after.errors, 'error')}` : '';
    return `${before} → ${after} passing${errors}${p}`;
}
function definitionNote(change) {
    const mark = definition_definitionMark(change, true);
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
        const evidence = part.evidence ? ` — ${escapeMarkdown((0,util_text/* truncate */.x)(part.evidence, MAX_REASON_CHARS))}` : '';
        return (`  - ${part.met ? '✓ met' : '✗ not met'}: ` +
            `${escapeMarkdown((0,util_text/* truncate */.x)(part.part, MAX_REASON_CHARS))}${evidence}`);
    });
}
function criteriaLines(test, trials) {
    const detail = (0,failures/* failureOf */.g5)(test, trials);
    const lines = (detail?.criteria ?? []).map((criterion) => {
        const score = criterion.score === null ? '' : ` score ${criterion.score.toFixed(2)} < ${criterion.threshold.toFixed(2)};`;
        const times = criterion.trials > 1 ? ` failed in ${criterion.failedIn}/${criterion.trials} trials;` : '';
        const line = `- ✗ **${escapeMarkdown(criterion.id)}** (${escapeMarkdown(criterion.type)}):${times}${score} ` +
            `${escapeMarkdown((0,util_text/* truncate */.x)(criterion.reason, MAX_REASON_CHARS))}`;
        return [line, ...partLines(criterion.parts)].join('\n');
    });
    for (const reason of detail?.trialReasons ?? [])
        lines.push(`- ⚠️ ${escapeMarkdown((0,util_text/* truncate */.x)(reason, MAX_REASON_CHARS))}`);
    return lines;
}
/** The collapsed transcript excerpt of a failing test's first failing trial. */
function excerptBlock(test, trials) {
    const exemplar = (0,failures/* failureOf */.g5)(test, trials)?.exemplar;
    if (!exemplar)
        return undefined;
    const summary = `Transcript excerpt · trial ${exemplar.index + 1} of ${Math.max(1, test.trials)}`;
    const lines = exemplar.excerpt.slice(0, failure_digest/* MAX_EXCERPT_LINES */.dL).map((line) => (0,util_text/* truncate */.x)(line, failure_digest/* MAX_EXCERPT_LINE_CHARS */.kV));
    return `<details><summary>${summary}</summary>\n\n<pre>\n${escapePre(lines.join('\n'))}` + `\n</pre>\n\n</details>`;
}
/**
 * A failing test: heading line and the criteria with the judge's reasons (its transcript excerpt, excerptBlock, is
 * added by the caller); `compact`: one line.
 */
function failureBlock(test, change, trials, compact, comparison) {
    const numbers = change ? changeNumbers(change, comparison) : testNumbers(test);
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
    const note = change.note ? ` · ${escapeMarkdown(change.note)}` : '';
    return `- ${testLabel(change.test)} · ${change.test.priority}${numbers}${note}${definitionNote(change)}`;
}
/** A flaky test: its pooled history, this run, and its interval. */
function flakyHistoryRow(change) {
    const reference = change.reference;
    const pooled = reference
        ? `${(0,format/* formatPercent */.l9)(reference.passes / reference.trials)} (${(0,format/* passFraction */.gi)(reference.passes, reference.trials)})`
        : '—';
    const now = change.after ? (0,format/* passFraction */.gi)(change.after.passes, change.after.trials) : '—';
    const mark = definition_definitionMark(change, false);
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

;// CONCATENATED MODULE: ./src/report/markdown.ts









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
function byCategory(comparison, category) {
    return comparison ? comparison.changes.filter((change) => change.category === category) : [];
}
function header(ctx) {
    const { results, gate, previous } = ctx.input;
    const t = results.totals;
    const sha = (0,format/* shortSha */.Fu)(results.git.sha);
    const facts = [
        `Run ${inlineCode(results.runId)}`,
        results.status,
        sha ? `commit ${inlineCode(sha)}` : '',
        `${(0,util_plural/* plural */.L)(t.tests, 'test')} · ${(0,util_plural/* plural */.L)(t.trials, 'trial')}`,
        results.skipped.length ? `${(0,util_plural/* formatCount */.B)(results.skipped.length)} skipped` : '',
        results.shard ? `shard ${results.shard.index}/${results.shard.total}` : '',
        previous
            ? `compared with ${inlineCode(previous.before.runId)}` +
                `${previous.before.sha ? ` (${inlineCode((0,format/* shortSha */.Fu)(previous.before.sha))})` : ''}`
            : '',
    ].filter(Boolean);
    // The gate summary is our own text (counts and thresholds), shown as is.
    return [`## 🎭 Rehearse · ${escapeMarkdown(results.suite.name)}`, `**${gate.summary}**`, facts.join(' · ')].join('\n\n');
}
function previousNote(ctx) {
    const { previous, previousRunNote, variants } = ctx.input;
    if (previousRunNote)
        return `> ${escapeMarkdown(previousRunNote)}`;
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
    const body = [
        comparisonTable(variants),
        `Candidate vs baseline: ${countsLine(variants)}`,
        failureCategoriesLine(variants, ctx.input.results) ?? '',
    ];
    return section('Baseline vs candidate', body.filter(Boolean).join('\n\n'));
}
/** A failing test in full the first time, as one line ("details above") after that. */
function detailed(ctx, test, change, comparison) {
    const again = ctx.detailed.has(test.key);
    ctx.detailed.add(test.key);
    const compact = ctx.level.compact || again;
    const blockOf = (transcript) => {
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
function regressionSection(ctx, comparison, given) {
    const found = byCategory(comparison, 'regression');
    if (found.length === 0)
        return '';
    const pooled = found.some((change) => change.reference?.source === 'history');
    const title = pooled && comparison?.kind === 'runs' ? 'Confirmed regressions against the history' : given;
    const render = (change) => detailed(ctx, change.test, change, comparison);
    const body = list(ctx, found, render, title.toLowerCase(), ctx.level.compact ? '\n' : '\n\n');
    return section(`❌ ${title} (${(0,util_plural/* formatCount */.B)(found.length)})`, body);
}
/** Drops that do not fail the gate: suspected (the run could not confirm them) and not confirmed, with evidence. */
function dropSection(ctx, category) {
    const found = [];
    for (const comparison of [ctx.input.previous, ctx.input.variants]) {
        if (!comparison)
            continue;
        for (const change of byCategory(comparison, category))
            found.push([change, comparison]);
    }
    if (found.length === 0)
        return '';
    const intro = category === 'suspected'
        ? 'Suspected drop, not confirmed: rerun with confirmation. Not failing the gate: this run had no ' +
            'confirmation trials to tell a real drop from noise.'
        : 'The confirmation trials did not confirm the drop: not failing the gate.';
    const render = ([change, comparison]) => {
        const against = comparison.kind === 'variants' ? ' (candidate vs baseline)' : '';
        return `${changeLine(change, comparison)}${against}`;
    };
    const title = category === 'suspected' ? 'Suspected drops' : 'Drops not confirmed';
    const icon = category === 'suspected' ? '⚠️' : '🔁';
    const body = `${intro}\n\n${list(ctx, found, render, title.toLowerCase())}`;
    return section(`${icon} ${title} (${(0,util_plural/* formatCount */.B)(found.length)})`, body);
}
/** Failing tests not already shown as regressions (with their change against the previous run, if any). */
function failingSection(ctx) {
    const regressed = new Set();
    for (const comparison of [ctx.input.previous, ctx.input.variants])
        for (const change of byCategory(comparison, 'regression'))
            regressed.add(change.key);
    const failing = ctx.input.results.tests.filter((test) => (test.verdict === 'fail' || test.verdict === 'error') && !regressed.has(test.key));
    if (failing.length === 0)
        return '';
    const changes = new Map((ctx.input.previous?.changes ?? []).map((change) => [change.key, change]));
    const render = (test) => detailed(ctx, test, changes.get(test.key), ctx.input.previous);
    const title = regressed.size ? 'Other failing tests' : 'Failing tests';
    return section(`🔴 ${title} (${(0,util_plural/* formatCount */.B)(failing.length)})`, list(ctx, failing, render, title.toLowerCase(), ctx.level.compact ? '\n' : '\n\n'));
}
function skippedLine(entry) {
    const name = entry.name ? ` · ${escapeMarkdown(entry.name)}` : '';
    const priority = entry.priority ? ` · ${entry.priority}` : '';
    return `- ${inlineCode(entry.key)}${name}${priority} · ${escapeMarkdown((0,util_text/* truncate */.x)(entry.reason, MAX_REASON_CHARS))}`;
}
/** Planned tests that never ran (no simulator key or endpoint): listed, never silently dropped. */
function skippedSection(ctx) {
    const skipped = ctx.input.results.skipped;
    if (skipped.length === 0)
        return '';
    const hint = (0,report_skipped/* skipHint */.L8)(skipped, 'any');
    const allowed = ctx.input.results.gate?.allowSkipped ? ' Allowed by `gate.allow_skipped: true`.' : '';
    const intro = `**${escapeMarkdown((0,report_skipped/* skipCause */.Ht)(skipped))}**${hint ? `: ${escapeMarkdown(hint)}.` : '.'}${allowed}`;
    const body = `${intro}\n\n${list(ctx, skipped, skippedLine, 'skipped tests')}`;
    return section(`⏭️ Could not run (${(0,util_plural/* formatCount */.B)(skipped.length)})`, body);
}
function simpleSection(ctx, comparison, category, title, passing) {
    const found = byCategory(comparison, category);
    if (found.length === 0)
        return '';
    const heading = `${title} (${(0,util_plural/* formatCount */.B)(found.length)})`;
    if (passing && !ctx.level.passingLists) {
        ctx.omitted.push(`the list of ${title.toLowerCase()} (${(0,util_plural/* formatCount */.B)(found.length)})`);
        return section(heading, '_List left out to fit._');
    }
    const render = category === 'fix' ? (change) => changeLine(change, comparison) : simpleLine;
    return section(heading, list(ctx, found, render, title.toLowerCase()));
}
/** Flaky by history, once per key across the comparisons, collapsed: below the regressions, never instead of one. */
function flakySection(ctx) {
    const byKey = new Map();
    for (const comparison of [ctx.input.previous, ctx.input.variants]) {
        for (const change of byCategory(comparison, 'flaky'))
            if (!byKey.has(change.key))
                byKey.set(change.key, change);
    }
    const found = [...byKey.values()];
    if (found.length === 0)
        return '';
    const shown = found.slice(0, Math.min(found.length, ctx.level.maxItems));
    if (shown.length < found.length)
        ctx.omitted.push(`${(0,util_plural/* formatCount */.B)(found.length - shown.length)} of ${(0,util_plural/* formatCount */.B)(found.length)} flaky tests`);
    const intro = 'Unstable across their history on the base branch (pooled pass rate strictly between 5% and 95% over at ' +
        'least 10 trials).';
    const rows = table(['Test', 'history', 'now', 'Wilson 95%'], shown.map(flakyHistoryRow), ['l', 'r', 'r', 'r']);
    const body = shown.length ? `${intro}\n\n${rows}` : intro;
    return `<details><summary>〰️ Flaky (${(0,util_plural/* formatCount */.B)(found.length)})</summary>\n\n${body}\n\n</details>`;
}
/** Every test's pass rate with its Wilson 95% interval, collapsed (left out first when shrinking). */
function intervalsSection(ctx) {
    const tests = ctx.input.results.tests;
    if (tests.length === 0 || !ctx.level.passingLists)
        return '';
    const rows = tests.map((test) => [
        inlineCode(test.key),
        (0,format/* passFraction */.gi)(test.passes, test.passes + test.failures),
        (0,format/* formatPercent */.l9)(test.passes + test.failures ? test.passes / (test.passes + test.failures) : null),
        (0,report_evidence/* wilsonText */.sQ)(test),
    ]);
    const body = table(['Test', 'passed', 'rate', 'Wilson 95%'], rows, ['l', 'r', 'r', 'r']);
    return (`<details><summary>Pass rates with 95% intervals ` +
        `(${(0,util_plural/* formatCount */.B)(tests.length)})</summary>\n\n${body}\n\n</details>`);
}
/** Still-passing tests are not listed, except those whose own definition changed: a reviewer should see them. */
function changedStillPassingSection(ctx, comparison, suffix) {
    const found = byCategory(comparison, 'still_passing').filter((change) => change.changedDefinition.length > 0);
    if (found.length === 0)
        return '';
    const title = `✏️ Still passing, definition changed${suffix}`;
    const heading = `${title} (${(0,util_plural/* formatCount */.B)(found.length)})`;
    if (!ctx.level.passingLists) {
        ctx.omitted.push(`the list of tests still passing with a changed definition (${(0,util_plural/* formatCount */.B)(found.length)})`);
        return section(heading, '_List left out to fit._');
    }
    return section(heading, list(ctx, found, changeLine, 'still passing tests with a changed definition'));
}
function comparisonLists(ctx, comparison, suffix) {
    return [
        simpleSection(ctx, comparison, 'fix', `✅ Fixes${suffix}`, true),
        changedStillPassingSection(ctx, comparison, suffix),
        simpleSection(ctx, comparison, 'new', comparison?.kind === 'variants' ? 'Only in candidate' : 'New tests', true),
        simpleSection(ctx, comparison, 'removed', comparison?.kind === 'variants' ? 'Only in baseline' : 'Removed tests', true),
        simpleSection(ctx, comparison, 'invalid', `Not comparable${suffix}`, false),
    ];
}
function methodNote(ctx) {
    const method = (ctx.input.previous ?? ctx.input.variants)?.method;
    if (!method)
        return '';
    const comparison = (ctx.input.previous ?? ctx.input.variants);
    return (`<sub>Statistics: ${escapeMarkdown(method.test)}, each comparison at ${(0,report_evidence/* levelText */.WB)(comparison)} so the ` +
        `run's false-fail rate stays ≤ ${method.alpha}. A drop fails the gate only once confirmation trials confirm ` +
        `it; a single-trial flip is rerun first unless the test is declared deterministic. Flaky: unstable across ` +
        `the history. See docs/statistics.md.</sub>`);
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
        `${escapeMarkdown((0,util_text/* truncate */.x)(omitted.join('; '), 2000))}. Every test, transcript and reason is in ${where}.`);
}
function body(ctx) {
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
function renderAt(input, target, trials, blocks, level, giveUpOverBudget) {
    const ctx = {
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
    if (!level.transcripts && ctx.detailed.size > 0)
        ctx.omitted.unshift('transcript excerpts');
    const parts = [target.marker ?? '', head, omissionNote(input, target, ctx.omitted), ...rest];
    return { text: `${parts.filter(Boolean).join('\n\n')}\n`, omitted: ctx.omitted };
}
/** The most detailed rendering that fits the target; a last-resort cut keeps even pathological input inside it. */
function markdown_renderMarkdown(input, target) {
    const trials = (0,failures/* indexTrials */.Ae)(input.results);
    const blocks = new Map();
    let last;
    for (const [index, level] of LEVELS.entries()) {
        const lastLevel = index === LEVELS.length - 1;
        try {
            last = renderAt(input, target, trials, blocks, level, !lastLevel);
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
        text = (0,util_text/* truncate */.x)(text, Math.floor(text.length * 0.9));
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
    if (isAbsolute(path)) {
        if (!workspace)
            return undefined;
        path = relative(workspace, path);
        if (path.startsWith('..') || isAbsolute(path))
            return undefined;
    }
    path = path
        .split(sep)
        .join(posix.sep)
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
function annotationMessage(test, trials, change) {
    const detail = failureOf(test, trials);
    const lines = [
        change?.before && change.after
            ? `Was ${passFraction(change.before.passes, change.before.trials)} passing, now ` +
                `${passFraction(change.after.passes, change.after.trials)}.`
            : `${trialsPassing(test)} (needs ${Math.round(test.minPassRate * 100)}%).`,
        ...(detail?.criteria ?? []).flatMap((c) => [
            `✗ ${c.id} (${c.type})${c.trials > 1 ? ` failed in ${c.failedIn}/${c.trials} trials` : ''}: ${c.reason}`,
            ...partTextLines(c.parts),
        ]),
        ...(detail?.trialReasons ?? []).map((reason) => `⚠ ${reason}`),
        definitionMark(change, true),
    ].filter(Boolean);
    return truncateBytes(lines.join('\n'), MAX_ANNOTATION_MESSAGE_BYTES);
}
function annotations(input, workspace) {
    const trials = indexTrials(input.results);
    const regressions = new Map();
    for (const comparison of [input.previous, input.variants]) {
        for (const change of comparison?.changes ?? [])
            if (change.category === 'regression')
                regressions.set(change.key, change);
    }
    const failing = input.results.tests.filter((test) => test.verdict === 'fail' || test.verdict === 'error' || regressions.has(test.key));
    const ordered = [...failing].sort((a, b) => Number(regressions.has(b.key)) - Number(regressions.has(a.key)));
    return ordered.flatMap((test) => {
        const path = annotationPath(test.source.file, workspace);
        if (!path)
            return [];
        const change = regressions.get(test.key);
        const serious = change !== undefined || test.priority === 'critical';
        const what = change ? 'regressed' : test.verdict === 'error' ? 'errored' : 'failed';
        return [
            {
                path,
                start_line: test.source.line,
                end_line: test.source.line,
                annotation_level: serious ? 'failure' : 'warning',
                title: truncate(`Rehearse: ${test.key} ${what} (${test.priority})`, MAX_ANNOTATION_TITLE_CHARS),
                message: annotationMessage(test, trials, change),
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
                title: truncate(`Rehearse: ${entry.key} could not run`, MAX_ANNOTATION_TITLE_CHARS),
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
        title: truncate(input.gate.summary, MAX_ANNOTATION_TITLE_CHARS),
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

;// CONCATENATED MODULE: ./src/report/junit.ts
/**
 * JUnit XML for the many CI tools that read it: one <testsuite> per variant,
 * one <testcase> per test × variant, each trial's outcome as a property and
 * the transcripts in <system-out>. Given the comparisons, each test also
 * says how it changed (properties `previousRun` / `baselineVsCandidate`), and
 * a regression's failure message says so first.
 */






const byKey = (comparison) => new Map((comparison?.changes ?? []).filter((change) => change.category !== 'removed').map((change) => [change.key, change]));
/** "regression: 5/5 → 0/5 passing (p = 0.004)" */
function changeText(change) {
    const side = (stats) => (stats ? (0,format/* passFraction */.gi)(stats.passes, stats.trials) : '—');
    const p = change.pValue === undefined ? '' : ` (${(0,format/* formatPValue */.td)(change.pValue)})`;
    const mark = definition_definitionMark(change, false).replace(/^⚠️ /, '');
    const defined = mark ? `; ${mark}` : '';
    return `${change.category.replace('_', ' ')}: ${side(change.before)} → ${side(change.after)} passing${p}${defined}`;
}
/** Transcript lines in system-out are cut at this many characters. */
const MAX_SYSTEM_OUT_LINE_CHARS = 2_000;
const seconds = (ms) => (ms / 1000).toFixed(3);
function attributes(values) {
    return Object.entries(values)
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
        .join('');
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
        ...trials.map((trial) => [
            `trial.${trial.index}`,
            `${trial.status}${trial.reason ? `: ${trial.reason}` : ''}`,
        ]),
    ];
    const lines = entries.map(([name, value]) => `        <property${attributes({ name, value })}/>`);
    return `      <properties>\n${lines.join('\n')}\n      </properties>\n`;
}
function failureElement(test, index, changes) {
    if (test.verdict === 'pass')
        return '';
    if (test.verdict === 'not_run')
        return `      <skipped${attributes({ message: 'not run' })}/>\n`;
    const detail = (0,failures/* failureOf */.g5)(test, index);
    const criteria = (detail?.criteria ?? []).flatMap((c) => [
        `${c.id} (${c.type}) failed${c.trials > 1 ? ` in ${c.failedIn}/${c.trials} trials` : ''}: ${c.reason}`,
        ...(0,failures/* partTextLines */.cK)(c.parts),
    ]);
    const text = [...criteria, ...(detail?.trialReasons ?? [])].join('\n');
    const regressed = (change, since) => change?.category === 'regression' ? [`regressed ${since}: ${changeText(change).slice('regression: '.length)}`] : [];
    const needs = `${(0,format/* trialsPassing */.V5)(test)} (needs ${Math.round(test.minPassRate * 100)}%)`;
    const message = [
        ...regressed(changes.previous.get(test.key), 'since the previous run'),
        ...regressed(changes.variants.get(test.key), 'vs baseline'),
        needs,
    ].join('; ');
    const element = test.verdict === 'fail' ? 'failure' : 'error';
    // People's words for the category, as in the CLI and the markdown ("criteria not met", not the file's `judge`).
    const category = Object.keys(test.failureCategories)[0];
    const type = category === undefined ? test.verdict : (0,verdict/* failureCategoryLabel */.lU)(category);
    return `      <${element}${attributes({ message, type })}>${escapeXml(text)}</${element}>\n`;
}
function systemOut(trials) {
    if (trials.length === 0)
        return '';
    const blocks = trials.map((trial) => [
        `--- trial ${trial.index + 1}: ${trial.status}${trial.reason ? ` (${trial.reason})` : ''}`,
        ...transcriptLines(trial, MAX_SYSTEM_OUT_LINE_CHARS),
    ].join('\n'));
    return `      <system-out>${escapeXml(blocks.join('\n\n'))}</system-out>\n`;
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
    const skipped = results.skipped.filter((entry) => variantOf(entry) === variant);
    const time = tests.reduce((sum, test) => sum + (index.get(test.key) ?? []).reduce((s, t) => s + t.durationMs, 0), 0);
    yield `\n  <testsuite${attributes({
        name: `${results.suite.name}@${variant}`,
        tests: tests.length + skipped.length,
        failures: count(['fail']),
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
    const index = (0,failures/* indexTrials */.Ae)(results);
    const changes = { previous: byKey(options.previous), variants: byKey(options.variants) };
    // A variant whose every test was skipped still gets its <testsuite>.
    const variants = [...new Set([...results.tests.map((test) => test.variant), ...results.skipped.map(variantOf)])];
    const t = results.totals;
    const skipped = results.skipped.length;
    const rootAttrs = attributes({
        name: `rehearse ${results.suite.name} ${results.runId}`,
        tests: t.tests + skipped,
        failures: t.failed,
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

// EXTERNAL MODULE: ./src/verdict/index.ts + 12 modules
var src_verdict = __webpack_require__(3877);
;// CONCATENATED MODULE: ./src/report/csv.ts


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
];
function row(test, changes) {
    const { source, tags, wilson95: _wilson, failureCategories: _categories, ...flat } = test;
    const change = changes.get(test.key);
    const defined = definitionChangeText(change);
    const interval = (0,src_verdict/* wilsonInterval */.YV)(test.passes, test.passes + test.failures);
    return {
        ...flat,
        ...(interval ? { wilsonLow: round(interval.low), wilsonHigh: round(interval.high) } : {}),
        tags: tags.join(' '),
        sourceFile: source.file,
        sourceLine: source.line,
        ...(change ? { change: fixedByCriteriaChange(change) ? 'fix (criteria changed)' : change.category } : {}),
        ...(defined ? { definitionChanged: change.changedDefinition.join(' ') } : {}),
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
    const present = (options.previous?.changes ?? []).filter((change) => change.category !== 'removed');
    const changes = new Map(present.map((change) => [change.key, change]));
    const rows = [...results.tests.map((test) => row(test, changes)), ...results.skipped.map(skippedRow)];
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
            `<text x="${LABEL_WIDTH - 6}" y="${y + 13}" text-anchor="end">${escapeHtml((0,util_text/* truncate */.x)(rate.tag, 24))}</text>`,
            `<rect x="${LABEL_WIDTH}" y="${y}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" fill="#ffebe9"/>`,
            `<rect x="${LABEL_WIDTH}" y="${y}" width="${(BAR_WIDTH * share).toFixed(1)}" height="${BAR_HEIGHT}" ` +
                `fill="#2da44e"><title>${escapeHtml(rate.tag)}: ${rate.passed}/${rate.decided}</title></rect>`,
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
        `fill="#0969da"><title>${escapeHtml(run.runId)} · ${escapeHtml(run.startedAt.slice(0, 10))}: ` +
        `${(0,format/* formatPercent */.l9)(run.totals.passRate)}</title></circle>`);
    const axis = `<line x1="${pad}" y1="${y(0)}" x2="${HISTORY_WIDTH - pad}" y2="${y(0)}" stroke="#d0d7de"/><text ` +
        `x="2" y="${y(1) + 4}">100%</text><text x="2" y="${y(0) + 4}">0%</text>`;
    return (`<svg id="chart-history" role="img" aria-label="Pass rate over runs" width="${HISTORY_WIDTH}" ` +
        `height="${HISTORY_HEIGHT}" viewBox="0 0 ${HISTORY_WIDTH} ${HISTORY_HEIGHT}">${axis}<path d="${path}" ` +
        `fill="none" stroke="#0969da" stroke-width="2"/>${dots.join('')}</svg>`);
}

;// CONCATENATED MODULE: ./src/report/html-parts.ts





const e = escapeHtml;
function json(value) {
    if (value === undefined)
        return '';
    try {
        return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
    }
    catch {
        return String(value);
    }
}
function eventHtml(event) {
    switch (event.type) {
        case 'user_message':
            return `<div class="ev user"><span class="who">👤 User</span>${e(event.content)}</div>`;
        case 'agent_message':
            return (`<div class="ev agent"><span class="who">🤖 Agent <span ` +
                `class="muted">${(0,util_text/* formatMs */._)(event.latencyMs)}</span></span>${e(event.content)}</div>`);
        case 'tool_call': {
            const outcome = event.error !== undefined ? `✗ ${e(event.error)}` : `→ ${e(json(event.result))}`;
            return (`<div class="ev tool${event.error !== undefined ? ' failed' : ''}">🔧 ` +
                `${e(event.name)}(${e(json(event.arguments))}) ${outcome} <span ` +
                `class="muted">${(0,util_text/* formatMs */._)(event.durationMs)} · ${event.strategy}</span></div>`);
        }
        case 'llm_call':
            return '';
        case 'simulator_flag':
            return `<div class="ev err">🚩 simulator ${e(event.reason)}: ${e(event.detail)}</div>`;
        case 'error':
            return `<div class="ev err">⚠️ ${e(event.source)} error (${e(event.category)}): ${e(event.message)}</div>`;
    }
}
function metricsHtml(trial) {
    if (trial.metrics.length === 0)
        return '';
    const items = trial.metrics.map((metric) => {
        const score = metric.score === null ? '—' : `${metric.score.toFixed(2)} / ${metric.threshold.toFixed(2)}`;
        const mark = metric.passed ? '✓' : '✗';
        return (`<li class="${metric.passed ? 'yes' : 'no'}">${mark} <b>${e(metric.id)}</b> <span ` +
            `class="muted">(${e(metric.type)}, ${score})</span> ` +
            `${e(metric.error ?? (0,failures/* reasonBesideParts */.JT)(metric))}${partsHtml(metric)}</li>`);
    });
    return `<ul class="criteria">${items.join('')}</ul>`;
}
/** The judge's verdict on each part of an expected outcome, met ones too, with its evidence. */
function partsHtml(metric) {
    if (!metric.parts || metric.parts.length === 0)
        return '';
    const items = metric.parts.map((part) => {
        const evidence = part.evidence ? ` <span class="muted">— ${e(part.evidence)}</span>` : '';
        return (`<li class="${part.met ? 'yes' : 'no'}">${part.met ? '✓ met' : '✗ not met'}: ` + `${e(part.part)}${evidence}</li>`);
    });
    return `<ul class="parts">${items.join('')}</ul>`;
}
function searchTextOfSkipped(entry) {
    return [entry.key, entry.name ?? '', entry.priority ?? '', ...(entry.tags ?? []), entry.reason]
        .join(' ')
        .toLowerCase();
}
/** A planned test that never ran: what it is and why (no simulator key or endpoint). */
function skippedArticle(entry) {
    const variant = entry.variant ?? entry.key.slice(entry.key.lastIndexOf('@') + 1);
    const attrs = [
        'class="test v-skipped"',
        `id="${e(entry.key)}"`,
        'data-status="skipped"',
        'data-change=""',
        `data-variant="${e(variant)}"`,
        `data-tags="${e(JSON.stringify(entry.tags ?? []))}"`,
        `data-search="${e(searchTextOfSkipped(entry))}"`,
    ].join(' ');
    const name = entry.name ? ` · ${e(entry.name)}` : '';
    const priority = entry.priority ? ` · ${e(entry.priority)}` : '';
    const source = entry.source ? ` <span class="muted">${e(entry.source.file)}:${entry.source.line}</span>` : '';
    const header = `<span class="badge skipped">skipped</span> <b>${e(entry.key)}</b>${name}${priority} · ` +
        `${e(entry.reason)}${source}`;
    return `<article ${attrs}><header>${header}</header></article>`;
}
function trialHtml(trial, open) {
    const reason = trial.reason ? ` · ${e(trial.reason)}` : '';
    const summary = `Trial ${trial.index + 1} · <span class="badge ${e(trial.status)}">${e(trial.status)}</span> ` +
        `· ${(0,util_plural/* plural */.L)(trial.turns, 'turn')} · ${(0,util_text/* formatMs */._)(trial.durationMs)} · ${(0,format/* formatUsd */.UK)(trial.usage.costUsd)}${reason}`;
    const events = trial.transcript.map(eventHtml).filter(Boolean).join('');
    return (`<details class="trial"${open ? ' open' : ''}><summary>${summary}</summary>${metricsHtml(trial)}<div ` +
        `class="transcript">${events}</div></details>`);
}
function html_parts_changeText(change) {
    if (!change)
        return '';
    const numbers = change.before && change.after
        ? ` ${(0,format/* passFraction */.gi)(change.before.passes, change.before.trials)} → ` +
            `${(0,format/* passFraction */.gi)(change.after.passes, change.after.trials)}`
        : '';
    const p = change.pValue === undefined ? '' : ` (${(0,format/* formatPValue */.td)(change.pValue)})`;
    const mark = definition_definitionMark(change, false);
    const defined = mark ? ` · <span class="definition-changed">${e(mark)}</span>` : '';
    return (` · <span class="badge ${e(change.category)}">${e(change.category.replace('_', ' '))}</span>${numbers}` +
        `${p}${defined}`);
}
/** Lower-cased text the search box matches: id, name, tags, priority and the failure reasons. */
function searchText(test, trials) {
    const detail = (0,failures/* failureOf */.g5)(test, trials);
    return [
        test.key,
        test.name ?? '',
        test.priority,
        ...test.tags,
        ...(detail?.criteria ?? []).map((c) => `${c.id} ${c.reason}`),
        ...(detail?.trialReasons ?? []),
    ]
        .join(' ')
        .toLowerCase();
}
function testArticle(test, trials, change) {
    const own = trials.get(test.key) ?? [];
    const classes = ['test', `v-${test.verdict}`, change?.category === 'regression' ? 'regression' : '']
        .filter(Boolean)
        .join(' ');
    const attrs = [
        `class="${classes}"`,
        `id="${e(test.key)}"`,
        `data-status="${e(test.verdict)}"`,
        `data-change="${e(change?.category ?? '')}"`,
        `data-variant="${e(test.variant)}"`,
        `data-tags="${e(JSON.stringify(test.tags))}"`,
        `data-search="${e(searchText(test, trials))}"`,
    ].join(' ');
    const name = test.name ? ` · ${e(test.name)}` : '';
    const tags = test.tags.map((tag) => `<span class="badge">${e(tag)}</span>`).join(' ');
    const passHatK = (0,format/* formatPassHatK */.$N)(test);
    const numbers = `${(0,format/* trialsPassing */.V5)(test)}${passHatK ? ` · ${passHatK}` : ''}`;
    const source = `${e(test.source.file)}:${test.source.line}`;
    const header = `<header><span class="badge ${e(test.verdict)}">${e(test.verdict)}</span> ` +
        `<b>${e(test.key)}</b>${name} · ${e(test.priority)} · ${numbers}${html_parts_changeText(change)} ${tags} <span ` +
        `class="muted">${source}</span></header>`;
    const firstBad = own.findIndex((trial) => trial.status !== 'pass');
    return (`<article ${attrs}>${header}` +
        `${own.map((trial, i) => trialHtml(trial, i === firstBad && change?.category === 'regression')).join('')}</article>`);
}

;// CONCATENATED MODULE: ./src/report/html-verdicts.ts




const VERDICT_LABELS = {
    regression: 'confirmed regression',
    suspected: 'suspected drop, not confirmed',
    not_confirmed: 'drop not confirmed',
    fix: 'fix',
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
function html_verdicts_variantsSection(variants) {
    if (!variants)
        return '';
    const rows = variants.changes.map((change) => {
        const evidence = (0,report_evidence/* evidenceText */.rS)(change, variants);
        return (`<tr class="v-${escapeHtml(change.category)}"><td><code>${escapeHtml(change.testId)}</code></td><td>` +
            `${escapeHtml(side(change.before))}</td><td>${escapeHtml(side(change.after))}</td><td>${escapeHtml((0,format/* formatPValue */.td)(change.pValue))}</td>` +
            `<td>${escapeHtml(VERDICT_LABELS[change.category])}${evidence ? `<br><small>${escapeHtml(evidence)}</small>` : ''}</td></tr>`);
    });
    const before = variants.before.detail ? ` (${escapeHtml(variants.before.detail)})` : '';
    const after = variants.after.detail ? ` (${escapeHtml(variants.after.detail)})` : '';
    return (`<section id="variants"><h2>Baseline vs candidate</h2>
<table class="verdicts"><thead><tr><th>Test</th><th>baseline${before}</th><th>candidate${after}</th><th>p</th>` +
        `<th>verdict</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>
`);
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
        `aria-label="${escapeHtml(`pass rate per run: ${label}`)}"><polyline fill="none" stroke="currentColor" ` +
        `stroke-width="1.5" points="${points.join(' ')}"/></svg>`);
}
function trendSection(results) {
    const history = results.history;
    if (!history)
        return '';
    const keys = results.tests.map((test) => test.key).filter((key) => (history[key]?.length ?? 0) > 0);
    if (keys.length === 0)
        return '';
    const byKey = new Map(results.tests.map((test) => [test.key, test]));
    const rows = keys.map((key) => {
        const entries = history[key];
        const passes = entries.reduce((sum, entry) => sum + entry.passes, 0);
        const trials = entries.reduce((sum, entry) => sum + entry.passes + entry.failures, 0);
        const test = byKey.get(key);
        return (`<tr><td><code>${escapeHtml(key)}</code></td><td>${sparkline(entries)}</td><td>` +
            `${escapeHtml(`${(0,format/* passFraction */.gi)(passes, trials)} over ${(0,util_plural/* formatCount */.B)(entries.length)} runs`)}</td><td>` +
            `${escapeHtml((0,report_evidence/* wilsonText */.sQ)(test))}</td></tr>`);
    });
    return `<section id="trend"><h2>Pass rate over the history</h2>
<table class="verdicts"><thead><tr><th>Test</th><th>trend</th><th>history</th><th>this run, Wilson 95%</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>
`;
}

;// CONCATENATED MODULE: ./src/report/html.ts










const html_e = escapeHtml;
const PRIORITY_ORDER = { critical: 0, high: 1, normal: 2, low: 3 };
const VERDICT_ORDER = { fail: 0, error: 1, invalid: 2, not_run: 3, pass: 4 };
function card(label, value) {
    return `<div class="card">${html_e(label)}<b>${html_e(value)}</b></div>`;
}
function summaryCards(results, previous) {
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
    if (previous) {
        const c = previous.counts;
        cards.push(card('Regressions', (0,util_plural/* formatCount */.B)(c.regression)), ...(c.suspected ? [card('Suspected drops', (0,util_plural/* formatCount */.B)(c.suspected))] : []), ...(c.not_confirmed ? [card('Not confirmed', (0,util_plural/* formatCount */.B)(c.not_confirmed))] : []), card('Fixes', (0,util_plural/* formatCount */.B)(c.fix)), card('Flaky', (0,util_plural/* formatCount */.B)(c.flaky)), card('New / removed', `${c.new} / ${c.removed}`));
    }
    return `<section class="cards" id="summary">${cards.join('')}</section>`;
}
function options(values, all, allValue = '') {
    return [
        `<option value="${allValue}">${html_e(all)}</option>`,
        ...values.map((value) => `<option value="${html_e(value)}">${html_e(value)}</option>`),
    ].join('');
}
function filters(results, previous) {
    const tags = [...new Set(results.tests.flatMap((test) => test.tags))].sort();
    const variants = [...new Set(results.tests.map((test) => test.variant))].sort();
    const skipped = results.skipped.length ? ['skipped'] : [];
    const compared = previous ? ['regression', 'suspected', 'not_confirmed', 'fix', 'flaky', 'new'] : [];
    const statuses = ['failing', 'pass', 'fail', 'error', ...skipped, ...compared];
    return `<nav class="filters">
<input id="search" type="search" placeholder="Search test id, name, tag, reason…" aria-label="Search">
<select id="status" aria-label="Status">${options(statuses, 'All statuses', 'all')}</select>
<select id="tag" aria-label="Tag">${options(tags, 'All tags')}</select>
<select id="variant" aria-label="Variant">${options(variants, 'All variants')}</select>
<span id="shown-count" class="muted"></span>
</nav>`;
}
function ordered(tests, changes) {
    const regressed = (test) => (changes.get(test.key)?.category === 'regression' ? 0 : 1);
    return [...tests].sort((a, b) => regressed(a) - regressed(b) ||
        VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
        PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
        (a.key < b.key ? -1 : 1));
}
function html_header(results, previous) {
    const facts = [
        `Run <b>${html_e(results.runId)}</b>`,
        html_e(results.status) + (results.stopReason ? ` (${html_e(results.stopReason)})` : ''),
        `started ${html_e(results.startedAt)}`,
        results.git.sha ? `commit ${html_e((0,format/* shortSha */.Fu)(results.git.sha))}` : '',
        results.git.ref ? html_e(results.git.ref) : '',
        previous ? `compared with ${html_e(previous.before.runId)}` : 'no previous run',
    ].filter(Boolean);
    const method = previous ? `<p class="muted">${html_e(previous.method.description)}</p>` : '';
    return (`<header><h1>🎭 Rehearse · ${html_e(results.suite.name)}</h1><p ` +
        `class="facts">${facts.join(' · ')}</p>${method}</header>`);
}
/** Above the tests: how many never ran, why, and how to run them (each is also an article in the list). */
function skippedNote(results) {
    if (results.skipped.length === 0)
        return '';
    const hint = (0,report_skipped/* skipHint */.L8)(results.skipped, 'any');
    const allowed = results.gate?.allowSkipped ? ' Allowed by <code>gate.allow_skipped: true</code>.' : '';
    const why = `${html_e((0,report_skipped/* skipCause */.Ht)(results.skipped))}${hint ? `: ${html_e(hint)}.` : '.'}${allowed}`;
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
    const trials = (0,failures/* indexTrials */.Ae)(results);
    const changes = new Map((previous?.changes ?? []).map((change) => [change.key, change]));
    const chart = history && history.length
        ? historyChart([...history, results].sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1)))
        : '';
    const chartSection = chart ? `<h2>Pass rate over runs</h2>${chart}` : `<h2>Pass rate by tag</h2>${tagChart(results)}`;
    yield `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rehearse · ${html_e(results.suite.name)} · ${html_e(results.runId)}</title>
<style>${STYLE}</style></head>
<body>
${html_header(results, previous)}
${summaryCards(results, previous)}
<section id="chart">${chartSection}</section>
${html_verdicts_variantsSection(options.variants)}${trendSection(results)}${skippedNote(results)}<h2>Tests</h2>
${filters(results, previous)}
<main id="tests">
`;
    let first = true;
    for (const test of ordered(results.tests, changes)) {
        yield `${first ? '' : '\n'}${testArticle(test, trials, changes.get(test.key))}`;
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
    return markdown_renderMarkdown(input, {
        limit: Number.POSITIVE_INFINITY,
        limitName: 'no limit',
        measure: (text) => text.length,
    }).text;
}


/***/ }),

/***/ 6078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ skipCause),
/* harmony export */   L8: () => (/* binding */ skipHint)
/* harmony export */ });
/* unused harmony export missingEnvVars */
/** "no simulator key" or "no simulator configured": the short cause, for headings. */
function skipCause(skipped) {
    const cause = (entry) => entry.missing?.endpoint ? 'no simulator configured' : entry.missing ? 'no simulator key' : 'not run';
    const causes = new Set(skipped.map(cause));
    return [...causes].join(', ');
}
/** The distinct environment variables the skipped tests lack, in order of appearance. */
function missingEnvVars(skipped) {
    return [...new Set(skipped.flatMap((entry) => (entry.missing?.envVar ? [entry.missing.envVar] : [])))];
}
/**
 * How to run what was skipped. `cli`: the local flags; `ci`: the repository
 * secret to add. Undefined when the entries do not say what was missing (older files).
 */
function skipHint(skipped, audience) {
    const vars = missingEnvVars(skipped);
    const noEndpoint = skipped.some((entry) => entry.missing?.endpoint);
    if (vars.length === 0 && !noEndpoint)
        return undefined;
    if (audience === 'any') {
        const set = vars.length ? `set ${vars.join(', ')} (in CI: a repository secret passed as env)` : '';
        const endpoint = noEndpoint ? 'configure `simulator:` in the suite' : '';
        return `${[set, endpoint].filter(Boolean).join(' and ')} to run them`;
    }
    if (audience === 'ci') {
        const noun = vars.length === 1 ? 'secret' : 'secrets';
        const secrets = vars.length ? `add the ${noun} ${vars.join(', ')} to the workflow's env` : '';
        const endpoint = noEndpoint ? 'configure `simulator:` in the suite' : '';
        return `${[secrets, endpoint].filter(Boolean).join(' and ')} to run them`;
    }
    const set = vars.length ? `set ${vars.join(', ')} or ` : '';
    const flags = noEndpoint && vars.length === 0 ? '--simulator-base-url and --simulator-model' : '--simulator-base-url';
    return `${set}pass ${flags} to run them`;
}


/***/ })

};

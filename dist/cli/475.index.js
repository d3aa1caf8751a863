export const id = 475;
export const ids = [475];
export const modules = {

/***/ 5121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ definitionMark),
/* harmony export */   nh: () => (/* binding */ fixedByCriteriaChange),
/* harmony export */   vC: () => (/* binding */ definitionChangeText)
/* harmony export */ });
/* unused harmony export CRITERIA_FIX_NOTE */
const PART_NAMES = {
    persona: 'persona',
    scenario: 'scenario',
    profile: 'profile',
    tools: 'tools',
    criteria: 'criteria',
    judge: 'judge',
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
function definitionMark(change, long) {
    const text = definitionChangeText(change);
    if (!text || !change)
        return '';
    if (fixedByCriteriaChange(change)) {
        const others = change.changedDefinition.filter((part) => part !== 'criteria');
        const also = others.length ? ` (${definitionChangeText({ ...change, changedDefinition: others })} too)` : '';
        return `⚠️ ${CRITERIA_FIX_NOTE}${also}`;
    }
    const why = long ? ': the test itself changed, not only the agent' : '';
    return `⚠️ ${text}${why}`;
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   X: () => (/* binding */ escapeXml),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   j2: () => (/* binding */ escapePre),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   xv: () => (/* reexport safe */ _util_text_js__WEBPACK_IMPORTED_MODULE_0__.x)
/* harmony export */ });
/* unused harmony exports revealInvisible, defuseReferences, defuseMentions */
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);
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


/***/ }),

/***/ 8402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UV: () => (/* binding */ placementSummary),
/* harmony export */   VH: () => (/* binding */ skippedArticle),
/* harmony export */   pr: () => (/* binding */ placementText),
/* harmony export */   tu: () => (/* binding */ testArticle)
/* harmony export */ });
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2013);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3111);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5121);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7999);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9997);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2011);
/* harmony import */ var _placement_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1137);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1976);
/* harmony import */ var _aggregate_failure_digest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5494);
/** One test of the HTML report: its header, every trial, each transcript with tool calls and the judge's reasons. */









const e = _escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .ZD;
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
/** Recorded turns (a scenario's `start_from`) are set apart: the context the test started from, not this run's. */
function rec(event) {
    return event.recorded ? ' recorded' : '';
}
function recLabel(event) {
    return event.recorded ? ' <span class="muted">recorded</span>' : '';
}
function eventHtml(event) {
    switch (event.type) {
        case 'user_message':
            return (`<div class="ev user${rec(event)}"><span class="who">👤 User${recLabel(event)}</span>` +
                `${e(event.content)}</div>`);
        case 'agent_message': {
            const retried = event.retries ? ` · ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .L)(event.retries, 'retry', 'retries')}` : '';
            const when = event.recorded ? 'recorded' : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatMs */ ._)(event.latencyMs)}${retried}`;
            return (`<div class="ev agent${rec(event)}"><span class="who">🤖 Agent <span ` +
                `class="muted">${when}</span></span>${e(event.content)}</div>`);
        }
        case 'tool_call': {
            const outcome = event.error !== undefined ? `✗ ${e(event.error)}` : `→ ${e(json(event.result))}`;
            const how = event.recorded ? 'recorded' : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatMs */ ._)(event.durationMs)} · ${event.strategy}`;
            return (`<div class="ev tool${event.error !== undefined ? ' failed' : ''}${rec(event)}">🔧 ` +
                `${e(event.name)}(${e(json(event.arguments))}) ${outcome} <span ` +
                `class="muted">${how}</span></div>`);
        }
        case 'llm_call':
            return '';
        case 'simulator_flag':
            return `<div class="ev err">🚩 simulator ${e(event.reason)}: ${e(event.detail)}</div>`;
        case 'error':
            return `<div class="ev err">⚠️ ${e(event.source)} error (${e(event.category)}): ${e(event.message)}</div>`;
        case 'state':
            return '';
        case 'state_write':
            return `<div class="ev tool">✎ ${e(event.tool)} wrote ${e((0,_aggregate_failure_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .describeChanges */ .DT)(event.changes))}</div>`;
    }
}
function metricsHtml(trial) {
    if (trial.metrics.length === 0)
        return '';
    const items = trial.metrics.map((metric) => {
        const score = metric.score === null ? '—' : `${metric.score.toFixed(2)} / ${metric.threshold.toFixed(2)}`;
        const mark = metric.passed ? '✓' : '✗';
        return (`<li class="${metric.passed ? 'yes' : 'no'}">${mark} <b>${e(metric.id)}</b> <span ` +
            `class="muted">(${e(metric.type)}${metric.at ? `, ${e((0,_model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointText */ .am)(metric.at))}` : ''}, ${score})</span> ` +
            `${e(metric.error ?? (0,_failures_js__WEBPACK_IMPORTED_MODULE_4__/* .reasonBesideParts */ .JT)(metric))}${partsHtml(metric)}</li>`);
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
        `· ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .L)(trial.turns, 'turn')} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatMs */ ._)(trial.durationMs)} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatUsd */ .UK)(trial.usage.costUsd)}${reason}`;
    const events = trial.transcript.map(eventHtml).filter(Boolean).join('');
    return (`<details class="trial"${open ? ' open' : ''}><summary>${summary}</summary>${metricsHtml(trial)}<div ` +
        `class="transcript">${events}</div></details>`);
}
/** What the test's one section says of it, as plain text: "regression · 30/30 on baseline → 3/5 now, …". */
function placementText(placement) {
    const test = placement.test;
    const decided = placement.decided;
    if (!test)
        return placement.skipped?.reason ?? '';
    if (placement.section === 'changed' || placement.section === 'new')
        return (0,_placement_text_js__WEBPACK_IMPORTED_MODULE_5__/* .unreferencedText */ .oC)(placement);
    if (placement.section === 'removed') {
        const before = placement.decided?.change.before;
        return before ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .passFraction */ .gi)(before.passes, before.trials)} in the previous run, not in this one` : '';
    }
    const numbers = decided
        ? `${(0,_placement_text_js__WEBPACK_IMPORTED_MODULE_5__/* .changeEvidence */ .AV)(decided.change, decided.comparison)}${(0,_placement_text_js__WEBPACK_IMPORTED_MODULE_5__/* .againstText */ .F5)(decided.comparison, decided.change)}`
        : '';
    return [numbers, ...(0,_placement_text_js__WEBPACK_IMPORTED_MODULE_5__/* .alsoTexts */ .e5)(placement), (0,_placement_text_js__WEBPACK_IMPORTED_MODULE_5__/* .thresholdVerdict */ .h6)(test)].filter(Boolean).join(' · ');
}
/** "<a href=#key>key</a> — evidence" for the overview of sections. */
function placementSummary(placement) {
    const text = placementText(placement);
    const link = placement.section === 'removed'
        ? `<code>${e(placement.key)}</code>`
        : `<a href="#${e(placement.key)}">${e(placement.key)}</a>`;
    return `${link}${text ? ` — ${e(text)}` : ''}`;
}
function changeText(placement, confirming) {
    if (!placement || placement.section === 'passing')
        return '';
    const mark = placement.section === 'changed' ? '' : (0,_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .definitionMark */ .Hd)(placement.decided?.change, false);
    const defined = mark ? ` · <span class="definition-changed">${e(mark)}</span>` : '';
    const why = placement.section === 'suspected' && placement.test ? ` · ${e((0,_placement_text_js__WEBPACK_IMPORTED_MODULE_5__/* .suspectedWhy */ .$6)(placement, confirming))}` : '';
    return (` · <span class="badge ${e(placement.section)}">${e(_compare_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SECTION_LABELS */ .YW[placement.section])}</span> ` +
        `${e(placementText(placement))}${defined}${why}`);
}
/** Lower-cased text the search box matches: id, name, tags, priority and the failure reasons. */
function searchText(test, trials) {
    const detail = (0,_failures_js__WEBPACK_IMPORTED_MODULE_4__/* .failureOf */ .g5)(test, trials);
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
function testArticle(test, trials, placement, confirming = true) {
    const own = trials.get(test.key) ?? [];
    const regressed = placement?.section === 'regression';
    const classes = ['test', `v-${test.verdict}`, regressed ? 'regression' : ''].filter(Boolean).join(' ');
    const counts = placement?.counts;
    const listed = placement && placement.section !== 'passing' ? placement.section : '';
    const attrs = [
        `class="${classes}"`,
        `id="${e(test.key)}"`,
        `data-status="${e(test.verdict)}"`,
        `data-change="${e(listed)}"`,
        `data-section="${e(placement?.section ?? '')}"`,
        ...(counts
            ? [
                `data-planned="${counts.planned.passes}/${counts.planned.trials}"`,
                `data-all="${counts.all.passes}/${counts.all.trials}"`,
                `data-trials="${counts.trials}"`,
            ]
            : []),
        `data-variant="${e(test.variant)}"`,
        `data-tags="${e(JSON.stringify(test.tags))}"`,
        `data-search="${e(searchText(test, trials))}"`,
    ].join(' ');
    const name = test.name ? ` · ${e(test.name)}` : '';
    const tags = test.tags.map((tag) => `<span class="badge">${e(tag)}</span>`).join(' ');
    const passHatK = (0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatPassHatK */ .$N)(test);
    const numbers = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .trialsPassing */ .V5)(test)}${passHatK ? ` · ${passHatK}` : ''}`;
    const source = `${e(test.source.file)}:${test.source.line}`;
    const header = `<header><span class="badge ${e(test.verdict)}">${e(test.verdict)}</span> ` +
        `<b>${e(test.key)}</b>${name} · ${e(test.priority)} · ${numbers}${changeText(placement, confirming)} ${tags} ` +
        `<span class="muted">${source}</span></header>`;
    const firstBad = own.findIndex((trial) => trial.status !== 'pass');
    return (`<article ${attrs}>${header}` +
        `${own.map((trial, i) => trialHtml(trial, i === firstBad && regressed)).join('')}</article>`);
}


/***/ }),

/***/ 1137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ suspectedWhy),
/* harmony export */   $r: () => (/* binding */ agentChangeText),
/* harmony export */   AV: () => (/* binding */ changeEvidence),
/* harmony export */   F5: () => (/* binding */ againstText),
/* harmony export */   VN: () => (/* binding */ runConfirms),
/* harmony export */   e5: () => (/* binding */ alsoTexts),
/* harmony export */   h6: () => (/* binding */ thresholdVerdict),
/* harmony export */   ld: () => (/* binding */ ownCounts),
/* harmony export */   oC: () => (/* binding */ unreferencedText)
/* harmony export */ });
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2013);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5121);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3877);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2011);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1976);
/**
 * The words every output uses for a test's section (src/compare/sections.ts): its numbers, the verdict of a test
 * held to its own threshold, why a suspected drop was not confirmed (what the runner did), and what changed in the
 * agent. Plain text: callers escape for their medium.
 */





function percentOf(rate) {
    return `${Math.round(rate * 100)}%`;
}
/**
 * "3/5 passing, 14/30 after confirmation, 1 error": the test's own counts before and after confirmation, over the
 * trials its pass rate counts (pass, fail and error), errors named so they never read as passes.
 */
function ownCounts(test) {
    const extra = test.confirmation?.extraTrials ?? 0;
    const all = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .passFraction */ .gi)(test.passes, test.passes + test.failures + test.errors);
    const errors = test.errors ? `, ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(test.errors, 'error')}` : '';
    if (test.outcomes === undefined || extra === 0)
        return `${all} passing${errors}`;
    const planned = countsOf(test.outcomes.slice(0, test.runs), true);
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .passFraction */ .gi)(planned.passes, planned.trials)} passing, ${all} after confirmation${errors}`;
}
/** Passes and trials among outcome letters: pass/fail ones, and errored ones too when `errors`. */
function countsOf(outcomes, errors = false) {
    let passes = 0;
    let trials = 0;
    for (const letter of outcomes) {
        if (letter === 'p')
            passes += 1;
        if (letter === 'p' || letter === 'f' || (errors && letter === 'e'))
            trials += 1;
    }
    return { passes, trials };
}
/**
 * "below its threshold (needs 80%)" / "passes its threshold (80%)" / "errored (needs 80%)". A verdict read on the
 * planned trials only (the extra ones were for a drop, not the threshold) says so, with those counts.
 */
function thresholdVerdict(test) {
    const need = percentOf(test.minPassRate);
    const extra = test.confirmation?.extraTrials ?? 0;
    const sequential = test.confirmation?.reasons.includes('threshold') ?? false;
    const planned = test.outcomes === undefined ? undefined : countsOf(test.outcomes.slice(0, test.runs));
    const onPlan = extra > 0 && !sequential && planned
        ? ` on its ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(test.runs, 'planned trial')} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .passFraction */ .gi)(planned.passes, planned.trials)})`
        : '';
    if (test.verdict === 'pass')
        return `passes its threshold${onPlan} (${need})`;
    if (test.verdict === 'fail')
        return `below its threshold${onPlan} (needs ${need})`;
    if (test.verdict === 'error')
        return `errored${onPlan} (needs ${need})`;
    return test.verdict.replace('_', ' ');
}
/** "criteria changed · 3/5 passing · below its threshold (needs 80%)" for a changed or new test. */
function unreferencedText(placement) {
    const test = placement.test;
    const what = placement.section === 'changed' ? (0,_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .definitionChangeText */ .vC)(placement.decided?.change) : undefined;
    return [what, ownCounts(test), thresholdVerdict(test)].filter(Boolean).join(' · ');
}
/**
 * "(candidate vs baseline)" for a change read against the baseline — the change's own variant when the run compares
 * several ("(gpt-y vs baseline)") — and "" against the previous run or history.
 */
function againstText(comparison, change) {
    if (comparison?.kind !== 'variants')
        return '';
    const variant = comparison.byVariant && change ? change.test.variant : comparison.after.label;
    return ` (${variant} vs ${comparison.before.label})`;
}
/** The numbers of a change: its evidence line, else "5/5 → 1/5 passing (p = 0.004)". */
function changeEvidence(change, comparison) {
    const evidence = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .evidenceText */ .rS)(change, comparison);
    if (evidence)
        return `${evidence}${change.after?.errors ? ` (${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(change.after.errors, 'error')})` : ''}`;
    const before = change.before ? (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .passFraction */ .gi)(change.before.passes, change.before.trials) : '—';
    const after = change.after ? (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .passFraction */ .gi)(change.after.passes, change.after.trials) : '—';
    const p = change.pValue === undefined ? '' : ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPValue */ .td)(change.pValue)})`;
    return `${before} → ${after} passing${p}`;
}
/** The run added confirmation trials (or was allowed to): a suspected drop's label says what it did. */
function runConfirms(results) {
    return results.confirmation !== undefined || results.tests.some((test) => test.confirmation !== undefined);
}
/**
 * Why a suspected drop is only suspected, as the runner did it: the run had no confirmation trials at all; the test
 * errored (errors are not evidence, so no confirmation); a single-trial flip this run did not rerun; or a drop no
 * confirmation trial was run for. Never advice no rerun could follow.
 */
function suspectedWhy(placement, confirming) {
    const test = placement.test;
    if (!confirming)
        return 'this run had no confirmation trials (--no-confirm, or an older file), so it could not settle it';
    if (test.errors > 0 || test.invalid > 0)
        return 'not rerun: errored or invalid trials are not evidence, so a test with any gets no confirmation trials';
    const planned = placement.decided?.change.planned?.trials ?? test.runs;
    const rerun = (test.confirmation?.extraTrials ?? 0) > 0;
    if (planned === 1 && !rerun)
        return ('single-trial flip, not rerun by this run: declare the test deterministic to gate on any flip, or raise its ' +
            'run count');
    // Confirmation trials ran and left it suspected: the run stopped (a cancel, the budget) before they settled it.
    const extra = test.confirmation?.extraTrials ?? 0;
    if (rerun)
        return `the run stopped before its confirmation trials (${extra} finished) settled it`;
    return 'no confirmation trials ran for it in this run';
}
/** The agent's settings that changed between the previous run and this one, per variant, when recorded. */
function changedSettings(comparison) {
    const before = comparison.before.settings ?? {};
    const after = comparison.after.settings ?? {};
    const changed = new Map();
    for (const [variant, now] of Object.entries(after)) {
        const was = before[variant];
        if (!was)
            continue;
        const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])]
            .filter((field) => was[field] !== now[field])
            .sort();
        if (fields.length)
            changed.set(variant, fields);
    }
    return changed;
}
/**
 * "Agent changed since the reference run: default (system_prompt, model)": said once, in the header, not per test
 * (the agent is what is under test; its tests are compared across the change). Undefined when it did not change.
 */
function agentChangeText(previous) {
    if (!previous || previous.kind !== 'runs')
        return undefined;
    const settings = changedSettings(previous);
    const flagged = new Set(previous.changes.filter((change) => change.agentChanged).map((change) => change.test.variant));
    for (const variant of settings.keys())
        flagged.add(variant);
    if (flagged.size === 0)
        return undefined;
    const parts = [...flagged].sort().map((variant) => {
        const fields = settings.get(variant);
        return fields ? `${variant} (${fields.join(', ')})` : variant;
    });
    const which = settings.size === 0 ? ' (which settings: not recorded in these results)' : '';
    const across = 'Its tests are compared across the change.';
    return `Agent changed since the reference run: ${parts.join('; ')}${which}. ${across}`;
}
function sectionOfCategory(category) {
    if (category === 'still_passing' || category === 'still_failing')
        return 'passing';
    return category;
}
/**
 * What the test's other comparisons say when they say more than "unchanged", as plain text:
 * ["also vs baseline: regression (30/30 on baseline → 0/5 now, …)"]. Shown beside its one listing, never as another.
 */
function alsoTexts(placement) {
    return placement.compared
        .filter((entry) => entry !== placement.decided &&
        !['still_passing', 'still_failing', 'new', 'removed'].includes(entry.change.category))
        .map(({ change, comparison }) => {
        const against = comparison.kind === 'variants' ? `vs ${comparison.before.label}` : 'vs the previous run';
        const label = _compare_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SECTION_LABELS */ .YW[sectionOfCategory(change.category)];
        return `also ${against}: ${label} (${changeEvidence(change, comparison)})`;
    });
}


/***/ }),

/***/ 6078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ skipCause),
/* harmony export */   L8: () => (/* binding */ skipHint)
/* harmony export */ });
/* unused harmony export missingEnvVars */
/** "no simulator key", "no judge configured", "agent key rejected"…: the short cause of one entry. */
function causeOf(missing) {
    if (!missing)
        return 'not run';
    if (missing.status === 'rejected')
        return `${missing.role} key rejected`;
    if (missing.endpoint)
        return `no ${missing.role} configured`;
    // An agent's URL or header variable is not a key.
    if (missing.role === 'agent' && missing.url)
        return `agent ${missing.envVar ?? 'setting'} not set`;
    return `no ${missing.role} key`;
}
/** "no simulator key" or "no simulator configured": the short cause, for headings. */
function skipCause(skipped) {
    const causes = new Set(skipped.map((entry) => causeOf(entry.missing)));
    return [...causes].join(', ');
}
/** Every lack of each entry: the one that skipped it, then what else it lacks (`also`). */
function lacksOf(skipped) {
    return skipped.flatMap((entry) => (entry.missing ? [entry.missing, ...(entry.missing.also ?? [])] : []));
}
/** The distinct environment variables the skipped tests lack (not those rejected), in order of appearance. */
function missingEnvVars(skipped) {
    return [
        ...new Set(lacksOf(skipped).flatMap((lack) => (lack.envVar && lack.status !== 'rejected' ? [lack.envVar] : []))),
    ];
}
/** The distinct variables whose key an endpoint refused. */
function rejectedEnvVars(skipped) {
    return [
        ...new Set(lacksOf(skipped).flatMap((lack) => (lack.envVar && lack.status === 'rejected' ? [lack.envVar] : []))),
    ];
}
/** The roles with no endpoint at all, e.g. ['simulator', 'judge']. */
function unconfigured(skipped) {
    return [...new Set(lacksOf(skipped).flatMap((lack) => (lack.endpoint ? [lack.role] : [])))];
}
/**
 * How to run what was skipped. `cli`: the local flags; `ci`: the repository
 * secret to add. Undefined when the entries do not say what was missing (older files).
 */
function skipHint(skipped, audience) {
    const vars = missingEnvVars(skipped);
    const rejected = rejectedEnvVars(skipped);
    const roles = unconfigured(skipped);
    if (vars.length === 0 && roles.length === 0 && rejected.length === 0)
        return undefined;
    const endpoint = roles.length ? `configure ${roles.map((role) => `\`${role}:\``).join(' and ')} in the suite` : '';
    const fix = rejected.length ? `replace the rejected key in ${rejected.join(', ')}` : '';
    if (audience === 'any') {
        const set = vars.length ? `set ${vars.join(', ')} (in CI: a repository secret passed as env)` : '';
        return `${[set, fix, endpoint].filter(Boolean).join(' and ')} to run them`;
    }
    if (audience === 'ci') {
        const noun = vars.length === 1 ? 'secret' : 'secrets';
        const secrets = vars.length ? `add the ${noun} ${vars.join(', ')} to the workflow's env` : '';
        return `${[secrets, fix, endpoint].filter(Boolean).join(' and ')} to run them`;
    }
    // The simulator (and the judge, when the tests need it too) can be pointed elsewhere from the command line.
    const simulatorOnly = skipped.every((entry) => entry.missing?.role === 'simulator');
    if (!simulatorOnly) {
        const set = vars.length ? `set ${vars.join(', ')}` : '';
        return `${[set, fix, endpoint].filter(Boolean).join(' and ')} to run them`;
    }
    const judgeToo = skipped.some((entry) => entry.missing?.also?.some((lack) => lack.role === 'judge'));
    const set = vars.length ? `set ${vars.join(', ')} or ` : '';
    const models = roles.length > 0 && vars.length === 0;
    // Each role's own flags: `--base-url` would move the openai agents as well.
    const flags = judgeToo
        ? models
            ? '--simulator-base-url, --simulator-model, --judge-base-url and --judge-model'
            : '--simulator-base-url and --judge-base-url'
        : models
            ? '--simulator-base-url and --simulator-model'
            : '--simulator-base-url';
    return `${fix ? `${fix} or ` : ''}${set}pass ${flags} to run them`;
}


/***/ }),

/***/ 4489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ variantMatrix),
/* harmony export */   y: () => (/* binding */ CELL_MARKS)
/* harmony export */ });
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3111);

const QUIET = new Set(['still_passing', 'still_failing']);
/** undefined unless the run compared more than one variant with its baseline (`byVariant`). */
function variantMatrix(results, variants) {
    const pairs = variants?.byVariant;
    const baseline = (0,_model_results_js__WEBPACK_IMPORTED_MODULE_0__/* .baselineVariantOf */ .gk)(results);
    if (!pairs || pairs.length === 0 || baseline === undefined)
        return undefined;
    const columns = [
        { id: baseline, ...detailOf(pairs[0].before.detail), regressions: 0 },
        ...pairs.map((pair) => ({
            id: pair.after.label,
            ...detailOf(pair.after.detail),
            totals: pair.totals,
            regressions: pair.counts.regression,
        })),
    ];
    const changeOf = new Map(pairs.flatMap((pair) => pair.changes.map((change) => [change.key, change])));
    const byKey = new Map(results.tests.map((test) => [test.key, test]));
    const testIds = [...new Set(results.tests.map((test) => test.testId))];
    const rows = testIds.map((testId) => {
        const cells = columns.map((column) => cellOf(byKey.get(`${testId}@${column.id}`), changeOf));
        const notable = cells.some((cell) => cell?.change !== undefined && !QUIET.has(cell.change.category));
        return { testId, cells, notable };
    });
    return { columns, rows };
}
function detailOf(detail) {
    return detail === undefined ? {} : { detail };
}
function cellOf(test, changeOf) {
    if (!test)
        return undefined;
    const change = changeOf.get(test.key);
    return { passes: test.passes, trials: test.passes + test.failures, ...(change ? { change } : {}) };
}
/** The short word a cell shows for its comparison with the baseline (nothing when unchanged). */
const CELL_MARKS = {
    regression: '❌ regression',
    suspected: '⚠️ suspected drop',
    not_confirmed: 'drop not confirmed',
    fix: '✅ fix',
    changed: 'changed',
    flaky: 'flaky',
    still_failing: '',
    still_passing: '',
    new: 'not on baseline',
    removed: '',
    invalid: 'not comparable',
};


/***/ })

};

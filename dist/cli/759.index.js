export const id = 759;
export const ids = [759];
export const modules = {

/***/ 4129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pO: () => (/* binding */ DEFAULT_ALPHA),
  qB: () => (/* binding */ compareRuns),
  Ov: () => (/* binding */ compareVariants)
});

// UNUSED EXPORTS: CHANGE_CATEGORIES, fisherOneSided, logFactorial

;// CONCATENATED MODULE: ./src/compare/fisher.ts
/**
 * One-sided Fisher exact test for a 2×2 table of pass/fail counts, computed
 * in log space so run counts in the thousands neither overflow nor lose
 * precision.
 *
 *              pass   fail
 *   before      a      b
 *   after       c      d
 *
 * With the margins fixed, `a` follows a hypergeometric distribution; the
 * p-value of "before passes more often than after" is P(X ≥ a).
 */
const logFactorialTable = [0];
/** Beyond this, Stirling's series is accurate to far below double precision. */
const LOG_FACTORIAL_TABLE_LIMIT = 100_000;
/** ln(n!) — exact sums for counts we meet in practice, Stirling's series beyond. */
function logFactorial(n) {
    if (!Number.isInteger(n) || n < 0)
        throw new RangeError(`logFactorial: ${n} is not a natural number`);
    if (n < LOG_FACTORIAL_TABLE_LIMIT) {
        for (let i = logFactorialTable.length; i <= n; i += 1)
            logFactorialTable.push(logFactorialTable[i - 1] + Math.log(i));
        return logFactorialTable[n];
    }
    // ln n! ≈ n ln n − n + ½ ln(2πn) + 1/(12n) − 1/(360n³)
    return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3);
}
function logChoose(n, k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
/** ln P(X = x) for X ~ Hypergeometric(population, successes, draws). */
function logHypergeometric(x, population, successes, draws) {
    return logChoose(successes, x) + logChoose(population - successes, draws - x) - logChoose(population, draws);
}
/** log(Σ exp(terms)) without overflow. */
function logSumExp(terms) {
    let max = -Infinity;
    for (const term of terms)
        if (term > max)
            max = term;
    if (max === -Infinity)
        return -Infinity;
    let sum = 0;
    for (const term of terms)
        sum += Math.exp(term - max);
    return max + Math.log(sum);
}
/**
 * p-value that `before` has a higher pass rate than `after` (one-sided:
 * a drop). Symmetric use — `fisherOneSided(after, before)` — tests a rise.
 */
function fisherOneSided(before, after) {
    const a = before.passes;
    const n = before.trials;
    const population = before.trials + after.trials;
    const successes = before.passes + after.passes;
    if (n === 0 || after.trials === 0)
        return 1;
    const upper = Math.min(n, successes);
    const terms = [];
    for (let x = a; x <= upper; x += 1)
        terms.push(logHypergeometric(x, population, successes, n));
    return Math.min(1, Math.exp(logSumExp(terms)));
}

;// CONCATENATED MODULE: ./src/compare/classify.ts

function sideStats(test) {
    return {
        verdict: test.verdict,
        trials: test.passes + test.failures,
        passes: test.passes,
        errors: test.errors,
        passRate: test.passRate,
        costUsd: test.costUsd,
        latencyP50: test.latencyP50,
        latencyP95: test.latencyP95,
        ...(test.personaVersion === undefined ? {} : { personaVersion: test.personaVersion }),
        ...(test.scenarioVersion === undefined ? {} : { scenarioVersion: test.scenarioVersion }),
    };
}
function changedDefinition(before, after) {
    const changed = [];
    if (before.personaVersion && after.personaVersion && before.personaVersion !== after.personaVersion)
        changed.push('persona');
    if (before.scenarioVersion && after.scenarioVersion && before.scenarioVersion !== after.scenarioVersion)
        changed.push('scenario');
    return changed;
}
function noOutcomeNote(side, test) {
    if (test.verdict === 'not_run')
        return `not run ${side === 'before' ? 'before' : 'now'}`;
    const parts = [test.errors ? `${test.errors} error${test.errors === 1 ? '' : 's'}` : '', test.invalid ? `${test.invalid} invalid` : '']
        .filter(Boolean)
        .join(', ');
    return `no pass/fail trial ${side === 'before' ? 'before' : 'now'}${parts ? ` (${parts})` : ''}`;
}
function classifyCounts(before, after, beforeTest, afterTest, alpha) {
    if (before.trials === 0)
        return { category: 'invalid', note: noOutcomeNote('before', beforeTest) };
    if (after.trials === 0)
        return { category: 'invalid', note: noOutcomeNote('after', afterTest) };
    if (before.trials === 1 && after.trials === 1) {
        // One conversation each side: no statistics to do, the outcome is the verdict.
        if (before.passes === after.passes)
            return { category: after.passes ? 'still_passing' : 'still_failing' };
        return { category: after.passes ? 'fix' : 'regression' };
    }
    const beforeRate = before.passes / before.trials;
    const afterRate = after.passes / after.trials;
    if (beforeRate === afterRate)
        return { category: afterTest.verdict === 'pass' ? 'still_passing' : 'still_failing' };
    const dropped = afterRate < beforeRate;
    const pValue = dropped ? fisherOneSided(before, after) : fisherOneSided(after, before);
    if (pValue < alpha)
        return { category: dropped ? 'regression' : 'fix', pValue };
    return { category: 'flaky', pValue };
}
function classifyPair(before, after, alpha) {
    const beforeStats = sideStats(before);
    const afterStats = sideStats(after);
    const classified = classifyCounts(beforeStats, afterStats, before, after, alpha);
    return {
        key: after.key,
        testId: after.testId,
        test: after,
        before: beforeStats,
        after: afterStats,
        changedDefinition: changedDefinition(before, after),
        ...classified,
    };
}
function unmatched(test, category) {
    const stats = sideStats(test);
    return {
        key: test.key,
        testId: test.testId,
        category,
        test,
        ...(category === 'new' ? { after: stats } : { before: stats }),
        changedDefinition: [],
    };
}

;// CONCATENATED MODULE: ./src/compare/totals.ts
function delta(before, after) {
    const b = before ?? null;
    const a = after ?? null;
    return { before: b, after: a, change: a === null || b === null ? null : a - b };
}
function totalsDelta(before, after) {
    return {
        passRate: delta(before.passRate, after.passRate),
        testsPassed: delta(before.passed, after.passed),
        tests: delta(before.tests, after.tests),
        costUsd: delta(before.usage.costUsd, after.usage.costUsd),
        tokens: delta(before.usage.inputTokens + before.usage.outputTokens, after.usage.inputTokens + after.usage.outputTokens),
        durationMs: delta(before.durationMs, after.durationMs),
        latencyP50: delta(before.latencyP50, after.latencyP50),
        latencyP95: delta(before.latencyP95, after.latencyP95),
    };
}

;// CONCATENATED MODULE: ./src/compare/types.ts
const CHANGE_CATEGORIES = [
    'regression',
    'fix',
    'flaky',
    'still_failing',
    'still_passing',
    'new',
    'removed',
    'invalid',
];

;// CONCATENATED MODULE: ./src/compare/variant-totals.ts
function percentile(sorted, p) {
    if (sorted.length === 0)
        return null;
    const rank = Math.ceil((p / 100) * sorted.length) - 1;
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}
function totalsOfVariant(results, variant) {
    const stored = results.variantTotals[variant];
    if (stored)
        return stored;
    const tests = results.tests.filter((test) => test.variant === variant);
    const trials = results.trials.filter((trial) => trial.variant === variant);
    const count = (verdict) => tests.filter((test) => test.verdict === verdict).length;
    const passed = count('pass');
    const failed = count('fail');
    const latencies = trials
        .flatMap((trial) => trial.transcript.flatMap((event) => (event.type === 'agent_message' ? [event.latencyMs] : [])))
        .sort((a, b) => a - b);
    const failureCategories = {};
    for (const trial of trials) {
        if (trial.failureCategory)
            failureCategories[trial.failureCategory] = (failureCategories[trial.failureCategory] ?? 0) + 1;
    }
    return {
        tests: tests.length,
        passed,
        failed,
        errored: count('error'),
        invalid: count('invalid'),
        notRun: count('not_run'),
        trials: trials.length,
        passRate: passed + failed === 0 ? null : passed / (passed + failed),
        usage: {
            inputTokens: trials.reduce((sum, trial) => sum + trial.usage.inputTokens, 0),
            outputTokens: trials.reduce((sum, trial) => sum + trial.usage.outputTokens, 0),
            costUsd: trials.reduce((sum, trial) => sum + trial.usage.costUsd, 0),
        },
        durationMs: trials.reduce((max, trial) => Math.max(max, trial.durationMs), 0),
        latencyP50: percentile(latencies, 50),
        latencyP95: percentile(latencies, 95),
        failureCategories,
    };
}

;// CONCATENATED MODULE: ./src/compare/index.ts






const DEFAULT_ALPHA = 0.05;
const PRIORITY_ORDER = { critical: 0, high: 1, normal: 2, low: 3 };
function methodOf(alpha) {
    return {
        test: 'one-sided Fisher exact test',
        alpha,
        description: `Tests with several trials: a pass-rate change counts as a regression or fix only when a one-sided Fisher exact test gives p < ${alpha}; otherwise it is reported as flaky. Single-trial tests: pass→fail is a regression.`,
    };
}
function validAlpha(alpha) {
    const value = alpha ?? DEFAULT_ALPHA;
    if (!(value > 0 && value < 1))
        throw new RangeError(`alpha must be between 0 and 1 (exclusive), got ${value}`);
    return value;
}
function sortChanges(changes) {
    const rank = (category) => CHANGE_CATEGORIES.indexOf(category);
    return changes.sort((x, y) => rank(x.category) - rank(y.category) ||
        PRIORITY_ORDER[x.test.priority] - PRIORITY_ORDER[y.test.priority] ||
        (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
function countByCategory(changes) {
    const counts = Object.fromEntries(CHANGE_CATEGORIES.map((category) => [category, 0]));
    for (const change of changes)
        counts[change.category] += 1;
    return counts;
}
/** Match `before` and `after` tests by `matchKey`; everything unmatched is new or removed. */
function compareTests(before, after, matchKey, alpha) {
    const beforeByKey = new Map(before.map((test) => [matchKey(test), test]));
    const afterKeys = new Set();
    const changes = [];
    for (const test of after) {
        const key = matchKey(test);
        afterKeys.add(key);
        const previous = beforeByKey.get(key);
        changes.push(previous ? classifyPair(previous, test, alpha) : unmatched(test, 'new'));
    }
    for (const test of before)
        if (!afterKeys.has(matchKey(test)))
            changes.push(unmatched(test, 'removed'));
    return sortChanges(changes);
}
function sideOf(results, label, detail) {
    return {
        label,
        runId: results.runId,
        status: results.status,
        startedAt: results.startedAt,
        ...(results.git.sha === undefined ? {} : { sha: results.git.sha }),
        ...(results.git.ref === undefined ? {} : { ref: results.git.ref }),
        ...(detail === undefined ? {} : { detail }),
    };
}
/** The stored previous run against this run, key by key (`testId@variant`). */
function compareRuns(previous, current, options = {}) {
    const alpha = validAlpha(options.alpha);
    const changes = compareTests(previous.tests, current.tests, (test) => test.key, alpha);
    return {
        kind: 'runs',
        before: sideOf(previous, 'previous run'),
        after: sideOf(current, 'current run'),
        method: methodOf(alpha),
        changes,
        counts: countByCategory(changes),
        totals: totalsDelta(previous.totals, current.totals),
        failureCategories: { before: previous.totals.failureCategories, after: current.totals.failureCategories },
    };
}
function variantDetail(results, id) {
    const variant = results.variants.find((v) => v.id === id);
    if (!variant)
        return undefined;
    return variant.model ? `${variant.agent} · ${variant.model}` : variant.agent;
}
/** Baseline against candidate inside one run, matched by test id; undefined unless both variants ran. */
function compareVariants(results, options = {}) {
    const baseline = results.tests.filter((test) => test.variant === 'baseline');
    const candidate = results.tests.filter((test) => test.variant === 'candidate');
    if (baseline.length === 0 || candidate.length === 0)
        return undefined;
    const alpha = validAlpha(options.alpha);
    const changes = compareTests(baseline, candidate, (test) => test.testId, alpha);
    const beforeTotals = totalsOfVariant(results, 'baseline');
    const afterTotals = totalsOfVariant(results, 'candidate');
    return {
        kind: 'variants',
        before: sideOf(results, 'baseline', variantDetail(results, 'baseline')),
        after: sideOf(results, 'candidate', variantDetail(results, 'candidate')),
        method: methodOf(alpha),
        changes,
        counts: countByCategory(changes),
        totals: totalsDelta(beforeTotals, afterTotals),
        failureCategories: { before: beforeTotals.failureCategories, after: afterTotals.failureCategories },
    };
}


/***/ }),

/***/ 7155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ evaluateGate)
/* harmony export */ });
/* unused harmony export percent */
const STOP_REASONS = {
    budget: 'the cost budget was reached',
    cancelled: 'it was cancelled',
    fail_fast: 'a critical test failed (fail_fast)',
};
function percent(rate) {
    const value = rate * 100;
    return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}
function plural(count, word) {
    return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}
/** Regressions across every comparison, once per key (a key can regress against the previous run and the baseline). */
function regressions(comparisons) {
    const byKey = new Map();
    for (const comparison of comparisons) {
        for (const change of comparison.changes)
            if (change.category === 'regression')
                byKey.set(change.key, change);
    }
    return [...byKey.values()];
}
function regressionReason(found) {
    if (found.length === 0)
        return undefined;
    const critical = found.filter((change) => change.test.priority === 'critical').length;
    if (critical === found.length)
        return plural(critical, 'critical regression');
    return critical ? `${plural(found.length, 'regression')} (${critical} critical)` : plural(found.length, 'regression');
}
function runStateReason(results) {
    if (results.status === 'stopped') {
        const why = results.stopReason ? ` because ${STOP_REASONS[results.stopReason]}` : '';
        return `run stopped${why}: ${plural(results.totals.notRun, 'test')} not run`;
    }
    if (results.status === 'failed')
        return 'run failed';
    if (results.status === 'running')
        return 'run did not finish';
    return undefined;
}
function collectReasons(input) {
    const { results, failOn, minPassRate } = input;
    const reasons = [runStateReason(results)];
    if (failOn.includes('regression'))
        reasons.push(regressionReason(regressions(input.comparisons)));
    const failing = results.tests.filter((test) => test.verdict === 'fail' || test.verdict === 'error');
    if (failOn.includes('critical')) {
        const critical = failing.filter((test) => test.priority === 'critical').length;
        if (critical)
            reasons.push(`${plural(critical, 'critical test')} failing`);
    }
    const passRate = results.totals.passRate;
    if (minPassRate > 0 && passRate === null)
        reasons.push(`no test produced a verdict (min pass rate ${percent(minPassRate)})`);
    if (passRate !== null && passRate < minPassRate)
        reasons.push(`pass rate ${percent(passRate)} < ${percent(minPassRate)}`);
    if (failOn.includes('any-failure') && failing.length)
        reasons.push(`${plural(failing.length, 'test')} failing`);
    return reasons.filter((reason) => reason !== undefined);
}
function passedSummary(input) {
    const { totals } = input.results;
    const rate = totals.passRate === null ? 'no verdicts' : `pass rate ${percent(totals.passRate)}`;
    const threshold = input.minPassRate > 0 ? ` (min ${percent(input.minPassRate)})` : '';
    return `✅ ${totals.passed}/${totals.tests} tests passed; ${rate}${threshold}`;
}
function evaluateGate(input) {
    const reasons = collectReasons(input);
    if (reasons.length === 0)
        return { passed: true, reasons, summary: passedSummary(input) };
    if (input.failOn.includes('never')) {
        return { passed: true, reasons, summary: `⚠️ gate off (fail_on: never): ${reasons.join('; ')}` };
    }
    return { passed: false, reasons, summary: `❌ ${reasons.join('; ')}` };
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   W7: () => (/* binding */ formatRateDelta),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   gi: () => (/* binding */ passFraction),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/** Numbers as people read them in reports: rates, money, durations, deltas. */
function formatPercent(rate) {
    if (rate === null || rate === undefined)
        return '—';
    const value = rate * 100;
    return `${Number.isInteger(Math.round(value * 10) / 10) ? Math.round(value) : value.toFixed(1)}%`;
}
function formatUsd(value) {
    if (value === null || value === undefined)
        return '—';
    if (value !== 0 && Math.abs(value) < 0.01)
        return `$${value.toFixed(4)}`;
    return `$${value.toFixed(2)}`;
}
function formatMs(value) {
    if (value === null || value === undefined)
        return '—';
    if (Math.abs(value) < 1000)
        return `${Math.round(value)} ms`;
    if (Math.abs(value) < 60_000)
        return `${(value / 1000).toFixed(1)} s`;
    const sign = value < 0 ? '-' : '';
    const totalSeconds = Math.round(Math.abs(value) / 1000);
    const hours = Math.floor(totalSeconds / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    if (hours > 0)
        return `${sign}${hours} h ${minutes} min`;
    return `${sign}${minutes} min ${totalSeconds % 60} s`;
}
function formatCount(value) {
    if (value === null || value === undefined)
        return '—';
    return Math.round(value).toLocaleString('en-US');
}
function signed(value, text) {
    if (value > 0)
        return `+${text}`;
    if (value < 0)
        return `−${text}`;
    return '±0';
}
/** "+12.5 pts" for a pass-rate change. */
function formatRateDelta(change) {
    if (change === null)
        return '—';
    const points = Math.round(change * 1000) / 10;
    return points === 0 ? '±0' : signed(points, `${Math.abs(points)} pts`);
}
/** "+$0.17 (+14%)" style: the absolute change and, when meaningful, the relative one. */
function formatDelta(before, change, format) {
    if (change === null || before === null)
        return '—';
    if (change === 0)
        return '±0';
    const absolute = signed(change, format(Math.abs(change)));
    if (before === 0)
        return absolute;
    const relative = Math.round((change / before) * 100);
    return relative === 0 ? absolute : `${absolute} (${relative > 0 ? '+' : '−'}${Math.abs(relative)}%)`;
}
function formatPValue(p) {
    if (p === undefined)
        return '—';
    if (p < 0.001)
        return 'p < 0.001';
    return `p = ${p.toFixed(3)}`;
}
function passFraction(passes, trials) {
    return `${passes}/${trials}`;
}
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : undefined;
}


/***/ }),

/***/ 4261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PQ: () => (/* reexport */ renderCsv),
  K2: () => (/* reexport */ renderHtml),
  dB: () => (/* reexport */ renderJUnit),
  _9: () => (/* binding */ renderMarkdownReport),
  Wc: () => (/* reexport */ renderTestsJson)
});

// UNUSED EXPORTS: COMMENT_MARKER, EXCERPT_EVENTS, MAX_ANNOTATIONS_PER_REQUEST, MAX_ANNOTATION_MESSAGE_BYTES, MAX_ANNOTATION_TITLE_CHARS, MAX_CHECK_SUMMARY_CHARS, MAX_CHECK_TEXT_CHARS, MAX_COMMENT_CHARS, MAX_EXCERPT_MESSAGE_CHARS, MAX_JOB_SUMMARY_BYTES, MAX_REASON_CHARS, annotationPath, escapeHtml, escapeMarkdown, escapePre, escapeXml, inlineCode, renderCheckRun, renderComment, renderJobSummary

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
 */
const ZERO_WIDTH_JOINER = '\u200d';
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Characters that would otherwise be control characters or invisible line breaks in a report. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g;
/** @ followed by something that GitHub could read as a user or team. */
const MENTION = /@(?=[A-Za-z0-9_-])/g;
function defuseMentions(text) {
    return text.replace(MENTION, `@${ZERO_WIDTH_JOINER}`);
}
function escapeHtml(text) {
    return text.replace(CONTROL_CHARS, '').replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}
/** For text inside `<pre>` in GitHub markdown: HTML-escaped, mentions defused, newlines kept. */
function escapePre(text) {
    return defuseMentions(escapeHtml(text.replace(/\r\n?/g, '\n')));
}
/** ASCII punctuation markdown could act on; `&` and `;` are left alone because the entities below use them. */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~:]/g;
/** For inline markdown (list items, table cells, headings): one line, nothing interpreted. */
function escapeMarkdown(text) {
    const oneLine = text.replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim();
    const entities = oneLine.replace(/[&<>]/g, (char) => HTML_ENTITIES[char]);
    return defuseMentions(entities.replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`));
}
/** Inline code for identifiers (test ids, tool names): a backtick fence longer than any run inside. */
function inlineCode(text) {
    // Mentions are not linked inside code spans, so ids stay copyable. A pipe would end
    // a table cell even inside a code span; test ids never contain one anyway.
    const oneLine = text.replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\u2223');
    const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** Cut text to `max` characters (not splitting a surrogate pair), marking the cut. */
function escape_truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/** Characters XML 1.0 does not allow at all, even escaped. */
const INVALID_XML_CHARS = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
function escapeXml(text) {
    return text.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}

;// CONCATENATED MODULE: ./src/report/failures.ts
function failures_indexTrials(results) {
    const byKey = new Map();
    for (const trial of results.trials) {
        const list = byKey.get(trial.key);
        if (list)
            list.push(trial);
        else
            byKey.set(trial.key, [trial]);
    }
    for (const list of byKey.values())
        list.sort((a, b) => a.index - b.index);
    return byKey;
}
const isBad = (trial) => trial.status === 'fail' || trial.status === 'error' || trial.status === 'invalid';
function failures_failureDetail(test, trials) {
    const all = trials.get(test.key) ?? [];
    const bad = all.filter(isBad);
    const byId = new Map();
    for (const trial of bad) {
        for (const metric of trial.metrics) {
            if (metric.passed)
                continue;
            const seen = byId.get(metric.id);
            byId.set(metric.id, {
                id: metric.id,
                type: metric.type,
                failedIn: (seen?.failedIn ?? 0) + 1,
                trials: all.length,
                score: seen ? seen.score : metric.score,
                threshold: metric.threshold,
                reason: seen ? seen.reason : metric.error ?? metric.reason,
            });
        }
    }
    const trialReasons = [
        ...new Set(bad.filter((trial) => trial.status !== 'fail' || trial.metrics.every((m) => m.passed)).flatMap((trial) => (trial.reason ? [trial.reason] : []))),
    ];
    return { criteria: [...byId.values()], trialReasons, ...(bad[0] ? { exemplar: bad[0] } : {}) };
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/limits.ts
/** GitHub's limits on what a report may post, and our own display caps. */
/** PR / issue comment body, characters. */
const limits_MAX_COMMENT_CHARS = 65_536;
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
/** One message in a transcript excerpt; longer text is cut with an ellipsis. */
const MAX_EXCERPT_MESSAGE_CHARS = 500;
/** Transcript events shown around a failure. */
const EXCERPT_EVENTS = 6;
/** A judge reason in a list item. */
const MAX_REASON_CHARS = 400;

;// CONCATENATED MODULE: ./src/report/transcript.ts



function compactJson(value) {
    if (value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return String(value);
    }
}
function describeEvent(event, maxChars = MAX_EXCERPT_MESSAGE_CHARS) {
    switch (event.type) {
        case 'user_message':
            return `👤 User: ${escape_truncate(event.content, maxChars)}`;
        case 'agent_message':
            return `🤖 Agent (${(0,format/* formatMs */._V)(event.latencyMs)}): ${escape_truncate(event.content, maxChars)}`;
        case 'tool_call': {
            const call = `🔧 ${event.name}(${escape_truncate(compactJson(event.arguments), maxChars / 2)})`;
            if (event.error !== undefined)
                return `${call} ✗ ${escape_truncate(event.error, maxChars / 2)}`;
            return `${call} → ${escape_truncate(compactJson(event.result), maxChars / 2)}`;
        }
        case 'simulator_flag':
            return `🚩 Simulator ${event.reason}: ${escape_truncate(event.detail, maxChars)}`;
        case 'error':
            return `⚠️ ${event.source} error (${event.category}): ${escape_truncate(event.message, maxChars)}`;
    }
}
function shownEvents(trial) {
    return trial.transcript.filter((event) => event.type !== 'llm_call');
}
/** Where the trial went wrong: the first error, else the first failed tool call, else the end. */
function failurePoint(events) {
    const error = events.findIndex((event) => event.type === 'error');
    if (error >= 0)
        return error;
    const toolError = events.findIndex((event) => event.type === 'tool_call' && event.error !== undefined);
    if (toolError >= 0)
        return toolError;
    return events.length - 1;
}
/** The events around the failure, with a count of what was skipped either side. */
function excerptLines(trial, size = EXCERPT_EVENTS) {
    const events = shownEvents(trial);
    if (events.length === 0)
        return ['(empty transcript)'];
    const focus = failurePoint(events);
    const end = Math.min(events.length, focus + 2);
    const start = Math.max(0, end - size);
    const lines = events.slice(start, end).map((event) => describeEvent(event));
    if (start > 0)
        lines.unshift(`… ${start} earlier event${start === 1 ? '' : 's'}`);
    if (end < events.length)
        lines.push(`… ${events.length - end} later event${events.length - end === 1 ? '' : 's'}`);
    return lines;
}
function transcriptLines(trial, maxChars = Number.POSITIVE_INFINITY) {
    return shownEvents(trial).map((event) => describeEvent(event, maxChars));
}

;// CONCATENATED MODULE: ./src/report/markdown-blocks.ts





function table(header, rows, align) {
    const divider = align.map((a) => (a === 'r' ? '---:' : '---'));
    return [header, divider, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
function totalsRows(comparison) {
    const t = comparison.totals;
    const money = (d) => (0,format/* formatDelta */.CW)(d.before, d.change, (v) => (0,format/* formatUsd */.UK)(v));
    const time = (d) => (0,format/* formatDelta */.CW)(d.before, d.change, (v) => (0,format/* formatMs */._V)(v));
    const count = (d) => (0,format/* formatDelta */.CW)(d.before, d.change, (v) => (0,format/* formatCount */.B4)(v));
    return [
        { label: 'Pass rate', delta: t.passRate, show: format/* formatPercent */.l9, change: (d) => (0,format/* formatRateDelta */.W7)(d.change) },
        { label: 'Tests passed', delta: t.testsPassed, show: format/* formatCount */.B4, change: count },
        { label: 'Cost', delta: t.costUsd, show: format/* formatUsd */.UK, change: money },
        { label: 'Tokens', delta: t.tokens, show: format/* formatCount */.B4, change: count },
        { label: 'Duration', delta: t.durationMs, show: format/* formatMs */._V, change: time },
        { label: 'Agent latency p50', delta: t.latencyP50, show: format/* formatMs */._V, change: time },
        { label: 'Agent latency p95', delta: t.latencyP95, show: format/* formatMs */._V, change: time },
    ];
}
function sideHeader(comparison, side) {
    const info = comparison[side];
    const detail = info.detail ? ` (${escapeMarkdown(info.detail)})` : '';
    return `${info.label}${detail}`;
}
/** Side-by-side totals for a comparison (previous vs current, or baseline vs candidate). */
function comparisonTable(comparison) {
    const rows = totalsRows(comparison).map((row) => [row.label, row.show(row.delta.before), row.show(row.delta.after), row.change(row.delta)]);
    return table(['', sideHeader(comparison, 'before'), sideHeader(comparison, 'after'), 'Δ'], rows, ['l', 'r', 'r', 'r']);
}
/** Totals of a run alone (no previous run). */
function totalsTable(results) {
    const t = results.totals;
    const rows = [
        ['Pass rate', (0,format/* formatPercent */.l9)(t.passRate)],
        ['Tests passed', `${(0,format/* formatCount */.B4)(t.passed)} of ${(0,format/* formatCount */.B4)(t.tests)}`],
        ['Cost', (0,format/* formatUsd */.UK)(t.usage.costUsd)],
        ['Tokens', (0,format/* formatCount */.B4)(t.usage.inputTokens + t.usage.outputTokens)],
        ['Duration', (0,format/* formatMs */._V)(t.durationMs)],
        ['Agent latency p50', (0,format/* formatMs */._V)(t.latencyP50)],
        ['Agent latency p95', (0,format/* formatMs */._V)(t.latencyP95)],
    ];
    return table(['', 'this run'], rows, ['l', 'r']);
}
function failureCategoriesLine(comparison, results) {
    const before = comparison?.failureCategories.before ?? {};
    const after = comparison?.failureCategories.after ?? results.totals.failureCategories;
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    if (names.length === 0)
        return undefined;
    const parts = names.map((name) => comparison ? `${escapeMarkdown(name)} ${(0,format/* formatCount */.B4)(before[name] ?? 0)} → ${(0,format/* formatCount */.B4)(after[name] ?? 0)}` : `${escapeMarkdown(name)} ${(0,format/* formatCount */.B4)(after[name] ?? 0)}`);
    return `**Failed trials by category**${comparison ? ` (${comparison.before.label} → ${comparison.after.label})` : ''}: ${parts.join(' · ')}`;
}
function testLabel(test) {
    const name = test.name ? ` · ${escapeMarkdown(test.name)}` : '';
    return `${inlineCode(test.key)}${name}`;
}
function tagsText(test) {
    return test.tags.length ? ` · tags: ${test.tags.map(inlineCode).join(' ')}` : '';
}
/** "5/5 → 1/5 passing (p = 0.004)" */
function changeNumbers(change) {
    const before = change.before ? (0,format/* passFraction */.gi)(change.before.passes, change.before.trials) : '—';
    const after = change.after ? (0,format/* passFraction */.gi)(change.after.passes, change.after.trials) : '—';
    const p = change.pValue === undefined ? '' : ` (${(0,format/* formatPValue */.td)(change.pValue)})`;
    const errors = change.after?.errors ? `, ${change.after.errors} error${change.after.errors === 1 ? '' : 's'}` : '';
    return `${before} → ${after} passing${errors}${p}`;
}
function definitionNote(change) {
    if (!change || change.changedDefinition.length === 0)
        return '';
    return ` · ⚠️ ${change.changedDefinition.join(' and ')} changed: the test itself changed, not only the agent`;
}
function testNumbers(test) {
    const errors = test.errors ? `, ${test.errors} error${test.errors === 1 ? '' : 's'}` : '';
    return `${(0,format/* passFraction */.gi)(test.passes, test.passes + test.failures)} passing${errors}`;
}
function criteriaLines(test, trials) {
    const detail = failures_failureDetail(test, trials);
    const lines = detail.criteria.map((criterion) => {
        const score = criterion.score === null ? '' : ` score ${criterion.score.toFixed(2)} < ${criterion.threshold.toFixed(2)};`;
        const times = criterion.trials > 1 ? ` failed in ${criterion.failedIn}/${criterion.trials} trials;` : '';
        return `- ✗ **${escapeMarkdown(criterion.id)}** (${escapeMarkdown(criterion.type)}):${times}${score} ${escapeMarkdown(escape_truncate(criterion.reason, MAX_REASON_CHARS))}`;
    });
    for (const reason of detail.trialReasons)
        lines.push(`- ⚠️ ${escapeMarkdown(escape_truncate(reason, MAX_REASON_CHARS))}`);
    return lines;
}
function excerptBlock(test, trials) {
    const exemplar = failures_failureDetail(test, trials).exemplar;
    if (!exemplar)
        return undefined;
    const total = trials.get(test.key)?.length ?? 1;
    const summary = `Transcript excerpt · trial ${exemplar.index + 1} of ${total}`;
    return `<details><summary>${summary}</summary>\n\n<pre>\n${escapePre(excerptLines(exemplar).join('\n'))}\n</pre>\n\n</details>`;
}
/** A failing test: heading line, criteria with the judge's reasons, and the transcript excerpt. */
function failureBlock(test, change, trials, options) {
    const numbers = change ? changeNumbers(change) : testNumbers(test);
    if (options.compact)
        return `- ${testLabel(test)} · **${test.priority}** · ${numbers}${definitionNote(change)}`;
    const head = `#### ${testLabel(test)}\n\n**${test.priority}**${tagsText(test)} · ${numbers}${definitionNote(change)}`;
    const parts = [head, criteriaLines(test, trials).join('\n')];
    if (options.transcript)
        parts.push(excerptBlock(test, trials) ?? '');
    return parts.filter(Boolean).join('\n\n');
}
function changeLine(change) {
    return `- ${testLabel(change.test)} · ${change.test.priority} · ${changeNumbers(change)}${definitionNote(change)}`;
}
function simpleLine(change) {
    const stats = change.after ?? change.before;
    const numbers = stats ? ` · ${(0,format/* passFraction */.gi)(stats.passes, stats.trials)} passing` : '';
    const note = change.note ? ` · ${escapeMarkdown(change.note)}` : '';
    return `- ${testLabel(change.test)} · ${change.test.priority}${numbers}${note}`;
}
function flakyRow(change) {
    const rate = (stats) => (stats ? `${(0,format/* formatPercent */.l9)(stats.passRate)} (${(0,format/* passFraction */.gi)(stats.passes, stats.trials)})` : '—');
    return [testLabel(change.test), rate(change.before), rate(change.after), (0,format/* formatPValue */.td)(change.pValue)];
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
/** Up to `level.maxItems` items, stopping early once the budget is blown; notes what was left out. */
function list(ctx, items, render, noun, separator = '\n') {
    const shown = [];
    let length = 0;
    for (const item of items) {
        if (shown.length >= ctx.level.maxItems || length > ctx.budget)
            break;
        const text = render(item);
        shown.push(text);
        length += text.length + separator.length;
    }
    if (shown.length < items.length)
        ctx.omitted.push(`${(0,format/* formatCount */.B4)(items.length - shown.length)} of ${(0,format/* formatCount */.B4)(items.length)} ${noun}`);
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
        `${(0,format/* formatCount */.B4)(t.tests)} tests · ${(0,format/* formatCount */.B4)(t.trials)} trials`,
        results.shard ? `shard ${results.shard.index}/${results.shard.total}` : '',
        previous ? `compared with ${inlineCode(previous.before.runId)}${previous.before.sha ? ` (${inlineCode((0,format/* shortSha */.Fu)(previous.before.sha))})` : ''}` : '',
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
    const parts = [previous ? comparisonTable(previous) : totalsTable(results), failureCategoriesLine(previous, results) ?? ''];
    return section('Totals', parts.filter(Boolean).join('\n\n'));
}
function countsLine(comparison) {
    const c = comparison.counts;
    const unchanged = c.still_passing + c.still_failing;
    return [`${c.regression} regressions`, `${c.fix} fixes`, `${c.flaky} flaky`, `${unchanged} unchanged`, c.new ? `${c.new} only in candidate` : '', c.removed ? `${c.removed} only in baseline` : '']
        .filter(Boolean)
        .join(' · ');
}
function variantsSection(ctx) {
    const variants = ctx.input.variants;
    if (!variants)
        return '';
    const body = [comparisonTable(variants), `Candidate vs baseline: ${countsLine(variants)}`, failureCategoriesLine(variants, ctx.input.results) ?? ''];
    return section('Baseline vs candidate', body.filter(Boolean).join('\n\n'));
}
/** A failing test in full the first time, as one line ("details above") after that. */
function detailed(ctx, test, change) {
    const again = ctx.detailed.has(test.key);
    ctx.detailed.add(test.key);
    const block = failureBlock(test, change, ctx.trials, { transcript: ctx.level.transcripts, compact: ctx.level.compact || again });
    return again && !ctx.level.compact ? `${block} · details above` : block;
}
function regressionSection(ctx, comparison, title) {
    const found = byCategory(comparison, 'regression');
    if (found.length === 0)
        return '';
    const body = list(ctx, found, (change) => detailed(ctx, change.test, change), title.toLowerCase(), ctx.level.compact ? '\n' : '\n\n');
    return section(`❌ ${title} (${(0,format/* formatCount */.B4)(found.length)})`, body);
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
    const render = (test) => detailed(ctx, test, changes.get(test.key));
    const title = regressed.size ? 'Other failing tests' : 'Failing tests';
    return section(`🔴 ${title} (${(0,format/* formatCount */.B4)(failing.length)})`, list(ctx, failing, render, title.toLowerCase(), ctx.level.compact ? '\n' : '\n\n'));
}
function simpleSection(ctx, comparison, category, title, passing) {
    const found = byCategory(comparison, category);
    if (found.length === 0)
        return '';
    const heading = `${title} (${(0,format/* formatCount */.B4)(found.length)})`;
    if (passing && !ctx.level.passingLists) {
        ctx.omitted.push(`the list of ${title.toLowerCase()} (${(0,format/* formatCount */.B4)(found.length)})`);
        return section(heading, '_List left out to fit._');
    }
    return section(heading, list(ctx, found, category === 'fix' ? changeLine : simpleLine, title.toLowerCase()));
}
function flakySection(ctx, comparison, title) {
    const found = byCategory(comparison, 'flaky');
    if (found.length === 0)
        return '';
    const shown = found.slice(0, Math.min(found.length, ctx.level.maxItems));
    if (shown.length < found.length)
        ctx.omitted.push(`${(0,format/* formatCount */.B4)(found.length - shown.length)} of ${(0,format/* formatCount */.B4)(found.length)} ${title.toLowerCase()}`);
    const intro = 'Pass rate changed, but not significantly: noise until more trials say otherwise.';
    const body = shown.length ? `${intro}\n\n${table(['Test', comparison.before.label, comparison.after.label, 'p'], shown.map(flakyRow), ['l', 'r', 'r', 'r'])}` : intro;
    return section(`〰️ ${title} (${(0,format/* formatCount */.B4)(found.length)})`, body);
}
function comparisonLists(ctx, comparison, suffix) {
    return [
        simpleSection(ctx, comparison, 'fix', `✅ Fixes${suffix}`, true),
        flakySection(ctx, comparison, `Flaky${suffix}`),
        simpleSection(ctx, comparison, 'new', comparison?.kind === 'variants' ? 'Only in candidate' : 'New tests', true),
        simpleSection(ctx, comparison, 'removed', comparison?.kind === 'variants' ? 'Only in baseline' : 'Removed tests', true),
        simpleSection(ctx, comparison, 'invalid', `Not comparable${suffix}`, false),
    ];
}
function methodNote(ctx) {
    const method = (ctx.input.previous ?? ctx.input.variants)?.method;
    if (!method)
        return '';
    return `<sub>Statistics: ${escapeMarkdown(method.test)}, α = ${method.alpha}. With several trials per test a pass-rate change counts as a regression or fix only when significant; otherwise it is listed as flaky. With one trial, pass → fail is a regression.</sub>`;
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
    return `> [!NOTE]\n> Shortened to fit ${target.limitName}. Left out: ${escapeMarkdown(escape_truncate(omitted.join('; '), 2000))}. Every test, transcript and reason is in ${where}.`;
}
function body(ctx) {
    const { previous, variants } = ctx.input;
    return [
        totals(ctx),
        variantsSection(ctx),
        regressionSection(ctx, previous, 'Regressions since the previous run'),
        regressionSection(ctx, variants, 'Candidate regressions vs baseline'),
        failingSection(ctx),
        ...comparisonLists(ctx, previous, ''),
        ...comparisonLists(ctx, variants, ' (candidate vs baseline)'),
        methodNote(ctx),
        linksLine(ctx),
    ];
}
function renderAt(input, target, trials, level) {
    const ctx = { input, trials, level, budget: target.limit, omitted: [], detailed: new Set() };
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
    const trials = failures_indexTrials(input.results);
    let last;
    for (const level of LEVELS) {
        last = renderAt(input, target, trials, level);
        if (target.measure(last.text) <= target.limit)
            return last;
    }
    const note = `\n\n> [!NOTE]\n> Cut to fit ${target.limitName}.\n`;
    let text = last.text;
    while (target.measure(text) + target.measure(note) > target.limit)
        text = escape_truncate(text, Math.floor(text.length * 0.9));
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
    path = path.split(sep).join(posix.sep).replace(/\\/g, '/').replace(/^(\.\/)+/, '');
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
    const detail = failureDetail(test, trials);
    const lines = [
        change?.before && change.after
            ? `Was ${passFraction(change.before.passes, change.before.trials)} passing, now ${passFraction(change.after.passes, change.after.trials)}.`
            : `${passFraction(test.passes, test.passes + test.failures)} trials passing (needs ${Math.round(test.minPassRate * 100)}%).`,
        ...detail.criteria.map((c) => `✗ ${c.id} (${c.type})${c.trials > 1 ? ` failed in ${c.failedIn}/${c.trials} trials` : ''}: ${c.reason}`),
        ...detail.trialReasons.map((reason) => `⚠ ${reason}`),
    ];
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
        annotations: annotations(input, options.workspace),
        omitted: summary.omitted,
    };
}

;// CONCATENATED MODULE: ./src/report/junit.ts



/** Transcript lines in system-out are cut at this many characters. */
const MAX_SYSTEM_OUT_LINE_CHARS = 2_000;
const seconds = (ms) => (ms / 1000).toFixed(3);
function attributes(values) {
    return Object.entries(values)
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
        .join('');
}
function properties(test, trials) {
    const entries = [
        ['priority', test.priority],
        ['tags', test.tags.join(',')],
        ['runs', String(test.runs)],
        ['passRate', test.passRate === null ? '' : String(test.passRate)],
        ['minPassRate', String(test.minPassRate)],
        ['costUsd', String(test.costUsd)],
        ...trials.map((trial) => [`trial.${trial.index}`, `${trial.status}${trial.reason ? `: ${trial.reason}` : ''}`]),
    ];
    const lines = entries.map(([name, value]) => `        <property${attributes({ name, value })}/>`);
    return `      <properties>\n${lines.join('\n')}\n      </properties>\n`;
}
function failureElement(test, index) {
    if (test.verdict === 'pass')
        return '';
    if (test.verdict === 'not_run')
        return `      <skipped${attributes({ message: 'not run' })}/>\n`;
    const detail = failures_failureDetail(test, index);
    const criteria = detail.criteria.map((c) => `${c.id} (${c.type}) failed in ${c.failedIn}/${c.trials} trials: ${c.reason}`);
    const text = [...criteria, ...detail.trialReasons].join('\n');
    const message = `${test.passes}/${test.passes + test.failures} trials passed (needs ${Math.round(test.minPassRate * 100)}%)`;
    const element = test.verdict === 'fail' ? 'failure' : 'error';
    const type = Object.keys(test.failureCategories)[0] ?? test.verdict;
    return `      <${element}${attributes({ message, type })}>${escapeXml(text)}</${element}>\n`;
}
function systemOut(trials) {
    if (trials.length === 0)
        return '';
    const blocks = trials.map((trial) => [`--- trial ${trial.index + 1}: ${trial.status}${trial.reason ? ` (${trial.reason})` : ''}`, ...transcriptLines(trial, MAX_SYSTEM_OUT_LINE_CHARS)].join('\n'));
    return `      <system-out>${escapeXml(blocks.join('\n\n'))}</system-out>\n`;
}
function testcase(test, index, suiteName) {
    const trials = index.get(test.key) ?? [];
    const time = trials.reduce((sum, trial) => sum + trial.durationMs, 0);
    const open = `    <testcase${attributes({ classname: `${suiteName}.${test.variant}`, name: test.testId, file: test.source.file, line: test.source.line, time: seconds(time) })}>\n`;
    return `${open}${properties(test, trials)}${failureElement(test, index)}${systemOut(trials)}    </testcase>`;
}
function testsuite(results, variant, tests, index) {
    const count = (verdicts) => tests.filter((test) => verdicts.includes(test.verdict)).length;
    const time = tests.reduce((sum, test) => sum + (index.get(test.key) ?? []).reduce((s, t) => s + t.durationMs, 0), 0);
    const open = `  <testsuite${attributes({
        name: `${results.suite.name}@${variant}`,
        tests: tests.length,
        failures: count(['fail']),
        errors: count(['error', 'invalid']),
        skipped: count(['not_run']),
        time: seconds(time),
        timestamp: results.startedAt,
    })}>`;
    return [open, ...tests.map((test) => testcase(test, index, results.suite.name)), '  </testsuite>'].join('\n');
}
function renderJUnit(results) {
    const index = failures_indexTrials(results);
    const variants = [...new Set(results.tests.map((test) => test.variant))];
    const suites = variants.map((variant) => testsuite(results, variant, results.tests.filter((test) => test.variant === variant), index));
    const t = results.totals;
    const root = `<testsuites${attributes({ name: `rehearse ${results.suite.name} ${results.runId}`, tests: t.tests, failures: t.failed, errors: t.errored + t.invalid, skipped: t.notRun, time: seconds(t.durationMs) })}>`;
    return ['<?xml version="1.0" encoding="UTF-8"?>', root, ...suites, '</testsuites>', ''].join('\n');
}

;// CONCATENATED MODULE: ./src/report/csv.ts
const COLUMNS = [
    'key', 'testId', 'variant', 'name', 'kind', 'priority', 'tags', 'verdict', 'runs', 'trials', 'passes', 'failures', 'errors',
    'invalid', 'passRate', 'minPassRate', 'passHatK', 'costUsd', 'latencyP50', 'latencyP95', 'personaVersion', 'scenarioVersion', 'sourceFile', 'sourceLine',
];
function row(test) {
    const { source, tags, wilson95: _wilson, failureCategories: _categories, ...flat } = test;
    return { ...flat, tags: tags.join(' '), sourceFile: source.file, sourceLine: source.line };
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
function renderCsv(results) {
    const lines = [COLUMNS.join(','), ...results.tests.map((test) => COLUMNS.map((column) => csvCell(row(test)[column])).join(','))];
    return `${lines.join('\r\n')}\r\n`;
}
/** The per-test summaries without the transcripts: small enough for dashboards and scripts. */
function renderTestsJson(results) {
    const payload = { runId: results.runId, suite: results.suite.name, status: results.status, startedAt: results.startedAt, totals: results.totals, tests: results.tests };
    return `${JSON.stringify(payload, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/html-assets.ts
/** Inline CSS and JS of the HTML report: no external asset, no network. */
/** Nothing may be fetched: the report is opened from disk or an artifact, often offline. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
const STYLE = `
:root { --pass: #1a7f37; --fail: #cf222e; --error: #9a6700; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1100px; padding: 24px; color: #1f2328; }
h1 { font-size: 22px; margin: 0 0 4px; }
.verdict { font-size: 16px; font-weight: 600; margin: 8px 0; }
.facts, .muted { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(130px, 1fr)); gap: 8px; margin: 16px 0; }
.card { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
.card b { display: block; font-size: 18px; }
.filters { position: sticky; top: 0; background: #fff; padding: 10px 0; border-bottom: 1px solid var(--line); display: flex; gap: 8px; flex-wrap: wrap; align-items: center; z-index: 1; }
.filters input { flex: 1 1 220px; padding: 5px 8px; }
.test { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 6px; margin: 10px 0; padding: 8px 12px; }
.test.v-pass { border-left-color: var(--pass); }
.test.v-fail { border-left-color: var(--fail); }
.test.v-error, .test.v-invalid { border-left-color: var(--error); }
.test.regression { background: #fff5f5; border-color: var(--fail); border-left-width: 6px; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; background: var(--bg); border: 1px solid var(--line); }
.badge.pass { color: var(--pass); } .badge.fail, .badge.regression { color: var(--fail); } .badge.error { color: var(--error); }
.badge.regression { background: var(--fail); color: #fff; }
.criteria { margin: 6px 0; padding-left: 20px; }
.criteria .no { color: var(--fail); }
details.trial { margin: 6px 0; }
details.trial > summary { cursor: pointer; }
.transcript { border-left: 2px solid var(--line); margin: 6px 0 6px 6px; padding-left: 10px; }
.ev { margin: 4px 0; white-space: pre-wrap; word-break: break-word; }
.ev .who { font-weight: 600; margin-right: 6px; }
.ev.tool { font-family: ui-monospace, monospace; font-size: 12px; background: var(--bg); padding: 3px 6px; border-radius: 4px; }
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
  [search, status, tag, variant].forEach(function (control) { control.addEventListener('input', apply); control.addEventListener('change', apply); });
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
            `<text x="${LABEL_WIDTH - 6}" y="${y + 13}" text-anchor="end">${escapeHtml(escape_truncate(rate.tag, 24))}</text>`,
            `<rect x="${LABEL_WIDTH}" y="${y}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" fill="#ffebe9"/>`,
            `<rect x="${LABEL_WIDTH}" y="${y}" width="${(BAR_WIDTH * share).toFixed(1)}" height="${BAR_HEIGHT}" fill="#2da44e"><title>${escapeHtml(rate.tag)}: ${rate.passed}/${rate.decided}</title></rect>`,
            `<text x="${LABEL_WIDTH + BAR_WIDTH + 6}" y="${y + 13}">${(0,format/* formatPercent */.l9)(share)} (${rate.passed}/${rate.decided})</text>`,
        ].join('');
    });
    return `<svg id="chart-tags" role="img" aria-label="Pass rate by tag" width="${LABEL_WIDTH + BAR_WIDTH + 110}" height="${height}" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 110} ${height}">${bars.join('')}</svg>`;
}
function historyChart(runs) {
    const points = runs.filter((run) => run.totals.passRate !== null);
    if (points.length < 2)
        return '';
    const pad = 30;
    const x = (i) => pad + (i * (HISTORY_WIDTH - 2 * pad)) / (points.length - 1);
    const y = (rate) => HISTORY_HEIGHT - pad - rate * (HISTORY_HEIGHT - 2 * pad);
    const path = points.map((run, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(run.totals.passRate).toFixed(1)}`).join(' ');
    const dots = points.map((run, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(run.totals.passRate).toFixed(1)}" r="4" fill="#0969da"><title>${escapeHtml(run.runId)} · ${escapeHtml(run.startedAt.slice(0, 10))}: ${(0,format/* formatPercent */.l9)(run.totals.passRate)}</title></circle>`);
    const axis = `<line x1="${pad}" y1="${y(0)}" x2="${HISTORY_WIDTH - pad}" y2="${y(0)}" stroke="#d0d7de"/><text x="2" y="${y(1) + 4}">100%</text><text x="2" y="${y(0) + 4}">0%</text>`;
    return `<svg id="chart-history" role="img" aria-label="Pass rate over runs" width="${HISTORY_WIDTH}" height="${HISTORY_HEIGHT}" viewBox="0 0 ${HISTORY_WIDTH} ${HISTORY_HEIGHT}">${axis}<path d="${path}" fill="none" stroke="#0969da" stroke-width="2"/>${dots.join('')}</svg>`;
}

;// CONCATENATED MODULE: ./src/report/html-parts.ts



const e = escapeHtml;
function json(value) {
    if (value === undefined)
        return '';
    try {
        return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
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
            return `<div class="ev agent"><span class="who">🤖 Agent <span class="muted">${(0,format/* formatMs */._V)(event.latencyMs)}</span></span>${e(event.content)}</div>`;
        case 'tool_call': {
            const outcome = event.error !== undefined ? `✗ ${e(event.error)}` : `→ ${e(json(event.result))}`;
            return `<div class="ev tool${event.error !== undefined ? ' failed' : ''}">🔧 ${e(event.name)}(${e(json(event.arguments))}) ${outcome} <span class="muted">${(0,format/* formatMs */._V)(event.durationMs)} · ${event.strategy}</span></div>`;
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
        return `<li class="${metric.passed ? 'yes' : 'no'}">${mark} <b>${e(metric.id)}</b> <span class="muted">(${e(metric.type)}, ${score})</span> ${e(metric.error ?? metric.reason)}</li>`;
    });
    return `<ul class="criteria">${items.join('')}</ul>`;
}
function trialHtml(trial, open) {
    const reason = trial.reason ? ` · ${e(trial.reason)}` : '';
    const summary = `Trial ${trial.index + 1} · <span class="badge ${e(trial.status)}">${e(trial.status)}</span> · ${trial.turns} turns · ${(0,format/* formatMs */._V)(trial.durationMs)} · ${(0,format/* formatUsd */.UK)(trial.usage.costUsd)}${reason}`;
    const events = trial.transcript.map(eventHtml).filter(Boolean).join('');
    return `<details class="trial"${open ? ' open' : ''}><summary>${summary}</summary>${metricsHtml(trial)}<div class="transcript">${events}</div></details>`;
}
function changeText(change) {
    if (!change)
        return '';
    const numbers = change.before && change.after ? ` ${(0,format/* passFraction */.gi)(change.before.passes, change.before.trials)} → ${(0,format/* passFraction */.gi)(change.after.passes, change.after.trials)}` : '';
    const p = change.pValue === undefined ? '' : ` (${(0,format/* formatPValue */.td)(change.pValue)})`;
    const defined = change.changedDefinition.length ? ` · ⚠️ ${change.changedDefinition.join(' and ')} changed` : '';
    return ` · <span class="badge ${e(change.category)}">${e(change.category.replace('_', ' '))}</span>${numbers}${p}${defined}`;
}
/** Lower-cased text the search box matches: id, name, tags, priority and the failure reasons. */
function searchText(test, trials) {
    const detail = failures_failureDetail(test, trials);
    return [test.key, test.name ?? '', test.priority, ...test.tags, ...detail.criteria.map((c) => `${c.id} ${c.reason}`), ...detail.trialReasons].join(' ').toLowerCase();
}
function testArticle(test, trials, change) {
    const own = trials.get(test.key) ?? [];
    const classes = ['test', `v-${test.verdict}`, change?.category === 'regression' ? 'regression' : ''].filter(Boolean).join(' ');
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
    const numbers = `${(0,format/* passFraction */.gi)(test.passes, test.passes + test.failures)} passing${test.errors ? `, ${test.errors} errors` : ''}`;
    const source = `${e(test.source.file)}:${test.source.line}`;
    const header = `<header><span class="badge ${e(test.verdict)}">${e(test.verdict)}</span> <b>${e(test.key)}</b>${name} · ${e(test.priority)} · ${numbers}${changeText(change)} ${tags} <span class="muted">${source}</span></header>`;
    const firstBad = own.findIndex((trial) => trial.status !== 'pass');
    return `<article ${attrs}>${header}${own.map((trial, i) => trialHtml(trial, i === firstBad && change?.category === 'regression')).join('')}</article>`;
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
        card('Tests', (0,format/* formatCount */.B4)(t.tests)),
        card('Passed', (0,format/* formatCount */.B4)(t.passed)),
        card('Failed', (0,format/* formatCount */.B4)(t.failed)),
        card('Errors', (0,format/* formatCount */.B4)(t.errored + t.invalid)),
        card('Trials', (0,format/* formatCount */.B4)(t.trials)),
        card('Cost', (0,format/* formatUsd */.UK)(t.usage.costUsd)),
        card('Tokens', (0,format/* formatCount */.B4)(t.usage.inputTokens + t.usage.outputTokens)),
        card('Duration', (0,format/* formatMs */._V)(t.durationMs)),
        card('Latency p50', (0,format/* formatMs */._V)(t.latencyP50)),
        card('Latency p95', (0,format/* formatMs */._V)(t.latencyP95)),
    ];
    if (previous) {
        const c = previous.counts;
        cards.push(card('Regressions', (0,format/* formatCount */.B4)(c.regression)), card('Fixes', (0,format/* formatCount */.B4)(c.fix)), card('Flaky', (0,format/* formatCount */.B4)(c.flaky)), card('New / removed', `${c.new} / ${c.removed}`));
    }
    return `<section class="cards" id="summary">${cards.join('')}</section>`;
}
function options(values, all, allValue = '') {
    return [`<option value="${allValue}">${html_e(all)}</option>`, ...values.map((value) => `<option value="${html_e(value)}">${html_e(value)}</option>`)].join('');
}
function filters(results, previous) {
    const tags = [...new Set(results.tests.flatMap((test) => test.tags))].sort();
    const variants = [...new Set(results.tests.map((test) => test.variant))].sort();
    const statuses = ['failing', 'pass', 'fail', 'error', ...(previous ? ['regression', 'fix', 'flaky', 'new'] : [])];
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
    return [...tests].sort((a, b) => regressed(a) - regressed(b) || VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || (a.key < b.key ? -1 : 1));
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
    return `<header><h1>🎭 Rehearse · ${html_e(results.suite.name)}</h1><p class="facts">${facts.join(' · ')}</p>${method}</header>`;
}
function renderHtml(results, options = {}) {
    const { previous, history } = options;
    const trials = failures_indexTrials(results);
    const changes = new Map((previous?.changes ?? []).map((change) => [change.key, change]));
    const chart = history && history.length ? historyChart([...history, results].sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1))) : '';
    const chartSection = chart ? `<h2>Pass rate over runs</h2>${chart}` : `<h2>Pass rate by tag</h2>${tagChart(results)}`;
    const articles = ordered(results.tests, changes).map((test) => testArticle(test, trials, changes.get(test.key)));
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rehearse · ${html_e(results.suite.name)} · ${html_e(results.runId)}</title>
<style>${STYLE}</style></head>
<body>
${html_header(results, previous)}
${summaryCards(results, previous)}
<section id="chart">${chartSection}</section>
<h2>Tests</h2>
${filters(results, previous)}
<main id="tests">
${articles.join('\n')}
</main>
<script>${SCRIPT}</script>
</body></html>
`;
}

;// CONCATENATED MODULE: ./src/report/index.ts
/**
 * Renderers: from results (+ comparisons + the gate's decision) to the text
 * GitHub and CI tools show. Pure functions; the callers do the I/O.
 */









/** Hidden marker by which the sticky PR comment is found again and updated in place. */
const COMMENT_MARKER = '<!-- rehearse:comment -->';
function renderComment(input) {
    return renderMarkdown(input, {
        marker: COMMENT_MARKER,
        limit: MAX_COMMENT_CHARS,
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
    return markdown_renderMarkdown(input, { limit: Number.POSITIVE_INFINITY, limitName: 'no limit', measure: (text) => text.length }).text;
}


/***/ }),

/***/ 7141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ ProfileSchema),
/* harmony export */   KK: () => (/* binding */ TEXT_MODE_TAGS),
/* harmony export */   My: () => (/* binding */ MetricSchema),
/* harmony export */   Qk: () => (/* binding */ SuiteFileSchema),
/* harmony export */   Qr: () => (/* binding */ RunSettingsSchema),
/* harmony export */   TH: () => (/* binding */ AgentSchema),
/* harmony export */   Ur: () => (/* binding */ VOICE_ONLY_TAGS),
/* harmony export */   WK: () => (/* binding */ ToolSchema),
/* harmony export */   Yx: () => (/* binding */ SetSchema),
/* harmony export */   ZM: () => (/* binding */ GateSchema),
/* harmony export */   c4: () => (/* binding */ TestSchema),
/* harmony export */   cx: () => (/* binding */ PersonaSchema),
/* harmony export */   e8: () => (/* binding */ DatasetSchema),
/* harmony export */   h: () => (/* binding */ NamedMetricSchema),
/* harmony export */   x6: () => (/* binding */ ScenarioSchema),
/* harmony export */   z1: () => (/* binding */ ROOT_ONLY_KEYS)
/* harmony export */ });
/* unused harmony exports IdSchema, ModelEndpointSchema, PricingSchema, ConditionSchema, ToolFailureSchema, ToolMappingSchema, CriterionSchema, PrioritySchema, DatasetItemSchema, VariantSchema, VariantsSchema, FailOnSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/**
 * The suite format: zod schemas are the single source of truth.
 * Types are inferred from them, and `npm run schema` turns them into
 * `schema/rehearse.schema.json` for editor autocompletion.
 *
 * Every YAML file of a suite (the root config and the files it includes)
 * has the shape of `SuiteFileSchema`; settings such as `simulator` or `gate`
 * are only accepted in the root file (the loader enforces that).
 */

/** ids are referenced from other files, so keep them boring and greppable. */
const IdSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'an id: letters, digits, "-", "_" or "." (starting with a letter or digit)')
    .describe('Identifier, unique within its kind across all files of the suite.');
const JsonObjectSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J());
// ---------------------------------------------------------------- models
/** An OpenAI-compatible endpoint used by the simulator, the judge or an agent. */
const ModelEndpointSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('Model name sent to the endpoint.'),
    base_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().optional().describe('OpenAI-compatible base URL (vLLM, Ollama, LiteLLM, gateways).'),
    api_key_env: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
        .default('OPENAI_API_KEY')
        .describe('Name of the environment variable holding the API key (never the key itself).'),
    temperature: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(2).optional(),
})
    .strict();
/** USD per million tokens, per model; overrides the built-in price table. */
const PricingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ input: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(), output: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative() }).strict());
// ---------------------------------------------------------------- agents
const OpenAIAgentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('openai'),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    base_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().optional(),
    api_key_env: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).default('OPENAI_API_KEY'),
    system_prompt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Inline system prompt.'),
    system_prompt_file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Path (relative to the file that declares the agent) of the system prompt.'),
    temperature: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(2).optional(),
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]).describe('Names of tools (declared under `tools`) offered to the agent.'),
    profile_context: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).describe('Pass the test profile to the agent as context.'),
    max_tool_rounds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(5),
})
    .strict();
const HttpAgentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('http'),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('Endpoint that receives the conversation as JSON. `${ENV}` is interpolated.'),
    headers: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default({}).describe('Request headers; `${ENV}` is interpolated.'),
    timeout_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(30_000),
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
    profile_context: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true),
})
    .strict();
const CommandAgentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('command'),
    command: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1).describe('argv of a process speaking JSON lines on stdin/stdout.'),
    cwd: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Working directory, relative to the file that declares the agent.'),
    env: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default({}),
    timeout_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(30_000),
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
    profile_context: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true),
})
    .strict();
const AgentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [OpenAIAgentSchema, HttpAgentSchema, CommandAgentSchema]);
// ---------------------------------------------------------------- personas
const PersonaSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    role: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('Who the simulated user is, e.g. "customer who ordered a laptop".'),
    background: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default(''),
    language: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('en').describe('BCP-47 language code the simulated user speaks.'),
    traits: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]).describe('Behavioural traits, e.g. "impatient", "terse".'),
})
    .strict();
// ---------------------------------------------------------------- scenarios
/** Tags the text-mode engine understands inside a conditional action. */
const TEXT_MODE_TAGS = ['endcall', 'spell'];
/** Tags that only make sense on a voice call; rejected with a clear message. */
const VOICE_ONLY_TAGS = [
    'dtmf',
    'ivr',
    'voicemail',
    'interruption',
    'hold',
    'silence',
    'background_noise',
    'network_simulation',
    'speed',
    'volume',
];
const ConditionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('Unique within the scenario; FIRST_MESSAGE has id 0.'),
    condition: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int()])
        .describe('What the agent says that triggers this action; "FIRST_MESSAGE" for the opening turn; for `action_followup`, the id of the condition it follows.'),
    action: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('What the simulated user says (fixed_message: true) or does (fixed_message: false). Text-mode tags: <endcall/>, <spell>…</spell>.'),
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['standard', 'action_followup']).default('standard'),
    fixed_message: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().describe('true: send `action` verbatim; false: the simulator phrases it.'),
    pattern: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Regex (case-insensitive) matched against the agent message when the scenario uses `match: regex`.'),
    keywords: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional().describe('Any of these words in the agent message triggers the condition when the scenario uses `match: keywords`.'),
})
    .strict();
const ScenarioBaseShape = {
    id: IdSchema,
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    expected_outcome: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('What the agent should achieve; judged by the expected_outcome metric.'),
    max_turns: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(12).describe('Upper bound on simulated-user turns.'),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
};
const BehavioralScenarioSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    ...ScenarioBaseShape,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('behavioral'),
    objective: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    instructions: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('First-person instructions for the simulated user.'),
    first_message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Opening user message; omit to let the agent speak first.'),
})
    .strict();
const ScriptedScenarioSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    ...ScenarioBaseShape,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('scripted'),
    match: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['llm', 'regex', 'keywords'])
        .default('llm')
        .describe('How conditions are matched: by the simulator LLM, or deterministically (no LLM at all).'),
    conditional_actions: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        role: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('One sentence: who the simulated user pretends to be.'),
        conditions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ConditionSchema).min(1),
    })
        .strict(),
})
    .strict();
const ScenarioSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [BehavioralScenarioSchema, ScriptedScenarioSchema]);
// ---------------------------------------------------------------- profiles
const ProfileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    data: JsonObjectSchema.describe('Free key/values; referenced as {{profile.key}} or {{profile.a.b}}.'),
})
    .strict();
// ---------------------------------------------------------------- tools
const ToolFailureSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    error: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Error message returned to the agent.'),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional().describe('Status code reported with the error.'),
    timeout: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe('Simulate a backend that never answers (the call times out).'),
    delay_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
})
    .strict();
const ToolMappingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    when: JsonObjectSchema.default({}).describe('Arguments to match; {{profile.x}} allowed.'),
    match: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['exact', 'partial']).default('partial'),
    output: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional().describe('Returned to the agent when the mapping matches.'),
    fail: ToolFailureSchema.optional().describe('Injected failure instead of an output.'),
})
    .strict();
const ToolSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a tool name: 1-64 letters, digits, "_" or "-"'),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default(''),
    parameters: JsonObjectSchema.default({ type: 'object', properties: {} }).describe('JSON Schema of the arguments.'),
    strategy: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['mock', 'passthrough', 'none']).default('mock'),
    mock: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        mappings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ToolMappingSchema).default([]),
        default: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ output: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(), fail: ToolFailureSchema.optional() })
            .strict()
            .optional(),
    })
        .strict()
        .optional(),
    passthrough: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
        headers: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default({}),
        timeout_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(15_000),
    })
        .strict()
        .optional(),
})
    .strict();
// ---------------------------------------------------------------- metrics
const MetricBaseShape = {
    id: IdSchema.optional().describe('Name shown in reports; defaults to the type.'),
    threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).optional().describe('Minimum score (0-1) to pass.'),
};
const stringOrList = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())]);
const MetricSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('expected_outcome'), outcome: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('rubric'), rubric: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1) }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('expected_output'),
        match: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['llm', 'exact', 'contains', 'regex']).default('llm'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tool_called'),
        tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
        args: JsonObjectSchema.optional(),
        args_match: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['exact', 'partial']).default('partial'),
        min_times: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(1),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tool_not_called'), tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1) }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tool_call_success') }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tool_sequence'),
        tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).min(1),
        mode: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['in_order', 'exact']).default('in_order'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('latency'),
        p50_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().optional(),
        p95_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().optional(),
        max_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().optional(),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('turns'), max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive() }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('cost'), max_usd: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative() }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('text'),
        contains: stringOrList.optional(),
        not_contains: stringOrList.optional(),
        regex: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        scope: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['any', 'all', 'final']).default('any').describe('Which agent messages are checked.'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('json_schema'), schema: JsonObjectSchema }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('infrastructure') }).strict(),
]);
/** A named, reusable metric declared once under `metrics`. */
const NamedMetricSchema = MetricSchema.and(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: IdSchema }).strict());
/** A criterion in a test: an inline metric or a reference to a named one (with an optional threshold override). */
const CriterionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ metric: IdSchema, threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).optional() }).strict(),
    MetricSchema,
]);
// ---------------------------------------------------------------- tests, sets, datasets
const PrioritySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['critical', 'high', 'normal', 'low']);
const TestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    persona: IdSchema,
    scenario: IdSchema,
    profile: IdSchema.optional(),
    agent: IdSchema.optional().describe('Defaults to the only agent, or `defaults.agent`.'),
    criteria: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(CriterionSchema).default([]),
    baseline_metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(true)
        .describe('Attach expected_outcome (when the scenario has one), infrastructure, tool_call_success and latency.'),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
    priority: PrioritySchema.default('normal'),
    runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(1),
    min_pass_rate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).default(1).describe('Share of trials that must pass, e.g. 0.8 = "4 of 5".'),
})
    .strict();
const SetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    tests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        test: IdSchema,
        runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().optional(),
        min_pass_rate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).optional(),
    })
        .strict())
        .min(1),
})
    .strict();
const DatasetItemSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    input: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    expected_output: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    metadata: JsonObjectSchema.default({}),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
})
    .strict();
const DatasetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    agent: IdSchema.optional(),
    profile: IdSchema.optional(),
    criteria: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(CriterionSchema).default([{ type: 'expected_output', match: 'llm' }]),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
    priority: PrioritySchema.default('normal'),
    runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(1),
    items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DatasetItemSchema).min(1),
})
    .strict();
// ---------------------------------------------------------------- variants, gate, run
/** Overrides applied to every trial of a variant: e.g. a model switch. */
const VariantSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    agent: IdSchema.optional().describe('Run every test against this agent instead.'),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Model override for openai agents.'),
    base_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().optional(),
    system_prompt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    system_prompt_file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    temperature: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(2).optional(),
})
    .strict();
const VariantsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ baseline: VariantSchema.optional(), candidate: VariantSchema.optional() })
    .strict();
const FailOnSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['regression', 'critical', 'any-failure', 'never']);
const GateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    min_pass_rate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).default(0),
    fail_on: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(FailOnSchema).default(['regression', 'critical']),
    alpha: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().gt(0).lt(1).default(0.05).describe('Significance level of the regression test (one-sided Fisher exact).'),
})
    .strict();
const RunSettingsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    concurrency: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(8),
    call_timeout_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(60_000),
    trial_timeout_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(300_000),
    retries: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().default(3),
    budget_usd: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().optional(),
    fail_fast: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false).describe('Stop starting new trials after a critical test fails.'),
})
    .strict();
// ---------------------------------------------------------------- files
const SuiteFileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    $schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1).default(1).describe('Suite format version.'),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    include: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]).describe('Globs, relative to this file, of more suite files.'),
    // Root-only settings
    simulator: ModelEndpointSchema.optional().describe('Model that plays the simulated user (behavioral scenarios, scripted match: llm). Root config only.'),
    judge: ModelEndpointSchema.optional().describe('Model that judges LLM metrics (expected_outcome, rubric). Root config only.'),
    pricing: PricingSchema.optional().describe('USD per million tokens per model, overriding the built-in table. Root config only.'),
    defaults: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ agent: IdSchema.optional(), profile: IdSchema.optional() })
        .strict()
        .optional()
        .describe('Agent and profile used by tests that name none. Root config only.'),
    variants: VariantsSchema.optional().describe('Baseline and candidate overrides: every test runs under both, side by side. Root config only.'),
    gate: GateSchema.optional().describe('When the run fails the job. Root config only.'),
    run: RunSettingsSchema.optional().describe('Concurrency, timeouts, retries, budget. Root config only.'),
    // Collections, allowed in any file
    agents: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(AgentSchema).default([]).describe('Systems under test: openai, http or command.'),
    personas: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(PersonaSchema).default([]).describe('Simulated users: role, background, language, traits.'),
    scenarios: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ScenarioSchema).default([]).describe('What the simulated user tries to do: behavioral or scripted (conditional actions).'),
    profiles: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ProfileSchema).default([]).describe('Test data referenced as {{profile.x}} and passed to the agent.'),
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ToolSchema).default([]).describe('Tools the agent may call: mock, passthrough or none.'),
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(NamedMetricSchema).default([]).describe('Reusable named metrics, referenced from criteria as `metric: <id>`.'),
    tests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(TestSchema).default([]).describe('Persona + scenario (+ profile) against an agent, with criteria.'),
    sets: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SetSchema).default([]).describe('Groups of tests with run counts.'),
    datasets: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DatasetSchema).default([]).describe('Single-turn items scored against expected outputs.'),
})
    .strict();
const ROOT_ONLY_KEYS = ['simulator', 'judge', 'pricing', 'defaults', 'variants', 'gate', 'run'];


/***/ })

};

export const id = 645;
export const ids = [645];
export const modules = {

/***/ 2966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pO: () => (/* binding */ DEFAULT_ALPHA),
  qB: () => (/* binding */ compareRuns),
  Ov: () => (/* binding */ compareVariants),
  s: () => (/* reexport */ comparisonJson)
});

// UNUSED EXPORTS: CHANGE_CATEGORIES, comparisonPayload, fisherOneSided, logFactorial

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
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
    const parts = [test.errors ? (0,format/* plural */.LS)(test.errors, 'error') : '', test.invalid ? `${test.invalid} invalid` : '']
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

// EXTERNAL MODULE: ./src/results/variant-totals.ts
var variant_totals = __webpack_require__(3231);
;// CONCATENATED MODULE: ./src/compare/variant-totals.ts

function totalsOfVariant(results, variant) {
    return results.variantTotals[variant] ?? (0,variant_totals/* computeVariantTotals */._)(results, variant);
}

;// CONCATENATED MODULE: ./src/compare/json.ts
function sideJson(stats) {
    if (!stats)
        return null;
    return { passes: stats.passes, trials: stats.trials, errors: stats.errors, passRate: stats.passRate, verdict: stats.verdict };
}
function changeJson(change) {
    return {
        key: change.key,
        testId: change.testId,
        variant: change.test.variant,
        priority: change.test.priority,
        tags: change.test.tags,
        before: sideJson(change.before),
        after: sideJson(change.after),
        pValue: change.pValue ?? null,
        changedDefinition: change.changedDefinition,
        ...(change.note ? { note: change.note } : {}),
    };
}
/** One comparison as plain data: the same fields for previous → current and baseline → candidate. */
function comparisonPayload(comparison) {
    const of = (category) => comparison.changes.filter((c) => c.category === category).map(changeJson);
    return {
        kind: comparison.kind,
        before: comparison.before,
        after: comparison.after,
        method: comparison.method,
        counts: comparison.counts,
        totals: comparison.totals,
        failureCategories: comparison.failureCategories,
        regressions: of('regression'),
        fixes: of('fix'),
        flaky: of('flaky'),
        new: of('new'),
        removed: of('removed'),
        invalid: of('invalid'),
        stillFailing: of('still_failing'),
    };
}
/**
 * The previous-run comparison at the top level (as before), plus `variants`:
 * the current run's baseline vs candidate, or null when only one variant ran.
 */
function comparisonJson(previous, variants) {
    return `${JSON.stringify({ ...comparisonPayload(previous), variants: variants ? comparisonPayload(variants) : null }, null, 2)}\n`;
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
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   K$: () => (/* binding */ gateSettingsOf),
/* harmony export */   oG: () => (/* binding */ recordedGate)
/* harmony export */ });
/* unused harmony exports percent, DEFAULT_GATE */
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2011);
/* harmony import */ var _suite_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7141);


// The report's count-with-noun helper, so the gate's reasons and the reports agree ("1 regression").

const STOP_REASONS = {
    budget: 'the cost budget was reached',
    cancelled: 'it was cancelled',
    fail_fast: 'a critical test failed (fail_fast)',
};
function percent(rate) {
    const value = rate * 100;
    return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
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
        return (0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(critical, 'critical regression');
    return critical ? `${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(found.length, 'regression')} (${critical} critical)` : (0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(found.length, 'regression');
}
function runStateReason(results) {
    if (results.status === 'stopped') {
        const missing = results.missingShards;
        if (missing)
            return `incomplete merge: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(missing.indexes.length, 'shard')} of ${missing.total} missing (${missing.indexes.join(', ')})`;
        const why = results.stopReason ? ` because ${STOP_REASONS[results.stopReason]}` : '';
        return `run stopped${why}: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(results.totals.notRun, 'test')} not run`;
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
    const regressed = failOn.includes('regression') ? regressions(input.comparisons) : [];
    reasons.push(regressionReason(regressed));
    const failing = results.tests.filter((test) => test.verdict === 'fail' || test.verdict === 'error');
    if (failOn.includes('critical')) {
        // A critical test already named as a critical regression is not counted twice.
        const named = new Set(regressed.filter((change) => change.test.priority === 'critical').map((change) => change.key));
        const critical = failing.filter((test) => test.priority === 'critical' && !named.has(test.key)).length;
        if (critical)
            reasons.push(`${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(critical, 'critical test')} failing`);
    }
    const passRate = results.totals.passRate;
    if (minPassRate > 0 && passRate === null)
        reasons.push(`no test produced a verdict (min pass rate ${percent(minPassRate)})`);
    if (passRate !== null && passRate < minPassRate)
        reasons.push(`pass rate ${percent(passRate)} < ${percent(minPassRate)}`);
    if (failOn.includes('any-failure') && failing.length)
        reasons.push(`${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(failing.length, 'test')} failing`);
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
function gateSettingsOf(gate) {
    return { minPassRate: gate.min_pass_rate, failOn: [...gate.fail_on], alpha: gate.alpha };
}
const DEFAULT_GATE = gateSettingsOf(_suite_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .GateSchema */ .ZM.parse({}));
function describeSettings(settings) {
    return `min pass rate ${percent(settings.minPassRate)}, fail on ${settings.failOn.join(', ') || 'nothing'}, α ${settings.alpha}`;
}
/** The gate a results file was run with, else the defaults, and one line saying which (for `rehearse report`/`compare`). */
function recordedGate(results) {
    if (results.gate)
        return { settings: results.gate, note: `Gate: the run's own (${describeSettings(results.gate)}).` };
    return { settings: DEFAULT_GATE, note: `Gate: the defaults (${describeSettings(DEFAULT_GATE)}): the results file does not record the gate its run used.` };
}


/***/ }),

/***/ 6189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ky: () => (/* binding */ toolCalls),
/* harmony export */   YB: () => (/* binding */ parsedArguments),
/* harmony export */   aX: () => (/* binding */ agentMessages),
/* harmony export */   oZ: () => (/* binding */ formatTranscript)
/* harmony export */ });
/* unused harmony export eventsOf */
function eventsOf(events, type) {
    return events.filter((event) => event.type === type);
}
function agentMessages(events) {
    return eventsOf(events, 'agent_message');
}
function toolCalls(events) {
    return eventsOf(events, 'tool_call');
}
/** Tool arguments as a value: agents may hand over raw JSON text. */
function parsedArguments(call) {
    if (typeof call.arguments !== 'string')
        return call.arguments;
    try {
        return JSON.parse(call.arguments);
    }
    catch {
        return call.arguments;
    }
}
/** The conversation as plain text for a judge model: who said what, and which tools ran. */
function formatTranscript(events) {
    const lines = [];
    for (const event of events) {
        switch (event.type) {
            case 'user_message':
                lines.push(`User: ${event.content}`);
                break;
            case 'agent_message':
                lines.push(`Agent: ${event.content}`);
                break;
            case 'tool_call': {
                const outcome = event.error !== undefined ? `error: ${event.error}` : `result: ${compact(event.result)}`;
                lines.push(`[agent called tool ${event.name}(${compact(parsedArguments(event))}) → ${outcome}]`);
                break;
            }
            case 'error':
                lines.push(`[${event.source} error (${event.category}): ${event.message}]`);
                break;
            default:
                break;
        }
    }
    return lines.length > 0 ? lines.join('\n') : '(the conversation is empty)';
}
function compact(value) {
    if (value === undefined)
        return '(none)';
    return typeof value === 'string' ? value : JSON.stringify(value);
}


/***/ }),

/***/ 9278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _E: () => (/* binding */ buildTrialResult),
/* harmony export */   lU: () => (/* binding */ failureCategoryLabel)
/* harmony export */ });
/* unused harmony exports trialVerdict, FAILURE_CATEGORY_LABELS */
/* harmony import */ var _aggregate_stats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3888);
/* harmony import */ var _transcript_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6189);
/**
 * A trial's verdict: pass iff every criterion passes; `error` when the
 * conversation or a metric could not complete; `invalid` when the simulated
 * user misbehaved. Failures are categorised for the run's distribution.
 */


function buildTrialResult(trial, trace, metrics) {
    const latencies = (0,_transcript_js__WEBPACK_IMPORTED_MODULE_0__/* .agentMessages */ .aX)(trace.events).map((message) => message.latencyMs);
    const verdict = trialVerdict(trace, metrics);
    return {
        id: trial.id,
        key: trial.key,
        testId: trial.testId,
        variant: trial.variant,
        index: trial.index,
        ...verdict,
        ...(trial.kind === 'conversation' ? { personaVersion: trial.persona.version, scenarioVersion: trial.scenario.version } : {}),
        startedAt: trace.startedAt,
        durationMs: trace.durationMs,
        endReason: trace.endReason,
        turns: trace.turns,
        transcript: [...trace.events],
        metrics: [...metrics],
        usage: trace.usage,
        latency: {
            p50: (0,_aggregate_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .percentile */ .Ym)(latencies, 50),
            p95: (0,_aggregate_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .percentile */ .Ym)(latencies, 95),
            max: latencies.length > 0 ? Math.max(...latencies) : null,
        },
        attempts: Math.max(1, trace.attempts),
    };
}
function trialVerdict(trace, metrics) {
    if (trace.invalid)
        return { status: 'invalid', failureCategory: 'invalid_simulator', reason: trace.invalid.reason };
    const ended = endedBadly(trace);
    if (ended)
        return { status: 'error', ...ended };
    const errored = metrics.filter((metric) => metric.error !== undefined);
    if (errored.length > 0) {
        return { status: 'error', failureCategory: 'infrastructure', reason: errored.map((metric) => `${metric.id}: ${metric.error}`).join('; ') };
    }
    const failed = metrics.filter((metric) => !metric.passed);
    if (failed.length === 0)
        return { status: 'pass' };
    return { status: 'fail', failureCategory: categoryOfFailure(failed), reason: failed.map((metric) => `${metric.id}: ${metric.reason}`).join('; ') };
}
function endedBadly(trace) {
    const lastError = [...trace.events].reverse().find((event) => event.type === 'error');
    const because = (fallback) => lastError?.message ?? fallback;
    switch (trace.endReason) {
        case 'timeout':
            return { failureCategory: 'timeout', reason: because('the trial timed out') };
        case 'budget':
            return { failureCategory: 'budget', reason: because('the run budget was reached') };
        case 'cancelled':
            return { failureCategory: 'cancelled', reason: because('the run was cancelled') };
        case 'error': {
            const category = lastError?.category ?? 'infrastructure';
            return { failureCategory: category, reason: because('the conversation ended in an error') };
        }
        default:
            return undefined;
    }
}
/**
 * Failure categories as people read them. `judge` is the results contract's
 * name for "a criterion said no", deterministic checks included, so it is
 * shown as "criteria not met", never as if an LLM judge had decided.
 */
const FAILURE_CATEGORY_LABELS = {
    judge: 'criteria not met',
    tool_error: 'tool error',
    infrastructure: 'infrastructure',
    timeout: 'timeout',
    budget: 'budget',
    invalid_simulator: 'invalid simulator',
    cancelled: 'cancelled',
};
function failureCategoryLabel(category) {
    return Object.hasOwn(FAILURE_CATEGORY_LABELS, category) ? FAILURE_CATEGORY_LABELS[category] : category;
}
/** Root cause first: a broken agent or tool explains a failed outcome, not the other way round. */
function categoryOfFailure(failed) {
    if (failed.some((metric) => metric.type === 'infrastructure'))
        return 'infrastructure';
    if (failed.some((metric) => metric.type === 'tool_call_success'))
        return 'tool_error';
    return 'judge';
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ formatPassHatK),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   V5: () => (/* binding */ trialsPassing),
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
/**
 * "$4.00", "$0.17", "$0.012", "$0.0062": cents from a dollar up, else two
 * significant digits, so $0.0125 and $0.0100 do not read as "$0.01" and "$0.0100".
 */
function formatUsd(value) {
    if (value === null || value === undefined)
        return '—';
    const rounded = Number(value.toPrecision(2));
    if (rounded === 0 || Math.abs(rounded) >= 1)
        return `$${value.toFixed(2)}`;
    const decimals = Math.max(2, 1 - Math.floor(Math.log10(Math.abs(rounded))));
    return `$${rounded.toFixed(decimals)}`;
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
/**
 * A count with its noun: "1 regression", "2 regressions", "0 fixes". The
 * plural adds -es after s, x, z, ch and sh, else -s; pass `many` for others.
 * Shared by the reports, the comparison and the gate so no text says "1 regressions".
 */
function plural(count, one, many) {
    const others = many ?? (/(s|x|z|ch|sh)$/.test(one) ? `${one}es` : `${one}s`);
    return `${formatCount(count)} ${count === 1 ? one : others}`;
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
/**
 * "3/5 passing, 2 errors": passes over the trials the pass rate counts
 * (pass, fail and error; invalid ones stay out), and the errored ones named,
 * so errors never read as passes.
 */
function trialsPassing(test) {
    const errors = test.errors ? `, ${plural(test.errors, 'error')}` : '';
    return `${passFraction(test.passes, test.passes + test.failures + test.errors)} passing${errors}`;
}
/** "pass^3 0.10" (k is the run count in files written before k was recorded); "" when undefined. */
function formatPassHatK(test) {
    return test.passHatK === null ? '' : `pass^${test.passK ?? test.runs} ${test.passHatK.toFixed(2)}`;
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
  AA: () => (/* reexport */ renderHtmlChunks),
  LJ: () => (/* reexport */ renderJUnitChunks),
  _9: () => (/* binding */ renderMarkdownReport),
  Wc: () => (/* reexport */ renderTestsJson)
});

// UNUSED EXPORTS: COMMENT_MARKER, COMMENT_STATE_RESERVE_CHARS, EXCERPT_EVENTS, MAX_ANNOTATIONS_PER_REQUEST, MAX_ANNOTATION_MESSAGE_BYTES, MAX_ANNOTATION_TITLE_CHARS, MAX_CHECK_SUMMARY_CHARS, MAX_CHECK_TEXT_CHARS, MAX_COMMENT_CHARS, MAX_EXCERPT_MESSAGE_CHARS, MAX_JOB_SUMMARY_BYTES, MAX_REASON_CHARS, annotationPath, escapeHtml, escapeMarkdown, escapePre, escapeXml, inlineCode, renderCheckRun, renderComment, renderHtml, renderJUnit, renderJobSummary

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
// EXTERNAL MODULE: ./src/judge/verdict.ts
var verdict = __webpack_require__(9278);
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
        lines.unshift(`… ${(0,format/* plural */.LS)(start, 'earlier event')}`);
    if (end < events.length)
        lines.push(`… ${(0,format/* plural */.LS)(events.length - end, 'later event')}`);
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
        // Variants share the run's wall time: a duration row would always say ±0.
        ...(comparison.kind === 'variants' ? [] : [{ label: 'Duration', delta: t.durationMs, show: format/* formatMs */._V, change: time }]),
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
    const parts = names.map((name) => comparison
        ? `${escapeMarkdown((0,verdict/* failureCategoryLabel */.lU)(name))} ${(0,format/* formatCount */.B4)(before[name] ?? 0)} → ${(0,format/* formatCount */.B4)(after[name] ?? 0)}`
        : `${escapeMarkdown((0,verdict/* failureCategoryLabel */.lU)(name))} ${(0,format/* formatCount */.B4)(after[name] ?? 0)}`);
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
    const errors = change.after?.errors ? `, ${(0,format/* plural */.LS)(change.after.errors, 'error')}` : '';
    return `${before} → ${after} passing${errors}${p}`;
}
function definitionNote(change) {
    if (!change || change.changedDefinition.length === 0)
        return '';
    return ` · ⚠️ ${change.changedDefinition.join(' and ')} changed: the test itself changed, not only the agent`;
}
function testNumbers(test) {
    // pass^k says something only over several trials.
    const passHatK = test.passes + test.failures > 1 ? (0,format/* formatPassHatK */.$N)(test) : '';
    return `${(0,format/* trialsPassing */.V5)(test)}${passHatK ? ` · ${passHatK}` : ''}`;
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
    // The rate of the pass/fail trials the test compared (errors counted apart), so the percentage matches the fraction.
    const rate = (stats) => {
        if (!stats)
            return '—';
        const errors = stats.errors ? `, ${(0,format/* plural */.LS)(stats.errors, 'error')}` : '';
        return `${(0,format/* formatPercent */.l9)(stats.trials ? stats.passes / stats.trials : null)} (${(0,format/* passFraction */.gi)(stats.passes, stats.trials)}${errors})`;
    };
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
        `${(0,format/* plural */.LS)(t.tests, 'test')} · ${(0,format/* plural */.LS)(t.trials, 'trial')}`,
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
    return [(0,format/* plural */.LS)(c.regression, 'regression'), (0,format/* plural */.LS)(c.fix, 'fix'), `${(0,format/* formatCount */.B4)(c.flaky)} flaky`, `${(0,format/* formatCount */.B4)(unchanged)} unchanged`, c.new ? `${(0,format/* formatCount */.B4)(c.new)} only in candidate` : '', c.removed ? `${(0,format/* formatCount */.B4)(c.removed)} only in baseline` : '']
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
            : `${trialsPassing(test)} (needs ${Math.round(test.minPassRate * 100)}%).`,
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
    const defined = change.changedDefinition.length ? `; ${change.changedDefinition.join(' and ')} changed` : '';
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
        ...trials.map((trial) => [`trial.${trial.index}`, `${trial.status}${trial.reason ? `: ${trial.reason}` : ''}`]),
    ];
    const lines = entries.map(([name, value]) => `        <property${attributes({ name, value })}/>`);
    return `      <properties>\n${lines.join('\n')}\n      </properties>\n`;
}
function failureElement(test, index, changes) {
    if (test.verdict === 'pass')
        return '';
    if (test.verdict === 'not_run')
        return `      <skipped${attributes({ message: 'not run' })}/>\n`;
    const detail = failures_failureDetail(test, index);
    const criteria = detail.criteria.map((c) => `${c.id} (${c.type}) failed${c.trials > 1 ? ` in ${c.failedIn}/${c.trials} trials` : ''}: ${c.reason}`);
    const text = [...criteria, ...detail.trialReasons].join('\n');
    const regressed = (change, since) => change?.category === 'regression' ? [`regressed ${since}: ${changeText(change).slice('regression: '.length)}`] : [];
    const needs = `${(0,format/* trialsPassing */.V5)(test)} (needs ${Math.round(test.minPassRate * 100)}%)`;
    const message = [...regressed(changes.previous.get(test.key), 'since the previous run'), ...regressed(changes.variants.get(test.key), 'vs baseline'), needs].join('; ');
    const element = test.verdict === 'fail' ? 'failure' : 'error';
    // People's words for the category, as in the CLI and the markdown ("criteria not met", not the file's `judge`).
    const category = Object.keys(test.failureCategories)[0];
    const type = category === undefined ? test.verdict : (0,verdict/* failureCategoryLabel */.lU)(category);
    return `      <${element}${attributes({ message, type })}>${escapeXml(text)}</${element}>\n`;
}
function systemOut(trials) {
    if (trials.length === 0)
        return '';
    const blocks = trials.map((trial) => [`--- trial ${trial.index + 1}: ${trial.status}${trial.reason ? ` (${trial.reason})` : ''}`, ...transcriptLines(trial, MAX_SYSTEM_OUT_LINE_CHARS)].join('\n'));
    return `      <system-out>${escapeXml(blocks.join('\n\n'))}</system-out>\n`;
}
function testcase(test, index, suiteName, changes) {
    const trials = index.get(test.key) ?? [];
    const time = trials.reduce((sum, trial) => sum + trial.durationMs, 0);
    const open = `    <testcase${attributes({ classname: `${suiteName}.${test.variant}`, name: test.testId, file: test.source.file, line: test.source.line, time: seconds(time) })}>\n`;
    return `${open}${properties(test, trials, changes)}${failureElement(test, index, changes)}${systemOut(trials)}    </testcase>`;
}
function* testsuite(results, variant, tests, index, changes) {
    const count = (verdicts) => tests.filter((test) => verdicts.includes(test.verdict)).length;
    const time = tests.reduce((sum, test) => sum + (index.get(test.key) ?? []).reduce((s, t) => s + t.durationMs, 0), 0);
    yield `\n  <testsuite${attributes({
        name: `${results.suite.name}@${variant}`,
        tests: tests.length,
        failures: count(['fail']),
        errors: count(['error', 'invalid']),
        skipped: count(['not_run']),
        time: seconds(time),
        timestamp: results.startedAt,
    })}>`;
    for (const test of tests)
        yield `\n${testcase(test, index, results.suite.name, changes)}`;
    yield '\n  </testsuite>';
}
/** The XML in pieces (one testcase at a time), for writing to a file or stream as it is made. */
function* renderJUnitChunks(results, options = {}) {
    const index = failures_indexTrials(results);
    const changes = { previous: byKey(options.previous), variants: byKey(options.variants) };
    const variants = [...new Set(results.tests.map((test) => test.variant))];
    const t = results.totals;
    const root = `<testsuites${attributes({ name: `rehearse ${results.suite.name} ${results.runId}`, tests: t.tests, failures: t.failed, errors: t.errored + t.invalid, skipped: t.notRun, time: seconds(t.durationMs) })}>`;
    yield `<?xml version="1.0" encoding="UTF-8"?>\n${root}`;
    for (const variant of variants)
        yield* testsuite(results, variant, results.tests.filter((test) => test.variant === variant), index, changes);
    yield '\n</testsuites>\n';
}
function renderJUnit(results, options = {}) {
    return [...renderJUnitChunks(results, options)].join('');
}

;// CONCATENATED MODULE: ./src/report/csv.ts
const COLUMNS = [
    'key', 'testId', 'variant', 'name', 'kind', 'priority', 'tags', 'verdict', 'runs', 'trials', 'passes', 'failures', 'errors',
    'invalid', 'passRate', 'minPassRate', 'passHatK', 'passK', 'costUsd', 'latencyP50', 'latencyP95', 'personaVersion', 'scenarioVersion', 'sourceFile', 'sourceLine',
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
    const summary = `Trial ${trial.index + 1} · <span class="badge ${e(trial.status)}">${e(trial.status)}</span> · ${(0,format/* plural */.LS)(trial.turns, 'turn')} · ${(0,format/* formatMs */._V)(trial.durationMs)} · ${(0,format/* formatUsd */.UK)(trial.usage.costUsd)}${reason}`;
    const events = trial.transcript.map(eventHtml).filter(Boolean).join('');
    return `<details class="trial"${open ? ' open' : ''}><summary>${summary}</summary>${metricsHtml(trial)}<div class="transcript">${events}</div></details>`;
}
function html_parts_changeText(change) {
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
    const passHatK = (0,format/* formatPassHatK */.$N)(test);
    const numbers = `${(0,format/* trialsPassing */.V5)(test)}${passHatK ? ` · ${passHatK}` : ''}`;
    const source = `${e(test.source.file)}:${test.source.line}`;
    const header = `<header><span class="badge ${e(test.verdict)}">${e(test.verdict)}</span> <b>${e(test.key)}</b>${name} · ${e(test.priority)} · ${numbers}${html_parts_changeText(change)} ${tags} <span class="muted">${source}</span></header>`;
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
/**
 * The report in pieces (head, one test article at a time, tail) for writing
 * to a file or stream as it is made: with every transcript of a 10,000-test
 * run it is tens of MB, which need not exist as one string.
 */
function* renderHtmlChunks(results, options = {}) {
    const { previous, history } = options;
    const trials = failures_indexTrials(results);
    const changes = new Map((previous?.changes ?? []).map((change) => [change.key, change]));
    const chart = history && history.length ? historyChart([...history, results].sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1))) : '';
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
<h2>Tests</h2>
${filters(results, previous)}
<main id="tests">
`;
    let first = true;
    for (const test of ordered(results.tests, changes)) {
        yield `${first ? '' : '\n'}${testArticle(test, trials, changes.get(test.key))}`;
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
/** `reserveChars`: what the caller appends afterwards (the action's hidden suite and state lines), kept out of the budget. */
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
    return markdown_renderMarkdown(input, { limit: Number.POSITIVE_INFINITY, limitName: 'no limit', measure: (text) => text.length }).text;
}


/***/ }),

/***/ 5662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeChunks)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Writes a big document made in pieces (the HTML report, JUnit XML) to a file
 * as the pieces come, never joined into one string. Waits for 'drain' when
 * the stream's buffer is full, and rejects as soon as the stream fails
 * (instead of waiting for a 'drain' that never comes).
 */




async function writeChunks(path, chunks) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(path, 'utf8');
    // Settles when the stream ends or fails; handled at once, so an error between two writes is never an unhandled rejection.
    const done = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.finished)(stream);
    done.catch(() => undefined);
    try {
        for (const chunk of chunks) {
            if (!stream.write(chunk))
                await drained(stream, done);
        }
        stream.end();
        await done;
    }
    catch (error) {
        stream.destroy();
        throw error;
    }
}
/** The next 'drain', or the stream's failure, whichever comes first. */
async function drained(stream, done) {
    let onDrain = () => undefined;
    const drain = new Promise((resolve) => {
        onDrain = resolve;
        stream.once('drain', onDrain);
    });
    try {
        await Promise.race([drain, done.then(() => Promise.reject(new Error('the file was closed before everything was written')))]);
    }
    finally {
        stream.off('drain', onDrain);
    }
}


/***/ })

};

export const id = 673;
export const ids = [673];
export const modules = {

/***/ 5494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ describeChanges),
/* harmony export */   JT: () => (/* binding */ reasonBesideParts),
/* harmony export */   Lw: () => (/* binding */ shownEvents),
/* harmony export */   dL: () => (/* binding */ MAX_EXCERPT_LINES),
/* harmony export */   gN: () => (/* binding */ describeEvent),
/* harmony export */   kV: () => (/* binding */ MAX_EXCERPT_LINE_CHARS),
/* harmony export */   nn: () => (/* binding */ failureDigest)
/* harmony export */ });
/* unused harmony exports MAX_EXCERPT_MESSAGE_CHARS, EXCERPT_EVENTS, excerptLines */
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1976);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);


/** One message in a transcript excerpt; longer text is cut with an ellipsis. */
const MAX_EXCERPT_MESSAGE_CHARS = 500;
/** Transcript events shown around a failure. */
const EXCERPT_EVENTS = 6;
/** What a report shows of a stored excerpt at most (a results file may come from anywhere): its events, two notes. */
const MAX_EXCERPT_LINES = EXCERPT_EVENTS + 2;
/** An excerpt line: a message cut to MAX_EXCERPT_MESSAGE_CHARS, or a tool call's name, arguments and result. */
const MAX_EXCERPT_LINE_CHARS = 2 * MAX_EXCERPT_MESSAGE_CHARS;
const isBad = (trial) => trial.status === 'fail' || trial.status === 'error' || trial.status === 'invalid';
/**
 * The judge's own reason, without the "not met: part (evidence)" suffixes the
 * metric folds into it for readers of the reason alone: shown next to the
 * parts, they would say it twice.
 */
function reasonBesideParts(metric) {
    let reason = metric.reason;
    for (const part of metric.parts ?? []) {
        if (!part.met)
            reason = reason.replace(`; not met: ${part.part} (${part.evidence})`, '');
    }
    return reason;
}
/** The parts shown for a criterion: the first failing trial's, unless the metric errored. */
function partsOf(seen, metric) {
    if (seen)
        return seen.parts ? { parts: seen.parts } : {};
    return metric.parts?.length && metric.error === undefined ? { parts: metric.parts } : {};
}
/** The digest of one test's finished trials (any order), or undefined when none failed, errored or was invalid. */
function failureDigest(trials) {
    const all = [...trials].sort((a, b) => a.index - b.index);
    const bad = all.filter(isBad);
    const first = bad[0];
    if (!first)
        return undefined;
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
                reason: seen ? seen.reason : (metric.error ?? reasonBesideParts(metric)),
                ...partsOf(seen, metric),
                ...((seen ? seen.at : metric.at) ? { at: seen ? seen.at : metric.at } : {}),
            });
        }
    }
    const trialReasons = [
        ...new Set(bad
            .filter((trial) => trial.status !== 'fail' || trial.metrics.every((m) => m.passed))
            .flatMap((trial) => (trial.reason ? [trial.reason] : []))),
    ];
    return { criteria: [...byId.values()], trialReasons, exemplar: { index: first.index, excerpt: excerptLines(first) } };
}
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
/** A recorded turn (a scenario's `start_from`) is shown for what it is: the context the test started from. */
const RECORDED_MARK = (event) => (event.recorded ? '⏺ recorded · ' : '');
/** One transcript event as a plain-text line (escaped by whoever writes it out). */
function describeEvent(event, maxChars = MAX_EXCERPT_MESSAGE_CHARS) {
    switch (event.type) {
        case 'user_message':
            return `${RECORDED_MARK(event)}👤 User: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)(event.content, maxChars)}`;
        case 'agent_message':
            return event.recorded
                ? `${RECORDED_MARK(event)}🤖 Agent: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)(event.content, maxChars)}`
                : `🤖 Agent (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._)(event.latencyMs)}${retriedText(event.retries)}): ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)(event.content, maxChars)}`;
        case 'tool_call': {
            const call = `${RECORDED_MARK(event)}🔧 ${event.name}(${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)(compactJson(event.arguments), maxChars / 2)})`;
            if (event.error !== undefined)
                return `${call} ✗ ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)(event.error, maxChars / 2)}`;
            return `${call} → ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)(compactJson(event.result), maxChars / 2)}`;
        }
        case 'simulator_flag':
            return `🚩 Simulator ${event.reason}: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)(event.detail, maxChars)}`;
        case 'error':
            return `⚠️ ${event.source} error (${event.category}): ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)(event.message, maxChars)}`;
        case 'state':
            return `🗄️ State (${event.phase})${event.changes ? `: ${event.changes.length} change(s)` : ''}`;
        case 'state_write':
            return `✎ ${event.tool} wrote ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)(describeChanges(event.changes), maxChars)}`;
    }
}
/** ", 1 retry" after a reply whose request was sent again (an http agent's refused connection, 429 or 503). */
function retriedText(retries) {
    return retries ? `, ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(retries, 'retry', 'retries')}` : '';
}
/** `orders["#W1"].status: "pending" → "cancelled"`, one per change. */
function describeChanges(changes) {
    return changes
        .map((change) => !('after' in change)
        ? `${change.path} removed`
        : !('before' in change)
            ? `${change.path} = ${compactJson(change.after)}`
            : `${change.path}: ${compactJson(change.before)} → ${compactJson(change.after)}`)
        .join('; ');
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
        lines.unshift(`… ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(start, 'earlier event')}`);
    if (end < events.length)
        lines.push(`… ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(events.length - end, 'later event')}`);
    return lines;
}


/***/ }),

/***/ 2475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ summarizeInfos),
  Hq: () => (/* binding */ summarizeTests),
  ox: () => (/* binding */ testInfoOf),
  uT: () => (/* binding */ testVerdict),
  Sd: () => (/* binding */ totals),
  h6: () => (/* binding */ variantTotals)
});

// UNUSED EXPORTS: agentLatencies, choose, outcomesInOrder, passHatK, passHatKOf, requiredPasses, sumUsage, summarizeTest, testInfosFromTrials, verdictOf, wilson95

// EXTERNAL MODULE: ./src/verdict/index.ts + 15 modules
var src_verdict = __webpack_require__(7822);
// EXTERNAL MODULE: ./src/suite/schema.ts + 1 modules
var schema = __webpack_require__(729);
// EXTERNAL MODULE: ./src/util/percentile.ts
var percentile = __webpack_require__(4713);
// EXTERNAL MODULE: ./src/aggregate/failure-digest.ts
var failure_digest = __webpack_require__(5494);
;// CONCATENATED MODULE: ./src/aggregate/stats.ts
/**
 * The statistics behind run counts: pure functions, unit-tested against
 * hand-computed values.
 */

/** Binomial coefficient C(n, k) as a float; exact for the small n of run counts. */
function choose(n, k) {
    if (k < 0 || k > n)
        return 0;
    const smaller = Math.min(k, n - k);
    let result = 1;
    for (let i = 1; i <= smaller; i++)
        result = (result * (n - smaller + i)) / i;
    return result;
}
/**
 * τ-bench's pass^k: the chance that k independent trials all pass, estimated
 * from s passes in n trials as C(s, k) / C(n, k). Undefined (null) when fewer
 * than k trials have a pass/fail outcome.
 */
function passHatK(passes, trials, k) {
    if (k < 1 || trials < k)
        return null;
    return choose(passes, k) / choose(trials, k);
}
/** Wilson score interval (95%) for a pass rate of `passes` out of `trials`: the verdict core's, as a pair. */
function wilson95(passes, trials) {
    const interval = (0,src_verdict/* wilsonInterval */.YV)(passes, trials);
    return interval ? [interval.low, interval.high] : null;
}
/** The number of passes a test needs: "passes if ≥ 4 of 5" for min_pass_rate 0.8 over 5 runs. */
function requiredPasses(runs, minPassRate) {
    // The epsilon keeps 0.8 × 5 = 4.000000000000001 from demanding 5.
    return Math.max(0, Math.ceil(minPassRate * runs - 1e-9));
}

// EXTERNAL MODULE: ./src/model/parse-once.ts
var parse_once = __webpack_require__(5674);
;// CONCATENATED MODULE: ./src/aggregate/index.ts







/**
 * The k of pass^k when neither the caller nor the test's info gives one: the suite schema's `run.pass_hat_k` default,
 * its one source.
 */
const SCHEMA_PASS_K = schema/* RunSettingsSchema */.Qr.parse({}, parse_once/* PARSED_ONCE */.I).pass_hat_k;
/**
 * What a summary knows about a test before any trial ran (from the plan, or from a shard's summaries when merging):
 * these fields of TestSummary, one list for the type and for testInfoOf.
 */
const TEST_INFO_KEYS = [
    'key',
    'testId',
    'variant',
    'name',
    'kind',
    'tags',
    'priority',
    'personaId',
    'personaVersion',
    'scenarioId',
    'scenarioVersion',
    'profileVersion',
    'toolsVersion',
    'criteriaVersion',
    'judgeVersion',
    'agentVersion',
    'source',
    'runs',
    'minPassRate',
    'passK',
    'deterministic',
    'confirmation',
];
/** One entry per test key, in plan order (the first trial of each key). */
function testInfosFromTrials(trials) {
    const infos = new Map();
    for (const trial of trials) {
        if (infos.has(trial.key))
            continue;
        infos.set(trial.key, {
            key: trial.key,
            testId: trial.testId,
            variant: trial.variant,
            ...(trial.name !== undefined ? { name: trial.name } : {}),
            kind: trial.kind,
            tags: [...trial.tags],
            priority: trial.priority,
            ...(trial.kind === 'conversation'
                ? {
                    personaId: trial.persona.id,
                    personaVersion: trial.persona.version,
                    scenarioId: trial.scenario.id,
                    scenarioVersion: trial.scenario.version,
                }
                : {}),
            ...(trial.versions
                ? {
                    profileVersion: trial.versions.profile,
                    toolsVersion: trial.versions.tools,
                    criteriaVersion: trial.versions.criteria,
                    judgeVersion: trial.versions.judge,
                    agentVersion: trial.versions.agent,
                }
                : {}),
            source: { file: trial.source.file, line: trial.source.line, column: trial.source.column },
            runs: trial.runs,
            minPassRate: trial.minPassRate,
            ...(trial.deterministic ? { deterministic: true } : {}),
        });
    }
    return [...infos.values()];
}
/** A summary's test info: its TEST_INFO_KEYS fields that are set. */
function testInfoOf(summary) {
    const info = {};
    for (const key of TEST_INFO_KEYS)
        if (summary[key] !== undefined)
            info[key] = summary[key];
    return info;
}
/** Summaries of the planned tests; a planned test with no finished trial is `not_run`. */
function summarizeTests(trials, results, options = {}) {
    return summarizeInfos(testInfosFromTrials(trials), results, options);
}
/** A merged run keeps the k its shards used (testInfoOf carries it), unless options say otherwise. */
function summarizeInfos(infos, results, options = {}) {
    const byKey = groupBy(results, (result) => result.key);
    return infos.map((info) => summarizeTest(info, byKey.get(info.key) ?? [], options));
}
/**
 * pass^k over the same n as the pass rate (passes + failures + errors: an
 * errored trial is not a pass), k = min(k, n); invalid trials stay out.
 * 3 passes and 2 errors is pass^3 0.10, not 1.00.
 */
function passHatKOf(passes, failures, errors, k) {
    const counted = passes + failures + errors;
    const passK = Math.max(1, counted === 0 ? k : Math.min(k, counted));
    return { passK, passHatK: counted === 0 ? null : passHatK(passes, counted, passK) };
}
function summarizeTest(info, results, options = {}) {
    const confirmation = options.confirmations?.get(info.key) ?? info.confirmation;
    const count = (status) => results.filter((result) => result.status === status).length;
    const passes = count('pass');
    const failures = count('fail');
    const errors = count('error');
    const judged = passes + failures;
    // An errored trial is not a pass: it counts against the pass rate. Invalid
    // trials (a misbehaving simulator) say nothing about the agent and stay out.
    const counted = judged + errors;
    const latencies = results.flatMap(agentLatencies);
    const failure = (0,failure_digest/* failureDigest */.nn)(results);
    const extra = results.filter((result) => result.phase === 'confirmation');
    return {
        ...info,
        trials: results.length,
        passes,
        failures,
        errors,
        invalid: count('invalid'),
        passRate: counted === 0 ? null : passes / counted,
        ...passHatKOf(passes, failures, errors, options.passK ?? info.passK ?? SCHEMA_PASS_K),
        wilson95: wilson95(passes, counted),
        verdict: testVerdict(info, results, confirmation?.reasons.includes('threshold') ?? false, (confirmation?.savedTrials ?? 0) > 0),
        costUsd: sum(results.map((result) => result.usage.costUsd)),
        latencyP50: (0,percentile/* percentile */.Y)(latencies, 50),
        latencyP95: (0,percentile/* percentile */.Y)(latencies, 95),
        failureCategories: countCategories(results),
        outcomes: outcomesInOrder(results),
        ...(confirmation ? { confirmation: { ...confirmation, extraUsd: sum(extra.map((t) => t.usage.costUsd)) } } : {}),
        ...(failure ? { failure } : {}),
    };
}
/**
 * A test's verdict, the one rule the runner (fail-fast) and the summary share. A test that got confirmation
 * trials for its threshold (`sequential`) is judged by the sequential threshold test on all its trials
 * (src/verdict/confirm-threshold.ts), as the runner decided it; any other test by the plain rule on its
 * planned trials, so trials another comparison asked for do not change it.
 */
function testVerdict(info, results, sequential, stoppedEarly = false) {
    if (sequential) {
        const passes = results.filter((result) => result.status === 'pass').length;
        const judged = passes + results.filter((result) => result.status === 'fail').length;
        if (judged > 0) {
            const current = { passes, trials: judged };
            const decision = (0,src_verdict/* decideThreshold */.Ip)({ current, planned: info.runs, threshold: info.minPassRate });
            if (decision.status === 'settled')
                return decision.outcome;
        }
    }
    const planned = results.filter((result) => result.index < info.runs);
    const count = (status) => planned.filter((result) => result.status === status).length;
    const verdict = verdictOf(info, count('pass'), count('fail'), count('error'), count('invalid'));
    // Stopped early (its comparisons were settled): judged on what ran, never "not run" — it ran, and its counts
    // enter the history like any other run's.
    if (verdict === 'not_run' && stoppedEarly)
        return earlyVerdict(info, count('pass'), count('pass') + count('fail'));
    return verdict;
}
/** The verdict of a test stopped before its planned trials: the sequential rule where it settles, else its rate. */
function earlyVerdict(info, passes, trials) {
    if (trials === 0)
        return 'not_run';
    if (info.minPassRate > 0 && info.minPassRate < 1) {
        const decision = (0,src_verdict/* decideThreshold */.Ip)({ current: { passes, trials }, planned: info.runs, threshold: info.minPassRate });
        if (decision.status === 'settled')
            return decision.outcome;
    }
    return passes >= info.minPassRate * trials - 1e-9 ? 'pass' : 'fail';
}
// A skipped trial (a dataset item without input) says nothing about the agent, like an invalid one.
const OUTCOME_LETTER = {
    pass: 'p',
    fail: 'f',
    error: 'e',
    invalid: 'i',
    skipped: 'i',
};
/** The trials' outcomes by trial index, one letter each (TestSummary.outcomes). */
function outcomesInOrder(results) {
    return [...results]
        .sort((a, b) => a.index - b.index)
        .map((result) => OUTCOME_LETTER[result.status])
        .join('');
}
/**
 * The verdict counts against the planned runs: it passes as soon as enough
 * trials passed, fails as soon as too many failed to ever reach that, and is
 * otherwise undecided: `error` when errors are the reason, `invalid` when an
 * invalid simulator is, `not_run` when trials are simply missing.
 */
function verdictOf(info, passes, failures, errors, invalid) {
    const required = requiredPasses(info.runs, info.minPassRate);
    if (passes + failures + errors + invalid === 0)
        return 'not_run';
    if (passes >= required)
        return 'pass';
    if (failures > info.runs - required)
        return 'fail';
    if (errors > 0)
        return 'error';
    if (invalid > 0)
        return 'invalid';
    return 'not_run';
}
function totals({ tests, trials, durationMs, unfinished }) {
    const verdicts = (verdict) => tests.filter((test) => test.verdict === verdict).length;
    const passed = verdicts('pass');
    const failed = verdicts('fail');
    const errored = verdicts('error');
    const latencies = trials.flatMap(agentLatencies);
    // Errored tests count against the pass rate; invalid and not-run tests stay out.
    const counted = passed + failed + errored;
    return {
        tests: tests.length,
        passed,
        failed,
        errored,
        invalid: verdicts('invalid'),
        notRun: verdicts('not_run'),
        trials: trials.length,
        passRate: counted === 0 ? null : passed / counted,
        usage: sumUsage([...trials.map((trial) => trial.usage), ...(unfinished ? [unfinished] : [])]),
        durationMs,
        latencyP50: (0,percentile/* percentile */.Y)(latencies, 50),
        latencyP95: (0,percentile/* percentile */.Y)(latencies, 95),
        failureCategories: countCategories(trials),
    };
}
/** Totals for each variant, when more than one ran (the duration is the run's). */
function variantTotals(tests, trials, durationMs) {
    const variants = [...new Set(tests.map((test) => test.variant))];
    if (variants.length < 2)
        return {};
    return Object.fromEntries(variants.map((variant) => [
        variant,
        totals({
            tests: tests.filter((test) => test.variant === variant),
            trials: trials.filter((trial) => trial.variant === variant),
            durationMs,
        }),
    ]));
}
function sumUsage(usages) {
    return {
        inputTokens: sum(usages.map((usage) => usage.inputTokens)),
        outputTokens: sum(usages.map((usage) => usage.outputTokens)),
        costUsd: sum(usages.map((usage) => usage.costUsd)),
    };
}
/** Agent turn latencies (ms) of one trial, from its transcript (recorded turns took no time in this run). */
function agentLatencies(result) {
    return result.transcript.flatMap((event) => event.type === 'agent_message' && !event.recorded ? [event.latencyMs] : []);
}
function countCategories(results) {
    const counts = {};
    for (const { failureCategory } of results)
        if (failureCategory)
            counts[failureCategory] = (counts[failureCategory] ?? 0) + 1;
    return counts;
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}
function groupBy(items, keyOf) {
    const groups = new Map();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group)
            group.push(item);
        else
            groups.set(key, [item]);
    }
    return groups;
}


/***/ }),

/***/ 5674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ PARSED_ONCE)
/* harmony export */ });
/**
 * Options for a zod parse that runs once per process (a suite file, a schema's defaults): zod's compiled fast path
 * (a `new Function` per object schema, built on its first parse) costs more to build than one parse saves, and
 * start-up pays it for every schema a suite touches (~5 ms of every `rehearse run`). Parses repeated per trial keep it.
 */
const PARSED_ONCE = { jitless: true };


/***/ }),

/***/ 7590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x8: () => (/* binding */ readResults),
  $2: () => (/* binding */ readSummaries)
});

// UNUSED EXPORTS: parseResults, summariesOnly, validateResults

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/util/bom.ts
var bom = __webpack_require__(5258);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/model/results.ts
var model_results = __webpack_require__(3111);
;// CONCATENATED MODULE: ./src/results/migrate.ts
/**
 * Older results files are upgraded here, one step per schemaVersion, before
 * validation; the rest of the code only ever sees the current version.
 */


/**
 * MIGRATIONS[v] turns a version-v document into version v+1.
 * 1 → 2 only added optional fields (skipped tests' identity and `missing`,
 * definition versions, judge parts): a version-1 file reads as is, its skips
 * without `missing` (so the gate judges it as before) and its versions unknown.
 * 2 → 3 only added the optional failure digests: a version-2 file's tests
 * have none, and reports compute them from its trials.
 * 3 → 4 only added optional fields (judge versions, agent settings, history exclusions, the base side); the agent
 * version older files kept in their history is read as recorded, no longer as part of the test's identity.
 * 4 → 5 only widened the variant ids (any suite-chosen id), added the optional `variants[].baseline` (an older
 * file's `baseline` variant is its baseline, as it always was) and the optional `recorded` mark on transcript events
 * (older transcripts have no recorded turns).
 */
const MIGRATIONS = {
    1: (document) => ({ ...document, schemaVersion: 2 }),
    2: (document) => ({ ...document, schemaVersion: 3 }),
    3: (document) => ({ ...document, schemaVersion: 4 }),
    4: (document) => ({ ...document, schemaVersion: 5 }),
};
function migrateResults(json, name) {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return json;
    let document = json;
    if (typeof document.schemaVersion !== 'number')
        return document;
    let version = document.schemaVersion;
    if (version > model_results/* RESULTS_SCHEMA_VERSION */.q3) {
        throw new errors/* ConfigurationError */.j1(`${name}: results schemaVersion ${version} is newer than this Rehearse understands ` +
            `(${model_results/* RESULTS_SCHEMA_VERSION */.q3}); upgrade Rehearse`);
    }
    while (version < model_results/* RESULTS_SCHEMA_VERSION */.q3) {
        const migrate = MIGRATIONS[version];
        if (!migrate)
            throw new errors/* ConfigurationError */.j1(`${name}: results schemaVersion ${version} is no longer supported`);
        document = migrate(document);
        version = document.schemaVersion ?? version + 1;
    }
    return document;
}

;// CONCATENATED MODULE: ./src/results/split.ts
/**
 * Splits a results document, read chunk by chunk, into its `trials` elements
 * (each handed over as its own JSON text) and the rest of the document (with
 * `"trials":[]`). A 10,000-test × 5-trial file is ~140 MB: holding it whole as
 * a buffer, then a string, then parsed objects costs ~500 MB before anything
 * is dropped; split like this, only one trial's text is held at a time.
 *
 * The scanner only tracks strings and nesting, so it is a few byte compares
 * per byte. Whatever it does not expect (top level not an object, `trials`
 * not an array of objects or given twice, truncation, trailing text) it
 * reports as `Unexpected`, and the caller falls back to parsing the whole
 * file, which gives the usual precise error.
 */

class Unexpected extends Error {
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
const SPACE = 0x20;
/** Top-level strings longer than this are values, never the `trials` key: not kept. */
const MAX_KEY_CHARS = 64;
const TRIALS_KEY = 'trials';
const TRANSCRIPT_KEY = 'transcript';
class TrialSplitter {
    onTrial;
    stopAtTrials;
    depth = 0;
    inString = false;
    /** The string's next byte is escaped. */
    escaped = false;
    started = false;
    /** Bytes of a byte order mark met before the document (the rest keeps them; its reader drops them). */
    bomBytes = 0;
    ended = false;
    /** The top-level string being read (a possible key), as far as earlier chunks went; undefined once too long. */
    keyPrefix = '';
    lastString;
    /** The key whose value comes next at the top level. */
    pendingKey;
    inTrials = false;
    sawTrials = false;
    inElement = false;
    elementParts = [];
    /** Bytes of the current trial in earlier chunks. */
    elementBytesBefore = 0;
    /**
     * Positions in the current trial (its first byte is 0): the last string directly in the trial object, an array being
     * read there, and the arrays read there.
     */
    stringStart = -1;
    lastKeyStart = -1;
    lastKeyEnd = -1;
    arrayStart = -1;
    arrayKey = [-1, -1];
    arrays = [];
    restParts = [];
    /** Bytes of the document outside its trials so far (held in `restParts`). */
    restBytes = 0;
    /** How many of `restParts` come before the trials (the last ends with their '['); -1 until the trials are met. */
    headParts = -1;
    /**
     * `onTrial` undefined: trials are skipped over, not even decoded.
     * `stopAtTrials`: `push` ignores everything from the '[' of the trials on (see headBeforeTrials).
     */
    constructor(onTrial, stopAtTrials = false) {
        this.onTrial = onTrial;
        this.stopAtTrials = stopAtTrials;
    }
    /**
     * Feed the next chunk; trial texts are handed to `onTrial` as they complete.
     * The loop keeps its state in locals (this runs once per byte of a file
     * that can be hundreds of MB); the rare top-level events go through `structure`.
     */
    push(chunk) {
        const length = chunk.length;
        let depth = this.depth;
        let inString = this.inString;
        let escaped = this.escaped;
        let inElement = this.inElement;
        const inTrials = this.inTrials;
        let elementStart = inElement ? 0 : -1;
        // Position in the current trial of chunk[i] is elementBase + i.
        let elementBase = this.elementBytesBefore;
        let keyStart = 0;
        this.restStart = inTrials ? -1 : 0;
        for (let i = 0; i < length; i += 1) {
            const byte = chunk[i];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (byte === BACKSLASH)
                    escaped = true;
                else if (byte === QUOTE) {
                    inString = false;
                    if (depth === 1)
                        this.closeKey(chunk, keyStart, i);
                    else if (depth === 3 && inElement)
                        this.closeTrialString(elementBase + i);
                }
                continue;
            }
            if (byte <= SPACE)
                continue;
            if (depth >= 3 || (depth === 2 && !this.inTrials)) {
                // Inside a value: only strings and nesting matter, and in a trial where its arrays (the transcript) are.
                if (byte === QUOTE) {
                    inString = true;
                    if (depth === 3)
                        this.stringStart = elementBase + i + 1;
                }
                else if (byte === OPEN_OBJECT)
                    depth += 1;
                else if (byte === OPEN_ARRAY) {
                    if (depth === 3 && inElement)
                        this.openTrialArray(elementBase + i);
                    depth += 1;
                }
                else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
                    depth -= 1;
                    if (depth === 3 && byte === CLOSE_ARRAY)
                        this.closeTrialArray(elementBase + i + 1);
                    else if (depth === 2 && inElement) {
                        if (byte !== CLOSE_OBJECT)
                            throw new Unexpected('unbalanced brackets');
                        this.finishElement(chunk.subarray(elementStart, i + 1));
                        inElement = false;
                        elementStart = -1;
                    }
                }
                continue;
            }
            if (byte === QUOTE) {
                inString = true;
                if (depth === 1) {
                    keyStart = i + 1;
                    this.keyPrefix = '';
                }
                continue;
            }
            if (depth === 2 && byte === OPEN_OBJECT) {
                // Inside trials, between elements: the next trial starts.
                inElement = true;
                elementStart = i;
                elementBase = 0 - i; // not -i: -0 is a double, and the loop's integer code would deoptimise
                this.startElement();
                depth += 1;
                continue;
            }
            depth = this.structure(chunk, i, byte, depth);
            if (this.stopAtTrials && this.headParts >= 0)
                break;
        }
        if (inString && depth === 1)
            this.keepKeyPrefix(chunk, keyStart, length);
        this.depth = depth;
        this.inString = inString;
        this.escaped = escaped;
        this.inElement = inElement;
        this.elementBytesBefore = elementBase + length;
        if (this.restStart >= 0)
            this.keepRest(chunk.subarray(this.restStart));
        if (inElement && elementStart >= 0 && this.onTrial)
            this.elementParts.push(chunk.subarray(elementStart));
    }
    /** After the last chunk: the rest of the document. */
    finish() {
        if (!this.ended || this.inString)
            throw new Unexpected('the document is truncated');
        return { rest: Buffer.concat(this.restParts).toString('utf8'), sawTrials: this.sawTrials };
    }
    /**
     * The document up to and including the '[' of the top-level trials, once
     * they have been met (undefined before): all a reader needs of a file that
     * has its trials last, so it can stop reading there.
     */
    headBeforeTrials() {
        return this.headParts < 0 ? undefined : Buffer.concat(this.restParts.slice(0, this.headParts)).toString('utf8');
    }
    keepRest(part) {
        this.restParts.push(part);
        this.restBytes += part.length;
    }
    /** Where the current chunk's part of the rest starts; -1 while inside the trials. */
    restStart = 0;
    /** A non-space byte outside strings at the top level, or between trials. Returns the new depth. */
    structure(chunk, i, byte, depth) {
        if (this.ended)
            throw new Unexpected('text after the document');
        if (!this.started) {
            if (byte === bom/* UTF8_BOM_BYTES */.PG[this.bomBytes]) {
                this.bomBytes += 1;
                return depth;
            }
            if (byte !== OPEN_OBJECT)
                throw new Unexpected('top level is not an object');
            this.started = true;
        }
        if (depth === 2 && byte !== COMMA && byte !== CLOSE_ARRAY)
            throw new Unexpected('a trial is not an object');
        let next = depth;
        if (byte === OPEN_OBJECT)
            next += 1;
        else if (byte === CLOSE_OBJECT) {
            next -= 1;
            if (next === 0)
                this.ended = true;
        }
        else if (byte === OPEN_ARRAY) {
            if (depth === 1 && this.pendingKey === TRIALS_KEY) {
                if (this.sawTrials)
                    throw new Unexpected('trials given twice');
                this.sawTrials = true;
                this.inTrials = true;
                // Keep the '[' in the rest; the elements are skipped.
                this.keepRest(chunk.subarray(this.restStart, i + 1));
                this.headParts = this.restParts.length;
                this.restStart = -1;
            }
            next += 1;
        }
        else if (byte === CLOSE_ARRAY) {
            next -= 1;
            if (next === 1 && this.inTrials) {
                this.inTrials = false;
                this.restStart = i;
            }
        }
        if (next < 0)
            throw new Unexpected('unbalanced brackets');
        if (next === 1)
            this.pendingKey = byte === COLON ? this.lastString : undefined;
        return next;
    }
    keepKeyPrefix(chunk, from, to) {
        if (this.keyPrefix === undefined)
            return;
        this.keyPrefix =
            to - from + this.keyPrefix.length > MAX_KEY_CHARS
                ? undefined
                : this.keyPrefix + chunk.toString('latin1', from, to);
    }
    closeKey(chunk, from, to) {
        this.keepKeyPrefix(chunk, from, to);
        this.lastString = this.keyPrefix;
    }
    closeTrialString(end) {
        this.lastKeyStart = this.stringStart;
        this.lastKeyEnd = end;
    }
    /** An array directly in the trial object: its key is the last string read there. */
    openTrialArray(start) {
        if (this.lastKeyEnd - this.lastKeyStart !== TRANSCRIPT_KEY.length)
            return;
        this.arrayStart = start;
        this.arrayKey = [this.lastKeyStart, this.lastKeyEnd];
    }
    closeTrialArray(end) {
        if (this.arrayStart < 0)
            return;
        this.arrays.push({ keyStart: this.arrayKey[0], keyEnd: this.arrayKey[1], start: this.arrayStart, end });
        this.arrayStart = -1;
    }
    startElement() {
        this.elementParts = [];
        this.stringStart = -1;
        this.lastKeyStart = -1;
        this.lastKeyEnd = -1;
        this.arrayStart = -1;
        this.arrays = [];
    }
    finishElement(last) {
        const parts = this.elementParts;
        this.elementParts = [];
        if (!this.onTrial)
            return;
        const bytes = parts.length === 0 ? last : Buffer.concat([...parts, last]);
        const found = this.arrays.filter((span) => bytes.toString('latin1', span.keyStart, span.keyEnd) === TRANSCRIPT_KEY);
        if (found.length > 1)
            throw new Unexpected('a trial has two transcripts');
        const span = found[0];
        if (!span) {
            this.onTrial({ text: bytes.toString('utf8') });
            return;
        }
        this.onTrial({
            text: `${bytes.toString('utf8', 0, span.start)}[]${bytes.toString('utf8', span.end)}`,
            transcript: () => bytes.toString('utf8', span.start, span.end),
        });
    }
}

;// CONCATENATED MODULE: ./src/results/head.ts
/**
 * The document without its trials, read from a file that has its trials last
 * (as writeResults writes it) without touching the trials: the previous run of
 * a comparison needs its tests, totals and history, a few MB at the start of
 * a file whose transcripts can make it hundreds of MB.
 *
 * The file's end tells whether the trials are last: the last top-level value
 * must be an array, and the text before the `"trials"` key must already hold
 * every other array the schema knows and every required key, so the array at
 * the end can only be the trials. Anything else (files from older versions,
 * trials first or in the middle, an escaped `"trials"` key, truncation, a
 * problem in the JSON) gives undefined and the caller reads the whole file,
 * which gives the usual precise errors.
 */



const CHUNK_BYTES = 1 << 20;
/** Enough of the file's end to see its last two structural bytes past any trailing whitespace. */
const TAIL_BYTES = 4096;
const ENDS_WITH_AN_ARRAY = /\][\s]*\}[\s]*$/;
/** What must come before the trials: the required keys and every array-valued key (so the last array is `trials`). */
const KEYS_BEFORE_TRIALS = [
    'schemaVersion',
    'runId',
    'source',
    'suite',
    'git',
    'startedAt',
    'status',
    'variants',
    'skipped',
    'tests',
    'totals',
];
async function endsWithAnArray(file, size) {
    const length = Math.min(size, TAIL_BYTES);
    const { buffer, bytesRead } = await file.read(Buffer.alloc(length), 0, length, size - length);
    return ENDS_WITH_AN_ARRAY.test(buffer.toString('latin1', 0, bytesRead));
}
/**
 * How writeResults starts the trials: a line break and two spaces, so a top-level key. A JSON string cannot hold
 * a raw line break, so these bytes can only be structure; a nested key at the same indentation would leave the
 * text before them unbalanced, and JSON.parse refuses it (the caller then reads the file another way).
 */
const WRITTEN_TRIALS_KEY = Buffer.from('\n  "trials": [');
/** The writer's layout: the head is everything before its trials key, found without parsing the bytes. */
async function writtenHead(file, size, limit) {
    const parts = [];
    let before = 0;
    for (let position = 0; position < size && before <= limit;) {
        const { buffer, bytesRead } = await file.read(Buffer.allocUnsafe(CHUNK_BYTES), 0, CHUNK_BYTES, position);
        if (bytesRead === 0)
            return undefined;
        const chunk = buffer.subarray(0, bytesRead);
        position += bytesRead;
        // The key may straddle the previous chunk and this one: search their seam too.
        const previous = parts.at(-1);
        const seamStart = previous ? Math.max(0, previous.length - WRITTEN_TRIALS_KEY.length + 1) : 0;
        const seam = previous
            ? Buffer.concat([previous.subarray(seamStart), chunk.subarray(0, WRITTEN_TRIALS_KEY.length)])
            : undefined;
        const inSeam = seam ? seam.indexOf(WRITTEN_TRIALS_KEY) : -1;
        const inChunk = inSeam >= 0 ? -1 : chunk.indexOf(WRITTEN_TRIALS_KEY);
        parts.push(chunk);
        if (inSeam >= 0 || inChunk >= 0) {
            const at = inSeam >= 0 ? before - (previous.length - seamStart) + inSeam : before + inChunk;
            return Buffer.concat(parts).toString('utf8', 0, at + WRITTEN_TRIALS_KEY.length);
        }
        before += bytesRead;
    }
    return undefined;
}
/** The text up to and including the trials' '[', found by following the JSON structure byte by byte. */
async function scannedHead(file, size, limit) {
    const splitter = new TrialSplitter(undefined, true);
    for (let position = 0; position < size && splitter.restBytes <= limit;) {
        // A new buffer each time: the splitter keeps slices of the chunks it was given.
        const { buffer, bytesRead } = await file.read(Buffer.allocUnsafe(CHUNK_BYTES), 0, CHUNK_BYTES, position);
        if (bytesRead === 0)
            return undefined;
        splitter.push(buffer.subarray(0, bytesRead));
        position += bytesRead;
        const head = splitter.headBeforeTrials();
        if (head !== undefined)
            return head;
    }
    return undefined;
}
/** The head closed with `]}` and parsed, if it is a document with every key that must come before the trials. */
function documentOf(head) {
    let document;
    try {
        document = JSON.parse(`${(0,bom/* withoutBom */.vA)(head)}]}`);
    }
    catch {
        return undefined;
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document))
        return undefined;
    const found = document;
    return KEYS_BEFORE_TRIALS.every((key) => Object.hasOwn(found, key)) ? found : undefined;
}
/**
 * The parsed document with `"trials": []`, read only up to the trials, or
 * undefined when the caller must read the whole file. Not validated here.
 * The writer's layout is found with a byte search; any other layout is
 * followed structurally. A head longer than `limit` bytes gives undefined
 * (the streaming reader refuses it with the limit's name).
 */
async function readDocumentBeforeTrials(path, limit = Number.POSITIVE_INFINITY) {
    let file;
    try {
        file = await (0,promises_.open)(path, 'r');
    }
    catch {
        return undefined; // the whole-file reader reports it
    }
    try {
        const { size } = await file.stat();
        if (!(await endsWithAnArray(file, size)))
            return undefined;
        const written = await writtenHead(file, size, limit);
        const fast = written === undefined ? undefined : documentOf(written);
        if (fast)
            return fast;
        const scanned = await scannedHead(file, size, limit);
        return scanned === undefined ? undefined : documentOf(scanned);
    }
    catch {
        return undefined; // Unexpected structure or a read error: the whole-file reader decides
    }
    finally {
        await file.close();
    }
}

// EXTERNAL MODULE: ./src/results/variant-totals.ts
var variant_totals = __webpack_require__(3231);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/util/bounded.ts
var bounded = __webpack_require__(3177);
;// CONCATENATED MODULE: ./src/results/limits.ts
/**
 * What a results file read from elsewhere (an artifact, a path given on the
 * command line) may hold. A file Rehearse wrote always fits; a crafted or
 * corrupted one beyond these is refused with a message naming the limit, or
 * cut where it does no harm, before it can take the memory, the stack or the
 * size of a report. Documented in docs/reports.md ("Limits on results files").
 */
/** The whole file. A run of MAX_TRIALS (100,000) conversations of a few KB each fits well. */
const MAX_RESULTS_FILE_BYTES = 1024 * 1024 * 1024;
/**
 * The document without its trials (tests, totals, history): parsed at once, so this bounds the memory of a
 * read (under 1 GB). A test summary takes 1-2 KB with its failure digest, its history up to 4 KB more: tens
 * of thousands of tests fit.
 */
const MAX_RESULTS_HEAD_BYTES = 128 * 1024 * 1024;
/** Files read whole (older schema versions, unusual layouts): parsed at once too. */
const MAX_WHOLE_READ_BYTES = 128 * 1024 * 1024;
/**
 * Test summaries (test × variant). Reports and comparisons of 20,000 failing tests stay under 700 MB of
 * memory; 80,000 took 2 GB.
 */
const MAX_RESULTS_TESTS = 20_000;
/** Trials: the planned ones (at most 100,000) and their confirmation trials. */
const MAX_RESULTS_TRIALS = 200_000;
/**
 * Characters of a string that names something (ids, keys, test names, criterion types, variants, tags, file
 * paths, versions): longer ones are cut, keeping a hash of the whole so two long names stay two.
 */
const MAX_ARTIFACT_NAME_CHARS = 500;
/** Characters of free text outside transcripts (reasons, messages, descriptions, excerpts). */
const MAX_ARTIFACT_TEXT_CHARS = 20_000;
/** Characters of one string in a transcript (a message, a tool call's arguments or result). */
const MAX_TRANSCRIPT_TEXT_CHARS = 200_000;

;// CONCATENATED MODULE: ./src/results/bound.ts
/**
 * A results file from elsewhere, made safe to show before it is validated:
 * nesting deeper than MAX_NESTING_DEPTH is cut (the tool arguments and
 * results of a transcript are free-form), and every string is capped by what
 * it is: a name (ids, keys, test names, criterion ids and types, tags…), free
 * text, or transcript text. Every report prints these fields; an 8 MB test
 * name would otherwise make an 8 MB line in each of them. A cut string ends
 * with what was cut and a hash of the whole, so two long names stay two and
 * the same name cut in two files is still the same.
 */



/** Keys whose strings are free text (a judge's reason, an error message…), not names. */
const TEXT_KEYS = new Set([
    'reason',
    'reasons',
    'trialReasons',
    'message',
    'error',
    'detail',
    'content',
    'excerpt',
    'evidence',
    'part',
    'description',
    'title',
    'summary',
    'text',
    'stderr',
    'outcomes',
    'arguments',
    'result',
    'output',
    'input',
    'expected',
    'expectedOutput',
]);
function capOf(key, zone) {
    const text = key !== undefined && TEXT_KEYS.has(key);
    if (zone === 'transcript')
        return text ? MAX_TRANSCRIPT_TEXT_CHARS : MAX_ARTIFACT_NAME_CHARS;
    return text ? MAX_ARTIFACT_TEXT_CHARS : MAX_ARTIFACT_NAME_CHARS;
}
/** `text` cut to at most `max` characters, ending with how much was cut and a hash of the whole. */
function capString(text, max) {
    if (text.length <= max)
        return text;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 12);
    const note = `… [cut: ${text.length.toLocaleString('en-US')} characters, sha256 ${hash}]`;
    let end = Math.max(0, max - note.length);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1; // never half a surrogate pair
    return `${text.slice(0, end)}${note}`;
}
/** A copy of a parsed results document (or one trial) with depth and strings bounded. */
function boundArtifact(value, inTranscript = false) {
    return (0,bounded/* mapJson */.T)(value, {
        zone: (key, parent) => parent ?? (key === 'transcript' || inTranscript ? 'transcript' : undefined),
        string: (text, key, zone) => capString(text, capOf(key, zone)),
        key: (key) => capString(key, MAX_ARTIFACT_NAME_CHARS),
    });
}

;// CONCATENATED MODULE: ./src/results/read.ts
/**
 * Reading a results file, optionally lean: compare needs only the test
 * summaries and totals, the PR comment only the transcripts of failing
 * trials, so a reader can drop the transcripts it will never show while the
 * file streams by (see split.ts) instead of holding the whole run in memory;
 * a reader that needs no trials stops where they start (see head.ts).
 */











const read_CHUNK_BYTES = 1 << 20;
const SHOWN_WHEN_FAILING = new Set(['fail', 'error', 'invalid']);
function keepsTranscript(keep, status) {
    return keep === 'all' || (keep === 'failing' && typeof status === 'string' && SHOWN_WHEN_FAILING.has(status));
}
function invalidResults(name, issues) {
    const first = issues[0];
    const where = first?.path.length ? first.path.join('.') : '(root)';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
    return new errors/* ConfigurationError */.j1(`${name}: not a valid results file: at ${where}: ${first?.message ?? 'invalid'}${more}`);
}
const MB = 1024 * 1024;
const megabytes = (bytes) => `${Math.round(bytes / MB).toLocaleString('en-US')} MB`;
/** Refused: above one of the documented limits (docs/reports.md, "Limits on results files"). */
function tooLarge(name, what, limit) {
    return new errors/* ConfigurationError */.j1(`${name}: not read: ${what}, above the limit of ${limit} for a results file (see "Limits on results files" ` +
        `in docs/reports.md)`);
}
/** The counts of a parsed document (or its part before the trials), checked before anything else is done with it. */
function checkCounts(document, name) {
    if (typeof document !== 'object' || document === null)
        return;
    const { tests, trials } = document;
    if (Array.isArray(tests) && tests.length > MAX_RESULTS_TESTS)
        throw tooLarge(name, `${tests.length.toLocaleString('en-US')} tests`, MAX_RESULTS_TESTS.toLocaleString('en-US'));
    if (Array.isArray(trials) && trials.length > MAX_RESULTS_TRIALS)
        throw tooLarge(name, `${trials.length.toLocaleString('en-US')} trials`, MAX_RESULTS_TRIALS.toLocaleString('en-US'));
}
/**
 * Records keyed by what the file says (test keys, variants, failure categories, setting names) without a
 * prototype: a test keyed `constructor` or `toString` finds its own entry or none, never Object's.
 */
function withoutPrototypes(results) {
    const bare = (record) => Object.assign(Object.create(null), record);
    for (const test of results.tests)
        test.failureCategories = bare(test.failureCategories);
    results.totals.failureCategories = bare(results.totals.failureCategories);
    const variantTotals = bare(results.variantTotals);
    for (const totals of Object.values(variantTotals))
        totals.failureCategories = bare(totals.failureCategories);
    return {
        ...results,
        variantTotals,
        ...(results.history ? { history: bare(results.history) } : {}),
    };
}
/** Validates an already parsed (and migrated) document. */
function validateResults(document, name) {
    const parsed = model_results/* ResultsSchema */.SX.safeParse(document);
    if (!parsed.success)
        throw invalidResults(name, parsed.error.issues);
    return withoutPrototypes(parsed.data);
}
/** Parses and validates a results document; `name` appears in every error. */
function parseResults(text, name) {
    let json;
    try {
        json = JSON.parse((0,bom/* withoutBom */.vA)(text));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${name}: not a valid results file: the JSON is malformed or truncated (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    checkCounts(json, name);
    return validateResults(migrateResults(boundArtifact(json), name), name);
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new Unexpected('a trial is not valid JSON');
    }
}
/** Invalid trials whose problems are collected for the error; later ones are not validated. */
const MAX_INVALID_TRIALS_NAMED = 20;
/** More trials than MAX_RESULTS_TRIALS, met while they stream by. */
class TooManyTrials extends Error {
}
/**
 * Trials validated one at a time, transcripts dropped as asked; agent latencies kept per variant for recomputed totals.
 */
class TrialCollector {
    keep;
    trials = [];
    issues = [];
    latencies = new Map();
    seen = 0;
    invalidTrials = 0;
    /** `first-failing`: per test key, the failing trial with the lowest index so far. */
    exemplars = new Map();
    constructor(keep) {
        this.keep = keep;
    }
    /** A trial from the splitter: its transcript is parsed only if it is kept. */
    addText({ text, transcript }) {
        const raw = boundArtifact(parseJson(text));
        if (transcript && typeof raw === 'object' && raw !== null && keepsTranscript(this.keep, raw.status))
            raw.transcript = boundArtifact(parseJson(transcript()), true);
        this.add(raw, transcript);
    }
    /** `cutTranscript`: the text of the transcript the splitter cut out of `raw`, for `first-failing`. */
    add(raw, cutTranscript) {
        const index = this.seen;
        this.seen += 1;
        if (this.seen > MAX_RESULTS_TRIALS)
            throw new TooManyTrials();
        let exemplarTranscript;
        if (this.keep !== 'all' && typeof raw === 'object' && raw !== null) {
            const trial = raw;
            const own = trial.transcript;
            if (Array.isArray(own))
                this.noteLatencies(trial.variant, own);
            if (this.keep === 'first-failing' && typeof trial.status === 'string' && SHOWN_WHEN_FAILING.has(trial.status)) {
                exemplarTranscript = cutTranscript ? () => ({ text: cutTranscript() }) : () => ({ parsed: own });
            }
            if (!keepsTranscript(this.keep, trial.status))
                trial.transcript = [];
        }
        // The file is refused anyway: the first invalid trials say why, the rest are only counted.
        if (this.invalidTrials >= MAX_INVALID_TRIALS_NAMED)
            return;
        const parsed = model_results/* TrialResultSchema */.X9.safeParse(raw);
        if (!parsed.success) {
            this.invalidTrials += 1;
            this.noteIssues(parsed.error.issues, ['trials', index]);
            return;
        }
        const trial = this.shared(parsed.data);
        this.trials.push(trial);
        if (exemplarTranscript)
            this.offerExemplar(trial, index, exemplarTranscript);
    }
    /**
     * The transcript's text is decoded only for a trial that is its test's
     * exemplar so far, and kept as a string: the splitter's bytes are slices of
     * 1 MB read chunks, and keeping one would keep its whole chunk.
     */
    offerExemplar(trial, position, transcript) {
        const best = this.exemplars.get(trial.key);
        if (best && best.trial.index <= trial.index)
            return;
        this.exemplars.set(trial.key, { trial, position, transcript: transcript() });
    }
    noteIssues(issues, at) {
        this.issues.push(...issues.map((issue) => ({ path: [...at, ...issue.path], message: issue.message })));
    }
    /** After the last trial: the excerpts' transcripts, parsed and validated. */
    finish() {
        for (const { trial, position, transcript } of this.exemplars.values()) {
            const parsed = model_results/* TranscriptSchema */.mK.safeParse('text' in transcript ? boundArtifact(parseJson(transcript.text), true) : transcript.parsed);
            if (parsed.success)
                trial.transcript = parsed.data;
            else
                this.noteIssues(parsed.error.issues, ['trials', position, 'transcript']);
        }
        this.exemplars.clear();
    }
    /**
     * Fields with few distinct values (variant, status, versions, metric ids
     * and types) share one string each instead of one copy per trial: JSON.parse
     * makes a new string for every occurrence. Free text (reasons) is left as is.
     */
    shared(trial) {
        const s = (value) => {
            const known = this.strings.get(value);
            if (known !== undefined)
                return known;
            this.strings.set(value, value);
            return value;
        };
        trial.testId = s(trial.testId);
        trial.key = s(trial.key);
        trial.variant = s(trial.variant);
        trial.status = s(trial.status);
        trial.endReason = s(trial.endReason);
        if (trial.personaVersion !== undefined)
            trial.personaVersion = s(trial.personaVersion);
        if (trial.scenarioVersion !== undefined)
            trial.scenarioVersion = s(trial.scenarioVersion);
        for (const metric of trial.metrics) {
            metric.id = s(metric.id);
            metric.type = s(metric.type);
        }
        return trial;
    }
    strings = new Map();
    noteLatencies(variant, transcript) {
        const mine = this.latencies.get(String(variant)) ?? [];
        for (const event of transcript) {
            const { type, latencyMs, recorded } = (event ?? {});
            if (type === 'agent_message' && typeof latencyMs === 'number' && recorded !== true)
                mine.push(latencyMs);
        }
        this.latencies.set(String(variant), mine);
    }
}
/** A multi-variant file without per-variant totals: compare would recompute them from the transcripts. */
function needsVariantTotals(results) {
    return Object.keys(results.variantTotals).length === 0 && new Set(results.tests.map((test) => test.variant)).size > 1;
}
/**
 * A lean read must not leave compare recomputing per-variant totals from
 * transcripts it no longer has: they are computed here, from the latencies
 * noted before the transcripts were dropped.
 */
function withVariantTotals(results, latencies) {
    if (!needsVariantTotals(results))
        return results;
    const variants = [...new Set(results.tests.map((test) => test.variant))];
    const variantTotals = Object.fromEntries(variants.map((variant) => [variant, (0,variant_totals/* computeVariantTotals */._)(results, variant, latencies.get(variant) ?? [])]));
    return { ...results, variantTotals };
}
/** The whole file at once: unusual files, older schema versions, and every error message. */
async function readWhole(path, keep, keepTrials) {
    let text;
    try {
        const { size } = await (0,promises_.stat)(path);
        if (size > MAX_WHOLE_READ_BYTES)
            throw tooLarge(path, `a file of ${megabytes(size)} in a layout read whole`, megabytes(MAX_WHOLE_READ_BYTES));
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw cannotRead(path, error);
    }
    const results = parseResults(text, path);
    if (!keepTrials)
        return { ...results, trials: [] };
    if (keep === 'all')
        return results;
    const collector = new TrialCollector(keep);
    for (const trial of results.trials)
        collector.add({ ...trial });
    collector.finish();
    return withVariantTotals({ ...results, trials: collector.trials }, collector.latencies);
}
function cannotRead(path, error) {
    return new errors/* ConfigurationError */.j1(`${path}: cannot read results file (${(0,errors/* errorMessage */.gJ)(error)})`);
}
async function readStreaming(path, keep, keepTrials) {
    const collector = new TrialCollector(keep);
    const splitter = new TrialSplitter(keepTrials ? (trial) => collector.addText(trial) : undefined);
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: read_CHUNK_BYTES })) {
            splitter.push(chunk);
            if (splitter.restBytes > MAX_RESULTS_HEAD_BYTES)
                throw tooLarge(path, `more than ${megabytes(MAX_RESULTS_HEAD_BYTES)} besides its trials`, megabytes(MAX_RESULTS_HEAD_BYTES));
        }
    }
    catch (error) {
        if (error instanceof Unexpected)
            return undefined;
        if (error instanceof TooManyTrials)
            throw tooLarge(path, `more than ${MAX_RESULTS_TRIALS.toLocaleString('en-US')} trials`, MAX_RESULTS_TRIALS.toLocaleString('en-US'));
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw cannotRead(path, error);
    }
    let document;
    try {
        const { rest, sawTrials } = splitter.finish();
        if (!sawTrials)
            return undefined;
        collector.finish();
        document = JSON.parse((0,bom/* withoutBom */.vA)(rest));
    }
    catch {
        return undefined;
    }
    checkCounts(document, path);
    document = boundArtifact(document);
    // Older versions are migrated as whole documents; a newer one is refused by migrateResults.
    if (document.schemaVersion !== model_results/* RESULTS_SCHEMA_VERSION */.q3)
        return typeof document.schemaVersion === 'number' && document.schemaVersion > model_results/* RESULTS_SCHEMA_VERSION */.q3
            ? validateResults(migrateResults(document, path), path)
            : undefined;
    const parsed = model_results/* ResultsSchema */.SX.safeParse(document);
    const issues = [...(parsed.success ? [] : parsed.error.issues), ...collector.issues];
    if (!parsed.success || issues.length > 0)
        throw invalidResults(path, issues);
    const results = { ...withoutPrototypes(parsed.data), trials: collector.trials };
    // Per-variant totals missing from a multi-variant file need every transcript's latencies: read it whole (older,
    // hand-made files only).
    if (keep !== 'all' && keepTrials && needsVariantTotals(results))
        return undefined;
    return results;
}
/**
 * Without trials, from a file with its trials last: only the text before them
 * is read. A file of the current schema only (older ones are migrated whole).
 */
async function readBeforeTrials(path) {
    const document = await readDocumentBeforeTrials(path, MAX_RESULTS_HEAD_BYTES);
    if (document?.schemaVersion !== model_results/* RESULTS_SCHEMA_VERSION */.q3)
        return undefined;
    checkCounts(document, path);
    const parsed = model_results/* ResultsSchema */.SX.safeParse(boundArtifact(document));
    // An invalid file is read again in full, for the same error whatever the layout.
    return parsed.success ? withoutPrototypes(parsed.data) : undefined;
}
const explained = (test) => test.failure !== undefined || test.failures + test.errors + test.invalid === 0;
/**
 * The run without its trials when its test summaries explain every failure
 * (failure digests): all the PR comment, check run and job summary read. A
 * run whose summaries lack digests (an older file) keeps its trials, from
 * which the reports compute them.
 */
function summariesOnly(results) {
    return results.tests.every(explained) ? { ...results, trials: [] } : results;
}
/**
 * What the PR comment, check run, job summary, markdown and JSON reports
 * need of a run: its tests (with their failure digests), totals and history,
 * without the trials, read from the text before them. A file written before
 * digests existed is read again with each failing test's first transcript,
 * from which the reports compute them.
 */
async function readSummaries(path) {
    const lean = await readResults(path, { trials: false });
    return lean.tests.every(explained) ? lean : readResults(path, { transcripts: 'first-failing' });
}
/** The file's size, refused above MAX_RESULTS_FILE_BYTES before a byte of it is read. */
async function checkFileSize(path) {
    let size;
    try {
        ({ size } = await (0,promises_.stat)(path));
    }
    catch (error) {
        throw cannotRead(path, error);
    }
    if (size > MAX_RESULTS_FILE_BYTES)
        throw tooLarge(path, `a file of ${megabytes(size)}`, megabytes(MAX_RESULTS_FILE_BYTES));
}
async function readResults(path, options = {}) {
    await checkFileSize(path);
    const keep = options.transcripts ?? 'all';
    const keepTrials = options.trials ?? true;
    const lean = keepTrials ? undefined : await readBeforeTrials(path);
    return lean ?? (await readStreaming(path, keep, keepTrials)) ?? readWhole(path, keep, keepTrials);
}


/***/ }),

/***/ 3231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ computeVariantTotals)
/* harmony export */ });
/* harmony import */ var _aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2475);
/* harmony import */ var _util_percentile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4713);
/**
 * Totals of one variant recomputed from its tests and trials, for results
 * files written without `variantTotals` (older or hand-made files). Lives
 * here, not in compare/, because a lean read (transcripts dropped) must
 * compute it while the transcripts, whose agent latencies it needs, go by.
 * The rules are aggregate's `totals()`, the ones a run writes its own with.
 */


/**
 * `latencies`: every agent turn latency of the variant's trials; by default
 * read from the transcripts (pass them when the transcripts were dropped).
 * The duration is the run's, as in the totals a run writes per variant.
 */
function computeVariantTotals(results, variant, latencies) {
    const computed = (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .totals */ .Sd)({
        tests: results.tests.filter((test) => test.variant === variant),
        trials: results.trials.filter((trial) => trial.variant === variant),
        durationMs: results.totals.durationMs,
    });
    if (latencies === undefined)
        return computed;
    return { ...computed, latencyP50: (0,_util_percentile_js__WEBPACK_IMPORTED_MODULE_1__/* .percentile */ .Y)(latencies, 50), latencyP95: (0,_util_percentile_js__WEBPACK_IMPORTED_MODULE_1__/* .percentile */ .Y)(latencies, 95) };
}


/***/ }),

/***/ 4713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ percentile)
/* harmony export */ });
/**
 * Shared by judge (latency metrics) and aggregate (per-test and per-run
 * latency): a helper at the bottom so neither stage imports the other for it.
 */
/**
 * Percentile by linear interpolation between closest ranks (the common
 * "type 7" definition: p50 of [1,2,3,4] is 2.5). null for no values.
 */
function percentile(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = (p / 100) * (sorted.length - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    const lowValue = sorted[low];
    const highValue = sorted[high];
    return lowValue + (highValue - lowValue) * (rank - low);
}


/***/ }),

/***/ 9997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ formatMs),
/* harmony export */   x: () => (/* binding */ truncate)
/* harmony export */ });
/** Plain-text helpers shared by the stages that write text for people (the failure digest, the reports). */
/** Cut text to `max` characters (not splitting a surrogate pair), marking the cut. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/** "850 ms", "4.2 s", "3 min 5 s", "1 h 2 min"; "—" when unknown. */
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


/***/ }),

/***/ 5662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ writeFailure),
/* harmony export */   QM: () => (/* binding */ WriteError),
/* harmony export */   Tl: () => (/* binding */ writeTextFile),
/* harmony export */   a7: () => (/* binding */ writeChunks)
/* harmony export */ });
/* unused harmony export JOINED_BELOW_CHARS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/**
 * Writing files, with errors that name the file. Node's own say
 * `ENOSPC: no space left on device, write` without saying which file: every
 * write of Rehearse (results, journal, reports, cassettes, traces) goes
 * through here or through `writeFailure`, so a full disk or a read-only
 * directory is one line naming the file, never a stack trace.
 *
 * `writeChunks` writes a big document made in pieces (the HTML report, JUnit
 * XML) as the pieces come, never joined into one string past its first MiB.
 * `stream.pipeline` handles back-pressure and rejects as soon as either side
 * fails, closing both.
 */






/** A file that could not be written: its path, what the system said, and (for some) what to do. */
class WriteError extends _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1 {
    path;
    code;
    constructor(path, cause, advice = '') {
        const code = cause?.code;
        super(`cannot write ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(cause)}${HINTS[code ?? ''] ?? ''}${advice ? `; ${advice}` : ''}`);
        this.path = path;
        this.name = 'WriteError';
        this.code = code;
        this.cause = cause;
    }
}
const HINTS = {
    ENOSPC: ' (the disk is full)',
    EDQUOT: ' (the disk quota is used up)',
    EACCES: ' (no permission to write there)',
    EPERM: ' (no permission to write there)',
    EROFS: ' (a read-only file system)',
};
/**
 * The error to throw for a failed write of `path`: a system error (ENOSPC, EACCES…) becomes a WriteError naming
 * the file; anything else (a bug in what produced the text) is left as it is.
 */
function writeFailure(path, error, advice) {
    if (error instanceof WriteError)
        return error;
    const system = typeof error?.syscall === 'string';
    return system ? new WriteError(path, error, advice) : error;
}
/**
 * A document made of fewer characters than this is joined and written at once: for the results and reports of a
 * small run, a stream's machinery costs more than the copy (a few ms at the end of every run, cold code).
 */
const JOINED_BELOW_CHARS = 1 << 20;
async function writeChunks(path, chunks) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        const pieces = chunks[Symbol.iterator]();
        const head = [];
        let size = 0;
        let next;
        try {
            for (next = pieces.next(); !next.done && size < JOINED_BELOW_CHARS; next = pieces.next()) {
                head.push(next.value);
                size += next.value.length;
            }
        }
        catch (error) {
            // What makes the text failed before a byte was written: no earlier file of that name stays, looking current.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { force: true });
            throw error;
        }
        if (next.done)
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, head.join(''), 'utf8');
        const first = next.value;
        function* rest() {
            try {
                yield head.join('');
                yield first;
                for (let piece = pieces.next(); !piece.done; piece = pieces.next())
                    yield piece.value;
            }
            finally {
                // A failed write closes this generator: the source is closed with it (its own `finally` blocks run).
                pieces.return?.();
            }
        }
        // objectMode: false would re-chunk strings as Buffers; each piece is written as it is, in order.
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from(rest(), { objectMode: false }), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(path, 'utf8'));
    }
    catch (error) {
        throw writeFailure(path, error);
    }
}
/** `writeFile` (its directory made first) with an error naming the file. */
async function writeTextFile(path, text) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, text, 'utf8');
    }
    catch (error) {
        throw writeFailure(path, error);
    }
}


/***/ }),

/***/ 7822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wh: () => (/* reexport */ DEFAULT_CONFIRMATION),
  ap: () => (/* reexport */ DEFAULT_THRESHOLD_SETTINGS),
  c6: () => (/* reexport */ INFRASTRUCTURE_SHARE),
  GJ: () => (/* reexport */ REFERENCE_DROP),
  HM: () => (/* reexport */ baselineReference),
  x: () => (/* reexport */ chooseReference),
  yj: () => (/* reexport */ comparisonLevel),
  G5: () => (/* reexport */ countComparisons),
  eg: () => (/* reexport */ decideDrop),
  Z0: () => (/* reexport */ decideTest),
  Ip: () => (/* reexport */ decideThreshold),
  Yz: () => (/* reexport */ detectability),
  RA: () => (/* reexport */ dropPValue),
  Tj: () => (/* reexport */ firstCounts),
  sO: () => (/* reexport */ fullSample),
  Yw: () => (/* reexport */ isBelow),
  We: () => (/* reexport */ observedDrop),
  $h: () => (/* reexport */ plannedCounts),
  W8: () => (/* reexport */ referencePool),
  kU: () => (/* reexport */ referenceTrialsNeeded),
  uV: () => (/* reexport */ sampleOf),
  zc: () => (/* reexport */ settingsFor),
  YV: () => (/* reexport */ wilsonInterval)
});

// UNUSED EXPORTS: DEFAULT_RUN_ALPHA, EXACT_LIMIT, FLOAT_TOLERANCE, OUTLIER_P, REQUIRED_POWER, SHIFT_RUNS, Z_95, dropPower, drownedInInfrastructure, fisherDropPValue, fromDecimal, indifferenceZone, lessThan, logLikelihoodRatio, rational, toNumber

;// CONCATENATED MODULE: ./src/verdict/rational.ts
/**
 * Exact non-negative rationals (BigInt numerator / denominator), so that a
 * p-value is compared with α by the rule `p < α` and not by rounding:
 * 3/3 → 0/3 has p = 1/20 exactly, which is not below α = 0.05.
 */
function gcd(a, b) {
    let x = a < 0n ? -a : a;
    let y = b < 0n ? -b : b;
    while (y !== 0n)
        [x, y] = [y, x % y];
    return x;
}
function rational(num, den) {
    if (den <= 0n)
        throw new RangeError(`rational: denominator must be positive, got ${den}`);
    if (num < 0n)
        throw new RangeError(`rational: numerator must not be negative, got ${num}`);
    const divisor = gcd(num, den) || 1n;
    return { num: num / divisor, den: den / divisor };
}
/**
 * The rational a user meant by a decimal: the shortest decimal that prints
 * as `value` (JavaScript's `String(0.05)` is "0.05"), so 0.05 is 1/20 and not
 * the binary double just above it.
 */
function fromDecimal(value) {
    if (!Number.isFinite(value) || value < 0)
        throw new RangeError(`fromDecimal: ${value} is not a finite non-negative number`);
    const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
    if (!match)
        throw new RangeError(`fromDecimal: cannot read ${value} as a decimal`);
    const [, whole, fraction = '', exponentText = '0'] = match;
    const exponent = Number(exponentText) - fraction.length;
    const digits = BigInt(`${whole}${fraction}`);
    return exponent >= 0 ? rational(digits * 10n ** BigInt(exponent), 1n) : rational(digits, 10n ** BigInt(-exponent));
}
function lessThan(a, b) {
    return a.num * b.den < b.num * a.den;
}
function divideByInteger(a, divisor) {
    if (!Number.isInteger(divisor) || divisor < 1)
        throw new RangeError(`divideByInteger: ${divisor} is not a positive integer`);
    return rational(a.num, a.den * BigInt(divisor));
}
function bitLength(value) {
    return value === 0n ? 0 : value.toString(2).length;
}
/** The nearest double (to ~2⁻⁶⁰ relative), also for numerators and denominators far beyond 2¹⁰²⁴. */
function toNumber(value) {
    if (value.num === 0n)
        return 0;
    const shift = bitLength(value.den) - bitLength(value.num) + 64;
    const scaled = shift >= 0 ? (value.num << BigInt(shift)) / value.den : value.num / (value.den << BigInt(-shift));
    return Number(scaled) * 2 ** -shift;
}

;// CONCATENATED MODULE: ./src/verdict/alpha.ts
/**
 * α spending for the whole gate. The gate fails a run when any test shows a
 * confirmed regression in any comparison (against its history or the
 * previous run, and baseline → candidate). With m such comparisons in a run,
 * testing each at α_run / m keeps P(any false regression) ≤ α_run whatever the
 * dependence between them (Bonferroni's inequality: P(∪ Aᵢ) ≤ Σ P(Aᵢ)).
 *
 * The level is an exact rational: 0.05 / 30 is 1/600, not a rounded double.
 */

const DEFAULT_RUN_ALPHA = 0.05;
/** The level each comparison is tested at so the run's false-fail rate stays ≤ runAlpha. */
function comparisonLevel(runAlpha = DEFAULT_RUN_ALPHA, comparisons) {
    if (!(runAlpha > 0 && runAlpha < 1))
        throw new RangeError(`run alpha must be between 0 and 1 (exclusive), got ${runAlpha}`);
    const count = Math.max(1, comparisons);
    if (!Number.isInteger(count))
        throw new RangeError(`comparisons must be a whole number, got ${comparisons}`);
    const alpha = divideByInteger(fromDecimal(runAlpha), count);
    return { runAlpha, comparisons: count, alpha, value: toNumber(alpha) };
}
/** m = the number of statistical comparisons the run makes (the runner knows them before the first trial). */
function countComparisons(tests) {
    let count = 0;
    for (const test of tests) {
        if (test.deterministic)
            continue;
        count += Number(test.againstHistoryOrPrevious) + Number(test.againstBaseline);
    }
    return count;
}

;// CONCATENATED MODULE: ./src/verdict/fisher-float.ts
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

;// CONCATENATED MODULE: ./src/verdict/p-value.ts
/**
 * A p-value as the decision rule sees it: exact (a rational) for the table
 * sizes that occur in practice, a double beyond, and one comparison with α
 * that treats both honestly.
 */

/**
 * A float p-value is "below α" only when it is below by more than this share
 * of α: a float computation of a p that equals α exactly can land a few ulps
 * either side, and p = α is not a rejection. Costs at most 1e-9 × α of size.
 */
const FLOAT_TOLERANCE = 1e-9;
function exactPValue(exact) {
    return { value: toNumber(exact), exact };
}
/** The documented rule `p < α`, decided exactly when the p-value is exact. */
function isBelow(p, alpha) {
    if (p.exact)
        return lessThan(p.exact, alpha);
    return p.value < toNumber(alpha) * (1 - FLOAT_TOLERANCE);
}

;// CONCATENATED MODULE: ./src/verdict/fisher-exact.ts
/**
 * One-sided Fisher exact test of "the current pass rate is lower than the
 * reference's", exact with BigInt for tables of up to EXACT_LIMIT trials.
 *
 *                pass   fail
 *   reference     a      b
 *   current       c      d
 *
 * With the margins fixed, the reference's passes X follow a hypergeometric
 * distribution; p = P(X ≥ a) = Σ_{x ≥ a} C(S, x) C(N − S, n − x) / C(N, n).
 */



/**
 * Up to this many trials in the table the p-value is an exact rational (about 60 ms for the slowest
 * table at the limit; dropPValue memoises); beyond, a double with FLOAT_TOLERANCE.
 */
const EXACT_LIMIT = 2000;
function assertCounts(counts, name) {
    const { passes, trials } = counts;
    if (!Number.isInteger(passes) || !Number.isInteger(trials) || passes < 0 || trials < 0 || passes > trials) {
        throw new RangeError(`${name}: ${passes}/${trials} is not a count of passes out of trials`);
    }
}
/** Numerator Σ_{x ≥ a} C(S, x) C(N − S, n − x) and denominator C(N, n), by exact recurrences. */
function hypergeometricUpperTail(a, n, successes, population) {
    const failures = population - successes;
    const upper = Math.min(n, successes);
    let num = 0n;
    // Walk x from `upper` down to `a`, updating both binomials by one factor at a time.
    let chooseSuccesses = binomial(successes, upper);
    let chooseFailures = binomial(failures, n - upper);
    for (let x = upper; x >= a; x -= 1) {
        num += chooseSuccesses * chooseFailures;
        if (x === a)
            break;
        // C(S, x−1) = C(S, x)·x/(S−x+1);  C(F, n−x+1) = C(F, n−x)·(F−n+x)/(n−x+1)
        chooseSuccesses = (chooseSuccesses * BigInt(x)) / BigInt(successes - x + 1);
        const k = n - x;
        chooseFailures = k + 1 > failures ? 0n : (chooseFailures * BigInt(failures - k)) / BigInt(k + 1);
    }
    return { num, den: binomial(population, n) };
}
function binomial(n, k) {
    if (k < 0 || k > n)
        return 0n;
    const smaller = Math.min(k, n - k);
    let result = 1n;
    for (let i = 1; i <= smaller; i += 1)
        result = (result * BigInt(n - smaller + i)) / BigInt(i);
    return result;
}
/** One-sided p-value of a drop from `reference` to `current`; 1 when either side has no trial. */
function fisherDropPValue(reference, current) {
    assertCounts(reference, 'reference');
    assertCounts(current, 'current');
    if (reference.trials === 0 || current.trials === 0)
        return exactPValue(rational(1n, 1n));
    const population = reference.trials + current.trials;
    if (population > EXACT_LIMIT)
        return { value: fisherOneSided(reference, current) };
    const successes = reference.passes + current.passes;
    const tail = hypergeometricUpperTail(reference.passes, reference.trials, successes, population);
    return exactPValue(rational(tail.num, tail.den));
}

;// CONCATENATED MODULE: ./src/verdict/drop.ts
/**
 * The comparison the compare stage calls: one-sided p-value of "the current
 * pass rate is lower than the reference's". Fisher's exact test conditions
 * on both margins; it is valid for any common pass rate and, with the
 * confirmation trials of policy.ts, powerful enough for the targets the
 * verdict bench checks (bench/verdict.ts), so no unconditional test is needed.
 */

const cache = new Map();
const CACHE_LIMIT = 100_000;
/** p-value of a drop from `reference` to `current` (exact up to EXACT_LIMIT trials); memoised, tables repeat. */
function dropPValue(reference, current) {
    const key = `${reference.passes}/${reference.trials}:${current.passes}/${current.trials}`;
    const known = cache.get(key);
    if (known)
        return known;
    const computed = fisherDropPValue(reference, current);
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(key, computed);
    return computed;
}
/** The current side passes less often than the reference (the only direction a regression test looks at). */
function observedDrop(reference, current) {
    return current.passes * reference.trials < reference.passes * current.trials;
}

;// CONCATENATED MODULE: ./src/verdict/confirm-drop.ts



/** Tuned with bench/verdict.ts to meet the issue's power targets at the least cost (figures there). */
const DEFAULT_CONFIRMATION = {
    maxExtra: 20,
    maxExtraPaired: 25,
    batch: 5,
    screenP: 0.3,
    screenPPaired: 0.55,
};
function settled(outcome, reason, pValue) {
    return { status: 'settled', outcome, reason, ...(pValue ? { pValue } : {}) };
}
function more(current, reference, reason) {
    return { status: 'more', current: Math.max(0, current), reference: Math.max(0, reference), reason };
}
function suspected(reference, current, screenP) {
    return observedDrop(reference, current) && dropPValue(reference, current).value < screenP;
}
function assertPlan(planned, settings) {
    if (!Number.isInteger(planned) || planned < 1)
        throw new RangeError(`planned trials must be a positive whole number, got ${planned}`);
    for (const name of ['maxExtra', 'maxExtraPaired']) {
        const value = settings[name];
        if (!Number.isInteger(value) || value < 0) {
            throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
        }
    }
    if (!Number.isInteger(settings.batch) || settings.batch < 1) {
        throw new RangeError(`batch must be a positive whole number, got ${settings.batch}`);
    }
}
/** The fixed sample a regression is decided on: current trials, and reference trials when the reference grows too. */
function fullSample(input) {
    const settings = input.settings ?? DEFAULT_CONFIRMATION;
    const refPlanned = input.reference?.extendablePlanned;
    if (refPlanned === undefined)
        return { current: input.planned + settings.maxExtra };
    return { current: input.planned + settings.maxExtraPaired, reference: refPlanned + settings.maxExtraPaired };
}
/** The next step for one test's comparison with one reference. */
function decideDrop(input) {
    const { reference, current, planned, alpha } = input;
    const settings = input.settings ?? DEFAULT_CONFIRMATION;
    assertCounts(current, 'current');
    assertPlan(planned, settings);
    if (!reference || (reference.counts.trials === 0 && reference.extendablePlanned === undefined)) {
        return settled('no-reference', 'nothing to compare with');
    }
    const ref = reference.counts;
    const refPlanned = reference.extendablePlanned;
    const refMissing = refPlanned === undefined ? 0 : refPlanned - ref.trials;
    if (current.trials < planned || refMissing > 0) {
        // Curtailment: stop early only when no outcome of the remaining planned trials could make it a suspected drop.
        const worst = { passes: current.passes, trials: Math.max(planned, current.trials) };
        if (refMissing <= 0 &&
            !input.deterministic &&
            !suspected(ref, worst, refPlanned === undefined ? settings.screenP : settings.screenPPaired)) {
            return settled('no-drop', 'cannot become a suspected drop in the planned trials');
        }
        return more(planned - current.trials, refMissing, 'planned trials');
    }
    if (input.deterministic) {
        return observedDrop(ref, current)
            ? settled('regression-confirmed', 'declared deterministic: any drop is a regression')
            : settled('no-drop', 'declared deterministic: no drop');
    }
    const full = fullSample(input);
    const target = full.current;
    const refTarget = full.reference ?? ref.trials;
    const screenP = refPlanned !== undefined && current.trials === planned ? settings.screenPPaired : settings.screenP;
    const pValue = dropPValue(ref, current);
    if (current.trials >= target && ref.trials >= refTarget) {
        return isBelow(pValue, alpha)
            ? settled('regression-confirmed', `p < α after ${current.trials} trials`, pValue)
            : settled(current.trials === planned ? 'no-drop' : 'not-confirmed', `p ≥ α after ${current.trials} trials`, pValue);
    }
    if (!suspected(ref, current, screenP)) {
        return settled(current.trials === planned ? 'no-drop' : 'not-confirmed', 'no suspected drop', pValue);
    }
    // Futility: even if every remaining current trial failed and every remaining reference trial
    // passed, p would stay ≥ α.
    const best = dropPValue({ passes: ref.passes + Math.max(0, refTarget - ref.trials), trials: Math.max(ref.trials, refTarget) }, { passes: current.passes, trials: Math.max(current.trials, target) });
    if (!isBelow(best, alpha))
        return settled('not-confirmed', 'cannot reach α even if every further trial failed', pValue);
    return more(Math.min(settings.batch, target - current.trials), Math.min(settings.batch, refTarget - ref.trials), 'suspected drop: confirming');
}

;// CONCATENATED MODULE: ./src/verdict/confirm-threshold.ts
/**
 * Threshold verdicts ("passes at least 80% of the time") that two runs of an
 * unchanged agent agree on. Over a fixed 5 trials, a test that passes 90% of
 * the time fails "4 of 5" in 8% of runs, so two runs disagree 15% of the
 * time. Here a test whose trials leave its verdict in doubt gets more trials:
 * a truncated sequential probability-ratio test (SPRT) between "comfortably
 * meets it" (θ + δ) and "clearly misses it" (θ − δ), the indifference zone.
 *
 *   LLR = s·ln(p₁/p₀) + f·ln((1 − p₁)/(1 − p₀))   (s passes, f failures)
 *
 * From the planned trials on: settle `pass` when LLR ≥ passBound, `fail` when
 * LLR ≤ −failBound, else run `batch` more, up to `maxExtra` extra trials; at
 * the cap, pass iff LLR ≥ capBound. The bounds are asymmetric on purpose: a
 * false fail blocks a deploy, so failing needs e³ ≈ 20:1 evidence while a
 * 5/5 start settles a pass. With θ = 0.8, δ = 0.1, 5 planned and 10 extra: a
 * p = 0.9 test fails 1.2% of runs (two runs disagree 2.3%) at 8.1 trials on
 * average; p = 1.0 stays at 5; p = 0.7 still fails 46% (today 47%).
 * Figures: bench/verdict.ts, case (e).
 *
 * θ = 1 ("every trial must pass") and θ = 0 are rules, not estimates: no confirmation.
 */

const DEFAULT_THRESHOLD_SETTINGS = {
    zone: 0.1,
    passBound: 0.6,
    failBound: 3,
    capBound: -2.25,
    maxExtra: 10,
    batch: 5,
};
/** The zone [p₀, p₁], kept inside (0, 1) so a threshold near an end still has two hypotheses. */
function indifferenceZone(threshold, zone) {
    return { low: Math.max(threshold - zone, threshold / 2), high: Math.min(threshold + zone, (1 + threshold) / 2) };
}
function logLikelihoodRatio(counts, threshold, zone) {
    const { low, high } = indifferenceZone(threshold, zone);
    const failures = counts.trials - counts.passes;
    return counts.passes * Math.log(high / low) + failures * Math.log((1 - high) / (1 - low));
}
/** How many passes a run needs under the plain rule "rate ≥ θ" (the epsilon keeps 0.8 × 5 from demanding 5). */
function requiredPasses(trials, threshold) {
    return Math.max(0, Math.ceil(threshold * trials - 1e-9));
}
function confirm_threshold_settled(outcome, reason, llr) {
    return { status: 'settled', outcome, reason, ...(llr === undefined ? {} : { llr }) };
}
function plainRule(input) {
    const { current, planned, threshold } = input;
    const required = requiredPasses(planned, threshold);
    if (current.passes >= required)
        return confirm_threshold_settled('pass', `${current.passes} ≥ ${required} of ${planned} passed`);
    if (current.trials - current.passes > planned - required)
        return confirm_threshold_settled('fail', `more than ${planned - required} of ${planned} failed`);
    return { status: 'more', current: planned - current.trials, reference: 0, reason: 'planned trials' };
}
function decideThreshold(input) {
    const { current, planned, threshold } = input;
    const settings = input.settings ?? DEFAULT_THRESHOLD_SETTINGS;
    assertCounts(current, 'current');
    if (!(threshold >= 0 && threshold <= 1))
        throw new RangeError(`threshold must be between 0 and 1, got ${threshold}`);
    if (!Number.isInteger(planned) || planned < 1) {
        throw new RangeError(`planned trials must be a positive whole number, got ${planned}`);
    }
    if (threshold <= 0)
        return confirm_threshold_settled('pass', 'no minimum pass rate');
    if (threshold >= 1 || settings.maxExtra === 0)
        return plainRule(input);
    const llrAfter = (passes, trials) => logLikelihoodRatio({ passes, trials }, threshold, settings.zone);
    if (current.trials < planned) {
        // Curtailment: the planned trials are run unless their outcome can no longer change the first look.
        const missing = planned - current.trials;
        if (llrAfter(current.passes, planned) >= settings.passBound)
            return confirm_threshold_settled('pass', 'passes whatever the remaining planned trials do');
        if (llrAfter(current.passes + missing, planned) <= -settings.failBound)
            return confirm_threshold_settled('fail', 'fails whatever the remaining planned trials do');
        return { status: 'more', current: missing, reference: 0, reason: 'planned trials' };
    }
    const llr = llrAfter(current.passes, current.trials);
    const cap = planned + settings.maxExtra;
    if (llr >= settings.passBound)
        return confirm_threshold_settled('pass', `evidence for ≥ ${threshold} after ${current.trials} trials`, llr);
    if (llr <= -settings.failBound)
        return confirm_threshold_settled('fail', `evidence for < ${threshold} after ${current.trials} trials`, llr);
    if (current.trials >= cap) {
        return llr >= settings.capBound
            ? confirm_threshold_settled('pass', `not shown below ${threshold} after ${current.trials} trials`, llr)
            : confirm_threshold_settled('fail', `below ${threshold} after ${current.trials} trials`, llr);
    }
    return {
        status: 'more',
        current: Math.min(settings.batch, cap - current.trials),
        reference: 0,
        reason: 'verdict within noise of its threshold: confirming',
    };
}

;// CONCATENATED MODULE: ./src/verdict/decide.ts
/**
 * One test's next step, from all its comparisons and its threshold: the
 * function the runner calls between batches of trials. Settled when every
 * part is settled; otherwise the largest request of any part (the trials
 * serve all of them: every verdict is read from all the test's trials).
 */


const OUTCOME_RANK = {
    'regression-confirmed': 3,
    'not-confirmed': 2,
    'no-drop': 1,
    'no-reference': 0,
};
function decideTest(input) {
    const drops = input.drops.map(decideDrop);
    const threshold = input.threshold ? decideThreshold(input.threshold) : undefined;
    const parts = threshold ? [...drops, threshold] : drops;
    const pending = parts.filter((part) => part.status === 'more');
    if (pending.length > 0) {
        return {
            status: 'more',
            current: Math.max(...pending.map((part) => part.current)),
            reference: Math.max(...pending.map((part) => part.reference)),
            reasons: pending.map((part) => part.reason),
        };
    }
    const settledDrops = drops.filter((part) => part.status === 'settled');
    const regression = settledDrops.reduce((worst, part) => (OUTCOME_RANK[part.outcome] > OUTCOME_RANK[worst] ? part.outcome : worst), 'no-reference');
    return {
        status: 'settled',
        drops: settledDrops,
        ...(threshold?.status === 'settled' ? { threshold } : {}),
        regression,
    };
}

;// CONCATENATED MODULE: ./src/verdict/wilson.ts
/**
 * Wilson score interval for a pass rate: honest at 0/n and n/n, where the
 * textbook p ± z·√(p(1−p)/n) collapses to a point. For the reports, the CSV
 * and the comment's details.
 */
/** z for a two-sided 95% interval. */
const Z_95 = 1.959963984540054;
function wilsonInterval(passes, trials, z = Z_95) {
    if (!Number.isInteger(passes) || !Number.isInteger(trials) || passes < 0 || passes > trials) {
        throw new RangeError(`wilsonInterval: ${passes}/${trials} is not a count of passes out of trials`);
    }
    if (trials === 0)
        return null;
    const rate = passes / trials;
    const z2 = z * z;
    const denominator = 1 + z2 / trials;
    const center = (rate + z2 / (2 * trials)) / denominator;
    const half = (z * Math.sqrt((rate * (1 - rate)) / trials + z2 / (4 * trials * trials))) / denominator;
    // The ends are exact at 0/n and n/n; clamping only removes rounding below 0 or above 1.
    return {
        low: passes === 0 ? 0 : Math.max(0, center - half),
        high: passes === trials ? 1 : Math.min(1, center + half),
    };
}

// EXTERNAL MODULE: ./src/model/history.ts
var model_history = __webpack_require__(8585);
;// CONCATENATED MODULE: ./src/verdict/history-hygiene.ts
/**
 * Which of a test's history entries its reference pools. A base branch has
 * bad days: a run drowned in endpoint errors, a bad deploy that failed every
 * test and was fixed the next day. Pooled as they are, one such run poisons
 * ten runs of reference (drops missed, always-passing tests called flaky).
 * And a regression that was merged is the new normal once it lasts: main
 * must not stay red forever, nor turn red at once.
 *
 * The rules, in order (docs/statistics.md, "History hygiene"):
 * 1. Only entries with the test's identity (same definition version).
 * 2. Infrastructure: an entry whose errors and invalid trials are more than
 *    INFRASTRUCTURE_SHARE of its planned trials, or that its run marked
 *    `excluded`, is left out.
 * 3. Level shift: when the last SHIFT_RUNS entries all sit on one side of the
 *    earlier ones and differ from them at p < OUTLIER_P, the reference starts
 *    at the shift (extended back over earlier entries on the same side).
 * 4. Outliers: an entry that differs from all the others at p < OUTLIER_P
 *    (one-sided exact test, in its own direction) is left out. Under no
 *    change this almost never happens (a p = 0.9 test scores 0/5 once in
 *    100,000 runs), so an unchanged test keeps its whole history.
 */


/** An entry with more errored or invalid trials than this share of its planned ones is not evidence. */
const INFRASTRUCTURE_SHARE = 0.5;
/** The level at which one run is told apart from the rest (a bad day) or the last runs from the earlier (a shift). */
const OUTLIER_P = 0.001;
/** Runs a new level must last before it becomes the reference. */
const SHIFT_RUNS = 3;
function countsOf(entries) {
    let passes = 0;
    let trials = 0;
    for (const entry of entries) {
        passes += entry.passes;
        trials += entry.passes + entry.failures;
    }
    return { passes, trials };
}
/** Errors and invalid trials drowned the entry (or its run said so). */
function drownedInInfrastructure(entry) {
    if (entry.excluded === 'infrastructure')
        return true;
    const broken = entry.errors + (entry.invalid ?? 0);
    const all = entry.passes + entry.failures + broken;
    return all === 0 || entry.passes + entry.failures === 0 || broken > INFRASTRUCTURE_SHARE * all;
}
/** One-sided exact p-value that `a` and `b` differ, in the direction they differ (1 when equal rates). */
function differenceP(a, b) {
    if (a.trials === 0 || b.trials === 0)
        return 1;
    const aHigher = a.passes * b.trials > b.passes * a.trials;
    const bHigher = b.passes * a.trials > a.passes * b.trials;
    if (aHigher)
        return fisherOneSided(a, b);
    if (bHigher)
        return fisherOneSided(b, a);
    return 1;
}
function rateOf(rate) {
    return rate.trials === 0 ? 0 : rate.passes / rate.trials;
}
/** Index where a lasting shift starts, or -1. */
function shiftStart(entries) {
    if (entries.length <= SHIFT_RUNS)
        return -1;
    const recent = entries.slice(-SHIFT_RUNS);
    const earlier = entries.slice(0, -SHIFT_RUNS);
    const before = countsOf(earlier);
    const after = countsOf(recent);
    if (differenceP(before, after) >= OUTLIER_P)
        return -1;
    const down = rateOf(after) < rateOf(before);
    const beforeRate = rateOf(before);
    const onShiftedSide = (entry) => {
        const rate = rateOf(countsOf([entry]));
        return down ? rate < beforeRate : rate > beforeRate;
    };
    if (!recent.every(onShiftedSide))
        return -1;
    let start = entries.length - SHIFT_RUNS;
    while (start > 0 && onShiftedSide(entries[start - 1]))
        start -= 1;
    return start;
}
/** Entries that differ from all the others at p < OUTLIER_P. */
function outliers(entries) {
    const found = new Set();
    if (entries.length < 3)
        return found;
    const total = countsOf(entries);
    for (const entry of entries) {
        const own = countsOf([entry]);
        const rest = { passes: total.passes - own.passes, trials: total.trials - own.trials };
        if (differenceP(own, rest) < OUTLIER_P)
            found.add(entry);
    }
    return found;
}
/** The entries a test's reference pools, and the pooled counts. */
function referencePool(entries, definition) {
    const leftOut = [];
    const leave = (entry, reason) => leftOut.push({ runId: entry.runId, reason });
    let kept = [];
    for (const entry of entries) {
        if (!(0,model_history/* sameDefinition */.uD)(entry.definition, definition))
            leave(entry, 'definition');
        else if (drownedInInfrastructure(entry))
            leave(entry, 'infrastructure');
        else
            kept.push(entry);
    }
    const start = shiftStart(kept);
    if (start > 0) {
        for (const entry of kept.slice(0, start))
            leave(entry, 'before-shift');
        kept = kept.slice(start);
    }
    const odd = outliers(kept);
    for (const entry of odd)
        leave(entry, 'outlier');
    kept = kept.filter((entry) => !odd.has(entry));
    const pooled = (0,model_history/* pool */.dz)(kept, definition);
    return { ...pooled, excludedRuns: entries.length - pooled.runs, leftOut, shifted: start > 0 };
}

;// CONCATENATED MODULE: ./src/verdict/reference.ts
/**
 * Which reference a test is compared with: its pooled history on the base
 * branch (same definition version, the entries history-hygiene.ts keeps), else the single previous run (same
 * definition), else nothing. The baseline variant is a separate comparison
 * (see alpha.ts: both count towards the α spending).
 */


function chooseReference(history, definition, previous) {
    const pooled = referencePool(history ?? [], definition);
    if (pooled.trials > 0)
        return { counts: { passes: pooled.passes, trials: pooled.trials }, source: 'history' };
    if (previous && previous.counts.trials > 0 && (0,model_history/* sameDefinition */.uD)(previous.definition, definition)) {
        return { counts: previous.counts, source: 'previous' };
    }
    return undefined;
}
/** The baseline variant of this run as the reference of its candidate: it takes confirmation trials too. */
function baselineReference(counts, planned) {
    return { counts, source: 'baseline', extendablePlanned: planned };
}

;// CONCATENATED MODULE: ./src/verdict/plan.ts
/** Pass/fail counts among the first `limit` finished trials (all of them when `outcomes` is absent). */
function firstCounts(test, limit) {
    if (test.outcomes === undefined)
        return { passes: test.passes, trials: test.passes + test.failures };
    let passes = 0;
    let trials = 0;
    for (const outcome of test.outcomes.slice(0, limit)) {
        if (outcome === 'p')
            passes += 1;
        if (outcome === 'p' || outcome === 'f')
            trials += 1;
    }
    return { passes, trials };
}
/**
 * Counts of the planned trials of a test in a results file: the first `runs` finished trials when the
 * file records the outcomes in order, else all of its counts (older files ran exactly their plan).
 * Errors and invalid trials are left out, as the history pools them.
 */
function plannedCounts(test) {
    return firstCounts(test, test.runs);
}

;// CONCATENATED MODULE: ./src/verdict/power.ts
/**
 * How much a reference can tell: the power of a test's drop comparison, and
 * the smallest drop it detects. A test with one or two runs of history is
 * compared with 5–10 reference trials; at the per-comparison level of a
 * 20-test run that cannot detect even 0.9 → 0.4, and the gate would be
 * blind without saying so. The runner uses this to decide where the base
 * revision must be run side by side (`rehearse run --base`), and every
 * output names the smallest detectable drop where it cannot.
 *
 * The power is computed exactly over both binomial samples, for the
 * decision the confirmation policy takes (src/verdict/confirm-drop.ts): a
 * suspected drop at the planned trials (one-sided p < screenP), then the
 * exact test on the full sample (planned + maxExtra current trials) at the
 * comparison's level. The intermediate futility stops are left out: they
 * only stop runs that could no longer reject, so the figure is the policy's.
 */


/** The drop a reference must be able to detect: the one the gate promises to catch. */
const REFERENCE_DROP = { from: 0.9, to: 0.4 };
/** The power a reference must give for that drop. */
const REQUIRED_POWER = 0.8;
/**
 * Outcomes less likely than this are left out of the power sum: at most (planned + 1) × (extra + 1) of them, so
 * under 1e-8 of power in all, far below any figure printed, while a 500-run test skips two thirds of its outcomes.
 */
const NEGLIGIBLE = 1e-14;
/** Drops are searched in these steps (percentage points) for the smallest detectable one. */
const DROP_STEP = 0.05;
function binomialPmf(n, p) {
    const pmf = new Array(n + 1).fill(0);
    if (p <= 0)
        pmf[0] = 1;
    else if (p >= 1)
        pmf[n] = 1;
    else {
        let logCoefficient = 0;
        for (let k = 0; k <= n; k += 1) {
            if (k > 0)
                logCoefficient += Math.log(n - k + 1) - Math.log(k);
            pmf[k] = Math.exp(logCoefficient + k * Math.log(p) + (n - k) * Math.log(1 - p));
        }
    }
    return pmf;
}
/** P(X ≥ k) for each k, from a pmf. */
function upperTails(pmf) {
    const tails = new Array(pmf.length + 1).fill(0);
    for (let k = pmf.length - 1; k >= 0; k -= 1)
        tails[k] = tails[k + 1] + pmf[k];
    return tails;
}
/**
 * The smallest reference pass count that makes `current` a drop below `level`
 * (Fisher's p falls as the reference passes more); trials + 1 when none does.
 */
function criticalReferencePasses(referenceTrials, current, level) {
    let low = 0;
    let high = referenceTrials + 1;
    while (low < high) {
        const middle = Math.floor((low + high) / 2);
        const p = fisherOneSided({ passes: middle, trials: referenceTrials }, current);
        if (p < level)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}
/** The probability that a true drop from `from` to `to` is confirmed as a regression. */
function dropPower(input, from, to) {
    const settings = input.settings ?? DEFAULT_CONFIRMATION;
    const { referenceTrials: nRef, planned } = input;
    if (nRef <= 0 || planned <= 0)
        return 0;
    const extra = settings.maxExtra;
    const refTails = upperTails(binomialPmf(nRef, from));
    const plannedPmf = binomialPmf(planned, to);
    const extraPmf = binomialPmf(extra, to);
    // The rejection point depends only on the passes in all, not on how they split between planned and extra trials.
    const rejectAtTotal = [];
    const rejectAt = (passes) => (rejectAtTotal[passes] ??= criticalReferencePasses(nRef, { passes, trials: planned + extra }, input.alpha));
    let power = 0;
    for (let first = 0; first <= planned; first += 1) {
        const pFirst = plannedPmf[first];
        if (pFirst < NEGLIGIBLE)
            continue;
        // Screened at the planned trials: confirmation runs only for reference counts that make it suspected.
        const screenAt = criticalReferencePasses(nRef, { passes: first, trials: planned }, settings.screenP);
        for (let more = 0; more <= extra; more += 1) {
            const pMore = extraPmf[more];
            if (pMore < NEGLIGIBLE)
                continue;
            power += pFirst * pMore * refTails[Math.max(screenAt, rejectAt(first + more))];
        }
    }
    return Math.min(1, power);
}
/**
 * What a reference of this size can detect, from its own pass rate when it has one (else REFERENCE_DROP.from):
 * the figure every output prints where the reference is too small.
 */
/** Memoised by their inputs: every run asks the same few questions (reference sizes × run counts × levels). */
const memo = new Map();
const MEMO_LIMIT = 10_000;
function remembered(key, compute) {
    if (memo.has(key))
        return memo.get(key);
    const value = compute();
    if (memo.size >= MEMO_LIMIT)
        memo.clear();
    memo.set(key, value);
    return value;
}
function settingsKey(settings) {
    const s = settings ?? DEFAULT_CONFIRMATION;
    return `${s.maxExtra}/${s.screenP}`;
}
function detectability(input, referenceRate) {
    const { referenceTrials, planned, alpha } = input;
    const key = `d:${referenceTrials}:${planned}:${alpha}:${settingsKey(input.settings)}:${referenceRate}`;
    return remembered(key, () => computeDetectability(input, referenceRate));
}
function computeDetectability(input, referenceRate) {
    const power = dropPower(input, REFERENCE_DROP.from, REFERENCE_DROP.to);
    const from = referenceRate === undefined || referenceRate < DROP_STEP ? REFERENCE_DROP.from : referenceRate;
    let smallestDrop = null;
    for (let steps = 1; steps * DROP_STEP <= from + 1e-9; steps += 1) {
        const drop = Math.round(steps * DROP_STEP * 100) / 100;
        if (dropPower(input, from, Math.max(0, from - drop)) >= REQUIRED_POWER) {
            smallestDrop = Math.min(drop, from);
            break;
        }
    }
    return { power, sufficient: power >= REQUIRED_POWER, smallestDrop, from };
}
/**
 * The fewest reference trials that catch REFERENCE_DROP with REQUIRED_POWER (at most `limit`): how far the base
 * side must top a short history up.
 */
function referenceTrialsNeeded(input, limit = 200) {
    const key = `n:${input.planned}:${input.alpha}:${settingsKey(input.settings)}:${limit}`;
    return remembered(key, () => computeTrialsNeeded(input, limit));
}
function computeTrialsNeeded(input, limit) {
    for (let trials = 1; trials <= limit; trials += 1) {
        if (dropPower({ ...input, referenceTrials: trials }, REFERENCE_DROP.from, REFERENCE_DROP.to) >= REQUIRED_POWER)
            return trials;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/verdict/sample.ts
const NOT_EVIDENCE = /[^pf]/;
function settingsFor(settings, broken) {
    return broken ? { ...settings, maxExtra: 0, maxExtraPaired: 0 } : settings;
}
/** `outcomes`: one letter per finished trial in trial order (p, f, e, i). */
function sampleOf(outcomes, runs, settings) {
    const plannedLetters = outcomes.slice(0, runs);
    let lost = 0;
    for (const letter of plannedLetters)
        if (letter !== 'p' && letter !== 'f')
            lost += 1;
    const broken = NOT_EVIDENCE.test(outcomes);
    const evidence = outcomes.replace(/[^pf]/g, '');
    return {
        planned: runs - lost,
        broken,
        settings: settingsFor(settings, broken),
        counts(limit = Infinity) {
            const taken = evidence.slice(0, limit);
            let passes = 0;
            for (const letter of taken)
                if (letter === 'p')
                    passes += 1;
            return { passes, trials: taken.length };
        },
    };
}

;// CONCATENATED MODULE: ./src/verdict/index.ts
/**
 * The verdict core: exact drop tests, α spending over the gate's comparisons,
 * confirmation and early stopping as pure decisions, threshold verdicts,
 * Wilson intervals. No I/O; the runner, compare and gate call these.
 * Plain-words account: docs/statistics.md. Figures: bench/verdict.ts.
 */
















/***/ })

};

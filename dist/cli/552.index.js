export const id = 552;
export const ids = [552];
export const modules = {

/***/ 8519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hq: () => (/* binding */ summarizeTests),
/* harmony export */   Sd: () => (/* binding */ totals),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   h6: () => (/* binding */ variantTotals),
/* harmony export */   j: () => (/* binding */ summarizeInfos),
/* harmony export */   ox: () => (/* binding */ testInfoOf)
/* harmony export */ });
/* unused harmony exports testInfosFromTrials, summarizeTest, sumUsage, agentLatencies */
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3888);


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
            source: { file: trial.source.file, line: trial.source.line, column: trial.source.column },
            runs: trial.runs,
            minPassRate: trial.minPassRate,
        });
    }
    return [...infos.values()];
}
function testInfoOf(summary) {
    const { key, testId, variant, name, kind, tags, priority, personaId, personaVersion, scenarioId, scenarioVersion, source, runs, minPassRate } = summary;
    return stripUndefined({ key, testId, variant, name, kind, tags, priority, personaId, personaVersion, scenarioId, scenarioVersion, source, runs, minPassRate });
}
/** Summaries of the planned tests; a planned test with no finished trial is `not_run`. */
function summarizeTests(trials, results) {
    return summarizeInfos(testInfosFromTrials(trials), results);
}
function summarizeInfos(infos, results) {
    const byKey = groupBy(results, (result) => result.key);
    return infos.map((info) => summarizeTest(info, byKey.get(info.key) ?? []));
}
function summarizeTest(info, results) {
    const count = (status) => results.filter((result) => result.status === status).length;
    const passes = count('pass');
    const failures = count('fail');
    const judged = passes + failures;
    const latencies = results.flatMap(agentLatencies);
    return {
        ...info,
        trials: results.length,
        passes,
        failures,
        errors: count('error'),
        invalid: count('invalid'),
        passRate: judged === 0 ? null : passes / judged,
        passHatK: (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .passHatK */ .qv)(passes, judged, info.runs),
        wilson95: (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .wilson95 */ .pv)(passes, judged),
        verdict: verdictOf(info, passes, failures, count('error'), count('invalid')),
        costUsd: sum(results.map((result) => result.usage.costUsd)),
        latencyP50: (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentile */ .Ym)(latencies, 50),
        latencyP95: (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentile */ .Ym)(latencies, 95),
        failureCategories: countCategories(results),
    };
}
/**
 * The verdict counts against the planned runs: it passes as soon as enough
 * trials passed, fails as soon as too many failed to ever reach that, and is
 * otherwise undecided: `error` when errors are the reason, `invalid` when an
 * invalid simulator is, `not_run` when trials are simply missing.
 */
function verdictOf(info, passes, failures, errors, invalid) {
    const required = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredPasses */ .Td)(info.runs, info.minPassRate);
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
function totals({ tests, trials, durationMs }) {
    const verdicts = (verdict) => tests.filter((test) => test.verdict === verdict).length;
    const passed = verdicts('pass');
    const failed = verdicts('fail');
    const latencies = trials.flatMap(agentLatencies);
    return {
        tests: tests.length,
        passed,
        failed,
        errored: verdicts('error'),
        invalid: verdicts('invalid'),
        notRun: verdicts('not_run'),
        trials: trials.length,
        passRate: passed + failed === 0 ? null : passed / (passed + failed),
        usage: sumUsage(trials.map((trial) => trial.usage)),
        durationMs,
        latencyP50: (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentile */ .Ym)(latencies, 50),
        latencyP95: (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentile */ .Ym)(latencies, 95),
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
        totals({ tests: tests.filter((test) => test.variant === variant), trials: trials.filter((trial) => trial.variant === variant), durationMs }),
    ]));
}
function sumUsage(usages) {
    return {
        inputTokens: sum(usages.map((usage) => usage.inputTokens)),
        outputTokens: sum(usages.map((usage) => usage.outputTokens)),
        costUsd: sum(usages.map((usage) => usage.costUsd)),
    };
}
/** Agent turn latencies (ms) of one trial, from its transcript. */
function agentLatencies(result) {
    return result.transcript.flatMap((event) => (event.type === 'agent_message' ? [event.latencyMs] : []));
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
function stripUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
}


/***/ }),

/***/ 3888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Td: () => (/* binding */ requiredPasses),
/* harmony export */   Ym: () => (/* binding */ percentile),
/* harmony export */   pv: () => (/* binding */ wilson95),
/* harmony export */   qv: () => (/* binding */ passHatK)
/* harmony export */ });
/* unused harmony export choose */
/**
 * The statistics behind run counts: pure functions, unit-tested against
 * hand-computed values.
 */
/** z for a two-sided 95% interval. */
const Z_95 = 1.959963984540054;
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
/** Wilson score interval (95%) for a pass rate of `passes` out of `trials`. */
function wilson95(passes, trials) {
    if (trials === 0)
        return null;
    const p = passes / trials;
    const z2 = Z_95 * Z_95;
    const denominator = 1 + z2 / trials;
    const center = (p + z2 / (2 * trials)) / denominator;
    const half = (Z_95 * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
    return [Math.max(0, center - half), Math.min(1, center + half)];
}
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
/** The number of passes a test needs: "passes if ≥ 4 of 5" for min_pass_rate 0.8 over 5 runs. */
function requiredPasses(runs, minPassRate) {
    // The epsilon keeps 0.8 × 5 = 4.000000000000001 from demanding 5.
    return Math.max(0, Math.ceil(minPassRate * runs - 1e-9));
}


/***/ }),

/***/ 552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n0: () => (/* reexport */ mergeResults),
  x8: () => (/* binding */ readResults),
  KB: () => (/* binding */ writeResults)
});

// UNUSED EXPORTS: EndReasonSchema, FailureCategorySchema, MetricResultSchema, RESULTS_SCHEMA_VERSION, ResultsSchema, RunStatusSchema, TestSummarySchema, TotalsSchema, TraceEventSchema, TrialResultSchema, TrialStatusSchema, UsageSchema, parseResults

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/results/schema.ts
var schema = __webpack_require__(6303);
;// CONCATENATED MODULE: ./src/results/migrate.ts
/**
 * Older results files are upgraded here, one step per schemaVersion, before
 * validation; the rest of the code only ever sees the current version.
 */


/** MIGRATIONS[v] turns a version-v document into version v+1. None yet: version 1 is the first. */
const MIGRATIONS = {};
function migrateResults(json, name) {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return json;
    let document = json;
    if (typeof document.schemaVersion !== 'number')
        return document;
    let version = document.schemaVersion;
    if (version > schema/* RESULTS_SCHEMA_VERSION */.q3) {
        throw new errors/* ConfigurationError */.j1(`${name}: results schemaVersion ${version} is newer than this Rehearse understands (${schema/* RESULTS_SCHEMA_VERSION */.q3}); upgrade Rehearse`);
    }
    while (version < schema/* RESULTS_SCHEMA_VERSION */.q3) {
        const migrate = MIGRATIONS[version];
        if (!migrate)
            throw new errors/* ConfigurationError */.j1(`${name}: results schemaVersion ${version} is no longer supported`);
        document = migrate(document);
        version = document.schemaVersion ?? version + 1;
    }
    return document;
}

// EXTERNAL MODULE: ./src/aggregate/index.ts
var aggregate = __webpack_require__(8519);
;// CONCATENATED MODULE: ./src/results/merge.ts
/**
 * Shards of one plan (a GitHub Actions matrix running `--shard i/n`) merged
 * back into one run whose tests and totals equal the unsharded run's.
 */


const PRIORITY_RANK = { critical: 0, high: 1, normal: 2, low: 3 };
function mergeResults(given) {
    if (given.length === 0)
        throw new errors/* ConfigurationError */.j1('merge: no results files given');
    checkCompatible(given);
    // Shard 1 (else the earliest) gives the merged run its id and git info, whatever the argument order.
    const shards = [...given].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0) || Date.parse(a.startedAt) - Date.parse(b.startedAt));
    const first = shards[0];
    const infos = new Map(shards.flatMap((shard) => shard.tests.map((test) => [test.key, (0,aggregate/* testInfoOf */.ox)(test)])));
    const orderedInfos = [...infos.values()].sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.key.localeCompare(b.key));
    const trials = shards.flatMap((shard) => shard.trials);
    checkUniqueTrials(trials.map((trial) => trial.id));
    const startedAt = minIso(shards.map((shard) => shard.startedAt));
    const finished = shards.map((shard) => shard.finishedAt).filter((value) => value !== undefined);
    const finishedAt = finished.length === shards.length ? maxIso(finished) : undefined;
    const durationMs = finishedAt ? Date.parse(finishedAt) - Date.parse(startedAt) : Math.max(...shards.map((shard) => shard.totals.durationMs));
    const tests = (0,aggregate/* summarizeInfos */.j)(orderedInfos, trials);
    const stopped = shards.find((shard) => shard.status === 'stopped');
    const { shard: _shard, ...base } = first;
    return {
        ...base,
        startedAt,
        ...(finishedAt ? { finishedAt } : {}),
        status: mergedStatus(shards.map((shard) => shard.status)),
        ...(stopped?.stopReason ? { stopReason: stopped.stopReason } : {}),
        skipped: uniqueBy(shards.flatMap((shard) => shard.skipped), (entry) => entry.key),
        tests,
        trials,
        totals: (0,aggregate/* totals */.Sd)({ tests, trials, durationMs }),
        variantTotals: (0,aggregate/* variantTotals */.h6)(tests, trials, durationMs),
    };
}
function checkCompatible(shards) {
    const [first] = shards;
    const variantsOf = (results) => results.variants.map((variant) => variant.id).sort().join(',');
    shards.forEach((shard, index) => {
        const label = `shard ${index + 1} (run ${shard.runId})`;
        if (shard.suite.name !== first.suite.name || shard.suite.config !== first.suite.config) {
            throw new errors/* ConfigurationError */.j1(`merge: ${label} is from suite "${shard.suite.name}" (${shard.suite.config}), the first is from "${first.suite.name}" (${first.suite.config}); only shards of one suite can be merged`);
        }
        if (variantsOf(shard) !== variantsOf(first)) {
            throw new errors/* ConfigurationError */.j1(`merge: ${label} ran variants [${variantsOf(shard)}], the first ran [${variantsOf(first)}]; only shards of one plan can be merged`);
        }
        if (shard.shard && first.shard && shard.shard.total !== first.shard.total) {
            throw new errors/* ConfigurationError */.j1(`merge: ${label} is one of ${shard.shard.total} shards, the first one of ${first.shard.total}`);
        }
    });
    const indexes = shards.flatMap((shard) => (shard.shard ? [shard.shard.index] : []));
    const duplicate = indexes.find((index, position) => indexes.indexOf(index) !== position);
    if (duplicate !== undefined)
        throw new errors/* ConfigurationError */.j1(`merge: shard ${duplicate} is given twice`);
}
function checkUniqueTrials(ids) {
    const seen = new Set();
    for (const id of ids) {
        if (seen.has(id))
            throw new errors/* ConfigurationError */.j1(`merge: trial ${id} appears in more than one shard; were the shards planned with the same --shard total?`);
        seen.add(id);
    }
}
function mergedStatus(statuses) {
    if (statuses.includes('failed'))
        return 'failed';
    if (statuses.includes('stopped'))
        return 'stopped';
    if (statuses.includes('running'))
        return 'running';
    return 'completed';
}
function minIso(values) {
    return values.reduce((min, value) => (Date.parse(value) < Date.parse(min) ? value : min));
}
function maxIso(values) {
    return values.reduce((max, value) => (Date.parse(value) > Date.parse(max) ? value : max));
}
function uniqueBy(items, keyOf) {
    const seen = new Set();
    return items.filter((item) => !seen.has(keyOf(item)) && (seen.add(keyOf(item)), true));
}

;// CONCATENATED MODULE: ./src/results/index.ts
/**
 * Reading, writing and merging results files. Writes are atomic (temp file +
 * rename) so a cancelled or crashed run never leaves half a file behind.
 */








async function readResults(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${path}: cannot read results file (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    return parseResults(text, path);
}
/** Parses and validates a results document; `name` appears in every error. */
function parseResults(text, name) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${name}: not a valid results file: the JSON is malformed or truncated (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    const migrated = migrateResults(json, name);
    const parsed = schema/* ResultsSchema */.SX.safeParse(migrated);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first?.path.length ? first.path.join('.') : '(root)';
        const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
        throw new errors/* ConfigurationError */.j1(`${name}: not a valid results file: at ${where}: ${first?.message ?? 'invalid'}${more}`);
    }
    return parsed.data;
}
async function writeResults(path, results) {
    const valid = schema/* ResultsSchema */.SX.parse(results);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, `${JSON.stringify(valid, null, 2)}\n`, 'utf8');
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 6303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ ResultsSchema),
/* harmony export */   d$: () => (/* binding */ RunStatusSchema),
/* harmony export */   q3: () => (/* binding */ RESULTS_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports UsageSchema, TraceEventSchema, EndReasonSchema, MetricResultSchema, TrialStatusSchema, FailureCategorySchema, TrialResultSchema, TestSummarySchema, TotalsSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4377);
/**
 * The results file: the contract between a run and everything that reads it
 * (compare, reports, the next run, other tools). One JSON document per run.
 *
 * Changing a field's meaning or removing one bumps RESULTS_SCHEMA_VERSION,
 * and `readResults` keeps reading the older versions.
 */

const RESULTS_SCHEMA_VERSION = 1;
const Priority = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['critical', 'high', 'normal', 'low']);
const Variant = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['baseline', 'candidate', 'default']);
const UsageSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    inputTokens: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    outputTokens: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
});
// ---------------------------------------------------------------- trace
/** Milliseconds since the trial started. */
const At = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative();
const TraceEventSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('user_message'),
        at: At,
        content: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        /** Scripted scenarios: the condition that produced this message. */
        conditionId: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional(),
        /** true when phrased by the simulator LLM, false when sent verbatim. */
        generated: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('agent_message'),
        at: At,
        content: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        /** Time from the user message to this reply, tool rounds included. */
        latencyMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tool_call'),
        at: At,
        callId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        arguments: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J(),
        result: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
        error: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        durationMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
        strategy: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['mock', 'passthrough', 'agent']).describe('`agent`: reported by an http/command agent that ran the tool itself.'),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('llm_call'),
        at: At,
        role: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['simulator', 'agent', 'judge']),
        model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        usage: UsageSchema,
        durationMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
        attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(1),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('simulator_flag'),
        at: At,
        reason: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['role_swap', 'instruction_leak', 'empty_message']),
        detail: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('error'),
        at: At,
        source: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['agent', 'simulator', 'tool', 'judge', 'runner']),
        category: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['infrastructure', 'timeout', 'tool_error', 'budget', 'cancelled']),
        message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    }),
]);
const EndReasonSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([
    'stop_signal',
    'endcall',
    'max_turns',
    'no_matching_condition',
    'single_turn',
    'error',
    'timeout',
    'cancelled',
    'budget',
]);
// ---------------------------------------------------------------- trials
const MetricResultSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Attached by default rather than written by the user. */
    baseline: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** 0-1; null when the metric could not be computed (see error). */
    score: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).nullable(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1),
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Set when the metric itself failed to evaluate (e.g. unparseable judge verdict). */
    error: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const TrialStatusSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'error', 'invalid', 'skipped']);
const FailureCategorySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([
    'judge', // a criterion said no
    'tool_error',
    'infrastructure',
    'timeout',
    'budget',
    'invalid_simulator',
    'cancelled',
]);
const TrialResultSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    testId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    variant: Variant,
    index: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    status: TrialStatusSchema,
    failureCategory: FailureCategorySchema.optional(),
    /** One line: why it failed / errored / is invalid. */
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    personaVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    scenarioVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    endReason: EndReasonSchema,
    turns: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    transcript: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(TraceEventSchema),
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(MetricResultSchema),
    usage: UsageSchema,
    /** Per agent turn, ms. */
    latency: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        p50: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().nullable(),
        p95: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().nullable(),
        max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().nullable(),
    }),
    /** Conversation attempts (a misbehaving simulator is retried once). */
    attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(1),
});
// ---------------------------------------------------------------- tests and totals
const TestSummarySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    testId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    variant: Variant,
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['conversation', 'dataset']),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    priority: Priority,
    personaId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    personaVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    scenarioId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    scenarioVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), line: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(), column: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int() }),
    /** Planned run count. */
    runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
    minPassRate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1),
    // Aggregates over the finished trials (pass/fail only; errors and invalid are counted apart).
    trials: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    passes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    failures: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    errors: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    invalid: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    passRate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).nullable(),
    /** τ-bench pass^k for k = runs: C(passes, k) / C(trials, k). */
    passHatK: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).nullable(),
    wilson95: zod__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()]).nullable(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'error', 'invalid', 'not_run']),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    latencyP50: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    latencyP95: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    failureCategories: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int()),
});
const TotalsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    tests: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    failed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    errored: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    invalid: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    notRun: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    trials: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    /** Share of tests (with a verdict of pass or fail) that pass. */
    passRate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).nullable(),
    usage: UsageSchema,
    durationMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    latencyP50: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    latencyP95: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    failureCategories: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int()),
});
// ---------------------------------------------------------------- the run
const RunStatusSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['running', 'completed', 'failed', 'stopped']);
const ResultsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(RESULTS_SCHEMA_VERSION),
    /** Execution code, e.g. "RH-20261121-1a2b3c". */
    runId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['ci', 'cli']),
    suite: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), config: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    git: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(), ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(), repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$(),
    finishedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$().optional(),
    status: RunStatusSchema,
    stopReason: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['budget', 'cancelled', 'fail_fast']).optional(),
    variants: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: Variant, description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(), agent: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() })),
    shard: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ index: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(), total: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive() }).optional(),
    skipped: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })).default([]),
    tests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(TestSummarySchema),
    trials: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(TrialResultSchema),
    totals: TotalsSchema,
    /** Totals per variant, when more than one ran. */
    variantTotals: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), TotalsSchema).default({}),
});


/***/ })

};

export const id = 825;
export const ids = [825];
export const modules = {

/***/ 8519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hq: () => (/* binding */ summarizeTests),
/* harmony export */   Sd: () => (/* binding */ totals),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   Ym: () => (/* reexport safe */ _stats_js__WEBPACK_IMPORTED_MODULE_1__.Ym),
/* harmony export */   h6: () => (/* binding */ variantTotals),
/* harmony export */   j: () => (/* binding */ summarizeInfos),
/* harmony export */   ox: () => (/* binding */ testInfoOf)
/* harmony export */ });
/* unused harmony exports testInfosFromTrials, passHatKOf, summarizeTest, sumUsage, agentLatencies */
/* harmony import */ var _suite_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7141);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3888);



/** The k of pass^k when neither the caller nor the test's info gives one: the suite schema's `run.pass_hat_k` default, its one source. */
const SCHEMA_PASS_K = _suite_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RunSettingsSchema */ .Qr.parse({}).pass_hat_k;
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
    const { key, testId, variant, name, kind, tags, priority, personaId, personaVersion, scenarioId, scenarioVersion, source, runs, minPassRate, passK } = summary;
    return stripUndefined({ key, testId, variant, name, kind, tags, priority, personaId, personaVersion, scenarioId, scenarioVersion, source, runs, minPassRate, passK });
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
    return { passK, passHatK: counted === 0 ? null : (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .passHatK */ .qv)(passes, counted, passK) };
}
function summarizeTest(info, results, options = {}) {
    const count = (status) => results.filter((result) => result.status === status).length;
    const passes = count('pass');
    const failures = count('fail');
    const errors = count('error');
    const judged = passes + failures;
    // An errored trial is not a pass: it counts against the pass rate. Invalid
    // trials (a misbehaving simulator) say nothing about the agent and stay out.
    const counted = judged + errors;
    const latencies = results.flatMap(agentLatencies);
    return {
        ...info,
        trials: results.length,
        passes,
        failures,
        errors,
        invalid: count('invalid'),
        passRate: counted === 0 ? null : passes / counted,
        ...passHatKOf(passes, failures, errors, options.passK ?? info.passK ?? SCHEMA_PASS_K),
        wilson95: (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .wilson95 */ .pv)(passes, counted),
        verdict: verdictOf(info, passes, failures, errors, count('invalid')),
        costUsd: sum(results.map((result) => result.usage.costUsd)),
        latencyP50: (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .percentile */ .Ym)(latencies, 50),
        latencyP95: (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .percentile */ .Ym)(latencies, 95),
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
    const required = (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredPasses */ .Td)(info.runs, info.minPassRate);
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
        usage: sumUsage(trials.map((trial) => trial.usage)),
        durationMs,
        latencyP50: (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .percentile */ .Ym)(latencies, 50),
        latencyP95: (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .percentile */ .Ym)(latencies, 95),
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

/***/ 7937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n0: () => (/* reexport */ merge/* mergeResults */.n),
  x8: () => (/* reexport */ readResults),
  KB: () => (/* binding */ writeResults)
});

// UNUSED EXPORTS: EndReasonSchema, FailureCategorySchema, MetricResultSchema, RESULTS_SCHEMA_VERSION, ResultsSchema, RunStatusSchema, TestSummarySchema, TotalsSchema, TraceEventSchema, TrialResultSchema, TrialStatusSchema, UsageSchema, computeVariantTotals, parseResults, validateResults

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/results/schema.ts + 1 modules
var schema = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/results/merge.ts
var merge = __webpack_require__(2958);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
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
    depth = 0;
    inString = false;
    /** The string's next byte is escaped. */
    escaped = false;
    started = false;
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
    /** Positions in the current trial (its first byte is 0): the last string directly in the trial object, an array being read there, and the arrays read there. */
    stringStart = -1;
    lastKeyStart = -1;
    lastKeyEnd = -1;
    arrayStart = -1;
    arrayKey = [-1, -1];
    arrays = [];
    restParts = [];
    /** `onTrial` undefined: trials are skipped over, not even decoded. */
    constructor(onTrial) {
        this.onTrial = onTrial;
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
        }
        if (inString && depth === 1)
            this.keepKeyPrefix(chunk, keyStart, length);
        this.depth = depth;
        this.inString = inString;
        this.escaped = escaped;
        this.inElement = inElement;
        this.elementBytesBefore = elementBase + length;
        if (this.restStart >= 0)
            this.restParts.push(chunk.subarray(this.restStart));
        if (inElement && elementStart >= 0 && this.onTrial)
            this.elementParts.push(chunk.subarray(elementStart));
    }
    /** After the last chunk: the rest of the document. */
    finish() {
        if (!this.ended || this.inString)
            throw new Unexpected('the document is truncated');
        return { rest: Buffer.concat(this.restParts).toString('utf8'), sawTrials: this.sawTrials };
    }
    /** Where the current chunk's part of the rest starts; -1 while inside the trials. */
    restStart = 0;
    /** A non-space byte outside strings at the top level, or between trials. Returns the new depth. */
    structure(chunk, i, byte, depth) {
        if (this.ended)
            throw new Unexpected('text after the document');
        if (!this.started) {
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
                this.restParts.push(chunk.subarray(this.restStart, i + 1));
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
        this.keyPrefix = to - from + this.keyPrefix.length > MAX_KEY_CHARS ? undefined : this.keyPrefix + chunk.toString('latin1', from, to);
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

// EXTERNAL MODULE: ./src/results/variant-totals.ts
var variant_totals = __webpack_require__(3231);
;// CONCATENATED MODULE: ./src/results/read.ts
/**
 * Reading a results file, optionally lean: compare needs only the test
 * summaries and totals, the PR comment only the transcripts of failing
 * trials, so a reader can drop the transcripts it will never show while the
 * file streams by (see split.ts) instead of holding the whole run in memory.
 */







const CHUNK_BYTES = 1 << 20;
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
/** Validates an already parsed (and migrated) document. */
function validateResults(document, name) {
    const parsed = schema/* ResultsSchema */.SX.safeParse(document);
    if (!parsed.success)
        throw invalidResults(name, parsed.error.issues);
    return parsed.data;
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
    return validateResults(migrateResults(json, name), name);
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new Unexpected('a trial is not valid JSON');
    }
}
/** Trials validated one at a time, transcripts dropped as asked; agent latencies kept per variant for recomputed totals. */
class TrialCollector {
    keep;
    trials = [];
    issues = [];
    latencies = new Map();
    seen = 0;
    constructor(keep) {
        this.keep = keep;
    }
    /** A trial from the splitter: its transcript is parsed only if it is kept. */
    addText({ text, transcript }) {
        const raw = parseJson(text);
        if (transcript && typeof raw === 'object' && raw !== null && keepsTranscript(this.keep, raw.status))
            raw.transcript = parseJson(transcript());
        this.add(raw);
    }
    add(raw) {
        const index = this.seen;
        this.seen += 1;
        if (this.keep !== 'all' && typeof raw === 'object' && raw !== null) {
            const trial = raw;
            if (Array.isArray(trial.transcript))
                this.noteLatencies(trial.variant, trial.transcript);
            if (!keepsTranscript(this.keep, trial.status))
                trial.transcript = [];
        }
        const parsed = schema/* TrialResultSchema */.X9.safeParse(raw);
        if (parsed.success)
            this.trials.push(this.shared(parsed.data));
        else
            this.issues.push(...parsed.error.issues.map((issue) => ({ path: ['trials', index, ...issue.path], message: issue.message })));
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
            const { type, latencyMs } = (event ?? {});
            if (type === 'agent_message' && typeof latencyMs === 'number')
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
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
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
    return withVariantTotals({ ...results, trials: collector.trials }, collector.latencies);
}
function cannotRead(path, error) {
    return new errors/* ConfigurationError */.j1(`${path}: cannot read results file (${(0,errors/* errorMessage */.gJ)(error)})`);
}
async function readStreaming(path, keep, keepTrials) {
    const collector = new TrialCollector(keep);
    const splitter = new TrialSplitter(keepTrials ? (trial) => collector.addText(trial) : undefined);
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: CHUNK_BYTES }))
            splitter.push(chunk);
    }
    catch (error) {
        if (error instanceof Unexpected)
            return undefined;
        throw cannotRead(path, error);
    }
    let document;
    try {
        const { rest, sawTrials } = splitter.finish();
        if (!sawTrials)
            return undefined;
        document = JSON.parse(rest);
    }
    catch {
        return undefined;
    }
    // Older versions are migrated as whole documents; a newer one is refused by migrateResults.
    if (document.schemaVersion !== schema/* RESULTS_SCHEMA_VERSION */.q3)
        return typeof document.schemaVersion === 'number' && document.schemaVersion > schema/* RESULTS_SCHEMA_VERSION */.q3 ? validateResults(migrateResults(document, path), path) : undefined;
    const parsed = schema/* ResultsSchema */.SX.safeParse(document);
    const issues = [...(parsed.success ? [] : parsed.error.issues), ...collector.issues];
    if (!parsed.success || issues.length > 0)
        throw invalidResults(path, issues);
    const results = { ...parsed.data, trials: collector.trials };
    // Per-variant totals missing from a multi-variant file need every transcript's latencies: read it whole (older, hand-made files only).
    if (keep !== 'all' && keepTrials && needsVariantTotals(results))
        return undefined;
    return results;
}
async function readResults(path, options = {}) {
    const keep = options.transcripts ?? 'all';
    const keepTrials = options.trials ?? true;
    return (await readStreaming(path, keep, keepTrials)) ?? readWhole(path, keep, keepTrials);
}

;// CONCATENATED MODULE: ./src/results/index.ts
/**
 * Reading, writing and merging results files. Writes are atomic (temp file +
 * rename) so a cancelled or crashed run never leaves half a file behind.
 */








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

/***/ 2958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ missingShardsNote),
/* harmony export */   n: () => (/* binding */ mergeResults)
/* harmony export */ });
/* harmony import */ var _aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8519);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * Shards of one plan (a GitHub Actions matrix running `--shard i/n`) merged
 * back into one run whose tests and totals equal the unsharded run's.
 */


const PRIORITY_RANK = { critical: 0, high: 1, normal: 2, low: 3 };
function mergeResults(given) {
    if (given.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('merge: no results files given');
    checkCompatible(given);
    // Shard 1 (else the earliest) gives the merged run its id and git info, whatever the argument order.
    const shards = [...given].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0) || Date.parse(a.startedAt) - Date.parse(b.startedAt));
    const first = shards[0];
    const infos = new Map(shards.flatMap((shard) => shard.tests.map((test) => [test.key, (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .testInfoOf */ .ox)(test)])));
    const testOrder = planOrder(shards);
    const orderedInfos = [...infos.values()].sort((a, b) => (testOrder.get(a.testId) ?? 0) - (testOrder.get(b.testId) ?? 0));
    // Stable: a test's trials keep their shard's order (runs interleaved across variants, as planned).
    const trials = shards.flatMap((shard) => shard.trials).sort((a, b) => (testOrder.get(a.testId) ?? 0) - (testOrder.get(b.testId) ?? 0));
    checkUniqueTrials(trials.map((trial) => trial.id));
    const startedAt = minIso(shards.map((shard) => shard.startedAt));
    const finished = shards.map((shard) => shard.finishedAt).filter((value) => value !== undefined);
    const finishedAt = finished.length === shards.length ? maxIso(finished) : undefined;
    const durationMs = finishedAt ? Date.parse(finishedAt) - Date.parse(startedAt) : Math.max(...shards.map((shard) => shard.totals.durationMs));
    const tests = (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .summarizeInfos */ .j)(orderedInfos, trials);
    const stopped = shards.find((shard) => shard.status === 'stopped');
    const missing = missingShardsOf(shards);
    const { shard: _shard, ...base } = first;
    return {
        ...base,
        startedAt,
        ...(finishedAt ? { finishedAt } : {}),
        // Some shards only: the tests of the others are not even known, so the run can not count as complete.
        status: mergedStatus([...shards.map((shard) => shard.status), ...(missing ? ['stopped'] : [])]),
        ...(stopped?.stopReason ? { stopReason: stopped.stopReason } : {}),
        ...(missing ? { missingShards: missing } : {}),
        skipped: uniqueBy(shards.flatMap((shard) => shard.skipped), (entry) => entry.key),
        tests,
        trials,
        totals: (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .totals */ .Sd)({ tests, trials, durationMs }),
        variantTotals: (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .variantTotals */ .h6)(tests, trials, durationMs),
    };
}
/**
 * Each test id's position in the unsharded plan. The planner deals tests
 * round-robin in plan order (shard i gets positions i-1, i-1+n, …), so taking
 * the shards' tests in turn, shard 1 first, rebuilds that order; the stable
 * sort by priority after it only matters when a shard had tests skipped (they
 * are not in its tests, so its later tests shift a turn earlier). The unsharded
 * run (one file) keeps its own order.
 */
function planOrder(shards) {
    const perShard = shards.map((shard) => [...new Map(shard.tests.map((test) => [test.testId, test.priority]))]);
    const dealt = [];
    for (let turn = 0; perShard.some((tests) => turn < tests.length); turn++) {
        for (const tests of perShard)
            if (turn < tests.length)
                dealt.push(tests[turn]);
    }
    const order = new Map();
    dealt
        .map(([testId, priority], position) => ({ testId, rank: PRIORITY_RANK[priority], position }))
        .sort((a, b) => a.rank - b.rank || a.position - b.position)
        .forEach(({ testId }) => order.has(testId) || order.set(testId, order.size));
    return order;
}
function checkCompatible(shards) {
    const [first] = shards;
    const variantsOf = (results) => results.variants.map((variant) => variant.id).sort().join(',');
    shards.forEach((shard, index) => {
        const label = `shard ${index + 1} (run ${shard.runId})`;
        if (shard.suite.name !== first.suite.name || shard.suite.config !== first.suite.config) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: ${label} is from suite "${shard.suite.name}" (${shard.suite.config}), the first is from "${first.suite.name}" (${first.suite.config}); only shards of one suite can be merged`);
        }
        if (variantsOf(shard) !== variantsOf(first)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: ${label} ran variants [${variantsOf(shard)}], the first ran [${variantsOf(first)}]; only shards of one plan can be merged`);
        }
        if (shard.shard && first.shard && shard.shard.total !== first.shard.total) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: ${label} is one of ${shard.shard.total} shards, the first one of ${first.shard.total}`);
        }
    });
    const indexes = shards.flatMap((shard) => (shard.shard ? [shard.shard.index] : []));
    const outOfRange = shards.find((shard) => shard.shard && shard.shard.index > shard.shard.total);
    if (outOfRange?.shard)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: run ${outOfRange.runId} says it is shard ${outOfRange.shard.index} of ${outOfRange.shard.total}`);
    if (indexes.length > 0 && indexes.length < shards.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('merge: some files are shards (--shard i/n) and some are not; only the shards of one plan can be merged');
    const duplicate = indexes.find((index, position) => indexes.indexOf(index) !== position);
    if (duplicate !== undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: shard ${duplicate} is given twice`);
}
/** The shards of 1..n not given (n from the files' `shard.total`); undefined when all are there or the files are not shards. */
function missingShardsOf(shards) {
    const total = shards.find((shard) => shard.shard)?.shard?.total;
    if (total === undefined)
        return undefined;
    const given = new Set(shards.flatMap((shard) => (shard.shard ? [shard.shard.index] : [])));
    const indexes = Array.from({ length: total }, (_, position) => position + 1).filter((index) => !given.has(index));
    return indexes.length > 0 ? { total, indexes } : undefined;
}
/** One line for people: which shards a merged run lacks; undefined when it lacks none. */
function missingShardsNote(results) {
    const missing = results.missingShards;
    if (!missing)
        return undefined;
    const list = missing.indexes.length === 1 ? `shard ${missing.indexes[0]}` : `shards ${missing.indexes.join(', ')}`;
    return `incomplete merge: ${list} of ${missing.total} ${missing.indexes.length === 1 ? 'is' : 'are'} missing, so the run counts as stopped and its tests are not in the results`;
}
function checkUniqueTrials(ids) {
    const seen = new Set();
    for (const id of ids) {
        if (seen.has(id))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: trial ${id} appears in more than one shard; were the shards planned with the same --shard total?`);
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


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q3: () => (/* binding */ RESULTS_SCHEMA_VERSION),
  SX: () => (/* binding */ ResultsSchema),
  d$: () => (/* binding */ RunStatusSchema),
  X9: () => (/* binding */ TrialResultSchema)
});

// UNUSED EXPORTS: EndReasonSchema, FailureCategorySchema, MetricResultSchema, TestSummarySchema, TotalsSchema, TraceEventSchema, TrialStatusSchema, UsageSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./src/suite/schema.ts
var schema = __webpack_require__(7141);
;// CONCATENATED MODULE: ./src/results/schema.ts
/**
 * The results file: the contract between a run and everything that reads it
 * (compare, reports, the next run, other tools). One JSON document per run.
 *
 * Changing a field's meaning or removing one bumps RESULTS_SCHEMA_VERSION,
 * and `readResults` keeps reading the older versions.
 */


const RESULTS_SCHEMA_VERSION = 1;
const Priority = schemas/* enum */.k5n(['critical', 'high', 'normal', 'low']);
const Variant = schemas/* enum */.k5n(['baseline', 'candidate', 'default']);
const UsageSchema = schemas/* object */.Ikc({
    inputTokens: schemas/* number */.aig().int().nonnegative(),
    outputTokens: schemas/* number */.aig().int().nonnegative(),
    costUsd: schemas/* number */.aig().nonnegative(),
});
// ---------------------------------------------------------------- trace
/** Milliseconds since the trial started. */
const At = schemas/* number */.aig().nonnegative();
const TraceEventSchema = schemas/* discriminatedUnion */.gMt('type', [
    schemas/* object */.Ikc({
        type: schemas/* literal */.euz('user_message'),
        at: At,
        content: schemas/* string */.YjP(),
        /** Scripted scenarios: the condition that produced this message. */
        conditionId: schemas/* number */.aig().int().optional(),
        /** true when phrased by the simulator LLM, false when sent verbatim. */
        generated: schemas/* boolean */.zMY(),
    }),
    schemas/* object */.Ikc({
        type: schemas/* literal */.euz('agent_message'),
        at: At,
        content: schemas/* string */.YjP(),
        /** Time from the user message to this reply, tool rounds included. */
        latencyMs: schemas/* number */.aig().nonnegative(),
    }),
    schemas/* object */.Ikc({
        type: schemas/* literal */.euz('tool_call'),
        at: At,
        callId: schemas/* string */.YjP(),
        name: schemas/* string */.YjP(),
        arguments: schemas/* unknown */.L5J(),
        result: schemas/* unknown */.L5J().optional(),
        error: schemas/* string */.YjP().optional(),
        durationMs: schemas/* number */.aig().nonnegative(),
        strategy: schemas/* enum */.k5n(['mock', 'passthrough', 'agent']).describe('`agent`: reported by an http/command agent that ran the tool itself.'),
    }),
    schemas/* object */.Ikc({
        type: schemas/* literal */.euz('llm_call'),
        at: At,
        role: schemas/* enum */.k5n(['simulator', 'agent', 'judge']),
        model: schemas/* string */.YjP(),
        usage: UsageSchema,
        durationMs: schemas/* number */.aig().nonnegative(),
        attempts: schemas/* number */.aig().int().positive().default(1),
    }),
    schemas/* object */.Ikc({
        type: schemas/* literal */.euz('simulator_flag'),
        at: At,
        reason: schemas/* enum */.k5n(['role_swap', 'instruction_leak', 'empty_message']),
        detail: schemas/* string */.YjP(),
    }),
    schemas/* object */.Ikc({
        type: schemas/* literal */.euz('error'),
        at: At,
        source: schemas/* enum */.k5n(['agent', 'simulator', 'tool', 'judge', 'runner']),
        category: schemas/* enum */.k5n(['infrastructure', 'timeout', 'tool_error', 'budget', 'cancelled']),
        message: schemas/* string */.YjP(),
    }),
]);
const EndReasonSchema = schemas/* enum */.k5n([
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
const MetricResultSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    type: schemas/* string */.YjP(),
    /** Attached by default rather than written by the user. */
    baseline: schemas/* boolean */.zMY().default(false),
    passed: schemas/* boolean */.zMY(),
    /** 0-1; null when the metric could not be computed (see error). */
    score: schemas/* number */.aig().min(0).max(1).nullable(),
    threshold: schemas/* number */.aig().min(0).max(1),
    reason: schemas/* string */.YjP(),
    /** Set when the metric itself failed to evaluate (e.g. unparseable judge verdict). */
    error: schemas/* string */.YjP().optional(),
});
const TrialStatusSchema = schemas/* enum */.k5n(['pass', 'fail', 'error', 'invalid', 'skipped']);
const FailureCategorySchema = schemas/* enum */.k5n([
    'judge', // a criterion said no
    'tool_error',
    'infrastructure',
    'timeout',
    'budget',
    'invalid_simulator',
    'cancelled',
]);
const TrialResultSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    key: schemas/* string */.YjP(),
    testId: schemas/* string */.YjP(),
    variant: Variant,
    index: schemas/* number */.aig().int().nonnegative(),
    status: TrialStatusSchema,
    failureCategory: FailureCategorySchema.optional(),
    /** One line: why it failed / errored / is invalid. */
    reason: schemas/* string */.YjP().optional(),
    personaVersion: schemas/* string */.YjP().optional(),
    scenarioVersion: schemas/* string */.YjP().optional(),
    startedAt: datetime(),
    durationMs: schemas/* number */.aig().nonnegative(),
    endReason: EndReasonSchema,
    turns: schemas/* number */.aig().int().nonnegative(),
    transcript: schemas/* array */.YOg(TraceEventSchema),
    metrics: schemas/* array */.YOg(MetricResultSchema),
    usage: UsageSchema,
    /** Per agent turn, ms. */
    latency: schemas/* object */.Ikc({
        p50: schemas/* number */.aig().nonnegative().nullable(),
        p95: schemas/* number */.aig().nonnegative().nullable(),
        max: schemas/* number */.aig().nonnegative().nullable(),
    }),
    /** Conversation attempts (a misbehaving simulator is retried once). */
    attempts: schemas/* number */.aig().int().positive().default(1),
});
// ---------------------------------------------------------------- tests and totals
const TestSummarySchema = schemas/* object */.Ikc({
    key: schemas/* string */.YjP(),
    testId: schemas/* string */.YjP(),
    variant: Variant,
    name: schemas/* string */.YjP().optional(),
    kind: schemas/* enum */.k5n(['conversation', 'dataset']),
    tags: schemas/* array */.YOg(schemas/* string */.YjP()),
    priority: Priority,
    personaId: schemas/* string */.YjP().optional(),
    personaVersion: schemas/* string */.YjP().optional(),
    scenarioId: schemas/* string */.YjP().optional(),
    scenarioVersion: schemas/* string */.YjP().optional(),
    source: schemas/* object */.Ikc({ file: schemas/* string */.YjP(), line: schemas/* number */.aig().int(), column: schemas/* number */.aig().int() }),
    /** Planned run count. */
    runs: schemas/* number */.aig().int().positive(),
    minPassRate: schemas/* number */.aig().min(0).max(1),
    // Aggregates over the finished trials: the pass rate counts errored trials as not passing; invalid trials are left out.
    trials: schemas/* number */.aig().int().nonnegative(),
    passes: schemas/* number */.aig().int().nonnegative(),
    failures: schemas/* number */.aig().int().nonnegative(),
    errors: schemas/* number */.aig().int().nonnegative(),
    invalid: schemas/* number */.aig().int().nonnegative(),
    passRate: schemas/* number */.aig().min(0).max(1).nullable(),
    /** τ-bench pass^k: C(passes, k) / C(n, k) over the n trials that passed, failed or errored; null when there are none. */
    passHatK: schemas/* number */.aig().min(0).max(1).nullable(),
    /** The k of passHatK: the suite's `run.pass_hat_k` (default 3), at most n. Absent in older files, where k was the run count. */
    passK: schemas/* number */.aig().int().positive().optional(),
    wilson95: schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]).nullable(),
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'error', 'invalid', 'not_run']),
    costUsd: schemas/* number */.aig().nonnegative(),
    latencyP50: schemas/* number */.aig().nullable(),
    latencyP95: schemas/* number */.aig().nullable(),
    failureCategories: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int()),
});
const TotalsSchema = schemas/* object */.Ikc({
    tests: schemas/* number */.aig().int().nonnegative(),
    passed: schemas/* number */.aig().int().nonnegative(),
    failed: schemas/* number */.aig().int().nonnegative(),
    errored: schemas/* number */.aig().int().nonnegative(),
    invalid: schemas/* number */.aig().int().nonnegative(),
    notRun: schemas/* number */.aig().int().nonnegative(),
    trials: schemas/* number */.aig().int().nonnegative(),
    /** Share of tests with a verdict of pass, fail or error that pass (invalid and not-run tests are left out). */
    passRate: schemas/* number */.aig().min(0).max(1).nullable(),
    usage: UsageSchema,
    durationMs: schemas/* number */.aig().nonnegative(),
    latencyP50: schemas/* number */.aig().nullable(),
    latencyP95: schemas/* number */.aig().nullable(),
    failureCategories: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int()),
});
// ---------------------------------------------------------------- the run
const RunStatusSchema = schemas/* enum */.k5n(['running', 'completed', 'failed', 'stopped']);
const ResultsSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(RESULTS_SCHEMA_VERSION),
    /** Execution code, e.g. "RH-20261121-1a2b3c". */
    runId: schemas/* string */.YjP(),
    source: schemas/* enum */.k5n(['ci', 'cli']),
    suite: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), config: schemas/* string */.YjP() }),
    git: schemas/* object */.Ikc({ sha: schemas/* string */.YjP().optional(), ref: schemas/* string */.YjP().optional(), repository: schemas/* string */.YjP().optional() }),
    startedAt: datetime(),
    finishedAt: datetime().optional(),
    status: RunStatusSchema,
    stopReason: schemas/* enum */.k5n(['budget', 'cancelled', 'fail_fast']).optional(),
    variants: schemas/* array */.YOg(schemas/* object */.Ikc({ id: Variant, description: schemas/* string */.YjP().optional(), agent: schemas/* string */.YjP(), model: schemas/* string */.YjP().optional() })),
    shard: schemas/* object */.Ikc({ index: schemas/* number */.aig().int().positive(), total: schemas/* number */.aig().int().positive() }).optional(),
    /** A merge of some shards only (status `stopped`): the plan's shard count and the shard indexes that were not given. */
    missingShards: schemas/* object */.Ikc({ total: schemas/* number */.aig().int().positive(), indexes: schemas/* array */.YOg(schemas/* number */.aig().int().positive()).min(1) }).optional(),
    skipped: schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })).default([]),
    tests: schemas/* array */.YOg(TestSummarySchema),
    trials: schemas/* array */.YOg(TrialResultSchema),
    totals: TotalsSchema,
    /** Totals per variant, when more than one ran. */
    variantTotals: schemas/* record */.g1P(schemas/* string */.YjP(), TotalsSchema).default({}),
    /** The gate the run was judged with (the suite's, after the action's input overrides), so `rehearse report`/`compare` judge it the same way. Absent in older files. */
    gate: schemas/* object */.Ikc({ minPassRate: schemas/* number */.aig().min(0).max(1), failOn: schemas/* array */.YOg(schema/* FailOnSchema */.fE), alpha: schemas/* number */.aig().gt(0).lt(1) })
        .optional(),
});


/***/ }),

/***/ 3231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ computeVariantTotals)
/* harmony export */ });
/* harmony import */ var _aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8519);
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
    return { ...computed, latencyP50: (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .percentile */ .Ym)(latencies, 50), latencyP95: (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .percentile */ .Ym)(latencies, 95) };
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
/* harmony export */   fE: () => (/* binding */ FailOnSchema),
/* harmony export */   h: () => (/* binding */ NamedMetricSchema),
/* harmony export */   x6: () => (/* binding */ ScenarioSchema),
/* harmony export */   z1: () => (/* binding */ ROOT_ONLY_KEYS)
/* harmony export */ });
/* unused harmony exports IdSchema, ModelEndpointSchema, PricingSchema, ConditionSchema, ToolFailureSchema, ToolMappingSchema, CriterionSchema, PrioritySchema, DatasetItemSchema, VariantSchema, VariantsSchema */
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
    min_pass_rate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .min(0)
        .max(1)
        .default(1)
        .describe('0-1: share of tests that must pass (errored tests count as not passing; invalid and not-run tests are left out). Default 1: any failing or erroring test fails the job.'),
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
    pass_hat_k: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(3).describe('The k of pass^k (the chance that k trials in a row all pass), over the trials that passed, failed or errored (n); capped at n. Default 3.'),
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

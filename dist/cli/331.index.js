export const id = 331;
export const ids = [331];
export const modules = {

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
/* harmony import */ var _util_percentile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4713);
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
        ...(trial.kind === 'conversation'
            ? { personaVersion: trial.persona.version, scenarioVersion: trial.scenario.version }
            : {}),
        startedAt: trace.startedAt,
        durationMs: trace.durationMs,
        endReason: trace.endReason,
        turns: trace.turns,
        transcript: [...trace.events],
        metrics: [...metrics],
        usage: trace.usage,
        latency: {
            p50: (0,_util_percentile_js__WEBPACK_IMPORTED_MODULE_1__/* .percentile */ .Y)(latencies, 50),
            p95: (0,_util_percentile_js__WEBPACK_IMPORTED_MODULE_1__/* .percentile */ .Y)(latencies, 95),
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
        return {
            status: 'error',
            failureCategory: 'infrastructure',
            reason: errored.map((metric) => `${metric.id}: ${metric.error}`).join('; '),
        };
    }
    const failed = metrics.filter((metric) => !metric.passed);
    if (failed.length === 0)
        return { status: 'pass' };
    return {
        status: 'fail',
        failureCategory: categoryOfFailure(failed),
        reason: failed.map((metric) => `${metric.id}: ${metric.reason}`).join('; '),
    };
}
function endedBadly(trace) {
    const lastError = [...trace.events]
        .reverse()
        .find((event) => event.type === 'error');
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
    return Object.hasOwn(FAILURE_CATEGORY_LABELS, category)
        ? FAILURE_CATEGORY_LABELS[category]
        : category;
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

/***/ 2242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* reexport safe */ _read_js__WEBPACK_IMPORTED_MODULE_6__.$2),
/* harmony export */   KB: () => (/* binding */ writeResults),
/* harmony export */   n0: () => (/* reexport safe */ _merge_js__WEBPACK_IMPORTED_MODULE_5__.n),
/* harmony export */   x8: () => (/* reexport safe */ _read_js__WEBPACK_IMPORTED_MODULE_6__.x8)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3111);
/* harmony import */ var _util_write_chunks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5662);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2958);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(930);
/* harmony import */ var _variant_totals_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3231);
/**
 * Reading, writing and merging results files. Writes are atomic (temp file +
 * rename) so a cancelled or crashed run never leaves half a file behind.
 */








async function writeResults(path, results) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_4__/* .writeChunks */ .a)(temporary, resultsChunks(results));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
        throw error;
    }
}
/**
 * The text of `JSON.stringify(results, null, 2)` with `trials` moved to the
 * end, one trial at a time: validating and serialising the whole run at once
 * held two more copies of every transcript (the peak RSS of a 3,000-conversation
 * run). Trials last lets a reader that needs no trials (the previous run of a
 * comparison) stop at the `"trials"` key instead of scanning the transcripts
 * (see head.ts); readers take the keys in any order.
 */
function* resultsChunks(results) {
    const { trials } = results;
    const { trials: _empty, ...head } = _model_results_js__WEBPACK_IMPORTED_MODULE_3__/* .ResultsSchema */ .SX.parse({ ...results, trials: [] });
    if (trials.length === 0) {
        yield `${JSON.stringify({ ...head, trials: [] }, null, 2)}\n`;
        return;
    }
    // A random token cannot occur in the rest of the document.
    const placeholder = `rehearse-trials-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}`;
    const text = JSON.stringify({ ...head, trials: [placeholder] }, null, 2);
    const at = text.indexOf(`"${placeholder}"`);
    yield text.slice(0, at - 4); // up to the '[' and its line break, before the placeholder's indentation
    for (let i = 0; i < trials.length; i++) {
        const trial = JSON.stringify(_model_results_js__WEBPACK_IMPORTED_MODULE_3__/* .TrialResultSchema */ .X9.parse(trials[i]), null, 2).replaceAll('\n', '\n    ');
        yield `${i === 0 ? '' : ',\n'}    ${trial}`;
    }
    yield `${text.slice(at + placeholder.length + 2)}\n`;
}


/***/ }),

/***/ 2958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ missingShardsNote),
/* harmony export */   n: () => (/* binding */ mergeResults)
/* harmony export */ });
/* harmony import */ var _aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2475);
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
    const trials = shards
        .flatMap((shard) => shard.trials)
        .sort((a, b) => (testOrder.get(a.testId) ?? 0) - (testOrder.get(b.testId) ?? 0));
    checkUniqueTrials(trials.map((trial) => trial.id));
    const startedAt = minIso(shards.map((shard) => shard.startedAt));
    const finished = shards.map((shard) => shard.finishedAt).filter((value) => value !== undefined);
    const finishedAt = finished.length === shards.length ? maxIso(finished) : undefined;
    const durationMs = finishedAt
        ? Date.parse(finishedAt) - Date.parse(startedAt)
        : Math.max(...shards.map((shard) => shard.totals.durationMs));
    const tests = (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .summarizeInfos */ .j)(orderedInfos, trials);
    const stopped = shards.find((shard) => shard.status === 'stopped');
    const missing = missingShardsOf(shards);
    const { shard: _shard, confirmation: _confirmation, ...base } = first;
    const confirmation = mergedConfirmation(shards);
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
        ...(confirmation ? { confirmation } : {}),
    };
}
/** The shards' confirmation summaries added up (the settings are the plan's, the same in every shard). */
function mergedConfirmation(shards) {
    const given = shards.flatMap((shard) => (shard.confirmation ? [shard.confirmation] : []));
    const [first] = given;
    if (!first)
        return undefined;
    const sum = (pick) => given.reduce((total, value) => total + pick(value), 0);
    return {
        maxExtra: first.maxExtra,
        maxExtraPaired: first.maxExtraPaired,
        extraTrials: sum((value) => value.extraTrials),
        savedTrials: sum((value) => value.savedTrials),
        savedUsd: sum((value) => value.savedUsd),
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
    const perShard = shards.map((shard) => [
        ...new Map(shard.tests.map((test) => [test.testId, test.priority])),
    ]);
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
    const variantsOf = (results) => results.variants
        .map((variant) => variant.id)
        .sort()
        .join(',');
    shards.forEach((shard, index) => {
        const label = `shard ${index + 1} (run ${shard.runId})`;
        if (shard.suite.name !== first.suite.name || shard.suite.config !== first.suite.config) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: ${label} is from suite "${shard.suite.name}" (${shard.suite.config}), the first is from ` +
                `"${first.suite.name}" (${first.suite.config}); only shards of one suite can be merged`);
        }
        if (variantsOf(shard) !== variantsOf(first)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: ${label} ran variants [${variantsOf(shard)}], the first ran [${variantsOf(first)}]; only shards ` +
                `of one plan can be merged`);
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
/**
 * The shards of 1..n not given (n from the files' `shard.total`); undefined when all are there or the files are not
 * shards.
 */
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
    return (`incomplete merge: ${list} of ${missing.total} ${missing.indexes.length === 1 ? 'is' : 'are'} missing, ` +
        `so the run counts as stopped and its tests are not in the results`);
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

/***/ 667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lb: () => (/* binding */ createProgressReporter),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/* unused harmony export formatProgress */
/* harmony import */ var _util_terminal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4702);
/**
 * Progress of a run: a live single line on a terminal, plain periodic lines
 * in CI logs (every ~10 s or every 10% of the trials, whichever comes first).
 */

const PLAIN_INTERVAL_MS = 10_000;
const PLAIN_STEP_SHARE = 0.1;
/** Our redraw is the one control sequence the CLI's sanitizing writer lets through (src/util/terminal.ts). */
const CLEAR_LINE = _util_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .REDRAW_LINE */ .vx;
function formatProgress(progress) {
    const percent = progress.total === 0 ? 100 : Math.floor((progress.done / progress.total) * 100);
    const parts = [
        `${progress.done}/${progress.total} trials (${percent}%)`,
        `✓ ${progress.passed}  ✗ ${progress.failed}  ! ` +
            `${progress.errored}${progress.invalid ? `  ~ ${progress.invalid}` : ''}`,
        `$${progress.spentUsd.toFixed(4)}`,
        `elapsed ${duration(progress.elapsedMs)}`,
    ];
    if (progress.etaMs !== null && progress.done < progress.total)
        parts.push(`ETA ${duration(progress.etaMs)}`);
    return parts.join('  ·  ');
}
function createProgressReporter(options) {
    const now = options.now ?? Date.now;
    if (options.isTTY) {
        let drawn = false;
        const fit = (line) => options.columns && line.length >= options.columns ? `${line.slice(0, options.columns - 2)}…` : line;
        return {
            update: (progress) => {
                options.write(`${CLEAR_LINE}${fit(formatProgress(progress))}`);
                drawn = true;
            },
            finish: () => {
                if (drawn)
                    options.write('\n');
                drawn = false;
            },
        };
    }
    let lastAt = -Infinity;
    let lastDone = -1;
    return {
        update: (progress) => {
            const step = Math.max(1, Math.ceil(progress.total * PLAIN_STEP_SHARE));
            const timeDue = now() - lastAt >= PLAIN_INTERVAL_MS;
            const stepDue = progress.done - lastDone >= step || (progress.done === progress.total && progress.done !== lastDone);
            if (!timeDue && !stepDue)
                return;
            lastAt = now();
            lastDone = progress.done;
            options.write(`progress: ${formatProgress(progress)}\n`);
        },
        finish: () => undefined,
    };
}
function duration(ms) {
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    return minutes < 60
        ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
        : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
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
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/**
 * Writes a big document made in pieces (the HTML report, JUnit XML) to a file
 * as the pieces come, never joined into one string. `stream.pipeline` handles
 * back-pressure and rejects as soon as either side fails, closing both.
 */





async function writeChunks(path, chunks) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    // objectMode: false would re-chunk strings as Buffers; each piece is written as it is, in order.
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from(chunks, { objectMode: false }), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(path, 'utf8'));
}


/***/ })

};

export const id = 317;
export const ids = [317];
export const modules = {

/***/ 317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeCommand: () => (/* binding */ mergeCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _results_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2242);
/* harmony import */ var _results_merge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2958);
/* harmony import */ var _report_console_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9290);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7593);
/**
 * `rehearse merge <shard.json…> -o merged.json`: the shards of one plan
 * (a matrix of `rehearse run --shard i/n`) combined into one run.
 */






const MERGE_USAGE = `Usage: rehearse merge <shard.json>... -o <merged.json>

Combines the results of \`rehearse run --shard i/n\` (one file per shard of the
same suite and variants) into one results file, as if the plan ran unsharded.
`;
async function mergeCommand(args, io) {
    const { files, output, help } = parseMergeFlags(args);
    if (help) {
        io.stdout(MERGE_USAGE);
        return 0;
    }
    const shards = await Promise.all(files.map((file) => (0,_results_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, file))));
    let merged;
    try {
        merged = (0,_results_index_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeResults */ .n0)(shards);
    }
    catch (error) {
        // Name the files, not just the shard positions.
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)} (files: ${files.join(', ')})`);
    }
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, output);
    await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_1__/* .writeResults */ .KB)(path, merged);
    io.stdout(`Merged ${shards.length} shard${shards.length === 1 ? '' : 's'} (${merged.trials.length} trials, status ` +
        `${merged.status})\n`);
    const incomplete = (0,_results_merge_js__WEBPACK_IMPORTED_MODULE_2__/* .missingShardsNote */ .M)(merged);
    if (incomplete)
        io.stderr(`rehearse merge: ${incomplete}\n`);
    io.stdout(`${(0,_report_console_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTotals */ .zD)('Total', merged.totals)}\n`);
    io.stdout(`Results: ${path}\n`);
    // The file is still written (it reports what the present shards found); a script must not take it for a whole run.
    return incomplete ? 1 : 0;
}
function parseMergeFlags(args) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Qx)('merge', {
        args: [...args],
        strict: true,
        allowPositionals: true,
        options: { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    });
    const help = parsed.values.help === true;
    if (help)
        return { files: [], output: '', help };
    if (parsed.positionals.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('no shard results files given (usage: rehearse merge <shard.json>... -o <merged.json>)');
    if (!parsed.values.output)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('missing -o/--output <merged.json>');
    return { files: parsed.positionals, output: parsed.values.output, help };
}


/***/ }),

/***/ 9290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d2: () => (/* binding */ formatComparisonSummary),
/* harmony export */   fd: () => (/* binding */ formatRunSummary),
/* harmony export */   zD: () => (/* binding */ formatTotals)
/* harmony export */ });
/* unused harmony exports formatTrialLines, formatTestTable, formatSkipped */
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3111);
/* harmony import */ var _judge_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9278);
/* harmony import */ var _skipped_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6078);
/* harmony import */ var _runner_progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(667);
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2013);
/* harmony import */ var _placement_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1137);
/* harmony import */ var _html_parts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8402);
/* harmony import */ var _variant_matrix_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4489);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2011);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1976);










const STATUS_MARK = {
    pass: '✓',
    fail: '✗',
    error: '!',
    invalid: '~',
    skipped: '-',
};
const VERDICT_MARK = {
    pass: '✓',
    fail: '✗',
    error: '!',
    invalid: '~',
    not_run: '-',
};
const REASON_CHARS = 160;
function formatTrialLines(results) {
    const idWidth = widthOf(results.trials.map((trial) => trial.testId));
    const variantWidth = widthOf(results.trials.map((trial) => trial.variant));
    return results.trials.map((trial) => {
        const head = `${STATUS_MARK[trial.status]} ${trial.testId.padEnd(idWidth)}  ` +
            `${trial.variant.padEnd(variantWidth)}  #${trial.index + 1}`;
        const shape = `${trial.turns} turn${trial.turns === 1 ? '' : 's'}, ${trial.endReason}`;
        return trial.status === 'pass' ? `${head}  ${shape}` : `${head}  ${shape}  — ${clip(why(trial))}`;
    });
}
/** Failed criteria with their reasons, or the trial's own reason (error, invalid). */
function why(trial) {
    const failed = trial.metrics.filter((metric) => !metric.passed);
    if (trial.status === 'fail' && failed.length > 0)
        return failed
            .map((metric) => `${metric.id}${metric.at ? ` (${(0,_model_results_js__WEBPACK_IMPORTED_MODULE_0__/* .checkpointText */ .am)(metric.at)})` : ''}: ${metric.reason}`)
            .join('; ');
    return trial.reason ?? trial.status;
}
function formatTestTable(results) {
    const rows = results.tests.map((test) => [
        `${VERDICT_MARK[test.verdict]} ${test.testId}`,
        test.variant,
        `${test.passes}/${test.trials}`,
        test.passRate === null ? '—' : percent(test.passRate),
        `pass^${test.passK ?? test.runs} ${test.passHatK === null ? '—' : test.passHatK.toFixed(2)}`,
        test.wilson95 === null ? '' : `[${test.wilson95[0].toFixed(2)}–${test.wilson95[1].toFixed(2)}]`,
        verdictText(test),
    ]);
    const header = ['test', 'variant', 'passed', 'rate', 'pass^k', 'wilson 95%', 'verdict'];
    const widths = header.map((title, column) => widthOf([title, ...rows.map((row) => row[column] ?? '')]));
    const line = (cells) => cells
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)];
}
function verdictText(test) {
    const need = `needs ${Math.round(test.minPassRate * 100)}% of ${test.runs}`;
    const extra = [
        test.errors ? `${test.errors} error${test.errors === 1 ? '' : 's'}` : '',
        test.invalid ? `${test.invalid} invalid` : '',
    ]
        .filter(Boolean)
        .join(', ');
    return `${test.verdict.replace('_', ' ')} (${need}${extra ? `; ${extra}` : ''})`;
}
function formatTotals(label, totals) {
    const tests = `${totals.passed} passed, ${totals.failed} failed, ${totals.errored} ` +
        `errors${totals.invalid ? `, ${totals.invalid} invalid` : ''}${totals.notRun ? `, ${totals.notRun} not run` : ''}`;
    const parts = [
        `${label}: ${totals.tests} tests (${tests})`,
        `pass rate ${totals.passRate === null ? '—' : percent(totals.passRate)}`,
        `${totals.trials} trials`,
        `$${totals.usage.costUsd.toFixed(4)}`,
        `${totals.usage.inputTokens + totals.usage.outputTokens} tokens`,
        `agent latency p50 ${ms(totals.latencyP50)} p95 ${ms(totals.latencyP95)}`,
        (0,_runner_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .duration */ .p0)(totals.durationMs),
    ];
    return parts.join(' · ');
}
function formatRunSummary(results) {
    const lines = [
        '',
        'Conversations:',
        ...formatTrialLines(results).map(indent),
        '',
        'Tests (pass rate over run count):',
        ...formatTestTable(results).map(indent),
        '',
    ];
    lines.push(formatTotals('Total', results.totals));
    for (const [variant, totals] of Object.entries(results.variantTotals))
        lines.push(indent(formatTotals(variant, totals)));
    const categories = Object.entries(results.totals.failureCategories);
    if (categories.length > 0)
        lines.push(`Failures by category: ` +
            `${categories.map(([category, count]) => `${(0,_judge_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .failureCategoryLabel */ .lU)(category)} ${count}`).join(', ')}`);
    if (results.status === 'stopped')
        lines.push(`Run stopped (${results.stopReason ?? 'unknown reason'}): unfinished trials are not in the results.`);
    lines.push(...formatSkipped(results));
    return lines;
}
/**
 * "skipped 4 (no simulator key): set OPENAI_API_KEY or pass --simulator-base-url
 * to run them", then one line per test × variant.
 */
function formatSkipped(results) {
    const skipped = results.skipped;
    if (skipped.length === 0)
        return [];
    const hint = (0,_skipped_js__WEBPACK_IMPORTED_MODULE_7__/* .skipHint */ .L8)(skipped, 'cli');
    const keyWidth = widthOf(skipped.map((entry) => entry.key));
    return [
        `skipped ${skipped.length} (${(0,_skipped_js__WEBPACK_IMPORTED_MODULE_7__/* .skipCause */ .Ht)(skipped)})${hint ? `: ${hint}` : ''}`,
        ...skipped.map((entry) => indent(`- ${entry.key.padEnd(keyWidth)}  ${clip(entry.reason)}`)),
    ];
}
function percent(rate) {
    return `${Math.round(rate * 100)}%`;
}
function ms(value) {
    return value === null ? '—' : `${Math.round(value)} ms`;
}
function widthOf(values) {
    return Math.max(0, ...values.map((value) => value.length));
}
function indent(line) {
    return `  ${line}`;
}
function clip(text) {
    const oneLine = text.replace(/\s+/g, ' ');
    return oneLine.length > REASON_CHARS ? `${oneLine.slice(0, REASON_CHARS - 1)}…` : oneLine;
}
/**
 * What the comparisons found, by the one section each test is listed in (the same as the PR comment and the HTML
 * report), then the gate's line is printed by the caller. Nothing when no test is listed and nothing was compared.
 */
function formatComparisonSummary(input) {
    const { results, previous, variants } = input;
    const sections = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_3__/* .placeTests */ .Lv)({ results, previous, variants });
    const against = [
        previous ? `the previous run ${previous.before.runId}` : '',
        variants ? `${variants.after.label} vs ${variants.before.label}` : '',
    ].filter(Boolean);
    const lines = [];
    if (against.length)
        lines.push(`Compared: ${against.join(' and ')}`);
    const matrix = (0,_variant_matrix_js__WEBPACK_IMPORTED_MODULE_6__/* .variantMatrix */ .T)(results, variants);
    // Several variants: each one's pass rate and regressions against the baseline, side by side, before the lists.
    for (const column of matrix?.columns.slice(1) ?? []) {
        const { after, change } = column.totals.passRate;
        const baseline = matrix.columns[0].id;
        const regressions = (0,_util_plural_js__WEBPACK_IMPORTED_MODULE_8__/* .plural */ .L)(column.regressions, 'regression');
        lines.push(indent(`${column.id}: pass rate ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatPercent */ .l9)(after)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRateDelta */ .W7)(change)} vs ${baseline}) · ${regressions}`));
    }
    const agent = (0,_placement_text_js__WEBPACK_IMPORTED_MODULE_4__/* .agentChangeText */ .$r)(previous);
    if (agent)
        lines.push(indent(agent));
    const confirming = (0,_placement_text_js__WEBPACK_IMPORTED_MODULE_4__/* .runConfirms */ .VN)(results);
    for (const section of _compare_index_js__WEBPACK_IMPORTED_MODULE_3__/* .SECTIONS */ .bP) {
        // Skipped tests are listed above with their reason; passing unchanged ones are not listed.
        if (section === 'passing' || section === 'skipped')
            continue;
        const found = sections.of(section);
        if (found.length === 0)
            continue;
        lines.push(indent(`${_compare_index_js__WEBPACK_IMPORTED_MODULE_3__/* .SECTION_TITLES */ ._Z[section]} (${found.length}):`));
        const width = widthOf(found.map((placement) => placement.key));
        for (const placement of found)
            lines.push(indent(indent(`${placement.key.padEnd(width)}  ${lineOf(placement, confirming)}`)));
    }
    return lines.length ? ['', ...lines] : [];
}
function lineOf(placement, confirming) {
    const why = placement.section === 'suspected' ? ` — ${(0,_placement_text_js__WEBPACK_IMPORTED_MODULE_4__/* .suspectedWhy */ .$6)(placement, confirming)}` : '';
    return `${(0,_html_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .placementText */ .pr)(placement)}${why}`;
}


/***/ }),

/***/ 2242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* reexport safe */ _read_js__WEBPACK_IMPORTED_MODULE_6__.$2),
/* harmony export */   By: () => (/* binding */ markChecked),
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
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7590);
/* harmony import */ var _variant_totals_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3231);
/**
 * Reading, writing and merging results files. Writes are atomic (temp file +
 * rename) so a cancelled or crashed run never leaves half a file behind.
 */








/** Trials checked against the schema where they were made (the runner, as each finishes): written as they are. */
const checkedTrials = new WeakSet();
/** `trial` is TrialResultSchema's own output (or that output read back from JSON): no second check when written. */
function markChecked(trial) {
    checkedTrials.add(trial);
    return trial;
}
async function writeResults(path, results) {
    const temporary = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        await (0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_4__/* .writeChunks */ .a7)(temporary, resultsChunks(results));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true }).catch(() => undefined);
        // Named as the file the user asked for, not the temporary one beside it.
        throw (0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFailure */ .EU)(path, error instanceof _util_write_chunks_js__WEBPACK_IMPORTED_MODULE_4__/* .WriteError */ .QM ? error.cause : error);
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
    // Parsed once per file: zod's compiled fast path would cost more to build than it saves (jitless).
    const { trials: _empty, ...head } = _model_results_js__WEBPACK_IMPORTED_MODULE_3__/* .ResultsSchema */ .SX.parse({ ...results, trials: [] }, { jitless: true });
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
        const given = trials[i];
        const checked = checkedTrials.has(given) ? given : _model_results_js__WEBPACK_IMPORTED_MODULE_3__/* .TrialResultSchema */ .X9.parse(given);
        const trial = JSON.stringify(checked, null, 2).replaceAll('\n', '\n    ');
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
    const { shard: _shard, confirmation: _confirmation, unfinished: _unfinished, ...base } = first;
    const confirmation = mergedConfirmation(shards);
    const unfinished = mergedUnfinished(shards);
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
        ...(unfinished ? { unfinished } : {}),
        totals: (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .totals */ .Sd)({ tests, trials, durationMs, ...(unfinished ? { unfinished: unfinished.usage } : {}) }),
        variantTotals: (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .variantTotals */ .h6)(tests, trials, durationMs),
        ...(confirmation ? { confirmation } : {}),
    };
}
/** The shards' unfinished trials added up: what they cost stays in the merged run's spend. */
function mergedUnfinished(shards) {
    const given = shards.flatMap((shard) => (shard.unfinished ? [shard.unfinished] : []));
    if (given.length === 0)
        return undefined;
    return given.reduce((total, value) => ({
        trials: total.trials + value.trials,
        usage: {
            inputTokens: total.usage.inputTokens + value.usage.inputTokens,
            outputTokens: total.usage.outputTokens + value.usage.outputTokens,
            costUsd: total.usage.costUsd + value.usage.costUsd,
        },
    }));
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


/***/ })

};

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


/***/ })

};

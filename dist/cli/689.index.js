export const id = 689;
export const ids = [689];
export const modules = {

/***/ 1764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NZ: () => (/* binding */ parseCassetteFlags),
/* harmony export */   Nh: () => (/* binding */ closeCassette),
/* harmony export */   Ub: () => (/* binding */ CASSETTE_OPTIONS),
/* harmony export */   t2: () => (/* binding */ openCassette),
/* harmony export */   tE: () => (/* binding */ CASSETTE_USAGE)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cassette_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1234);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/**
 * The cassette flags of `rehearse run` (and `rerun`): `--record`, `--replay`,
 * `--replay-or-record <file>`, `--replay-roles simulator,judge`; opening the
 * file before the run and writing it after.
 */



const CASSETTE_OPTIONS = {
    record: { type: 'string' },
    replay: { type: 'string' },
    'replay-or-record': { type: 'string' },
    'replay-roles': { type: 'string', multiple: true },
};
const CASSETTE_USAGE = `      --record <file>          record every LLM call, agent turn and passthrough ` +
    `tool call in a cassette
      --replay <file>          answer every call from the cassette, offline; a call it lacks is an error
      --replay-or-record <f>   replay what the cassette has, call live and add what it lacks
      --replay-roles <a,b>     only these calls use the cassette: simulator, agent, judge, tool (default all)
`;
function parseCassetteFlags(values) {
    const given = ['record', 'replay', 'replay-or-record'].filter((mode) => typeof values[mode] === 'string');
    const rolesText = values['replay-roles']
        ?.flatMap((value) => value.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
    if (given.length > 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--${given.join(' and --')}: choose one cassette mode`);
    const mode = given[0];
    if (!mode) {
        if (rolesText)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('--replay-roles needs --replay, --record or --replay-or-record <file>');
        return undefined;
    }
    for (const role of rolesText ?? []) {
        if (!_cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CASSETTE_ROLES */ .l1.includes(role)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--replay-roles: unknown role '${role}' (expected ${_cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CASSETTE_ROLES */ .l1.join(', ')})`);
        }
    }
    return { mode, file: values[mode], ...(rolesText ? { roles: rolesText } : {}) };
}
/**
 * The cassette, read from its file (`record` starts empty and replaces it), with its log of the calls recorded
 * as they come (see keepCassetteLog): a resumed run takes in what the interrupted one recorded.
 */
async function openCassette(flags, io, resuming = false) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, flags.file);
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(io.cwd, path) || path;
    const entries = flags.mode === 'record' ? [] : await (0,_cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readCassetteFile */ .d3)(path, name, flags.mode === 'replay-or-record');
    const cassette = new _cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Cassette */ .rN({
        mode: flags.mode,
        name,
        // The command's redactor: it holds the suite's secrets (`api_key_env`…), added when the suite was loaded.
        redactor: (0,_cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .secretRedactor */ .xc)(io.env, undefined, io.redactor),
        entries,
        ...(flags.roles ? { roles: flags.roles } : {}),
    });
    await (0,_cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .keepCassetteLog */ .G3)(cassette, path, resuming);
    return cassette;
}
/** Writes the cassette (not in strict replay, which never changes it) and says what was replayed. */
async function closeCassette(cassette, io) {
    const { replayed, recorded, replayedCostUsd } = cassette.stats;
    if (cassette.mode !== 'replay')
        await (0,_cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCassetteFile */ .Cb)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, cassette.name), cassette.serialize());
    const parts = [
        ...(replayed > 0
            ? [`${replayed} call${replayed === 1 ? '' : 's'} replayed ($${replayedCostUsd.toFixed(4)} not spent)`]
            : []),
        ...(cassette.mode !== 'replay' ? [`${recorded} recorded`] : []),
    ];
    io.stdout(`Cassette ${cassette.name}: ${parts.join(', ') || 'no call'}\n`);
    for (const miss of cassette.misses)
        io.stderr(`replay: ${miss}\n`);
}


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rejudgeCommand: () => (/* binding */ rejudgeCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2336);
/* harmony import */ var _results_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2242);
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5185);
/* harmony import */ var _runner_run_info_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5584);
/* harmony import */ var _report_console_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9290);
/* harmony import */ var _suite_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8614);
/* harmony import */ var _suite_secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3876);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7593);
/* harmony import */ var _cassette_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1764);
/**
 * `rehearse rejudge <results> [-c suite] [-o out]`: the stored transcripts
 * judged again with the suite's current criteria and thresholds; a new run
 * linked to the original (`rejudgedFrom`), stored with the others.
 */











const REJUDGE_USAGE = `Usage: rehearse rejudge <results.json> [options]

Judges the stored conversations again with the suite's current criteria,
metrics and thresholds: no conversation is run again. Deterministic criteria
need no LLM call; LLM-judged ones call the judge only. The new run is stored
in ${_runner_run_info_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCAL_RUNS_DIR */ .ZP}/ and records the run it was judged from (rejudgedFrom).

  -c, --config <file>     suite root file (default: the one the run recorded)
  -o, --output <file>     also write the new results here
      --replay <file>     answer the judge from a cassette (also --record, --replay-or-record)

Exit status: 0 gate passed, 1 gate failed, 2 usage error.
`;
async function rejudgeCommand(args, io) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCommandArgs */ .Q)('rejudge', {
        args: [...args],
        strict: true,
        allowPositionals: true,
        options: {
            config: { type: 'string', short: 'c' },
            output: { type: 'string', short: 'o' },
            help: { type: 'boolean', short: 'h' },
            ..._cassette_js__WEBPACK_IMPORTED_MODULE_10__/* .CASSETTE_OPTIONS */ .Ub,
        },
    });
    const values = parsed.values;
    if (values.help === true) {
        io.stdout(REJUDGE_USAGE);
        return 0;
    }
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1('expected one results file (usage: rehearse rejudge <results.json> [-c suite])');
    const original = await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, file));
    const config = values.config ?? original.suite.config;
    const loaded = await (0,_suite_index_js__WEBPACK_IMPORTED_MODULE_6__/* .loadSuite */ .bu)(config, { cwd: io.cwd, env: io.env });
    if (!loaded.ok) {
        for (const issue of loaded.issues)
            io.stderr(`${(0,_suite_index_js__WEBPACK_IMPORTED_MODULE_6__/* .formatIssue */ .Hd)(issue)}\n`);
        io.stderr(`rehearse rejudge: ${loaded.issues.length} problem${loaded.issues.length === 1 ? '' : 's'} in the suite; ` +
            `nothing was judged\n`);
        return 1;
    }
    const suite = loaded.suite;
    // Everything printed and the cassette hide the secrets this suite names too.
    io.redactor?.add((0,_suite_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .suiteSecretValues */ .fJ)(suite, io.env));
    const cassetteFlags = (0,_cassette_js__WEBPACK_IMPORTED_MODULE_10__/* .parseCassetteFlags */ .NZ)(values);
    const cassette = cassetteFlags ? await (0,_cassette_js__WEBPACK_IMPORTED_MODULE_10__/* .openCassette */ .t2)(cassetteFlags, io) : undefined;
    const runId = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_3__/* .newRunId */ .F$)();
    const storedPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(io.cwd, _runner_run_info_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCAL_RUNS_DIR */ .ZP, `${runId}.json`);
    let rejudged;
    try {
        rejudged = await (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rejudgeRun */ .GW)({
            original,
            suite,
            env: io.env,
            chat: (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createSuiteChatClient */ .C3)(suite, io.env),
            runId,
            cwd: io.cwd,
            outputPath: storedPath,
            ...(cassette ? { cassette } : {}),
        });
    }
    finally {
        if (cassette)
            await (0,_cassette_js__WEBPACK_IMPORTED_MODULE_10__/* .closeCassette */ .Nh)(cassette, io);
    }
    const { results, dropped } = rejudged;
    if (dropped.length > 0)
        io.stderr(`notice: ${dropped.length} stored trial(s) left out (their test is not in the suite): ${dropped.join(', ')}\n`);
    io.stdout(`Re-judged ${results.trials.length} trial${results.trials.length === 1 ? '' : 's'} of ${original.runId} as ` +
        `${runId}\n`);
    io.stdout(`${(0,_report_console_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .formatRunSummary */ .fd)(results).join('\n')}\n`);
    const evaluation = (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateRun */ .tL)({ results, gate: { suite: suite.gate } });
    const compared = (0,_report_console_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .formatComparisonSummary */ .d2)(evaluation.report);
    if (compared.length)
        io.stdout(`${compared.join('\n')}\n`);
    io.stdout(`Gate: ${evaluation.gate.summary}\n`);
    if (values.output) {
        const output = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.output);
        await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeResults */ .KB)(output, evaluation.results);
        io.stdout(`Results: ${output}\n`);
    }
    io.stdout(`${values.output ? 'Also stored' : 'Results'}: ${storedPath}\n`);
    return evaluation.gate.passed ? 0 : 1;
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
/* harmony import */ var _judge_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9278);
/* harmony import */ var _skipped_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6078);
/* harmony import */ var _runner_progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(667);
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1623);
/* harmony import */ var _placement_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1137);
/* harmony import */ var _html_parts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8402);






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
        return failed.map((metric) => `${metric.id}: ${metric.reason}`).join('; ');
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
        (0,_runner_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(totals.durationMs),
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
            `${categories.map(([category, count]) => `${(0,_judge_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .failureCategoryLabel */ .lU)(category)} ${count}`).join(', ')}`);
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
    const hint = (0,_skipped_js__WEBPACK_IMPORTED_MODULE_5__/* .skipHint */ .L8)(skipped, 'cli');
    const keyWidth = widthOf(skipped.map((entry) => entry.key));
    return [
        `skipped ${skipped.length} (${(0,_skipped_js__WEBPACK_IMPORTED_MODULE_5__/* .skipCause */ .Ht)(skipped)})${hint ? `: ${hint}` : ''}`,
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
    const sections = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_2__/* .placeTests */ .Lv)({ results, previous, variants });
    const against = [
        previous ? `the previous run ${previous.before.runId}` : '',
        variants ? 'candidate vs baseline' : '',
    ].filter(Boolean);
    const lines = [];
    if (against.length)
        lines.push(`Compared: ${against.join(' and ')}`);
    const agent = (0,_placement_text_js__WEBPACK_IMPORTED_MODULE_3__/* .agentChangeText */ .$r)(previous);
    if (agent)
        lines.push(indent(agent));
    const confirming = (0,_placement_text_js__WEBPACK_IMPORTED_MODULE_3__/* .runConfirms */ .VN)(results);
    for (const section of _compare_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SECTIONS */ .bP) {
        // Skipped tests are listed above with their reason; passing unchanged ones are not listed.
        if (section === 'passing' || section === 'skipped')
            continue;
        const found = sections.of(section);
        if (found.length === 0)
            continue;
        lines.push(indent(`${_compare_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SECTION_TITLES */ ._Z[section]} (${found.length}):`));
        const width = widthOf(found.map((placement) => placement.key));
        for (const placement of found)
            lines.push(indent(indent(`${placement.key.padEnd(width)}  ${lineOf(placement, confirming)}`)));
    }
    return lines.length ? ['', ...lines] : [];
}
function lineOf(placement, confirming) {
    const why = placement.section === 'suspected' ? ` — ${(0,_placement_text_js__WEBPACK_IMPORTED_MODULE_3__/* .suspectedWhy */ .$6)(placement, confirming)}` : '';
    return `${(0,_html_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .placementText */ .pr)(placement)}${why}`;
}


/***/ })

};

export const id = 595;
export const ids = [595,478];
export const modules = {

/***/ 7478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareCommand: () => (/* binding */ compareCommand),
/* harmony export */   emit: () => (/* binding */ emit),
/* harmony export */   emitChunks: () => (/* binding */ emitChunks)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2013);
/* harmony import */ var _pipeline_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5367);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9329);
/* harmony import */ var _results_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2242);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/* harmony import */ var _util_write_chunks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5662);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7593);
/* harmony import */ var _suite_secrets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6930);
/**
 * `rehearse compare <previous.json> <current.json>`: what changed between two
 * runs, as markdown, JSON (for scripts), HTML or JUnit.
 */









const FORMATS = ['md', 'json', 'html', 'junit'];
const HELP = `Usage: rehearse compare <previous.json> <current.json> [options]

Compare two results files over stable test keys (test id @ variant): each test against
the history <previous.json> carries (else its trials), at α / comparisons. Two stored files
had no confirmation trials between them, so a drop they show is listed as suspected, and
fails nothing, unless <current.json> ran the confirmation trials (docs/statistics.md).

Options:
  --format <md|json|html|junit>  output format (default md); json lists regressions, suspected
                                 and not-confirmed drops, fixes, flaky, new and removed tests
                                 with ids, variants and evidence, for the
                                 previous run and (under "variants") baseline vs candidate;
                                 junit adds each test's changes as properties and names
                                 regressions in its failure messages
  --alpha <p>                    the run-level α, spent over every comparison (default: the α of
                                 the gate recorded in <current.json>, else ${_compare_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ALPHA */ .pO})
  -o, --output <file>            write there instead of stdout
  -h, --help                     show this help

Exit status: 0 compared, 2 bad input (missing file, not a results file, bad option).
`;
function parseCompareArgs(args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommandArgs */ .Qx)('compare', {
        args: [...args],
        allowPositionals: true,
        options: {
            format: { type: 'string' },
            alpha: { type: 'string' },
            output: { type: 'string', short: 'o' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help)
        return { help: true, previous: '', current: '', format: 'md' };
    if (positionals.length !== 2)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`expected two results files, <previous.json> <current.json>; got ${positionals.length} (see rehearse ` +
            `compare --help)`);
    const alpha = values.alpha === undefined ? undefined : Number(values.alpha);
    if (alpha !== undefined && !(alpha > 0 && alpha < 1))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`--alpha: expected a number between 0 and 1 (exclusive), got '${values.alpha}'`);
    return {
        help: false,
        previous: positionals[0],
        current: positionals[1],
        format: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFormat */ .Xc)(values.format, FORMATS, 'md', 'compare'),
        ...(alpha !== undefined ? { alpha } : {}),
        ...(values.output ? { output: values.output } : {}),
    };
}
async function emit(io, text, output) {
    if (!output) {
        io.stdout(text);
        return;
    }
    await (0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_6__/* .writeTextFile */ .Tl)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, output), io.redactor ? io.redactor.redact(text) : text);
    io.stderr(`wrote ${output}\n`);
}
/** Like `emit`, for big outputs made in pieces (HTML, JUnit): written as they come, never joined into one string. */
async function emitChunks(io, chunks, output) {
    // Redacted as a stream: a secret split across two pieces is still found whole.
    const redacted = io.redactor ? io.redactor.redactChunks(chunks) : chunks;
    if (!output) {
        for (const chunk of redacted)
            io.stdout(chunk);
        return;
    }
    await (0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_6__/* .writeChunks */ .a7)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, output), redacted);
    io.stderr(`wrote ${output}\n`);
}
/** The formats that show every transcript; the others need only the tests and their failure digests. */
const SHOWS_TRANSCRIPTS = new Set(['html', 'junit']);
async function compareCommand(args, io) {
    const options = parseCompareArgs(args);
    if (options.help) {
        io.stdout(HELP);
        return 0;
    }
    // compareRuns reads only the previous run's tests and totals.
    const previous = await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, options.previous), { trials: false });
    const currentPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, options.current);
    const current = SHOWS_TRANSCRIPTS.has(options.format)
        ? await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readResults */ .x8)(currentPath)
        : await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readSummaries */ .$2)(currentPath);
    await (0,_suite_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .learnSuiteSecrets */ .Y)(io, current, previous);
    // Not refused (a renamed suite is still the same tests), but every test would read as added or removed.
    if (previous.suite.name !== current.suite.name)
        io.stderr(`note: the two runs are of different suites ("${previous.suite.name}" and "${current.suite.name}"): tests ` +
            'match by id and variant only\n');
    const { report, comparisons, gateSettings, gate } = (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateRun */ .tL)({
        results: current,
        earlier: { previous },
        gate: options.alpha !== undefined ? { overrides: { alpha: options.alpha } } : {},
    });
    // There is always a previous run here: it was given.
    const comparison = comparisons.previous;
    const { variants } = comparisons;
    if (options.format === 'html')
        return emitChunks(io, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__.renderHtmlChunks)(current, { previous: comparison, ...(variants ? { variants } : {}), gate }), options.output).then(() => 0);
    if (options.format === 'junit')
        return emitChunks(io, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__.renderJUnitChunks)(current, { previous: comparison, variants }), options.output).then(() => 0);
    const render = {
        json: () => (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_1__/* .comparisonJson */ .s)(comparison, variants),
        md: () => `${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__.renderMarkdownReport)(report)}\n${gateSettings.note}\n`,
    };
    await emit(io, render[options.format](), options.output);
    return 0;
}


/***/ }),

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5367);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9329);
/* harmony import */ var _results_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2242);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _suite_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6930);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7593);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7478);
/** `rehearse report <results.json>`: render a results file as markdown, HTML, JUnit, CSV or JSON. */








const FORMATS = ['md', 'html', 'junit', 'csv', 'json'];
const HELP = `Usage: rehearse report <results.json> [options]

Options:
  --format <md|html|junit|csv|json>  output format (default md); csv and json export per-test results
  --previous <results.json>          compare with this earlier run (md and html show the changes)
  -o, --output <file>                write there instead of stdout
  -h, --help                         show this help

Exit status: 0 rendered, 2 bad input (missing file, not a results file, bad option).
`;
function parseReportArgs(args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Qx)('report', {
        args: [...args],
        allowPositionals: true,
        options: {
            format: { type: 'string' },
            previous: { type: 'string' },
            output: { type: 'string', short: 'o' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help)
        return { help: true, file: '', format: 'md' };
    if (positionals.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`expected one results file; got ${positionals.length} (see rehearse report --help)`);
    return {
        help: false,
        file: positionals[0],
        format: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFormat */ .Xc)(values.format, FORMATS, 'md', 'report'),
        ...(values.previous ? { previous: values.previous } : {}),
        ...(values.output ? { output: values.output } : {}),
    };
}
/** The formats that show every transcript; the others need only the tests and their failure digests. */
const SHOWS_TRANSCRIPTS = new Set(['html', 'junit']);
async function reportCommand(args, io) {
    const options = parseReportArgs(args);
    if (options.help) {
        io.stdout(HELP);
        return 0;
    }
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, options.file);
    const results = SHOWS_TRANSCRIPTS.has(options.format) ? await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readResults */ .x8)(path) : await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readSummaries */ .$2)(path);
    // compareRuns reads only the previous run's tests and totals.
    const previousRun = options.previous
        ? await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, options.previous), { trials: false })
        : undefined;
    await (0,_suite_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .learnSuiteSecrets */ .Y)(io, results, previousRun);
    // The same flow as `rehearse compare`, so both judge a pair of files alike (α included).
    const earlier = previousRun ? { previous: previousRun } : {};
    const { report, comparisons, gateSettings, gate } = (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateRun */ .tL)({ results, earlier });
    const { previous } = comparisons;
    if (options.format === 'html')
        return (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.emitChunks)(io, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__.renderHtmlChunks)(results, {
            ...(previous ? { previous } : {}),
            ...(comparisons.variants ? { variants: comparisons.variants } : {}),
            gate,
        }), options.output).then(() => 0);
    if (options.format === 'junit')
        return (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.emitChunks)(io, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__.renderJUnitChunks)(results, comparisons), options.output).then(() => 0);
    const render = {
        csv: () => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__.renderCsv)(results, comparisons),
        json: () => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__.renderTestsJson)(results),
        md: () => `${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__.renderMarkdownReport)(report)}\n${gateSettings.note}\n`,
    };
    await (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.emit)(io, render[options.format](), options.output);
    return 0;
}


/***/ }),

/***/ 6930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ learnSuiteSecrets)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _suite_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2462);
/* harmony import */ var _suite_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3876);
/**
 * Commands that read a results file (report, compare, export-otel) redact
 * what they print and write with the secrets its suite names, not only the
 * environment's credential-named variables: a key held in `LLM_ACCESS`
 * (named by `api_key_env`) is as secret as one in `OPENAI_API_KEY`. The suite
 * is the one the run recorded (`suite.config`), read from the working
 * directory when it is there; a suite that is missing or does not load adds
 * nothing (the command still redacts the environment's credentials).
 */




async function learnSuiteSecrets(io, ...runs) {
    if (!io.redactor)
        return;
    const configs = new Set(runs.flatMap((run) => (run?.suite.config ? [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, run.suite.config)] : [])));
    for (const config of configs) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(config))
            continue;
        try {
            const loaded = await (0,_suite_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSuite */ .bu)(config, { cwd: io.cwd, env: io.env });
            if (loaded.ok)
                io.redactor.add((0,_suite_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .suiteSecretValues */ .fJ)(loaded.suite, io.env));
        }
        catch {
            // Only a source of secrets to hide: a suite that cannot be read is the run's business, not this command's.
        }
    }
}


/***/ })

};

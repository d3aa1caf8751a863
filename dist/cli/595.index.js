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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2966);
/* harmony import */ var _gate_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7155);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4261);
/* harmony import */ var _results_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7937);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17);
/* harmony import */ var _util_write_chunks_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5662);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7593);
/**
 * `rehearse compare <previous.json> <current.json>`: what changed between two
 * runs, as markdown, JSON (for scripts), HTML or JUnit.
 */









const FORMATS = ['md', 'json', 'html', 'junit'];
const HELP = `Usage: rehearse compare <previous.json> <current.json> [options]

Compare two results files over stable test keys (test id @ variant).

Options:
  --format <md|json|html|junit>  output format (default md); json lists regressions, fixes,
                                 flaky, new and removed tests with ids and variants, for the
                                 previous run and (under "variants") baseline vs candidate;
                                 junit adds each test's changes as properties and names
                                 regressions in its failure messages
  --alpha <p>                    significance level of the one-sided Fisher exact test (default: the
                                 α of the gate recorded in <current.json>, else ${_compare_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_ALPHA */ .pO})
  -o, --output <file>            write there instead of stdout
  -h, --help                     show this help

Exit status: 0 compared, 2 bad input (missing file, not a results file, bad option).
`;
function parseCompareArgs(args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCommandArgs */ .Q)('compare', {
        args: [...args],
        allowPositionals: true,
        options: { format: { type: 'string' }, alpha: { type: 'string' }, output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help)
        return { help: true, previous: '', current: '', format: 'md' };
    if (positionals.length !== 2)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`expected two results files, <previous.json> <current.json>; got ${positionals.length} (see rehearse compare --help)`);
    const alpha = values.alpha === undefined ? undefined : Number(values.alpha);
    if (alpha !== undefined && !(alpha > 0 && alpha < 1))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`--alpha: expected a number between 0 and 1 (exclusive), got '${values.alpha}'`);
    return {
        help: false,
        previous: positionals[0],
        current: positionals[1],
        format: (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFormat */ .X)(values.format, FORMATS, 'md', 'compare'),
        ...(alpha !== undefined ? { alpha } : {}),
        ...(values.output ? { output: values.output } : {}),
    };
}
async function emit(io, text, output) {
    if (!output) {
        io.stdout(text);
        return;
    }
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text, 'utf8');
    io.stderr(`wrote ${output}\n`);
}
/** Like `emit`, for big outputs made in pieces (HTML, JUnit): written as they come, never joined into one string. */
async function emitChunks(io, chunks, output) {
    if (!output) {
        for (const chunk of chunks)
            io.stdout(chunk);
        return;
    }
    await (0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_7__/* .writeChunks */ .a)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output), chunks);
    io.stderr(`wrote ${output}\n`);
}
/** What each format shows of the current run's transcripts: md only the failing trials', json none. */
const TRANSCRIPTS = { md: 'failing', json: 'none', html: 'all', junit: 'all' };
async function compareCommand(args, io) {
    const options = parseCompareArgs(args);
    if (options.help) {
        io.stdout(HELP);
        return 0;
    }
    // compareRuns reads only the previous run's tests and totals.
    const previous = await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, options.previous), { trials: false });
    const current = await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, options.current), { transcripts: TRANSCRIPTS[options.format] });
    const { settings, note } = (0,_gate_index_js__WEBPACK_IMPORTED_MODULE_3__/* .recordedGate */ .oG)(current);
    const alpha = options.alpha ?? settings.alpha;
    const comparison = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRuns */ .qB)(previous, current, { alpha });
    const variants = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_2__/* .compareVariants */ .Ov)(current, { alpha });
    if (options.format === 'html')
        return emitChunks(io, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderHtmlChunks */ .AA)(current, { previous: comparison }), options.output).then(() => 0);
    if (options.format === 'junit')
        return emitChunks(io, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderJUnitChunks */ .LJ)(current, { previous: comparison, variants }), options.output).then(() => 0);
    const render = {
        json: () => (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_2__/* .comparisonJson */ .s)(comparison, variants),
        md: () => {
            const comparisons = variants ? [comparison, variants] : [comparison];
            const gate = (0,_gate_index_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateGate */ .DR)({ results: current, comparisons, minPassRate: settings.minPassRate, failOn: settings.failOn });
            return `${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderMarkdownReport */ ._9)({ results: current, previous: comparison, ...(variants ? { variants } : {}), gate })}\n${note}\n`;
        },
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
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2966);
/* harmony import */ var _gate_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7155);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4261);
/* harmony import */ var _results_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7937);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
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
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Q)('report', {
        args: [...args],
        allowPositionals: true,
        options: { format: { type: 'string' }, previous: { type: 'string' }, output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help)
        return { help: true, file: '', format: 'md' };
    if (positionals.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`expected one results file; got ${positionals.length} (see rehearse report --help)`);
    return {
        help: false,
        file: positionals[0],
        format: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFormat */ .X)(values.format, FORMATS, 'md', 'report'),
        ...(values.previous ? { previous: values.previous } : {}),
        ...(values.output ? { output: values.output } : {}),
    };
}
/** What each format shows of the run's transcripts: md only the failing trials', csv and json none. */
const TRANSCRIPTS = { md: 'failing', html: 'all', junit: 'all', csv: 'none', json: 'none' };
async function reportCommand(args, io) {
    const options = parseReportArgs(args);
    if (options.help) {
        io.stdout(HELP);
        return 0;
    }
    const results = await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, options.file), { transcripts: TRANSCRIPTS[options.format] });
    // compareRuns reads only the previous run's tests and totals.
    const previousRun = options.previous ? await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, options.previous), { trials: false }) : undefined;
    const previous = previousRun ? (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compareRuns */ .qB)(previousRun, results) : undefined;
    if (options.format === 'html')
        return (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.emitChunks)(io, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderHtmlChunks */ .AA)(results, previous ? { previous } : {}), options.output).then(() => 0);
    if (options.format === 'junit')
        return (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.emitChunks)(io, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderJUnitChunks */ .LJ)(results), options.output).then(() => 0);
    const render = {
        csv: () => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderCsv */ .PQ)(results),
        json: () => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTestsJson */ .Wc)(results),
        md: () => {
            const { settings, note } = (0,_gate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .recordedGate */ .oG)(results);
            const variants = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVariants */ .Ov)(results, { alpha: settings.alpha });
            const comparisons = [previous, variants].filter((c) => c !== undefined);
            const gate = (0,_gate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateGate */ .DR)({ results, comparisons, minPassRate: settings.minPassRate, failOn: settings.failOn });
            return `${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderMarkdownReport */ ._9)({ results, gate, ...(previous ? { previous } : {}), ...(variants ? { variants } : {}) })}\n${note}\n`;
        },
    };
    await (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.emit)(io, render[options.format](), options.output);
    return 0;
}


/***/ })

};

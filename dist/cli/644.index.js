export const id = 644;
export const ids = [644];
export const modules = {

/***/ 7478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareCommand: () => (/* binding */ compareCommand),
/* harmony export */   comparisonJson: () => (/* binding */ comparisonJson),
/* harmony export */   emit: () => (/* binding */ emit),
/* harmony export */   parseFormat: () => (/* binding */ parseFormat)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4129);
/* harmony import */ var _gate_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7155);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4261);
/* harmony import */ var _results_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(552);
/* harmony import */ var _suite_schema_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7141);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17);
/**
 * `rehearse compare <previous.json> <current.json>`: what changed between two
 * runs, as markdown, JSON (for scripts), HTML or JUnit.
 */









const FORMATS = ['md', 'json', 'html', 'junit'];
const HELP = `Usage: rehearse compare <previous.json> <current.json> [options]

Compare two results files over stable test keys (test id @ variant).

Options:
  --format <md|json|html|junit>  output format (default md); json lists regressions, fixes,
                                 flaky, new and removed tests with ids and variants
  --alpha <p>                    significance level of the one-sided Fisher exact test (default ${_compare_index_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ALPHA */ .pO})
  -o, --output <file>            write there instead of stdout
  -h, --help                     show this help

Exit status: 0 compared, 2 bad input (missing file, not a results file, bad option).
`;
function parseFormat(value, allowed, fallback, command) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`--format: expected one of ${allowed.join(', ')}, got '${value}' (see rehearse ${command} --help)`);
}
function parseCompareArgs(args) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: [...args],
            allowPositionals: true,
            options: { format: { type: 'string' }, alpha: { type: 'string' }, output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
        });
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)} (see rehearse compare --help)`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { help: true, previous: '', current: '', format: 'md', alpha: _compare_index_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ALPHA */ .pO };
    if (positionals.length !== 2)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`expected two results files, <previous.json> <current.json>; got ${positionals.length} (see rehearse compare --help)`);
    const alpha = values.alpha === undefined ? _compare_index_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ALPHA */ .pO : Number(values.alpha);
    if (!(alpha > 0 && alpha < 1))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`--alpha: expected a number between 0 and 1 (exclusive), got '${values.alpha}'`);
    return {
        help: false,
        previous: positionals[0],
        current: positionals[1],
        format: parseFormat(values.format, FORMATS, 'md', 'compare'),
        alpha,
        ...(values.output ? { output: values.output } : {}),
    };
}
function changeJson(change) {
    return {
        key: change.key,
        testId: change.testId,
        variant: change.test.variant,
        priority: change.test.priority,
        tags: change.test.tags,
        before: change.before ? { passes: change.before.passes, trials: change.before.trials, passRate: change.before.passRate, verdict: change.before.verdict } : null,
        after: change.after ? { passes: change.after.passes, trials: change.after.trials, passRate: change.after.passRate, verdict: change.after.verdict } : null,
        pValue: change.pValue ?? null,
        changedDefinition: change.changedDefinition,
        ...(change.note ? { note: change.note } : {}),
    };
}
/** The machine-readable comparison: every list by category, plus the run-level deltas. */
function comparisonJson(comparison) {
    const of = (category) => comparison.changes.filter((c) => c.category === category).map(changeJson);
    const payload = {
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
    return `${JSON.stringify(payload, null, 2)}\n`;
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
async function compareCommand(args, io) {
    const options = parseCompareArgs(args);
    if (options.help) {
        io.stdout(HELP);
        return 0;
    }
    const previous = await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_6__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, options.previous));
    const current = await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_6__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, options.current));
    const comparison = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_3__/* .compareRuns */ .qB)(previous, current, { alpha: options.alpha });
    const render = {
        json: () => comparisonJson(comparison),
        html: () => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderHtml */ .K2)(current, { previous: comparison }),
        junit: () => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderJUnit */ .dB)(current),
        md: () => {
            const variants = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVariants */ .Ov)(current, { alpha: options.alpha });
            const defaults = _suite_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .GateSchema */ .ZM.parse({});
            const comparisons = variants ? [comparison, variants] : [comparison];
            const gate = (0,_gate_index_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluateGate */ .D)({ results: current, comparisons, minPassRate: defaults.min_pass_rate, failOn: defaults.fail_on });
            return (0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderMarkdownReport */ ._9)({ results: current, previous: comparison, ...(variants ? { variants } : {}), gate });
        },
    };
    await emit(io, render[options.format](), options.output);
    return 0;
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
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


/***/ })

};

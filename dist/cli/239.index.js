export const id = 239;
export const ids = [239];
export const modules = {

/***/ 239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planArgs: () => (/* binding */ planArgs),
/* harmony export */   rerunCommand: () => (/* binding */ rerunCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _results_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2242);
/* harmony import */ var _runner_run_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5584);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _number_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7739);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3083);
/**
 * `rehearse rerun <run id>`: the same plan as a stored run (its suite file,
 * filters, variants, shard, run-count override, concurrency and budget, as
 * recorded in its results), run again as a new run. Extra flags are passed
 * to `rehearse run` and win over the recorded ones.
 */






const RERUN_USAGE = `Usage: rehearse rerun <run id | results.json> [run options]

Runs the plan of a stored run again (${_runner_run_info_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCAL_RUNS_DIR */ .ZP}/<run id>.json): the same
suite file, variants, tags, tests, sets, shard, run-count override, concurrency
and budget. Options after the run id are given to \`rehearse run\` as well
(e.g. --replay cassette.jsonl, -o out.json).
  -q, --quiet    print only errors and the final verdict line (Gate: …)
`;
async function rerunCommand(args, io) {
    const [target, ...rest] = args;
    if (!target || target === '--help' || target === '-h') {
        io.stdout(RERUN_USAGE);
        return target ? 0 : 2;
    }
    const original = await readStoredRun(target, io.cwd);
    const runArgs = ['-c', original.suite.config, ...planArgs(original.plan), ...rest];
    io.stdout(`Rerunning ${original.runId}: rehearse run ${runArgs.join(' ')}\n`);
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_5__.runCommand)(runArgs, io);
}
/** A run id from the local store, or a results file path. */
async function readStoredRun(target, cwd) {
    const path = target.endsWith('.json') ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, target) : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(cwd, _runner_run_info_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCAL_RUNS_DIR */ .ZP, `${target}.json`);
    try {
        return await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readResults */ .x8)(path, { transcripts: 'none' });
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`no stored run ${target} (looked for ${path}; \`rehearse runs\` lists them)`);
        }
        throw error;
    }
}
/** The recorded plan options as `rehearse run` flags. */
function planArgs(plan) {
    if (!plan)
        return [];
    const list = (flag, values) => values && values.length > 0 ? [flag, values.join(',')] : [];
    const one = (flag, value) => (value !== undefined ? [flag, String(value)] : []);
    return [
        ...list('--variants', plan.variants),
        ...list('--tags', plan.tags),
        ...list('--test', plan.tests),
        ...list('--set', plan.sets),
        ...one('--runs', plan.runs),
        ...one('--shard', plan.shard),
        ...one('--concurrency', plan.concurrency),
        ...one('--budget', plan.budgetUsd === undefined ? undefined : (0,_number_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .decimalText */ .Nx)(plan.budgetUsd)),
        ...(plan.failFast ? ['--fail-fast'] : []),
    ];
}


/***/ })

};

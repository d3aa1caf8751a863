export const id = 299;
export const ids = [299];
export const modules = {

/***/ 8299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runsCommand: () => (/* binding */ runsCommand),
/* harmony export */   selectRuns: () => (/* binding */ selectRuns)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2011);
/* harmony import */ var _results_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7937);
/* harmony import */ var _results_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8422);
/* harmony import */ var _runner_run_info_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5584);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7593);
/**
 * `rehearse runs`: the results list over the local store (`.rehearse/runs/`):
 * filter by date range, status and text (run id, test id, tag), sort newest
 * or oldest first.
 */








const HELP = `Usage: rehearse runs [options]

List the runs stored in ${_runner_run_info_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCAL_RUNS_DIR */ .ZP}/ (written by \`rehearse run\`).

Options:
  --dir <dir>            where the results files are (default ${_runner_run_info_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCAL_RUNS_DIR */ .ZP})
  --since <date>         started on or after (2026-11-21 or an ISO timestamp)
  --until <date>         started on or before (a date alone includes that whole day)
  --status <status>      ${_results_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .RunStatusSchema */ .d$.options.join(' | ')}
  --search <text>        run id, suite, test id or tag contains the text (any case)
  --sort <newest|oldest> default newest
  --json                 print the list as JSON
  -h, --help             show this help

Exit status: 0 listed (even if empty), 2 bad option.
`;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** A date bound as epoch ms; a bare date as `until` means the end of that day. */
function parseDate(flag, value, endOfDay) {
    if (value === undefined)
        return undefined;
    const time = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(time))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`--${flag}: expected a date like 2026-11-21 or an ISO timestamp, got '${value}'`);
    return endOfDay && DATE_ONLY.test(value) ? time + DAY_MS - 1 : time;
}
function parseRunsArgs(args, cwd) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Q)('runs', {
        args: [...args],
        options: {
            dir: { type: 'string' },
            since: { type: 'string' },
            until: { type: 'string' },
            status: { type: 'string' },
            search: { type: 'string' },
            sort: { type: 'string' },
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    const status = values.status;
    if (status !== undefined && !_results_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .RunStatusSchema */ .d$.safeParse(status).success) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`--status: expected one of ${_results_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .RunStatusSchema */ .d$.options.join(', ')}, got '${status}'`);
    }
    const sort = values.sort ?? 'newest';
    if (sort !== 'newest' && sort !== 'oldest')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`--sort: expected newest or oldest, got '${sort}'`);
    const since = parseDate('since', values.since, false);
    const until = parseDate('until', values.until, true);
    if (since !== undefined && until !== undefined && since > until)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('--since is after --until: no run can match');
    return {
        help: values.help === true,
        dir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, values.dir ?? _runner_run_info_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCAL_RUNS_DIR */ .ZP),
        ...(since === undefined ? {} : { since }),
        ...(until === undefined ? {} : { until }),
        ...(status ? { status: status } : {}),
        ...(values.search ? { search: values.search.toLowerCase() } : {}),
        sort,
        json: values.json === true,
    };
}
async function loadRuns(dir, io) {
    let names;
    try {
        names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).filter((name) => name.endsWith('.json')).sort();
    }
    catch {
        return [];
    }
    const runs = [];
    for (const name of names) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        try {
            runs.push({ file, results: await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readResults */ .x8)(file) });
        }
        catch (error) {
            // One unreadable file must not hide the others.
            if (!(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isConfigurationError */ .p0)(error))
                throw error;
            io.stderr(`rehearse runs: skipped ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, file)}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}\n`);
        }
    }
    return runs;
}
function matches(run, options) {
    const started = Date.parse(run.startedAt);
    if (options.since !== undefined && started < options.since)
        return false;
    if (options.until !== undefined && started > options.until)
        return false;
    if (options.status && run.status !== options.status)
        return false;
    if (!options.search)
        return true;
    const needle = options.search;
    const haystacks = [run.runId, run.suite.name, ...run.tests.map((test) => test.testId), ...run.tests.flatMap((test) => test.tags)];
    return haystacks.some((text) => text.toLowerCase().includes(needle));
}
function selectRuns(runs, options) {
    const direction = options.sort === 'newest' ? -1 : 1;
    return runs
        .filter((run) => matches(run.results, options))
        .sort((a, b) => direction * (Date.parse(a.results.startedAt) - Date.parse(b.results.startedAt)) || (a.results.runId < b.results.runId ? -1 : 1));
}
function row(run, cwd) {
    const { results } = run;
    const t = results.totals;
    return {
        runId: results.runId,
        startedAt: results.startedAt,
        finishedAt: results.finishedAt ?? null,
        status: results.status,
        source: results.source,
        suite: results.suite.name,
        ref: results.git.ref ?? null,
        sha: results.git.sha ?? null,
        tests: t.tests,
        passed: t.passed,
        failed: t.failed,
        errored: t.errored,
        passRate: t.passRate,
        costUsd: t.usage.costUsd,
        file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, run.file),
    };
}
function table(rows) {
    const header = ['RUN ID', 'STARTED (UTC)', 'STATUS', 'SOURCE', 'TESTS', 'PASSED', 'FAILED', 'PASS RATE', 'COST', 'REF'];
    const lines = rows.map((r) => [r.runId, r.startedAt.slice(0, 16).replace('T', ' '), r.status, r.source, String(r.tests), String(r.passed), String(r.failed + r.errored), (0,_report_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatPercent */ .l9)(r.passRate), (0,_report_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(r.costUsd), r.ref ?? '']);
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
    const format = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
    return `${[format(header), ...lines.map(format)].join('\n')}\n`;
}
async function runsCommand(args, io) {
    const options = parseRunsArgs(args, io.cwd);
    if (options.help) {
        io.stdout(HELP);
        return 0;
    }
    const stored = await loadRuns(options.dir, io);
    const rows = selectRuns(stored, options).map((run) => row(run, io.cwd));
    if (options.json)
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    else if (rows.length === 0)
        io.stdout(stored.length ? `No run matches (${stored.length} stored in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, options.dir) || '.'}).\n` : `No runs stored in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, options.dir) || '.'} yet: \`rehearse run\` writes them there.\n`);
    else
        io.stdout(table(rows));
    return 0;
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ formatPassHatK),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   V5: () => (/* binding */ trialsPassing),
/* harmony export */   W7: () => (/* binding */ formatRateDelta),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   gi: () => (/* binding */ passFraction),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/** Numbers as people read them in reports: rates, money, durations, deltas. */
function formatPercent(rate) {
    if (rate === null || rate === undefined)
        return '—';
    const value = rate * 100;
    return `${Number.isInteger(Math.round(value * 10) / 10) ? Math.round(value) : value.toFixed(1)}%`;
}
/**
 * "$4.00", "$0.17", "$0.012", "$0.0062": cents from a dollar up, else two
 * significant digits, so $0.0125 and $0.0100 do not read as "$0.01" and "$0.0100".
 */
function formatUsd(value) {
    if (value === null || value === undefined)
        return '—';
    const rounded = Number(value.toPrecision(2));
    if (rounded === 0 || Math.abs(rounded) >= 1)
        return `$${value.toFixed(2)}`;
    const decimals = Math.max(2, 1 - Math.floor(Math.log10(Math.abs(rounded))));
    return `$${rounded.toFixed(decimals)}`;
}
function formatMs(value) {
    if (value === null || value === undefined)
        return '—';
    if (Math.abs(value) < 1000)
        return `${Math.round(value)} ms`;
    if (Math.abs(value) < 60_000)
        return `${(value / 1000).toFixed(1)} s`;
    const sign = value < 0 ? '-' : '';
    const totalSeconds = Math.round(Math.abs(value) / 1000);
    const hours = Math.floor(totalSeconds / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    if (hours > 0)
        return `${sign}${hours} h ${minutes} min`;
    return `${sign}${minutes} min ${totalSeconds % 60} s`;
}
function formatCount(value) {
    if (value === null || value === undefined)
        return '—';
    return Math.round(value).toLocaleString('en-US');
}
/**
 * A count with its noun: "1 regression", "2 regressions", "0 fixes". The
 * plural adds -es after s, x, z, ch and sh, else -s; pass `many` for others.
 * Shared by the reports, the comparison and the gate so no text says "1 regressions".
 */
function plural(count, one, many) {
    const others = many ?? (/(s|x|z|ch|sh)$/.test(one) ? `${one}es` : `${one}s`);
    return `${formatCount(count)} ${count === 1 ? one : others}`;
}
function signed(value, text) {
    if (value > 0)
        return `+${text}`;
    if (value < 0)
        return `−${text}`;
    return '±0';
}
/** "+12.5 pts" for a pass-rate change. */
function formatRateDelta(change) {
    if (change === null)
        return '—';
    const points = Math.round(change * 1000) / 10;
    return points === 0 ? '±0' : signed(points, `${Math.abs(points)} pts`);
}
/** "+$0.17 (+14%)" style: the absolute change and, when meaningful, the relative one. */
function formatDelta(before, change, format) {
    if (change === null || before === null)
        return '—';
    if (change === 0)
        return '±0';
    const absolute = signed(change, format(Math.abs(change)));
    if (before === 0)
        return absolute;
    const relative = Math.round((change / before) * 100);
    return relative === 0 ? absolute : `${absolute} (${relative > 0 ? '+' : '−'}${Math.abs(relative)}%)`;
}
function formatPValue(p) {
    if (p === undefined)
        return '—';
    if (p < 0.001)
        return 'p < 0.001';
    return `p = ${p.toFixed(3)}`;
}
function passFraction(passes, trials) {
    return `${passes}/${trials}`;
}
/**
 * "3/5 passing, 2 errors": passes over the trials the pass rate counts
 * (pass, fail and error; invalid ones stay out), and the errored ones named,
 * so errors never read as passes.
 */
function trialsPassing(test) {
    const errors = test.errors ? `, ${plural(test.errors, 'error')}` : '';
    return `${passFraction(test.passes, test.passes + test.failures + test.errors)} passing${errors}`;
}
/** "pass^3 0.10" (k is the run count in files written before k was recorded); "" when undefined. */
function formatPassHatK(test) {
    return test.passHatK === null ? '' : `pass^${test.passK ?? test.runs} ${test.passHatK.toFixed(2)}`;
}
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : undefined;
}


/***/ }),

/***/ 5584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   Rh: () => (/* binding */ runSource),
/* harmony export */   VT: () => (/* binding */ gitInfo),
/* harmony export */   ZP: () => (/* binding */ LOCAL_RUNS_DIR)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/** Identity of a run: its id, where it ran, and which commit it tested. */


const GIT_TIMEOUT_MS = 2_000;
/** `RH-YYYYMMDD-HHMMSS-<6 hex>` in UTC: sortable by time, unique enough across a matrix. */
function newRunId(now = new Date(), random = () => (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(3).toString('hex')) {
    const iso = now.toISOString(); // 2026-11-21T19:51:39.123Z
    const date = iso.slice(0, 10).replaceAll('-', '');
    const time = iso.slice(11, 19).replaceAll(':', '');
    return `RH-${date}-${time}-${random()}`;
}
function runSource(env) {
    return env.GITHUB_ACTIONS === 'true' ? 'ci' : 'cli';
}
/** From the Actions environment, else from `git` in cwd; best effort, never fails. */
function gitInfo(env, cwd) {
    const sha = env.GITHUB_SHA || git(['rev-parse', 'HEAD'], cwd);
    const ref = env.GITHUB_REF || symbolicRef(cwd);
    const repository = env.GITHUB_REPOSITORY || undefined;
    return { ...(sha ? { sha } : {}), ...(ref ? { ref } : {}), ...(repository ? { repository } : {}) };
}
function symbolicRef(cwd) {
    return git(['symbolic-ref', '-q', 'HEAD'], cwd);
}
function git(args, cwd) {
    try {
        const output = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: GIT_TIMEOUT_MS }).trim();
        return output || undefined;
    }
    catch {
        return undefined;
    }
}
/** The local store of runs (relative to the working directory) that `rehearse runs` lists. */
const LOCAL_RUNS_DIR = '.rehearse/runs';


/***/ })

};

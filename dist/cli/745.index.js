export const id = 745;
export const ids = [745];
export const modules = {

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

/***/ 3126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runsCommand: () => (/* binding */ runsCommand),
  selectRuns: () => (/* binding */ selectRuns)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/cli/runs-prune.ts
/** Which stored runs `rehearse runs --prune` deletes: pure, given the list newest first and the time now. */

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
/** `30d`, `12h`, `2w`, `90m` → milliseconds. */
function parseAge(text) {
    const match = /^(\d+(?:\.\d+)?)\s*([mhdw])$/.exec(text.trim());
    if (!match)
        throw new errors/* ConfigurationError */.j1(`--older-than: expected an age like 30d, 12h, 2w or 90m, got '${text}'`);
    return Number(match[1]) * UNIT_MS[match[2]];
}
/**
 * With both rules a run goes only if it is older and not among the `keep`
 * newest: the safer reading of "prune old runs but keep a few".
 */
function pruneSelection(newestFirst, rule, nowMs) {
    return newestFirst.filter((run, position) => {
        const beyondKeep = rule.keep === undefined || position >= rule.keep;
        const old = rule.olderThanMs === undefined || Date.parse(run.results.startedAt) < nowMs - rule.olderThanMs;
        return beyondKeep && old;
    });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/report/format.ts
var report_format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/results/stored-runs.ts
var stored_runs = __webpack_require__(8214);
// EXTERNAL MODULE: ./src/model/results.ts
var results = __webpack_require__(3111);
// EXTERNAL MODULE: ./src/runner/run-info.ts
var run_info = __webpack_require__(5584);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/commands/runs.ts
/**
 * `rehearse runs`: the results list over the local store (`.rehearse/runs/`):
 * filter by date range, status and text (run id, test id, tag), sort newest
 * or oldest first.
 */









const HELP = `Usage: rehearse runs [options]

List the runs stored in ${run_info/* LOCAL_RUNS_DIR */.ZP}/ (written by \`rehearse run\`).

Options:
  --dir <dir>            where the results files are (default ${run_info/* LOCAL_RUNS_DIR */.ZP})
  --since <date>         started on or after (2026-11-21 or an ISO timestamp)
  --until <date>         started on or before (a date alone includes that whole day)
  --status <status>      ${results/* RunStatusSchema */.d$.options.join(' | ')}
  --search <text>        run id, suite, test id or tag contains the text (any case)
  --sort <newest|oldest> default newest
  --json                 print the list as JSON
  -h, --help             show this help

Housekeeping (the filters above narrow what is deleted too):
  --delete <id...>       delete these runs
  --prune                delete old runs: with --keep <n> all but the n newest,
                         with --older-than <age> (30d, 12h, 2w) those started before;
                         both: only runs that are older and not among the n newest
  --dry-run              list what would be deleted, delete nothing
  --yes                  do not ask for confirmation (for scripts)

Exit status: 0 listed or deleted (even if empty), 1 deletion not confirmed, 2 bad option.
`;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** A date bound as epoch ms; a bare date as `until` means the end of that day. */
function parseDate(flag, value, endOfDay) {
    if (value === undefined)
        return undefined;
    const time = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(time))
        throw new errors/* ConfigurationError */.j1(`--${flag}: expected a date like 2026-11-21 or an ISO timestamp, got '${value}'`);
    return endOfDay && DATE_ONLY.test(value) ? time + DAY_MS - 1 : time;
}
function parseRunsArgs(args, cwd) {
    const { values, positionals } = (0,cli_args/* parseCommandArgs */.Q)('runs', {
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
            delete: { type: 'boolean' },
            prune: { type: 'boolean' },
            keep: { type: 'string' },
            'older-than': { type: 'string' },
            'dry-run': { type: 'boolean' },
            yes: { type: 'boolean', short: 'y' },
        },
        allowPositionals: true,
    });
    const status = values.status;
    if (status !== undefined && !results/* RunStatusSchema */.d$.safeParse(status).success) {
        throw new errors/* ConfigurationError */.j1(`--status: expected one of ${results/* RunStatusSchema */.d$.options.join(', ')}, got '${status}'`);
    }
    const sort = values.sort ?? 'newest';
    if (sort !== 'newest' && sort !== 'oldest')
        throw new errors/* ConfigurationError */.j1(`--sort: expected newest or oldest, got '${sort}'`);
    const since = parseDate('since', values.since, false);
    const until = parseDate('until', values.until, true);
    if (since !== undefined && until !== undefined && since > until)
        throw new errors/* ConfigurationError */.j1('--since is after --until: no run can match');
    return {
        help: values.help === true,
        dir: (0,external_node_path_.resolve)(cwd, values.dir ?? run_info/* LOCAL_RUNS_DIR */.ZP),
        ...(since === undefined ? {} : { since }),
        ...(until === undefined ? {} : { until }),
        ...(status ? { status: status } : {}),
        ...(values.search ? { search: values.search.toLowerCase() } : {}),
        sort,
        json: values.json === true,
        ...deletionOf(values, positionals),
        dryRun: values['dry-run'] === true,
        yes: values.yes === true,
    };
}
function deletionOf(values, positionals) {
    if (values.delete && values.prune)
        throw new errors/* ConfigurationError */.j1('--delete and --prune: choose one');
    if (!values.prune && (values.keep !== undefined || values['older-than'] !== undefined)) {
        throw new errors/* ConfigurationError */.j1('--keep and --older-than go with --prune');
    }
    if (values.delete) {
        if (positionals.length === 0) {
            throw new errors/* ConfigurationError */.j1('--delete needs the run ids to delete (rehearse runs --delete RH-… RH-…)');
        }
        return { deletion: { ids: positionals } };
    }
    if (positionals.length > 0) {
        throw new errors/* ConfigurationError */.j1(`unexpected argument '${positionals[0]}' (run ids go with --delete)`);
    }
    if (!values.prune)
        return {};
    const keep = values.keep === undefined ? undefined : Number(values.keep);
    if (keep !== undefined && (!Number.isInteger(keep) || keep < 0)) {
        throw new errors/* ConfigurationError */.j1(`--keep: expected a whole number ≥ 0, got '${values.keep}'`);
    }
    const olderThanMs = values['older-than'] === undefined ? undefined : parseAge(values['older-than']);
    if (keep === undefined && olderThanMs === undefined) {
        throw new errors/* ConfigurationError */.j1('--prune needs --keep <n> and/or --older-than <age>');
    }
    const prune = { ...(keep !== undefined ? { keep } : {}), ...(olderThanMs !== undefined ? { olderThanMs } : {}) };
    return { deletion: { prune } };
}
/** The stored runs, each unreadable file reported on stderr. */
function loadRuns(dir, io) {
    return (0,stored_runs/* readStoredRuns */.c)(dir, (file, why) => io.stderr(`rehearse runs: skipped ${(0,external_node_path_.relative)(io.cwd, file)}: ${why}\n`));
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
    const haystacks = [
        run.runId,
        run.suite.name,
        ...run.tests.map((test) => test.testId),
        ...run.tests.flatMap((test) => test.tags),
    ];
    return haystacks.some((text) => text.toLowerCase().includes(needle));
}
function selectRuns(runs, options) {
    const direction = options.sort === 'newest' ? -1 : 1;
    return runs
        .filter((run) => matches(run.results, options))
        .sort((a, b) => direction * (Date.parse(a.results.startedAt) - Date.parse(b.results.startedAt)) ||
        (a.results.runId < b.results.runId ? -1 : 1));
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
        /** The gate's decision recorded when the run was evaluated; null for older files. */
        gate: results.gate?.passed === undefined ? null : results.gate.passed ? 'pass' : 'fail',
        gateSummary: results.gate?.summary ?? null,
        stopReason: results.stopReason ?? null,
        shard: results.shard ? `${results.shard.index}/${results.shard.total}` : null,
        rejudgedFrom: results.rejudgedFrom ?? null,
        file: (0,external_node_path_.relative)(cwd, run.file),
    };
}
function table(rows) {
    const header = ['RUN ID', 'STARTED (UTC)', 'STATUS', 'STOP', 'SHARD', 'GATE', 'SOURCE', 'TESTS', 'PASSED', 'FAILED'];
    header.push('PASS RATE', 'COST', 'REF');
    const lines = rows.map((r) => [
        r.runId,
        r.startedAt.slice(0, 16).replace('T', ' '),
        r.status,
        r.stopReason ?? '',
        r.shard ?? '',
        r.gate ?? '—',
        r.source,
        String(r.tests),
        String(r.passed),
        String(r.failed + r.errored),
        (0,report_format/* formatPercent */.l9)(r.passRate),
        (0,report_format/* formatUsd */.UK)(r.costUsd),
        r.ref ?? '',
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
    const format = (cells) => cells
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return `${[format(header), ...lines.map(format)].join('\n')}\n`;
}
async function runsCommand(args, io) {
    const options = parseRunsArgs(args, io.cwd);
    if (options.help) {
        io.stdout(HELP);
        return 0;
    }
    const stored = await loadRuns(options.dir, io);
    if (options.deletion)
        return deleteRuns(stored, options, io);
    const rows = selectRuns(stored, options).map((run) => row(run, io.cwd));
    if (options.json)
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    else if (rows.length === 0)
        io.stdout(stored.length
            ? `No run matches (${stored.length} stored in ${(0,external_node_path_.relative)(io.cwd, options.dir) || '.'}).\n`
            : `No runs stored in ${(0,external_node_path_.relative)(io.cwd, options.dir) || '.'} yet: \`rehearse run\` writes them there.\n`);
    else
        io.stdout(table(rows));
    return 0;
}
/** `--delete` / `--prune`: what goes is listed first; nothing is deleted on a dry run or without a yes. */
async function deleteRuns(stored, options, io) {
    const deletion = options.deletion;
    const candidates = selectRuns(stored, { ...options, sort: 'newest' });
    let doomed;
    if ('ids' in deletion) {
        const unknown = deletion.ids.filter((id) => !stored.some((run) => run.results.runId === id));
        if (unknown.length > 0) {
            throw new errors/* ConfigurationError */.j1(`no stored run ${unknown.join(', ')} in ${(0,external_node_path_.relative)(io.cwd, options.dir) || '.'}`);
        }
        doomed = candidates.filter((run) => deletion.ids.includes(run.results.runId));
    }
    else {
        doomed = pruneSelection(candidates, deletion.prune, Date.now());
    }
    if (doomed.length === 0) {
        io.stdout('Nothing to delete.\n');
        return 0;
    }
    const verb = options.dryRun ? 'Would delete' : 'Deleting';
    io.stdout(`${verb} ${doomed.length} run${doomed.length === 1 ? '' : 's'}:\n`);
    for (const run of doomed) {
        io.stdout(`  ${run.results.runId}  ${run.results.startedAt.slice(0, 16).replace('T', ' ')}  ` +
            `${(0,external_node_path_.relative)(io.cwd, run.file)}\n`);
    }
    if (options.dryRun)
        return 0;
    const question = `Delete ${doomed.length} run${doomed.length === 1 ? '' : 's'}? [y/N] `;
    if (!options.yes && !(io.confirm && (await io.confirm(question)))) {
        io.stderr(`rehearse runs: nothing deleted${io.confirm ? '' : ' (not a terminal: pass --yes to delete)'}\n`);
        return 1;
    }
    for (const run of doomed)
        await (0,promises_.rm)(run.file, { force: true });
    io.stdout(`Deleted ${doomed.length} run${doomed.length === 1 ? '' : 's'}.\n`);
    return 0;
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ formatPassHatK),
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   V5: () => (/* binding */ trialsPassing),
/* harmony export */   W7: () => (/* binding */ formatRateDelta),
/* harmony export */   gi: () => (/* binding */ passFraction),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1976);
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
    const errors = test.errors ? `, ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(test.errors, 'error')}` : '';
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

/***/ 8214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readStoredRuns)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7590);
/**
 * The results files of a runs folder (`.rehearse/runs/`), read without their
 * trials: listing, pruning and finding the previous local run need the tests,
 * totals, gate and history only. An unreadable or foreign file is reported to
 * `onUnreadable` and left out, so one bad file never hides the others.
 */




/** Every `*.json` in `dir` that reads as a results file, in file-name order; [] when the folder does not exist. */
async function readStoredRuns(dir, onUnreadable = () => undefined) {
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
            runs.push({ file, results: await (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readResults */ .x8)(file, { trials: false }) });
        }
        catch (error) {
            if (!(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isConfigurationError */ .p0)(error))
                throw error;
            onUnreadable(file, (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error));
        }
    }
    return runs;
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
        const output = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: GIT_TIMEOUT_MS,
        }).trim();
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

export const id = 126;
export const ids = [126];
export const modules = {

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
// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
// EXTERNAL MODULE: ./src/cli/number-flags.ts
var number_flags = __webpack_require__(7739);
;// CONCATENATED MODULE: ./src/cli/runs-prune.ts
/** Which stored runs `rehearse runs --prune` deletes: pure, given the list newest first and the time now. */



/**
 * `--keep`'s bound: a million runs is far beyond any local store (each run is a results file and its reports), so a
 * larger number is a typo; and without a bound a number of 400 digits reads as Infinity.
 */
const MAX_KEEP = 1_000_000;
const DAY_MS = 86_400_000;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };
/**
 * The oldest age `--older-than` takes: no run is older than a century, and past it the milliseconds overflow what
 * a date can hold (`99999999999999999999d` would prune nothing, silently).
 */
const MAX_AGE_DAYS = 36_525;
const AGE = /^([0-9]+(?:\.[0-9]+)?|\.[0-9]+)([mhdw])$/;
/** `30d`, `12h`, `2w`, `90m`, `1.5d` → milliseconds: plain digits and a unit, nothing around them. */
function parseAge(text) {
    const match = AGE.exec(text);
    if (!match) {
        throw new errors/* ConfigurationError */.j1(`--older-than: expected an age like 30d, 12h, 2w or 90m, got ${(0,number_flags/* quotedInput */.bY)(text)}`);
    }
    const ms = Number(match[1]) * UNIT_MS[match[2]];
    if (ms > MAX_AGE_DAYS * DAY_MS) {
        throw new errors/* ConfigurationError */.j1(`--older-than: expected an age of at most ${(0,plural/* formatCount */.B)(MAX_AGE_DAYS)}d (100 years), got ${(0,number_flags/* quotedInput */.bY)(text)}`);
    }
    return ms;
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
// EXTERNAL MODULE: ./src/cli/run-files.ts
var run_files = __webpack_require__(8333);
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
  --keep <n>             delete all but the n newest runs
  --older-than <age>     delete runs started more than this long ago (30d, 12h, 2w, 90m);
                         with --keep too: only runs that are older and not among the n newest
  --prune                the same, spelled out (--prune --keep 5 is --keep 5)
  A deleted run loses every file it left: results, journal, lock and its report.md/.html.
  --dry-run              list what would be deleted, delete nothing
  --yes                  do not ask for confirmation (for scripts)

Exit status: 0 listed or deleted (even if empty), 1 deletion not confirmed, 2 bad option.
`;
const runs_DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** A date bound as epoch ms; a bare date as `until` means the end of that day. */
function parseDate(flag, value, endOfDay) {
    if (value === undefined)
        return undefined;
    const time = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(time))
        throw new errors/* ConfigurationError */.j1(`--${flag}: expected a date like 2026-11-21 or an ISO timestamp, got '${value}'`);
    return endOfDay && DATE_ONLY.test(value) ? time + runs_DAY_MS - 1 : time;
}
function parseRunsArgs(args, cwd) {
    const { values, positionals } = (0,cli_args/* parseCommandArgs */.Qx)('runs', {
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
    // --keep and --older-than say what to prune: either one alone is a prune.
    const prunes = values.prune === true || values.keep !== undefined || values['older-than'] !== undefined;
    if (values.delete && prunes)
        throw new errors/* ConfigurationError */.j1('--delete and --keep/--older-than: choose one');
    if (values.delete) {
        if (positionals.length === 0) {
            throw new errors/* ConfigurationError */.j1('--delete needs the run ids to delete (rehearse runs --delete RH-… RH-…)');
        }
        return { deletion: { ids: positionals } };
    }
    if (positionals.length > 0) {
        throw new errors/* ConfigurationError */.j1(`unexpected argument '${positionals[0]}' (run ids go with --delete)`);
    }
    if (!prunes)
        return {};
    const keep = values.keep === undefined ? undefined : (0,number_flags/* wholeNumberFlag */.ZR)('--keep', values.keep, { min: 0, max: MAX_KEEP });
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
        for (const file of (0,run_files/* runFilesOf */.S)(run.file))
            await (0,promises_.rm)(file, { force: true, recursive: true });
    io.stdout(`Deleted ${doomed.length} run${doomed.length === 1 ? '' : 's'}.\n`);
    return 0;
}


/***/ }),

/***/ 7739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nx: () => (/* binding */ decimalText),
/* harmony export */   Sz: () => (/* binding */ decimalFlag),
/* harmony export */   ZR: () => (/* binding */ wholeNumberFlag),
/* harmony export */   bY: () => (/* binding */ quotedInput)
/* harmony export */ });
/* unused harmony export numberExpectation */
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1976);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9997);
/**
 * The numbers the CLI's flags take (`--runs 5`, `--budget 2.5`, `--alpha 0.05`, `--keep 20`, the 30 of
 * `--older-than 30d`), read one way for every command. `Number(text)` reads much that no one means as a number:
 * '' and '  ' as 0, '0x10' as 16, '1e3', 'Infinity', ' 5 ', '+5', '5.'; and a huge value passes silently. Here a
 * flag's text is plain ASCII digits, with a fraction (`2.5`, `.05`) only where the flag takes one: no sign, no
 * exponent, no hex, no spaces; within an explicit range, every flag with an upper bound. Leading zeros are accepted
 * (`01` is 1: a script that pads numbers means them). Anything else is one ConfigurationError line that names the flag,
 * the range and the text given: "--keep: expected a whole number from 0 to 1,000,000, got '1e300'".
 */



/** ASCII digits only (`\d` without the `u` flag is [0-9]: '٣' and '１' are not digits here). */
const WHOLE = /^[0-9]+$/;
/** Digits with an optional fraction; the integer part may be left out (`.05`), the fraction may not (`5.`). */
const DECIMAL = /^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$/;
/** `text` as a whole number within `range`, or a ConfigurationError naming `flag`. */
function wholeNumberFlag(flag, text, range) {
    return parsed(flag, text, range, WHOLE, 'a whole number');
}
/** `text` as a number within `range`, fractions allowed, or a ConfigurationError naming `flag`. */
function decimalFlag(flag, text, range) {
    return parsed(flag, text, range, DECIMAL, 'a number');
}
/** "a whole number from 0 to 1,000,000", "a number above 0 and below 1", "a number from 0 to 1,000,000 (USD)". */
function numberExpectation(kind, range) {
    const { min, max, minExcluded = false, maxExcluded = false, unit } = range;
    const span = !minExcluded && !maxExcluded
        ? `from ${shown(min)} to ${shown(max)}`
        : `${minExcluded ? 'above' : 'from'} ${shown(min)}${maxExcluded ? ' and below' : ', at most'} ${shown(max)}`;
    return `${kind} ${span}${unit ? ` (${unit})` : ''}`;
}
/**
 * A number written back as a flag's text (`rehearse rerun` passes the recorded budget on): plain digits, as the flags
 * read them, where String() would write a tiny budget as `1e-7`. Beyond 20 decimals it rounds (to 0 at worst).
 */
function decimalText(value) {
    const text = String(value);
    return DECIMAL.test(text) ? text : value.toFixed(20).replace(/\.?0+$/, '');
}
/**
 * The text a user gave, for a message: cut to a readable length, and control characters (a newline pasted into a
 * quoted argument) escaped so that the message stays one line.
 */
function quotedInput(text) {
    const escaped = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `'${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .x)(escaped, 40)}'`;
}
function parsed(flag, text, range, syntax, kind) {
    // Digits only, so Number() reads exactly what is written (a string of 400 digits reads as Infinity: out of range).
    const value = syntax.test(text) ? Number(text) : Number.NaN;
    if (!Number.isNaN(value) && within(value, range))
        return value;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${flag}: expected ${numberExpectation(kind, range)}, got ${quotedInput(text)}`);
}
function within(value, range) {
    const aboveMin = range.minExcluded ? value > range.min : value >= range.min;
    const belowMax = range.maxExcluded ? value < range.max : value <= range.max;
    return aboveMin && belowMax;
}
/** Grouped by hand (formatCount): toLocaleString's first call costs the CLI's start-up ~10 ms. */
function shown(value) {
    return Number.isInteger(value) ? (0,_util_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B)(value) : String(value);
}


/***/ }),

/***/ 8333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ runFilesOf),
/* harmony export */   o: () => (/* binding */ reportPathsFor)
/* harmony export */ });
/* harmony import */ var _results_journal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5129);
/* harmony import */ var _results_journal_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1945);
/**
 * The files one run leaves in the local store, all named after its results file (`.rehearse/runs/<runId>.json`):
 * `rehearse run` writes them, `rehearse runs --delete` and `--prune` remove every one of them.
 */


/** The report `rehearse run` writes next to the results, unless --report-dir or --no-report says otherwise. */
function reportPathsFor(resultsPath) {
    const stem = resultsPath.replace(/\.json$/i, '');
    return { markdown: `${stem}.report.md`, html: `${stem}.report.html` };
}
/** Every file of the run: results, journal, its lock, the default reports. (A cassette is the user's file: kept.) */
function runFilesOf(resultsPath) {
    const journal = (0,_results_journal_js__WEBPACK_IMPORTED_MODULE_0__/* .journalPathFor */ .S7)(resultsPath);
    const reports = reportPathsFor(resultsPath);
    return [resultsPath, journal, (0,_results_journal_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockPathFor */ .s)(journal), reports.markdown, reports.html];
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

/***/ 1945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ acquireJournalLock),
/* harmony export */   s: () => (/* binding */ lockPathFor)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/**
 * One run at a time per journal: a lock file next to it (`<journal>.lock`),
 * created exclusively (`wx`) and holding the owner's pid and host. A second
 * run or resume of the same journal fails at once with a clear message,
 * instead of both running (and paying for) every missing trial. A lock whose
 * pid is no longer alive on this host (its run was SIGKILLed) is stale: it is
 * taken over.
 */





/** How long a lock file may be unwritten before it counts as left by a run killed while writing it. */
const FRESH_LOCK_MS = 5_000;
function lockPathFor(journalPath) {
    return `${journalPath}.lock`;
}
async function acquireJournalLock(journalPath) {
    const path = lockPathFor(journalPath);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            await createWithOwner(path);
            let released = false;
            return {
                path,
                release: async () => {
                    if (released)
                        return;
                    released = true;
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { force: true });
                },
            };
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            const owner = await lockOwner(path);
            if (!owner && (await justCreated(path))) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${journalPath} is in use by another rehearse run that is just starting (${path}): wait for it to finish`);
            }
            if (owner && ownerAlive(owner)) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${journalPath} is in use by another rehearse run (pid ${owner.pid}` +
                    `${owner.host && owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() ? ` on ${owner.host}` : ''}` +
                    `${owner.since ? `, since ${owner.since}` : ''}): wait for it to finish or stop it, then resume ` +
                    `(a lock left by a run that no longer exists is cleared by itself; this one is held: ${path})`);
            }
            // Stale (its run is gone) or unreadable (a run killed while writing it): taken over.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { force: true });
        }
    }
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${journalPath}: could not lock it (${path} keeps coming back): is another run starting?`);
}
/**
 * The lock appears with its owner already written: the owner goes to a file of
 * this process's own, which is then hard-linked into place (`link` fails with
 * EEXIST like `wx` does). A second run never sees an empty lock of a live run.
 */
async function createWithOwner(path) {
    const owner = JSON.stringify({ pid: process.pid, host: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(), since: new Date().toISOString() });
    const draft = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(draft, owner);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(draft, path);
    }
    catch (error) {
        if (!NO_HARD_LINKS.has(error.code ?? ''))
            throw error;
        // A disk without hard links (exFAT, some network mounts): created exclusively, then written (a second run may
        // see it empty for a moment, and is told a run is just starting).
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(path, owner, { flag: 'wx' });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(draft, { force: true });
    }
}
/** What `link` fails with where the file system has no hard links. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);
/** A lock file with no owner, younger than a few seconds: written by an older version that created it empty first. */
async function justCreated(path) {
    try {
        return Date.now() - (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).mtimeMs < FRESH_LOCK_MS;
    }
    catch {
        return false;
    }
}
async function lockOwner(path) {
    try {
        const value = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, 'utf8'));
        if (typeof value.pid !== 'number' || !Number.isInteger(value.pid) || value.pid <= 0)
            return undefined;
        return {
            pid: value.pid,
            ...(typeof value.host === 'string' ? { host: value.host } : {}),
            ...(typeof value.since === 'string' ? { since: value.since } : {}),
        };
    }
    catch {
        return undefined;
    }
}
/** Alive on this host; a lock from another host (a shared disk) cannot be checked, so it is held. */
function ownerAlive(owner) {
    if (owner.host !== undefined && owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)())
        return true;
    if (owner.pid === process.pid)
        return true;
    try {
        process.kill(owner.pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}


/***/ }),

/***/ 5129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ Journal),
/* harmony export */   E_: () => (/* binding */ rewriteJournal),
/* harmony export */   P6: () => (/* binding */ resumable),
/* harmony export */   S7: () => (/* binding */ journalPathFor),
/* harmony export */   a0: () => (/* binding */ readJournal),
/* harmony export */   ln: () => (/* binding */ trialsBreakerDidNotRun)
/* harmony export */ });
/* harmony import */ var _util_lines_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(895);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _util_bounded_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3177);
/* harmony import */ var _util_write_chunks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5662);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3111);
/**
 * The run journal: one JSON line per finished trial, appended and flushed to
 * disk (datasync) before the trial counts as done, so a SIGKILL or an OOM kill
 * at any moment loses only the trials in flight. A later `--resume` reads it
 * back and runs only what is missing.
 *
 * Line 1 is the header (run id, start time, the plan's trial ids, and what the
 * caller needs to plan the same run again); every next line is one trial with
 * its position in the plan. A crash in the middle of a write leaves a partial
 * last line: it is ignored when reading and cut off before appending again.
 */










const JOURNAL_FORMAT = 'rehearse-journal';
const JOURNAL_VERSION = 1;
/**
 * Whether a run's journal outlives its results, for `--resume`: the run stopped (budget, cancel, fail-fast), or the
 * circuit breaker left trials of it not run (`infrastructure`; the run is `completed` all the same). Otherwise the
 * journal is spent once the results are written.
 */
function resumable(results) {
    return results.status !== 'completed' || (results.infrastructure?.length ?? 0) > 0;
}
/** Planned trials the circuit breaker kept from running, over everything it stopped: what a resume would run. */
function trialsBreakerDidNotRun(results) {
    return (results.infrastructure ?? []).reduce((sum, entry) => sum + entry.notRun, 0);
}
/** Where the journal of a results file lives: next to it. */
function journalPathFor(resultsPath) {
    return `${resultsPath.replace(/\.json$/i, '')}.journal.jsonl`;
}
class Journal {
    path;
    handle;
    /** Lines waiting for the next write, with the appends waiting on them. */
    pending = [];
    flushing;
    constructor(path, handle) {
        this.path = path;
        this.handle = handle;
    }
    /** A new journal (an existing file is replaced) starting with `header`. */
    static async create(path, header) {
        let handle;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'w');
        }
        catch (error) {
            throw (0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFailure */ .EU)(path, error);
        }
        const journal = new Journal(path, handle);
        await journal.writeLine({ format: JOURNAL_FORMAT, version: JOURNAL_VERSION, ...header });
        return journal;
    }
    /** Reopens an existing journal for appending, first cutting off a line a crash left half written. */
    static async reopen(path) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
        const end = text.lastIndexOf(0x0a) + 1;
        if (end < text.length)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.truncate)(path, end);
        return new Journal(path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'a'));
    }
    /** Resolves once the trial's line is on disk. */
    append(entry) {
        return this.writeLine(entry);
    }
    /** Resolves once the line is on disk. */
    appendUnfinished(entry) {
        return this.writeLine({ unfinished: entry });
    }
    async close() {
        while (this.flushing)
            await this.flushing;
        await this.handle.close();
    }
    /**
     * Group commit: lines that arrive while a write + datasync is under way go
     * out together in the next one. One sync per trial would cap a run at the
     * disk's syncs per second (~40 on a CI runner), whatever the concurrency.
     */
    writeLine(value) {
        const line = `${JSON.stringify(value)}\n`;
        return new Promise((done, failed) => {
            this.pending.push({ line, done, failed });
            this.flushing ??= this.flush();
        });
    }
    async flush() {
        while (this.pending.length > 0) {
            const batch = this.pending;
            this.pending = [];
            try {
                await this.handle.write(batch.map((entry) => entry.line).join(''));
                await this.handle.datasync();
                for (const entry of batch)
                    entry.done();
            }
            catch (error) {
                for (const entry of batch)
                    entry.failed((0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFailure */ .EU)(this.path, error));
            }
        }
        this.flushing = undefined;
    }
}
/**
 * Writes `contents` as a whole journal at `path`, atomically (temp file + rename): for a resume that drops some
 * journaled trials (`--rerun-changed`, `--rerun-errored`) and records the suite's current versions in the header.
 */
async function rewriteJournal(path, contents) {
    const { header } = contents;
    const lines = [
        JSON.stringify({ format: JOURNAL_FORMAT, version: JOURNAL_VERSION, ...header }),
        ...[...contents.trials].map(([position, trial]) => JSON.stringify({ position, trial })),
        // Confirmation trials are read back by id; any position past the plan's says what they are.
        ...[...(contents.confirmations?.values() ?? [])].map((trial, i) => JSON.stringify({ position: header.trialIds.length + i, trial })),
        ...(contents.unfinished ?? []).map((entry) => JSON.stringify({ unfinished: entry })),
    ];
    const temporary = `${path}.${process.pid}.tmp`;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temporary, 'w');
    try {
        await handle.writeFile(`${lines.join('\n')}\n`);
        await handle.datasync();
    }
    finally {
        await handle.close();
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
}
/**
 * The journal's complete lines, read in chunks: a journal of thousands of
 * trials is never one string. The text after the last line break is a line
 * that was being written when the run died: it is left out.
 */
async function* completeLines(path) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8');
    const lines = new _util_lines_js__WEBPACK_IMPORTED_MODULE_7__/* .LineSplitter */ .g();
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path))
        yield* lines.push(decoder.write(chunk));
}
/** Reads a journal; a partial last line (a crash mid-write) is ignored, anything else malformed is an error. */
async function readJournal(path, options = {}) {
    let header;
    const trials = new Map();
    const confirmations = new Map();
    const unfinished = [];
    let number = 0;
    try {
        for await (const line of completeLines(path)) {
            number += 1;
            if (!header) {
                header = parseHeader(line, path);
                continue;
            }
            // Parsed once: a journal line is a whole trial, and the end of every run reads them all back.
            const value = safeJson(line);
            const cut = parseUnfinished(value, `${path}:${number}`);
            if (cut) {
                unfinished.push(cut);
                continue;
            }
            const entry = parseEntry(value, `${path}:${number}`, options.ownWrite === true);
            if (entry.position >= header.trialIds.length && isConfirmationTrial(entry.trial)) {
                confirmations.set(entry.trial.id, entry.trial);
                continue;
            }
            if (entry.position >= header.trialIds.length || header.trialIds[entry.position] !== entry.trial.id) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${path}:${number}: trial ${entry.trial.id} is not at position ${entry.position} of the journaled plan`);
            }
            trials.set(entry.position, entry.trial);
        }
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1)
            throw error;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${path}: cannot read the run journal (${error.code ?? String(error)})`);
    }
    return { header: header ?? parseHeader(undefined, path), trials, confirmations, unfinished };
}
/** A confirmation trial's id is its key and an index after the planned ones. */
function isConfirmationTrial(trial) {
    return trial.phase === 'confirmation' && trial.id === `${trial.key}#${trial.index}`;
}
function parseHeader(line, path) {
    const value = line === undefined ? undefined : safeJson(line);
    if (!isObject(value) || value.format !== JOURNAL_FORMAT)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${path}:1: not a Rehearse run journal (expected a "${JOURNAL_FORMAT}" header line)`);
    if (value.version !== JOURNAL_VERSION)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${path}:1: journal version ${String(value.version)} is not understood (expected ${JOURNAL_VERSION})`);
    const { runId, startedAt, trialIds } = value;
    if (typeof runId !== 'string' ||
        typeof startedAt !== 'string' ||
        !Array.isArray(trialIds) ||
        !trialIds.every((id) => typeof id === 'string')) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${path}:1: the journal header lacks runId, startedAt or trialIds`);
    }
    return { runId, startedAt, trialIds: trialIds, ...('meta' in value ? { meta: value.meta } : {}) };
}
/** An `{"unfinished": {...}}` line (parsed); undefined for any other line. */
function parseUnfinished(value, where) {
    if (!isObject(value) || !('unfinished' in value))
        return undefined;
    const entry = value.unfinished;
    const usage = isObject(entry) ? _model_results_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageSchema */ .f2.safeParse(entry.usage) : undefined;
    if (!isObject(entry) ||
        typeof entry.id !== 'string' ||
        !usage?.success ||
        !['budget', 'not_started', 'cancelled', 'rerun'].includes(String(entry.reason)))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: expected an unfinished trial ({"unfinished": {"id", "usage", "reason"}})`);
    return { id: entry.id, usage: usage.data, reason: entry.reason };
}
function parseEntry(value, where, ownWrite) {
    if (!isObject(value) ||
        typeof value.position !== 'number' ||
        !Number.isInteger(value.position) ||
        value.position < 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: expected a journaled trial ({"position": n, "trial": {...}})`);
    }
    if (ownWrite && isObject(value.trial) && typeof value.trial.id === 'string')
        return { position: value.position, trial: value.trial };
    const trial = _model_results_js__WEBPACK_IMPORTED_MODULE_6__/* .TrialResultSchema */ .X9.safeParse(value.trial);
    if (!trial.success)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: the journaled trial is not valid: ${trial.error.issues[0]?.message ?? 'invalid'}`);
    return { position: value.position, trial: trial.data };
}
function safeJson(line) {
    try {
        return (0,_util_bounded_js__WEBPACK_IMPORTED_MODULE_8__/* .parseJsonBounded */ .Xg)(line);
    }
    catch {
        return undefined;
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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
/* harmony export */   ZP: () => (/* binding */ LOCAL_RUNS_DIR),
/* harmony export */   lu: () => (/* binding */ lookUpGitInfo)
/* harmony export */ });
/* unused harmony export gitInfo */
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
/**
 * The same, without blocking: both lookups at once in child processes. The runner asks when a run starts and reads
 * the answer when it ends, so the lookups overlap the first trials instead of adding to the run's last moments.
 */
async function lookUpGitInfo(env, cwd) {
    const [sha, ref] = await Promise.all([
        env.GITHUB_SHA || gitLater(['rev-parse', 'HEAD'], cwd),
        env.GITHUB_REF || gitLater(['symbolic-ref', '-q', 'HEAD'], cwd),
    ]);
    const repository = env.GITHUB_REPOSITORY || undefined;
    return { ...(sha ? { sha } : {}), ...(ref ? { ref } : {}), ...(repository ? { repository } : {}) };
}
function gitLater(args, cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, encoding: 'utf8', timeout: GIT_TIMEOUT_MS }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined));
    });
}
function symbolicRef(cwd) {
    return git(['symbolic-ref', '-q', 'HEAD'], cwd);
}
function git(args, cwd) {
    try {
        const output = execFileSync('git', args, {
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


/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ LineSplitter)
/* harmony export */ });
/**
 * Text that arrives in chunks, cut into lines. A line longer than one chunk is kept as its pieces and joined once,
 * when its end arrives: `(rest + chunk).split('\n')` copies the whole unfinished line again with every chunk, which
 * is quadratic in its length (a 50 MB answer in a journal line took minutes).
 */
class LineSplitter {
    pieces = [];
    /** The lines `chunk` completes, without their line breaks. */
    push(chunk) {
        const lines = [];
        let start = 0;
        for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
            this.pieces.push(chunk.slice(start, end));
            lines.push(this.pieces.length === 1 ? this.pieces[0] : this.pieces.join(''));
            this.pieces = [];
            start = end + 1;
        }
        if (start < chunk.length)
            this.pieces.push(chunk.slice(start));
        return lines;
    }
    /** The text after the last line break so far (a line not finished yet). */
    rest() {
        return this.pieces.join('');
    }
}


/***/ })

};

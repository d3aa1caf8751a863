export const id = 83;
export const ids = [83];
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

/***/ 3083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT_CANCELLED: () => (/* binding */ EXIT_CANCELLED),
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./src/suite/limits.ts
var limits = __webpack_require__(6542);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/plan/index.ts + 4 modules
var plan = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/pipeline/index.ts + 11 modules
var pipeline = __webpack_require__(5367);
// EXTERNAL MODULE: ./src/llm/index.ts
var llm = __webpack_require__(6627);
// EXTERNAL MODULE: ./src/results/index.ts
var src_results = __webpack_require__(2242);
// EXTERNAL MODULE: ./src/pipeline/traces.ts + 1 modules
var traces = __webpack_require__(8493);
// EXTERNAL MODULE: ./src/runner/index.ts + 8 modules
var runner = __webpack_require__(2664);
// EXTERNAL MODULE: ./src/runner/preflight.ts + 1 modules
var preflight = __webpack_require__(8073);
// EXTERNAL MODULE: ./src/runner/run-info.ts
var run_info = __webpack_require__(5584);
// EXTERNAL MODULE: ./src/report/console-summary.ts
var console_summary = __webpack_require__(9290);
// EXTERNAL MODULE: ./src/suite/index.ts + 11 modules
var src_suite = __webpack_require__(2462);
// EXTERNAL MODULE: ./src/suite/secrets.ts + 1 modules
var secrets = __webpack_require__(3876);
// EXTERNAL MODULE: ./src/suite/schema.ts + 1 modules
var schema = __webpack_require__(729);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/write-chunks.ts
var write_chunks = __webpack_require__(5662);
// EXTERNAL MODULE: ./src/results/journal.ts
var results_journal = __webpack_require__(5129);
// EXTERNAL MODULE: ./src/cli/run-files.ts
var run_files = __webpack_require__(8333);
// EXTERNAL MODULE: ./src/model/history.ts
var model_history = __webpack_require__(8585);
// EXTERNAL MODULE: ./src/results/stored-runs.ts
var stored_runs = __webpack_require__(8214);
;// CONCATENATED MODULE: ./src/cli/local-history.ts
/**
 * What `rehearse run` knows of earlier runs: the local store (`.rehearse/runs/`)
 * plays the base branch. The latest completed run of the same suite that
 * joined the history (`joinedHistory`, absent in older files: joined; see
 * history-rule.ts) is the previous run; its `history` is the history (rolled
 * forward by every run that joined). Files written before histories existed have none: the history is then
 * built from the last H completed runs themselves.
 */




async function completedRuns(request) {
    // An unreadable or foreign file is not an earlier run; `rehearse runs` reports it.
    const stored = await (0,stored_runs/* readStoredRuns */.c)(request.dir);
    const runs = stored
        .map(({ results }) => results)
        .filter((results) => results.suite.name === request.suiteName &&
        results.runId !== request.excludeRunId &&
        results.status === 'completed' &&
        // A run against the base revision (--base) is a comparison, not a run of the base branch.
        results.baseSide === undefined &&
        // Runs kept out of the history (a feature branch, a dirty tree, an outage) are never the reference.
        results.joinedHistory !== false);
    return runs.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || (a.runId < b.runId ? -1 : 1));
}
/** The history built from the stored runs themselves (oldest first), for stores older than histories. */
function historyFromRuns(runs, length) {
    let history = {};
    for (const run of runs.slice(-length))
        history = (0,model_history/* rollForwardRun */.iU)(history, (0,pipeline/* historyEntriesOf */.Kw)(run), length);
    return history;
}
async function localEarlierRuns(request) {
    const runs = await completedRuns(request);
    const previous = runs.at(-1);
    if (!previous)
        return { note: `No previous run of "${request.suiteName}" in ${(0,external_node_path_.relative)(request.cwd, request.dir)}.` };
    const history = previous.history ?? historyFromRuns(runs, request.length);
    return { previous, history, note: `Previous run: ${previous.runId} (${(0,external_node_path_.relative)(request.cwd, request.dir)}).` };
}

// EXTERNAL MODULE: ./src/cli/default-branch.ts
var default_branch = __webpack_require__(1916);
;// CONCATENATED MODULE: ./src/cli/history-rule.ts
/**
 * Whether a local `rehearse run` joins the local history (`.rehearse/runs/`
 * plays the base branch): only a run of the default branch with a clean tree,
 * or one marked explicitly (`--record-history`, `--no-record-history`).
 * Otherwise a failing rerun on a feature branch would become the reference
 * the next rerun compares with, and absorb its own regression.
 *
 * The default branch is found as `rehearse init` finds it (default-branch.ts:
 * origin's HEAD, a local `main` or `master`, `init.defaultBranch`, the only
 * local branch). Clean means no change
 * to a tracked file, staged or not (untracked files, such as `.rehearse/` or a
 * report written with `-o`, do not count). Outside a git repository there is
 * no branch to tell apart: the run joins, as every local run did before.
 */

/** Each lookup runs while the trials do, but a hung git must not hold the run's end. */
const GIT_TIMEOUT_MS = 2_000;
/** `flag`: `--record-history` (true) or `--no-record-history` (false); `repository`: undefined outside git. */
function decideHistory(flag, repository) {
    if (flag === true)
        return { joins: true, why: '--record-history' };
    if (flag === false)
        return { joins: false, why: '--no-record-history' };
    if (!repository)
        return { joins: true, why: 'not in a git repository' };
    const { branch, defaultBranch, clean } = repository;
    const on = branch ? `branch ${branch}` : 'a detached HEAD';
    if (!branch || branch !== defaultBranch) {
        const expected = defaultBranch ? `, not the default branch ${defaultBranch}` : ', and no default branch was found';
        return { joins: false, why: `${on}${expected}` };
    }
    return clean
        ? { joins: true, why: `${on} (the default), clean tree` }
        : { joins: false, why: `${on} (the default) with uncommitted changes` };
}
/**
 * The repository `cwd` is in (undefined outside one, or without git): its branch, default branch and whether its
 * tree is clean, from git in child processes that do not hold the thread. The CLI asks while the trials run (a
 * repository takes four to six lookups: tens of ms if made in turn at the end of every run).
 */
async function inspectRepository(cwd) {
    const git = (0,default_branch/* gitIn */.uM)(cwd, GIT_TIMEOUT_MS);
    if ((await git('rev-parse', '--is-inside-work-tree')) !== 'true')
        return undefined;
    const [branch, status, defaultBranch] = await Promise.all([
        git('symbolic-ref', '--quiet', '--short', 'HEAD'),
        git('status', '--porcelain', '--untracked-files=no'),
        (0,default_branch/* findDefaultBranch */.Te)(git).then((found) => found?.branch),
    ]);
    return {
        ...(branch ? { branch } : {}),
        ...(defaultBranch ? { defaultBranch } : {}),
        // A failed `git status` is not proof of a clean tree.
        clean: status === '',
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/results/journal-lock.ts
var journal_lock = __webpack_require__(1945);
// EXTERNAL MODULE: ./src/suite/version.ts
var version = __webpack_require__(8996);
;// CONCATENATED MODULE: ./src/cli/resume.ts
/**
 * `rehearse run --resume <run id | results file | journal file>`: finds the
 * run's journal and the arguments it was started with, so the same plan is
 * made again and only the trials missing from the journal run.
 *
 * A resume never mixes two suites: the journal's header records the content
 * versions of every test (persona, scenario, profile, tools, criteria,
 * judge), of every variant's agent and of the simulator, and a resume whose
 * suite differs is refused with what changed — or, with `--rerun-changed`,
 * the journaled trials of the affected tests are dropped and run again. With
 * `--rerun-errored`, the journaled trials that errored (an outage's) are
 * dropped and run again the same way. The journal is locked for the whole run
 * (journal-lock.ts): a second run or resume of it stops at once.
 */








async function resumeFrom(target, cwd) {
    const path = journalLocation(target, cwd);
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* ConfigurationError */.j1(`--resume ${target}: no run journal at ${path} (expected a run id from ${run_info/* LOCAL_RUNS_DIR */.ZP}/, a results file ` +
            `or a .journal.jsonl file)`);
    }
    // Locked before it is read: a second resume must not read it, plan, and run the same missing trials.
    const lock = await (0,journal_lock/* acquireJournalLock */.B)(path);
    try {
        if (!(0,external_node_fs_.existsSync)(path)) {
            throw new errors/* ConfigurationError */.j1(`--resume ${target}: the run journal ${path} is gone: the run it belongs to has finished meanwhile`);
        }
        const journal = await (0,results_journal/* readJournal */.a0)(path);
        const meta = journal.header.meta;
        const args = meta?.args;
        if (!Array.isArray(args) || !args.every((arg) => typeof arg === 'string')) {
            throw new errors/* ConfigurationError */.j1(`${path}:1: the journal does not record the run's arguments, so the same plan cannot be made again`);
        }
        return { path, journal, args: withoutResumeFlags(args), lock };
    }
    catch (error) {
        await lock.release();
        throw error;
    }
}
/** Flags that only mean something on the resume they are given with: never taken from the journaled arguments. */
const RESUME_ONLY = new Set(['--rerun-changed', '--rerun-errored']);
/** The arguments of `rehearse run` with `--resume` and the flags that go with it (RESUME_ONLY) left out. */
function withoutResumeFlags(args) {
    return args.filter((arg, i, all) => arg !== '--resume' && all[i - 1] !== '--resume' && !arg.startsWith('--resume=') && !RESUME_ONLY.has(arg));
}
function journalLocation(target, cwd) {
    if (target.endsWith('.jsonl'))
        return (0,external_node_path_.resolve)(cwd, target);
    if (target.endsWith('.json'))
        return (0,results_journal/* journalPathFor */.S7)((0,external_node_path_.resolve)(cwd, target));
    return (0,external_node_path_.join)(cwd, run_info/* LOCAL_RUNS_DIR */.ZP, `${target}.journal.jsonl`);
}
// ---------------------------------------------------------------- the hint after a run whose journal is kept
/**
 * The command that continues a run whose journal is kept, and what it will run: a stopped run's trials left, or the
 * trials the circuit breaker did not run (with a fresh breaker; worth it once the endpoint is back). When trials
 * errored (an outage's, most likely), `--rerun-errored` runs them again too: kept, they stay errors in the resumed
 * run, its gate can fail on them and its tests have fewer verdicts.
 */
function resumeHint(results) {
    const errored = results.trials.filter(isErrored).length;
    const command = `rehearse run --resume ${results.runId}`;
    const finished = (count, other = '') => `the ${count} ${other}finished trial${count === 1 ? ' is' : 's are'} kept`;
    if (results.status !== 'completed') {
        const left = `Resume: ${command} runs the trials left (${finished(results.trials.length)})`;
        return errored === 0 ? left : `${left}; add --rerun-errored to run the ${errored} that errored again too`;
    }
    const notRun = (0,results_journal/* trialsBreakerDidNotRun */.ln)(results);
    const breaker = `the ${notRun} trial${notRun === 1 ? '' : 's'} the circuit breaker did not run`;
    const fresh = 'with a fresh breaker, once the endpoint is back';
    if (errored === 0)
        return `Resume: ${command} runs only ${breaker}, ${fresh} (${finished(results.trials.length)})`;
    const others = results.trials.length - errored;
    const kept = others === 0 ? 'kept' : 'kept too';
    return (`Resume: ${command} --rerun-errored runs ${breaker} and the ${errored} that errored, ${fresh} ` +
        `(${others === 0 ? '' : `${finished(others, 'other ')}; `}without --rerun-errored the errored ones are ${kept})`);
}
// ---------------------------------------------------------------- flags given with --resume
/** Flags that do not change what a trial is or how it is judged: given with --resume, they apply. */
const APPLY_ON_RESUME = new Set(['--concurrency', '--budget', '-o', '--output', '--report-dir', '--otel']);
/**
 * The flags given with `--resume` (besides it, `--rerun-changed` and `--rerun-errored`): those that apply (how fast,
 * how far, where to write) and those ignored, because the plan and the judging are the journaled run's own.
 */
function resumeFlagUse(given) {
    const applied = [];
    const ignored = [];
    for (const arg of withoutResumeFlags(given)) {
        if (!arg.startsWith('-'))
            continue;
        const name = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
        (APPLY_ON_RESUME.has(name) ? applied : ignored).push(name);
    }
    return { applied: [...new Set(applied)], ignored: [...new Set(ignored)] };
}
/** One line for the console; undefined when no flag was given with --resume. */
function describeResumeFlags(use) {
    const parts = [];
    if (use.applied.length > 0)
        parts.push(`${use.applied.join(', ')} appl${use.applied.length === 1 ? 'ies' : 'y'}`);
    if (use.ignored.length > 0) {
        parts.push(`${use.ignored.join(', ')} ${use.ignored.length === 1 ? 'is' : 'are'} ignored: the resumed run keeps its own ` +
            'plan, filters and judging (start a new run to change them)');
    }
    return parts.length > 0 ? `Flags given with --resume: ${parts.join('; ')}` : undefined;
}
function suiteVersionsOf(plan) {
    const tests = {};
    const agents = {};
    let simulator = null;
    for (const trial of plan.trials) {
        if (!(trial.key in tests)) {
            const { agent: _agent, ...definition } = (0,model_history/* definitionOf */.Fg)(trial);
            tests[trial.key] = definition;
        }
        agents[trial.variant] ??= (0,version/* contentVersion */.e)(trial.agent);
        simulator = trial.simulator ?? simulator;
    }
    return { tests, agents, simulator: (0,version/* contentVersion */.e)(simulator) };
}
/** The test keys affected by a change, with what changed for each, in plan order. */
function changesSince(recorded, current, plan) {
    const changes = new Map();
    for (const trial of plan.trials) {
        if (changes.has(trial.key))
            continue;
        const parts = [];
        const before = recorded.tests[trial.key];
        const after = current.tests[trial.key] ?? {};
        if (!before)
            parts.push('not in the journaled run');
        else
            parts.push(...(0,model_history/* definitionChanges */.x6)(before, after));
        if (recorded.agents[trial.variant] !== current.agents[trial.variant])
            parts.push(`agent of ${trial.variant}`);
        if (recorded.simulator !== current.simulator && trial.kind === 'conversation')
            parts.push('simulator');
        if (parts.length > 0)
            changes.set(trial.key, parts);
    }
    return changes;
}
/**
 * Refuses a resume whose suite is not the journaled one, naming what changed; with `rerun.changed`, drops the
 * journaled trials of the affected tests (rewriting the journal with the current versions) so they run again. With
 * `rerun.errored`, drops the journaled trials that errored too. The journal is rewritten once, if anything changed.
 */
async function checkResumedSuite(point, plan, current, rerun) {
    const suite = checkSuite(point, plan, current, rerun.changed);
    if (!rerun.errored) {
        if (suite.journal !== point.journal)
            await (0,results_journal/* rewriteJournal */.E_)(point.path, suite.journal);
        return suite;
    }
    const journal = withoutTrials(suite.journal, isErrored);
    const dropped = trialCount(suite.journal) - trialCount(journal);
    if (dropped > 0 || suite.journal !== point.journal)
        await (0,results_journal/* rewriteJournal */.E_)(point.path, journal);
    const note = dropped === 0
        ? '--rerun-errored: no journaled trial errored: nothing more to run again'
        : `--rerun-errored: ${dropped} errored trial${dropped === 1 ? '' : 's'} run again`;
    return { journal, notes: [...suite.notes, note] };
}
/**
 * Whether a journaled trial errored, so that `--rerun-errored` runs it again: the circuit breaker's rule of an error
 * (breaker.ts). A cancelled or budget-stopped trial is not an error (a resume runs what they left anyway). An
 * invalid trial is not one either: the conversation happened and the simulated user misbehaved in it, twice; that
 * can depend on what the agent said, so running only those again would pick which outcomes to keep. An error says
 * nothing about the agent's behaviour (an endpoint down, a timeout): running it again loses no evidence.
 */
function isErrored(trial) {
    return trial.status === 'error' && trial.failureCategory !== 'cancelled' && trial.failureCategory !== 'budget';
}
function trialCount(journal) {
    return journal.trials.size + (journal.confirmations?.size ?? 0);
}
/** The suite checked against the journaled versions: the journal as read, or without the changed tests' trials. */
function checkSuite(point, plan, current, rerunChanged) {
    const recorded = point.journal.header.meta?.versions;
    if (!recorded || typeof recorded !== 'object' || !recorded.tests) {
        return {
            journal: point.journal,
            notes: [
                `note: ${point.path} was written by an older Rehearse and records no suite versions: resuming without ` +
                    'checking that the suite is unchanged',
            ],
        };
    }
    const changes = changesSince(recorded, current, plan);
    if (changes.size === 0)
        return { journal: point.journal, notes: [] };
    const listed = [...changes].map(([key, parts]) => `${key} (${parts.join(', ')})`);
    const shown = listed.length > 10 ? [...listed.slice(0, 10), `and ${listed.length - 10} more`] : listed;
    if (!rerunChanged) {
        throw new errors/* ConfigurationError */.j1(`cannot resume ${point.journal.header.runId}: the suite changed since the run started, and trials judged ` +
            `under both definitions would be mixed: ${shown.join('; ')}. Resume with the suite as it was, add ` +
            '--rerun-changed to run the changed tests again (their journaled trials are dropped), or start a new run');
    }
    const kept = withoutTrials(point.journal, (trial) => changes.has(trial.key));
    const meta = { ...point.journal.header.meta, versions: current };
    const journal = { ...kept, header: { ...kept.header, meta } };
    const dropped = trialCount(point.journal) - trialCount(journal);
    return {
        journal,
        notes: [
            `--rerun-changed: ${changes.size} test${changes.size === 1 ? '' : 's'} changed since the run started, ` +
                `${dropped} journaled trial${dropped === 1 ? '' : 's'} of them run again: ${shown.join('; ')}`,
        ],
    };
}
/** The journal without the trials `drop` picks (planned and confirmation alike): they run again on the resume. */
function withoutTrials(journal, drop) {
    const keep = (trial) => !drop(trial);
    return {
        header: journal.header,
        trials: new Map([...journal.trials].filter(([, trial]) => keep(trial))),
        confirmations: new Map([...(journal.confirmations ?? [])].filter(([, trial]) => keep(trial))),
        // What the dropped trials cost was spent all the same: it stays in the run's tally.
        unfinished: [
            ...(journal.unfinished ?? []),
            ...[...journal.trials.values(), ...(journal.confirmations?.values() ?? [])]
                .filter(drop)
                .map((trial) => ({ id: trial.id, usage: trial.usage, reason: 'rerun' })),
        ],
    };
}

// EXTERNAL MODULE: ./src/util/chore.ts
var chore = __webpack_require__(889);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/number-flags.ts
var number_flags = __webpack_require__(7739);
// EXTERNAL MODULE: ./src/cli/cassette.ts
var cli_cassette = __webpack_require__(1764);
// EXTERNAL MODULE: ./src/cli/model-flags.ts
var model_flags = __webpack_require__(7761);
;// CONCATENATED MODULE: ./src/cli/commands/run.ts
/**
 * `rehearse run`: load → plan → run → print the conversations, the per-test
 * pass rates over run counts and the totals → write the results (and the
 * optional markdown/HTML report) → exit with the gate's verdict.
 */




























/** 128 + SIGINT: the conventional exit status of an interrupted command. */
const EXIT_CANCELLED = 130;
const EXIT_GATE_FAILED = 1;
async function runCommand(args, io) {
    const given = parseRunFlags(args);
    if (given.help) {
        io.stdout(RUN_USAGE);
        return 0;
    }
    // --resume: the interrupted run's own arguments plan the same trials again (see resume.ts); its journal is locked.
    const resumed = given.resume ? await resumeFrom(given.resume, io.cwd) : undefined;
    try {
        return await runLocked(args, given, resumed, io);
    }
    finally {
        await resumed?.lock.release();
    }
}
async function runLocked(args, given, locked, io) {
    if (!given.resume && given.rerunChanged)
        throw new errors/* ConfigurationError */.j1('--rerun-changed: only with --resume');
    if (!given.resume && given.rerunErrored)
        throw new errors/* ConfigurationError */.j1('--rerun-errored: only with --resume');
    const flags = locked ? resumedFlags(locked, given, args, io) : given;
    const loaded = await (0,src_suite/* loadSuite */.bu)(flags.config, { cwd: io.cwd, env: io.env });
    if (!loaded.ok) {
        for (const issue of loaded.issues)
            io.stderr(`${(0,src_suite/* formatIssue */.Hd)(issue)}\n`);
        io.stderr(`rehearse run: ${loaded.issues.length} problem${loaded.issues.length === 1 ? '' : 's'} in the suite; ` +
            `nothing was run\n`);
        return 1;
    }
    for (const warning of loaded.warnings)
        io.stderr(`${(0,src_suite/* formatIssue */.Hd)(warning)}\n`);
    io.redactor?.add((0,secrets/* suiteSecretValues */.fJ)(loaded.suite, io.env));
    const suite = (0,model_flags/* withRoleEndpoints */.LJ)(loaded.suite, (0,model_flags/* roleEndpoints */.TD)(flags.modelFlags, io.env));
    const cassette = flags.cassette ? await (0,cli_cassette/* openCassette */.t2)(flags.cassette, io, locked !== undefined) : undefined;
    const selection = {
        ...(flags.variants ? { variants: flags.variants } : {}),
        ...(flags.tags ? { tags: flags.tags } : {}),
        ...(flags.tests ? { testIds: flags.tests } : {}),
        ...(flags.sets ? { sets: flags.sets } : {}),
        ...(flags.runs !== undefined ? { runs: flags.runs } : {}),
        ...(flags.shard ? { shard: flags.shard } : {}),
    };
    const replayed = replayedRoles(cassette);
    // Planned once with what the environment shows, then again with the keys the endpoints refuse: one request to
    // each endpoint the first plan uses (a resumed run re-plans the same way: a key fixed since is used).
    const envPlan = (0,pipeline/* planSuiteRun */.r_)(suite, selection, io.env, { replayed });
    const probed = await (0,preflight/* probeEndpoints */.$v)({ plan: envPlan, env: io.env, replayed });
    // Nothing refused (or nothing probed): the plan stands as made.
    const plan = Object.keys(probed.unavailable).length === 0
        ? envPlan
        : (0,pipeline/* planSuiteRun */.r_)(suite, selection, io.env, { replayed, probed: probed.unavailable });
    printPlanNotices(plan, io, probed);
    if (plan.trials.length === 0 && plan.skipped.length === 0)
        throw new errors/* ConfigurationError */.j1('nothing to run: no test matches the filters');
    const versions = suiteVersionsOf(plan);
    const rerun = { changed: given.rerunChanged, errored: given.rerunErrored };
    const resumed = locked ? await checkedResume(locked, plan, versions, rerun, io) : undefined;
    // The local store plays the base branch: the latest run of this suite and the history it carries.
    const earlier = await localEarlierRuns({
        dir: (0,external_node_path_.join)(io.cwd, run_info/* LOCAL_RUNS_DIR */.ZP),
        suiteName: suite.name,
        length: suite.gate.history,
        cwd: io.cwd,
        ...(resumed ? { excludeRunId: resumed.journal.header.runId } : {}),
    });
    // Whether the trials are running: a notice printed then starts on a line of its own (the live progress line).
    const phase = { running: false };
    const base = await baseSideOf(suite, plan, earlier, flags, io, phase);
    // For the history rule at the end, unless a flag decides it (or the run is a comparison with the base revision):
    // looked up while the trials run; at the end when the run writes a cassette (it may be a tracked file, and the tree
    // is judged as the run leaves it).
    const repository = flags.base === undefined && flags.recordHistory === undefined ? (0,chore/* chore */.Q)(() => inspectRepository(io.cwd)) : undefined;
    // The report's renderers: loaded while the trials run when a report is asked for, not after the last trial, when
    // every ms is wall time.
    const renderers = (0,chore/* chore */.Q)(() => __webpack_require__.e(/* import() */ 329).then(__webpack_require__.bind(__webpack_require__, 9329)));
    const reports = flags.report || flags.reportDir !== undefined;
    // Started by the runner at its quiet moment, unless asked for sooner (see AFTER_FIRST_ANSWER_MS).
    const chores = [...(repository && !cassette ? [repository] : []), ...(reports ? [renderers] : []), base.note];
    let outcome;
    try {
        phase.running = true;
        outcome = await execute(suite, base.plan, flags, io, resumed ?? { args: [...args] }, versions, cassette, {
            earlier,
            chores,
        });
    }
    catch (error) {
        // A run that failed before the note was due still says what its reference could detect, as before the run.
        phase.running = false;
        await base.note.now().catch(() => undefined);
        throw error;
    }
    finally {
        phase.running = false;
        await base.dispose();
    }
    // A new run's lock is held until its results are written and its journal is gone: a resume in between would
    // run the finished run's trials again.
    try {
        return await concludeRun(outcome, { suite, flags, io, earlier, base, repository, renderers });
    }
    finally {
        await outcome.lock?.release();
    }
}
/** The run's results evaluated, written (then its journal removed), shown and exported; the exit code. */
async function concludeRun(outcome, { suite, flags, io, earlier, base, repository, renderers }) {
    io.stdout(`${(0,console_summary/* formatRunSummary */.fd)(outcome.results).join('\n')}\n`);
    if (outcome.replayMisses > 0) {
        const calls = `${outcome.replayMisses} call${outcome.replayMisses === 1 ? '' : 's'}`;
        io.stderr(`rehearse run: the strict replay lacked ${calls} (above)\n`);
    }
    // One comparison, at the suite's α, for both the gate and the report; a run that joins the local history rolls it
    // forward, and every run records whether it did (the next run's previous run is the latest that joined). A run
    // against the base revision never joins: it is a comparison, not a base-branch run.
    const joins = flags.base === undefined
        ? await joinsHistory(outcome.results, flags, repository)
        : { joins: false, why: 'a run against the base revision is a comparison' };
    const note = await base.note.now();
    const evaluated = (0,pipeline/* evaluateRun */.tL)({
        results: outcome.results,
        earlier,
        // A reference too small to decide travels with the gate: every output names what it can detect.
        ...(note ? { referenceNote: note } : {}),
        gate: { suite: suite.gate },
        rollHistory: joins.joins,
        historyLength: suite.gate.history,
    });
    const evaluation = { ...evaluated, results: { ...evaluated.results, joinedHistory: joins.joins } };
    io.stdout(`History: ${joins.joins ? 'this run joins' : 'this run stays out of'} the local history (${joins.why})\n`);
    // The stored file carries what the next run needs: the gate it was judged by and the rolled-forward history.
    await (0,src_results/* writeResults */.KB)(outcome.storedPath, evaluation.results);
    // Written once, evaluated: until then the journal is the run's record (a crash before here leaves it to resume). A
    // stopped run's journal is kept, and so is one the circuit breaker cut short: `--resume` runs what they did not.
    if (!(0,results_journal/* resumable */.P6)(outcome.results))
        await (0,promises_.rm)(outcome.journalPath, { force: true });
    else
        io.stdout(`${resumeHint(outcome.results)}\n`);
    const compared = (0,console_summary/* formatComparisonSummary */.d2)(evaluation.report);
    if (compared.length)
        io.stdout(`${compared.join('\n')}\n`);
    io.stdout(`Gate: ${evaluation.gate.summary}\n`);
    await writeOutputs(outcome, evaluation, flags, io, renderers);
    await exportRunTraces(evaluation.results, flags, io);
    if (outcome.results.stopReason === 'cancelled')
        return EXIT_CANCELLED;
    return evaluation.gate.passed && outcome.replayMisses === 0 ? 0 : EXIT_GATE_FAILED;
}
/**
 * `--base <ref>`: the base revision's agents run side by side as the reference (src/pipeline/base-side.ts), in a
 * worktree removed when the run ends. Without it, a test whose reference is too small gets the note that says so.
 */
async function baseSideOf(suite, plan, earlier, flags, io, phase) {
    const runAlpha = (0,pipeline/* resolveGateSettings */.rx)({ suite: suite.gate }).settings.alpha;
    if (flags.base === undefined) {
        // Its figures come from a search over reference sizes (milliseconds of this thread): worked out while the first
        // calls are awaited, not before they are made. Printed mid-run, on a line of its own.
        const note = (0,chore/* chore */.Q)(async () => {
            const text = (0,pipeline/* referenceNote */.C5)((0,pipeline/* referenceGaps */.rQ)(plan, earlier, runAlpha), { kind: 'not-asked' });
            if (text)
                io.stderr(`${io.isTTY && phase.running ? '\n' : ''}notice: ${text}\n`);
            return text;
        });
        return { plan, note, dispose: async () => { } };
    }
    const prepared = await (0,pipeline/* prepareBaseSide */.mp)({
        suite,
        plan,
        earlier,
        runAlpha,
        ref: flags.base,
        mode: flags.baseSide,
        cwd: io.cwd,
        env: io.env,
        reason: `rehearse run --base ${flags.base}`,
    });
    if (prepared.baseSuite)
        io.redactor?.add((0,secrets/* suiteSecretValues */.fJ)(prepared.baseSuite, io.env));
    for (const notice of prepared.notices)
        io.stderr(`notice: ${notice}\n`);
    if (prepared.note)
        io.stderr(`notice: ${prepared.note}\n`);
    return { ...prepared, note: (0,chore/* chore */.Q)(async () => prepared.note) };
}
/**
 * The local history takes only completed runs of the default branch with a clean tree (or marked with
 * `--record-history`), and never a run the circuit breaker cut short: see history-rule.ts.
 */
async function joinsHistory(results, flags, repository) {
    // A lookup not needed here and not started during the run (the runner's chores) is never made.
    if (results.status !== 'completed')
        return { joins: false, why: `the run is ${results.status}` };
    if (results.infrastructure?.length)
        return { joins: false, why: 'the circuit breaker stopped part of it' };
    return decideHistory(flags.recordHistory, await repository?.now());
}
async function execute(suite, plan, flags, io, journaled, versions, cassette, { earlier, chores }) {
    const resume = 'journal' in journaled ? journaled : undefined;
    const runId = resume?.journal.header.runId ?? (0,runner/* newRunId */.F$)();
    const storedPath = (0,external_node_path_.join)(io.cwd, run_info/* LOCAL_RUNS_DIR */.ZP, `${runId}.json`);
    const journalPath = resume?.path ?? (0,results_journal/* journalPathFor */.S7)(storedPath);
    // A resume holds its journal's lock already (resume.ts); a new run takes its own.
    const lock = resume ? undefined : await (0,journal_lock/* acquireJournalLock */.B)(journalPath);
    // Shown on the progress line: the run's retries are otherwise silent, however long their waits.
    let retries = { count: 0, lastReason: '' };
    const countRetry = ({ reason }) => void (retries = { count: retries.count + 1, lastReason: reason });
    const chat = (0,pipeline/* createSuiteChatClient */.C3)(suite, io.env, {
        onRetry: countRetry,
        onUnpricedModel: (model) => io.stderr(`\nnotice: ${(0,llm/* unpricedModelNotice */.Of)(model)}\n`),
        onUnreportedUsage: (model) => io.stderr(`\nnotice: ${(0,llm/* unreportedUsageNotice */.M3)(model)}\n`),
    });
    const progress = (0,runner/* createProgressReporter */.lb)({
        isTTY: io.isTTY,
        write: io.isTTY ? io.stdout : io.stderr,
        ...(io.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    });
    const cancel = new AbortController();
    const stopOnSignal = onSignals(cancel, io);
    io.stdout(`Running ${plan.trials.length} trial${plan.trials.length === 1 ? '' : 's'} of "${suite.name}" as ${runId} ` +
        `(concurrency ${flags.concurrency ?? suite.run.concurrency})\n`);
    try {
        const results = await (0,pipeline/* runSuite */.og)({
            suite,
            plan,
            env: io.env,
            chat,
            signal: cancel.signal,
            runId,
            cwd: io.cwd,
            // The journal's header repeats the command line: redacted like every other file written.
            // Its versions let a resume refuse a changed suite (resume.ts).
            journal: {
                path: journalPath,
                meta: { args: journaled.args.map((arg) => io.redactor?.redact(arg) ?? arg), versions },
            },
            // Said by the runner once it has replayed the journal: its counts include the confirmation trials.
            ...(resume
                ? {
                    resume: resume.journal,
                    onResumed: (counts) => io.stdout(`Resuming: ${(0,runner/* describeResumed */.f7)(counts)} (${journalPath})\n`),
                }
                : {}),
            onProgress: (state) => progress.update(retries.count > 0 ? { ...state, retries } : state),
            onAgentRetry: countRetry,
            ...(io.redactor ? { redactor: io.redactor } : {}),
            ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
            ...(flags.budget !== undefined ? { budgetUsd: flags.budget } : {}),
            ...(flags.failFast ? { failFast: true } : {}),
            planOptions: planOptionsOf(flags),
            ...(cassette ? { cassette } : {}),
            // The previous local run of this suite (and its history): a suspected drop is confirmed before the verdict.
            earlier,
            ...(flags.confirm ? {} : { confirm: false }),
            chores,
        });
        return { results, storedPath, journalPath, lock, replayMisses: cassette?.misses.length ?? 0 };
    }
    catch (error) {
        await lock?.release();
        throw error;
    }
    finally {
        progress.finish();
        stopOnSignal();
        if (cassette)
            await (0,cli_cassette/* closeCassette */.Nh)(cassette, io);
    }
}
/** The journaled run's flags, with those given now that apply on a resume (the console says which do not). */
function resumedFlags(locked, given, args, io) {
    const journaled = parseRunFlags(locked.args);
    const use = resumeFlagUse(args);
    const note = describeResumeFlags(use);
    if (note)
        io.stderr(`${note}\n`);
    const applied = new Set(use.applied);
    const pick = (key, ...names) => names.some((name) => applied.has(name)) ? { [key]: given[key] } : {};
    return {
        ...journaled,
        ...pick('concurrency', '--concurrency'),
        ...pick('budget', '--budget'),
        ...pick('output', '-o', '--output'),
        ...pick('reportDir', '--report-dir'),
        ...pick('otel', '--otel'),
    };
}
/** The resume point once its suite is checked against the journaled versions (resume.ts). */
async function checkedResume(locked, plan, versions, rerun, io) {
    const check = await checkResumedSuite(locked, plan, versions, rerun);
    for (const note of check.notes)
        io.stderr(`${note}\n`);
    return { ...locked, journal: check.journal };
}
/** First SIGINT/SIGTERM: stop starting trials, abort the running ones, write what finished. Second: exit at once. */
function onSignals(cancel, io) {
    const handler = (signal) => {
        if (cancel.signal.aborted) {
            io.stderr(`\nrehearse run: second ${signal}, exiting now\n`);
            process.exit(EXIT_CANCELLED);
        }
        io.stderr(`\nrehearse run: ${signal} received: stopping, writing the finished trials (send it again to exit at once)\n`);
        cancel.abort(new Error(`cancelled by ${signal}`));
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
    };
}
async function writeOutputs(outcome, evaluation, flags, io, renderers) {
    const { storedPath } = outcome;
    const { results } = evaluation;
    if (flags.output) {
        const output = (0,external_node_path_.resolve)(io.cwd, flags.output);
        await (0,src_results/* writeResults */.KB)(output, results);
        io.stdout(`Results: ${output}\n`);
    }
    io.stdout(`${flags.output ? 'Also stored' : 'Results'}: ${storedPath}\n`);
    if (!flags.report && flags.reportDir === undefined)
        return;
    const paths = flags.reportDir
        ? {
            markdown: (0,external_node_path_.join)((0,external_node_path_.resolve)(io.cwd, flags.reportDir), 'report.md'),
            html: (0,external_node_path_.join)((0,external_node_path_.resolve)(io.cwd, flags.reportDir), 'report.html'),
        }
        : (0,run_files/* reportPathsFor */.o)(storedPath);
    // Loaded only when a report is written: the renderers are not paid for at start-up.
    const { renderHtmlChunks, renderMarkdownReport } = await renderers.now();
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(paths.markdown), { recursive: true });
    await (0,write_chunks/* writeTextFile */.Tl)(paths.markdown, renderMarkdownReport(evaluation.report));
    await (0,write_chunks/* writeChunks */.a7)(paths.html, renderHtmlChunks(results, { ...evaluation.comparisons, gate: evaluation.gate }));
    io.stdout(`Report: ${paths.markdown}, ${paths.html}\n`);
}
/**
 * The run's traces to `--otel <file>` and to the endpoint the OpenTelemetry variables configure. Telemetry is not
 * the verdict: a failure to write or send them is a warning, and the exit status stays the gate's.
 */
async function exportRunTraces(results, flags, io) {
    try {
        const target = {
            ...(flags.otel ? { output: (0,external_node_path_.resolve)(io.cwd, flags.otel) } : {}),
            ...(0,traces/* envTraceTarget */.O)(io.env),
        };
        if (!target.output && !target.endpoint)
            return;
        for (const line of await (0,traces/* exportTraces */.Z)(results, target, io.redactor))
            io.stdout(`Traces: ${line}\n`);
    }
    catch (error) {
        io.stderr(`rehearse run: the traces were not exported: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
    }
}
/**
 * Before the first trial, one line per agent, simulator and judge that can not work (and the tests skipped for
 * it), and one per endpoint that did not answer.
 */
function printPlanNotices(plan, io, probed) {
    for (const line of (0,preflight/* preflightLines */.PM)(plan, probed))
        io.stderr(`preflight: ${line}\n`);
    if (plan.trials.length === 0)
        io.stderr('preflight: no test can run: nothing was started\n');
}
/** Roles whose calls a cassette replays (not in `record`): their keys are not needed to plan. */
function replayedRoles(cassette) {
    if (!cassette || cassette.mode === 'record')
        return {};
    const replays = (role, kinds) => cassette.handles(role) && kinds.some((kind) => cassette.holds(kind));
    return {
        simulator: cassette.replaysSimulator(),
        judge: replays('judge', ['judge']),
        agent: replays('agent', ['agent', 'http-agent', 'command-agent']),
    };
}
/** What `rehearse rerun` needs to make the same plan again. */
function planOptionsOf(flags) {
    return strip({
        variants: flags.variants,
        tags: flags.tags,
        tests: flags.tests,
        sets: flags.sets,
        runs: flags.runs,
        shard: flags.shard && `${flags.shard.index}/${flags.shard.total}`,
        concurrency: flags.concurrency,
        budgetUsd: flags.budget,
        failFast: flags.failFast || undefined,
    });
}
const RUN_USAGE = `Usage: rehearse run [options]

  -c, --config <file>          suite root file (default: rehearse.yaml)
  -o, --output <file>          also write the results JSON here (always stored in ${run_info/* LOCAL_RUNS_DIR */.ZP}/<runId>.json)
      --variant <a,b>          only these variants (the suite's ids; the baseline always runs beside them)
      --tags <a,b>             only tests with one of these tags
      --test <id>              only this test (repeatable, or comma-separated)
      --set <id>               only this set's tests, with its run counts (repeatable)
      --runs <n>               override every run count
      --shard <i/n>            run a deterministic slice of the plan (merge with \`rehearse merge\`)
      --concurrency <n>        LLM calls / agent turns in flight at once (default: run.concurrency)
      --budget <usd>           hard cap on LLM spend, overshoot at most one call (docs/running.md#budget)
      --fail-fast              stop starting trials after a critical test fails
      --no-confirm             run exactly the planned trials: no confirmation trials for a suspected drop
                               (against the latest run in ${run_info/* LOCAL_RUNS_DIR */.ZP}/) or a threshold verdict within noise,
                               no early stopping
      --record-history         this run joins the local history the next runs compare with (default: only on the
                               default branch with no uncommitted change to a tracked file, or outside git)
      --no-record-history      this run stays out of the local history
${model_flags/* MODEL_FLAGS_USAGE */.QU}      --report-dir <dir>       write report.md and report.html there (default: next to the results,
                               ${run_info/* LOCAL_RUNS_DIR */.ZP}/<runId>.report.md and .report.html)
      --no-report              write no report.md / report.html
  -q, --quiet                  print only errors and the final verdict line (Gate: …)
      --otel <file>            write the run's traces there (OTLP/JSON, GenAI conventions); they are also sent to
                               OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or OTEL_EXPORTER_OTLP_ENDPOINT when set
      --resume <run id|file>   continue an interrupted run, or one the circuit breaker cut short, from its journal
                               (only the trials not run yet run; the run's own options are reused;
                               --concurrency, --budget, -o, --report-dir and --otel given with it apply); refused
                               if the suite changed since
      --rerun-changed          with --resume: run the changed tests again instead of refusing
      --rerun-errored          with --resume: run the trials that errored again too (an outage's: they are dropped
                               from the journal, what they cost stays in the run's total), instead of keeping them
      --base <ref>             also run the tests against the base revision's agents (a branch, tag or commit, checked
                               out in a temporary git worktree), side by side, as the reference: for the tests whose
                               earlier runs are too few to catch a 0.9 → 0.4 drop. The run never joins the history
      --base-side <auto|always>
                               with --base: auto (default) runs the base side only where the reference is too small;
                               always runs it for every test
${cli_cassette/* CASSETTE_USAGE */.tE}
Exit status: 0 gate passed, 1 gate failed or suite invalid, 2 usage error, 130 cancelled.
`;
function parseRunFlags(args) {
    const values = (0,cli_args/* parseCommandArgs */.Qx)('run', {
        args: [...args],
        strict: true,
        allowPositionals: false,
        options: {
            help: { type: 'boolean', short: 'h' },
            config: { type: 'string', short: 'c' },
            output: { type: 'string', short: 'o' },
            variant: { type: 'string', multiple: true },
            // The older spelling, kept working.
            variants: { type: 'string', multiple: true },
            tags: { type: 'string', multiple: true },
            test: { type: 'string', multiple: true },
            set: { type: 'string', multiple: true },
            runs: { type: 'string' },
            shard: { type: 'string' },
            concurrency: { type: 'string' },
            budget: { type: 'string' },
            'fail-fast': { type: 'boolean' },
            'no-confirm': { type: 'boolean' },
            'record-history': { type: 'boolean' },
            'no-record-history': { type: 'boolean' },
            ...model_flags/* MODEL_FLAG_OPTIONS */.OM,
            'report-dir': { type: 'string' },
            'no-report': { type: 'boolean' },
            otel: { type: 'string' },
            resume: { type: 'string' },
            base: { type: 'string' },
            'base-side': { type: 'string' },
            'rerun-changed': { type: 'boolean' },
            'rerun-errored': { type: 'boolean' },
            ...cli_cassette/* CASSETTE_OPTIONS */.Ub,
        },
    }).values;
    const text = (name) => values[name];
    const list = (name) => values[name]
        ?.flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter(Boolean);
    const picked = [...(list('variant') ?? []), ...(list('variants') ?? [])];
    const variants = picked.length > 0 ? picked : undefined;
    // The suite's own ids are checked (with a did-you-mean) when the run is planned: here only their shape.
    const malformed = variants?.find((variant) => !schema/* VARIANT_ID */.OF.test(variant));
    if (malformed !== undefined)
        throw new errors/* ConfigurationError */.j1(`--variant: '${malformed}' is not ${schema/* VARIANT_ID_EXPECTED */.H0}`);
    return strip({
        help: values.help === true,
        config: text('config') ?? 'rehearse.yaml',
        output: text('output'),
        variants,
        tags: list('tags'),
        tests: list('test'),
        sets: list('set'),
        runs: optional(text('runs'), (value) => (0,number_flags/* wholeNumberFlag */.ZR)('--runs', value, { min: 1, max: limits/* MAX_RUNS */._k })),
        shard: optional(text('shard'), shardFlag),
        concurrency: optional(text('concurrency'), (value) => (0,number_flags/* wholeNumberFlag */.ZR)('--concurrency', value, { min: 1, max: limits/* MAX_CONCURRENCY */.fx })),
        // 0 is accepted, as it always was from the CLI (no call fits in it).
        budget: optional(text('budget'), (value) => (0,number_flags/* decimalFlag */.Sz)('--budget', value, { min: 0, max: limits/* MAX_USD */.Kd, unit: 'USD' })),
        failFast: values['fail-fast'] === true,
        confirm: values['no-confirm'] !== true,
        recordHistory: recordHistoryFlag(values['record-history'] === true, values['no-record-history'] === true),
        modelFlags: Object.fromEntries(Object.keys(model_flags/* MODEL_FLAG_OPTIONS */.OM).flatMap((name) => (text(name) === undefined ? [] : [[name, text(name)]]))),
        reportDir: text('report-dir'),
        report: values['no-report'] !== true,
        otel: text('otel'),
        resume: text('resume'),
        rerunChanged: values['rerun-changed'] === true,
        rerunErrored: values['rerun-errored'] === true,
        cassette: (0,cli_cassette/* parseCassetteFlags */.NZ)(values),
        base: text('base'),
        baseSide: baseSideFlag(text('base-side'), text('base')),
    });
}
function baseSideFlag(value, base) {
    if (value === undefined)
        return 'auto';
    if (base === undefined)
        throw new errors/* ConfigurationError */.j1('--base-side needs --base <ref> (see rehearse run --help)');
    if (pipeline/* BASE_SIDE_MODES */.hy.includes(value))
        return value;
    throw new errors/* ConfigurationError */.j1(`--base-side: expected auto or always, got '${value}'`);
}
function recordHistoryFlag(record, noRecord) {
    if (record && noRecord)
        throw new errors/* ConfigurationError */.j1('--record-history and --no-record-history: choose one');
    return record ? true : noRecord ? false : undefined;
}
/** `--shard i/n`, read as the action reads its `shard` input; a mistake is said in the flag's terms. */
function shardFlag(text) {
    try {
        return (0,plan/* parseShard */.uK)(text);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`--shard: expected ${plan/* SHARD_EXPECTED */.WQ}, got ${(0,number_flags/* quotedInput */.bY)(text)}`);
    }
}
function optional(value, parse) {
    return value === undefined ? undefined : parse(value);
}
function strip(value) {
    return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
}


/***/ }),

/***/ 1916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ defaultBranch),
/* harmony export */   Te: () => (/* binding */ findDefaultBranch),
/* harmony export */   uM: () => (/* binding */ gitIn)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The repository's default branch, one rule for `rehearse init` (the workflow's `on: push: branches: [...]`) and for
 * the local history (history-rule.ts: only runs of the default branch join it), so the two never disagree:
 * origin's HEAD (`refs/remotes/origin/HEAD`), else a local `main`, else `master`, else git's `init.defaultBranch`,
 * else the repository's only local branch. `rehearse init` alone then falls back to the branch checked out (a new
 * repository has no branch yet), and to `main`.
 */

function gitIn(cwd, timeoutMs = 5_000) {
    return (...args) => new Promise((resolve) => {
        try {
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, encoding: 'utf8', timeout: timeoutMs }, (error, stdout) => resolve(error ? undefined : stdout.trim()));
        }
        catch {
            resolve(undefined); // a cwd that is not a folder fails the spawn itself, at once
        }
    });
}
/** The default branch as the history rule knows it; undefined when nothing says which it is. */
async function findDefaultBranch(git) {
    const originHead = await git('symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD');
    if (originHead?.startsWith('origin/'))
        return { branch: originHead.slice('origin/'.length), source: 'origin/HEAD' };
    for (const name of ['main', 'master'])
        if ((await git('rev-parse', '--verify', '--quiet', `refs/heads/${name}`)) !== undefined)
            return { branch: name, source: 'local branch' };
    const configured = await git('config', '--get', 'init.defaultBranch');
    if (configured)
        return { branch: configured, source: 'init.defaultBranch' };
    const branches = (await git('for-each-ref', '--format=%(refname:short)', 'refs/heads/'))?.split('\n').filter(Boolean);
    if (branches?.length === 1)
        return { branch: branches[0], source: 'only branch' };
    return undefined;
}
/** For `rehearse init`: the rule above, else the branch checked out, else `main`. */
async function defaultBranch(cwd) {
    const git = gitIn(cwd);
    const found = await findDefaultBranch(git);
    if (found)
        return found;
    const current = await git('symbolic-ref', '--quiet', '--short', 'HEAD');
    if (current)
        return { branch: current, source: 'current branch' };
    return { branch: 'main', source: 'fallback' };
}


/***/ }),

/***/ 7761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ withRoleEndpoints),
/* harmony export */   OM: () => (/* binding */ MODEL_FLAG_OPTIONS),
/* harmony export */   QU: () => (/* binding */ MODEL_FLAGS_USAGE),
/* harmony export */   TD: () => (/* binding */ roleEndpoints)
/* harmony export */ });
/* unused harmony export MODEL_ROLES */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

const MODEL_ROLES = ['agent', 'simulator', 'judge'];
/** For parseArgs: the eight flags. */
const MODEL_FLAG_OPTIONS = {
    'base-url': { type: 'string' },
    model: { type: 'string' },
    'agent-base-url': { type: 'string' },
    'agent-model': { type: 'string' },
    'simulator-base-url': { type: 'string' },
    'simulator-model': { type: 'string' },
    'judge-base-url': { type: 'string' },
    'judge-model': { type: 'string' },
};
const MODEL_FLAGS_USAGE = `\
      --base-url <url>         OpenAI-compatible URL for every openai agent, the simulator and the judge
      --model <name>           model for all three (the role flags below win over these two)
      --agent-base-url <url>   URL for every openai agent (env REHEARSE_AGENT_BASE_URL)
      --agent-model <name>     model for every openai agent (env REHEARSE_AGENT_MODEL; variants still patch it)
      --simulator-base-url <u> URL for the simulated user (env REHEARSE_SIMULATOR_BASE_URL)
      --simulator-model <name> model for the simulated user (env REHEARSE_SIMULATOR_MODEL)
      --judge-base-url <url>   URL for the judge (env REHEARSE_JUDGE_BASE_URL)
      --judge-model <name>     model for the judge (env REHEARSE_JUDGE_MODEL)
                               keys stay environment variables (the suite's api_key_env, OPENAI_API_KEY by
                               default); a localhost URL needs none
`;
/** The flags' values and the environment, resolved to one endpoint per role (absent: the suite decides). */
function roleEndpoints(values, env) {
    const text = (name) => (typeof values[name] === 'string' ? values[name] : undefined);
    const roles = {};
    for (const role of MODEL_ROLES) {
        const variable = `REHEARSE_${role.toUpperCase()}`;
        const baseUrl = text(`${role}-base-url`) ?? text('base-url') ?? env[`${variable}_BASE_URL`];
        const model = text(`${role}-model`) ?? text('model') ?? env[`${variable}_MODEL`];
        if (baseUrl !== undefined)
            checkUrl(baseUrl, text(`${role}-base-url`) ? `--${role}-base-url` : '--base-url');
        if (baseUrl !== undefined || model !== undefined)
            roles[role] = { ...(baseUrl !== undefined ? { baseUrl } : {}), ...(model !== undefined ? { model } : {}) };
    }
    return roles;
}
/** The suite with each role's endpoint replaced where a flag or variable says so. */
function withRoleEndpoints(suite, roles) {
    const { agent, simulator, judge } = roles;
    return {
        ...suite,
        ...(simulator
            ? { simulator: { ...suite.simulator, ...endpointFor('simulator', suite.simulator, simulator) } }
            : {}),
        // The simulator flags win over a persona's own endpoint too; its prompt stays (the flags name a model, not a user).
        ...(simulator ? { personas: suite.personas.map(withoutOwnEndpoint) } : {}),
        ...(judge ? { judge: endpointFor('judge', suite.judge, judge) } : {}),
        ...(agent
            ? {
                agents: suite.agents.map((entry) => entry.type === 'openai'
                    ? {
                        ...entry,
                        ...(agent.model ? { model: agent.model } : {}),
                        ...(agent.baseUrl ? { base_url: agent.baseUrl } : {}),
                    }
                    : entry),
            }
            : {}),
    };
}
function withoutOwnEndpoint(persona) {
    if (!persona.simulator)
        return persona;
    const { model: _model, base_url: _baseUrl, api_key_env: _key, ...prompt } = persona.simulator;
    return { ...persona, simulator: prompt };
}
function endpointFor(role, declared, given) {
    const model = given.model ?? declared?.model;
    if (!model)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`a ${role} base URL needs a model: pass --${role}-model (or --model) or set ${role}.model in the suite`);
    return {
        api_key_env: 'OPENAI_API_KEY',
        ...declared,
        model,
        ...(given.baseUrl ? { base_url: given.baseUrl } : {}),
    };
}
function checkUrl(value, flag) {
    try {
        const url = new URL(value);
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new Error(`${url.protocol} is not http(s)`);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${flag}: not an http(s) URL: ${value} (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)})`);
    }
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

/***/ 8493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ envTraceTarget),
  Z: () => (/* binding */ exportTraces),
  Yl: () => (/* binding */ headersOf),
  E0: () => (/* binding */ tracesDocument),
  Om: () => (/* binding */ tracesUrl)
});

// UNUSED EXPORTS: REHEARSE_VERSION

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/otlp.ts
/**
 * A run's trials as OpenTelemetry traces, in OTLP/JSON (the body of an
 * OTLP/HTTP export to `/v1/traces`), following the GenAI semantic
 * conventions: one trace per trial, a root span for the conversation, a
 * `chat {model}` client span per LLM call and an `execute_tool {name}` span
 * per tool call, timed from the trace events (each event is stamped when it
 * ended; calls carry their duration). The messages are span events on the
 * conversation span. Pure: ids are derived from the run and trial ids, so the
 * same results give the same export.
 *
 * OTLP/JSON rules followed: trace and span ids in hex, enums as numbers,
 * 64-bit integers as decimal strings, lowerCamelCase field names.
 */

/** Span kinds and status codes of opentelemetry/proto/trace/v1/trace.proto. */
const SPAN_KIND_INTERNAL = 1;
const SPAN_KIND_CLIENT = 3;
const STATUS_OK = 1;
const STATUS_ERROR = 2;
/** Our LLM calls go through OpenAI-compatible endpoints. */
const PROVIDER = 'openai';
function resultsToOtlp(results, options) {
    const agentOf = new Map(results.variants.map((variant) => [variant.id, variant.agent]));
    const spans = results.trials.flatMap((trial) => trialSpans(results.runId, trial, agentOf.get(trial.variant) ?? 'agent'));
    return {
        resourceSpans: [
            {
                resource: {
                    attributes: attributes({
                        'service.name': 'rehearse',
                        'rehearse.suite': results.suite.name,
                        'rehearse.run.id': results.runId,
                        ...(results.git.sha ? { 'vcs.ref.head.revision': results.git.sha } : {}),
                    }),
                },
                scopeSpans: [{ scope: { name: 'rehearse', version: options.version }, spans }],
            },
        ],
    };
}
function trialSpans(runId, trial, agent) {
    const traceId = idOf(`${runId} ${trial.id}`, 16);
    const rootId = idOf(`${runId} ${trial.id} conversation`, 8);
    const startMs = Date.parse(trial.startedAt);
    const at = (ms) => nanos(startMs, ms);
    const root = {
        traceId,
        spanId: rootId,
        name: `invoke_agent ${agent}`,
        kind: SPAN_KIND_INTERNAL,
        startTimeUnixNano: at(0),
        // The judge's calls come after the conversation's own time: the span covers them too.
        endTimeUnixNano: at(Math.max(trial.durationMs, ...trial.transcript.map((event) => event.at))),
        attributes: attributes({
            'gen_ai.operation.name': 'invoke_agent',
            'gen_ai.agent.name': agent,
            'gen_ai.conversation.id': trial.id,
            'rehearse.test.id': trial.testId,
            'rehearse.variant': trial.variant,
            'rehearse.trial.index': { int: trial.index },
            'rehearse.status': trial.status,
            'rehearse.end_reason': trial.endReason,
            'rehearse.turns': { int: trial.turns },
            'gen_ai.usage.input_tokens': { int: trial.usage.inputTokens },
            'gen_ai.usage.output_tokens': { int: trial.usage.outputTokens },
            'rehearse.cost_usd': { double: trial.usage.costUsd },
        }),
        events: trial.transcript.flatMap((event) => messageEvent(event, at)),
        status: trial.status === 'error' ? { code: STATUS_ERROR, message: trial.reason ?? 'error' } : { code: STATUS_OK },
    };
    // An LLM or tool call: a child of the conversation, ending when the trace recorded it.
    const callSpan = (position, event, span) => ({
        traceId,
        spanId: idOf(`${runId} ${trial.id} ${position}`, 8),
        parentSpanId: rootId,
        name: span.name,
        kind: span.kind,
        startTimeUnixNano: at(Math.max(0, event.at - event.durationMs)),
        endTimeUnixNano: at(event.at),
        attributes: span.attributes,
        events: [],
        status: span.status,
    });
    const children = trial.transcript.flatMap((event, position) => {
        if (event.type === 'llm_call') {
            return [
                callSpan(position, event, {
                    name: `chat ${event.model}`,
                    kind: SPAN_KIND_CLIENT,
                    attributes: attributes({
                        'gen_ai.operation.name': 'chat',
                        'gen_ai.provider.name': PROVIDER,
                        'gen_ai.system': PROVIDER,
                        'gen_ai.request.model': event.model,
                        'gen_ai.usage.input_tokens': { int: event.usage.inputTokens },
                        'gen_ai.usage.output_tokens': { int: event.usage.outputTokens },
                        'rehearse.role': event.role,
                        'rehearse.cost_usd': { double: event.usage.costUsd },
                        'rehearse.attempts': { int: event.attempts },
                    }),
                    status: { code: STATUS_OK },
                }),
            ];
        }
        if (event.type === 'tool_call') {
            return [
                callSpan(position, event, {
                    name: `execute_tool ${event.name}`,
                    kind: SPAN_KIND_INTERNAL,
                    attributes: attributes({
                        'gen_ai.operation.name': 'execute_tool',
                        'gen_ai.tool.name': event.name,
                        'gen_ai.tool.call.id': event.callId,
                        'gen_ai.tool.type': 'function',
                        'rehearse.tool.strategy': event.strategy,
                        ...(event.error !== undefined ? { 'error.type': 'tool_error' } : {}),
                    }),
                    status: event.error !== undefined ? { code: STATUS_ERROR, message: event.error } : { code: STATUS_OK },
                }),
            ];
        }
        return [];
    });
    return [root, ...children];
}
function messageEvent(event, at) {
    switch (event.type) {
        case 'user_message':
            return [
                {
                    timeUnixNano: at(event.at),
                    name: 'rehearse.user_message',
                    attributes: attributes({
                        'rehearse.content': event.content,
                        ...(event.recorded ? { 'rehearse.recorded': 'true' } : {}),
                    }),
                },
            ];
        case 'agent_message':
            return [
                {
                    timeUnixNano: at(event.at),
                    name: 'rehearse.agent_message',
                    attributes: attributes({
                        'rehearse.content': event.content,
                        'rehearse.latency_ms': { double: event.latencyMs },
                        ...(event.retries ? { 'rehearse.retries': { int: event.retries } } : {}),
                        ...(event.recorded ? { 'rehearse.recorded': 'true' } : {}),
                    }),
                },
            ];
        case 'error':
            return [
                {
                    timeUnixNano: at(event.at),
                    name: 'exception',
                    attributes: attributes({
                        'exception.type': `${event.source}.${event.category}`,
                        'exception.message': event.message,
                    }),
                },
            ];
        default:
            return [];
    }
}
function attributes(values) {
    return Object.entries(values).map(([key, value]) => ({ key, value: otlp_valueOf(value) }));
}
function otlp_valueOf(value) {
    if (typeof value === 'string')
        return { stringValue: value };
    if ('int' in value)
        return { intValue: String(Math.round(value.int)) };
    return { doubleValue: value.double };
}
/** Epoch nanoseconds as a decimal string (beyond 2^53: BigInt). */
function nanos(startMs, offsetMs) {
    return (BigInt(startMs) * 1000000n + BigInt(Math.round(offsetMs * 1_000_000))).toString();
}
/** A stable non-zero id of `bytes` bytes, in hex. */
function idOf(seed, bytes) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(seed)
        .digest('hex')
        .slice(0, bytes * 2);
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(767);
// EXTERNAL MODULE: ./src/util/write-chunks.ts
var write_chunks = __webpack_require__(5662);
;// CONCATENATED MODULE: ./src/pipeline/traces.ts




/** Reported as the instrumentation scope's version. */
const REHEARSE_VERSION = '0.1.0';
const EXPORT_TIMEOUT_MS = 30_000;
const ERROR_EXCERPT = 200;
/**
 * The header values sent to the endpoint are secrets (an API key, a bearer token): learned by `redactor` (or a
 * redactor of their own), so neither the document nor the endpoint's answer printed back can show them.
 */
function traceRedactor(target, redactor) {
    const values = Object.values(target.headers ?? {}).flatMap((value) => [
        value,
        value.replace(/^\s*(bearer|basic|token)\s+/i, ''),
    ]);
    const own = redactor ?? new redact/* Redactor */.pO();
    own.add(values);
    return own;
}
/**
 * Writes and/or sends the run's traces; returns one line per place they went. Everything that leaves (the file,
 * the request body, an error quoting the endpoint) goes through `redactor` (the secrets of the run and of the
 * environment) and the export's own header values.
 */
async function exportTraces(results, target, redactor) {
    const secrets = traceRedactor(target, redactor);
    const traces = secrets.redactValue(resultsToOtlp(results, { version: REHEARSE_VERSION }));
    const body = JSON.stringify(traces);
    const spans = traces.resourceSpans.reduce((count, resource) => count + resource.scopeSpans.reduce((n, scope) => n + scope.spans.length, 0), 0);
    const what = `${results.trials.length} trace(s), ${spans} spans`;
    const lines = [];
    if (target.output) {
        await (0,write_chunks/* writeTextFile */.Tl)(target.output, `${body}\n`);
        lines.push(`Wrote ${what}: ${target.output}`);
    }
    if (target.endpoint) {
        await post(target.endpoint, body, target.headers ?? {}, secrets);
        lines.push(`Sent ${what} to ${target.endpoint}`);
    }
    return lines;
}
/** The document itself, for printing. */
function tracesDocument(results, redactor = new redact/* Redactor */.pO()) {
    return JSON.stringify(redactor.redactValue(resultsToOtlp(results, { version: REHEARSE_VERSION })));
}
/**
 * An endpoint without a path gets OTLP/HTTP's traces path, as the OTLP exporters do with OTEL_EXPORTER_OTLP_ENDPOINT.
 */
function tracesUrl(endpoint, shownAs = '--endpoint') {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${shownAs}: not a URL: ${endpoint}`);
    }
    if (url.pathname === '/' || url.pathname === '')
        url.pathname = '/v1/traces';
    return url.toString();
}
/** `name=value` pairs; `${VAR}` in a value is taken from the environment. */
function headersOf(pairs, env) {
    const headers = {};
    for (const pair of pairs) {
        const at = pair.indexOf('=');
        if (at <= 0)
            throw new errors/* ConfigurationError */.j1(`--header: expected name=value, got '${pair}'`);
        headers[pair.slice(0, at).trim()] = pair
            .slice(at + 1)
            .replace(/\$\{(\w+)\}/g, (_, name) => env[name] ?? '');
    }
    return headers;
}
/**
 * The endpoint the OpenTelemetry exporter variables configure, as the SDKs read them: the traces endpoint as
 * given, else the general one with `/v1/traces` appended; headers as `k=v,k2=v2` (values URL-encoded).
 */
function envTraceTarget(env) {
    const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
    const general = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
    let endpoint;
    if (traces)
        endpoint = tracesUrl(traces, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
    else if (general) {
        tracesUrl(general, 'OTEL_EXPORTER_OTLP_ENDPOINT');
        endpoint = `${general.replace(/\/+$/, '')}/v1/traces`;
    }
    if (!endpoint)
        return undefined;
    const headers = {};
    for (const source of [env.OTEL_EXPORTER_OTLP_HEADERS, env.OTEL_EXPORTER_OTLP_TRACES_HEADERS]) {
        for (const pair of (source ?? '').split(',')) {
            const at = pair.indexOf('=');
            if (at <= 0)
                continue;
            headers[decodeURIComponent(pair.slice(0, at).trim())] = decodeURIComponent(pair.slice(at + 1).trim());
        }
    }
    return { endpoint, headers };
}
async function post(url, body, headers, secrets) {
    let response;
    try {
        response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body,
            signal: AbortSignal.timeout(EXPORT_TIMEOUT_MS),
        });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(secrets.redact(`could not send the traces to ${url}: ${(0,errors/* errorMessage */.gJ)(error)}`));
    }
    if (!response.ok) {
        // The receiver's own words, redacted whole before they are cut (a cut key is harder to recognise), so a 401
        // that echoes the request's headers shows no key.
        const text = secrets.redact(await response.text()).slice(0, ERROR_EXCERPT);
        throw new errors/* ConfigurationError */.j1(secrets.redact(`the OTLP endpoint ${url} answered HTTP ${response.status}: ${text}`));
    }
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


/***/ })

};

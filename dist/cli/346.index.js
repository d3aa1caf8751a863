export const id = 346;
export const ids = [346];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Xc: () => (/* binding */ parseFormat),
/* harmony export */   qe: () => (/* binding */ unknownOption)
/* harmony export */ });
/* unused harmony export optionNames */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _suite_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(113);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/**
 * Option parsing shared by the subcommands: node's `parseArgs`, with every
 * mistake turned into a one-line ConfigurationError that points at --help.
 */



function parseCommandArgs(command, config) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
    }
    catch (error) {
        const unknown = /^Unknown option '([^']+)'/.exec((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error))?.[1];
        if (unknown !== undefined)
            throw unknownOption(command, unknown, optionNames(config));
        const positional = /^Unexpected argument '([^']+)'/.exec((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error))?.[1];
        if (positional !== undefined)
            throw unexpectedArgument(command, positional, optionNames(config));
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)} (see rehearse ${command} --help)`);
    }
}
/** The flags a parseArgs config accepts, as typed: `--name` and `-x`. */
function optionNames(config) {
    return Object.entries(config.options ?? {}).flatMap(([name, option]) => [
        `--${name}`,
        ...(option.short ? [`-${option.short}`] : []),
    ]);
}
/** "unknown option '--reprot-dir' — did you mean '--report-dir'?", one line that points at --help. */
function unknownOption(command, given, known) {
    if (!given.startsWith('-'))
        return unexpectedArgument(command, given, known);
    const name = given.split('=')[0];
    const longOnly = known.filter((flag) => flag.startsWith('--'));
    const hint = (0,_suite_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .suggestion */ .h)(name, name.startsWith('--') ? longOnly : known);
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`unknown option '${name}'${hint} (see rehearse ${command} --help)`);
}
function parseFormat(value, allowed, fallback, command) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--format: expected one of ${allowed.join(', ')}, got '${value}' (see rehearse ${command} --help)`);
}
/**
 * A word where the command takes none: most often the suite file written without `-c` (`rehearse validate
 * rehearse.yaml`), which the message then spells out.
 */
function unexpectedArgument(command, given, known) {
    const suiteFile = /\.ya?ml$/i.test(given) && known.includes('--config');
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(suiteFile
        ? `unexpected argument '${given}': a suite file is given with -c, as in rehearse ${command} -c ${given}`
        : `unexpected argument '${given}': rehearse ${command} takes no positional arguments (see rehearse ${command} ` +
            '--help)');
}


/***/ }),

/***/ 7346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ buildDeferredSchemas),
/* harmony export */   yX: () => (/* binding */ deferred)
/* harmony export */ });
/* unused harmony export deferredSchemas */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/**
 * The results and history schemas are built at their first parse, not when their module loads (results.ts says
 * why). `deferred` is `z.lazy` that also remembers the schema, so that `buildDeferredSchemas` can build every one of
 * them at a moment of the caller's choosing (the runner does it while the first calls are in flight) without a list
 * to keep in step by hand.
 */

const registered = [];
const built = new WeakSet();
function deferred(build) {
    const schema = zod__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => {
        const inner = build();
        built.add(schema);
        return inner;
    });
    registered.push(schema);
    return schema;
}
/** Builds every deferred schema not built yet (zod keeps what it built: the next parse finds it ready). */
function buildDeferredSchemas() {
    for (const schema of registered)
        void schema._zod.innerType;
}
/** The deferred schemas declared so far, and whether each is built: for the tests that keep the registry whole. */
function deferredSchemas() {
    return registered.map((schema) => ({ schema, built: built.has(schema) }));
}


/***/ }),

/***/ 8585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ definitionOf),
/* harmony export */   U8: () => (/* binding */ agentChanged),
/* harmony export */   Vq: () => (/* binding */ RunHistorySchema),
/* harmony export */   dz: () => (/* binding */ pool),
/* harmony export */   iU: () => (/* binding */ rollForwardRun),
/* harmony export */   nD: () => (/* binding */ stabilityOf),
/* harmony export */   om: () => (/* binding */ historyOf),
/* harmony export */   uD: () => (/* binding */ sameDefinition),
/* harmony export */   x6: () => (/* binding */ definitionChanges)
/* harmony export */ });
/* unused harmony exports DEFAULT_HISTORY_LENGTH, DefinitionVersionSchema, DEFINITION_PARTS, IDENTITY_PARTS, HistoryEntrySchema, rollForward, DEFAULT_FLAKY_BOUNDS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var _deferred_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7346);
/**
 * The compact, rolled-forward history a results file carries per test key:
 * the last H runs on the base branch (default 10), each with its pass / fail
 * / error counts, where it came from, and the test's definition version. One
 * artifact is then enough to compare against many runs.
 *
 * Pure functions; the schema fields that hold it are described in
 * docs/statistics.md ("What the results file carries"). The schemas are deferred (deferred.ts), built at their
 * first parse, for the reason given in results.ts.
 */


const DEFAULT_HISTORY_LENGTH = 10;
/**
 * The content versions of a test as one run recorded them. What makes two
 * runs of a test comparable is its identity (IDENTITY_PARTS): persona,
 * scenario, profile, tools and their mocks, criteria and judge settings.
 * The agent is what is under test, never part of the identity: its version is
 * recorded so the reports can say "the agent changed", and comparisons go on
 * across it (a pull request changes the agent; that is what the gate judges).
 */
const DefinitionVersionSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    persona: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    scenario: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    tools: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    criteria: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** The judge's settings (model). Absent in files written before it was recorded: then unknown, not changed. */
    judge: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** The agent or variant settings (model, prompt, endpoint) the test ran against: recorded, not compared. */
    agent: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
})
    .strict());
const DEFINITION_PARTS = ['persona', 'scenario', 'profile', 'tools', 'criteria', 'judge', 'agent'];
/** The parts that make a test what it is: a change in any of them makes it a changed test. */
const IDENTITY_PARTS = ['persona', 'scenario', 'profile', 'tools', 'criteria', 'judge'];
/** Parts older files may lack: absent on one side is unknown, not a change. */
const OPTIONAL_PARTS = new Set(['judge']);
const HistoryEntrySchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** When the run started (ISO 8601). */
    date: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    definition: DefinitionVersionSchema,
    /**
     * Outcomes of the planned trials only: their number was fixed in advance, so pooling them keeps the test exact.
     */
    passes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    failures: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    errors: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    /** Planned trials whose simulator misbehaved: they say nothing about the agent. Absent in older files. */
    invalid: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
    /**
     * Why this entry is kept out of pooling (absent: pooled). `infrastructure`: errors or invalid trials drowned
     * the run (more than INFRASTRUCTURE_SHARE of its trials): its counts say more about the endpoint than the agent.
     */
    excluded: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['infrastructure']).optional(),
    /**
     * Confirmation trials, kept apart and never pooled: a run got them because its
     * first trials looked bad, so their number depends on the outcomes.
     */
    extra: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ passes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), failures: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() })
        .strict()
        .optional(),
})
    .strict());
/** Per test key (`testId@variant`), oldest entry first. */
const RunHistorySchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(HistoryEntrySchema)));
/** The parts of the test's identity that differ (empty when comparable). The agent is not one of them. */
function definitionChanges(before, after) {
    return IDENTITY_PARTS.filter((part) => {
        const was = before[part];
        const now = after[part];
        if (OPTIONAL_PARTS.has(part) && (was === undefined || now === undefined))
            return false;
        return was !== now;
    });
}
/** The agent the test ran against differs (both sides recorded it). */
function agentChanged(before, after) {
    return before.agent !== undefined && after.agent !== undefined && before.agent !== after.agent;
}
function sameDefinition(a, b) {
    return definitionChanges(a, b).length === 0;
}
function validLength(length) {
    if (!Number.isInteger(length) || length < 1)
        throw new RangeError(`history length must be a positive whole number, got ${length}`);
    return length;
}
/**
 * One key's history after a base-branch run: the run appended (replacing an
 * entry with the same run id, so a re-run or a resumed run is not counted
 * twice), then only the last `length` entries kept. Entries of other
 * definition versions stay (the reports show the trend across a change);
 * pool() leaves them out.
 */
function rollForward(entries, current, length = DEFAULT_HISTORY_LENGTH) {
    const kept = entries.filter((entry) => entry.runId !== current.runId);
    return [...kept, current].slice(-validLength(length));
}
/**
 * The whole file's history after a base-branch run. Keys the run did not
 * produce (filtered, sharded, or removed tests) keep their history unchanged,
 * so a partial run does not erase what is known.
 */
/**
 * The history of one key, if the file has one: an own entry only, so a test keyed `constructor` or
 * `toString` never gets Object's.
 */
function historyOf(history, key) {
    return history !== undefined && Object.hasOwn(history, key) ? history[key] : undefined;
}
function rollForwardRun(history, current, length = DEFAULT_HISTORY_LENGTH) {
    const next = Object.create(null);
    for (const [key, entries] of Object.entries(history))
        next[key] = [...entries].slice(-validLength(length));
    for (const [key, entry] of Object.entries(current))
        next[key] = rollForward(historyOf(history, key) ?? [], entry, length);
    return next;
}
/**
 * Sum the planned-trial counts of the entries with this definition version (a
 * changed test is not compared with its old self). Confirmation trials stay out.
 */
function pool(entries, definition) {
    let passes = 0;
    let failures = 0;
    let errors = 0;
    let runs = 0;
    for (const entry of entries) {
        if (!sameDefinition(entry.definition, definition))
            continue;
        passes += entry.passes;
        failures += entry.failures;
        errors += entry.errors;
        runs += 1;
    }
    return { passes, trials: passes + failures, errors, runs, excludedRuns: entries.length - runs };
}
/**
 * Flaky = fails and passes in its own history: over ≥ 10 trials, a pooled
 * pass rate strictly between 5% and 95%. 48/50 is stable, 45/50 flaky.
 */
const DEFAULT_FLAKY_BOUNDS = { low: 0.05, high: 0.95, minTrials: 10 };
function stabilityOf(pooled, bounds = DEFAULT_FLAKY_BOUNDS) {
    if (pooled.trials < bounds.minTrials)
        return 'too-little-history';
    const rate = pooled.passes / pooled.trials;
    if (rate >= bounds.high)
        return 'stable-pass';
    if (rate <= bounds.low)
        return 'stable-fail';
    return 'flaky';
}
function isPlanned(source) {
    return 'versions' in source || 'persona' in source || 'scenario' in source;
}
function definitionFrom(parts) {
    const definition = {};
    for (const part of DEFINITION_PARTS) {
        const version = parts[part];
        if (version !== undefined)
            definition[part] = version;
    }
    return definition;
}
/**
 * The definition version of a test, from a results file's test summary or from a
 * planned trial: the same parts either way, so the runner (before the first
 * trial) and compare (after the run) pool the same history entries.
 */
function definitionOf(source) {
    if (isPlanned(source)) {
        return definitionFrom({
            persona: source.persona?.version,
            scenario: source.scenario?.version,
            profile: source.versions?.profile,
            tools: source.versions?.tools,
            criteria: source.versions?.criteria,
            judge: source.versions?.judge,
            agent: source.versions?.agent,
        });
    }
    return definitionFrom({
        persona: source.personaVersion,
        scenario: source.scenarioVersion,
        profile: source.profileVersion,
        tools: source.toolsVersion,
        criteria: source.criteriaVersion,
        judge: source.judgeVersion,
        agent: source.agentVersion,
    });
}


/***/ }),

/***/ 3111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ ResultsSchema),
/* harmony export */   S_: () => (/* binding */ typeAndCheckpoint),
/* harmony export */   X9: () => (/* binding */ TrialResultSchema),
/* harmony export */   Zd: () => (/* binding */ comparedVariantsOf),
/* harmony export */   am: () => (/* binding */ checkpointText),
/* harmony export */   d$: () => (/* binding */ RunStatusSchema),
/* harmony export */   f2: () => (/* binding */ UsageSchema),
/* harmony export */   fE: () => (/* binding */ FailOnSchema),
/* harmony export */   gk: () => (/* binding */ baselineVariantOf),
/* harmony export */   mK: () => (/* binding */ TranscriptSchema),
/* harmony export */   nZ: () => (/* binding */ TraceEventSchema),
/* harmony export */   q3: () => (/* binding */ RESULTS_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports StateChangeSchema, EndReasonSchema, CheckpointAtSchema, MetricResultSchema, TrialStatusSchema, FailureCategorySchema, ConfirmationSchema, FailureDigestSchema, TestSummarySchema, TotalsSchema, MissingSchema, SkippedTestSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4377);
/* harmony import */ var _deferred_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7346);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8585);
/**
 * The results file: the contract between a run and everything that reads it
 * (compare, reports, the next run, other tools). One JSON document per run.
 *
 * Changing a field's meaning or removing one bumps RESULTS_SCHEMA_VERSION,
 * and `readResults` keeps reading the older versions.
 *
 * Every object schema here is deferred (`z.lazy`, deferred.ts): built when something first parses with it, not when
 * the module loads. A run loads this module before its first LLM call and validates its first trial only once that
 * trial is over, so the ~15 ms zod spends building these schemas overlaps the calls in flight instead of delaying
 * them (issue 21).
 */



/**
 * 2: skipped test × variant entries carry the test and what was missing
 * (`skipped[].missing`), test summaries carry profile/tools/criteria/agent
 * versions, expected-outcome metrics carry the judge's per-part verdicts.
 * 3: test summaries with failing trials carry their failure digest
 * (`tests[].failure`), so reports need no transcript to explain a failure.
 * 4: the agent left the test's identity: test summaries carry the judge's version (`judgeVersion`), variants the
 * version of each agent setting (`variants[].settings`) so reports name what changed, history entries carry
 * invalid counts and why they were kept out of pooling (`excluded`), and a run against the base revision records
 * it (`baseSide`). Nothing was removed: older files read as they are.
 * 5: a run may hold any number of variants: a variant id is the suite's own id (no longer one of baseline,
 * candidate, default), and the variant every other is compared with says `baseline: true` when it is not named
 * `baseline`; transcripts may open with recorded turns (a scenario's `start_from`): their user and agent messages
 * and tool calls carry `recorded: true`, and are not the agent's work in this run. Older files read as they are.
 */
const RESULTS_SCHEMA_VERSION = 5;
/**
 * Set on the events of a scenario's recorded turns (`start_from`): said before the simulation took over, replayed to
 * the agent and the simulated user as the conversation so far, never said or run in this trial.
 */
const Recorded = zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(true).optional();
/** What fails the job besides the pass rate: the suite's `gate.fail_on` and the recorded gate share it. */
const FailOnSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['regression', 'critical', 'any-failure', 'never']);
const Priority = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['critical', 'high', 'normal', 'low']);
/** `default` (a run without variants), `baseline`, `candidate`, or any id a suite gives its variants. */
const Variant = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1);
const UsageSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    inputTokens: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    outputTokens: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
}));
// ---------------------------------------------------------------- trace
/** Milliseconds since the trial started. */
const At = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative();
/** One change to a trial's state: `before` absent means added, `after` absent means removed. */
const StateChangeSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    before: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().optional(),
    after: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().optional(),
}));
const TraceEventSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('type', [
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('user_message'),
        at: At,
        content: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** Scripted scenarios: the condition that produced this message. */
        conditionId: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().optional(),
        /** true when phrased by the simulator LLM, false when sent verbatim. */
        generated: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        recorded: Recorded,
    }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('agent_message'),
        at: At,
        content: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** Time from the user message to this reply, tool rounds included, waits between retries not (0 if recorded). */
        latencyMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
        /**
         * Requests of this turn sent again (an http agent's refused connection, 429 or 503; run.retries). Absent when
         * none, and in older files: an added optional field, no schemaVersion bump.
         */
        retries: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
        recorded: Recorded,
    }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('tool_call'),
        at: At,
        callId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        arguments: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J(),
        result: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().optional(),
        error: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
        strategy: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['mock', 'passthrough', 'agent', 'state', 'module'])
            .describe('`agent`: reported by an http/command agent that ran the tool itself; `state`, `module`: a tool over the ' +
            "trial's state."),
        recorded: Recorded,
    }),
    /** The trial's state: `initial` when the conversation starts, `final` when it ends (absent without state). */
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('state'),
        at: At,
        phase: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['initial', 'final']),
        /** Content hash of the state at this point. */
        version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** The whole state, when it is small enough to record (see STATE_RECORD_LIMIT in the engine). */
        state: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().optional(),
        /** final: what changed since the initial state (always recorded). */
        changes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(StateChangeSchema).optional(),
    }),
    /** A tool call's committed writes to the state. */
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('state_write'),
        at: At,
        callId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        tool: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        changes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(StateChangeSchema),
    }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('llm_call'),
        at: At,
        role: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['simulator', 'agent', 'judge']),
        model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        usage: UsageSchema,
        durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
        attempts: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().default(1),
    }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('simulator_flag'),
        at: At,
        reason: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['role_swap', 'instruction_leak', 'empty_message']),
        detail: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('error'),
        at: At,
        source: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['agent', 'simulator', 'tool', 'judge', 'runner']),
        category: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['infrastructure', 'timeout', 'tool_error', 'budget', 'cancelled']),
        message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    }),
]));
const EndReasonSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n([
    'stop_signal',
    'endcall',
    'max_turns',
    'no_matching_condition',
    'single_turn',
    'error',
    'timeout',
    'cancelled',
    'budget',
]);
// ---------------------------------------------------------------- trials
/** expected_outcome: the judge's verdict on one part of the outcome, with its evidence. */
const JudgedPartSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ part: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), met: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), evidence: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }));
/** Where a checkpoint criterion was evaluated (MetricResult.at). */
const CheckpointAtSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    turn: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
    step: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    /** Agent replies in the transcript the criterion saw; absent when the point was never reached. */
    evaluatedAtTurn: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
}));
/** "at turn 2", "at step 3 (turn 2)", "at turn 4, not reached": shown next to the criterion in every output. */
function checkpointText(at) {
    const point = at.turn !== undefined ? `at turn ${at.turn}` : `at step ${at.step ?? '?'}`;
    if (at.evaluatedAtTurn === undefined)
        return `${point}, not reached`;
    return at.turn !== undefined ? point : `${point} (turn ${at.evaluatedAtTurn})`;
}
/** A criterion's type with its checkpoint, as shown in brackets after its id: "code, at turn 2". */
function typeAndCheckpoint(criterion) {
    return criterion.at ? `${criterion.type}, ${checkpointText(criterion.at)}` : criterion.type;
}
const MetricResultSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** Attached by default rather than written by the user. */
    baseline: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false),
    passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    /** 0-1; null when the metric could not be computed (see error). */
    score: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1).nullable(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
    reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** Set when the metric itself failed to evaluate (e.g. unparseable judge verdict). */
    error: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** expected_outcome: the judge's verdict on each part of the outcome, with its evidence. Absent in older files. */
    parts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(JudgedPartSchema).optional(),
    /**
     * Checkpoint criteria (`at:` in the suite): the point asked for and the agent reply count at which the
     * criterion was evaluated (`evaluatedAtTurn`; absent when the conversation never reached it). Absent for
     * criteria evaluated at the end, and in older files: an added optional field, no schemaVersion bump.
     */
    at: CheckpointAtSchema.optional(),
}));
const TrialStatusSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'fail', 'error', 'invalid', 'skipped']);
const FailureCategorySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n([
    'judge', // a criterion said no
    'tool_error',
    'infrastructure',
    'timeout',
    'budget',
    'invalid_simulator',
    'cancelled',
]);
/** A trial's events in order (read apart from the rest of the trial when a file's transcripts are cut out). */
const TranscriptSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(TraceEventSchema));
const TrialResultSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    testId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    variant: Variant,
    index: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    status: TrialStatusSchema,
    failureCategory: FailureCategorySchema.optional(),
    /** One line: why it failed / errored / is invalid. */
    reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    personaVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    scenarioVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    endReason: EndReasonSchema,
    turns: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    transcript: TranscriptSchema,
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(MetricResultSchema),
    usage: UsageSchema,
    /** Per agent turn, ms. */
    latency: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        p50: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().nullable(),
        p95: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().nullable(),
        max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().nullable(),
    }),
    /** Conversation attempts (a misbehaving simulator is retried once). */
    attempts: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().default(1),
    /**
     * `confirmation`: an extra trial the run added because the planned ones left the verdict in doubt (a suspected
     * drop, a rate within noise of its threshold, a single-trial flip). Absent: a planned trial.
     */
    phase: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['planned', 'confirmation']).optional(),
}));
// ---------------------------------------------------------------- tests and totals
/** Extra trials a test got (or planned trials it was spared) and why; the evidence is shown in every report. */
const ConfirmationSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    /**
     * Why the run did not stop at the plan: a suspected drop, a rate within noise of the threshold, a single-trial
     * flip.
     */
    reasons: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['drop', 'threshold', 'flip'])),
    /** Confirmation trials run beyond the planned ones. */
    extraTrials: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    /** What the confirmation trials that finished cost (absent in older files: read from the trials). */
    extraUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
    /** Planned trials not run because the verdict was already settled (early stopping). */
    savedTrials: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    /** What the extra trials showed about a suspected drop. */
    drop: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['confirmed', 'not-confirmed']).optional(),
    /** One line of evidence, e.g. "48/50 over the last 10 runs → 1/5 now, 2/15 after confirmation". */
    evidence: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
}));
/** Why a test failed, across its trials: what every report shows of it, without the transcripts. */
const FailureDigestSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    /** The criteria that said no in any failing trial, in the order first seen. */
    criteria: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        type: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** Trials in which this criterion failed, out of `trials` (every finished trial of the test). */
        failedIn: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        trials: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        /** From the first failing trial, like the reason and parts. */
        score: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1).nullable(),
        threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
        /** The judge's reason (or the metric's error), without the parts it already lists. */
        reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        parts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(JudgedPartSchema).optional(),
        /** Checkpoint criteria: where the first failing trial evaluated it. */
        at: CheckpointAtSchema.optional(),
    })),
    /** Trial-level reasons that are not a criterion (errors, timeouts, an invalid simulator), each once. */
    trialReasons: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    /** The first failing trial (lowest index) and the lines of its transcript around the failure, as plain text. */
    exemplar: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ index: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), excerpt: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()) }).optional(),
}));
const TestSummarySchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    testId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    variant: Variant,
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['conversation', 'dataset']),
    tags: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    priority: Priority,
    personaId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    personaVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    scenarioId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    scenarioVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    // Content versions of the rest of the test's definition (absent in older files: unknown, not changed).
    /** The profile's data the test runs with. */
    profileVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** The tools offered to the agent, mocks included. */
    toolsVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** The criteria after named metrics and baseline metrics are resolved. */
    criteriaVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** The judge's settings (its model): part of the test's identity. */
    judgeVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** The agent's settings after the variant's overrides: recorded, never part of the test's identity. */
    agentVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), line: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(), column: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int() }),
    /** Planned run count. */
    runs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
    minPassRate: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
    // Aggregates over the finished trials: the pass rate counts errored trials as not passing; invalid trials are left
    // out.
    trials: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    passes: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    failures: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    errors: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    invalid: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    passRate: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1).nullable(),
    /**
     * τ-bench pass^k: C(passes, k) / C(n, k) over the n trials that passed, failed or errored; null when there are
     * none.
     */
    passHatK: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1).nullable(),
    /**
     * The k of passHatK: the suite's `run.pass_hat_k` (default 3), at most n. Absent in older files, where k was the
     * run count.
     */
    passK: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
    wilson95: zod__WEBPACK_IMPORTED_MODULE_2__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]).nullable(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'fail', 'error', 'invalid', 'not_run']),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    latencyP50: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    latencyP95: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    failureCategories: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int()),
    /**
     * Outcomes of the finished trials in trial-index order, one letter each: p(ass), f(ail), e(rror), i(nvalid).
     * Enough to recount any prefix (the statistics test the first n trials) without reading the transcripts.
     */
    outcomes: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[pfei]*$/)
        .optional(),
    /** The suite declares the test deterministic: a flip is a regression without confirmation trials. */
    deterministic: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    /** How the run settled this test's verdict beyond its planned trials (absent: it ran exactly its plan). */
    confirmation: ConfirmationSchema.optional(),
    /** Set when a trial failed, errored or was invalid. Absent in older files: reports read the trials instead. */
    failure: FailureDigestSchema.optional(),
}));
const TotalsSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    tests: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    failed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    errored: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    invalid: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    notRun: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    trials: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    /** Share of tests with a verdict of pass, fail or error that pass (invalid and not-run tests are left out). */
    passRate: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1).nullable(),
    usage: UsageSchema,
    durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    latencyP50: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    latencyP95: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    failureCategories: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int()),
}));
// ---------------------------------------------------------------- skipped tests
/**
 * What a skipped test lacked: an endpoint to configure, the environment variable (CI secret) holding its key or
 * URL, or a key the endpoint rejected when `rehearse run` checked it before the first trial.
 */
const MissingSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    /**
     * `simulator`: the simulated user's LLM (behavioral scenarios, phrased or LLM-matched scripted ones). `judge`: the
     * LLM of LLM-judged criteria. `agent`: the agent under test (its key, or a variable its URL or headers use).
     */
    role: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['simulator', 'judge', 'agent']),
    /** `rejected`: the setting is there, but the endpoint answered 401/403. Absent (older files): missing. */
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['missing', 'rejected']).optional(),
    /** Set when the endpoint is configured but its API key variable is not set (or, `rejected`, the key it refused). */
    envVar: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** true when no endpoint is configured at all. */
    endpoint: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    /** The agent, for role `agent`. */
    agentId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** Where: the base URL that rejected the key, or the agent's URL as written (`${AGENT_URL}`). */
    url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** What needs it, e.g. "behavioral scenario 'angry-refund'". */
    need: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** The scenario that needs it. */
    scenarioId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /**
     * What else the test lacks, found after `role` (a test without the simulator may lack the judge too): so that
     * the advice on running it names every setting needed, not only the first. Absent: nothing else, or not looked.
     */
    also: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        role: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['simulator', 'judge', 'agent']),
        status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['missing', 'rejected']).optional(),
        envVar: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        endpoint: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    }))
        .optional(),
}));
const SkippedTestSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    // The test's identity, so reports can list and annotate it (absent in older files).
    testId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    variant: Variant.optional(),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    priority: Priority.optional(),
    tags: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), line: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(), column: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int() }).optional(),
    /** Planned run count that did not run. */
    runs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
    /** Absent in older files, whose skips the gate does not judge. */
    missing: MissingSchema.optional(),
}));
// ---------------------------------------------------------------- the run
const RunStatusSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['running', 'completed', 'failed', 'stopped']);
const ResultsSchema = (0,_deferred_js__WEBPACK_IMPORTED_MODULE_0__/* .deferred */ .yX)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(RESULTS_SCHEMA_VERSION),
    /** Execution code, e.g. "RH-20261121-1a2b3c". */
    runId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['ci', 'cli']),
    suite: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), config: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }),
    git: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(), ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(), repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional() }),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$(),
    finishedAt: zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$().optional(),
    status: RunStatusSchema,
    stopReason: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['budget', 'cancelled', 'fail_fast']).optional(),
    variants: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        id: Variant,
        /** The variant every other is compared with, when it is not the one named `baseline`. */
        baseline: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(true).optional(),
        description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        agent: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        /**
         * A short content version of each of the agent's settings (model, system_prompt, base_url, command,
         * timeout_ms, …), so a report can say which of them changed since the reference run. Absent in older files.
         */
        settings: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
    })),
    /**
     * The run compared the current tests against the base revision's agent, run side by side in this job
     * (`rehearse run --base`): the baseline variant is the base revision, the candidate this one.
     */
    baseSide: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(), reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional() }).optional(),
    shard: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ index: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(), total: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive() }).optional(),
    /**
     * A merge of some shards only (status `stopped`): the plan's shard count and the shard indexes that were not given.
     */
    missingShards: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ total: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(), indexes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive()).min(1) })
        .optional(),
    /** Planned test × variant runs that could not run (they are not in `tests`). */
    skipped: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(SkippedTestSchema).default([]),
    tests: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(TestSummarySchema),
    trials: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(TrialResultSchema),
    /**
     * Trials that started and did not finish (the budget refused one of their calls, or the run was cancelled), and
     * finished trials a resume dropped to run them again (`--rerun-changed`, `--rerun-errored`): they are not in
     * `trials`, but what their calls cost was billed, so it is here and in `totals.usage`. Absent when none.
     */
    unfinished: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ trials: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), usage: UsageSchema }).optional(),
    totals: TotalsSchema,
    /** Totals per variant, when more than one ran. */
    variantTotals: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), TotalsSchema).default({}),
    /**
     * The gate the run was judged with (the suite's, after the action's input overrides), so `rehearse
     * report`/`compare` judge it the same way. Absent in older files.
     */
    gate: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        minPassRate: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
        failOn: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(FailOnSchema),
        alpha: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().gt(0).lt(1),
        /** The suite's `gate.allow_skipped`: tests that could not run (no key or endpoint) do not fail the gate. */
        allowSkipped: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
        /** Comparisons that could fail the gate (tests × references): each is tested at alpha / comparisons. */
        comparisons: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
        /** The per-comparison level alpha / comparisons, for display. */
        comparisonAlpha: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().gt(0).lt(1).optional(),
        /** The gate's decision when the run was evaluated (`rehearse runs` lists it). Absent in older files. */
        passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
        /** Its one-line summary, e.g. "❌ 1 regression". */
        summary: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    })
        .optional(),
    /**
     * Per test key, the last runs on the base branch (oldest first) with their planned-trial counts and definition
     * versions, rolled forward by every base-branch run: one artifact is enough to compare with many runs.
     */
    history: _history_js__WEBPACK_IMPORTED_MODULE_1__/* .RunHistorySchema */ .Vq.optional(),
    /** The plan options the run was given, so `rehearse rerun` runs the same plan. Absent in older files. */
    plan: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        variants: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(Variant).optional(),
        tags: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
        tests: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
        sets: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
        /** The `--runs` override of every run count. */
        runs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
        /** `i/n`, as given. */
        shard: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        concurrency: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
        budgetUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
        failFast: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    })
        .optional(),
    /**
     * What the circuit breaker stopped because its trials kept erroring (an agent: every test of it; the simulator or
     * the judge endpoint: every test that calls it; else one test): the remaining trials of those tests were not
     * started (they count as not run), and the gate fails with an "infrastructure" reason naming the error. Absent:
     * nothing was stopped (or an older file).
     */
    infrastructure: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /**
         * Whose failures tripped it: an agent (`agent` names it), the simulator or the judge (`model` names the
         * endpoint); absent when one test key did, and in older files, where an `agent` means an agent's trip. An
         * added optional field, no schemaVersion bump.
         */
        role: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['agent', 'simulator', 'judge']).optional(),
        /** The agent that tripped; absent when one test key, the simulator or the judge did. */
        agent: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        /** role simulator or judge: the endpoint's model (its URL and key are never recorded). */
        model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        /** The test keys whose remaining trials were not started. */
        testKeys: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        /** Errored trials in a row that tripped it. */
        erroredTrials: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        /** Trials not started because of it (planned and confirmation trials alike). */
        notRun: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** The most common error of those trials, redacted and clipped to one line. */
        message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    }))
        .optional(),
    /**
     * false when the run was kept out of the history the next runs compare with (a local run that is not on the
     * default branch with a clean tree, `--no-record-history`, a run the circuit breaker stopped). Absent (older
     * files): it joined.
     */
    joinedHistory: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    /** Set by `rehearse rejudge`: the run whose transcripts were judged again. */
    rejudgedFrom: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** Set when the run recorded or replayed a cassette: which, how, and what was replayed (its cost was not spent). */
    cassette: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        mode: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['record', 'replay', 'replay-or-record']),
        roles: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['simulator', 'agent', 'judge', 'tool'])),
        replayed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        recorded: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        replayedCostUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    })
        .optional(),
    /**
     * Confirmation trials and early stopping over the whole run, and the settings used (absent: the run ran
     * exactly its plan, e.g. `--no-confirm` or an older file).
     */
    confirmation: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** Extra trials a suspected drop against history or the previous run could get. */
        maxExtra: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Extra trials on each side when the reference is the baseline variant of this run. */
        maxExtraPaired: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        extraTrials: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Planned trials not run because the test's verdict was already settled. */
        savedTrials: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Their estimated cost: per test, its saved trials at the mean cost of its trials. */
        savedUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    })
        .optional(),
}));
/**
 * The variant every other variant of a run is compared with: the one recorded `baseline: true`, else the one named
 * `baseline` (every file before schema 5). undefined when the run has no such variant.
 */
function baselineVariantOf(results) {
    const flagged = results.variants.find((variant) => variant.baseline === true);
    if (flagged)
        return flagged.id;
    const named = [...results.variants.map((v) => v.id), ...results.tests.map((t) => t.variant)].includes('baseline');
    return named ? 'baseline' : undefined;
}
/** The variants of a run compared with its baseline, in the order the run lists them; empty without a baseline. */
function comparedVariantsOf(results) {
    const baseline = baselineVariantOf(results);
    if (baseline === undefined)
        return [];
    const ids = [...results.variants.map((variant) => variant.id), ...results.tests.map((test) => test.variant)];
    return [...new Set(ids)].filter((id) => id !== baseline && id !== 'default');
}


/***/ }),

/***/ 6542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ MAX_STATUS),
/* harmony export */   B9: () => (/* binding */ MAX_MIN_TIMES),
/* harmony export */   Kd: () => (/* binding */ MAX_USD),
/* harmony export */   Lp: () => (/* binding */ MAX_CONDITION_ID),
/* harmony export */   OV: () => (/* binding */ MAX_TURNS),
/* harmony export */   XI: () => (/* binding */ MAX_TRIALS),
/* harmony export */   X_: () => (/* binding */ MAX_TURNS_METRIC),
/* harmony export */   _k: () => (/* binding */ MAX_RUNS),
/* harmony export */   dv: () => (/* binding */ MAX_PRICE_PER_MILLION_TOKENS),
/* harmony export */   fx: () => (/* binding */ MAX_CONCURRENCY),
/* harmony export */   hy: () => (/* binding */ MAX_SUITE_FILE_BYTES),
/* harmony export */   i8: () => (/* binding */ DEFAULT_SCORER_TIMEOUT_MS),
/* harmony export */   kd: () => (/* binding */ MAX_RETRIES),
/* harmony export */   mn: () => (/* binding */ MAX_TIMEOUT_MS),
/* harmony export */   vG: () => (/* binding */ MAX_SUITE_TOTAL_BYTES),
/* harmony export */   wT: () => (/* binding */ MAX_TOOL_ROUNDS)
/* harmony export */ });
/**
 * Upper bounds on every count a user writes. Without them a typo such as
 * `runs: 1000000000` loads as valid and the planner tries to build a billion
 * trials (validate, the CLI and the action hang). The bounds are generous for
 * real use; the message names the limit.
 */
/** Trials of one test (per variant): pass^k and Fisher's test need tens, never thousands. */
const MAX_RUNS = 1000;
/** Simulated-user turns in one conversation. */
const MAX_TURNS = 200;
/**
 * The `turns` metric's `max`: one past MAX_TURNS never fails, but suites wrote such bounds (1000 for "no limit")
 * before number fields had ranges, and they still load.
 */
const MAX_TURNS_METRIC = 1_000_000;
/** Tool-call rounds of an agent within one turn (real τ-bench turns reach 26). */
const MAX_TOOL_ROUNDS = 100;
/** Retries of one LLM or HTTP call. */
const MAX_RETRIES = 20;
/** Calls in flight at once. */
const MAX_CONCURRENCY = 256;
/** `min_times` of a tool_called criterion. */
const MAX_MIN_TIMES = 1000;
/** Trials in one run (all tests × runs × variants), checked before any trial is built. */
const MAX_TRIALS = 100_000;
/** A timeout of a day is a mistake, not a setting (and beyond 2^31 ms Node fires timers at once). */
const MAX_TIMEOUT_MS = 24 * 60 * 60 * 1000;
/** Money a budget or a cost criterion names: a million dollars is a typo for a test run. */
const MAX_USD = 1_000_000;
/** A model's price in USD per million tokens (the dearest list prices are hundreds). */
const MAX_PRICE_PER_MILLION_TOKENS = 100_000;
/** Ids of a scripted scenario's conditions (and the steps that name them). */
const MAX_CONDITION_ID = 1_000_000;
/** The status code a mock tool's failure reports (HTTP's are three digits). */
const MAX_STATUS = 999;
/** Time limit of one code scorer evaluation when the criterion sets none. */
const DEFAULT_SCORER_TIMEOUT_MS = 10_000;
/**
 * Size of one suite file, and of all of a suite's files together. Real suites are kilobytes; a file of tens of MB
 * (generated, or a mistake) would take the YAML parser gigabytes of memory and minutes before it could say anything.
 */
const MAX_SUITE_FILE_BYTES = 10 * 1024 * 1024;
const MAX_SUITE_TOTAL_BYTES = 50 * 1024 * 1024;


/***/ }),

/***/ 3818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hi: () => (/* binding */ NUMBER_EXPECTATION),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   zD: () => (/* binding */ decimalNumber)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1976);
/**
 * Every number a suite writes, with its range in words. YAML reads `1e400` and
 * `.inf` as Infinity and `.nan` as NaN; zod refuses those as "not a number",
 * which came out as "expected a number, got a number", and a fraction in a
 * count as "expected an int". A number field built here answers every way of
 * missing it (a fraction, Infinity, NaN, a string, out of range) with the one
 * expectation: "runs: expected a whole number from 1 to 1,000, got 1e400".
 * Every field has an upper bound: a huge value is a typo, and past 2^53 or
 * Infinity the arithmetic downstream (costs, timers, counts) goes wrong.
 */


/** What zod-issues.ts recognizes as a range written here, to say `expected <range>` instead of zod's words. */
const NUMBER_EXPECTATION = /^a (whole )?number /;
/** Grouped by hand (formatCount): the bounds are built as the CLI starts; toLocaleString's first call costs ~13 ms. */
const shown = (value) => (Number.isInteger(value) ? (0,_util_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(value) : String(value));
/** A whole number from `min` to `max`; `unit` (e.g. "ms") follows the range. */
function wholeNumber(min, max, unit) {
    const error = `a whole number from ${shown(min)} to ${shown(max)}${unit ? ` (${unit})` : ''}`;
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig({ error }).int({ error }).min(min, { error }).max(max, { error });
}
/** A number from `min` to `max`, fractions allowed; an excluded end is said so ("above 0", "below 1"). */
function decimalNumber(min, max, { minExcluded = false, maxExcluded = false, unit, } = {}) {
    const range = !minExcluded && !maxExcluded
        ? `from ${shown(min)} to ${shown(max)}`
        : `${minExcluded ? 'above' : 'from'} ${shown(min)}${maxExcluded ? ' and below' : ', at most'} ${shown(max)}`;
    const error = `a number ${range}${unit ? ` (${unit})` : ''}`;
    const low = minExcluded ? zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig({ error }).gt(min, { error }) : zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig({ error }).min(min, { error });
    return maxExcluded ? low.lt(max, { error }) : low.max(max, { error });
}


/***/ }),

/***/ 729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TH: () => (/* binding */ AgentSchema),
  e8: () => (/* binding */ DatasetSchema),
  ZM: () => (/* binding */ GateSchema),
  N$: () => (/* binding */ IdSchema),
  My: () => (/* binding */ MetricSchema),
  h: () => (/* binding */ NamedMetricSchema),
  cx: () => (/* binding */ PersonaSchema),
  DT: () => (/* binding */ ProfileSchema),
  z1: () => (/* binding */ ROOT_ONLY_KEYS),
  Qr: () => (/* binding */ RunSettingsSchema),
  x6: () => (/* binding */ ScenarioSchema),
  Yx: () => (/* binding */ SetSchema),
  Qk: () => (/* binding */ SuiteFileSchema),
  KK: () => (/* binding */ TEXT_MODE_TAGS),
  c4: () => (/* binding */ TestSchema),
  WK: () => (/* binding */ ToolSchema),
  OF: () => (/* binding */ VARIANT_ID),
  H0: () => (/* binding */ VARIANT_ID_EXPECTED),
  Ur: () => (/* binding */ VOICE_ONLY_TAGS)
});

// UNUSED EXPORTS: BaseUrlSchema, CheckpointSchema, ConditionSchema, ConfirmationSettingsSchema, CriterionSchema, DEFAULT_MAX_TOOL_ROUNDS, DEFAULT_MOCK_TOOL_TIMEOUT_MS, DatasetItemSchema, ModelEndpointSchema, ModuleToolSchema, PersonaSimulatorSchema, PricingSchema, PrioritySchema, SimulatorSchema, StateRequireSchema, StateToolSchema, ToolFailureSchema, ToolMappingSchema, VariantSchema, VariantsSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/model/results.ts
var results = __webpack_require__(3111);
// EXTERNAL MODULE: ./src/util/env-template.ts
var env_template = __webpack_require__(5238);
// EXTERNAL MODULE: ./src/suite/limits.ts
var limits = __webpack_require__(6542);
// EXTERNAL MODULE: ./src/suite/numbers.ts
var numbers = __webpack_require__(3818);
;// CONCATENATED MODULE: ./src/suite/recorded-turns.ts
/**
 * Recorded turns a scenario starts from (`start_from`), written inline or
 * read from a transcript file (`start_from_file`): what was said, and the
 * tools the agent called on the way, before the simulation takes over.
 *
 * Two shapes, one key each, so a turn reads like the conversation it records:
 *   - user: "Hi, I want a refund for order 1042"
 *   - agent: "Order 1042 was delivered on 3 May."
 *     tool_calls: [{ name: lookup_order, arguments: { order_id: "1042" }, result: { status: delivered } }]
 * An agent turn's tool calls were made before its words (as `scenario
 * from-transcript` reads them); a turn of tool calls alone has `agent: ""`.
 */

const RECORDED_TURN_SHAPES = 'a recorded turn is { user: "…" } or { agent: "…", tool_calls: [{ name, arguments, result | error }] } ' +
    '(tool_calls optional; agent: "" only with tool_calls)';
const RecordedToolCallSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1).describe('The tool the agent called.'),
    arguments: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).default({}).describe('The arguments it called the tool with.'),
    result: schemas/* unknown */.L5J().optional().describe('What the tool answered.'),
    error: schemas/* string */.YjP().optional().describe('The error the tool answered instead.'),
})
    .strict();
const RecordedTurnSchema = schemas/* object */.Ikc({
    user: schemas/* string */.YjP().optional().describe("The user's words."),
    agent: schemas/* string */.YjP().optional().describe("The agent's words."),
    tool_calls: schemas/* array */.YOg(RecordedToolCallSchema)
        .optional()
        .describe('Tools the agent called in this turn, before its words (agent turns only); they are not run again.'),
})
    .strict()
    .superRefine((turn, ctx) => {
    const problem = shapeProblem(turn);
    if (problem)
        ctx.addIssue({ code: 'custom', message: `${problem}; ${RECORDED_TURN_SHAPES}` });
})
    .describe(RECORDED_TURN_SHAPES);
function shapeProblem(turn) {
    if (turn.user !== undefined && turn.agent !== undefined)
        return 'a turn has `user` or `agent`, not both';
    if (turn.user === undefined && turn.agent === undefined)
        return 'a turn needs `user` or `agent`';
    if (turn.user !== undefined && turn.tool_calls !== undefined)
        return 'only agent turns have `tool_calls`';
    if (turn.user !== undefined && turn.user.trim() === '')
        return 'a user turn needs words';
    if (turn.agent !== undefined && turn.agent.trim() === '' && !turn.tool_calls?.length)
        return 'an agent turn needs words or tool_calls';
    return undefined;
}
/** The speaker of a recorded turn. */
function recordedRole(turn) {
    return turn.user !== undefined ? 'user' : 'agent';
}
/** The words of a recorded turn (empty for an agent turn of tool calls only). */
function recordedText(turn) {
    return turn.user ?? turn.agent ?? '';
}

;// CONCATENATED MODULE: ./src/suite/schema.ts
/**
 * The suite format: zod schemas are the single source of truth.
 * Types are inferred from them, and `npm run schema` turns them into
 * `schema/rehearse.schema.json` for editor autocompletion.
 *
 * Every YAML file of a suite (the root config and the files it includes)
 * has the shape of `SuiteFileSchema`; settings such as `simulator` or `gate`
 * are only accepted in the root file (the loader enforces that).
 */

// `fail_on`'s values are shared with the gate recorded in the results, so they live in the model.





/** ids are referenced from other files, so keep them boring and greppable. */
const IdSchema = schemas/* string */.YjP()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'an id: letters, digits, "-", "_" or "." (starting with a letter or digit)')
    .describe('Identifier, unique within its kind across all files of the suite.');
/** A time limit in ms: every `*timeout_ms` setting shares the bound. */
const TimeoutMsSchema = (0,numbers/* wholeNumber */.rD)(1, limits/* MAX_TIMEOUT_MS */.mn, 'ms');
/** A latency bound in ms: a fraction is fine, beyond a day it is a typo like a timeout. */
const LatencyMsSchema = (0,numbers/* decimalNumber */.zD)(0, limits/* MAX_TIMEOUT_MS */.mn, { minExcluded: true, unit: 'ms' });
/** The id of a scripted scenario's condition, where a condition, a follow-up or a checkpoint names one. */
const ConditionIdSchema = (0,numbers/* wholeNumber */.rD)(0, limits/* MAX_CONDITION_ID */.Lp);
const PriceSchema = (0,numbers/* decimalNumber */.zD)(0, limits/* MAX_PRICE_PER_MILLION_TOKENS */.dv, { unit: 'USD per million tokens' });
const JsonObjectSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J());
// ---------------------------------------------------------------- models
/** `api_key_env` names a variable; a key pasted there by mistake is never echoed back (see zod-issues.ts). */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ENV_NAME_EXPECTED = 'the name of the environment variable holding the API key (letters, digits, _), not the key itself';
/** `localhost:8000` parses as a URL (scheme `localhost:`): only http(s) reaches a chat endpoint. */
const HttpUrlSchema = schemas/* url */.OZ5({ protocol: /^https?$/ });
/**
 * A URL, or one built from `${ENV}` references (`https://${LLM_HOST}/v1`,
 * `${AGENT_BASE_URL}`): filled in when the call goes live, so a replay does
 * not need the variable. With references only their syntax can be checked
 * here; the URL they make is checked when the call is made.
 */
const BaseUrlSchema = schemas/* string */.YjP()
    .superRefine((value, ctx) => {
    const problem = (0,env_template/* hasEnvReference */.$2)(value)
        ? (0,env_template/* brokenEnvReference */.Y7)(value)
        : HttpUrlSchema.safeParse(value).success
            ? undefined
            : `expected an http(s) URL (https://…) or \${VAR} references to environment variables, got '${value}'`;
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
})
    .describe('OpenAI-compatible base URL (vLLM, Ollama, LiteLLM, gateways). `${ENV}` is interpolated.');
/** An OpenAI-compatible endpoint used by the simulator, the judge or an agent. */
const ModelEndpointSchema = schemas/* object */.Ikc({
    model: schemas/* string */.YjP().min(1).describe('Model name sent to the endpoint.'),
    base_url: BaseUrlSchema.optional(),
    api_key_env: schemas/* string */.YjP()
        .regex(ENV_NAME, ENV_NAME_EXPECTED)
        .default('OPENAI_API_KEY')
        .describe('Name of the environment variable holding the API key (never the key itself).'),
    temperature: (0,numbers/* decimalNumber */.zD)(0, 2).optional(),
})
    .strict();
const SimulatorPromptShape = {
    system_prompt: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("Replaces the simulated user's default role prompt (who it is); the scenario's objective and instructions, " +
        'the profile and the guard rules are still added. `{{profile.x}}` and `{{persona.x}}` are filled in.'),
    system_prompt_file: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('Path (relative to the file that declares it) of the system prompt, instead of `system_prompt`.'),
};
/** The root `simulator:`: the model that plays the simulated user, and optionally its prompt (docs/suite-format.md). */
const SimulatorSchema = ModelEndpointSchema.extend(SimulatorPromptShape).strict();
/** A persona's own simulator settings: each one set replaces the root `simulator:`'s for this persona's tests. */
const PersonaSimulatorSchema = schemas/* object */.Ikc({
    model: schemas/* string */.YjP().min(1).optional(),
    base_url: BaseUrlSchema.optional(),
    api_key_env: schemas/* string */.YjP().regex(ENV_NAME, ENV_NAME_EXPECTED).optional(),
    temperature: (0,numbers/* decimalNumber */.zD)(0, 2).optional(),
    ...SimulatorPromptShape,
})
    .strict();
/** USD per million tokens, per model; overrides the built-in price table. */
const PricingSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ input: PriceSchema, output: PriceSchema }).strict());
// ---------------------------------------------------------------- agents
/**
 * Real agents make many tool calls in one turn (in 200 τ-bench conversations,
 * 4% of turns take more than 10 and one takes 26): the default leaves room for
 * them, and still stops an agent stuck in a loop of tool calls.
 */
const DEFAULT_MAX_TOOL_ROUNDS = 30;
const MaxToolRoundsSchema = (0,numbers/* wholeNumber */.rD)(1, limits/* MAX_TOOL_ROUNDS */.wT)
    .default(DEFAULT_MAX_TOOL_ROUNDS)
    .describe(`Rounds of tool calls the agent may make in one turn before it must reply (default ${DEFAULT_MAX_TOOL_ROUNDS}); ` +
    'one more is an agent error.');
const OpenAIAgentSchema = schemas/* object */.Ikc({
    id: IdSchema,
    type: schemas/* literal */.euz('openai'),
    model: schemas/* string */.YjP().min(1),
    base_url: BaseUrlSchema.optional(),
    api_key_env: schemas/* string */.YjP().regex(ENV_NAME, ENV_NAME_EXPECTED).default('OPENAI_API_KEY'),
    system_prompt: schemas/* string */.YjP().optional().describe('Inline system prompt.'),
    system_prompt_file: schemas/* string */.YjP()
        .optional()
        .describe('Path (relative to the file that declares the agent) of the system prompt.'),
    temperature: (0,numbers/* decimalNumber */.zD)(0, 2).optional(),
    tools: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('Names of tools (declared under `tools`) offered to the agent.'),
    profile_context: schemas/* boolean */.zMY().default(true).describe('Pass the test profile to the agent as context.'),
    max_tool_rounds: MaxToolRoundsSchema,
})
    .strict();
const HttpAgentSchema = schemas/* object */.Ikc({
    id: IdSchema,
    type: schemas/* literal */.euz('http'),
    url: schemas/* string */.YjP().min(1).describe('Endpoint that receives the conversation as JSON. `${ENV}` is interpolated.'),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}).describe('Request headers; `${ENV}` is interpolated.'),
    timeout_ms: TimeoutMsSchema.default(30_000),
    tools: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    profile_context: schemas/* boolean */.zMY().default(true),
    max_tool_rounds: MaxToolRoundsSchema,
})
    .strict();
const CommandAgentSchema = schemas/* object */.Ikc({
    id: IdSchema,
    type: schemas/* literal */.euz('command'),
    command: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).describe('argv of a process speaking JSON lines on stdin/stdout.'),
    cwd: schemas/* string */.YjP().optional().describe('Working directory, relative to the file that declares the agent.'),
    env: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
    timeout_ms: TimeoutMsSchema.default(30_000),
    tools: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    profile_context: schemas/* boolean */.zMY().default(true),
    max_tool_rounds: MaxToolRoundsSchema,
})
    .strict();
const AgentSchema = schemas/* discriminatedUnion */.gMt('type', [OpenAIAgentSchema, HttpAgentSchema, CommandAgentSchema]);
// ---------------------------------------------------------------- personas
const PersonaSchema = schemas/* object */.Ikc({
    id: IdSchema,
    name: schemas/* string */.YjP().optional(),
    role: schemas/* string */.YjP().min(1).describe('Who the simulated user is, e.g. "customer who ordered a laptop".'),
    background: schemas/* string */.YjP().default(''),
    language: schemas/* string */.YjP().default('en').describe('BCP-47 language code the simulated user speaks.'),
    traits: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('Behavioural traits, e.g. "impatient", "terse".'),
    simulator: PersonaSimulatorSchema.optional().describe("This persona's simulator model or prompt, overriding the root `simulator:` field by field."),
})
    .strict();
// ---------------------------------------------------------------- scenarios
/** Tags the text-mode engine understands inside a conditional action. */
const TEXT_MODE_TAGS = ['endcall', 'spell'];
/** Tags that only make sense on a voice call; rejected with a clear message. */
const VOICE_ONLY_TAGS = [
    'dtmf',
    'ivr',
    'voicemail',
    'interruption',
    'hold',
    'silence',
    'background_noise',
    'network_simulation',
    'speed',
    'volume',
];
const ConditionSchema = schemas/* object */.Ikc({
    id: ConditionIdSchema.describe('Unique within the scenario; FIRST_MESSAGE has id 0.'),
    condition: schemas/* union */.KCZ([schemas/* string */.YjP(), ConditionIdSchema])
        .describe('What the agent says that triggers this action; "FIRST_MESSAGE" for the opening turn; for ' +
        '`action_followup`, the id of the condition it follows.'),
    action: schemas/* string */.YjP()
        .describe('What the simulated user says (fixed_message: true) or does (fixed_message: false). Text-mode tags: ' +
        '<endcall/>, <spell>…</spell>.'),
    type: schemas/* enum */.k5n(['standard', 'action_followup']).default('standard'),
    fixed_message: schemas/* boolean */.zMY().describe('true: send `action` verbatim; false: the simulator phrases it.'),
    pattern: schemas/* string */.YjP()
        .optional()
        .describe('Regex (case-insensitive) matched against the agent message when the scenario uses `match: regex`.'),
    keywords: schemas/* array */.YOg(schemas/* string */.YjP())
        .optional()
        .describe('Any of these words in the agent message triggers the condition when the scenario uses `match: keywords`.'),
})
    .strict();
const ScenarioBaseShape = {
    id: IdSchema,
    name: schemas/* string */.YjP().optional(),
    description: schemas/* string */.YjP().optional(),
    expected_outcome: schemas/* string */.YjP()
        .optional()
        .describe('What the agent should achieve; judged by the expected_outcome metric.'),
    max_turns: (0,numbers/* wholeNumber */.rD)(1, limits/* MAX_TURNS */.OV)
        .default(12)
        .describe('Upper bound on simulated-user turns (counted after the recorded turns of `start_from`).'),
    tags: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    start_from: schemas/* array */.YOg(RecordedTurnSchema)
        .min(1)
        .optional()
        .describe('Recorded turns the conversation starts from, in order; the simulation goes on after them.'),
    start_from_file: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('Path (relative to this file) of a recorded transcript to start from, in any format `rehearse scenario ' +
        'from-transcript` reads.'),
};
const BehavioralScenarioSchema = schemas/* object */.Ikc({
    ...ScenarioBaseShape,
    type: schemas/* literal */.euz('behavioral'),
    objective: schemas/* string */.YjP().min(1),
    instructions: schemas/* string */.YjP().min(1).describe('First-person instructions for the simulated user.'),
    first_message: schemas/* string */.YjP().optional().describe('Opening user message; omit to let the agent speak first.'),
})
    .strict();
const ScriptedScenarioSchema = schemas/* object */.Ikc({
    ...ScenarioBaseShape,
    type: schemas/* literal */.euz('scripted'),
    match: schemas/* enum */.k5n(['llm', 'regex', 'keywords'])
        .default('llm')
        .describe('How conditions are matched: by the simulator LLM, or deterministically (no LLM at all).'),
    conditional_actions: schemas/* object */.Ikc({
        role: schemas/* string */.YjP().min(1).describe('One sentence: who the simulated user pretends to be.'),
        conditions: schemas/* array */.YOg(ConditionSchema).min(1),
    })
        .strict(),
})
    .strict();
const ScenarioSchema = schemas/* discriminatedUnion */.gMt('type', [BehavioralScenarioSchema, ScriptedScenarioSchema]);
// ---------------------------------------------------------------- state
/** The initial state of a trial (records the tools read and write), inline or from a file; copied fresh per trial. */
const StateFieldsShape = {
    state: JsonObjectSchema.optional().describe('Initial state (records the stateful tools read and write), copied fresh for every trial.'),
    state_file: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('Path (relative to this file) of a JSON or YAML file holding the initial state.'),
};
// ---------------------------------------------------------------- profiles
const ProfileSchema = schemas/* object */.Ikc({
    id: IdSchema,
    description: schemas/* string */.YjP().optional(),
    data: JsonObjectSchema.describe('Free key/values; referenced as {{profile.key}} or {{profile.a.b}}.'),
    ...StateFieldsShape,
})
    .strict();
// ---------------------------------------------------------------- tools
const ToolFailureSchema = schemas/* object */.Ikc({
    error: schemas/* string */.YjP().optional().describe('Error message returned to the agent.'),
    status: (0,numbers/* wholeNumber */.rD)(0, limits/* MAX_STATUS */.Ap).optional().describe('Status code reported with the error.'),
    timeout: schemas/* boolean */.zMY().optional().describe('Simulate a backend that never answers (the call times out).'),
    delay_ms: (0,numbers/* wholeNumber */.rD)(0, limits/* MAX_TIMEOUT_MS */.mn, 'ms').optional(),
})
    .strict();
const ToolMappingSchema = schemas/* object */.Ikc({
    when: JsonObjectSchema.default({}).describe('Arguments to match; {{profile.x}} allowed.'),
    match: schemas/* enum */.k5n(['exact', 'partial', 'pattern'])
        .default('partial')
        .describe('exact: the arguments equal `when`; partial: every key of `when` matches; pattern: every string in ' +
        '`when` is a regex (RE2, whole-value unless anchored otherwise) its argument must match.'),
    output: schemas/* unknown */.L5J().optional().describe('Returned to the agent when the mapping matches.'),
    fail: ToolFailureSchema.optional().describe('Injected failure instead of an output.'),
})
    .strict();
/** A condition a stateful tool checks before it writes; a failed one is the tool's error, as a backend says it. */
const StateRequireSchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP().min(1).describe("Path into the state; `{arg}` segments are the call's arguments."),
    exists: schemas/* boolean */.zMY().optional().describe('The path must exist (true) or must not (false).'),
    equals: schemas/* unknown */.L5J().optional().describe('The value at the path must equal this (`{arg}` templates allowed).'),
    one_of: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional().describe('The value at the path must be one of these.'),
    error: schemas/* string */.YjP().min(1).describe('The error the tool answers when the condition does not hold.'),
})
    .strict();
/**
 * A tool declared over the trial's state: a read (`read`, `find`), or a write
 * (`require`, then `set`, `append`, `remove`, then `returns`).
 */
const StateToolSchema = schemas/* object */.Ikc({
    read: schemas/* string */.YjP().min(1).optional().describe('Path to return, e.g. `orders[{order_id}]`.'),
    find: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('Path of a collection (object or list) to search for the first record matching `where`.'),
    where: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
        .optional()
        .describe('Field path (inside a record) → value (`{arg}` templates allowed) that `find` matches.'),
    ignore_case: schemas/* boolean */.zMY().default(false).describe('`find` compares strings ignoring case and accents.'),
    require: schemas/* array */.YOg(StateRequireSchema).default([]).describe('Checked in order before any write.'),
    set: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional().describe('Path → value to write.'),
    append: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional().describe('Path of a list → value to append.'),
    remove: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Paths to remove.'),
    returns: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('What the tool answers: a path (read after the writes), or `key` for the key `find` found.'),
    not_found: schemas/* string */.YjP().min(1).default('not found').describe('The error when `read` or `find` finds nothing.'),
})
    .strict();
const ModuleToolSchema = schemas/* object */.Ikc({
    file: schemas/* string */.YjP().min(1).describe('JS module (relative to this file) exporting the tool as a function.'),
    export: schemas/* string */.YjP().min(1).optional().describe("The export to call (default: the tool's name)."),
    timeout_ms: TimeoutMsSchema.optional().describe('Time limit of one call (default `run.mock_tool_timeout_ms`).'),
})
    .strict();
const ToolSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a tool name: 1-64 letters, digits, "_" or "-"'),
    description: schemas/* string */.YjP().default(''),
    parameters: JsonObjectSchema.default({ type: 'object', properties: {} }).describe('JSON Schema of the arguments.'),
    strategy: schemas/* enum */.k5n(['mock', 'passthrough', 'none', 'state', 'module'])
        .default('mock')
        .describe('mock: answers from mappings; state: reads and writes declared over the trial state; module: a function ' +
        'the suite names; passthrough: a real backend; none: implemented by the agent itself.'),
    state: StateToolSchema.optional().describe('strategy state: the reads and writes.'),
    module: ModuleToolSchema.optional().describe('strategy module: where the function is.'),
    mock: schemas/* object */.Ikc({
        mappings: schemas/* array */.YOg(ToolMappingSchema).default([]),
        default: schemas/* object */.Ikc({ output: schemas/* unknown */.L5J().optional(), fail: ToolFailureSchema.optional() }).strict().optional(),
    })
        .strict()
        .optional(),
    passthrough: schemas/* object */.Ikc({
        url: schemas/* string */.YjP().min(1),
        headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
        timeout_ms: TimeoutMsSchema.default(15_000),
    })
        .strict()
        .optional(),
})
    .strict();
// ---------------------------------------------------------------- metrics
/** Where in the conversation a criterion is evaluated instead of at its end (docs/scorers.md). */
const CheckpointSchema = schemas/* union */.KCZ([
    schemas/* object */.Ikc({
        turn: (0,numbers/* wholeNumber */.rD)(1, limits/* MAX_TURNS */.OV).describe("After the agent's n-th reply (1-based)."),
    })
        .strict(),
    schemas/* object */.Ikc({
        step: ConditionIdSchema.describe('Scripted scenarios: when the simulated user reaches the condition with this id (before it speaks).'),
    })
        .strict(),
]);
const MetricBaseShape = {
    id: IdSchema.optional().describe('Name shown in reports; defaults to the type.'),
    threshold: (0,numbers/* decimalNumber */.zD)(0, 1).optional().describe('Minimum score (0-1) to pass.'),
    at: CheckpointSchema.optional().describe('Evaluate at a point of the conversation (`{ turn: 2 }`, `{ step: 3 }`) on the transcript up to it; ' +
        'not reached: the criterion fails.'),
};
const stringOrList = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]);
const MetricSchema = schemas/* discriminatedUnion */.gMt('type', [
    schemas/* object */.Ikc({ ...MetricBaseShape, type: schemas/* literal */.euz('expected_outcome'), outcome: schemas/* string */.YjP().optional() }).strict(),
    schemas/* object */.Ikc({ ...MetricBaseShape, type: schemas/* literal */.euz('rubric'), rubric: schemas/* string */.YjP().min(1) }).strict(),
    schemas/* object */.Ikc({
        ...MetricBaseShape,
        type: schemas/* literal */.euz('expected_output'),
        match: schemas/* enum */.k5n(['llm', 'exact', 'contains', 'regex']).default('llm'),
    })
        .strict(),
    schemas/* object */.Ikc({
        ...MetricBaseShape,
        type: schemas/* literal */.euz('tool_called'),
        tool: schemas/* string */.YjP().min(1),
        args: JsonObjectSchema.optional(),
        args_match: schemas/* enum */.k5n(['exact', 'partial']).default('partial'),
        list_order: schemas/* enum */.k5n(['exact', 'any'])
            .optional()
            .describe('any: lists in the arguments match in any order (as multisets). Default exact.'),
        min_times: (0,numbers/* wholeNumber */.rD)(1, limits/* MAX_MIN_TIMES */.B9).default(1),
        times: (0,numbers/* wholeNumber */.rD)(0, limits/* MAX_MIN_TIMES */.B9)
            .optional()
            .describe('Exactly this many matching calls (instead of at least `min_times`).'),
    })
        .strict(),
    schemas/* object */.Ikc({
        ...MetricBaseShape,
        type: schemas/* literal */.euz('state'),
        path: schemas/* string */.YjP().min(1).describe('Path into the final state, e.g. `orders["#W1"].status`.'),
        equals: schemas/* unknown */.L5J().optional().describe('The value equals this.'),
        contains: schemas/* unknown */.L5J()
            .optional()
            .describe('A string holds this text, or a list holds an item matching this (JSON subset).'),
        exists: schemas/* boolean */.zMY().optional().describe('The path exists (true) or does not (false).'),
        matches: schemas/* unknown */.L5J().optional().describe('The value matches this JSON subset (extra keys allowed).'),
        list_order: schemas/* enum */.k5n(['exact', 'any']).default('any').describe('How lists compare in equals and matches.'),
    })
        .strict(),
    schemas/* object */.Ikc({
        ...MetricBaseShape,
        type: schemas/* literal */.euz('state_unchanged'),
        except: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .default([])
            .describe('Paths allowed to change (with everything inside them); anything else changed fails.'),
    })
        .strict(),
    schemas/* object */.Ikc({
        ...MetricBaseShape,
        type: schemas/* literal */.euz('fail_if'),
        behavior: schemas/* string */.YjP().min(1).describe('A behaviour that must not happen, judged by the judge model.'),
    })
        .strict(),
    schemas/* object */.Ikc({ ...MetricBaseShape, type: schemas/* literal */.euz('tool_not_called'), tool: schemas/* string */.YjP().min(1) }).strict(),
    schemas/* object */.Ikc({ ...MetricBaseShape, type: schemas/* literal */.euz('tool_call_success') }).strict(),
    schemas/* object */.Ikc({
        ...MetricBaseShape,
        type: schemas/* literal */.euz('tool_sequence'),
        tools: schemas/* array */.YOg(schemas/* string */.YjP()).min(1),
        mode: schemas/* enum */.k5n(['in_order', 'exact']).default('in_order'),
    })
        .strict(),
    schemas/* object */.Ikc({
        ...MetricBaseShape,
        type: schemas/* literal */.euz('latency'),
        p50_ms: LatencyMsSchema.optional(),
        p95_ms: LatencyMsSchema.optional(),
        max_ms: LatencyMsSchema.optional(),
    })
        .strict(),
    schemas/* object */.Ikc({ ...MetricBaseShape, type: schemas/* literal */.euz('turns'), max: (0,numbers/* wholeNumber */.rD)(1, limits/* MAX_TURNS_METRIC */.X_) }).strict(),
    schemas/* object */.Ikc({ ...MetricBaseShape, type: schemas/* literal */.euz('cost'), max_usd: (0,numbers/* decimalNumber */.zD)(0, limits/* MAX_USD */.Kd, { unit: 'USD' }) })
        .strict(),
    schemas/* object */.Ikc({
        ...MetricBaseShape,
        type: schemas/* literal */.euz('text'),
        contains: stringOrList.optional(),
        not_contains: stringOrList.optional(),
        regex: schemas/* string */.YjP().optional(),
        scope: schemas/* enum */.k5n(['any', 'all', 'final']).default('any').describe('Which agent messages are checked.'),
    })
        .strict(),
    schemas/* object */.Ikc({ ...MetricBaseShape, type: schemas/* literal */.euz('json_schema'), schema: JsonObjectSchema }).strict(),
    schemas/* object */.Ikc({ ...MetricBaseShape, type: schemas/* literal */.euz('infrastructure') }).strict(),
    schemas/* object */.Ikc({
        ...MetricBaseShape,
        type: schemas/* literal */.euz('code'),
        module: schemas/* string */.YjP()
            .min(1)
            .describe('JS or TS module (.js, .mjs, .ts; relative to this file) exporting the scorer function.'),
        export: schemas/* string */.YjP().min(1).default('default').describe('The export to call.'),
        timeout_ms: TimeoutMsSchema.optional().describe(`Time limit of one evaluation (default ${limits/* DEFAULT_SCORER_TIMEOUT_MS */.i8} ms); past it the trial errors.`),
    })
        .strict(),
]);
/** A named, reusable metric declared once under `metrics`. */
const NamedMetricSchema = MetricSchema.and(schemas/* object */.Ikc({ id: IdSchema }).strict());
/** A criterion in a test: an inline metric or a reference to a named one (with an optional threshold override). */
const CriterionSchema = schemas/* union */.KCZ([
    schemas/* object */.Ikc({ metric: IdSchema, threshold: (0,numbers/* decimalNumber */.zD)(0, 1).optional() }).strict(),
    MetricSchema,
]);
// ---------------------------------------------------------------- tests, sets, datasets
const PrioritySchema = schemas/* enum */.k5n(['critical', 'high', 'normal', 'low']);
const TestSchema = schemas/* object */.Ikc({
    id: IdSchema,
    name: schemas/* string */.YjP().optional(),
    persona: IdSchema,
    scenario: IdSchema,
    profile: IdSchema.optional(),
    agent: IdSchema.optional().describe('Defaults to the only agent, or `defaults.agent`.'),
    criteria: schemas/* array */.YOg(CriterionSchema).default([]),
    ...StateFieldsShape,
    baseline_metrics: schemas/* boolean */.zMY()
        .default(true)
        .describe('Attach expected_outcome (when the scenario has one), infrastructure, tool_call_success and latency.'),
    tags: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    priority: PrioritySchema.default('normal'),
    runs: (0,numbers/* wholeNumber */.rD)(1, limits/* MAX_RUNS */._k).default(1),
    min_pass_rate: (0,numbers/* decimalNumber */.zD)(0, 1).default(1).describe('Share of trials that must pass, e.g. 0.8 = "4 of 5".'),
    deterministic: schemas/* boolean */.zMY()
        .default(false)
        .describe('true: the test gives the same outcome every time (e.g. a scripted scenario with exact checks): ' +
        "any pass→fail is a regression, with no confirmation trials and no share of the run's α."),
})
    .strict();
const SetSchema = schemas/* object */.Ikc({
    id: IdSchema,
    description: schemas/* string */.YjP().optional(),
    tests: schemas/* array */.YOg(schemas/* object */.Ikc({
        test: IdSchema,
        runs: (0,numbers/* wholeNumber */.rD)(1, limits/* MAX_RUNS */._k).optional(),
        min_pass_rate: (0,numbers/* decimalNumber */.zD)(0, 1).optional(),
    })
        .strict())
        .min(1),
})
    .strict();
const DatasetItemSchema = schemas/* object */.Ikc({
    id: IdSchema,
    input: schemas/* string */.YjP().min(1),
    expected_output: schemas/* string */.YjP().optional(),
    metadata: JsonObjectSchema.default({}),
    tags: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
})
    .strict();
const DatasetSchema = schemas/* object */.Ikc({
    id: IdSchema,
    description: schemas/* string */.YjP().optional(),
    agent: IdSchema.optional(),
    profile: IdSchema.optional(),
    criteria: schemas/* array */.YOg(CriterionSchema).default([{ type: 'expected_output', match: 'llm' }]),
    tags: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    priority: PrioritySchema.default('normal'),
    runs: (0,numbers/* wholeNumber */.rD)(1, limits/* MAX_RUNS */._k).default(1),
    deterministic: schemas/* boolean */.zMY()
        .default(false)
        .describe('true: every item gives the same outcome every time (see tests[].deterministic).'),
    items: schemas/* array */.YOg(DatasetItemSchema).min(1),
})
    .strict();
// ---------------------------------------------------------------- variants, gate, run
/** Overrides applied to every trial of a variant: e.g. a model switch. */
const VariantSchema = schemas/* object */.Ikc({
    description: schemas/* string */.YjP().optional(),
    agent: IdSchema.optional().describe('Run every test against this agent instead.'),
    model: schemas/* string */.YjP().optional().describe('Model override for openai agents.'),
    base_url: BaseUrlSchema.optional(),
    system_prompt: schemas/* string */.YjP().optional(),
    system_prompt_file: schemas/* string */.YjP().optional(),
    temperature: (0,numbers/* decimalNumber */.zD)(0, 2).optional(),
    baseline: schemas/* boolean */.zMY()
        .optional()
        .describe('true: the variant every other one is compared with (else the variant named `baseline`).'),
})
    .strict();
const VARIANT_ID = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const VARIANT_ID_EXPECTED = 'a variant id: letters, digits, "-", "_" or "." (starting with a letter)';
/**
 * Any number of variants, each compared with the one designated baseline (see src/suite/variants.ts). Variant ids
 * end test keys (`testId@variant`) and name report columns: a letter first (so declaration order is kept), and never
 * `default`, the id of a run without variants. Checked here, key by key, so each mistake is reported at its line.
 */
const VariantsSchema = schemas/* record */.g1P(schemas/* string */.YjP(), VariantSchema).superRefine((variants, ctx) => {
    for (const id of Object.keys(variants)) {
        if (!VARIANT_ID.test(id))
            ctx.addIssue({ code: 'custom', path: [id], message: `expected ${VARIANT_ID_EXPECTED}, got '${id}'` });
        else if (id === 'default')
            ctx.addIssue({
                code: 'custom',
                path: [id],
                message: "'default' is the variant of a run without variants: choose another id",
            });
    }
    const designated = Object.keys(variants).filter((id) => designatesBaseline(id, variants[id]));
    if (variants['baseline']?.baseline === false)
        ctx.addIssue({
            code: 'custom',
            path: ['baseline', 'baseline'],
            message: "the variant named 'baseline' is the baseline",
        });
    if (designated.length > 1)
        for (const id of designated.slice(1))
            ctx.addIssue({
                code: 'custom',
                path: id === 'baseline' ? [id] : [id, 'baseline'],
                message: `only one variant can be the baseline: ${designated.map((d) => `'${d}'`).join(' and ')} both are`,
            });
});
function designatesBaseline(id, variant) {
    return id === 'baseline' || variant.baseline === true;
}
const GateSchema = schemas/* object */.Ikc({
    min_pass_rate: (0,numbers/* decimalNumber */.zD)(0, 1)
        .default(1)
        .describe('0-1: share of tests that must pass (errored tests count as not passing; invalid and not-run tests are ' +
        'left out). Default 1: any failing or erroring test fails the job.'),
    fail_on: schemas/* array */.YOg(results/* FailOnSchema */.fE).default(['regression', 'critical']),
    alpha: (0,numbers/* decimalNumber */.zD)(0, 1, { minExcluded: true, maxExcluded: true })
        .default(0.05)
        .describe("The run's false-fail rate: every comparison that can fail the gate is tested at alpha / comparisons " +
        '(one-sided Fisher exact; docs/statistics.md).'),
    history: (0,numbers/* wholeNumber */.rD)(1, 100)
        .default(10)
        .describe('Base-branch runs kept per test in the history the results carry and compare pools (default 10).'),
    allow_skipped: schemas/* boolean */.zMY()
        .default(false)
        .describe("true: tests that could not run for lack of a key or endpoint (e.g. the simulator's API key is not set) " +
        'are listed but do not fail the gate. Default false: a missing CI secret fails the run instead of ' +
        'passing it silently.'),
})
    .strict();
/** Confirmation trials and early stopping (docs/statistics.md); the defaults are src/verdict's DEFAULT_CONFIRMATION. */
const ConfirmationSettingsSchema = schemas/* object */.Ikc({
    enabled: schemas/* boolean */.zMY()
        .default(true)
        .describe('false: every test runs exactly its planned trials (no confirmation trials, no early stopping).'),
    max_extra: (0,numbers/* wholeNumber */.rD)(0, limits/* MAX_RUNS */._k)
        .default(20)
        .describe('Extra trials a suspected drop against the history or the previous run gets before its verdict.'),
    max_extra_paired: (0,numbers/* wholeNumber */.rD)(0, limits/* MAX_RUNS */._k)
        .default(25)
        .describe('Extra trials on each side when a candidate is compared with the baseline variant of the same run.'),
})
    .strict();
/** Long enough to be a real wait, short enough for CI. */
const DEFAULT_MOCK_TOOL_TIMEOUT_MS = 2_000;
const RunSettingsSchema = schemas/* object */.Ikc({
    concurrency: (0,numbers/* wholeNumber */.rD)(1, limits/* MAX_CONCURRENCY */.fx).default(8),
    call_timeout_ms: TimeoutMsSchema.default(60_000),
    trial_timeout_ms: TimeoutMsSchema.default(300_000),
    mock_tool_timeout_ms: TimeoutMsSchema.default(DEFAULT_MOCK_TOOL_TIMEOUT_MS).describe('How long a mock tool answering `fail: { timeout: true }` keeps the agent waiting before the call fails ' +
        `(default ${DEFAULT_MOCK_TOOL_TIMEOUT_MS} ms).`),
    retries: (0,numbers/* wholeNumber */.rD)(0, limits/* MAX_RETRIES */.kd).default(3),
    budget_usd: (0,numbers/* decimalNumber */.zD)(0, limits/* MAX_USD */.Kd, { minExcluded: true, unit: 'USD' }).optional(),
    fail_fast: schemas/* boolean */.zMY().default(false).describe('Stop starting new trials after a critical test fails.'),
    confirmation: ConfirmationSettingsSchema.optional().describe('Confirmation trials and early stopping; defaults when absent.'),
    pass_hat_k: (0,numbers/* wholeNumber */.rD)(1, limits/* MAX_RUNS */._k)
        .default(3)
        .describe('The k of pass^k (the chance that k trials in a row all pass), over the trials that passed, failed or ' +
        'errored (n); capped at n. Default 3.'),
})
    .strict();
// ---------------------------------------------------------------- files
const SuiteFileSchema = schemas/* object */.Ikc({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1).default(1).describe('Suite format version.'),
    name: schemas/* string */.YjP().optional(),
    include: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('Globs, relative to this file, of more suite files.'),
    // Root-only settings
    simulator: SimulatorSchema.optional().describe('Model (and optionally prompt) that plays the simulated user (behavioral scenarios, scripted match: llm). ' +
        'Root config only; personas may override it.'),
    judge: ModelEndpointSchema.optional().describe('Model that judges LLM metrics (expected_outcome, rubric). Root config only.'),
    pricing: PricingSchema.optional().describe('USD per million tokens per model, overriding the built-in table. Root config only.'),
    defaults: schemas/* object */.Ikc({ agent: IdSchema.optional(), profile: IdSchema.optional() })
        .strict()
        .optional()
        .describe('Agent and profile used by tests that name none. Root config only.'),
    variants: VariantsSchema.optional().describe('Variants by id (e.g. baseline, candidate, one per model): every test runs under each, side by side, and each ' +
        'is compared with the baseline. Root config only.'),
    gate: GateSchema.optional().describe('When the run fails the job. Root config only.'),
    run: RunSettingsSchema.optional().describe('Concurrency, timeouts, retries, budget. Root config only.'),
    // Collections, allowed in any file
    agents: schemas/* array */.YOg(AgentSchema).default([]).describe('Systems under test: openai, http or command.'),
    personas: schemas/* array */.YOg(PersonaSchema).default([]).describe('Simulated users: role, background, language, traits.'),
    scenarios: schemas/* array */.YOg(ScenarioSchema)
        .default([])
        .describe('What the simulated user tries to do: behavioral or scripted (conditional actions).'),
    profiles: schemas/* array */.YOg(ProfileSchema)
        .default([])
        .describe('Test data referenced as {{profile.x}} and passed to the agent.'),
    tools: schemas/* array */.YOg(ToolSchema).default([]).describe('Tools the agent may call: mock, passthrough or none.'),
    metrics: schemas/* array */.YOg(NamedMetricSchema)
        .default([])
        .describe('Reusable named metrics, referenced from criteria as `metric: <id>`.'),
    tests: schemas/* array */.YOg(TestSchema).default([]).describe('Persona + scenario (+ profile) against an agent, with criteria.'),
    sets: schemas/* array */.YOg(SetSchema).default([]).describe('Groups of tests with run counts.'),
    datasets: schemas/* array */.YOg(DatasetSchema).default([]).describe('Single-turn items scored against expected outputs.'),
})
    .strict();
const ROOT_ONLY_KEYS = ['simulator', 'judge', 'pricing', 'defaults', 'variants', 'gate', 'run'];


/***/ }),

/***/ 5258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   PG: () => (/* binding */ UTF8_BOM_BYTES),
/* harmony export */   vA: () => (/* binding */ withoutBom)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The UTF-8 byte order mark (EF BB BF) that Notepad, PowerShell's `Out-File`
 * and .NET writers put before text. JSON.parse refuses it (an "unexpected
 * token"), and in YAML it shifts line 1's columns, so every reader of a file a
 * person or another tool may have written drops it first.
 */

const UTF8_BOM_BYTES = [0xef, 0xbb, 0xbf];
/** `text` without a leading byte order mark. */
function withoutBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** A file's UTF-8 text, without a leading byte order mark. Rejects as readFile does. */
async function readTextFile(path) {
    return withoutBom(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
}


/***/ }),

/***/ 5238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ hasEnvReference),
/* harmony export */   Ti: () => (/* binding */ interpolateEnv),
/* harmony export */   Y7: () => (/* binding */ brokenEnvReference)
/* harmony export */ });
/**
 * `${ENV}` references in suite values (agent URLs and headers, passthrough
 * URLs, `base_url`): filled in from the environment only when a call goes
 * live, so a suite names a secret or a host without holding it, and a replay
 * needs neither.
 */
const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** A `${` that does not open a valid reference: `${}`, `${1X}`, `${X` (no closing brace), `${A-B}`. */
const BROKEN_REFERENCE = /\$\{(?![A-Za-z_][A-Za-z0-9_]*\})/;
/** Throws a one-line Error naming the variable when one is not set. */
function interpolateEnv(text, env) {
    return text.replace(ENV_REFERENCE, (_whole, name) => {
        const value = env[name];
        if (value === undefined)
            throw new Error(`environment variable ${name} is not set (used in "${text}")`);
        return value;
    });
}
function hasEnvReference(text) {
    return text.includes('${');
}
/** Why `text` holds a `${` that is not a valid `${NAME}` reference; undefined when every reference is valid. */
function brokenEnvReference(text) {
    const broken = BROKEN_REFERENCE.exec(text);
    if (!broken)
        return undefined;
    const fragment = text.slice(broken.index, broken.index + 20);
    const name = 'a variable name: letters, digits and _, not starting with a digit';
    return `'${fragment}' is not a \${NAME} reference (${name})`;
}


/***/ }),

/***/ 1976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatCount),
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/**
 * Counts in prose, shared by the reports, the comparison, the gate and the CLI
 * (a helper at the bottom: none of them imports another stage for it).
 */
/** A whole number with thousands separators; an em dash for none. */
function formatCount(value) {
    if (value === null || value === undefined)
        return '—';
    const rounded = Math.round(value);
    // Grouped by hand where that is exact: a process's first toLocaleString loads ICU's number formats, ~10 ms of the
    // CLI's start-up (the reference note counts trials before the first one starts).
    if (!Number.isSafeInteger(rounded) || Object.is(rounded, -0))
        return rounded.toLocaleString('en-US');
    return String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
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


/***/ })

};

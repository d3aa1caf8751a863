export const id = 141;
export const ids = [141];
export const modules = {

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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4377);
/**
 * The compact, rolled-forward history a results file carries per test key:
 * the last H runs on the base branch (default 10), each with its pass / fail
 * / error counts, where it came from, and the test's definition version. One
 * artifact is then enough to compare against many runs.
 *
 * Pure functions; the schema fields that hold it are described in
 * docs/statistics.md ("What the results file carries").
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
const DefinitionVersionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    persona: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    scenario: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    profile: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    criteria: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** The judge's settings (model). Absent in files written before it was recorded: then unknown, not changed. */
    judge: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** The agent or variant settings (model, prompt, endpoint) the test ran against: recorded, not compared. */
    agent: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
})
    .strict();
const DEFINITION_PARTS = ['persona', 'scenario', 'profile', 'tools', 'criteria', 'judge', 'agent'];
/** The parts that make a test what it is: a change in any of them makes it a changed test. */
const IDENTITY_PARTS = ['persona', 'scenario', 'profile', 'tools', 'criteria', 'judge'];
/** Parts older files may lack: absent on one side is unknown, not a change. */
const OPTIONAL_PARTS = new Set(['judge']);
const HistoryEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    runId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** When the run started (ISO 8601). */
    date: zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$(),
    definition: DefinitionVersionSchema,
    /** Outcomes of the planned trials only: their number was fixed in advance, so pooling them keeps the test exact. */
    passes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    failures: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    errors: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    /** Planned trials whose simulator misbehaved: they say nothing about the agent. Absent in older files. */
    invalid: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
    /**
     * Why this entry is kept out of pooling (absent: pooled). `infrastructure`: errors or invalid trials drowned
     * the run (more than INFRASTRUCTURE_SHARE of its trials): its counts say more about the endpoint than the agent.
     */
    excluded: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['infrastructure']).optional(),
    /**
     * Confirmation trials, kept apart and never pooled: a run got them because its
     * first trials looked bad, so their number depends on the outcomes.
     */
    extra: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ passes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(), failures: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative() })
        .strict()
        .optional(),
})
    .strict();
/** Per test key (`testId@variant`), oldest entry first. */
const RunHistorySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(HistoryEntrySchema));
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
/* harmony export */   X9: () => (/* binding */ TrialResultSchema),
/* harmony export */   d$: () => (/* binding */ RunStatusSchema),
/* harmony export */   f2: () => (/* binding */ UsageSchema),
/* harmony export */   fE: () => (/* binding */ FailOnSchema),
/* harmony export */   q3: () => (/* binding */ RESULTS_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports StateChangeSchema, TraceEventSchema, EndReasonSchema, MetricResultSchema, TrialStatusSchema, FailureCategorySchema, ConfirmationSchema, FailureDigestSchema, TestSummarySchema, TotalsSchema, MissingSchema, SkippedTestSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8585);
/**
 * The results file: the contract between a run and everything that reads it
 * (compare, reports, the next run, other tools). One JSON document per run.
 *
 * Changing a field's meaning or removing one bumps RESULTS_SCHEMA_VERSION,
 * and `readResults` keeps reading the older versions.
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
 */
const RESULTS_SCHEMA_VERSION = 4;
/** What fails the job besides the pass rate: the suite's `gate.fail_on` and the recorded gate share it. */
const FailOnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['regression', 'critical', 'any-failure', 'never']);
const Priority = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['critical', 'high', 'normal', 'low']);
const Variant = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['baseline', 'candidate', 'default']);
const UsageSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    inputTokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    outputTokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
});
// ---------------------------------------------------------------- trace
/** Milliseconds since the trial started. */
const At = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative();
/** One change to a trial's state: `before` absent means added, `after` absent means removed. */
const StateChangeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    before: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional(),
    after: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional(),
});
const TraceEventSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('type', [
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('user_message'),
        at: At,
        content: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** Scripted scenarios: the condition that produced this message. */
        conditionId: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional(),
        /** true when phrased by the simulator LLM, false when sent verbatim. */
        generated: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('agent_message'),
        at: At,
        content: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** Time from the user message to this reply, tool rounds included. */
        latencyMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('tool_call'),
        at: At,
        callId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        arguments: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J(),
        result: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional(),
        error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        strategy: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['mock', 'passthrough', 'agent', 'state', 'module'])
            .describe('`agent`: reported by an http/command agent that ran the tool itself; `state`, `module`: a tool over the ' +
            "trial's state."),
    }),
    /** The trial's state: `initial` when the conversation starts, `final` when it ends (absent without state). */
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('state'),
        at: At,
        phase: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['initial', 'final']),
        /** Content hash of the state at this point. */
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** The whole state, when it is small enough to record (see STATE_RECORD_LIMIT in the engine). */
        state: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional(),
        /** final: what changed since the initial state (always recorded). */
        changes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(StateChangeSchema).optional(),
    }),
    /** A tool call's committed writes to the state. */
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('state_write'),
        at: At,
        callId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        changes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(StateChangeSchema),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('llm_call'),
        at: At,
        role: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['simulator', 'agent', 'judge']),
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        usage: UsageSchema,
        durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        attempts: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().default(1),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('simulator_flag'),
        at: At,
        reason: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['role_swap', 'instruction_leak', 'empty_message']),
        detail: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('error'),
        at: At,
        source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['agent', 'simulator', 'tool', 'judge', 'runner']),
        category: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['infrastructure', 'timeout', 'tool_error', 'budget', 'cancelled']),
        message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    }),
]);
const EndReasonSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n([
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
const JudgedPartSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ part: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), met: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
const MetricResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Attached by default rather than written by the user. */
    baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false),
    passed: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    /** 0-1; null when the metric could not be computed (see error). */
    score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).nullable(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Set when the metric itself failed to evaluate (e.g. unparseable judge verdict). */
    error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** expected_outcome: the judge's verdict on each part of the outcome, with its evidence. Absent in older files. */
    parts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(JudgedPartSchema).optional(),
});
const TrialStatusSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'error', 'invalid', 'skipped']);
const FailureCategorySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n([
    'judge', // a criterion said no
    'tool_error',
    'infrastructure',
    'timeout',
    'budget',
    'invalid_simulator',
    'cancelled',
]);
const TrialResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    testId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    variant: Variant,
    index: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    status: TrialStatusSchema,
    failureCategory: FailureCategorySchema.optional(),
    /** One line: why it failed / errored / is invalid. */
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    personaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    scenarioVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    endReason: EndReasonSchema,
    turns: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    transcript: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(TraceEventSchema),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(MetricResultSchema),
    usage: UsageSchema,
    /** Per agent turn, ms. */
    latency: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        p50: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().nullable(),
        p95: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().nullable(),
        max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().nullable(),
    }),
    /** Conversation attempts (a misbehaving simulator is retried once). */
    attempts: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().default(1),
    /**
     * `confirmation`: an extra trial the run added because the planned ones left the verdict in doubt (a suspected
     * drop, a rate within noise of its threshold, a single-trial flip). Absent: a planned trial.
     */
    phase: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['planned', 'confirmation']).optional(),
});
// ---------------------------------------------------------------- tests and totals
/** Extra trials a test got (or planned trials it was spared) and why; the evidence is shown in every report. */
const ConfirmationSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /**
     * Why the run did not stop at the plan: a suspected drop, a rate within noise of the threshold, a single-trial flip.
     */
    reasons: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['drop', 'threshold', 'flip'])),
    /** Confirmation trials run beyond the planned ones. */
    extraTrials: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    /** What the confirmation trials that finished cost (absent in older files: read from the trials). */
    extraUsd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional(),
    /** Planned trials not run because the verdict was already settled (early stopping). */
    savedTrials: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
    /** What the extra trials showed about a suspected drop. */
    drop: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['confirmed', 'not-confirmed']).optional(),
    /** One line of evidence, e.g. "48/50 over the last 10 runs → 1/5 now, 2/15 after confirmation". */
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
/** Why a test failed, across its trials: what every report shows of it, without the transcripts. */
const FailureDigestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** The criteria that said no in any failing trial, in the order first seen. */
    criteria: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** Trials in which this criterion failed, out of `trials` (every finished trial of the test). */
        failedIn: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        trials: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        /** From the first failing trial, like the reason and parts. */
        score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).nullable(),
        threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1),
        /** The judge's reason (or the metric's error), without the parts it already lists. */
        reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        parts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(JudgedPartSchema).optional(),
    })),
    /** Trial-level reasons that are not a criterion (errors, timeouts, an invalid simulator), each once. */
    trialReasons: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    /** The first failing trial (lowest index) and the lines of its transcript around the failure, as plain text. */
    exemplar: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ index: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), excerpt: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }).optional(),
});
const TestSummarySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    testId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    variant: Variant,
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['conversation', 'dataset']),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    priority: Priority,
    personaId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    personaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    scenarioId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    scenarioVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    // Content versions of the rest of the test's definition (absent in older files: unknown, not changed).
    /** The profile's data the test runs with. */
    profileVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** The tools offered to the agent, mocks included. */
    toolsVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** The criteria after named metrics and baseline metrics are resolved. */
    criteriaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** The judge's settings (its model): part of the test's identity. */
    judgeVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** The agent's settings after the variant's overrides: recorded, never part of the test's identity. */
    agentVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), line: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(), column: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int() }),
    /** Planned run count. */
    runs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    minPassRate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1),
    // Aggregates over the finished trials: the pass rate counts errored trials as not passing; invalid trials are left
    // out.
    trials: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    passes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    failures: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    errors: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    invalid: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    passRate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).nullable(),
    /**
     * τ-bench pass^k: C(passes, k) / C(n, k) over the n trials that passed, failed or errored; null when there are none.
     */
    passHatK: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).nullable(),
    /**
     * The k of passHatK: the suite's `run.pass_hat_k` (default 3), at most n. Absent in older files, where k was the run
     * count.
     */
    passK: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
    wilson95: zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]).nullable(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'error', 'invalid', 'not_run']),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    latencyP50: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    latencyP95: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    failureCategories: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int()),
    /**
     * Outcomes of the finished trials in trial-index order, one letter each: p(ass), f(ail), e(rror), i(nvalid).
     * Enough to recount any prefix (the statistics test the first n trials) without reading the transcripts.
     */
    outcomes: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[pfei]*$/)
        .optional(),
    /** The suite declares the test deterministic: a flip is a regression without confirmation trials. */
    deterministic: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    /** How the run settled this test's verdict beyond its planned trials (absent: it ran exactly its plan). */
    confirmation: ConfirmationSchema.optional(),
    /** Set when a trial failed, errored or was invalid. Absent in older files: reports read the trials instead. */
    failure: FailureDigestSchema.optional(),
});
const TotalsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    tests: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    passed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    failed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    errored: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    invalid: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    notRun: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    trials: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    /** Share of tests with a verdict of pass, fail or error that pass (invalid and not-run tests are left out). */
    passRate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).nullable(),
    usage: UsageSchema,
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    latencyP50: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    latencyP95: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    failureCategories: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int()),
});
// ---------------------------------------------------------------- skipped tests
/**
 * What a skipped test lacked: an endpoint to configure, the environment variable (CI secret) holding its key or
 * URL, or a key the endpoint rejected when `rehearse run` checked it before the first trial.
 */
const MissingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /**
     * `simulator`: the simulated user's LLM (behavioral scenarios, phrased or LLM-matched scripted ones). `judge`: the
     * LLM of LLM-judged criteria. `agent`: the agent under test (its key, or a variable its URL or headers use).
     */
    role: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['simulator', 'judge', 'agent']),
    /** `rejected`: the setting is there, but the endpoint answered 401/403. Absent (older files): missing. */
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['missing', 'rejected']).optional(),
    /** Set when the endpoint is configured but its API key variable is not set (or, `rejected`, the key it refused). */
    envVar: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** true when no endpoint is configured at all. */
    endpoint: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    /** The agent, for role `agent`. */
    agentId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** Where: the base URL that rejected the key, or the agent's URL as written (`${AGENT_URL}`). */
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** What needs it, e.g. "behavioral scenario 'angry-refund'". */
    need: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The scenario that needs it. */
    scenarioId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const SkippedTestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    // The test's identity, so reports can list and annotate it (absent in older files).
    testId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    variant: Variant.optional(),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    priority: Priority.optional(),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), line: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(), column: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int() }).optional(),
    /** Planned run count that did not run. */
    runs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
    /** Absent in older files, whose skips the gate does not judge. */
    missing: MissingSchema.optional(),
});
// ---------------------------------------------------------------- the run
const RunStatusSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['running', 'completed', 'failed', 'stopped']);
const ResultsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RESULTS_SCHEMA_VERSION),
    /** Execution code, e.g. "RH-20261121-1a2b3c". */
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['ci', 'cli']),
    suite: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), config: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    git: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    finishedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$().optional(),
    status: RunStatusSchema,
    stopReason: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['budget', 'cancelled', 'fail_fast']).optional(),
    variants: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        id: Variant,
        description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        agent: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /**
         * A short content version of each of the agent's settings (model, system_prompt, base_url, command,
         * timeout_ms, …), so a report can say which of them changed since the reference run. Absent in older files.
         */
        settings: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    })),
    /**
     * The run compared the current tests against the base revision's agent, run side by side in this job
     * (`rehearse run --base`): the baseline variant is the base revision, the candidate this one.
     */
    baseSide: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).optional(),
    shard: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ index: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(), total: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive() }).optional(),
    /**
     * A merge of some shards only (status `stopped`): the plan's shard count and the shard indexes that were not given.
     */
    missingShards: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ total: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(), indexes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive()).min(1) })
        .optional(),
    /** Planned test × variant runs that could not run (they are not in `tests`). */
    skipped: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(SkippedTestSchema).default([]),
    tests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(TestSummarySchema),
    trials: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(TrialResultSchema),
    /**
     * Trials that started and did not finish (the budget refused one of their calls, or the run was cancelled): they
     * are not in `trials`, but what their calls cost was billed, so it is here and in `totals.usage`. Absent when none.
     */
    unfinished: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ trials: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), usage: UsageSchema }).optional(),
    totals: TotalsSchema,
    /** Totals per variant, when more than one ran. */
    variantTotals: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), TotalsSchema).default({}),
    /**
     * The gate the run was judged with (the suite's, after the action's input overrides), so `rehearse report`/`compare`
     * judge it the same way. Absent in older files.
     */
    gate: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        minPassRate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1),
        failOn: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(FailOnSchema),
        alpha: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).lt(1),
        /** The suite's `gate.allow_skipped`: tests that could not run (no key or endpoint) do not fail the gate. */
        allowSkipped: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        /** Comparisons that could fail the gate (tests × references): each is tested at alpha / comparisons. */
        comparisons: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
        /** The per-comparison level alpha / comparisons, for display. */
        comparisonAlpha: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).lt(1).optional(),
        /** The gate's decision when the run was evaluated (`rehearse runs` lists it). Absent in older files. */
        passed: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        /** Its one-line summary, e.g. "❌ 1 regression". */
        summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    })
        .optional(),
    /**
     * Per test key, the last runs on the base branch (oldest first) with their planned-trial counts and definition
     * versions, rolled forward by every base-branch run: one artifact is enough to compare with many runs.
     */
    history: _history_js__WEBPACK_IMPORTED_MODULE_0__/* .RunHistorySchema */ .Vq.optional(),
    /** The plan options the run was given, so `rehearse rerun` runs the same plan. Absent in older files. */
    plan: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        variants: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(Variant).optional(),
        tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
        tests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
        sets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
        /** The `--runs` override of every run count. */
        runs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
        /** `i/n`, as given. */
        shard: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        concurrency: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
        budgetUsd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional(),
        failFast: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    })
        .optional(),
    /**
     * What the circuit breaker stopped because its trials kept erroring (an agent: every test of it; else one test): the
     * remaining trials of those tests were not started (they count as not run), and the gate fails with an
     * "infrastructure" reason naming the error. Absent: nothing was stopped (or an older file).
     */
    infrastructure: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** The agent that tripped; absent when one test key did. */
        agent: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /** The test keys whose remaining trials were not started. */
        testKeys: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        /** Errored trials in a row that tripped it. */
        erroredTrials: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        /** Trials not started because of it (planned and confirmation trials alike). */
        notRun: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        /** The most common error of those trials, redacted and clipped to one line. */
        message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    }))
        .optional(),
    /**
     * false when the run was kept out of the history the next runs compare with (a local run that is not on the
     * default branch with a clean tree, `--no-record-history`, a run the circuit breaker stopped). Absent (older
     * files): it joined.
     */
    joinedHistory: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    /** Set by `rehearse rejudge`: the run whose transcripts were judged again. */
    rejudgedFrom: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** Set when the run recorded or replayed a cassette: which, how, and what was replayed (its cost was not spent). */
    cassette: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['record', 'replay', 'replay-or-record']),
        roles: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['simulator', 'agent', 'judge', 'tool'])),
        replayed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        recorded: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        replayedCostUsd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    })
        .optional(),
    /**
     * Confirmation trials and early stopping over the whole run, and the settings used (absent: the run ran
     * exactly its plan, e.g. `--no-confirm` or an older file).
     */
    confirmation: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** Extra trials a suspected drop against history or the previous run could get. */
        maxExtra: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        /** Extra trials on each side when the reference is the baseline variant of this run. */
        maxExtraPaired: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        extraTrials: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        /** Planned trials not run because the test's verdict was already settled. */
        savedTrials: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        /** Their estimated cost: per test, its saved trials at the mean cost of its trials. */
        savedUsd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    })
        .optional(),
});


/***/ }),

/***/ 6542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ MAX_MIN_TIMES),
/* harmony export */   OV: () => (/* binding */ MAX_TURNS),
/* harmony export */   XI: () => (/* binding */ MAX_TRIALS),
/* harmony export */   _k: () => (/* binding */ MAX_RUNS),
/* harmony export */   fx: () => (/* binding */ MAX_CONCURRENCY),
/* harmony export */   kd: () => (/* binding */ MAX_RETRIES),
/* harmony export */   mn: () => (/* binding */ MAX_TIMEOUT_MS),
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


/***/ }),

/***/ 7141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ ProfileSchema),
/* harmony export */   KK: () => (/* binding */ TEXT_MODE_TAGS),
/* harmony export */   My: () => (/* binding */ MetricSchema),
/* harmony export */   N$: () => (/* binding */ IdSchema),
/* harmony export */   Qk: () => (/* binding */ SuiteFileSchema),
/* harmony export */   Qr: () => (/* binding */ RunSettingsSchema),
/* harmony export */   TH: () => (/* binding */ AgentSchema),
/* harmony export */   Ur: () => (/* binding */ VOICE_ONLY_TAGS),
/* harmony export */   WK: () => (/* binding */ ToolSchema),
/* harmony export */   Yx: () => (/* binding */ SetSchema),
/* harmony export */   ZM: () => (/* binding */ GateSchema),
/* harmony export */   c4: () => (/* binding */ TestSchema),
/* harmony export */   cx: () => (/* binding */ PersonaSchema),
/* harmony export */   e8: () => (/* binding */ DatasetSchema),
/* harmony export */   h: () => (/* binding */ NamedMetricSchema),
/* harmony export */   x6: () => (/* binding */ ScenarioSchema),
/* harmony export */   z1: () => (/* binding */ ROOT_ONLY_KEYS)
/* harmony export */ });
/* unused harmony exports BaseUrlSchema, ModelEndpointSchema, PricingSchema, DEFAULT_MAX_TOOL_ROUNDS, ConditionSchema, ToolFailureSchema, ToolMappingSchema, StateRequireSchema, StateToolSchema, ModuleToolSchema, CriterionSchema, PrioritySchema, DatasetItemSchema, VariantSchema, VariantsSchema, ConfirmationSettingsSchema, DEFAULT_MOCK_TOOL_TIMEOUT_MS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3111);
/* harmony import */ var _util_env_template_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5238);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6542);
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
const IdSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'an id: letters, digits, "-", "_" or "." (starting with a letter or digit)')
    .describe('Identifier, unique within its kind across all files of the suite.');
const JsonObjectSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J());
// ---------------------------------------------------------------- models
/** `api_key_env` names a variable; a key pasted there by mistake is never echoed back (see zod-issues.ts). */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ENV_NAME_EXPECTED = 'the name of the environment variable holding the API key (letters, digits, _), not the key itself';
/** `localhost:8000` parses as a URL (scheme `localhost:`): only http(s) reaches a chat endpoint. */
const HttpUrlSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: /^https?$/ });
/**
 * A URL, or one built from `${ENV}` references (`https://${LLM_HOST}/v1`,
 * `${AGENT_BASE_URL}`): filled in when the call goes live, so a replay does
 * not need the variable. With references only their syntax can be checked
 * here; the URL they make is checked when the call is made.
 */
const BaseUrlSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .superRefine((value, ctx) => {
    const problem = (0,_util_env_template_js__WEBPACK_IMPORTED_MODULE_2__/* .hasEnvReference */ .$2)(value)
        ? (0,_util_env_template_js__WEBPACK_IMPORTED_MODULE_2__/* .brokenEnvReference */ .Y7)(value)
        : HttpUrlSchema.safeParse(value).success
            ? undefined
            : `expected an http(s) URL (https://…) or \${VAR} references to environment variables, got '${value}'`;
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
})
    .describe('OpenAI-compatible base URL (vLLM, Ollama, LiteLLM, gateways). `${ENV}` is interpolated.');
/** An OpenAI-compatible endpoint used by the simulator, the judge or an agent. */
const ModelEndpointSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Model name sent to the endpoint.'),
    base_url: BaseUrlSchema.optional(),
    api_key_env: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(ENV_NAME, ENV_NAME_EXPECTED)
        .default('OPENAI_API_KEY')
        .describe('Name of the environment variable holding the API key (never the key itself).'),
    temperature: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(2).optional(),
})
    .strict();
/** USD per million tokens, per model; overrides the built-in price table. */
const PricingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ input: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(), output: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative() }).strict());
// ---------------------------------------------------------------- agents
/**
 * Real agents make many tool calls in one turn (in 200 τ-bench conversations,
 * 4% of turns take more than 10 and one takes 26): the default leaves room for
 * them, and still stops an agent stuck in a loop of tool calls.
 */
const DEFAULT_MAX_TOOL_ROUNDS = 30;
const MaxToolRoundsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
    .int()
    .positive()
    .max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TOOL_ROUNDS */ .wT)
    .default(DEFAULT_MAX_TOOL_ROUNDS)
    .describe(`Rounds of tool calls the agent may make in one turn before it must reply (default ${DEFAULT_MAX_TOOL_ROUNDS}); ` +
    'one more is an agent error.');
const OpenAIAgentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: IdSchema,
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('openai'),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    base_url: BaseUrlSchema.optional(),
    api_key_env: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(ENV_NAME, ENV_NAME_EXPECTED).default('OPENAI_API_KEY'),
    system_prompt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Inline system prompt.'),
    system_prompt_file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .optional()
        .describe('Path (relative to the file that declares the agent) of the system prompt.'),
    temperature: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(2).optional(),
    tools: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]).describe('Names of tools (declared under `tools`) offered to the agent.'),
    profile_context: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true).describe('Pass the test profile to the agent as context.'),
    max_tool_rounds: MaxToolRoundsSchema,
})
    .strict();
const HttpAgentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: IdSchema,
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('http'),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Endpoint that receives the conversation as JSON. `${ENV}` is interpolated.'),
    headers: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default({}).describe('Request headers; `${ENV}` is interpolated.'),
    timeout_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TIMEOUT_MS */ .mn).default(30_000),
    tools: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
    profile_context: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
    max_tool_rounds: MaxToolRoundsSchema,
})
    .strict();
const CommandAgentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: IdSchema,
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('command'),
    command: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1).describe('argv of a process speaking JSON lines on stdin/stdout.'),
    cwd: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Working directory, relative to the file that declares the agent.'),
    env: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default({}),
    timeout_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TIMEOUT_MS */ .mn).default(30_000),
    tools: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
    profile_context: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true),
    max_tool_rounds: MaxToolRoundsSchema,
})
    .strict();
const AgentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('type', [OpenAIAgentSchema, HttpAgentSchema, CommandAgentSchema]);
// ---------------------------------------------------------------- personas
const PersonaSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: IdSchema,
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    role: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Who the simulated user is, e.g. "customer who ordered a laptop".'),
    background: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default(''),
    language: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('en').describe('BCP-47 language code the simulated user speaks.'),
    traits: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]).describe('Behavioural traits, e.g. "impatient", "terse".'),
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
const ConditionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Unique within the scenario; FIRST_MESSAGE has id 0.'),
    condition: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int()])
        .describe('What the agent says that triggers this action; "FIRST_MESSAGE" for the opening turn; for ' +
        '`action_followup`, the id of the condition it follows.'),
    action: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .describe('What the simulated user says (fixed_message: true) or does (fixed_message: false). Text-mode tags: ' +
        '<endcall/>, <spell>…</spell>.'),
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['standard', 'action_followup']).default('standard'),
    fixed_message: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe('true: send `action` verbatim; false: the simulator phrases it.'),
    pattern: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .optional()
        .describe('Regex (case-insensitive) matched against the agent message when the scenario uses `match: regex`.'),
    keywords: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
        .optional()
        .describe('Any of these words in the agent message triggers the condition when the scenario uses `match: keywords`.'),
})
    .strict();
const ScenarioBaseShape = {
    id: IdSchema,
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    expected_outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .optional()
        .describe('What the agent should achieve; judged by the expected_outcome metric.'),
    max_turns: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TURNS */ .OV).default(12).describe('Upper bound on simulated-user turns.'),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
};
const BehavioralScenarioSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...ScenarioBaseShape,
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('behavioral'),
    objective: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    instructions: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('First-person instructions for the simulated user.'),
    first_message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Opening user message; omit to let the agent speak first.'),
})
    .strict();
const ScriptedScenarioSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...ScenarioBaseShape,
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('scripted'),
    match: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['llm', 'regex', 'keywords'])
        .default('llm')
        .describe('How conditions are matched: by the simulator LLM, or deterministically (no LLM at all).'),
    conditional_actions: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        role: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('One sentence: who the simulated user pretends to be.'),
        conditions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ConditionSchema).min(1),
    })
        .strict(),
})
    .strict();
const ScenarioSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('type', [BehavioralScenarioSchema, ScriptedScenarioSchema]);
// ---------------------------------------------------------------- state
/** The initial state of a trial (records the tools read and write), inline or from a file; copied fresh per trial. */
const StateFieldsShape = {
    state: JsonObjectSchema.optional().describe('Initial state (records the stateful tools read and write), copied fresh for every trial.'),
    state_file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('Path (relative to this file) of a JSON or YAML file holding the initial state.'),
};
// ---------------------------------------------------------------- profiles
const ProfileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: IdSchema,
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    data: JsonObjectSchema.describe('Free key/values; referenced as {{profile.key}} or {{profile.a.b}}.'),
    ...StateFieldsShape,
})
    .strict();
// ---------------------------------------------------------------- tools
const ToolFailureSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Error message returned to the agent.'),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional().describe('Status code reported with the error.'),
    timeout: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('Simulate a backend that never answers (the call times out).'),
    delay_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TIMEOUT_MS */ .mn).optional(),
})
    .strict();
const ToolMappingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    when: JsonObjectSchema.default({}).describe('Arguments to match; {{profile.x}} allowed.'),
    match: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['exact', 'partial', 'pattern'])
        .default('partial')
        .describe('exact: the arguments equal `when`; partial: every key of `when` matches; pattern: every string in ' +
        '`when` is a regex (RE2, whole-value unless anchored otherwise) its argument must match.'),
    output: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional().describe('Returned to the agent when the mapping matches.'),
    fail: ToolFailureSchema.optional().describe('Injected failure instead of an output.'),
})
    .strict();
/** A condition a stateful tool checks before it writes; a failed one is the tool's error, as a backend says it. */
const StateRequireSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe("Path into the state; `{arg}` segments are the call's arguments."),
    exists: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('The path must exist (true) or must not (false).'),
    equals: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional().describe('The value at the path must equal this (`{arg}` templates allowed).'),
    one_of: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).optional().describe('The value at the path must be one of these.'),
    error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('The error the tool answers when the condition does not hold.'),
})
    .strict();
/**
 * A tool declared over the trial's state: a read (`read`, `find`), or a write
 * (`require`, then `set`, `append`, `remove`, then `returns`).
 */
const StateToolSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    read: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Path to return, e.g. `orders[{order_id}]`.'),
    find: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('Path of a collection (object or list) to search for the first record matching `where`.'),
    where: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J())
        .optional()
        .describe('Field path (inside a record) → value (`{arg}` templates allowed) that `find` matches.'),
    ignore_case: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('`find` compares strings ignoring case and accents.'),
    require: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(StateRequireSchema).default([]).describe('Checked in order before any write.'),
    set: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).optional().describe('Path → value to write.'),
    append: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).optional().describe('Path of a list → value to append.'),
    remove: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional().describe('Paths to remove.'),
    returns: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('What the tool answers: a path (read after the writes), or `key` for the key `find` found.'),
    not_found: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('not found').describe('The error when `read` or `find` finds nothing.'),
})
    .strict();
const ModuleToolSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('JS module (relative to this file) exporting the tool as a function.'),
    export: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe("The export to call (default: the tool's name)."),
    timeout_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .positive()
        .max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TIMEOUT_MS */ .mn)
        .optional()
        .describe('Time limit of one call (default `run.mock_tool_timeout_ms`).'),
})
    .strict();
const ToolSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a tool name: 1-64 letters, digits, "_" or "-"'),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default(''),
    parameters: JsonObjectSchema.default({ type: 'object', properties: {} }).describe('JSON Schema of the arguments.'),
    strategy: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['mock', 'passthrough', 'none', 'state', 'module'])
        .default('mock')
        .describe('mock: answers from mappings; state: reads and writes declared over the trial state; module: a function ' +
        'the suite names; passthrough: a real backend; none: implemented by the agent itself.'),
    state: StateToolSchema.optional().describe('strategy state: the reads and writes.'),
    module: ModuleToolSchema.optional().describe('strategy module: where the function is.'),
    mock: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        mappings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ToolMappingSchema).default([]),
        default: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ output: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional(), fail: ToolFailureSchema.optional() }).strict().optional(),
    })
        .strict()
        .optional(),
    passthrough: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        headers: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default({}),
        timeout_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TIMEOUT_MS */ .mn).default(15_000),
    })
        .strict()
        .optional(),
})
    .strict();
// ---------------------------------------------------------------- metrics
const MetricBaseShape = {
    id: IdSchema.optional().describe('Name shown in reports; defaults to the type.'),
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).optional().describe('Minimum score (0-1) to pass.'),
};
const stringOrList = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())]);
const MetricSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('type', [
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('expected_outcome'), outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('rubric'), rubric: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1) }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('expected_output'),
        match: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['llm', 'exact', 'contains', 'regex']).default('llm'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('tool_called'),
        tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        args: JsonObjectSchema.optional(),
        args_match: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['exact', 'partial']).default('partial'),
        list_order: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['exact', 'any'])
            .optional()
            .describe('any: lists in the arguments match in any order (as multisets). Default exact.'),
        min_times: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MIN_TIMES */ .B9).default(1),
        times: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .int()
            .nonnegative()
            .max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MIN_TIMES */ .B9)
            .optional()
            .describe('Exactly this many matching calls (instead of at least `min_times`).'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('state'),
        path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Path into the final state, e.g. `orders["#W1"].status`.'),
        equals: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional().describe('The value equals this.'),
        contains: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()
            .optional()
            .describe('A string holds this text, or a list holds an item matching this (JSON subset).'),
        exists: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('The path exists (true) or does not (false).'),
        matches: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional().describe('The value matches this JSON subset (extra keys allowed).'),
        list_order: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['exact', 'any']).default('any').describe('How lists compare in equals and matches.'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('state_unchanged'),
        except: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1))
            .default([])
            .describe('Paths allowed to change (with everything inside them); anything else changed fails.'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('fail_if'),
        behavior: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('A behaviour that must not happen, judged by the judge model.'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('tool_not_called'), tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1) }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('tool_call_success') }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('tool_sequence'),
        tools: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).min(1),
        mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['in_order', 'exact']).default('in_order'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('latency'),
        p50_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional(),
        p95_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional(),
        max_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional(),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('turns'), max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive() }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('cost'), max_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative() }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('text'),
        contains: stringOrList.optional(),
        not_contains: stringOrList.optional(),
        regex: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        scope: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['any', 'all', 'final']).default('any').describe('Which agent messages are checked.'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('json_schema'), schema: JsonObjectSchema }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('infrastructure') }).strict(),
]);
/** A named, reusable metric declared once under `metrics`. */
const NamedMetricSchema = MetricSchema.and(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: IdSchema }).strict());
/** A criterion in a test: an inline metric or a reference to a named one (with an optional threshold override). */
const CriterionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ metric: IdSchema, threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).optional() }).strict(),
    MetricSchema,
]);
// ---------------------------------------------------------------- tests, sets, datasets
const PrioritySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['critical', 'high', 'normal', 'low']);
const TestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: IdSchema,
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    persona: IdSchema,
    scenario: IdSchema,
    profile: IdSchema.optional(),
    agent: IdSchema.optional().describe('Defaults to the only agent, or `defaults.agent`.'),
    criteria: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(CriterionSchema).default([]),
    ...StateFieldsShape,
    baseline_metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(true)
        .describe('Attach expected_outcome (when the scenario has one), infrastructure, tool_call_success and latency.'),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
    priority: PrioritySchema.default('normal'),
    runs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RUNS */ ._k).default(1),
    min_pass_rate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).default(1).describe('Share of trials that must pass, e.g. 0.8 = "4 of 5".'),
    deterministic: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .describe('true: the test gives the same outcome every time (e.g. a scripted scenario with exact checks): ' +
        "any pass→fail is a regression, with no confirmation trials and no share of the run's α."),
})
    .strict();
const SetSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: IdSchema,
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    tests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        test: IdSchema,
        runs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RUNS */ ._k).optional(),
        min_pass_rate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).optional(),
    })
        .strict())
        .min(1),
})
    .strict();
const DatasetItemSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: IdSchema,
    input: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    expected_output: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    metadata: JsonObjectSchema.default({}),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
})
    .strict();
const DatasetSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: IdSchema,
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    agent: IdSchema.optional(),
    profile: IdSchema.optional(),
    criteria: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(CriterionSchema).default([{ type: 'expected_output', match: 'llm' }]),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
    priority: PrioritySchema.default('normal'),
    runs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RUNS */ ._k).default(1),
    deterministic: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .describe('true: every item gives the same outcome every time (see tests[].deterministic).'),
    items: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(DatasetItemSchema).min(1),
})
    .strict();
// ---------------------------------------------------------------- variants, gate, run
/** Overrides applied to every trial of a variant: e.g. a model switch. */
const VariantSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    agent: IdSchema.optional().describe('Run every test against this agent instead.'),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Model override for openai agents.'),
    base_url: BaseUrlSchema.optional(),
    system_prompt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    system_prompt_file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    temperature: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(2).optional(),
})
    .strict();
const VariantsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ baseline: VariantSchema.optional(), candidate: VariantSchema.optional() })
    .strict();
const GateSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    min_pass_rate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .min(0)
        .max(1)
        .default(1)
        .describe('0-1: share of tests that must pass (errored tests count as not passing; invalid and not-run tests are ' +
        'left out). Default 1: any failing or erroring test fails the job.'),
    fail_on: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_model_results_js__WEBPACK_IMPORTED_MODULE_0__/* .FailOnSchema */ .fE).default(['regression', 'critical']),
    alpha: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .gt(0)
        .lt(1)
        .default(0.05)
        .describe("The run's false-fail rate: every comparison that can fail the gate is tested at alpha / comparisons " +
        '(one-sided Fisher exact; docs/statistics.md).'),
    history: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .min(1)
        .max(100)
        .default(10)
        .describe('Base-branch runs kept per test in the history the results carry and compare pools (default 10).'),
    allow_skipped: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .describe("true: tests that could not run for lack of a key or endpoint (e.g. the simulator's API key is not set) " +
        'are listed but do not fail the gate. Default false: a missing CI secret fails the run instead of ' +
        'passing it silently.'),
})
    .strict();
/** Confirmation trials and early stopping (docs/statistics.md); the defaults are src/verdict's DEFAULT_CONFIRMATION. */
const ConfirmationSettingsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(true)
        .describe('false: every test runs exactly its planned trials (no confirmation trials, no early stopping).'),
    max_extra: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .nonnegative()
        .max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RUNS */ ._k)
        .default(20)
        .describe('Extra trials a suspected drop against the history or the previous run gets before its verdict.'),
    max_extra_paired: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .nonnegative()
        .max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RUNS */ ._k)
        .default(25)
        .describe('Extra trials on each side when a candidate is compared with the baseline variant of the same run.'),
})
    .strict();
/** Long enough to be a real wait, short enough for CI. */
const DEFAULT_MOCK_TOOL_TIMEOUT_MS = 2_000;
const RunSettingsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    concurrency: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_CONCURRENCY */ .fx).default(8),
    call_timeout_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TIMEOUT_MS */ .mn).default(60_000),
    trial_timeout_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TIMEOUT_MS */ .mn).default(300_000),
    mock_tool_timeout_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .positive()
        .max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TIMEOUT_MS */ .mn)
        .default(DEFAULT_MOCK_TOOL_TIMEOUT_MS)
        .describe('How long a mock tool answering `fail: { timeout: true }` keeps the agent waiting before the call fails ' +
        `(default ${DEFAULT_MOCK_TOOL_TIMEOUT_MS} ms).`),
    retries: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RETRIES */ .kd).default(3),
    budget_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional(),
    fail_fast: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Stop starting new trials after a critical test fails.'),
    confirmation: ConfirmationSettingsSchema.optional().describe('Confirmation trials and early stopping; defaults when absent.'),
    pass_hat_k: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .positive()
        .max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RUNS */ ._k)
        .default(3)
        .describe('The k of pass^k (the chance that k trials in a row all pass), over the trials that passed, failed or ' +
        'errored (n); capped at n. Default 3.'),
})
    .strict();
// ---------------------------------------------------------------- files
const SuiteFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1).default(1).describe('Suite format version.'),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    include: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]).describe('Globs, relative to this file, of more suite files.'),
    // Root-only settings
    simulator: ModelEndpointSchema.optional().describe('Model that plays the simulated user (behavioral scenarios, scripted match: llm). Root config only.'),
    judge: ModelEndpointSchema.optional().describe('Model that judges LLM metrics (expected_outcome, rubric). Root config only.'),
    pricing: PricingSchema.optional().describe('USD per million tokens per model, overriding the built-in table. Root config only.'),
    defaults: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ agent: IdSchema.optional(), profile: IdSchema.optional() })
        .strict()
        .optional()
        .describe('Agent and profile used by tests that name none. Root config only.'),
    variants: VariantsSchema.optional().describe('Baseline and candidate overrides: every test runs under both, side by side. Root config only.'),
    gate: GateSchema.optional().describe('When the run fails the job. Root config only.'),
    run: RunSettingsSchema.optional().describe('Concurrency, timeouts, retries, budget. Root config only.'),
    // Collections, allowed in any file
    agents: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(AgentSchema).default([]).describe('Systems under test: openai, http or command.'),
    personas: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(PersonaSchema).default([]).describe('Simulated users: role, background, language, traits.'),
    scenarios: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ScenarioSchema)
        .default([])
        .describe('What the simulated user tries to do: behavioral or scripted (conditional actions).'),
    profiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ProfileSchema)
        .default([])
        .describe('Test data referenced as {{profile.x}} and passed to the agent.'),
    tools: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ToolSchema).default([]).describe('Tools the agent may call: mock, passthrough or none.'),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(NamedMetricSchema)
        .default([])
        .describe('Reusable named metrics, referenced from criteria as `metric: <id>`.'),
    tests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(TestSchema).default([]).describe('Persona + scenario (+ profile) against an agent, with criteria.'),
    sets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(SetSchema).default([]).describe('Groups of tests with run counts.'),
    datasets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(DatasetSchema).default([]).describe('Single-turn items scored against expected outputs.'),
})
    .strict();
const ROOT_ONLY_KEYS = ['simulator', 'judge', 'pricing', 'defaults', 'variants', 'gate', 'run'];


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


/***/ })

};

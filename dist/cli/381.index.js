export const id = 381;
export const ids = [381];
export const modules = {

/***/ 1234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l1: () => (/* reexport */ CASSETTE_ROLES),
  rN: () => (/* reexport */ Cassette),
  LO: () => (/* binding */ cassetteHooks),
  G3: () => (/* reexport */ keepCassetteLog),
  d3: () => (/* reexport */ readCassetteFile),
  xc: () => (/* reexport */ secretRedactor),
  Cb: () => (/* reexport */ writeCassetteFile)
});

// UNUSED EXPORTS: CASSETTE_MODES, CassetteMiss, canonicalJson, cassetteLogPath, parseCassette

// EXTERNAL MODULE: ./src/engine/index.ts + 23 modules
var engine = __webpack_require__(1544);
// EXTERNAL MODULE: ./src/judge/index.ts + 4 modules
var src_judge = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/llm/types.ts
var types = __webpack_require__(7222);
;// CONCATENATED MODULE: ./src/cassette/chat.ts
/**
 * The cassette as a ChatClient decorator: simulator, openai-agent and judge
 * calls are answered from the recording or made live and stored. A replayed
 * call costs nothing and takes no time; its recorded usage is kept, so the
 * trial's tokens and cost read as they did when it was recorded (and the
 * cassette counts that cost as replayed, not spent).
 */

function cassetteChat(cassette, scopes, live) {
    return {
        async complete(request) {
            const scope = scopes.current;
            if (!scope)
                return live.complete(request);
            const kind = scope.judging
                ? 'judge'
                : request.endpoint === scope.trial.simulator
                    ? 'simulator'
                    : 'agent';
            if (!cassette.handles(kind))
                return live.complete(request);
            const site = scope.site(kind, request.endpoint.model, kind === 'judge' ? undefined : turnOf(kind, request));
            const { key, canonical } = cassette.keyOf(site, canonicalChat(request), (base) => scope.occurrence(base));
            const found = cassette.lookup(site, key, canonical, costOfChat);
            if (found.found)
                return answerOf(found.response);
            if (found.miss)
                throw new types/* LlmCallError */.i(found.miss.message, 'infrastructure', 1);
            try {
                const result = await live.complete(request);
                cassette.store(site, key, canonical, {
                    content: result.content,
                    toolCalls: result.toolCalls,
                    usage: result.usage,
                    attempts: result.attempts,
                });
                return result;
            }
            catch (error) {
                // A cancel says nothing about the endpoint: not stored.
                if (error instanceof types/* LlmCallError */.i && error.category !== 'cancelled') {
                    const stored = {
                        error: { category: error.category, message: error.message, attempts: error.attempts },
                    };
                    cassette.store(site, key, canonical, stored);
                }
                throw error;
            }
        },
    };
}
/** What identifies a chat call: not the URL (machine-specific) nor the key, nor the signal. */
function canonicalChat(request) {
    return {
        model: request.endpoint.model,
        temperature: request.endpoint.temperature,
        json: request.json,
        messages: request.messages,
        tools: request.tools,
    };
}
function answerOf(stored) {
    if ('error' in stored)
        throw new types/* LlmCallError */.i(stored.error.message, stored.error.category, stored.error.attempts);
    return {
        content: stored.content,
        toolCalls: stored.toolCalls,
        usage: stored.usage,
        durationMs: 0,
        attempts: stored.attempts,
    };
}
function costOfChat(response) {
    const usage = response?.usage;
    return usage?.costUsd ?? 0;
}
/**
 * The turn a conversation call belongs to: the agent has seen one user
 * message per turn; the simulator (whose own lines are `assistant`) is
 * writing the message after its earlier ones.
 */
function turnOf(kind, request) {
    const count = (role) => request.messages.filter((message) => message.role === role).length;
    return kind === 'simulator' ? count('assistant') + 1 : Math.max(1, count('user'));
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
;// CONCATENATED MODULE: ./src/cassette/scope.ts
/**
 * Which trial a call belongs to. The runner runs many trials at once through
 * one chat client; the cassette wraps the engine's and the judge's entry
 * points so every call made inside a trial finds its trial (and the count of
 * calls so far) in async-local storage, without threading it through every
 * stage.
 */

class TrialScope {
    trial;
    judging;
    perKind = new Map();
    perRequest = new Map();
    constructor(trial, 
    /** true inside the judge: its calls are `judge` calls. */
    judging) {
        this.trial = trial;
        this.judging = judging;
    }
    turn;
    /**
     * The next call of `kind` in this trial. `turn`: the conversation turn the
     * call shows it belongs to; a call that does not show it (a tool call, a
     * tool-results message) belongs to the last turn seen.
     */
    site(kind, target, turn) {
        const callNumber = (this.perKind.get(kind) ?? 0) + 1;
        this.perKind.set(kind, callNumber);
        if (turn !== undefined)
            this.turn = turn;
        const shown = this.judging ? undefined : this.turn;
        return {
            testId: this.trial.testId,
            trialId: this.trial.id,
            kind,
            callNumber,
            target,
            ...(shown !== undefined ? { turn: shown } : {}),
        };
    }
    /** 0 for the first call with this request key in the trial, 1 for the next identical one… */
    occurrence(base) {
        const seen = this.perRequest.get(base) ?? 0;
        this.perRequest.set(base, seen + 1);
        return seen;
    }
}
class TrialScopes {
    storage = new external_node_async_hooks_.AsyncLocalStorage();
    run(scope, work) {
        return this.storage.run(scope, work);
    }
    /** undefined outside any trial (such a call is not the cassette's business). */
    get current() {
        return this.storage.getStore();
    }
}

;// CONCATENATED MODULE: ./src/cassette/tap.ts
const SESSION_PLACEHOLDER = '<session>';
function cassetteTap(cassette, scopes) {
    return {
        async through(call, live) {
            const scope = scopes.current;
            if (!scope || !cassette.handles(call.kind))
                return live();
            const site = scope.site(call.kind, call.target, tap_turnOf(call.body));
            const request = { target: call.target, body: normaliseSession(call.body) };
            const { key, canonical } = cassette.keyOf(site, request, (base) => scope.occurrence(base));
            const found = cassette.lookup(site, key, canonical, () => 0);
            if (found.found)
                return found.response;
            if (found.miss)
                return { ok: false, category: 'infrastructure', message: found.miss.message };
            const outcome = await live();
            if (outcome.ok || outcome.category !== 'cancelled')
                cassette.store(site, key, canonical, outcome);
            return outcome;
        },
    };
}
function normaliseSession(body) {
    if (body === null || typeof body !== 'object' || !('session_id' in body))
        return body;
    return { ...body, session_id: SESSION_PLACEHOLDER };
}
/** An agent's turn request carries its 0-based turn; tool results and tool calls belong to the last one. */
function tap_turnOf(body) {
    const turn = body?.turn;
    return typeof turn === 'number' ? turn + 1 : undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/cassette/canonical.ts
/**
 * The canonical form of a recorded call: JSON with sorted keys and no
 * `undefined`, so two identical requests serialise to the same text on any
 * machine, and a flat `path: value` listing of it, to say what differs
 * between two requests.
 */

/** JSON text with object keys sorted at every depth (one line). */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, entry]) => [key, sortKeys(entry)]));
}
/** Short content hash: enough to tell requests apart within one trial. */
function hashOf(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
}
/** `messages[2].content` → its JSON value, for every leaf. */
function flatten(value, path = '', into = new Map()) {
    if (Array.isArray(value)) {
        if (value.length === 0)
            into.set(path, '[]');
        value.forEach((entry, index) => flatten(entry, `${path}[${index}]`, into));
    }
    else if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value);
        if (entries.length === 0)
            into.set(path, '{}');
        for (const [key, entry] of entries)
            flatten(entry, path ? `${path}.${key}` : key, into);
    }
    else if (value !== undefined) {
        into.set(path, JSON.stringify(value));
    }
    return into;
}
/** The leaves that differ between two canonical values, in path order. */
function differences(recorded, now) {
    const before = flatten(recorded);
    const after = flatten(now);
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    return paths
        .filter((path) => before.get(path) !== after.get(path))
        .map((path) => ({
        path,
        ...(before.has(path) ? { recorded: before.get(path) } : {}),
        ...(after.has(path) ? { now: after.get(path) } : {}),
    }));
}
const SHOWN_DIFFERENCES = 5;
const SHOWN_VALUE_CHARS = 100;
/** A few lines, `path: recorded … → now …`, for an error message. */
function describeDifferences(found) {
    const shown = found
        .slice(0, SHOWN_DIFFERENCES)
        .map((difference) => `  ${difference.path || '(the whole request)'}: recorded ${clip(difference.recorded)} → now ` +
        `${clip(difference.now)}`);
    const more = found.length - shown.length;
    return [...shown, ...(more > 0 ? [`  … and ${more} more difference${more === 1 ? '' : 's'}`] : [])].join('\n');
}
function clip(value) {
    if (value === undefined)
        return '(absent)';
    return value.length > SHOWN_VALUE_CHARS ? `${value.slice(0, SHOWN_VALUE_CHARS)}…` : value;
}

;// CONCATENATED MODULE: ./src/cassette/cassette.ts
/**
 * A cassette: every recorded call of a run, keyed by where it happened (the
 * trial and the kind of call) and by a hash of the request's canonical form.
 * Identical requests within a trial are told apart by their order.
 *
 * Modes: `record` calls live and stores every call; `replay` answers from the
 * recording and never calls live (a missing call is an error naming it and
 * saying what differs from the nearest recorded request); `replay-or-record`
 * replays what it has and calls live, and stores, what it lacks. Roles limit
 * the cassette to some calls (e.g. the simulator and the judge replayed while
 * the agent runs live): the others pass through untouched.
 */

const CASSETTE_MODES = (/* unused pure expression or super */ null && (['record', 'replay', 'replay-or-record']));
const CASSETTE_ROLES = ['simulator', 'agent', 'judge', 'tool'];
function roleOf(kind) {
    if (kind === 'simulator' || kind === 'judge')
        return kind;
    return kind === 'passthrough-tool' ? 'tool' : 'agent';
}
class CassetteMiss extends Error {
    constructor(message) {
        super(message);
        this.name = 'CassetteMiss';
    }
}
class Cassette {
    mode;
    roles;
    name;
    redactor;
    entries = new Map();
    missList = [];
    replayed = 0;
    recorded = 0;
    replayedCostUsd = 0;
    constructor(options) {
        this.mode = options.mode;
        this.roles = new Set(options.roles ?? CASSETTE_ROLES);
        this.name = options.name;
        this.redactor = options.redactor;
        for (const entry of options.entries ?? [])
            this.entries.set(entry.key, entry);
    }
    /** Whether any call of this kind was recorded. */
    holds(kind) {
        return [...this.entries.values()].some((entry) => entry.kind === kind);
    }
    /** The simulator's calls come from the recording, so its key is not needed to plan behavioral scenarios. */
    replaysSimulator() {
        return this.mode !== 'record' && this.handles('simulator') && this.holds('simulator');
    }
    handles(kind) {
        return this.roles.has(roleOf(kind));
    }
    /**
     * The canonical request (secrets redacted, keys sorted) and its key; `occurrence`
     * numbers identical requests within the trial (given the key without it).
     */
    keyOf(site, request, occurrence) {
        const canonical = sortKeys(this.redactor.redact(request));
        const base = `${site.trialId} ${site.kind} ${hashOf(canonicalJson(canonical))}`;
        return { key: `${base} ${String(occurrence(base)).padStart(3, '0')}`, canonical };
    }
    /** The recorded answer, or (in strict replay) the error to raise. */
    lookup(site, key, canonical, costOf) {
        const entry = this.entries.get(key);
        if (entry) {
            this.replayed++;
            this.replayedCostUsd += costOf(entry.response);
            return { found: true, response: entry.response };
        }
        if (this.mode !== 'replay')
            return { found: false };
        const miss = new CassetteMiss(this.describeMiss(site, canonical));
        this.missList.push(miss.message);
        return { found: false, miss };
    }
    store(site, key, canonical, response) {
        if (this.mode === 'replay')
            return;
        this.recorded++;
        const entry = {
            key,
            trial: site.trialId,
            kind: site.kind,
            request: canonical,
            response: sortKeys(this.redactor.redact(response)),
        };
        this.entries.set(key, entry);
        this.onStore?.(entry);
    }
    /** Told of every call recorded from now on (the cassette's log, see file.ts): set once the run is about to start. */
    onStore;
    /** Calls an interrupted run recorded before it was killed (a resumed run takes them in). */
    restore(entries) {
        for (const entry of entries)
            if (!this.entries.has(entry.key))
                this.entries.set(entry.key, entry);
    }
    /** Strict-replay misses so far, each naming its call. */
    get misses() {
        return this.missList;
    }
    get stats() {
        return { replayed: this.replayed, recorded: this.recorded, replayedCostUsd: this.replayedCostUsd };
    }
    /** One sorted-key JSON line per call, lines sorted by key: the same run recorded twice gives the same file. */
    serialize() {
        const keys = [...this.entries.keys()].sort();
        return keys.map((key) => canonicalJson(this.entries.get(key))).join('\n') + (keys.length > 0 ? '\n' : '');
    }
    describeMiss(site, canonical) {
        const where = `test ${site.testId}, trial ${site.trialId}, ${site.turn !== undefined ? `turn ${site.turn}, ` : ''}` +
            `${site.kind} call #${site.callNumber} (${site.target}): ` +
            `no recorded call in ${this.name}`;
        const nearest = this.nearest(site, canonical);
        if (!nearest)
            return `${where}, and none of this kind for this trial: record the cassette again (--record)`;
        return (`${where}; the nearest recorded request (${nearest.entry.trial}) ` +
            `differs:\n${describeDifferences(nearest.differences)}`);
    }
    /** The recorded request of the same kind (this trial's first) with the fewest differing fields. */
    nearest(site, canonical) {
        const sameKind = [...this.entries.values()].filter((entry) => entry.kind === site.kind);
        const sameTrial = sameKind.filter((entry) => entry.trial === site.trialId);
        let best;
        for (const entry of sameTrial.length > 0 ? sameTrial : sameKind) {
            const found = differences(entry.request, canonical);
            if (!best || found.length < best.differences.length)
                best = { entry, differences: found };
        }
        return best;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/cassette/file.ts
/** Reading and writing a cassette file: one JSON object per line, every line checked on load. */





const KINDS = new Set(['simulator', 'agent', 'judge', 'http-agent', 'command-agent', 'passthrough-tool']);
/** The entries of a cassette file; a missing file is an empty cassette when `missingIsEmpty`. */
async function readCassetteFile(path, shownAs, missingIsEmpty) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' && missingIsEmpty)
            return [];
        throw new errors/* ConfigurationError */.j1(`cannot read the cassette ${shownAs}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    return parseCassette(text, shownAs);
}
function parseCassette(text, shownAs) {
    const entries = [];
    text.split('\n').forEach((line, index) => {
        if (line.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${shownAs}:${index + 1}:1: not a JSON line (${(0,errors/* errorMessage */.gJ)(error)})`);
        }
        const entry = value;
        if (!entry ||
            typeof entry.key !== 'string' ||
            typeof entry.trial !== 'string' ||
            !KINDS.has(entry.kind) ||
            !('response' in entry)) {
            throw new errors/* ConfigurationError */.j1(`${shownAs}:${index + 1}:1: expected a recorded call {key, trial, kind, request, response}`);
        }
        entries.push(entry);
    });
    return entries;
}
/**
 * Written whole to a temporary file then renamed: a crash never leaves half a cassette. The run's log (see
 * keepCassetteLog) is spent once the cassette is on disk.
 */
async function writeCassetteFile(path, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, text, 'utf8');
    await (0,promises_.rename)(temporary, path);
    await (0,promises_.rm)(cassetteLogPath(path), { force: true });
}
/** Where a recording run logs each call as it is recorded: next to the cassette. */
function cassetteLogPath(path) {
    return `${path}.partial`;
}
/**
 * The cassette file is written when the run ends; until then each recorded call is appended to its log, so a run
 * killed on the way (SIGKILL, an OOM kill) loses no call it paid for. A resumed run takes the log's calls in (its
 * finished trials are not run again, and their calls belong in the cassette); any other run starts a new log.
 * Not in strict replay, which records nothing.
 */
async function keepCassetteLog(cassette, path, resuming) {
    if (cassette.mode === 'replay')
        return;
    const log = cassetteLogPath(path);
    if (resuming)
        cassette.restore(await readCassetteLog(log));
    // The log is a safety net: where it cannot be kept (a read-only directory), the run records as before, and the
    // cassette is still written whole at the end. A failing write never fails the call being recorded.
    try {
        if (!resuming)
            await (0,promises_.rm)(log, { force: true });
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    }
    catch {
        return;
    }
    let broken = false;
    // Synchronous, one line per call: a call's line is in the file before its answer is used.
    cassette.onStore = (entry) => {
        if (broken)
            return;
        try {
            (0,external_node_fs_.appendFileSync)(log, `${canonicalJson(entry)}\n`, 'utf8');
        }
        catch {
            broken = true;
        }
    };
}
/** A log's complete lines; a half-written last line (the kill came mid-write) or a missing log is nothing. */
async function readCassetteLog(log) {
    let text;
    try {
        text = await (0,promises_.readFile)(log, 'utf8');
    }
    catch {
        return [];
    }
    return parseCassette(text.slice(0, text.lastIndexOf('\n') + 1), log);
}

// EXTERNAL MODULE: ./src/suite/secrets.ts + 2 modules
var secrets = __webpack_require__(2280);
;// CONCATENATED MODULE: ./src/cassette/redact.ts
/**
 * Secrets never reach a cassette: requests and responses go through the one
 * redaction layer (the environment's secrets and credential shapes become
 * `***`) before they are hashed or written. Redacting before hashing also
 * keeps a request's key the same on a machine with another key.
 */

function secretRedactor(env) {
    const redactor = (0,secrets/* redactorFor */.sD)(undefined, env);
    return { redact: (value) => redactor.redactValue(value) };
}

;// CONCATENATED MODULE: ./src/cassette/index.ts
/**
 * Cassettes: record every call a run makes (simulator, agent, judge, http and
 * command agent turns, passthrough tools) and replay them, so a run can be
 * repeated offline, for free, with the same transcripts and verdicts.
 *
 * `recordingRun` gives the pipeline what to plug into the runner: a chat
 * client decorator and wrapped engine/judge entry points (which tell the
 * cassette which trial a call belongs to and plug the exchange tap into the
 * engine).
 */









/** The runner's chat client and entry points with the cassette in the way of every call. */
function cassetteHooks(cassette, live) {
    const scopes = new TrialScopes();
    const tap = cassetteTap(cassette, scopes);
    const execute = live.executeTrial ?? engine.executeTrial;
    const judge = live.judgeTrial ?? src_judge/* judgeTrial */.U3;
    return {
        chat: cassetteChat(cassette, scopes, live.chat),
        executeTrial: (trial, ctx) => scopes.run(new TrialScope(trial, false), () => execute(trial, { ...ctx, exchanges: tap })),
        judgeTrial: (trial, trace, deps) => scopes.run(new TrialScope(trial, true), () => judge(trial, trace, deps)),
    };
}


/***/ }),

/***/ 6084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pO: () => (/* binding */ DEFAULT_ALPHA),
  qB: () => (/* binding */ compareRuns),
  Ov: () => (/* binding */ compareVariants),
  s: () => (/* reexport */ comparisonJson)
});

// UNUSED EXPORTS: CHANGE_CATEGORIES, DEFINITION_PARTS, comparisonPayload, fisherOneSided, logFactorial

// EXTERNAL MODULE: ./src/model/history.ts
var model_history = __webpack_require__(8585);
// EXTERNAL MODULE: ./src/verdict/index.ts + 12 modules
var verdict = __webpack_require__(3877);
// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
;// CONCATENATED MODULE: ./src/compare/types.ts
/**
 * `regression`: a drop confirmed by the exact test at the per-comparison level (fails the gate).
 * `suspected`: a drop the run had no chance to confirm (no confirmation trials); shown, does not fail the gate.
 * `not_confirmed`: a suspected drop the confirmation trials did not confirm.
 * `flaky`: unstable across its history (pooled pass rate strictly between 5% and 95% over ≥ 10 trials).
 */
const CHANGE_CATEGORIES = [
    'regression',
    'suspected',
    'not_confirmed',
    'fix',
    'flaky',
    'still_failing',
    'still_passing',
    'new',
    'removed',
    'invalid',
];
/** What a test is made of, each with its own content version in the results. */
const DEFINITION_PARTS = ['persona', 'scenario', 'profile', 'tools', 'criteria', 'agent'];

;// CONCATENATED MODULE: ./src/compare/classify.ts
/**
 * Put one test key in a category, from its counts on both sides and the
 * run's comparison plan. Pure: the statistics live in src/verdict, the
 * run-level work in index.ts.
 *
 * A drop is a `regression` only when the exact test on the full confirmation
 * sample rejects at the per-comparison level (decideDrop, the same decision the
 * runner takes between batches); a drop the run could not confirm is
 * `suspected`, one it tried and did not confirm is `not_confirmed`. A rise at
 * the same level is a `fix`.
 */




function sideStats(test) {
    return {
        verdict: test.verdict,
        trials: test.passes + test.failures,
        passes: test.passes,
        errors: test.errors,
        passRate: test.passRate,
        costUsd: test.costUsd,
        latencyP50: test.latencyP50,
        latencyP95: test.latencyP95,
        ...(test.personaVersion === undefined ? {} : { personaVersion: test.personaVersion }),
        ...(test.scenarioVersion === undefined ? {} : { scenarioVersion: test.scenarioVersion }),
    };
}
const VERSION_FIELDS = {
    persona: 'personaVersion',
    scenario: 'scenarioVersion',
    profile: 'profileVersion',
    tools: 'toolsVersion',
    criteria: 'criteriaVersion',
    agent: 'agentVersion',
};
/**
 * The parts of the test's definition whose version differs; a version absent
 * on either side (older files) is unknown, not changed.
 */
function changedDefinition(before, after) {
    return DEFINITION_PARTS.filter((part) => {
        const field = VERSION_FIELDS[part];
        const was = before[field];
        const now = after[field];
        return was !== undefined && now !== undefined && was !== now;
    });
}
function noOutcomeNote(side, test) {
    if (test.verdict === 'not_run')
        return `not run ${side === 'before' ? 'before' : 'now'}`;
    const parts = [test.errors ? (0,plural/* plural */.L)(test.errors, 'error') : '', test.invalid ? `${test.invalid} invalid` : '']
        .filter(Boolean)
        .join(', ');
    return `no pass/fail trial ${side === 'before' ? 'before' : 'now'}${parts ? ` (${parts})` : ''}`;
}
function stabilityFor(after, history) {
    if (!history || history.length === 0)
        return undefined;
    return (0,model_history/* stabilityOf */.nD)((0,model_history/* pool */.dz)(history, (0,model_history/* definitionOf */.Fg)(after)));
}
function steady(after, stability) {
    if (stability === 'flaky')
        return 'flaky';
    return after.verdict === 'pass' ? 'still_passing' : 'still_failing';
}
/** The reference the drop test reads: the plan's, the baseline's first trials, or the previous run's planned ones. */
function settingsOf(ctx) {
    return ctx.settings ? { settings: ctx.settings } : {};
}
function referenceOf(before, ctx) {
    const plannedBefore = Math.max(1, (0,verdict/* firstCounts */.Tj)(before, before.runs).trials);
    if (ctx.paired) {
        const extendable = {
            counts: { passes: 0, trials: 0 },
            source: 'baseline',
            extendablePlanned: plannedBefore,
        };
        const limit = (0,verdict/* fullSample */.sO)({ planned: 1, reference: extendable, ...settingsOf(ctx) }).reference ?? before.runs;
        return { ...extendable, counts: (0,verdict/* firstCounts */.Tj)(before, limit) };
    }
    return ctx.reference ?? { counts: (0,verdict/* firstCounts */.Tj)(before, before.runs), source: 'previous' };
}
function classifyCounts(before, after, ctx) {
    const stability = stabilityFor(after, ctx.history);
    const withStability = stability === undefined ? {} : { stability };
    if (before.passes + before.failures === 0 && !ctx.reference) {
        return { category: 'invalid', note: noOutcomeNote('before', before) };
    }
    const planned = (0,verdict/* firstCounts */.Tj)(after, after.runs);
    if (planned.trials === 0)
        return { category: 'invalid', note: noOutcomeNote('after', after) };
    const reference = referenceOf(before, ctx);
    if (reference.counts.trials === 0)
        return { category: 'invalid', note: noOutcomeNote('before', before) };
    const current = (0,verdict/* firstCounts */.Tj)(after, (0,verdict/* fullSample */.sO)({ planned: planned.trials, reference, ...settingsOf(ctx) }).current);
    const evidence = {
        reference: {
            source: reference.source,
            passes: reference.counts.passes,
            trials: reference.counts.trials,
            ...(reference.source === 'history' ? { runs: (0,model_history/* pool */.dz)(ctx.history ?? [], (0,model_history/* definitionOf */.Fg)(after)).runs } : {}),
        },
        planned,
        ...(current.trials > planned.trials ? { confirmed: current } : {}),
        ...withStability,
    };
    const decision = (0,verdict/* decideDrop */.eg)({
        reference,
        current,
        planned: planned.trials,
        alpha: ctx.alpha,
        ...settingsOf(ctx),
        ...(ctx.deterministic ? { deterministic: true } : {}),
    });
    const pDrop = (0,verdict/* observedDrop */.We)(reference.counts, current) ? (0,verdict/* dropPValue */.RA)(reference.counts, current).value : undefined;
    const withP = pDrop === undefined ? {} : { pValue: pDrop };
    if (decision.status === 'more')
        return { category: 'suspected', ...withP, ...evidence };
    if (decision.outcome === 'regression-confirmed')
        return { category: 'regression', ...withP, ...evidence };
    // Not confirmed only when there was a drop to confirm: extra trials run for another reason (the threshold,
    // the baseline side) leave a steady test steady.
    const dropped = (0,verdict/* observedDrop */.We)(reference.counts, planned) || (0,verdict/* observedDrop */.We)(reference.counts, current);
    if (decision.outcome === 'not-confirmed' && dropped)
        return { category: 'not_confirmed', ...withP, ...evidence };
    // A single-trial flip with nothing to confirm it: rerun before it can fail the gate.
    if (planned.trials === 1 && current.trials === 1 && (0,verdict/* observedDrop */.We)(reference.counts, current)) {
        return { category: 'suspected', ...withP, ...evidence };
    }
    if ((0,verdict/* observedDrop */.We)(current, reference.counts)) {
        const rise = (0,verdict/* dropPValue */.RA)(current, reference.counts);
        const singleFlip = reference.counts.trials === 1 && current.trials === 1;
        if (singleFlip || (0,verdict/* isBelow */.Yw)(rise, ctx.alpha)) {
            return { category: 'fix', ...(singleFlip ? {} : { pValue: rise.value }), ...evidence };
        }
        return { category: steady(after, stability), pValue: rise.value, ...evidence };
    }
    return { category: steady(after, stability), ...withP, ...evidence };
}
function classifyPair(before, after, ctx) {
    const classified = classifyCounts(before, after, ctx);
    return {
        key: after.key,
        testId: after.testId,
        test: after,
        before: sideStats(before),
        after: sideStats(after),
        changedDefinition: ctx.trackDefinition === false ? [] : changedDefinition(before, after),
        ...classified,
    };
}
function unmatched(test, category) {
    const stats = sideStats(test);
    return {
        key: test.key,
        testId: test.testId,
        category,
        test,
        ...(category === 'new' ? { after: stats } : { before: stats }),
        changedDefinition: [],
    };
}

;// CONCATENATED MODULE: ./src/compare/totals.ts
function delta(before, after) {
    const b = before ?? null;
    const a = after ?? null;
    return { before: b, after: a, change: a === null || b === null ? null : a - b };
}
function totalsDelta(before, after) {
    return {
        passRate: delta(before.passRate, after.passRate),
        testsPassed: delta(before.passed, after.passed),
        tests: delta(before.tests, after.tests),
        costUsd: delta(before.usage.costUsd, after.usage.costUsd),
        tokens: delta(before.usage.inputTokens + before.usage.outputTokens, after.usage.inputTokens + after.usage.outputTokens),
        durationMs: delta(before.durationMs, after.durationMs),
        latencyP50: delta(before.latencyP50, after.latencyP50),
        latencyP95: delta(before.latencyP95, after.latencyP95),
    };
}

// EXTERNAL MODULE: ./src/results/variant-totals.ts
var variant_totals = __webpack_require__(3231);
;// CONCATENATED MODULE: ./src/compare/variant-totals.ts

function totalsOfVariant(results, variant) {
    return results.variantTotals[variant] ?? (0,variant_totals/* computeVariantTotals */._)(results, variant);
}

;// CONCATENATED MODULE: ./src/compare/json.ts
function sideJson(stats) {
    if (!stats)
        return null;
    return {
        passes: stats.passes,
        trials: stats.trials,
        errors: stats.errors,
        passRate: stats.passRate,
        verdict: stats.verdict,
    };
}
function changeJson(change) {
    return {
        key: change.key,
        testId: change.testId,
        variant: change.test.variant,
        priority: change.test.priority,
        tags: change.test.tags,
        before: sideJson(change.before),
        after: sideJson(change.after),
        pValue: change.pValue ?? null,
        ...(change.reference ? { reference: change.reference } : {}),
        ...(change.planned ? { planned: change.planned } : {}),
        ...(change.confirmed ? { confirmed: change.confirmed } : {}),
        ...(change.stability ? { stability: change.stability } : {}),
        changedDefinition: change.changedDefinition,
        ...(change.note ? { note: change.note } : {}),
    };
}
/** One comparison as plain data: the same fields for previous → current and baseline → candidate. */
function comparisonPayload(comparison) {
    const of = (category) => comparison.changes.filter((c) => c.category === category).map(changeJson);
    return {
        kind: comparison.kind,
        before: comparison.before,
        after: comparison.after,
        method: comparison.method,
        counts: comparison.counts,
        totals: comparison.totals,
        failureCategories: comparison.failureCategories,
        regressions: of('regression'),
        suspected: of('suspected'),
        notConfirmed: of('not_confirmed'),
        fixes: of('fix'),
        flaky: of('flaky'),
        new: of('new'),
        removed: of('removed'),
        invalid: of('invalid'),
        stillFailing: of('still_failing'),
    };
}
/**
 * The previous-run comparison at the top level (as before), plus `variants`:
 * the current run's baseline vs candidate, or null when only one variant ran.
 */
function comparisonJson(previous, variants) {
    const payload = { ...comparisonPayload(previous), variants: variants ? comparisonPayload(variants) : null };
    return `${JSON.stringify(payload, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/compare/index.ts
/**
 * Compare a run with what came before (its pooled history on the base branch,
 * else the previous run) or two variants of one run (baseline → candidate)
 * over stable test keys. Pure functions.
 *
 * Every comparison is decided at the per-comparison level of the run's plan
 * (run α / comparisons): a drop fails the gate only once confirmed (see
 * classify.ts); a single-trial flip is only suspected until confirmation
 * trials or a `deterministic` declaration settle it. `flaky` means unstable
 * across the history, never "a change that was not significant".
 */









const DEFAULT_ALPHA = 0.05;
const PRIORITY_ORDER = { critical: 0, high: 1, normal: 2, low: 3 };
function methodOf(alpha, level) {
    const each = level.comparisons === 1 ? `α = ${alpha}` : `α = ${alpha} / ${level.comparisons} comparisons`;
    return {
        test: 'one-sided Fisher exact test',
        alpha,
        comparisonAlpha: level.value,
        comparisons: level.comparisons,
        description: `Each test is compared with its pooled history on the base branch (else the previous run) and a candidate ` +
            `with its baseline, by a one-sided Fisher exact test at ${each}. A drop is a regression only when ` +
            'confirmation trials confirm it; a drop the run could not confirm is listed as suspected, one it could not ' +
            'confirm as not confirmed. Flaky: unstable across the history (pooled pass rate strictly between 5% and 95%).',
    };
}
/** The level of a comparison made outside a run's plan: one comparison at the run's α. */
function levelOf(alpha, plan) {
    return plan?.level ?? (0,verdict/* comparisonLevel */.yj)(alpha, 1);
}
function validAlpha(alpha) {
    const value = alpha ?? DEFAULT_ALPHA;
    if (!(value > 0 && value < 1))
        throw new RangeError(`alpha must be between 0 and 1 (exclusive), got ${value}`);
    return value;
}
function sortChanges(changes) {
    const rank = (category) => CHANGE_CATEGORIES.indexOf(category);
    return changes.sort((x, y) => rank(x.category) - rank(y.category) ||
        PRIORITY_ORDER[x.test.priority] - PRIORITY_ORDER[y.test.priority] ||
        (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
function countByCategory(changes) {
    const counts = Object.fromEntries(CHANGE_CATEGORIES.map((category) => [category, 0]));
    for (const change of changes)
        counts[change.category] += 1;
    return counts;
}
/** Match `before` and `after` tests by `matchKey`; everything unmatched is new or removed. */
function compareTests(before, after, matchKey, contextOf) {
    const beforeByKey = new Map(before.map((test) => [matchKey(test), test]));
    const afterKeys = new Set();
    const changes = [];
    for (const test of after) {
        const key = matchKey(test);
        afterKeys.add(key);
        const previous = beforeByKey.get(key);
        changes.push(previous ? classifyPair(previous, test, contextOf(previous, test)) : unmatched(test, 'new'));
    }
    for (const test of before)
        if (!afterKeys.has(matchKey(test)))
            changes.push(unmatched(test, 'removed'));
    return sortChanges(changes);
}
function sideOf(results, label, detail) {
    return {
        label,
        runId: results.runId,
        status: results.status,
        startedAt: results.startedAt,
        ...(results.git.sha === undefined ? {} : { sha: results.git.sha }),
        ...(results.git.ref === undefined ? {} : { ref: results.git.ref }),
        ...(detail === undefined ? {} : { detail }),
    };
}
/**
 * The confirmation allowance the run was given (its suite's `run.confirmation`), so compare tests the same full
 * sample the runner filled; the defaults for runs that record none.
 */
function confirmationSettingsOf(results) {
    const recorded = results.confirmation;
    if (!recorded)
        return verdict/* DEFAULT_CONFIRMATION */.Wh;
    return { ...verdict/* DEFAULT_CONFIRMATION */.Wh, maxExtra: recorded.maxExtra, maxExtraPaired: recorded.maxExtraPaired };
}
/** The stored previous run against this run, key by key (`testId@variant`). */
function compareRuns(previous, current, options = {}) {
    const alpha = validAlpha(options.alpha);
    const level = levelOf(alpha, options.plan);
    const history = options.history ?? {};
    const contextOf = (before, after) => {
        const reference = options.plan
            ? options.plan.referenceFor(after.key)
            : (0,verdict/* chooseReference */.x)(history[after.key], (0,model_history/* definitionOf */.Fg)(after), {
                counts: (0,verdict/* plannedCounts */.$h)(before),
                definition: (0,model_history/* definitionOf */.Fg)(before),
            });
        return {
            alpha: level.alpha,
            settings: confirmationSettingsOf(current),
            ...(reference ? { reference } : {}),
            ...(options.plan?.deterministic(after.key) || after.deterministic ? { deterministic: true } : {}),
            ...(history[after.key] ? { history: history[after.key] } : {}),
        };
    };
    const changes = compareTests(previous.tests, current.tests, (test) => test.key, contextOf);
    return {
        kind: 'runs',
        before: sideOf(previous, 'previous run'),
        after: sideOf(current, 'current run'),
        method: methodOf(alpha, level),
        changes,
        counts: countByCategory(changes),
        totals: totalsDelta(previous.totals, current.totals),
        failureCategories: { before: previous.totals.failureCategories, after: current.totals.failureCategories },
    };
}
function variantDetail(results, id) {
    const variant = results.variants.find((v) => v.id === id);
    if (!variant)
        return undefined;
    return variant.model ? `${variant.agent} · ${variant.model}` : variant.agent;
}
/** Baseline against candidate inside one run, matched by test id; undefined unless both variants ran. */
function compareVariants(results, options = {}) {
    const baseline = results.tests.filter((test) => test.variant === 'baseline');
    const candidate = results.tests.filter((test) => test.variant === 'candidate');
    if (baseline.length === 0 || candidate.length === 0)
        return undefined;
    const alpha = validAlpha(options.alpha);
    const level = levelOf(alpha, options.plan);
    const history = options.history ?? {};
    const contextOf = (_before, after) => ({
        alpha: level.alpha,
        settings: confirmationSettingsOf(results),
        paired: true,
        trackDefinition: false,
        ...(options.plan?.deterministic(after.key) || after.deterministic ? { deterministic: true } : {}),
        ...(history[after.key] ? { history: history[after.key] } : {}),
    });
    const changes = compareTests(baseline, candidate, (test) => test.testId, contextOf);
    const beforeTotals = totalsOfVariant(results, 'baseline');
    const afterTotals = totalsOfVariant(results, 'candidate');
    return {
        kind: 'variants',
        before: sideOf(results, 'baseline', variantDetail(results, 'baseline')),
        after: sideOf(results, 'candidate', variantDetail(results, 'candidate')),
        method: methodOf(alpha, level),
        changes,
        counts: countByCategory(changes),
        totals: totalsDelta(beforeTotals, afterTotals),
        failureCategories: { before: beforeTotals.failureCategories, after: afterTotals.failureCategories },
    };
}


/***/ }),

/***/ 1544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_CONVERSATION_ATTEMPTS: () => (/* binding */ MAX_CONVERSATION_ATTEMPTS),
  STOP_SIGNAL: () => (/* reexport */ STOP_SIGNAL),
  abortEndReason: () => (/* reexport */ abortEndReason),
  budgetExceeded: () => (/* reexport */ budgetExceeded),
  executeTrial: () => (/* binding */ executeTrial),
  expandSpell: () => (/* reexport */ expandSpell)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/engine/exchange.ts
/**
 * The port through which every call the engine makes outside the LLM client
 * passes: an http agent's POST, a command agent's stdin/stdout line, a
 * passthrough tool's POST. A cassette plugs in here to record those calls or
 * to answer them from a recording without calling out (a replayed command
 * agent is never spawned).
 */
/** `live()` itself when no tap is plugged in. */
function throughTap(tap, call, live) {
    return tap ? tap.through(call, live) : live();
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/engine/agents/protocol.ts
/**
 * The JSON protocol shared by `http` and `command` agents: a turn request,
 * answered by a reply or by a request to run tools (answered with
 * `tool_results`, then read again), bounded in rounds.
 */

/** An agent that keeps asking for tools without ever replying is stuck. */
const MAX_PROTOCOL_TOOL_ROUNDS = 10;
const RESPONSE_EXCERPT = 200;
const AgentRunToolSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    arguments: schemas/* unknown */.L5J().optional(),
    result: schemas/* unknown */.L5J().optional(),
    error: schemas/* string */.YjP().optional(),
});
const AgentResponseSchema = schemas/* union */.KCZ([
    schemas/* object */.Ikc({ reply: schemas/* string */.YjP(), tool_calls: schemas/* array */.YOg(AgentRunToolSchema).optional() }),
    schemas/* object */.Ikc({ call_tools: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), name: schemas/* string */.YjP(), arguments: schemas/* unknown */.L5J() })).min(1) }),
    schemas/* object */.Ikc({ error: schemas/* string */.YjP() }),
]);
async function protocolTurn(exchange, request, deps, signal) {
    let message = {
        type: 'turn',
        session_id: deps.sessionId,
        ...request,
        tools: deps.tools.definitions,
    };
    for (let round = 0; round <= MAX_PROTOCOL_TOOL_ROUNDS; round++) {
        const answer = await exchange(message, signal);
        if (!answer.ok)
            return answer;
        const parsed = AgentResponseSchema.safeParse(answer.value);
        if (!parsed.success) {
            return {
                ok: false,
                category: 'infrastructure',
                message: `the agent's answer is not a valid response: ${excerpt(answer.value)}`,
            };
        }
        const response = parsed.data;
        if ('error' in response)
            return { ok: false, category: 'infrastructure', message: `the agent reported an error: ${response.error}` };
        if ('reply' in response) {
            recordAgentRunTools(response.tool_calls ?? [], deps);
            return { ok: true, reply: response.reply };
        }
        const results = [];
        for (const call of response.call_tools) {
            const outcome = await deps.tools.call(call, signal);
            results.push(outcome.error !== undefined ? { id: call.id, error: outcome.error } : { id: call.id, output: outcome.output });
        }
        message = { type: 'tool_results', session_id: deps.sessionId, results };
    }
    return {
        ok: false,
        category: 'infrastructure',
        message: `the agent asked for tools ${MAX_PROTOCOL_TOOL_ROUNDS + 1} times without replying`,
    };
}
/** Tools the agent ran on its own backend: recorded so tool metrics see them. */
function recordAgentRunTools(calls, deps) {
    calls.forEach((call, index) => {
        deps.recorder.record({
            type: 'tool_call',
            callId: `agent-${index}`,
            name: call.name,
            arguments: call.arguments ?? {},
            ...(call.error !== undefined ? { error: call.error } : { result: call.result }),
            durationMs: 0,
            strategy: 'agent',
        });
    });
}
function excerpt(value) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return (text ?? String(value)).slice(0, RESPONSE_EXCERPT);
}

;// CONCATENATED MODULE: ./src/engine/agents/watchdog.ts
/**
 * Command agents must not outlive Rehearse, even when Rehearse is SIGKILLed
 * or OOM-killed and none of its own code runs. Linux's PDEATHSIG is not
 * reachable from Node, so a tiny watchdog process does it: it reads the
 * process groups of live agents from a pipe, and when that pipe reaches EOF
 * (Rehearse is gone: the kernel closes its end whatever the cause) it
 * SIGKILLs every group still listed, then exits.
 *
 * One watchdog per Rehearse process, started with the first command agent,
 * in its own process group (a terminal Ctrl-C does not reach it), and
 * unreferenced so it never keeps Rehearse alive. Inline source (`node -e`),
 * so the bundled action needs no extra file.
 */

const WATCHDOG_SOURCE = `// rehearse-agent-watchdog
const groups = new Set();
let pending = '';
process.on('SIGINT', () => {});
process.on('SIGHUP', () => {});
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  for (let end = pending.indexOf('\\n'); end >= 0; end = pending.indexOf('\\n')) {
    const line = pending.slice(0, end);
    pending = pending.slice(end + 1);
    const pid = Number(line.slice(1));
    if (!Number.isInteger(pid) || pid <= 1) continue;
    if (line[0] === '+') groups.add(pid);
    else groups.delete(pid);
  }
});
const killAll = () => {
  for (const pid of groups) {
    try { process.kill(-pid, 'SIGKILL'); } catch {}
  }
  process.exit(0);
};
process.stdin.on('end', killAll);
process.stdin.on('error', killAll);
`;
let watchdog;
let unavailable = false;
function ensureWatchdog() {
    if (watchdog || unavailable)
        return watchdog;
    try {
        const child = (0,external_node_child_process_.spawn)(process.execPath, ['-e', WATCHDOG_SOURCE], {
            stdio: ['pipe', 'ignore', 'ignore'],
            detached: true,
            env: {},
        });
        child.once('error', () => {
            // Without it agents still end with Rehearse on every path where Rehearse runs code (command.ts): only a hard kill
            // escapes.
            unavailable = true;
            watchdog = undefined;
        });
        child.stdin?.on('error', () => undefined);
        child.unref();
        child.stdin?.unref?.();
        watchdog = child;
    }
    catch {
        unavailable = true;
    }
    return watchdog;
}
/** The agent's process group dies with Rehearse, however Rehearse ends. */
function guardProcessGroup(pgid) {
    ensureWatchdog()?.stdin?.write(`+${pgid}\n`);
}
/** The group was stopped by Rehearse itself: the watchdog forgets it (its id may be reused). */
function releaseProcessGroup(pgid) {
    watchdog?.stdin?.write(`-${pgid}\n`);
}

;// CONCATENATED MODULE: ./src/engine/agents/command.ts
/**
 * `command` agents: one process per trial, one JSON line per protocol message
 * on stdin, one JSON line back on stdout. A crash, a non-JSON line, a timeout
 * or an early exit becomes a failed turn, never an exception.
 *
 * The process runs in its own process group (`detached`): a terminal Ctrl-C
 * reaches Rehearse only, which stops its agents itself, and stopping an agent
 * signals the whole group, so a wrapper's children (`bash -c "node agent.mjs"`)
 * go with it. Stopping never waits without a deadline. A watchdog process
 * (watchdog.ts) kills the groups left if Rehearse itself is killed.
 */




/** How long a process may take to exit after its stdin closes before its group gets SIGTERM. */
const EXIT_GRACE_MS = 500;
/** How long the group gets after SIGTERM before SIGKILL. */
const TERM_GRACE_MS = 500;
/** After SIGKILL: the most we wait for the 'exit' event (a process in uninterruptible sleep can take a moment). */
const KILL_WAIT_MS = 1_000;
/** How often we look whether a signalled group is empty. */
const GROUP_POLL_MS = 20;
/** Stderr kept to explain a crash. */
const STDERR_TAIL_CHARS = 500;
function createCommandAgent(agent, deps) {
    let process_;
    let turnIndex = 0;
    return {
        async turn(messages, signal) {
            // Started on the first message that goes live: a turn replayed from a cassette spawns nothing.
            const live = (message, turnSignal) => {
                process_ ??= new AgentProcess(agent, deps.env);
                return process_.exchange(JSON.stringify(message), agent.timeout_ms, turnSignal);
            };
            const exchange = (message, turnSignal) => throughTap(deps.exchanges, { kind: 'command-agent', target: agent.id, body: message }, () => live(message, turnSignal));
            const profile = agent.profile_context ? deps.profile : null;
            return protocolTurn(exchange, { turn: turnIndex++, messages, profile }, deps, signal);
        },
        async close() {
            await process_?.stop();
        },
    };
}
class AgentProcess {
    child;
    lines = [];
    partial = '';
    stderrTail = '';
    waiter;
    failure;
    exited;
    stopping;
    constructor(agent, env) {
        const [program, ...args] = agent.command;
        // `node` means the Node running Rehearse, whatever `node` is first on PATH.
        const executable = program === 'node' ? process.execPath : program;
        this.child = (0,external_node_child_process_.spawn)(executable, args, {
            cwd: agent.cwd ?? process.cwd(),
            env: { ...process.env, ...env, ...agent.env },
            stdio: ['pipe', 'pipe', 'pipe'],
            // Its own process group: terminal signals reach Rehearse only, and the group can be killed as a whole.
            detached: true,
        });
        if (this.child.pid !== undefined) {
            liveGroups.add(this.child.pid);
            guardProcessGroup(this.child.pid);
        }
        // 'exit', not 'close': a grandchild holding the pipes open must not keep us waiting.
        this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
        this.child.stdout?.setEncoding('utf8').on('data', (chunk) => this.onStdout(chunk));
        this.child.stderr?.setEncoding('utf8').on('data', (chunk) => {
            this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
        });
        this.child.stdin?.on('error', () => { }); // EPIPE after a crash: reported through 'exit'.
        this.child.once('error', (error) => {
            if (this.child.pid === undefined)
                this.stopping = Promise.resolve(); // never started: there is nothing to stop
            this.fail(`could not start ${agent.command.join(' ')}: ${error.message}`);
        });
        // 'close' comes after stdout and stderr are drained: a reply written just before exiting still counts.
        this.child.once('close', (code, signal) => this.fail(`the agent process exited (${signal ?? `code ${code}`})${this.stderrSuffix()}`));
    }
    exchange(line, timeoutMs, signal) {
        if (this.failure)
            return Promise.resolve({ ok: false, category: 'infrastructure', message: this.failure });
        this.lines.length = 0;
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                finish({ ok: false, category: 'timeout', message: `the agent process did not answer within ${timeoutMs} ms` });
                void this.terminate('the agent process was stopped');
            }, timeoutMs);
            const onAbort = () => {
                finish({ ok: false, category: 'cancelled', message: 'cancelled' });
                void this.terminate('the agent process was stopped');
            };
            const finish = (result) => {
                clearTimeout(timer);
                signal.removeEventListener('abort', onAbort);
                this.waiter = undefined;
                resolve(result);
            };
            if (signal.aborted)
                return onAbort();
            signal.addEventListener('abort', onAbort, { once: true });
            this.waiter = finish;
            this.child.stdin?.write(`${line}\n`);
            this.deliver();
        });
    }
    /** Closes stdin, gives the process EXIT_GRACE_MS to exit, then stops its whole group. Bounded; safe to call twice. */
    stop() {
        return this.terminate('the session is closed', EXIT_GRACE_MS);
    }
    /**
     * Ends the process and everything it started: stdin closed, then (after
     * `graceMs`, or at once) SIGTERM to the group, then SIGKILL. Also when the
     * process itself exited: a child it left behind in its group is stopped too.
     */
    terminate(reason, graceMs = 0) {
        this.failure ??= reason;
        this.stopping ??= this.shutDown(graceMs);
        return this.stopping;
    }
    async shutDown(graceMs) {
        const pid = this.child.pid;
        if (pid === undefined)
            return; // never started
        this.child.stdin?.end();
        if (graceMs > 0)
            await Promise.race([this.exited, delay(graceMs)]);
        if (signalGroup(pid, 'SIGTERM'))
            await untilGroupGone(pid, this.exited, TERM_GRACE_MS);
        signalGroup(pid, 'SIGKILL');
        await Promise.race([this.exited, delay(KILL_WAIT_MS)]);
        liveGroups.delete(pid);
        releaseProcessGroup(pid);
        // A process that escaped the group (setsid) may still hold the pipes: they are not ours to wait for.
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        this.child.stdin?.destroy();
    }
    onStdout(chunk) {
        const parts = (this.partial + chunk).split('\n');
        this.partial = parts.pop() ?? '';
        for (const line of parts)
            if (line.trim() !== '')
                this.lines.push(line);
        this.deliver();
    }
    deliver() {
        const line = this.lines.shift();
        if (line === undefined || !this.waiter)
            return;
        try {
            this.waiter({ ok: true, value: JSON.parse(line) });
        }
        catch {
            this.waiter({
                ok: false,
                category: 'infrastructure',
                message: `the agent printed a line that is not JSON: ${line.slice(0, 200)}`,
            });
        }
    }
    fail(message) {
        this.failure ??= message;
        this.waiter?.({ ok: false, category: 'infrastructure', message: this.failure });
    }
    stderrSuffix() {
        const tail = this.stderrTail.trim();
        return tail ? `: ${tail.split('\n').slice(-3).join(' | ')}` : '';
    }
}
/**
 * Process groups of agents started and not yet stopped: killed if Rehearse exits first, whatever the path
 * (process.exit, an uncaught error).
 */
const liveGroups = new Set();
process.once('exit', () => {
    for (const pid of liveGroups)
        signalGroup(pid, 'SIGKILL');
});
/** false when the group is empty (or gone). */
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/** Resolves once no process of the group is left (and its leader has exited), or after `maxMs`. */
async function untilGroupGone(pid, exited, maxMs) {
    const deadline = performance.now() + maxMs;
    let leaderExited = false;
    void exited.then(() => (leaderExited = true));
    while (performance.now() < deadline) {
        if (leaderExited && !signalGroup(pid, 0))
            return;
        await delay(GROUP_POLL_MS);
    }
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/engine/http.ts
/** JSON over HTTP with a timeout and the trial's abort signal: used by http agents and passthrough tools. */
const ERROR_BODY_EXCERPT = 200;
/** Never throws: every failure comes back as a categorised message. */
async function postJson(options) {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    try {
        const response = await fetch(options.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
            body: JSON.stringify(options.body),
            signal: AbortSignal.any([options.signal, timeout]),
        });
        const text = await response.text();
        if (!response.ok) {
            return {
                ok: false,
                category: 'infrastructure',
                message: `HTTP ${response.status} from ${options.url}: ${text.slice(0, ERROR_BODY_EXCERPT)}`,
            };
        }
        return { ok: true, value: parseBody(text) };
    }
    catch (error) {
        if (options.signal.aborted)
            return { ok: false, category: 'cancelled', message: 'cancelled' };
        if (timeout.aborted)
            return {
                ok: false,
                category: 'timeout',
                message: `no answer from ${options.url} within ${options.timeoutMs} ms`,
            };
        return { ok: false, category: 'infrastructure', message: `request to ${options.url} failed: ${describe(error)}` };
    }
}
/** JSON when it parses, else the text itself (a passthrough backend may answer plain text). */
function parseBody(text) {
    if (text.trim() === '')
        return null;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
function describe(error) {
    const cause = error instanceof Error ? error.cause : undefined;
    return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

;// CONCATENATED MODULE: ./src/engine/interpolate.ts
/** `${ENV}` in agent URLs, headers and passthrough URLs. */
const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** Throws a one-line Error naming the variable when one is not set. */
function interpolateEnv(text, env) {
    return text.replace(ENV_REFERENCE, (_whole, name) => {
        const value = env[name];
        if (value === undefined)
            throw new Error(`environment variable ${name} is not set (used in "${text}")`);
        return value;
    });
}
function interpolateRecord(record, env) {
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, interpolateEnv(value, env)]));
}

;// CONCATENATED MODULE: ./src/engine/agents/http.ts




function createHttpAgent(agent, deps) {
    let turnIndex = 0;
    return {
        async turn(messages, signal) {
            // The URL and headers are filled in only when a message goes live: a replay needs neither the agent nor its key.
            const live = (body, turnSignal) => {
                let url;
                let headers;
                try {
                    url = interpolateEnv(agent.url, deps.env);
                    headers = interpolateRecord(agent.headers, deps.env);
                }
                catch (error) {
                    const message = error instanceof Error ? error.message : String(error);
                    return Promise.resolve({ ok: false, category: 'infrastructure', message });
                }
                return postJson({ url, headers, body, timeoutMs: agent.timeout_ms, signal: turnSignal });
            };
            const exchange = (body, turnSignal) => throughTap(deps.exchanges, { kind: 'http-agent', target: agent.id, body }, () => live(body, turnSignal));
            const profile = agent.profile_context ? deps.profile : null;
            return protocolTurn(exchange, { turn: turnIndex++, messages, profile }, deps, signal);
        },
        async close() { },
    };
}

// EXTERNAL MODULE: ./src/llm/types.ts
var types = __webpack_require__(7222);
;// CONCATENATED MODULE: ./src/engine/agents/openai.ts
/**
 * `openai` agents: a chat model with a system prompt and tools. Its tool
 * calls are answered by the tool layer and the model is called again, until
 * it replies in words or `max_tool_rounds` is spent.
 */

const CONVERSATION_STARTS = 'A user has just joined the conversation.';
function createOpenAIAgent(agent, deps) {
    const endpoint = {
        model: agent.model,
        api_key_env: agent.api_key_env,
        ...(agent.base_url ? { base_url: agent.base_url } : {}),
        ...(agent.temperature !== undefined ? { temperature: agent.temperature } : {}),
    };
    const preamble = systemMessages(agent, deps.profile);
    return {
        async turn(messages, signal) {
            // The agent speaks first and has no system prompt: chat APIs refuse an empty message list.
            const opening = preamble.length === 0 && messages.length === 0
                ? [{ role: 'system', content: CONVERSATION_STARTS }]
                : [];
            const conversation = [...preamble, ...opening, ...messages];
            try {
                return await replyAfterTools(agent, endpoint, conversation, deps, signal);
            }
            catch (error) {
                if (error instanceof types/* LlmCallError */.i)
                    return { ok: false, category: error.category, message: error.message };
                return {
                    ok: false,
                    category: 'infrastructure',
                    message: error instanceof Error ? error.message : String(error),
                };
            }
        },
        async close() { },
    };
}
/**
 * The profile is given as caller context, like the data a production system
 * would hand the agent about the person on the line.
 */
function systemMessages(agent, profile) {
    const messages = [];
    if (agent.system_prompt)
        messages.push({ role: 'system', content: agent.system_prompt });
    if (agent.profile_context && Object.keys(profile).length > 0) {
        messages.push({
            role: 'system',
            content: `Context about the user you are talking to:\n${JSON.stringify(profile, null, 2)}`,
        });
    }
    return messages;
}
async function replyAfterTools(agent, endpoint, conversation, deps, signal) {
    const tools = deps.tools.definitions;
    let queuedMs = 0;
    for (let round = 0; round <= agent.max_tool_rounds; round++) {
        const result = await deps.chat.complete({
            endpoint,
            messages: conversation,
            ...(tools.length ? { tools } : {}),
            signal,
        });
        deps.recorder.llmCall('agent', endpoint.model, result);
        queuedMs += result.queuedMs ?? 0;
        if (result.toolCalls.length === 0)
            return { ok: true, reply: result.content ?? '', ...(queuedMs > 0 ? { queuedMs } : {}) };
        if (round === agent.max_tool_rounds)
            break;
        conversation.push({ role: 'assistant', content: result.content, tool_calls: result.toolCalls });
        for (const call of result.toolCalls) {
            const outcome = await deps.tools.call(call, signal);
            const content = JSON.stringify(outcome.error !== undefined ? { error: outcome.error } : (outcome.output ?? null));
            conversation.push({ role: 'tool', tool_call_id: call.id, content });
        }
    }
    return {
        ok: false,
        category: 'infrastructure',
        message: `the agent was still calling tools after max_tool_rounds (${agent.max_tool_rounds}) rounds`,
    };
}

;// CONCATENATED MODULE: ./src/engine/agents/index.ts



function openAgentSession(agent, deps) {
    switch (agent.type) {
        case 'openai':
            return createOpenAIAgent(agent, deps);
        case 'http':
            return createHttpAgent(agent, deps);
        case 'command':
            return createCommandAgent(agent, deps);
    }
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/engine/agents/slotted.ts
/**
 * An `http`/`command` agent session under the run's concurrency limit: each
 * turn holds one call slot, as an LLM call would, so the agent's own backend
 * never sees more conversations at once than the limit allows.
 */

function slottedSession(session, slot) {
    return {
        async turn(messages, signal) {
            try {
                const { value, queuedMs } = await slot(() => session.turn(messages, signal), signal);
                // Waiting for the slot is the runner's time, not the agent's latency.
                return value.ok && queuedMs > 0 ? { ...value, queuedMs } : value;
            }
            catch (error) {
                // `turn` never throws: only a cancel while waiting for the slot gets here.
                return { ok: false, category: 'cancelled', message: (0,errors/* errorMessage */.gJ)(error) };
            }
        },
        close: () => session.close(),
    };
}

;// CONCATENATED MODULE: ./src/engine/abort.ts
/**
 * Why a trial's signal was aborted decides its end reason. The runner aborts
 * with a reason whose name contains "Timeout" for the trial timeout
 * (`AbortSignal.timeout()` gives `TimeoutError`); anything else is a
 * cancellation. The runner never aborts a trial for the cost budget (a budget
 * stop only keeps new trials from starting), so `budget` comes only from a
 * caller that aborts with `budgetExceeded()`.
 */
const BUDGET_ERROR = 'BudgetExceededError';
function budgetExceeded(message = 'the cost budget is spent') {
    const error = new Error(message);
    error.name = BUDGET_ERROR;
    return error;
}
function abortEndReason(signal) {
    const reason = signal.reason;
    const name = reason && typeof reason === 'object' && 'name' in reason
        ? String(reason.name)
        : String(reason);
    if (/timeout/i.test(name))
        return 'timeout';
    if (name === BUDGET_ERROR || name === 'budget')
        return 'budget';
    return 'cancelled';
}
/** The abort reason's own message when it has one (e.g. the runner's timeout), else a generic one. */
function abortMessage(signal, reason = abortEndReason(signal)) {
    const given = signal.reason;
    if (given instanceof Error && given.message && given.name !== 'AbortError')
        return given.message;
    switch (reason) {
        case 'timeout':
            return 'the trial timed out';
        case 'budget':
            return 'stopped: the cost budget is spent';
        case 'cancelled':
            return 'the run was cancelled';
    }
}

;// CONCATENATED MODULE: ./src/engine/guard.ts
/**
 * The simulator guard: a simulated user that answers as the agent, leaks its
 * instructions, or says nothing has broken the test, not the agent. Such a
 * message is flagged; the engine retries the conversation once, then marks
 * the trial invalid.
 */
/** Things an assistant says, not a customer. */
const ROLE_SWAP_PATTERNS = [
    /\bhow (?:can|may|could) i (?:help|assist) you\b/i,
    /\bis there anything else (?:that )?i can (?:help|assist|do)\b/i,
    /\bas an ai\b/i,
    /\bi(?:'m| am) (?:just )?an? (?:ai|virtual|digital)(?: language model)?(?: assistant)?\b/i,
    /\bi(?:'m| am) (?:just )?an? (?:language model|chatbot)\b/i,
    /\bthank you for (?:calling|contacting|reaching out to) (?:us|our)\b/i,
];
/**
 * A simulated user talking about its own set-up. Kept narrow on purpose:
 * "I was told to call you" or "I'm testing customer service" are things real
 * customers say.
 */
const LEAK_PATTERNS = [
    /\bsystem prompt\b/i,
    /\bmy (?:instructions|objective|persona)\b/i,
    /\b(?:simulated|simulating an?) (?:user|customer|caller)\b/i,
    /\brole-?play(?:ing)?\b/i,
];
/** This many words in a row copied from the instructions is a leak, not a coincidence. */
const LEAK_MIN_SHARED_WORDS = 12;
const DETAIL_EXCERPT = 160;
function inspectUserMessage(content, instructionText, endsConversation) {
    const text = content.trim();
    if (text === '')
        return endsConversation
            ? undefined
            : { reason: 'empty_message', detail: 'the simulated user sent an empty message' };
    const swap = ROLE_SWAP_PATTERNS.find((pattern) => pattern.test(text));
    if (swap)
        return { reason: 'role_swap', detail: `answered as the agent: "${guard_excerpt(text)}"` };
    const leak = LEAK_PATTERNS.find((pattern) => pattern.test(text));
    if (leak)
        return { reason: 'instruction_leak', detail: `talked about its instructions: "${guard_excerpt(text)}"` };
    const shared = longestSharedRun(words(text), words(instructionText));
    if (shared >= LEAK_MIN_SHARED_WORDS) {
        return { reason: 'instruction_leak', detail: `repeated ${shared} words of its instructions: "${guard_excerpt(text)}"` };
    }
    return undefined;
}
function words(text) {
    return text
        .toLowerCase()
        .split(/[^\p{L}\p{N}']+/u)
        .filter(Boolean);
}
/** Longest run of consecutive words the two texts share (dynamic programming, one row). */
function longestSharedRun(a, b) {
    let best = 0;
    let previous = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        const current = new Array(b.length + 1).fill(0);
        for (let j = 1; j <= b.length; j++) {
            if (a[i - 1] === b[j - 1]) {
                current[j] = (previous[j - 1] ?? 0) + 1;
                best = Math.max(best, current[j] ?? 0);
            }
        }
        previous = current;
    }
    return best;
}
function guard_excerpt(text) {
    return text.length > DETAIL_EXCERPT ? `${text.slice(0, DETAIL_EXCERPT)}…` : text;
}

;// CONCATENATED MODULE: ./src/engine/conversation.ts
/**
 * The conversation loop: simulated user turn, agent turn (tools included),
 * until the user stops, hangs up, runs out of script or turns, something
 * fails, or the trial's signal is aborted. Never throws: every ending is an
 * end reason plus, for failures, an `error` event.
 */



async function converse(options) {
    const { user, agent, recorder, maxTurns, signal } = options;
    const history = [];
    let turns = 0;
    const finish = (endReason, flag) => ({
        endReason,
        turns,
        ...(flag ? { flag } : {}),
    });
    let move = await userMove(() => user.opening(signal), options);
    for (;;) {
        if ('endReason' in move)
            return finish(move.endReason);
        if (move.kind === 'end')
            return finish(move.reason);
        if (move.kind === 'say') {
            if (move.generated) {
                const flag = inspectUserMessage(move.content, user.instructionText, move.end !== undefined);
                if (flag) {
                    recorder.record({ type: 'simulator_flag', reason: flag.reason, detail: flag.detail });
                    return finish('error', flag);
                }
            }
            if (move.content !== '' || !move.end) {
                recorder.record({
                    type: 'user_message',
                    content: move.content,
                    generated: move.generated,
                    ...(move.conditionId !== undefined ? { conditionId: move.conditionId } : {}),
                });
                history.push({ role: 'user', content: move.content });
                turns++;
            }
            if (move.end)
                return finish(move.end);
        }
        if (signal.aborted)
            return finish(aborted(recorder, signal));
        const started = performance.now();
        const outcome = await agent.turn(history, signal);
        if (!outcome.ok) {
            if (signal.aborted)
                return finish(aborted(recorder, signal));
            recorder.record({
                type: 'error',
                source: 'agent',
                category: outcome.category === 'cancelled' ? 'infrastructure' : outcome.category,
                message: outcome.message,
            });
            return finish('error');
        }
        // Time spent queued behind the run's concurrency limit is ours, not the agent's.
        const latencyMs = Math.max(0, Math.round(performance.now() - started - (outcome.queuedMs ?? 0)));
        recorder.record({ type: 'agent_message', content: outcome.reply, latencyMs });
        history.push({ role: 'assistant', content: outcome.reply });
        if (turns >= maxTurns)
            return finish('max_turns');
        move = await userMove(() => user.reply(history, signal), options);
    }
}
/** The user's next move, or the end reason when the simulator failed or the trial was aborted. */
async function userMove(next, options) {
    const { recorder, signal } = options;
    if (signal.aborted)
        return { endReason: aborted(recorder, signal) };
    try {
        return await next();
    }
    catch (error) {
        if (signal.aborted)
            return { endReason: aborted(recorder, signal) };
        const category = error instanceof types/* LlmCallError */.i && error.category === 'timeout' ? 'timeout' : 'infrastructure';
        recorder.record({
            type: 'error',
            source: 'simulator',
            category,
            message: error instanceof Error ? error.message : String(error),
        });
        return { endReason: 'error' };
    }
}
function aborted(recorder, signal) {
    const reason = abortEndReason(signal);
    recorder.record({ type: 'error', source: 'runner', category: reason, message: abortMessage(signal, reason) });
    return reason;
}

;// CONCATENATED MODULE: ./src/engine/recorder.ts
class TraceRecorder {
    startedAt;
    list = [];
    totals = { inputTokens: 0, outputTokens: 0, costUsd: 0 };
    constructor(startedAt = performance.now()) {
        this.startedAt = startedAt;
    }
    /** Milliseconds since the trial started. */
    now() {
        return Math.max(0, Math.round(performance.now() - this.startedAt));
    }
    record(event) {
        this.list.push({ ...event, at: this.now() });
    }
    llmCall(role, model, result) {
        this.totals.inputTokens += result.usage.inputTokens;
        this.totals.outputTokens += result.usage.outputTokens;
        this.totals.costUsd += result.usage.costUsd;
        this.record({
            type: 'llm_call',
            role,
            model,
            usage: result.usage,
            durationMs: Math.round(result.durationMs),
            attempts: result.attempts,
        });
    }
    get events() {
        return this.list;
    }
    get usage() {
        return { ...this.totals };
    }
}

// EXTERNAL MODULE: ./src/suite/ajv.ts
var ajv = __webpack_require__(3199);
;// CONCATENATED MODULE: ./src/engine/tools/arguments.ts

const arguments_ajv = (0,ajv/* createAjv */.g)();
const compiled = new WeakMap();
/** `raw` is JSON text from an openai agent, or an already-parsed value from an http/command agent. */
function parseArguments(raw) {
    if (typeof raw !== 'string')
        return { ok: true, value: raw ?? {} };
    if (raw.trim() === '')
        return { ok: true, value: {} };
    try {
        return { ok: true, value: JSON.parse(raw) };
    }
    catch {
        return { ok: false, value: raw, error: 'invalid arguments: not valid JSON' };
    }
}
/** undefined when the arguments satisfy the tool's schema, else a readable list of what is wrong. */
function validateArguments(tool, value) {
    let validate = compiled.get(tool);
    if (!validate) {
        try {
            validate = arguments_ajv.compile(tool.parameters);
        }
        catch (error) {
            validate = error instanceof Error ? error : new Error(String(error));
        }
        compiled.set(tool, validate);
    }
    if (validate instanceof Error)
        return `the tool's parameter schema is invalid: ${validate.message}`;
    if (validate(value))
        return undefined;
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
    return `invalid arguments: ${problems.join('; ')}`;
}

// EXTERNAL MODULE: ./src/suite/template.ts
var template = __webpack_require__(8283);
;// CONCATENATED MODULE: ./src/engine/tools/mock.ts
/**
 * Mock tools: the call is matched against the mappings in order (after
 * `{{profile.x}}` rendering), else the default; a mapping may inject a
 * failure (error payload, status, timeout, delay) instead of an output.
 */

async function answerMock(tool, args, options) {
    const answer = chooseAnswer(tool, args, options.profile);
    if (!answer) {
        return { error: `no mock mapping matches these arguments for tool "${tool.name}" and it has no default` };
    }
    const fail = answer.fail;
    if (fail?.delay_ms)
        await wait(fail.delay_ms, options.signal);
    if (fail?.timeout) {
        await wait(options.timeoutMs, options.signal);
        return { error: `tool "${tool.name}" timed out after ${options.timeoutMs} ms` };
    }
    if (fail?.error !== undefined || fail?.status !== undefined) {
        const status = fail.status !== undefined ? `status ${fail.status}: ` : '';
        return { error: `${status}${fail.error ?? 'error'}` };
    }
    return { output: (0,template/* renderTemplateDeep */.nh)(answer.output ?? null, options.profile) };
}
function chooseAnswer(tool, args, profile) {
    for (const mapping of tool.mock?.mappings ?? []) {
        const when = (0,template/* renderTemplateDeep */.nh)(mapping.when, profile);
        const matched = mapping.match === 'exact' ? sameValue(args, when) : containsValue(args, when);
        if (matched)
            return mapping;
    }
    return tool.mock?.default;
}
/**
 * Scalars compare by their text, so `"1234"` from a model matches `1234` in
 * a mapping (and a profile value rendered into a string matches a number).
 */
function sameValue(actual, expected) {
    if (Array.isArray(expected)) {
        return (Array.isArray(actual) &&
            actual.length === expected.length &&
            expected.every((item, i) => sameValue(actual[i], item)));
    }
    if (isObject(expected)) {
        if (!isObject(actual))
            return false;
        const keys = Object.keys(expected);
        return keys.length === Object.keys(actual).length && keys.every((key) => sameValue(actual[key], expected[key]));
    }
    if (isObject(actual) || Array.isArray(actual))
        return false;
    return String(actual) === String(expected);
}
/** Partial match: every key of `expected` is present in `actual` with the same value (nested objects partially too). */
function containsValue(actual, expected) {
    if (isObject(expected)) {
        return (isObject(actual) &&
            Object.keys(expected).every((key) => key in actual && containsValue(actual[key], expected[key])));
    }
    return sameValue(actual, expected);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function wait(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
    });
}

;// CONCATENATED MODULE: ./src/engine/tools/index.ts





/** A mock `timeout: true` failure fails after this long: long enough to be a real wait, short enough for CI. */
const DEFAULT_MOCK_TIMEOUT_MS = 2_000;
function createToolLayer(tools, options) {
    const offered = tools.filter((tool) => tool.strategy !== 'none');
    const byName = new Map(offered.map((tool) => [tool.name, tool]));
    return {
        definitions: offered.map((tool) => ({
            name: tool.name,
            description: tool.description,
            parameters: tool.parameters,
        })),
        async call(call, signal) {
            const started = performance.now();
            const tool = byName.get(call.name);
            const parsed = parseArguments(call.arguments);
            const outcome = await answer(tool, call, parsed, options, signal);
            options.recorder.record({
                type: 'tool_call',
                callId: call.id,
                name: call.name,
                arguments: parsed.value,
                ...(outcome.error !== undefined ? { error: outcome.error } : { result: outcome.output }),
                durationMs: Math.round(performance.now() - started),
                strategy: tool?.strategy === 'passthrough' ? 'passthrough' : 'mock',
            });
            return outcome;
        },
    };
}
async function answer(tool, call, parsed, options, signal) {
    if (!tool)
        return { error: `unknown tool "${call.name}"` };
    if (!parsed.ok)
        return { error: parsed.error };
    const invalid = validateArguments(tool, parsed.value);
    if (invalid)
        return { error: invalid };
    if (tool.strategy === 'passthrough')
        return forward(tool, parsed.value, options, signal);
    return answerMock(tool, parsed.value, {
        profile: options.profile,
        timeoutMs: options.mockTimeoutMs ?? DEFAULT_MOCK_TIMEOUT_MS,
        signal,
    });
}
/** Passthrough: POST the arguments to the staging backend; its JSON answer is the output. */
async function forward(tool, args, { env, exchanges }, signal) {
    const target = tool.passthrough;
    if (!target)
        return { error: `tool "${tool.name}" has strategy passthrough but no passthrough.url` };
    // The URL and headers are filled in only when the call goes live: a replay needs neither the backend nor its key.
    const live = async () => {
        let url;
        let headers;
        try {
            url = interpolateEnv(target.url, env);
            headers = interpolateRecord(target.headers, env);
        }
        catch (error) {
            return { ok: false, category: 'infrastructure', message: error instanceof Error ? error.message : String(error) };
        }
        return postJson({ url, headers, body: args, timeoutMs: target.timeout_ms, signal });
    };
    const result = await throughTap(exchanges, { kind: 'passthrough-tool', target: tool.name, body: args }, live);
    return result.ok ? { output: result.value } : { error: result.message };
}

;// CONCATENATED MODULE: ./src/engine/users/simulator.ts
/** Calls to the simulator model, recorded as `llm_call` events with role `simulator`. */

/** The simulator misbehaved in a way that is not the guard's business (e.g. unparseable JSON). */
class SimulatorError extends Error {
    name = 'SimulatorError';
}
async function askSimulator(deps, messages, signal, json = false) {
    if (!deps.endpoint) {
        throw new types/* LlmCallError */.i('this scenario needs a simulator model and the suite configures none (`simulator:`)', 'infrastructure', 0);
    }
    const result = await deps.chat.complete({
        endpoint: deps.endpoint,
        messages,
        signal,
        ...(json ? { json: true } : {}),
    });
    deps.recorder.llmCall('simulator', deps.endpoint.model, result);
    return result.content ?? '';
}
/** The conversation seen from the simulated user's side: its own lines are `assistant`, the agent's are `user`. */
function flipRoles(history) {
    return history.map((message) => ({ role: message.role === 'user' ? 'assistant' : 'user', content: message.content }));
}

// EXTERNAL MODULE: ./src/suite/tags.ts
var tags = __webpack_require__(8159);
;// CONCATENATED MODULE: ./src/engine/users/tags.ts
/**
 * Text-mode tags inside scripted actions, and the behavioral stop signal.
 *
 * The tag shapes are shared with the loader (src/suite/tags.ts).
 *
 * - `<spell>A1B2</spell>` → `A-1-B-2`: each character of a word joined by "-",
 *   words kept apart by a space (`<spell>Ann Lee</spell>` → `A-n-n L-e-e`).
 * - `<endcall/>` (also `<endcall />`, `< endcall/>`): the text before it is said, then the
 *   simulated user hangs up; text after it is dropped.
 * - `<stop/>`: written by a behavioral simulated user when its objective is met
 *   or cannot be met; text before it is its last message.
 */

const STOP_SIGNAL = '<stop/>';
const STOP = /<stop\s*\/?>/i;
function expandSpell(text) {
    return text.replace((0,tags/* spellPattern */.Bg)(), (_whole, inner) => inner
        .trim()
        .split(/\s+/)
        .map((word) => [...word].join('-'))
        .join(' '));
}
/** The text before `<endcall/>`, and whether the tag was there. */
function splitEndcall(text) {
    const match = (0,tags/* endcallPattern */.AF)().exec(text);
    if (!match)
        return { text: text.trim(), endcall: false };
    return { text: text.slice(0, match.index).trim(), endcall: true };
}
/** The text before the stop signal, and whether the simulator gave it. */
function splitStop(text) {
    const match = STOP.exec(text);
    if (!match)
        return { text: text.trim(), stop: false };
    return { text: text.slice(0, match.index).trim(), stop: true };
}

;// CONCATENATED MODULE: ./src/engine/users/prompts.ts

function personaLines(persona) {
    return [
        `You are ${persona.name ? `${persona.name}, ` : ''}${persona.role}.`,
        persona.background ? `Background: ${persona.background}` : '',
        persona.traits.length ? `Your manner: ${persona.traits.join(', ')}.` : '',
        `Always write in the language with code "${persona.language}".`,
    ].filter(Boolean);
}
function profileLines(profile) {
    if (Object.keys(profile).length === 0)
        return [];
    return ['Your personal data (use it when asked; never invent other values):', JSON.stringify(profile, null, 2)];
}
const RULES = [
    'You are the customer / caller talking to an AI agent. You are NOT the assistant: never offer help, never ' +
        'answer as the agent.',
    'Speak in the first person, one short message at a time, the way a real person types in a chat.',
    'Never mention these instructions, a prompt, a script or that you are simulated.',
];
function behavioralPrompt(persona, objective, instructions, profile) {
    return [
        ...personaLines(persona),
        `Your objective: ${objective}`,
        `How you behave:\n${instructions}`,
        ...profileLines(profile),
        ...RULES,
        `When your objective is met, or it clearly cannot be met, end the conversation by writing ${STOP_SIGNAL} at ` +
            `the very end of your last message (or alone).`,
    ].join('\n\n');
}
function scriptedPrompt(persona, role, profile) {
    return [role, ...personaLines(persona).slice(1), ...profileLines(profile), ...RULES].join('\n\n');
}
function phraseActionInstruction(action) {
    return `Write your next message now. It must do this: ${action}\nReply with the message only.`;
}
const IMPROVISE_INSTRUCTION = `None of your planned actions applies to what the agent just said. Write a ` +
    `brief, natural reply in your role. If the conversation is clearly over, write ${STOP_SIGNAL} instead.`;
function matchConditionPrompt(conditions, agentMessage) {
    return [
        'You classify the latest message of an AI agent in a conversation.',
        'Which of these conditions describes it? Pick the first that applies, or none.',
        JSON.stringify(conditions),
        `The agent's latest message:\n"""${agentMessage}"""`,
        'Answer with a JSON object only: {"condition_id": <the id, or null when none applies>}',
    ].join('\n\n');
}

;// CONCATENATED MODULE: ./src/engine/users/behavioral.ts




function behavioralUser(persona, scenario, profile, deps) {
    const objective = (0,template/* renderTemplate */.Xm)(scenario.objective, profile);
    const instructions = (0,template/* renderTemplate */.Xm)(scenario.instructions, profile);
    const system = behavioralPrompt(persona, objective, instructions, profile);
    return {
        instructionText: [persona.background, objective, instructions].join('\n'),
        async opening() {
            if (scenario.first_message === undefined || scenario.first_message.trim() === '')
                return { kind: 'wait' };
            return { kind: 'say', content: (0,template/* renderTemplate */.Xm)(scenario.first_message, profile), generated: false };
        },
        async reply(history, signal) {
            const text = await askSimulator(deps, [{ role: 'system', content: system }, ...flipRoles(history)], signal);
            const { text: content, stop } = splitStop(text);
            if (stop && content === '')
                return { kind: 'end', reason: 'stop_signal' };
            return { kind: 'say', content, generated: true, ...(stop ? { end: 'stop_signal' } : {}) };
        },
    };
}

;// CONCATENATED MODULE: ./src/util/regexp.ts
/** Text that matches itself literally inside a regex ("A.1 (x)" is not a pattern). */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// EXTERNAL MODULE: ./src/util/user-regex.ts
var user_regex = __webpack_require__(2455);
;// CONCATENATED MODULE: ./src/engine/users/scripted.ts





const FIRST_MESSAGE = 'FIRST_MESSAGE';
function scriptedUser(persona, scenario, profile, deps) {
    const { role, conditions } = scenario.conditional_actions;
    const system = scriptedPrompt(persona, (0,template/* renderTemplate */.Xm)(role, profile), profile);
    const fired = new Set();
    const pendingFollowups = [];
    const opener = conditions.find((c) => isFirstMessage(c));
    // Matchers are rendered once: `pattern: "{{profile.name}}|order number"` matches the profile's name, taken literally.
    const standard = conditions
        .filter((c) => c.type === 'standard' && !isFirstMessage(c))
        .map((c) => renderMatchers(c, profile));
    async function perform(condition, history, signal) {
        fired.add(condition.id);
        pendingFollowups.push(...conditions.filter((c) => c.type === 'action_followup' && String(c.condition) === String(condition.id)));
        const { text, endcall } = splitEndcall(expandSpell((0,template/* renderTemplate */.Xm)(condition.action, profile)));
        const end = endcall ? { end: 'endcall' } : {};
        if (text === '')
            return endcall ? { kind: 'end', reason: 'endcall' } : { kind: 'wait' };
        if (condition.fixed_message)
            return { kind: 'say', content: text, generated: false, conditionId: condition.id, ...end };
        const phrased = await askSimulator(deps, [...prompt(history), { role: 'system', content: phraseActionInstruction(text) }], signal);
        return { kind: 'say', content: splitStop(phrased).text, generated: true, conditionId: condition.id, ...end };
    }
    function prompt(history) {
        return [{ role: 'system', content: system }, ...flipRoles(history)];
    }
    async function choose(agentMessage, signal) {
        const open = standard.filter((c) => !fired.has(c.id));
        const mode = scenario.match;
        if (mode !== 'llm')
            return open.find((c) => matchesDeterministically(c, agentMessage, mode));
        if (open.length === 0)
            return undefined;
        const question = matchConditionPrompt(open.map((c) => ({ id: c.id, condition: String(c.condition) })), agentMessage);
        const answer = await askSimulator(deps, [{ role: 'system', content: question }], signal, true);
        const id = parseConditionId(answer, open);
        return open.find((c) => c.id === id);
    }
    async function improvise(history, signal) {
        const text = await askSimulator(deps, [...prompt(history), { role: 'system', content: IMPROVISE_INSTRUCTION }], signal);
        const { text: content, stop } = splitStop(text);
        if (stop && content === '')
            return { kind: 'end', reason: 'stop_signal' };
        return { kind: 'say', content, generated: true, ...(stop ? { end: 'stop_signal' } : {}) };
    }
    return {
        instructionText: [role, persona.background, ...conditions.map((c) => String(c.condition))].join('\n'),
        async opening(signal) {
            if (!opener)
                return { kind: 'wait' };
            return perform(opener, [], signal);
        },
        async reply(history, signal) {
            const followup = pendingFollowups.shift();
            if (followup)
                return perform(followup, history, signal);
            const agentMessage = lastAgentMessage(history);
            const condition = await choose(agentMessage, signal);
            if (condition)
                return perform(condition, history, signal);
            if (scenario.match === 'llm')
                return improvise(history, signal);
            return { kind: 'end', reason: 'no_matching_condition' };
        },
    };
}
function renderMatchers(condition, profile) {
    return {
        ...condition,
        ...(condition.pattern === undefined ? {} : { pattern: (0,template/* renderTemplate */.Xm)(condition.pattern, profile, escapeRegExp) }),
        ...(condition.keywords === undefined
            ? {}
            : { keywords: condition.keywords.map((word) => (0,template/* renderTemplate */.Xm)(word, profile)) }),
    };
}
function isFirstMessage(condition) {
    return String(condition.condition).trim().toUpperCase() === FIRST_MESSAGE;
}
function lastAgentMessage(history) {
    for (let i = history.length - 1; i >= 0; i--)
        if (history[i]?.role === 'assistant')
            return history[i]?.content ?? '';
    return '';
}
/** `regex` mode uses `pattern` (falling back to `keywords`); `keywords` mode the reverse. */
function matchesDeterministically(condition, message, mode) {
    const byPattern = () => condition.pattern === undefined ? undefined : (0,user_regex/* userRegex */.r)(condition.pattern, { ignoreCase: true }).test(message);
    const byKeywords = () => condition.keywords === undefined ? undefined : condition.keywords.some((word) => containsWord(message, word));
    const result = mode === 'regex' ? (byPattern() ?? byKeywords()) : (byKeywords() ?? byPattern());
    return result ?? false;
}
/** Case-insensitive, on word boundaries: "order" matches "your order?" but not "reorder". */
function containsWord(message, word) {
    const escaped = escapeRegExp(word.trim());
    return escaped !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(message);
}
function parseConditionId(answer, open) {
    let parsed;
    try {
        parsed = JSON.parse(answer);
    }
    catch {
        throw new SimulatorError(`the simulator's condition match is not JSON: ${answer.slice(0, 200)}`);
    }
    const id = parsed && typeof parsed === 'object' && 'condition_id' in parsed
        ? parsed.condition_id
        : undefined;
    if (id === null)
        return null;
    const numeric = typeof id === 'string' && id.trim() !== '' ? Number(id) : id;
    if (typeof numeric === 'number' && open.some((c) => c.id === numeric))
        return numeric;
    throw new SimulatorError(`the simulator's condition match names no open condition: ${answer.slice(0, 200)}`);
}

;// CONCATENATED MODULE: ./src/engine/index.ts









/** A misbehaving simulator is given one more chance, then the trial is invalid. */
const MAX_CONVERSATION_ATTEMPTS = 2;
const executeTrial = async (trial, ctx) => {
    const startedAt = new Date().toISOString();
    const clock = performance.now();
    if (trial.kind === 'dataset')
        return runDatasetTrial(trial, ctx, startedAt, clock);
    const recorders = [];
    let outcome;
    for (let attempt = 1; attempt <= MAX_CONVERSATION_ATTEMPTS; attempt++) {
        const recorder = new TraceRecorder(clock);
        recorders.push(recorder);
        outcome = await runConversation(trial, ctx, recorder, attempt);
        if (!outcome.flag || ctx.signal.aborted)
            break;
    }
    const final = outcome;
    const flaggedTwice = final.flag !== undefined && recorders.length === MAX_CONVERSATION_ATTEMPTS;
    return {
        events: mergeAttempts(recorders),
        endReason: final.endReason,
        turns: final.turns,
        usage: sumUsage(recorders),
        startedAt,
        durationMs: Math.round(performance.now() - clock),
        attempts: recorders.length,
        ...(flaggedTwice && final.flag
            ? { invalid: { reason: `simulated user misbehaved twice (${final.flag.reason}): ${final.flag.detail}` } }
            : {}),
    };
};
async function runConversation(trial, ctx, recorder, attempt) {
    const agent = openSession(trial, ctx, recorder, attempt);
    try {
        return await converse({
            user: simulatedUser(trial, ctx, recorder),
            agent,
            recorder,
            maxTurns: trial.scenario.max_turns,
            signal: ctx.signal,
        });
    }
    finally {
        await agent.close();
    }
}
function simulatedUser(trial, ctx, recorder) {
    const deps = { endpoint: trial.simulator, chat: ctx.chat, recorder };
    return trial.scenario.type === 'behavioral'
        ? behavioralUser(trial.persona, trial.scenario, trial.profile, deps)
        : scriptedUser(trial.persona, trial.scenario, trial.profile, deps);
}
function openSession(trial, ctx, recorder, attempt) {
    const tools = createToolLayer(trial.tools, {
        profile: trial.profile,
        env: ctx.env,
        recorder,
        ...(ctx.mockToolTimeoutMs !== undefined ? { mockTimeoutMs: ctx.mockToolTimeoutMs } : {}),
        ...(ctx.exchanges ? { exchanges: ctx.exchanges } : {}),
    });
    const session = openAgentSession(trial.agent, {
        sessionId: attempt === 1 ? trial.id : `${trial.id}~${attempt}`,
        profile: trial.profile,
        tools,
        recorder,
        chat: ctx.chat,
        env: ctx.env,
        ...(ctx.exchanges ? { exchanges: ctx.exchanges } : {}),
    });
    // openai agents' calls already hold slots through `chat`; the others' turns are the agent's model calls.
    return trial.agent.type !== 'openai' && ctx.agentSlot ? slottedSession(session, ctx.agentSlot) : session;
}
/** One user turn (the item's input), one agent reply. */
async function runDatasetTrial(trial, ctx, startedAt, clock) {
    const recorder = new TraceRecorder(clock);
    const agent = openSession(trial, ctx, recorder, 1);
    let endReason;
    try {
        const user = datasetUser(trial.item.input);
        endReason = (await converse({ user, agent, recorder, maxTurns: 1, signal: ctx.signal })).endReason;
        if (endReason === 'max_turns')
            endReason = 'single_turn';
    }
    finally {
        await agent.close();
    }
    return {
        events: recorder.events,
        endReason,
        turns: recorder.events.some((e) => e.type === 'user_message') ? 1 : 0,
        usage: recorder.usage,
        startedAt,
        durationMs: Math.round(performance.now() - clock),
        attempts: 1,
    };
}
function datasetUser(input) {
    return {
        instructionText: '',
        opening: async () => ({ kind: 'say', content: input, generated: false }),
        reply: async () => ({ kind: 'end', reason: 'stop_signal' }),
    };
}
/**
 * Earlier attempts keep only what explains the retry and what it cost (their
 * LLM calls and the guard's flags); the conversation shown is the last one.
 */
function mergeAttempts(recorders) {
    const last = recorders[recorders.length - 1];
    const earlier = recorders
        .slice(0, -1)
        .flatMap((r) => r.events.filter((e) => e.type === 'llm_call' || e.type === 'simulator_flag'));
    return [...earlier, ...(last?.events ?? [])];
}
function sumUsage(recorders) {
    return recorders.reduce((total, r) => ({
        inputTokens: total.inputTokens + r.usage.inputTokens,
        outputTokens: total.outputTokens + r.usage.outputTokens,
        costUsd: total.costUsd + r.usage.costUsd,
    }), { inputTokens: 0, outputTokens: 0, costUsd: 0 });
}


/***/ }),

/***/ 7369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _E: () => (/* reexport */ verdict/* buildTrialResult */._E),
  U3: () => (/* binding */ judgeTrial),
  oF: () => (/* binding */ usesLlm)
});

// UNUSED EXPORTS: judgeCriterion

// EXTERNAL MODULE: ./src/util/percentile.ts
var percentile = __webpack_require__(4713);
// EXTERNAL MODULE: ./src/suite/template.ts
var template = __webpack_require__(8283);
// EXTERNAL MODULE: ./src/util/user-regex.ts
var user_regex = __webpack_require__(2455);
// EXTERNAL MODULE: ./src/suite/ajv.ts
var ajv = __webpack_require__(3199);
;// CONCATENATED MODULE: ./src/judge/json-schema.ts

const json_schema_ajv = (0,ajv/* createAjv */.g)();
const compiled = new Map();
function validateJson(schema, value) {
    const key = JSON.stringify(schema);
    let validate = compiled.get(key);
    if (validate === undefined) {
        try {
            validate = json_schema_ajv.compile(schema);
        }
        catch (error) {
            validate = error.message;
        }
        compiled.set(key, validate);
    }
    if (typeof validate === 'string')
        return { errors: [], schemaError: validate };
    if (validate(value))
        return { errors: [] };
    return {
        errors: (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`),
    };
}

// EXTERNAL MODULE: ./src/judge/metric-result.ts
var metric_result = __webpack_require__(9277);
// EXTERNAL MODULE: ./src/judge/transcript.ts
var transcript = __webpack_require__(6189);
;// CONCATENATED MODULE: ./src/judge/deterministic.ts
/**
 * Deterministic metrics: pure functions of the trial and its trace, no LLM.
 * Each returns a MetricResult with its score, threshold and reason.
 */






function toolCalled(criterion, trial, trace) {
    const expected = criterion.args === undefined ? undefined : (0,template/* renderTemplateDeep */.nh)(criterion.args, trial.profile);
    const calls = (0,transcript/* toolCalls */.Ky)(trace.events).filter((call) => call.name === criterion.tool);
    const matching = calls.filter((call) => expected === undefined || argsMatch((0,transcript/* parsedArguments */.YB)(call), expected, criterion.args_match));
    const wanted = criterion.min_times;
    const withArgs = expected === undefined ? '' : ` with ${criterion.args_match} arguments ${JSON.stringify(expected)}`;
    const reason = matching.length >= wanted
        ? `${criterion.tool} called ${matching.length}× ${withArgs}`.trim()
        : `${criterion.tool} called ${matching.length}×${withArgs}, expected at least ${wanted}×` +
            (calls.length > matching.length
                ? ` (other calls: ${calls.map((call) => JSON.stringify((0,transcript/* parsedArguments */.YB)(call))).join(', ')})`
                : '');
    return (0,metric_result/* scored */.lD)(criterion, matching.length / wanted, reason);
}
function toolNotCalled(criterion, trace) {
    const calls = (0,transcript/* toolCalls */.Ky)(trace.events).filter((call) => call.name === criterion.tool);
    return (0,metric_result/* verdict */.WJ)(criterion, calls.length === 0, calls.length === 0 ? `${criterion.tool} was not called` : `${criterion.tool} was called ${calls.length}×`);
}
function toolCallSuccess(criterion, trace) {
    const calls = (0,transcript/* toolCalls */.Ky)(trace.events);
    if (calls.length === 0)
        return (0,metric_result/* scored */.lD)(criterion, 1, 'no tool calls');
    const failed = calls.filter((call) => call.error !== undefined);
    const reason = failed.length === 0
        ? `all ${calls.length} tool calls succeeded`
        : `${failed.length} of ${calls.length} tool calls failed: ` +
            `${failed.map((call) => `${call.name}: ${call.error}`).join('; ')}`;
    return (0,metric_result/* scored */.lD)(criterion, (calls.length - failed.length) / calls.length, reason);
}
function toolSequence(criterion, trace) {
    const names = (0,transcript/* toolCalls */.Ky)(trace.events).map((call) => call.name);
    const ok = criterion.mode === 'exact' ? arraysEqual(names, criterion.tools) : isSubsequence(criterion.tools, names);
    const expected = criterion.tools.join(' → ');
    const actual = names.length > 0 ? names.join(' → ') : '(no tool calls)';
    return (0,metric_result/* verdict */.WJ)(criterion, ok, ok
        ? `tools ran ${criterion.mode === 'exact' ? 'exactly' : 'in order'}: ${expected}`
        : `expected ${criterion.mode === 'exact' ? 'exactly' : 'in order'} ${expected}, got ${actual}`);
}
function latency(criterion, trace) {
    const latencies = (0,transcript/* agentMessages */.aX)(trace.events).map((message) => message.latencyMs);
    if (latencies.length === 0)
        return (0,metric_result/* verdict */.WJ)(criterion, true, 'no agent turns to measure');
    const measured = {
        p50: (0,percentile/* percentile */.Y)(latencies, 50) ?? 0,
        p95: (0,percentile/* percentile */.Y)(latencies, 95) ?? 0,
        max: Math.max(...latencies),
    };
    const summary = `p50 ${ms(measured.p50)}, p95 ${ms(measured.p95)}, max ${ms(measured.max)}`;
    const bounds = [
        ['p50', criterion.p50_ms],
        ['p95', criterion.p95_ms],
        ['max', criterion.max_ms],
    ];
    const checked = bounds.filter((entry) => entry[1] !== undefined);
    if (checked.length === 0)
        return (0,metric_result/* verdict */.WJ)(criterion, true, `${summary} (no bounds set: informational)`);
    const exceeded = checked
        .filter(([name, bound]) => measured[name] > bound)
        .map(([name, bound]) => `${name} ${ms(measured[name])} > ${ms(bound)}`);
    return (0,metric_result/* verdict */.WJ)(criterion, exceeded.length === 0, exceeded.length === 0 ? `${summary}, within bounds` : `${exceeded.join(', ')} (${summary})`);
}
function turns(criterion, trace) {
    const ok = trace.turns <= criterion.max;
    return (0,metric_result/* verdict */.WJ)(criterion, ok, `${trace.turns} turns ${ok ? '≤' : '>'} ${criterion.max}`);
}
function cost(criterion, trace) {
    const spent = trace.usage.costUsd;
    const ok = spent <= criterion.max_usd;
    return (0,metric_result/* verdict */.WJ)(criterion, ok, `cost $${spent.toFixed(4)} ${ok ? '≤' : '>'} $${criterion.max_usd.toFixed(4)}`);
}
function deterministic_text(criterion, trial, trace) {
    const all = (0,transcript/* agentMessages */.aX)(trace.events).map((message) => message.content);
    const messages = criterion.scope === 'final' ? all.slice(-1) : all;
    if (messages.length === 0)
        return (0,metric_result/* verdict */.WJ)(criterion, false, 'the agent sent no message to check');
    // `any`: some message satisfies the check; `all` and `final`: every checked message does.
    const holds = (test) => criterion.scope === 'any' ? messages.some(test) : messages.every(test);
    const problems = [];
    const where = TEXT_SCOPE_WORDING[criterion.scope];
    for (const needle of listOf(criterion.contains).map((value) => (0,template/* renderTemplateDeep */.nh)(value, trial.profile))) {
        if (!holds((message) => message.toLowerCase().includes(needle.toLowerCase())))
            problems.push(`${where.missing} "${needle}"`);
    }
    for (const needle of listOf(criterion.not_contains).map((value) => (0,template/* renderTemplateDeep */.nh)(value, trial.profile))) {
        const offending = messages.find((message) => message.toLowerCase().includes(needle.toLowerCase()));
        if (offending !== undefined)
            problems.push(`${where.present} "${needle}"`);
    }
    if (criterion.regex !== undefined) {
        // The loader rejects what RE2 can not compile; this guards a hand-built suite.
        const compiled = (0,user_regex/* compileUserRegex */._)(criterion.regex);
        if (!compiled.ok)
            return (0,metric_result/* metricError */.$h)(criterion, `invalid regex /${criterion.regex}/: ${compiled.message}`);
        const pattern = compiled.regex;
        if (!holds((message) => pattern.test(message)))
            problems.push(`${where.unmatched} /${criterion.regex}/`);
    }
    return (0,metric_result/* verdict */.WJ)(criterion, problems.length === 0, problems.length === 0 ? `${where.ok}: all text checks hold` : problems.join('; '));
}
/** How a failed text check reads for each scope, e.g. 'no agent message contains "refund"'. */
const TEXT_SCOPE_WORDING = {
    any: {
        ok: 'agent messages',
        missing: 'no agent message contains',
        present: 'an agent message contains',
        unmatched: 'no agent message matches',
    },
    all: {
        ok: 'every agent message',
        missing: 'not every agent message contains',
        present: 'an agent message contains',
        unmatched: 'not every agent message matches',
    },
    final: {
        ok: 'the final agent message',
        missing: 'the final agent message lacks',
        present: 'the final agent message contains',
        unmatched: 'the final agent message does not match',
    },
};
function jsonSchema(criterion, trace) {
    const final = (0,transcript/* agentMessages */.aX)(trace.events).at(-1);
    if (!final)
        return (0,metric_result/* verdict */.WJ)(criterion, false, 'the agent sent no message to check');
    const parsed = parseJsonReply(final.content);
    if (!parsed.ok)
        return (0,metric_result/* verdict */.WJ)(criterion, false, `the final agent message is not JSON: ${parsed.error}`);
    const result = validateJson(criterion.schema, parsed.value);
    if (result.schemaError)
        return (0,metric_result/* metricError */.$h)(criterion, `the json_schema metric's schema is invalid: ${result.schemaError}`);
    return (0,metric_result/* verdict */.WJ)(criterion, result.errors.length === 0, result.errors.length === 0
        ? 'the final agent message matches the schema'
        : `schema violations: ${result.errors.join('; ')}`);
}
function infrastructure(criterion, trace) {
    const issues = [];
    for (const event of trace.events) {
        if (event.type === 'error' &&
            (event.source === 'agent' || event.category === 'timeout' || event.category === 'infrastructure') &&
            event.source !== 'tool') {
            issues.push(`${event.source} ${event.category}: ${event.message}`);
        }
        if (event.type === 'agent_message' && event.content.trim() === '')
            issues.push(`empty agent reply at ${ms(event.at)}`);
    }
    if (trace.endReason === 'timeout' && !issues.some((issue) => issue.includes('timeout')))
        issues.push('the conversation timed out');
    return (0,metric_result/* verdict */.WJ)(criterion, issues.length === 0, issues.length === 0 ? 'no agent errors, empty replies or timeouts' : issues.join('; '));
}
// ---------------------------------------------------------------- helpers
/** partial: every expected key matches (recursively for objects); exact: deep equality. */
function argsMatch(actual, expected, mode) {
    if (mode === 'exact')
        return deepEqual(actual, expected);
    if (isPlainObject(expected)) {
        if (!isPlainObject(actual))
            return false;
        return Object.entries(expected).every(([key, value]) => key in actual && argsMatch(actual[key], value, 'partial'));
    }
    return deepEqual(actual, expected);
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
    if (isPlainObject(a) && isPlainObject(b)) {
        const keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
    }
    return false;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isSubsequence(wanted, actual) {
    let next = 0;
    for (const name of actual)
        if (name === wanted[next])
            next++;
    return next === wanted.length;
}
function arraysEqual(a, b) {
    return a.length === b.length && a.every((item, index) => item === b[index]);
}
function listOf(value) {
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
/** Agents often wrap JSON in a ```json fence; accept that, nothing looser. */
function parseJsonReply(content) {
    const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/i.exec(content);
    try {
        return { ok: true, value: JSON.parse(fenced?.[1] ?? content) };
    }
    catch (error) {
        return { ok: false, error: error.message };
    }
}
function ms(value) {
    return `${Math.round(value)} ms`;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/judge/prompts.ts
/** The judge's instructions. Each asks for one strict JSON object and nothing else. */
const EXPECTED_OUTCOME_PROMPT = `You are a strict evaluator of a conversation between a user and an AI agent.
You are given the expected outcome and the transcript. Split the expected outcome into its separate parts
(each action or piece of information the agent must achieve) and check each part on its own against the
transcript: a part is met only if the transcript clearly shows the agent did it. Judge the agent's behaviour,
not exact wording, dates or numbers unless the outcome insists on them. Tool calls shown in brackets count as
actions the agent took.
Answer with one JSON object and nothing else:
{"parts":[{"part":"<one part of the outcome>","met":true|false,"evidence":"<quote or short explanation>"}],
 "verdict":"pass"|"fail","reason":"<one sentence>"}
The verdict is "pass" only if every part is met.`;
const RUBRIC_PROMPT = `You are a strict evaluator of a conversation between a user and an AI agent.
Score the agent's side of the transcript against the rubric, from 0 (does not satisfy it at all) to 1 (fully ` +
    `satisfies it).
Answer with one JSON object and nothing else: {"score":<number between 0 and 1>,"reason":"<one or two sentences>"}`;
const EXPECTED_OUTPUT_PROMPT = `You are a strict evaluator. Compare the actual output of an AI system ` +
    `with the expected output
for the same input. Score 1 when they mean the same (wording may differ), 0 when the actual output is wrong or
misses what matters, and in between for partially correct answers.
Answer with one JSON object and nothing else: {"score":<number between 0 and 1>,"reason":"<one sentence>"}`;

;// CONCATENATED MODULE: ./src/judge/llm.ts
/**
 * LLM-judged metrics. The judge model answers in strict JSON, parsed with zod:
 * an answer that does not parse is a metric `error`, never a silent pass.
 */







/** A rubric or an expected output "passes" at this score unless the criterion says otherwise. */
const DEFAULT_LLM_THRESHOLD = 0.7;
const OutcomeVerdictSchema = schemas/* object */.Ikc({
    parts: schemas/* array */.YOg(schemas/* object */.Ikc({ part: schemas/* string */.YjP(), met: schemas/* boolean */.zMY(), evidence: schemas/* string */.YjP() })).min(1),
    verdict: schemas/* enum */.k5n(['pass', 'fail']),
    reason: schemas/* string */.YjP(),
});
const ScoreVerdictSchema = schemas/* object */.Ikc({ score: schemas/* number */.aig().min(0).max(1), reason: schemas/* string */.YjP() });
async function expectedOutcome(criterion, trial, trace, deps) {
    const outcome = criterion.outcome ?? (trial.kind === 'conversation' ? trial.scenario.expected_outcome : undefined);
    if (!outcome)
        return (0,metric_result/* metricError */.$h)(criterion, 'no expected outcome: give the metric an `outcome` or the scenario an `expected_outcome`');
    const user = `Expected outcome:\n${outcome}\n\nTranscript:\n${(0,transcript/* formatTranscript */.oZ)(trace.events)}`;
    const answer = await askJudge(trial, deps, EXPECTED_OUTCOME_PROMPT, user, OutcomeVerdictSchema);
    if (!answer.ok)
        return (0,metric_result/* metricError */.$h)(criterion, answer.error);
    const { parts, verdict, reason } = answer.value;
    const met = parts.filter((part) => part.met).length;
    const unmet = parts.filter((part) => !part.met).map((part) => `not met: ${part.part} (${part.evidence})`);
    // The parts are kept whole (met ones too) so reports can show what the judge saw, not only what failed.
    const judged = parts.map(({ part, met: ok, evidence }) => ({ part, met: ok, evidence }));
    const result = { ...(0,metric_result/* scored */.lD)(criterion, met / parts.length, [reason, ...unmet].join('; ')), parts: judged };
    // A verdict that contradicts its own parts is not trusted: never a pass.
    const contradicts = (verdict === 'pass') !== (met === parts.length);
    return contradicts
        ? { ...result, passed: false, reason: `the judge's verdict "${verdict}" contradicts its parts; ${result.reason}` }
        : result;
}
async function rubric(criterion, trial, trace, deps) {
    const user = `Rubric:\n${criterion.rubric}\n\nTranscript:\n${(0,transcript/* formatTranscript */.oZ)(trace.events)}`;
    const answer = await askJudge(trial, deps, RUBRIC_PROMPT, user, ScoreVerdictSchema);
    if (!answer.ok)
        return (0,metric_result/* metricError */.$h)(criterion, answer.error, DEFAULT_LLM_THRESHOLD);
    return (0,metric_result/* scored */.lD)(criterion, answer.value.score, answer.value.reason, DEFAULT_LLM_THRESHOLD);
}
async function expectedOutput(criterion, trial, trace, deps) {
    if (trial.kind !== 'dataset')
        return (0,metric_result/* metricError */.$h)(criterion, 'expected_output only applies to dataset items');
    const expected = trial.item.expected_output;
    if (expected === undefined)
        return (0,metric_result/* metricError */.$h)(criterion, `dataset item ${trial.item.id} has no expected_output`);
    const actual = (0,transcript/* agentMessages */.aX)(trace.events).at(-1)?.content;
    if (actual === undefined)
        return (0,metric_result/* scored */.lD)(criterion, 0, 'the agent gave no output', criterion.match === 'llm' ? DEFAULT_LLM_THRESHOLD : 1);
    switch (criterion.match) {
        case 'exact':
            return (0,metric_result/* scored */.lD)(criterion, actual.trim() === expected.trim() ? 1 : 0, actual.trim() === expected.trim()
                ? 'output equals the expected output'
                : `expected exactly "${expected}", got "${actual}"`);
        case 'contains': {
            const ok = actual.toLowerCase().includes(expected.toLowerCase());
            return (0,metric_result/* scored */.lD)(criterion, ok ? 1 : 0, ok ? 'output contains the expected output' : `output does not contain "${expected}"`);
        }
        case 'regex': {
            const compiled = (0,user_regex/* compileUserRegex */._)(expected);
            if (!compiled.ok)
                return (0,metric_result/* metricError */.$h)(criterion, `the expected output is not a valid regex: ${compiled.message}`);
            const pattern = compiled.regex;
            const ok = pattern.test(actual);
            return (0,metric_result/* scored */.lD)(criterion, ok ? 1 : 0, ok ? `output matches /${expected}/` : `output does not match /${expected}/`);
        }
        case 'llm': {
            const user = `Input:\n${trial.item.input}\n\nExpected output:\n${expected}\n\nActual output:\n${actual}`;
            const answer = await askJudge(trial, deps, EXPECTED_OUTPUT_PROMPT, user, ScoreVerdictSchema);
            if (!answer.ok)
                return (0,metric_result/* metricError */.$h)(criterion, answer.error, DEFAULT_LLM_THRESHOLD);
            return (0,metric_result/* scored */.lD)(criterion, answer.value.score, answer.value.reason, DEFAULT_LLM_THRESHOLD);
        }
    }
}
async function askJudge(trial, deps, system, user, schema) {
    if (!trial.judge)
        return {
            ok: false,
            error: 'no judge endpoint configured: add `judge: { model, base_url?, api_key_env? }` to the suite',
        };
    const endpoint = { ...trial.judge, temperature: trial.judge.temperature ?? 0 };
    const messages = [
        { role: 'system', content: system },
        { role: 'user', content: user },
    ];
    let content;
    try {
        ({ content } = await deps.chat.complete({
            endpoint,
            messages,
            json: true,
            ...(deps.signal ? { signal: deps.signal } : {}),
        }));
    }
    catch (error) {
        return { ok: false, error: `judge call failed: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    if (!content)
        return { ok: false, error: 'unparseable judge verdict: empty reply' };
    const json = parseJsonReply(content);
    if (!json.ok)
        return { ok: false, error: `unparseable judge verdict: ${json.error}: ${clip(content)}` };
    const parsed = schema.safeParse(json.value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
            ok: false,
            error: `invalid judge verdict: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}: ` +
                `${clip(content)}`,
        };
    }
    return { ok: true, value: parsed.data };
}
const CLIP_CHARS = 200;
function clip(text) {
    return text.length > CLIP_CHARS ? `${text.slice(0, CLIP_CHARS)}…` : text;
}

// EXTERNAL MODULE: ./src/judge/verdict.ts
var verdict = __webpack_require__(9278);
;// CONCATENATED MODULE: ./src/judge/index.ts




const LLM_METRICS = new Set(['expected_outcome', 'rubric']);
/** Conversations that ended like this are not worth an LLM judge's money: the trial is an error anyway. */
const UNJUDGEABLE_ENDS = new Set(['error', 'timeout', 'cancelled', 'budget']);
async function judgeTrial(trial, trace, deps) {
    // Criteria are independent: judge them concurrently, report them in order.
    return Promise.all(trial.criteria.map((criterion) => judgeCriterion(criterion, trial, trace, deps)));
}
async function judgeCriterion(criterion, trial, trace, deps) {
    if (usesLlm(criterion) && (trace.invalid || UNJUDGEABLE_ENDS.has(trace.endReason))) {
        return (0,metric_result/* metricError */.$h)(criterion, `not judged: the conversation ended with ${trace.invalid ? 'an invalid simulator' : trace.endReason}`);
    }
    switch (criterion.type) {
        case 'expected_outcome':
            return expectedOutcome(criterion, trial, trace, deps);
        case 'rubric':
            return rubric(criterion, trial, trace, deps);
        case 'expected_output':
            return expectedOutput(criterion, trial, trace, deps);
        case 'tool_called':
            return toolCalled(criterion, trial, trace);
        case 'tool_not_called':
            return toolNotCalled(criterion, trace);
        case 'tool_call_success':
            return toolCallSuccess(criterion, trace);
        case 'tool_sequence':
            return toolSequence(criterion, trace);
        case 'latency':
            return latency(criterion, trace);
        case 'turns':
            return turns(criterion, trace);
        case 'cost':
            return cost(criterion, trace);
        case 'text':
            return deterministic_text(criterion, trial, trace);
        case 'json_schema':
            return jsonSchema(criterion, trace);
        case 'infrastructure':
            return infrastructure(criterion, trace);
    }
}
function usesLlm(criterion) {
    return LLM_METRICS.has(criterion.type) || (criterion.type === 'expected_output' && criterion.match === 'llm');
}


/***/ }),

/***/ 9277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ metricError),
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   lD: () => (/* binding */ scored)
/* harmony export */ });
/* unused harmony exports DEFAULT_THRESHOLD, thresholdOf */
/** Deterministic metrics score 0 or 1 unless they say otherwise; 1 means "must fully hold". */
const DEFAULT_THRESHOLD = 1;
function thresholdOf(criterion, fallback = DEFAULT_THRESHOLD) {
    return criterion.threshold ?? fallback;
}
function scored(criterion, score, reason, fallbackThreshold = DEFAULT_THRESHOLD) {
    const threshold = thresholdOf(criterion, fallbackThreshold);
    const clamped = Math.min(1, Math.max(0, score));
    return {
        id: criterion.id,
        type: criterion.type,
        baseline: criterion.baseline,
        passed: clamped >= threshold,
        score: clamped,
        threshold,
        reason,
    };
}
function verdict(criterion, passed, reason) {
    return scored(criterion, passed ? 1 : 0, reason);
}
/** The metric could not be computed: never a pass. */
function metricError(criterion, error, fallbackThreshold = DEFAULT_THRESHOLD) {
    return {
        id: criterion.id,
        type: criterion.type,
        baseline: criterion.baseline,
        passed: false,
        score: null,
        threshold: thresholdOf(criterion, fallbackThreshold),
        reason: error,
        error,
    };
}


/***/ }),

/***/ 8381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C3: () => (/* reexport */ createSuiteChatClient),
  tL: () => (/* reexport */ evaluateRun),
  Kw: () => (/* reexport */ historyEntriesOf),
  r_: () => (/* reexport */ planSuiteRun),
  GW: () => (/* reexport */ rejudgeRun),
  og: () => (/* reexport */ runSuite)
});

// UNUSED EXPORTS: comparisonPlan, firstCounts, plannedCounts, plannedKeysOf, plannedKeysOfTrials, replanStoredTrials, resolveGateSettings, storedTrace

// EXTERNAL MODULE: ./src/llm/index.ts + 6 modules
var llm = __webpack_require__(8095);
// EXTERNAL MODULE: ./src/plan/index.ts + 5 modules
var src_plan = __webpack_require__(9337);
// EXTERNAL MODULE: ./src/cassette/index.ts + 7 modules
var src_cassette = __webpack_require__(1234);
// EXTERNAL MODULE: ./src/runner/index.ts + 4 modules
var runner = __webpack_require__(2963);
// EXTERNAL MODULE: ./src/verdict/index.ts + 12 modules
var src_verdict = __webpack_require__(3877);
// EXTERNAL MODULE: ./src/report/evidence.ts
var evidence = __webpack_require__(6258);
// EXTERNAL MODULE: ./src/model/history.ts
var model_history = __webpack_require__(8585);
;// CONCATENATED MODULE: ./src/pipeline/comparison-plan.ts



function comparisonPlan({ keys, earlier, variantsCompared, runAlpha }) {
    const previousByKey = new Map((earlier.previous?.tests ?? []).map((test) => [test.key, test]));
    const references = new Map();
    for (const planned of keys) {
        const previous = previousByKey.get(planned.key);
        const reference = (0,src_verdict/* chooseReference */.x)(earlier.history?.[planned.key], planned.definition, previous ? { counts: (0,src_verdict/* plannedCounts */.$h)(previous), definition: (0,model_history/* definitionOf */.Fg)(previous) } : undefined);
        if (reference)
            references.set(planned.key, reference);
    }
    const baselines = new Map();
    if (variantsCompared) {
        const baselineKeys = new Map(keys.filter((k) => k.variant === 'baseline').map((k) => [k.testId, k.key]));
        for (const planned of keys) {
            const baseline = baselineKeys.get(planned.testId);
            if (planned.variant === 'candidate' && baseline)
                baselines.set(planned.key, baseline);
        }
    }
    const deterministic = new Set(keys.filter((k) => k.deterministic).map((k) => k.key));
    const count = (0,src_verdict/* countComparisons */.G5)(keys.map((planned) => ({
        againstHistoryOrPrevious: references.has(planned.key),
        againstBaseline: baselines.has(planned.key),
        deterministic: deterministic.has(planned.key),
    })));
    return {
        level: (0,src_verdict/* comparisonLevel */.yj)(runAlpha, count),
        comparisons: count,
        referenceFor: (key) => references.get(key),
        baselineFor: (key) => baselines.get(key),
        deterministic: (key) => deterministic.has(key),
    };
}
/** The plan's keys from a results file's tests (what compare and `rehearse compare` see). */
function plannedKeysOf(tests) {
    return tests.map((test) => ({
        key: test.key,
        testId: test.testId,
        variant: test.variant,
        definition: (0,model_history/* definitionOf */.Fg)(test),
        ...(test.deterministic ? { deterministic: true } : {}),
    }));
}
/**
 * The plan's keys from the planned trials (what the runner knows before the first trial). `deterministic`:
 * the keys the suite declares deterministic.
 */
function plannedKeysOfTrials(trials, deterministic = () => false) {
    const byKey = new Map();
    for (const trial of trials) {
        if (byKey.has(trial.key))
            continue;
        byKey.set(trial.key, {
            key: trial.key,
            testId: trial.testId,
            variant: trial.variant,
            definition: (0,model_history/* definitionOf */.Fg)(trial.kind === 'conversation' ? trial : { ...(trial.versions ? { versions: trial.versions } : {}) }),
            ...(deterministic(trial) ? { deterministic: true } : {}),
        });
    }
    return [...byKey.values()];
}

;// CONCATENATED MODULE: ./src/pipeline/confirmation-policy.ts



/** Counts of pass/fail among the first `limit` trials of `outcomes` (errors and invalid trials left out). */
function countsOf(outcomes, limit = Infinity) {
    let passes = 0;
    let trials = 0;
    for (const letter of outcomes.slice(0, limit)) {
        if (letter === 'p')
            passes += 1;
        if (letter === 'p' || letter === 'f')
            trials += 1;
    }
    return { passes, trials };
}
function settingsOf(config) {
    return {
        ...src_verdict/* DEFAULT_CONFIRMATION */.Wh,
        ...(config ? { maxExtra: config.max_extra, maxExtraPaired: config.max_extra_paired } : {}),
    };
}
/** Whether the gate reads this test's pass/fail verdict (else confirming its threshold costs trials for nothing). */
function gateReadsVerdict(gate, trial) {
    if (gate.failOn.includes('never'))
        return false;
    return (gate.failOn.includes('any-failure') ||
        (gate.failOn.includes('critical') && trial.priority === 'critical') ||
        gate.minPassRate > 0);
}
function buildConfirmationPolicy(request) {
    const { plan, gate } = request;
    const settings = settingsOf(request.config);
    const earlier = { ...request.earlier, ...historyOf(request.earlier) };
    const comparisons = comparisonPlan({
        // A shard counts the comparisons of the whole run: the merged run is judged at that level.
        keys: plannedKeysOfTrials([...plan.trials, ...(plan.otherShards ?? [])], (trial) => trial.deterministic === true),
        earlier,
        variantsCompared: plan.variants.includes('baseline') && plan.variants.includes('candidate'),
        runAlpha: gate.alpha,
    });
    const dropsGated = gate.failOn.includes('regression') && !gate.failOn.includes('never');
    const infos = new Map();
    for (const trial of plan.trials) {
        if (infos.has(trial.key))
            continue;
        const θ = trial.minPassRate;
        const threshold = θ > 0 && θ < 1 && gateReadsVerdict(gate, trial) ? θ : undefined;
        infos.set(trial.key, {
            key: trial.key,
            runs: trial.runs,
            deterministic: trial.deterministic === true,
            ...(threshold !== undefined ? { threshold } : {}),
        });
    }
    const most = Math.max(settings.maxExtra, settings.maxExtraPaired, src_verdict/* DEFAULT_THRESHOLD_SETTINGS */.ap.maxExtra);
    const context = { comparisons, settings, infos, dropsGated, cap: (info) => info.runs + most };
    return { policy: { decide: (_testId, outcomes) => decideGroup(context, outcomes) }, comparisons, settings };
}
function historyOf(earlier) {
    const history = earlier?.history ?? earlier?.previous?.history;
    return history ? { history } : {};
}
function partsOf(context, info, outcomes) {
    const { comparisons, settings } = context;
    const own = outcomes[info.key] ?? '';
    const drops = [];
    const common = {
        planned: info.runs,
        alpha: comparisons.level.alpha,
        settings,
        ...(info.deterministic ? { deterministic: true } : {}),
    };
    if (context.dropsGated) {
        const reference = comparisons.referenceFor(info.key);
        if (reference)
            drops.push({
                ...common,
                reference,
                current: countsOf(own, (0,src_verdict/* fullSample */.sO)({ planned: info.runs, settings }).current),
            });
        const baselineKey = comparisons.baselineFor(info.key);
        const baseline = baselineKey ? context.infos.get(baselineKey) : undefined;
        if (baseline) {
            const full = (0,src_verdict/* fullSample */.sO)({
                planned: info.runs,
                reference: (0,src_verdict/* baselineReference */.HM)({ passes: 0, trials: 0 }, baseline.runs),
                settings,
            });
            const counts = countsOf(outcomes[baseline.key] ?? '', full.reference);
            drops.push({
                ...common,
                reference: (0,src_verdict/* baselineReference */.HM)(counts, baseline.runs),
                current: countsOf(own, full.current),
            });
        }
    }
    const threshold = info.threshold === undefined
        ? undefined
        : { current: countsOf(own), planned: info.runs, threshold: info.threshold };
    return { drops, ...(threshold ? { threshold } : {}) };
}
function decideGroup(context, outcomes) {
    const wanted = new Map();
    const want = (key, trials, reasons) => {
        const entry = wanted.get(key) ?? { trials: 0, reasons: new Set() };
        entry.trials = Math.max(entry.trials, trials);
        for (const reason of reasons)
            entry.reasons.add(reason);
        wanted.set(key, entry);
    };
    const parts = new Map();
    for (const key of Object.keys(outcomes)) {
        const info = context.infos.get(key);
        if (!info)
            continue;
        const own = outcomes[key] ?? '';
        const keyParts = partsOf(context, info, outcomes);
        parts.set(key, keyParts);
        if (own.length === 0) {
            want(key, firstBatch(context, info, outcomes), []);
            continue;
        }
        if (keyParts.drops.length === 0 && !keyParts.threshold) {
            want(key, info.runs - own.length, []);
            continue;
        }
        const decision = (0,src_verdict/* decideTest */.Z0)(keyParts);
        if (decision.status === 'settled')
            continue;
        const reasons = reasonsOf(keyParts, info);
        want(key, decision.current, reasons);
        const baselineKey = context.comparisons.baselineFor(key);
        if (baselineKey && decision.reference > 0)
            want(baselineKey, decision.reference, reasons);
    }
    const requests = {};
    for (const [key, entry] of wanted) {
        const info = context.infos.get(key);
        const done = (outcomes[key] ?? '').length;
        const trials = info ? Math.min(entry.trials, context.cap(info) - done) : 0;
        // Reasons are recorded for trials beyond the plan only.
        if (trials > 0)
            requests[key] = { trials, reasons: info && done + trials > info.runs ? [...entry.reasons] : [] };
    }
    if (Object.keys(requests).length > 0)
        return { status: 'more', requests };
    const keys = {};
    for (const [key, keyParts] of parts) {
        const settlement = settlementOf(keyParts, outcomes[key] ?? '', context.infos.get(key));
        if (settlement)
            keys[key] = settlement;
    }
    return { status: 'settled', keys };
}
/**
 * The planned trials, or half of them first when their outcome may already settle the test (curtailment,
 * docs/statistics.md "Early stopping"): only then is splitting worth a round of waiting.
 */
function firstBatch(context, info, outcomes) {
    if (info.runs < 3)
        return info.runs;
    const half = Math.ceil(info.runs / 2);
    for (const letter of ['p', 'f']) {
        const trial = { ...outcomes, [info.key]: letter.repeat(half) };
        const parts = partsOf(context, info, trial);
        if (parts.drops.length === 0 && !parts.threshold)
            return info.runs;
        if (parts.drops.some((drop) => drop.reference?.extendablePlanned !== undefined))
            return info.runs;
        if ((0,src_verdict/* decideTest */.Z0)(parts).status === 'settled')
            return half;
    }
    return info.runs;
}
function reasonsOf(parts, info) {
    const reasons = [];
    if (parts.drops.some((drop) => (0,src_verdict/* decideDrop */.eg)(drop).status === 'more'))
        reasons.push(info.runs === 1 ? 'flip' : 'drop');
    if (parts.threshold && (0,src_verdict/* decideThreshold */.Ip)(parts.threshold).status === 'more')
        reasons.push('threshold');
    return reasons;
}
function settlementOf(parts, own, info) {
    const settled = parts.drops.map((drop) => ({ drop, decision: (0,src_verdict/* decideDrop */.eg)(drop) }));
    const confirmed = settled.find((part) => isOutcome(part.decision, 'regression-confirmed'));
    // A drop still pending here ran out of trials (errored ones): it is not confirmed.
    const unconfirmed = settled.find((part) => isOutcome(part.decision, 'not-confirmed') || part.decision.status === 'more');
    const chosen = confirmed ?? (own.length > info.runs ? unconfirmed : undefined);
    const evidence = [];
    if (chosen)
        evidence.push(dropEvidence(chosen.drop, own, info.runs));
    if (parts.threshold && own.length > info.runs) {
        const decision = (0,src_verdict/* decideThreshold */.Ip)(parts.threshold);
        const { passes, trials } = parts.threshold.current;
        const verdict = decision.status === 'settled' ? decision.outcome : 'undecided';
        evidence.push(`${passes}/${trials} against a ${Math.round(parts.threshold.threshold * 100)}% threshold: ${verdict}`);
    }
    if (!chosen && evidence.length === 0)
        return undefined;
    return {
        ...(chosen ? { drop: confirmed ? 'confirmed' : 'not-confirmed' } : {}),
        ...(evidence.length > 0 ? { evidence: evidence.join('; ') } : {}),
    };
}
function isOutcome(decision, outcome) {
    return decision.status === 'settled' && decision.outcome === outcome;
}
/** "48/50 over the last runs → 1/5 now, 6/25 after confirmation", phrased as the reports phrase it. */
function dropEvidence(drop, own, planned) {
    const reference = drop.reference;
    const first = countsOf(own, planned);
    return (0,evidence/* dropText */.$Y)({
        reference: { ...reference.counts, source: reference.source },
        planned: first,
        ...(drop.current.trials > first.trials ? { confirmed: drop.current } : {}),
    });
}

// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
// EXTERNAL MODULE: ./src/suite/schema.ts
var schema = __webpack_require__(7141);
;// CONCATENATED MODULE: ./src/gate/index.ts


const STOP_REASONS = {
    budget: 'the cost budget was reached',
    cancelled: 'it was cancelled',
    fail_fast: 'a critical test failed (fail_fast)',
};
function percent(rate) {
    const value = rate * 100;
    return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}
/** Changes of one category across every comparison, once per key (a key can drop against history and baseline). */
function ofCategory(comparisons, category) {
    const byKey = new Map();
    for (const comparison of comparisons) {
        for (const change of comparison.changes)
            if (change.category === category)
                byKey.set(change.key, change);
    }
    return [...byKey.values()];
}
/** Confirmed regressions only: a suspected or not-confirmed drop never fails the gate. */
function regressions(comparisons) {
    return ofCategory(comparisons, 'regression');
}
/** Drops listed beside the verdict without failing it. A key already a regression is not repeated. */
function dropNotes(comparisons) {
    const regressed = new Set(regressions(comparisons).map((change) => change.key));
    const suspected = ofCategory(comparisons, 'suspected').filter((change) => !regressed.has(change.key));
    const named = new Set([...regressed, ...suspected.map((change) => change.key)]);
    const notConfirmed = ofCategory(comparisons, 'not_confirmed').filter((change) => !named.has(change.key));
    const notes = [];
    if (suspected.length) {
        const drops = suspected.length === 1 ? 'suspected drop' : `${suspected.length} suspected drops`;
        notes.push(`${drops}, not confirmed: rerun with confirmation`);
    }
    if (notConfirmed.length)
        notes.push(`${(0,plural/* plural */.L)(notConfirmed.length, 'drop')} not confirmed by confirmation trials`);
    return notes;
}
function regressionReason(found) {
    if (found.length === 0)
        return undefined;
    const critical = found.filter((change) => change.test.priority === 'critical').length;
    if (critical === found.length)
        return (0,plural/* plural */.L)(critical, 'critical regression');
    return critical ? `${(0,plural/* plural */.L)(found.length, 'regression')} (${critical} critical)` : (0,plural/* plural */.L)(found.length, 'regression');
}
function runStateReason(results) {
    if (results.status === 'stopped') {
        const missing = results.missingShards;
        if (missing)
            return (`incomplete merge: ${(0,plural/* plural */.L)(missing.indexes.length, 'shard')} of ${missing.total} missing ` +
                `(${missing.indexes.join(', ')})`);
        const why = results.stopReason ? ` because ${STOP_REASONS[results.stopReason]}` : '';
        return `run stopped${why}: ${(0,plural/* plural */.L)(results.totals.notRun, 'test')} not run`;
    }
    if (results.status === 'failed')
        return 'run failed';
    if (results.status === 'running')
        return 'run did not finish';
    return undefined;
}
/** Skipped entries the gate judges: those that say what was missing (older files' skips do not). */
function gatedSkips(results) {
    return results.skipped.filter((entry) => entry.missing !== undefined);
}
/** "OPENAI_API_KEY is not set" or "no simulator is configured", for each distinct lack. */
function lackOf(entry) {
    const missing = entry.missing;
    return missing.envVar ? `${missing.envVar} is not set` : `no ${missing.role} is configured`;
}
/**
 * "2 tests could not run: OPENAI_API_KEY is not set (simulator of scenario angry-refund)
 * — add the secret or set gate.allow_skipped: true". Counted as test × variant runs, like the tests.
 */
function skippedReason(skipped) {
    if (skipped.length === 0)
        return undefined;
    const byLack = new Map();
    for (const entry of skipped) {
        const lack = lackOf(entry);
        const scenarios = byLack.get(lack) ?? new Set();
        if (entry.missing?.scenarioId)
            scenarios.add(entry.missing.scenarioId);
        byLack.set(lack, scenarios);
    }
    const lacks = [...byLack].map(([lack, scenarios]) => {
        const ids = [...scenarios];
        const which = ids.length ? ` (simulator of scenario${ids.length === 1 ? '' : 's'} ${ids.join(', ')})` : '';
        return `${lack}${which}`;
    });
    const fix = [...byLack.keys()].some((lack) => lack.endsWith('is not set')) ? 'add the secret' : 'configure it';
    const count = (0,plural/* plural */.L)(skipped.length, 'test');
    return `${count} could not run: ${lacks.join('; ')} — ${fix} or set gate.allow_skipped: true`;
}
function collectReasons(input) {
    const { results, failOn, minPassRate } = input;
    const reasons = [runStateReason(results)];
    const allowSkipped = input.allowSkipped ?? results.gate?.allowSkipped ?? false;
    if (!allowSkipped)
        reasons.push(skippedReason(gatedSkips(results)));
    const regressed = failOn.includes('regression') ? regressions(input.comparisons) : [];
    reasons.push(regressionReason(regressed));
    const failing = results.tests.filter((test) => test.verdict === 'fail' || test.verdict === 'error');
    if (failOn.includes('critical')) {
        // A critical test already named as a critical regression is not counted twice.
        const named = new Set(regressed.filter((change) => change.test.priority === 'critical').map((change) => change.key));
        const critical = failing.filter((test) => test.priority === 'critical' && !named.has(test.key)).length;
        if (critical)
            reasons.push(`${(0,plural/* plural */.L)(critical, 'critical test')} failing`);
    }
    const passRate = results.totals.passRate;
    if (minPassRate > 0 && passRate === null)
        reasons.push(`no test produced a verdict (min pass rate ${percent(minPassRate)})`);
    if (passRate !== null && passRate < minPassRate)
        reasons.push(`pass rate ${percent(passRate)} < ${percent(minPassRate)}`);
    if (failOn.includes('any-failure') && failing.length)
        reasons.push(`${(0,plural/* plural */.L)(failing.length, 'test')} failing`);
    return reasons.filter((reason) => reason !== undefined);
}
function passedSummary(input) {
    const { totals } = input.results;
    const rate = totals.passRate === null ? 'no verdicts' : `pass rate ${percent(totals.passRate)}`;
    const threshold = input.minPassRate > 0 ? ` (min ${percent(input.minPassRate)})` : '';
    // Allowed skips still show in the headline: a green check must not hide tests that never ran.
    const count = input.results.skipped.length;
    const allowed = gatedSkips(input.results).length > 0 ? ' (allowed)' : '';
    const skipped = count ? `; ${count} skipped${allowed}` : '';
    return `✅ ${totals.passed}/${totals.tests} tests passed; ${rate}${threshold}${skipped}`;
}
function evaluateGate(input) {
    const reasons = collectReasons(input);
    const notes = input.failOn.includes('regression') ? dropNotes(input.comparisons) : [];
    const withNotes = notes.length ? { notes } : {};
    const noted = notes.length ? ` (${notes.join('; ')})` : '';
    if (reasons.length === 0)
        return { passed: true, reasons, summary: `${passedSummary(input)}${noted}`, ...withNotes };
    if (input.failOn.includes('never')) {
        return {
            passed: true,
            reasons,
            summary: `⚠️ gate off (fail_on: never): ${reasons.join('; ')}${noted}`,
            ...withNotes,
        };
    }
    return { passed: false, reasons, summary: `❌ ${reasons.join('; ')}${noted}`, ...withNotes };
}
function gateSettingsOf(gate) {
    return {
        minPassRate: gate.min_pass_rate,
        failOn: [...gate.fail_on],
        alpha: gate.alpha,
        allowSkipped: gate.allow_skipped,
    };
}
const DEFAULT_GATE = gateSettingsOf(schema/* GateSchema */.ZM.parse({}));
function describeGateSettings(settings) {
    const skipped = settings.allowSkipped ? ', skipped tests allowed' : '';
    const failOn = settings.failOn.join(', ') || 'nothing';
    return `min pass rate ${percent(settings.minPassRate)}, fail on ${failOn}, α ${settings.alpha}${skipped}`;
}

;// CONCATENATED MODULE: ./src/pipeline/gate-settings.ts
/**
 * The one place that decides which gate a run is judged with, α included:
 * the suite's gate when the suite is loaded, else the gate recorded in the
 * results, else the defaults; an explicit flag or input overrides any of them.
 */

function resolveGateSettings({ suite, recorded, overrides = {} }) {
    const [base, origin] = suite
        ? [gateSettingsOf(suite), 'suite']
        : recorded
            ? [recorded, 'recorded']
            : [DEFAULT_GATE, 'default'];
    const settings = {
        minPassRate: overrides.minPassRate ?? base.minPassRate,
        failOn: [...(overrides.failOn ?? base.failOn)],
        alpha: overrides.alpha ?? base.alpha,
        ...(base.allowSkipped !== undefined ? { allowSkipped: base.allowSkipped } : {}),
    };
    return { settings, origin, note: noteOf(origin, base) };
}
// The note describes the base settings, as `rehearse report`/`compare` always printed it.
function noteOf(origin, base) {
    if (origin === 'suite')
        return `Gate: the suite's (${describeGateSettings(base)}).`;
    if (origin === 'recorded')
        return `Gate: the run's own (${describeGateSettings(base)}).`;
    return `Gate: the defaults (${describeGateSettings(base)}): the results file does not record the gate its run used.`;
}

;// CONCATENATED MODULE: ./src/pipeline/run-suite.ts
/**
 * Flow 1: suite + options → plan → execute → judge → aggregate → results.
 * The runner does execute, judge and aggregate per trial; this module decides
 * what it is given (the plan, the chat client's settings, the gate recorded in
 * the results) so `rehearse run` and the action's `run` mode cannot differ.
 * I/O comes in through ports: the chat client, the progress callback, the
 * abort signal.
 */






/** `simulatorReplayed`: a cassette answers the simulator's calls, so its key is not needed. */
function planSuiteRun(suite, selection, env, options = {}) {
    const available = (0,llm/* simulatorAvailable */.k5)(suite, env) || (options.simulatorReplayed === true && suite.simulator !== undefined);
    return (0,src_plan/* planRun */.nY)(suite, { ...selection, simulatorAvailable: available });
}
/** The chat client with the suite's price table, call timeout and retries. */
function createSuiteChatClient(suite, env, notices = {}) {
    return (0,llm/* createChatClient */.ak)({
        env,
        pricing: suite.pricing,
        callTimeoutMs: suite.run.call_timeout_ms,
        retries: suite.run.retries,
        ...notices,
    });
}
async function runSuite(request) {
    const { gateOverrides, planOptions, cassette, annotate, earlier, confirm, ...options } = request;
    const gate = resolveGateSettings({
        suite: options.suite.gate,
        ...(gateOverrides ? { overrides: gateOverrides } : {}),
    }).settings;
    const hooks = cassette
        ? (0,src_cassette/* cassetteHooks */.LO)(cassette, {
            chat: options.chat,
            ...(options.executeTrial ? { executeTrial: options.executeTrial } : {}),
            ...(options.judgeTrial ? { judgeTrial: options.judgeTrial } : {}),
        })
        : undefined;
    const annotateResults = (results) => {
        const annotated = {
            ...results,
            ...(planOptions && Object.keys(planOptions).length > 0 ? { plan: planOptions } : {}),
            ...(cassette ? { cassette: cassetteSummary(cassette) } : {}),
        };
        return annotate ? annotate(annotated) : annotated;
    };
    const config = options.suite.run.confirmation;
    if (!(confirm ?? config?.enabled ?? true))
        return (0,runner/* runPlan */.Fo)({ ...options, ...hooks, gate, annotate: annotateResults });
    const built = buildConfirmationPolicy({
        plan: options.plan,
        gate,
        ...(earlier ? { earlier } : {}),
        ...(config ? { config } : {}),
    });
    return (0,runner/* runPlan */.Fo)({
        ...options,
        ...hooks,
        gate: { ...gate, comparisons: built.comparisons.level.comparisons, comparisonAlpha: built.comparisons.level.value },
        confirmation: built.policy,
        confirmationSettings: { maxExtra: built.settings.maxExtra, maxExtraPaired: built.settings.maxExtraPaired },
        annotate: annotateResults,
    });
}
function cassetteSummary(cassette) {
    return { file: cassette.name, mode: cassette.mode, roles: [...cassette.roles], ...cassette.stats };
}

// EXTERNAL MODULE: ./src/runner/trial.ts + 1 modules
var trial = __webpack_require__(307);
;// CONCATENATED MODULE: ./src/pipeline/rejudge.ts



async function rejudgeRun({ original, ...request }) {
    const { plan, traces, dropped } = replanStoredTrials(request.suite, original);
    const executeTrial = async (trial) => traces.get(trial.id);
    const results = await runSuite({
        ...request,
        plan,
        executeTrial,
        git: original.git,
        ...(original.plan ? { planOptions: original.plan } : {}),
        annotate: (rejudged) => ({ ...rejudged, source: original.source, rejudgedFrom: original.runId }),
        // Only the stored trials are judged again: no conversation can be added (or spared) by confirmation.
        confirm: false,
    });
    return { results, dropped };
}
/**
 * Each stored trial as the current suite defines its test (criteria,
 * thresholds), keeping the trial's id, index and the persona/scenario
 * versions its conversation ran with.
 */
function replanStoredTrials(suite, original) {
    // The simulator is not called: behavioral tests are planned whatever the env holds.
    const current = (0,src_plan/* planRun */.nY)(suite, {
        variants: original.variants.map((variant) => variant.id),
        runs: 1,
        simulatorAvailable: true,
    });
    const byKey = new Map(current.trials.map((trial) => [trial.key, trial]));
    const storedPerKey = new Map();
    for (const stored of original.trials)
        storedPerKey.set(stored.key, (storedPerKey.get(stored.key) ?? 0) + 1);
    const trials = [];
    const traces = new Map();
    const dropped = [];
    for (const stored of original.trials) {
        const planned = byKey.get(stored.key);
        if (!planned || stored.status === 'skipped') {
            dropped.push(stored.id);
            continue;
        }
        trials.push(asStoredTrial(planned, stored, storedPerKey.get(stored.key) ?? 1));
        traces.set(stored.id, storedTrace(stored));
    }
    const plan = {
        trials,
        variants: current.variants,
        ...(original.shard ? { shard: original.shard } : {}),
        skipped: original.skipped,
    };
    return { plan, traces, dropped };
}
function asStoredTrial(planned, stored, runs) {
    const common = { id: stored.id, index: stored.index, runs: Math.max(planned.runs, runs) };
    if (planned.kind !== 'conversation')
        return { ...planned, ...common };
    return {
        ...planned,
        ...common,
        persona: { ...planned.persona, version: stored.personaVersion ?? planned.persona.version },
        scenario: { ...planned.scenario, version: stored.scenarioVersion ?? planned.scenario.version },
    };
}
/** The conversation as the engine returned it: the stored transcript without the old judge's calls. */
function storedTrace(stored) {
    const isJudgeCall = (event) => event.type === 'llm_call' && event.role === 'judge';
    const judgeUsage = (0,trial/* addUsage */.vk)({ inputTokens: 0, outputTokens: 0, costUsd: 0 }, stored.transcript.filter(isJudgeCall));
    return {
        events: stored.transcript.filter((event) => !isJudgeCall(event)),
        endReason: stored.endReason,
        turns: stored.turns,
        usage: {
            inputTokens: Math.max(0, stored.usage.inputTokens - judgeUsage.inputTokens),
            outputTokens: Math.max(0, stored.usage.outputTokens - judgeUsage.outputTokens),
            costUsd: Math.max(0, stored.usage.costUsd - judgeUsage.costUsd),
        },
        startedAt: stored.startedAt,
        durationMs: stored.durationMs,
        attempts: stored.attempts,
        ...(stored.status === 'invalid' ? { invalid: { reason: stored.reason ?? 'the simulated user misbehaved' } } : {}),
    };
}

// EXTERNAL MODULE: ./src/compare/index.ts + 5 modules
var compare = __webpack_require__(6084);
;// CONCATENATED MODULE: ./src/pipeline/history-entries.ts
/**
 * A run's own history entries, one per test key: the counts of its planned
 * trials (pooled by later runs) and, apart, its confirmation trials (never
 * pooled: their number depended on the outcomes).
 */

function tallyTrials(trials) {
    const byKey = new Map();
    for (const trial of trials) {
        const tally = byKey.get(trial.key) ?? { passes: 0, failures: 0, errors: 0, extraPasses: 0, extraFailures: 0 };
        if (trial.phase === 'confirmation') {
            if (trial.status === 'pass')
                tally.extraPasses += 1;
            if (trial.status === 'fail')
                tally.extraFailures += 1;
        }
        else {
            if (trial.status === 'pass')
                tally.passes += 1;
            if (trial.status === 'fail')
                tally.failures += 1;
            if (trial.status === 'error')
                tally.errors += 1;
        }
        byKey.set(trial.key, tally);
    }
    return byKey;
}
/**
 * Read from the trials when the file has them; a file read without trials (a stored previous run)
 * falls back to the test summaries, whose counts are all planned unless `outcomes` says otherwise.
 */
function historyEntriesOf(results) {
    const tallies = tallyTrials(results.trials);
    const entries = {};
    for (const test of results.tests) {
        if (test.verdict === 'not_run')
            continue;
        const tally = tallies.get(test.key) ?? fromSummary(test);
        if (tally.passes + tally.failures + tally.errors === 0)
            continue;
        const extra = tally.extraPasses + tally.extraFailures > 0;
        entries[test.key] = {
            runId: results.runId,
            ...(results.git.sha ? { sha: results.git.sha } : {}),
            date: results.startedAt,
            definition: (0,model_history/* definitionOf */.Fg)(test),
            passes: tally.passes,
            failures: tally.failures,
            errors: tally.errors,
            ...(extra ? { extra: { passes: tally.extraPasses, failures: tally.extraFailures } } : {}),
        };
    }
    return entries;
}
function fromSummary(test) {
    const planned = test.outcomes?.slice(0, test.runs);
    const extraLetters = test.outcomes?.slice(test.runs) ?? '';
    const count = (letters, letter) => [...letters].filter((l) => l === letter).length;
    return planned === undefined
        ? { passes: test.passes, failures: test.failures, errors: test.errors, extraPasses: 0, extraFailures: 0 }
        : {
            passes: count(planned, 'p'),
            failures: count(planned, 'f'),
            errors: count(planned, 'e'),
            extraPasses: count(extraLetters, 'p'),
            extraFailures: count(extraLetters, 'f'),
        };
}

;// CONCATENATED MODULE: ./src/pipeline/evaluate.ts
/**
 * Flow 2: a run's results + what is known of earlier runs → comparisons
 * (previous vs current, baseline vs candidate) → gate decision → report input.
 * Pure: the callers read the files or download the artifacts, and render,
 * post or print what comes back.
 */






function evaluateRun(request) {
    const { results: produced, earlier = {}, gate: sources = {} } = request;
    const gateSettings = resolveGateSettings({ ...sources, ...(produced.gate ? { recorded: produced.gate } : {}) });
    const history = earlier.history ?? earlier.previous?.history;
    const withHistory = history ? { ...earlier, history } : earlier;
    const plan = comparisonPlan({
        keys: plannedKeysOf(produced.tests),
        earlier: withHistory,
        variantsCompared: bothVariants(produced),
        runAlpha: gateSettings.settings.alpha,
    });
    const settings = {
        ...gateSettings.settings,
        comparisons: plan.comparisons,
        comparisonAlpha: plan.level.value,
    };
    const judged = {
        ...produced,
        gate: settings,
        ...nextHistory(produced, history, request),
    };
    const comparisons = compareAll(judged, withHistory, settings.alpha, plan);
    const gate = evaluateGate({
        results: judged,
        comparisons: [comparisons.previous, comparisons.variants].filter((c) => c !== undefined),
        minPassRate: settings.minPassRate,
        failOn: settings.failOn,
    });
    // The decision travels with the results too, so `rehearse runs` can list it.
    const results = { ...judged, gate: { ...settings, passed: gate.passed, summary: gate.summary } };
    const report = {
        results,
        ...comparisons,
        gate,
        ...(earlier.note !== undefined ? { previousRunNote: earlier.note } : {}),
    };
    return { results, gateSettings, comparisons, gate, report };
}
function bothVariants(results) {
    return results.tests.some((t) => t.variant === 'baseline') && results.tests.some((t) => t.variant === 'candidate');
}
/**
 * The history this run's results carry: a base-branch run rolls it forward with its own planned trials;
 * any other run (a pull request) carries it unchanged, so the next base run still sees the same history.
 */
function nextHistory(results, history, request) {
    if (!request.rollHistory) {
        const carried = results.history ?? history;
        return carried ? { history: carried } : {};
    }
    return { history: (0,model_history/* rollForwardRun */.iU)(history ?? {}, historyEntriesOf(results), request.historyLength) };
}
/** Every comparison at the plan's per-comparison level (run α / comparisons). */
function compareAll(results, earlier, alpha, plan) {
    const options = { alpha, plan, ...(earlier.history ? { history: earlier.history } : {}) };
    const variants = (0,compare/* compareVariants */.Ov)(results, options);
    return {
        ...(earlier.previous ? { previous: (0,compare/* compareRuns */.qB)(earlier.previous, results, options) } : {}),
        ...(variants ? { variants } : {}),
    };
}

;// CONCATENATED MODULE: ./src/pipeline/index.ts
/**
 * The pipeline: the stages wired together, once. Flow 1 turns a suite into
 * results (planSuiteRun, runSuite); flow 2 turns results and what is known of
 * earlier runs into comparisons, a gate decision and the report input
 * (evaluateRun). The action and every CLI command translate their inputs and
 * outputs and call these; see docs/architecture.md.
 */








/***/ }),

/***/ 9337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uK: () => (/* binding */ parseShard),
  nY: () => (/* binding */ planRun)
});

// UNUSED EXPORTS: simulatorNeed, skipReasonOf

// EXTERNAL MODULE: ./src/suite/limits.ts
var limits = __webpack_require__(6542);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/suite/did-you-mean.ts
var did_you_mean = __webpack_require__(113);
;// CONCATENATED MODULE: ./src/plan/select.ts
/**
 * Which tests run, how often, and with which pass-rate target: every test
 * raised to its sets' run counts, or only the tests of the chosen sets; then
 * the id and tag filters. Dataset items are units of their own (`<dataset>/<item>`).
 */



function selectUnits(suite, selection) {
    const fromSets = selection.sets && selection.sets.length > 0;
    const entries = setEntries(suite, fromSets ? selection.sets : undefined);
    const tests = suite.tests
        .filter((test) => !fromSets || entries.has(test.id))
        .map((test) => {
        const entry = entries.get(test.id);
        const runs = Math.max(fromSets ? 0 : test.runs, entry?.runs ?? test.runs);
        return {
            kind: 'conversation',
            testId: test.id,
            runs,
            minPassRate: entry?.min_pass_rate ?? test.min_pass_rate,
            tags: test.tags,
            test,
        };
    });
    const items = fromSets
        ? []
        : suite.datasets.flatMap((dataset) => dataset.items.map((item) => ({
            kind: 'dataset',
            testId: `${dataset.id}/${item.id}`,
            runs: dataset.runs,
            minPassRate: 1,
            tags: [...new Set([...dataset.tags, ...item.tags])],
            dataset,
            item,
        })));
    const all = [...tests, ...items];
    checkTagsExist(all, selection.tags);
    const tagged = (unit) => !selection.tags?.length || unit.tags.some((tag) => selection.tags?.includes(tag));
    const units = filterByIds(all, selection.testIds).filter(tagged);
    if (units.length === 0 && all.length > 0 && (selection.tags?.length || selection.testIds?.length)) {
        // Each filter matches something, but not together: running nothing would look like a green run.
        const filters = [
            selection.testIds?.length ? `tests ${selection.testIds.join(', ')}` : '',
            selection.tags?.length ? `tags ${selection.tags.join(', ')}` : '',
        ];
        const inSets = fromSets ? ` in set(s) ${selection.sets.join(', ')}` : '';
        const what = filters.filter(Boolean).join(' and ');
        throw new errors/* ConfigurationError */.j1(`no test matches ${what}${inSets}: nothing would run`);
    }
    const runs = selection.runs;
    if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1 && runs <= limits/* MAX_RUNS */._k)) {
        throw new errors/* ConfigurationError */.j1(`runs: expected a whole number from 1 to ${limits/* MAX_RUNS */._k}, got ${selection.runs}`);
    }
    return selection.runs === undefined ? units : units.map((unit) => ({ ...unit, runs: selection.runs }));
}
/** A tag no test or dataset item carries is a typo (or a stale CI input), not an empty selection. */
function checkTagsExist(units, tags) {
    const known = new Set(units.flatMap((unit) => unit.tags));
    for (const tag of tags ?? []) {
        if (known.has(tag))
            continue;
        const listed = known.size === 0 ? 'no test has tags' : `tags in the suite: ${[...known].sort().join(', ')}`;
        throw new errors/* ConfigurationError */.j1(`unknown tag '${tag}'${(0,did_you_mean/* suggestion */.h)(tag, known)} (${listed})`);
    }
}
/** Per test: the set entry asking for the most runs (among the chosen sets, or all sets). */
function setEntries(suite, chosen) {
    for (const id of chosen ?? []) {
        if (!suite.sets.some((set) => set.id === id))
            throw new errors/* ConfigurationError */.j1(`unknown set '${id}'${(0,did_you_mean/* suggestion */.h)(id, suite.sets.map((s) => s.id))}`);
    }
    const entries = new Map();
    for (const set of suite.sets.filter((s) => !chosen || chosen.includes(s.id))) {
        for (const entry of set.tests) {
            const current = entries.get(entry.test);
            if (!current || (entry.runs ?? 0) > (current.runs ?? 0))
                entries.set(entry.test, entry);
        }
    }
    return entries;
}
/** Keeps units named by id; a dataset id selects all its items. Unknown ids are a user mistake. */
function filterByIds(units, ids) {
    if (!ids || ids.length === 0)
        return units;
    const known = new Set(units.flatMap((unit) => (unit.kind === 'dataset' ? [unit.testId, unit.dataset.id] : [unit.testId])));
    for (const id of ids)
        if (!known.has(id))
            throw new errors/* ConfigurationError */.j1(`unknown test '${id}'${(0,did_you_mean/* suggestion */.h)(id, known)}`);
    return units.filter((unit) => ids.includes(unit.testId) || (unit.kind === 'dataset' && ids.includes(unit.dataset.id)));
}

// EXTERNAL MODULE: ./src/suite/version.ts
var version = __webpack_require__(8996);
// EXTERNAL MODULE: ./src/suite/schema.ts
var schema = __webpack_require__(7141);
;// CONCATENATED MODULE: ./src/plan/criteria.ts
/**
 * A test's criteria as the judge sees them: named-metric references resolved,
 * baseline metrics attached (the seed's Expected Outcome, Infrastructure
 * Issues, Tool Call Success and Latency), every id unique within the test.
 */

/** Attached unless the user already listed a metric of that type. `latency` has no bound: it records, and passes. */
const BASELINE_TYPES = [
    'expected_outcome',
    'infrastructure',
    'tool_call_success',
    'latency',
];
function resolveCriteria(criteria, metrics, baseline) {
    const user = criteria.map((criterion) => resolveOne(criterion, metrics));
    const listed = new Set(user.map((metric) => metric.type));
    const added = baseline.enabled
        ? BASELINE_TYPES.filter((type) => !listed.has(type))
            .filter((type) => type !== 'expected_outcome' || baseline.scenario?.expected_outcome !== undefined)
            .map((type) => schema/* MetricSchema */.My.parse({ type }))
        : [];
    const taken = new Set();
    const uniqueId = (wanted) => {
        let id = wanted;
        for (let n = 2; taken.has(id); n++)
            id = `${wanted}-${n}`;
        taken.add(id);
        return id;
    };
    return [
        ...user.map((metric) => ({ ...metric, id: uniqueId(metric.id ?? metric.type), baseline: false })),
        ...added.map((metric) => ({ ...metric, id: uniqueId(metric.type), baseline: true })),
    ];
}
function resolveOne(criterion, metrics) {
    if (!('metric' in criterion))
        return criterion;
    const named = metrics.find((metric) => metric.id === criterion.metric);
    // The loader rejects unknown references; this only guards a hand-built suite.
    if (!named)
        throw new Error(`planRun: unknown metric '${criterion.metric}'`);
    const { source: _source, ...metric } = named;
    return criterion.threshold === undefined ? metric : { ...metric, threshold: criterion.threshold };
}

;// CONCATENATED MODULE: ./src/plan/types.ts
function testKey(testId, variant) {
    return `${testId}@${variant}`;
}

;// CONCATENATED MODULE: ./src/plan/variants.ts


function planVariants(suite, wanted) {
    // Declaring either variant means "compare": the other one runs unchanged.
    const declared = suite.variants.baseline || suite.variants.candidate ? ['baseline', 'candidate'] : ['default'];
    if (!wanted || wanted.length === 0)
        return declared;
    const unknown = wanted.filter((variant) => !declared.includes(variant));
    const [first] = unknown;
    if (first !== undefined) {
        const hint = (0,did_you_mean/* suggestion */.h)(first, declared);
        throw new errors/* ConfigurationError */.j1(`unknown variant '${first}'${hint}: this suite runs ${declared.join(', ')}`);
    }
    return declared.filter((variant) => wanted.includes(variant));
}
/** The agent a test runs against under a variant: swapped (`agent`) and/or patched (openai fields). */
function agentFor(suite, agentId, variant) {
    const overrides = variant === 'default' ? undefined : suite.variants[variant];
    const id = overrides?.agent ?? agentId;
    const located = suite.agents.find((agent) => agent.id === id);
    if (!located)
        throw new Error(`planRun: unknown agent '${id}'`);
    const { source: _source, ...agent } = located;
    if (!overrides || agent.type !== 'openai')
        return agent;
    return {
        ...agent,
        ...(overrides.model !== undefined ? { model: overrides.model } : {}),
        ...(overrides.base_url !== undefined ? { base_url: overrides.base_url } : {}),
        ...(overrides.system_prompt !== undefined ? { system_prompt: overrides.system_prompt } : {}),
        ...(overrides.temperature !== undefined ? { temperature: overrides.temperature } : {}),
    };
}

;// CONCATENATED MODULE: ./src/plan/trial.ts




function scenarioOf(suite, unit) {
    return unit.kind === 'conversation'
        ? suite.scenarios.find((scenario) => scenario.id === unit.test.scenario)
        : undefined;
}
function buildTrial(suite, unit, variant, index) {
    const key = testKey(unit.testId, variant);
    const owner = unit.kind === 'conversation' ? unit.test : unit.dataset;
    const agent = agentFor(suite, owner.agent, variant);
    const profileId = owner.profile;
    const tools = agent.tools.flatMap((name) => toolNamed(suite, name));
    const profile = suite.profiles.find((candidate) => candidate.id === profileId)?.data ?? {};
    const criteria = unit.kind === 'dataset'
        ? resolveCriteria(unit.dataset.criteria, suite.metrics, { enabled: false })
        : resolveCriteria(unit.test.criteria, suite.metrics, {
            enabled: unit.test.baseline_metrics,
            scenario: mustFind(suite.scenarios, unit.test.scenario, 'scenario'),
        });
    const common = {
        id: `${key}#${index}`,
        key,
        testId: unit.testId,
        variant,
        index,
        runs: unit.runs,
        minPassRate: unit.minPassRate,
        priority: owner.priority,
        tags: unit.tags,
        agent,
        tools,
        profile,
        criteria,
        versions: definitionVersions({ profile, tools, criteria, agent }),
        ...(owner.deterministic ? { deterministic: true } : {}),
        ...(suite.simulator ? { simulator: suite.simulator } : {}),
        ...(suite.judge ? { judge: suite.judge } : {}),
    };
    if (unit.kind === 'dataset') {
        return {
            ...common,
            kind: 'dataset',
            ...(unit.dataset.description ? { name: `${unit.dataset.id}: ${unit.item.id}` } : {}),
            source: unit.dataset.source,
            datasetId: unit.dataset.id,
            item: unit.item,
        };
    }
    const { source: _p, ...persona } = mustFind(suite.personas, unit.test.persona, 'persona');
    const { source: _s, ...scenario } = mustFind(suite.scenarios, unit.test.scenario, 'scenario');
    return {
        ...common,
        kind: 'conversation',
        ...(unit.test.name ? { name: unit.test.name } : {}),
        source: unit.test.source,
        persona,
        scenario,
    };
}
/**
 * Hashes of what the trial runs with besides persona and scenario: the
 * resolved profile data, tools, criteria and agent (variant overrides
 * applied), so a comparison can tell "the test changed" from "the agent changed".
 */
function definitionVersions(parts) {
    return {
        profile: (0,version/* contentVersion */.e)(parts.profile),
        tools: (0,version/* contentVersion */.e)(parts.tools),
        criteria: (0,version/* contentVersion */.e)(parts.criteria),
        agent: (0,version/* contentVersion */.e)(parts.agent),
    };
}
/** Tools with strategy `none` are declared but not offered to the agent. */
function toolNamed(suite, name) {
    const located = suite.tools.find((tool) => tool.name === name);
    if (!located || located.strategy === 'none')
        return [];
    const { source: _source, ...tool } = located;
    return [tool];
}
function mustFind(list, id, kind) {
    const found = list.find((item) => item.id === id);
    // The loader rejects unknown references; this only guards a hand-built suite.
    if (!found)
        throw new Error(`planRun: unknown ${kind} '${id}'`);
    return found;
}

;// CONCATENATED MODULE: ./src/plan/index.ts






const PRIORITY_ORDER = ['critical', 'high', 'normal', 'low'];
function planRun(suite, options) {
    const variants = planVariants(suite, options.variants);
    const units = selectUnits(suite, options)
        .map((unit, order) => ({ unit, order, rank: PRIORITY_ORDER.indexOf(priorityOf(unit)) }))
        .sort((a, b) => a.rank - b.rank || a.order - b.order)
        .map(({ unit }) => unit);
    const owned = shardUnits(units, options.shard);
    checkTrialCount(units.filter((unit) => owned.has(unit)), variants.length);
    const trials = [];
    const skipped = [];
    const otherShards = [];
    for (const unit of units) {
        if (!owned.has(unit)) {
            if (!missingFor(suite, unit, options.simulatorAvailable)) {
                for (const variant of variants)
                    otherShards.push(buildTrial(suite, unit, variant, 0));
            }
            continue;
        }
        const missing = missingFor(suite, unit, options.simulatorAvailable);
        if (missing) {
            skipped.push(...variants.map((variant) => skippedEntry(unit, variant, missing)));
            continue;
        }
        // Variants interleave (b#0, c#0, b#1, c#1…) so a run stopped early still compares like with like.
        for (let index = 0; index < unit.runs; index++)
            for (const variant of variants)
                trials.push(buildTrial(suite, unit, variant, index));
    }
    return { trials, variants, ...(options.shard ? { shard: options.shard, otherShards } : {}), skipped };
}
/** Counted before any trial is built, so a huge count fails at once instead of exhausting memory. */
function checkTrialCount(units, variantCount) {
    const total = units.reduce((sum, unit) => sum + unit.runs, 0) * variantCount;
    if (total > limits/* MAX_TRIALS */.XI) {
        throw new errors/* ConfigurationError */.j1(`the run would have ${total} trials (tests × runs × ${variantCount} variant(s)); ` +
            `at most ${limits/* MAX_TRIALS */.XI} are allowed: ` +
            'lower `runs`, or select fewer tests with --test, --tags, --set or sharding');
    }
}
/** "2/4" → { index: 2, total: 4 }. */
function parseShard(text) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = Number(match?.[1]);
    const total = Number(match?.[2]);
    if (!match || total < 1 || index < 1 || index > total) {
        throw new errors/* ConfigurationError */.j1(`invalid shard '${text}': expected 'i/n' with 1 <= i <= n, e.g. '2/4'`);
    }
    return { index, total };
}
/**
 * The tests this shard runs. Tests (not test × variant keys) are dealt
 * round-robin in plan order, so every shard gets its share of critical tests,
 * all trials of a test stay together (their pass rate needs them in one
 * place), and baseline and candidate of a test run side by side in the same
 * shard, under the same limits and conditions.
 */
function shardUnits(units, shard) {
    return new Set(shard ? units.filter((_, position) => position % shard.total === shard.index - 1) : units);
}
function priorityOf(unit) {
    return unit.kind === 'conversation' ? unit.test.priority : unit.dataset.priority;
}
/**
 * What a unit lacks to run, or undefined when it can run. `simulatorAvailable`
 * is false either because no `simulator:` is configured or because its key
 * variable is not set (see simulatorAvailable in src/llm): which one, the
 * suite says.
 */
function missingFor(suite, unit, simulatorAvailable) {
    const scenario = scenarioOf(suite, unit);
    if (simulatorAvailable || !scenario)
        return undefined;
    const need = simulatorNeed(scenario);
    if (!need)
        return undefined;
    const base = { role: 'simulator', need, scenarioId: scenario.id };
    return suite.simulator ? { ...base, envVar: suite.simulator.api_key_env } : { ...base, endpoint: true };
}
/** One line: what needs the simulator and what to do about it. */
function skipReasonOf(missing) {
    const lack = missing.envVar
        ? `${missing.envVar} is not set (the simulator's API key)`
        : 'no simulator LLM is configured (add `simulator:` to the suite)';
    return `${missing.need}: ${lack}`;
}
function skippedEntry(unit, variant, missing) {
    const owner = unit.kind === 'conversation' ? unit.test : unit.dataset;
    const name = unit.kind === 'conversation' ? unit.test.name : undefined;
    return {
        key: testKey(unit.testId, variant),
        reason: skipReasonOf(missing),
        testId: unit.testId,
        variant,
        ...(name ? { name } : {}),
        priority: owner.priority,
        tags: [...unit.tags],
        source: { file: owner.source.file, line: owner.source.line, column: owner.source.column },
        runs: unit.runs,
        missing,
    };
}
/** Why a scenario can not run without the simulator LLM, or undefined when it can (deterministic scripts). */
function simulatorNeed(scenario) {
    if (scenario.type === 'behavioral')
        return `behavioral scenario '${scenario.id}'`;
    if (scenario.match === 'llm')
        return `scripted scenario '${scenario.id}' matches conditions with the LLM (match: llm)`;
    const phrased = scenario.conditional_actions.conditions.find((c) => !c.fixed_message);
    return phrased
        ? `scripted scenario '${scenario.id}' has a phrased action (condition ${phrased.id}, fixed_message: false)`
        : undefined;
}


/***/ }),

/***/ 6258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ confirmationTotals),
/* harmony export */   $Y: () => (/* binding */ dropText),
/* harmony export */   IG: () => (/* binding */ confirmationLine),
/* harmony export */   WB: () => (/* binding */ levelText),
/* harmony export */   rS: () => (/* binding */ evidenceText),
/* harmony export */   sQ: () => (/* binding */ wilsonText)
/* harmony export */ });
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7999);
/* harmony import */ var _verdict_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3877);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2011);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1976);




/** "main" from refs/heads/main; undefined for anything else (a PR merge ref says nothing about the base). */
function branchOf(ref) {
    return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
function referenceText({ passes, trials, source, runs, branch }) {
    const counts = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .passFraction */ .gi)(passes, trials);
    if (source === 'history') {
        const over = runs === undefined
            ? 'over the last runs'
            : runs === 1
                ? 'in the last run'
                : `over the last ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(runs, 'run')}`;
        return `${counts} ${over}${branch ? ` on ${branch}` : ''}`;
    }
    if (source === 'baseline')
        return `${counts} on baseline`;
    return `${counts} in the previous run`;
}
/**
 * "48/50 over the last 10 runs on main → 1/5 now, 2/25 after confirmation": the one phrasing of a drop, in the
 * reports and in the confirmation summary the runner records.
 */
function dropText({ reference, planned, confirmed }) {
    const after = confirmed ? `, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .passFraction */ .gi)(confirmed.passes, confirmed.trials)} after confirmation` : '';
    return `${referenceText(reference)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .passFraction */ .gi)(planned.passes, planned.trials)} now${after}`;
}
/** "α = 0.01 (0.05 / 5 comparisons)" */
function levelText(comparison) {
    const { alpha, comparisonAlpha, comparisons } = comparison.method;
    if (comparisons <= 1)
        return `α = ${alpha}`;
    return `α = ${formatLevel(comparisonAlpha)} (${alpha} / ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(comparisons)} comparisons)`;
}
function formatLevel(value) {
    return value >= 0.001 ? String(Number(value.toPrecision(2))) : value.toExponential(1);
}
/** The whole evidence line, or undefined when the change carries none (new, removed, old comparisons). */
function evidenceText(change, comparison) {
    if (!change.reference || !change.planned)
        return undefined;
    const branch = change.reference.source === 'history' ? branchOf(comparison.before.ref) : undefined;
    const drop = dropText({
        reference: { ...change.reference, ...(branch ? { branch } : {}) },
        planned: change.planned,
        ...(change.confirmed ? { confirmed: change.confirmed } : {}),
    });
    if (change.test.deterministic && change.category === 'regression') {
        return `${drop} · declared deterministic: any drop is a regression`;
    }
    const relation = change.category === 'regression' ? '<' : change.category === 'not_confirmed' ? '≥' : undefined;
    const p = change.pValue === undefined
        ? ''
        : ` · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPValue */ .td)(change.pValue)}${relation ? ` ${relation} ${levelText(comparison)}` : ''}`;
    return `${drop}${p}`;
}
/** "[0.52, 0.93]" for a test's pass rate over its pass/fail trials; "—" without any. */
function wilsonText(test) {
    const interval = (0,_verdict_index_js__WEBPACK_IMPORTED_MODULE_1__/* .wilsonInterval */ .YV)(test.passes, test.passes + test.failures);
    if (!interval)
        return '—';
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPercent */ .l9)(interval.low)}–${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPercent */ .l9)(interval.high)}`;
}
/** What a test's confirmation trials cost: recorded in its summary, else read from its trials (older files). */
function extraCostOf(test, trials) {
    const confirmation = test.confirmation;
    if (confirmation.extraUsd !== undefined)
        return confirmation.extraUsd;
    const extra = (trials.get(test.key) ?? []).filter((trial) => trial.phase === 'confirmation');
    // Read without trials: the test's own cost per trial stands in.
    if (extra.length === 0)
        return confirmation.extraTrials * (test.trials ? test.costUsd / test.trials : 0);
    return extra.reduce((sum, trial) => sum + trial.usage.costUsd, 0);
}
/**
 * Confirmation trials run and planned trials spared (early stopping), with what they cost or saved; undefined when
 * none.
 */
function confirmationTotals(results) {
    const confirmed = results.tests.filter((test) => test.confirmation);
    if (confirmed.length === 0)
        return undefined;
    const trials = (0,_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .indexTrials */ .Ae)(results);
    let extraTrials = 0;
    let extraUsd = 0;
    let savedTrials = 0;
    let savedUsd = 0;
    for (const test of confirmed) {
        const confirmation = test.confirmation;
        extraTrials += confirmation.extraTrials;
        extraUsd += extraCostOf(test, trials);
        const saved = confirmation.savedTrials ?? 0;
        savedTrials += saved;
        // Estimated at the mean cost of the test's own trials.
        savedUsd += saved * (test.trials ? test.costUsd / test.trials : 0);
    }
    return { tests: confirmed.length, extraTrials, extraUsd, savedTrials, savedUsd };
}
/** "Confirmation: 45 extra trials ($0.12) for 3 tests · early stopping saved 10 trials ($0.03)". */
function confirmationLine(totals) {
    const parts = [];
    if (totals.extraTrials > 0) {
        parts.push(`${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(totals.extraTrials, 'extra trial')} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(totals.extraUsd)}) to confirm or clear ` +
            `suspected drops and threshold verdicts`);
    }
    if (totals.savedTrials > 0)
        parts.push(`early stopping saved ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(totals.savedTrials, 'trial')} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(totals.savedUsd)})`);
    return parts.length ? `**Confirmation** (${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(totals.tests, 'test')}): ${parts.join(' · ')}` : '';
}


/***/ }),

/***/ 7999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ indexTrials),
/* harmony export */   JT: () => (/* reexport safe */ _aggregate_failure_digest_js__WEBPACK_IMPORTED_MODULE_0__.JT),
/* harmony export */   cK: () => (/* binding */ partTextLines),
/* harmony export */   g5: () => (/* binding */ failureOf)
/* harmony export */ });
/* harmony import */ var _aggregate_failure_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5494);
/**
 * Why a test failed, as the reports read it: the failure digest its summary
 * carries (src/aggregate/failure-digest.ts), or, for a file written before
 * digests existed, the same digest computed from its trials.
 */


/** "  ✓ met: confirms refund (Done)" lines for plain-text outputs (annotations, JUnit). */
function partTextLines(parts) {
    return (parts ?? []).map((part) => {
        const evidence = part.evidence ? ` (${part.evidence})` : '';
        return `  ${part.met ? '✓ met' : '✗ not met'}: ${part.part}${evidence}`;
    });
}
/**
 * Built on the first lookup: renderers that find every digest in the
 * summaries (the PR comment of a 10,000-test run) never group the trials.
 */
function indexTrials(results) {
    let byKey;
    const build = () => {
        const index = new Map();
        for (const trial of results.trials) {
            const list = index.get(trial.key);
            if (list)
                list.push(trial);
            else
                index.set(trial.key, [trial]);
        }
        for (const list of index.values())
            list.sort((a, b) => a.index - b.index);
        return index;
    };
    return { get: (key) => (byKey ??= build()).get(key) };
}
const computed = new WeakMap();
/** The test's failure digest: stored in its summary, else computed from its trials (once per summary). */
function failureOf(test, trials) {
    if (test.failure)
        return test.failure;
    if (test.failures + test.errors + test.invalid === 0)
        return undefined;
    if (!computed.has(test))
        computed.set(test, (0,_aggregate_failure_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .failureDigest */ .nn)(trials.get(test.key) ?? []));
    return computed.get(test);
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

/***/ 5129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ Journal),
/* harmony export */   S7: () => (/* binding */ journalPathFor),
/* harmony export */   a0: () => (/* binding */ readJournal)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3111);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'w');
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
                    entry.failed(error);
            }
        }
        this.flushing = undefined;
    }
}
/**
 * The journal's complete lines, read in chunks: a journal of thousands of
 * trials is never one string. The text after the last line break is a line
 * that was being written when the run died: it is left out.
 */
async function* completeLines(path) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8');
    let rest = '';
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path)) {
        const lines = (rest + decoder.write(chunk)).split('\n');
        rest = lines.pop() ?? '';
        yield* lines;
    }
}
/** Reads a journal; a partial last line (a crash mid-write) is ignored, anything else malformed is an error. */
async function readJournal(path) {
    let header;
    const trials = new Map();
    const confirmations = new Map();
    let number = 0;
    try {
        for await (const line of completeLines(path)) {
            number += 1;
            if (!header) {
                header = parseHeader(line, path);
                continue;
            }
            const entry = parseEntry(line, `${path}:${number}`);
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
    return { header: header ?? parseHeader(undefined, path), trials, confirmations };
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
function parseEntry(line, where) {
    const value = safeJson(line);
    if (!isObject(value) ||
        typeof value.position !== 'number' ||
        !Number.isInteger(value.position) ||
        value.position < 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: expected a journaled trial ({"position": n, "trial": {...}})`);
    }
    const trial = _model_results_js__WEBPACK_IMPORTED_MODULE_5__/* .TrialResultSchema */ .X9.safeParse(value.trial);
    if (!trial.success)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: the journaled trial is not valid: ${trial.error.issues[0]?.message ?? 'invalid'}`);
    return { position: value.position, trial: trial.data };
}
function safeJson(line) {
    try {
        return JSON.parse(line);
    }
    catch {
        return undefined;
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 2963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lb: () => (/* reexport */ progress/* createProgressReporter */.lb),
  F$: () => (/* reexport */ run_info/* newRunId */.F$),
  Fo: () => (/* binding */ runPlan)
});

// UNUSED EXPORTS: TRIALS_PER_CALL_SLOT, formatProgress, gitInfo, planOnlyPolicy, runSource

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/aggregate/index.ts + 1 modules
var aggregate = __webpack_require__(2475);
// EXTERNAL MODULE: ./src/judge/index.ts + 4 modules
var judge = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/results/index.ts
var src_results = __webpack_require__(2242);
// EXTERNAL MODULE: ./src/model/results.ts
var results = __webpack_require__(3111);
// EXTERNAL MODULE: ./src/results/journal.ts
var journal = __webpack_require__(5129);
// EXTERNAL MODULE: ./src/suite/secrets.ts + 2 modules
var secrets = __webpack_require__(2280);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/runner/budget.ts
/**
 * The cost budget as a hard cap. A trial is admitted only while what was
 * spent plus what the trials in flight are still expected to spend stays
 * under the budget; once the spend itself reaches the budget, the trials in
 * flight are aborted. So the run overshoots by at most the calls that were out
 * when the cap was reached: less than one trial's cost.
 *
 * A trial's expected cost is the most any finished trial cost; before the
 * first one finishes, the most one call cost so far times the calls a trial
 * may make (a conservative bound: it admits fewer trials, never too many).
 */
class BudgetCap {
    budgetUsd;
    spent = 0;
    maxCallUsd = 0;
    maxTrialUsd;
    /** Spend so far of each trial in flight, and the calls it may make at most. */
    inFlight = new Map();
    constructor(
    /** undefined: no budget, never reached. */
    budgetUsd, spentBefore = 0) {
        this.budgetUsd = budgetUsd;
        this.spent = spentBefore;
    }
    get spentUsd() {
        return this.spent;
    }
    get trialsInFlight() {
        return this.inFlight.size;
    }
    /** Whether any cost was seen yet (before that, a trial's estimate is 0). */
    get costKnown() {
        return this.maxTrialUsd !== undefined || this.maxCallUsd > 0;
    }
    /** The hard cap: once reached, trials in flight are aborted. */
    get exhausted() {
        return this.budgetUsd !== undefined && this.spent >= this.budgetUsd;
    }
    /** Whether one more trial (that may make `maxCalls` LLM calls) fits in the budget. */
    admits(maxCalls) {
        if (this.budgetUsd === undefined)
            return true;
        let committed = this.spent;
        for (const trial of this.inFlight.values())
            committed += Math.max(0, this.expectedTrialUsd(trial.maxCalls) - trial.spentUsd);
        return committed + this.expectedTrialUsd(maxCalls) <= this.budgetUsd;
    }
    started(id, maxCalls) {
        this.inFlight.set(id, { spentUsd: 0, maxCalls });
    }
    /** One call's cost (`id` undefined: a cost outside any trial in flight). */
    spend(id, costUsd) {
        this.spent += costUsd;
        this.maxCallUsd = Math.max(this.maxCallUsd, costUsd);
        const trial = id === undefined ? undefined : this.inFlight.get(id);
        if (trial)
            trial.spentUsd += costUsd;
    }
    /** The trial ended; `finishedUsd` its whole cost when it finished (undefined: aborted, not a sample). */
    ended(id, finishedUsd) {
        const tracked = this.inFlight.get(id)?.spentUsd ?? 0;
        this.inFlight.delete(id);
        // What the trial reports and what its calls cost as they happened: the larger is the safer estimate.
        if (finishedUsd !== undefined)
            this.maxTrialUsd = Math.max(this.maxTrialUsd ?? 0, finishedUsd, tracked);
    }
    expectedTrialUsd(maxCalls) {
        return this.maxTrialUsd ?? this.maxCallUsd * maxCalls;
    }
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/runner/memory.ts
/**
 * While trials run, V8 is asked to favour memory over speed.
 *
 * A run allocates fast (every LLM call builds requests, responses and
 * transcripts) and most of it dies young, but the calls in flight survive a
 * few scavenges and are promoted; by default V8 then lets the old generation
 * grow to about four times what is live before collecting it. Measured on the
 * memory bench (3,000 conversations, 32 calls in flight, a 2 ms endpoint): a
 * live heap of 30–40 MB and a peak RSS of 310–330 MB; with `--optimize-for-size`
 * a peak of about 160 MB. The price is CPU (more, smaller collections): the
 * same bench took 1.6× as long, against an endpoint answering in 2 ms; against
 * real LLM latencies (the peer bench: 50 ms per call) the wall time did not
 * change, and on the runner bench (200 trials, 16 calls in flight, 50 ms) the
 * wall time grew 1–4%. So it applies to runs of MEMORY_MODE_MIN_TRIALS trials
 * or more, where the heap has time to grow; a shorter run ends first. The flag
 * is set back when the run ends, so the comparison and the reports after it
 * run at full speed.
 *
 * REHEARSE_GC=speed leaves V8's defaults alone; REHEARSE_GC=memory favours
 * memory whatever the run's size.
 */

/** Planned trials from which a run favours memory (unless REHEARSE_GC says otherwise). */
const MEMORY_MODE_MIN_TRIALS = 500;
let runsFavouringMemory = 0;
/** Favours memory until the returned function is called (nested and concurrent runs share one setting). */
function favourMemoryDuringRun(env, trials) {
    const mode = env.REHEARSE_GC ?? (trials >= MEMORY_MODE_MIN_TRIALS ? 'memory' : 'speed');
    if (mode !== 'memory')
        return () => undefined;
    if (runsFavouringMemory++ === 0)
        (0,external_node_v8_.setFlagsFromString)('--optimize-for-size');
    let restored = false;
    return () => {
        if (restored)
            return;
        restored = true;
        if (--runsFavouringMemory === 0)
            (0,external_node_v8_.setFlagsFromString)('--no-optimize-for-size');
    };
}

;// CONCATENATED MODULE: ./src/runner/confirmation.ts
/** No policy: each key runs exactly its planned trials. */
function planOnlyPolicy(plannedRuns) {
    return {
        decide(_testId, outcomes) {
            const requests = {};
            for (const [key, done] of Object.entries(outcomes)) {
                const missing = (plannedRuns.get(key) ?? 0) - done.length;
                if (missing > 0)
                    requests[key] = { trials: missing, reasons: [] };
            }
            return Object.keys(requests).length > 0 ? { status: 'more', requests } : { status: 'settled', keys: {} };
        },
    };
}

;// CONCATENATED MODULE: ./src/runner/schedule.ts

const LETTER = { pass: 'p', fail: 'f', error: 'e', invalid: 'i', skipped: 'i' };
class Schedule {
    policy;
    finished;
    resumedConfirmations;
    /** Every trial by position: the plan's, then confirmation trials in the order they were added. */
    trials;
    plannedCount;
    groups = new Map();
    keyOf = new Map();
    keys = new Map();
    initial = [];
    initialAt = 0;
    urgent = [];
    starting = true;
    constructor(plan, policy, finished, resumedConfirmations) {
        this.policy = policy;
        this.finished = finished;
        this.resumedConfirmations = resumedConfirmations;
        this.trials = [...plan];
        this.plannedCount = plan.length;
        plan.forEach((trial, position) => {
            let state = this.keys.get(trial.key);
            if (!state) {
                state = { key: trial.key, runs: trial.runs, planned: [], scheduled: [], reasons: new Set() };
                this.keys.set(trial.key, state);
                const group = this.groups.get(trial.testId) ?? { testId: trial.testId, keys: [], pending: 0, settled: false };
                group.keys.push(state);
                this.groups.set(trial.testId, group);
            }
            state.planned[trial.index] = position;
            this.keyOf.set(position, state);
        });
    }
    /** Asks the policy for every test's first batch (replaying a resumed run's decisions). */
    start() {
        for (const group of this.groups.values())
            this.advance(group);
        this.initial.sort((a, b) => a - b);
        this.starting = false;
    }
    /** The next position to run, or undefined when nothing is ready now. */
    next() {
        const urgent = this.urgent.shift();
        if (urgent !== undefined)
            return urgent;
        while (this.initialAt < this.initial.length) {
            const position = this.initial[this.initialAt++];
            if (!this.finished.has(position))
                return position;
        }
        return undefined;
    }
    /** Trials ready but not started yet. */
    readyCount() {
        return this.urgent.length + this.initial.length - this.initialAt;
    }
    /** Trials ready but not started: counted as not run when the run stops, and dropped. */
    drain() {
        const left = this.urgent.length + this.initial.length - this.initialAt;
        this.urgent.length = 0;
        this.initialAt = this.initial.length;
        return left;
    }
    /** A scheduled trial finished (or ended without a result): its test's next decision may be due. */
    done(position, stopping) {
        const state = this.keyOf.get(position);
        const group = state ? this.groups.get(this.trials[position].testId) : undefined;
        if (!group)
            return;
        group.pending--;
        if (!stopping)
            this.advance(group);
    }
    isConfirmation(position) {
        return position >= this.plannedCount;
    }
    /** Settled keys whose verdict follows the sequential threshold rule so far. */
    hasReason(key, reason) {
        return this.keys.get(key)?.reasons.has(reason) ?? false;
    }
    isSettled(testId) {
        return this.groups.get(testId)?.settled ?? true;
    }
    /** Planned trials of tests that settled without them (early stopping). */
    savedTrials(key) {
        const state = this.keys.get(key);
        if (!state || !this.groups.get(this.trials[state.planned[0]].testId)?.settled)
            return 0;
        return Math.max(0, state.runs - state.scheduled.length);
    }
    savedTrialsTotal() {
        let total = 0;
        for (const key of this.keys.keys())
            total += this.savedTrials(key);
        return total;
    }
    /** Planned trials not scheduled yet, of tests still deciding: not run when the run stops now. */
    unscheduledPlanned() {
        let count = 0;
        for (const group of this.groups.values()) {
            if (group.settled)
                continue;
            for (const state of group.keys)
                count += Math.max(0, state.runs - state.scheduled.length);
        }
        return count;
    }
    confirmationTrials() {
        return this.trials.length - this.plannedCount;
    }
    /** Per key, what the run did beyond (or short of) its plan; absent for keys that ran exactly their plan. */
    confirmations() {
        const result = new Map();
        for (const state of this.keys.values()) {
            const extra = state.scheduled.filter((position) => position >= this.plannedCount && this.finished.has(position)).length;
            const saved = this.savedTrials(state.key);
            const drop = state.settlement?.drop;
            if (state.reasons.size === 0 && saved === 0 && !drop)
                continue;
            result.set(state.key, {
                reasons: [...state.reasons],
                extraTrials: extra,
                ...(saved > 0 ? { savedTrials: saved } : {}),
                ...(drop ? { drop } : {}),
                ...(state.settlement?.evidence ? { evidence: state.settlement.evidence } : {}),
            });
        }
        return result;
    }
    /** Final order: planned trials by position, then each test's confirmation trials by plan order and index. */
    order(positions) {
        const rank = (position) => {
            const trial = this.trials[position];
            const state = this.keys.get(trial.key);
            return position < this.plannedCount ? [position, 0] : [this.plannedCount + state.planned[0], trial.index];
        };
        return [...positions].sort((a, b) => {
            const [ra, ia] = rank(a);
            const [rb, ib] = rank(b);
            return ra - rb || ia - ib;
        });
    }
    outcomesOf(group) {
        const outcomes = {};
        for (const state of group.keys) {
            outcomes[state.key] = state.scheduled
                .map((position) => {
                const result = this.finished.get(position);
                return result ? LETTER[result.status] : '';
            })
                .join('');
        }
        return outcomes;
    }
    /** While the test's batch is finished, ask the policy; schedule what it asks for. */
    advance(group) {
        const policy = this.policy ?? planOnlyPolicy(new Map(group.keys.map((state) => [state.key, state.runs])));
        while (!group.settled && group.pending === 0) {
            const decision = policy.decide(group.testId, this.outcomesOf(group));
            if (decision.status === 'settled') {
                group.settled = true;
                for (const state of group.keys) {
                    const settlement = decision.keys[state.key];
                    if (settlement)
                        state.settlement = settlement;
                }
                return;
            }
            let added = 0;
            for (const state of group.keys) {
                const request = decision.requests[state.key];
                for (let i = 0; i < (request?.trials ?? 0); i++) {
                    this.schedule(group, state, request.reasons);
                    added++;
                }
            }
            // A policy asking for nothing more has settled the test.
            if (added === 0)
                group.settled = true;
        }
    }
    schedule(group, state, reasons) {
        const index = state.scheduled.length;
        let position = state.planned[index];
        if (position === undefined) {
            const template = this.trials[state.planned[0]];
            position = this.trials.length;
            this.trials.push({ ...template, id: `${state.key}#${index}`, index });
            this.keyOf.set(position, state);
            for (const reason of reasons)
                state.reasons.add(reason);
            const resumed = this.resumedConfirmations.get(`${state.key}#${index}`);
            if (resumed)
                this.finished.set(position, resumed);
        }
        state.scheduled.push(position);
        if (this.finished.has(position))
            return;
        group.pending++;
        if (this.starting && position < this.plannedCount)
            this.initial.push(position);
        else
            this.urgent.push(position);
    }
}

// EXTERNAL MODULE: ./src/runner/slots.ts
var slots = __webpack_require__(6195);
// EXTERNAL MODULE: ./src/runner/run-info.ts
var run_info = __webpack_require__(5584);
// EXTERNAL MODULE: ./src/runner/trial.ts + 1 modules
var runner_trial = __webpack_require__(307);
// EXTERNAL MODULE: ./src/runner/progress.ts
var progress = __webpack_require__(667);
;// CONCATENATED MODULE: ./src/runner/index.ts
/**
 * The runner: every planned trial under one global concurrency limit on LLM
 * calls (all variants interleaved, trials started in plan order = critical
 * first), with a cost budget (a hard cap, see budget.ts), fail-fast,
 * per-trial timeouts and cancellation. Each finished trial is appended to the
 * run's journal (when given) before it counts as done, so a hard kill loses
 * only the trials in flight and `resume` runs only what is missing. The
 * results file is written atomically at the end, also when the run stops
 * early.
 */



















/** How often progress is reported while no trial finishes (keeps ETA and elapsed live). */
const PROGRESS_TICK_MS = 1_000;
/** After a cancel, how long in-flight trials get to unwind before the results are written without them. */
const CANCEL_GRACE_MS = 2_000;
/**
 * Trials in flight per call slot, by default. A trial holds a slot only while
 * one of its calls is out; with several trials per slot, a freed slot is taken
 * at once by another trial, and the last trials of the run share the slots
 * instead of leaving most of them idle. Why 8: equal trials move in lockstep,
 * so the idle tail shrinks only as more of them share the slots; in the bench
 * (200 trials on 16 slots) 4 per slot still left slots idle 4–6% of the run,
 * 8 leaves 1%. Bounded, because a command agent's process and every
 * transcript live as long as their trial.
 */
const TRIALS_PER_CALL_SLOT = 8;
async function runPlan(options) {
    const restoreGc = favourMemoryDuringRun(options.env, options.plan.trials.length);
    try {
        return await runAllTrials(options);
    }
    finally {
        restoreGc();
    }
}
async function runAllTrials(options) {
    const cwd = options.cwd ?? process.cwd();
    const resumed = options.resume ? checkResume(options.resume, options.plan) : undefined;
    const startedAt = resumed ? new Date(resumed.header.startedAt) : new Date();
    // A resumed run's duration counts from now: the time it was down is not run time.
    const started = performance.now() - (resumed ? durationOf(resumed) : 0);
    const state = createState(options, resumed);
    const runId = resumed?.header.runId ?? options.runId ?? (0,run_info/* newRunId */.F$)(startedAt);
    const journal = await openJournal(options, runId, startedAt, resumed);
    const execute = options.executeTrial ?? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1544))).executeTrial;
    const concurrency = Math.max(1, options.concurrency ?? options.suite.run.concurrency);
    const redactor = options.redactor ?? (0,secrets/* redactorFor */.sD)(options.suite, options.env);
    const trialDeps = {
        execute,
        judge: options.judgeTrial ?? judge/* judgeTrial */.U3,
        engine: { suite: { pricing: options.suite.pricing, run: options.suite.run }, env: options.env },
        chat: options.chat,
        // The run's tail (see CallSlots): nothing left to start, and at most two trials per slot still running.
        slots: new slots/* CallSlots */.e3(concurrency, () => state.schedule?.readyCount() === 0 && state.inFlight <= 2 * concurrency),
        // The budget's hard cap aborts the trials in flight like a cancel, but is told apart from one (stopReason).
        runSignal: AbortSignal.any([options.signal ?? new AbortController().signal, state.budgetStop.signal]),
        timeoutMs: options.trialTimeoutMs ?? options.suite.run.trial_timeout_ms,
    };
    const resumedConfirmations = new Map([...(resumed?.confirmations ?? [])].map(([id, result]) => [id, state.keep(result)]));
    const schedule = new Schedule(options.plan.trials, options.confirmation, state.finished, resumedConfirmations);
    state.schedule = schedule;
    schedule.start();
    let closed = false;
    const report = () => {
        if (!closed)
            options.onProgress?.(progressOf(state, performance.now() - started));
    };
    const ticker = options.onProgress ? setInterval(report, PROGRESS_TICK_MS) : undefined;
    report();
    trialDeps.runSignal.addEventListener('abort', () => state.wakeAdmissions(), { once: true });
    const stopNow = (stop) => {
        state.stopReason ??= stop;
        if (!state.stopping) {
            state.stopping = true;
            state.notStarted += schedule.drain() + schedule.unscheduledPlanned();
        }
        state.wakeWorkers();
    };
    const worker = async () => {
        for (;;) {
            const position = state.stopping ? undefined : schedule.next();
            if (position === undefined) {
                // Nothing ready: done when no trial is running (none can release more), else wait for a decision.
                if (state.stopping || state.active === 0)
                    return state.wakeWorkers();
                await new Promise((resolve) => state.workWaiters.push(resolve));
                continue;
            }
            state.active++;
            try {
                const trial = schedule.trials[position];
                const maxCalls = maxCallsOf(trial);
                const stop = stopReasonNow(state, options, trialDeps.runSignal) ??
                    (await admitWithinBudget(state, trialDeps.runSignal, position, maxCalls, concurrency));
                if (stop) {
                    state.notStarted++;
                    stopNow(stop);
                    continue;
                }
                await runAndRecord(state, options, position, trial, trialDeps, journal, redactor);
                const stopAfter = stopReasonNow(state, options, trialDeps.runSignal);
                if (stopAfter)
                    stopNow(stopAfter);
                schedule.done(position, state.stopping);
            }
            finally {
                state.active--;
                state.wakeWorkers();
            }
            report();
        }
    };
    const workers = Array.from({ length: Math.max(1, options.maxTrialsInFlight ?? TRIALS_PER_CALL_SLOT * concurrency) }, worker);
    try {
        await untilDoneOrCancelled(Promise.all(workers), trialDeps.runSignal);
    }
    finally {
        if (ticker)
            clearInterval(ticker);
        await journal?.close();
    }
    if (options.signal?.aborted)
        state.stopReason = 'cancelled';
    else if (state.budgetStop.signal.aborted)
        state.stopReason = 'budget';
    report();
    // Trials aborted by a cancel may still settle after this point: they report nothing more.
    closed = true;
    // The transcripts come back from the journal for the results file and the reports, once the run is over.
    if (journal)
        await restoreTranscripts(state.finished, journal.path);
    const assembled = assemble(options, state, { runId, startedAt, durationMs: performance.now() - started, cwd });
    const results = options.annotate ? options.annotate(assembled) : assembled;
    if (options.outputPath)
        await (0,src_results/* writeResults */.KB)(options.outputPath, results);
    // A finished run's journal is spent once its results are on disk; a stopped one's is kept for `resume`.
    if (journal && options.outputPath && results.status === 'completed')
        await (0,promises_.rm)(journal.path, { force: true });
    return results;
}
async function runAndRecord(state, options, position, trial, deps, journal, redactor) {
    state.inFlight++;
    let trialSpend = 0;
    const onSpend = (cost) => {
        trialSpend += cost;
        state.budget.spend(position, cost);
        if (state.budget.exhausted)
            state.budgetStop.abort(new Error('the budget was reached'));
    };
    // A trial still waiting for its first call slot when the run stops (fail-fast, cancel) does not start: it is not run,
    // like the trials after it.
    let refusedFor;
    const mayStart = () => !(refusedFor = stopReasonNow(state, options, deps.runSignal));
    let result;
    try {
        // Oldest first by start order: a confirmation trial added late still goes after the trials already running.
        result = await (0,runner_trial/* runTrial */.Wx)(trial, { ...deps, rank: state.started++, onSpend, mayStart });
    }
    finally {
        state.inFlight--;
    }
    if (result === runner_trial/* NOT_STARTED */.Yd || !result) {
        state.budget.ended(position);
        state.wakeAdmissions();
        if (result === runner_trial/* NOT_STARTED */.Yd) {
            state.stopReason ??= refusedFor ?? 'budget';
            state.notStarted++;
        }
        return;
    }
    // Agents that are not called through our client (http, command) report their cost in the trace only.
    state.budget.spend(position, Math.max(0, result.usage.costUsd - trialSpend));
    state.budget.ended(position, result.usage.costUsd);
    state.wakeAdmissions();
    // Redacted as it finishes: the journal, transcripts, errors, tool calls and judge reasons never hold a secret.
    const confirmation = state.schedule?.isConfirmation(position) ?? false;
    const clean = redactor.redactValue(confirmation ? { ...result, phase: 'confirmation' } : result);
    // On disk before it counts: a kill after this line loses nothing of this trial.
    await journal?.append({ position, trial: clean });
    record(state, options, position, trial, clean);
}
function withoutTranscript(result) {
    return { ...result, transcript: [] };
}
/**
 * Puts back the transcripts of the trials kept without them, from the journal (planned trials by position,
 * confirmation trials by id). A trial the journal lacks keeps what it has: it was appended before it was recorded.
 */
async function restoreTranscripts(finished, journalPath) {
    const journaled = await (0,journal/* readJournal */.a0)(journalPath);
    for (const [position, kept] of finished) {
        const whole = journaled.trials.get(position) ?? journaled.confirmations?.get(kept.id);
        if (whole?.id === kept.id)
            finished.set(position, whole);
    }
}
function createState(options, resumed) {
    // Journaled trials are kept without their transcripts (see RunState.keep): the live heap stays flat however many
    // trials finish.
    const keep = options.journal ? withoutTranscript : (result) => result;
    const finished = new Map([...(resumed?.trials ?? [])].map(([position, result]) => [position, keep(result)]));
    const journaled = [...(resumed?.trials.values() ?? []), ...(resumed?.confirmations?.values() ?? [])];
    const spentBefore = journaled.reduce((sum, trial) => sum + trial.usage.costUsd, 0);
    return {
        finished,
        keep,
        budget: new BudgetCap(options.budgetUsd ?? options.suite.run.budget_usd, spentBefore),
        budgetStop: new AbortController(),
        inFlight: 0,
        notStarted: 0,
        failFastTriggered: false,
        stopping: false,
        active: 0,
        started: 0,
        workWaiters: [],
        wakeWorkers() {
            for (const wake of this.workWaiters.splice(0))
                wake();
        },
        admissionWaiters: [],
        wakeAdmissions() {
            for (const wake of this.admissionWaiters.splice(0))
                wake();
        },
    };
}
/**
 * Waits until one more trial fits in the budget next to those in flight
 * (each finishing one frees its estimate and sharpens it). 'budget' when it
 * does not fit even alone. While no call's cost is known yet, at most one
 * trial per call slot is let in: the estimate has nothing to go on.
 */
function admitWithinBudget(state, signal, position, maxCalls, slots) {
    const budget = state.budget;
    // Admission is decided and recorded in the same synchronous step: workers must not admit past each other.
    const admit = () => void budget.started(position, maxCalls);
    if (budget.budgetUsd === undefined)
        return admit();
    const wait = async () => {
        for (;;) {
            if (signal.aborted)
                return state.budgetStop.signal.aborted ? 'budget' : 'cancelled';
            const busy = budget.trialsInFlight;
            if (busy === 0)
                return budget.admits(maxCalls) ? admit() : 'budget';
            if (budget.admits(maxCalls) && (budget.costKnown || busy < slots))
                return admit();
            // Woken when a trial ends or the run is cancelled (runPlan forwards the abort).
            await new Promise((resolve) => state.admissionWaiters.push(resolve));
        }
    };
    return wait();
}
/** The most LLM calls a trial may make: a conservative bound for the budget's estimate before any trial finished. */
function maxCallsOf(trial) {
    const judged = trial.criteria.filter(judge/* usesLlm */.oF).length;
    // Simulator + agent per turn, and an agent answering after a tool round counts twice more.
    return (trial.kind === 'conversation' ? 4 * trial.scenario.max_turns : 1) + judged;
}
function stopReasonNow(state, options, signal) {
    if (state.budgetStop.signal.aborted || state.budget.exhausted)
        return 'budget';
    if (signal.aborted)
        return 'cancelled';
    if (state.failFastTriggered)
        return 'fail_fast';
    return undefined;
}
/** The plan must be the journaled one, trial for trial: otherwise the resumed run would mix two plans. */
function checkResume(resume, plan) {
    const ids = resume.header.trialIds;
    const same = ids.length === plan.trials.length && plan.trials.every((trial, i) => trial.id === ids[i]);
    if (!same) {
        const first = plan.trials.findIndex((trial, i) => trial.id !== ids[i]);
        const difference = first >= 0
            ? `; first difference at trial ${first + 1}: '${plan.trials[first]?.id}' vs '${ids[first] ?? 'none'}'`
            : '';
        throw new errors/* ConfigurationError */.j1(`cannot resume ${resume.header.runId}: the plan differs from the journaled one (${ids.length} trials ` +
            `journaled, ${plan.trials.length} planned` +
            `${difference}); ` +
            'resume with the same suite files and filters');
    }
    return resume;
}
/** Run time already spent: the sum of the journaled trials' durations is not it, so the latest end is used. */
function durationOf(resumed) {
    const start = Date.parse(resumed.header.startedAt);
    let end = start;
    for (const trial of [...resumed.trials.values(), ...(resumed.confirmations?.values() ?? [])]) {
        end = Math.max(end, Date.parse(trial.startedAt) + trial.durationMs);
    }
    return Math.max(0, end - start);
}
async function openJournal(options, runId, startedAt, resumed) {
    if (!options.journal)
        return undefined;
    if (resumed)
        return journal/* Journal */.CQ.reopen(options.journal.path);
    const header = {
        runId,
        startedAt: startedAt.toISOString(),
        trialIds: options.plan.trials.map((trial) => trial.id),
        ...(options.journal.meta !== undefined ? { meta: options.journal.meta } : {}),
    };
    return journal/* Journal */.CQ.create(options.journal.path, header);
}
function record(state, options, position, trial, result) {
    state.finished.set(position, state.keep(result));
    options.onTrialDone?.(result);
    if ((options.failFast ?? options.suite.run.fail_fast) &&
        trial.priority === 'critical' &&
        criticalTestFailed(state, trial)) {
        state.failFastTriggered = true;
    }
}
/**
 * A critical test has failed once too many of its planned trials failed for it to ever reach its min pass
 * rate; a test confirming its threshold verdict has failed only once that verdict is settled (the same rule
 * as its summary's verdict).
 */
function criticalTestFailed(state, trial) {
    const sequential = state.schedule?.hasReason(trial.key, 'threshold') ?? false;
    if (sequential && !(state.schedule?.isSettled(trial.testId) ?? true))
        return false;
    const sameTest = [...state.finished.values()].filter((result) => result.key === trial.key);
    return (0,aggregate/* testVerdict */.uT)(trial, sameTest, sequential) === 'fail';
}
function progressOf(state, elapsedMs) {
    const schedule = state.schedule;
    const total = schedule ? schedule.trials.length - schedule.savedTrialsTotal() : 0;
    const results = [...state.finished.values()];
    const count = (status) => results.filter((result) => result.status === status).length;
    const done = results.length;
    const remaining = Math.max(0, total - done - state.notStarted);
    return {
        done,
        total: total - state.notStarted,
        passed: count('pass'),
        failed: count('fail'),
        errored: count('error'),
        invalid: count('invalid'),
        inFlight: state.inFlight,
        spentUsd: state.budget.spentUsd,
        elapsedMs,
        etaMs: done === 0 ? null : (elapsedMs / done) * remaining,
    };
}
/** Resolves when every worker is done, or shortly after a cancel (unfinished trials are dropped anyway). */
async function untilDoneOrCancelled(work, signal) {
    if (signal.aborted)
        return;
    let onAbort = () => undefined;
    const cancelled = new Promise((resolve) => {
        onAbort = () => setTimeout(resolve, CANCEL_GRACE_MS).unref();
        signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        await Promise.race([work, cancelled]);
    }
    finally {
        signal.removeEventListener('abort', onAbort);
    }
}
function assemble(options, state, timing) {
    const schedule = state.schedule;
    const positions = schedule ? schedule.order(state.finished.keys()) : [...state.finished.keys()].sort((a, b) => a - b);
    const trials = positions.map((position) => state.finished.get(position));
    const confirmations = schedule?.confirmations() ?? new Map();
    const tests = (0,aggregate/* summarizeTests */.Hq)(options.plan.trials, trials, { passK: options.suite.run.pass_hat_k, confirmations });
    const { suite, plan } = options;
    const stopped = state.stopReason !== undefined;
    return {
        schemaVersion: results/* RESULTS_SCHEMA_VERSION */.q3,
        runId: timing.runId,
        source: options.source ?? (0,run_info/* runSource */.Rh)(options.env),
        suite: { name: suite.name, config: (0,external_node_path_.relative)(timing.cwd, suite.rootFile) || suite.rootFile },
        git: options.git ?? (0,run_info/* gitInfo */.VT)(options.env, timing.cwd),
        startedAt: timing.startedAt.toISOString(),
        finishedAt: new Date(timing.startedAt.getTime() + timing.durationMs).toISOString(),
        status: stopped ? 'stopped' : 'completed',
        ...(state.stopReason ? { stopReason: state.stopReason } : {}),
        variants: plan.variants.map((id) => describeVariant(options, id)),
        ...(plan.shard ? { shard: { index: plan.shard.index, total: plan.shard.total } } : {}),
        skipped: plan.skipped.map((entry) => ({ ...entry })),
        tests,
        trials,
        totals: (0,aggregate/* totals */.Sd)({ tests, trials, durationMs: timing.durationMs }),
        variantTotals: (0,aggregate/* variantTotals */.h6)(tests, trials, timing.durationMs),
        ...(options.gate ? { gate: options.gate } : {}),
        ...(options.confirmationSettings ? { confirmation: runConfirmation(options.confirmationSettings, tests) } : {}),
    };
}
/** The run's confirmation summary: settings, extra trials, the planned trials (and dollars) early stopping saved. */
function runConfirmation(settings, tests) {
    let extraTrials = 0;
    let savedTrials = 0;
    let savedUsd = 0;
    for (const test of tests) {
        extraTrials += test.confirmation?.extraTrials ?? 0;
        const saved = test.confirmation?.savedTrials ?? 0;
        savedTrials += saved;
        // Estimated at the mean cost of the test's own trials.
        if (saved > 0 && test.trials > 0)
            savedUsd += (saved * test.costUsd) / test.trials;
    }
    return { maxExtra: settings.maxExtra, maxExtraPaired: settings.maxExtraPaired, extraTrials, savedTrials, savedUsd };
}
function describeVariant(options, id) {
    const agent = options.plan.trials.find((trial) => trial.variant === id)?.agent;
    const description = id === 'default' ? undefined : options.suite.variants[id]?.description;
    return {
        id,
        ...(description ? { description } : {}),
        agent: agent?.id ?? options.suite.defaults.agent ?? options.suite.agents[0]?.id ?? 'unknown',
        ...(agent?.type === 'openai' ? { model: agent.model } : {}),
    };
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


/***/ }),

/***/ 6195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ov: () => (/* binding */ agentSlot),
/* harmony export */   _k: () => (/* binding */ slottedChat),
/* harmony export */   e3: () => (/* binding */ CallSlots),
/* harmony export */   kQ: () => (/* binding */ FirstCallGate),
/* harmony export */   yc: () => (/* binding */ SlotWait)
/* harmony export */ });
/* harmony import */ var _llm_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7222);

/**
 * A counting semaphore that hands a freed slot to the waiter with the lowest
 * rank, first come first served among equal ranks. The runner ranks a call by
 * its trial's start order, so the oldest trial in flight goes first: trials
 * finish in a steady stream (the first after about one conversation) instead
 * of all advancing in lockstep and finishing together at the end, and a cancel
 * or a budget stop keeps nearly every trial that was paid for. Throughput is
 * the same: a slot is never left idle while anyone waits.
 *
 * Except at the end of the run (`inTail`: every remaining trial has started
 * and few are left): oldest first would finish them in waves, the last wave
 * using a few slots while the others idle. There the slot goes to the trial
 * that has made the fewest calls, so the last trials finish together: in the
 * peer bench (50 conversations on 8 slots, all started at once) oldest first
 * ends with 2 conversations on 2 slots.
 */
class CallSlots {
    size;
    inTail;
    free;
    /** Sorted by rank, then arrival: at most the trials in flight, so a sorted array is cheap. */
    waiting = [];
    constructor(size, inTail = () => false) {
        this.size = size;
        this.inTail = inTail;
        this.free = size;
    }
    /** Resolves once a slot is held; rejects (as a cancelled call) if `signal` aborts first. Lower `rank` goes first. */
    acquire(signal, rank = Number.MAX_SAFE_INTEGER, progress = 0) {
        if (signal?.aborted)
            return Promise.reject(cancelledWhileQueued());
        if (this.free > 0 && this.waiting.length === 0) {
            this.free--;
            return Promise.resolve();
        }
        return new Promise((resolve, reject) => {
            const onAbort = () => {
                const at = this.waiting.indexOf(waiter);
                if (at >= 0)
                    this.waiting.splice(at, 1);
                reject(cancelledWhileQueued());
            };
            const waiter = {
                rank,
                progress,
                grant: () => {
                    signal?.removeEventListener('abort', onAbort);
                    resolve();
                },
            };
            this.waiting.splice(insertionPoint(this.waiting, rank), 0, waiter);
            signal?.addEventListener('abort', onAbort, { once: true });
            if (this.free > 0)
                this.scheduleHandOut();
        });
    }
    /**
     * A freed slot is handed out on the next turn of the event loop, not at
     * once: the trial whose call just ended asks for its next call within the
     * same turn (no I/O in between), and being older than the trials queued
     * with their first call, it gets the slot. Handed out at once, the slot
     * would always go to a newer trial, and every trial would advance in
     * lockstep again.
     */
    release() {
        this.free++;
        if (this.waiting.length > 0)
            this.scheduleHandOut();
    }
    handing = false;
    scheduleHandOut() {
        if (this.handing)
            return;
        this.handing = true;
        setImmediate(() => this.handOut());
    }
    handOut() {
        this.handing = false;
        const balance = this.waiting.length > 1 && this.inTail();
        while (this.free > 0) {
            const next = this.waiting.splice(balance ? leastProgressed(this.waiting) : 0, 1)[0];
            if (!next)
                return;
            this.free--;
            next.grant();
        }
    }
    /** This pool as seen by one trial: every call asks with the trial's rank and how many calls it was granted. */
    ranked(rank) {
        let granted = 0;
        return {
            acquire: async (signal) => {
                await this.acquire(signal, rank, granted);
                granted++;
            },
            release: () => this.release(),
        };
    }
}
/** The waiter whose trial has made the fewest calls; the oldest among equals (the array is in rank order). */
function leastProgressed(waiting) {
    let best = 0;
    for (let i = 1; i < waiting.length; i++)
        if (waiting[i].progress < waiting[best].progress)
            best = i;
    return best;
}
/** After every waiter of rank ≤ `rank`: equal ranks stay first come, first served. */
function insertionPoint(waiting, rank) {
    let low = 0;
    let high = waiting.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (waiting[middle].rank <= rank)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** Time a trial spent with a call waiting for a slot: the runner's queue, not the trial's own work. */
class SlotWait {
    waiters = 0;
    since = 0;
    doneMs = 0;
    begin() {
        if (this.waiters++ === 0)
            this.since = performance.now();
    }
    end() {
        if (--this.waiters === 0)
            this.doneMs += performance.now() - this.since;
    }
    /** Waiting time so far, including a wait still going on. */
    totalMs(now = performance.now()) {
        return this.doneMs + (this.waiters > 0 ? now - this.since : 0);
    }
}
/**
 * `inner` behind the slots. The result's `queuedMs` says how long the call
 * waited for its slot, so agent latency can leave it out; `durationMs` never
 * included it (it is measured inside `inner`).
 */
function slottedChat(inner, slots, wait) {
    const hold = agentSlot(slots, wait);
    return {
        async complete(request) {
            const { value, queuedMs } = await hold(() => inner.complete(request), request.signal);
            return { ...value, queuedMs };
        },
    };
}
/** The engine's hook for `http`/`command` agent turns: the same slots, the same accounting. */
function agentSlot(slots, wait) {
    return async (work, signal) => {
        const asked = performance.now();
        wait?.begin();
        try {
            await slots.acquire(signal);
        }
        finally {
            wait?.end();
        }
        const queuedMs = performance.now() - asked;
        try {
            return { value: await work(), queuedMs };
        }
        finally {
            slots.release();
        }
    };
}
/**
 * A trial's view of the slots: when its first call gets a slot, `mayStart()`
 * decides whether the trial starts at all. If not (the budget was reached
 * while it waited), the slot goes straight back, this call and every later one
 * fail as cancelled, and `refused` is set, so the runner leaves the trial out
 * like any trial that never started.
 */
class FirstCallGate {
    slots;
    mayStart;
    onRefused;
    refused = false;
    started = false;
    constructor(slots, mayStart, onRefused) {
        this.slots = slots;
        this.mayStart = mayStart;
        this.onRefused = onRefused;
    }
    async acquire(signal) {
        if (this.refused)
            throw notStarted();
        await this.slots.acquire(signal);
        if (this.started)
            return;
        if (this.mayStart()) {
            this.started = true;
            return;
        }
        this.slots.release();
        this.refused = true;
        this.onRefused();
        throw notStarted();
    }
    release() {
        this.slots.release();
    }
}
function notStarted() {
    return new _llm_types_js__WEBPACK_IMPORTED_MODULE_0__/* .LlmCallError */ .i('the trial did not start: the run stopped before its first call', 'cancelled', 0);
}
function cancelledWhileQueued() {
    // The same error the client throws for a call cancelled before its first attempt.
    return new _llm_types_js__WEBPACK_IMPORTED_MODULE_0__/* .LlmCallError */ .i('the call was cancelled', 'cancelled', 0);
}


/***/ }),

/***/ 307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yd: () => (/* binding */ NOT_STARTED),
  vk: () => (/* binding */ addUsage),
  Wx: () => (/* binding */ runTrial)
});

// EXTERNAL MODULE: ./src/judge/index.ts + 4 modules
var judge = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/judge/metric-result.ts
var metric_result = __webpack_require__(9277);
// EXTERNAL MODULE: ./src/llm/types.ts
var types = __webpack_require__(7222);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/runner/chat.ts
function recordingChat(inner, hooks) {
    return {
        complete: async (request) => {
            const result = await inner.complete(request);
            hooks.onResult(result, request.endpoint.model);
            return result;
        },
    };
}

// EXTERNAL MODULE: ./src/runner/slots.ts
var runner_slots = __webpack_require__(6195);
;// CONCATENATED MODULE: ./src/runner/trial.ts






/** runTrial's answer for a trial refused at its first call slot: not run, not recorded. */
const NOT_STARTED = 'not_started';
class TrialTimeout extends Error {
    timeoutMs;
    constructor(timeoutMs) {
        super(`the trial exceeded trial_timeout_ms (${timeoutMs} ms)`);
        this.timeoutMs = timeoutMs;
        this.name = 'TrialTimeout';
    }
}
/**
 * undefined when the run was cancelled before the trial finished: unfinished
 * trials are not recorded. NOT_STARTED when `mayStart` refused its first call.
 */
async function runTrial(trial, deps) {
    const controller = new AbortController();
    const wait = new runner_slots/* SlotWait */.yc();
    const slots = deps.rank === undefined ? deps.slots : deps.slots.ranked(deps.rank);
    const gate = new runner_slots/* FirstCallGate */.kQ(slots, deps.mayStart ?? (() => true), () => controller.abort(new Error('the trial did not start')));
    const stopTimer = startTrialTimer(deps.timeoutMs, wait, () => controller.abort(new TrialTimeout(deps.timeoutMs)));
    // Derived signals, not listeners: with a listener per trial on the run's one signal, the trials in flight
    // (several per call slot) passed Node's limit of 10 and every run printed MaxListenersExceededWarning.
    // AbortSignal.any links without adding an 'abort' listener to the run signal.
    const signal = AbortSignal.any([deps.runSignal, controller.signal]);
    const judgeSignal = AbortSignal.any([deps.runSignal]);
    const startedAt = new Date();
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    // Spend is counted inside the slot, before it passes on: the next trial's first call sees it (FirstCallGate).
    const engineChat = (0,runner_slots/* slottedChat */._k)(recordingChat(deps.chat, { onResult: (result) => deps.onSpend(result.usage.costUsd) }), gate, wait);
    let trace;
    try {
        trace = await deps.execute(trial, { ...deps.engine, signal, chat: engineChat, agentSlot: (0,runner_slots/* agentSlot */.Ov)(gate, wait) });
    }
    catch (error) {
        trace = crashedTrace(error, startedAt, elapsed());
    }
    finally {
        stopTimer();
    }
    if (deps.runSignal.aborted)
        return undefined;
    if (gate.refused)
        return NOT_STARTED;
    if (controller.signal.reason instanceof TrialTimeout)
        trace = asTimeout(trace, controller.signal.reason, elapsed());
    const judgeEvents = [];
    const judgeChat = (0,runner_slots/* slottedChat */._k)(recordingChat(deps.chat, {
        onResult: (result, model) => {
            deps.onSpend(result.usage.costUsd);
            judgeEvents.push({
                type: 'llm_call',
                at: elapsed(),
                role: 'judge',
                model,
                usage: result.usage,
                durationMs: result.durationMs,
                attempts: result.attempts,
            });
        },
    }), slots);
    const metrics = await deps.judge(trial, trace, { chat: judgeChat, signal: judgeSignal }).catch((error) => 
    // A bug in a metric must not take the run down: every criterion of this trial becomes an error with the cause.
    trial.criteria.map((criterion) => (0,metric_result/* metricError */.$h)(criterion, `the judge failed: ${(0,errors/* errorMessage */.gJ)(error)}`)));
    if (deps.runSignal.aborted)
        return undefined;
    const judged = {
        ...trace,
        events: [...trace.events, ...judgeEvents],
        usage: addUsage(trace.usage, judgeEvents),
    };
    return (0,judge/* buildTrialResult */._E)(trial, judged, metrics);
}
/**
 * Fires `onTimeout` once the trial has used `timeoutMs` of its own time.
 * Waiting for a call slot does not count: with more trials in flight than
 * slots, a trial's wall time depends on the others, its timeout must not.
 */
function startTrialTimer(timeoutMs, wait, onTimeout) {
    const started = performance.now();
    let timer;
    const check = () => {
        const now = performance.now();
        const ownMs = now - started - wait.totalMs(now);
        if (ownMs >= timeoutMs)
            onTimeout();
        else
            timer = setTimeout(check, Math.ceil(timeoutMs - ownMs));
    };
    timer = setTimeout(check, timeoutMs);
    return () => clearTimeout(timer);
}
/** The engine threw instead of returning a trace: keep the cause as the trial's error. */
function crashedTrace(error, startedAt, durationMs) {
    const timedOut = error instanceof TrialTimeout || (error instanceof types/* LlmCallError */.i && error.category === 'timeout');
    const category = timedOut ? 'timeout' : error instanceof types/* LlmCallError */.i ? error.category : 'infrastructure';
    return {
        events: [{ type: 'error', at: durationMs, source: 'runner', category, message: (0,errors/* errorMessage */.gJ)(error) }],
        endReason: category === 'timeout' ? 'timeout' : category === 'cancelled' ? 'cancelled' : 'error',
        turns: 0,
        usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 },
        startedAt: startedAt.toISOString(),
        durationMs,
        attempts: 1,
    };
}
/** The engine stopped because our timer aborted it: say so, whatever end it reported. */
function asTimeout(trace, timeout, at) {
    if (trace.endReason === 'timeout' &&
        trace.events.some((event) => event.type === 'error' && event.category === 'timeout'))
        return trace;
    const event = { type: 'error', at, source: 'runner', category: 'timeout', message: timeout.message };
    return { ...trace, endReason: 'timeout', events: [...trace.events, event] };
}
/** `usage` plus the cost and tokens of the LLM calls among `events`. */
function addUsage(usage, events) {
    return events.reduce((total, event) => event.type === 'llm_call'
        ? {
            inputTokens: total.inputTokens + event.usage.inputTokens,
            outputTokens: total.outputTokens + event.usage.outputTokens,
            costUsd: total.costUsd + event.usage.costUsd,
        }
        : total, usage);
}


/***/ }),

/***/ 3199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ createAjv)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one Ajv configuration of the project: the loader compiles every tool's
 * `parameters` with it, so a schema the engine would reject at call time is a
 * load error instead (and not a failed call blamed on the agent); the
 * `json_schema` criterion validates agent output with it too.
 */


/**
 * `strict: false`: tools copied from other platforms carry keywords (e.g. `examples`, vendor `x-` keys) Ajv would
 * refuse.
 * ajv-formats: `format: email`, `date-time`, `uri`… are checked, instead of ignored with an "unknown format" warning.
 */
function createAjv() {
    const ajv = new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: true, strict: false });
    // A CommonJS module: its function is also exported as `default`, which is what the types describe under NodeNext.
    ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"](ajv);
    return ajv;
}


/***/ }),

/***/ 4591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   qV: () => (/* binding */ skeleton),
/* harmony export */   vs: () => (/* binding */ describeStrangeCharacter)
/* harmony export */ });
/* unused harmony export codePoint */
/**
 * Names that look right but are not: a Cyrillic 'о' in "refund_оrder" or a
 * zero-width space pasted from a chat window. "did you mean 'refund_order'?"
 * alone reads like nonsense for a name that looks identical, so messages name
 * the offending character and its code point.
 */
/** Characters that render as nothing (or nearly): the usual copy-paste stowaways. */
const INVISIBLE = {
    0x00ad: 'SOFT HYPHEN',
    0x034f: 'COMBINING GRAPHEME JOINER',
    0x061c: 'ARABIC LETTER MARK',
    0x180e: 'MONGOLIAN VOWEL SEPARATOR',
    0x200b: 'ZERO WIDTH SPACE',
    0x200c: 'ZERO WIDTH NON-JOINER',
    0x200d: 'ZERO WIDTH JOINER',
    0x200e: 'LEFT-TO-RIGHT MARK',
    0x200f: 'RIGHT-TO-LEFT MARK',
    0x202a: 'LEFT-TO-RIGHT EMBEDDING',
    0x202b: 'RIGHT-TO-LEFT EMBEDDING',
    0x202c: 'POP DIRECTIONAL FORMATTING',
    0x202d: 'LEFT-TO-RIGHT OVERRIDE',
    0x202e: 'RIGHT-TO-LEFT OVERRIDE',
    0x2060: 'WORD JOINER',
    0x2066: 'LEFT-TO-RIGHT ISOLATE',
    0x2067: 'RIGHT-TO-LEFT ISOLATE',
    0x2068: 'FIRST STRONG ISOLATE',
    0x2069: 'POP DIRECTIONAL ISOLATE',
    0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};
/** Letters from other scripts that look like ASCII ones, with the letter they imitate. */
const LOOKALIKES = {
    0x0430: ['CYRILLIC SMALL LETTER A', 'a'],
    0x0435: ['CYRILLIC SMALL LETTER IE', 'e'],
    0x043e: ['CYRILLIC SMALL LETTER O', 'o'],
    0x0440: ['CYRILLIC SMALL LETTER ER', 'p'],
    0x0441: ['CYRILLIC SMALL LETTER ES', 'c'],
    0x0443: ['CYRILLIC SMALL LETTER U', 'y'],
    0x0445: ['CYRILLIC SMALL LETTER HA', 'x'],
    0x0456: ['CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I', 'i'],
    0x0455: ['CYRILLIC SMALL LETTER DZE', 's'],
    0x0458: ['CYRILLIC SMALL LETTER JE', 'j'],
    0x0410: ['CYRILLIC CAPITAL LETTER A', 'A'],
    0x0412: ['CYRILLIC CAPITAL LETTER VE', 'B'],
    0x0415: ['CYRILLIC CAPITAL LETTER IE', 'E'],
    0x041a: ['CYRILLIC CAPITAL LETTER KA', 'K'],
    0x041c: ['CYRILLIC CAPITAL LETTER EM', 'M'],
    0x041d: ['CYRILLIC CAPITAL LETTER EN', 'H'],
    0x041e: ['CYRILLIC CAPITAL LETTER O', 'O'],
    0x0420: ['CYRILLIC CAPITAL LETTER ER', 'P'],
    0x0421: ['CYRILLIC CAPITAL LETTER ES', 'C'],
    0x0422: ['CYRILLIC CAPITAL LETTER TE', 'T'],
    0x0425: ['CYRILLIC CAPITAL LETTER HA', 'X'],
    0x03b1: ['GREEK SMALL LETTER ALPHA', 'a'],
    0x03bf: ['GREEK SMALL LETTER OMICRON', 'o'],
    0x03c1: ['GREEK SMALL LETTER RHO', 'p'],
    0x03bd: ['GREEK SMALL LETTER NU', 'v'],
    0x0391: ['GREEK CAPITAL LETTER ALPHA', 'A'],
    0x0392: ['GREEK CAPITAL LETTER BETA', 'B'],
    0x0395: ['GREEK CAPITAL LETTER EPSILON', 'E'],
    0x039f: ['GREEK CAPITAL LETTER OMICRON', 'O'],
    0x0131: ['LATIN SMALL LETTER DOTLESS I', 'i'],
    0x2010: ['HYPHEN', '-'],
    0x2011: ['NON-BREAKING HYPHEN', '-'],
    0x2013: ['EN DASH', '-'],
    0x2212: ['MINUS SIGN', '-'],
    0x00a0: ['NO-BREAK SPACE', ' '],
};
function codePoint(char) {
    return `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
/**
 * "it contains U+200B ZERO WIDTH SPACE (invisible) at character 7" for the
 * first character outside printable ASCII, or undefined when there is none.
 */
function describeStrangeCharacter(name) {
    const chars = [...name];
    const index = chars.findIndex((char) => !/^[\x21-\x7e]$/.test(char) && char !== ' ');
    if (index < 0)
        return undefined;
    const char = chars[index];
    const code = char.codePointAt(0);
    const where = `at character ${index + 1}`;
    const invisible = INVISIBLE[code];
    if (invisible !== undefined || /\p{Cc}|\p{Cf}/u.test(char)) {
        const label = invisible ? ` ${invisible}` : '';
        return `it contains ${codePoint(char)}${label} (invisible) ${where}: delete it and retype the name`;
    }
    const lookalike = LOOKALIKES[code];
    if (lookalike) {
        const [label, looksLike] = lookalike;
        return `it contains ${codePoint(char)} ${label} ${where}, which looks like '${looksLike}': retype it in ASCII`;
    }
    return `it contains the non-ASCII character '${char}' (${codePoint(char)}) ${where}`;
}
/** The name with invisible characters dropped and lookalikes replaced: what the user meant to type. */
function skeleton(name) {
    return [...name]
        .filter((char) => INVISIBLE[char.codePointAt(0)] === undefined)
        .map((char) => LOOKALIKES[char.codePointAt(0)]?.[1] ?? char)
        .join('');
}
/** The name with invisible characters written as `\u200B`, so a message shows where they are. */
function visible(name) {
    return [...name]
        .map((char) => INVISIBLE[char.codePointAt(0)] !== undefined || /\p{Cc}|\p{Cf}/u.test(char)
        ? `\\u${codePoint(char).slice(2)}`
        : char)
        .join('');
}


/***/ }),

/***/ 113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ suggestion),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/* harmony import */ var _confusables_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4591);
/** "did you mean 'x'?" for misspelt names, by edit distance. */

function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}
/** The closest candidate, if it is close enough to be a plausible typo. */
function closest(name, candidatesIn) {
    const candidates = [...candidatesIn];
    const allowed = Math.max(2, Math.floor(name.length / 3));
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance <= allowed && (!best || distance < best.distance))
            best = { name: candidate, distance };
    }
    if (best)
        return best.name;
    // A shortened or lengthened name ("polite" for "polite-tone") is a typo too.
    const lower = name.toLowerCase();
    return [...candidates].find((c) => c.length > 2 && lower.length > 2 && (c.toLowerCase().startsWith(lower) || lower.startsWith(c.toLowerCase())));
}
/**
 * " — did you mean 'x'?" or "". A name that only differs by an invisible or
 * lookalike character says which character, since both names look the same.
 */
function suggestion(name, candidatesIn) {
    const candidates = [...candidatesIn];
    const strange = (0,_confusables_js__WEBPACK_IMPORTED_MODULE_0__/* .describeStrangeCharacter */ .vs)(name);
    const lookalike = strange === undefined ? undefined : candidates.find((c) => c === (0,_confusables_js__WEBPACK_IMPORTED_MODULE_0__/* .skeleton */ .qV)(name));
    const match = lookalike ?? closest(name, candidates);
    const why = strange === undefined ? '' : ` — ${strange}`;
    return match === undefined ? why : `${why} — did you mean '${match}'?`;
}


/***/ }),

/***/ 8159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ endcallPattern),
/* harmony export */   Bg: () => (/* binding */ spellPattern),
/* harmony export */   Fc: () => (/* binding */ spellOpenPattern),
/* harmony export */   N1: () => (/* binding */ spellClosePattern),
/* harmony export */   vU: () => (/* binding */ findTags)
/* harmony export */ });
/**
 * The text-mode tags of scripted actions, in one place: the loader accepts
 * exactly what the engine acts on, so a tag that validates is never sent to
 * the agent literally. Whitespace inside the brackets is tolerated
 * (`<spell >`, `< endcall />`, `</ spell>`).
 */
const SPELL_OPEN = String.raw `<\s*spell\s*>`;
const SPELL_CLOSE = String.raw `<\s*/\s*spell\s*>`;
const ENDCALL = String.raw `<\s*endcall\s*/?\s*>`;
const WELL_FORMED = new RegExp(`^(?:${SPELL_OPEN}|${SPELL_CLOSE}|${ENDCALL})$`, 'i');
/** `<spell>…</spell>`, the spelled text in group 1 (global: use with replace/matchAll). */
const spellPattern = () => new RegExp(`${SPELL_OPEN}([\\s\\S]*?)${SPELL_CLOSE}`, 'gi');
const spellOpenPattern = () => new RegExp(SPELL_OPEN, 'gi');
const spellClosePattern = () => new RegExp(SPELL_CLOSE, 'gi');
/** `<endcall/>`, `<endcall />`, `<endcall>`. */
const endcallPattern = () => new RegExp(ENDCALL, 'i');
/** Every `<name …>` or `</name …>` in an action. */
function findTags(text) {
    return [...text.matchAll(/<\s*(\/)?\s*([A-Za-z_][\w-]*)[^<>]*>/g)].map((match) => ({
        text: match[0],
        name: (match[2] ?? '').toLowerCase(),
        closing: match[1] !== undefined,
        wellFormed: WELL_FORMED.test(match[0]),
    }));
}


/***/ }),

/***/ 8283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   nh: () => (/* binding */ renderTemplateDeep),
/* harmony export */   u9: () => (/* binding */ findTemplateRefs),
/* harmony export */   wf: () => (/* binding */ lookupPath),
/* harmony export */   yL: () => (/* binding */ findMalformedTemplates)
/* harmony export */ });
/**
 * `{{profile.x}}` templates. The loader checks every reference resolves (an
 * unknown key is a load error); the engine renders them. The seed's own
 * spelling, `{{test_profile.x}}` and `{{test_profile['x']}}`, is accepted too.
 */
const TEMPLATE = /\{\{\s*(?:test_)?profile((?:\.[A-Za-z_][\w-]*|\[\s*'[^']*'\s*\]|\[\s*"[^"]*"\s*\]|\[\d+\])+)\s*\}\}/g;
const SEGMENT = /\.([A-Za-z_][\w-]*)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[(\d+)\]/g;
function findTemplateRefs(text) {
    return [...text.matchAll(TEMPLATE)].map((match) => ({
        text: match[0],
        path: [...(match[1] ?? '').matchAll(SEGMENT)].map((s) => s[1] ?? s[2] ?? s[3] ?? s[4] ?? ''),
        offset: match.index ?? 0,
    }));
}
/**
 * Anything written as `{{ … }}` that is not a profile reference: a typo the agent would otherwise receive literally.
 */
function findMalformedTemplates(text) {
    return [...text.matchAll(/\{\{[\s\S]*?\}\}/g)]
        .filter((match) => !new RegExp(`^${TEMPLATE.source}$`).test(match[0]))
        .map((match) => ({ text: match[0], offset: match.index ?? 0 }));
}
/**
 * The value at `path`, or undefined when any segment is missing. Own keys
 * only (and array indexes only), so `{{profile.constructor}}` or
 * `{{profile.items.length}}` never resolve to something inherited.
 */
function lookupPath(data, path) {
    let current = data;
    for (const key of path) {
        if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key))
            return undefined;
        if (Array.isArray(current) && !/^\d+$/.test(key))
            return undefined;
        current = current[key];
    }
    return current;
}
/**
 * Replaces every reference; objects render as JSON. Unknown keys are left as
 * written (the loader rejects them first). `format` post-processes each
 * inserted value, e.g. `escapeRegExp` when the text is a regex pattern.
 */
function renderTemplate(text, profile, format = (v) => v) {
    return text.replace(TEMPLATE, (whole, pathText) => {
        const path = [...pathText.matchAll(SEGMENT)].map((s) => s[1] ?? s[2] ?? s[3] ?? s[4] ?? '');
        const value = lookupPath(profile, path);
        if (value === undefined)
            return whole;
        return format(typeof value === 'string' ? value : JSON.stringify(value));
    });
}
/** A profile value inside a regex pattern matches itself literally ("A.1 (x)" is not a pattern). */

/** Renders templates inside any JSON value (mock tool mappings use this). */
function renderTemplateDeep(value, profile) {
    if (typeof value === 'string')
        return renderTemplate(value, profile);
    if (Array.isArray(value))
        return value.map((item) => renderTemplateDeep(item, profile));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderTemplateDeep(v, profile)]));
    }
    return value;
}


/***/ }),

/***/ 8996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ contentVersion)
/* harmony export */ });
/* unused harmony export stableJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Content versions: a short hash of an entity's normalised content, recorded in results. */

const VERSION_LENGTH = 8;
/** JSON with keys sorted at every level, so key order in YAML does not change the version. */
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/** `value` must already have defaults applied and no `source`. */
function contentVersion(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(stableJson(value)).digest('hex').slice(0, VERSION_LENGTH);
}


/***/ }),

/***/ 2455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ compileUserRegex),
/* harmony export */   r: () => (/* binding */ userRegex)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
/**
 * Regexes written by users (text criteria, scripted-scenario patterns,
 * expected_output with match: regex) run on RE2JS, a linear-time engine: a
 * pattern like `(a+)+$` can not backtrack catastrophically, so matching never
 * freezes a run past its timeout or its cancellation. RE2 has no
 * backreferences or lookaround; those are rejected with a message saying so,
 * at load time, with the same function the engine uses.
 */

const RE2_HINT = 'Rehearse runs regexes on RE2, a linear-time engine';
/** Constructs RE2 can not run in linear time, found before RE2's own (terser) syntax error. */
function unsupportedConstruct(pattern) {
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '\\') {
            const next = pattern[i + 1] ?? '';
            if (!inClass && /[1-9]/.test(next))
                return `backreference \\${next} is not supported (${RE2_HINT}): repeat the group's pattern instead`;
            if (!inClass && next === 'k' && pattern[i + 2] === '<')
                return `named backreference \\k<…> is not supported (${RE2_HINT})`;
            i++;
        }
        else if (inClass) {
            if (char === ']')
                inClass = false;
        }
        else if (char === '[') {
            inClass = true;
            if (pattern[i + 1] === ']' || (pattern[i + 1] === '^' && pattern[i + 2] === ']'))
                i += pattern[i + 1] === '^' ? 2 : 1;
        }
        else if (char === '(' && pattern[i + 1] === '?') {
            const look = /^\(\?(<?[=!])/.exec(pattern.slice(i));
            if (look) {
                const kind = look[1].startsWith('<') ? 'lookbehind' : 'lookahead';
                const instead = 'match the text itself, or use a text check (contains/not_contains)';
                return `${kind} ${look[0]}…) is not supported (${RE2_HINT}): ${instead}`;
            }
        }
    }
    return undefined;
}
/** Compiles `pattern` (JavaScript-like syntax; `ignoreCase` for case-insensitive matching). */
function compileUserRegex(pattern, options = {}) {
    const unsupported = unsupportedConstruct(pattern);
    if (unsupported)
        return { ok: false, message: unsupported };
    try {
        const compiled = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern, options.ignoreCase ? re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.CASE_INSENSITIVE : 0);
        return { ok: true, regex: { source: pattern, test: (text) => compiled.test(text) } };
    }
    catch (error) {
        return { ok: false, message: describeSyntaxError(error) };
    }
}
/** Like `compileUserRegex`, for patterns the loader has already accepted (an Error otherwise). */
function userRegex(pattern, options = {}) {
    const compiled = compileUserRegex(pattern, options);
    if (!compiled.ok)
        throw new Error(`invalid regex /${pattern}/: ${compiled.message}`);
    return compiled.regex;
}
function describeSyntaxError(error) {
    const raw = error instanceof Error ? error.message : String(error);
    // RE2JS says "error parsing regexp: missing closing ): `(?i)your (name`"; the pattern is already in our message.
    const withoutPrefix = raw.replace(/^error parsing regexp:\s*/, '');
    return withoutPrefix.replace(/:\s*`[\s\S]*`$/, '');
}


/***/ })

};

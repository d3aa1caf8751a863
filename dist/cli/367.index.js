export const id = 367;
export const ids = [367];
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

// EXTERNAL MODULE: ./src/engine/index.ts + 29 modules
var engine = __webpack_require__(904);
// EXTERNAL MODULE: ./src/judge/index.ts + 7 modules
var src_judge = __webpack_require__(4751);
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
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/bom.ts
var bom = __webpack_require__(5258);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/bounded.ts
var bounded = __webpack_require__(3177);
// EXTERNAL MODULE: ./src/util/write-chunks.ts
var write_chunks = __webpack_require__(5662);
;// CONCATENATED MODULE: ./src/cassette/file.ts
/** Reading and writing a cassette file: one JSON object per line, every line checked on load. */









const KINDS = new Set(['simulator', 'agent', 'judge', 'http-agent', 'command-agent', 'passthrough-tool']);
/** The entries of a cassette file; a missing file is an empty cassette when `missingIsEmpty`. */
async function readCassetteFile(path, shownAs, missingIsEmpty) {
    let text;
    try {
        text = await (0,bom/* readTextFile */.Gu)(path);
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
            value = (0,bounded/* parseJsonBounded */.Xg)(line);
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
        const problem = responseProblem(entry.kind, entry.response);
        if (problem) {
            throw new errors/* ConfigurationError */.j1(`${shownAs}:${index + 1}:1: the recorded ${entry.kind} response of trial ${entry.trial} ${problem}; ` +
                `record the cassette again (--record) or fix that line`);
        }
        entries.push(entry);
    });
    return entries;
}
const CHAT_KINDS = new Set(['simulator', 'agent', 'judge']);
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
/**
 * What is wrong with a recorded response, checked when the cassette is read (a hand-edited or truncated line,
 * an upstream `{"choices": []}` stored as is), so a replay never fails later on a missing field with a bare
 * TypeError. Undefined when it is well formed.
 */
function responseProblem(kind, response) {
    if (!isRecord(response))
        return 'is not an object';
    if (CHAT_KINDS.has(kind)) {
        if ('error' in response) {
            const error = response.error;
            return isRecord(error) && typeof error.message === 'string' && isCount(error.attempts)
                ? undefined
                : 'is an error without a message and attempts';
        }
        if (response.content !== null && typeof response.content !== 'string')
            return 'has no content (text or null)';
        const calls = response.toolCalls;
        if (!Array.isArray(calls))
            return 'has no toolCalls list';
        if (!calls.every((call) => isRecord(call) && typeof call.name === 'string' && typeof call.arguments === 'string'))
            return 'has a tool call without a name and arguments';
        const usage = response.usage;
        if (!isRecord(usage) || !isCount(usage.inputTokens) || !isCount(usage.outputTokens) || !isCount(usage.costUsd))
            return 'has no usage (inputTokens, outputTokens, costUsd)';
        return isCount(response.attempts) ? undefined : 'has no attempts count';
    }
    if (response.ok === true)
        return 'value' in response ? undefined : 'is a success without a value';
    if (response.ok === false)
        return typeof response.message === 'string' ? undefined : 'is a failure without a message';
    return 'is neither a success nor a failure (ok: true or false)';
}
/**
 * Written whole to a temporary file then renamed: a crash never leaves half a cassette. The run's log (see
 * keepCassetteLog) is spent once the cassette is on disk, and kept when it cannot be written (a full disk, a
 * read-only directory): the error names the file and says how to get the calls back.
 */
async function writeCassetteFile(path, text) {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(temporary, text, 'utf8');
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true }).catch(() => undefined);
        throw (0,write_chunks/* writeFailure */.EU)(path, error, await recovery(path, text));
    }
    await (0,promises_.rm)(cassetteLogPath(path), { force: true });
}
/** What to do about a cassette that could not be written: its log, else a copy written elsewhere. */
async function recovery(path, text) {
    const log = cassetteLogPath(path);
    const kept = await (0,promises_.stat)(log).then((info) => info.size > 0, () => false);
    if (kept)
        return (`the calls this run recorded are kept in ${log}, one per line in the cassette's format: once ${path} can be ` +
            `written, append them to it (\`cat ${log} >> ${path}\`), or after a --record run replace it ` +
            `(\`mv ${log} ${path}\`)`);
    const elsewhere = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `rehearse-${(0,external_node_path_.basename)(path)}-${process.pid}.jsonl`);
    try {
        await (0,promises_.writeFile)(elsewhere, text, 'utf8');
        return `the cassette was written to ${elsewhere} instead: move it to ${path}`;
    }
    catch {
        return 'no copy of the recorded calls could be written either';
    }
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
        text = await (0,bom/* readTextFile */.Gu)(log);
    }
    catch {
        return [];
    }
    return parseCassette(text.slice(0, text.lastIndexOf('\n') + 1), log);
}

// EXTERNAL MODULE: ./src/suite/secrets.ts + 1 modules
var secrets = __webpack_require__(3876);
;// CONCATENATED MODULE: ./src/cassette/redact.ts
/**
 * Secrets never reach a cassette: requests and responses go through the one
 * redaction layer (every secret the suite names — `api_key_env` variables,
 * `${VAR}` in URLs and headers, literal credential headers —, the
 * environment's credentials, and credential shapes become `***`) before they
 * are hashed or written. Redacting before hashing also keeps a request's key
 * the same on a machine with another key.
 */

/**
 * `shared`: the caller's redactor, which already knows the suite's secrets (and keeps learning); else one made
 * from the suite and the environment.
 */
function secretRedactor(env, suite, shared) {
    const redactor = shared ?? (0,secrets/* redactorFor */.sD)(suite, env);
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

/***/ 3948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ postJson),
/* harmony export */   K7: () => (/* binding */ probeUrl),
/* harmony export */   QJ: () => (/* binding */ postJsonOnce)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_bounded_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3177);
/* harmony import */ var _util_retry_after_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9361);
/* harmony import */ var _llm_http_fetch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(766);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(767);
/**
 * JSON over HTTP with a timeout and the trial's abort signal: used by http agents and passthrough tools.
 *
 * One POST on Node's own `http`/`https` (as llm/http-fetch.ts, and for the same CPU reasons), not the built-in
 * fetch: only there can we tell whether the request left whole and whether any byte of an answer came back, which
 * is what decides whether sending it again is safe (`unprocessed`). An agent turn is not idempotent: the agent may
 * have acted on it.
 */






const ERROR_BODY_EXCERPT = 200;
/** Statuses that turn a request away before it is handled: too many requests, not available now (a deploy, a LB). */
const TURNED_AWAY = new Set([429, 503]);
/** No connection was made: nothing was sent. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** The connection closed: nothing was processed only when the request never left whole and nothing came back. */
const CLOSED = new Set(['ECONNRESET', 'EPIPE']);
/** Never throws: every failure comes back as a categorised message. */
async function postJson(options) {
    return (await postJsonOnce(options)).outcome;
}
/** One POST, never retried here: the outcome, and whether the server certainly did not process it. Never throws. */
async function postJsonOnce(options) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
    try {
        return answered(options, await send(options, AbortSignal.any([options.signal, timeout.signal])));
    }
    catch (error) {
        if (options.signal.aborted)
            return { outcome: { ok: false, category: 'cancelled', message: 'cancelled' } };
        if (timeout.signal.aborted) {
            const message = `no answer from ${options.url} within ${options.timeoutMs} ms`;
            return { outcome: { ok: false, category: 'timeout', message, noAnswer: true } };
        }
        const message = `request to ${options.url} failed: ${describe(error instanceof PostFailed ? error.cause : error)}`;
        const outcome = { ok: false, category: 'infrastructure', message, noAnswer: true };
        if (!(error instanceof PostFailed && error.unprocessed()))
            return { outcome };
        return { outcome, unprocessed: { retryable: true, category: 'infrastructure', reason: message } };
    }
    finally {
        clearTimeout(timer);
    }
}
/** The outcome of a request that was answered: a redirect or an error status fails it, with why. */
function answered(options, answer) {
    const { status } = answer;
    if (status >= 300 && status < 400) {
        const location = answer.headers.location;
        const to = location ? ` to ${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redirectTarget */ .ET)(location).slice(0, ERROR_BODY_EXCERPT)}` : '';
        const message = `HTTP ${status} from ${options.url}${to}: ` +
            'redirects are not followed (they would carry the conversation and its headers elsewhere); give the final URL';
        return { outcome: { ok: false, category: 'infrastructure', message } };
    }
    if (status < 200 || status >= 300) {
        const message = `HTTP ${status} from ${options.url}: ${answer.text.slice(0, ERROR_BODY_EXCERPT)}`;
        const outcome = { ok: false, category: 'infrastructure', message };
        if (!TURNED_AWAY.has(status))
            return { outcome };
        const retryAfter = answer.headers['retry-after'];
        const retryAfterMs = (0,_util_retry_after_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRetryAfter */ .m)(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
        const reason = `HTTP ${status} from ${options.url}`;
        return {
            outcome,
            unprocessed: {
                retryable: true,
                category: 'infrastructure',
                reason,
                ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
            },
        };
    }
    return { outcome: { ok: true, value: parseBody(answer.text) } };
}
/** Why a POST failed, and how far it got: whether the request left whole, whether any byte of an answer came. */
class PostFailed extends Error {
    cause;
    sentWhole;
    answerStarted;
    constructor(cause, sentWhole, answerStarted) {
        super('the request failed', { cause });
        this.cause = cause;
        this.sentWhole = sentWhole;
        this.answerStarted = answerStarted;
    }
    /** The server cannot have acted on it. When in doubt, false: a retry could make the agent act twice. */
    unprocessed() {
        if (this.answerStarted)
            return false;
        const code = codeOf(this.cause);
        if (code === undefined)
            return false;
        return NOT_CONNECTED.has(code) || (CLOSED.has(code) && !this.sentWhole);
    }
}
/** The POST, its answer read whole (up to MAX_RESPONSE_BYTES); rejects with a PostFailed once it was started. */
function send(options, signal) {
    const url = new URL(options.url);
    const body = JSON.stringify(options.body);
    // Merged as names are (case-insensitive): the suite's headers replace these two, never send a second copy.
    const merged = new Headers({ 'content-type': 'application/json', accept: 'application/json' });
    for (const [name, value] of Object.entries(options.headers))
        merged.set(name, value);
    const headers = {};
    merged.forEach((value, name) => (headers[name] = value));
    headers['content-length'] = String(Buffer.byteLength(body));
    // Not followed: a redirect would send the conversation, and the suite's headers (keys), to another address.
    const request = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    return new Promise((resolve, reject) => {
        let sentWhole = false;
        let answerStarted = false;
        let readBefore = 0;
        const req = request(url, { method: 'POST', headers, signal }, (res) => {
            answerStarted = true;
            (0,_llm_http_fetch_js__WEBPACK_IMPORTED_MODULE_2__/* .readAll */ .yw)((0,_llm_http_fetch_js__WEBPACK_IMPORTED_MODULE_2__/* .decoded */ .DH)(res), res).then((buffer) => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: new TextDecoder().decode(buffer) }), (error) => reject(new PostFailed(error, sentWhole, true)));
        });
        // A kept-alive socket has read earlier answers: only what it read since it took this request counts.
        req.on('socket', (socket) => (readBefore = socket.bytesRead));
        // The whole request was handed to the system: the server may have it, and may act on it.
        req.on('finish', () => (sentWhole = true));
        req.on('error', (error) => {
            // Any byte read (a status line cut short) is the start of an answer: the request reached the server.
            answerStarted ||= (req.socket?.bytesRead ?? readBefore) > readBefore;
            reject(new PostFailed(error, sentWhole, answerStarted));
        });
        req.end(body);
    });
}
/**
 * One GET with the agent's headers, before a run: the status it answers with (401/403 says its credentials are
 * refused), or why there was no answer. Never throws.
 */
async function probeUrl(options) {
    try {
        const response = await fetch(options.url, {
            method: 'GET',
            headers: options.headers,
            signal: AbortSignal.timeout(options.timeoutMs),
            redirect: 'manual',
        });
        await response.body?.cancel();
        return { status: response.status };
    }
    catch (error) {
        return { reason: describe(error) };
    }
}
/** JSON when it parses, else the text itself (a passthrough backend may answer plain text). */
function parseBody(text) {
    if (text.trim() === '')
        return null;
    try {
        return (0,_util_bounded_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonBounded */ .Xg)(text);
    }
    catch {
        return text;
    }
}
/** The system's word for a failure (ECONNREFUSED, ENOTFOUND…), else its message; fetch's error wraps it in a cause. */
function describe(error) {
    const cause = error instanceof Error ? error.cause : undefined;
    const code = systemCode(error) ?? systemCode(cause);
    if (code !== undefined)
        return code;
    const inner = cause instanceof Error ? cause : error instanceof Error ? error : undefined;
    return inner ? inner.message : String(error);
}
/** ECONNREFUSED and its kind; not Node's own ERR_… codes, whose messages say more. */
function systemCode(error) {
    const code = codeOf(error);
    return code !== undefined && /^E(?!RR_)[A-Z_]+$/.test(code) ? code : undefined;
}
/** A Node error's code; a failed connection to every address of a host is an AggregateError of them. */
function codeOf(error) {
    if (error === null || typeof error !== 'object')
        return undefined;
    if ('code' in error && typeof error.code === 'string')
        return error.code;
    if (error instanceof AggregateError)
        return codeOf(error.errors[0]);
    return undefined;
}


/***/ }),

/***/ 904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_CONVERSATION_ATTEMPTS: () => (/* binding */ MAX_CONVERSATION_ATTEMPTS),
  STATE_RECORD_LIMIT: () => (/* binding */ STATE_RECORD_LIMIT),
  STOP_SIGNAL: () => (/* reexport */ STOP_SIGNAL),
  abortEndReason: () => (/* reexport */ abortEndReason),
  budgetExceeded: () => (/* reexport */ budgetExceeded),
  executeTrial: () => (/* binding */ executeTrial),
  expandSpell: () => (/* reexport */ expandSpell)
});

// EXTERNAL MODULE: ./src/util/lines.ts
var lines = __webpack_require__(895);
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
;// CONCATENATED MODULE: ./src/engine/types.ts
// ---------------------------------------------------------------- agent protocol
// The JSON shape exchanged with `http` and `command` agents (docs/agents.md, README). Versions only add fields:
// an agent written for an earlier version reads a later one's messages unchanged.
/** 1: `messages` only. 2: `protocol_version` and `history` (tool calls and results of earlier turns). */
const AGENT_PROTOCOL_VERSION = 2;

// EXTERNAL MODULE: ./src/suite/template.ts
var template = __webpack_require__(664);
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

// EXTERNAL MODULE: ./src/engine/http.ts
var http = __webpack_require__(3948);
// EXTERNAL MODULE: ./src/util/env-template.ts
var env_template = __webpack_require__(5238);
;// CONCATENATED MODULE: ./src/engine/interpolate.ts
/** `${ENV}` in agent URLs, headers and passthrough URLs (the references themselves: src/util/env-template.ts). */


function interpolateRecord(record, env) {
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, (0,env_template/* interpolateEnv */.Ti)(value, env)]));
}

// EXTERNAL MODULE: ./src/suite/ajv.ts
var ajv = __webpack_require__(3199);
// EXTERNAL MODULE: ./src/util/bounded.ts
var bounded = __webpack_require__(3177);
;// CONCATENATED MODULE: ./src/engine/tools/arguments.ts


/** Made on the first call of a tool with a schema: a run whose agent calls no tool never pays for it. */
const arguments_ajv = (0,ajv/* lazyAjv */.A)();
const compiled = new WeakMap();
/** `raw` is JSON text from an openai agent, or an already-parsed value from an http/command agent. */
function parseArguments(raw) {
    if (typeof raw !== 'string')
        return { ok: true, value: raw ?? {} };
    if (raw.trim() === '')
        return { ok: true, value: {} };
    try {
        return { ok: true, value: (0,bounded/* parseJsonBounded */.Xg)(raw) };
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
            validate = arguments_ajv().compile(tool.parameters);
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

// EXTERNAL MODULE: ./src/util/user-regex.ts
var user_regex = __webpack_require__(2455);
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
        const matched = mapping.match === 'exact'
            ? sameValue(args, when)
            : mapping.match === 'pattern'
                ? patternMatches(args, when)
                : containsValue(args, when);
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
/**
 * Pattern match: every key of `expected` is present; a string in `expected` is a regex (RE2, search: anchor it
 * with ^…$) the argument's text must match; other values match as in a partial match.
 */
function patternMatches(actual, expected) {
    if (isObject(expected)) {
        return (isObject(actual) &&
            Object.keys(expected).every((key) => key in actual && patternMatches(actual[key], expected[key])));
    }
    if (typeof expected === 'string') {
        if (isObject(actual) || Array.isArray(actual) || actual === undefined)
            return false;
        const compiled = (0,user_regex/* compileUserRegex */._)(expected);
        // The loader rejects what RE2 can not compile; an invalid pattern here matches nothing.
        return compiled.ok && compiled.regex.test(String(actual));
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

// EXTERNAL MODULE: ./src/engine/tools/module.ts
var tools_module = __webpack_require__(7704);
// EXTERNAL MODULE: ./src/engine/tools/state.ts
var tools_state = __webpack_require__(5795);
;// CONCATENATED MODULE: ./src/engine/tools/types.ts
/** The turn's failure when a tool's backend gave no answer; undefined for any other outcome. */
function unavailableTool(name, outcome) {
    if (outcome.unavailable === undefined)
        return undefined;
    return { ok: false, category: outcome.unavailable, message: `tool ${name}: ${outcome.error}`, source: 'tool' };
}

;// CONCATENATED MODULE: ./src/engine/tools/index.ts









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
            const { outcome, changes } = await answer(tool, call, parsed, options, signal);
            options.recorder.record({
                type: 'tool_call',
                callId: call.id,
                name: call.name,
                arguments: parsed.value,
                ...(outcome.error !== undefined ? { error: outcome.error } : { result: outcome.output }),
                durationMs: Math.round(performance.now() - started),
                strategy: tool?.strategy === 'passthrough' || tool?.strategy === 'state' || tool?.strategy === 'module'
                    ? tool.strategy
                    : 'mock',
            });
            if (changes.length > 0)
                options.recorder.record({ type: 'state_write', callId: call.id, tool: call.name, changes });
            return outcome;
        },
    };
}
async function answer(tool, call, parsed, options, signal) {
    const only = (outcome) => ({ outcome, changes: [] });
    if (!tool)
        return only({ error: `unknown tool "${call.name}"` });
    if (!parsed.ok)
        return only({ error: parsed.error });
    const invalid = validateArguments(tool, parsed.value);
    if (invalid)
        return only({ error: invalid });
    const args = parsed.value;
    const state = options.state ?? new tools_state/* TrialState */.sV({});
    if (tool.strategy === 'state' && tool.state) {
        const spec = tool.state;
        return state.transact((draft) => (0,tools_state/* runStateTool */.fP)(spec, args, draft));
    }
    if (tool.strategy === 'module' && tool.module) {
        const spec = tool.module;
        return state.transact((draft) => (0,tools_module/* runModuleTool */.W)(tool.name, spec, args, { state: draft, profile: options.profile }, { timeoutMs: options.mockTimeoutMs, signal }));
    }
    if (tool.strategy === 'passthrough')
        return only(await forward(tool, args, options, signal));
    return only(await answerMock(tool, args, {
        profile: options.profile,
        timeoutMs: options.mockTimeoutMs,
        signal,
    }));
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
            url = (0,env_template/* interpolateEnv */.Ti)(target.url, env);
            headers = interpolateRecord(target.headers, env);
        }
        catch (error) {
            return { ok: false, category: 'infrastructure', message: error instanceof Error ? error.message : String(error) };
        }
        return (0,http/* postJson */.B2)({ url, headers, body: args, timeoutMs: target.timeout_ms, signal });
    };
    const result = await throughTap(exchanges, { kind: 'passthrough-tool', target: tool.name, body: args }, live);
    if (result.ok)
        return { output: result.value };
    // A cancel is not the backend's; an HTTP error status is its answer, given to the agent like any other.
    const down = result.noAnswer === true && result.category !== 'cancelled';
    return down ? { error: result.message, unavailable: result.category } : { error: result.message };
}

;// CONCATENATED MODULE: ./src/engine/start.ts



function startingTurns(turns, profile) {
    return (turns ?? []).map((turn, index) => {
        if (turn.user !== undefined)
            return { role: 'user', text: (0,template/* renderTemplate */.Xm)(turn.user, profile), toolCalls: [] };
        const toolCalls = (turn.tool_calls ?? []).map((call, callIndex) => ({
            id: `recorded-${index}-${callIndex}`,
            name: call.name,
            arguments: (0,template/* renderTemplateDeep */.nh)(call.arguments, profile),
            ...(call.error !== undefined ? { error: call.error } : { result: (0,template/* renderTemplateDeep */.nh)(call.result, profile) }),
        }));
        return { role: 'agent', text: (0,template/* renderTemplate */.Xm)(turn.agent ?? '', profile), toolCalls };
    });
}
/** One text message per turn with words: the history the loop, the agent session and the simulated user share. */
function startingMessage(turn) {
    if (turn.role === 'agent' && turn.text === '')
        return undefined;
    return { role: turn.role === 'user' ? 'user' : 'assistant', content: turn.text };
}
function startingMessages(turns) {
    return turns.flatMap((turn) => startingMessage(turn) ?? []);
}
/**
 * The recorded turns' successful calls of stateful tools (`state`, `module`), run again over the trial's state so
 * it stands where the recording left it: a recorded refund is refunded in the state too. Nothing of it is traced or
 * told to the agent (the recorded results are); a call that fails against this state changes nothing.
 */
async function replayRecordedWrites(turns, tools, state, options) {
    const stateful = tools.filter((tool) => tool.strategy === 'state' || tool.strategy === 'module');
    const names = new Set(stateful.map((tool) => tool.name));
    const calls = turns
        .flatMap((turn) => turn.toolCalls)
        .filter((call) => call.error === undefined && names.has(call.name));
    if (calls.length === 0)
        return;
    const { signal, ...rest } = options;
    const layer = createToolLayer(stateful, { ...rest, state, recorder: new TraceRecorder() });
    for (const call of calls)
        await layer.call({ id: call.id, name: call.name, arguments: call.arguments }, signal);
}
/** The recorded turns as the trace's first events, each marked `recorded`. */
function recordStart(turns, recorder) {
    for (const turn of turns) {
        for (const call of turn.toolCalls) {
            recorder.record({
                type: 'tool_call',
                callId: call.id,
                name: call.name,
                arguments: call.arguments,
                ...(call.error !== undefined ? { error: call.error } : { result: call.result }),
                durationMs: 0,
                strategy: 'agent',
                recorded: true,
            });
        }
        const message = startingMessage(turn);
        if (!message)
            continue;
        if (message.role === 'user')
            recorder.record({ type: 'user_message', content: message.content, generated: false, recorded: true });
        else
            recorder.record({ type: 'agent_message', content: message.content, latencyMs: 0, recorded: true });
    }
}

;// CONCATENATED MODULE: ./src/engine/agents/context.ts
/**
 * What an agent session remembers of its conversation. The conversation loop
 * hands every turn the text history (user and assistant messages); between
 * those lines the agent also called tools and read their results. A session
 * keeps the whole record, in the shape its agent kind speaks (chat messages
 * for `openai`, protocol entries for `http`/`command`), so each turn's request
 * carries everything the agent did before, as it would in production.
 */

class SessionContext {
    fromText;
    entries = [];
    /** The text messages already in `entries`, to tell which ones of a history are new. */
    texts = [];
    constructor(fromText) {
        this.fromText = fromText;
    }
    /**
     * Brings the context up to `history` (adds the messages it has not seen: the
     * user's new message) and returns the whole context. A history that does not
     * extend what was seen (it never happens in a conversation) starts the
     * context over from the text, rather than sending the agent a mixed record.
     */
    catchUp(history) {
        const fresh = unseenMessages(this.texts, history);
        if (fresh === undefined) {
            this.entries.length = 0;
            this.texts.length = 0;
        }
        for (const message of fresh ?? history)
            this.addText(message);
        return this.entries;
    }
    /**
     * Opens the context with a conversation's recorded turns (before any turn): each turn's tool calls and their
     * recorded results, in the entries `toolEntries` makes, then its words.
     */
    startFrom(turns, toolEntries) {
        for (const turn of turns) {
            if (turn.toolCalls.length > 0)
                this.entries.push(...toolEntries(turn.toolCalls));
            const message = startingMessage(turn);
            if (message)
                this.addText(message);
        }
    }
    /** The whole context so far. */
    get all() {
        return this.entries;
    }
    /** Something the agent did within its turn: tool calls, tool results. */
    add(entry) {
        this.entries.push(entry);
    }
    /** The agent's reply: it ends the turn and is the next line of the text history. */
    addReply(content) {
        this.addText({ role: 'assistant', content });
    }
    addText(message) {
        this.texts.push(message);
        this.entries.push(this.fromText(message));
    }
}
/** The messages of `history` after `seen`, or undefined when `history` does not start with `seen`. */
function unseenMessages(seen, history) {
    if (history.length < seen.length)
        return undefined;
    const same = seen.every((message, index) => history[index]?.role === message.role && history[index]?.content === message.content);
    return same ? history.slice(seen.length) : undefined;
}

;// CONCATENATED MODULE: ./src/engine/agents/protocol.ts
/**
 * The JSON protocol shared by `http` and `command` agents: a turn request,
 * answered by a reply or by a request to run tools (answered with
 * `tool_results`, then read again), bounded in rounds. Each turn request
 * carries the conversation twice: `messages`, the words (version 1), and
 * `history`, the words with the tool calls and results between them
 * (version 2), which a stateless agent needs to know what it already did.
 */




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
function protocolContext(start = []) {
    const context = new SessionContext((message) => ({
        role: message.role,
        content: message.content,
    }));
    context.startFrom(start, recordedProtocolEntries);
    return context;
}
/** Recorded tool calls as the protocol's history shows the ones Rehearse ran: the call, then each result. */
function recordedProtocolEntries(calls) {
    return [
        { role: 'assistant', tool_calls: calls.map(({ id, name, arguments: args }) => ({ id, name, arguments: args })) },
        ...calls.map((call) => ({
            role: 'tool',
            tool_call_id: call.id,
            name: call.name,
            ...(call.error !== undefined ? { error: call.error } : { output: call.result }),
        })),
    ];
}
async function protocolTurn(exchange, request, context, deps, signal) {
    const history = context.catchUp(request.messages);
    let message = {
        type: 'turn',
        protocol_version: AGENT_PROTOCOL_VERSION,
        session_id: deps.sessionId,
        turn: request.turn,
        messages: request.messages,
        // A copy: the context grows during the turn, and a cassette may keep the message.
        history: [...history],
        profile: request.profile,
        tools: deps.tools.definitions,
    };
    for (let round = 0; round <= request.maxToolRounds; round++) {
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
            context.addReply(response.reply);
            return { ok: true, reply: response.reply };
        }
        if (round === request.maxToolRounds)
            break;
        context.add({ role: 'assistant', tool_calls: response.call_tools });
        const results = [];
        for (const call of response.call_tools) {
            const outcome = await deps.tools.call(call, signal);
            const unavailable = unavailableTool(call.name, outcome);
            if (unavailable)
                return unavailable;
            const result = outcome.error !== undefined ? { id: call.id, error: outcome.error } : { id: call.id, output: outcome.output };
            results.push(result);
            const { id, ...answer } = result;
            context.add({ role: 'tool', tool_call_id: id, name: call.name, ...answer });
        }
        message = { type: 'tool_results', protocol_version: AGENT_PROTOCOL_VERSION, session_id: deps.sessionId, results };
    }
    return {
        ok: false,
        category: 'infrastructure',
        message: `the agent asked for tools ${request.maxToolRounds + 1} times without replying ` +
            `(max_tool_rounds: ${request.maxToolRounds})`,
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/engine/agents/watchdog.ts
/**
 * Command agents must not outlive Rehearse, even when Rehearse is SIGKILLed
 * or OOM-killed and none of its own code runs. Linux's PDEATHSIG is not
 * reachable from Node, so a tiny watchdog process does it: it reads the
 * process groups of live agents from a pipe, and when that pipe reaches EOF
 * (Rehearse is gone: the kernel closes its end whatever the cause) it
 * SIGKILLs every group still listed, then exits.
 *
 * One watchdog per Rehearse process, started before the first command agent
 * is spawned, in its own process group (a terminal Ctrl-C does not reach it),
 * and unreferenced so it never keeps Rehearse alive. Inline source (`node -e`),
 * so the bundled action needs no extra file.
 *
 * On Linux it then also ends every process carrying this Rehearse process's
 * agent mark (process-group.ts): an agent spawned but not yet listed when the
 * kill landed, and processes that left their group (`setsid`). It looks a few
 * times over a second, so an agent caught between fork and exec is found once
 * it has exec'd.
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
const fs = require('node:fs');
const token = process.argv[1] || '';
const kill = (pid) => { try { process.kill(pid, 'SIGKILL'); } catch {} };
const sweepMarked = () => {
  if (process.platform !== 'linux' || !token) return;
  let names = [];
  try { names = fs.readdirSync('/proc'); } catch { return; }
  for (const name of names) {
    if (!/^\\d+$/.test(name)) continue;
    try {
      const environ = fs.readFileSync('/proc/' + name + '/environ', 'utf8');
      if (!environ.split('\\0').some((entry) => entry.startsWith('REHEARSE_AGENT_MARK=' + token + '.'))) continue;
      const pgid = Number(fs.readFileSync('/proc/' + name + '/stat', 'utf8').replace(/^.*\\) /s, '').split(' ')[2]);
      if (pgid === Number(name)) kill(-pgid);
      kill(Number(name));
    } catch {}
  }
};
let ending = false;
const killAll = () => {
  if (ending) return;
  ending = true;
  for (const pid of groups) kill(-pid);
  sweepMarked();
  let sweeps = 0;
  const again = setInterval(() => {
    sweepMarked();
    if (++sweeps >= 5) process.exit(0);
  }, 200);
  setTimeout(() => process.exit(0), 1500);
};
process.stdin.on('end', killAll);
process.stdin.on('error', killAll);
`;
let watchdog;
let unavailable = false;
/** Starts the watchdog (once); `token` is the agent mark's prefix it sweeps for (process-group.ts). */
function ensureWatchdog(token = '') {
    if (watchdog || unavailable)
        return watchdog;
    try {
        const child = (0,external_node_child_process_.spawn)(process.execPath, ['-e', WATCHDOG_SOURCE, token], {
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

;// CONCATENATED MODULE: ./src/engine/agents/process-group.ts
/**
 * Starting and ending a command agent's processes so that none outlives the
 * run (docs/agents.md#processes says what can and cannot be reached).
 *
 * - The agent starts in its own process group and session (`detached`), and
 *   the watchdog (watchdog.ts) is running before it is spawned.
 * - Every agent process carries a mark in its environment (AGENT_MARK), with
 *   this Rehearse process's token and the agent's number. Processes inherit
 *   it, also those that leave the group with `setsid` or double-fork away from
 *   their parent, so on Linux they are found in /proc and ended: when the
 *   agent is stopped (its mark), and by the watchdog when Rehearse is killed
 *   (the token), which also covers a SIGKILL landing between the spawn and the
 *   moment the agent's group was handed to the watchdog.
 * - Descendants by parent pid are found too (a child that cleared its
 *   environment but still has its parent), walked before anything is killed.
 */




/** The environment variable that marks an agent's processes: `<token>.<agent number>`. */
const AGENT_MARK = 'REHEARSE_AGENT_MARK';
/** This Rehearse process's token: its pid and a random part (pids are reused). */
const RUN_TOKEN = `${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
let agentCount = 0;
/**
 * Spawns an agent in its own process group, with its mark, and hands the group to the watchdog (started first, so
 * a kill right after the spawn still finds the agent by its mark).
 */
function spawnAgent(executable, args, options) {
    ensureWatchdog(RUN_TOKEN);
    const mark = `${RUN_TOKEN}.${++agentCount}`;
    const child = (0,external_node_child_process_.spawn)(executable, args, {
        ...options,
        env: { ...options.env, [AGENT_MARK]: mark },
        // Its own process group: terminal signals reach Rehearse only, and the group can be killed as a whole.
        detached: true,
    });
    if (child.pid !== undefined) {
        liveGroups.add(child.pid);
        guardProcessGroup(child.pid);
    }
    return { child, mark };
}
/** The group is stopped: no longer killed at exit nor by the watchdog (its id may be reused). */
function forgetGroup(pgid) {
    liveGroups.delete(pgid);
    releaseProcessGroup(pgid);
}
/**
 * Process groups of agents started and not yet stopped: killed if Rehearse exits first, whatever the path
 * (process.exit, an uncaught error).
 */
const liveGroups = new Set();
process.once('exit', () => {
    for (const pid of liveGroups)
        signalGroup(pid, 'SIGKILL');
    if (agentCount > 0)
        for (const pid of markedProcesses(`${RUN_TOKEN}.`))
            signalProcess(pid, 'SIGKILL');
});
/** false when the group is empty (or gone). */
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false;
    }
}
function signalProcess(pid, signal) {
    try {
        process.kill(pid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Linux: the processes of an agent outside its own group — those carrying its mark, and the descendants of its
 * leader by parent pid — found in /proc. Empty elsewhere: there only the group is reached.
 */
function escapedProcesses(leader, mark) {
    const table = processTable();
    const found = new Set();
    for (const entry of table)
        if (entry.mark === mark)
            found.add(entry.pid);
    // Descendants by parent pid, level by level.
    let frontier = [leader, ...found];
    const seen = new Set(frontier);
    while (frontier.length > 0) {
        const parents = new Set(frontier);
        frontier = [];
        for (const entry of table) {
            if (parents.has(entry.ppid) && !seen.has(entry.pid)) {
                seen.add(entry.pid);
                found.add(entry.pid);
                frontier.push(entry.pid);
            }
        }
    }
    found.delete(leader);
    return [...found].filter((pid) => table.find((entry) => entry.pid === pid)?.pgid !== leader);
}
/** Linux: every live process whose mark starts with `prefix`. */
function markedProcesses(prefix) {
    return processTable()
        .filter((entry) => entry.mark?.startsWith(prefix))
        .map((entry) => entry.pid);
}
/** Linux /proc, read once: pid, parent, group and mark of every live process we may read. Empty elsewhere. */
function processTable() {
    if (process.platform !== 'linux')
        return [];
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const entries = [];
    for (const name of names) {
        if (!/^\d+$/.test(name))
            continue;
        try {
            // Fields after the command name (which may hold spaces and parentheses): state, ppid, pgrp, …
            const fields = (0,external_node_fs_.readFileSync)(`/proc/${name}/stat`, 'utf8')
                .replace(/^.*\) /s, '')
                .split(' ');
            if (fields[0] === 'Z' || fields[0] === 'X')
                continue;
            entries.push({ pid: Number(name), ppid: Number(fields[1]), pgid: Number(fields[2]), mark: markOf(name) });
        }
        catch {
            // gone meanwhile
        }
    }
    return entries;
}
function markOf(pid) {
    try {
        const environ = (0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`, 'utf8');
        const at = environ.indexOf(`${AGENT_MARK}=`);
        if (at < 0 || (at > 0 && environ[at - 1] !== '\0'))
            return undefined;
        const end = environ.indexOf('\0', at);
        return environ.slice(at + AGENT_MARK.length + 1, end < 0 ? undefined : end);
    }
    catch {
        return undefined; // another user's process, or gone
    }
}

;// CONCATENATED MODULE: ./src/engine/agents/ignored-lines.ts
/** Ignored lines quoted one by one; beyond them, one last report counts them all. */
const QUOTED_LINES = 3;
const LINE_EXCERPT_CHARS = 200;
/** An unawaited line is parsed (to tell an answer from a log line) only this short: a long one is not read. */
const HINT_PARSE_CHARS = 100_000;
/** The `turn` an answer echoes, if it has one (a number; anything else is not an echo). */
function echoedTurn(answer) {
    if (answer === null || typeof answer !== 'object' || Array.isArray(answer))
        return undefined;
    const turn = answer.turn;
    return typeof turn === 'number' ? turn : undefined;
}
/** Records the ignored lines of one session in its trace: the first few quoted, then a count. */
class IgnoredLineReport {
    agentId;
    recorder;
    seen = 0;
    recorded = 0;
    quiet = false;
    /** The session is closing and nothing was ignored before: a line now (a farewell) shifted nothing. */
    closingClean = false;
    constructor(agentId, recorder) {
        this.agentId = agentId;
        this.recorder = recorder;
    }
    add(ignored) {
        if (this.closingClean)
            return;
        if (++this.seen > QUOTED_LINES)
            return;
        this.record(describe(this.agentId, ignored));
    }
    /** No more reports: the conversation failed, and lines written after that would hide why as the last error. */
    silence() {
        this.quiet = true;
    }
    /**
     * The conversation is over and its process is being stopped. A line written now can not be taken for an answer:
     * from an agent that wrote none out of turn before, it is a farewell, not a fault (agents that print one on exit
     * passed before answers were checked). After earlier ignored lines it is reported like them: the last of a run
     * of late answers often comes now.
     */
    closing() {
        this.closingClean = this.seen === 0;
    }
    /** At the end of the session: how many lines were ignored, when more than were quoted. */
    finish() {
        if (this.seen <= QUOTED_LINES)
            return;
        this.record(`the agent "${this.agentId}" wrote ${this.seen} lines that answered nothing awaited, all ignored ` +
            `(the first ${QUOTED_LINES} quoted)`);
    }
    record(message) {
        // A line written after the conversation ended in an error (the agent's, the simulator's, a cancel) is noise
        // beside it: the trial's reason is its last error.
        if (this.quiet || this.errorsInTrace() > this.recorded)
            return;
        this.recorded++;
        this.recorder.record({ type: 'error', source: 'agent', category: 'infrastructure', message });
    }
    errorsInTrace() {
        return this.recorder.events.filter((event) => event.type === 'error').length;
    }
}
function describe(agentId, ignored) {
    const quoted = ignored.line.slice(0, LINE_EXCERPT_CHARS);
    if (ignored.kind === 'other-turn') {
        return (`the agent "${agentId}" answered "turn": ${ignored.echoed} while its answer to ${named(ignored.awaited)} ` +
            `was awaited; ignored (a late or repeated answer): ${quoted}`);
    }
    const after = ignored.after ? ` (after its answer to ${named(ignored.after)})` : '';
    return `the agent "${agentId}" wrote a line when no answer was awaited${after}; ignored: ${quoted}${hint(ignored)}`;
}
/** What the author can do about an unawaited line. */
function hint(ignored) {
    if (ignored.line.length > HINT_PARSE_CHARS)
        return '';
    let answer;
    try {
        answer = JSON.parse(ignored.line);
    }
    catch {
        return ' (logs go to stderr)';
    }
    if (echoedTurn(answer) !== undefined || !ignored.after)
        return '';
    // Without an echoed turn, a late answer that came while the next one was awaited was taken for it.
    return (` — if it is the answer to ${named(ignored.after)}, the line taken for that was a late or repeated answer ` +
        `to an earlier message; answers that echo the request's "turn" are never mistaken for another turn's`);
}
function named(answer) {
    return answer.round === 0 ? `"turn": ${answer.turn}` : `"turn": ${answer.turn}, tool results round ${answer.round}`;
}

;// CONCATENATED MODULE: ./src/engine/agents/command.ts
/**
 * `command` agents: one process per trial, one JSON line per protocol message
 * on stdin, one JSON line back on stdout. A crash, a non-JSON line, a timeout
 * or an early exit becomes a failed turn, never an exception. A line that
 * answers nothing awaited (a repeated or late answer, junk between turns) is
 * ignored and reported, never taken for the next answer (ignored-lines.ts).
 *
 * The process runs in its own process group (`detached`): a terminal Ctrl-C
 * reaches Rehearse only, which stops its agents itself, and stopping an agent
 * signals the whole group, so a wrapper's children (`bash -c "node agent.mjs"`)
 * go with it; processes that left the group are found as well where the
 * platform allows (process-group.ts). Stopping never waits without a deadline.
 * A watchdog process (watchdog.ts) kills what is left if Rehearse itself is
 * killed.
 */






/** How long a process may take to exit after its stdin closes before its group gets SIGTERM. */
const EXIT_GRACE_MS = 500;
/** How long the group gets after SIGTERM before SIGKILL. */
const TERM_GRACE_MS = 500;
/** After SIGKILL: the most we wait for the 'exit' event (a process in uninterruptible sleep can take a moment). */
const KILL_WAIT_MS = 1_000;
/** How often we look whether a signalled group is empty. */
const GROUP_POLL_MS = 20;
/** Stderr shown to explain a crash. */
const STDERR_TAIL_CHARS = 500;
/**
 * Stderr kept to find that explanation in: Node prints the error's own message above its stack trace, which
 * alone can fill the last 500 characters.
 */
const STDERR_KEPT_CHARS = 16_000;
/** Lines that say where, not what: stack frames (Node, Python), Node's caret and version lines. */
const NOT_THE_MESSAGE = [/^\s+at\s/, /^\s+File ".*", line \d+/, /^\s*\^+\s*$/, /^Node\.js v\d/];
/**
 * The line that names the error (`Error: Cannot find module …`, `ModuleNotFoundError: …`): what follows it may be
 * only the error object's fields (`code: 'MODULE_NOT_FOUND'`, `requireStack: []`, `}`), which say little alone.
 */
const ERROR_LINE = /^(?:Uncaught )?(?:[A-Z]\w*)?(?:Error|Exception)\b.*:|^(?:error|fatal|panic)\b/i;
/** Lines of stderr shown from the error's own line on (or at the end, when no line names the error). */
const STDERR_LINES_SHOWN = 3;
/** An error line further from the end than this is an earlier, handled one: the end says what ended the process. */
const ERROR_LINE_REACH = 10;
/** Turns named in a timeout's message when the only answers that came echoed other turns. */
const OTHER_TURNS_NAMED = 5;
function createCommandAgent(agent, deps) {
    let process_;
    let turnIndex = 0;
    const context = protocolContext(deps.start);
    const ignored = new IgnoredLineReport(agent.id, deps.recorder);
    return {
        async turn(messages, signal) {
            const turn = turnIndex++;
            let round = 0;
            // Started on the first message that goes live: a turn replayed from a cassette spawns nothing.
            const live = (message, answerFor, turnSignal) => {
                process_ ??= new AgentProcess(agent, deps.env, (line) => ignored.add(line));
                return process_.exchange(JSON.stringify(message), answerFor, agent.timeout_ms, turnSignal);
            };
            const exchange = (message, turnSignal) => {
                const answerFor = { turn, round: round++ };
                return throughTap(deps.exchanges, { kind: 'command-agent', target: agent.id, body: message }, () => live(message, answerFor, turnSignal));
            };
            const profile = agent.profile_context ? deps.profile : null;
            const outcome = await protocolTurn(exchange, { maxToolRounds: agent.max_tool_rounds, turn, messages, profile }, context, deps, signal);
            if (!outcome.ok)
                ignored.silence();
            return outcome;
        },
        async close() {
            // Lines written while the process stops are read too; reported after earlier stray lines only (closing()).
            ignored.closing();
            await process_?.stop();
            ignored.finish();
        },
    };
}
class AgentProcess {
    onIgnored;
    child;
    /** Its AGENT_MARK: how the processes that left its group are found. */
    mark;
    stdoutLines = new lines/* LineSplitter */.g();
    stderrTail = '';
    waiter;
    /** The answer the waiter waits for; the last one asked for stays, to say what a later stray line came after. */
    awaited;
    /** The turns echoed by the answers ignored while the current one was awaited: a timeout then says why. */
    otherTurnsMeanwhile = new Set();
    /**
     * Whether this agent's `turn` echoes the request's, decided by its first answer that has one: an agent that
     * already sent a `turn` of its own (counted from 1, say) before the echo existed keeps having its answers taken.
     */
    echoesTurns;
    failure;
    exited;
    stopping;
    constructor(agent, env, onIgnored) {
        this.onIgnored = onIgnored;
        const [program, ...args] = agent.command;
        // `node` means the Node running Rehearse, whatever `node` is first on PATH.
        const executable = program === 'node' ? process.execPath : program;
        // Its own process group, its mark, and the watchdog running before it starts (process-group.ts).
        ({ child: this.child, mark: this.mark } = spawnAgent(executable, args, {
            cwd: agent.cwd ?? process.cwd(),
            env: { ...process.env, ...env, ...agent.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        }));
        // 'exit', not 'close': a grandchild holding the pipes open must not keep us waiting.
        this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
        this.child.stdout?.setEncoding('utf8').on('data', (chunk) => this.onStdout(chunk));
        this.child.stderr?.setEncoding('utf8').on('data', (chunk) => {
            this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_KEPT_CHARS);
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
    exchange(line, awaited, timeoutMs, signal) {
        if (this.failure)
            return Promise.resolve({ ok: false, category: 'infrastructure', message: this.failure });
        this.awaited = awaited;
        this.otherTurnsMeanwhile.clear();
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                const message = `the agent process did not answer within ${timeoutMs} ms${this.otherTurnsNote()}`;
                finish({ ok: false, category: 'timeout', message });
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
        // Found before anything is signalled: once the leader is gone its children have another parent.
        const escaped = escapedProcesses(pid, this.mark);
        for (const stray of escaped)
            signalProcess(stray, 'SIGTERM');
        if (signalGroup(pid, 'SIGTERM'))
            await untilGroupGone(pid, this.exited, TERM_GRACE_MS);
        signalGroup(pid, 'SIGKILL');
        // Again after the group is gone: a process that left it meanwhile (setsid after the first look).
        for (const stray of new Set([...escaped, ...escapedProcesses(pid, this.mark)]))
            signalProcess(stray, 'SIGKILL');
        await Promise.race([this.exited, delay(KILL_WAIT_MS)]);
        forgetGroup(pid);
        // A process that escaped the group (setsid) may still hold the pipes: they are not ours to wait for.
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        this.child.stdin?.destroy();
    }
    onStdout(chunk) {
        for (const line of this.stdoutLines.push(chunk))
            if (line.trim() !== '')
                this.onLine(line);
    }
    /**
     * Each line as it arrives, never queued: one that comes while no answer is awaited belongs to no request, and
     * kept for the next it would shift every later turn by one.
     */
    onLine(line) {
        const { waiter, awaited } = this;
        if (!waiter || !awaited)
            return this.onIgnored({ kind: 'unawaited', line, after: awaited });
        let value;
        try {
            value = (0,bounded/* parseJsonBounded */.Xg)(line);
        }
        catch {
            return waiter({
                ok: false,
                category: 'infrastructure',
                message: `the agent printed a line that is not JSON: ${line.slice(0, 200)}`,
            });
        }
        const echoed = echoedTurn(value);
        if (echoed !== undefined)
            this.echoesTurns ??= echoed === awaited.turn;
        // A late answer to an earlier turn (or a repeat): the awaited one may still come.
        if (this.echoesTurns && echoed !== undefined && echoed !== awaited.turn) {
            // A few name the mistake; an agent flooding other turns must not grow the set until the timeout.
            if (this.otherTurnsMeanwhile.size < OTHER_TURNS_NAMED)
                this.otherTurnsMeanwhile.add(echoed);
            return this.onIgnored({ kind: 'other-turn', line, awaited, echoed });
        }
        waiter({ ok: true, value });
    }
    /** An agent that echoed its turns, then stopped echoing the awaited one (a stale counter), never answers: say so. */
    otherTurnsNote() {
        const turns = [...this.otherTurnsMeanwhile];
        if (turns.length === 0 || !this.awaited)
            return '';
        return (` with "turn": ${this.awaited.turn}; it answered "turn": ${turns.join(', ')} meanwhile, ` +
            `ignored (an answer's "turn" must echo its request's)`);
    }
    fail(message) {
        this.failure ??= message;
        this.waiter?.({ ok: false, category: 'infrastructure', message: this.failure });
    }
    stderrSuffix() {
        const lines = this.stderrTail
            .split('\n')
            .filter((line) => line.trim() !== '' && !NOT_THE_MESSAGE.some((pattern) => pattern.test(line)))
            .map((line) => line.trim());
        const named = lines.findLastIndex((line) => ERROR_LINE.test(line));
        const shown = named >= 0 && named >= lines.length - ERROR_LINE_REACH
            ? lines.slice(named, named + STDERR_LINES_SHOWN)
            : lines.slice(-STDERR_LINES_SHOWN);
        const tail = shown.join(' | ');
        return tail ? `: ${tail.length > STDERR_TAIL_CHARS ? `…${tail.slice(-STDERR_TAIL_CHARS)}` : tail}` : '';
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

// EXTERNAL MODULE: ./src/llm/retry.ts
var retry = __webpack_require__(5709);
// EXTERNAL MODULE: ./src/util/sleep.ts
var sleep = __webpack_require__(7783);
;// CONCATENATED MODULE: ./src/engine/agents/http.ts






function createHttpAgent(agent, deps) {
    let turnIndex = 0;
    const context = protocolContext(deps.start);
    return {
        async turn(messages, signal) {
            const tally = { retries: 0, waitedMs: 0 };
            // The URL and headers are filled in only when a message goes live: a replay needs neither the agent nor its key.
            const live = (body, turnSignal) => {
                let url;
                let headers;
                try {
                    url = (0,env_template/* interpolateEnv */.Ti)(agent.url, deps.env);
                    headers = interpolateRecord(agent.headers, deps.env);
                }
                catch (error) {
                    const message = error instanceof Error ? error.message : String(error);
                    return Promise.resolve({ ok: false, category: 'infrastructure', message });
                }
                const post = { url, headers, body, timeoutMs: agent.timeout_ms, signal: turnSignal };
                return postRetrying(post, { retries: deps.retries ?? 0, onRetry: deps.onRetry }, tally);
            };
            // Retries happen inside `live`: a cassette records only the final answer, and a replay never retries.
            const exchange = (body, turnSignal) => throughTap(deps.exchanges, { kind: 'http-agent', target: agent.id, body }, () => live(body, turnSignal));
            const profile = agent.profile_context ? deps.profile : null;
            const outcome = await protocolTurn(exchange, { maxToolRounds: agent.max_tool_rounds, turn: turnIndex++, messages, profile }, context, deps, signal);
            if (!outcome.ok || tally.retries === 0)
                return outcome;
            return { ...outcome, retries: tally.retries, retryWaitMs: tally.waitedMs };
        },
        async close() { },
    };
}
/**
 * POSTs `options`, sending it again (up to `retries` times, with the LLM calls' backoff and Retry-After cap) only
 * while the server certainly did not process it (postJsonOnce's `unprocessed`): the agent may have acted on anything
 * else, and a second send would make it act twice. Each attempt has the whole `timeoutMs`; a cancel ends the wait.
 */
async function postRetrying(options, { retries, onRetry }, tally) {
    const backoff = (0,retry/* backoffOf */.Yg)();
    for (let attempt = 1;; attempt++) {
        const { outcome, unprocessed } = await (0,http/* postJsonOnce */.QJ)(options);
        if (outcome.ok || !unprocessed)
            return outcome;
        const step = (0,retry/* nextRetry */.GL)(unprocessed, attempt, retries, backoff);
        // With retries off the failure reads as it always did, without "gave up after 1 attempt".
        if (!step.retry)
            return retries === 0 ? outcome : { ...outcome, message: `${outcome.message}${step.suffix}` };
        onRetry?.({ attempt, delayMs: step.delayMs, reason: unprocessed.reason });
        const waitStarted = performance.now();
        const waited = await (0,sleep/* sleepUnlessAborted */.b)(step.delayMs, options.signal);
        tally.waitedMs += performance.now() - waitStarted;
        if (!waited)
            return { ok: false, category: 'cancelled', message: 'cancelled' };
        tally.retries++;
    }
}

// EXTERNAL MODULE: ./src/llm/types.ts
var types = __webpack_require__(7222);
;// CONCATENATED MODULE: ./src/engine/agents/openai.ts
/**
 * `openai` agents: a chat model with a system prompt and tools. Its tool
 * calls are answered by the tool layer and the model is called again, until
 * it replies in words or `max_tool_rounds` is spent. Every request carries
 * the whole conversation as the chat API expects it: earlier turns' assistant
 * messages with their `tool_calls` and the `tool` results, not only the words.
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
    const context = new SessionContext((message) => message);
    context.startFrom(deps.start ?? [], recordedChatMessages);
    return {
        async turn(messages, signal) {
            const history = context.catchUp(messages);
            // The agent speaks first and has no system prompt: chat APIs refuse an empty message list.
            const opening = preamble.length === 0 && history.length === 0
                ? [{ role: 'system', content: CONVERSATION_STARTS }]
                : [];
            try {
                return await replyAfterTools(agent, endpoint, [...preamble, ...opening], context, deps, signal);
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
/** Recorded tool calls as the chat API carries them: an assistant message with the calls, then a tool message each. */
function recordedChatMessages(calls) {
    return [
        {
            role: 'assistant',
            content: null,
            tool_calls: calls.map((call) => ({ id: call.id, name: call.name, arguments: JSON.stringify(call.arguments) })),
        },
        ...calls.map((call) => ({
            role: 'tool',
            tool_call_id: call.id,
            content: JSON.stringify(call.error !== undefined ? { error: call.error } : (call.result ?? null)),
        })),
    ];
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
/** One turn: the model is called, its tool calls answered (and kept in the context), until it replies. */
async function replyAfterTools(agent, endpoint, preamble, context, deps, signal) {
    const tools = deps.tools.definitions;
    let queuedMs = 0;
    for (let round = 0; round <= agent.max_tool_rounds; round++) {
        const result = await deps.chat.complete({
            endpoint,
            // A copy: the context grows after the call, and a recorder or cassette may keep the request.
            messages: [...preamble, ...context.all],
            ...(tools.length ? { tools } : {}),
            signal,
        });
        deps.recorder.llmCall('agent', endpoint.model, result);
        queuedMs += result.queuedMs ?? 0;
        if (result.toolCalls.length === 0) {
            const reply = result.content ?? '';
            context.addReply(reply);
            return { ok: true, reply, ...(queuedMs > 0 ? { queuedMs } : {}) };
        }
        if (round === agent.max_tool_rounds)
            break;
        context.add({ role: 'assistant', content: result.content, tool_calls: result.toolCalls });
        for (const call of result.toolCalls) {
            const outcome = await deps.tools.call(call, signal);
            const unavailable = unavailableTool(call.name, outcome);
            if (unavailable)
                return unavailable;
            const content = JSON.stringify(outcome.error !== undefined ? { error: outcome.error } : (outcome.output ?? null));
            context.add({ role: 'tool', tool_call_id: call.id, content });
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

;// CONCATENATED MODULE: ./src/engine/guard-text.ts
/**
 * Text helpers of the simulator guard (guard.ts): what a message quotes, what
 * the instructions give the user to say, and the longest run of words two
 * texts share.
 */
/**
 * Quoted spans: "…", “…”, «…», „…“, and '…' / ‘…’ when the quote marks stand
 * at word edges (the apostrophes of "don't" or "customers'" open nothing).
 */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]|(?<![\p{L}\p{N}])['‘][^\n]*?['’](?![\p{L}\p{N}])/gu;
/** The text with what it quotes left out (a gap is left, so words on either side do not join). */
function withoutQuotes(text) {
    return text.replace(QUOTED, ' … ');
}
/**
 * A colon that introduces words for the user to say: "End every reply with
 * this sentence: …", "Ask the agent: …", "say: …". The words before the
 * colon (at most SAY_WINDOW of them) name the saying.
 */
const SAY_WORDS = /\b(?:say|says|saying|tell|ask|asks|reply|replies|respond|answer|write|end|ends|finish|close|sign|message|messages|sentence|phrase|words|line|closing|quote|verbatim|exactly)\b/i;
const SAY_WINDOW = 8;
/**
 * The instructions without the words they give the user to say (quoted, or
 * after a saying colon, to the end of the line): a user who says them is
 * doing what they were told, not leaking the instructions.
 */
function withoutWordsToSay(instructions) {
    return withoutQuotes(instructions)
        .split('\n')
        .map((line) => {
        const colon = line.indexOf(':');
        if (colon < 0)
            return line;
        const before = line.slice(0, colon).split(/\s+/).slice(-SAY_WINDOW).join(' ');
        return SAY_WORDS.test(before) ? `${line.slice(0, colon)} …` : line;
    })
        .join('\n');
}
function words(text) {
    return text
        .toLowerCase()
        .replace(/’/g, "'")
        .split(/[^\p{L}\p{N}']+/u)
        .filter(Boolean);
}
/**
 * Every maximal run of at least `min` consecutive words the two texts share,
 * as the words of `a` (dynamic programming over one row at a time).
 */
function sharedRuns(a, b, min) {
    const runs = [];
    let previous = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        const current = new Array(b.length + 1).fill(0);
        for (let j = 1; j <= b.length; j++) {
            if (a[i - 1] !== b[j - 1])
                continue;
            const length = (previous[j - 1] ?? 0) + 1;
            current[j] = length;
            const endsHere = i === a.length || j === b.length || a[i] !== b[j];
            if (length >= min && endsHere)
                runs.push(a.slice(i - length, i));
        }
        previous = current;
    }
    return runs;
}

;// CONCATENATED MODULE: ./src/engine/guard.ts
/**
 * The simulator guard: a simulated user that answers as the agent, leaks its
 * instructions, or says nothing has broken the test, not the agent. Such a
 * message is flagged; the engine retries the conversation once, then marks
 * the trial invalid.
 *
 * Calibrated on real users (test/engine/fixtures/guard-corpus/, measured by
 * `npx tsx scripts/guard-calibration.ts`): they restate their request in the
 * instructions' words, end every reply with the sentence they were told to,
 * quote the agent ("you keep saying 'how can I help you'"), and talk about AI,
 * instructions or their role for ordinary reasons. So the patterns look for
 * the agent's voice and the simulator's set-up, not for the words alone, and
 * quoted text is not the user's own voice.
 */

/** Things an assistant says, not a customer. Each one is the whole offer or claim, not its first words. */
const ROLE_SWAP_PATTERNS = [
    // "How can I help you today?", not "How can I help you find it faster?"
    /\bhow (?:can|may|could) i (?:help|assist) you(?: today| further| now| with (?:that|this|anything(?: else)?|your [\p{L}\p{N} ]{1,30}?))?(?: today)?\s*(?:[?.!,]|$)/iu,
    // "Is there anything else I can help you with?", not "Is there anything else I can do?"
    /\bis there anything else (?:that )?i (?:can|could|may) (?:help you|assist you|do for you|help with\s*[?.!]|assist with\s*[?.!])/i,
    // "As an AI, I…", not "As an AI researcher I…"
    /\bas an ai(?: language model| assistant| model| system)?(?:\s*(?:[,.;:!?]|$)| i\b)/i,
    // "I'm a virtual assistant for this store", not "I'm a virtual assistant myself" (a job) or "I'm an AI researcher"
    new RegExp(String.raw `\bi(?:'m|’m| am) (?:just |only |simply )?an? ` +
        String.raw `(?:ai(?: language model| assistant| model| system| chatbot)?|` +
        String.raw `(?:virtual|digital|automated) assistant|(?:large )?language model|chatbot|bot)` +
        String.raw `(?=\s*(?:[,.;:!?]|$|` +
        String.raw `(?:and|but|so|here|designed|created|trained|built|developed|programmed|made)\b|` +
        String.raw `(?:that|who|with|from|working)\b|` +
        String.raw `(?:for|of|at) (?:this|the|our|your)\b))`, 'i'),
    /\bthank you for (?:calling|contacting|reaching out to|choosing) (?:us|our)\b/i,
];
/**
 * A simulated user talking about its own set-up. Kept narrow on purpose:
 * "I was told to call you", "I'm testing customer service", "my instructions
 * booklet", a red-team user's "show me your system prompt" are things real
 * users say.
 */
const LEAK_PATTERNS = [
    /\bmy system prompt\b|\bsystem prompt (?:says|said|tells|told|instructs)\b/i,
    /\bmy (?:instructions|objective|persona)\b(?! (?:booklet|manual|leaflet|sheet|page|pdf|card|book|guide|sticker)s?\b)/i,
    /\b(?:simulated|simulating an?) (?:user|customer|caller)\b/i,
    /\brole-?play(?:ing)?\b/i,
];
/** This many words in a row copied from the instructions may be a leak, not a coincidence. */
const LEAK_MIN_SHARED_WORDS = 12;
/**
 * A copied run is a leak when it keeps the instructions' framing: they speak
 * to the simulator in the second person ("you bought…", "if the agent asks,
 * you say…"), or about its set-up. A user restating the request turns "you"
 * into "I", which breaks the run; a run without them is the request itself
 * (the items, the order, the dates), which real users repeat word for word.
 */
const FRAMING_WORDS = new Set([
    'you',
    'your',
    'yours',
    'yourself',
    "you're",
    "you've",
    "you'd",
    "you'll",
    'instructions',
    'persona',
    'scenario',
    'simulator',
    'simulated',
    'objective',
    'roleplay',
    'prompt',
]);
/**
 * Instructions may also be imperatives without "you" ("Be upset, mention the
 * screen early…"). A user tells the agent what to do ("Cancel my order…"),
 * but never how to behave: a copied run that opens a clause of the message
 * with one of these verbs is the simulator reading out its manner.
 */
const MANNER_VERBS = new Set([
    'be',
    'act',
    'pretend',
    'insist',
    'mention',
    'behave',
    'play',
    'stay',
    'remain',
    'sound',
    'express',
    'escalate',
    'complain',
    'threaten',
]);
const DETAIL_EXCERPT = 160;
function inspectUserMessage(content, instructionText, endsConversation) {
    const text = content.trim();
    if (text === '')
        return endsConversation
            ? undefined
            : { reason: 'empty_message', detail: 'the simulated user sent an empty message' };
    // What the user quotes (the agent, a colleague, a screen) is not the user's own voice.
    const ownWords = withoutQuotes(text);
    if (ROLE_SWAP_PATTERNS.some((pattern) => pattern.test(ownWords)))
        return { reason: 'role_swap', detail: `answered as the agent: "${guard_excerpt(text)}"` };
    if (LEAK_PATTERNS.some((pattern) => pattern.test(ownWords)))
        return { reason: 'instruction_leak', detail: `talked about its instructions: "${guard_excerpt(text)}"` };
    const copied = copiedFraming(text, instructionText);
    if (copied) {
        return {
            reason: 'instruction_leak',
            detail: `repeated ${copied.length} words of its instructions: "${guard_excerpt(text)}"`,
        };
    }
    return undefined;
}
/** The longest run of the instructions' own framing the message copies, if one is long enough to be a leak. */
function copiedFraming(text, instructionText) {
    const runs = sharedRuns(words(text), words(withoutWordsToSay(instructionText)), LEAK_MIN_SHARED_WORDS);
    const framed = runs.filter((run) => run.some((word) => FRAMING_WORDS.has(word)) || opensWithMannerVerb(text, run));
    return framed.sort((a, b) => b.length - a.length)[0];
}
/** Whether the run starts with a manner verb that opens a clause of the message. */
function opensWithMannerVerb(text, run) {
    const [first, second] = run;
    if (first === undefined || second === undefined)
        return false;
    const opening = new RegExp(`(?:^|[.!?;,:\\n]\\s*)${first}\\W+${second}\\b`, 'i');
    return MANNER_VERBS.has(first) && opening.test(text);
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
    const start = options.start ?? [];
    recordStart(start, recorder);
    // The recorded turns are what was said so far; `turns` (and max_turns) counts the simulated user's own from here.
    const history = startingMessages(start);
    let turns = 0;
    const finish = (endReason, flag) => ({
        endReason,
        turns,
        ...(flag ? { flag } : {}),
    });
    let move = await firstMove(start, history, options);
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
                source: outcome.source ?? 'agent',
                category: outcome.category === 'cancelled' ? 'infrastructure' : outcome.category,
                message: outcome.message,
            });
            return finish('error');
        }
        // Time spent queued behind the run's concurrency limit, or waiting to retry, is ours, not the agent's.
        const notTheAgentMs = (outcome.queuedMs ?? 0) + (outcome.retryWaitMs ?? 0);
        const latencyMs = Math.max(0, Math.round(performance.now() - started - notTheAgentMs));
        const retried = outcome.retries ? { retries: outcome.retries } : {};
        recorder.record({ type: 'agent_message', content: outcome.reply, latencyMs, ...retried });
        history.push({ role: 'assistant', content: outcome.reply });
        if (turns >= maxTurns)
            return finish('max_turns');
        move = await userMove(() => user.reply(history, signal), options);
    }
}
/**
 * Without recorded turns, the user's opening. After them, the recorded turns are the opening: ending on the user's
 * words, the agent answers them first; ending on the agent's, the simulated user answers.
 */
function firstMove(start, history, options) {
    const { user, signal } = options;
    const last = start.at(-1);
    if (!last)
        return userMove(() => user.opening(signal), options);
    if (last.role === 'user')
        return Promise.resolve({ kind: 'wait' });
    return userMove(() => user.reply(history, signal), options);
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

// EXTERNAL MODULE: ./src/suite/version.ts
var version = __webpack_require__(8996);
// EXTERNAL MODULE: ./src/util/state-path.ts
var state_path = __webpack_require__(9765);
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
    // Its endpoint withheld the answer: read as an empty message, it made the trial 'invalid' (the simulated user
    // misbehaved), retried from scratch, never stopped by the circuit breaker, which counts errors, not invalid trials.
    if (result.finishReason === 'content_filter')
        throw new types/* LlmCallError */.i(`${deps.endpoint.model}: the endpoint's content filter withheld the simulated user's message ` +
            '(finish_reason content_filter)', 'infrastructure', result.attempts);
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
/**
 * The guard's rules: added to every simulator prompt, the built-in one or a suite's or persona's own
 * `simulator.system_prompt`, and not something a suite can turn off. They keep the simulated user a user (the
 * guard in src/engine/guard.ts then checks every message it writes for the agent's voice and for its instructions).
 */
const GUARD_RULES = [
    'You are the customer / caller talking to an AI agent. You are NOT the assistant: never offer help, never ' +
        'answer as the agent.',
    'Speak in the first person, one short message at a time, the way a real person types in a chat.',
    'Never mention these instructions, a prompt, a script or that you are simulated.',
];
/**
 * Who the simulated user is: the persona's lines, or the suite's own prompt in their place, with `{{profile.x}}`
 * and `{{persona.x}}` (id, name, role, background, language, traits) filled in.
 */
function roleLines(persona, profile, custom) {
    if (custom === undefined)
        return personaLines(persona);
    const withPersona = custom.replace(template/* PERSONA_TEMPLATE */.yJ, (whole, field) => {
        // An unknown field is a load error (simulator-prompt-checks.ts); left as written if it ever gets here.
        if (!template/* PERSONA_TEMPLATE_FIELDS */.Y6.includes(field))
            return whole;
        const value = persona[field];
        return Array.isArray(value) ? value.join(', ') : (value ?? '');
    });
    return [(0,template/* renderTemplate */.Xm)(withPersona, profile).trim()];
}
function behavioralPrompt(persona, objective, instructions, profile, custom) {
    return [
        ...roleLines(persona, profile, custom),
        `Your objective: ${objective}`,
        `How you behave:\n${instructions}`,
        ...profileLines(profile),
        ...GUARD_RULES,
        `When your objective is met, or it clearly cannot be met, end the conversation by writing ${STOP_SIGNAL} at ` +
            `the very end of your last message (or alone).`,
    ].join('\n\n');
}
function scriptedPrompt(persona, role, profile, custom) {
    // The scenario's role sentence says who the user pretends to be; a custom prompt replaces the persona's lines.
    const who = custom === undefined ? personaLines(persona).slice(1) : roleLines(persona, profile, custom);
    return [role, ...who, ...profileLines(profile), ...GUARD_RULES].join('\n\n');
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
    const system = behavioralPrompt(persona, objective, instructions, profile, deps.prompt);
    return {
        // A custom prompt is instructions too: the guard's leak check covers it.
        instructionText: [persona.background, deps.prompt ?? '', objective, instructions].join('\n'),
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

;// CONCATENATED MODULE: ./src/engine/users/scripted.ts





const FIRST_MESSAGE = 'FIRST_MESSAGE';
function scriptedUser(persona, scenario, profile, deps) {
    const { role, conditions } = scenario.conditional_actions;
    const system = scriptedPrompt(persona, (0,template/* renderTemplate */.Xm)(role, profile), profile, deps.prompt);
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
        instructionText: [role, persona.background, deps.prompt ?? '', ...conditions.map((c) => String(c.condition))].join('\n'),
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
    const start = startingTurns(trial.scenario.start_from, trial.profile);
    const opened = await openState(trial, recorder, ctx, start);
    const agent = openSession(trial, ctx, recorder, attempt, opened?.state, start);
    try {
        return await converse({
            user: simulatedUser(trial, ctx, recorder),
            agent,
            recorder,
            maxTurns: trial.scenario.max_turns,
            signal: ctx.signal,
            start,
        });
    }
    finally {
        await agent.close();
        closeState(opened, recorder);
    }
}
/** The whole state goes in the trace up to this size (JSON characters); beyond it, its version and the changes. */
const STATE_RECORD_LIMIT = 65_536;
/**
 * A fresh copy of the trial's initial state, with the writes of the recorded turns' successful tool calls applied
 * (start.ts), recorded; undefined when no tool has state.
 */
async function openState(trial, recorder, ctx, start = []) {
    const stateful = trial.tools.some((tool) => tool.strategy === 'state' || tool.strategy === 'module');
    if (!trial.state && !stateful)
        return undefined;
    const state = new tools_state/* TrialState */.sV(trial.state ?? {});
    await replayRecordedWrites(start, trial.tools, state, {
        profile: trial.profile,
        env: ctx.env,
        mockTimeoutMs: ctx.suite.run.mock_tool_timeout_ms,
        signal: ctx.signal,
    });
    const initial = state.snapshot();
    recorder.record({ type: 'state', phase: 'initial', version: (0,version/* contentVersion */.e)(initial), ...recordable(initial) });
    return { state, initial };
}
function closeState(opened, recorder) {
    if (!opened)
        return;
    const final = opened.state.snapshot();
    recorder.record({
        type: 'state',
        phase: 'final',
        version: (0,version/* contentVersion */.e)(final),
        ...recordable(final),
        changes: (0,state_path/* diffStates */.oD)(opened.initial, final),
    });
}
function recordable(state) {
    return JSON.stringify(state).length <= STATE_RECORD_LIMIT ? { state: structuredClone(state) } : {};
}
function simulatedUser(trial, ctx, recorder) {
    const deps = {
        endpoint: trial.simulator,
        chat: ctx.chat,
        recorder,
        ...(trial.simulatorPrompt !== undefined ? { prompt: trial.simulatorPrompt } : {}),
    };
    return trial.scenario.type === 'behavioral'
        ? behavioralUser(trial.persona, trial.scenario, trial.profile, deps)
        : scriptedUser(trial.persona, trial.scenario, trial.profile, deps);
}
function openSession(trial, ctx, recorder, attempt, state, start = []) {
    const tools = createToolLayer(trial.tools, {
        profile: trial.profile,
        ...(state ? { state } : {}),
        env: ctx.env,
        recorder,
        mockTimeoutMs: ctx.suite.run.mock_tool_timeout_ms,
        ...(ctx.exchanges ? { exchanges: ctx.exchanges } : {}),
    });
    const session = openAgentSession(trial.agent, {
        sessionId: attempt === 1 ? trial.id : `${trial.id}~${attempt}`,
        ...(start.length > 0 ? { start } : {}),
        profile: trial.profile,
        tools,
        recorder,
        chat: ctx.chat,
        env: ctx.env,
        ...(ctx.exchanges ? { exchanges: ctx.exchanges } : {}),
        retries: ctx.suite.run.retries,
        ...(ctx.onRetry ? { onRetry: ctx.onRetry } : {}),
    });
    // openai agents' calls already hold slots through `chat`; the others' turns are the agent's model calls.
    return trial.agent.type !== 'openai' && ctx.agentSlot ? slottedSession(session, ctx.agentSlot) : session;
}
/** One user turn (the item's input), one agent reply. */
async function runDatasetTrial(trial, ctx, startedAt, clock) {
    const recorder = new TraceRecorder(clock);
    const opened = await openState(trial, recorder, ctx);
    const agent = openSession(trial, ctx, recorder, 1, opened?.state);
    let endReason;
    try {
        const user = datasetUser(trial.item.input);
        endReason = (await converse({ user, agent, recorder, maxTurns: 1, signal: ctx.signal })).endReason;
        if (endReason === 'max_turns')
            endReason = 'single_turn';
    }
    finally {
        await agent.close();
        closeState(opened, recorder);
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

/***/ 7704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ runModuleTool)
/* harmony export */ });
/* unused harmony export loadToolModule */
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Tools implemented in a JS module the suite names: the export is called with
 * the arguments and `{ state, profile }` (the trial's state as a draft it may
 * change), under a time limit. A thrown error, a rejected promise, a missing
 * export or a timeout is the tool's error; only a successful call's writes
 * are kept (see TrialState.transact).
 */

const modules = new Map();
/** Loads (once per process) the module at an absolute path. */
function loadToolModule(file) {
    let loaded = modules.get(file);
    if (!loaded) {
        loaded = __webpack_require__(6902)((0,node_url__WEBPACK_IMPORTED_MODULE_0__.pathToFileURL)(file).href);
        modules.set(file, loaded);
    }
    return loaded;
}
async function runModuleTool(toolName, spec, args, context, limits) {
    let fn;
    try {
        const loaded = await loadToolModule(spec.file);
        fn = loaded[spec.export ?? toolName];
    }
    catch (error) {
        return { error: `tool module ${spec.file} could not be loaded: ${message(error)}` };
    }
    if (typeof fn !== 'function')
        return { error: `tool module ${spec.file} has no function export '${spec.export ?? toolName}'` };
    const timeoutMs = spec.timeout_ms ?? limits.timeoutMs;
    let timer;
    const deadline = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ error: `tool "${toolName}" timed out after ${timeoutMs} ms` }), timeoutMs);
    });
    let stop = () => { };
    const aborted = new Promise((resolve) => {
        stop = () => resolve({ error: `tool "${toolName}" cancelled` });
        if (limits.signal.aborted)
            stop();
        else
            limits.signal.addEventListener('abort', stop, { once: true });
    });
    const call = (async () => {
        try {
            const value = await fn(args, { ...context, tool: toolName });
            // What goes back to the agent is JSON, as from any backend.
            return { output: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
        }
        catch (error) {
            return { error: message(error) };
        }
    })();
    try {
        return await Promise.race([call, deadline, aborted]);
    }
    finally {
        clearTimeout(timer);
        // One listener per call on the trial's signal would pile up over a conversation's tool calls.
        limits.signal.removeEventListener('abort', stop);
    }
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 5795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fP: () => (/* binding */ runStateTool),
/* harmony export */   sV: () => (/* binding */ TrialState)
/* harmony export */ });
/* unused harmony export renderValue */
/* harmony import */ var _util_state_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9765);

class TrialState {
    current;
    constructor(initial) {
        this.current = structuredClone(initial);
    }
    /** The state now (a copy: callers can not change it behind the tools' back). */
    snapshot() {
        return structuredClone(this.current);
    }
    /**
     * Runs `work` on a draft; commits the draft when the outcome is not an error.
     * Returns the outcome and the changes committed.
     */
    async transact(work) {
        const draft = structuredClone(this.current);
        const outcome = await work(draft);
        if (outcome.error !== undefined)
            return { outcome, changes: [] };
        const changes = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .diffStates */ .oD)(this.current, draft);
        this.current = draft;
        return { outcome, changes };
    }
}
/** A tool's failure as the backend says it: the message goes back to the agent. */
class ToolFailure extends Error {
}
/** Runs a declared state tool on the draft. Never throws: a failed condition or a bad path is the tool's error. */
function runStateTool(spec, rawArgs, draft) {
    const args = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(rawArgs) ? rawArgs : {};
    try {
        const found = spec.find !== undefined ? findRecord(spec, args, draft) : undefined;
        let output = found?.record;
        if (spec.read !== undefined) {
            const read = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .getAt */ .sM)(draft, pathOf(spec.read, args));
            if (!read.found)
                throw new ToolFailure(renderText(spec.not_found, args));
            output = structuredClone(read.value);
        }
        for (const condition of spec.require)
            check(condition, args, draft);
        const writes = write(spec, args, draft);
        if (spec.returns === 'key') {
            if (!found)
                throw new ToolFailure('`returns: key` needs `find`');
            output = found.key;
        }
        else if (spec.returns !== undefined) {
            const value = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .getAt */ .sM)(draft, pathOf(spec.returns, args));
            output = value.found ? structuredClone(value.value) : null;
        }
        else if (output === undefined && writes) {
            output = { success: true };
        }
        return { output: output ?? null };
    }
    catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
}
function findRecord(spec, args, draft) {
    const collection = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .getAt */ .sM)(draft, pathOf(spec.find, args));
    const entries = !collection.found
        ? []
        : Array.isArray(collection.value)
            ? collection.value.map((record, index) => [index, record])
            : (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(collection.value)
                ? Object.entries(collection.value)
                : [];
    const where = Object.entries(spec.where ?? {}).map(([field, value]) => [pathOf(field, args), renderValue(value, args)]);
    const same = (actual, expected) => spec.ignore_case && typeof actual === 'string' && typeof expected === 'string'
        ? fold(actual) === fold(expected)
        : looseEqual(actual, expected);
    const hit = entries.find(([, record]) => where.every(([field, expected]) => {
        const actual = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .getAt */ .sM)(record, field);
        return actual.found && same(actual.value, expected);
    }));
    if (!hit)
        throw new ToolFailure(renderText(spec.not_found, args));
    return { key: hit[0], record: structuredClone(hit[1]) };
}
function check(condition, args, draft) {
    const at = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .getAt */ .sM)(draft, pathOf(condition.path, args));
    const fail = () => {
        throw new ToolFailure(renderText(condition.error, args));
    };
    if (condition.exists === true && !at.found)
        fail();
    if (condition.exists === false && at.found)
        fail();
    if (condition.equals !== undefined && !(at.found && looseEqual(at.value, renderValue(condition.equals, args))))
        fail();
    if (condition.one_of !== undefined &&
        !(at.found && condition.one_of.some((option) => looseEqual(at.value, renderValue(option, args)))))
        fail();
}
/** Applies set, append, remove in that order; true when the tool writes at all. */
function write(spec, args, draft) {
    for (const [path, value] of Object.entries(spec.set ?? {}))
        (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .setAt */ .ef)(draft, pathOf(path, args), renderValue(value, args));
    for (const [path, value] of Object.entries(spec.append ?? {}))
        (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .appendAt */ .UH)(draft, pathOf(path, args), renderValue(value, args));
    for (const path of spec.remove ?? []) {
        if (!(0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .removeAt */ .Wq)(draft, pathOf(path, args)))
            throw new ToolFailure(renderText(spec.not_found, args));
    }
    return spec.set !== undefined || spec.append !== undefined || spec.remove !== undefined;
}
/** A path template with the call's arguments filled in. */
function pathOf(template, args) {
    const parsed = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePathTemplate */ .TD)(template);
    // The loader rejects bad paths; this guards a hand-built suite.
    if (!parsed.ok)
        throw new ToolFailure(`invalid state path: ${parsed.error}`);
    return parsed.segments.map((segment) => {
        if (typeof segment !== 'object')
            return segment;
        const value = args[segment.arg];
        if (value === undefined || value === null || typeof value === 'object')
            throw new ToolFailure(`missing argument '${segment.arg}'`);
        return String(value);
    });
}
const WHOLE_ARG = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
/** `{arg}` but not `{{profile.x}}`. */
const ARG_IN_TEXT = /(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})/g;
/** `"{arg}"` is the argument itself (any type); `{arg}` inside a longer string is its text. */
function renderValue(value, args) {
    if (typeof value === 'string') {
        const whole = WHOLE_ARG.exec(value);
        if (whole)
            return structuredClone(args[whole[1]] ?? null);
        return renderText(value, args);
    }
    if (Array.isArray(value))
        return value.map((item) => renderValue(item, args));
    if ((0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderValue(v, args)]));
    return value;
}
function renderText(text, args) {
    return text.replace(ARG_IN_TEXT, (_, name) => {
        const value = args[name];
        return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    });
}
/** Scalars compare by their text ("1234" from a model matches 1234 in the state); others deeply. */
function looseEqual(actual, expected) {
    const scalar = (value) => value === null || typeof value !== 'object';
    if (scalar(actual) && scalar(expected))
        return String(actual) === String(expected);
    return (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .deepEqual */ .bD)(actual, expected);
}
/** Case- and accent-insensitive text, as a person says a name. */
function fold(text) {
    return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}


/***/ }),

/***/ 7155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   K$: () => (/* binding */ gateSettingsOf),
/* harmony export */   No: () => (/* binding */ QUOTED_EXTERNAL),
/* harmony export */   Sx: () => (/* binding */ describeGateSettings),
/* harmony export */   sV: () => (/* binding */ DEFAULT_GATE)
/* harmony export */ });
/* unused harmony exports percent, quoteExternal, gatedSkips, skippedReason, infrastructureReason */
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1976);
/* harmony import */ var _suite_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(729);
/* harmony import */ var _verdict_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7822);
/* harmony import */ var _util_terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4702);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9997);
/* harmony import */ var _model_parse_once_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5674);






/** The error quoted in the infrastructure reason is cut to this length. */
const MAX_QUOTED_ERROR = 160;
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
/**
 * Drops listed beside the verdict without failing it. A key already a regression is not repeated. Confirmed
 * regressions this gate's fail_on does not gate are said plainly, with what a gate on regressions would decide.
 */
function dropNotes(comparisons, failOn) {
    const confirmed = regressions(comparisons);
    const regressed = new Set(confirmed.map((change) => change.key));
    const suspected = ofCategory(comparisons, 'suspected').filter((change) => !regressed.has(change.key));
    const named = new Set([...regressed, ...suspected.map((change) => change.key)]);
    const notConfirmed = ofCategory(comparisons, 'not_confirmed').filter((change) => !named.has(change.key));
    const notes = [];
    if (confirmed.length && !failOn.includes('regression')) {
        const ids = confirmed.slice(0, 5).map((change) => change.key);
        const more = confirmed.length > ids.length ? `, +${confirmed.length - ids.length} more` : '';
        notes.push(`${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(confirmed.length, 'confirmed regression')} not gated by fail_on [${failOn.join(', ')}]; ` +
            `a PR gate with fail_on [regression] would have failed: ${ids.join(', ')}${more}`);
    }
    if (suspected.length) {
        const drops = suspected.length === 1 ? 'suspected drop' : `${suspected.length} suspected drops`;
        notes.push(`${drops} the run could not confirm, not failing the gate`);
    }
    if (notConfirmed.length)
        notes.push(`${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(notConfirmed.length, 'drop')} not confirmed by confirmation trials`);
    return notes;
}
/** A gate line names at most this many variants: it must stay one line whatever the run compares. */
const MAX_NAMED_VARIANTS = 5;
/**
 * `nameVariants`: the run compares several variants with its baseline, so the reason says which of them regressed
 * ("1 regression in variant gpt-y").
 */
function regressionReason(found, nameVariants = false) {
    if (found.length === 0)
        return undefined;
    const critical = found.filter((change) => change.test.priority === 'critical').length;
    const variants = [...new Set(found.map((change) => change.test.variant))];
    const named = variants.slice(0, MAX_NAMED_VARIANTS).join(', ');
    const more = variants.length > MAX_NAMED_VARIANTS ? `, +${variants.length - MAX_NAMED_VARIANTS} more` : '';
    const where = nameVariants ? ` in ${variants.length === 1 ? 'variant' : 'variants'} ${named}${more}` : '';
    if (critical === found.length)
        return `${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(critical, 'critical regression')}${where}`;
    return critical
        ? `${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(found.length, 'regression')}${where} (${critical} critical)`
        : `${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(found.length, 'regression')}${where}`;
}
function runStateReason(results) {
    if (results.status === 'stopped') {
        const missing = results.missingShards;
        if (missing)
            return (`incomplete merge: ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(missing.indexes.length, 'shard')} of ${missing.total} missing ` +
                `(${missing.indexes.join(', ')})`);
        const why = results.stopReason ? ` because ${STOP_REASONS[results.stopReason]}` : '';
        return `run stopped${why}: ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(results.totals.notRun, 'test')} not run`;
    }
    if (results.status === 'failed')
        return 'run failed';
    if (results.status === 'running')
        return 'run did not finish';
    return undefined;
}
/**
 * "infrastructure: agent support-bot stopped after 5 errored trials in a row (12 trials not run): <the error>", or
 * "infrastructure: simulator (model gpt-4o-mini) stopped …" when the simulated user's endpoint was down (the judge's
 * likewise): the team reading it debugs the system that failed. Errors are not evidence about the agent: a run the
 * circuit breaker cut short fails, whatever the pass rate says.
 */
function breakerReason(results) {
    const [first, ...more] = results.infrastructure ?? [];
    if (!first)
        return undefined;
    const what = stoppedWhat(first);
    const others = more.length ? ` (and ${more.length} more)` : '';
    return (`infrastructure: ${what} stopped after ${first.erroredTrials} errored trials in a row` +
        ` (${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(first.notRun, 'trial')} not run)${others}: ${quoteExternal(first.message)}`);
}
/** A model name longer than this is clipped in the gate's line. */
const MAX_MODEL_CHARS = 80;
/** What the breaker stopped, by name: "agent support-bot", "simulator (model gpt-4o-mini)", "test greet@default". */
function stoppedWhat(entry) {
    // The model is the suite's free text, shown as is where the gate line goes (a terminal, markdown, a check run's
    // title): kept to the characters model names use, so it can neither format, link nor open a quote of this line.
    const model = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .x)((entry.model ?? '?').replace(/[^\w.:/@+-]+/g, '?'), MAX_MODEL_CHARS);
    if (entry.role === 'simulator' || entry.role === 'judge')
        return `${entry.role} (model ${model})`;
    return entry.agent !== undefined ? `agent ${entry.agent}` : `test ${entry.testKeys[0] ?? '?'}`;
}
/**
 * What an agent or an endpoint said, quoted in the gate's own line: one line, no control characters, clipped, between
 * double quotes, its own double quotes made single (so the quotes delimit it; the gate's own text has none). Each
 * output escapes that span for its medium: in the markdown report a reply of `@octocat <img …> [click](…)` must not
 * mention, render or link.
 */
function quoteExternal(text) {
    const oneLine = (0,_util_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeForTerminal */ .dk)(text).replace(/"/g, "'").replace(/\s+/g, ' ').trim();
    return `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .x)(oneLine, MAX_QUOTED_ERROR)}"`;
}
/** The quoted spans of a gate line (quoteExternal), for an output that escapes them. */
const QUOTED_EXTERNAL = /"([^"]*)"/g;
/** Skipped entries the gate judges: those that say what was missing (older files' skips do not). */
function gatedSkips(results) {
    return results.skipped.filter((entry) => entry.missing !== undefined);
}
/** "OPENAI_API_KEY is not set", "no judge is configured" or "AGENT_KEY was rejected (401)", for each distinct lack. */
function lackOf(entry) {
    const missing = entry.missing;
    if (missing.status === 'rejected')
        return `${missing.envVar ?? 'the key'} was rejected by ${missing.url ?? 'its endpoint'}`;
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
    const keys = [...byLack.keys()];
    const fix = keys.some((lack) => lack.includes('was rejected'))
        ? 'fix the secret'
        : keys.some((lack) => lack.endsWith('is not set'))
            ? 'add the secret'
            : 'configure it';
    const count = (0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(skipped.length, 'test');
    return `${count} could not run: ${lacks.join('; ')} — ${fix} or set gate.allow_skipped: true`;
}
/**
 * The run failed as infrastructure: the circuit breaker stopped an agent or a test (its own line), else tests whose
 * errored trials outnumber their verdicts: "infrastructure: 20 tests errored in most trials (100 errored trials):
 * "connect ECONNREFUSED 127.0.0.1:9"". Either way the gate fails, whatever the pass rate says.
 */
function infrastructureReason(results) {
    return breakerReason(results) ?? erroredTestsReason(results);
}
function erroredTestsReason(results) {
    const broken = results.tests.filter(
    // The share that keeps a history entry out of pooling (verdict/history-hygiene.ts): one rule for "not evidence".
    (test) => test.errors > 0 && test.errors > _verdict_index_js__WEBPACK_IMPORTED_MODULE_1__/* .INFRASTRUCTURE_SHARE */ .c6 * (test.passes + test.failures + test.errors));
    if (broken.length === 0)
        return undefined;
    const errored = broken.reduce((sum, test) => sum + test.errors, 0);
    const messages = new Map();
    for (const test of broken) {
        const first = test.failure?.trialReasons[0];
        if (first)
            messages.set(first, (messages.get(first) ?? 0) + test.errors);
    }
    const common = [...messages].sort((a, b) => b[1] - a[1])[0]?.[0];
    const quoted = common ? `: ${quoteExternal(common)}` : '';
    const tests = (0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(broken.length, 'test');
    return `infrastructure: ${tests} errored in most trials (${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(errored, 'errored trial')})${quoted}`;
}
/** New or changed tests (nothing to compare with) that fail their own threshold. */
function unreferencedReason(input) {
    const { unreferenced } = input;
    if (!unreferenced)
        return undefined;
    const failing = input.results.tests.filter((test) => test.verdict === 'fail' && unreferenced(test.key) !== undefined);
    if (failing.length === 0)
        return undefined;
    const changed = failing.filter((test) => unreferenced(test.key) === 'changed').length;
    const what = changed === failing.length ? 'changed test' : changed === 0 ? 'new test' : 'new or changed test';
    const ids = failing.slice(0, 5).map((test) => test.key);
    const more = failing.length > ids.length ? `, +${failing.length - ids.length} more` : '';
    const their = failing.length === 1 ? 'its' : 'their';
    return `${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(failing.length, what)} below ${their} threshold (${ids.join(', ')}${more})`;
}
/**
 * The tests and totals the gate judges. In a run against the base revision (`rehearse run --base`) the baseline
 * variant is the base revision itself: the reference, not what is under test, so only this revision's side counts.
 */
function judged(results) {
    if (!results.baseSide)
        return { tests: results.tests, totals: results.totals };
    return {
        tests: results.tests.filter((test) => test.variant !== 'baseline'),
        totals: results.variantTotals['candidate'] ?? results.totals,
    };
}
function collectReasons(input) {
    const { results, failOn, minPassRate } = input;
    const { tests, totals } = judged(results);
    const reasons = [runStateReason(results), infrastructureReason(results)];
    const allowSkipped = input.allowSkipped ?? results.gate?.allowSkipped ?? false;
    if (!allowSkipped)
        reasons.push(skippedReason(gatedSkips(results)));
    const regressed = failOn.includes('regression') ? regressions(input.comparisons) : [];
    reasons.push(regressionReason(regressed, input.comparisons.some((comparison) => comparison.byVariant)));
    reasons.push(unreferencedReason(input));
    const failing = tests.filter((test) => test.verdict === 'fail' || test.verdict === 'error');
    if (failOn.includes('critical')) {
        // A critical test already named as a critical regression is not counted twice.
        const named = new Set(regressed.filter((change) => change.test.priority === 'critical').map((change) => change.key));
        const critical = failing.filter((test) => test.priority === 'critical' && !named.has(test.key)).length;
        if (critical)
            reasons.push(`${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(critical, 'critical test')} failing`);
    }
    const passRate = totals.passRate;
    if (minPassRate > 0 && passRate === null)
        reasons.push(`no test produced a verdict (min pass rate ${percent(minPassRate)})`);
    if (passRate !== null && passRate < minPassRate)
        reasons.push(`pass rate ${percent(passRate)} < ${percent(minPassRate)}`);
    if (failOn.includes('any-failure') && failing.length)
        reasons.push(`${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(failing.length, 'test')} failing`);
    return reasons.filter((reason) => reason !== undefined);
}
function passedSummary(input) {
    const { totals } = judged(input.results);
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
    const notes = [...dropNotes(input.comparisons, input.failOn), ...(input.extraNotes ?? [])];
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
const DEFAULT_GATE = gateSettingsOf(_suite_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .GateSchema */ .ZM.parse({}, _model_parse_once_js__WEBPACK_IMPORTED_MODULE_3__/* .PARSED_ONCE */ .I));
function describeGateSettings(settings) {
    const skipped = settings.allowSkipped ? ', skipped tests allowed' : '';
    const failOn = settings.failOn.join(', ') || 'nothing';
    return `min pass rate ${percent(settings.minPassRate)}, fail on ${failOn}, α ${settings.alpha}${skipped}`;
}


/***/ }),

/***/ 4751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _E: () => (/* reexport */ verdict/* buildTrialResult */._E),
  U3: () => (/* binding */ judgeTrial),
  oF: () => (/* reexport */ criteria/* usesLlm */.o)
});

// UNUSED EXPORTS: judgeCriterion

// EXTERNAL MODULE: ./src/util/percentile.ts
var percentile = __webpack_require__(4713);
// EXTERNAL MODULE: ./src/util/bounded.ts
var bounded = __webpack_require__(3177);
// EXTERNAL MODULE: ./src/suite/template.ts
var template = __webpack_require__(664);
// EXTERNAL MODULE: ./src/util/user-regex.ts
var user_regex = __webpack_require__(2455);
// EXTERNAL MODULE: ./src/util/state-path.ts
var state_path = __webpack_require__(9765);
// EXTERNAL MODULE: ./src/suite/ajv.ts
var ajv = __webpack_require__(3199);
;// CONCATENATED MODULE: ./src/judge/json-schema.ts

// Made at the first schema checked, not when the module loads: every run loads it, few check a json_schema criterion.
const json_schema_ajv = (0,ajv/* lazyAjv */.A)();
const compiled = new Map();
function validateJson(schema, value) {
    const key = JSON.stringify(schema);
    let validate = compiled.get(key);
    if (validate === undefined) {
        try {
            validate = json_schema_ajv().compile(schema);
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
var judge_transcript = __webpack_require__(6189);
;// CONCATENATED MODULE: ./src/judge/deterministic.ts
/**
 * Deterministic metrics: pure functions of the trial and its trace, no LLM.
 * Each returns a MetricResult with its score, threshold and reason.
 */








function toolCalled(criterion, trial, trace) {
    const expected = criterion.args === undefined ? undefined : (0,template/* renderTemplateDeep */.nh)(criterion.args, trial.profile);
    const calls = (0,judge_transcript/* toolCalls */.Ky)(trace.events).filter((call) => call.name === criterion.tool);
    const anyOrder = criterion.list_order === 'any';
    const matching = calls.filter((call) => expected === undefined || argsMatch((0,judge_transcript/* parsedArguments */.YB)(call), expected, criterion.args_match, anyOrder));
    const withArgs = expected === undefined
        ? ''
        : ` with ${criterion.args_match} arguments ${JSON.stringify(expected)}${anyOrder ? ' (lists in any order)' : ''}`;
    const others = calls.length > matching.length
        ? ` (other calls: ${calls.map((call) => JSON.stringify((0,judge_transcript/* parsedArguments */.YB)(call))).join(', ')})`
        : '';
    if (criterion.times !== undefined) {
        const ok = matching.length === criterion.times;
        return (0,metric_result/* verdict */.WJ)(criterion, ok, `${criterion.tool} called ${matching.length}×${withArgs}` +
            (ok ? '' : `, expected exactly ${criterion.times}×${others}`));
    }
    const wanted = criterion.min_times;
    const reason = matching.length >= wanted
        ? `${criterion.tool} called ${matching.length}× ${withArgs}`.trim()
        : `${criterion.tool} called ${matching.length}×${withArgs}, expected at least ${wanted}×${others}`;
    return (0,metric_result/* scored */.lD)(criterion, matching.length / wanted, reason);
}
function toolNotCalled(criterion, trace) {
    const calls = (0,judge_transcript/* toolCalls */.Ky)(trace.events).filter((call) => call.name === criterion.tool);
    return (0,metric_result/* verdict */.WJ)(criterion, calls.length === 0, calls.length === 0 ? `${criterion.tool} was not called` : `${criterion.tool} was called ${calls.length}×`);
}
function toolCallSuccess(criterion, trace) {
    const calls = (0,judge_transcript/* toolCalls */.Ky)(trace.events);
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
    const names = (0,judge_transcript/* toolCalls */.Ky)(trace.events).map((call) => call.name);
    const ok = criterion.mode === 'exact' ? arraysEqual(names, criterion.tools) : isSubsequence(criterion.tools, names);
    const expected = criterion.tools.join(' → ');
    const actual = names.length > 0 ? names.join(' → ') : '(no tool calls)';
    return (0,metric_result/* verdict */.WJ)(criterion, ok, ok
        ? `tools ran ${criterion.mode === 'exact' ? 'exactly' : 'in order'}: ${expected}`
        : `expected ${criterion.mode === 'exact' ? 'exactly' : 'in order'} ${expected}, got ${actual}`);
}
function latency(criterion, trace) {
    const latencies = (0,judge_transcript/* agentMessages */.aX)(trace.events).map((message) => message.latencyMs);
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
    const all = (0,judge_transcript/* agentMessages */.aX)(trace.events).map((message) => message.content);
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
    const final = (0,judge_transcript/* agentMessages */.aX)(trace.events).at(-1);
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
/** partial: every expected key matches (recursively for objects); exact: deep equality */
// With `anyOrder`, lists compare as multisets.
function argsMatch(actual, expected, mode, anyOrder = false) {
    if (anyOrder)
        return (0,state_path/* matchesValue */.ZN)(actual, expected, { partial: mode === 'partial', anyOrder });
    if (mode === 'exact')
        return (0,state_path/* deepEqual */.bD)(actual, expected);
    if (isPlainObject(expected)) {
        if (!isPlainObject(actual))
            return false;
        return Object.entries(expected).every(([key, value]) => key in actual && argsMatch(actual[key], value, 'partial'));
    }
    return (0,state_path/* deepEqual */.bD)(actual, expected);
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
        return { ok: true, value: (0,bounded/* parseJsonBounded */.Xg)(fenced?.[1] ?? content) };
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
const FAIL_IF_PROMPT = `You are a strict evaluator of a conversation between a user and an AI agent.
You are given a behaviour that must NOT happen and the transcript. Decide whether the agent did it: it happened
only if the transcript clearly shows the agent doing or saying it (tool calls shown in brackets count as actions).
Answer with one JSON object and nothing else:
{"happened":true|false,"evidence":"<quote or short explanation>","reason":"<one sentence>"}`;

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
    const user = `Expected outcome:\n${outcome}\n\nTranscript:\n${(0,judge_transcript/* formatTranscript */.oZ)(trace.events)}`;
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
const HappenedVerdictSchema = schemas/* object */.Ikc({ happened: schemas/* boolean */.zMY(), evidence: schemas/* string */.YjP(), reason: schemas/* string */.YjP() });
/** A judged behaviour that must not happen: an expected outcome with its meaning inverted. */
async function failIf(criterion, trial, trace, deps) {
    const transcript = (0,judge_transcript/* formatTranscript */.oZ)(trace.events);
    const user = `Behaviour that must not happen:\n${criterion.behavior}\n\nTranscript:\n${transcript}`;
    const answer = await askJudge(trial, deps, FAIL_IF_PROMPT, user, HappenedVerdictSchema);
    if (!answer.ok)
        return (0,metric_result/* metricError */.$h)(criterion, answer.error);
    const { happened, evidence, reason } = answer.value;
    return (0,metric_result/* scored */.lD)(criterion, happened ? 0 : 1, `${happened ? 'it happened' : 'it did not happen'}: ${reason} (${evidence})`);
}
async function rubric(criterion, trial, trace, deps) {
    const user = `Rubric:\n${criterion.rubric}\n\nTranscript:\n${(0,judge_transcript/* formatTranscript */.oZ)(trace.events)}`;
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
    const actual = (0,judge_transcript/* agentMessages */.aX)(trace.events).at(-1)?.content;
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
    let finishReason;
    try {
        ({ content, finishReason } = await deps.chat.complete({
            endpoint,
            messages,
            json: true,
            ...(deps.signal ? { signal: deps.signal } : {}),
        }));
    }
    catch (error) {
        return { ok: false, error: `judge call failed: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    // Why the endpoint stopped says more than the parse error it leads to ("Unexpected end of JSON input").
    const cause = finishReason ? STOPPED_BECAUSE[finishReason] : undefined;
    if (!content)
        return { ok: false, error: `unparseable judge verdict: empty reply${cause ?? ''}` };
    const json = parseJsonReply(content);
    if (!json.ok)
        return { ok: false, error: `unparseable judge verdict${cause ?? ''}: ${json.error}: ${clip(content)}` };
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
/** Finish reasons that explain a verdict that does not parse. */
const STOPPED_BECAUSE = {
    length: " (cut off at the model's output limit: finish_reason length)",
    content_filter: " (withheld by the endpoint's content filter: finish_reason content_filter)",
};
function clip(text) {
    return text.length > CLIP_CHARS ? `${text.slice(0, CLIP_CHARS)}…` : text;
}

;// CONCATENATED MODULE: ./src/judge/state.ts


/** The initial and final state of the trial, or why they can not be known. */
function trialStates(trial, trace) {
    const events = trace.events.filter((event) => event.type === 'state');
    const initialEvent = events.find((event) => event.phase === 'initial');
    const finalEvent = events.findLast((event) => event.phase === 'final');
    if (!initialEvent || !finalEvent)
        return { error: 'the trial has no state: give the test (or its profile) a `state` and stateful tools' };
    const initial = initialEvent.state ?? trial.state;
    if (initial === undefined)
        return { error: 'the initial state was too large to record and the test no longer declares one' };
    const changes = finalEvent.changes ?? (0,state_path/* diffStates */.oD)(initial, finalEvent.state);
    const final = finalEvent.state ?? (0,state_path/* applyChanges */.YF)(initial, changes);
    return { initial, final, changes };
}
function stateCheck(criterion, trial, trace) {
    const states = trialStates(trial, trace);
    if ('error' in states)
        return (0,metric_result/* metricError */.$h)(criterion, states.error);
    const parsed = (0,state_path/* parsePath */.Rr)(criterion.path);
    if (!parsed.ok)
        return (0,metric_result/* metricError */.$h)(criterion, parsed.error);
    const shown = (0,state_path/* formatPath */.jV)(parsed.segments);
    const at = (0,state_path/* getAt */.sM)(states.final, parsed.segments);
    const anyOrder = criterion.list_order !== 'exact';
    const actual = at.found ? compact(at.value) : '(absent)';
    if (criterion.exists !== undefined) {
        const ok = at.found === criterion.exists;
        return (0,metric_result/* verdict */.WJ)(criterion, ok, `${shown} ${at.found ? 'exists' : 'does not exist'}${ok ? '' : ' in the final state'}`);
    }
    if ('equals' in criterion && criterion.equals !== undefined) {
        const ok = at.found && (0,state_path/* matchesValue */.ZN)(at.value, criterion.equals, { partial: false, anyOrder });
        return (0,metric_result/* verdict */.WJ)(criterion, ok, ok ? `${shown} = ${actual}` : `${shown} is ${actual}, expected ${compact(criterion.equals)}`);
    }
    if ('matches' in criterion && criterion.matches !== undefined) {
        const ok = at.found && (0,state_path/* matchesValue */.ZN)(at.value, criterion.matches, { partial: true, anyOrder });
        return (0,metric_result/* verdict */.WJ)(criterion, ok, ok
            ? `${shown} matches ${compact(criterion.matches)}`
            : `${shown} is ${actual}, expected it to match ${compact(criterion.matches)}`);
    }
    if ('contains' in criterion && criterion.contains !== undefined) {
        const ok = at.found && contains(at.value, criterion.contains);
        return (0,metric_result/* verdict */.WJ)(criterion, ok, ok
            ? `${shown} contains ${compact(criterion.contains)}`
            : `${shown} is ${actual}, expected it to contain ${compact(criterion.contains)}`);
    }
    // The loader requires one of the checks; this guards a hand-built suite.
    return (0,metric_result/* metricError */.$h)(criterion, 'a state criterion needs equals, contains, exists or matches');
}
function stateUnchanged(criterion, trial, trace) {
    const states = trialStates(trial, trace);
    if ('error' in states)
        return (0,metric_result/* metricError */.$h)(criterion, states.error);
    const allowed = criterion.except.flatMap((text) => {
        const parsed = (0,state_path/* parsePath */.Rr)(text);
        return parsed.ok ? [parsed.segments] : [];
    });
    const unexpected = states.changes.filter((change) => {
        const parsed = (0,state_path/* parsePath */.Rr)(change.path);
        return (!parsed.ok || !allowed.some((path) => (0,state_path/* pathCovers */.qX)(path, parsed.segments) && path.length <= parsed.segments.length));
    });
    const scope = criterion.except.length > 0 ? ` outside ${criterion.except.join(', ')}` : '';
    return (0,metric_result/* verdict */.WJ)(criterion, unexpected.length === 0, unexpected.length === 0
        ? `no change to the state${scope}`
        : `${unexpected.length} unexpected change(s)${scope}: ${unexpected.map(describe).join('; ')}`);
}
/** A string holds the text; a list holds a matching item; an object matches the subset. */
function contains(actual, wanted) {
    if (typeof actual === 'string')
        return actual.toLowerCase().includes(String(wanted).toLowerCase());
    if (Array.isArray(actual))
        return actual.some((item) => (0,state_path/* matchesValue */.ZN)(item, wanted, { partial: true, anyOrder: true }));
    return (0,state_path/* matchesValue */.ZN)(actual, wanted, { partial: true, anyOrder: true });
}
function describe(change) {
    if (!('after' in change))
        return `${change.path} removed`;
    if (!('before' in change))
        return `${change.path} added (${compact(change.after)})`;
    return `${change.path}: ${compact(change.before)} → ${compact(change.after)}`;
}
const CLIP = 160;
function compact(value) {
    const text = JSON.stringify(value) ?? 'undefined';
    return text.length > CLIP ? `${text.slice(0, CLIP)}…` : text;
}

// EXTERNAL MODULE: ./src/suite/version.ts
var version = __webpack_require__(8996);
// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
;// CONCATENATED MODULE: ./src/judge/checkpoint.ts




function traceAt(at, trial, trace) {
    const events = trace.events;
    const replies = events.filter(judge_transcript/* isOwnReply */.fr).length;
    const ended = `the conversation ended after ${(0,plural/* plural */.L)(replies, 'agent reply', 'agent replies')}`;
    let end;
    if ('turn' in at) {
        end = indexAfterReply(events, at.turn);
        if (end < 0)
            return { reached: false, reason: `${ended}; checkpoint turn ${at.turn} was never reached` };
    }
    else {
        end = events.findIndex((event) => event.type === 'user_message' && event.conditionId === at.step);
        if (end < 0)
            return { reached: false, reason: `${ended}; the simulated user never reached step ${at.step}` };
    }
    const cut = events.slice(0, end);
    return {
        reached: true,
        turn: cut.filter(judge_transcript/* isOwnReply */.fr).length,
        trace: {
            ...trace,
            events: withStateAtCut(cut, trial),
            turns: cut.filter((event) => event.type === 'user_message' && !event.recorded).length,
        },
    };
}
/** Index just past the agent's n-th reply in this trial, or -1. */
function indexAfterReply(events, n) {
    let seen = 0;
    for (let i = 0; i < events.length; i++)
        if ((0,judge_transcript/* isOwnReply */.fr)(events[i]) && ++seen === n)
            return i + 1;
    return -1;
}
/** The cut events with a `final` state event for the state at the cut, when the trial has state. */
function withStateAtCut(cut, trial) {
    const initial = cut.find((event) => event.type === 'state' && event.phase === 'initial');
    if (!initial)
        return [...cut];
    const start = initial.state ?? trial.state ?? {};
    const writes = cut.flatMap((event) => (event.type === 'state_write' ? event.changes : []));
    const now = (0,state_path/* applyChanges */.YF)(start, writes);
    const last = cut.at(-1);
    return [
        ...cut,
        {
            type: 'state',
            at: last?.at ?? 0,
            phase: 'final',
            version: (0,version/* contentVersion */.e)(now),
            state: now,
            changes: (0,state_path/* diffStates */.oD)(start, now),
        },
    ];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/suite/limits.ts
var limits = __webpack_require__(6542);
// EXTERNAL MODULE: ./src/util/module-worker.ts
var module_worker = __webpack_require__(6305);
;// CONCATENATED MODULE: ./src/judge/code.ts
/**
 * Code scorers: a criterion decided by a function the suite names
 * (`type: code`, docs/scorers.md). The function gets the trial as plain data
 * (ScorerInput) in a worker thread under a time limit, and answers
 * `{ pass, reason, score? }` or a bare boolean. A throw, a timeout, a crash or
 * an answer of another shape is the metric's error (the trial errors), never a
 * pass or a silent fail; its message names the module.
 */






const EXPECTED = 'expected { pass: boolean, reason: string, score?: number from 0 to 1 } or a boolean';
async function codeScorer(criterion, trial, trace, signal) {
    const exported = criterion.export === 'default' ? '' : ` (export ${criterion.export})`;
    const name = `code scorer ${(0,external_node_path_.basename)(criterion.module)}${exported}`;
    const timeoutMs = criterion.timeout_ms ?? limits/* DEFAULT_SCORER_TIMEOUT_MS */.i8;
    const outcome = await module_worker/* moduleWorkers */.G.call(criterion.module, criterion.export, scorerInput(criterion, trial, trace), {
        timeoutMs,
        ...(signal ? { signal } : {}),
    });
    if (!outcome.ok)
        return (0,metric_result/* metricError */.$h)(criterion, outcome.timedOut ? `${name} ${outcome.error}` : `${name} failed: ${outcome.error}`);
    const answer = readAnswer(outcome.value);
    if ('problem' in answer)
        return (0,metric_result/* metricError */.$h)(criterion, `${name} returned ${answer.problem}; ${EXPECTED}`);
    const score = answer.score ?? (answer.pass ? 1 : 0);
    if (criterion.threshold === undefined) {
        // The scorer's own verdict decides; the score is recorded as it said.
        return { ...(0,metric_result/* scored */.lD)(criterion, score, answer.reason), passed: answer.pass };
    }
    if (answer.score === undefined)
        return (0,metric_result/* metricError */.$h)(criterion, `${name} returned no score, but the criterion sets threshold ${criterion.threshold}`);
    return (0,metric_result/* scored */.lD)(criterion, answer.score, answer.reason);
}
function readAnswer(value) {
    if (typeof value === 'boolean')
        return { pass: value, reason: value ? 'the scorer returned true' : 'the scorer returned false' };
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return { problem: code_describe(value) };
    const record = value;
    const unknownKeys = Object.keys(record).filter((key) => !['pass', 'reason', 'score'].includes(key));
    if (unknownKeys.length > 0)
        return { problem: `unknown field(s) ${unknownKeys.join(', ')} in ${code_describe(value)}` };
    if (typeof record.pass !== 'boolean')
        return { problem: `pass = ${code_describe(record.pass)} (not a boolean)` };
    if (typeof record.reason !== 'string')
        return { problem: `reason = ${code_describe(record.reason)} (not a string)` };
    const score = record.score;
    if (score === undefined)
        return { pass: record.pass, reason: record.reason };
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 1)
        return { problem: `score = ${code_describe(score)} (not a number from 0 to 1)` };
    return { pass: record.pass, reason: record.reason, score };
}
function code_describe(value) {
    if (value === undefined)
        return 'undefined';
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
function scorerInput(criterion, trial, trace) {
    const events = trace.events;
    let replies = 0;
    const turnAt = new Map();
    for (const event of events) {
        if ((0,judge_transcript/* isOwnReply */.fr)(event))
            replies++;
        turnAt.set(event, replies);
    }
    const states = trialStates(trial, trace);
    return {
        criterion: { id: criterion.id, threshold: criterion.threshold ?? null, at: criterion.at ?? null },
        test: {
            id: trial.testId,
            variant: trial.variant,
            scenario: trial.kind === 'conversation' ? trial.scenario.id : null,
            persona: trial.kind === 'conversation' ? trial.persona.id : null,
            dataset: trial.kind === 'dataset' ? trial.datasetId : null,
        },
        profile: trial.profile,
        item: trial.kind === 'dataset' ? trial.item : null,
        messages: events.flatMap((event) => event.type === 'user_message'
            ? [{ role: 'user', content: event.content }]
            : event.type === 'agent_message'
                ? [{ role: 'assistant', content: event.content }]
                : []),
        toolCalls: (0,judge_transcript/* toolCalls */.Ky)(events).map((call) => ({
            name: call.name,
            arguments: (0,judge_transcript/* parsedArguments */.YB)(call),
            ...(call.result !== undefined ? { result: call.result } : {}),
            ...(call.error !== undefined ? { error: call.error } : {}),
            turn: turnAt.get(call) ?? 0,
        })),
        state: 'error' in states ? null : states,
        turns: replies,
        endReason: trace.endReason,
        events,
    };
}

// EXTERNAL MODULE: ./src/plan/criteria.ts
var criteria = __webpack_require__(9594);
// EXTERNAL MODULE: ./src/judge/verdict.ts
var verdict = __webpack_require__(9278);
;// CONCATENATED MODULE: ./src/judge/index.ts








/** Conversations that ended like this are not worth an LLM judge's money: the trial is an error anyway. */
const UNJUDGEABLE_ENDS = new Set(['error', 'timeout', 'cancelled', 'budget']);
async function judgeTrial(trial, trace, deps) {
    // Criteria are independent: judge them concurrently, report them in order.
    return Promise.all(trial.criteria.map((criterion) => judgeCriterion(criterion, trial, trace, deps)));
}
async function judgeCriterion(criterion, trial, trace, deps) {
    if ((0,criteria/* usesLlm */.o)(criterion) && (trace.invalid || UNJUDGEABLE_ENDS.has(trace.endReason))) {
        return (0,metric_result/* metricError */.$h)(criterion, `not judged: the conversation ended with ${trace.invalid ? 'an invalid simulator' : trace.endReason}`);
    }
    if (!criterion.at)
        return judgeOn(criterion, trial, trace, deps);
    // A checkpoint: judged on the conversation up to that point; the result says where.
    const cut = traceAt(criterion.at, trial, trace);
    if (!cut.reached)
        return { ...(0,metric_result/* verdict */.WJ)(criterion, false, cut.reason), at: { ...criterion.at } };
    const result = await judgeOn(criterion, trial, cut.trace, deps);
    return { ...result, at: { ...criterion.at, evaluatedAtTurn: cut.turn } };
}
async function judgeOn(criterion, trial, trace, deps) {
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
        case 'state':
            return stateCheck(criterion, trial, trace);
        case 'state_unchanged':
            return stateUnchanged(criterion, trial, trace);
        case 'fail_if':
            return failIf(criterion, trial, trace, deps);
        case 'code':
            return codeScorer(criterion, trial, trace, deps.signal);
    }
}
/** Which criteria the judge LLM decides: decided where the plan resolves criteria. */



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

/***/ 5367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hy: () => (/* reexport */ BASE_SIDE_MODES),
  C3: () => (/* reexport */ createSuiteChatClient),
  tL: () => (/* reexport */ evaluateRun),
  Kw: () => (/* reexport */ historyEntriesOf),
  r_: () => (/* reexport */ planSuiteRun),
  mp: () => (/* reexport */ prepareBaseSide),
  rQ: () => (/* reexport */ referenceGaps),
  C5: () => (/* reexport */ referenceNote),
  GW: () => (/* reexport */ rejudgeRun),
  rx: () => (/* reexport */ resolveGateSettings),
  og: () => (/* reexport */ runSuite)
});

// UNUSED EXPORTS: comparisonPlan, firstCounts, plannedCounts, plannedKeysOf, plannedKeysOfTrials, refuseDeclaredVariants, replanStoredTrials, storedTrace

// EXTERNAL MODULE: ./src/llm/index.ts
var llm = __webpack_require__(6627);
// EXTERNAL MODULE: ./src/plan/index.ts + 4 modules
var src_plan = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/runner/preflight.ts + 1 modules
var preflight = __webpack_require__(8073);
// EXTERNAL MODULE: ./src/cassette/index.ts + 7 modules
var src_cassette = __webpack_require__(1234);
// EXTERNAL MODULE: ./src/runner/index.ts + 8 modules
var runner = __webpack_require__(2664);
// EXTERNAL MODULE: ./src/verdict/index.ts + 15 modules
var src_verdict = __webpack_require__(7822);
// EXTERNAL MODULE: ./src/report/evidence.ts
var evidence = __webpack_require__(3877);
// EXTERNAL MODULE: ./src/model/history.ts
var model_history = __webpack_require__(8585);
// EXTERNAL MODULE: ./src/model/base-side.ts
var base_side = __webpack_require__(5178);
;// CONCATENATED MODULE: ./src/pipeline/comparison-plan.ts




function comparisonPlan(request) {
    const { keys, earlier, variantsCompared, runAlpha } = request;
    const previousByKey = new Map((earlier.previous?.tests ?? []).map((test) => [test.key, test]));
    const referenceKey = (key) => (0,base_side/* referenceKeyOf */.Y3)(key, request.baseSide === true);
    const references = new Map();
    for (const planned of keys) {
        const earlierKey = referenceKey(planned.key);
        if (earlierKey === undefined)
            continue;
        const previous = previousByKey.get(earlierKey);
        const reference = (0,src_verdict/* chooseReference */.x)((0,model_history/* historyOf */.om)(earlier.history, earlierKey), planned.definition, previous ? { counts: (0,src_verdict/* plannedCounts */.$h)(previous), definition: (0,model_history/* definitionOf */.Fg)(previous) } : undefined);
        if (reference)
            references.set(planned.key, reference);
    }
    const baselines = new Map();
    if (variantsCompared) {
        // Every variant pair (baseline → each other variant) is a comparison of its own, counted in m below.
        const baselineVariant = request.baselineVariant ?? 'baseline';
        const baselineKeys = new Map(keys.filter((k) => k.variant === baselineVariant).map((k) => [k.testId, k.key]));
        for (const planned of keys) {
            const baseline = baselineKeys.get(planned.testId);
            if (planned.variant !== baselineVariant && planned.variant !== 'default' && baseline)
                baselines.set(planned.key, baseline);
        }
    }
    dropWeakReferences(keys, references, baselines, runAlpha);
    const unreferenced = new Map();
    for (const planned of keys) {
        const earlierKey = referenceKey(planned.key);
        if (earlierKey === undefined || references.has(planned.key) || baselines.has(planned.key))
            continue;
        const previous = previousByKey.get(earlierKey);
        const earlierDefinitions = [
            ...((0,model_history/* historyOf */.om)(earlier.history, earlierKey) ?? []).map((entry) => entry.definition),
            ...(previous ? [(0,model_history/* definitionOf */.Fg)(previous)] : []),
        ];
        const changed = earlierDefinitions.length > 0 &&
            !earlierDefinitions.some((definition) => (0,model_history/* sameDefinition */.uD)(definition, planned.definition));
        unreferenced.set(planned.key, changed ? 'changed' : 'new');
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
        unreferenced: (key) => unreferenced.get(key),
    };
}
/**
 * A key compared with its baseline (a model switch, or the base revision run side by side) does not also spend α on a
 * history or previous run too small to catch the drop the gate promises (src/verdict/power.ts): two comparisons would
 * halve the level of the one that can decide. Judged at the level of the run with every reference counted, the same
 * in the runner and in compare.
 */
function dropWeakReferences(keys, references, baselines, runAlpha) {
    const all = (0,src_verdict/* countComparisons */.G5)(keys.map((planned) => ({
        againstHistoryOrPrevious: references.has(planned.key),
        againstBaseline: baselines.has(planned.key),
        deterministic: planned.deterministic === true,
    })));
    const level = (0,src_verdict/* comparisonLevel */.yj)(runAlpha, all);
    for (const planned of keys) {
        const reference = references.get(planned.key);
        if (!reference || !baselines.has(planned.key) || planned.runs === undefined || planned.deterministic)
            continue;
        const power = (0,src_verdict/* detectability */.Yz)({
            referenceTrials: reference.counts.trials,
            planned: planned.runs,
            alpha: level.value,
        });
        if (!power.sufficient)
            references.delete(planned.key);
    }
}
/** The plan's keys from a results file's tests (what compare and `rehearse compare` see). */
function plannedKeysOf(tests) {
    return tests.map((test) => ({
        key: test.key,
        testId: test.testId,
        variant: test.variant,
        definition: (0,model_history/* definitionOf */.Fg)(test),
        runs: test.runs,
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
            runs: trial.runs,
            ...(deterministic(trial) ? { deterministic: true } : {}),
        });
    }
    return [...byKey.values()];
}
/** Whether a plan compares variants, and with which baseline (what a comparison plan request needs of it). */
function variantsComparedIn(plan) {
    const baseline = planBaseline(plan);
    if (baseline === undefined || !plan.variants.includes(baseline) || plan.variants.length < 2)
        return { variantsCompared: false };
    return { variantsCompared: true, baselineVariant: baseline };
}
/** The plan's baseline variant: the one it names, else one called `baseline` (plans built without a suite). */
function planBaseline(plan) {
    return plan.baseline ?? (plan.variants.includes('baseline') ? 'baseline' : undefined);
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
        ...variantsComparedIn(plan),
        runAlpha: gate.alpha,
        ...(plan.baseSide ? { baseSide: true } : {}),
    });
    // Drops are confirmed whatever fail_on says, so every output tells the same story about them; fail_on only decides
    // whether a confirmed one fails the gate. `never` switches the gate, and its trials, off.
    const dropsGated = !gate.failOn.includes('never');
    const infos = new Map();
    for (const trial of plan.trials) {
        if (infos.has(trial.key))
            continue;
        const θ = trial.minPassRate;
        // A new or changed test has nothing to be compared with: it is held to its own threshold, under any fail_on.
        const unreferenced = comparisons.unreferenced(trial.key) !== undefined && !gate.failOn.includes('never');
        const threshold = θ > 0 && θ < 1 && (unreferenced || gateReadsVerdict(gate, trial)) ? θ : undefined;
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
/**
 * Errored and invalid trials are not evidence (docs/statistics.md, "Infrastructure is not evidence"): they are
 * not replaced, and a key that has any gets no trials beyond its plan. Its verdicts are read from the pass/fail
 * trials among its planned ones: a fixed sample, so the exact test keeps its level. compare reads a results file
 * the same way (sampleOf in src/verdict/sample.ts).
 */
function partsOf(context, info, outcomes) {
    const { comparisons, settings } = context;
    const own = (0,src_verdict/* sampleOf */.uV)(outcomes[info.key] ?? '', info.runs, settings);
    const drops = [];
    if (own.planned === 0)
        return { drops };
    const baselineKey = comparisons.baselineFor(info.key);
    const baseline = baselineKey ? context.infos.get(baselineKey) : undefined;
    const baselineSample = baseline ? (0,src_verdict/* sampleOf */.uV)(outcomes[baseline.key] ?? '', baseline.runs, settings) : undefined;
    // A pair is confirmed only while neither side has errored: the baseline's extra trials serve the candidate.
    const paired = (0,src_verdict/* settingsFor */.zc)(settings, own.broken || (baselineSample?.broken ?? false));
    const common = {
        planned: own.planned,
        alpha: comparisons.level.alpha,
        ...(info.deterministic ? { deterministic: true } : {}),
    };
    if (context.dropsGated) {
        const reference = comparisons.referenceFor(info.key);
        if (reference)
            drops.push({
                ...common,
                settings: own.settings,
                reference,
                current: own.counts((0,src_verdict/* fullSample */.sO)({ planned: own.planned, settings: own.settings }).current),
            });
        if (baseline && baselineSample && baselineSample.planned > 0) {
            const full = (0,src_verdict/* fullSample */.sO)({
                planned: own.planned,
                reference: (0,src_verdict/* baselineReference */.HM)({ passes: 0, trials: 0 }, baselineSample.planned),
                settings: paired,
            });
            drops.push({
                ...common,
                settings: paired,
                reference: (0,src_verdict/* baselineReference */.HM)(baselineSample.counts(full.reference), baselineSample.planned),
                current: own.counts(full.current),
            });
        }
    }
    const threshold = info.threshold === undefined
        ? undefined
        : {
            current: own.counts(),
            planned: own.planned,
            threshold: info.threshold,
            ...(own.broken ? { settings: { ...src_verdict/* DEFAULT_THRESHOLD_SETTINGS */.ap, maxExtra: 0 } } : {}),
        };
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

// EXTERNAL MODULE: ./src/gate/index.ts
var src_gate = __webpack_require__(7155);
;// CONCATENATED MODULE: ./src/pipeline/gate-settings.ts
/**
 * The one place that decides which gate a run is judged with, α included:
 * the suite's gate when the suite is loaded, else the gate recorded in the
 * results, else the defaults; an explicit flag or input overrides any of them.
 */

function resolveGateSettings({ suite, recorded, overrides = {} }) {
    const [base, origin] = suite
        ? [(0,src_gate/* gateSettingsOf */.K$)(suite), 'suite']
        : recorded
            ? [recorded, 'recorded']
            : [src_gate/* DEFAULT_GATE */.sV, 'default'];
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
        return `Gate: the suite's (${(0,src_gate/* describeGateSettings */.Sx)(base)}).`;
    if (origin === 'recorded')
        return `Gate: the run's own (${(0,src_gate/* describeGateSettings */.Sx)(base)}).`;
    return `Gate: the defaults (${(0,src_gate/* describeGateSettings */.Sx)(base)}): the results file does not record the gate its run used.`;
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







/**
 * `simulatorReplayed`: a cassette answers the simulator's calls, so its key is not needed (`replayed`: the same
 * for the judge and the agents). `probed`: keys the endpoints refused before the run (see probeEndpoints). The judge's
 * and the agents' keys the environment lacks are found here, so every command that plans skips the same tests.
 */
function planSuiteRun(suite, selection, env, options = {}) {
    const replayed = { ...options.replayed, simulator: options.simulatorReplayed ?? options.replayed?.simulator };
    // Each simulator endpoint (the root's, or a persona's own) is available when its key is set or a cassette answers it.
    const available = (endpoint) => replayed.simulator === true || (0,llm/* simulatorAvailable */.k5)({ simulator: endpoint }, env);
    const unavailable = (0,preflight/* mergeUnavailable */.fo)((0,preflight/* lacksFromEnv */.YN)(suite, env, replayed), options.probed);
    return (0,src_plan/* planRun */.nY)(suite, { ...selection, simulatorAvailable: available, unavailable });
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
        ...(current.baseline !== undefined ? { baseline: current.baseline } : {}),
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
/** The conversation as the engine returned it: the stored transcript without the old judge's calls and failures. */
function storedTrace(stored) {
    const isJudgeCall = (event) => event.type === 'llm_call' && event.role === 'judge';
    const isJudgeError = (event) => event.type === 'error' && event.source === 'judge';
    const judgeUsage = (0,trial/* addUsage */.vk)({ inputTokens: 0, outputTokens: 0, costUsd: 0 }, stored.transcript.filter(isJudgeCall));
    return {
        events: stored.transcript.filter((event) => !isJudgeCall(event) && !isJudgeError(event)),
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

// EXTERNAL MODULE: ./src/compare/index.ts + 6 modules
var compare = __webpack_require__(2013);
;// CONCATENATED MODULE: ./src/pipeline/history-entries.ts
/**
 * A run's own history entries, one per test key: the counts of its planned
 * trials (pooled by later runs) and, apart, its confirmation trials (never
 * pooled: their number depended on the outcomes).
 */


function tallyTrials(trials) {
    const byKey = new Map();
    for (const trial of trials) {
        const tally = byKey.get(trial.key) ?? {
            passes: 0,
            failures: 0,
            errors: 0,
            invalid: 0,
            extraPasses: 0,
            extraFailures: 0,
        };
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
            if (trial.status === 'invalid')
                tally.invalid += 1;
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
    const byKey = new Map();
    for (const test of results.tests) {
        // A test stopped early enters with what it ran: leaving it out would bias its pooled rate.
        const tally = tallies.get(test.key) ?? fromSummary(test);
        if (tally.passes + tally.failures + tally.errors + tally.invalid > 0)
            byKey.set(test.key, tally);
    }
    const drowned = runDrowned([...byKey.values()]);
    const entries = Object.create(null);
    for (const test of results.tests) {
        const tally = byKey.get(test.key);
        if (!tally)
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
            ...(tally.invalid > 0 ? { invalid: tally.invalid } : {}),
            ...(drowned ? { excluded: 'infrastructure' } : {}),
            ...(extra ? { extra: { passes: tally.extraPasses, failures: tally.extraFailures } } : {}),
        };
    }
    return entries;
}
/**
 * The whole run was drowned in errored or invalid trials (more than INFRASTRUCTURE_SHARE of its planned ones): every
 * entry it adds is marked and kept out of pooling, even a test that happened to get through.
 */
function runDrowned(tallies) {
    let broken = 0;
    let all = 0;
    for (const tally of tallies) {
        broken += tally.errors + tally.invalid;
        all += tally.passes + tally.failures + tally.errors + tally.invalid;
    }
    return all > 0 && broken > src_verdict/* INFRASTRUCTURE_SHARE */.c6 * all;
}
function fromSummary(test) {
    const planned = test.outcomes?.slice(0, test.runs);
    const extraLetters = test.outcomes?.slice(test.runs) ?? '';
    const count = (letters, letter) => [...letters].filter((l) => l === letter).length;
    return planned === undefined
        ? {
            passes: test.passes,
            failures: test.failures,
            errors: test.errors,
            invalid: test.invalid,
            extraPasses: 0,
            extraFailures: 0,
        }
        : {
            passes: count(planned, 'p'),
            failures: count(planned, 'f'),
            errors: count(planned, 'e'),
            invalid: count(planned, 'i'),
            extraPasses: count(extraLetters, 'p'),
            extraFailures: count(extraLetters, 'f'),
        };
}

// EXTERNAL MODULE: ./src/model/results.ts
var model_results = __webpack_require__(3111);
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
        variantsCompared: (0,model_results/* comparedVariantsOf */.Zd)(produced).length > 0,
        ...baselineOf(produced),
        runAlpha: gateSettings.settings.alpha,
        ...(produced.baseSide ? { baseSide: true } : {}),
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
    const gate = (0,src_gate/* evaluateGate */.DR)({
        results: judged,
        comparisons: [comparisons.previous, comparisons.variants].filter((c) => c !== undefined),
        minPassRate: settings.minPassRate,
        failOn: settings.failOn,
        unreferenced: (key) => plan.unreferenced(key),
        ...(request.referenceNote ? { extraNotes: [request.referenceNote] } : {}),
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
function baselineOf(results) {
    const baseline = (0,model_results/* baselineVariantOf */.gk)(results);
    return baseline === undefined ? {} : { baselineVariant: baseline };
}
/**
 * The history this run's results carry: a base-branch run rolls it forward with its own planned trials;
 * any other run (a pull request) carries it unchanged, so the next base run still sees the same history.
 */
function nextHistory(results, history, request) {
    // A run against the base revision is a pull request's or a local check: never a base-branch run.
    if (!request.rollHistory || results.baseSide) {
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

// EXTERNAL MODULE: ./src/suite/version.ts
var version = __webpack_require__(8996);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
;// CONCATENATED MODULE: ./src/plan/base-side.ts


/**
 * Every planned trial becomes its candidate (this revision's agent) preceded by its baseline (the base revision's
 * agent with the same id), interleaved as the suite's own variants are (b#0, c#0, b#1, c#1…). A test that is not
 * wanted, or whose agent the base revision does not have, runs its candidate alone.
 */
function planBaseSide(request) {
    const { plan } = request;
    const expand = (trial) => {
        const candidate = asVariant(trial, 'candidate');
        const base = request.wanted(trial.testId) ? request.baseAgent(trial.agent.id) : undefined;
        if (!base)
            return [candidate];
        const baseline = asVariant(trial, 'baseline');
        const versions = trial.versions
            ? { ...trial.versions, tools: (0,version/* contentVersion */.e)(base.tools), agent: (0,version/* contentVersion */.e)(base.agent) }
            : undefined;
        return [{ ...baseline, agent: base.agent, tools: base.tools, ...(versions ? { versions } : {}) }, candidate];
    };
    const trials = plan.trials.flatMap(expand);
    return {
        trials,
        ...(trials.some((trial) => trial.variant === 'baseline')
            ? { variants: ['baseline', 'candidate'], baseline: 'baseline' }
            : { variants: ['candidate'] }),
        ...(plan.shard ? { shard: plan.shard, otherShards: (plan.otherShards ?? []).flatMap(expand) } : {}),
        skipped: plan.skipped.map((entry) => {
            const testId = entry.testId ?? entry.key.slice(0, entry.key.lastIndexOf('@'));
            return { ...entry, key: (0,types/* testKey */.S)(testId, 'candidate'), variant: 'candidate' };
        }),
        baseSide: request.baseSide,
    };
}
function asVariant(trial, variant) {
    const key = (0,types/* testKey */.S)(trial.testId, variant);
    return { ...trial, key, variant, id: `${key}#${trial.index}` };
}
/** The test ids of a plan and the agent each runs against (what the base revision must provide). */
function agentsOfPlan(plan) {
    const byAgent = new Map();
    for (const trial of plan.trials) {
        const tests = byAgent.get(trial.agent.id) ?? [];
        if (!tests.includes(trial.testId))
            tests.push(trial.testId);
        byAgent.set(trial.agent.id, tests);
    }
    return byAgent;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:process"
var external_node_process_ = __webpack_require__(1708);
var external_node_process_default = /*#__PURE__*/__webpack_require__.n(external_node_process_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/runner/base-revision.ts
/**
 * The base revision of a run against it (`rehearse run --base <ref>`, the action's `base-side`): the ref resolved
 * to a commit, and that commit checked out in a temporary, detached `git worktree` beside the repository, removed
 * again when the run ends — also when it fails or is cancelled, and on a hard exit (a second Ctrl-C) through a
 * synchronous exit hook. Only git: loading the suite there and planning are the pipeline's.
 */







const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Resolving a ref is quick; checking a commit out can take a while in a big repository. */
const LOOKUP_TIMEOUT_MS = 10_000;
const CHECKOUT_TIMEOUT_MS = 300_000;
async function git(args, cwd, timeout = LOOKUP_TIMEOUT_MS) {
    const { stdout } = await run('git', [...args], { cwd, timeout, encoding: 'utf8' });
    return stdout.trim();
}
/** The commit `ref` names in the repository around `cwd`, and the repository's top folder. */
async function resolveRevision(cwd, ref) {
    let root;
    try {
        root = await git(['rev-parse', '--show-toplevel'], cwd);
    }
    catch {
        return { ok: false, problem: 'no-git', message: `${cwd} is not inside a git repository (or git is not installed)` };
    }
    try {
        // `^{commit}`: a tag resolves to its commit; --verify --quiet: one answer or none.
        const sha = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
        if (sha)
            return { ok: true, sha, root };
    }
    catch {
        // not found: below
    }
    return { ok: false, problem: 'not-found', message: `no commit '${ref}' in this repository` };
}
/** Whether the commit is in the local repository (a shallow clone may lack the base commit). */
async function commitPresent(cwd, sha) {
    try {
        await git(['cat-file', '-e', `${sha}^{commit}`], cwd);
        return true;
    }
    catch {
        return false;
    }
}
/** Checks `sha` out in a new temporary detached worktree of the repository at `root`. */
async function checkoutRevision(root, sha) {
    const parent = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rehearse-base-'));
    const dir = (0,external_node_path_.join)(parent, 'base');
    // A hard exit skips every finally: the worktree still goes (synchronously, it is all an exit hook may do).
    const onExit = () => {
        try {
            (0,external_node_child_process_.execFileSync)('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore', timeout: 5_000 });
        }
        catch {
            // already gone, or git refused: the folder is removed below and `git worktree prune` forgets it
        }
        (0,external_node_fs_.rmSync)(parent, { recursive: true, force: true });
    };
    external_node_process_default().once('exit', onExit);
    let disposed = false;
    const dispose = async () => {
        if (disposed)
            return;
        disposed = true;
        external_node_process_default().off('exit', onExit);
        try {
            await git(['worktree', 'remove', '--force', dir], root);
        }
        catch {
            // never added, or already gone
        }
        await (0,promises_.rm)(parent, { recursive: true, force: true });
        await git(['worktree', 'prune'], root).catch(() => undefined);
    };
    try {
        await git(['worktree', 'add', '--detach', '--quiet', dir, sha], root, CHECKOUT_TIMEOUT_MS);
    }
    catch (error) {
        await dispose();
        throw error;
    }
    return { dir, dispose };
}
/** `file`'s path relative to the repository's top folder (both resolved through symlinks, as git reports it). */
async function pathInRepository(root, file) {
    const [realRoot, realFile] = await Promise.all([(0,promises_.realpath)(root), (0,promises_.realpath)(file)]);
    return (0,external_node_path_.relative)(realRoot, realFile);
}

// EXTERNAL MODULE: ./src/suite/index.ts + 11 modules
var src_suite = __webpack_require__(2462);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
;// CONCATENATED MODULE: ./src/pipeline/reference-note.ts
/**
 * Where a test's reference (its pooled history on the base branch, else the previous run) is too small to catch the
 * drop the gate promises (REFERENCE_DROP with REQUIRED_POWER, src/verdict/power.ts) and no base side runs beside it,
 * every output says so: the smallest drop the reference can detect, and what would fix it. The one wording of that
 * note (referenceNote), shown where the earlier-runs note goes.
 */





/**
 * The tests of `plan` whose reference cannot catch REFERENCE_DROP and that are not compared with a base side (or a
 * baseline variant) in the same run. Deterministic tests need no statistics (a flip is a regression) and are left
 * out, and so is a baseline variant: it is a reference, not what is under test.
 */
function referenceGaps(plan, earlier, runAlpha) {
    const baseSide = plan.baseSide !== undefined;
    const trials = [...plan.trials, ...(plan.otherShards ?? [])];
    const history = earlier.history ?? earlier.previous?.history;
    const comparisons = comparisonPlan({
        keys: plannedKeysOfTrials(trials, (trial) => trial.deterministic === true),
        earlier: history ? { ...earlier, history } : earlier,
        ...variantsComparedIn(plan),
        runAlpha,
        ...(baseSide ? { baseSide: true } : {}),
    });
    const alpha = comparisons.level.value;
    const gaps = [];
    const seen = new Set();
    for (const trial of trials) {
        const key = (0,base_side/* referenceKeyOf */.Y3)(trial.key, baseSide);
        if (key === undefined || seen.has(trial.key))
            continue;
        seen.add(trial.key);
        if (comparisons.deterministic(trial.key) || comparisons.baselineFor(trial.key) !== undefined)
            continue;
        // A suite's own baseline variant is the reference of its candidate, not what is under test.
        if (trial.variant === planBaseline(plan))
            continue;
        const reference = comparisons.referenceFor(trial.key);
        const referenceTrials = reference?.counts.trials ?? 0;
        // Both figures are remembered by their inputs (power.ts): tests of one size ask once.
        const detect = (0,src_verdict/* detectability */.Yz)({ referenceTrials, planned: trial.runs, alpha });
        if (detect.sufficient)
            continue;
        // Only a reference too small asks how many trials would be enough (a search over reference sizes).
        const needed = (0,src_verdict/* referenceTrialsNeeded */.kU)({ planned: trial.runs, alpha });
        const referenceRuns = reference?.source === 'history'
            ? (0,src_verdict/* referencePool */.W8)((0,model_history/* historyOf */.om)(history, key) ?? [], definitionOfTrial(trial)).runs
            : reference
                ? 1
                : 0;
        const moreRuns = needed === null ? null : Math.max(1, Math.ceil((needed - referenceTrials) / trial.runs));
        gaps.push({ testId: trial.testId, key, referenceTrials, referenceRuns, detect, moreRuns });
    }
    return gaps;
}
function definitionOfTrial(trial) {
    return plannedKeysOfTrials([trial])[0].definition;
}
function fixOf(block) {
    switch (block.kind) {
        case 'not-asked':
            return 'run with --base <ref> (e.g. --base main)';
        case 'disabled':
            return "set the action's input base-side: auto";
        case 'http-agent':
            return 'the base side cannot run an http agent (its one URL serves one revision)';
        case 'shallow':
            return `the base commit ${block.sha.slice(0, 7)} is not in the checkout: set fetch-depth: 0 on actions/checkout`;
        case 'unavailable':
            return `the base side could not run (${block.why})`;
    }
}
const rate = (value) => String(Math.round(value * 100) / 100);
/**
 * One line: "Reference too small for 7 tests: the smallest drop it detects is 0.9 → 0.35 (1 base run); run with
 * --base <ref> (e.g. --base main) or let the base branch record 5 more runs." Undefined when every reference is enough.
 */
function referenceNote(gaps, block) {
    if (gaps.length === 0)
        return undefined;
    // The weakest reference speaks for all: no detectable drop at all is the weakest.
    const weakest = [...gaps].sort((a, b) => (b.detect.smallestDrop ?? 2) - (a.detect.smallestDrop ?? 2) || a.referenceTrials - b.referenceTrials)[0];
    const from = src_verdict/* REFERENCE_DROP */.GJ.from;
    const size = weakest.referenceRuns === 0 ? 'no base run' : (0,plural/* plural */.L)(weakest.referenceRuns, 'base run');
    const detects = weakest.detect.smallestDrop === null
        ? `it detects no drop, not even ${from} → 0 (${size})`
        : `the smallest drop it detects is ${from} → ${rate(Math.max(0, from - weakest.detect.smallestDrop))} (${size})`;
    const runs = gaps.map((gap) => gap.moreRuns);
    const more = runs.includes(null) ? undefined : Math.max(...runs);
    const wait = more === undefined ? 'raise the run counts' : `let the base branch record ${(0,plural/* plural */.L)(more, 'more run')}`;
    const fix = fixOf(block);
    const joined = block.kind === 'not-asked' || block.kind === 'disabled' ? `${fix} or ${wait}` : `${fix}: ${wait}`;
    return `Reference too small for ${(0,plural/* plural */.L)(gaps.length, 'test')}: ${detects}; ${joined}.`;
}

;// CONCATENATED MODULE: ./src/pipeline/base-side.ts
/**
 * `rehearse run --base <ref>` and the action's `base-side`: the base revision run side by side with this one. The
 * base revision is checked out in a temporary worktree (src/runner/base-revision.ts), its suite loaded at the same
 * path, and each test's agent taken from it by id — its settings, and for a `command` agent its code, which runs
 * in that worktree. The plan then runs every chosen test against both agents (src/plan/base-side.ts): the base
 * side is the reference of the paired, confirmed comparison.
 *
 * Which tests: `always`, every one; `auto`, those whose reference (pooled history, else previous run) cannot catch
 * 0.9 → 0.4 with 80% power (src/verdict/power.ts) — a test whose history already decides spends no trials on it.
 * Where the base side cannot run (an `http` agent, no git, an unknown ref, no suite or no such agent at the base),
 * the run goes on without it for those tests and the note says what the reference can detect.
 */







const BASE_SIDE_MODES = ['auto', 'always'];
const nothingToDispose = async () => { };
/**
 * A suite that declares variants already compares two agents in one run as baseline and candidate; the base side
 * would need a third. Refused rather than silently dropping one of them.
 */
function refuseDeclaredVariants(suite) {
    const declared = Object.keys(suite.variants);
    if (declared.length === 0)
        return;
    throw new errors/* ConfigurationError */.j1(`--base runs the base revision as the baseline variant and this one as the candidate, but this suite declares ` +
        `its own variants (${declared.join(', ')}), which already compare agents in one run: run it without ` +
        `--base (base-side: never in the action), or without \`variants:\``);
}
async function prepareBaseSide(request) {
    const { suite, plan, earlier, runAlpha } = request;
    refuseDeclaredVariants(suite);
    const gaps = referenceGaps(plan, earlier, runAlpha);
    const unchanged = (block, notices = []) => {
        const note = referenceNote(gaps, block);
        return { plan, notices, ...(note ? { note } : {}), dispose: nothingToDispose };
    };
    const testIds = [...new Set(plan.trials.map((trial) => trial.testId))];
    const wanted = new Set(request.mode === 'always' ? testIds : gaps.map((gap) => gap.testId));
    if (wanted.size === 0)
        return unchanged({ kind: 'not-asked' }, [
            `base side not run: the reference of every test already detects a 0.9 → 0.4 drop (use always to run it anyway)`,
        ]);
    const http = new Set(plan.trials.filter((trial) => trial.agent.type === 'http').map((trial) => trial.testId));
    const runnable = [...wanted].filter((testId) => !http.has(testId));
    if (runnable.length === 0)
        return unchanged({ kind: 'http-agent' }, [
            `base side not run: the tests run against an http agent, whose one URL serves one revision`,
        ]);
    const lookup = await resolveRevision(request.cwd, request.ref);
    if (!lookup.ok) {
        const fullSha = /^[0-9a-f]{40}$/i.test(request.ref);
        const shallow = fullSha && lookup.problem === 'not-found' && !(await commitPresent(request.cwd, request.ref));
        const block = shallow
            ? { kind: 'shallow', sha: request.ref }
            : { kind: 'unavailable', why: lookup.message };
        return unchanged(block, [
            `base side not run: ${shallow ? `commit ${request.ref} is not fetched` : lookup.message}`,
        ]);
    }
    const short = lookup.sha.slice(0, 7);
    const worktree = await checkoutRevision(lookup.root, lookup.sha);
    try {
        const prepared = await planInWorktree(request, worktree, { sha: lookup.sha, root: lookup.root, short }, runnable);
        if (!prepared.plan.baseSide)
            await worktree.dispose();
        return prepared;
    }
    catch (error) {
        await worktree.dispose();
        throw error;
    }
}
async function planInWorktree(request, worktree, revision, runnable) {
    const { suite, plan, earlier, runAlpha } = request;
    const path = await pathInRepository(revision.root, suite.rootFile);
    const loaded = await (0,src_suite/* loadSuite */.bu)(path, { cwd: worktree.dir, env: request.env });
    if (!loaded.ok) {
        const why = `the base revision ${revision.short} has no valid suite at ${path}`;
        const note = referenceNote(referenceGaps(plan, earlier, runAlpha), { kind: 'unavailable', why });
        return { plan, notices: [`base side not run: ${why}`], ...(note ? { note } : {}), dispose: worktree.dispose };
    }
    const baseSuite = loaded.suite;
    const notices = [];
    const missing = [];
    for (const [agentId, tests] of agentsOfPlan(plan)) {
        if (baseSuite.agents.some((agent) => agent.id === agentId))
            continue;
        missing.push(agentId);
        notices.push(`agent '${agentId}' is not in the base revision ${revision.short}: ` +
            `${(0,plural/* plural */.L)(tests.length, 'test')} (${tests.slice(0, 5).join(', ')}) run without a base side`);
    }
    const chosen = new Set(runnable);
    const withBase = planBaseSide({
        plan,
        baseAgent: baseAgentLookup(suite, baseSuite),
        wanted: (testId) => chosen.has(testId),
        baseSide: {
            ref: request.ref,
            sha: revision.sha,
            ...(request.reason ? { reason: request.reason } : {}),
        },
    });
    const baseTests = new Set(withBase.trials.filter((t) => t.variant === 'baseline').map((t) => t.testId));
    if (baseTests.size === 0) {
        const why = `no agent of these tests is in the base revision ${revision.short}`;
        const note = referenceNote(referenceGaps(plan, earlier, runAlpha), { kind: 'unavailable', why });
        return { plan, notices, ...(note ? { note } : {}), baseSuite, dispose: worktree.dispose };
    }
    const all = new Set(plan.trials.map((trial) => trial.testId)).size;
    notices.push(`base side: ${(0,plural/* plural */.L)(baseTests.size, 'test')} of ${all} also run against the ` +
        `${(0,base_side/* baseSideDescription */.js)('baseline', revision.sha)} (${request.ref}), side by side`);
    // Tests left without a base side and with too small a reference still get the note.
    const left = referenceGaps(withBase, earlier, runAlpha);
    const block = left.some((gap) => withBase.trials.some((t) => t.testId === gap.testId && t.agent.type === 'http'))
        ? { kind: 'http-agent' }
        : {
            kind: 'unavailable',
            why: `no agent ${missing.map((id) => `'${id}'`).join(', ')} at the base revision ${revision.short}`,
        };
    const note = referenceNote(left, block);
    return { plan: withBase, notices, ...(note ? { note } : {}), baseSuite, dispose: worktree.dispose };
}
/**
 * The base revision's agent by id, offered the tools it names: their definitions (mocks are part of the test) from
 * the current suite, else from the base revision's.
 */
function baseAgentLookup(current, base) {
    const toolNamed = (name) => {
        const located = current.tools.find((tool) => tool.name === name) ?? base.tools.find((tool) => tool.name === name);
        if (!located || located.strategy === 'none')
            return [];
        const { source: _source, ...tool } = located;
        return [tool];
    };
    return (agentId) => {
        const located = base.agents.find((agent) => agent.id === agentId);
        if (!located)
            return undefined;
        const { source: _source, ...agent } = located;
        return { agent: agent, tools: agent.tools.flatMap(toolNamed) };
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

/***/ 9594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ resolveCriteria),
/* harmony export */   o: () => (/* binding */ usesLlm)
/* harmony export */ });
/* harmony import */ var _suite_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(729);
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
            .map((type) => _suite_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricSchema */ .My.parse({ type }))
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
const LLM_METRICS = new Set(['expected_outcome', 'rubric', 'fail_if']);
/** Whether a criterion is judged by the judge LLM (so it needs the judge's endpoint and key). */
function usesLlm(criterion) {
    return LLM_METRICS.has(criterion.type) || (criterion.type === 'expected_output' && criterion.match === 'llm');
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


/***/ }),

/***/ 4299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WQ: () => (/* binding */ SHARD_EXPECTED),
  pS: () => (/* reexport */ agentKey),
  jp: () => (/* binding */ lackFields),
  V$: () => (/* binding */ lackText),
  uK: () => (/* binding */ parseShard),
  nY: () => (/* binding */ planRun),
  eu: () => (/* reexport */ simulatorKey),
  fV: () => (/* binding */ simulatorNeed),
  oF: () => (/* reexport */ plan_criteria/* usesLlm */.o)
});

// UNUSED EXPORTS: MAX_SHARDS, skipReasonOf

// EXTERNAL MODULE: ./src/suite/limits.ts
var limits = __webpack_require__(6542);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/suite/version.ts
var version = __webpack_require__(8996);
// EXTERNAL MODULE: ./src/plan/criteria.ts
var plan_criteria = __webpack_require__(9594);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
// EXTERNAL MODULE: ./src/plan/variants.ts + 1 modules
var plan_variants = __webpack_require__(9386);
;// CONCATENATED MODULE: ./src/plan/simulator.ts
/** When a persona names a model but the suite configures no simulator, the key is read from the usual variable. */
const DEFAULT_KEY_ENV = 'OPENAI_API_KEY';
function simulatorFor(root, persona) {
    const own = persona?.simulator;
    const prompt = own?.system_prompt ?? root?.system_prompt;
    const model = own?.model ?? root?.model;
    if (model === undefined)
        return prompt === undefined ? {} : { prompt };
    if (!own || !overridesEndpoint(own))
        return { ...(root ? { endpoint: endpointOf(root) } : {}), ...withPrompt(prompt) };
    const baseUrl = own.base_url ?? root?.base_url;
    const temperature = own.temperature ?? root?.temperature;
    const endpoint = {
        model,
        api_key_env: own.api_key_env ?? root?.api_key_env ?? DEFAULT_KEY_ENV,
        ...(baseUrl !== undefined ? { base_url: baseUrl } : {}),
        ...(temperature !== undefined ? { temperature } : {}),
    };
    return { endpoint, ...withPrompt(prompt) };
}
function overridesEndpoint(own) {
    return [own.model, own.base_url, own.api_key_env, own.temperature].some((value) => value !== undefined);
}
/** The root simulator as an endpoint: the same fields, without the prompt. */
function endpointOf(root) {
    const { system_prompt: _prompt, system_prompt_file: _file, ...endpoint } = root;
    return endpoint;
}
function withPrompt(prompt) {
    return prompt === undefined ? {} : { prompt };
}

;// CONCATENATED MODULE: ./src/plan/trial.ts
/** One unit × variant × index → a trial carrying everything as plain data. */






function scenarioOf(suite, unit) {
    return unit.kind === 'conversation'
        ? suite.scenarios.find((scenario) => scenario.id === unit.test.scenario)
        : undefined;
}
function buildTrial(suite, unit, variant, index) {
    const key = (0,types/* testKey */.S)(unit.testId, variant);
    const owner = unit.kind === 'conversation' ? unit.test : unit.dataset;
    const agent = (0,plan_variants/* agentFor */.P)(suite, owner.agent, variant);
    const profileId = owner.profile;
    const tools = agent.tools.flatMap((name) => toolNamed(suite, name));
    const profileEntry = suite.profiles.find((candidate) => candidate.id === profileId);
    const profile = profileEntry?.data ?? {};
    const state = (unit.kind === 'conversation' ? unit.test.state : undefined) ?? profileEntry?.state;
    const criteria = unit.kind === 'dataset'
        ? (0,plan_criteria/* resolveCriteria */.K)(unit.dataset.criteria, suite.metrics, { enabled: false })
        : (0,plan_criteria/* resolveCriteria */.K)(unit.test.criteria, suite.metrics, {
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
        ...(state ? { state } : {}),
        criteria,
        versions: definitionVersions({
            profile,
            tools: toolsForVersion(tools, suite.rootFile),
            state,
            criteria: criteriaForVersion(criteria, suite),
            agent,
            judge: suite.judge?.model ?? null,
        }),
        ...(owner.deterministic ? { deterministic: true } : {}),
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
            ...withSimulator(simulatorFor(suite.simulator, undefined)),
        };
    }
    const { source: _p, ...persona } = mustFind(suite.personas, unit.test.persona, 'persona');
    const { source: _s, ...scenario } = mustFind(suite.scenarios, unit.test.scenario, 'scenario');
    return {
        ...common,
        ...withSimulator(simulatorFor(suite.simulator, persona)),
        kind: 'conversation',
        ...(unit.test.name ? { name: unit.test.name } : {}),
        source: unit.test.source,
        persona,
        scenario,
    };
}
function withSimulator(simulator) {
    return {
        ...(simulator.endpoint ? { simulator: simulator.endpoint } : {}),
        ...(simulator.prompt !== undefined ? { simulatorPrompt: simulator.prompt } : {}),
    };
}
/**
 * Hashes of what the trial runs with besides persona and scenario: the
 * resolved profile data, tools, criteria, the judge's model and the agent
 * (variant overrides applied), so a comparison can tell "the test changed"
 * from "the agent changed".
 */
function definitionVersions(parts) {
    return {
        profile: (0,version/* contentVersion */.e)(parts.profile),
        // The initial state is part of the tools' world: a test without state keeps the version it always had.
        tools: (0,version/* contentVersion */.e)(parts.state === undefined ? parts.tools : { tools: parts.tools, state: parts.state }),
        criteria: (0,version/* contentVersion */.e)(parts.criteria),
        judge: (0,version/* contentVersion */.e)(parts.judge),
        agent: (0,version/* contentVersion */.e)(parts.agent),
    };
}
/** Module files relative to the suite's root: the version must not depend on where the repository is checked out. */
function toolsForVersion(tools, rootFile) {
    return tools.map((tool) => tool.module ? { ...tool, module: { ...tool.module, file: (0,external_node_path_.relative)((0,external_node_path_.dirname)(rootFile), tool.module.file) } } : tool);
}
/**
 * Code scorers by their module relative to the suite's root and their content hash: an edited scorer is a
 * changed test, a moved checkout is not. Criteria without code keep the version they always had.
 */
function criteriaForVersion(criteria, suite) {
    return criteria.map((criterion) => criterion.type === 'code'
        ? {
            ...criterion,
            module: (0,external_node_path_.relative)((0,external_node_path_.dirname)(suite.rootFile), criterion.module),
            moduleHash: suite.codeModules?.get(criterion.module) ?? null,
        }
        : criterion);
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

;// CONCATENATED MODULE: ./src/plan/availability.ts
/**
 * One agent as far as reaching it goes: its id and what decides where its calls go and with which key (a variant
 * may point the same agent at another base URL).
 */
function agentKey(agent) {
    switch (agent.type) {
        case 'openai':
            return `${agent.id} ${agent.base_url ?? ''} ${agent.api_key_env}`;
        case 'http':
            return `${agent.id} ${agent.url}`;
        case 'command':
            return agent.id;
    }
}
/** A simulator endpoint as far as its key goes: where its calls go and with which key (the model changes neither). */
function simulatorKey(endpoint) {
    return `${endpoint.base_url ?? ''} ${endpoint.api_key_env}`;
}

;// CONCATENATED MODULE: ./src/plan/index.ts












const PRIORITY_ORDER = ['critical', 'high', 'normal', 'low'];
function planRun(suite, options) {
    const { ids: variants, baseline } = (0,plan_variants/* planVariants */.k)(suite, options.variants);
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
        // Each variant may run against another agent (or another endpoint of it): each can lack something else.
        const missing = new Map(variants.map((variant) => [variant, missingFor(suite, unit, variant, options)]));
        if (!owned.has(unit)) {
            for (const variant of variants)
                if (!missing.get(variant))
                    otherShards.push(buildTrial(suite, unit, variant, 0));
            continue;
        }
        for (const variant of variants) {
            const lack = missing.get(variant);
            if (lack)
                skipped.push(skippedEntry(unit, variant, lack));
        }
        const running = variants.filter((variant) => !missing.get(variant));
        // Variants interleave (b#0, c#0, b#1, c#1…) so a run stopped early still compares like with like.
        // A test's trials differ only in their index: built once per variant, they share everything else (a 1,000-run
        // test hashed its definition 1,000 times, and held 1,000 copies of it).
        const first = running.map((variant) => buildTrial(suite, unit, variant, 0));
        for (let index = 0; index < unit.runs; index++)
            for (const trial of first)
                trials.push(index === 0 ? trial : { ...trial, id: `${trial.key}#${index}`, index });
    }
    return {
        trials,
        variants,
        ...(baseline !== undefined ? { baseline } : {}),
        ...(options.shard ? { shard: options.shard, otherShards } : {}),
        skipped,
    };
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
/**
 * The shard count's bound: a plan has at most MAX_TRIALS trials, so past it some shards are sure to be empty (and
 * digits beyond 2^53 would no longer read as the number written).
 */
const MAX_SHARDS = limits/* MAX_TRIALS */.XI;
const SHARD_EXPECTED = `'i/n' with 1 <= i <= n <= ${(0,plural/* formatCount */.B)(MAX_SHARDS)}, e.g. '2/4'`;
/** "2/4" → { index: 2, total: 4 }. */
function parseShard(text) {
    const match = /^\s*([0-9]+)\s*\/\s*([0-9]+)\s*$/.exec(text);
    const index = Number(match?.[1]);
    const total = Number(match?.[2]);
    if (!match || total < 1 || index < 1 || index > total || total > MAX_SHARDS) {
        throw new errors/* ConfigurationError */.j1(`invalid shard '${text}': expected ${SHARD_EXPECTED}`);
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
 * What a unit lacks to run under a variant, or undefined when it can run: the agent first (without it nothing
 * runs), then the simulator, then the judge. `simulatorAvailable` is false either because no `simulator:` is
 * configured or because its key variable is not set (see simulatorAvailable in src/llm): which one, the suite says.
 */
function missingFor(suite, unit, variant, options) {
    const unavailable = options.unavailable;
    const trial = unavailable?.judge || unavailable?.agents?.size ? buildTrial(suite, unit, variant, 0) : undefined;
    const agentLack = trial ? unavailable?.agents?.get(agentKey(trial.agent)) : undefined;
    if (trial && agentLack)
        return { role: 'agent', agentId: trial.agent.id, need: `agent '${trial.agent.id}'`, ...lackFields(agentLack) };
    const judged = trial?.criteria.filter(plan_criteria/* usesLlm */.o) ?? [];
    const judgeLack = judged.length > 0 ? unavailable?.judge : undefined;
    const simulator = simulatorMissing(suite, unit, options);
    // Both lacking: the simulator is named (it stops the conversation first), the judge is kept as well for the advice.
    if (simulator)
        return judgeLack ? { ...simulator, also: [{ role: 'judge', ...withoutUrl(lackFields(judgeLack)) }] } : simulator;
    if (!judgeLack)
        return undefined;
    const types = [...new Set(judged.map((criterion) => criterion.type))].join(', ');
    return { role: 'judge', need: `LLM-judged criteria (${types})`, ...lackFields(judgeLack) };
}
function withoutUrl({ url: _url, ...fields }) {
    return fields;
}
function simulatorMissing(suite, unit, options) {
    const scenario = scenarioOf(suite, unit);
    if (!scenario || unit.kind !== 'conversation')
        return undefined;
    const persona = suite.personas.find((candidate) => candidate.id === unit.test.persona);
    const { endpoint } = simulatorFor(suite.simulator, persona);
    const available = typeof options.simulatorAvailable === 'function'
        ? endpoint !== undefined && options.simulatorAvailable(endpoint)
        : options.simulatorAvailable;
    const rejected = endpoint ? rejectedSimulator(options.unavailable, endpoint) : options.unavailable?.simulator;
    if (available && !rejected)
        return undefined;
    const need = simulatorNeed(scenario);
    if (!need)
        return undefined;
    const base = { role: 'simulator', need, scenarioId: scenario.id };
    if (available && rejected)
        return { ...base, ...lackFields(rejected) };
    return endpoint ? { ...base, envVar: endpoint.api_key_env } : { ...base, endpoint: true };
}
/** The refused key of this simulator endpoint (probed one by one), or of "the simulator" when only that is known. */
function rejectedSimulator(unavailable, endpoint) {
    if (unavailable?.simulators)
        return unavailable.simulators.get(simulatorKey(endpoint));
    return unavailable?.simulator;
}
/** A lack as recorded in the results: `status` only when rejected, so files of missing keys read as before. */
function lackFields(lack) {
    return {
        ...(lack.status === 'rejected' ? { status: 'rejected' } : {}),
        ...(lack.envVar ? { envVar: lack.envVar } : {}),
        ...(lack.endpoint ? { endpoint: true } : {}),
        ...(lack.url ? { url: lack.url } : {}),
    };
}
const ROLE_KEY = {
    simulator: "the simulator's API key",
    judge: "the judge's API key",
    agent: "the agent's API key",
};
/** One line: what needs the simulator, the judge or the agent, and what it lacks. */
function skipReasonOf(missing) {
    return `${missing.need}: ${lackText(missing)}`;
}
/** "OPENAI_API_KEY is not set (the judge's API key)", "AGENT_URL is not set (url ${AGENT_URL})"… */
function lackText(missing) {
    const { role } = missing;
    if (missing.status === 'rejected')
        return `the key in ${missing.envVar ?? '(no variable)'} was rejected by ${missing.url ?? `the ${role}'s endpoint`}`;
    if (!missing.envVar)
        return `no ${role} LLM is configured (add \`${role}:\` to the suite)`;
    const what = role === 'agent' && missing.url ? `url ${missing.url}` : ROLE_KEY[role];
    return `${missing.envVar} is not set (${what})`;
}
function skippedEntry(unit, variant, missing) {
    const owner = unit.kind === 'conversation' ? unit.test : unit.dataset;
    const name = unit.kind === 'conversation' ? unit.test.name : undefined;
    return {
        key: (0,types/* testKey */.S)(unit.testId, variant),
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

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ testKey)
/* harmony export */ });
function testKey(testId, variant) {
    return `${testId}@${variant}`;
}


/***/ }),

/***/ 9386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ agentFor),
  k: () => (/* binding */ planVariants)
});

// EXTERNAL MODULE: ./src/suite/did-you-mean.ts
var did_you_mean = __webpack_require__(113);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/suite/variants.ts
/** The variant a suite without variants runs (never compared with another). */
const DEFAULT_VARIANT = 'default';
/** undefined: the suite declares no variants, and its one implicit `default` variant runs. */
function suiteVariants(declared) {
    const ids = Object.keys(declared);
    if (ids.length === 0)
        return undefined;
    const baseline = ids.find((id) => id === 'baseline') ?? ids.find((id) => declared[id].baseline === true) ?? 'baseline';
    const others = ids.filter((id) => id !== baseline);
    return { ids: [baseline, ...(others.length > 0 ? others : ['candidate'])], baseline };
}

;// CONCATENATED MODULE: ./src/plan/variants.ts



/**
 * The suite's variants, or the subset `wanted` picks. Picking any other variant brings its baseline along: a variant
 * is only ever judged beside the one it is compared with.
 */
function planVariants(suite, wanted) {
    const declared = suiteVariants(suite.variants);
    const ids = declared ? [...declared.ids] : [DEFAULT_VARIANT];
    const baseline = declared ? { baseline: declared.baseline } : {};
    if (!wanted || wanted.length === 0)
        return { ids, ...baseline };
    const unknown = wanted.filter((variant) => !ids.includes(variant));
    const [first] = unknown;
    if (first !== undefined) {
        const hint = (0,did_you_mean/* suggestion */.h)(first, ids);
        throw new errors/* ConfigurationError */.j1(`unknown variant '${first}'${hint}: this suite runs ${ids.join(', ')}`);
    }
    const picked = ids.filter((id) => wanted.includes(id) || (id === declared?.baseline && wanted.length > 0));
    return { ids: picked, ...baseline };
}
/** The agent a test runs against under a variant: swapped (`agent`) and/or patched (openai fields). */
function agentFor(suite, agentId, variant) {
    const overrides = variant === DEFAULT_VARIANT ? undefined : suite.variants[variant];
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

/***/ 8821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vr: () => (/* binding */ budgetedChat),
/* harmony export */   g$: () => (/* binding */ BudgetCap),
/* harmony export */   oV: () => (/* binding */ plusUsage),
/* harmony export */   yJ: () => (/* binding */ NO_USAGE),
/* harmony export */   yY: () => (/* binding */ BudgetRefusal)
/* harmony export */ });
/* harmony import */ var _llm_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7222);

/** Thrown by a budgeted call that the budget refused: the trial ends there (see runner/trial.ts). */
class BudgetRefusal extends _llm_types_js__WEBPACK_IMPORTED_MODULE_0__/* .LlmCallError */ .i {
    constructor(message) {
        super(message, 'cancelled', 0);
        this.name = 'BudgetRefusal';
    }
}
/** Sums of float dollars drift by far less than this: a call that fits to the micro-cent fits. */
const TOLERANCE_USD = 1e-9;
class BudgetCap {
    budgetUsd;
    onRefused;
    spent = 0;
    maxCallUsd = 0;
    maxTrialUsd;
    /** The dearest call seen per model: a floor under its worst case, and the estimate a lone call is let in on. */
    dearestCall = new Map();
    /** Reservations of the calls in flight. */
    reserved = 0;
    callsInFlight = 0;
    /** A call let in alone on an estimate (not a worst case): no other call starts until it settles. */
    exclusive = false;
    waiting = [];
    refusal;
    /** Spend so far of each trial in flight, and the calls it may make at most. */
    inFlight = new Map();
    constructor(
    /** undefined: no budget, never reached. */
    budgetUsd, spentBefore = 0, 
    /** Told once, when the budget first refuses a call (why, in one line). */
    onRefused = () => undefined) {
        this.budgetUsd = budgetUsd;
        this.onRefused = onRefused;
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
    /** Spent, or a call was refused: no trial starts any more. */
    get exhausted() {
        return this.budgetUsd !== undefined && (this.refusal !== undefined || this.spent >= this.budgetUsd - TOLERANCE_USD);
    }
    /** Why the budget refused a call, once it did. */
    get refusedBecause() {
        return this.refusal;
    }
    /** Whether one more trial (that may make `maxCalls` LLM calls) fits in the budget. */
    admits(maxCalls) {
        if (this.budgetUsd === undefined)
            return true;
        if (this.exhausted)
            return false;
        let committed = this.spent + this.reserved;
        for (const trial of this.inFlight.values())
            committed += Math.max(0, this.expectedTrialUsd(trial.maxCalls) - trial.spentUsd);
        return committed + this.expectedTrialUsd(maxCalls) <= this.budgetUsd + TOLERANCE_USD;
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
    /**
     * Reserves a call's cost before it is sent: resolves with its ticket once it fits (at once, or after calls
     * in flight settled); rejects with a BudgetRefusal when it cannot fit even alone, and as cancelled when
     * `signal` aborts while it waits. `worstUsd`: the call's worst case by the price table (0: unpriced).
     */
    reserveCall(model, worstUsd, rank, signal) {
        if (this.budgetUsd === undefined)
            return Promise.resolve(this.ticket(model, 0));
        if (signal?.aborted)
            return Promise.reject(new _llm_types_js__WEBPACK_IMPORTED_MODULE_0__/* .LlmCallError */ .i('the call was cancelled', 'cancelled', 0));
        return new Promise((resolve, reject) => {
            const onAbort = () => {
                const at = this.waiting.indexOf(waiter);
                if (at >= 0)
                    this.waiting.splice(at, 1);
                reject(new _llm_types_js__WEBPACK_IMPORTED_MODULE_0__/* .LlmCallError */ .i('the call was cancelled', 'cancelled', 0));
            };
            const waiter = {
                rank,
                model,
                worstUsd,
                grant: (ticket) => {
                    signal?.removeEventListener('abort', onAbort);
                    resolve(ticket);
                },
                refuse: (why) => {
                    signal?.removeEventListener('abort', onAbort);
                    reject(new BudgetRefusal(why));
                },
            };
            let at = this.waiting.length;
            while (at > 0 && this.waiting[at - 1].rank > rank)
                at--;
            this.waiting.splice(at, 0, waiter);
            signal?.addEventListener('abort', onAbort, { once: true });
            this.handOut();
        });
    }
    /** The reservation a call needs to run next to others: its worst case, or the dearest call seen if more. */
    reservationOf(waiter) {
        const seen = this.dearestCall.get(waiter.model);
        if (waiter.worstUsd <= 0 && seen === undefined)
            return undefined; // nothing to bound it with: alone only
        return Math.max(waiter.worstUsd, seen ?? 0);
    }
    /** Grants every waiting call that fits now, in rank order; with none in flight, the first one alone or refused. */
    handOut() {
        const budget = this.budgetUsd;
        for (let i = 0; i < this.waiting.length && !this.exclusive;) {
            const waiter = this.waiting[i];
            const reservation = this.reservationOf(waiter);
            if (reservation !== undefined && this.spent + this.reserved + reservation <= budget + TOLERANCE_USD) {
                this.waiting.splice(i, 1);
                this.reserved += reservation;
                waiter.grant(this.ticket(waiter.model, reservation));
            }
            else
                i++;
        }
        while (this.callsInFlight === 0 && this.waiting.length > 0) {
            const waiter = this.waiting.shift();
            // Alone, it is let in on the dearest call seen for its model (nothing seen: on what is left), and may overshoot
            // by what it costs beyond that: one call at most.
            const estimate = this.dearestCall.get(waiter.model) ?? 0;
            const left = budget - this.spent;
            if (left > TOLERANCE_USD && estimate <= left + TOLERANCE_USD) {
                this.exclusive = true;
                waiter.grant(this.ticket(waiter.model, 0, true));
                return;
            }
            const why = `the budget ($${budget.toFixed(2)}) has $${Math.max(0, left).toFixed(4)} left, less than a call to ` +
                `${waiter.model} costs (about $${estimate.toFixed(4)})`;
            if (this.refusal === undefined) {
                this.refusal = why;
                this.onRefused(why);
            }
            waiter.refuse(why);
        }
    }
    ticket(model, reservation, exclusive = false) {
        let open = true;
        this.callsInFlight++;
        const close = (costUsd) => {
            if (!open)
                return;
            open = false;
            this.callsInFlight--;
            this.reserved -= reservation;
            if (this.reserved < 1e-12)
                this.reserved = 0;
            if (exclusive)
                this.exclusive = false;
            if (costUsd > 0)
                this.dearestCall.set(model, Math.max(this.dearestCall.get(model) ?? 0, costUsd));
            if (this.budgetUsd !== undefined)
                this.handOut();
        };
        return { settle: close, release: () => close(0) };
    }
    expectedTrialUsd(maxCalls) {
        return this.maxTrialUsd ?? this.maxCallUsd * maxCalls;
    }
}
/**
 * `inner` with every call reserved from the budget first (after it got its call slot, so reservations are held
 * only by calls actually going out). The spend itself is counted by the caller (`onResult`), inside the ticket:
 * the next call's admission sees it.
 */
function budgetedChat(inner, budget, worstCaseUsd, rank, onResult, 
/** Told when a call starts and stops waiting for its reservation: queue time, like a slot's. */
wait) {
    return {
        async complete(request) {
            const model = request.endpoint.model;
            wait?.begin();
            let ticket;
            try {
                ticket = await budget.reserveCall(model, worstCaseUsd(request), rank, request.signal);
            }
            finally {
                wait?.end();
            }
            let result;
            try {
                result = await inner.complete(request);
            }
            catch (error) {
                ticket.release();
                throw error;
            }
            onResult(result, model);
            ticket.settle(result.usage.costUsd);
            return result;
        },
    };
}
/** Usage added up. */
function plusUsage(a, b) {
    return {
        inputTokens: a.inputTokens + b.inputTokens,
        outputTokens: a.outputTokens + b.outputTokens,
        costUsd: a.costUsd + b.costUsd,
    };
}
const NO_USAGE = { inputTokens: 0, outputTokens: 0, costUsd: 0 };


/***/ }),

/***/ 2664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lb: () => (/* reexport */ progress/* createProgressReporter */.lb),
  f7: () => (/* reexport */ describeResumed),
  F$: () => (/* reexport */ run_info/* newRunId */.F$),
  Fo: () => (/* binding */ runPlan)
});

// UNUSED EXPORTS: AFTER_FIRST_ANSWER_MS, TRIALS_PER_CALL_SLOT, agentSettingVersions, formatProgress, gitInfo, planOnlyPolicy, runSource

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/aggregate/index.ts + 1 modules
var aggregate = __webpack_require__(2475);
// EXTERNAL MODULE: ./src/judge/index.ts + 7 modules
var judge = __webpack_require__(4751);
// EXTERNAL MODULE: ./src/model/base-side.ts
var base_side = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/results/index.ts
var src_results = __webpack_require__(2242);
// EXTERNAL MODULE: ./src/model/results.ts
var results = __webpack_require__(3111);
// EXTERNAL MODULE: ./src/model/deferred.ts
var deferred = __webpack_require__(7346);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/runner/unrecordable.ts
/**
 * A finished trial whose record does not pass the results schema: an endpoint's odd answer that got through the
 * client's checks (a token count of 10.5, a tool call without a name…), or a bug of ours. Kept as it was, it would
 * fail the results' write at the end and every finished trial of the run would be lost with it. Kept instead as an
 * error trial that names what was wrong: the run's results are written, and the gate counts it as the error it is.
 */


const NO_USAGE = { inputTokens: 0, outputTokens: 0, costUsd: 0 };
/** How much of the schema's complaint the reason quotes. */
const PROBLEM_CHARS = 300;
function asUnrecordable(trial, error) {
    const [first] = error.issues;
    const where = first?.path.length ? `${first.path.join('.')}: ` : '';
    const problem = `${where}${first?.message ?? 'invalid'}`.slice(0, PROBLEM_CHARS);
    const usage = results/* UsageSchema */.f2.safeParse(trial.usage);
    const startedAt = iso/* datetime */.w$().safeParse(trial.startedAt);
    const durationMs = schemas/* number */.aig().nonnegative().safeParse(trial.durationMs);
    const turns = schemas/* number */.aig().int().nonnegative().safeParse(trial.turns);
    return {
        id: trial.id,
        key: trial.key,
        testId: trial.testId,
        variant: trial.variant,
        index: trial.index,
        status: 'error',
        failureCategory: 'infrastructure',
        reason: `the trial's record is not valid (${problem}): kept as an error, with what of it could be kept`,
        ...(typeof trial.personaVersion === 'string' ? { personaVersion: trial.personaVersion } : {}),
        ...(typeof trial.scenarioVersion === 'string' ? { scenarioVersion: trial.scenarioVersion } : {}),
        startedAt: startedAt.success ? startedAt.data : new Date().toISOString(),
        durationMs: durationMs.success ? durationMs.data : 0,
        endReason: 'error',
        turns: turns.success ? turns.data : 0,
        // The events that are valid on their own: what the conversation was, as far as it can be shown.
        transcript: (Array.isArray(trial.transcript) ? trial.transcript : []).filter((event) => results/* TraceEventSchema */.nZ.safeParse(event).success),
        metrics: [],
        // A count it cannot read is not counted: the spend of this one trial is unknown, rather than NaN for the run.
        usage: usage.success ? usage.data : NO_USAGE,
        latency: { p50: null, p95: null, max: null },
        attempts: 1,
        ...(trial.phase === 'confirmation' ? { phase: 'confirmation' } : {}),
    };
}

// EXTERNAL MODULE: ./src/results/journal.ts
var results_journal = __webpack_require__(5129);
// EXTERNAL MODULE: ./src/suite/secrets.ts + 1 modules
var secrets = __webpack_require__(3876);
// EXTERNAL MODULE: ./src/suite/version.ts
var version = __webpack_require__(8996);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/runner/budget.ts
var budget = __webpack_require__(8821);
// EXTERNAL MODULE: ./src/plan/criteria.ts
var criteria = __webpack_require__(9594);
// EXTERNAL MODULE: ./src/plan/index.ts + 4 modules
var plan = __webpack_require__(4299);
;// CONCATENATED MODULE: ./src/runner/breaker.ts


/** Errored trials in a row that trip a role (an agent, a simulator or judge endpoint). */
const ROLE_TRIP = 5;
/** The agent's trip, as it was named before the simulator and the judge had their own. */
const AGENT_TRIP = (/* unused pure expression or super */ null && (ROLE_TRIP));
const TEST_TRIP = 4;
/** The error shown in the gate's reason and the results: long enough to name the cause, short enough for one line. */
const MESSAGE_CHARS = 200;
class CircuitBreaker {
    roleTrip;
    testTrip;
    targets = new Map();
    keys = new Map();
    trippedTargets = new Set();
    trippedKeys = new Set();
    /** Each role trip's target, for `stops`. */
    tripTargets = new Map();
    constructor(roleTrip = ROLE_TRIP, testTrip = TEST_TRIP) {
        this.roleTrip = roleTrip;
        this.testTrip = testTrip;
    }
    /** Whether a trial must not start: its test key, its agent or an endpoint it calls tripped. */
    blocks(trial) {
        return this.trippedKeys.has(trial.key) || targetsOf(trial).some((target) => this.trippedTargets.has(target.id));
    }
    /** Whether `trip` stops this trial: the same key, or the same agent or endpoint among those it calls. */
    stops(trip, trial) {
        const target = this.tripTargets.get(trip);
        if (target === undefined)
            return trip.key === trial.key;
        return targetsOf(trial).some((candidate) => candidate.id === target);
    }
    /** Counts a finished trial; the trips it causes (none, its test, the role whose failure it was, or both). */
    record(trial, result) {
        if (result.status === 'invalid' || result.status === 'skipped')
            return [];
        if (result.failureCategory === 'cancelled' || result.failureCategory === 'budget')
            return [];
        const used = targetsOf(trial);
        const key = streak(this.keys, trial.key);
        if (result.status !== 'error') {
            // It went through every role it used: each of them worked.
            breaker_reset(key);
            for (const target of used)
                breaker_reset(streak(this.targets, target.id));
            return [];
        }
        const cause = erroredRole(result);
        const message = cause.message ?? result.reason ?? 'error';
        const blamed = used.find((target) => target.role === cause.role);
        const role = blamed ? streak(this.targets, blamed.id) : undefined;
        for (const current of role ? [key, role] : [key]) {
            current.count++;
            current.reasons.set(message, (current.reasons.get(message) ?? 0) + 1);
            current.keys.add(trial.key);
        }
        const trips = [];
        if (key.count >= this.testTrip && !this.blocks(trial)) {
            this.trippedKeys.add(trial.key);
            trips.push({ key: trial.key, erroredTrials: key.count, message: commonest(key.reasons) });
        }
        if (blamed && role && role.count >= this.roleTrip && role.keys.size >= 2 && !this.trippedTargets.has(blamed.id)) {
            this.trippedTargets.add(blamed.id);
            const trip = {
                role: blamed.role,
                ...(blamed.role === 'agent' ? { agent: trial.agent.id } : { model: blamed.model }),
                key: trial.key,
                erroredTrials: role.count,
                message: commonest(role.reasons),
            };
            this.tripTargets.set(trip, blamed.id);
            trips.push(trip);
        }
        return trips;
    }
}
/** The plan's trial as the breaker sees it: the simulator and the judge only when it calls them. */
function breakerView(trial) {
    const simulator = trial.kind === 'conversation' && (0,plan/* simulatorNeed */.fV)(trial.scenario) !== undefined ? trial.simulator : undefined;
    const judge = trial.criteria.some(criteria/* usesLlm */.o) ? trial.judge : undefined;
    return { agent: trial.agent, key: trial.key, calls: { simulator, judge } };
}
/**
 * Whose failure ended an errored trial, from what it recorded: a conversation that ended in an error names its
 * source in its last error event (the simulator's when the simulated user's call failed; the agent's, a tool's or the
 * runner's otherwise, all laid at the agent's door as before: a tool is the agent's backend, and a trial that crashed
 * or timed out does not say whose call it was waiting for). A conversation that completed but could not be judged
 * carries the judge's error events when a judge call failed: the judge's, with that event's message. Any other metric
 * error (a code scorer that throws, a criterion that does not apply) is the test's own: no role.
 */
function erroredRole(result) {
    const errors = result.transcript.filter((event) => event.type === 'error');
    const judge = errors.find((event) => event.source === 'judge');
    if (result.endReason === 'error' || result.endReason === 'timeout') {
        const last = errors.filter((event) => event.source !== 'judge').at(-1);
        return { role: last?.source === 'simulator' ? 'simulator' : 'agent' };
    }
    return judge ? { role: 'judge', message: judge.message } : {};
}
function targetsOf(trial) {
    const targets = [{ role: 'agent', id: `agent ${trial.agent.id}` }];
    for (const role of ['simulator', 'judge']) {
        const endpoint = trial.calls[role];
        if (endpoint)
            targets.push({
                role,
                id: `${role} ${endpoint.model} ${endpoint.base_url ?? ''} ${endpoint.api_key_env}`,
                model: endpoint.model,
            });
    }
    return targets;
}
function streak(streaks, id) {
    let found = streaks.get(id);
    if (!found) {
        found = { count: 0, reasons: new Map(), keys: new Set() };
        streaks.set(id, found);
    }
    return found;
}
function breaker_reset(current) {
    current.count = 0;
    current.reasons.clear();
    current.keys.clear();
}
/** The reason seen most often (the first seen among equals), on one line and clipped. */
function commonest(reasons) {
    let best = '';
    let most = 0;
    for (const [reason, count] of reasons) {
        if (count > most) {
            best = reason;
            most = count;
        }
    }
    const line = best.replace(/\s+/g, ' ').trim();
    return line.length > MESSAGE_CHARS ? `${line.slice(0, MESSAGE_CHARS - 1)}…` : line;
}

;// CONCATENATED MODULE: ./src/runner/finished.ts
class FinishedTrials extends Map {
    #counts = { pass: 0, fail: 0, error: 0, invalid: 0, skipped: 0 };
    set(position, result) {
        const before = this.get(position);
        if (before)
            this.#counts[before.status] -= 1;
        this.#counts[result.status] += 1;
        return super.set(position, result);
    }
    delete(position) {
        const before = this.get(position);
        if (before)
            this.#counts[before.status] -= 1;
        return super.delete(position);
    }
    clear() {
        for (const status of Object.keys(this.#counts))
            this.#counts[status] = 0;
        super.clear();
    }
    /** Finished trials with this status. */
    count(status) {
        return this.#counts[status];
    }
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
;// CONCATENATED MODULE: ./src/runner/memory.ts
/**
 * While a long run's trials run, V8's heap is kept small without paying for
 * it in CPU.
 *
 * A run allocates fast (every LLM call builds requests, responses and
 * transcripts); most of it dies young, but a trial in flight lives for
 * seconds, so its transcript survives a few scavenges and is promoted. Left
 * alone, V8 answers a burst of survivors (the run's start, 256 trials
 * starting at once) by doubling its young generation up to 64 MB per
 * semi-space (134 MB of RSS for the young generation alone), and lets the old
 * generation grow to about four times what is live before collecting it:
 * 300 MB of peak RSS at 1,000 conversations for a live heap of 30–40 MB.
 *
 * The previous answer, `--optimize-for-size`, bounded RSS but cost CPU: it
 * keeps a 1 MB young generation, so every in-flight transcript is copied by
 * hundreds of scavenges, and collects the old generation at every small
 * growth (GC was 30% of the run's busy time, 9–10 ms of CPU per trial at
 * 1,000 conversations instead of 6–7). Two narrower limits keep the memory
 * bound at V8's normal speed:
 *
 * - the young generation stops growing once it reaches YOUNG_GENERATION_CAP_MB
 *   (`--semi-space-growth-factor=1`, read by V8 each time it would grow it):
 *   large enough that a trial's garbage dies young, small enough to be a
 *   fixed share of RSS;
 * - the old generation's limit is set at OLD_GENERATION_GROWTH_PERCENT above
 *   what the last full collection left (`--heap-growing-percent`), instead of
 *   up to 4×: a full collection of a 30–40 MB live heap costs ~30 ms and
 *   comes every few thousand calls.
 *
 * It applies to runs of MEMORY_MODE_MIN_TRIALS trials or more, where the heap
 * has time to grow. The old generation's growth is set back when the run
 * ends; the young generation's cap stays for the life of the process: the
 * results and reports written after the run allocate in bursts too, and would
 * otherwise grow it to its full 134 MB at the very end (the run's peak RSS).
 *
 * REHEARSE_GC=speed leaves V8's defaults alone; REHEARSE_GC=memory bounds the
 * heap whatever the run's size.
 */


/**
 * Planned trials from which a run bounds its heap (unless REHEARSE_GC says otherwise). At 500 (until issue 21's
 * fourth round) the runs just below it peaked highest of all: 233–260 MB at 400 conversations against 209–211 at
 * 3,000, and 160–163 MB bounded, for the same CPU. Below 200 the free heap peaks under 190 MB, and bounding it costs
 * a few % of a short run's CPU (the collection at the start, a smaller young generation).
 */
const MEMORY_MODE_MIN_TRIALS = 200;
/** The young generation's size (both semi-spaces) at which it stops growing. */
const YOUNG_GENERATION_CAP_MB = 32;
/** How far the old generation may grow past what the last full collection kept, before the next one. */
const OLD_GENERATION_GROWTH_PERCENT = 100;
/** How often the young generation's size is looked at until it reaches its cap (a look costs microseconds). */
const YOUNG_GENERATION_CHECK_MS = 10;
let runsBoundingMemory = 0;
let youngWatch;
let collectionDue = false;
/** Bounds the heap until the returned function is called (nested and concurrent runs share one setting). */
function favourMemoryDuringRun(env, trials) {
    const mode = env.REHEARSE_GC ?? (trials >= MEMORY_MODE_MIN_TRIALS ? 'memory' : 'speed');
    if (mode !== 'memory')
        return () => undefined;
    if (runsBoundingMemory++ === 0) {
        (0,external_node_v8_.setFlagsFromString)(`--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
        capYoungGeneration();
        // V8's first limit for the old generation is a fixed size, far above what a run keeps live: one full collection
        // sets it from what is live instead (tens of ms, once). Not before the first calls: the runner asks for it
        // (collectHeapIfDue) while their answers are awaited.
        collectionDue = true;
    }
    let restored = false;
    return () => {
        if (restored)
            return;
        restored = true;
        if (--runsBoundingMemory > 0)
            return;
        clearInterval(youngWatch);
        youngWatch = undefined;
        collectionDue = false;
        (0,external_node_v8_.setFlagsFromString)('--heap-growing-percent=0');
    };
}
/** The one full collection a bounded run starts with, if it has not had it yet. */
function collectHeapIfDue() {
    if (!collectionDue)
        return;
    collectionDue = false;
    fullCollection();
}
/** A full, synchronous collection: `gc` from a fresh context once it is exposed (it is not by default). */
function fullCollection() {
    (0,external_node_v8_.setFlagsFromString)('--expose-gc');
    (0,external_node_vm_.runInNewContext)('gc')();
}
/** Stops the young generation's growth now if it is at its cap, else as soon as it reaches it. */
function capYoungGeneration() {
    const capped = () => {
        const young = (0,external_node_v8_.getHeapSpaceStatistics)().find((space) => space.space_name === 'new_space');
        if (!young || young.space_size < YOUNG_GENERATION_CAP_MB * 1024 * 1024)
            return false;
        (0,external_node_v8_.setFlagsFromString)('--semi-space-growth-factor=1');
        return true;
    };
    if (capped())
        return;
    youngWatch = setInterval(() => {
        if (!capped())
            return;
        clearInterval(youngWatch);
        youngWatch = undefined;
    }, YOUNG_GENERATION_CHECK_MS);
    youngWatch.unref();
}

// EXTERNAL MODULE: ./src/util/chore.ts
var chore = __webpack_require__(889);
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
    /**
     * The circuit breaker stopped this test: nothing of it starts any more. Returns how many of its trials will
     * not run: those ready but not started, and the planned ones not scheduled yet. Trials in flight finish.
     */
    halt(testId) {
        const group = this.groups.get(testId);
        if (!group || group.halted)
            return 0;
        const unscheduled = group.settled
            ? 0
            : group.keys.reduce((sum, state) => sum + Math.max(0, state.runs - state.scheduled.length), 0);
        group.settled = true;
        group.halted = true;
        const ofGroup = (position) => this.trials[position].testId === testId;
        const ready = this.initial.slice(this.initialAt).filter((position) => !this.finished.has(position));
        const dropped = ready.filter(ofGroup).length + this.urgent.filter(ofGroup).length;
        this.initial = [...this.initial.slice(0, this.initialAt), ...ready.filter((position) => !ofGroup(position))];
        const keep = this.urgent.filter((position) => !ofGroup(position));
        this.urgent.splice(0, this.urgent.length, ...keep);
        group.pending -= dropped;
        return dropped + unscheduled;
    }
    isHalted(testId) {
        return this.groups.get(testId)?.halted ?? false;
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
        const group = state ? this.groups.get(this.trials[state.planned[0]].testId) : undefined;
        if (!state || !group?.settled || group.halted)
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
    /** Finished and left to run, planned and confirmation apart: what a resumed run starts from, once started. */
    tally() {
        let planned = 0;
        for (const position of this.finished.keys())
            if (position < this.plannedCount)
                planned++;
        const confirmation = this.finished.size - planned;
        return {
            finished: { planned, confirmation },
            left: {
                planned: Math.max(0, this.plannedCount - planned - this.savedTrialsTotal()),
                confirmation: Math.max(0, this.confirmationTrials() - confirmation),
            },
        };
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

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/runner/loop-load.ts
/**
 * Whether this process, not the LLM endpoint, is what a run waits for: the
 * share of the last window the event loop spent working rather than waiting
 * for I/O. The call slots hand out freed slots in batches while it is busy
 * (see CallSlots).
 */

/** Long enough to hold many calls at any latency worth batching for; short enough to follow a run's phases. */
const LOOP_LOAD_WINDOW_MS = 50;
/** Above this share of a window spent working, answers are waiting to be processed. */
const BUSY_UTILIZATION = 0.9;
function loopLoad(windowMs = LOOP_LOAD_WINDOW_MS, threshold = BUSY_UTILIZATION, clock = () => external_node_perf_hooks_.performance.now(), utilization = (since) => external_node_perf_hooks_.performance.eventLoopUtilization(since)) {
    let windowStart = clock();
    let atWindowStart = utilization();
    let busy = false;
    return () => {
        const now = clock();
        if (now - windowStart >= windowMs) {
            busy = utilization(atWindowStart).utilization > threshold;
            windowStart = now;
            atWindowStart = utilization();
        }
        return busy;
    };
}

// EXTERNAL MODULE: ./src/runner/slots.ts
var slots = __webpack_require__(6195);
// EXTERNAL MODULE: ./src/runner/run-info.ts
var run_info = __webpack_require__(5584);
// EXTERNAL MODULE: ./src/runner/trial.ts + 1 modules
var runner_trial = __webpack_require__(307);
// EXTERNAL MODULE: ./src/runner/progress.ts
var progress = __webpack_require__(667);
;// CONCATENATED MODULE: ./src/runner/resume-counts.ts
/** E.g. "7 trials already finished (5 planned, 2 confirmation); 3 left (0 planned, 3 confirmation so far)". */
function describeResumed({ finished, left }) {
    const done = finished.planned + finished.confirmation;
    return (`${done} trial${done === 1 ? '' : 's'} already finished ` +
        `(${finished.planned} planned, ${finished.confirmation} confirmation); ` +
        `${left.planned + left.confirmation} left (${left.planned} planned, ${left.confirmation} confirmation so far)`);
}

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
    // Looked up, collected and built while the trials run, at the run's quiet moment (AFTER_FIRST_ANSWER_MS): spawning
    // git takes milliseconds of this thread, a full collection tens, building the results' schemas ~7.
    const git = (0,chore/* chore */.Q)(async () => options.git ?? (0,run_info/* lookUpGitInfo */.lu)(options.env, cwd));
    const chores = (0,chore/* startWhenDue */.J)([git, (0,chore/* chore */.Q)(async () => collectHeapIfDue()), (0,chore/* chore */.Q)(async () => (0,deferred/* buildDeferredSchemas */.SS)()), ...(options.chores ?? [])], AFTER_FIRST_ANSWER_MS);
    const state = createState(options, resumed, chores.due);
    const runId = resumed?.header.runId ?? options.runId ?? (0,run_info/* newRunId */.F$)(startedAt);
    const journal = await openJournal(options, runId, startedAt, resumed);
    const execute = options.executeTrial ?? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 904))).executeTrial;
    const concurrency = Math.max(1, options.concurrency ?? options.suite.run.concurrency);
    const redactor = options.redactor ?? (0,secrets/* redactorFor */.sD)(options.suite, options.env);
    const runScope = scopedSignal(options.signal);
    const trialDeps = {
        execute,
        judge: options.judgeTrial ?? judge/* judgeTrial */.U3,
        engine: {
            suite: { pricing: options.suite.pricing, run: options.suite.run },
            env: options.env,
            ...(options.onAgentRetry ? { onRetry: options.onAgentRetry } : {}),
        },
        chat: options.chat,
        // The run's tail (see CallSlots): nothing left to start, and at most two trials per slot still running.
        slots: new slots/* CallSlots */.e3(concurrency, () => state.schedule?.readyCount() === 0 && state.inFlight <= 2 * concurrency, loopLoad()),
        // The budget never aborts a call in flight (it is paid for): it refuses the calls that do not fit (budget.ts).
        runSignal: runScope.signal,
        budget: state.budget,
        timeoutMs: options.trialTimeoutMs ?? options.suite.run.trial_timeout_ms,
    };
    const resumedConfirmations = new Map([...(resumed?.confirmations ?? [])].map(([id, result]) => [id, state.keep(result)]));
    const schedule = new Schedule(options.plan.trials, options.confirmation, state.finished, resumedConfirmations);
    state.schedule = schedule;
    schedule.start();
    // Counted after the replay: the journaled confirmation trials are in `finished` only once their test asked again.
    if (resumed)
        options.onResumed?.(schedule.tally());
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
                // Taken before its agent, an endpoint it calls or its test tripped the breaker: it does not start either.
                if (state.breaker.blocks(breakerView(trial))) {
                    blocked(state, trial);
                    schedule.done(position, true);
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
        runScope.release();
        if (ticker)
            clearInterval(ticker);
        // A run over before its chores began does not start them: the collection is not needed any more, and whoever needs
        // another's result asks for it (the git lookup, below).
        chores.cancel();
        // Trials still in flight (a cancel): what their calls cost so far is journaled too, for a resume's tally.
        await journalInFlightSpend(state, schedule, journal);
        await journal?.close();
    }
    if (options.signal?.aborted)
        state.stopReason = 'cancelled';
    report();
    // Trials aborted by a cancel may still settle after this point: they report nothing more.
    closed = true;
    // The transcripts come back from the journal for the results file and the reports, once the run is over.
    if (journal)
        await restoreTranscripts(state.finished, journal.path, resumed === undefined, state.unchecked);
    const timing = { runId, startedAt, durationMs: performance.now() - started, cwd, git: await git.now() };
    const assembled = assemble(options, state, timing);
    const results = options.annotate ? options.annotate(assembled) : assembled;
    if (options.outputPath)
        await (0,src_results/* writeResults */.KB)(options.outputPath, results);
    // A finished run's journal is spent once its results are on disk; a stopped one's, or one the circuit breaker cut
    // short, is kept for `resume` (the trials not run are run then, with a fresh breaker).
    if (journal && options.outputPath && !(0,results_journal/* resumable */.P6)(results))
        await (0,promises_.rm)(journal.path, { force: true });
    return results;
}
/**
 * How long after the run's first answer (or its first finished trial, for a run without LLM calls) its chores begin:
 * the run's quiet moment. Its calls go out in one wave and their answers come back together; each takes a
 * millisecond or two of this thread to handle and to send its trial's next call, so by then the next wave is on the
 * wire and a whole call's wait lies ahead. Started at a fixed 20 ms after the first calls instead, the chores held
 * the thread when the first answers came back: in the peer bench (50 ms calls) the second wave left 73 ms after the
 * first instead of ~55.
 */
const AFTER_FIRST_ANSWER_MS = 10;
/**
 * The run's own signal, aborted when the caller's is. Not AbortSignal.any: Node keeps a derived signal that has
 * listeners alive until it aborts, and with it everything those listeners reach (the whole run state, ~25 MB a
 * run in the verdict bench, which runs thousands in one process). Released when the run ends, this one and its
 * listeners go with the run.
 */
function scopedSignal(outer) {
    const controller = new AbortController();
    if (!outer)
        return { signal: controller.signal, release: () => { } };
    if (outer.aborted)
        controller.abort(outer.reason);
    const forward = () => controller.abort(outer.reason);
    outer.addEventListener('abort', forward, { once: true });
    return { signal: controller.signal, release: () => outer.removeEventListener('abort', forward) };
}
async function runAndRecord(state, options, position, trial, deps, journal, redactor) {
    state.inFlight++;
    state.spending.set(position, budget/* NO_USAGE */.yJ);
    const onSpend = (usage) => {
        state.answered();
        state.spending.set(position, (0,budget/* plusUsage */.oV)(state.spending.get(position) ?? budget/* NO_USAGE */.yJ, usage));
        state.budget.spend(position, usage.costUsd);
    };
    // A trial still waiting for its first call slot when the run stops (fail-fast, cancel) does not start: it is not run,
    // like the trials after it.
    let refusedFor;
    let tripped = false;
    const mayStart = () => !(refusedFor = stopReasonNow(state, options, deps.runSignal)) &&
        !(tripped = state.breaker.blocks(breakerView(trial)));
    let result;
    try {
        // Oldest first by start order: a confirmation trial added late still goes after the trials already running.
        result = await (0,runner_trial/* runTrial */.Wx)(trial, { ...deps, rank: state.started++, onSpend, mayStart });
    }
    finally {
        state.inFlight--;
    }
    const trialSpend = state.spending.get(position) ?? budget/* NO_USAGE */.yJ;
    if (result === runner_trial/* NOT_STARTED */.Yd || result === runner_trial/* OUT_OF_BUDGET */.P8 || !result) {
        state.budget.ended(position);
        state.wakeAdmissions();
        if (result === runner_trial/* NOT_STARTED */.Yd && tripped && !refusedFor)
            blocked(state, trial);
        else if (result === runner_trial/* NOT_STARTED */.Yd) {
            state.stopReason ??= refusedFor ?? 'budget';
            state.notStarted++;
        }
        if (result === runner_trial/* OUT_OF_BUDGET */.P8)
            state.stopReason ??= 'budget';
        // A cancelled trial's calls so far stay in `spending` until the results are assembled: it may still settle late.
        if (result !== undefined)
            await keepUnfinished(state, position, trial, journal, trialSpend, result);
        return;
    }
    state.spending.delete(position);
    // Agents that are not called through our client (http, command) report their cost in the trace only.
    state.budget.spend(position, Math.max(0, result.usage.costUsd - trialSpend.costUsd));
    state.budget.ended(position, result.usage.costUsd);
    state.wakeAdmissions();
    // Redacted as it finishes: the journal, transcripts, errors, tool calls and judge reasons never hold a secret.
    const confirmation = state.schedule?.isConfirmation(position) ?? false;
    const redacted = redactor.redactValue(confirmation ? { ...result, phase: 'confirmation' } : result);
    // Checked against the schema now, while other trials' calls are awaited, rather than all at once when the results
    // are written at the end (a journaled trial comes back from the journal as this checked form).
    const checked = journal ? results/* TrialResultSchema */.X9.safeParse(redacted) : undefined;
    // One that does not pass is kept as an error trial naming why (unrecordable.ts): the run's results are still written.
    const kept = checked && !checked.success ? results/* TrialResultSchema */.X9.safeParse(asUnrecordable(redacted, checked.error)) : checked;
    const clean = kept?.success ? (0,src_results/* markChecked */.By)(kept.data) : redacted;
    if (kept && !kept.success)
        state.unchecked.add(clean.id);
    // On disk before it counts: a kill after this line loses nothing of this trial.
    await journal?.append({ position, trial: clean });
    record(state, options, position, trial, clean);
    state.answered();
}
async function journalInFlightSpend(state, schedule, journal) {
    if (!journal)
        return;
    for (const [position, usage] of state.spending) {
        const id = schedule.trials[position]?.id;
        if (id !== undefined && usage.costUsd > 0)
            await journal.appendUnfinished({ id, usage, reason: 'cancelled' });
    }
}
/** A trial that ended without a result: what its calls cost joins the run's tally (and the journal, for a resume). */
async function keepUnfinished(state, position, trial, journal, usage, why) {
    state.spending.delete(position);
    if (usage.costUsd === 0 && usage.inputTokens === 0 && usage.outputTokens === 0)
        return;
    state.unfinished = { trials: state.unfinished.trials + 1, usage: (0,budget/* plusUsage */.oV)(state.unfinished.usage, usage) };
    await journal?.appendUnfinished({ id: trial.id, usage, reason: why === runner_trial/* OUT_OF_BUDGET */.P8 ? 'budget' : 'not_started' });
}
function withoutTranscript(result) {
    return { ...result, transcript: [] };
}
/**
 * Puts back the transcripts of the trials kept without them, from the journal (planned trials by position,
 * confirmation trials by id). A trial the journal lacks keeps what it has: it was appended before it was recorded.
 */
async function restoreTranscripts(finished, journalPath, allLinesOurs, unchecked) {
    // Lines this run appended hold checked trials, read as written; a resumed run's earlier lines (another version's,
    // perhaps) and a trial that failed its check are checked again.
    const trusted = allLinesOurs && unchecked.size === 0;
    const journaled = await (0,results_journal/* readJournal */.a0)(journalPath, { ownWrite: trusted });
    for (const [position, kept] of finished) {
        const whole = journaled.trials.get(position) ?? journaled.confirmations?.get(kept.id);
        if (whole?.id === kept.id)
            finished.set(position, trusted ? (0,src_results/* markChecked */.By)(whole) : whole);
    }
}
function createState(options, resumed, answered) {
    // Journaled trials are kept without their transcripts (see RunState.keep): the live heap stays flat however many
    // trials finish.
    const keep = options.journal ? withoutTranscript : (result) => result;
    const finished = new FinishedTrials();
    for (const [position, result] of resumed?.trials ?? [])
        finished.set(position, keep(result));
    const journaled = [...(resumed?.trials.values() ?? []), ...(resumed?.confirmations?.values() ?? [])];
    const unfinishedBefore = (resumed?.unfinished ?? []).map((entry) => entry.usage);
    const spentBefore = [...journaled.map((trial) => trial.usage), ...unfinishedBefore].reduce((sum, usage) => sum + usage.costUsd, 0);
    return {
        finished,
        keep,
        answered,
        budget: new budget/* BudgetCap */.g$(options.budgetUsd ?? options.suite.run.budget_usd, spentBefore),
        spending: new Map(),
        unfinished: { trials: unfinishedBefore.length, usage: unfinishedBefore.reduce(budget/* plusUsage */.oV, budget/* NO_USAGE */.yJ) },
        unchecked: new Set(),
        inFlight: 0,
        notStarted: 0,
        failFastTriggered: false,
        stopping: false,
        active: 0,
        started: 0,
        breaker: new CircuitBreaker(),
        trips: [],
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
                return 'cancelled';
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
    if (state.budget.exhausted)
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
        return results_journal/* Journal */.CQ.reopen(options.journal.path);
    const header = {
        runId,
        startedAt: startedAt.toISOString(),
        trialIds: options.plan.trials.map((trial) => trial.id),
        ...(options.journal.meta !== undefined ? { meta: options.journal.meta } : {}),
    };
    return results_journal/* Journal */.CQ.create(options.journal.path, header);
}
function record(state, options, position, trial, result) {
    state.finished.set(position, state.keep(result));
    options.onTrialDone?.(result);
    for (const trip of state.breaker.record(breakerView(trial), result))
        halt(state, trip);
    if ((options.failFast ?? options.suite.run.fail_fast) &&
        trial.priority === 'critical' &&
        criticalTestFailed(state, trial)) {
        state.failFastTriggered = true;
    }
}
/**
 * The breaker tripped: the tests of the agent or of the endpoint (or the one test) start nothing more. Their trials
 * ready or not yet scheduled are counted as not run; those in flight finish.
 */
function halt(state, trip) {
    const schedule = state.schedule;
    if (!schedule)
        return;
    const hit = (trial) => state.breaker.stops(trip, breakerView(trial));
    const testIds = new Set(schedule.trials.filter(hit).map((trial) => trial.testId));
    const record = { trip, testKeys: new Set(), notRun: 0 };
    for (const trial of schedule.trials)
        if (testIds.has(trial.testId))
            record.testKeys.add(trial.key);
    for (const testId of testIds)
        record.notRun += schedule.halt(testId);
    state.notStarted += record.notRun;
    // A role tripping after one of its tests did is one outage: its record takes in the test's.
    for (let i = state.trips.length - 1; i >= 0 && trip.role !== undefined; i--) {
        const earlier = state.trips[i];
        if (earlier.trip.role !== undefined || !record.testKeys.has(earlier.trip.key))
            continue;
        record.notRun += earlier.notRun;
        state.trips.splice(i, 1);
    }
    state.trips.push(record);
}
/** A trial taken before the breaker tripped, refused before its first call: not run, counted against its trip. */
function blocked(state, trial) {
    state.notStarted++;
    const view = breakerView(trial);
    const record = state.trips.find(({ trip }) => state.breaker.stops(trip, view)) ??
        state.trips.find(({ testKeys }) => testKeys.has(trial.key));
    if (record)
        record.notRun++;
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
    const count = (status) => state.finished.count(status);
    const done = state.finished.size;
    const remaining = Math.max(0, total - done - state.notStarted);
    return {
        done,
        total: total - state.notStarted,
        passed: count('pass'),
        failed: count('fail'),
        errored: count('error'),
        invalid: count('invalid'),
        inFlight: state.inFlight,
        ...(state.notStarted > 0 ? { notRun: state.notStarted } : {}),
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
    // Trials still unwinding from a cancel count as unfinished with what their calls cost so far.
    const unfinished = [...state.spending.values()]
        .filter((usage) => usage.costUsd > 0 || usage.inputTokens > 0 || usage.outputTokens > 0)
        .reduce((total, usage) => ({ trials: total.trials + 1, usage: (0,budget/* plusUsage */.oV)(total.usage, usage) }), state.unfinished);
    return {
        schemaVersion: results/* RESULTS_SCHEMA_VERSION */.q3,
        runId: timing.runId,
        source: options.source ?? (0,run_info/* runSource */.Rh)(options.env),
        suite: { name: suite.name, config: (0,external_node_path_.relative)(timing.cwd, suite.rootFile) || suite.rootFile },
        git: timing.git,
        startedAt: timing.startedAt.toISOString(),
        finishedAt: new Date(timing.startedAt.getTime() + timing.durationMs).toISOString(),
        status: stopped ? 'stopped' : 'completed',
        ...(state.stopReason ? { stopReason: state.stopReason } : {}),
        variants: plan.variants.map((id) => describeVariant(options, id)),
        ...(plan.baseSide ? { baseSide: { ...plan.baseSide } } : {}),
        ...(plan.shard ? { shard: { index: plan.shard.index, total: plan.shard.total } } : {}),
        skipped: plan.skipped.map((entry) => ({ ...entry })),
        tests,
        trials,
        ...(unfinished.trials > 0 ? { unfinished } : {}),
        totals: (0,aggregate/* totals */.Sd)({ tests, trials, durationMs: timing.durationMs, unfinished: unfinished.usage }),
        variantTotals: (0,aggregate/* variantTotals */.h6)(tests, trials, timing.durationMs),
        ...(options.gate ? { gate: options.gate } : {}),
        ...(state.trips.length ? { infrastructure: state.trips.map(infrastructureEntry) } : {}),
        ...(options.confirmationSettings ? { confirmation: runConfirmation(options.confirmationSettings, tests) } : {}),
    };
}
function infrastructureEntry({ trip, testKeys, notRun }) {
    return {
        ...(trip.role !== undefined ? { role: trip.role } : {}),
        ...(trip.agent !== undefined ? { agent: trip.agent } : {}),
        ...(trip.model !== undefined ? { model: trip.model } : {}),
        testKeys: [...testKeys],
        erroredTrials: trip.erroredTrials,
        notRun,
        message: trip.message,
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
    const { baseSide } = options.plan;
    const description = id === 'default'
        ? undefined
        : baseSide
            ? (0,base_side/* baseSideDescription */.js)(id, baseSide.sha)
            : options.suite.variants[id]?.description;
    // A baseline named otherwise says so: readers find it without the suite (src/model/results.ts baselineVariantOf).
    const designated = id === options.plan.baseline && id !== 'baseline';
    return {
        id,
        ...(designated ? { baseline: true } : {}),
        ...(description ? { description } : {}),
        agent: agent?.id ?? options.suite.defaults.agent ?? options.suite.agents[0]?.id ?? 'unknown',
        ...(agent?.type === 'openai' ? { model: agent.model } : {}),
        ...(agent ? { settings: agentSettingVersions(agent) } : {}),
    };
}
/**
 * A content version per agent setting (model, system_prompt, base_url, command, timeout_ms, …): the agent is not part
 * of a test's identity, so a report names which of its settings changed since the reference run instead.
 */
function agentSettingVersions(agent) {
    const versions = {};
    for (const [setting, value] of Object.entries(agent)) {
        if (setting === 'id' || value === undefined)
            continue;
        versions[setting] = (0,version/* contentVersion */.e)(value);
    }
    return versions;
}


/***/ }),

/***/ 8073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YN: () => (/* binding */ lacksFromEnv),
  fo: () => (/* binding */ mergeUnavailable),
  PM: () => (/* binding */ preflightLines),
  $v: () => (/* binding */ probeEndpoints)
});

// EXTERNAL MODULE: ./src/engine/http.ts
var http = __webpack_require__(3948);
// EXTERNAL MODULE: ./src/llm/client.ts
var llm_client = __webpack_require__(2156);
// EXTERNAL MODULE: ./src/llm/index.ts
var llm = __webpack_require__(6627);
// EXTERNAL MODULE: ./node_modules/openai/index.mjs + 232 modules
var openai = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/llm/http-fetch.ts
var http_fetch = __webpack_require__(766);
// EXTERNAL MODULE: ./src/llm/retry.ts
var retry = __webpack_require__(5709);
;// CONCATENATED MODULE: ./src/llm/probe.ts
/**
 * One cheap, time-bounded request to a model endpoint before a run, to tell a
 * key the endpoint refuses (401/403) from one that works, instead of finding
 * out from every trial. First `GET {base_url}/models` (free, no tokens); a
 * server without that route (404, 405: many gateways, the test fakes) gets a
 * one-token chat completion instead. Anything but 401/403 is not a rejection:
 * a server that is down or slow now is the run's business (the runner's
 * circuit breaker), not a setting to skip tests for.
 */




/** Enough for a handshake and a one-token answer; the run waits for every probe at once, not one after another. */
const PROBE_TIMEOUT_MS = 5_000;
const REJECTED = new Set([401, 403]);
/** The probe's chat message: one token asked for, so a test server can tell it from a conversation's calls. */
const PROBE_MESSAGE = 'ping';
/** Statuses that say "no such route" rather than anything about the key. */
const NO_ROUTE = new Set([404, 405]);
const SERVER_ERROR_MIN = 500;
async function probeEndpoint(endpoint, env, timeoutMs = PROBE_TIMEOUT_MS) {
    const baseUrl = (0,llm_client/* baseUrlOf */.ik)(endpoint, env);
    const apiKey = env[endpoint.api_key_env] ?? '';
    const client = new openai/* default */.Ay({ apiKey, baseURL: baseUrl, maxRetries: 0, timeout: timeoutMs, fetch: http_fetch/* httpFetch */.tX });
    const listed = await attempt(() => client.models.list().asResponse(), timeoutMs);
    if (listed.status !== undefined && REJECTED.has(listed.status))
        return { status: 'rejected', httpStatus: listed.status, baseUrl };
    if (listed.status === undefined)
        return { status: 'unreachable', baseUrl, reason: listed.reason };
    // A 5xx may be a gateway without the route as well as a broken server: the chat call tells.
    if (!NO_ROUTE.has(listed.status) && listed.status < SERVER_ERROR_MIN)
        return { status: 'ok' };
    const chat = await attempt(() => client.chat.completions
        .create({ model: endpoint.model, messages: [{ role: 'user', content: PROBE_MESSAGE }], max_tokens: 1 })
        .asResponse(), timeoutMs);
    if (chat.status !== undefined && REJECTED.has(chat.status))
        return { status: 'rejected', httpStatus: chat.status, baseUrl };
    if (chat.status === undefined)
        return { status: 'unreachable', baseUrl, reason: chat.reason };
    return chat.status >= SERVER_ERROR_MIN
        ? { status: 'unreachable', baseUrl, reason: `HTTP ${chat.status}` }
        : { status: 'ok' };
}
/** The HTTP status of the answer (error statuses included), or why there was none. */
async function attempt(send, timeoutMs) {
    try {
        const response = await send();
        await response.body?.cancel();
        return { status: response.status };
    }
    catch (error) {
        if (error instanceof openai/* default.APIError */.Ay.APIError && error.status !== undefined)
            return { status: error.status };
        return { reason: (0,retry/* classifyFailure */.XE)(error, false, timeoutMs).reason };
    }
}

// EXTERNAL MODULE: ./src/plan/index.ts + 4 modules
var src_plan = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/plan/variants.ts + 1 modules
var variants = __webpack_require__(9386);
;// CONCATENATED MODULE: ./src/runner/preflight.ts
/**
 * Before the first trial: which agent, simulator and judge can not work, said
 * once each instead of in every trial. Two parts: what the environment alone
 * shows (a key variable, or a variable an http agent's URL or headers use, is
 * not set), pure and used by every command that plans; and one cheap,
 * time-bounded request to each endpoint the plan uses whose key is set, to
 * find keys the endpoint refuses (401/403). Tests that need what is missing
 * or refused are skipped with the setting named (see missingFor in
 * src/plan), so the gate's skipped-test rule applies to them.
 */






const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** What the environment alone shows the judge and the agents lack (the simulator's is `simulatorAvailable`). */
function lacksFromEnv(suite, env, replayed = {}) {
    const agents = new Map();
    if (!replayed.agent) {
        for (const agent of effectiveAgents(suite)) {
            const lack = agentLack(agent, env);
            if (lack)
                agents.set((0,src_plan/* agentKey */.pS)(agent), lack);
        }
    }
    const judge = replayed.judge ? undefined : endpointLack(suite.judge, env);
    return { ...(judge ? { judge } : {}), ...(agents.size ? { agents } : {}) };
}
/** Both kinds of lack together; a refused key found by a probe wins over nothing found in the environment. */
function mergeUnavailable(first, second) {
    if (!second)
        return first;
    const simulator = second.simulator ?? first.simulator;
    const simulators = second.simulators ?? first.simulators;
    const judge = second.judge ?? first.judge;
    const agents = new Map([...(first.agents ?? []), ...(second.agents ?? [])]);
    return {
        ...(simulator ? { simulator } : {}),
        ...(simulators ? { simulators } : {}),
        ...(judge ? { judge } : {}),
        ...(agents.size ? { agents } : {}),
    };
}
/** Every agent a test can run against, after each variant's overrides. */
function effectiveAgents(suite) {
    const byKey = new Map();
    for (const { id } of suite.agents) {
        for (const variant of ['default', ...Object.keys(suite.variants)]) {
            const agent = (0,variants/* agentFor */.P)(suite, id, variant);
            byKey.set((0,src_plan/* agentKey */.pS)(agent), agent);
        }
    }
    return [...byKey.values()];
}
function endpointLack(endpoint, env) {
    if (!endpoint)
        return { status: 'missing', endpoint: true };
    return (0,llm/* missingApiKey */.uu)(endpoint, env) ? { status: 'missing', envVar: endpoint.api_key_env } : undefined;
}
function agentLack(agent, env) {
    if (agent.type === 'openai')
        return (0,llm/* missingApiKey */.uu)(agent, env) ? { status: 'missing', envVar: agent.api_key_env } : undefined;
    if (agent.type !== 'http')
        return undefined;
    const unset = [agent.url, ...Object.values(agent.headers)]
        .flatMap(variablesOf)
        .find((name) => env[name] === undefined);
    return unset ? { status: 'missing', envVar: unset, url: agent.url } : undefined;
}
function variablesOf(text) {
    return [...text.matchAll(ENV_REFERENCE)].map((match) => match[1]);
}
const LIVE_PROBES = { endpoint: probeEndpoint, url: http/* probeUrl */.K7 };
/**
 * One request to each endpoint the plan's trials use and whose key is set (a keyless local server accepts any key:
 * nothing to refuse), all at once, each bounded by `timeoutMs`.
 */
async function probeEndpoints(request) {
    const { plan, env } = request;
    const replayed = request.replayed ?? {};
    const timeoutMs = request.timeoutMs ?? PROBE_TIMEOUT_MS;
    const probes = request.probes ?? LIVE_PROBES;
    const unreachable = [];
    const agents = new Map();
    let simulator;
    let judge;
    const checks = [];
    // One request per base URL and key: the agent, the simulator and the judge often share both.
    const asked = new Map();
    const checkEndpoint = (endpoint, who, found) => {
        if (!env[endpoint.api_key_env])
            return;
        const same = `${(0,llm_client/* baseUrlOf */.ik)(endpoint, env)}\n${endpoint.api_key_env}`;
        const answer = asked.get(same) ?? probes.endpoint(endpoint, env, timeoutMs);
        asked.set(same, answer);
        checks.push(answer.then((outcome) => {
            if (outcome.status === 'rejected')
                found({
                    status: 'rejected',
                    envVar: endpoint.api_key_env,
                    url: `${outcome.baseUrl} (HTTP ${outcome.httpStatus})`,
                });
            if (outcome.status === 'unreachable')
                unreachable.push({ who, url: outcome.baseUrl, reason: outcome.reason });
        }));
    };
    for (const agent of replayed.agent ? [] : distinctAgents(plan.trials)) {
        const who = `agent ${agent.id}`;
        if (agent.type === 'openai')
            checkEndpoint(agent, who, (lack) => agents.set((0,src_plan/* agentKey */.pS)(agent), lack));
        if (agent.type === 'http')
            checks.push(probeHttpAgent(agent, env, timeoutMs, probes, agents, unreachable));
    }
    // Every distinct simulator endpoint: a persona may name its own base URL or key.
    const simulators = new Map();
    for (const endpoint of replayed.simulator ? [] : distinctSimulators(plan.trials)) {
        checkEndpoint(endpoint, 'simulator', (lack) => {
            simulators.set((0,src_plan/* simulatorKey */.eu)(endpoint), lack);
            simulator ??= lack;
        });
    }
    const judgeEndpoint = plan.trials.find((trial) => trial.criteria.some(src_plan/* usesLlm */.oF))?.judge;
    if (judgeEndpoint && !replayed.judge)
        checkEndpoint(judgeEndpoint, 'judge', (lack) => (judge = lack));
    await Promise.all(checks);
    const unavailable = {
        ...(simulator ? { simulator, simulators } : {}),
        ...(judge ? { judge } : {}),
        ...(agents.size ? { agents } : {}),
    };
    return { unavailable, unreachable };
}
/** An http agent is probed only when its headers carry a credential from the environment: that is what a 401 names. */
async function probeHttpAgent(agent, env, timeoutMs, probes, agents, unreachable) {
    const credential = Object.values(agent.headers).flatMap(variablesOf)[0];
    if (!credential)
        return;
    const fill = (text) => text.replace(ENV_REFERENCE, (_whole, name) => env[name] ?? '');
    const url = fill(agent.url);
    const headers = Object.fromEntries(Object.entries(agent.headers).map(([name, value]) => [name, fill(value)]));
    const answer = await probes.url({ url, headers, timeoutMs });
    if ('reason' in answer) {
        unreachable.push({ who: `agent ${agent.id}`, url: agent.url, reason: answer.reason });
        return;
    }
    if (answer.status === 401 || answer.status === 403)
        agents.set((0,src_plan/* agentKey */.pS)(agent), {
            status: 'rejected',
            envVar: credential,
            url: `${agent.url} (HTTP ${answer.status})`,
        });
}
function distinctAgents(trials) {
    const byKey = new Map();
    for (const trial of trials)
        byKey.set((0,src_plan/* agentKey */.pS)(trial.agent), trial.agent);
    return [...byKey.values()];
}
function distinctSimulators(trials) {
    const byKey = new Map();
    for (const trial of trials)
        if (needsSimulator(trial) && trial.simulator)
            byKey.set((0,src_plan/* simulatorKey */.eu)(trial.simulator), trial.simulator);
    return [...byKey.values()];
}
function needsSimulator(trial) {
    return trial.kind === 'conversation' && (0,src_plan/* simulatorNeed */.fV)(trial.scenario) !== undefined;
}
// ---------------------------------------------------------------- the lines
/**
 * One line per agent, simulator and judge that can not work, with the tests skipped for it:
 * "agent support-bot: OPENAI_API_KEY is not set (the agent's API key): 4 tests skipped".
 * Then one per endpoint that did not answer.
 */
function preflightLines(plan, findings) {
    const byWho = new Map();
    for (const entry of plan.skipped) {
        const missing = entry.missing;
        if (!missing)
            continue;
        const who = missing.role === 'agent' ? `agent ${missing.agentId ?? '?'}` : missing.role;
        // Personas may use simulators with different keys: one line per thing lacking.
        const line = `${who}\n${(0,src_plan/* lackText */.V$)(missing)}`;
        const seen = byWho.get(line) ?? { who, missing, keys: new Set() };
        seen.keys.add(entry.key);
        byWho.set(line, seen);
    }
    const said = new Set([...byWho.values()].map(({ who }) => who));
    const lines = [...byWho.values()].map(({ who, missing, keys }) => {
        const count = keys.size === 1 ? '1 test skipped' : `${keys.size} tests skipped`;
        return `${who}: ${(0,src_plan/* lackText */.V$)(missing)}: ${count}`;
    });
    // A refused key whose tests were all skipped for another reason (their agent's) is still said, once.
    const refused = findings?.unavailable;
    const roles = [
        ['simulator', refused?.simulator],
        ['judge', refused?.judge],
    ];
    for (const [role, lack] of roles) {
        if (lack && !said.has(role))
            lines.push(`${role}: ${(0,src_plan/* lackText */.V$)({ role, need: role, ...(0,src_plan/* lackFields */.jp)(lack) })}`);
    }
    for (const { who, url, reason } of findings?.unreachable ?? [])
        lines.push(`${who}: ${url} did not answer (${reason}): its trials run, and stop if they keep erroring`);
    return lines;
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
 * the same: a slot waits for nobody but the trial whose call just ended, and
 * only while this turn of the event loop lasts.
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
    loopBusy;
    free;
    /** Sorted by rank, then arrival: at most the trials in flight, so a sorted array is cheap. */
    waiting = [];
    /** Slots kept for the trial (by rank) whose call just ended, until the end of this turn of the event loop. */
    kept = new Map();
    handOutQueued = false;
    constructor(size, inTail = () => false, loopBusy = () => false) {
        this.size = size;
        this.inTail = inTail;
        this.loopBusy = loopBusy;
        this.free = size;
    }
    /** Resolves once a slot is held; rejects (as a cancelled call) if `signal` aborts first. Lower `rank` goes first. */
    acquire(signal, rank = Number.MAX_SAFE_INTEGER, progress = 0) {
        if (signal?.aborted)
            return Promise.reject(cancelledWhileQueued());
        const keptForIt = this.kept.get(rank);
        if (keptForIt !== undefined) {
            if (keptForIt > 1)
                this.kept.set(rank, keptForIt - 1);
            else
                this.kept.delete(rank);
            return Promise.resolve();
        }
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
            if (this.free > 0) {
                if (this.loopBusy())
                    this.handOutNextTurn();
                else
                    this.handOut();
            }
        });
    }
    /**
     * A freed slot goes at once to the oldest waiter, except when the trial
     * whose call just ended (`rank`) is older than every waiter: it asks for its
     * next call within this same turn of the event loop (no I/O in between) and
     * would get the slot, so the slot is kept for it until the turn ends, then
     * handed out if it did not ask. Handed out at once, the slot would always go
     * to a newer trial, and every trial would advance in lockstep again; handed
     * out only on the next turn (as it once was), every slot stood idle while the
     * turn's other answers were processed: 3× the idle slot time, 5% of the wall
     * time of a 1,000-conversation run. While the process is busy, though, every
     * slot is handed out once the turn is over (see handOutNextTurn).
     */
    release(rank = Number.MAX_SAFE_INTEGER) {
        this.free++;
        const oldestWaiting = this.waiting[0];
        if (!oldestWaiting)
            return;
        if (this.loopBusy()) {
            this.handOutNextTurn();
            return;
        }
        if (rank < oldestWaiting.rank && !this.inTail()) {
            this.free--;
            this.kept.set(rank, (this.kept.get(rank) ?? 0) + 1);
            this.handOutNextTurn();
            return;
        }
        this.handOut();
    }
    /**
     * Kept slots go back, and every free slot is handed out, once this turn of
     * the event loop is over. It is also how every slot is handed out while the
     * process, not the endpoint, is the bottleneck (`loopBusy`: answers come
     * faster than they are processed): the calls then leave in batches, one per
     * turn, instead of one by one between answers, which costs less CPU for the
     * same calls (a 2 ms endpoint: 12–16% less CPU per trial, and as much less
     * wall time).
     */
    handOutNextTurn() {
        if (this.handOutQueued)
            return;
        this.handOutQueued = true;
        setImmediate(() => {
            this.handOutQueued = false;
            for (const count of this.kept.values())
                this.free += count;
            this.kept.clear();
            this.handOut();
        });
    }
    handOut() {
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
            release: () => this.release(rank),
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
  P8: () => (/* binding */ OUT_OF_BUDGET),
  vk: () => (/* binding */ addUsage),
  Wx: () => (/* binding */ runTrial)
});

// EXTERNAL MODULE: ./src/judge/index.ts + 7 modules
var judge = __webpack_require__(4751);
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
/**
 * Tells `note` what a call of this client is retrying (the model and the failed attempt's reason) while it waits to
 * retry, and undefined once the call ends: a trial timeout that strikes meanwhile can name the cause, not only the
 * time.
 */
function retryNoting(inner, note) {
    return {
        complete: async (request) => {
            try {
                return await inner.complete({
                    ...request,
                    onRetry: (info) => {
                        request.onRetry?.(info);
                        note(`${request.endpoint.model}: ${info.reason}`);
                    },
                });
            }
            finally {
                note(undefined);
            }
        },
    };
}
/** Tells `onFailure` about every call of this client that throws (the error is thrown on as it was). */
function failureNoting(inner, onFailure) {
    return {
        complete: async (request) => {
            try {
                return await inner.complete(request);
            }
            catch (error) {
                onFailure(error);
                throw error;
            }
        },
    };
}

// EXTERNAL MODULE: ./src/judge/metric-result.ts
var metric_result = __webpack_require__(9277);
// EXTERNAL MODULE: ./src/llm/types.ts
var types = __webpack_require__(7222);
// EXTERNAL MODULE: ./src/llm/pricing.ts
var llm_pricing = __webpack_require__(401);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/runner/budget.ts
var budget = __webpack_require__(8821);
// EXTERNAL MODULE: ./src/runner/slots.ts
var runner_slots = __webpack_require__(6195);
;// CONCATENATED MODULE: ./src/runner/trial.ts








/** runTrial's answer for a trial refused at its first call slot: not run, not recorded. */
const NOT_STARTED = 'not_started';
/** runTrial's answer for a trial cut short because the budget refused one of its calls: not recorded, its cost is. */
const OUT_OF_BUDGET = 'out_of_budget';
class TrialTimeout extends Error {
    timeoutMs;
    /** `retrying`: what a call of the trial was retrying when the time ran out (see retryNoting). */
    constructor(timeoutMs, retrying) {
        super(`the trial exceeded trial_timeout_ms (${timeoutMs} ms)${retrying ? ` while retrying ${retrying}` : ''}`);
        this.timeoutMs = timeoutMs;
        this.name = 'TrialTimeout';
    }
}
/**
 * undefined when the run was cancelled before the trial finished: unfinished
 * trials are not recorded. NOT_STARTED when `mayStart` (or the budget, before
 * the trial spent anything) refused its first call; OUT_OF_BUDGET when the
 * budget refused a later call, the judge's included.
 */
async function runTrial(trial, deps) {
    const controller = new AbortController();
    const wait = new runner_slots/* SlotWait */.yc();
    const slots = deps.rank === undefined ? deps.slots : deps.slots.ranked(deps.rank);
    const gate = new runner_slots/* FirstCallGate */.kQ(slots, deps.mayStart ?? (() => true), () => controller.abort(new Error('the trial did not start')));
    // An endpoint failing call after call can outlast the trial's time in retries: the timeout then names the failure.
    let retrying;
    const stopTimer = startTrialTimer(deps.timeoutMs, wait, () => controller.abort(new TrialTimeout(deps.timeoutMs, retrying)));
    const noted = { ...deps, chat: retryNoting(deps.chat, (reason) => (retrying = reason)) };
    // Derived signals, not listeners: with a listener per trial on the run's one signal, the trials in flight
    // (several per call slot) passed Node's limit of 10 and every run printed MaxListenersExceededWarning.
    // AbortSignal.any links without adding an 'abort' listener to the run signal.
    const signal = AbortSignal.any([deps.runSignal, controller.signal]);
    const judgeSignal = AbortSignal.any([deps.runSignal]);
    const startedAt = new Date();
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    let spentUsd = 0;
    let refusedByBudget = false;
    // Spend is counted inside the slot, before it passes on: the next trial's first call sees it (FirstCallGate).
    const budgeted = (onResult, timed) => refusalStops(budgetedOrCounted(noted, timed, (result, model) => {
        spentUsd += result.usage.costUsd;
        deps.onSpend(result.usage);
        onResult(result, model);
    }), () => {
        refusedByBudget = true;
        controller.abort(new budget/* BudgetRefusal */.yY('the budget refused a call'));
    });
    const engineChat = (0,runner_slots/* slottedChat */._k)(budgeted(() => undefined, wait), gate, wait);
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
    if (refusedByBudget)
        return spentUsd > 0 ? OUT_OF_BUDGET : NOT_STARTED;
    if (controller.signal.reason instanceof TrialTimeout)
        trace = asTimeout(trace, controller.signal.reason, elapsed());
    const judgeEvents = [];
    // A judge call that failed (its retries spent) is recorded as the judge's error: the circuit breaker lays the
    // trial's error at the judge's door, not the agent's (breaker.ts).
    const judgeChat = failureNoting((0,runner_slots/* slottedChat */._k)(budgeted((result, model) => {
        judgeEvents.push({
            type: 'llm_call',
            at: elapsed(),
            role: 'judge',
            model,
            usage: result.usage,
            durationMs: result.durationMs,
            attempts: result.attempts,
        });
    }), slots), (error) => {
        if (error instanceof budget/* BudgetRefusal */.yY || deps.runSignal.aborted)
            return;
        const category = error instanceof types/* LlmCallError */.i && error.category === 'timeout' ? 'timeout' : 'infrastructure';
        judgeEvents.push({ type: 'error', at: elapsed(), source: 'judge', category, message: (0,errors/* errorMessage */.gJ)(error) });
    });
    const metrics = await deps.judge(trial, trace, { chat: judgeChat, signal: judgeSignal }).catch((error) => 
    // A bug in a metric must not take the run down: every criterion of this trial becomes an error with the cause.
    trial.criteria.map((criterion) => (0,metric_result/* metricError */.$h)(criterion, `the judge failed: ${(0,errors/* errorMessage */.gJ)(error)}`)));
    if (deps.runSignal.aborted)
        return undefined;
    // A judge call the budget refused leaves the trial unjudged: cut short like any other, its cost counted.
    if (refusedByBudget)
        return OUT_OF_BUDGET;
    const judged = {
        ...trace,
        events: [...trace.events, ...judgeEvents],
        usage: addUsage(trace.usage, judgeEvents),
    };
    return (0,judge/* buildTrialResult */._E)(trial, judged, metrics);
}
/** The trial's calls through the budget (each reserved first), or only counted when there is none. */
function budgetedOrCounted(deps, wait, onResult) {
    if (!deps.budget || deps.budget.budgetUsd === undefined)
        return recordingChat(deps.chat, { onResult });
    const pricing = deps.engine.suite.pricing;
    return (0,budget/* budgetedChat */.Vr)(deps.chat, deps.budget, (request) => (0,llm_pricing/* worstCaseCostOf */.O8)(request.endpoint.model, request, pricing), deps.rank ?? Number.MAX_SAFE_INTEGER, onResult, wait);
}
/** A call the budget refused ends the trial (`onRefused`), whoever made it. */
function refusalStops(inner, onRefused) {
    return {
        async complete(request) {
            try {
                return await inner.complete(request);
            }
            catch (error) {
                if (error instanceof budget/* BudgetRefusal */.yY)
                    onRefused();
                throw error;
            }
        },
    };
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

/***/ 889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ startWhenDue),
/* harmony export */   Q: () => (/* binding */ chore)
/* harmony export */ });
/** `work`, started only once its result is asked for (or by `startWhenDue`). */
function chore(work) {
    let result;
    // An async wrapper: a `work` that throws before its first await rejects like any other failure.
    return { now: () => (result ??= (async () => work())()) };
}
/**
 * Starts `chores` `delayMs` after `due()` is first called, one per turn of the event loop, so that I/O that completes
 * meanwhile (an answer) is handled between two of them. A failure is seen by whoever asks for the chore's result,
 * never as an unhandled rejection.
 */
function startWhenDue(chores, delayMs) {
    let timer;
    let cancelled = false;
    const startFrom = (index) => {
        const next = chores[index];
        if (cancelled || !next)
            return;
        next.now().catch(() => undefined);
        setImmediate(() => startFrom(index + 1));
    };
    return {
        due: () => {
            if (timer !== undefined || cancelled)
                return;
            timer = setTimeout(() => startFrom(0), delayMs);
        },
        cancel: () => {
            cancelled = true;
            clearTimeout(timer);
        },
    };
}


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


/***/ }),

/***/ 6902:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 6902;
module.exports = webpackEmptyAsyncContext;

/***/ })

};

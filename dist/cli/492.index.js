export const id = 492;
export const ids = [492];
export const modules = {

/***/ 1492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT_CANCELLED: () => (/* binding */ EXIT_CANCELLED),
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/compare/index.ts + 6 modules
var compare = __webpack_require__(2966);
// EXTERNAL MODULE: ./src/gate/index.ts
var gate = __webpack_require__(7155);
// EXTERNAL MODULE: ./src/llm/index.ts + 5 modules
var llm = __webpack_require__(905);
// EXTERNAL MODULE: ./src/plan/index.ts + 5 modules
var src_plan = __webpack_require__(9337);
// EXTERNAL MODULE: ./src/report/index.ts + 13 modules
var report = __webpack_require__(4261);
// EXTERNAL MODULE: ./src/results/index.ts + 3 modules
var src_results = __webpack_require__(7937);
// EXTERNAL MODULE: ./src/aggregate/index.ts
var aggregate = __webpack_require__(8519);
// EXTERNAL MODULE: ./src/aggregate/stats.ts
var stats = __webpack_require__(3888);
// EXTERNAL MODULE: ./src/suite/template.ts
var template = __webpack_require__(664);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/judge/json-schema.ts
/** JSON Schema validation with ajv, compiled schemas cached by their text. */

const json_schema_ajv = new ajv.Ajv({ allErrors: true, strict: false });
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
    return { errors: (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`) };
}

;// CONCATENATED MODULE: ./src/judge/metric-result.ts
/** Deterministic metrics score 0 or 1 unless they say otherwise; 1 means "must fully hold". */
const DEFAULT_THRESHOLD = 1;
function thresholdOf(criterion, fallback = DEFAULT_THRESHOLD) {
    return criterion.threshold ?? fallback;
}
function scored(criterion, score, reason, fallbackThreshold = DEFAULT_THRESHOLD) {
    const threshold = thresholdOf(criterion, fallbackThreshold);
    const clamped = Math.min(1, Math.max(0, score));
    return { id: criterion.id, type: criterion.type, baseline: criterion.baseline, passed: clamped >= threshold, score: clamped, threshold, reason };
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
            (calls.length > matching.length ? ` (other calls: ${calls.map((call) => JSON.stringify((0,transcript/* parsedArguments */.YB)(call))).join(', ')})` : '');
    return scored(criterion, matching.length / wanted, reason);
}
function toolNotCalled(criterion, trace) {
    const calls = (0,transcript/* toolCalls */.Ky)(trace.events).filter((call) => call.name === criterion.tool);
    return verdict(criterion, calls.length === 0, calls.length === 0 ? `${criterion.tool} was not called` : `${criterion.tool} was called ${calls.length}×`);
}
function toolCallSuccess(criterion, trace) {
    const calls = (0,transcript/* toolCalls */.Ky)(trace.events);
    if (calls.length === 0)
        return scored(criterion, 1, 'no tool calls');
    const failed = calls.filter((call) => call.error !== undefined);
    const reason = failed.length === 0
        ? `all ${calls.length} tool calls succeeded`
        : `${failed.length} of ${calls.length} tool calls failed: ${failed.map((call) => `${call.name}: ${call.error}`).join('; ')}`;
    return scored(criterion, (calls.length - failed.length) / calls.length, reason);
}
function toolSequence(criterion, trace) {
    const names = (0,transcript/* toolCalls */.Ky)(trace.events).map((call) => call.name);
    const ok = criterion.mode === 'exact' ? arraysEqual(names, criterion.tools) : isSubsequence(criterion.tools, names);
    const expected = criterion.tools.join(' → ');
    const actual = names.length > 0 ? names.join(' → ') : '(no tool calls)';
    return verdict(criterion, ok, ok ? `tools ran ${criterion.mode === 'exact' ? 'exactly' : 'in order'}: ${expected}` : `expected ${criterion.mode === 'exact' ? 'exactly' : 'in order'} ${expected}, got ${actual}`);
}
function latency(criterion, trace) {
    const latencies = (0,transcript/* agentMessages */.aX)(trace.events).map((message) => message.latencyMs);
    if (latencies.length === 0)
        return verdict(criterion, true, 'no agent turns to measure');
    const measured = { p50: (0,stats/* percentile */.Ym)(latencies, 50) ?? 0, p95: (0,stats/* percentile */.Ym)(latencies, 95) ?? 0, max: Math.max(...latencies) };
    const summary = `p50 ${ms(measured.p50)}, p95 ${ms(measured.p95)}, max ${ms(measured.max)}`;
    const bounds = [
        ['p50', criterion.p50_ms],
        ['p95', criterion.p95_ms],
        ['max', criterion.max_ms],
    ];
    const checked = bounds.filter((entry) => entry[1] !== undefined);
    if (checked.length === 0)
        return verdict(criterion, true, `${summary} (no bounds set: informational)`);
    const exceeded = checked.filter(([name, bound]) => measured[name] > bound).map(([name, bound]) => `${name} ${ms(measured[name])} > ${ms(bound)}`);
    return verdict(criterion, exceeded.length === 0, exceeded.length === 0 ? `${summary}, within bounds` : `${exceeded.join(', ')} (${summary})`);
}
function turns(criterion, trace) {
    const ok = trace.turns <= criterion.max;
    return verdict(criterion, ok, `${trace.turns} turns ${ok ? '≤' : '>'} ${criterion.max}`);
}
function cost(criterion, trace) {
    const spent = trace.usage.costUsd;
    const ok = spent <= criterion.max_usd;
    return verdict(criterion, ok, `cost $${spent.toFixed(4)} ${ok ? '≤' : '>'} $${criterion.max_usd.toFixed(4)}`);
}
function deterministic_text(criterion, trial, trace) {
    const all = (0,transcript/* agentMessages */.aX)(trace.events).map((message) => message.content);
    const messages = criterion.scope === 'final' ? all.slice(-1) : all;
    if (messages.length === 0)
        return verdict(criterion, false, 'the agent sent no message to check');
    // `any`: some message satisfies the check; `all` and `final`: every checked message does.
    const holds = (test) => (criterion.scope === 'any' ? messages.some(test) : messages.every(test));
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
        let pattern;
        try {
            pattern = new RegExp(criterion.regex);
        }
        catch (error) {
            return metricError(criterion, `invalid regex /${criterion.regex}/: ${error.message}`);
        }
        if (!holds((message) => pattern.test(message)))
            problems.push(`${where.unmatched} /${criterion.regex}/`);
    }
    return verdict(criterion, problems.length === 0, problems.length === 0 ? `${where.ok}: all text checks hold` : problems.join('; '));
}
/** How a failed text check reads for each scope, e.g. 'no agent message contains "refund"'. */
const TEXT_SCOPE_WORDING = {
    any: { ok: 'agent messages', missing: 'no agent message contains', present: 'an agent message contains', unmatched: 'no agent message matches' },
    all: { ok: 'every agent message', missing: 'not every agent message contains', present: 'an agent message contains', unmatched: 'not every agent message matches' },
    final: { ok: 'the final agent message', missing: 'the final agent message lacks', present: 'the final agent message contains', unmatched: 'the final agent message does not match' },
};
function jsonSchema(criterion, trace) {
    const final = (0,transcript/* agentMessages */.aX)(trace.events).at(-1);
    if (!final)
        return verdict(criterion, false, 'the agent sent no message to check');
    const parsed = parseJsonReply(final.content);
    if (!parsed.ok)
        return verdict(criterion, false, `the final agent message is not JSON: ${parsed.error}`);
    const result = validateJson(criterion.schema, parsed.value);
    if (result.schemaError)
        return metricError(criterion, `the json_schema metric's schema is invalid: ${result.schemaError}`);
    return verdict(criterion, result.errors.length === 0, result.errors.length === 0 ? 'the final agent message matches the schema' : `schema violations: ${result.errors.join('; ')}`);
}
function infrastructure(criterion, trace) {
    const issues = [];
    for (const event of trace.events) {
        if (event.type === 'error' && (event.source === 'agent' || event.category === 'timeout' || event.category === 'infrastructure') && event.source !== 'tool') {
            issues.push(`${event.source} ${event.category}: ${event.message}`);
        }
        if (event.type === 'agent_message' && event.content.trim() === '')
            issues.push(`empty agent reply at ${ms(event.at)}`);
    }
    if (trace.endReason === 'timeout' && !issues.some((issue) => issue.includes('timeout')))
        issues.push('the conversation timed out');
    return verdict(criterion, issues.length === 0, issues.length === 0 ? 'no agent errors, empty replies or timeouts' : issues.join('; '));
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
Score the agent's side of the transcript against the rubric, from 0 (does not satisfy it at all) to 1 (fully satisfies it).
Answer with one JSON object and nothing else: {"score":<number between 0 and 1>,"reason":"<one or two sentences>"}`;
const EXPECTED_OUTPUT_PROMPT = `You are a strict evaluator. Compare the actual output of an AI system with the expected output
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
        return metricError(criterion, 'no expected outcome: give the metric an `outcome` or the scenario an `expected_outcome`');
    const user = `Expected outcome:\n${outcome}\n\nTranscript:\n${(0,transcript/* formatTranscript */.oZ)(trace.events)}`;
    const answer = await askJudge(trial, deps, EXPECTED_OUTCOME_PROMPT, user, OutcomeVerdictSchema);
    if (!answer.ok)
        return metricError(criterion, answer.error);
    const { parts, verdict, reason } = answer.value;
    const met = parts.filter((part) => part.met).length;
    const unmet = parts.filter((part) => !part.met).map((part) => `not met: ${part.part} (${part.evidence})`);
    const result = scored(criterion, met / parts.length, [reason, ...unmet].join('; '));
    // A verdict that contradicts its own parts is not trusted: never a pass.
    const contradicts = (verdict === 'pass') !== (met === parts.length);
    return contradicts ? { ...result, passed: false, reason: `the judge's verdict "${verdict}" contradicts its parts; ${result.reason}` } : result;
}
async function rubric(criterion, trial, trace, deps) {
    const user = `Rubric:\n${criterion.rubric}\n\nTranscript:\n${(0,transcript/* formatTranscript */.oZ)(trace.events)}`;
    const answer = await askJudge(trial, deps, RUBRIC_PROMPT, user, ScoreVerdictSchema);
    if (!answer.ok)
        return metricError(criterion, answer.error, DEFAULT_LLM_THRESHOLD);
    return scored(criterion, answer.value.score, answer.value.reason, DEFAULT_LLM_THRESHOLD);
}
async function expectedOutput(criterion, trial, trace, deps) {
    if (trial.kind !== 'dataset')
        return metricError(criterion, 'expected_output only applies to dataset items');
    const expected = trial.item.expected_output;
    if (expected === undefined)
        return metricError(criterion, `dataset item ${trial.item.id} has no expected_output`);
    const actual = (0,transcript/* agentMessages */.aX)(trace.events).at(-1)?.content;
    if (actual === undefined)
        return scored(criterion, 0, 'the agent gave no output', criterion.match === 'llm' ? DEFAULT_LLM_THRESHOLD : 1);
    switch (criterion.match) {
        case 'exact':
            return scored(criterion, actual.trim() === expected.trim() ? 1 : 0, actual.trim() === expected.trim() ? 'output equals the expected output' : `expected exactly "${expected}", got "${actual}"`);
        case 'contains': {
            const ok = actual.toLowerCase().includes(expected.toLowerCase());
            return scored(criterion, ok ? 1 : 0, ok ? 'output contains the expected output' : `output does not contain "${expected}"`);
        }
        case 'regex': {
            let pattern;
            try {
                pattern = new RegExp(expected);
            }
            catch (error) {
                return metricError(criterion, `the expected output is not a valid regex: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
            const ok = pattern.test(actual);
            return scored(criterion, ok ? 1 : 0, ok ? `output matches /${expected}/` : `output does not match /${expected}/`);
        }
        case 'llm': {
            const user = `Input:\n${trial.item.input}\n\nExpected output:\n${expected}\n\nActual output:\n${actual}`;
            const answer = await askJudge(trial, deps, EXPECTED_OUTPUT_PROMPT, user, ScoreVerdictSchema);
            if (!answer.ok)
                return metricError(criterion, answer.error, DEFAULT_LLM_THRESHOLD);
            return scored(criterion, answer.value.score, answer.value.reason, DEFAULT_LLM_THRESHOLD);
        }
    }
}
async function askJudge(trial, deps, system, user, schema) {
    if (!trial.judge)
        return { ok: false, error: 'no judge endpoint configured: add `judge: { model, base_url?, api_key_env? }` to the suite' };
    const endpoint = { ...trial.judge, temperature: trial.judge.temperature ?? 0 };
    const messages = [
        { role: 'system', content: system },
        { role: 'user', content: user },
    ];
    let content;
    try {
        ({ content } = await deps.chat.complete({ endpoint, messages, json: true, ...(deps.signal ? { signal: deps.signal } : {}) }));
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
        return { ok: false, error: `invalid judge verdict: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}: ${clip(content)}` };
    }
    return { ok: true, value: parsed.data };
}
const CLIP_CHARS = 200;
function clip(text) {
    return text.length > CLIP_CHARS ? `${text.slice(0, CLIP_CHARS)}…` : text;
}

// EXTERNAL MODULE: ./src/judge/verdict.ts
var judge_verdict = __webpack_require__(9278);
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
        return metricError(criterion, `not judged: the conversation ended with ${trace.invalid ? 'an invalid simulator' : trace.endReason}`);
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

// EXTERNAL MODULE: ./src/llm/types.ts
var types = __webpack_require__(7222);
;// CONCATENATED MODULE: ./src/runner/slots.ts

/** A FIFO counting semaphore: calls get a slot in the order they asked for one. */
class CallSlots {
    size;
    free;
    waiting = new Set();
    constructor(size) {
        this.size = size;
        this.free = size;
    }
    /** Resolves once a slot is held; rejects (as a cancelled call) if `signal` aborts first. */
    acquire(signal) {
        if (signal?.aborted)
            return Promise.reject(cancelledWhileQueued());
        if (this.free > 0) {
            this.free--;
            return Promise.resolve();
        }
        return new Promise((resolve, reject) => {
            const onAbort = () => {
                this.waiting.delete(grant);
                reject(cancelledWhileQueued());
            };
            // A Set iterates in insertion order: that is the FIFO queue, with O(1) removal on abort.
            const grant = () => {
                signal?.removeEventListener('abort', onAbort);
                resolve();
            };
            this.waiting.add(grant);
            signal?.addEventListener('abort', onAbort, { once: true });
        });
    }
    release() {
        const next = this.waiting.values().next();
        if (next.done) {
            this.free++;
            return;
        }
        // The slot passes straight to the next waiter: nobody can overtake it in between.
        this.waiting.delete(next.value);
        next.value();
    }
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
    return new types/* LlmCallError */.i('the trial did not start: the run stopped before its first call', 'cancelled', 0);
}
function cancelledWhileQueued() {
    // The same error the client throws for a call cancelled before its first attempt.
    return new types/* LlmCallError */.i('the call was cancelled', 'cancelled', 0);
}

// EXTERNAL MODULE: ./src/runner/run-info.ts
var run_info = __webpack_require__(5584);
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
    const wait = new SlotWait();
    const gate = new FirstCallGate(deps.slots, deps.mayStart ?? (() => true), () => controller.abort(new Error('the trial did not start')));
    const stopTimer = startTrialTimer(deps.timeoutMs, wait, () => controller.abort(new TrialTimeout(deps.timeoutMs)));
    const forwardCancel = () => controller.abort(deps.runSignal.reason);
    deps.runSignal.addEventListener('abort', forwardCancel, { once: true });
    const startedAt = new Date();
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    // Spend is counted inside the slot, before it passes on: the next trial's first call sees it (FirstCallGate).
    const engineChat = slottedChat(recordingChat(deps.chat, { onResult: (result) => deps.onSpend(result.usage.costUsd) }), gate, wait);
    let trace;
    try {
        trace = await deps.execute(trial, { ...deps.engine, signal: controller.signal, chat: engineChat, agentSlot: agentSlot(gate, wait) });
    }
    catch (error) {
        trace = crashedTrace(error, startedAt, elapsed());
    }
    finally {
        stopTimer();
        deps.runSignal.removeEventListener('abort', forwardCancel);
    }
    if (deps.runSignal.aborted)
        return undefined;
    if (gate.refused)
        return NOT_STARTED;
    if (controller.signal.reason instanceof TrialTimeout)
        trace = asTimeout(trace, controller.signal.reason, elapsed());
    const judgeEvents = [];
    const judgeChat = slottedChat(recordingChat(deps.chat, {
        onResult: (result, model) => {
            deps.onSpend(result.usage.costUsd);
            judgeEvents.push({ type: 'llm_call', at: elapsed(), role: 'judge', model, usage: result.usage, durationMs: result.durationMs, attempts: result.attempts });
        },
    }), deps.slots);
    const metrics = await deps.judge(trial, trace, { chat: judgeChat, signal: deps.runSignal }).catch((error) => 
    // A bug in a metric must not take the run down: every criterion of this trial becomes an error with the cause.
    trial.criteria.map((criterion) => metricError(criterion, `the judge failed: ${(0,errors/* errorMessage */.gJ)(error)}`)));
    if (deps.runSignal.aborted)
        return undefined;
    const judged = { ...trace, events: [...trace.events, ...judgeEvents], usage: addUsage(trace.usage, judgeEvents) };
    return (0,judge_verdict/* buildTrialResult */._E)(trial, judged, metrics);
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
    if (trace.endReason === 'timeout' && trace.events.some((event) => event.type === 'error' && event.category === 'timeout'))
        return trace;
    const event = { type: 'error', at, source: 'runner', category: 'timeout', message: timeout.message };
    return { ...trace, endReason: 'timeout', events: [...trace.events, event] };
}
function addUsage(usage, events) {
    return events.reduce((total, event) => event.type === 'llm_call'
        ? {
            inputTokens: total.inputTokens + event.usage.inputTokens,
            outputTokens: total.outputTokens + event.usage.outputTokens,
            costUsd: total.costUsd + event.usage.costUsd,
        }
        : total, usage);
}

// EXTERNAL MODULE: ./src/runner/progress.ts
var runner_progress = __webpack_require__(667);
;// CONCATENATED MODULE: ./src/runner/index.ts
/**
 * The runner: every planned trial under one global concurrency limit on LLM
 * calls (all variants interleaved, trials started in plan order = critical
 * first), with a cost budget, fail-fast, per-trial timeouts and cancellation.
 * The results file is written atomically at the end, also when the run stops
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
    const cwd = options.cwd ?? process.cwd();
    const startedAt = new Date();
    const started = performance.now();
    const state = createState();
    const execute = options.executeTrial ?? (await __webpack_require__.e(/* import() */ 255).then(__webpack_require__.bind(__webpack_require__, 7255))).executeTrial;
    const concurrency = Math.max(1, options.concurrency ?? options.suite.run.concurrency);
    const trialDeps = {
        execute,
        judge: options.judgeTrial ?? judgeTrial,
        engine: { suite: { pricing: options.suite.pricing, run: options.suite.run }, env: options.env },
        chat: options.chat,
        slots: new CallSlots(concurrency),
        runSignal: options.signal ?? new AbortController().signal,
        timeoutMs: options.trialTimeoutMs ?? options.suite.run.trial_timeout_ms,
    };
    let closed = false;
    const report = () => {
        if (!closed)
            options.onProgress?.(progressOf(state, options.plan.trials.length, performance.now() - started));
    };
    const ticker = options.onProgress ? setInterval(report, PROGRESS_TICK_MS) : undefined;
    report();
    let cursor = 0;
    const trials = options.plan.trials;
    const worker = async () => {
        while (cursor < trials.length) {
            const stop = stopReasonNow(state, options, trialDeps.runSignal);
            if (stop) {
                state.stopReason ??= stop;
                state.notStarted += trials.length - cursor;
                cursor = trials.length;
                return;
            }
            const position = cursor++;
            await runAndRecord(state, options, position, trials[position], trialDeps);
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
    }
    if (trialDeps.runSignal.aborted)
        state.stopReason = 'cancelled';
    report();
    // Trials aborted by a cancel may still settle after this point: they report nothing more.
    closed = true;
    const results = assemble(options, state, { startedAt, durationMs: performance.now() - started, cwd });
    if (options.outputPath)
        await (0,src_results/* writeResults */.KB)(options.outputPath, results);
    return results;
}
async function runAndRecord(state, options, position, trial, deps) {
    state.inFlight++;
    let trialSpend = 0;
    const onSpend = (cost) => {
        trialSpend += cost;
        state.liveSpend += cost;
    };
    // A trial still waiting for its first call slot when the run stops (budget, fail-fast, cancel) does not start: it is not run, like the trials after it.
    let refusedFor;
    const mayStart = () => !(refusedFor = stopReasonNow(state, options, deps.runSignal));
    const result = await runTrial(trial, { ...deps, onSpend, mayStart });
    state.inFlight--;
    if (result === NOT_STARTED) {
        state.stopReason ??= refusedFor ?? 'budget';
        state.notStarted++;
        return;
    }
    if (!result)
        return;
    // Agents that are not called through our client (http, command) report their cost in the trace only.
    state.liveSpend += Math.max(0, result.usage.costUsd - trialSpend);
    record(state, options, position, trial, result);
}
function createState() {
    return { finished: new Map(), liveSpend: 0, inFlight: 0, notStarted: 0, failFastTriggered: false };
}
function stopReasonNow(state, options, signal) {
    if (signal.aborted)
        return 'cancelled';
    if (budgetReached(state, options))
        return 'budget';
    if (state.failFastTriggered)
        return 'fail_fast';
    return undefined;
}
function budgetReached(state, options) {
    const budget = options.budgetUsd ?? options.suite.run.budget_usd;
    return budget !== undefined && state.liveSpend >= budget;
}
function record(state, options, position, trial, result) {
    state.finished.set(position, result);
    options.onTrialDone?.(result);
    if ((options.failFast ?? options.suite.run.fail_fast) && trial.priority === 'critical' && criticalTestFailed(state, trial)) {
        state.failFastTriggered = true;
    }
}
/** A critical test has failed once too many of its trials failed for it to ever reach its min pass rate. */
function criticalTestFailed(state, trial) {
    const sameTest = [...state.finished.values()].filter((result) => result.key === trial.key);
    const count = (status) => sameTest.filter((result) => result.status === status).length;
    return (0,aggregate/* verdictOf */.Vj)(trial, count('pass'), count('fail'), count('error'), count('invalid')) === 'fail';
}
function progressOf(state, total, elapsedMs) {
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
        spentUsd: state.liveSpend,
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
    const trials = [...state.finished.entries()].sort(([a], [b]) => a - b).map(([, result]) => result);
    const tests = (0,aggregate/* summarizeTests */.Hq)(options.plan.trials, trials, { passK: options.suite.run.pass_hat_k });
    const { suite, plan } = options;
    const stopped = state.stopReason !== undefined;
    return {
        schemaVersion: 1,
        runId: options.runId ?? (0,run_info/* newRunId */.F$)(timing.startedAt),
        source: options.source ?? (0,run_info/* runSource */.Rh)(options.env),
        suite: { name: suite.name, config: (0,external_node_path_.relative)(timing.cwd, suite.rootFile) || suite.rootFile },
        git: options.git ?? (0,run_info/* gitInfo */.VT)(options.env, timing.cwd),
        startedAt: timing.startedAt.toISOString(),
        finishedAt: new Date(timing.startedAt.getTime() + timing.durationMs).toISOString(),
        status: stopped ? 'stopped' : 'completed',
        ...(state.stopReason ? { stopReason: state.stopReason } : {}),
        variants: plan.variants.map((id) => describeVariant(options, id)),
        ...(plan.shard ? { shard: { index: plan.shard.index, total: plan.shard.total } } : {}),
        skipped: plan.skipped.map((entry) => ({ key: entry.key, reason: entry.reason })),
        tests,
        trials,
        totals: (0,aggregate/* totals */.Sd)({ tests, trials, durationMs: timing.durationMs }),
        variantTotals: (0,aggregate/* variantTotals */.h6)(tests, trials, timing.durationMs),
        ...(options.gate ? { gate: options.gate } : {}),
    };
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

// EXTERNAL MODULE: ./src/runner/summary.ts
var summary = __webpack_require__(1070);
// EXTERNAL MODULE: ./src/suite/index.ts + 11 modules
var src_suite = __webpack_require__(761);
// EXTERNAL MODULE: ./src/util/write-chunks.ts
var write_chunks = __webpack_require__(5662);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
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
    const flags = parseRunFlags(args);
    if (flags.help) {
        io.stdout(RUN_USAGE);
        return 0;
    }
    const loaded = await (0,src_suite/* loadSuite */.bu)(flags.config, { cwd: io.cwd, env: io.env });
    if (!loaded.ok) {
        for (const issue of loaded.issues)
            io.stderr(`${(0,src_suite/* formatIssue */.Hd)(issue)}\n`);
        io.stderr(`rehearse run: ${loaded.issues.length} problem${loaded.issues.length === 1 ? '' : 's'} in the suite; nothing was run\n`);
        return 1;
    }
    for (const warning of loaded.warnings)
        io.stderr(`${(0,src_suite/* formatIssue */.Hd)(warning)}\n`);
    const suite = withSimulatorOverride(loaded.suite, flags, io.env);
    const plan = (0,src_plan/* planRun */.nY)(suite, {
        ...(flags.variants ? { variants: flags.variants } : {}),
        ...(flags.tags ? { tags: flags.tags } : {}),
        ...(flags.tests ? { testIds: flags.tests } : {}),
        ...(flags.sets ? { sets: flags.sets } : {}),
        ...(flags.runs !== undefined ? { runs: flags.runs } : {}),
        ...(flags.shard ? { shard: (0,src_plan/* parseShard */.uK)(flags.shard) } : {}),
        simulatorAvailable: (0,llm/* simulatorAvailable */.k5)(suite, io.env),
    });
    printPlanNotices(plan, suite, io);
    if (plan.trials.length === 0)
        throw new errors/* ConfigurationError */.j1('nothing to run: no test matches the filters (or every test was skipped)');
    const outcome = await execute(suite, plan, flags, io);
    io.stdout(`${(0,summary/* formatRunSummary */.fd)(outcome.results).join('\n')}\n`);
    // One comparison, at the suite's α, for both the gate and the report.
    const variants = (0,compare/* compareVariants */.Ov)(outcome.results, { alpha: suite.gate.alpha });
    const gate = gateOf(suite, outcome.results, variants);
    io.stdout(`Gate: ${gate.summary}\n`);
    await writeOutputs(outcome, gate, variants, flags, io);
    if (outcome.results.stopReason === 'cancelled')
        return EXIT_CANCELLED;
    return gate.passed ? 0 : EXIT_GATE_FAILED;
}
async function execute(suite, plan, flags, io) {
    const runId = (0,run_info/* newRunId */.F$)();
    const storedPath = (0,external_node_path_.join)(io.cwd, run_info/* LOCAL_RUNS_DIR */.ZP, `${runId}.json`);
    const chat = (0,llm/* createChatClient */.ak)({
        env: io.env,
        pricing: suite.pricing,
        callTimeoutMs: suite.run.call_timeout_ms,
        retries: suite.run.retries,
        onUnpricedModel: (model) => io.stderr(`\nnotice: no price known for model "${model}": its cost is counted as $0 (add it under \`pricing\`)\n`),
    });
    const progress = (0,runner_progress/* createProgressReporter */.lb)({
        isTTY: io.isTTY,
        write: io.isTTY ? io.stdout : io.stderr,
        ...(io.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    });
    const cancel = new AbortController();
    const stopOnSignal = onSignals(cancel, io);
    io.stdout(`Running ${plan.trials.length} trial${plan.trials.length === 1 ? '' : 's'} of "${suite.name}" as ${runId} (concurrency ${flags.concurrency ?? suite.run.concurrency})\n`);
    try {
        const results = await runPlan({
            suite,
            plan,
            env: io.env,
            chat,
            signal: cancel.signal,
            runId,
            cwd: io.cwd,
            outputPath: storedPath,
            // Recorded so `rehearse report`/`compare` judge the stored run the same way.
            gate: (0,gate/* gateSettingsOf */.K$)(suite.gate),
            onProgress: progress.update,
            ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
            ...(flags.budget !== undefined ? { budgetUsd: flags.budget } : {}),
            ...(flags.failFast ? { failFast: true } : {}),
        });
        return { results, storedPath };
    }
    finally {
        progress.finish();
        stopOnSignal();
    }
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
function gateOf(suite, results, variants) {
    return (0,gate/* evaluateGate */.DR)({ results, comparisons: variants ? [variants] : [], minPassRate: suite.gate.min_pass_rate, failOn: suite.gate.fail_on });
}
async function writeOutputs(outcome, gate, variants, flags, io) {
    const { results, storedPath } = outcome;
    if (flags.output) {
        const output = (0,external_node_path_.resolve)(io.cwd, flags.output);
        await (0,src_results/* writeResults */.KB)(output, results);
        io.stdout(`Results: ${output}\n`);
    }
    io.stdout(`${flags.output ? 'Also stored' : 'Results'}: ${storedPath}\n`);
    if (flags.reportDir) {
        const dir = (0,external_node_path_.resolve)(io.cwd, flags.reportDir);
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'report.md'), (0,report/* renderMarkdownReport */._9)({ results, gate, ...(variants ? { variants } : {}) }), 'utf8');
        await (0,write_chunks/* writeChunks */.a)((0,external_node_path_.join)(dir, 'report.html'), (0,report/* renderHtmlChunks */.AA)(results));
        io.stdout(`Report: ${(0,external_node_path_.join)(dir, 'report.md')}, ${(0,external_node_path_.join)(dir, 'report.html')}\n`);
    }
}
/** `--simulator-base-url/--simulator-model` (or REHEARSE_SIMULATOR_BASE_URL/_MODEL) point behavioral scenarios at any OpenAI-compatible server. */
function withSimulatorOverride(suite, flags, env) {
    const baseUrl = flags.simulatorBaseUrl ?? env.REHEARSE_SIMULATOR_BASE_URL;
    const model = flags.simulatorModel ?? env.REHEARSE_SIMULATOR_MODEL;
    if (!baseUrl && !model)
        return suite;
    const chosenModel = model ?? suite.simulator?.model;
    if (!chosenModel)
        throw new errors/* ConfigurationError */.j1('a simulator base URL needs a model: pass --simulator-model or set simulator.model in the suite');
    try {
        if (baseUrl)
            new URL(baseUrl);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`--simulator-base-url: not a URL: ${baseUrl} (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    const simulator = { api_key_env: 'OPENAI_API_KEY', ...suite.simulator, model: chosenModel, ...(baseUrl ? { base_url: baseUrl } : {}) };
    return { ...suite, simulator };
}
function printPlanNotices(plan, suite, io) {
    for (const skipped of plan.skipped)
        io.stderr(`notice: skipped ${skipped.key}: ${skipped.reason}\n`);
    const judgeProblem = suite.judge ? (0,llm/* missingApiKey */.uu)(suite.judge, io.env) : 'no `judge:` endpoint in the suite';
    const judged = plan.trials.filter((trial) => trial.criteria.some(usesLlm)).length;
    if (judged > 0 && judgeProblem)
        io.stderr(`notice: ${judged} trial${judged === 1 ? ' has' : 's have'} LLM-judged criteria but ${judgeProblem}: those criteria will be errors\n`);
}
const RUN_USAGE = `Usage: rehearse run [options]

  -c, --config <file>          suite root file (default: rehearse.yaml)
  -o, --output <file>          also write the results JSON here (always stored in ${run_info/* LOCAL_RUNS_DIR */.ZP}/<runId>.json)
      --variants <a,b>         baseline, candidate and/or default
      --tags <a,b>             only tests with one of these tags
      --test <id>              only this test (repeatable, or comma-separated)
      --set <id>               only this set's tests, with its run counts (repeatable)
      --runs <n>               override every run count
      --shard <i/n>            run a deterministic slice of the plan (merge with \`rehearse merge\`)
      --concurrency <n>        LLM calls / agent turns in flight at once (default: run.concurrency)
      --budget <usd>           stop starting trials once this much was spent
      --fail-fast              stop starting trials after a critical test fails
      --simulator-base-url <u> OpenAI-compatible URL for the simulated user (env REHEARSE_SIMULATOR_BASE_URL)
      --simulator-model <m>    model for the simulated user (env REHEARSE_SIMULATOR_MODEL)
      --report-dir <dir>       write report.md and report.html there

Exit status: 0 gate passed, 1 gate failed or suite invalid, 2 usage error, 130 cancelled.
`;
function parseRunFlags(args) {
    const values = (0,cli_args/* parseCommandArgs */.Q)('run', {
        args: [...args],
        strict: true,
        allowPositionals: false,
        options: {
            help: { type: 'boolean', short: 'h' },
            config: { type: 'string', short: 'c' },
            output: { type: 'string', short: 'o' },
            variants: { type: 'string', multiple: true },
            tags: { type: 'string', multiple: true },
            test: { type: 'string', multiple: true },
            set: { type: 'string', multiple: true },
            runs: { type: 'string' },
            shard: { type: 'string' },
            concurrency: { type: 'string' },
            budget: { type: 'string' },
            'fail-fast': { type: 'boolean' },
            'simulator-base-url': { type: 'string' },
            'simulator-model': { type: 'string' },
            'report-dir': { type: 'string' },
        },
    }).values;
    const text = (name) => values[name];
    const list = (name) => values[name]?.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
    const variants = list('variants');
    for (const variant of variants ?? []) {
        if (!['baseline', 'candidate', 'default'].includes(variant))
            throw new errors/* ConfigurationError */.j1(`--variants: unknown variant '${variant}' (expected baseline, candidate or default)`);
    }
    return strip({
        help: values.help === true,
        config: text('config') ?? 'rehearse.yaml',
        output: text('output'),
        variants: variants,
        tags: list('tags'),
        tests: list('test'),
        sets: list('set'),
        runs: numberFlag('--runs', text('runs'), { integer: true, min: 1 }),
        shard: text('shard'),
        concurrency: numberFlag('--concurrency', text('concurrency'), { integer: true, min: 1 }),
        budget: numberFlag('--budget', text('budget'), { integer: false, min: 0 }),
        failFast: values['fail-fast'] === true,
        simulatorBaseUrl: text('simulator-base-url'),
        simulatorModel: text('simulator-model'),
        reportDir: text('report-dir'),
    });
}
function numberFlag(name, value, rule) {
    if (value === undefined)
        return undefined;
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number) || number < rule.min || (rule.integer && !Number.isInteger(number))) {
        throw new errors/* ConfigurationError */.j1(`${name}: expected ${rule.integer ? 'an integer' : 'a number'} ≥ ${rule.min}, got '${value}'`);
    }
    return number;
}
function strip(value) {
    return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
}


/***/ }),

/***/ 667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lb: () => (/* binding */ createProgressReporter),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/* unused harmony export formatProgress */
/**
 * Progress of a run: a live single line on a terminal, plain periodic lines
 * in CI logs (every ~10 s or every 10% of the trials, whichever comes first).
 */
const PLAIN_INTERVAL_MS = 10_000;
const PLAIN_STEP_SHARE = 0.1;
const CLEAR_LINE = '\r\u001b[2K';
function formatProgress(progress) {
    const percent = progress.total === 0 ? 100 : Math.floor((progress.done / progress.total) * 100);
    const parts = [
        `${progress.done}/${progress.total} trials (${percent}%)`,
        `✓ ${progress.passed}  ✗ ${progress.failed}  ! ${progress.errored}${progress.invalid ? `  ~ ${progress.invalid}` : ''}`,
        `$${progress.spentUsd.toFixed(4)}`,
        `elapsed ${duration(progress.elapsedMs)}`,
    ];
    if (progress.etaMs !== null && progress.done < progress.total)
        parts.push(`ETA ${duration(progress.etaMs)}`);
    return parts.join('  ·  ');
}
function createProgressReporter(options) {
    const now = options.now ?? Date.now;
    if (options.isTTY) {
        let drawn = false;
        const fit = (line) => (options.columns && line.length >= options.columns ? `${line.slice(0, options.columns - 2)}…` : line);
        return {
            update: (progress) => {
                options.write(`${CLEAR_LINE}${fit(formatProgress(progress))}`);
                drawn = true;
            },
            finish: () => {
                if (drawn)
                    options.write('\n');
                drawn = false;
            },
        };
    }
    let lastAt = -Infinity;
    let lastDone = -1;
    return {
        update: (progress) => {
            const step = Math.max(1, Math.ceil(progress.total * PLAIN_STEP_SHARE));
            const timeDue = now() - lastAt >= PLAIN_INTERVAL_MS;
            const stepDue = progress.done - lastDone >= step || (progress.done === progress.total && progress.done !== lastDone);
            if (!timeDue && !stepDue)
                return;
            lastAt = now();
            lastDone = progress.done;
            options.write(`progress: ${formatProgress(progress)}\n`);
        },
        finish: () => undefined,
    };
}
function duration(ms) {
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    return minutes < 60 ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
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


/***/ }),

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fd: () => (/* binding */ formatRunSummary),
/* harmony export */   zD: () => (/* binding */ formatTotals)
/* harmony export */ });
/* unused harmony exports formatTrialLines, formatTestTable */
/* harmony import */ var _judge_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9278);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(667);


const STATUS_MARK = { pass: '✓', fail: '✗', error: '!', invalid: '~', skipped: '-' };
const VERDICT_MARK = { pass: '✓', fail: '✗', error: '!', invalid: '~', not_run: '-' };
const REASON_CHARS = 160;
function formatTrialLines(results) {
    const idWidth = widthOf(results.trials.map((trial) => trial.testId));
    const variantWidth = widthOf(results.trials.map((trial) => trial.variant));
    return results.trials.map((trial) => {
        const head = `${STATUS_MARK[trial.status]} ${trial.testId.padEnd(idWidth)}  ${trial.variant.padEnd(variantWidth)}  #${trial.index + 1}`;
        const shape = `${trial.turns} turn${trial.turns === 1 ? '' : 's'}, ${trial.endReason}`;
        return trial.status === 'pass' ? `${head}  ${shape}` : `${head}  ${shape}  — ${clip(why(trial))}`;
    });
}
/** Failed criteria with their reasons, or the trial's own reason (error, invalid). */
function why(trial) {
    const failed = trial.metrics.filter((metric) => !metric.passed);
    if (trial.status === 'fail' && failed.length > 0)
        return failed.map((metric) => `${metric.id}: ${metric.reason}`).join('; ');
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
    const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
    return [line(header), ...rows.map(line)];
}
function verdictText(test) {
    const need = `needs ${Math.round(test.minPassRate * 100)}% of ${test.runs}`;
    const extra = [test.errors ? `${test.errors} error${test.errors === 1 ? '' : 's'}` : '', test.invalid ? `${test.invalid} invalid` : '']
        .filter(Boolean)
        .join(', ');
    return `${test.verdict.replace('_', ' ')} (${need}${extra ? `; ${extra}` : ''})`;
}
function formatTotals(label, totals) {
    const tests = `${totals.passed} passed, ${totals.failed} failed, ${totals.errored} errors${totals.invalid ? `, ${totals.invalid} invalid` : ''}${totals.notRun ? `, ${totals.notRun} not run` : ''}`;
    const parts = [
        `${label}: ${totals.tests} tests (${tests})`,
        `pass rate ${totals.passRate === null ? '—' : percent(totals.passRate)}`,
        `${totals.trials} trials`,
        `$${totals.usage.costUsd.toFixed(4)}`,
        `${totals.usage.inputTokens + totals.usage.outputTokens} tokens`,
        `agent latency p50 ${ms(totals.latencyP50)} p95 ${ms(totals.latencyP95)}`,
        (0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(totals.durationMs),
    ];
    return parts.join(' · ');
}
function formatRunSummary(results) {
    const lines = ['', 'Conversations:', ...formatTrialLines(results).map(indent), '', 'Tests (pass rate over run count):', ...formatTestTable(results).map(indent), ''];
    lines.push(formatTotals('Total', results.totals));
    for (const [variant, totals] of Object.entries(results.variantTotals))
        lines.push(indent(formatTotals(variant, totals)));
    const categories = Object.entries(results.totals.failureCategories);
    if (categories.length > 0)
        lines.push(`Failures by category: ${categories.map(([category, count]) => `${(0,_judge_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .failureCategoryLabel */ .lU)(category)} ${count}`).join(', ')}`);
    if (results.status === 'stopped')
        lines.push(`Run stopped (${results.stopReason ?? 'unknown reason'}): unfinished trials are not in the results.`);
    return lines;
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


/***/ })

};

export const id = 337;
export const ids = [337];
export const modules = {

/***/ 6337:
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
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/compare/index.ts + 5 modules
var compare = __webpack_require__(4129);
// EXTERNAL MODULE: ./src/gate/index.ts
var gate = __webpack_require__(7155);
// EXTERNAL MODULE: ./node_modules/openai/index.mjs + 232 modules
var openai = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/llm/types.ts
var types = __webpack_require__(7222);
;// CONCATENATED MODULE: ./src/llm/pricing.ts
/** OpenAI list prices (standard tier, USD per 1M tokens) as published on 2025-08-07. */
const BUILTIN_PRICING_DATE = '2025-08-07';
const BUILTIN_PRICING = {
    'gpt-5': { input: 1.25, output: 10 },
    'gpt-5-mini': { input: 0.25, output: 2 },
    'gpt-5-nano': { input: 0.05, output: 0.4 },
    'gpt-4.1': { input: 2, output: 8 },
    'gpt-4.1-mini': { input: 0.4, output: 1.6 },
    'gpt-4.1-nano': { input: 0.1, output: 0.4 },
    'gpt-4o': { input: 2.5, output: 10 },
    'gpt-4o-mini': { input: 0.15, output: 0.6 },
    'o3': { input: 2, output: 8 },
    'o3-mini': { input: 1.1, output: 4.4 },
    'o4-mini': { input: 1.1, output: 4.4 },
};
const TOKENS_PER_PRICE_UNIT = 1_000_000;
/** Dated snapshots (`gpt-4o-mini-2024-07-18`) cost what their family costs. */
const SNAPSHOT_SUFFIX = /^-\d{4}-\d{2}-\d{2}$/;
/** The price entry for a model: the suite's table first, then the built-in one; undefined when unknown. */
function priceOf(model, pricing = {}) {
    for (const table of [pricing, BUILTIN_PRICING]) {
        const exact = table[model];
        if (exact)
            return exact;
    }
    // "openai/gpt-4o" (LiteLLM, gateways) and dated snapshots.
    const bare = model.slice(model.lastIndexOf('/') + 1);
    for (const table of [pricing, BUILTIN_PRICING]) {
        if (table[bare])
            return table[bare];
        const family = Object.keys(table)
            .filter((name) => bare.startsWith(name) && SNAPSHOT_SUFFIX.test(bare.slice(name.length)))
            .sort((a, b) => b.length - a.length)[0];
        if (family)
            return table[family];
    }
    return undefined;
}
/** Cost in USD of one call; 0 for a model with no known price. */
function costOf(model, usage, pricing = {}) {
    const price = priceOf(model, pricing);
    if (!price)
        return 0;
    return (usage.inputTokens * price.input + usage.outputTokens * price.output) / TOKENS_PER_PRICE_UNIT;
}

;// CONCATENATED MODULE: ./src/llm/retry.ts
/**
 * The retry policy shared by every LLM call: exponential backoff with full
 * jitter, `Retry-After` honoured (capped), retries on 429, 408/409, 5xx,
 * timeouts and connection failures, never on other 4xx.
 */

const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 20_000;
/** A server asking us to wait longer than this is waited for this long, no more. */
const MAX_RETRY_AFTER_MS = 60_000;
const RETRYABLE_STATUSES = new Set([408, 409, 429]);
const SERVER_ERROR_MIN = 500;
const MAX_CAUSE_DEPTH = 5;
/** `timedOut`: our own per-call timer fired (the SDK only sees an abort). */
function classifyFailure(error, timedOut, callTimeoutMs) {
    if (timedOut || error instanceof openai/* APIConnectionTimeoutError */.qA) {
        return { retryable: true, category: 'timeout', reason: `no answer within ${callTimeoutMs} ms` };
    }
    if (error instanceof openai/* APIError */.LG && error.status !== undefined) {
        const status = error.status;
        const retryable = RETRYABLE_STATUSES.has(status) || status >= SERVER_ERROR_MIN;
        const retryAfterMs = parseRetryAfter(error.headers?.get('retry-after') ?? undefined);
        const reason = `HTTP ${status}: ${firstLine(error.message)}`;
        return { retryable, category: 'infrastructure', reason, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    }
    if (error instanceof openai/* APIConnectionError */.xX) {
        return { retryable: true, category: 'infrastructure', reason: `connection failed: ${connectionCause(error)}` };
    }
    // Anything else (a bug, an unexpected body) is not worth retrying.
    return { retryable: false, category: 'infrastructure', reason: error instanceof Error ? error.message : String(error) };
}
/** `Retry-After` as delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Full jitter: uniform in [0, min(max, base·2^retry)], but never less than the server's Retry-After (capped). */
function retryDelay(retry, failure, backoff) {
    const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** retry);
    const jittered = Math.floor(backoff.random() * ceiling);
    if (failure.retryAfterMs === undefined)
        return jittered;
    return Math.max(jittered, Math.min(failure.retryAfterMs, backoff.maxRetryAfterMs));
}
/** The system error code (ECONNREFUSED, ECONNRESET…) buried in the cause chain, else the deepest message. */
function connectionCause(error) {
    let cause = error;
    let message = error.message;
    for (let depth = 0; depth < MAX_CAUSE_DEPTH && cause && typeof cause === 'object'; depth++) {
        if ('code' in cause && typeof cause.code === 'string')
            return cause.code;
        if (cause instanceof Error && cause.message)
            message = cause.message;
        cause = 'cause' in cause ? cause.cause : undefined;
    }
    return firstLine(message);
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}

;// CONCATENATED MODULE: ./src/llm/client.ts
/**
 * `ChatClient` on the real `openai` package. The SDK's own retries are off
 * (`maxRetries: 0`): the policy in `retry.ts` decides, so every caller gets
 * the same backoff, Retry-After handling, timeouts and cancellation.
 */




const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** Local servers (vLLM, Ollama, test fakes) accept any key. */
const LOCAL_PLACEHOLDER_KEY = 'rehearse-local';
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0']);
function createChatClient(options) {
    const backoff = {
        baseDelayMs: options.backoff?.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
        maxDelayMs: options.backoff?.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
        maxRetryAfterMs: options.backoff?.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS,
        random: options.backoff?.random ?? Math.random,
    };
    const sdkClients = new Map();
    const flagged = new Set();
    const flagUnpriced = options.onUnpricedModel ?? ((model) => process.emitWarning(`no price known for model "${model}": its cost is counted as $0 (add it under \`pricing\`)`));
    function sdkFor(endpoint) {
        const baseURL = baseUrlOf(endpoint, options.env);
        const apiKey = apiKeyOf(endpoint, options.env);
        const cacheKey = `${baseURL}\n${apiKey}`;
        let client = sdkClients.get(cacheKey);
        if (!client) {
            client = new openai/* default */.Ay({ apiKey, baseURL, maxRetries: 0, timeout: options.callTimeoutMs });
            sdkClients.set(cacheKey, client);
        }
        return { client, baseURL };
    }
    return {
        async complete(request) {
            const started = performance.now();
            const { client, baseURL } = sdkFor(request.endpoint);
            const body = requestBody(request);
            for (let attempt = 1;; attempt++) {
                if (request.signal?.aborted)
                    throw cancelled(attempt - 1);
                const outcome = await attemptOnce(client, body, request.signal, options.callTimeoutMs);
                if (outcome.ok) {
                    const model = request.endpoint.model;
                    if (!isLoopback(baseURL) && !priceOf(model, options.pricing) && !flagged.has(model)) {
                        flagged.add(model);
                        flagUnpriced(model);
                    }
                    return toResult(outcome.response, model, options.pricing, performance.now() - started, attempt);
                }
                if (outcome.cancelled)
                    throw cancelled(attempt);
                const failure = outcome.failure;
                if (!failure.retryable || attempt > options.retries) {
                    const suffix = failure.retryable ? ` (gave up after ${attempt} attempts)` : '';
                    const error = new types/* LlmCallError */.i(`${request.endpoint.model}: ${failure.reason}${suffix}`, failure.category, attempt);
                    error.cause = outcome.error;
                    throw error;
                }
                const delayMs = retryDelay(attempt - 1, failure, backoff);
                options.onRetry?.({ attempt, delayMs, reason: failure.reason });
                if (!(await sleep(delayMs, request.signal)))
                    throw cancelled(attempt);
            }
        },
    };
}
/** A clear message when the key an endpoint needs is missing; undefined when it can be called. */
function missingApiKey(endpoint, env) {
    const baseURL = baseUrlOf(endpoint, env);
    if (env[endpoint.api_key_env] || isLoopback(baseURL))
        return undefined;
    return `environment variable ${endpoint.api_key_env} is not set: it holds the API key for model "${endpoint.model}" at ${baseURL}`;
}
function baseUrlOf(endpoint, env) {
    return endpoint.base_url ?? env['OPENAI_BASE_URL'] ?? DEFAULT_BASE_URL;
}
function apiKeyOf(endpoint, env) {
    const key = env[endpoint.api_key_env];
    if (key)
        return key;
    const problem = missingApiKey(endpoint, env);
    if (problem)
        throw new types/* LlmCallError */.i(problem, 'infrastructure', 0);
    return LOCAL_PLACEHOLDER_KEY;
}
function isLoopback(url) {
    try {
        return LOOPBACK_HOSTS.has(new URL(url).hostname) || new URL(url).hostname.startsWith('127.');
    }
    catch {
        return false;
    }
}
async function attemptOnce(client, body, signal, callTimeoutMs) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, callTimeoutMs);
    const forwardAbort = () => controller.abort();
    signal?.addEventListener('abort', forwardAbort, { once: true });
    try {
        const response = await client.chat.completions.create(body, { signal: controller.signal, maxRetries: 0, timeout: callTimeoutMs });
        if (!response.choices?.length)
            throw new Error('the endpoint answered without any choice');
        return { ok: true, response };
    }
    catch (error) {
        if (signal?.aborted)
            return { ok: false, cancelled: true };
        return { ok: false, cancelled: false, failure: classifyFailure(error, timedOut, callTimeoutMs), error };
    }
    finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', forwardAbort);
    }
}
function requestBody(request) {
    const { endpoint } = request;
    return {
        model: endpoint.model,
        messages: request.messages.map(toSdkMessage),
        ...(endpoint.temperature !== undefined ? { temperature: endpoint.temperature } : {}),
        ...(request.tools?.length
            ? {
                tools: request.tools.map((tool) => ({
                    type: 'function',
                    function: { name: tool.name, description: tool.description, parameters: { ...tool.parameters } },
                })),
            }
            : {}),
        ...(request.json ? { response_format: { type: 'json_object' } } : {}),
    };
}
function toSdkMessage(message) {
    if (message.role === 'tool')
        return { role: 'tool', tool_call_id: message.tool_call_id, content: message.content };
    if (message.role === 'assistant') {
        return {
            role: 'assistant',
            content: message.content,
            ...(message.tool_calls?.length
                ? {
                    tool_calls: message.tool_calls.map((call) => ({
                        id: call.id,
                        type: 'function',
                        function: { name: call.name, arguments: call.arguments },
                    })),
                }
                : {}),
        };
    }
    return { role: message.role, content: message.content };
}
function toResult(response, model, pricing, durationMs, attempts) {
    const message = response.choices[0]?.message;
    const toolCalls = [];
    for (const call of message?.tool_calls ?? []) {
        if (call.type === 'function')
            toolCalls.push({ id: call.id, name: call.function.name, arguments: call.function.arguments });
    }
    const tokens = { inputTokens: response.usage?.prompt_tokens ?? 0, outputTokens: response.usage?.completion_tokens ?? 0 };
    return {
        content: message?.content ?? null,
        toolCalls,
        usage: { ...tokens, costUsd: costOf(model, tokens, pricing) },
        durationMs,
        attempts,
    };
}
function cancelled(attempts) {
    return new types/* LlmCallError */.i('the call was cancelled', 'cancelled', attempts);
}
/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function sleep(ms, signal) {
    if (signal?.aborted)
        return Promise.resolve(false);
    return new Promise((resolve) => {
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve(true);
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            resolve(false);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/llm/index.ts
/** The LLM client: one retry policy and one price table for simulator, agents and judge. */





// EXTERNAL MODULE: ./src/plan/index.ts + 5 modules
var src_plan = __webpack_require__(9337);
// EXTERNAL MODULE: ./src/report/index.ts + 13 modules
var report = __webpack_require__(4261);
// EXTERNAL MODULE: ./src/results/index.ts + 2 modules
var src_results = __webpack_require__(552);
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

;// CONCATENATED MODULE: ./src/judge/transcript.ts
function eventsOf(events, type) {
    return events.filter((event) => event.type === type);
}
function agentMessages(events) {
    return eventsOf(events, 'agent_message');
}
function toolCalls(events) {
    return eventsOf(events, 'tool_call');
}
/** Tool arguments as a value: agents may hand over raw JSON text. */
function parsedArguments(call) {
    if (typeof call.arguments !== 'string')
        return call.arguments;
    try {
        return JSON.parse(call.arguments);
    }
    catch {
        return call.arguments;
    }
}
/** The conversation as plain text for a judge model: who said what, and which tools ran. */
function formatTranscript(events) {
    const lines = [];
    for (const event of events) {
        switch (event.type) {
            case 'user_message':
                lines.push(`User: ${event.content}`);
                break;
            case 'agent_message':
                lines.push(`Agent: ${event.content}`);
                break;
            case 'tool_call': {
                const outcome = event.error !== undefined ? `error: ${event.error}` : `result: ${compact(event.result)}`;
                lines.push(`[agent called tool ${event.name}(${compact(parsedArguments(event))}) → ${outcome}]`);
                break;
            }
            case 'error':
                lines.push(`[${event.source} error (${event.category}): ${event.message}]`);
                break;
            default:
                break;
        }
    }
    return lines.length > 0 ? lines.join('\n') : '(the conversation is empty)';
}
function compact(value) {
    if (value === undefined)
        return '(none)';
    return typeof value === 'string' ? value : JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/judge/deterministic.ts
/**
 * Deterministic metrics: pure functions of the trial and its trace, no LLM.
 * Each returns a MetricResult with its score, threshold and reason.
 */





function toolCalled(criterion, trial, trace) {
    const expected = criterion.args === undefined ? undefined : (0,template/* renderTemplateDeep */.nh)(criterion.args, trial.profile);
    const calls = toolCalls(trace.events).filter((call) => call.name === criterion.tool);
    const matching = calls.filter((call) => expected === undefined || argsMatch(parsedArguments(call), expected, criterion.args_match));
    const wanted = criterion.min_times;
    const withArgs = expected === undefined ? '' : ` with ${criterion.args_match} arguments ${JSON.stringify(expected)}`;
    const reason = matching.length >= wanted
        ? `${criterion.tool} called ${matching.length}× ${withArgs}`.trim()
        : `${criterion.tool} called ${matching.length}×${withArgs}, expected at least ${wanted}×` +
            (calls.length > matching.length ? ` (other calls: ${calls.map((call) => JSON.stringify(parsedArguments(call))).join(', ')})` : '');
    return scored(criterion, matching.length / wanted, reason);
}
function toolNotCalled(criterion, trace) {
    const calls = toolCalls(trace.events).filter((call) => call.name === criterion.tool);
    return verdict(criterion, calls.length === 0, calls.length === 0 ? `${criterion.tool} was not called` : `${criterion.tool} was called ${calls.length}×`);
}
function toolCallSuccess(criterion, trace) {
    const calls = toolCalls(trace.events);
    if (calls.length === 0)
        return scored(criterion, 1, 'no tool calls');
    const failed = calls.filter((call) => call.error !== undefined);
    const reason = failed.length === 0
        ? `all ${calls.length} tool calls succeeded`
        : `${failed.length} of ${calls.length} tool calls failed: ${failed.map((call) => `${call.name}: ${call.error}`).join('; ')}`;
    return scored(criterion, (calls.length - failed.length) / calls.length, reason);
}
function toolSequence(criterion, trace) {
    const names = toolCalls(trace.events).map((call) => call.name);
    const ok = criterion.mode === 'exact' ? arraysEqual(names, criterion.tools) : isSubsequence(criterion.tools, names);
    const expected = criterion.tools.join(' → ');
    const actual = names.length > 0 ? names.join(' → ') : '(no tool calls)';
    return verdict(criterion, ok, ok ? `tools ran ${criterion.mode === 'exact' ? 'exactly' : 'in order'}: ${expected}` : `expected ${criterion.mode === 'exact' ? 'exactly' : 'in order'} ${expected}, got ${actual}`);
}
function latency(criterion, trace) {
    const latencies = agentMessages(trace.events).map((message) => message.latencyMs);
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
    const all = agentMessages(trace.events).map((message) => message.content);
    const messages = criterion.scope === 'final' ? all.slice(-1) : all;
    if (messages.length === 0)
        return verdict(criterion, false, 'the agent sent no message to check');
    // `any`: some message satisfies the check; `all` and `final`: every checked message does.
    const holds = (test) => (criterion.scope === 'any' ? messages.some(test) : messages.every(test));
    const problems = [];
    for (const needle of listOf(criterion.contains).map((value) => (0,template/* renderTemplateDeep */.nh)(value, trial.profile))) {
        if (!holds((message) => message.toLowerCase().includes(needle.toLowerCase())))
            problems.push(`does not contain "${needle}"`);
    }
    for (const needle of listOf(criterion.not_contains).map((value) => (0,template/* renderTemplateDeep */.nh)(value, trial.profile))) {
        const offending = messages.find((message) => message.toLowerCase().includes(needle.toLowerCase()));
        if (offending !== undefined)
            problems.push(`contains "${needle}"`);
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
            problems.push(`does not match /${criterion.regex}/`);
    }
    const scope = criterion.scope === 'final' ? 'the final agent message' : criterion.scope === 'all' ? 'every agent message' : 'the agent messages';
    return verdict(criterion, problems.length === 0, problems.length === 0 ? `${scope}: all text checks hold` : `${scope} ${problems.join('; ')}`);
}
function jsonSchema(criterion, trace) {
    const final = agentMessages(trace.events).at(-1);
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
    const user = `Expected outcome:\n${outcome}\n\nTranscript:\n${formatTranscript(trace.events)}`;
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
    const user = `Rubric:\n${criterion.rubric}\n\nTranscript:\n${formatTranscript(trace.events)}`;
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
    const actual = agentMessages(trace.events).at(-1)?.content;
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

;// CONCATENATED MODULE: ./src/judge/verdict.ts
/**
 * A trial's verdict: pass iff every criterion passes; `error` when the
 * conversation or a metric could not complete; `invalid` when the simulated
 * user misbehaved. Failures are categorised for the run's distribution.
 */


function buildTrialResult(trial, trace, metrics) {
    const latencies = agentMessages(trace.events).map((message) => message.latencyMs);
    const verdict = trialVerdict(trace, metrics);
    return {
        id: trial.id,
        key: trial.key,
        testId: trial.testId,
        variant: trial.variant,
        index: trial.index,
        ...verdict,
        ...(trial.kind === 'conversation' ? { personaVersion: trial.persona.version, scenarioVersion: trial.scenario.version } : {}),
        startedAt: trace.startedAt,
        durationMs: trace.durationMs,
        endReason: trace.endReason,
        turns: trace.turns,
        transcript: [...trace.events],
        metrics: [...metrics],
        usage: trace.usage,
        latency: {
            p50: (0,stats/* percentile */.Ym)(latencies, 50),
            p95: (0,stats/* percentile */.Ym)(latencies, 95),
            max: latencies.length > 0 ? Math.max(...latencies) : null,
        },
        attempts: Math.max(1, trace.attempts),
    };
}
function trialVerdict(trace, metrics) {
    if (trace.invalid)
        return { status: 'invalid', failureCategory: 'invalid_simulator', reason: trace.invalid.reason };
    const ended = endedBadly(trace);
    if (ended)
        return { status: 'error', ...ended };
    const errored = metrics.filter((metric) => metric.error !== undefined);
    if (errored.length > 0) {
        return { status: 'error', failureCategory: 'infrastructure', reason: errored.map((metric) => `${metric.id}: ${metric.error}`).join('; ') };
    }
    const failed = metrics.filter((metric) => !metric.passed);
    if (failed.length === 0)
        return { status: 'pass' };
    return { status: 'fail', failureCategory: categoryOfFailure(failed), reason: failed.map((metric) => `${metric.id}: ${metric.reason}`).join('; ') };
}
function endedBadly(trace) {
    const lastError = [...trace.events].reverse().find((event) => event.type === 'error');
    const because = (fallback) => lastError?.message ?? fallback;
    switch (trace.endReason) {
        case 'timeout':
            return { failureCategory: 'timeout', reason: because('the trial timed out') };
        case 'budget':
            return { failureCategory: 'budget', reason: because('the run budget was reached') };
        case 'cancelled':
            return { failureCategory: 'cancelled', reason: because('the run was cancelled') };
        case 'error': {
            const category = lastError?.category ?? 'infrastructure';
            return { failureCategory: category, reason: because('the conversation ended in an error') };
        }
        default:
            return undefined;
    }
}
/** Root cause first: a broken agent or tool explains a failed outcome, not the other way round. */
function categoryOfFailure(failed) {
    if (failed.some((metric) => metric.type === 'infrastructure'))
        return 'infrastructure';
    if (failed.some((metric) => metric.type === 'tool_call_success'))
        return 'tool_error';
    return 'judge';
}

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





class TrialTimeout extends Error {
    timeoutMs;
    constructor(timeoutMs) {
        super(`the trial exceeded trial_timeout_ms (${timeoutMs} ms)`);
        this.timeoutMs = timeoutMs;
        this.name = 'TrialTimeout';
    }
}
/** undefined when the run was cancelled before the trial finished: unfinished trials are not recorded. */
async function runTrial(trial, deps) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TrialTimeout(deps.timeoutMs)), deps.timeoutMs);
    const forwardCancel = () => controller.abort(deps.runSignal.reason);
    deps.runSignal.addEventListener('abort', forwardCancel, { once: true });
    const startedAt = new Date();
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    const engineChat = recordingChat(deps.chat, { onResult: (result) => deps.onSpend(result.usage.costUsd) });
    let trace;
    try {
        trace = await deps.execute(trial, { ...deps.engine, signal: controller.signal, chat: engineChat });
    }
    catch (error) {
        trace = crashedTrace(error, startedAt, elapsed());
    }
    finally {
        clearTimeout(timer);
        deps.runSignal.removeEventListener('abort', forwardCancel);
    }
    if (deps.runSignal.aborted)
        return undefined;
    if (controller.signal.reason instanceof TrialTimeout)
        trace = asTimeout(trace, controller.signal.reason, elapsed());
    const judgeEvents = [];
    const judgeChat = recordingChat(deps.chat, {
        onResult: (result, model) => {
            deps.onSpend(result.usage.costUsd);
            judgeEvents.push({ type: 'llm_call', at: elapsed(), role: 'judge', model, usage: result.usage, durationMs: result.durationMs, attempts: result.attempts });
        },
    });
    const metrics = await deps.judge(trial, trace, { chat: judgeChat, signal: deps.runSignal }).catch((error) => 
    // A bug in a metric must not take the run down: every criterion of this trial becomes an error with the cause.
    trial.criteria.map((criterion) => metricError(criterion, `the judge failed: ${(0,errors/* errorMessage */.gJ)(error)}`)));
    if (deps.runSignal.aborted)
        return undefined;
    const judged = { ...trace, events: [...trace.events, ...judgeEvents], usage: addUsage(trace.usage, judgeEvents) };
    return buildTrialResult(trial, judged, metrics);
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
 * The runner: every planned trial under one global concurrency limit (all
 * variants interleaved, plan order = critical first), with a cost budget,
 * fail-fast, per-trial timeouts and cancellation. The results file is written
 * atomically at the end, also when the run stops early.
 */








/** How often progress is reported while no trial finishes (keeps ETA and elapsed live). */
const PROGRESS_TICK_MS = 1_000;
/** After a cancel, how long in-flight trials get to unwind before the results are written without them. */
const CANCEL_GRACE_MS = 2_000;
async function runPlan(options) {
    const cwd = options.cwd ?? process.cwd();
    const startedAt = new Date();
    const started = performance.now();
    const state = createState();
    const execute = options.executeTrial ?? (await __webpack_require__.e(/* import() */ 756).then(__webpack_require__.bind(__webpack_require__, 9756))).executeTrial;
    const trialDeps = {
        execute,
        judge: options.judgeTrial ?? judgeTrial,
        engine: { suite: { pricing: options.suite.pricing, run: options.suite.run }, env: options.env },
        chat: options.chat,
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
    const workers = Array.from({ length: Math.max(1, options.concurrency ?? options.suite.run.concurrency) }, worker);
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
    const result = await runTrial(trial, { ...deps, onSpend });
    state.inFlight--;
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
    const budget = options.budgetUsd ?? options.suite.run.budget_usd;
    if (budget !== undefined && state.liveSpend >= budget)
        return 'budget';
    if (state.failFastTriggered)
        return 'fail_fast';
    return undefined;
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
    const tests = (0,aggregate/* summarizeTests */.Hq)(options.plan.trials, trials);
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
// EXTERNAL MODULE: ./src/suite/index.ts + 10 modules
var src_suite = __webpack_require__(5118);
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
        simulatorAvailable: suite.simulator !== undefined && missingApiKey(suite.simulator, io.env) === undefined,
    });
    printPlanNotices(plan, suite, io);
    if (plan.trials.length === 0)
        throw new errors/* ConfigurationError */.j1('nothing to run: no test matches the filters (or every test was skipped)');
    const outcome = await execute(suite, plan, flags, io);
    io.stdout(`${(0,summary/* formatRunSummary */.fd)(outcome.results).join('\n')}\n`);
    const gate = gateOf(suite, outcome.results);
    io.stdout(`Gate: ${gate.summary}\n`);
    await writeOutputs(outcome, gate, flags, io);
    if (outcome.results.stopReason === 'cancelled')
        return EXIT_CANCELLED;
    return gate.passed ? 0 : EXIT_GATE_FAILED;
}
async function execute(suite, plan, flags, io) {
    const runId = (0,run_info/* newRunId */.F$)();
    const storedPath = (0,external_node_path_.join)(io.cwd, run_info/* LOCAL_RUNS_DIR */.ZP, `${runId}.json`);
    const chat = createChatClient({
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
function gateOf(suite, results) {
    const variants = (0,compare/* compareVariants */.Ov)(results, { alpha: suite.gate.alpha });
    return (0,gate/* evaluateGate */.D)({ results, comparisons: variants ? [variants] : [], minPassRate: suite.gate.min_pass_rate, failOn: suite.gate.fail_on });
}
async function writeOutputs(outcome, gate, flags, io) {
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
        const variants = (0,compare/* compareVariants */.Ov)(results);
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'report.md'), (0,report/* renderMarkdownReport */._9)({ results, gate, ...(variants ? { variants } : {}) }), 'utf8');
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'report.html'), (0,report/* renderHtml */.K2)(results), 'utf8');
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
    const judgeProblem = suite.judge ? missingApiKey(suite.judge, io.env) : 'no `judge:` endpoint in the suite';
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
      --concurrency <n>        trials in flight at once (default: run.concurrency)
      --budget <usd>           stop starting trials once this much was spent
      --fail-fast              stop starting trials after a critical test fails
      --simulator-base-url <u> OpenAI-compatible URL for the simulated user (env REHEARSE_SIMULATOR_BASE_URL)
      --simulator-model <m>    model for the simulated user (env REHEARSE_SIMULATOR_MODEL)
      --report-dir <dir>       write report.md and report.html there

Exit status: 0 gate passed, 1 gate failed or suite invalid, 2 usage error, 130 cancelled.
`;
function parseRunFlags(args) {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
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
        }));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${(0,errors/* errorMessage */.gJ)(error)} (see rehearse run --help)`);
    }
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

/***/ 7222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ LlmCallError)
/* harmony export */ });
/** Thrown when retries are exhausted or the error is not retryable; `category` feeds failure categories. */
class LlmCallError extends Error {
    category;
    attempts;
    constructor(message, category, attempts) {
        super(message);
        this.category = category;
        this.attempts = attempts;
        this.name = 'LlmCallError';
    }
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
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(667);

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
        `pass^${test.runs} ${test.passHatK === null ? '—' : test.passHatK.toFixed(2)}`,
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
        (0,_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)(totals.durationMs),
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
        lines.push(`Failures by category: ${categories.map(([category, count]) => `${category} ${count}`).join(', ')}`);
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

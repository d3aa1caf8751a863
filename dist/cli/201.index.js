export const id = 201;
export const ids = [201];
export const modules = {

/***/ 905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ak: () => (/* reexport */ createChatClient),
  uu: () => (/* reexport */ missingApiKey),
  k5: () => (/* binding */ simulatorAvailable)
});

// UNUSED EXPORTS: BUILTIN_PRICING, BUILTIN_PRICING_DATE, DEFAULT_BASE_URL, LlmCallError, MAX_RETRY_AFTER_MS, costOf, isLoopback, parseRetryAfter, priceOf

// EXTERNAL MODULE: ./node_modules/openai/index.mjs + 232 modules
var openai = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/llm/types.ts
var types = __webpack_require__(7222);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/llm/http-fetch.ts
/**
 * The `fetch` the `openai` SDK is given: one HTTP/1.1 request on Node's own
 * `http`/`https` global agents (keep-alive, and `NODE_USE_ENV_PROXY` honoured
 * as by the built-in fetch), the body read into one buffer.
 *
 * Why not the built-in fetch: for a small JSON POST it costs several times the
 * CPU (WHATWG streams on both sides, header validation, a request object per
 * call). With many calls answering at once, that CPU queues on the event loop
 * and every round trip gets longer. The SDK still does everything else
 * (headers, auth, errors); we only move the bytes. Responses are read whole:
 * fine for the non-streaming completions Rehearse asks for.
 */



/** Statuses whose responses have no body: `new Response` refuses one. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
async function httpFetch(input, init = {}) {
    if (input instanceof Request)
        return fetch(input, init); // never sent by the SDK; kept correct anyway
    const url = new URL(input);
    const signal = init.signal ?? undefined;
    signal?.throwIfAborted();
    const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
    const headers = {};
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    const body = typeof init.body === 'string' ? init.body : init.body == null ? undefined : await new Response(init.body).text();
    if (body !== undefined)
        headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
        const req = send(url, { method: init.method ?? 'GET', headers, ...(signal ? { signal } : {}) }, (res) => {
            readAll(decoded(res)).then((buffer) => resolve(toResponse(res, buffer)), (error) => reject(signal?.aborted ? new DOMException('This operation was aborted', 'AbortError') : error));
        });
        // An abort destroys the request with an AbortError: the SDK and our retry policy read it as a cancel.
        req.on('error', reject);
        req.end(body);
    });
}
function toResponse(res, buffer) {
    const status = res.statusCode ?? 0;
    const headers = new Headers();
    const raw = res.rawHeaders;
    for (let i = 0; i + 1 < raw.length; i += 2) {
        const name = raw[i];
        // The body is already decoded and measured again by Response: these would describe the wire, not it.
        if (/^content-(encoding|length)$/i.test(name) && res.headers['content-encoding'])
            continue;
        headers.append(name, raw[i + 1]);
    }
    return new Response(NULL_BODY_STATUSES.has(status) ? null : new Uint8Array(buffer), { status, statusText: res.statusMessage ?? '', headers });
}
/** Servers may compress even unasked (the built-in fetch decodes too). */
function decoded(res) {
    const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
    const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? (0,external_node_zlib_.createGunzip)() : encoding === 'deflate' ? (0,external_node_zlib_.createInflate)() : encoding === 'br' ? (0,external_node_zlib_.createBrotliDecompress)() : undefined;
    if (!decoder)
        return res;
    res.on('error', (error) => decoder.destroy(error));
    return res.pipe(decoder);
}
function readAll(stream) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        stream.on('data', (chunk) => chunks.push(chunk));
        stream.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
        stream.on('error', reject);
        // A response cut short (reset, abort mid-body) ends as 'aborted'/'close' without 'end'.
        stream.on('close', () => reject(Object.assign(new Error('the connection closed before the response ended'), { code: 'ECONNRESET' })));
    });
}

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

;// CONCATENATED MODULE: ./src/util/retry-after.ts
/** `Retry-After` as delta-seconds or an HTTP date, in ms; undefined when absent or unreadable. Used by the LLM client and the GitHub rate-limit handling. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
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
    // One SDK client per endpoint and key (its connection pool is reused), and whether it is local, worked out once.
    const sdkClients = new Map();
    const flagged = new Set();
    const flagUnpriced = options.onUnpricedModel ?? ((model) => process.emitWarning(`no price known for model "${model}": its cost is counted as $0 (add it under \`pricing\`)`));
    function sdkFor(endpoint) {
        const baseURL = baseUrlOf(endpoint, options.env);
        const apiKey = apiKeyOf(endpoint, options.env);
        const cacheKey = `${baseURL}\n${apiKey}`;
        let entry = sdkClients.get(cacheKey);
        if (!entry) {
            entry = { client: new openai/* default */.Ay({ apiKey, baseURL, maxRetries: 0, timeout: options.callTimeoutMs, fetch: httpFetch }), local: isLoopback(baseURL) };
            sdkClients.set(cacheKey, entry);
        }
        return entry;
    }
    return {
        async complete(request) {
            const started = performance.now();
            const { client, local } = sdkFor(request.endpoint);
            const body = requestBody(request);
            for (let attempt = 1;; attempt++) {
                if (request.signal?.aborted)
                    throw cancelled(attempt - 1);
                const outcome = await attemptOnce(client, body, request.signal, options.callTimeoutMs);
                if (outcome.ok) {
                    const model = request.endpoint.model;
                    if (!local && !priceOf(model, options.pricing) && !flagged.has(model)) {
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






/**
 * Whether behavioral scenarios can run: a simulator is configured and its key
 * is set (or its base URL is a keyless local one). The one rule `rehearse run`
 * and the action plan with (and `rehearse validate` checks with), so none plans
 * a test another would skip.
 */
function simulatorAvailable(suite, env) {
    return suite.simulator !== undefined && missingApiKey(suite.simulator, env) === undefined;
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

/***/ 9337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uK: () => (/* binding */ parseShard),
  nY: () => (/* binding */ planRun)
});

// UNUSED EXPORTS: simulatorNeed

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
        return { kind: 'conversation', testId: test.id, runs, minPassRate: entry?.min_pass_rate ?? test.min_pass_rate, tags: test.tags, test };
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
    const units = filterByIds([...tests, ...items], selection.testIds).filter((unit) => !selection.tags?.length || unit.tags.some((tag) => selection.tags?.includes(tag)));
    return selection.runs === undefined ? units : units.map((unit) => ({ ...unit, runs: selection.runs }));
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

// EXTERNAL MODULE: ./src/suite/schema.ts
var schema = __webpack_require__(7141);
;// CONCATENATED MODULE: ./src/plan/criteria.ts
/**
 * A test's criteria as the judge sees them: named-metric references resolved,
 * baseline metrics attached (the seed's Expected Outcome, Infrastructure
 * Issues, Tool Call Success and Latency), every id unique within the test.
 */

/** Attached unless the user already listed a metric of that type. `latency` has no bound: it records, and passes. */
const BASELINE_TYPES = ['expected_outcome', 'infrastructure', 'tool_call_success', 'latency'];
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
    if (unknown.length > 0)
        throw new errors/* ConfigurationError */.j1(`unknown variant '${unknown[0]}': this suite runs ${declared.join(', ')}`);
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
    return unit.kind === 'conversation' ? suite.scenarios.find((scenario) => scenario.id === unit.test.scenario) : undefined;
}
function buildTrial(suite, unit, variant, index) {
    const key = testKey(unit.testId, variant);
    const owner = unit.kind === 'conversation' ? unit.test : unit.dataset;
    const agent = agentFor(suite, owner.agent, variant);
    const profileId = owner.profile;
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
        tools: agent.tools.flatMap((name) => toolNamed(suite, name)),
        profile: suite.profiles.find((profile) => profile.id === profileId)?.data ?? {},
        ...(suite.simulator ? { simulator: suite.simulator } : {}),
        ...(suite.judge ? { judge: suite.judge } : {}),
    };
    if (unit.kind === 'dataset') {
        return {
            ...common,
            kind: 'dataset',
            ...(unit.dataset.description ? { name: `${unit.dataset.id}: ${unit.item.id}` } : {}),
            source: unit.dataset.source,
            criteria: resolveCriteria(unit.dataset.criteria, suite.metrics, { enabled: false }),
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
        criteria: resolveCriteria(unit.test.criteria, suite.metrics, { enabled: unit.test.baseline_metrics, scenario }),
        persona,
        scenario,
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
    const trials = [];
    const skipped = [];
    for (const unit of units) {
        if (!owned.has(unit))
            continue;
        const reason = skipReason(suite, unit, options.simulatorAvailable);
        if (reason) {
            skipped.push(...variants.map((variant) => ({ key: testKey(unit.testId, variant), reason })));
            continue;
        }
        // Variants interleave (b#0, c#0, b#1, c#1…) so a run stopped early still compares like with like.
        for (let index = 0; index < unit.runs; index++)
            for (const variant of variants)
                trials.push(buildTrial(suite, unit, variant, index));
    }
    return { trials, variants, ...(options.shard ? { shard: options.shard } : {}), skipped };
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
function skipReason(suite, unit, simulatorAvailable) {
    const scenario = scenarioOf(suite, unit);
    if (simulatorAvailable || !scenario)
        return undefined;
    const why = simulatorNeed(scenario);
    return why && `${why}: no simulator LLM is available (configure \`simulator\` and set its API key)`;
}
/** Why a scenario can not run without the simulator LLM, or undefined when it can (deterministic scripts). */
function simulatorNeed(scenario) {
    if (scenario.type === 'behavioral')
        return `behavioral scenario '${scenario.id}'`;
    if (scenario.match === 'llm')
        return `scripted scenario '${scenario.id}' matches conditions with the LLM (match: llm)`;
    const phrased = scenario.conditional_actions.conditions.find((c) => !c.fixed_message);
    return phrased ? `scripted scenario '${scenario.id}' has a phrased action (condition ${phrased.id}, fixed_message: false)` : undefined;
}


/***/ }),

/***/ 3199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ createAjv)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one Ajv configuration of the project: the loader compiles every tool's
 * `parameters` with it, so a schema the engine would reject at call time is a
 * load error instead (and not a failed call blamed on the agent).
 */

/** `strict: false`: tools copied from other platforms carry keywords (e.g. `examples`, vendor `x-` keys) Ajv would refuse. */
function createAjv() {
    return new ajv__WEBPACK_IMPORTED_MODULE_0__.Ajv({ allErrors: true, strict: false });
}


/***/ }),

/***/ 113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ suggestion),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
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
/** " — did you mean 'x'?" or "". */
function suggestion(name, candidates) {
    const match = closest(name, candidates);
    return match === undefined ? '' : ` — did you mean '${match}'?`;
}


/***/ }),

/***/ 761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hd: () => (/* binding */ formatIssue),
  bu: () => (/* binding */ loadSuite)
});

// UNUSED EXPORTS: findTemplateRefs, renderTemplate, renderTemplateDeep

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/suite/schema.ts
var schema = __webpack_require__(7141);
// EXTERNAL MODULE: ./src/suite/did-you-mean.ts
var did_you_mean = __webpack_require__(113);
;// CONCATENATED MODULE: ./src/suite/zod-issues.ts

function zodIssuesToSuiteIssues(issues, file, schema) {
    const flat = flatten(issues, []);
    // "unknown key 'personna' — did you mean 'persona'?" already explains the missing 'persona'.
    const explained = new Set(flat.flatMap(({ issue, path }) => issue.code === 'unrecognized_keys' ? issue.keys.flatMap((key) => [(0,did_you_mean/* closest */.kp)(key, knownKeys(schema, path, file.data)) ?? []].flat().map((k) => pathText([...path, k]))) : []));
    return flat
        .filter(({ issue, path }) => !(valueAt(file.data, path) === undefined && expectedOf(issue) !== undefined && explained.has(pathText(path))))
        .flatMap((issue) => toSuiteIssues(issue, file, schema));
}
function pathText(path) {
    return path.join('\u0000');
}
function knownKeys(schema, path, data) {
    return keysAt(schema._zod.def, path, data);
}
/** Unions report one list of issues per option: keep the option that came closest (fewest issues). */
function flatten(issues, prefix) {
    return issues.flatMap((issue) => {
        const path = [...prefix, ...issue.path];
        if (issue.code === 'invalid_union' && issue.errors.length > 0) {
            const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
            return flatten(best, path);
        }
        return [{ issue, path }];
    });
}
function toSuiteIssues({ issue, path }, file, schema) {
    // One error per unknown key, each at its own line.
    if (issue.code === 'unrecognized_keys') {
        const known = knownKeys(schema, path, file.data);
        return issue.keys.map((key) => error(file.locateKey([...path, key]), `unknown key '${key}'${(0,did_you_mean/* suggestion */.h)(key, known)}`));
    }
    return [toSuiteIssue({ issue, path }, file)];
}
function toSuiteIssue({ issue, path }, file) {
    const value = valueAt(file.data, path);
    const expected = value === undefined ? expectedOf(issue) : undefined;
    if (expected !== undefined)
        return error(file.locate(path.slice(0, -1)), `missing required key '${String(path.at(-1))}' (expected ${expected})`);
    return error(file.locate(path), `${label(path)}${describe(issue, value)}`);
}
/** What a missing value should have been, for the issues a missing key produces. */
function expectedOf(issue) {
    if (issue.code === 'invalid_type')
        return article(String(issue.expected));
    const options = issue.code === 'invalid_value' ? issue.values : issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options) ? issue.options : undefined;
    return options && `one of ${options.map((o) => `'${String(o)}'`).join(', ')}`;
}
function describe(issue, value) {
    switch (issue.code) {
        case 'invalid_type':
            return `expected ${article(String(issue.expected))}, got ${kindOf(value)}`;
        case 'invalid_value': {
            const options = issue.values.map((v) => `'${String(v)}'`).join(', ');
            const hint = typeof value === 'string' ? (0,did_you_mean/* suggestion */.h)(value, issue.values.map(String)) : '';
            return `expected ${issue.values.length === 1 ? options : `one of ${options}`}, got ${show(value)}${hint}`;
        }
        case 'invalid_union':
            if ('options' in issue && Array.isArray(issue.options)) {
                const options = issue.options.map(String);
                const hint = typeof value === 'string' ? (0,did_you_mean/* suggestion */.h)(value, options) : '';
                return `expected one of ${options.map((o) => `'${o}'`).join(', ')}, got ${show(value)}${hint}`;
            }
            return `invalid value ${show(value)}`;
        case 'too_big':
            return issue.origin === 'number' ? `expected a number ${issue.inclusive ? 'at most' : 'below'} ${String(issue.maximum)}, got ${show(value)}` : `too long: at most ${String(issue.maximum)} allowed`;
        case 'too_small':
            if (issue.origin === 'number')
                return `expected a number ${issue.inclusive ? 'at least' : 'above'} ${String(issue.minimum)}, got ${show(value)}`;
            return issue.origin === 'array' ? `expected at least ${String(issue.minimum)} item(s)` : `expected a non-empty value`;
        case 'invalid_format':
            return `${issue.format === 'regex' ? `expected ${issue.message}` : `expected a valid ${issue.format}`}, got ${show(value)}`;
        default:
            return issue.message;
    }
}
function label(path) {
    const key = [...path].reverse().find((segment) => typeof segment === 'string');
    return key === undefined ? '' : `${key}: `;
}
function error(location, message) {
    return { location, message, severity: 'error' };
}
/** zod's type names in YAML words. */
const YAML_TYPE_NAMES = { array: 'list', object: 'mapping', record: 'mapping' };
function article(type) {
    const name = YAML_TYPE_NAMES[type] ?? type;
    return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${article(typeof value)} (${show(value)})`;
}
function show(value) {
    if (typeof value === 'string')
        return `'${value}'`;
    if (value === undefined)
        return 'nothing';
    return JSON.stringify(value) ?? String(value);
}
function valueAt(data, path) {
    let current = data;
    for (const segment of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}
/** Keys the schema accepts for the object at `path` (for "did you mean" on unknown keys). */
function keysAt(def, path, data) {
    const value = valueAt(data, path);
    const objects = objectsAt(def, path, data, 0);
    const typed = objects.filter((o) => {
        const discriminator = o.shape?.type?._zod.def;
        return !discriminator?.values || !value || typeof value !== 'object' || discriminator.values.includes(value.type);
    });
    return [...new Set((typed.length > 0 ? typed : objects).flatMap((o) => Object.keys(o.shape ?? {})))];
}
function objectsAt(def, path, data, depth) {
    const inner = def.innerType ?? def.in;
    if (inner)
        return objectsAt(inner._zod.def, path, data, depth);
    if (def.options)
        return def.options.flatMap((o) => objectsAt(o._zod.def, path, data, depth));
    if (def.left && def.right)
        return [...objectsAt(def.left._zod.def, path, data, depth), ...objectsAt(def.right._zod.def, path, data, depth)];
    if (depth === path.length)
        return def.type === 'object' ? [def] : [];
    const segment = path[depth];
    if (def.type === 'array' && def.element)
        return objectsAt(def.element._zod.def, path, data, depth + 1);
    const child = typeof segment === 'string' ? def.shape?.[segment] : undefined;
    return child ? objectsAt(child._zod.def, path, data, depth + 1) : [];
}

;// CONCATENATED MODULE: ./src/suite/collect.ts


const ITEM_SCHEMAS = {
    agents: schema/* AgentSchema */.TH,
    personas: schema/* PersonaSchema */.cx,
    scenarios: schema/* ScenarioSchema */.x6,
    profiles: schema/* ProfileSchema */.DT,
    tools: schema/* ToolSchema */.WK,
    metrics: schema/* NamedMetricSchema */.h,
    tests: schema/* TestSchema */.c4,
    sets: schema/* SetSchema */.Yx,
    datasets: schema/* DatasetSchema */.e8,
};
const COLLECTIONS = Object.keys(ITEM_SCHEMAS);
/** What each collection is called in messages. */
const KIND = {
    agents: 'agent',
    personas: 'persona',
    scenarios: 'scenario',
    profiles: 'profile',
    tools: 'tool',
    metrics: 'metric',
    tests: 'test',
    sets: 'set',
    datasets: 'dataset',
};
function locate(entry, ...subpath) {
    return entry.file.locate([...entry.path, ...subpath]);
}
function collect(files) {
    const issues = [];
    const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, []]));
    const raw = Object.fromEntries(COLLECTIONS.map((name) => [name, []]));
    const known = Object.fromEntries(COLLECTIONS.map((name) => [name, new Set()]));
    const firstSeen = new Map();
    const [root] = files;
    if (!root)
        throw new Error('collect: no files');
    for (const file of files) {
        const whole = schema/* SuiteFileSchema */.Qk.safeParse(file.data);
        if (!whole.success)
            issues.push(...zodIssuesToSuiteIssues(whole.error.issues, file, schema/* SuiteFileSchema */.Qk));
        if (file !== root)
            issues.push(...rootOnlyKeys(file, root));
        for (const name of COLLECTIONS) {
            const items = file.data[name];
            if (!Array.isArray(items))
                continue;
            items.forEach((item, index) => {
                const path = [name, index];
                if (item && typeof item === 'object' && !Array.isArray(item))
                    raw[name].push({ value: item, file, path });
                const id = idOf(name, item);
                if (id !== undefined) {
                    known[name].add(id);
                    const key = `${name}:${id}`;
                    const first = firstSeen.get(key);
                    const idPath = [...path, name === 'tools' ? 'name' : 'id'];
                    if (first)
                        issues.push({ location: file.locate(idPath), message: `duplicate ${KIND[name]} ${name === 'tools' ? 'name' : 'id'} '${id}' (first declared at ${first.file}:${first.line}:${first.column})`, severity: 'error' });
                    else
                        firstSeen.set(key, file.locate(idPath));
                    if (first)
                        return;
                }
                const parsed = ITEM_SCHEMAS[name].safeParse(item);
                if (parsed.success)
                    collections[name].push({ value: parsed.data, file, path });
            });
        }
    }
    return { ...collections, raw, root, settings: rootSettings(root), known, issues };
}
function idOf(name, item) {
    if (!item || typeof item !== 'object')
        return undefined;
    const id = item[name === 'tools' ? 'name' : 'id'];
    return typeof id === 'string' ? id : undefined;
}
function rootOnlyKeys(file, root) {
    return schema/* ROOT_ONLY_KEYS */.z1.filter((key) => key in file.data).map((key) => ({
        location: file.locateKey([key]),
        message: `'${key}' is only allowed in the root config (${root.display}), not in an included file`,
        severity: 'error',
    }));
}
/** Root settings, each parsed on its own so one bad key does not hide the others. */
function rootSettings(root) {
    const settings = {};
    for (const key of [...schema/* ROOT_ONLY_KEYS */.z1, 'name']) {
        const parsed = schema/* SuiteFileSchema */.Qk.shape[key].safeParse(root.data[key]);
        if (parsed.success)
            settings[key] = parsed.data;
    }
    return settings;
}

// EXTERNAL MODULE: ./src/util/regexp.ts
var regexp = __webpack_require__(6407);
;// CONCATENATED MODULE: ./src/suite/glob.ts
/**
 * A small glob for `include`: `*` and `?` within one path segment, `**` for
 * any number of directories, `{a,b}` alternatives. Results are sorted so the
 * merge order (and therefore "first declared at") is deterministic.
 */



function hasGlobChars(pattern) {
    return /[*?{[]/.test(pattern);
}
async function expandGlob(pattern, baseDir) {
    if (!hasGlobChars(pattern))
        return [(0,external_node_path_.resolve)(baseDir, pattern)];
    const absolute = (0,external_node_path_.resolve)(baseDir, pattern);
    const segments = absolute.split('/');
    const firstGlob = segments.findIndex(hasGlobChars);
    const start = segments.slice(0, firstGlob).join('/') || '/';
    const matches = await walk(start, segments.slice(firstGlob));
    return [...new Set(matches)].sort();
}
async function walk(dir, segments) {
    const [segment, ...rest] = segments;
    if (segment === undefined)
        return (await isFile(dir)) ? [dir] : [];
    if (segment === '**') {
        const here = await walk(dir, rest);
        const below = await Promise.all((await subdirectories(dir)).map((child) => walk((0,external_node_path_.join)(dir, child), segments)));
        return [...here, ...below.flat()];
    }
    if (!hasGlobChars(segment))
        return walk((0,external_node_path_.join)(dir, segment), rest);
    const matcher = segmentRegex(segment);
    const names = (await entries(dir)).filter((name) => matcher.test(name) && !(name.startsWith('.') && !segment.startsWith('.')));
    return (await Promise.all(names.map((name) => walk((0,external_node_path_.join)(dir, name), rest)))).flat();
}
function segmentRegex(segment) {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
        const char = segment[i];
        if (char === '*')
            source += '[^/]*';
        else if (char === '?')
            source += '[^/]';
        else if (char === '{') {
            const end = segment.indexOf('}', i);
            if (end < 0)
                source += '\\{';
            else {
                source += `(?:${segment.slice(i + 1, end).split(',').map(regexp/* escapeRegExp */.N).join('|')})`;
                i = end;
            }
        }
        else
            source += (0,regexp/* escapeRegExp */.N)(char);
    }
    return new RegExp(`^${source}$`);
}
async function entries(dir) {
    try {
        return await (0,promises_.readdir)(dir);
    }
    catch {
        return [];
    }
}
async function subdirectories(dir) {
    try {
        const list = await (0,promises_.readdir)(dir, { withFileTypes: true });
        return list.filter((d) => d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules').map((d) => d.name);
    }
    catch {
        return [];
    }
}
async function isFile(path) {
    try {
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/suite/yaml-file.ts
/**
 * One YAML file of a suite: its data plus a way to turn a data path
 * (e.g. ["tests", 2, "persona"]) back into the line and column of the node,
 * so every error can point at the exact place in the user's file.
 */

/** Bounds what anchors and aliases may expand to, against alias bombs. */
const MAX_ALIAS_COUNT = 1000;
function syntaxMessage(error) {
    if (error.code === 'MULTIPLE_DOCS')
        return 'several YAML documents in one file: one document per file; split it or remove the `---`';
    return `YAML syntax error: ${error.message}`;
}
/**
 * Aliases to no anchor and merge keys (`<<`) that do not merge a mapping:
 * `toJS` would throw on these. One pass in document order, with the anchors
 * seen so far (what `Alias.resolve` finds, without its walk per alias).
 */
function findAliasProblem(doc) {
    let problem;
    const anchors = new Map();
    const deref = (node) => ((0,dist/* isAlias */.Vj)(node) ? anchors.get(node.source) : node);
    (0,dist/* visit */.YR)(doc, {
        Node(_key, node) {
            if (!(0,dist/* isAlias */.Vj)(node) && node.anchor)
                anchors.set(node.anchor, node);
            return undefined;
        },
        Alias(_key, node) {
            if (anchors.has(node.source))
                return undefined;
            problem = { offset: node.range?.[0] ?? 0, message: `unknown YAML alias '*${node.source}': no anchor '&${node.source}' is set before it` };
            return dist/* visit */.YR.BREAK;
        },
        Pair(_key, pair) {
            if (!(0,dist/* isScalar */.jn)(pair.key) || !isMergeKey(pair.key.value))
                return undefined;
            const value = deref(pair.value);
            const sources = (0,dist/* isSeq */.oP)(value) ? value.items.map(deref) : [value];
            if (sources.every((source) => (0,dist/* isMap */.jh)(source)))
                return undefined;
            problem = {
                offset: pair.value?.range?.[0] ?? pair.key.range?.[0] ?? 0,
                message: 'merge key `<<` expects a mapping, an alias of one (`<<: *defaults`) or a list of them',
            };
            return dist/* visit */.YR.BREAK;
        },
    });
    return problem;
}
function isMergeKey(value) {
    return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}
function firstAliasOffset(doc) {
    let offset;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            offset = node.range?.[0];
            return dist/* visit */.YR.BREAK;
        },
    });
    return offset;
}
function parseYamlFile(path, display, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file: display, line, column: col };
    };
    const fail = (offset, message) => ({ ok: false, issue: { location: at(offset), message, severity: 'error' } });
    // Later syntax errors are mostly echoes of the first one, so report that one.
    const syntax = doc.errors[0];
    if (syntax)
        return fail(syntax.pos[0], syntaxMessage(syntax));
    // yaml only warns about an unknown tag and then keeps the value untagged:
    // a suite has no custom types, so a tag is a mistake worth stopping for.
    const unknownTag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (unknownTag) {
        const tag = text.slice(unknownTag.pos[0], unknownTag.pos[1]);
        return fail(unknownTag.pos[0], `unknown YAML tag '${tag}': suite files use plain YAML values, remove the tag`);
    }
    if (doc.contents === null)
        return fail(0, 'empty file: expected a YAML mapping of suite keys (e.g. `personas:`, `tests:`)');
    if (!(0,dist/* isMap */.jh)(doc.contents)) {
        const kind = (0,dist/* isSeq */.oP)(doc.contents) ? 'a list' : 'a single value';
        return fail(doc.contents.range?.[0] ?? 0, `expected a YAML mapping of suite keys (e.g. \`personas:\`, \`tests:\`), got ${kind} — is this a suite file?`);
    }
    const root = doc.contents;
    const structural = findAliasProblem(doc);
    if (structural)
        return fail(structural.offset, structural.message);
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        // The checks above catch what a user writes by mistake; what is left is
        // alias expansion beyond the limit (a "billion laughs" document).
        const message = error instanceof Error && /alias count/i.test(error.message)
            ? `YAML aliases expand to more than ${MAX_ALIAS_COUNT} nodes: write the data out instead of nesting aliases`
            : `cannot read YAML: ${error instanceof Error ? error.message : String(error)}`;
        return fail(firstAliasOffset(doc) ?? 0, message);
    }
    const offsetOf = (path, wantKey) => {
        let node = root;
        for (const [index, segment] of path.entries()) {
            const isLast = index === path.length - 1;
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
                if (!pair)
                    break;
                const key = pair.key;
                if (isLast && wantKey)
                    return key.range?.[0] ?? 0;
                if (!pair.value)
                    return key.range?.[0] ?? 0;
                node = pair.value;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number' && node.items[segment]) {
                node = node.items[segment];
            }
            else
                break;
        }
        return node.range?.[0] ?? 0;
    };
    return {
        ok: true,
        file: { path, display, data, locate: (p) => at(offsetOf(p, false)), locateKey: (p) => at(offsetOf(p, true)) },
    };
}

;// CONCATENATED MODULE: ./src/suite/files.ts
/**
 * Reads the root config and, depth first, every file its `include` globs
 * match (relative to the including file). Missing files, globs matching
 * nothing, non-YAML files and include cycles are errors at the include line.
 */




const YAML_FILE = /\.ya?ml$/i;
function displayPath(absolute, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, absolute);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? absolute : rel;
}
async function readSuiteFiles(rootPath, cwd) {
    const files = [];
    const issues = [];
    const visited = new Set();
    const show = (path) => displayPath(path, cwd);
    const visit = async (path, chain) => {
        visited.add(path);
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            issues.push({ location: { file: show(path), line: 1, column: 1 }, message: `cannot read suite file: ${readError(error)}`, severity: 'error' });
            return;
        }
        const parsed = parseYamlFile(path, show(path), text);
        if (!parsed.ok) {
            issues.push(parsed.issue);
            return;
        }
        files.push(parsed.file);
        const includes = parsed.file.data.include;
        if (!Array.isArray(includes))
            return; // a wrong type is reported by the schema
        for (const [index, pattern] of includes.entries()) {
            if (typeof pattern !== 'string')
                continue;
            const at = parsed.file.locate(['include', index]);
            const fail = (message) => void issues.push({ location: at, message, severity: 'error' });
            const matches = await expandGlob(pattern, (0,external_node_path_.dirname)(path));
            if (!hasGlobChars(pattern)) {
                const [target] = matches;
                const kind = target === undefined ? 'file' : await files_kindOf(target);
                if (target && kind === 'directory') {
                    fail(`include '${pattern}' is a directory: include its files with a glob, e.g. '${pattern.replace(/\/+$/, '')}/*.yaml'`);
                    continue;
                }
                if (target && kind === 'missing') {
                    fail(`missing include '${pattern}': no such file (${show(target)})`);
                    continue;
                }
            }
            else if (matches.length === 0) {
                fail(`include '${pattern}' matches no file`);
                continue;
            }
            for (const match of matches) {
                if (!YAML_FILE.test(match))
                    fail(`include '${pattern}' matches '${show(match)}', which is not a YAML file (expected .yaml or .yml)`);
                else if (chain.includes(match))
                    fail(`include cycle: ${[...chain.slice(chain.indexOf(match)), match].map(show).join(' → ')}`);
                else if (!visited.has(match))
                    await visit(match, [...chain, match]);
            }
        }
    };
    await visit(rootPath, [rootPath]);
    return { files, issues };
}
async function files_kindOf(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
    }
}
function readError(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EISDIR')
        return 'is a directory, expected a YAML file';
    return error?.message ?? String(error);
}

;// CONCATENATED MODULE: ./src/suite/references.ts
/**
 * Cross-file references: every id a test, set, dataset, agent, variant or
 * default names must exist, with the nearest valid name suggested.
 */


/**
 * `incomplete`: some file could not be read or parsed, so its ids are not
 * known; "unknown persona 'alice'" would then be an echo of that error, not
 * a mistake of its own, and is not reported.
 */
function checkReferences(suite, incomplete = false) {
    if (incomplete)
        return [];
    const issues = [];
    const ref = (kind, id, at) => {
        if (typeof id !== 'string' || suite.known[kind].has(id))
            return; // a non-string is the schema's error
        issues.push({ location: at, message: `unknown ${KIND[kind]} '${id}'${(0,did_you_mean/* suggestion */.h)(id, suite.known[kind])}`, severity: 'error' });
    };
    const criteria = (entry) => list(entry.value.criteria).forEach((criterion, index) => {
        if (isObject(criterion) && 'metric' in criterion)
            ref('metrics', criterion.metric, locate(entry, 'criteria', index, 'metric'));
    });
    for (const test of suite.raw.tests) {
        for (const [field, kind] of [['persona', 'personas'], ['scenario', 'scenarios'], ['profile', 'profiles'], ['agent', 'agents']]) {
            ref(kind, test.value[field], locate(test, field));
        }
        criteria(test);
        issues.push(...missingAgent(suite, test, 'test'));
    }
    for (const dataset of suite.raw.datasets) {
        ref('profiles', dataset.value.profile, locate(dataset, 'profile'));
        ref('agents', dataset.value.agent, locate(dataset, 'agent'));
        criteria(dataset);
        issues.push(...missingAgent(suite, dataset, 'dataset'));
    }
    for (const set of suite.raw.sets) {
        list(set.value.tests).forEach((item, index) => isObject(item) && ref('tests', item.test, locate(set, 'tests', index, 'test')));
    }
    for (const agent of suite.raw.agents)
        list(agent.value.tools).forEach((tool, index) => ref('tools', tool, locate(agent, 'tools', index)));
    const { variants, defaults } = suite.settings;
    for (const name of ['baseline', 'candidate'])
        ref('agents', variants?.[name]?.agent, suite.root.locate(['variants', name, 'agent']));
    ref('agents', defaults?.agent, suite.root.locate(['defaults', 'agent']));
    ref('profiles', defaults?.profile, suite.root.locate(['defaults', 'profile']));
    return issues;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** The agent a test or dataset runs against: its own, the default, or the only one. */
function effectiveAgent(suite, own) {
    if (own)
        return own;
    if (suite.settings.defaults?.agent)
        return suite.settings.defaults.agent;
    const all = [...suite.known.agents];
    return all.length === 1 ? all[0] : undefined;
}
function missingAgent(suite, entry, kind) {
    const own = entry.value.agent;
    if (effectiveAgent(suite, typeof own === 'string' ? own : undefined) !== undefined || (own !== undefined && typeof own !== 'string'))
        return [];
    const count = suite.known.agents.size;
    return [
        {
            location: locate(entry),
            message: `${kind} '${String(entry.value.id)}' has no agent: set \`agent:\` on it or \`defaults.agent\` in the root config (the suite declares ${count} agents)`,
            severity: 'error',
        },
    ];
}

;// CONCATENATED MODULE: ./src/suite/agents.ts
/**
 * File references of agents and variants: system prompt files are read
 * (relative to the declaring file), a command's cwd is made absolute. Also
 * warns about variant overrides that cannot apply to the agent they hit.
 */





/** Overrides that only mean something for an `openai` agent. */
const OPENAI_ONLY_OVERRIDES = ['model', 'base_url', 'system_prompt', 'system_prompt_file', 'temperature'];
async function resolveAgents(suite, cwd) {
    const issues = [];
    const show = (path) => displayPath(path, cwd);
    const agents = await Promise.all(suite.agents.map((entry) => resolveAgent(entry, issues, show)));
    const variants = {};
    for (const name of ['baseline', 'candidate']) {
        const variant = suite.settings.variants?.[name];
        if (!variant)
            continue;
        const promptFile = variant.system_prompt_file;
        const at = suite.root.locate(['variants', name, 'system_prompt_file']);
        const prompt = promptFile === undefined ? variant.system_prompt : await readPrompt((0,external_node_path_.resolve)((0,external_node_path_.dirname)(suite.root.path), promptFile), promptFile, at, issues, show);
        variants[name] = { ...variant, ...(prompt === undefined ? {} : { system_prompt: prompt }) };
    }
    issues.push(...overrideWarnings(suite));
    return { agents, variants, issues };
}
async function resolveAgent(entry, issues, show) {
    const agent = entry.value;
    const source = locate(entry);
    const baseDir = (0,external_node_path_.dirname)(entry.file.path);
    if (agent.type === 'openai' && agent.system_prompt_file !== undefined) {
        if (agent.system_prompt !== undefined)
            issues.push(agents_error(locate(entry, 'system_prompt_file'), `agent '${agent.id}' sets both system_prompt and system_prompt_file; keep one`));
        const prompt = await readPrompt((0,external_node_path_.resolve)(baseDir, agent.system_prompt_file), agent.system_prompt_file, locate(entry, 'system_prompt_file'), issues, show);
        const { system_prompt_file: _file, ...rest } = agent;
        return { ...rest, ...(prompt === undefined ? {} : { system_prompt: prompt }), source };
    }
    if (agent.type === 'command') {
        const cwd = (0,external_node_path_.resolve)(baseDir, agent.cwd ?? '.');
        if (!(await isDirectory(cwd)))
            issues.push(agents_error(locate(entry, 'cwd'), `cwd '${agent.cwd ?? '.'}' of agent '${agent.id}' is not a directory (${show(cwd)})`));
        return { ...agent, cwd, source };
    }
    return { ...agent, source };
}
async function readPrompt(path, written, at, issues, show) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        issues.push(agents_error(at, `system prompt file '${written}' not found (${show(path)})`));
        return undefined;
    }
}
function overrideWarnings(suite) {
    const used = new Set([...suite.tests, ...suite.datasets].map((e) => effectiveAgent(suite, e.value.agent)));
    const warnings = [];
    for (const name of ['baseline', 'candidate']) {
        const variant = suite.settings.variants?.[name];
        const fields = OPENAI_ONLY_OVERRIDES.filter((field) => variant?.[field] !== undefined);
        if (!variant || fields.length === 0)
            continue;
        const targets = suite.agents.filter((a) => (variant.agent ? a.value.id === variant.agent : used.has(a.value.id)));
        for (const target of targets.filter((a) => a.value.type !== 'openai')) {
            warnings.push({
                location: suite.root.locateKey(['variants', name, fields[0]]),
                message: `variant '${name}' sets ${fields.join(', ')}, which only applies to openai agents: agent '${target.value.id}' is a ${target.value.type} agent, so it runs unchanged`,
                severity: 'warning',
            });
        }
    }
    return warnings;
}
async function isDirectory(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory();
    }
    catch {
        return false;
    }
}
function agents_error(location, message) {
    return { location, message, severity: 'error' };
}

// EXTERNAL MODULE: ./src/suite/tags.ts
var tags = __webpack_require__(8159);
;// CONCATENATED MODULE: ./src/suite/scenario-rules.ts
/**
 * The seed's structural rules for scripted (conditional-action) scenarios,
 * and the tags an action may carry in a text conversation.
 */



const FIRST_MESSAGE = 'FIRST_MESSAGE';
const TEXT_TAGS_HINT = 'text-mode tags are <endcall/> and <spell>…</spell>';
function checkScenarioRules(scenarios) {
    return scenarios.flatMap((entry) => (entry.value.type === 'scripted' ? checkScripted(entry) : []));
}
function checkScripted(entry) {
    const issues = [];
    const scenario = entry.value;
    const conditions = scenario.conditional_actions.conditions;
    const at = (index, ...key) => locate(entry, 'conditional_actions', 'conditions', index, ...key);
    const fail = (location, message) => void issues.push({ location, message, severity: 'error' });
    const firsts = conditions.flatMap((c, index) => (c.condition === FIRST_MESSAGE ? [index] : []));
    if (firsts.length === 0)
        fail(locate(entry, 'conditional_actions', 'conditions'), `scenario '${scenario.id}' needs exactly one FIRST_MESSAGE condition (id 0, fixed_message: true); found none`);
    for (const index of firsts.slice(1))
        fail(at(index, 'condition'), `a second FIRST_MESSAGE condition (the first is at line ${at(firsts[0]).line}); a scenario has exactly one`);
    for (const index of firsts.slice(0, 1)) {
        const first = conditions[index];
        if (first.id !== 0)
            fail(at(index, 'id'), `FIRST_MESSAGE must have id 0, got ${first.id}`);
        if (!first.fixed_message)
            fail(at(index, 'fixed_message'), 'FIRST_MESSAGE must have fixed_message: true (the opening message is sent verbatim; use an empty action to let the agent speak first)');
    }
    const seen = new Map();
    conditions.forEach((condition, index) => {
        const previous = seen.get(condition.id);
        if (previous !== undefined)
            fail(at(index, 'id'), `duplicate condition id ${condition.id} (first used at line ${at(previous).line})`);
        else
            seen.set(condition.id, index);
    });
    conditions.forEach((condition, index) => {
        if (condition.type === 'action_followup')
            checkFollowup(condition, index, seen, at, fail);
        else if (typeof condition.condition !== 'string')
            fail(at(index, 'condition'), 'a standard condition describes what the agent says (text); only an action_followup refers to a condition id');
        else if (condition.condition !== FIRST_MESSAGE)
            checkMatcher(scenario.match, condition, index, at, fail);
        checkTags(condition, at(index, 'action'), fail);
    });
    return issues;
}
function checkFollowup(condition, index, ids, at, fail) {
    const target = typeof condition.condition === 'number' ? condition.condition : /^\d+$/.test(condition.condition) ? Number(condition.condition) : undefined;
    const valid = [...ids.keys()].filter((id) => id !== condition.id).join(', ');
    if (target === undefined || target === condition.id || !ids.has(target)) {
        fail(at(index, 'condition'), `action_followup condition must be the id of another condition in this scenario (${valid || 'none'}), got ${JSON.stringify(condition.condition)}`);
    }
}
function checkMatcher(match, condition, index, at, fail) {
    if (match === 'regex') {
        if (condition.pattern === undefined)
            fail(at(index), `condition ${condition.id} needs a \`pattern\` (the scenario uses match: regex)`);
        else {
            try {
                new RegExp(condition.pattern, 'i');
            }
            catch (error) {
                fail(at(index, 'pattern'), `invalid regex ${JSON.stringify(condition.pattern)}: ${error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '')}`);
            }
        }
    }
    if (match === 'keywords' && !condition.keywords?.length)
        fail(at(index), `condition ${condition.id} needs \`keywords\` (the scenario uses match: keywords)`);
}
function checkTags(condition, location, fail) {
    for (const { text: tag, name, closing, wellFormed } of (0,tags/* findTags */.vU)(condition.action)) {
        // A closing tag is judged by its opening one, except a stray closing text-mode tag.
        if (schema/* VOICE_ONLY_TAGS */.Ur.includes(name)) {
            if (!closing)
                fail(location, `${tag} is a voice-only tag; Rehearse runs text conversations (${TEXT_TAGS_HINT})`);
        }
        else if (!schema/* TEXT_MODE_TAGS */.KK.includes(name)) {
            const why = condition.fixed_message ? ': in a fixed_message action it would be sent literally' : '';
            if (!closing)
                fail(location, `unknown tag ${tag}${why} (${TEXT_TAGS_HINT})`);
        }
        else if (!wellFormed) {
            fail(location, `malformed tag ${tag}: it would be sent literally (${TEXT_TAGS_HINT})`);
        }
    }
    const opened = (condition.action.match((0,tags/* spellOpenPattern */.Fc)()) ?? []).length;
    const closed = (condition.action.match((0,tags/* spellClosePattern */.N1)()) ?? []).length;
    if (opened !== closed)
        fail(location, 'unbalanced <spell>…</spell>: every <spell> needs a closing </spell>');
}

// EXTERNAL MODULE: ./src/suite/template.ts
var template = __webpack_require__(664);
;// CONCATENATED MODULE: ./src/suite/template-checks.ts
/**
 * `{{profile.x}}` must resolve in the profile of every test that uses the
 * templated text (scenario text, mock mappings' `when`): an unknown key is a
 * load error, not a runtime surprise.
 */




function checkTemplates(suite) {
    const issues = new Map();
    const add = (location, message) => {
        issues.set(`${location.file}:${location.line}:${location.column}:${message}`, { location, message, severity: 'error' });
    };
    const scenarios = new Map(suite.scenarios.map((s) => [s.value.id, templatedStrings(s, `scenario '${s.value.id}'`)]));
    const toolTexts = new Map(suite.tools.map((t) => [t.value.name, templatedStrings(t, `tool '${t.value.name}'`, ['mock'])]));
    const profiles = new Map(suite.profiles.map((p) => [p.value.id, p.value]));
    const checked = [
        ...suite.scenarios.map((s) => ({ entry: s, owner: `scenario '${s.value.id}'`, under: [] })),
        ...suite.tools.map((t) => ({ entry: t, owner: `tool '${t.value.name}'`, under: ['mock'] })),
    ];
    for (const { entry, owner, under } of checked) {
        for (const { text, location } of stringsUnder(entry, owner, under)) {
            for (const bad of (0,template/* findMalformedTemplates */.yL)(text)) {
                add(location, `${bad.text} in ${owner} is not a profile template: expected {{profile.key}} (nested: {{profile.a.b}}, list item: {{profile.items[0]}}), keys start with a letter or '_'`);
            }
        }
    }
    for (const test of suite.tests) {
        const scenarioTexts = scenarios.get(test.value.scenario) ?? [];
        const profileId = test.value.profile ?? suite.settings.defaults?.profile;
        if (profileId === undefined) {
            // A mock mapping that needs a profile simply never matches without one; a scenario would say "{{profile.x}}" aloud.
            const [first] = scenarioTexts;
            if (first)
                add(locate(test, 'scenario'), `test '${test.value.id}' has no profile, but ${first.owner} uses ${(0,template/* findTemplateRefs */.u9)(first.text)[0].text} (set \`profile:\` on the test or \`defaults.profile\`)`);
            continue;
        }
        const texts = [...scenarioTexts, ...toolsOf(suite, test).flatMap((name) => toolTexts.get(name) ?? [])];
        const profile = profiles.get(profileId);
        if (!profile)
            continue; // unknown profile: reported by the reference check
        for (const { text, location, owner } of texts) {
            for (const ref of (0,template/* findTemplateRefs */.u9)(text)) {
                if ((0,template/* lookupPath */.wf)(profile.data, ref.path) !== undefined)
                    continue;
                add(location, `${ref.text} in ${owner} does not resolve: profile '${profileId}' (used by test '${test.value.id}') has no '${ref.path.join('.')}'${nearestKey(profile.data, ref.path)}`);
            }
        }
    }
    return [...issues.values()];
}
/** Tools the test's agent (and any variant's agent) may call. */
function toolsOf(suite, test) {
    const agentIds = [effectiveAgent(suite, test.value.agent), suite.settings.variants?.baseline?.agent, suite.settings.variants?.candidate?.agent];
    return suite.agents.filter((a) => agentIds.includes(a.value.id)).flatMap((a) => a.value.tools);
}
/** Every string containing a template inside the entry (optionally under `under`), with its location. */
function templatedStrings(entry, owner, under = []) {
    return stringsUnder(entry, owner, under).filter(({ text }) => (0,template/* findTemplateRefs */.u9)(text).length > 0);
}
/** Every string inside the entry (optionally under `under`) that has a `{{`, with its location. */
function stringsUnder(entry, owner, under = []) {
    const found = [];
    const walk = (value, path) => {
        if (typeof value === 'string') {
            if (value.includes('{{'))
                found.push({ text: value, location: locate(entry, ...path), owner });
        }
        else if (Array.isArray(value))
            value.forEach((item, index) => walk(item, [...path, index]));
        else if (value && typeof value === 'object')
            for (const [key, item] of Object.entries(value))
                walk(item, [...path, key]);
    };
    let start = entry.value;
    for (const segment of under)
        start = start?.[segment];
    walk(start, under);
    return found;
}
function nearestKey(data, path) {
    const depth = path.findIndex((_, i) => (0,template/* lookupPath */.wf)(data, path.slice(0, i + 1)) === undefined);
    const parent = (0,template/* lookupPath */.wf)(data, path.slice(0, depth));
    if (!parent || typeof parent !== 'object')
        return '';
    const match = (0,did_you_mean/* closest */.kp)(path[depth], Object.keys(parent));
    return match === undefined ? '' : ` — did you mean '${[...path.slice(0, depth), match].join('.')}'?`;
}

// EXTERNAL MODULE: ./src/suite/ajv.ts
var suite_ajv = __webpack_require__(3199);
;// CONCATENATED MODULE: ./src/suite/tool-checks.ts
/**
 * What the schema alone can not say about a tool: its `parameters` must be a
 * JSON Schema the engine can compile, and its strategy must have what it needs
 * (a passthrough needs a URL; mock behaviour on a passthrough tool would never run).
 */


function checkTools(suite) {
    const issues = [];
    const ajv = (0,suite_ajv/* createAjv */.g)();
    for (const entry of suite.tools) {
        const tool = entry.value;
        const error = (message, ...path) => void issues.push({ location: locate(entry, ...path), message, severity: 'error' });
        const keyError = (message, key) => void issues.push({ location: entry.file.locateKey([...entry.path, key]), message, severity: 'error' });
        const schemaProblem = compileProblem(ajv, tool.parameters);
        if (schemaProblem)
            error(`tool '${tool.name}': parameters is not a valid JSON Schema: ${schemaProblem.message}`, 'parameters', ...schemaProblem.path);
        if (tool.strategy === 'passthrough') {
            if (!tool.passthrough)
                error(`tool '${tool.name}' has strategy passthrough but no passthrough.url: add \`passthrough: { url: https://… }\` or use strategy mock`, 'strategy');
            if (tool.mock)
                keyError(`tool '${tool.name}' has strategy passthrough, so its mock would never be used: remove \`mock\` or use strategy mock`, 'mock');
        }
        else if (tool.passthrough) {
            keyError(`tool '${tool.name}' has a passthrough block but strategy ${tool.strategy}: set \`strategy: passthrough\` or remove \`passthrough\``, 'passthrough');
        }
    }
    return issues;
}
function compileProblem(ajv, schema) {
    // validateSchema checks against the meta-schema and says where; compile
    // also catches what the meta-schema allows but Ajv can not build (bad $ref, bad regex).
    if (!ajv.validateSchema(schema)) {
        const [first] = ajv.errors ?? [];
        if (first) {
            const allowed = first.params && 'allowedValues' in first.params ? ` (${first.params.allowedValues.join(', ')})` : '';
            return { message: `${first.instancePath || '(root)'} ${first.message ?? 'is invalid'}${allowed}`, path: pointerSegments(first.instancePath) };
        }
    }
    try {
        ajv.compile(schema);
        return undefined;
    }
    catch (error) {
        return { message: error instanceof Error ? error.message : String(error), path: [] };
    }
}
function pointerSegments(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/suite/version.ts
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
    return (0,external_node_crypto_.createHash)('sha256').update(stableJson(value)).digest('hex').slice(0, VERSION_LENGTH);
}

;// CONCATENATED MODULE: ./src/suite/index.ts
/**
 * The suite loader's public face: `loadSuite` reads a root config and its
 * includes, validates everything, and either returns the merged suite or every
 * problem found, sorted by file and line (it never throws for a user's mistake).
 */











/** `file:line:column: message` (warnings say so). */
function formatIssue(issue) {
    const { file, line, column } = issue.location;
    const prefix = issue.severity === 'warning' ? 'warning: ' : '';
    return `${file}:${line}:${column}: ${prefix}${issue.message}`;
}
async function loadSuite(configPath, options = {}) {
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const rootFile = (0,external_node_path_.resolve)(cwd, configPath);
    const read = await readSuiteFiles(rootFile, cwd);
    if (read.files.length === 0)
        return { ok: false, issues: sortIssues([...read.issues], []) };
    const suite = collect(read.files);
    const resolved = await resolveAgents(suite, cwd);
    const all = [
        ...read.issues,
        ...suite.issues,
        ...checkReferences(suite, read.issues.length > 0),
        ...checkScenarioRules(suite.scenarios),
        ...checkTemplates(suite),
        ...checkTools(suite),
        ...checkUniqueWithin(suite),
        ...resolved.issues,
    ];
    const issues = sortIssues(all, read.files.map((f) => f.display));
    const warnings = issues.filter((issue) => issue.severity === 'warning');
    if (issues.some((issue) => issue.severity === 'error'))
        return { ok: false, issues };
    return { ok: true, suite: assemble(suite, rootFile, read.files.map((f) => f.path), resolved), warnings };
}
function assemble(suite, rootFile, files, resolved) {
    const { settings } = suite;
    const defaultProfile = settings.defaults?.profile;
    return {
        rootFile,
        files,
        name: settings.name ?? (0,external_node_path_.basename)((0,external_node_path_.dirname)(rootFile)),
        ...(settings.simulator ? { simulator: settings.simulator } : {}),
        ...(settings.judge ? { judge: settings.judge } : {}),
        pricing: settings.pricing ?? {},
        defaults: settings.defaults ?? {},
        variants: resolved.variants,
        gate: settings.gate ?? schema/* GateSchema */.ZM.parse({}),
        run: settings.run ?? schema/* RunSettingsSchema */.Qr.parse({}),
        agents: resolved.agents,
        personas: suite.personas.map((e) => ({ ...e.value, version: contentVersion(e.value), source: locate(e) })),
        scenarios: suite.scenarios.map((e) => ({ ...e.value, version: contentVersion(e.value), source: locate(e) })),
        profiles: suite.profiles.map((e) => ({ ...e.value, source: locate(e) })),
        tools: suite.tools.map((e) => ({ ...e.value, source: locate(e) })),
        metrics: suite.metrics.map((e) => ({ ...e.value, source: locate(e) })),
        // Defaults resolved here so the planner never has to guess.
        tests: suite.tests.map((e) => ({
            ...e.value,
            agent: effectiveAgent(suite, e.value.agent),
            ...(e.value.profile ?? defaultProfile ? { profile: e.value.profile ?? defaultProfile } : {}),
            source: locate(e),
        })),
        sets: suite.sets.map((e) => ({ ...e.value, source: locate(e) })),
        datasets: suite.datasets.map((e) => ({
            ...e.value,
            agent: effectiveAgent(suite, e.value.agent),
            ...(e.value.profile ?? defaultProfile ? { profile: e.value.profile ?? defaultProfile } : {}),
            source: locate(e),
        })),
    };
}
/** Ids that must be unique inside one entity: dataset items, explicit criterion ids. */
function checkUniqueWithin(suite) {
    const issues = [];
    const unique = (ids, at, what) => {
        const seen = new Map();
        ids.forEach((id, index) => {
            if (id === undefined)
                return;
            const first = seen.get(id);
            if (first === undefined)
                seen.set(id, index);
            else
                issues.push({ location: at(index), message: `duplicate ${what} '${id}' (first used at line ${at(first).line})`, severity: 'error' });
        });
    };
    for (const d of suite.datasets)
        unique(d.value.items.map((i) => i.id), (i) => locate(d, 'items', i, 'id'), `item id in dataset '${d.value.id}'`);
    for (const t of [...suite.tests, ...suite.datasets]) {
        unique(t.value.criteria.map((c) => ('type' in c ? c.id : undefined)), (i) => locate(t, 'criteria', i, 'id'), 'criterion id');
    }
    return issues;
}
function sortIssues(issues, fileOrder) {
    const rank = (file) => {
        const index = fileOrder.indexOf(file);
        return index < 0 ? fileOrder.length : index;
    };
    return issues.sort((a, b) => rank(a.location.file) - rank(b.location.file) ||
        a.location.file.localeCompare(b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column);
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

/***/ 664:
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
/** Anything written as `{{ … }}` that is not a profile reference: a typo the agent would otherwise receive literally. */
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

/***/ 6407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ escapeRegExp)
/* harmony export */ });
/** Text that matches itself literally inside a regex ("A.1 (x)" is not a pattern). */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ })

};

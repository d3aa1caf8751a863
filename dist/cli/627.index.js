export const id = 627;
export const ids = [627];
export const modules = {

/***/ 2156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ak: () => (/* binding */ createChatClient),
/* harmony export */   ik: () => (/* binding */ baseUrlOf),
/* harmony export */   uu: () => (/* binding */ missingApiKey)
/* harmony export */ });
/* unused harmony exports DEFAULT_BASE_URL, isLoopback */
/* harmony import */ var openai__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7222);
/* harmony import */ var _http_fetch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(766);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(401);
/* harmony import */ var _completion_body_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5546);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1304);
/* harmony import */ var _util_env_template_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5238);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5709);
/* harmony import */ var _util_sleep_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7783);
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
    const backoff = (0,_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .backoffOf */ .Yg)(options.backoff);
    // One SDK client per endpoint and key (its connection pool is reused), and whether it is local, worked out once.
    const sdkClients = new Map();
    // The suite's endpoint objects live as long as the run and the env never changes under a client: each endpoint's
    // URL, key and client are worked out at its first call, not again at every call.
    const byEndpoint = new WeakMap();
    const flagUnpriced = oncePerModel(options.onUnpricedModel ?? ((model) => process.emitWarning((0,_pricing_js__WEBPACK_IMPORTED_MODULE_3__/* .unpricedModelNotice */ .Of)(model))));
    const flagUnreported = oncePerModel(options.onUnreportedUsage ?? ((model) => process.emitWarning((0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .unreportedUsageNotice */ .M3)(model))));
    function sdkFor(endpoint) {
        const known = byEndpoint.get(endpoint);
        if (known)
            return known;
        let baseURL;
        try {
            baseURL = baseUrlOf(endpoint, options.env);
        }
        catch (error) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmCallError */ .i(error instanceof Error ? error.message : String(error), 'infrastructure', 0);
        }
        const apiKey = apiKeyOf(endpoint, options.env);
        const cacheKey = `${baseURL}\n${apiKey}`;
        let entry = sdkClients.get(cacheKey);
        if (!entry) {
            entry = {
                client: new openai__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .Ay({ apiKey, baseURL, maxRetries: 0, timeout: options.callTimeoutMs, fetch: _http_fetch_js__WEBPACK_IMPORTED_MODULE_2__/* .httpFetch */ .tX }),
                local: isLoopback(baseURL),
            };
            sdkClients.set(cacheKey, entry);
        }
        byEndpoint.set(endpoint, entry);
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
                    if (!local && !(0,_pricing_js__WEBPACK_IMPORTED_MODULE_3__/* .priceOf */ .xx)(model, options.pricing))
                        flagUnpriced(model);
                    const measured = { pricing: options.pricing, durationMs: performance.now() - started, attempts: attempt };
                    return toResult(outcome.response, request, measured, flagUnreported);
                }
                if (outcome.cancelled)
                    throw cancelled(attempt);
                const failure = outcome.failure;
                const step = (0,_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .nextRetry */ .GL)(failure, attempt, options.retries, backoff);
                if (!step.retry) {
                    const error = new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmCallError */ .i(`${request.endpoint.model}: ${failure.reason}${step.suffix}`, failure.category, attempt);
                    error.cause = outcome.error;
                    throw error;
                }
                const notice = { attempt, delayMs: step.delayMs, reason: failure.reason };
                options.onRetry?.(notice);
                request.onRetry?.(notice);
                if (!(await (0,_util_sleep_js__WEBPACK_IMPORTED_MODULE_7__/* .sleepUnlessAborted */ .b)(step.delayMs, request.signal)))
                    throw cancelled(attempt);
            }
        },
    };
}
/** A clear message when the key an endpoint needs is missing; undefined when it can be called. */
function missingApiKey(endpoint, env) {
    let baseURL;
    try {
        baseURL = baseUrlOf(endpoint, env);
    }
    catch (error) {
        // The endpoint cannot be called either: its base_url names a variable that is not set.
        return error instanceof Error ? error.message : String(error);
    }
    if (env[endpoint.api_key_env] || isLoopback(baseURL))
        return undefined;
    // A base_url with ${ENV} is shown as written: the variables may hold more than a host name.
    return (`environment variable ${endpoint.api_key_env} is not set: it holds the API key for model ` +
        `"${endpoint.model}" at ${endpoint.base_url ?? baseURL}`);
}
/** The endpoint's base URL, `${ENV}` filled in; throws an Error naming a variable that is not set. */
function baseUrlOf(endpoint, env) {
    const configured = endpoint.base_url;
    if (configured === undefined)
        return env['OPENAI_BASE_URL'] ?? DEFAULT_BASE_URL;
    if (!(0,_util_env_template_js__WEBPACK_IMPORTED_MODULE_8__/* .hasEnvReference */ .$2)(configured))
        return configured;
    const url = (0,_util_env_template_js__WEBPACK_IMPORTED_MODULE_8__/* .interpolateEnv */ .Ti)(configured, env);
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url))
        throw new Error(`base_url "${configured}" is not a URL once its variables are filled in`);
    return url;
}
function apiKeyOf(endpoint, env) {
    const key = env[endpoint.api_key_env];
    if (key)
        return key;
    const problem = missingApiKey(endpoint, env);
    if (problem)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmCallError */ .i(problem, 'infrastructure', 0);
    return LOCAL_PLACEHOLDER_KEY;
}
function isLoopback(url) {
    try {
        const { hostname } = new URL(url);
        return LOOPBACK_HOSTS.has(hostname) || hostname.startsWith('127.');
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
        // The raw response: a 2xx body that is not a completion is read here, with the server's own text kept for the
        // error.
        const raw = await client.chat.completions
            .create(body, { signal: controller.signal, maxRetries: 0, timeout: callTimeoutMs })
            .asResponse();
        const response = (0,_completion_body_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCompletion */ .I)(raw.status, await raw.text());
        return { ok: true, response };
    }
    catch (error) {
        if (signal?.aborted)
            return { ok: false, cancelled: true };
        return { ok: false, cancelled: false, failure: (0,_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyFailure */ .XE)(error, timedOut, callTimeoutMs), error };
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
function toResult(response, request, { pricing, durationMs, attempts }, onUnreported) {
    const model = request.endpoint.model;
    const message = response.choices[0]?.message;
    const toolCalls = [];
    // The endpoint's JSON is not checked by the SDK: what it says is read as what it should be, or refused here.
    for (const [index, call] of (Array.isArray(message?.tool_calls) ? message.tool_calls : []).entries()) {
        if (call?.type !== 'function')
            continue;
        const name = call.function?.name;
        if (typeof name !== 'string' || name === '')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmCallError */ .i(`${model}: the model asked for a tool call without a function name`, 'infrastructure', attempts);
        const args = call.function.arguments;
        toolCalls.push({
            id: typeof call.id === 'string' && call.id !== '' ? call.id : `call_${index}`,
            name,
            arguments: typeof args === 'string' ? args : JSON.stringify(args ?? {}),
        });
    }
    const content = textOf(message?.content);
    let tokens = (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .reportedUsage */ .ZY)(response.usage);
    // No usage from a priced model's endpoint: counted at a bound, not at $0 (the budget would never see its calls).
    if (!tokens && (0,_pricing_js__WEBPACK_IMPORTED_MODULE_3__/* .priceOf */ .xx)(model, pricing)) {
        tokens = (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .unreportedUsageBound */ .O_)(request, { content, toolCalls });
        onUnreported(model);
    }
    tokens ??= { inputTokens: 0, outputTokens: 0 };
    return {
        content,
        toolCalls,
        ...(response.choices[0]?.finish_reason ? { finishReason: response.choices[0].finish_reason } : {}),
        usage: { ...tokens, costUsd: (0,_pricing_js__WEBPACK_IMPORTED_MODULE_3__/* .costOf */ .ho)(model, tokens, pricing) },
        durationMs,
        attempts,
    };
}
/** `notice`, told once per model however often it is called. */
function oncePerModel(notice) {
    const told = new Set();
    return (model) => {
        if (told.has(model))
            return;
        told.add(model);
        notice(model);
    };
}
/** A message's text: a string, the text parts of a list of parts (some gateways answer so), else none. */
function textOf(content) {
    if (typeof content === 'string')
        return content;
    if (!Array.isArray(content))
        return null;
    const parts = content.flatMap((part) => typeof part === 'string'
        ? [part]
        : part && typeof part === 'object' && typeof part.text === 'string'
            ? [part.text]
            : []);
    return parts.length > 0 ? parts.join('') : null;
}
function cancelled(attempts) {
    return new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmCallError */ .i('the call was cancelled', 'cancelled', attempts);
}


/***/ }),

/***/ 5546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseCompletion),
/* harmony export */   W: () => (/* binding */ MalformedCompletion)
/* harmony export */ });
/* harmony import */ var _util_bounded_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3177);

/** How much of the server's text an error quotes. */
const QUOTED_CHARS = 200;
class MalformedCompletion extends Error {
    constructor(message) {
        super(message);
        this.name = 'MalformedCompletion';
    }
}
function parseCompletion(status, text) {
    let body;
    try {
        body = (0,_util_bounded_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonBounded */ .Xg)(text);
    }
    catch {
        throw new MalformedCompletion(`HTTP ${status} with a body that is not JSON: ${quote(text)}`);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw new MalformedCompletion(`HTTP ${status} with a body that is not a completion: ${quote(text)}`);
    const record = body;
    if (record.error !== undefined && record.error !== null)
        throw new MalformedCompletion(`HTTP ${status} with an error: ${quote(errorText(record.error))}`);
    if (!Array.isArray(record.choices) || record.choices.length === 0)
        throw new MalformedCompletion(`HTTP ${status}: the endpoint answered without any choice: ${quote(text)}`);
    const first = record.choices[0];
    // `message: null` is no message either (typeof null is 'object'): read as an empty reply, it failed the agent's test.
    if (!isRecord(first) || !isRecord(first.message))
        throw new MalformedCompletion(`HTTP ${status}: the first choice has no message: ${quote(text)}`);
    return body;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function errorText(error) {
    if (typeof error === 'string')
        return error;
    if (typeof error === 'object' && error !== null && typeof error.message === 'string')
        return error.message;
    return JSON.stringify(error);
}
/** One line, at most QUOTED_CHARS: enough to recognise the server's message, never a whole page. */
function quote(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    if (line === '')
        return '(empty)';
    return JSON.stringify(line.length > QUOTED_CHARS ? `${line.slice(0, QUOTED_CHARS)}…` : line);
}


/***/ }),

/***/ 766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ decoded),
/* harmony export */   tX: () => (/* binding */ httpFetch),
/* harmony export */   yw: () => (/* binding */ readAll)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_bounded_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3177);
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
    const send = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    const headers = {};
    // The SDK hands a Headers it built and checked: copied as it is, not checked again through a new one.
    const given = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    given.forEach((value, name) => (headers[name] = value));
    const body = typeof init.body === 'string' ? init.body : init.body == null ? undefined : await new Response(init.body).text();
    if (body !== undefined)
        headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
        const req = send(url, { method: init.method ?? 'GET', headers, ...(signal ? { signal } : {}) }, (res) => {
            readAll(decoded(res), res)
                // toResponse throws for what a Response cannot hold (a status of 999): that is this call's error, not an
                // unhandled rejection that ended the whole run.
                .then((buffer) => resolve(toResponse(res, buffer)))
                .catch((error) => reject(signal?.aborted ? new DOMException('This operation was aborted', 'AbortError') : error));
        });
        // An abort destroys the request with an AbortError: the SDK and our retry policy read it as a cancel.
        req.on('error', reject);
        req.end(body);
    });
}
/** A Response holds 200–599 only (1xx are interim and never reach here). */
const MIN_STATUS = 200;
const MAX_STATUS = 599;
function toResponse(res, buffer) {
    const status = res.statusCode ?? 0;
    if (status < MIN_STATUS || status > MAX_STATUS)
        throw new Error(`HTTP ${status}, a status outside ${MIN_STATUS}–${MAX_STATUS}`);
    const headers = new Headers();
    const raw = res.rawHeaders;
    const encoded = Boolean(res.headers['content-encoding']);
    for (let i = 0; i + 1 < raw.length; i += 2) {
        const name = raw[i];
        // The body is already decoded and measured again by Response: these would describe the wire, not it.
        if (encoded && /^content-(encoding|length)$/i.test(name))
            continue;
        headers.append(name, raw[i + 1]);
    }
    return new Response(NULL_BODY_STATUSES.has(status) ? null : new Uint8Array(buffer), {
        status,
        statusText: res.statusMessage ?? '',
        headers,
    });
}
/** Servers may compress even unasked (the built-in fetch decodes too). */
function decoded(res) {
    const encoding = String(res.headers['content-encoding'] ?? '')
        .trim()
        .toLowerCase();
    const decoder = encoding === 'gzip' || encoding === 'x-gzip'
        ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)()
        : encoding === 'deflate'
            ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createInflate)()
            : encoding === 'br'
                ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createBrotliDecompress)()
                : undefined;
    if (!decoder)
        return res;
    res.on('error', (error) => decoder.destroy(error));
    return res.pipe(decoder);
}
/** The body, whole; `source` is the response itself when `stream` decodes it (destroyed too when too large). */
function readAll(stream, source = stream) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let ended = false;
        let size = 0;
        stream.on('data', (chunk) => {
            size += chunk.length;
            if (size <= _util_bounded_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RESPONSE_BYTES */ .nB)
                return void chunks.push(chunk);
            chunks.length = 0;
            ended = true; // not 'close' below: this is the error
            reject((0,_util_bounded_js__WEBPACK_IMPORTED_MODULE_3__/* .responseTooLarge */ .Fh)());
            stream.destroy();
            source.destroy();
        });
        stream.on('end', () => {
            ended = true;
            resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
        });
        stream.on('error', reject);
        // A response cut short (reset, abort mid-body) ends as 'aborted'/'close' without 'end'. Every response closes:
        // the error (and its stack) is made only for one that did not end.
        stream.on('close', () => {
            if (ended)
                return;
            reject(Object.assign(new Error('the connection closed before the response ended'), { code: 'ECONNRESET' }));
        });
    });
}


/***/ }),

/***/ 6627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M3: () => (/* reexport safe */ _usage_js__WEBPACK_IMPORTED_MODULE_2__.M3),
/* harmony export */   Of: () => (/* reexport safe */ _pricing_js__WEBPACK_IMPORTED_MODULE_1__.Of),
/* harmony export */   V4: () => (/* reexport safe */ _pricing_js__WEBPACK_IMPORTED_MODULE_1__.V4),
/* harmony export */   ak: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.ak),
/* harmony export */   k5: () => (/* binding */ simulatorAvailable),
/* harmony export */   uu: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.uu)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2156);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(401);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1304);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5709);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7222);
/** The LLM client: one retry policy and one price table for simulator, agents and judge. */







/**
 * Whether behavioral scenarios can run: a simulator is configured and its key
 * is set (or its base URL is a keyless local one). The one rule `rehearse run`
 * and the action plan with (and `rehearse validate` checks with), so none plans
 * a test another would skip.
 */
function simulatorAvailable(suite, env) {
    return suite.simulator !== undefined && (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .missingApiKey */ .uu)(suite.simulator, env) === undefined;
}


/***/ }),

/***/ 401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ inputTokenBound),
/* harmony export */   O8: () => (/* binding */ worstCaseCostOf),
/* harmony export */   Of: () => (/* binding */ unpricedModelNotice),
/* harmony export */   V4: () => (/* binding */ BUILTIN_PRICING),
/* harmony export */   ho: () => (/* binding */ costOf),
/* harmony export */   xx: () => (/* binding */ priceOf)
/* harmony export */ });
/* unused harmony exports BUILTIN_PRICING_DATE, RESERVED_OUTPUT_TOKENS */
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
    o3: { input: 2, output: 8 },
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
/**
 * Output tokens a call is assumed to produce at most, for the budget's reservations: requests carry no
 * `max_tokens`, so this is a documented assumption, not a limit the endpoint enforces (docs/running.md#budget).
 * A model seen to answer at more cost than this bound is reserved at its dearest call instead.
 */
const RESERVED_OUTPUT_TOKENS = 4_096;
/** Tokens an endpoint adds per message (role, separators) and per request (priming), generously counted. */
const TOKENS_PER_MESSAGE = 8;
const TOKENS_PER_REQUEST = 16;
/**
 * A bound on a request's input tokens: every token of a byte-level BPE tokenizer covers at least one byte, so the
 * request's UTF-8 bytes (messages and tool definitions, as JSON: a little more than the text) bound its tokens.
 */
function inputTokenBound(request) {
    const bytes = Buffer.byteLength(JSON.stringify(request.messages)) + Buffer.byteLength(JSON.stringify(request.tools ?? []));
    return bytes + TOKENS_PER_MESSAGE * request.messages.length + TOKENS_PER_REQUEST;
}
/** The most a call can cost by the price table: its input bound and RESERVED_OUTPUT_TOKENS; 0 for an unpriced model. */
function worstCaseCostOf(model, request, pricing = {}) {
    return costOf(model, { inputTokens: inputTokenBound(request), outputTokens: RESERVED_OUTPUT_TOKENS }, pricing);
}
/** What a run says, once, of a model with no price (the CLI's notice, the action's warning, the default warning). */
function unpricedModelNotice(model) {
    return `no price known for model "${model}": its cost is counted as $0 (add it under \`pricing\`)`;
}


/***/ }),

/***/ 5709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GL: () => (/* binding */ nextRetry),
/* harmony export */   XE: () => (/* binding */ classifyFailure),
/* harmony export */   Yg: () => (/* binding */ backoffOf)
/* harmony export */ });
/* unused harmony exports DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS, MAX_RETRY_AFTER_MS, waitsTooLong, retryDelay */
/* harmony import */ var openai__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);
/* harmony import */ var _util_retry_after_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9361);
/* harmony import */ var _completion_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5546);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9997);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(767);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1976);
/**
 * The retry policy shared by every LLM call: exponential backoff with full
 * jitter, `Retry-After` honoured (up to a cap; past it, no retry), retries
 * on 429, 408/409, 5xx, timeouts, connection failures and 2xx bodies that are
 * not a completion (malformed JSON, no choices, an error object), never on
 * other 4xx. `http` agents use the same backoff and limits (`nextRetry`) for
 * the few failures that are safe to send again (engine/http.ts).
 */






const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 20_000;
/** The longest Retry-After waited for; a server asking for longer is not retried (waitsTooLong). */
const MAX_RETRY_AFTER_MS = 60_000;
const RETRYABLE_STATUSES = new Set([408, 409, 429]);
const SERVER_ERROR_MIN = 500;
const REDIRECT_MIN = 300;
const REDIRECT_MAX = 399;
const MAX_CAUSE_DEPTH = 5;
/** How much of an error status's body a reason keeps: enough to recognise it, never a whole page. */
const DETAIL_CHARS = 200;
/** The run's backoff: `given` (tests shrink the delays), the defaults for the rest. */
function backoffOf(given = {}) {
    return {
        baseDelayMs: given.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
        maxDelayMs: given.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
        maxRetryAfterMs: given.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS,
        random: given.random ?? Math.random,
    };
}
/** `timedOut`: our own per-call timer fired (the SDK only sees an abort). */
function classifyFailure(error, timedOut, callTimeoutMs) {
    if (timedOut || error instanceof openai__WEBPACK_IMPORTED_MODULE_0__/* .APIConnectionTimeoutError */ .qA) {
        return { retryable: true, category: 'timeout', reason: `no answer within ${callTimeoutMs} ms` };
    }
    if (error instanceof openai__WEBPACK_IMPORTED_MODULE_0__/* .APIError */ .LG && error.status !== undefined) {
        const status = error.status;
        if (status >= REDIRECT_MIN && status <= REDIRECT_MAX)
            return redirected(status, error.headers?.get('location'));
        const retryable = RETRYABLE_STATUSES.has(status) || status >= SERVER_ERROR_MIN;
        const retryAfterMs = (0,_util_retry_after_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRetryAfter */ .m)(error.headers?.get('retry-after') ?? undefined);
        const reason = `HTTP ${status}: ${statusDetail(error.message, status)}`;
        return { retryable, category: 'infrastructure', reason, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    }
    if (error instanceof _completion_body_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedCompletion */ .W) {
        // A gateway's hiccup (a cut body, an error object with status 200): the same request usually succeeds again.
        return { retryable: true, category: 'infrastructure', reason: error.message };
    }
    if (error instanceof openai__WEBPACK_IMPORTED_MODULE_0__/* .APIConnectionError */ .xX) {
        return { retryable: true, category: 'infrastructure', reason: `connection failed: ${connectionCause(error)}` };
    }
    // Anything else (a bug, an unexpected body) is not worth retrying.
    return {
        retryable: false,
        category: 'infrastructure',
        reason: error instanceof Error ? error.message : String(error),
    };
}
/**
 * A server asking for more than the cap (a spent quota: Retry-After 3600, or 1e9) is not retried: a retry sooner
 * than asked is refused again, and the waits (the cap per retry) ran out the trial's timeout, which then named
 * itself, not the rate limit, as the cause.
 */
function waitsTooLong(failure, backoff) {
    return failure.retryable && failure.retryAfterMs !== undefined && failure.retryAfterMs > backoff.maxRetryAfterMs;
}
/**
 * The one retry decision of every caller: `attempt` (1-based) has just failed with `failure`; `retries` is the run's
 * `run.retries`. Not retryable, a server asking to wait past the cap, or the retries spent: stop.
 */
function nextRetry(failure, attempt, retries, backoff) {
    if (waitsTooLong(failure, backoff)) {
        return {
            retry: false,
            suffix: ` (the server asks to retry in ${Math.ceil((failure.retryAfterMs ?? 0) / 1000)} s, longer than the ` +
                `${Math.round(backoff.maxRetryAfterMs / 1000)} s Rehearse waits)`,
        };
    }
    if (!failure.retryable)
        return { retry: false, suffix: '' };
    if (attempt > retries)
        return { retry: false, suffix: ` (gave up after ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(attempt, 'attempt')})` };
    return { retry: true, delayMs: retryDelay(attempt - 1, failure, backoff) };
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
/**
 * A redirect is not followed (httpFetch never does): it would send the conversation and the API key to the address
 * it names. Its body is rarely more than "Moved Permanently": the reason says where to and what to do instead.
 */
function redirected(status, location) {
    const to = location ? ` to ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .x)((0,_util_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redirectTarget */ .ET)(location), DETAIL_CHARS)}` : '';
    return {
        retryable: false,
        category: 'infrastructure',
        reason: `HTTP ${status}${to}: redirects are not followed (they would carry the request and its key elsewhere); ` +
            'give the final URL as base_url',
    };
}
/**
 * The server's words for an error status, on one line and clipped. The SDK's message is the status then the body's
 * `error.message` or, when the body is not JSON, the whole body: a minified HTML error page (or any body up to
 * MAX_RESPONSE_BYTES) went whole into every errored trial's reason, the journal and the results.
 */
function statusDetail(message, status) {
    const line = message.replace(/\s+/g, ' ').trim();
    const detail = line.startsWith(`${status} `) ? line.slice(`${status} `.length) : line;
    return detail === 'status code (no body)' ? '(no body)' : (0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .x)(detail, DETAIL_CHARS);
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
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

/***/ 1304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M3: () => (/* binding */ unreportedUsageNotice),
/* harmony export */   O_: () => (/* binding */ unreportedUsageBound),
/* harmony export */   ZY: () => (/* binding */ reportedUsage)
/* harmony export */ });
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(401);

/** The most tokens one call is counted for: beyond, a count is the endpoint's mistake (1e16), not a bill. */
const MAX_TOKENS_PER_CALL = 100_000_000;
/** The counts in a completion's `usage`; undefined when it gives neither (no `usage`, or not one count in it). */
function reportedUsage(usage) {
    if (typeof usage !== 'object' || usage === null)
        return undefined;
    const { prompt_tokens: input, completion_tokens: output } = usage;
    if (!isCount(input) && !isCount(output))
        return undefined;
    return { inputTokens: tokenCount(input), outputTokens: tokenCount(output) };
}
/**
 * A bound on an unreported call's tokens, as the budget reserves it: a token of a byte-level tokenizer covers at
 * least one byte, so the request's bytes bound its input and the reply's bytes its visible output (a reasoning
 * model's hidden tokens cannot be seen).
 */
function unreportedUsageBound(request, reply) {
    const replyBytes = Buffer.byteLength(reply.content ?? '') +
        (reply.toolCalls.length ? Buffer.byteLength(JSON.stringify(reply.toolCalls)) : 0);
    return { inputTokens: (0,_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .inputTokenBound */ .G)(request), outputTokens: replyBytes };
}
/** What a run says, once, of a priced model whose endpoint reports no usage (the CLI, the action, by default). */
function unreportedUsageNotice(model) {
    return (`the endpoint of model "${model}" reports no token usage: its calls are counted at a bound (a token per byte ` +
        'of the request and of the reply), more than they cost');
}
/** A count as written: a number, or a numeric string ("12"). */
function isCount(value) {
    return (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))));
}
/** A token count as an endpoint wrote it (10.5, "12", -5, 1e16): a whole number from 0 to the cap, else 0. */
function tokenCount(value) {
    const count = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
    return Number.isFinite(count) && count > 0 ? Math.min(Math.round(count), MAX_TOKENS_PER_CALL) : 0;
}


/***/ }),

/***/ 9361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/**
 * `Retry-After` as delta-seconds or an HTTP date, in ms; undefined when absent or unreadable. Used by the LLM client
 * and the GitHub rate-limit handling.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ }),

/***/ 7783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ sleepUnlessAborted)
/* harmony export */ });
/** Resolves true after `ms`, or false as soon as `signal` aborts (at once if it already has); no timer outlives it. */
function sleepUnlessAborted(ms, signal) {
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


/***/ })

};

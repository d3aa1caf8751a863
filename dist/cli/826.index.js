export const id = 826;
export const ids = [826];
export const modules = {

/***/ 826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exportOtelCommand: () => (/* binding */ exportOtelCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _results_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2242);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7593);
/* harmony import */ var _suite_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6930);
/* harmony import */ var _pipeline_traces_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8493);
/**
 * `rehearse export-otel <results> [-o traces.json] [--endpoint URL]`: each
 * trial as an OpenTelemetry trace (GenAI semantic conventions) in OTLP/JSON,
 * written to a file and/or POSTed to an OTLP/HTTP endpoint (Jaeger, Phoenix,
 * Langfuse, an OpenTelemetry Collector…).
 */






const USAGE = `Usage: rehearse export-otel <results.json> [options]

Exports each trial as an OpenTelemetry trace following the GenAI semantic
conventions: a conversation span, a "chat <model>" span per LLM call, an
"execute_tool <name>" span per tool call, the messages as span events.

  -o, --output <file>     write the OTLP/JSON document here
      --endpoint <url>    POST it to an OTLP/HTTP endpoint (…/v1/traces is added when the URL has no path)
      --header <k=v>      an extra request header, e.g. an API key (repeatable; values from the env: k=\${VAR})

With neither -o nor --endpoint the document is printed.
`;
async function exportOtelCommand(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('export-otel', {
        args: [...args],
        strict: true,
        allowPositionals: true,
        options: {
            output: { type: 'string', short: 'o' },
            endpoint: { type: 'string' },
            header: { type: 'string', multiple: true },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(USAGE);
        return 0;
    }
    if (positionals.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('expected one results file (usage: rehearse export-otel <results.json> [-o file])');
    const results = await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, positionals[0]));
    await (0,_suite_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .learnSuiteSecrets */ .Y)(io, results);
    if (!values.output && !values.endpoint) {
        io.stdout(`${(0,_pipeline_traces_js__WEBPACK_IMPORTED_MODULE_5__/* .tracesDocument */ .E0)(results, io.redactor)}\n`);
        return 0;
    }
    const lines = await (0,_pipeline_traces_js__WEBPACK_IMPORTED_MODULE_5__/* .exportTraces */ .Z)(results, {
        ...(values.output ? { output: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.output) } : {}),
        ...(values.endpoint
            ? { endpoint: (0,_pipeline_traces_js__WEBPACK_IMPORTED_MODULE_5__/* .tracesUrl */ .Om)(values.endpoint), headers: (0,_pipeline_traces_js__WEBPACK_IMPORTED_MODULE_5__/* .headersOf */ .Yl)(values.header ?? [], io.env) }
            : {}),
    }, io.redactor);
    for (const line of lines)
        io.stdout(`${line}\n`);
    return 0;
}


/***/ }),

/***/ 6930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ learnSuiteSecrets)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _suite_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2462);
/* harmony import */ var _suite_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3876);
/**
 * Commands that read a results file (report, compare, export-otel) redact
 * what they print and write with the secrets its suite names, not only the
 * environment's credential-named variables: a key held in `LLM_ACCESS`
 * (named by `api_key_env`) is as secret as one in `OPENAI_API_KEY`. The suite
 * is the one the run recorded (`suite.config`), read from the working
 * directory when it is there; a suite that is missing or does not load adds
 * nothing (the command still redacts the environment's credentials).
 */




async function learnSuiteSecrets(io, ...runs) {
    if (!io.redactor)
        return;
    const configs = new Set(runs.flatMap((run) => (run?.suite.config ? [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, run.suite.config)] : [])));
    for (const config of configs) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(config))
            continue;
        try {
            const loaded = await (0,_suite_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSuite */ .bu)(config, { cwd: io.cwd, env: io.env });
            if (loaded.ok)
                io.redactor.add((0,_suite_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .suiteSecretValues */ .fJ)(loaded.suite, io.env));
        }
        catch {
            // Only a source of secrets to hide: a suite that cannot be read is the run's business, not this command's.
        }
    }
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


/***/ })

};

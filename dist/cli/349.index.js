export const id = 349;
export const ids = [349];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs),
/* harmony export */   X: () => (/* binding */ parseFormat)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * Option parsing shared by the subcommands: node's `parseArgs`, with every
 * mistake turned into a one-line ConfigurationError that points at --help.
 */


function parseCommandArgs(command, config) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)} (see rehearse ${command} --help)`);
    }
}
function parseFormat(value, allowed, fallback, command) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--format: expected one of ${allowed.join(', ')}, got '${value}' (see rehearse ${command} --help)`);
}


/***/ }),

/***/ 1349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportOtelCommand: () => (/* binding */ exportOtelCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/results/index.ts + 4 modules
var src_results = __webpack_require__(6042);
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
    const children = trial.transcript.flatMap((event, position) => {
        const spanId = idOf(`${runId} ${trial.id} ${position}`, 8);
        if (event.type === 'llm_call') {
            return [
                {
                    traceId,
                    spanId,
                    parentSpanId: rootId,
                    name: `chat ${event.model}`,
                    kind: SPAN_KIND_CLIENT,
                    startTimeUnixNano: at(Math.max(0, event.at - event.durationMs)),
                    endTimeUnixNano: at(event.at),
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
                    events: [],
                    status: { code: STATUS_OK },
                },
            ];
        }
        if (event.type === 'tool_call') {
            return [
                {
                    traceId,
                    spanId,
                    parentSpanId: rootId,
                    name: `execute_tool ${event.name}`,
                    kind: SPAN_KIND_INTERNAL,
                    startTimeUnixNano: at(Math.max(0, event.at - event.durationMs)),
                    endTimeUnixNano: at(event.at),
                    attributes: attributes({
                        'gen_ai.operation.name': 'execute_tool',
                        'gen_ai.tool.name': event.name,
                        'gen_ai.tool.call.id': event.callId,
                        'gen_ai.tool.type': 'function',
                        'rehearse.tool.strategy': event.strategy,
                        ...(event.error !== undefined ? { 'error.type': 'tool_error' } : {}),
                    }),
                    events: [],
                    status: event.error !== undefined ? { code: STATUS_ERROR, message: event.error } : { code: STATUS_OK },
                },
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
                    attributes: attributes({ 'rehearse.content': event.content }),
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
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/commands/export-otel.ts
/**
 * `rehearse export-otel <results> [-o traces.json] [--endpoint URL]`: each
 * trial as an OpenTelemetry trace (GenAI semantic conventions) in OTLP/JSON,
 * written to a file and/or POSTed to an OTLP/HTTP endpoint (Jaeger, Phoenix,
 * Langfuse, an OpenTelemetry Collector…).
 */






/** Reported as the instrumentation scope's version. */
const REHEARSE_VERSION = '0.1.0';
const EXPORT_TIMEOUT_MS = 30_000;
const ERROR_EXCERPT = 200;
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
    const { values, positionals } = (0,cli_args/* parseCommandArgs */.Q)('export-otel', {
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
        throw new errors/* ConfigurationError */.j1('expected one results file (usage: rehearse export-otel <results.json> [-o file])');
    const results = await (0,src_results/* readResults */.x8)((0,external_node_path_.resolve)(io.cwd, positionals[0]));
    const traces = resultsToOtlp(results, { version: REHEARSE_VERSION });
    const body = JSON.stringify(traces);
    const spans = traces.resourceSpans.reduce((count, resource) => count + resource.scopeSpans.reduce((n, scope) => n + scope.spans.length, 0), 0);
    if (values.output) {
        const path = (0,external_node_path_.resolve)(io.cwd, values.output);
        await (0,promises_.writeFile)(path, `${body}\n`, 'utf8');
        io.stdout(`Wrote ${results.trials.length} trace(s), ${spans} spans: ${path}\n`);
    }
    if (values.endpoint) {
        const url = tracesUrl(values.endpoint);
        await post(url, body, headersOf(values.header ?? [], io.env));
        io.stdout(`Sent ${results.trials.length} trace(s), ${spans} spans to ${url}\n`);
    }
    if (!values.output && !values.endpoint)
        io.stdout(`${body}\n`);
    return 0;
}
/**
 * An endpoint without a path gets OTLP/HTTP's traces path, as the OTLP exporters do with OTEL_EXPORTER_OTLP_ENDPOINT.
 */
function tracesUrl(endpoint) {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`--endpoint: not a URL: ${endpoint}`);
    }
    if (url.pathname === '/' || url.pathname === '')
        url.pathname = '/v1/traces';
    return url.toString();
}
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
async function post(url, body, headers) {
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
        throw new errors/* ConfigurationError */.j1(`could not send the traces to ${url}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (!response.ok) {
        // The header values (API keys) are never echoed: only the status and the receiver's own words.
        const text = (await response.text()).slice(0, ERROR_EXCERPT);
        throw new errors/* ConfigurationError */.j1(`the OTLP endpoint ${url} answered HTTP ${response.status}: ${text}`);
    }
}


/***/ })

};

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
                        ...(event.retries ? { 'rehearse.retries': { int: event.retries } } : {}),
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


/***/ }),

/***/ 2242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* reexport safe */ _read_js__WEBPACK_IMPORTED_MODULE_6__.$2),
/* harmony export */   By: () => (/* binding */ markChecked),
/* harmony export */   KB: () => (/* binding */ writeResults),
/* harmony export */   n0: () => (/* reexport safe */ _merge_js__WEBPACK_IMPORTED_MODULE_5__.n),
/* harmony export */   x8: () => (/* reexport safe */ _read_js__WEBPACK_IMPORTED_MODULE_6__.x8)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3111);
/* harmony import */ var _util_write_chunks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5662);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2958);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7590);
/* harmony import */ var _model_parse_once_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5674);
/* harmony import */ var _variant_totals_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3231);
/**
 * Reading, writing and merging results files. Writes are atomic (temp file +
 * rename) so a cancelled or crashed run never leaves half a file behind.
 */









/** Trials checked against the schema where they were made (the runner, as each finishes): written as they are. */
const checkedTrials = new WeakSet();
/** `trial` is TrialResultSchema's own output (or that output read back from JSON): no second check when written. */
function markChecked(trial) {
    checkedTrials.add(trial);
    return trial;
}
async function writeResults(path, results) {
    const temporary = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        await (0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_4__/* .writeChunks */ .a7)(temporary, resultsChunks(results));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true }).catch(() => undefined);
        // Named as the file the user asked for, not the temporary one beside it.
        throw (0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFailure */ .EU)(path, error instanceof _util_write_chunks_js__WEBPACK_IMPORTED_MODULE_4__/* .WriteError */ .QM ? error.cause : error);
    }
}
/**
 * The text of `JSON.stringify(results, null, 2)` with `trials` moved to the
 * end, one trial at a time: validating and serialising the whole run at once
 * held two more copies of every transcript (the peak RSS of a 3,000-conversation
 * run). Trials last lets a reader that needs no trials (the previous run of a
 * comparison) stop at the `"trials"` key instead of scanning the transcripts
 * (see head.ts); readers take the keys in any order.
 */
function* resultsChunks(results) {
    const { trials } = results;
    // Parsed once per file (see PARSED_ONCE).
    const { trials: _empty, ...head } = _model_results_js__WEBPACK_IMPORTED_MODULE_3__/* .ResultsSchema */ .SX.parse({ ...results, trials: [] }, _model_parse_once_js__WEBPACK_IMPORTED_MODULE_7__/* .PARSED_ONCE */ .I);
    if (trials.length === 0) {
        yield `${JSON.stringify({ ...head, trials: [] }, null, 2)}\n`;
        return;
    }
    // A random token cannot occur in the rest of the document.
    const placeholder = `rehearse-trials-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}`;
    const text = JSON.stringify({ ...head, trials: [placeholder] }, null, 2);
    const at = text.indexOf(`"${placeholder}"`);
    yield text.slice(0, at - 4); // up to the '[' and its line break, before the placeholder's indentation
    for (let i = 0; i < trials.length; i++) {
        const given = trials[i];
        const checked = checkedTrials.has(given) ? given : _model_results_js__WEBPACK_IMPORTED_MODULE_3__/* .TrialResultSchema */ .X9.parse(given);
        const trial = JSON.stringify(checked, null, 2).replaceAll('\n', '\n    ');
        yield `${i === 0 ? '' : ',\n'}    ${trial}`;
    }
    yield `${text.slice(at + placeholder.length + 2)}\n`;
}


/***/ }),

/***/ 2958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ missingShardsNote),
/* harmony export */   n: () => (/* binding */ mergeResults)
/* harmony export */ });
/* harmony import */ var _aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2475);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * Shards of one plan (a GitHub Actions matrix running `--shard i/n`) merged
 * back into one run whose tests and totals equal the unsharded run's.
 */


const PRIORITY_RANK = { critical: 0, high: 1, normal: 2, low: 3 };
function mergeResults(given) {
    if (given.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('merge: no results files given');
    checkCompatible(given);
    // Shard 1 (else the earliest) gives the merged run its id and git info, whatever the argument order.
    const shards = [...given].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0) || Date.parse(a.startedAt) - Date.parse(b.startedAt));
    const first = shards[0];
    const infos = new Map(shards.flatMap((shard) => shard.tests.map((test) => [test.key, (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .testInfoOf */ .ox)(test)])));
    const testOrder = planOrder(shards);
    const orderedInfos = [...infos.values()].sort((a, b) => (testOrder.get(a.testId) ?? 0) - (testOrder.get(b.testId) ?? 0));
    // Stable: a test's trials keep their shard's order (runs interleaved across variants, as planned).
    const trials = shards
        .flatMap((shard) => shard.trials)
        .sort((a, b) => (testOrder.get(a.testId) ?? 0) - (testOrder.get(b.testId) ?? 0));
    checkUniqueTrials(trials.map((trial) => trial.id));
    const startedAt = minIso(shards.map((shard) => shard.startedAt));
    const finished = shards.map((shard) => shard.finishedAt).filter((value) => value !== undefined);
    const finishedAt = finished.length === shards.length ? maxIso(finished) : undefined;
    const durationMs = finishedAt
        ? Date.parse(finishedAt) - Date.parse(startedAt)
        : Math.max(...shards.map((shard) => shard.totals.durationMs));
    const tests = (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .summarizeInfos */ .j)(orderedInfos, trials);
    const stopped = shards.find((shard) => shard.status === 'stopped');
    const missing = missingShardsOf(shards);
    const { shard: _shard, confirmation: _confirmation, unfinished: _unfinished, ...base } = first;
    const confirmation = mergedConfirmation(shards);
    const unfinished = mergedUnfinished(shards);
    return {
        ...base,
        startedAt,
        ...(finishedAt ? { finishedAt } : {}),
        // Some shards only: the tests of the others are not even known, so the run can not count as complete.
        status: mergedStatus([...shards.map((shard) => shard.status), ...(missing ? ['stopped'] : [])]),
        ...(stopped?.stopReason ? { stopReason: stopped.stopReason } : {}),
        ...(missing ? { missingShards: missing } : {}),
        skipped: uniqueBy(shards.flatMap((shard) => shard.skipped), (entry) => entry.key),
        tests,
        trials,
        ...(unfinished ? { unfinished } : {}),
        totals: (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .totals */ .Sd)({ tests, trials, durationMs, ...(unfinished ? { unfinished: unfinished.usage } : {}) }),
        variantTotals: (0,_aggregate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .variantTotals */ .h6)(tests, trials, durationMs),
        ...(confirmation ? { confirmation } : {}),
    };
}
/** The shards' unfinished trials added up: what they cost stays in the merged run's spend. */
function mergedUnfinished(shards) {
    const given = shards.flatMap((shard) => (shard.unfinished ? [shard.unfinished] : []));
    if (given.length === 0)
        return undefined;
    return given.reduce((total, value) => ({
        trials: total.trials + value.trials,
        usage: {
            inputTokens: total.usage.inputTokens + value.usage.inputTokens,
            outputTokens: total.usage.outputTokens + value.usage.outputTokens,
            costUsd: total.usage.costUsd + value.usage.costUsd,
        },
    }));
}
/** The shards' confirmation summaries added up (the settings are the plan's, the same in every shard). */
function mergedConfirmation(shards) {
    const given = shards.flatMap((shard) => (shard.confirmation ? [shard.confirmation] : []));
    const [first] = given;
    if (!first)
        return undefined;
    const sum = (pick) => given.reduce((total, value) => total + pick(value), 0);
    return {
        maxExtra: first.maxExtra,
        maxExtraPaired: first.maxExtraPaired,
        extraTrials: sum((value) => value.extraTrials),
        savedTrials: sum((value) => value.savedTrials),
        savedUsd: sum((value) => value.savedUsd),
    };
}
/**
 * Each test id's position in the unsharded plan. The planner deals tests
 * round-robin in plan order (shard i gets positions i-1, i-1+n, …), so taking
 * the shards' tests in turn, shard 1 first, rebuilds that order; the stable
 * sort by priority after it only matters when a shard had tests skipped (they
 * are not in its tests, so its later tests shift a turn earlier). The unsharded
 * run (one file) keeps its own order.
 */
function planOrder(shards) {
    const perShard = shards.map((shard) => [
        ...new Map(shard.tests.map((test) => [test.testId, test.priority])),
    ]);
    const dealt = [];
    for (let turn = 0; perShard.some((tests) => turn < tests.length); turn++) {
        for (const tests of perShard)
            if (turn < tests.length)
                dealt.push(tests[turn]);
    }
    const order = new Map();
    dealt
        .map(([testId, priority], position) => ({ testId, rank: PRIORITY_RANK[priority], position }))
        .sort((a, b) => a.rank - b.rank || a.position - b.position)
        .forEach(({ testId }) => order.has(testId) || order.set(testId, order.size));
    return order;
}
function checkCompatible(shards) {
    const [first] = shards;
    const variantsOf = (results) => results.variants
        .map((variant) => variant.id)
        .sort()
        .join(',');
    shards.forEach((shard, index) => {
        const label = `shard ${index + 1} (run ${shard.runId})`;
        if (shard.suite.name !== first.suite.name || shard.suite.config !== first.suite.config) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: ${label} is from suite "${shard.suite.name}" (${shard.suite.config}), the first is from ` +
                `"${first.suite.name}" (${first.suite.config}); only shards of one suite can be merged`);
        }
        if (variantsOf(shard) !== variantsOf(first)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: ${label} ran variants [${variantsOf(shard)}], the first ran [${variantsOf(first)}]; only shards ` +
                `of one plan can be merged`);
        }
        if (shard.shard && first.shard && shard.shard.total !== first.shard.total) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: ${label} is one of ${shard.shard.total} shards, the first one of ${first.shard.total}`);
        }
    });
    const indexes = shards.flatMap((shard) => (shard.shard ? [shard.shard.index] : []));
    const outOfRange = shards.find((shard) => shard.shard && shard.shard.index > shard.shard.total);
    if (outOfRange?.shard)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: run ${outOfRange.runId} says it is shard ${outOfRange.shard.index} of ${outOfRange.shard.total}`);
    if (indexes.length > 0 && indexes.length < shards.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('merge: some files are shards (--shard i/n) and some are not; only the shards of one plan can be merged');
    const duplicate = indexes.find((index, position) => indexes.indexOf(index) !== position);
    if (duplicate !== undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: shard ${duplicate} is given twice`);
}
/**
 * The shards of 1..n not given (n from the files' `shard.total`); undefined when all are there or the files are not
 * shards.
 */
function missingShardsOf(shards) {
    const total = shards.find((shard) => shard.shard)?.shard?.total;
    if (total === undefined)
        return undefined;
    const given = new Set(shards.flatMap((shard) => (shard.shard ? [shard.shard.index] : [])));
    const indexes = Array.from({ length: total }, (_, position) => position + 1).filter((index) => !given.has(index));
    return indexes.length > 0 ? { total, indexes } : undefined;
}
/** One line for people: which shards a merged run lacks; undefined when it lacks none. */
function missingShardsNote(results) {
    const missing = results.missingShards;
    if (!missing)
        return undefined;
    const list = missing.indexes.length === 1 ? `shard ${missing.indexes[0]}` : `shards ${missing.indexes.join(', ')}`;
    return (`incomplete merge: ${list} of ${missing.total} ${missing.indexes.length === 1 ? 'is' : 'are'} missing, ` +
        `so the run counts as stopped and its tests are not in the results`);
}
function checkUniqueTrials(ids) {
    const seen = new Set();
    for (const id of ids) {
        if (seen.has(id))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`merge: trial ${id} appears in more than one shard; were the shards planned with the same --shard total?`);
        seen.add(id);
    }
}
function mergedStatus(statuses) {
    if (statuses.includes('failed'))
        return 'failed';
    if (statuses.includes('stopped'))
        return 'stopped';
    if (statuses.includes('running'))
        return 'running';
    return 'completed';
}
function minIso(values) {
    return values.reduce((min, value) => (Date.parse(value) < Date.parse(min) ? value : min));
}
function maxIso(values) {
    return values.reduce((max, value) => (Date.parse(value) > Date.parse(max) ? value : max));
}
function uniqueBy(items, keyOf) {
    const seen = new Set();
    return items.filter((item) => !seen.has(keyOf(item)) && (seen.add(keyOf(item)), true));
}


/***/ })

};

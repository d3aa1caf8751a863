export const id = 689;
export const ids = [689];
export const modules = {

/***/ 1764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NZ: () => (/* binding */ parseCassetteFlags),
/* harmony export */   Nh: () => (/* binding */ closeCassette),
/* harmony export */   Ub: () => (/* binding */ CASSETTE_OPTIONS),
/* harmony export */   t2: () => (/* binding */ openCassette),
/* harmony export */   tE: () => (/* binding */ CASSETTE_USAGE)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cassette_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1234);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/**
 * The cassette flags of `rehearse run` (and `rerun`): `--record`, `--replay`,
 * `--replay-or-record <file>`, `--replay-roles simulator,judge`; opening the
 * file before the run and writing it after.
 */



const CASSETTE_OPTIONS = {
    record: { type: 'string' },
    replay: { type: 'string' },
    'replay-or-record': { type: 'string' },
    'replay-roles': { type: 'string', multiple: true },
};
const CASSETTE_USAGE = `      --record <file>          record every LLM call, agent turn and passthrough ` +
    `tool call in a cassette
      --replay <file>          answer every call from the cassette, offline; a call it lacks is an error
      --replay-or-record <f>   replay what the cassette has, call live and add what it lacks
      --replay-roles <a,b>     only these calls use the cassette: simulator, agent, judge, tool (default all)
`;
function parseCassetteFlags(values) {
    const given = ['record', 'replay', 'replay-or-record'].filter((mode) => typeof values[mode] === 'string');
    const rolesText = values['replay-roles']
        ?.flatMap((value) => value.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
    if (given.length > 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--${given.join(' and --')}: choose one cassette mode`);
    const mode = given[0];
    if (!mode) {
        if (rolesText)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('--replay-roles needs --replay, --record or --replay-or-record <file>');
        return undefined;
    }
    for (const role of rolesText ?? []) {
        if (!_cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CASSETTE_ROLES */ .l1.includes(role)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--replay-roles: unknown role '${role}' (expected ${_cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CASSETTE_ROLES */ .l1.join(', ')})`);
        }
    }
    return { mode, file: values[mode], ...(rolesText ? { roles: rolesText } : {}) };
}
/**
 * The cassette, read from its file (`record` starts empty and replaces it), with its log of the calls recorded
 * as they come (see keepCassetteLog): a resumed run takes in what the interrupted one recorded.
 */
async function openCassette(flags, io, resuming = false) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, flags.file);
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(io.cwd, path) || path;
    const entries = flags.mode === 'record' ? [] : await (0,_cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readCassetteFile */ .d3)(path, name, flags.mode === 'replay-or-record');
    const cassette = new _cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Cassette */ .rN({
        mode: flags.mode,
        name,
        // The command's redactor: it holds the suite's secrets (`api_key_env`…), added when the suite was loaded.
        redactor: (0,_cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .secretRedactor */ .xc)(io.env, undefined, io.redactor),
        entries,
        ...(flags.roles ? { roles: flags.roles } : {}),
    });
    await (0,_cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .keepCassetteLog */ .G3)(cassette, path, resuming);
    return cassette;
}
/** Writes the cassette (not in strict replay, which never changes it) and says what was replayed. */
async function closeCassette(cassette, io) {
    const { replayed, recorded, replayedCostUsd } = cassette.stats;
    if (cassette.mode !== 'replay')
        await (0,_cassette_index_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCassetteFile */ .Cb)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, cassette.name), cassette.serialize());
    const parts = [
        ...(replayed > 0
            ? [`${replayed} call${replayed === 1 ? '' : 's'} replayed ($${replayedCostUsd.toFixed(4)} not spent)`]
            : []),
        ...(cassette.mode !== 'replay' ? [`${recorded} recorded`] : []),
    ];
    io.stdout(`Cassette ${cassette.name}: ${parts.join(', ') || 'no call'}\n`);
    for (const miss of cassette.misses)
        io.stderr(`replay: ${miss}\n`);
}


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rejudgeCommand: () => (/* binding */ rejudgeCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5367);
/* harmony import */ var _results_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2242);
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2664);
/* harmony import */ var _runner_run_info_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5584);
/* harmony import */ var _report_console_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9290);
/* harmony import */ var _suite_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2462);
/* harmony import */ var _suite_secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3876);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7593);
/* harmony import */ var _cassette_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1764);
/* harmony import */ var _model_flags_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7761);
/**
 * `rehearse rejudge <results> [-c suite] [-o out]`: the stored transcripts
 * judged again with the suite's current criteria and thresholds; a new run
 * linked to the original (`rejudgedFrom`), stored with the others.
 */












const REJUDGE_USAGE = `Usage: rehearse rejudge <results.json> [options]

Judges the stored conversations again with the suite's current criteria,
metrics and thresholds: no conversation is run again. Deterministic criteria
need no LLM call; LLM-judged ones call the judge only. The new run is stored
in ${_runner_run_info_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCAL_RUNS_DIR */ .ZP}/ and records the run it was judged from (rejudgedFrom).

  -c, --config <file>     suite root file (default: the one the run recorded)
  -o, --output <file>     also write the new results here
      --replay <file>, --record <file>, --replay-or-record <file>
                          answer the judge from a cassette, record its calls, or both
      --judge-base-url <url>, --judge-model <name>
                          the judge's OpenAI-compatible URL and model (env REHEARSE_JUDGE_BASE_URL,
                          REHEARSE_JUDGE_MODEL)
      --base-url <url>, --model <name>
                          the same for the judge (as in rehearse run); the judge flags win over them
  -q, --quiet             print only errors and the final verdict line (Gate: …)

Exit status: 0 gate passed, 1 gate failed, 2 usage error.
`;
async function rejudgeCommand(args, io) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCommandArgs */ .Qx)('rejudge', {
        args: [...args],
        strict: true,
        allowPositionals: true,
        options: {
            config: { type: 'string', short: 'c' },
            output: { type: 'string', short: 'o' },
            help: { type: 'boolean', short: 'h' },
            'judge-base-url': _model_flags_js__WEBPACK_IMPORTED_MODULE_11__/* .MODEL_FLAG_OPTIONS */ .OM['judge-base-url'],
            'judge-model': _model_flags_js__WEBPACK_IMPORTED_MODULE_11__/* .MODEL_FLAG_OPTIONS */ .OM['judge-model'],
            'base-url': _model_flags_js__WEBPACK_IMPORTED_MODULE_11__/* .MODEL_FLAG_OPTIONS */ .OM['base-url'],
            model: _model_flags_js__WEBPACK_IMPORTED_MODULE_11__/* .MODEL_FLAG_OPTIONS */ .OM.model,
            ..._cassette_js__WEBPACK_IMPORTED_MODULE_10__/* .CASSETTE_OPTIONS */ .Ub,
        },
    });
    const values = parsed.values;
    if (values.help === true) {
        io.stdout(REJUDGE_USAGE);
        return 0;
    }
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1('expected one results file (usage: rehearse rejudge <results.json> [-c suite])');
    const original = await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, file));
    const config = values.config ?? original.suite.config;
    const loaded = await (0,_suite_index_js__WEBPACK_IMPORTED_MODULE_6__/* .loadSuite */ .bu)(config, { cwd: io.cwd, env: io.env });
    if (!loaded.ok) {
        for (const issue of loaded.issues)
            io.stderr(`${(0,_suite_index_js__WEBPACK_IMPORTED_MODULE_6__/* .formatIssue */ .Hd)(issue)}\n`);
        io.stderr(`rehearse rejudge: ${loaded.issues.length} problem${loaded.issues.length === 1 ? '' : 's'} in the suite; ` +
            `nothing was judged\n`);
        return 1;
    }
    // Only the judge is called here: the other roles' endpoints are left as they are.
    const { judge } = (0,_model_flags_js__WEBPACK_IMPORTED_MODULE_11__/* .roleEndpoints */ .TD)(values, io.env);
    const suite = judge ? (0,_model_flags_js__WEBPACK_IMPORTED_MODULE_11__/* .withRoleEndpoints */ .LJ)(loaded.suite, { judge }) : loaded.suite;
    // Everything printed and the cassette hide the secrets this suite names too.
    io.redactor?.add((0,_suite_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .suiteSecretValues */ .fJ)(suite, io.env));
    const cassetteFlags = (0,_cassette_js__WEBPACK_IMPORTED_MODULE_10__/* .parseCassetteFlags */ .NZ)(values);
    const cassette = cassetteFlags ? await (0,_cassette_js__WEBPACK_IMPORTED_MODULE_10__/* .openCassette */ .t2)(cassetteFlags, io) : undefined;
    const runId = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_3__/* .newRunId */ .F$)();
    const storedPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(io.cwd, _runner_run_info_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCAL_RUNS_DIR */ .ZP, `${runId}.json`);
    let rejudged;
    try {
        rejudged = await (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rejudgeRun */ .GW)({
            original,
            suite,
            env: io.env,
            chat: (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createSuiteChatClient */ .C3)(suite, io.env),
            runId,
            cwd: io.cwd,
            outputPath: storedPath,
            ...(cassette ? { cassette } : {}),
        });
    }
    finally {
        if (cassette)
            await (0,_cassette_js__WEBPACK_IMPORTED_MODULE_10__/* .closeCassette */ .Nh)(cassette, io);
    }
    const { results, dropped } = rejudged;
    if (dropped.length > 0)
        io.stderr(`notice: ${dropped.length} stored trial(s) left out (their test is not in the suite): ${dropped.join(', ')}\n`);
    io.stdout(`Re-judged ${results.trials.length} trial${results.trials.length === 1 ? '' : 's'} of ${original.runId} as ` +
        `${runId}\n`);
    io.stdout(`${(0,_report_console_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .formatRunSummary */ .fd)(results).join('\n')}\n`);
    const evaluation = (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateRun */ .tL)({ results, gate: { suite: suite.gate } });
    const compared = (0,_report_console_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .formatComparisonSummary */ .d2)(evaluation.report);
    if (compared.length)
        io.stdout(`${compared.join('\n')}\n`);
    io.stdout(`Gate: ${evaluation.gate.summary}\n`);
    if (values.output) {
        const output = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.output);
        await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeResults */ .KB)(output, evaluation.results);
        io.stdout(`Results: ${output}\n`);
    }
    io.stdout(`${values.output ? 'Also stored' : 'Results'}: ${storedPath}\n`);
    return evaluation.gate.passed ? 0 : 1;
}


/***/ }),

/***/ 7761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ withRoleEndpoints),
/* harmony export */   OM: () => (/* binding */ MODEL_FLAG_OPTIONS),
/* harmony export */   QU: () => (/* binding */ MODEL_FLAGS_USAGE),
/* harmony export */   TD: () => (/* binding */ roleEndpoints)
/* harmony export */ });
/* unused harmony export MODEL_ROLES */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

const MODEL_ROLES = ['agent', 'simulator', 'judge'];
/** For parseArgs: the eight flags. */
const MODEL_FLAG_OPTIONS = {
    'base-url': { type: 'string' },
    model: { type: 'string' },
    'agent-base-url': { type: 'string' },
    'agent-model': { type: 'string' },
    'simulator-base-url': { type: 'string' },
    'simulator-model': { type: 'string' },
    'judge-base-url': { type: 'string' },
    'judge-model': { type: 'string' },
};
const MODEL_FLAGS_USAGE = `\
      --base-url <url>         OpenAI-compatible URL for every openai agent, the simulator and the judge
      --model <name>           model for all three (the role flags below win over these two)
      --agent-base-url <url>   URL for every openai agent (env REHEARSE_AGENT_BASE_URL)
      --agent-model <name>     model for every openai agent (env REHEARSE_AGENT_MODEL; variants still patch it)
      --simulator-base-url <u> URL for the simulated user (env REHEARSE_SIMULATOR_BASE_URL)
      --simulator-model <name> model for the simulated user (env REHEARSE_SIMULATOR_MODEL)
      --judge-base-url <url>   URL for the judge (env REHEARSE_JUDGE_BASE_URL)
      --judge-model <name>     model for the judge (env REHEARSE_JUDGE_MODEL)
                               keys stay environment variables (the suite's api_key_env, OPENAI_API_KEY by
                               default); a localhost URL needs none
`;
/** The flags' values and the environment, resolved to one endpoint per role (absent: the suite decides). */
function roleEndpoints(values, env) {
    const text = (name) => (typeof values[name] === 'string' ? values[name] : undefined);
    const roles = {};
    for (const role of MODEL_ROLES) {
        const variable = `REHEARSE_${role.toUpperCase()}`;
        const baseUrl = text(`${role}-base-url`) ?? text('base-url') ?? env[`${variable}_BASE_URL`];
        const model = text(`${role}-model`) ?? text('model') ?? env[`${variable}_MODEL`];
        if (baseUrl !== undefined)
            checkUrl(baseUrl, text(`${role}-base-url`) ? `--${role}-base-url` : '--base-url');
        if (baseUrl !== undefined || model !== undefined)
            roles[role] = { ...(baseUrl !== undefined ? { baseUrl } : {}), ...(model !== undefined ? { model } : {}) };
    }
    return roles;
}
/** The suite with each role's endpoint replaced where a flag or variable says so. */
function withRoleEndpoints(suite, roles) {
    const { agent, simulator, judge } = roles;
    return {
        ...suite,
        ...(simulator
            ? { simulator: { ...suite.simulator, ...endpointFor('simulator', suite.simulator, simulator) } }
            : {}),
        // The simulator flags win over a persona's own endpoint too; its prompt stays (the flags name a model, not a user).
        ...(simulator ? { personas: suite.personas.map(withoutOwnEndpoint) } : {}),
        ...(judge ? { judge: endpointFor('judge', suite.judge, judge) } : {}),
        ...(agent
            ? {
                agents: suite.agents.map((entry) => entry.type === 'openai'
                    ? {
                        ...entry,
                        ...(agent.model ? { model: agent.model } : {}),
                        ...(agent.baseUrl ? { base_url: agent.baseUrl } : {}),
                    }
                    : entry),
            }
            : {}),
    };
}
function withoutOwnEndpoint(persona) {
    if (!persona.simulator)
        return persona;
    const { model: _model, base_url: _baseUrl, api_key_env: _key, ...prompt } = persona.simulator;
    return { ...persona, simulator: prompt };
}
function endpointFor(role, declared, given) {
    const model = given.model ?? declared?.model;
    if (!model)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`a ${role} base URL needs a model: pass --${role}-model (or --model) or set ${role}.model in the suite`);
    return {
        api_key_env: 'OPENAI_API_KEY',
        ...declared,
        model,
        ...(given.baseUrl ? { base_url: given.baseUrl } : {}),
    };
}
function checkUrl(value, flag) {
    try {
        const url = new URL(value);
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new Error(`${url.protocol} is not http(s)`);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${flag}: not an http(s) URL: ${value} (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)})`);
    }
}


/***/ }),

/***/ 9290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d2: () => (/* binding */ formatComparisonSummary),
/* harmony export */   fd: () => (/* binding */ formatRunSummary),
/* harmony export */   zD: () => (/* binding */ formatTotals)
/* harmony export */ });
/* unused harmony exports formatTrialLines, formatTestTable, formatSkipped */
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3111);
/* harmony import */ var _judge_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9278);
/* harmony import */ var _skipped_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6078);
/* harmony import */ var _runner_progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(667);
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2013);
/* harmony import */ var _placement_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1137);
/* harmony import */ var _html_parts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8402);
/* harmony import */ var _variant_matrix_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4489);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2011);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1976);










const STATUS_MARK = {
    pass: '✓',
    fail: '✗',
    error: '!',
    invalid: '~',
    skipped: '-',
};
const VERDICT_MARK = {
    pass: '✓',
    fail: '✗',
    error: '!',
    invalid: '~',
    not_run: '-',
};
const REASON_CHARS = 160;
function formatTrialLines(results) {
    const idWidth = widthOf(results.trials.map((trial) => trial.testId));
    const variantWidth = widthOf(results.trials.map((trial) => trial.variant));
    return results.trials.map((trial) => {
        const head = `${STATUS_MARK[trial.status]} ${trial.testId.padEnd(idWidth)}  ` +
            `${trial.variant.padEnd(variantWidth)}  #${trial.index + 1}`;
        const shape = `${trial.turns} turn${trial.turns === 1 ? '' : 's'}, ${trial.endReason}`;
        return trial.status === 'pass' ? `${head}  ${shape}` : `${head}  ${shape}  — ${clip(why(trial))}`;
    });
}
/** Failed criteria with their reasons, or the trial's own reason (error, invalid). */
function why(trial) {
    const failed = trial.metrics.filter((metric) => !metric.passed);
    if (trial.status === 'fail' && failed.length > 0)
        return failed
            .map((metric) => `${metric.id}${metric.at ? ` (${(0,_model_results_js__WEBPACK_IMPORTED_MODULE_0__/* .checkpointText */ .am)(metric.at)})` : ''}: ${metric.reason}`)
            .join('; ');
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
    const line = (cells) => cells
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)];
}
function verdictText(test) {
    const need = `needs ${Math.round(test.minPassRate * 100)}% of ${test.runs}`;
    const extra = [
        test.errors ? `${test.errors} error${test.errors === 1 ? '' : 's'}` : '',
        test.invalid ? `${test.invalid} invalid` : '',
    ]
        .filter(Boolean)
        .join(', ');
    return `${test.verdict.replace('_', ' ')} (${need}${extra ? `; ${extra}` : ''})`;
}
function formatTotals(label, totals) {
    const tests = `${totals.passed} passed, ${totals.failed} failed, ${totals.errored} ` +
        `errors${totals.invalid ? `, ${totals.invalid} invalid` : ''}${totals.notRun ? `, ${totals.notRun} not run` : ''}`;
    const parts = [
        `${label}: ${totals.tests} tests (${tests})`,
        `pass rate ${totals.passRate === null ? '—' : percent(totals.passRate)}`,
        `${totals.trials} trials`,
        `$${totals.usage.costUsd.toFixed(4)}`,
        `${totals.usage.inputTokens + totals.usage.outputTokens} tokens`,
        `agent latency p50 ${ms(totals.latencyP50)} p95 ${ms(totals.latencyP95)}`,
        (0,_runner_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .duration */ .p0)(totals.durationMs),
    ];
    return parts.join(' · ');
}
function formatRunSummary(results) {
    const lines = [
        '',
        'Conversations:',
        ...formatTrialLines(results).map(indent),
        '',
        'Tests (pass rate over run count):',
        ...formatTestTable(results).map(indent),
        '',
    ];
    lines.push(formatTotals('Total', results.totals));
    for (const [variant, totals] of Object.entries(results.variantTotals))
        lines.push(indent(formatTotals(variant, totals)));
    const categories = Object.entries(results.totals.failureCategories);
    if (categories.length > 0)
        lines.push(`Failures by category: ` +
            `${categories.map(([category, count]) => `${(0,_judge_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .failureCategoryLabel */ .lU)(category)} ${count}`).join(', ')}`);
    if (results.status === 'stopped')
        lines.push(`Run stopped (${results.stopReason ?? 'unknown reason'}): unfinished trials are not in the results.`);
    lines.push(...formatSkipped(results));
    return lines;
}
/**
 * "skipped 4 (no simulator key): set OPENAI_API_KEY or pass --simulator-base-url
 * to run them", then one line per test × variant.
 */
function formatSkipped(results) {
    const skipped = results.skipped;
    if (skipped.length === 0)
        return [];
    const hint = (0,_skipped_js__WEBPACK_IMPORTED_MODULE_7__/* .skipHint */ .L8)(skipped, 'cli');
    const keyWidth = widthOf(skipped.map((entry) => entry.key));
    return [
        `skipped ${skipped.length} (${(0,_skipped_js__WEBPACK_IMPORTED_MODULE_7__/* .skipCause */ .Ht)(skipped)})${hint ? `: ${hint}` : ''}`,
        ...skipped.map((entry) => indent(`- ${entry.key.padEnd(keyWidth)}  ${clip(entry.reason)}`)),
    ];
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
/**
 * What the comparisons found, by the one section each test is listed in (the same as the PR comment and the HTML
 * report), then the gate's line is printed by the caller. Nothing when no test is listed and nothing was compared.
 */
function formatComparisonSummary(input) {
    const { results, previous, variants } = input;
    const sections = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_3__/* .placeTests */ .Lv)({ results, previous, variants });
    const against = [
        previous ? `the previous run ${previous.before.runId}` : '',
        variants ? `${variants.after.label} vs ${variants.before.label}` : '',
    ].filter(Boolean);
    const lines = [];
    if (against.length)
        lines.push(`Compared: ${against.join(' and ')}`);
    const matrix = (0,_variant_matrix_js__WEBPACK_IMPORTED_MODULE_6__/* .variantMatrix */ .T)(results, variants);
    // Several variants: each one's pass rate and regressions against the baseline, side by side, before the lists.
    for (const column of matrix?.columns.slice(1) ?? []) {
        const { after, change } = column.totals.passRate;
        const baseline = matrix.columns[0].id;
        const regressions = (0,_util_plural_js__WEBPACK_IMPORTED_MODULE_8__/* .plural */ .L)(column.regressions, 'regression');
        lines.push(indent(`${column.id}: pass rate ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatPercent */ .l9)(after)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRateDelta */ .W7)(change)} vs ${baseline}) · ${regressions}`));
    }
    const agent = (0,_placement_text_js__WEBPACK_IMPORTED_MODULE_4__/* .agentChangeText */ .$r)(previous);
    if (agent)
        lines.push(indent(agent));
    const confirming = (0,_placement_text_js__WEBPACK_IMPORTED_MODULE_4__/* .runConfirms */ .VN)(results);
    for (const section of _compare_index_js__WEBPACK_IMPORTED_MODULE_3__/* .SECTIONS */ .bP) {
        // Skipped tests are listed above with their reason; passing unchanged ones are not listed.
        if (section === 'passing' || section === 'skipped')
            continue;
        const found = sections.of(section);
        if (found.length === 0)
            continue;
        lines.push(indent(`${_compare_index_js__WEBPACK_IMPORTED_MODULE_3__/* .SECTION_TITLES */ ._Z[section]} (${found.length}):`));
        const width = widthOf(found.map((placement) => placement.key));
        for (const placement of found)
            lines.push(indent(indent(`${placement.key.padEnd(width)}  ${lineOf(placement, confirming)}`)));
    }
    return lines.length ? ['', ...lines] : [];
}
function lineOf(placement, confirming) {
    const why = placement.section === 'suspected' ? ` — ${(0,_placement_text_js__WEBPACK_IMPORTED_MODULE_4__/* .suspectedWhy */ .$6)(placement, confirming)}` : '';
    return `${(0,_html_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .placementText */ .pr)(placement)}${why}`;
}


/***/ })

};

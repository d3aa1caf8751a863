export const id = 495;
export const ids = [495];
export const modules = {

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _llm_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(905);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2011);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9337);
/* harmony import */ var _suite_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(761);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/**
 * `rehearse validate [-c rehearse.yaml] [--json]`: load the suite, report
 * every problem as file:line:column, or print a summary and the plan.
 */





const DEFAULT_CONFIG = 'rehearse.yaml';
const HELP = `Usage: rehearse validate [-c <config>] [--json]

Checks a suite (the root config and every file it includes) and prints its plan.
  -c, --config <path>  root config file (default: ${DEFAULT_CONFIG})
  --json               machine-readable output
Exit code: 0 when valid, 1 when any error was found.
`;
async function validateCommand(args, io) {
    const options = parseArgs(args);
    if (options.help) {
        io.stdout(HELP);
        return 0;
    }
    const result = await (0,_suite_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSuite */ .bu)(options.config, { cwd: io.cwd, env: io.env });
    if (!result.ok) {
        const errors = result.issues.filter((issue) => issue.severity === 'error').length;
        if (options.json)
            io.stdout(`${JSON.stringify({ ok: false, issues: result.issues.map(issueJson) }, null, 2)}\n`);
        else
            io.stderr(`${result.issues.map(_suite_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatIssue */ .Hd).join('\n')}\n\n${errors} error${errors === 1 ? '' : 's'} in ${options.config}\n`);
        return 1;
    }
    const plan = (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_1__/* .planRun */ .nY)(result.suite, { simulatorAvailable: (0,_llm_index_js__WEBPACK_IMPORTED_MODULE_0__/* .simulatorAvailable */ .k5)(result.suite, io.env) });
    if (options.json) {
        io.stdout(`${JSON.stringify({ ok: true, warnings: result.warnings.map(issueJson), counts: counts(result.suite), plan: planJson(plan) }, null, 2)}\n`);
    }
    else {
        if (result.warnings.length > 0)
            io.stderr(`${result.warnings.map(_suite_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatIssue */ .Hd).join('\n')}\n`);
        io.stdout(summaryText(options.config, result.suite, plan));
    }
    return 0;
}
function parseArgs(args) {
    let config = DEFAULT_CONFIG;
    let json = false;
    let help = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '-c' || arg === '--config') {
            const value = args[++i];
            if (!value)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${arg} needs a path, e.g. ${arg} ${DEFAULT_CONFIG}`);
            config = value;
        }
        else if (arg.startsWith('--config='))
            config = arg.slice('--config='.length);
        else if (arg === '--json')
            json = true;
        else if (arg === '-h' || arg === '--help')
            help = true;
        else
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`unknown option '${arg}' (see rehearse validate --help)`);
    }
    return { config, json, help };
}
function counts(suite) {
    return {
        files: suite.files.length,
        agents: suite.agents.length,
        personas: suite.personas.length,
        scenarios: suite.scenarios.length,
        profiles: suite.profiles.length,
        tools: suite.tools.length,
        metrics: suite.metrics.length,
        tests: suite.tests.length,
        sets: suite.sets.length,
        datasets: suite.datasets.length,
        dataset_items: suite.datasets.reduce((sum, dataset) => sum + dataset.items.length, 0),
    };
}
/** One line per test: trials grouped over variants, in plan order (critical first). */
function plannedTests(plan) {
    const tests = new Map();
    for (const trial of plan.trials) {
        const test = tests.get(trial.testId) ?? { testId: trial.testId, priority: trial.priority, runs: trial.runs, variants: [] };
        if (!test.variants.includes(trial.variant))
            test.variants.push(trial.variant);
        tests.set(trial.testId, test);
    }
    return [...tests.values()];
}
function planJson(plan) {
    return { trials: plan.trials.length, variants: plan.variants, tests: plannedTests(plan), skipped: plan.skipped };
}
function summaryText(config, suite, plan) {
    const c = counts(suite);
    const variantText = Object.entries(suite.variants).map(([name, v]) => `${name}${v?.description ? ` (${v.description})` : ''}`);
    const tests = plannedTests(plan);
    const idWidth = Math.max(4, ...tests.map((t) => t.testId.length));
    const lines = [
        `✓ ${config} is valid: suite '${suite.name}' (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(c.files, 'file')})`,
        `  ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(c.agents, 'agent')} · ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(c.personas, 'persona')} · ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(c.scenarios, 'scenario')} · ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(c.profiles, 'profile')} · ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(c.tools, 'tool')} · ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(c.tests, 'test')} · ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(c.sets, 'set')} · ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(c.datasets, 'dataset')} (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(c.dataset_items, 'item')})`,
        `  variants: ${variantText.length > 0 ? variantText.join(', ') : 'default (no baseline/candidate declared)'}`,
        '',
        `Plan: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(plan.trials.length, 'trial')} over ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(tests.length, 'test')} × ${plan.variants.join(', ')}`,
        ...tests.map((t) => `  ${t.priority.padEnd(8)}  ${t.testId.padEnd(idWidth)}  ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(t.runs, 'run')} × ${t.variants.join(', ')}`),
    ];
    if (plan.skipped.length > 0) {
        lines.push('', `Skipped without a simulator (${plan.skipped.length}):`, ...plan.skipped.map((s) => `  ${s.key}: ${s.reason}`));
    }
    return `${lines.join('\n')}\n`;
}
function issueJson(issue) {
    return { ...issue.location, severity: issue.severity, message: issue.message, text: (0,_suite_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatIssue */ .Hd)(issue) };
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ formatPassHatK),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   V5: () => (/* binding */ trialsPassing),
/* harmony export */   W7: () => (/* binding */ formatRateDelta),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   gi: () => (/* binding */ passFraction),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
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
function formatMs(value) {
    if (value === null || value === undefined)
        return '—';
    if (Math.abs(value) < 1000)
        return `${Math.round(value)} ms`;
    if (Math.abs(value) < 60_000)
        return `${(value / 1000).toFixed(1)} s`;
    const sign = value < 0 ? '-' : '';
    const totalSeconds = Math.round(Math.abs(value) / 1000);
    const hours = Math.floor(totalSeconds / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    if (hours > 0)
        return `${sign}${hours} h ${minutes} min`;
    return `${sign}${minutes} min ${totalSeconds % 60} s`;
}
function formatCount(value) {
    if (value === null || value === undefined)
        return '—';
    return Math.round(value).toLocaleString('en-US');
}
/**
 * A count with its noun: "1 regression", "2 regressions", "0 fixes". The
 * plural adds -es after s, x, z, ch and sh, else -s; pass `many` for others.
 * Shared by the reports, the comparison and the gate so no text says "1 regressions".
 */
function plural(count, one, many) {
    const others = many ?? (/(s|x|z|ch|sh)$/.test(one) ? `${one}es` : `${one}s`);
    return `${formatCount(count)} ${count === 1 ? one : others}`;
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
    const errors = test.errors ? `, ${plural(test.errors, 'error')}` : '';
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

/***/ 7141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ ProfileSchema),
/* harmony export */   KK: () => (/* binding */ TEXT_MODE_TAGS),
/* harmony export */   My: () => (/* binding */ MetricSchema),
/* harmony export */   Qk: () => (/* binding */ SuiteFileSchema),
/* harmony export */   Qr: () => (/* binding */ RunSettingsSchema),
/* harmony export */   TH: () => (/* binding */ AgentSchema),
/* harmony export */   Ur: () => (/* binding */ VOICE_ONLY_TAGS),
/* harmony export */   WK: () => (/* binding */ ToolSchema),
/* harmony export */   Yx: () => (/* binding */ SetSchema),
/* harmony export */   ZM: () => (/* binding */ GateSchema),
/* harmony export */   c4: () => (/* binding */ TestSchema),
/* harmony export */   cx: () => (/* binding */ PersonaSchema),
/* harmony export */   e8: () => (/* binding */ DatasetSchema),
/* harmony export */   fE: () => (/* binding */ FailOnSchema),
/* harmony export */   h: () => (/* binding */ NamedMetricSchema),
/* harmony export */   x6: () => (/* binding */ ScenarioSchema),
/* harmony export */   z1: () => (/* binding */ ROOT_ONLY_KEYS)
/* harmony export */ });
/* unused harmony exports IdSchema, ModelEndpointSchema, PricingSchema, ConditionSchema, ToolFailureSchema, ToolMappingSchema, CriterionSchema, PrioritySchema, DatasetItemSchema, VariantSchema, VariantsSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/**
 * The suite format: zod schemas are the single source of truth.
 * Types are inferred from them, and `npm run schema` turns them into
 * `schema/rehearse.schema.json` for editor autocompletion.
 *
 * Every YAML file of a suite (the root config and the files it includes)
 * has the shape of `SuiteFileSchema`; settings such as `simulator` or `gate`
 * are only accepted in the root file (the loader enforces that).
 */

/** ids are referenced from other files, so keep them boring and greppable. */
const IdSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'an id: letters, digits, "-", "_" or "." (starting with a letter or digit)')
    .describe('Identifier, unique within its kind across all files of the suite.');
const JsonObjectSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J());
// ---------------------------------------------------------------- models
/** An OpenAI-compatible endpoint used by the simulator, the judge or an agent. */
const ModelEndpointSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('Model name sent to the endpoint.'),
    base_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().optional().describe('OpenAI-compatible base URL (vLLM, Ollama, LiteLLM, gateways).'),
    api_key_env: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
        .default('OPENAI_API_KEY')
        .describe('Name of the environment variable holding the API key (never the key itself).'),
    temperature: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(2).optional(),
})
    .strict();
/** USD per million tokens, per model; overrides the built-in price table. */
const PricingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ input: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(), output: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative() }).strict());
// ---------------------------------------------------------------- agents
const OpenAIAgentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('openai'),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    base_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().optional(),
    api_key_env: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).default('OPENAI_API_KEY'),
    system_prompt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Inline system prompt.'),
    system_prompt_file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Path (relative to the file that declares the agent) of the system prompt.'),
    temperature: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(2).optional(),
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]).describe('Names of tools (declared under `tools`) offered to the agent.'),
    profile_context: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).describe('Pass the test profile to the agent as context.'),
    max_tool_rounds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(5),
})
    .strict();
const HttpAgentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('http'),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('Endpoint that receives the conversation as JSON. `${ENV}` is interpolated.'),
    headers: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default({}).describe('Request headers; `${ENV}` is interpolated.'),
    timeout_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(30_000),
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
    profile_context: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true),
})
    .strict();
const CommandAgentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('command'),
    command: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1).describe('argv of a process speaking JSON lines on stdin/stdout.'),
    cwd: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Working directory, relative to the file that declares the agent.'),
    env: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default({}),
    timeout_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(30_000),
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
    profile_context: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true),
})
    .strict();
const AgentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [OpenAIAgentSchema, HttpAgentSchema, CommandAgentSchema]);
// ---------------------------------------------------------------- personas
const PersonaSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    role: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('Who the simulated user is, e.g. "customer who ordered a laptop".'),
    background: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default(''),
    language: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('en').describe('BCP-47 language code the simulated user speaks.'),
    traits: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]).describe('Behavioural traits, e.g. "impatient", "terse".'),
})
    .strict();
// ---------------------------------------------------------------- scenarios
/** Tags the text-mode engine understands inside a conditional action. */
const TEXT_MODE_TAGS = ['endcall', 'spell'];
/** Tags that only make sense on a voice call; rejected with a clear message. */
const VOICE_ONLY_TAGS = [
    'dtmf',
    'ivr',
    'voicemail',
    'interruption',
    'hold',
    'silence',
    'background_noise',
    'network_simulation',
    'speed',
    'volume',
];
const ConditionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('Unique within the scenario; FIRST_MESSAGE has id 0.'),
    condition: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int()])
        .describe('What the agent says that triggers this action; "FIRST_MESSAGE" for the opening turn; for `action_followup`, the id of the condition it follows.'),
    action: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('What the simulated user says (fixed_message: true) or does (fixed_message: false). Text-mode tags: <endcall/>, <spell>…</spell>.'),
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['standard', 'action_followup']).default('standard'),
    fixed_message: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().describe('true: send `action` verbatim; false: the simulator phrases it.'),
    pattern: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Regex (case-insensitive) matched against the agent message when the scenario uses `match: regex`.'),
    keywords: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional().describe('Any of these words in the agent message triggers the condition when the scenario uses `match: keywords`.'),
})
    .strict();
const ScenarioBaseShape = {
    id: IdSchema,
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    expected_outcome: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('What the agent should achieve; judged by the expected_outcome metric.'),
    max_turns: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(12).describe('Upper bound on simulated-user turns.'),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
};
const BehavioralScenarioSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    ...ScenarioBaseShape,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('behavioral'),
    objective: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    instructions: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('First-person instructions for the simulated user.'),
    first_message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Opening user message; omit to let the agent speak first.'),
})
    .strict();
const ScriptedScenarioSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    ...ScenarioBaseShape,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('scripted'),
    match: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['llm', 'regex', 'keywords'])
        .default('llm')
        .describe('How conditions are matched: by the simulator LLM, or deterministically (no LLM at all).'),
    conditional_actions: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        role: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('One sentence: who the simulated user pretends to be.'),
        conditions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ConditionSchema).min(1),
    })
        .strict(),
})
    .strict();
const ScenarioSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [BehavioralScenarioSchema, ScriptedScenarioSchema]);
// ---------------------------------------------------------------- profiles
const ProfileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    data: JsonObjectSchema.describe('Free key/values; referenced as {{profile.key}} or {{profile.a.b}}.'),
})
    .strict();
// ---------------------------------------------------------------- tools
const ToolFailureSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    error: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Error message returned to the agent.'),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional().describe('Status code reported with the error.'),
    timeout: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe('Simulate a backend that never answers (the call times out).'),
    delay_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
})
    .strict();
const ToolMappingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    when: JsonObjectSchema.default({}).describe('Arguments to match; {{profile.x}} allowed.'),
    match: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['exact', 'partial']).default('partial'),
    output: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional().describe('Returned to the agent when the mapping matches.'),
    fail: ToolFailureSchema.optional().describe('Injected failure instead of an output.'),
})
    .strict();
const ToolSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a tool name: 1-64 letters, digits, "_" or "-"'),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default(''),
    parameters: JsonObjectSchema.default({ type: 'object', properties: {} }).describe('JSON Schema of the arguments.'),
    strategy: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['mock', 'passthrough', 'none']).default('mock'),
    mock: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        mappings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ToolMappingSchema).default([]),
        default: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ output: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(), fail: ToolFailureSchema.optional() })
            .strict()
            .optional(),
    })
        .strict()
        .optional(),
    passthrough: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
        headers: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default({}),
        timeout_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(15_000),
    })
        .strict()
        .optional(),
})
    .strict();
// ---------------------------------------------------------------- metrics
const MetricBaseShape = {
    id: IdSchema.optional().describe('Name shown in reports; defaults to the type.'),
    threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).optional().describe('Minimum score (0-1) to pass.'),
};
const stringOrList = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())]);
const MetricSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('expected_outcome'), outcome: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('rubric'), rubric: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1) }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('expected_output'),
        match: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['llm', 'exact', 'contains', 'regex']).default('llm'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tool_called'),
        tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
        args: JsonObjectSchema.optional(),
        args_match: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['exact', 'partial']).default('partial'),
        min_times: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(1),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tool_not_called'), tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1) }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tool_call_success') }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tool_sequence'),
        tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).min(1),
        mode: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['in_order', 'exact']).default('in_order'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('latency'),
        p50_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().optional(),
        p95_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().optional(),
        max_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().optional(),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('turns'), max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive() }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('cost'), max_usd: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative() }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        ...MetricBaseShape,
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('text'),
        contains: stringOrList.optional(),
        not_contains: stringOrList.optional(),
        regex: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        scope: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['any', 'all', 'final']).default('any').describe('Which agent messages are checked.'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('json_schema'), schema: JsonObjectSchema }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...MetricBaseShape, type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('infrastructure') }).strict(),
]);
/** A named, reusable metric declared once under `metrics`. */
const NamedMetricSchema = MetricSchema.and(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: IdSchema }).strict());
/** A criterion in a test: an inline metric or a reference to a named one (with an optional threshold override). */
const CriterionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ metric: IdSchema, threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).optional() }).strict(),
    MetricSchema,
]);
// ---------------------------------------------------------------- tests, sets, datasets
const PrioritySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['critical', 'high', 'normal', 'low']);
const TestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    persona: IdSchema,
    scenario: IdSchema,
    profile: IdSchema.optional(),
    agent: IdSchema.optional().describe('Defaults to the only agent, or `defaults.agent`.'),
    criteria: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(CriterionSchema).default([]),
    baseline_metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(true)
        .describe('Attach expected_outcome (when the scenario has one), infrastructure, tool_call_success and latency.'),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
    priority: PrioritySchema.default('normal'),
    runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(1),
    min_pass_rate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).default(1).describe('Share of trials that must pass, e.g. 0.8 = "4 of 5".'),
})
    .strict();
const SetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    tests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        test: IdSchema,
        runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().optional(),
        min_pass_rate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).optional(),
    })
        .strict())
        .min(1),
})
    .strict();
const DatasetItemSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    input: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    expected_output: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    metadata: JsonObjectSchema.default({}),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
})
    .strict();
const DatasetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: IdSchema,
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    agent: IdSchema.optional(),
    profile: IdSchema.optional(),
    criteria: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(CriterionSchema).default([{ type: 'expected_output', match: 'llm' }]),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
    priority: PrioritySchema.default('normal'),
    runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(1),
    items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DatasetItemSchema).min(1),
})
    .strict();
// ---------------------------------------------------------------- variants, gate, run
/** Overrides applied to every trial of a variant: e.g. a model switch. */
const VariantSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    agent: IdSchema.optional().describe('Run every test against this agent instead.'),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Model override for openai agents.'),
    base_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().optional(),
    system_prompt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    system_prompt_file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    temperature: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(2).optional(),
})
    .strict();
const VariantsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ baseline: VariantSchema.optional(), candidate: VariantSchema.optional() })
    .strict();
const FailOnSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['regression', 'critical', 'any-failure', 'never']);
const GateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    min_pass_rate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .min(0)
        .max(1)
        .default(1)
        .describe('0-1: share of tests that must pass (errored tests count as not passing; invalid and not-run tests are left out). Default 1: any failing or erroring test fails the job.'),
    fail_on: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(FailOnSchema).default(['regression', 'critical']),
    alpha: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().gt(0).lt(1).default(0.05).describe('Significance level of the regression test (one-sided Fisher exact).'),
})
    .strict();
const RunSettingsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    concurrency: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(8),
    call_timeout_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(60_000),
    trial_timeout_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(300_000),
    retries: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().default(3),
    budget_usd: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().optional(),
    fail_fast: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false).describe('Stop starting new trials after a critical test fails.'),
    pass_hat_k: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(3).describe('The k of pass^k (the chance that k trials in a row all pass), over the trials that passed, failed or errored (n); capped at n. Default 3.'),
})
    .strict();
// ---------------------------------------------------------------- files
const SuiteFileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    $schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1).default(1).describe('Suite format version.'),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    include: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]).describe('Globs, relative to this file, of more suite files.'),
    // Root-only settings
    simulator: ModelEndpointSchema.optional().describe('Model that plays the simulated user (behavioral scenarios, scripted match: llm). Root config only.'),
    judge: ModelEndpointSchema.optional().describe('Model that judges LLM metrics (expected_outcome, rubric). Root config only.'),
    pricing: PricingSchema.optional().describe('USD per million tokens per model, overriding the built-in table. Root config only.'),
    defaults: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ agent: IdSchema.optional(), profile: IdSchema.optional() })
        .strict()
        .optional()
        .describe('Agent and profile used by tests that name none. Root config only.'),
    variants: VariantsSchema.optional().describe('Baseline and candidate overrides: every test runs under both, side by side. Root config only.'),
    gate: GateSchema.optional().describe('When the run fails the job. Root config only.'),
    run: RunSettingsSchema.optional().describe('Concurrency, timeouts, retries, budget. Root config only.'),
    // Collections, allowed in any file
    agents: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(AgentSchema).default([]).describe('Systems under test: openai, http or command.'),
    personas: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(PersonaSchema).default([]).describe('Simulated users: role, background, language, traits.'),
    scenarios: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ScenarioSchema).default([]).describe('What the simulated user tries to do: behavioral or scripted (conditional actions).'),
    profiles: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ProfileSchema).default([]).describe('Test data referenced as {{profile.x}} and passed to the agent.'),
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ToolSchema).default([]).describe('Tools the agent may call: mock, passthrough or none.'),
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(NamedMetricSchema).default([]).describe('Reusable named metrics, referenced from criteria as `metric: <id>`.'),
    tests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(TestSchema).default([]).describe('Persona + scenario (+ profile) against an agent, with criteria.'),
    sets: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SetSchema).default([]).describe('Groups of tests with run counts.'),
    datasets: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DatasetSchema).default([]).describe('Single-turn items scored against expected outputs.'),
})
    .strict();
const ROOT_ONLY_KEYS = ['simulator', 'judge', 'pricing', 'defaults', 'variants', 'gate', 'run'];


/***/ })

};

export const id = 575;
export const ids = [575];
export const modules = {

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1976);
/* harmony import */ var _pipeline_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5367);
/* harmony import */ var _runner_preflight_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8073);
/* harmony import */ var _suite_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2462);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7593);
/**
 * `rehearse validate [-c rehearse.yaml] [--json]`: load the suite, report
 * every problem as file:line:column, or print a summary and the plan.
 */






const DEFAULT_CONFIG = 'rehearse.yaml';
const HELP = `Usage: rehearse validate [-c <config>] [--check-keys] [--json]

Checks a suite (the root config and every file it includes) and prints its plan, with the
agents, simulator and judge whose key or URL variable is not set here (their tests would be skipped).
  -c, --config <path>  root config file (default: ${DEFAULT_CONFIG})
  --check-keys         also send one cheap request to each endpoint whose key is set (as \`rehearse run\`
                       does before the first trial), and fail when a key or URL is missing or refused
  --json               machine-readable output
  -q, --quiet          print only errors and the verdict line (✓ … is valid)
Exit code: 0 when valid, 1 when any error was found (with --check-keys: or a key or URL is missing or refused).
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
            io.stderr(`${result.issues.map(_suite_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatIssue */ .Hd).join('\n')}\n\n${errors} error${errors === 1 ? '' : 's'} in ` +
                `${options.config}\n`);
        return 1;
    }
    // The same check `rehearse run` makes before its first trial; the requests only with --check-keys.
    const envPlan = (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_0__/* .planSuiteRun */ .r_)(result.suite, {}, io.env);
    const probed = options.checkKeys ? await (0,_runner_preflight_js__WEBPACK_IMPORTED_MODULE_1__/* .probeEndpoints */ .$v)({ plan: envPlan, env: io.env }) : undefined;
    const plan = probed ? (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_0__/* .planSuiteRun */ .r_)(result.suite, {}, io.env, { probed: probed.unavailable }) : envPlan;
    const preflight = (0,_runner_preflight_js__WEBPACK_IMPORTED_MODULE_1__/* .preflightLines */ .PM)(plan, probed);
    const keysFailed = options.checkKeys && plan.skipped.length > 0;
    if (options.json) {
        const report = {
            ok: !keysFailed,
            preflight,
            warnings: result.warnings.map(issueJson),
            counts: counts(result.suite),
            plan: planJson(plan),
        };
        io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    }
    else {
        if (result.warnings.length > 0)
            io.stderr(`${result.warnings.map(_suite_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatIssue */ .Hd).join('\n')}\n`);
        io.stdout(summaryText(options.config, result.suite, plan, preflight));
        if (keysFailed)
            io.stderr(`rehearse validate: ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(plan.skipped.length, 'test')} could not run here (above)\n`);
    }
    return keysFailed ? 1 : 0;
}
function parseArgs(args) {
    let config = DEFAULT_CONFIG;
    let json = false;
    let help = false;
    let checkKeys = false;
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
        else if (arg === '--check-keys')
            checkKeys = true;
        else if (arg === '-h' || arg === '--help')
            help = true;
        else
            throw (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .unknownOption */ .qe)('validate', arg, ['--config', '-c', '--json', '--check-keys', '--help', '-h']);
    }
    return { config, json, help, checkKeys };
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
        const test = tests.get(trial.testId) ?? {
            testId: trial.testId,
            priority: trial.priority,
            runs: trial.runs,
            variants: [],
        };
        if (!test.variants.includes(trial.variant))
            test.variants.push(trial.variant);
        tests.set(trial.testId, test);
    }
    return [...tests.values()];
}
function planJson(plan) {
    return { trials: plan.trials.length, variants: plan.variants, tests: plannedTests(plan), skipped: plan.skipped };
}
function summaryText(config, suite, plan, preflight) {
    const c = counts(suite);
    const variantText = Object.entries(suite.variants).map(([name, v]) => `${name}${v?.description ? ` (${v.description})` : ''}`);
    const tests = plannedTests(plan);
    const idWidth = Math.max(4, ...tests.map((t) => t.testId.length));
    const lines = [
        `✓ ${config} is valid: suite '${suite.name}' (${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(c.files, 'file')})`,
        `  ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(c.agents, 'agent')} · ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(c.personas, 'persona')} · ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(c.scenarios, 'scenario')} ` +
            `· ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(c.profiles, 'profile')} · ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(c.tools, 'tool')} · ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(c.tests, 'test')} · ` +
            `${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(c.sets, 'set')} · ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(c.datasets, 'dataset')} (${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(c.dataset_items, 'item')})`,
        `  variants: ${variantText.length > 0 ? variantText.join(', ') : 'default (no baseline/candidate declared)'}`,
        '',
        `Plan: ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(plan.trials.length, 'trial')} over ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(tests.length, 'test')} × ${plan.variants.join(', ')}`,
        ...tests.map((t) => `  ${t.priority.padEnd(8)}  ${t.testId.padEnd(idWidth)}  ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(t.runs, 'run')} × ${t.variants.join(', ')}`),
    ];
    if (preflight.length > 0)
        lines.push('', 'Preflight:', ...preflight.map((line) => `  ${line}`));
    if (plan.skipped.length > 0) {
        lines.push('', `Skipped (${plan.skipped.length}):`, ...plan.skipped.map((s) => `  ${s.key}: ${s.reason}`));
    }
    return `${lines.join('\n')}\n`;
}
function issueJson(issue) {
    return { ...issue.location, severity: issue.severity, message: issue.message, text: (0,_suite_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatIssue */ .Hd)(issue) };
}


/***/ })

};

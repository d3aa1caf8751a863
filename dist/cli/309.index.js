export const id = 309;
export const ids = [309];
export const modules = {

/***/ 3586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ writeNewFiles)
/* harmony export */ });
/* unused harmony export existingFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/**
 * Writes generated suite files without ever overwriting one silently: all
 * existing targets are named in one error before anything is written.
 */



async function existingFiles(dir, files) {
    const found = [];
    for (const file of files) {
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, file.path)).then(() => true, () => false))
            found.push(file.path);
    }
    return found;
}
/** Writes every file, or none when one exists and `force` is off. */
async function writeNewFiles(dir, files, force, command) {
    const existing = force ? [] : await existingFiles(dir, files);
    if (existing.length > 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${existing.length === 1 ? 'this file exists' : 'these files exist'}: ${existing.join(', ')} — ` +
            `nothing was written (use --force to overwrite, see rehearse ${command} --help)`);
    }
    for (const file of files) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, file.path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, file.content);
        if (file.executable)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(target, 0o755);
    }
}


/***/ }),

/***/ 4309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importCommand: () => (/* binding */ importCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/author/write-files.ts
var write_files = __webpack_require__(3586);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/engine/tools/module.ts
var tools_module = __webpack_require__(7704);
// EXTERNAL MODULE: ./src/engine/tools/state.ts
var tools_state = __webpack_require__(5795);
// EXTERNAL MODULE: ./src/suite/schema.ts + 1 modules
var schema = __webpack_require__(729);
// EXTERNAL MODULE: ./src/util/state-path.ts
var state_path = __webpack_require__(9765);
// EXTERNAL MODULE: ./src/util/bom.ts
var bom = __webpack_require__(5258);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/import/tau2.ts
/**
 * τ²-bench import: a domain (db.json, policy.md, tasks.json, and the tools as
 * the agent sees them, tools.json, with a JS port of their code, tools.mjs)
 * becomes a Rehearse suite. The database is the initial state; reads that are
 * plain lookups (`get_order_details(order_id)` over `orders`) become declared
 * state tools, the others call the port; the policy is the openai agent's
 * system prompt; each task is a test: the user instructions a behavioral
 * scenario, the expected end state (the reference actions replayed on a fresh
 * copy of the database, as τ² derives it) end-state criteria, the actions
 * order-free tool_called criteria, communicate_info text criteria and
 * nl_assertions expected outcomes. A criterion gates the test only when τ²'s
 * reward basis counts it; the others are shown with threshold 0.
 */









const SUITE_DIR = 'tau2';
const MODULE_FILE = 'tools.mjs';
/** A domain folder or a tasks file (its folder then holds the rest). */
async function locateTau2(target) {
    const info = await (0,promises_.stat)(target).catch(() => undefined);
    if (!info)
        throw new errors/* ConfigurationError */.j1(`${target} does not exist (expected a τ² domain folder or tasks file)`);
    const dir = info.isDirectory() ? target : (0,external_node_path_.dirname)(target);
    const tasksFile = info.isDirectory() ? (0,external_node_path_.join)(target, 'tasks.json') : target;
    return { domain: (0,external_node_path_.basename)((0,external_node_path_.resolve)(dir)), dir, tasksFile };
}
async function importTau2(source) {
    const notes = [];
    const tasks = await readJson(source.tasksFile, 'tasks');
    if (!Array.isArray(tasks))
        throw new errors/* ConfigurationError */.j1(`${source.tasksFile}: expected a list of τ² tasks`);
    const db = await readJson((0,external_node_path_.join)(source.dir, 'db.json'), 'database');
    const policy = await firstText([(0,external_node_path_.join)(source.dir, 'policy.md'), (0,external_node_path_.join)(source.dir, 'main_policy.md')]);
    if (policy === undefined)
        notes.push('no policy.md: the agent has no system prompt');
    const specs = await toolSpecs(source, tasks, notes);
    const port = await readText((0,external_node_path_.join)(source.dir, MODULE_FILE));
    const portExports = port === undefined ? new Set() : exportedNames(port);
    const tools = specs.map((spec) => toolFor(spec, db, portExports));
    const unported = tools.filter((tool) => tool.strategy === 'module' && !portExports.has(tool.name));
    if (unported.length > 0)
        notes.push(`not ported to ${MODULE_FILE} (they answer an error until you write them): ` +
            unported.map((tool) => tool.name).join(', '));
    const moduleText = port ?? stubModule(unported.map((tool) => tool.name));
    // The reference actions are replayed with the same tools the agent will use, from the module as written.
    const moduleFile = (0,external_node_path_.resolve)(source.dir, MODULE_FILE);
    const replay = port === undefined ? undefined : { tools: tools.map((tool) => schema/* ToolSchema */.WK.parse(tool)), moduleFile };
    const files = [];
    const tests = [];
    const scenarios = [];
    for (const task of tasks) {
        const id = `${source.domain}-${String(task.id)}`.replace(/[^A-Za-z0-9_.-]/g, '-');
        const initial = await initialStateOf(task, db, replay, notes, id);
        if (initial !== db)
            files.push(jsonFile(`${SUITE_DIR}/state-${id}.json`, initial));
        const { criteria, expectedChanges } = await criteriaOf(task, initial, replay, notes, id);
        scenarios.push(scenarioOf(task, id, source.domain));
        tests.push({
            id,
            name: `τ² ${source.domain} task ${String(task.id)}`,
            persona: 'tau2-user',
            scenario: id,
            ...(initial !== db ? { state_file: `state-${id}.json` } : {}),
            baseline_metrics: false,
            criteria,
            tags: ['tau2', source.domain, expectedChanges ? 'writes' : 'read-only'],
        });
    }
    const agentTools = tools.map((tool) => tool.name);
    files.push(yamlFile('rehearse.yaml', {
        name: `τ² ${source.domain}`,
        simulator: { model: 'gpt-4.1', api_key_env: 'OPENAI_API_KEY' },
        judge: { model: 'gpt-4.1', api_key_env: 'OPENAI_API_KEY' },
        defaults: { agent: 'tau2-agent', profile: 'tau2-db' },
        include: [`${SUITE_DIR}/*.yaml`],
        agents: [
            {
                id: 'tau2-agent',
                type: 'openai',
                model: 'gpt-4.1',
                ...(policy !== undefined ? { system_prompt_file: `${SUITE_DIR}/policy.md` } : {}),
                tools: agentTools,
                profile_context: false,
            },
        ],
    }), ...(policy !== undefined ? [{ path: `${SUITE_DIR}/policy.md`, content: policy }] : []), jsonFile(`${SUITE_DIR}/db.json`, db), { path: `${SUITE_DIR}/${MODULE_FILE}`, content: moduleText }, yamlFile(`${SUITE_DIR}/tools.yaml`, { tools }), yamlFile(`${SUITE_DIR}/tasks.yaml`, {
        profiles: [{ id: 'tau2-db', description: `The ${source.domain} database`, data: {}, state_file: 'db.json' }],
        personas: [{ id: 'tau2-user', role: `a customer of the ${source.domain} service` }],
        scenarios,
        tests,
    }));
    return { files, notes, tests: tasks.length };
}
// ---------------------------------------------------------------- tools
async function toolSpecs(source, tasks, notes) {
    const file = (0,external_node_path_.join)(source.dir, 'tools.json');
    const text = await readText(file);
    if (text !== undefined) {
        const list = JSON.parse(text);
        if (!Array.isArray(list))
            throw new errors/* ConfigurationError */.j1(`${file}: expected a list of tool schemas`);
        return list.map((entry, index) => {
            const fn = (0,state_path/* isRecord */.u4)(entry) && (0,state_path/* isRecord */.u4)(entry.function) ? entry.function : entry;
            if (!(0,state_path/* isRecord */.u4)(fn) || typeof fn.name !== 'string')
                throw new errors/* ConfigurationError */.j1(`${file}: tool ${index} has no name (expected OpenAI function schemas)`);
            return {
                name: fn.name,
                description: typeof fn.description === 'string' ? fn.description : '',
                parameters: (0,state_path/* isRecord */.u4)(fn.parameters) ? fn.parameters : { type: 'object', properties: {} },
            };
        });
    }
    // Without schemas, the tools the tasks' actions name, with the arguments they use.
    notes.push("no tools.json: tools inferred from the tasks' actions, without descriptions or types");
    const byName = new Map();
    for (const task of tasks)
        for (const action of task.evaluation_criteria?.actions ?? []) {
            const keys = byName.get(action.name) ?? new Set();
            Object.keys(action.arguments).forEach((key) => keys.add(key));
            byName.set(action.name, keys);
        }
    return [...byName].map(([name, keys]) => ({
        name,
        description: '',
        parameters: { type: 'object', properties: Object.fromEntries([...keys].map((key) => [key, {}])) },
    }));
}
/**
 * A lookup `get_<thing>_details(<thing>_id)` over a `<thing>s` collection is declared; the port wins when it
 * implements the tool; anything else calls the port.
 */
function toolFor(spec, db, ported) {
    const base = { name: spec.name, description: spec.description, parameters: spec.parameters };
    const lookup = /^get_([a-z]+)_details$/.exec(spec.name);
    const required = Array.isArray(spec.parameters.required) ? spec.parameters.required : [];
    const collection = lookup ? `${lookup[1]}s` : undefined;
    if (!ported.has(spec.name) &&
        lookup &&
        collection &&
        (0,state_path/* isRecord */.u4)(db[collection]) &&
        required.length === 1 &&
        required[0] === `${lookup[1]}_id`) {
        const thing = lookup[1];
        return {
            ...base,
            strategy: 'state',
            state: {
                read: `${collection}[{${required[0]}}]`,
                not_found: `${thing.charAt(0).toUpperCase()}${thing.slice(1)} not found`,
            },
        };
    }
    return { ...base, strategy: 'module', module: { file: MODULE_FILE } };
}
function exportedNames(code) {
    const names = new Set();
    for (const match of code.matchAll(/export\s+(?:async\s+)?(?:function\s*\*?|const|let)\s+([A-Za-z_$][\w$]*)/g))
        names.add(match[1]);
    return names;
}
function stubModule(names) {
    return [
        '// τ² keeps its tools in Python: port each one here. A function gets the arguments and { state }, changes',
        '// `state` in place and returns what the agent sees; a thrown Error is the tool error the agent gets.',
        ...names.map((name) => `export function ${name}() {\n  throw new Error('${name} is not ported to Rehearse yet');\n}`),
        '',
    ].join('\n');
}
async function initialStateOf(task, db, replay, notes, id) {
    const init = task.initial_state;
    const data = init?.initialization_data?.agent_data;
    const actions = init?.initialization_actions ?? [];
    if (!data && actions.length === 0)
        return db;
    let state = data ? deepMerge(db, data) : db;
    if (actions.length > 0) {
        if (!replay)
            notes.push(`${id}: initialization_actions need ${MODULE_FILE}; left out`);
        else
            state = (await runActions(actions, state, replay, notes, id)).state;
    }
    return state;
}
async function criteriaOf(task, initial, replay, notes, id) {
    const evaluation = task.evaluation_criteria ?? {};
    const basis = new Set(evaluation.reward_basis ?? ['DB', 'COMMUNICATE']);
    const gate = (kind) => (basis.has(kind) ? {} : { threshold: 0 });
    const actions = (evaluation.actions ?? []).filter((action) => (action.requestor ?? 'assistant') === 'assistant');
    const criteria = [];
    let expectedChanges = false;
    if (replay) {
        const { changes, writers } = await runActions(actions, initial, replay, notes, id);
        expectedChanges = changes.length > 0;
        for (const change of changes) {
            criteria.push('after' in change
                ? { type: 'state', path: change.path, equals: change.after, ...gate('DB') }
                : { type: 'state', path: change.path, exists: false, ...gate('DB') });
        }
        criteria.push({
            type: 'state_unchanged',
            id: 'nothing-else-changed',
            except: changes.map((change) => change.path),
            ...gate('DB'),
        });
        // The reference actions that wrote: order-free, so the same call with its lists in another order counts.
        actions.forEach((action, index) => {
            if (!writers.has(index) && !basis.has('ACTION'))
                return;
            criteria.push(actionCriterion(action, gate('ACTION')));
        });
    }
    else {
        notes.push(`${id}: no ${MODULE_FILE}: the expected end state is not computed, only the actions are checked`);
        actions.forEach((action) => criteria.push(actionCriterion(action, {})));
    }
    for (const info of evaluation.communicate_info ?? [])
        criteria.push({ type: 'text', contains: info, scope: 'any', ...gate('COMMUNICATE') });
    for (const assertion of evaluation.nl_assertions ?? [])
        criteria.push({ type: 'expected_outcome', outcome: assertion, ...gate('NL_ASSERTION') });
    if ((evaluation.env_assertions ?? []).length > 0)
        notes.push(`${id}: env_assertions are not imported (write them as state criteria)`);
    criteria.push({ type: 'infrastructure' });
    return { criteria, expectedChanges };
}
function actionCriterion(action, gate) {
    const compared = action.compare_args ?? undefined;
    const args = compared
        ? Object.fromEntries(Object.entries(action.arguments).filter(([key]) => compared.includes(key)))
        : action.arguments;
    return {
        type: 'tool_called',
        tool: action.name,
        args,
        args_match: compared ? 'partial' : 'exact',
        list_order: 'any',
        min_times: 1,
        ...gate,
    };
}
/** Replays actions on a copy of `start` with the suite's own tools; which actions wrote, and every change. */
async function runActions(actions, start, replay, notes, id) {
    const state = new tools_state/* TrialState */.sV(start);
    const writers = new Set();
    const signal = new AbortController().signal;
    for (const [index, action] of actions.entries()) {
        const tool = replay.tools.find((candidate) => candidate.name === action.name);
        if (!tool) {
            notes.push(`${id}: action ${action.name} names no tool; skipped`);
            continue;
        }
        const { outcome, changes } = await state.transact((draft) => tool.strategy === 'state' && tool.state
            ? (0,tools_state/* runStateTool */.fP)(tool.state, action.arguments, draft)
            : (0,tools_module/* runModuleTool */.W)(tool.name, { file: replay.moduleFile }, action.arguments, { state: draft, profile: {} }, { timeoutMs: 10_000, signal }));
        if (outcome.error !== undefined)
            notes.push(`${id}: reference action ${action.name} failed: ${outcome.error}`);
        if (changes.length > 0)
            writers.add(index);
    }
    const final = state.snapshot();
    return { state: final, changes: (0,state_path/* diffStates */.oD)(start, final), writers };
}
function scenarioOf(task, id, domain) {
    const instructions = task.user_scenario?.instructions;
    const structured = (0,state_path/* isRecord */.u4)(instructions) ? instructions : undefined;
    const text = (key) => structured && typeof structured[key] === 'string' && structured[key].trim() !== '.'
        ? structured[key]
        : undefined;
    const objective = text('reason_for_call') ?? (typeof instructions === 'string' ? instructions : `a ${domain} task`);
    const lines = [
        task.user_scenario?.persona ? `Who you are: ${task.user_scenario.persona}` : '',
        text('known_info') ? `What you know: ${text('known_info')}` : '',
        text('unknown_info') ? `What you do not know: ${text('unknown_info')}` : '',
        text('task_instructions') ? `How you behave: ${text('task_instructions')}` : '',
        typeof instructions === 'string' ? instructions : '',
    ].filter(Boolean);
    return {
        id,
        type: 'behavioral',
        objective,
        instructions: lines.length > 0 ? lines.join('\n') : objective,
        max_turns: 30,
        tags: ['tau2'],
    };
}
// ---------------------------------------------------------------- files
async function readText(path) {
    return (0,bom/* readTextFile */.Gu)(path).catch(() => undefined);
}
async function firstText(paths) {
    for (const path of paths) {
        const text = await readText(path);
        if (text !== undefined)
            return text;
    }
    return undefined;
}
async function readJson(path, what) {
    const text = await readText(path);
    if (text === undefined)
        throw new errors/* ConfigurationError */.j1(`${path}: the τ² ${what} file is missing`);
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${path}: not valid JSON: ${error instanceof Error ? error.message : ''}`);
    }
}
function deepMerge(base, patch) {
    const out = { ...base };
    for (const [key, value] of Object.entries(patch)) {
        const current = out[key];
        out[key] = (0,state_path/* isRecord */.u4)(current) && (0,state_path/* isRecord */.u4)(value) ? deepMerge(current, value) : value;
    }
    return out;
}
function jsonFile(path, value) {
    return { path, content: `${JSON.stringify(value, null, 2)}\n` };
}
function yamlFile(path, value) {
    const header = '# Imported from τ²-bench by `rehearse import tau2`: edit freely.\n';
    return { path, content: header + (0,dist/* stringify */.As)(value, { lineWidth: 0 }) };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/commands/import.ts
/**
 * `rehearse import tau2 <domain folder or tasks file> [--dir <dir>] [--force]`:
 * writes a Rehearse suite from a τ²-bench domain (docs/tau2.md).
 */





const HELP = `Usage: rehearse import tau2 <domain folder | tasks.json> [--dir <dir>] [--force]

Writes a suite from a τ²-bench domain: db.json becomes the initial state, the
tools (tools.json: their OpenAI schemas; tools.mjs: a JS port of their code)
stateful tools, policy.md the openai agent's system prompt, and each task a
test: the user instructions a behavioral scenario, the expected end state and
actions criteria (see docs/tau2.md).
  --dir <dir>  where to write (default: tau2-<domain>)
  --force      overwrite files that exist (otherwise nothing is written)
`;
async function importCommand(args, io) {
    const { values, positionals } = (0,cli_args/* parseCommandArgs */.Qx)('import', {
        args: [...args],
        options: {
            dir: { type: 'string' },
            force: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
        allowPositionals: true,
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const [format, target] = positionals;
    if (format !== 'tau2' || target === undefined)
        throw new errors/* ConfigurationError */.j1('expected `rehearse import tau2 <domain folder | tasks.json>` (see --help)');
    const source = await locateTau2((0,external_node_path_.resolve)(io.cwd, target));
    const imported = await importTau2(source);
    const dir = (0,external_node_path_.resolve)(io.cwd, values.dir ?? `tau2-${source.domain}`);
    await (0,write_files/* writeNewFiles */.z)(dir, imported.files, values.force, 'import');
    io.stdout(`Imported ${imported.tests} τ² task(s) of '${source.domain}' into ${dir}:\n`);
    for (const file of imported.files)
        io.stdout(`  ${file.path}\n`);
    for (const note of imported.notes)
        io.stdout(`note: ${note}\n`);
    io.stdout(`\nNext:\n  rehearse validate -c ${dir}/rehearse.yaml\n  rehearse run -c ${dir}/rehearse.yaml\n`);
    return 0;
}


/***/ }),

/***/ 7704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ runModuleTool)
/* harmony export */ });
/* unused harmony export loadToolModule */
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Tools implemented in a JS module the suite names: the export is called with
 * the arguments and `{ state, profile }` (the trial's state as a draft it may
 * change), under a time limit. A thrown error, a rejected promise, a missing
 * export or a timeout is the tool's error; only a successful call's writes
 * are kept (see TrialState.transact).
 */

const modules = new Map();
/** Loads (once per process) the module at an absolute path. */
function loadToolModule(file) {
    let loaded = modules.get(file);
    if (!loaded) {
        loaded = __webpack_require__(6902)((0,node_url__WEBPACK_IMPORTED_MODULE_0__.pathToFileURL)(file).href);
        modules.set(file, loaded);
    }
    return loaded;
}
async function runModuleTool(toolName, spec, args, context, limits) {
    let fn;
    try {
        const loaded = await loadToolModule(spec.file);
        fn = loaded[spec.export ?? toolName];
    }
    catch (error) {
        return { error: `tool module ${spec.file} could not be loaded: ${message(error)}` };
    }
    if (typeof fn !== 'function')
        return { error: `tool module ${spec.file} has no function export '${spec.export ?? toolName}'` };
    const timeoutMs = spec.timeout_ms ?? limits.timeoutMs;
    let timer;
    const deadline = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ error: `tool "${toolName}" timed out after ${timeoutMs} ms` }), timeoutMs);
    });
    let stop = () => { };
    const aborted = new Promise((resolve) => {
        stop = () => resolve({ error: `tool "${toolName}" cancelled` });
        if (limits.signal.aborted)
            stop();
        else
            limits.signal.addEventListener('abort', stop, { once: true });
    });
    const call = (async () => {
        try {
            const value = await fn(args, { ...context, tool: toolName });
            // What goes back to the agent is JSON, as from any backend.
            return { output: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
        }
        catch (error) {
            return { error: message(error) };
        }
    })();
    try {
        return await Promise.race([call, deadline, aborted]);
    }
    finally {
        clearTimeout(timer);
        // One listener per call on the trial's signal would pile up over a conversation's tool calls.
        limits.signal.removeEventListener('abort', stop);
    }
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 5795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fP: () => (/* binding */ runStateTool),
/* harmony export */   sV: () => (/* binding */ TrialState)
/* harmony export */ });
/* unused harmony export renderValue */
/* harmony import */ var _util_state_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9765);

class TrialState {
    current;
    constructor(initial) {
        this.current = structuredClone(initial);
    }
    /** The state now (a copy: callers can not change it behind the tools' back). */
    snapshot() {
        return structuredClone(this.current);
    }
    /**
     * Runs `work` on a draft; commits the draft when the outcome is not an error.
     * Returns the outcome and the changes committed.
     */
    async transact(work) {
        const draft = structuredClone(this.current);
        const outcome = await work(draft);
        if (outcome.error !== undefined)
            return { outcome, changes: [] };
        const changes = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .diffStates */ .oD)(this.current, draft);
        this.current = draft;
        return { outcome, changes };
    }
}
/** A tool's failure as the backend says it: the message goes back to the agent. */
class ToolFailure extends Error {
}
/** Runs a declared state tool on the draft. Never throws: a failed condition or a bad path is the tool's error. */
function runStateTool(spec, rawArgs, draft) {
    const args = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(rawArgs) ? rawArgs : {};
    try {
        const found = spec.find !== undefined ? findRecord(spec, args, draft) : undefined;
        let output = found?.record;
        if (spec.read !== undefined) {
            const read = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .getAt */ .sM)(draft, pathOf(spec.read, args));
            if (!read.found)
                throw new ToolFailure(renderText(spec.not_found, args));
            output = structuredClone(read.value);
        }
        for (const condition of spec.require)
            check(condition, args, draft);
        const writes = write(spec, args, draft);
        if (spec.returns === 'key') {
            if (!found)
                throw new ToolFailure('`returns: key` needs `find`');
            output = found.key;
        }
        else if (spec.returns !== undefined) {
            const value = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .getAt */ .sM)(draft, pathOf(spec.returns, args));
            output = value.found ? structuredClone(value.value) : null;
        }
        else if (output === undefined && writes) {
            output = { success: true };
        }
        return { output: output ?? null };
    }
    catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
}
function findRecord(spec, args, draft) {
    const collection = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .getAt */ .sM)(draft, pathOf(spec.find, args));
    const entries = !collection.found
        ? []
        : Array.isArray(collection.value)
            ? collection.value.map((record, index) => [index, record])
            : (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(collection.value)
                ? Object.entries(collection.value)
                : [];
    const where = Object.entries(spec.where ?? {}).map(([field, value]) => [pathOf(field, args), renderValue(value, args)]);
    const same = (actual, expected) => spec.ignore_case && typeof actual === 'string' && typeof expected === 'string'
        ? fold(actual) === fold(expected)
        : looseEqual(actual, expected);
    const hit = entries.find(([, record]) => where.every(([field, expected]) => {
        const actual = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .getAt */ .sM)(record, field);
        return actual.found && same(actual.value, expected);
    }));
    if (!hit)
        throw new ToolFailure(renderText(spec.not_found, args));
    return { key: hit[0], record: structuredClone(hit[1]) };
}
function check(condition, args, draft) {
    const at = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .getAt */ .sM)(draft, pathOf(condition.path, args));
    const fail = () => {
        throw new ToolFailure(renderText(condition.error, args));
    };
    if (condition.exists === true && !at.found)
        fail();
    if (condition.exists === false && at.found)
        fail();
    if (condition.equals !== undefined && !(at.found && looseEqual(at.value, renderValue(condition.equals, args))))
        fail();
    if (condition.one_of !== undefined &&
        !(at.found && condition.one_of.some((option) => looseEqual(at.value, renderValue(option, args)))))
        fail();
}
/** Applies set, append, remove in that order; true when the tool writes at all. */
function write(spec, args, draft) {
    for (const [path, value] of Object.entries(spec.set ?? {}))
        (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .setAt */ .ef)(draft, pathOf(path, args), renderValue(value, args));
    for (const [path, value] of Object.entries(spec.append ?? {}))
        (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .appendAt */ .UH)(draft, pathOf(path, args), renderValue(value, args));
    for (const path of spec.remove ?? []) {
        if (!(0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .removeAt */ .Wq)(draft, pathOf(path, args)))
            throw new ToolFailure(renderText(spec.not_found, args));
    }
    return spec.set !== undefined || spec.append !== undefined || spec.remove !== undefined;
}
/** A path template with the call's arguments filled in. */
function pathOf(template, args) {
    const parsed = (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePathTemplate */ .TD)(template);
    // The loader rejects bad paths; this guards a hand-built suite.
    if (!parsed.ok)
        throw new ToolFailure(`invalid state path: ${parsed.error}`);
    return parsed.segments.map((segment) => {
        if (typeof segment !== 'object')
            return segment;
        const value = args[segment.arg];
        if (value === undefined || value === null || typeof value === 'object')
            throw new ToolFailure(`missing argument '${segment.arg}'`);
        return String(value);
    });
}
const WHOLE_ARG = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
/** `{arg}` but not `{{profile.x}}`. */
const ARG_IN_TEXT = /(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})/g;
/** `"{arg}"` is the argument itself (any type); `{arg}` inside a longer string is its text. */
function renderValue(value, args) {
    if (typeof value === 'string') {
        const whole = WHOLE_ARG.exec(value);
        if (whole)
            return structuredClone(args[whole[1]] ?? null);
        return renderText(value, args);
    }
    if (Array.isArray(value))
        return value.map((item) => renderValue(item, args));
    if ((0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderValue(v, args)]));
    return value;
}
function renderText(text, args) {
    return text.replace(ARG_IN_TEXT, (_, name) => {
        const value = args[name];
        return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    });
}
/** Scalars compare by their text ("1234" from a model matches 1234 in the state); others deeply. */
function looseEqual(actual, expected) {
    const scalar = (value) => value === null || typeof value !== 'object';
    if (scalar(actual) && scalar(expected))
        return String(actual) === String(expected);
    return (0,_util_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .deepEqual */ .bD)(actual, expected);
}
/** Case- and accent-insensitive text, as a person says a name. */
function fold(text) {
    return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}


/***/ }),

/***/ 9765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ parsePath),
/* harmony export */   TD: () => (/* binding */ parsePathTemplate),
/* harmony export */   UH: () => (/* binding */ appendAt),
/* harmony export */   Wq: () => (/* binding */ removeAt),
/* harmony export */   YF: () => (/* binding */ applyChanges),
/* harmony export */   ZN: () => (/* binding */ matchesValue),
/* harmony export */   bD: () => (/* binding */ deepEqual),
/* harmony export */   ef: () => (/* binding */ setAt),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   oD: () => (/* binding */ diffStates),
/* harmony export */   qX: () => (/* binding */ pathCovers),
/* harmony export */   sM: () => (/* binding */ getAt),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/**
 * Paths into a trial's state (plain JSON: records in objects and lists) and
 * the small operations every stage needs on them: read, write, the changes
 * between two states, and "does this value match that JSON subset".
 *
 * Path syntax: `orders["#W1"].items[0].status`; a dotted segment is any run of
 * characters but `.`, `[`, `]`, `{`, `}` (so `users.sara_doe_496` works); a
 * bracket holds a list index or a JSON string. In tool declarations a whole
 * segment may be an argument, `orders[{order_id}]` or `users.{user_id}`.
 */
const DOTTED = /^[^.[\]{}"]+/;
const ARG = /^\{([A-Za-z_][A-Za-z0-9_]*)\}/;
/** Parses a path that may hold `{arg}` segments (tool declarations). */
function parsePathTemplate(text) {
    const segments = [];
    let rest = text.trim();
    if (rest === '' || rest === '$')
        return { ok: true, segments };
    if (rest.startsWith('$'))
        rest = rest.slice(1);
    let first = true;
    while (rest.length > 0) {
        if (rest.startsWith('[')) {
            const close = closingBracket(rest);
            if (close < 0)
                return { ok: false, error: `unclosed "[" in path '${text}'` };
            const inner = rest.slice(1, close).trim();
            const segment = bracketSegment(inner);
            if (segment === undefined)
                return {
                    ok: false,
                    error: `"[${inner}]" in path '${text}' is not a list index, a "quoted key" or an {argument}`,
                };
            segments.push(segment);
            rest = rest.slice(close + 1);
        }
        else {
            if (!first) {
                if (!rest.startsWith('.'))
                    return { ok: false, error: `expected "." or "[" at '${rest}' in path '${text}'` };
                rest = rest.slice(1);
            }
            else if (rest.startsWith('.')) {
                rest = rest.slice(1);
            }
            const arg = ARG.exec(rest);
            const dotted = arg ? undefined : DOTTED.exec(rest);
            if (arg) {
                segments.push({ arg: arg[1] });
                rest = rest.slice(arg[0].length);
            }
            else if (dotted) {
                segments.push(dotted[0]);
                rest = rest.slice(dotted[0].length);
            }
            else {
                return { ok: false, error: `empty or invalid segment at '${rest}' in path '${text}'` };
            }
        }
        first = false;
    }
    return { ok: true, segments };
}
/** A path without arguments (criteria). */
function parsePath(text) {
    const parsed = parsePathTemplate(text);
    if (!parsed.ok)
        return parsed;
    const arg = parsed.segments.find((segment) => typeof segment === 'object');
    if (arg && typeof arg === 'object')
        return {
            ok: false,
            error: `path '${text}' holds the argument {${arg.arg}}: only tool declarations take arguments`,
        };
    return { ok: true, segments: parsed.segments };
}
function closingBracket(text) {
    let inString = false;
    for (let i = 1; i < text.length; i++) {
        const char = text[i];
        if (inString) {
            if (char === '\\')
                i++;
            else if (char === '"')
                inString = false;
        }
        else if (char === '"')
            inString = true;
        else if (char === ']')
            return i;
    }
    return -1;
}
function bracketSegment(inner) {
    if (/^\d+$/.test(inner))
        return Number(inner);
    const arg = ARG.exec(inner);
    if (arg && arg[0].length === inner.length)
        return { arg: arg[1] };
    if (inner.startsWith('"')) {
        try {
            const key = JSON.parse(inner);
            return typeof key === 'string' ? key : undefined;
        }
        catch {
            return undefined;
        }
    }
    if (inner.startsWith("'") && inner.endsWith("'") && inner.length >= 2)
        return inner.slice(1, -1);
    return undefined;
}
/** The path as it is written: `orders["#W1"].items[0]`. */
function formatPath(segments) {
    if (segments.length === 0)
        return '$';
    return segments
        .map((segment, index) => {
        if (typeof segment === 'number')
            return `[${segment}]`;
        if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment))
            return index === 0 ? segment : `.${segment}`;
        return `[${JSON.stringify(segment)}]`;
    })
        .join('');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value at `path`, or `found: false`. A string of digits indexes a list too. */
function getAt(root, path) {
    let current = root;
    for (const segment of path) {
        if (Array.isArray(current)) {
            const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : NaN;
            if (!(index >= 0 && index < current.length))
                return { found: false };
            current = current[index];
        }
        else if (isRecord(current)) {
            const key = String(segment);
            if (!Object.prototype.hasOwnProperty.call(current, key))
                return { found: false };
            current = current[key];
        }
        else {
            return { found: false };
        }
    }
    return { found: true, value: current };
}
/** Sets `value` at `path`, creating objects on the way; throws a readable message for a list index out of range. */
function setAt(root, path, value) {
    if (path.length === 0)
        throw new Error('can not replace the whole state');
    const parent = containerAt(root, path.slice(0, -1), true);
    const last = path[path.length - 1];
    if (Array.isArray(parent)) {
        const index = listIndex(parent, last, formatPath(path), true);
        parent[index] = value;
    }
    else {
        parent[String(last)] = value;
    }
}
/** Appends to the list at `path` (created when absent). */
function appendAt(root, path, value) {
    const found = getAt(root, path);
    if (!found.found)
        return setAt(root, path, [value]);
    if (!Array.isArray(found.value))
        throw new Error(`${formatPath(path)} is not a list`);
    found.value.push(value);
}
/** Removes the key or list item at `path`; false when there was nothing to remove. */
function removeAt(root, path) {
    if (path.length === 0)
        throw new Error('can not remove the whole state');
    if (!getAt(root, path).found)
        return false;
    const parent = containerAt(root, path.slice(0, -1), false);
    const last = path[path.length - 1];
    if (Array.isArray(parent))
        parent.splice(listIndex(parent, last, formatPath(path), false), 1);
    else
        delete parent[String(last)];
    return true;
}
function containerAt(root, path, create) {
    let current = root;
    path.forEach((segment, depth) => {
        let next;
        if (Array.isArray(current))
            next = current[listIndex(current, segment, formatPath(path.slice(0, depth + 1)), false)];
        else
            next = current[String(segment)];
        if (next === undefined && create && !Array.isArray(current)) {
            next = {};
            current[String(segment)] = next;
        }
        if (!isRecord(next) && !Array.isArray(next))
            throw new Error(`${formatPath(path.slice(0, depth + 1))} is not an object or a list`);
        current = next;
    });
    return current;
}
function listIndex(list, segment, shown, allowEnd) {
    const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : NaN;
    if (!(index >= 0 && index < list.length + (allowEnd ? 1 : 0)))
        throw new Error(`${shown}: no such list item`);
    return index;
}
/** What changed from `before` to `after`, down to the leaves of objects (a changed list is one change). */
function diffStates(before, after, path = []) {
    if (deepEqual(before, after))
        return [];
    if (isRecord(before) && isRecord(after)) {
        const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
        return [...keys].flatMap((key) => {
            const inBefore = Object.prototype.hasOwnProperty.call(before, key);
            const inAfter = Object.prototype.hasOwnProperty.call(after, key);
            const at = [...path, key];
            if (!inBefore)
                return [{ path: formatPath(at), after: after[key] }];
            if (!inAfter)
                return [{ path: formatPath(at), before: before[key] }];
            return diffStates(before[key], after[key], at);
        });
    }
    return [{ path: formatPath(path), before, after }];
}
/** `base` with `changes` applied (a copy). */
function applyChanges(base, changes) {
    const copy = structuredClone(isRecord(base) ? base : {});
    for (const change of changes) {
        const parsed = parsePath(change.path);
        if (!parsed.ok)
            continue;
        if (parsed.segments.length === 0)
            return 'after' in change ? structuredClone(change.after) : {};
        if ('after' in change)
            setAt(copy, parsed.segments, structuredClone(change.after));
        else
            removeAt(copy, parsed.segments);
    }
    return copy;
}
/** True when `changed` (a path) is `allowed` or lies inside it, or holds it. */
function pathCovers(allowed, changed) {
    const n = Math.min(allowed.length, changed.length);
    for (let i = 0; i < n; i++)
        if (String(allowed[i]) !== String(changed[i]))
            return false;
    return true;
}
// ---------------------------------------------------------------- matching
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
    if (isRecord(a) && isRecord(b)) {
        const keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
    }
    return false;
}
/** Does `actual` match `expected` under the options (recursively)? */
function matchesValue(actual, expected, options) {
    if (isRecord(expected)) {
        if (!isRecord(actual))
            return false;
        const keys = Object.keys(expected);
        if (!options.partial && keys.length !== Object.keys(actual).length)
            return false;
        return keys.every((key) => Object.prototype.hasOwnProperty.call(actual, key) && matchesValue(actual[key], expected[key], options));
    }
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual) || actual.length !== expected.length)
            return false;
        if (!options.anyOrder)
            return expected.every((item, index) => matchesValue(actual[index], item, options));
        return perfectMatching(actual, expected, options);
    }
    return deepEqual(actual, expected);
}
/** Every expected item matched by a distinct actual item (backtracking: lists in tool arguments are short). */
function perfectMatching(actual, expected, options) {
    const used = new Array(actual.length).fill(false);
    const assign = (index) => {
        if (index === expected.length)
            return true;
        for (let j = 0; j < actual.length; j++) {
            if (used[j] || !matchesValue(actual[j], expected[index], options))
                continue;
            used[j] = true;
            if (assign(index + 1))
                return true;
            used[j] = false;
        }
        return false;
    };
    return assign(0);
}


/***/ }),

/***/ 6902:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 6902;
module.exports = webpackEmptyAsyncContext;

/***/ })

};

export const id = 73;
export const ids = [73];
export const modules = {

/***/ 9142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NA: () => (/* binding */ SCHEMA_LINE),
/* harmony export */   ai: () => (/* binding */ CHECKOUT_ACTION),
/* harmony export */   bX: () => (/* binding */ ACTION_REF)
/* harmony export */ });
/* unused harmony exports MAJOR_TAG, SCHEMA_URL, NPX_COMMAND */
/* harmony import */ var _util_package_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8864);
/** Names shared by everything that writes suite files for a user's repository. */

/** The major tag the release workflow moves with every release (`v1` for 1.x.y): what users pin. */
const MAJOR_TAG = `v${_util_package_js__WEBPACK_IMPORTED_MODULE_0__/* .PACKAGE_VERSION */ .i.split('.')[0]}`;
/** Where the action is published; the README and generated workflows use the same owner. */
const ACTION_REF = `rehearse-dev/rehearse@${MAJOR_TAG}`;
/** The JSON Schema editors load for suite files (yaml-language-server); published with the action's tags. */
const SCHEMA_URL = `https://raw.githubusercontent.com/rehearse-dev/rehearse/${MAJOR_TAG}/schema/rehearse.schema.json`;
const SCHEMA_LINE = `# yaml-language-server: $schema=${SCHEMA_URL}`;
/** How a user runs the CLI without installing it. */
const NPX_COMMAND = (/* unused pure expression or super */ null && (`npx ${PACKAGE_NAME}`));
/** Current majors of the official actions used in generated workflows (all run on node24). */
const CHECKOUT_ACTION = 'actions/checkout@v7';


/***/ }),

/***/ 7136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ authorEndpoint),
/* harmony export */   $e: () => (/* binding */ askModel),
/* harmony export */   HN: () => (/* binding */ askModelReply)
/* harmony export */ });
/* harmony import */ var _llm_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6627);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * The one LLM call the authoring commands make: a system and a user message to
 * the simulator model, through the same client (retries, timeouts) as a run.
 */


function authorEndpoint(flags, command) {
    if (!flags.model)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--model is required: the model that writes scenarios, e.g. --model gpt-4o-mini (see rehearse ${command} --help)`);
    return {
        model: flags.model,
        api_key_env: flags['api-key-env'] ?? 'OPENAI_API_KEY',
        ...(flags['base-url'] ? { base_url: flags['base-url'] } : {}),
    };
}
async function askModel(endpoint, env, messages, json) {
    return (await askModelReply(endpoint, env, messages, json)).text;
}
/** The reply and whether the model was cut off at its output limit (`finish_reason: length`). */
async function askModelReply(endpoint, env, messages, json) {
    const missing = (0,_llm_index_js__WEBPACK_IMPORTED_MODULE_0__/* .missingApiKey */ .uu)(endpoint, env);
    if (missing)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(missing);
    const chat = (0,_llm_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createChatClient */ .ak)({ env, pricing: _llm_index_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILTIN_PRICING */ .V4, callTimeoutMs: 120_000, retries: 2 });
    const result = await chat.complete({
        endpoint,
        messages: [
            { role: 'system', content: messages.system },
            { role: 'user', content: messages.user },
        ],
        json,
    });
    return { text: result.content ?? '', cutOff: result.finishReason === 'length' };
}


/***/ }),

/***/ 620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ DEFAULT_CATEGORIES),
/* harmony export */   qr: () => (/* binding */ behavioralFromTranscriptPrompt),
/* harmony export */   sT: () => (/* binding */ generatePrompt)
/* harmony export */ });
/**
 * What the authoring commands ask the model, in the seed's style: an objective,
 * first-person step-by-step instructions, profile placeholders for test data.
 */
const DEFAULT_CATEGORIES = ['happy-path', 'edge-case', 'red-team'];
function generatePrompt(agentPrompt, count, categories, guidance, tools = []) {
    const guidanceLine = guidance ? `\nAlso: ${guidance}` : '';
    const toolsPart = tools.length > 0
        ? "\nThe agent's tools (propose mock answers for each, using these names and arguments):\n" +
            JSON.stringify(tools, null, 1)
        : '\nIf the system prompt describes tools the agent calls, propose them too, with mock answers.';
    return {
        system: `You write test scenarios for a conversational AI agent. Reply with YAML only, in this shape:
personas:
  - { id: kebab-id, name: ..., role: ..., background: ..., traits: [...] }
profiles:
  - { id: kebab-id, description: ..., data: { first_name: ..., order_id: ... } }
tools:
  - name: snake_case_name
    description: what it does
    parameters: { type: object, properties: { order_id: { type: string } }, required: [order_id] }
    mock:
      mappings:
        - when: { order_id: "{{profile.order_id}}" }
          output: { status: shipped }
      default: { output: { error: not found } }
scenarios:
  - id: kebab-id
    category: one of ${categories.join(', ')}
    persona: a persona id
    profile: a profile id (optional)
    objective: what the simulated user wants, one sentence
    instructions: >-
      First-person, step by step: "You are {{profile.first_name}}. First ... Then ... If the agent ..., ..."
    first_message: the user's opening message
    expected_outcome: what the agent should do
    max_turns: 10
Test data (names, ids, dates, emails) goes in a profile and is written {{profile.key}} in the scenario, never inline.`,
        user: `The agent's system prompt:
"""
${agentPrompt.trim()}
"""
Write ${count} scenarios spread over these categories: ${categories.join(', ')}.${toolsPart}${guidanceLine}`,
    };
}
function behavioralFromTranscriptPrompt(conversation, profileKeys) {
    const placeholders = profileKeys.length > 0 ? profileKeys.map((k) => `{{profile.${k}}}`).join(', ') : '(none)';
    return {
        system: `You turn a recorded conversation into a behavioral test scenario for a simulated user.
Reply with a JSON object:
{"objective": "...", "instructions": "...", "first_message": "...", "expected_outcome": "..."}.
"instructions" are first-person and step by step, in the user's voice:
"You are {{profile.first_name}}. First ... Then ...".
Use these placeholders instead of the values they stand for: ${placeholders}.`,
        user: conversation,
    };
}


/***/ }),

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

/***/ 2073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generateCommand: () => (/* binding */ generateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/author/constants.ts
var constants = __webpack_require__(9142);
// EXTERNAL MODULE: ./src/author/llm.ts
var llm = __webpack_require__(7136);
// EXTERNAL MODULE: ./src/suite/schema.ts + 1 modules
var schema = __webpack_require__(729);
;// CONCATENATED MODULE: ./src/author/proposals.ts
/**
 * Checks what an LLM proposed before anything is written: each persona,
 * profile and behavioral scenario against the suite schemas, every
 * `{{profile.x}}` against the profile it names, every test's references.
 * What fails is dropped with a reason; the rest is kept. Pure.
 */


const SECTIONS = ['personas', 'profiles', 'tools', 'scenarios'];
/**
 * The reply as YAML (a ```yaml fence around it is allowed). A reply that
 * stops mid-line or inside an unclosed fence was cut off (the model's
 * output limit): its complete items are kept, the last item it reached is
 * dropped (it may be incomplete), and `truncated` says so.
 */
function parseReply(reply, cutOffByModel = false) {
    const closed = /```(?:ya?ml)?[^\n]*\n([\s\S]*?)```/i.exec(reply);
    const open = closed ? undefined : /```(?:ya?ml)?[^\n]*\n([\s\S]*)$/i.exec(reply);
    const text = closed ? closed[1] : open ? open[1] : reply;
    if (open || cutOffByModel)
        return salvage(text, cutOffByModel ? "at the model's output limit" : 'its ``` fence is never closed');
    try {
        return { ok: true, value: (0,dist/* parse */.qg)(text, { maxAliasCount: 50 }) };
    }
    catch (error) {
        if (error instanceof dist/* YAMLParseError */.XT) {
            const at = error.linePos?.[0];
            return {
                ok: false,
                reason: `not valid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${error.message.split('\n')[0]}`,
            };
        }
        return { ok: false, reason: `not valid YAML: ${String(error)}` };
    }
}
/** The longest prefix of whole lines that parses, without the last item it reached. */
function salvage(text, why) {
    const lines = text.replace(/\s+$/, '').split('\n');
    for (let n = lines.length - 1; n > 0; n--) {
        const prefix = lines.slice(0, n).join('\n');
        let value;
        try {
            value = (0,dist/* parse */.qg)(prefix, { maxAliasCount: 50 });
        }
        catch {
            continue;
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            continue;
        const root = { ...value };
        // The section the reply was writing when it stopped: the one whose key comes last.
        const last = SECTIONS.map((s) => ({ s, at: prefix.search(new RegExp(`^${s}:`, 'm')) }))
            .filter((x) => x.at >= 0)
            .sort((a, b) => b.at - a.at)[0]?.s;
        let dropped = 'nothing complete was lost';
        if (last && Array.isArray(root[last]) && root[last].length > 0) {
            const items = [...root[last]];
            const item = items.pop();
            const label = typeof item?.id === 'string' ? `'${item.id}'` : typeof item?.name === 'string' ? `'${item.name}'` : '';
            dropped = `dropped the last ${last.replace(/s$/, '')} ${label} (it may be incomplete) and the rest`.replace('  ', ' ');
            root[last] = items;
        }
        const unreached = SECTIONS.filter((s) => !(s in root));
        return {
            ok: true,
            value: root,
            truncated: `the reply was cut off (${why}), after ${n} of ${lines.length} lines: kept what was complete, ${dropped}` +
                (unreached.length > 0 ? `; it never reached ${unreached.join(', ')}` : ''),
        };
    }
    return { ok: false, reason: `cut off (${why}) before any complete part` };
}
/**
 * Every scenario becomes a test (id = scenario id) with the persona and
 * profile the model paired it with. Proposed tools (with their mock answers)
 * are checked against the tool schema; with `given` tools, a proposal keeps
 * the given name, description and parameters and only adds its mock, a tool
 * not given is dropped, and a given tool with no valid proposal gets a mock
 * with no answers (every call says so).
 */
function checkProposals(value, categories, given = []) {
    const dropped = [];
    const root = (typeof value === 'object' && value !== null ? value : {});
    const tools = checkTools(root['tools'], given, dropped);
    const personas = keepValid(root['personas'], schema/* PersonaSchema */.cx, 'persona', dropped);
    const profiles = keepValid(root['profiles'], schema/* ProfileSchema */.DT, 'profile', dropped);
    const personaIds = new Set(personas.map((p) => p.id));
    const profileData = new Map(profiles.map((p) => [p.id, p.data]));
    const scenarios = [];
    const tests = [];
    for (const raw of asArray(root['scenarios'])) {
        const proposed = (raw ?? {});
        const { persona, profile, category, ...scenarioFields } = proposed;
        const label = `scenario ${typeof proposed.id === 'string' ? `'${proposed.id}'` : '(no id)'}`;
        const parsed = schema/* ScenarioSchema */.x6.safeParse({ type: 'behavioral', ...scenarioFields });
        if (!parsed.success) {
            dropped.push({ what: label, reason: firstIssue(parsed.error) });
            continue;
        }
        if (parsed.data.type !== 'behavioral') {
            dropped.push({ what: label, reason: 'only behavioral scenarios are generated' });
            continue;
        }
        if (typeof persona !== 'string' || !personaIds.has(persona)) {
            dropped.push({ what: label, reason: `its persona ${JSON.stringify(persona)} is not one of the kept personas` });
            continue;
        }
        if (profile !== undefined && (typeof profile !== 'string' || !profileData.has(profile))) {
            dropped.push({ what: label, reason: `its profile ${JSON.stringify(profile)} is not one of the kept profiles` });
            continue;
        }
        const text = [parsed.data.instructions, parsed.data.first_message ?? '', parsed.data.objective].join('\n');
        const badRef = unknownProfileRef(text, typeof profile === 'string' ? profileData.get(profile) : undefined);
        if (badRef) {
            dropped.push({ what: label, reason: badRef });
            continue;
        }
        const tag = typeof category === 'string' && categories.includes(category) ? category : undefined;
        scenarios.push({ ...parsed.data, tags: [...new Set([...parsed.data.tags, ...(tag ? [tag] : []), 'generated'])] });
        tests.push({
            id: parsed.data.id,
            persona,
            scenario: parsed.data.id,
            ...(typeof profile === 'string' ? { profile } : {}),
            tags: tag ? [tag, 'generated'] : ['generated'],
            ...(tag === 'red-team' ? { priority: 'high' } : {}),
        });
    }
    // Personas and profiles no kept scenario uses are left out, so the file has no dead entries.
    const usedPersonas = new Set(tests.map((t) => t.persona));
    const usedProfiles = new Set(tests.map((t) => t.profile));
    return {
        personas: personas.filter((p) => usedPersonas.has(p.id)),
        profiles: profiles.filter((p) => usedProfiles.has(p.id)),
        tools,
        scenarios,
        tests,
        dropped,
    };
}
function checkTools(raw, given, dropped) {
    const givenByName = new Map(given.map((t) => [t.name, t]));
    const proposed = asArray(raw).map((item) => {
        const name = item?.name;
        const known = typeof name === 'string' ? givenByName.get(name) : undefined;
        return known ? { ...item, ...known } : item;
    });
    const kept = [];
    for (const item of proposed) {
        const name = item?.name;
        const label = `tool ${typeof name === 'string' ? `'${name}'` : '(no name)'}`;
        const parsed = schema/* ToolSchema */.WK.safeParse(item);
        if (!parsed.success)
            dropped.push({ what: label, reason: firstIssue(parsed.error) });
        else if (given.length > 0 && !givenByName.has(parsed.data.name))
            dropped.push({ what: label, reason: 'not one of the tools given with --tools' });
        else if (kept.some((t) => t['name'] === parsed.data.name))
            dropped.push({ what: label, reason: 'duplicate name' });
        else if (parsed.data.strategy === 'mock' && !parsed.data.mock)
            dropped.push({ what: label, reason: 'no mock answers proposed' });
        else
            kept.push(parsed.data);
    }
    for (const tool of given) {
        if (kept.some((t) => t['name'] === tool.name))
            continue;
        kept.push({
            ...tool,
            mock: { mappings: [], default: { output: { error: `no mock answer was proposed for ${tool.name}` } } },
        });
    }
    return kept;
}
function keepValid(raw, schema, kind, dropped) {
    const kept = [];
    const seen = new Set();
    for (const item of asArray(raw)) {
        const id = item?.id;
        const label = `${kind} ${typeof id === 'string' ? `'${id}'` : '(no id)'}`;
        const parsed = schema.safeParse(item);
        if (!parsed.success)
            dropped.push({ what: label, reason: firstIssue(parsed.error) });
        else if (seen.has(parsed.data.id))
            dropped.push({ what: label, reason: 'duplicate id' });
        else {
            seen.add(parsed.data.id);
            kept.push(parsed.data);
        }
    }
    return kept;
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function firstIssue(error) {
    const issue = error.issues[0];
    if (!issue)
        return 'invalid';
    return `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}
function unknownProfileRef(text, data) {
    for (const match of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        const path = match[1].split('.');
        if (path[0] !== 'profile' || path.length < 2)
            return `'${match[0]}' is not a {{profile.key}} reference`;
        if (!data)
            return `'${match[0]}' is used but the scenario has no profile`;
        if (!(path[1] in data))
            return `'${match[0]}': its profile has no key '${path[1]}'`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/author/prompts.ts
var prompts = __webpack_require__(620);
// EXTERNAL MODULE: ./src/author/write-files.ts
var write_files = __webpack_require__(3586);
// EXTERNAL MODULE: ./src/util/bom.ts
var bom = __webpack_require__(5258);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/number-flags.ts
var number_flags = __webpack_require__(7739);
;// CONCATENATED MODULE: ./src/cli/commands/generate.ts
/**
 * `rehearse generate --from-prompt <file> --count N --model <m>`: an LLM proposes
 * behavioral scenarios (with personas and profiles) across categories; each
 * is checked against the suite schema and only what passes is written.
 */











const DEFAULT_OUT = 'rehearse/generated.yaml';
/** How many scenarios one `generate` asks the model for at most (the bound `--count` always had). */
const MAX_GENERATED = 50;
const HELP = `Usage: rehearse generate --from-prompt <file> --model <model> [--count 6] [options]

Asks a model for behavioral scenarios (with personas, profiles, and tools with
mock answers) that test the agent whose system prompt is in <file>; keeps only
what validates and says what it dropped. A reply cut off by the model's output
limit keeps its complete parts, and says what was dropped. Include the written
file from your rehearse.yaml.
  --from-prompt <file>   the agent's system prompt (or a description of it)
  --count <n>            how many scenarios to ask for (default 6)
  --categories <list>    comma-separated (default ${prompts/* DEFAULT_CATEGORIES */.Bl.join(',')})
  --guidance <text>      extra instructions for the model
  --tools <file>         the agent's tools as OpenAI function schemas (JSON: a list
                         of {"type": "function", "function": {name, description,
                         parameters}} or of {name, description, parameters}); the
                         model proposes mock answers for them. Without it, tools
                         the prompt describes are proposed.
  --model <model>        the model that writes them (OpenAI-compatible)
  --base-url <url>       its base URL (default OPENAI_BASE_URL or OpenAI)
  --api-key-env <name>   environment variable with its key (default OPENAI_API_KEY)
  -o, --output <file>    where to write (default ${DEFAULT_OUT})
  --force                overwrite the output file
`;
async function generateCommand(args, io) {
    const { values } = (0,cli_args/* parseCommandArgs */.Qx)('generate', {
        args: [...args],
        options: {
            'from-prompt': { type: 'string' },
            count: { type: 'string', default: '6' },
            categories: { type: 'string' },
            guidance: { type: 'string' },
            tools: { type: 'string' },
            model: { type: 'string' },
            'base-url': { type: 'string' },
            'api-key-env': { type: 'string' },
            output: { type: 'string', short: 'o', default: DEFAULT_OUT },
            force: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (!values['from-prompt'])
        throw new errors/* ConfigurationError */.j1('--from-prompt <file> is required (see rehearse generate --help)');
    const count = (0,number_flags/* wholeNumberFlag */.ZR)('--count', values.count, { min: 1, max: MAX_GENERATED });
    const categories = values.categories
        ? values.categories
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean)
        : [...prompts/* DEFAULT_CATEGORIES */.Bl];
    const endpoint = (0,llm/* authorEndpoint */.$6)(values, 'generate');
    const promptPath = (0,external_node_path_.resolve)(io.cwd, values['from-prompt']);
    const agentPrompt = await (0,bom/* readTextFile */.Gu)(promptPath).catch(() => {
        throw new errors/* ConfigurationError */.j1(`--from-prompt: cannot read ${values['from-prompt']}`);
    });
    const given = values.tools ? await readTools((0,external_node_path_.resolve)(io.cwd, values.tools), values.tools) : [];
    const reply = await (0,llm/* askModelReply */.HN)(endpoint, io.env, (0,prompts/* generatePrompt */.sT)(agentPrompt, count, categories, values.guidance, given), false);
    const parsed = parseReply(reply.text, reply.cutOff);
    if (!parsed.ok) {
        io.stderr(`rehearse generate: the model's reply is ${parsed.reason}; nothing was written\n`);
        return 1;
    }
    if (parsed.truncated)
        io.stderr(`rehearse generate: ${parsed.truncated}\n`);
    const checked = checkProposals(parsed.value, categories, given);
    for (const d of checked.dropped)
        io.stderr(`dropped ${d.what}: ${d.reason}\n`);
    if (checked.scenarios.length === 0) {
        io.stderr('rehearse generate: no proposed scenario was valid; nothing was written\n');
        return 1;
    }
    const { dropped: _dropped, tools, ...rest } = checked;
    // Key order as a person reads the file; no empty `tools:`.
    const fragment = {
        personas: rest.personas,
        profiles: rest.profiles,
        ...(tools.length > 0 ? { tools } : {}),
        scenarios: rest.scenarios,
        tests: rest.tests,
    };
    const header = `# Generated by \`rehearse generate\` from ${values['from-prompt']}: review before relying on it.`;
    const content = `${constants/* SCHEMA_LINE */.NA}\n${header}\n${(0,dist/* stringify */.As)(fragment, { lineWidth: 0, aliasDuplicateObjects: false })}`;
    await (0,write_files/* writeNewFiles */.z)(io.cwd, [{ path: values.output, content }], values.force, 'generate');
    io.stdout(`Kept ${checked.scenarios.length} scenario${checked.scenarios.length === 1 ? '' : 's'} ` +
        `(${checked.personas.length} personas, ${checked.profiles.length} profiles, ${tools.length} tools), ` +
        `dropped ${checked.dropped.length}; wrote ${values.output}\n`);
    if (tools.length > 0)
        io.stdout(`Give your agent these tools (agents[].tools): ${tools.map((t) => t.name).join(', ')}\n`);
    return 0;
}
/** OpenAI function schemas: `[{type: "function", function: {...}}]`, `{tools: [...]}`, or bare `{name, ...}` items. */
async function readTools(path, shown) {
    const text = await (0,bom/* readTextFile */.Gu)(path).catch(() => {
        throw new errors/* ConfigurationError */.j1(`--tools: cannot read ${shown}`);
    });
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`--tools: ${shown} is not JSON (${error.message})`);
    }
    const list = Array.isArray(parsed) ? parsed : parsed?.tools;
    if (!Array.isArray(list))
        throw new errors/* ConfigurationError */.j1(`--tools: ${shown}: expected a list of OpenAI function schemas or {"tools": [...]}`);
    return list.map((item, i) => {
        const f = (item?.function ?? item);
        if (typeof f?.name !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(f.name))
            throw new errors/* ConfigurationError */.j1(`--tools: ${shown}: tool ${i + 1} has no valid name; expected {"type": "function", "function": {"name": …}}`);
        return {
            name: f.name,
            description: typeof f.description === 'string' ? f.description : '',
            parameters: typeof f.parameters === 'object' && f.parameters !== null
                ? f.parameters
                : { type: 'object', properties: {} },
        };
    });
}


/***/ }),

/***/ 7739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nx: () => (/* binding */ decimalText),
/* harmony export */   Sz: () => (/* binding */ decimalFlag),
/* harmony export */   ZR: () => (/* binding */ wholeNumberFlag),
/* harmony export */   bY: () => (/* binding */ quotedInput)
/* harmony export */ });
/* unused harmony export numberExpectation */
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1976);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9997);
/**
 * The numbers the CLI's flags take (`--runs 5`, `--budget 2.5`, `--alpha 0.05`, `--keep 20`, the 30 of
 * `--older-than 30d`), read one way for every command. `Number(text)` reads much that no one means as a number:
 * '' and '  ' as 0, '0x10' as 16, '1e3', 'Infinity', ' 5 ', '+5', '5.'; and a huge value passes silently. Here a
 * flag's text is plain ASCII digits, with a fraction (`2.5`, `.05`) only where the flag takes one: no sign, no
 * exponent, no hex, no spaces; within an explicit range, every flag with an upper bound. Leading zeros are accepted
 * (`01` is 1: a script that pads numbers means them). Anything else is one ConfigurationError line that names the flag,
 * the range and the text given: "--keep: expected a whole number from 0 to 1,000,000, got '1e300'".
 */



/** ASCII digits only (`\d` without the `u` flag is [0-9]: '٣' and '１' are not digits here). */
const WHOLE = /^[0-9]+$/;
/** Digits with an optional fraction; the integer part may be left out (`.05`), the fraction may not (`5.`). */
const DECIMAL = /^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$/;
/** `text` as a whole number within `range`, or a ConfigurationError naming `flag`. */
function wholeNumberFlag(flag, text, range) {
    return parsed(flag, text, range, WHOLE, 'a whole number');
}
/** `text` as a number within `range`, fractions allowed, or a ConfigurationError naming `flag`. */
function decimalFlag(flag, text, range) {
    return parsed(flag, text, range, DECIMAL, 'a number');
}
/** "a whole number from 0 to 1,000,000", "a number above 0 and below 1", "a number from 0 to 1,000,000 (USD)". */
function numberExpectation(kind, range) {
    const { min, max, minExcluded = false, maxExcluded = false, unit } = range;
    const span = !minExcluded && !maxExcluded
        ? `from ${shown(min)} to ${shown(max)}`
        : `${minExcluded ? 'above' : 'from'} ${shown(min)}${maxExcluded ? ' and below' : ', at most'} ${shown(max)}`;
    return `${kind} ${span}${unit ? ` (${unit})` : ''}`;
}
/**
 * A number written back as a flag's text (`rehearse rerun` passes the recorded budget on): plain digits, as the flags
 * read them, where String() would write a tiny budget as `1e-7`. Beyond 20 decimals it rounds (to 0 at worst).
 */
function decimalText(value) {
    const text = String(value);
    return DECIMAL.test(text) ? text : value.toFixed(20).replace(/\.?0+$/, '');
}
/**
 * The text a user gave, for a message: cut to a readable length, and control characters (a newline pasted into a
 * quoted argument) escaped so that the message stays one line.
 */
function quotedInput(text) {
    const escaped = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `'${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .x)(escaped, 40)}'`;
}
function parsed(flag, text, range, syntax, kind) {
    // Digits only, so Number() reads exactly what is written (a string of 400 digits reads as Infinity: out of range).
    const value = syntax.test(text) ? Number(text) : Number.NaN;
    if (!Number.isNaN(value) && within(value, range))
        return value;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${flag}: expected ${numberExpectation(kind, range)}, got ${quotedInput(text)}`);
}
function within(value, range) {
    const aboveMin = range.minExcluded ? value > range.min : value >= range.min;
    const belowMax = range.maxExcluded ? value < range.max : value <= range.max;
    return aboveMin && belowMax;
}
/** Grouped by hand (formatCount): toLocaleString's first call costs the CLI's start-up ~10 ms. */
function shown(value) {
    return Number.isInteger(value) ? (0,_util_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B)(value) : String(value);
}


/***/ }),

/***/ 9997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ formatMs),
/* harmony export */   x: () => (/* binding */ truncate)
/* harmony export */ });
/** Plain-text helpers shared by the stages that write text for people (the failure digest, the reports). */
/** Cut text to `max` characters (not splitting a surrogate pair), marking the cut. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/** "850 ms", "4.2 s", "3 min 5 s", "1 h 2 min"; "—" when unknown. */
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


/***/ })

};

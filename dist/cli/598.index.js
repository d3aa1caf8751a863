export const id = 598;
export const ids = [598];
export const modules = {

/***/ 9142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NA: () => (/* binding */ SCHEMA_LINE),
/* harmony export */   ai: () => (/* binding */ CHECKOUT_ACTION),
/* harmony export */   bX: () => (/* binding */ ACTION_REF)
/* harmony export */ });
/* unused harmony exports SCHEMA_URL, NPX_COMMAND */
/** Names shared by everything that writes suite files for a user's repository. */

/** Where the action is published; the README and generated workflows use the same owner. */
const ACTION_REF = 'rehearse-dev/rehearse@v1';
/** The JSON Schema editors load for suite files (yaml-language-server); published with the action's tags. */
const SCHEMA_URL = 'https://raw.githubusercontent.com/rehearse-dev/rehearse/v1/schema/rehearse.schema.json';
const SCHEMA_LINE = `# yaml-language-server: $schema=${SCHEMA_URL}`;
/** How a user runs the CLI without installing it. */
const NPX_COMMAND = (/* unused pure expression or super */ null && (`npx ${PACKAGE_NAME}`));
/** Current majors of the official actions used in generated workflows (all run on node24). */
const CHECKOUT_ACTION = 'actions/checkout@v7';


/***/ }),

/***/ 7136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ askModel),
/* harmony export */   s: () => (/* binding */ authorEndpoint)
/* harmony export */ });
/* harmony import */ var _llm_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8095);
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
    return result.content ?? '';
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
function generatePrompt(agentPrompt, count, categories, guidance) {
    const guidanceLine = guidance ? `\nAlso: ${guidance}` : '';
    return {
        system: `You write test scenarios for a conversational AI agent. Reply with YAML only, in this shape:
personas:
  - { id: kebab-id, name: ..., role: ..., background: ..., traits: [...] }
profiles:
  - { id: kebab-id, description: ..., data: { first_name: ..., order_id: ... } }
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
Write ${count} scenarios spread over these categories: ${categories.join(', ')}.${guidanceLine}`,
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

/***/ 1598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scenarioCommand: () => (/* binding */ scenarioCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/author/constants.ts
var constants = __webpack_require__(9142);
// EXTERNAL MODULE: ./src/suite/schema.ts
var schema = __webpack_require__(7141);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/author/profile-values.ts
/**
 * Pulls obvious test data out of what a user said (emails, ids, dates, names)
 * so a scenario says `{{profile.order_id}}` instead of a hard-coded value.
 * Pure and deterministic: the same text always gives the same keys.
 */
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
/** An identifier: letters then digits (A-1001, ORD12345, #48213), the noun before it names the key. */
const IDENTIFIER = new RegExp(String.raw `\b(?:(order|booking|reservation|account|ticket|invoice|case|customer|policy|member)\s+` +
    String.raw `(?:number\s+|id\s+|no\.?\s+)?(?:is\s+)?)?#?([A-Z]{1,4}-?\d{3,}|\d{5,})\b`, 'gi');
const NAME = /\b(?:[Mm]y name is|[Tt]his is|I am|I'm)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/g;
function extractProfileValues(userTexts) {
    const found = new Map();
    const add = (base, value) => {
        if ([...found.values()].includes(value))
            return;
        let key = base;
        for (let n = 2; found.has(key); n++)
            key = `${base}_${n}`;
        found.set(key, value);
    };
    for (const text of userTexts) {
        for (const match of text.matchAll(EMAIL))
            add('email', match[0]);
        for (const match of text.matchAll(ISO_DATE))
            add('date', match[0]);
        for (const match of text.matchAll(IDENTIFIER)) {
            if (/^\d{4}$/.test(match[2]))
                continue;
            add(match[1] ? `${match[1].toLowerCase()}_id` : 'id', match[2]);
        }
        for (const match of text.matchAll(NAME)) {
            const [first, ...rest] = match[1].split(/\s+/);
            add('first_name', first);
            if (rest.length > 0)
                add('last_name', rest.join(' '));
        }
    }
    return [...found].map(([key, value]) => ({ key, value }));
}
/** Replaces each value by its `{{profile.key}}` placeholder (longest first, so no value eats another). */
function templateValues(text, values) {
    let out = text;
    for (const { key, value } of [...values].sort((a, b) => b.value.length - a.value.length)) {
        out = out.split(value).join(`{{profile.${key}}}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/author/from-transcript.ts

/** Agent messages are matched on their last sentence (usually the question the user answered), at most this long. */
const MAX_PATTERN_CHARS = 60;
function scriptedSuiteFromTranscript(transcript, options) {
    const { turns } = transcript;
    const userTexts = turns.filter((t) => t.role === 'user').map((t) => t.text);
    const values = extractProfileValues(userTexts);
    const conditions = [];
    const agentFirst = turns[0].role === 'agent';
    if (agentFirst)
        conditions.push({ id: 0, condition: 'FIRST_MESSAGE', action: '', fixed_message: true });
    turns.forEach((turn, i) => {
        if (turn.role !== 'user')
            return;
        const action = templateValues(turn.text, values);
        const previous = turns
            .slice(0, i)
            .reverse()
            .find((t) => t.role === 'agent');
        if (!previous) {
            if (conditions.length === 0)
                conditions.push({ id: 0, condition: 'FIRST_MESSAGE', action, fixed_message: true });
            return;
        }
        conditions.push({
            id: conditions.length,
            condition: `The agent says: "${oneLine(previous.text)}"`,
            pattern: patternFor(templateless(previous.text)),
            action,
            fixed_message: true,
        });
    });
    if (turns.at(-1).role === 'user') {
        const last = conditions.at(-1);
        last.action = `${String(last.action)} <endcall/>`.trim();
    }
    const userTurns = userTexts.length;
    const calls = turns.flatMap((t) => t.toolCalls);
    const finalAgent = [...turns].reverse().find((t) => t.role === 'agent');
    const id = options.id;
    const scenario = {
        id,
        type: 'scripted',
        match: 'regex',
        description: `Replays a recorded conversation (${transcript.format}, ${turns.length} turns).`,
        // One turn more than recorded, so a reply the recording did not show ends the conversation visibly.
        max_turns: userTurns + 1,
        conditional_actions: { role: 'You are the user of the recorded conversation.', conditions },
    };
    const criteria = uniqueCalls(calls).map((call) => ({
        type: 'tool_called',
        tool: call.name,
        ...(Object.keys(call.arguments).length > 0 ? { args: call.arguments } : {}),
    }));
    criteria.push({ type: 'text', contains: endingFragment(finalAgent.text), scope: 'final' });
    const tools = mockTools(calls);
    // Key order as a person would read the file: who, with what data, which tools, then what happens.
    return {
        ...(options.persona ? {} : { personas: [{ id: `${id}-user`, role: 'The user of a recorded conversation' }] }),
        ...(values.length > 0
            ? {
                profiles: [
                    {
                        id,
                        description: 'Values from the recorded conversation.',
                        data: Object.fromEntries(values.map((v) => [v.key, v.value])),
                    },
                ],
            }
            : {}),
        ...(tools.length > 0 ? { tools } : {}),
        scenarios: [scenario],
        tests: [
            {
                id,
                name: `Recorded conversation ${id} still ends the same way`,
                persona: options.persona ?? `${id}-user`,
                scenario: id,
                ...(values.length > 0 ? { profile: id } : {}),
                tags: ['from-transcript'],
                criteria,
            },
        ],
    };
}
function oneLine(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
/** `{{` in an agent message would read as a template; it is rare enough to drop. */
function templateless(text) {
    return text.replace(/\{\{|\}\}/g, '');
}
/** The last sentence (or its tail), regex-escaped, with runs of spaces and digits made loose. */
function patternFor(agentText) {
    const sentences = agentText
        .replace(/\s+/g, ' ')
        .trim()
        .split(/(?<=[.?!])\s+/)
        .filter((s) => s.length > 0);
    let last = sentences.at(-1) ?? agentText;
    if (last.length > MAX_PATTERN_CHARS)
        last = last.slice(last.length - MAX_PATTERN_CHARS).replace(/^\S*\s/, '');
    return last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
/** A distinctive piece of the final agent message: its first sentence without ids or amounts that may vary. */
function endingFragment(text) {
    const first = text
        .replace(/\s+/g, ' ')
        .trim()
        .split(/(?<=[.?!])\s+/)[0] ?? text;
    const words = first.split(' ');
    // The longest run of plain words (no digits, no ids) of the first sentence.
    let best = [];
    let run = [];
    for (const word of words) {
        if (/\d|[$€£]/.test(word)) {
            run = [];
            continue;
        }
        run.push(word);
        if (run.length > best.length)
            best = [...run];
    }
    const phrase = best
        .slice(0, 6)
        .join(' ')
        .replace(/[.,!?:;]+$/, '');
    return phrase.length > 0 ? phrase : first.slice(0, 40);
}
function uniqueCalls(calls) {
    const seen = new Set();
    return calls.filter((call) => {
        const key = `${call.name} ${JSON.stringify(call.arguments)}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** One mock per tool seen: each recorded input answers with its recorded output. */
function mockTools(calls) {
    const byName = new Map();
    for (const call of calls)
        byName.set(call.name, [...(byName.get(call.name) ?? []), call]);
    return [...byName].map(([name, seen]) => ({
        name,
        description: `Recorded from a transcript (${seen.length} call${seen.length === 1 ? '' : 's'}).`,
        parameters: {
            type: 'object',
            properties: Object.fromEntries(argumentNames(seen).map((arg) => [arg.name, { type: arg.type }])),
        },
        mock: {
            mappings: uniqueCalls(seen).map((call) => ({ when: call.arguments, output: call.output ?? {} })),
            default: { fail: { error: 'no recorded answer for these arguments', status: 404 } },
        },
    }));
}
function argumentNames(calls) {
    const types = new Map();
    for (const call of calls) {
        for (const [name, value] of Object.entries(call.arguments)) {
            if (!types.has(name))
                types.set(name, Array.isArray(value)
                    ? 'array'
                    : value === null
                        ? 'null'
                        : typeof value === 'object'
                            ? 'object'
                            : typeof value);
        }
    }
    return [...types].map(([name, type]) => ({ name, type }));
}

// EXTERNAL MODULE: ./src/author/prompts.ts
var prompts = __webpack_require__(620);
;// CONCATENATED MODULE: ./src/author/behavioral-from-transcript.ts
/**
 * A recorded conversation → a behavioral scenario written by a model (objective,
 * first-person step-by-step instructions), with the same profile, tools and
 * test criteria as the scripted path. The model's reply is validated; a reply
 * that is not a usable scenario is an error, never a half-written file.
 */





async function behavioralSuiteFromTranscript(transcript, options, ask) {
    const scripted = scriptedSuiteFromTranscript(transcript, options);
    const values = extractProfileValues(transcript.turns.filter((t) => t.role === 'user').map((t) => t.text));
    const conversation = transcript.turns
        .map((t) => `${t.role === 'user' ? 'User' : 'Agent'}: ${templateValues(t.text, values)}`)
        .join('\n');
    const reply = await ask((0,prompts/* behavioralFromTranscriptPrompt */.qr)(conversation, values.map((v) => v.key)));
    let proposed;
    try {
        proposed = JSON.parse(reply);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the model's reply is not a JSON object; nothing was written. It began: ${JSON.stringify(reply.slice(0, 80))}`);
    }
    const userTurns = transcript.turns.filter((t) => t.role === 'user').length;
    const parsed = schema/* ScenarioSchema */.x6.safeParse({
        max_turns: userTurns + 2,
        ...proposed,
        id: options.id,
        type: 'behavioral',
    });
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* ConfigurationError */.j1(`the model's scenario is not valid (${issue?.path.join('.')}: ${issue?.message}); nothing was written`);
    }
    const known = new Set(values.map((v) => v.key));
    const scenario = parsed.data;
    for (const match of `${scenario.instructions}\n${scenario.first_message ?? ''}`.matchAll(/\{\{\s*profile\.(\w+)[^}]*\}\}/g)) {
        if (!known.has(match[1]))
            throw new errors/* ConfigurationError */.j1(`the model's scenario uses {{profile.${match[1]}}}, which the transcript has no value for; nothing was written`);
    }
    // Keep only the deterministic criteria (tool calls); the ending of a free conversation is judged by expected_outcome.
    const tests = scripted.tests.map((t) => ({
        ...t,
        criteria: t.criteria.filter((c) => c.type === 'tool_called'),
    }));
    return { ...scripted, scenarios: [parsed.data], tests };
}

// EXTERNAL MODULE: ./src/author/llm.ts
var llm = __webpack_require__(7136);
;// CONCATENATED MODULE: ./src/author/transcript.ts
/**
 * Reads a recorded conversation in one of three shapes into plain turns:
 * - OpenAI chat messages as JSON (an array, or an object with `messages`);
 * - JSON lines, one message per line (`role` user/assistant/agent/tool);
 * - plain text, `User:` / `Agent:` (or `Assistant:`) lines, and optional
 *   `Tool: name {args} -> {output}` lines for the agent's tool calls.
 * Every mistake names file:line and what was expected.
 */

function parseTranscript(text, file) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new errors/* ConfigurationError */.j1(`${file}:1:1: the transcript is empty`);
    if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !isJsonLines(trimmed))) {
        let parsed;
        try {
            parsed = JSON.parse(trimmed);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${file}:1:1: not valid JSON (${error.message}); expected OpenAI chat messages`);
        }
        const messages = Array.isArray(parsed) ? parsed : parsed.messages;
        if (!Array.isArray(messages))
            throw new errors/* ConfigurationError */.j1(`${file}:1:1: expected an array of chat messages or an object with "messages"`);
        return finish('openai-json', fromMessages(messages.map((m, i) => ({ message: m, where: `${file}: message ${i + 1}` }))), file);
    }
    if (trimmed.startsWith('{')) {
        const lines = text.split('\n');
        const messages = lines.flatMap((line, i) => {
            if (line.trim() === '')
                return [];
            try {
                return [{ message: JSON.parse(line), where: `${file}:${i + 1}:1` }];
            }
            catch (error) {
                throw new errors/* ConfigurationError */.j1(`${file}:${i + 1}:1: not a JSON object (${error.message}); expected one message per line`);
            }
        });
        return finish('jsonl', fromMessages(messages), file);
    }
    return finish('text', fromText(text, file), file);
}
function isJsonLines(text) {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    return lines.length > 1 && lines.every((line) => line.trim().startsWith('{') && line.trim().endsWith('}'));
}
function finish(format, turns, file) {
    if (!turns.some((t) => t.role === 'user'))
        throw new errors/* ConfigurationError */.j1(`${file}:1:1: the transcript has no user turn`);
    if (!turns.some((t) => t.role === 'agent'))
        throw new errors/* ConfigurationError */.j1(`${file}:1:1: the transcript has no agent turn`);
    return { format, turns };
}
/** Chat messages → turns: assistant tool calls are joined with the `tool` results and the reply that follows. */
function fromMessages(messages) {
    const turns = [];
    let pending = [];
    for (const { message, where } of messages) {
        if (typeof message !== 'object' || message === null)
            throw new errors/* ConfigurationError */.j1(`${where}: expected an object with "role" and "content"`);
        const m = message;
        const content = contentText(m.content);
        if (m.role === 'system' || m.role === 'developer')
            continue;
        if (m.role === 'user') {
            turns.push({ role: 'user', text: content, toolCalls: [] });
        }
        else if (m.role === 'assistant' || m.role === 'agent') {
            for (const call of m.tool_calls ?? [])
                pending.push(toolCallOf(call, where));
            if (content.trim() !== '') {
                turns.push({ role: 'agent', text: content, toolCalls: pending.map(({ id: _id, ...call }) => call) });
                pending = [];
            }
        }
        else if (m.role === 'tool') {
            const target = pending.find((call) => call.id === m.tool_call_id) ?? pending.find((call) => call.output === undefined);
            if (target)
                target.output = parseMaybeJson(content);
        }
        else {
            throw new errors/* ConfigurationError */.j1(`${where}: unknown role ${JSON.stringify(m.role)}; expected user, assistant, tool or system`);
        }
    }
    return turns;
}
function toolCallOf(call, where) {
    const name = call.function?.name ?? call.name;
    if (!name)
        throw new errors/* ConfigurationError */.j1(`${where}: a tool call has no function name`);
    const raw = call.function?.arguments ?? call.arguments ?? {};
    const args = typeof raw === 'string' ? parseMaybeJson(raw) : raw;
    if (typeof args !== 'object' || args === null || Array.isArray(args)) {
        throw new errors/* ConfigurationError */.j1(`${where}: the arguments of tool call '${name}' are not a JSON object`);
    }
    return { name, arguments: args, ...(call.id ? { id: call.id } : {}) };
}
function contentText(content) {
    if (typeof content === 'string')
        return content;
    // The array form of OpenAI content: keep the text parts.
    if (Array.isArray(content))
        return content.map((part) => part?.text ?? '').join('');
    return '';
}
function parseMaybeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
const SPEAKER = /^\s*(user|customer|human|agent|assistant|bot|ai)\s*:\s?(.*)$/i;
const TOOL_LINE = /^\s*tool\s*:\s*([A-Za-z0-9_-]+)\s*(\{.*?\})?\s*(?:->|→)?\s*(.*)$/i;
function fromText(text, file) {
    const turns = [];
    let tools = [];
    text.split('\n').forEach((line, i) => {
        const tool = TOOL_LINE.exec(line);
        if (tool) {
            tools.push({
                name: tool[1],
                arguments: jsonAt(tool[2] ?? '{}', `${file}:${i + 1}`),
                ...(tool[3] ? { output: jsonAt(tool[3], `${file}:${i + 1}`) } : {}),
            });
            return;
        }
        const speaker = SPEAKER.exec(line);
        if (speaker) {
            const role = /^(user|customer|human)$/i.test(speaker[1]) ? 'user' : 'agent';
            turns.push({ role, lines: [speaker[2]], toolCalls: role === 'agent' ? tools : [] });
            if (role === 'agent')
                tools = [];
            return;
        }
        if (line.trim() === '')
            return;
        const current = turns.at(-1);
        if (!current)
            throw new errors/* ConfigurationError */.j1(`${file}:${i + 1}:1: expected a line starting with "User:" or "Agent:"`);
        current.lines.push(line.trim());
    });
    return turns.map((t) => ({ role: t.role, text: t.lines.join('\n').trim(), toolCalls: t.toolCalls }));
}
function jsonAt(text, where) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${where}:1: not valid JSON in a Tool: line (${error.message})`);
    }
}

// EXTERNAL MODULE: ./src/author/write-files.ts
var write_files = __webpack_require__(3586);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/commands/scenario.ts
/**
 * `rehearse scenario from-transcript <file>`: a recorded conversation → a
 * scripted scenario, a profile, mock tools and a test (deterministic), or with
 * --behavioral a behavioral scenario written by a model.
 */











const HELP = `Usage: rehearse scenario from-transcript <file> [options]

Turns a recorded conversation (OpenAI chat messages JSON, JSON lines, or
"User:" / "Agent:" text with optional "Tool: name {args} -> {output}" lines)
into a suite file: a scripted scenario replaying the user's turns, a profile
with the names, ids, dates and emails it found, mock tools answering as
recorded, and a test checking the tool calls and the ending. No LLM.
  --id <id>              id of the scenario and test (default: from the file name)
  --persona <id>         use this persona instead of writing one
  -o, --output <file>    where to write (default rehearse/<id>.yaml)
  --force                overwrite the output file
  --behavioral           let a model write a behavioral scenario instead (needs --model)
  --model <model>, --base-url <url>, --api-key-env <name>   the model for --behavioral
`;
async function scenarioCommand(args, io) {
    const [sub, ...rest] = args;
    if (!sub || sub === '-h' || sub === '--help' || sub === 'help') {
        io.stdout(HELP);
        return sub ? 0 : 2;
    }
    if (sub !== 'from-transcript')
        throw new errors/* ConfigurationError */.j1(`unknown subcommand '${sub}': expected from-transcript (see rehearse scenario --help)`);
    const { values, positionals } = (0,cli_args/* parseCommandArgs */.Q)('scenario', {
        args: rest,
        allowPositionals: true,
        options: {
            id: { type: 'string' },
            persona: { type: 'string' },
            output: { type: 'string', short: 'o' },
            force: { type: 'boolean', default: false },
            behavioral: { type: 'boolean', default: false },
            model: { type: 'string' },
            'base-url': { type: 'string' },
            'api-key-env': { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false },
        },
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors/* ConfigurationError */.j1('expected one transcript file (see rehearse scenario --help)');
    const file = positionals[0];
    const text = await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, file), 'utf8').catch(() => {
        throw new errors/* ConfigurationError */.j1(`cannot read ${file}`);
    });
    const transcript = parseTranscript(text, file);
    const id = values.id ?? idFromFile(file);
    const options = { id, ...(values.persona ? { persona: values.persona } : {}) };
    let fragment;
    if (values.behavioral) {
        const endpoint = (0,llm/* authorEndpoint */.s)(values, 'scenario');
        fragment = await behavioralSuiteFromTranscript(transcript, options, (prompt) => (0,llm/* askModel */.$)(endpoint, io.env, prompt, true));
    }
    else {
        fragment = scriptedSuiteFromTranscript(transcript, options);
    }
    const output = values.output ?? `rehearse/${id}.yaml`;
    const header = `# From ${(0,external_node_path_.basename)(file)} (${transcript.format}) by \`rehearse scenario from-transcript\`.`;
    const content = `${constants/* SCHEMA_LINE */.NA}\n${header}\n${(0,dist/* stringify */.As)(fragment, { lineWidth: 0, aliasDuplicateObjects: false })}`;
    await (0,write_files/* writeNewFiles */.z)(io.cwd, [{ path: output, content }], values.force, 'scenario');
    io.stdout(`Wrote ${values.behavioral ? 'a behavioral' : 'a scripted'} scenario and test '${id}' ` +
        `from ${transcript.turns.length} turns (${transcript.format}) to ${output}\n`);
    return 0;
}
function idFromFile(file) {
    const id = (0,external_node_path_.basename)(file, (0,external_node_path_.extname)(file))
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return id || 'from-transcript';
}


/***/ })

};

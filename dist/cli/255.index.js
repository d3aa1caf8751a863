export const id = 255;
export const ids = [255];
export const modules = {

/***/ 7255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_CONVERSATION_ATTEMPTS: () => (/* binding */ MAX_CONVERSATION_ATTEMPTS),
  STOP_SIGNAL: () => (/* reexport */ STOP_SIGNAL),
  abortEndReason: () => (/* reexport */ abortEndReason),
  budgetExceeded: () => (/* reexport */ budgetExceeded),
  executeTrial: () => (/* binding */ executeTrial),
  expandSpell: () => (/* reexport */ expandSpell)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/engine/agents/protocol.ts
/**
 * The JSON protocol shared by `http` and `command` agents: a turn request,
 * answered by a reply or by a request to run tools (answered with
 * `tool_results`, then read again), bounded in rounds.
 */

/** An agent that keeps asking for tools without ever replying is stuck. */
const MAX_PROTOCOL_TOOL_ROUNDS = 10;
const RESPONSE_EXCERPT = 200;
const AgentRunToolSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    arguments: schemas/* unknown */.L5J().optional(),
    result: schemas/* unknown */.L5J().optional(),
    error: schemas/* string */.YjP().optional(),
});
const AgentResponseSchema = schemas/* union */.KCZ([
    schemas/* object */.Ikc({ reply: schemas/* string */.YjP(), tool_calls: schemas/* array */.YOg(AgentRunToolSchema).optional() }),
    schemas/* object */.Ikc({ call_tools: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), name: schemas/* string */.YjP(), arguments: schemas/* unknown */.L5J() })).min(1) }),
    schemas/* object */.Ikc({ error: schemas/* string */.YjP() }),
]);
async function protocolTurn(exchange, request, deps, signal) {
    let message = {
        type: 'turn',
        session_id: deps.sessionId,
        ...request,
        tools: deps.tools.definitions,
    };
    for (let round = 0; round <= MAX_PROTOCOL_TOOL_ROUNDS; round++) {
        const answer = await exchange(message, signal);
        if (!answer.ok)
            return answer;
        const parsed = AgentResponseSchema.safeParse(answer.value);
        if (!parsed.success) {
            return { ok: false, category: 'infrastructure', message: `the agent's answer is not a valid response: ${excerpt(answer.value)}` };
        }
        const response = parsed.data;
        if ('error' in response)
            return { ok: false, category: 'infrastructure', message: `the agent reported an error: ${response.error}` };
        if ('reply' in response) {
            recordAgentRunTools(response.tool_calls ?? [], deps);
            return { ok: true, reply: response.reply };
        }
        const results = [];
        for (const call of response.call_tools) {
            const outcome = await deps.tools.call(call, signal);
            results.push(outcome.error !== undefined ? { id: call.id, error: outcome.error } : { id: call.id, output: outcome.output });
        }
        message = { type: 'tool_results', session_id: deps.sessionId, results };
    }
    return { ok: false, category: 'infrastructure', message: `the agent asked for tools ${MAX_PROTOCOL_TOOL_ROUNDS + 1} times without replying` };
}
/** Tools the agent ran on its own backend: recorded so tool metrics see them. */
function recordAgentRunTools(calls, deps) {
    calls.forEach((call, index) => {
        deps.recorder.record({
            type: 'tool_call',
            callId: `agent-${index}`,
            name: call.name,
            arguments: call.arguments ?? {},
            ...(call.error !== undefined ? { error: call.error } : { result: call.result }),
            durationMs: 0,
            strategy: 'agent',
        });
    });
}
function excerpt(value) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return (text ?? String(value)).slice(0, RESPONSE_EXCERPT);
}

;// CONCATENATED MODULE: ./src/engine/agents/command.ts
/**
 * `command` agents: one process per trial, one JSON line per protocol message
 * on stdin, one JSON line back on stdout. A crash, a non-JSON line, a timeout
 * or an early exit becomes a failed turn, never an exception.
 *
 * The process runs in its own process group (`detached`): a terminal Ctrl-C
 * reaches Rehearse only, which stops its agents itself, and stopping an agent
 * signals the whole group, so a wrapper's children (`bash -c "node agent.mjs"`)
 * go with it. Stopping never waits without a deadline.
 */


/** How long a process may take to exit after its stdin closes before its group gets SIGTERM. */
const EXIT_GRACE_MS = 500;
/** How long the group gets after SIGTERM before SIGKILL. */
const TERM_GRACE_MS = 500;
/** After SIGKILL: the most we wait for the 'exit' event (a process in uninterruptible sleep can take a moment). */
const KILL_WAIT_MS = 1_000;
/** How often we look whether a signalled group is empty. */
const GROUP_POLL_MS = 20;
/** Stderr kept to explain a crash. */
const STDERR_TAIL_CHARS = 500;
function createCommandAgent(agent, deps) {
    let process_;
    let turnIndex = 0;
    return {
        async turn(messages, signal) {
            process_ ??= new AgentProcess(agent, deps.env);
            const running = process_;
            const exchange = (message, turnSignal) => running.exchange(JSON.stringify(message), agent.timeout_ms, turnSignal);
            const profile = agent.profile_context ? deps.profile : null;
            return protocolTurn(exchange, { turn: turnIndex++, messages, profile }, deps, signal);
        },
        async close() {
            await process_?.stop();
        },
    };
}
class AgentProcess {
    child;
    lines = [];
    partial = '';
    stderrTail = '';
    waiter;
    failure;
    exited;
    stopping;
    constructor(agent, env) {
        const [program, ...args] = agent.command;
        // `node` means the Node running Rehearse, whatever `node` is first on PATH.
        const executable = program === 'node' ? process.execPath : program;
        this.child = (0,external_node_child_process_.spawn)(executable, args, {
            cwd: agent.cwd ?? process.cwd(),
            env: { ...process.env, ...env, ...agent.env },
            stdio: ['pipe', 'pipe', 'pipe'],
            // Its own process group: terminal signals reach Rehearse only, and the group can be killed as a whole.
            detached: true,
        });
        if (this.child.pid !== undefined)
            liveGroups.add(this.child.pid);
        // 'exit', not 'close': a grandchild holding the pipes open must not keep us waiting.
        this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
        this.child.stdout?.setEncoding('utf8').on('data', (chunk) => this.onStdout(chunk));
        this.child.stderr?.setEncoding('utf8').on('data', (chunk) => {
            this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
        });
        this.child.stdin?.on('error', () => { }); // EPIPE after a crash: reported through 'exit'.
        this.child.once('error', (error) => {
            if (this.child.pid === undefined)
                this.stopping = Promise.resolve(); // never started: there is nothing to stop
            this.fail(`could not start ${agent.command.join(' ')}: ${error.message}`);
        });
        // 'close' comes after stdout and stderr are drained: a reply written just before exiting still counts.
        this.child.once('close', (code, signal) => this.fail(`the agent process exited (${signal ?? `code ${code}`})${this.stderrSuffix()}`));
    }
    exchange(line, timeoutMs, signal) {
        if (this.failure)
            return Promise.resolve({ ok: false, category: 'infrastructure', message: this.failure });
        this.lines.length = 0;
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                finish({ ok: false, category: 'timeout', message: `the agent process did not answer within ${timeoutMs} ms` });
                void this.terminate('the agent process was stopped');
            }, timeoutMs);
            const onAbort = () => {
                finish({ ok: false, category: 'cancelled', message: 'cancelled' });
                void this.terminate('the agent process was stopped');
            };
            const finish = (result) => {
                clearTimeout(timer);
                signal.removeEventListener('abort', onAbort);
                this.waiter = undefined;
                resolve(result);
            };
            if (signal.aborted)
                return onAbort();
            signal.addEventListener('abort', onAbort, { once: true });
            this.waiter = finish;
            this.child.stdin?.write(`${line}\n`);
            this.deliver();
        });
    }
    /** Closes stdin, gives the process EXIT_GRACE_MS to exit, then stops its whole group. Bounded; safe to call twice. */
    stop() {
        return this.terminate('the session is closed', EXIT_GRACE_MS);
    }
    /**
     * Ends the process and everything it started: stdin closed, then (after
     * `graceMs`, or at once) SIGTERM to the group, then SIGKILL. Also when the
     * process itself exited: a child it left behind in its group is stopped too.
     */
    terminate(reason, graceMs = 0) {
        this.failure ??= reason;
        this.stopping ??= this.shutDown(graceMs);
        return this.stopping;
    }
    async shutDown(graceMs) {
        const pid = this.child.pid;
        if (pid === undefined)
            return; // never started
        this.child.stdin?.end();
        if (graceMs > 0)
            await Promise.race([this.exited, delay(graceMs)]);
        if (signalGroup(pid, 'SIGTERM'))
            await untilGroupGone(pid, this.exited, TERM_GRACE_MS);
        signalGroup(pid, 'SIGKILL');
        await Promise.race([this.exited, delay(KILL_WAIT_MS)]);
        liveGroups.delete(pid);
        // A process that escaped the group (setsid) may still hold the pipes: they are not ours to wait for.
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        this.child.stdin?.destroy();
    }
    onStdout(chunk) {
        const parts = (this.partial + chunk).split('\n');
        this.partial = parts.pop() ?? '';
        for (const line of parts)
            if (line.trim() !== '')
                this.lines.push(line);
        this.deliver();
    }
    deliver() {
        const line = this.lines.shift();
        if (line === undefined || !this.waiter)
            return;
        try {
            this.waiter({ ok: true, value: JSON.parse(line) });
        }
        catch {
            this.waiter({ ok: false, category: 'infrastructure', message: `the agent printed a line that is not JSON: ${line.slice(0, 200)}` });
        }
    }
    fail(message) {
        this.failure ??= message;
        this.waiter?.({ ok: false, category: 'infrastructure', message: this.failure });
    }
    stderrSuffix() {
        const tail = this.stderrTail.trim();
        return tail ? `: ${tail.split('\n').slice(-3).join(' | ')}` : '';
    }
}
/** Process groups of agents started and not yet stopped: killed if Rehearse exits first, whatever the path (process.exit, an uncaught error). */
const liveGroups = new Set();
process.once('exit', () => {
    for (const pid of liveGroups)
        signalGroup(pid, 'SIGKILL');
});
/** false when the group is empty (or gone). */
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/** Resolves once no process of the group is left (and its leader has exited), or after `maxMs`. */
async function untilGroupGone(pid, exited, maxMs) {
    const deadline = performance.now() + maxMs;
    let leaderExited = false;
    void exited.then(() => (leaderExited = true));
    while (performance.now() < deadline) {
        if (leaderExited && !signalGroup(pid, 0))
            return;
        await delay(GROUP_POLL_MS);
    }
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/engine/http.ts
/** JSON over HTTP with a timeout and the trial's abort signal: used by http agents and passthrough tools. */
const ERROR_BODY_EXCERPT = 200;
/** Never throws: every failure comes back as a categorised message. */
async function postJson(options) {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    try {
        const response = await fetch(options.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
            body: JSON.stringify(options.body),
            signal: AbortSignal.any([options.signal, timeout]),
        });
        const text = await response.text();
        if (!response.ok) {
            return { ok: false, category: 'infrastructure', message: `HTTP ${response.status} from ${options.url}: ${text.slice(0, ERROR_BODY_EXCERPT)}` };
        }
        return { ok: true, value: parseBody(text) };
    }
    catch (error) {
        if (options.signal.aborted)
            return { ok: false, category: 'cancelled', message: 'cancelled' };
        if (timeout.aborted)
            return { ok: false, category: 'timeout', message: `no answer from ${options.url} within ${options.timeoutMs} ms` };
        return { ok: false, category: 'infrastructure', message: `request to ${options.url} failed: ${describe(error)}` };
    }
}
/** JSON when it parses, else the text itself (a passthrough backend may answer plain text). */
function parseBody(text) {
    if (text.trim() === '')
        return null;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
function describe(error) {
    const cause = error instanceof Error ? error.cause : undefined;
    return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

;// CONCATENATED MODULE: ./src/engine/interpolate.ts
/** `${ENV}` in agent URLs, headers and passthrough URLs. */
const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** Throws a one-line Error naming the variable when one is not set. */
function interpolateEnv(text, env) {
    return text.replace(ENV_REFERENCE, (_whole, name) => {
        const value = env[name];
        if (value === undefined)
            throw new Error(`environment variable ${name} is not set (used in "${text}")`);
        return value;
    });
}
function interpolateRecord(record, env) {
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, interpolateEnv(value, env)]));
}

;// CONCATENATED MODULE: ./src/engine/agents/http.ts



function createHttpAgent(agent, deps) {
    let turnIndex = 0;
    return {
        async turn(messages, signal) {
            let url;
            let headers;
            try {
                url = interpolateEnv(agent.url, deps.env);
                headers = interpolateRecord(agent.headers, deps.env);
            }
            catch (error) {
                return { ok: false, category: 'infrastructure', message: error instanceof Error ? error.message : String(error) };
            }
            const exchange = (body, turnSignal) => postJson({ url, headers, body, timeoutMs: agent.timeout_ms, signal: turnSignal });
            const profile = agent.profile_context ? deps.profile : null;
            return protocolTurn(exchange, { turn: turnIndex++, messages, profile }, deps, signal);
        },
        async close() { },
    };
}

// EXTERNAL MODULE: ./src/llm/types.ts
var types = __webpack_require__(7222);
;// CONCATENATED MODULE: ./src/engine/agents/openai.ts
/**
 * `openai` agents: a chat model with a system prompt and tools. Its tool
 * calls are answered by the tool layer and the model is called again, until
 * it replies in words or `max_tool_rounds` is spent.
 */

const CONVERSATION_STARTS = 'A user has just joined the conversation.';
function createOpenAIAgent(agent, deps) {
    const endpoint = {
        model: agent.model,
        api_key_env: agent.api_key_env,
        ...(agent.base_url ? { base_url: agent.base_url } : {}),
        ...(agent.temperature !== undefined ? { temperature: agent.temperature } : {}),
    };
    const preamble = systemMessages(agent, deps.profile);
    return {
        async turn(messages, signal) {
            // The agent speaks first and has no system prompt: chat APIs refuse an empty message list.
            const opening = preamble.length === 0 && messages.length === 0 ? [{ role: 'system', content: CONVERSATION_STARTS }] : [];
            const conversation = [...preamble, ...opening, ...messages];
            try {
                return await replyAfterTools(agent, endpoint, conversation, deps, signal);
            }
            catch (error) {
                if (error instanceof types/* LlmCallError */.i)
                    return { ok: false, category: error.category, message: error.message };
                return { ok: false, category: 'infrastructure', message: error instanceof Error ? error.message : String(error) };
            }
        },
        async close() { },
    };
}
/**
 * The profile is given as caller context, like the data a production system
 * would hand the agent about the person on the line.
 */
function systemMessages(agent, profile) {
    const messages = [];
    if (agent.system_prompt)
        messages.push({ role: 'system', content: agent.system_prompt });
    if (agent.profile_context && Object.keys(profile).length > 0) {
        messages.push({ role: 'system', content: `Context about the user you are talking to:\n${JSON.stringify(profile, null, 2)}` });
    }
    return messages;
}
async function replyAfterTools(agent, endpoint, conversation, deps, signal) {
    const tools = deps.tools.definitions;
    let queuedMs = 0;
    for (let round = 0; round <= agent.max_tool_rounds; round++) {
        const result = await deps.chat.complete({ endpoint, messages: conversation, ...(tools.length ? { tools } : {}), signal });
        deps.recorder.llmCall('agent', endpoint.model, result);
        queuedMs += result.queuedMs ?? 0;
        if (result.toolCalls.length === 0)
            return { ok: true, reply: result.content ?? '', ...(queuedMs > 0 ? { queuedMs } : {}) };
        if (round === agent.max_tool_rounds)
            break;
        conversation.push({ role: 'assistant', content: result.content, tool_calls: result.toolCalls });
        for (const call of result.toolCalls) {
            const outcome = await deps.tools.call(call, signal);
            const content = JSON.stringify(outcome.error !== undefined ? { error: outcome.error } : (outcome.output ?? null));
            conversation.push({ role: 'tool', tool_call_id: call.id, content });
        }
    }
    return {
        ok: false,
        category: 'infrastructure',
        message: `the agent was still calling tools after max_tool_rounds (${agent.max_tool_rounds}) rounds`,
    };
}

;// CONCATENATED MODULE: ./src/engine/agents/index.ts



function openAgentSession(agent, deps) {
    switch (agent.type) {
        case 'openai':
            return createOpenAIAgent(agent, deps);
        case 'http':
            return createHttpAgent(agent, deps);
        case 'command':
            return createCommandAgent(agent, deps);
    }
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/engine/agents/slotted.ts
/**
 * An `http`/`command` agent session under the run's concurrency limit: each
 * turn holds one call slot, as an LLM call would, so the agent's own backend
 * never sees more conversations at once than the limit allows.
 */

function slottedSession(session, slot) {
    return {
        async turn(messages, signal) {
            try {
                const { value, queuedMs } = await slot(() => session.turn(messages, signal), signal);
                // Waiting for the slot is the runner's time, not the agent's latency.
                return value.ok && queuedMs > 0 ? { ...value, queuedMs } : value;
            }
            catch (error) {
                // `turn` never throws: only a cancel while waiting for the slot gets here.
                return { ok: false, category: 'cancelled', message: (0,errors/* errorMessage */.gJ)(error) };
            }
        },
        close: () => session.close(),
    };
}

;// CONCATENATED MODULE: ./src/engine/abort.ts
/**
 * Why a trial's signal was aborted decides its end reason. The runner aborts
 * with a reason whose name contains "Timeout" for the trial timeout
 * (`AbortSignal.timeout()` gives `TimeoutError`); anything else is a
 * cancellation. The runner never aborts a trial for the cost budget (a budget
 * stop only keeps new trials from starting), so `budget` comes only from a
 * caller that aborts with `budgetExceeded()`.
 */
const BUDGET_ERROR = 'BudgetExceededError';
function budgetExceeded(message = 'the cost budget is spent') {
    const error = new Error(message);
    error.name = BUDGET_ERROR;
    return error;
}
function abortEndReason(signal) {
    const reason = signal.reason;
    const name = reason && typeof reason === 'object' && 'name' in reason ? String(reason.name) : String(reason);
    if (/timeout/i.test(name))
        return 'timeout';
    if (name === BUDGET_ERROR || name === 'budget')
        return 'budget';
    return 'cancelled';
}
/** The abort reason's own message when it has one (e.g. the runner's timeout), else a generic one. */
function abortMessage(signal, reason = abortEndReason(signal)) {
    const given = signal.reason;
    if (given instanceof Error && given.message && given.name !== 'AbortError')
        return given.message;
    switch (reason) {
        case 'timeout':
            return 'the trial timed out';
        case 'budget':
            return 'stopped: the cost budget is spent';
        case 'cancelled':
            return 'the run was cancelled';
    }
}

;// CONCATENATED MODULE: ./src/engine/guard.ts
/**
 * The simulator guard: a simulated user that answers as the agent, leaks its
 * instructions, or says nothing has broken the test, not the agent. Such a
 * message is flagged; the engine retries the conversation once, then marks
 * the trial invalid.
 */
/** Things an assistant says, not a customer. */
const ROLE_SWAP_PATTERNS = [
    /\bhow (?:can|may|could) i (?:help|assist) you\b/i,
    /\bis there anything else (?:that )?i can (?:help|assist|do)\b/i,
    /\bas an ai\b/i,
    /\bi(?:'m| am) (?:just )?an? (?:ai|virtual|digital)(?: language model)?(?: assistant)?\b/i,
    /\bi(?:'m| am) (?:just )?an? (?:language model|chatbot)\b/i,
    /\bthank you for (?:calling|contacting|reaching out to) (?:us|our)\b/i,
];
/**
 * A simulated user talking about its own set-up. Kept narrow on purpose:
 * "I was told to call you" or "I'm testing customer service" are things real
 * customers say.
 */
const LEAK_PATTERNS = [
    /\bsystem prompt\b/i,
    /\bmy (?:instructions|objective|persona)\b/i,
    /\b(?:simulated|simulating an?) (?:user|customer|caller)\b/i,
    /\brole-?play(?:ing)?\b/i,
];
/** This many words in a row copied from the instructions is a leak, not a coincidence. */
const LEAK_MIN_SHARED_WORDS = 12;
const DETAIL_EXCERPT = 160;
function inspectUserMessage(content, instructionText, endsConversation) {
    const text = content.trim();
    if (text === '')
        return endsConversation ? undefined : { reason: 'empty_message', detail: 'the simulated user sent an empty message' };
    const swap = ROLE_SWAP_PATTERNS.find((pattern) => pattern.test(text));
    if (swap)
        return { reason: 'role_swap', detail: `answered as the agent: "${guard_excerpt(text)}"` };
    const leak = LEAK_PATTERNS.find((pattern) => pattern.test(text));
    if (leak)
        return { reason: 'instruction_leak', detail: `talked about its instructions: "${guard_excerpt(text)}"` };
    const shared = longestSharedRun(words(text), words(instructionText));
    if (shared >= LEAK_MIN_SHARED_WORDS) {
        return { reason: 'instruction_leak', detail: `repeated ${shared} words of its instructions: "${guard_excerpt(text)}"` };
    }
    return undefined;
}
function words(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}
/** Longest run of consecutive words the two texts share (dynamic programming, one row). */
function longestSharedRun(a, b) {
    let best = 0;
    let previous = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        const current = new Array(b.length + 1).fill(0);
        for (let j = 1; j <= b.length; j++) {
            if (a[i - 1] === b[j - 1]) {
                current[j] = (previous[j - 1] ?? 0) + 1;
                best = Math.max(best, current[j] ?? 0);
            }
        }
        previous = current;
    }
    return best;
}
function guard_excerpt(text) {
    return text.length > DETAIL_EXCERPT ? `${text.slice(0, DETAIL_EXCERPT)}…` : text;
}

;// CONCATENATED MODULE: ./src/engine/conversation.ts
/**
 * The conversation loop: simulated user turn, agent turn (tools included),
 * until the user stops, hangs up, runs out of script or turns, something
 * fails, or the trial's signal is aborted. Never throws: every ending is an
 * end reason plus, for failures, an `error` event.
 */



async function converse(options) {
    const { user, agent, recorder, maxTurns, signal } = options;
    const history = [];
    let turns = 0;
    const finish = (endReason, flag) => ({ endReason, turns, ...(flag ? { flag } : {}) });
    let move = await userMove(() => user.opening(signal), options);
    for (;;) {
        if ('endReason' in move)
            return finish(move.endReason);
        if (move.kind === 'end')
            return finish(move.reason);
        if (move.kind === 'say') {
            if (move.generated) {
                const flag = inspectUserMessage(move.content, user.instructionText, move.end !== undefined);
                if (flag) {
                    recorder.record({ type: 'simulator_flag', reason: flag.reason, detail: flag.detail });
                    return finish('error', flag);
                }
            }
            if (move.content !== '' || !move.end) {
                recorder.record({
                    type: 'user_message',
                    content: move.content,
                    generated: move.generated,
                    ...(move.conditionId !== undefined ? { conditionId: move.conditionId } : {}),
                });
                history.push({ role: 'user', content: move.content });
                turns++;
            }
            if (move.end)
                return finish(move.end);
        }
        if (signal.aborted)
            return finish(aborted(recorder, signal));
        const started = performance.now();
        const outcome = await agent.turn(history, signal);
        if (!outcome.ok) {
            if (signal.aborted)
                return finish(aborted(recorder, signal));
            recorder.record({ type: 'error', source: 'agent', category: outcome.category === 'cancelled' ? 'infrastructure' : outcome.category, message: outcome.message });
            return finish('error');
        }
        // Time spent queued behind the run's concurrency limit is ours, not the agent's.
        const latencyMs = Math.max(0, Math.round(performance.now() - started - (outcome.queuedMs ?? 0)));
        recorder.record({ type: 'agent_message', content: outcome.reply, latencyMs });
        history.push({ role: 'assistant', content: outcome.reply });
        if (turns >= maxTurns)
            return finish('max_turns');
        move = await userMove(() => user.reply(history, signal), options);
    }
}
/** The user's next move, or the end reason when the simulator failed or the trial was aborted. */
async function userMove(next, options) {
    const { recorder, signal } = options;
    if (signal.aborted)
        return { endReason: aborted(recorder, signal) };
    try {
        return await next();
    }
    catch (error) {
        if (signal.aborted)
            return { endReason: aborted(recorder, signal) };
        const category = error instanceof types/* LlmCallError */.i && error.category === 'timeout' ? 'timeout' : 'infrastructure';
        recorder.record({ type: 'error', source: 'simulator', category, message: error instanceof Error ? error.message : String(error) });
        return { endReason: 'error' };
    }
}
function aborted(recorder, signal) {
    const reason = abortEndReason(signal);
    recorder.record({ type: 'error', source: 'runner', category: reason, message: abortMessage(signal, reason) });
    return reason;
}

;// CONCATENATED MODULE: ./src/engine/recorder.ts
class TraceRecorder {
    startedAt;
    list = [];
    totals = { inputTokens: 0, outputTokens: 0, costUsd: 0 };
    constructor(startedAt = performance.now()) {
        this.startedAt = startedAt;
    }
    /** Milliseconds since the trial started. */
    now() {
        return Math.max(0, Math.round(performance.now() - this.startedAt));
    }
    record(event) {
        this.list.push({ ...event, at: this.now() });
    }
    llmCall(role, model, result) {
        this.totals.inputTokens += result.usage.inputTokens;
        this.totals.outputTokens += result.usage.outputTokens;
        this.totals.costUsd += result.usage.costUsd;
        this.record({ type: 'llm_call', role, model, usage: result.usage, durationMs: Math.round(result.durationMs), attempts: result.attempts });
    }
    get events() {
        return this.list;
    }
    get usage() {
        return { ...this.totals };
    }
}

// EXTERNAL MODULE: ./src/suite/ajv.ts
var ajv = __webpack_require__(3199);
;// CONCATENATED MODULE: ./src/engine/tools/arguments.ts

const arguments_ajv = (0,ajv/* createAjv */.g)();
const compiled = new WeakMap();
/** `raw` is JSON text from an openai agent, or an already-parsed value from an http/command agent. */
function parseArguments(raw) {
    if (typeof raw !== 'string')
        return { ok: true, value: raw ?? {} };
    if (raw.trim() === '')
        return { ok: true, value: {} };
    try {
        return { ok: true, value: JSON.parse(raw) };
    }
    catch {
        return { ok: false, value: raw, error: 'invalid arguments: not valid JSON' };
    }
}
/** undefined when the arguments satisfy the tool's schema, else a readable list of what is wrong. */
function validateArguments(tool, value) {
    let validate = compiled.get(tool);
    if (!validate) {
        try {
            validate = arguments_ajv.compile(tool.parameters);
        }
        catch (error) {
            validate = error instanceof Error ? error : new Error(String(error));
        }
        compiled.set(tool, validate);
    }
    if (validate instanceof Error)
        return `the tool's parameter schema is invalid: ${validate.message}`;
    if (validate(value))
        return undefined;
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
    return `invalid arguments: ${problems.join('; ')}`;
}

// EXTERNAL MODULE: ./src/suite/template.ts
var template = __webpack_require__(664);
;// CONCATENATED MODULE: ./src/engine/tools/mock.ts
/**
 * Mock tools: the call is matched against the mappings in order (after
 * `{{profile.x}}` rendering), else the default; a mapping may inject a
 * failure (error payload, status, timeout, delay) instead of an output.
 */

async function answerMock(tool, args, options) {
    const answer = chooseAnswer(tool, args, options.profile);
    if (!answer) {
        return { error: `no mock mapping matches these arguments for tool "${tool.name}" and it has no default` };
    }
    const fail = answer.fail;
    if (fail?.delay_ms)
        await wait(fail.delay_ms, options.signal);
    if (fail?.timeout) {
        await wait(options.timeoutMs, options.signal);
        return { error: `tool "${tool.name}" timed out after ${options.timeoutMs} ms` };
    }
    if (fail?.error !== undefined || fail?.status !== undefined) {
        const status = fail.status !== undefined ? `status ${fail.status}: ` : '';
        return { error: `${status}${fail.error ?? 'error'}` };
    }
    return { output: (0,template/* renderTemplateDeep */.nh)(answer.output ?? null, options.profile) };
}
function chooseAnswer(tool, args, profile) {
    for (const mapping of tool.mock?.mappings ?? []) {
        const when = (0,template/* renderTemplateDeep */.nh)(mapping.when, profile);
        const matched = mapping.match === 'exact' ? sameValue(args, when) : containsValue(args, when);
        if (matched)
            return mapping;
    }
    return tool.mock?.default;
}
/**
 * Scalars compare by their text, so `"1234"` from a model matches `1234` in
 * a mapping (and a profile value rendered into a string matches a number).
 */
function sameValue(actual, expected) {
    if (Array.isArray(expected)) {
        return Array.isArray(actual) && actual.length === expected.length && expected.every((item, i) => sameValue(actual[i], item));
    }
    if (isObject(expected)) {
        if (!isObject(actual))
            return false;
        const keys = Object.keys(expected);
        return keys.length === Object.keys(actual).length && keys.every((key) => sameValue(actual[key], expected[key]));
    }
    if (isObject(actual) || Array.isArray(actual))
        return false;
    return String(actual) === String(expected);
}
/** Partial match: every key of `expected` is present in `actual` with the same value (nested objects partially too). */
function containsValue(actual, expected) {
    if (isObject(expected)) {
        return isObject(actual) && Object.keys(expected).every((key) => key in actual && containsValue(actual[key], expected[key]));
    }
    return sameValue(actual, expected);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function wait(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
    });
}

;// CONCATENATED MODULE: ./src/engine/tools/index.ts




/** A mock `timeout: true` failure fails after this long: long enough to be a real wait, short enough for CI. */
const DEFAULT_MOCK_TIMEOUT_MS = 2_000;
function createToolLayer(tools, options) {
    const offered = tools.filter((tool) => tool.strategy !== 'none');
    const byName = new Map(offered.map((tool) => [tool.name, tool]));
    return {
        definitions: offered.map((tool) => ({ name: tool.name, description: tool.description, parameters: tool.parameters })),
        async call(call, signal) {
            const started = performance.now();
            const tool = byName.get(call.name);
            const parsed = parseArguments(call.arguments);
            const outcome = await answer(tool, call, parsed, options, signal);
            options.recorder.record({
                type: 'tool_call',
                callId: call.id,
                name: call.name,
                arguments: parsed.value,
                ...(outcome.error !== undefined ? { error: outcome.error } : { result: outcome.output }),
                durationMs: Math.round(performance.now() - started),
                strategy: tool?.strategy === 'passthrough' ? 'passthrough' : 'mock',
            });
            return outcome;
        },
    };
}
async function answer(tool, call, parsed, options, signal) {
    if (!tool)
        return { error: `unknown tool "${call.name}"` };
    if (!parsed.ok)
        return { error: parsed.error };
    const invalid = validateArguments(tool, parsed.value);
    if (invalid)
        return { error: invalid };
    if (tool.strategy === 'passthrough')
        return forward(tool, parsed.value, options.env, signal);
    return answerMock(tool, parsed.value, {
        profile: options.profile,
        timeoutMs: options.mockTimeoutMs ?? DEFAULT_MOCK_TIMEOUT_MS,
        signal,
    });
}
/** Passthrough: POST the arguments to the staging backend; its JSON answer is the output. */
async function forward(tool, args, env, signal) {
    const target = tool.passthrough;
    if (!target)
        return { error: `tool "${tool.name}" has strategy passthrough but no passthrough.url` };
    let url;
    let headers;
    try {
        url = interpolateEnv(target.url, env);
        headers = interpolateRecord(target.headers, env);
    }
    catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
    const result = await postJson({ url, headers, body: args, timeoutMs: target.timeout_ms, signal });
    return result.ok ? { output: result.value } : { error: result.message };
}

;// CONCATENATED MODULE: ./src/engine/users/simulator.ts
/** Calls to the simulator model, recorded as `llm_call` events with role `simulator`. */

/** The simulator misbehaved in a way that is not the guard's business (e.g. unparseable JSON). */
class SimulatorError extends Error {
    name = 'SimulatorError';
}
async function askSimulator(deps, messages, signal, json = false) {
    if (!deps.endpoint) {
        throw new types/* LlmCallError */.i('this scenario needs a simulator model and the suite configures none (`simulator:`)', 'infrastructure', 0);
    }
    const result = await deps.chat.complete({ endpoint: deps.endpoint, messages, signal, ...(json ? { json: true } : {}) });
    deps.recorder.llmCall('simulator', deps.endpoint.model, result);
    return result.content ?? '';
}
/** The conversation seen from the simulated user's side: its own lines are `assistant`, the agent's are `user`. */
function flipRoles(history) {
    return history.map((message) => ({ role: message.role === 'user' ? 'assistant' : 'user', content: message.content }));
}

// EXTERNAL MODULE: ./src/suite/tags.ts
var tags = __webpack_require__(8159);
;// CONCATENATED MODULE: ./src/engine/users/tags.ts
/**
 * Text-mode tags inside scripted actions, and the behavioral stop signal.
 *
 * The tag shapes are shared with the loader (src/suite/tags.ts).
 *
 * - `<spell>A1B2</spell>` → `A-1-B-2`: each character of a word joined by "-",
 *   words kept apart by a space (`<spell>Ann Lee</spell>` → `A-n-n L-e-e`).
 * - `<endcall/>` (also `<endcall />`, `< endcall/>`): the text before it is said, then the
 *   simulated user hangs up; text after it is dropped.
 * - `<stop/>`: written by a behavioral simulated user when its objective is met
 *   or cannot be met; text before it is its last message.
 */

const STOP_SIGNAL = '<stop/>';
const STOP = /<stop\s*\/?>/i;
function expandSpell(text) {
    return text.replace((0,tags/* spellPattern */.Bg)(), (_whole, inner) => inner
        .trim()
        .split(/\s+/)
        .map((word) => [...word].join('-'))
        .join(' '));
}
/** The text before `<endcall/>`, and whether the tag was there. */
function splitEndcall(text) {
    const match = (0,tags/* endcallPattern */.AF)().exec(text);
    if (!match)
        return { text: text.trim(), endcall: false };
    return { text: text.slice(0, match.index).trim(), endcall: true };
}
/** The text before the stop signal, and whether the simulator gave it. */
function splitStop(text) {
    const match = STOP.exec(text);
    if (!match)
        return { text: text.trim(), stop: false };
    return { text: text.slice(0, match.index).trim(), stop: true };
}

;// CONCATENATED MODULE: ./src/engine/users/prompts.ts

function personaLines(persona) {
    return [
        `You are ${persona.name ? `${persona.name}, ` : ''}${persona.role}.`,
        persona.background ? `Background: ${persona.background}` : '',
        persona.traits.length ? `Your manner: ${persona.traits.join(', ')}.` : '',
        `Always write in the language with code "${persona.language}".`,
    ].filter(Boolean);
}
function profileLines(profile) {
    if (Object.keys(profile).length === 0)
        return [];
    return ['Your personal data (use it when asked; never invent other values):', JSON.stringify(profile, null, 2)];
}
const RULES = [
    'You are the customer / caller talking to an AI agent. You are NOT the assistant: never offer help, never answer as the agent.',
    'Speak in the first person, one short message at a time, the way a real person types in a chat.',
    'Never mention these instructions, a prompt, a script or that you are simulated.',
];
function behavioralPrompt(persona, objective, instructions, profile) {
    return [
        ...personaLines(persona),
        `Your objective: ${objective}`,
        `How you behave:\n${instructions}`,
        ...profileLines(profile),
        ...RULES,
        `When your objective is met, or it clearly cannot be met, end the conversation by writing ${STOP_SIGNAL} at the very end of your last message (or alone).`,
    ].join('\n\n');
}
function scriptedPrompt(persona, role, profile) {
    return [role, ...personaLines(persona).slice(1), ...profileLines(profile), ...RULES].join('\n\n');
}
function phraseActionInstruction(action) {
    return `Write your next message now. It must do this: ${action}\nReply with the message only.`;
}
const IMPROVISE_INSTRUCTION = `None of your planned actions applies to what the agent just said. Write a brief, natural reply in your role. If the conversation is clearly over, write ${STOP_SIGNAL} instead.`;
function matchConditionPrompt(conditions, agentMessage) {
    return [
        'You classify the latest message of an AI agent in a conversation.',
        'Which of these conditions describes it? Pick the first that applies, or none.',
        JSON.stringify(conditions),
        `The agent's latest message:\n"""${agentMessage}"""`,
        'Answer with a JSON object only: {"condition_id": <the id, or null when none applies>}',
    ].join('\n\n');
}

;// CONCATENATED MODULE: ./src/engine/users/behavioral.ts




function behavioralUser(persona, scenario, profile, deps) {
    const objective = (0,template/* renderTemplate */.Xm)(scenario.objective, profile);
    const instructions = (0,template/* renderTemplate */.Xm)(scenario.instructions, profile);
    const system = behavioralPrompt(persona, objective, instructions, profile);
    return {
        instructionText: [persona.background, objective, instructions].join('\n'),
        async opening() {
            if (scenario.first_message === undefined || scenario.first_message.trim() === '')
                return { kind: 'wait' };
            return { kind: 'say', content: (0,template/* renderTemplate */.Xm)(scenario.first_message, profile), generated: false };
        },
        async reply(history, signal) {
            const text = await askSimulator(deps, [{ role: 'system', content: system }, ...flipRoles(history)], signal);
            const { text: content, stop } = splitStop(text);
            if (stop && content === '')
                return { kind: 'end', reason: 'stop_signal' };
            return { kind: 'say', content, generated: true, ...(stop ? { end: 'stop_signal' } : {}) };
        },
    };
}

// EXTERNAL MODULE: ./src/util/regexp.ts
var regexp = __webpack_require__(6407);
;// CONCATENATED MODULE: ./src/engine/users/scripted.ts




const FIRST_MESSAGE = 'FIRST_MESSAGE';
function scriptedUser(persona, scenario, profile, deps) {
    const { role, conditions } = scenario.conditional_actions;
    const system = scriptedPrompt(persona, (0,template/* renderTemplate */.Xm)(role, profile), profile);
    const fired = new Set();
    const pendingFollowups = [];
    const opener = conditions.find((c) => isFirstMessage(c));
    // Matchers are rendered once: `pattern: "{{profile.name}}|order number"` matches the profile's name, taken literally.
    const standard = conditions.filter((c) => c.type === 'standard' && !isFirstMessage(c)).map((c) => renderMatchers(c, profile));
    async function perform(condition, history, signal) {
        fired.add(condition.id);
        pendingFollowups.push(...conditions.filter((c) => c.type === 'action_followup' && String(c.condition) === String(condition.id)));
        const { text, endcall } = splitEndcall(expandSpell((0,template/* renderTemplate */.Xm)(condition.action, profile)));
        const end = endcall ? { end: 'endcall' } : {};
        if (text === '')
            return endcall ? { kind: 'end', reason: 'endcall' } : { kind: 'wait' };
        if (condition.fixed_message)
            return { kind: 'say', content: text, generated: false, conditionId: condition.id, ...end };
        const phrased = await askSimulator(deps, [...prompt(history), { role: 'system', content: phraseActionInstruction(text) }], signal);
        return { kind: 'say', content: splitStop(phrased).text, generated: true, conditionId: condition.id, ...end };
    }
    function prompt(history) {
        return [{ role: 'system', content: system }, ...flipRoles(history)];
    }
    async function choose(agentMessage, signal) {
        const open = standard.filter((c) => !fired.has(c.id));
        const mode = scenario.match;
        if (mode !== 'llm')
            return open.find((c) => matchesDeterministically(c, agentMessage, mode));
        if (open.length === 0)
            return undefined;
        const question = matchConditionPrompt(open.map((c) => ({ id: c.id, condition: String(c.condition) })), agentMessage);
        const answer = await askSimulator(deps, [{ role: 'system', content: question }], signal, true);
        const id = parseConditionId(answer, open);
        return open.find((c) => c.id === id);
    }
    async function improvise(history, signal) {
        const text = await askSimulator(deps, [...prompt(history), { role: 'system', content: IMPROVISE_INSTRUCTION }], signal);
        const { text: content, stop } = splitStop(text);
        if (stop && content === '')
            return { kind: 'end', reason: 'stop_signal' };
        return { kind: 'say', content, generated: true, ...(stop ? { end: 'stop_signal' } : {}) };
    }
    return {
        instructionText: [role, persona.background, ...conditions.map((c) => String(c.condition))].join('\n'),
        async opening(signal) {
            if (!opener)
                return { kind: 'wait' };
            return perform(opener, [], signal);
        },
        async reply(history, signal) {
            const followup = pendingFollowups.shift();
            if (followup)
                return perform(followup, history, signal);
            const agentMessage = lastAgentMessage(history);
            const condition = await choose(agentMessage, signal);
            if (condition)
                return perform(condition, history, signal);
            if (scenario.match === 'llm')
                return improvise(history, signal);
            return { kind: 'end', reason: 'no_matching_condition' };
        },
    };
}
function renderMatchers(condition, profile) {
    return {
        ...condition,
        ...(condition.pattern === undefined ? {} : { pattern: (0,template/* renderTemplate */.Xm)(condition.pattern, profile, regexp/* escapeRegExp */.N) }),
        ...(condition.keywords === undefined ? {} : { keywords: condition.keywords.map((word) => (0,template/* renderTemplate */.Xm)(word, profile)) }),
    };
}
function isFirstMessage(condition) {
    return String(condition.condition).trim().toUpperCase() === FIRST_MESSAGE;
}
function lastAgentMessage(history) {
    for (let i = history.length - 1; i >= 0; i--)
        if (history[i]?.role === 'assistant')
            return history[i]?.content ?? '';
    return '';
}
/** `regex` mode uses `pattern` (falling back to `keywords`); `keywords` mode the reverse. */
function matchesDeterministically(condition, message, mode) {
    const byPattern = () => (condition.pattern === undefined ? undefined : new RegExp(condition.pattern, 'i').test(message));
    const byKeywords = () => condition.keywords === undefined ? undefined : condition.keywords.some((word) => containsWord(message, word));
    const result = mode === 'regex' ? (byPattern() ?? byKeywords()) : (byKeywords() ?? byPattern());
    return result ?? false;
}
/** Case-insensitive, on word boundaries: "order" matches "your order?" but not "reorder". */
function containsWord(message, word) {
    const escaped = (0,regexp/* escapeRegExp */.N)(word.trim());
    return escaped !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(message);
}
function parseConditionId(answer, open) {
    let parsed;
    try {
        parsed = JSON.parse(answer);
    }
    catch {
        throw new SimulatorError(`the simulator's condition match is not JSON: ${answer.slice(0, 200)}`);
    }
    const id = parsed && typeof parsed === 'object' && 'condition_id' in parsed ? parsed.condition_id : undefined;
    if (id === null)
        return null;
    const numeric = typeof id === 'string' && id.trim() !== '' ? Number(id) : id;
    if (typeof numeric === 'number' && open.some((c) => c.id === numeric))
        return numeric;
    throw new SimulatorError(`the simulator's condition match names no open condition: ${answer.slice(0, 200)}`);
}

;// CONCATENATED MODULE: ./src/engine/index.ts









/** A misbehaving simulator is given one more chance, then the trial is invalid. */
const MAX_CONVERSATION_ATTEMPTS = 2;
const executeTrial = async (trial, ctx) => {
    const startedAt = new Date().toISOString();
    const clock = performance.now();
    if (trial.kind === 'dataset')
        return runDatasetTrial(trial, ctx, startedAt, clock);
    const recorders = [];
    let outcome;
    for (let attempt = 1; attempt <= MAX_CONVERSATION_ATTEMPTS; attempt++) {
        const recorder = new TraceRecorder(clock);
        recorders.push(recorder);
        outcome = await runConversation(trial, ctx, recorder, attempt);
        if (!outcome.flag || ctx.signal.aborted)
            break;
    }
    const final = outcome;
    const flaggedTwice = final.flag !== undefined && recorders.length === MAX_CONVERSATION_ATTEMPTS;
    return {
        events: mergeAttempts(recorders),
        endReason: final.endReason,
        turns: final.turns,
        usage: sumUsage(recorders),
        startedAt,
        durationMs: Math.round(performance.now() - clock),
        attempts: recorders.length,
        ...(flaggedTwice && final.flag ? { invalid: { reason: `simulated user misbehaved twice (${final.flag.reason}): ${final.flag.detail}` } } : {}),
    };
};
async function runConversation(trial, ctx, recorder, attempt) {
    const agent = openSession(trial, ctx, recorder, attempt);
    try {
        return await converse({ user: simulatedUser(trial, ctx, recorder), agent, recorder, maxTurns: trial.scenario.max_turns, signal: ctx.signal });
    }
    finally {
        await agent.close();
    }
}
function simulatedUser(trial, ctx, recorder) {
    const deps = { endpoint: trial.simulator, chat: ctx.chat, recorder };
    return trial.scenario.type === 'behavioral'
        ? behavioralUser(trial.persona, trial.scenario, trial.profile, deps)
        : scriptedUser(trial.persona, trial.scenario, trial.profile, deps);
}
function openSession(trial, ctx, recorder, attempt) {
    const tools = createToolLayer(trial.tools, {
        profile: trial.profile,
        env: ctx.env,
        recorder,
        ...(ctx.mockToolTimeoutMs !== undefined ? { mockTimeoutMs: ctx.mockToolTimeoutMs } : {}),
    });
    const session = openAgentSession(trial.agent, {
        sessionId: attempt === 1 ? trial.id : `${trial.id}~${attempt}`,
        profile: trial.profile,
        tools,
        recorder,
        chat: ctx.chat,
        env: ctx.env,
    });
    // openai agents' calls already hold slots through `chat`; the others' turns are the agent's model calls.
    return trial.agent.type !== 'openai' && ctx.agentSlot ? slottedSession(session, ctx.agentSlot) : session;
}
/** One user turn (the item's input), one agent reply. */
async function runDatasetTrial(trial, ctx, startedAt, clock) {
    const recorder = new TraceRecorder(clock);
    const agent = openSession(trial, ctx, recorder, 1);
    let endReason = 'single_turn';
    try {
        const user = datasetUser(trial.item.input);
        endReason = (await converse({ user, agent, recorder, maxTurns: 1, signal: ctx.signal })).endReason;
        if (endReason === 'max_turns')
            endReason = 'single_turn';
    }
    finally {
        await agent.close();
    }
    return {
        events: recorder.events,
        endReason,
        turns: recorder.events.some((e) => e.type === 'user_message') ? 1 : 0,
        usage: recorder.usage,
        startedAt,
        durationMs: Math.round(performance.now() - clock),
        attempts: 1,
    };
}
function datasetUser(input) {
    return {
        instructionText: '',
        opening: async () => ({ kind: 'say', content: input, generated: false }),
        reply: async () => ({ kind: 'end', reason: 'stop_signal' }),
    };
}
/**
 * Earlier attempts keep only what explains the retry and what it cost (their
 * LLM calls and the guard's flags); the conversation shown is the last one.
 */
function mergeAttempts(recorders) {
    const last = recorders[recorders.length - 1];
    const earlier = recorders.slice(0, -1).flatMap((r) => r.events.filter((e) => e.type === 'llm_call' || e.type === 'simulator_flag'));
    return [...earlier, ...(last?.events ?? [])];
}
function sumUsage(recorders) {
    return recorders.reduce((total, r) => ({
        inputTokens: total.inputTokens + r.usage.inputTokens,
        outputTokens: total.outputTokens + r.usage.outputTokens,
        costUsd: total.costUsd + r.usage.costUsd,
    }), { inputTokens: 0, outputTokens: 0, costUsd: 0 });
}


/***/ })

};

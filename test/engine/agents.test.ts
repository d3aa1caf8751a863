import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { executeTrial } from '../../src/engine/index.js';
import type { AgentTurnRequest, AgentToolResults } from '../../src/engine/types.js';
import type { TraceEvent } from '../../src/model/results.js';
import { startFakeOpenAI } from '../support/fake-openai.js';
import { tempDirSync } from '../support/temp-dir.js';
import { commandAgent, context, contents, conversationTrial, datasetTrial, openaiAgent, realChat } from './support.js';

const AGENT = fileURLToPath(new URL('./fixtures/scripted-agent.mjs', import.meta.url));

/** Two user turns, matched by regex: enough to see an agent fail mid-conversation. */
const SCENARIO = {
  id: 's',
  type: 'scripted',
  match: 'regex',
  conditional_actions: {
    role: 'A customer.',
    conditions: [
      { id: 0, condition: 'FIRST_MESSAGE', action: 'Hello', fixed_message: true },
      { id: 1, condition: 'anything', pattern: '.', action: 'My name is Ann', fixed_message: true },
      { id: 2, condition: 'anything', pattern: '.', action: 'Bye <endcall/>', fixed_message: true },
    ],
  },
};
const LOOKUP = {
  name: 'lookup',
  parameters: { type: 'object', properties: { order_id: { type: 'string' } } },
  mock: { default: { output: { status: 'shipped' } } },
};

function isRunning(pid: number): boolean {
  if (!(pid > 0)) throw new Error(`no process id recorded (${pid})`);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function pidFile(): string {
  return join(tempDirSync('rehearse-agent-'), 'pid');
}

function lastError(events: readonly TraceEvent[]) {
  return events.filter((e) => e.type === 'error').at(-1);
}

describe('command agents', () => {
  it('answers call_tools with tool_results and records tools the agent ran itself', async () => {
    const trial = conversationTrial({
      scenario: SCENARIO,
      agent: commandAgent(AGENT, { env: { MODE: 'tools' } }),
      tools: [LOOKUP],
    });
    const trace = await executeTrial(trial, context());
    expect(contents(trace.events, 'agent_message')[0]).toBe('lookup said {"status":"shipped"}');
    const calls = trace.events.filter((e) => e.type === 'tool_call');
    expect(calls[0]).toMatchObject({
      name: 'lookup',
      arguments: { order_id: 'A-1' },
      result: { status: 'shipped' },
      strategy: 'mock',
    });
    expect(calls[1]).toMatchObject({ name: 'crm_note', result: 'ok', strategy: 'agent' });
    expect(trace.endReason).toBe('endcall');
  });

  it.each([
    ['a crash mid-conversation', 'crash', 5_000, 'infrastructure', /exited \(code 3\): boom: something broke/],
    [
      'a Node crash with a long stack trace, its own message kept',
      'throw',
      5_000,
      'infrastructure',
      /exited \(code 1\): .*Error: database unreachable: ECONNREFUSED 127\.0\.0\.1:5432/,
    ],
    ['a line that is not JSON', 'badjson', 5_000, 'infrastructure', /not JSON: this is not json/],
    ['no answer in time', 'hang', 300, 'timeout', /did not answer within 300 ms/],
  ])('turns %s into an agent error, not a crash of the run', async (_label, mode, timeoutMs, category, message) => {
    const trial = conversationTrial({
      scenario: SCENARIO,
      agent: commandAgent(AGENT, { env: { MODE: mode }, timeout_ms: timeoutMs }),
    });
    const trace = await executeTrial(trial, context());
    expect(trace.endReason).toBe('error');
    expect(lastError(trace.events)).toMatchObject({
      source: 'agent',
      category,
      message: expect.stringMatching(message),
    });
  });

  it('names the error of an agent that dies before its first answer, not the fields printed after it', async () => {
    const missing = join(tempDirSync('rehearse-agent-'), 'agnet.mjs');
    const trial = conversationTrial({ scenario: SCENARIO, agent: commandAgent(missing) });
    const trace = await executeTrial(trial, context());
    expect(trace.endReason).toBe('error');
    // Node prints `Error: Cannot find module …`, then the error's fields (code, requireStack) and a closing brace.
    const message = lastError(trace.events)?.message ?? '';
    expect(message).toContain(`exited (code 1): Error: Cannot find module '${missing}'`);
  });

  it('reports a command that cannot be started', async () => {
    const trial = conversationTrial({
      scenario: SCENARIO,
      agent: { id: 'bot', type: 'command', command: ['/nonexistent/agent-binary'] },
    });
    const trace = await executeTrial(trial, context());
    expect(trace.endReason).toBe('error');
    expect(lastError(trace.events)?.message).toMatch(/could not start \/nonexistent\/agent-binary/);
  });

  it('reports an agent that exits cleanly in the middle of the conversation', async () => {
    const script = fileURLToPath(new URL('./fixtures/one-turn-agent.mjs', import.meta.url));
    const trace = await executeTrial(conversationTrial({ scenario: SCENARIO, agent: commandAgent(script) }), context());
    expect(contents(trace.events, 'agent_message')).toEqual(['only once']);
    expect(trace.endReason).toBe('error');
    expect(lastError(trace.events)?.message).toMatch(/exited \(code 0\)/);
  });

  it('stops the process at the end of the trial', async () => {
    const file = pidFile();
    const trace = await executeTrial(
      conversationTrial({ scenario: SCENARIO, agent: commandAgent(AGENT, { env: { PID_FILE: file } }) }),
      context(),
    );
    expect(trace.endReason).toBe('endcall');
    expect(isRunning(Number(readFileSync(file, 'utf8')))).toBe(false);
  });

  it('stops the process when the trial is cancelled, keeping the events so far', async () => {
    const controller = new AbortController();
    const file = pidFile();
    const trial = conversationTrial({
      scenario: SCENARIO,
      agent: commandAgent(AGENT, { env: { MODE: 'hang', PID_FILE: file }, timeout_ms: 10_000 }),
    });
    // Cancel once the agent process is up and waiting on its first turn.
    const cancelWhenStarted = setInterval(() => {
      if (existsSync(file) && readFileSync(file, 'utf8') !== '') {
        clearInterval(cancelWhenStarted);
        controller.abort();
      }
    }, 10);
    const started = performance.now();
    const trace = await executeTrial(trial, context({ signal: controller.signal }));
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(trace.endReason).toBe('cancelled');
    expect(contents(trace.events, 'user_message')).toEqual(['Hello']);
    expect(isRunning(Number(readFileSync(file, 'utf8')))).toBe(false);
  });

  it('ends with `timeout` when the runner aborts for the trial timeout', async () => {
    const trial = conversationTrial({
      scenario: SCENARIO,
      agent: commandAgent(AGENT, { env: { MODE: 'hang' }, timeout_ms: 10_000 }),
    });
    const trace = await executeTrial(trial, context({ signal: AbortSignal.timeout(100) }));
    expect(trace.endReason).toBe('timeout');
    expect(lastError(trace.events)).toMatchObject({ source: 'runner', category: 'timeout' });
  });

  it('runs a dataset item as one user turn and one reply', async () => {
    const trace = await executeTrial(datasetTrial(commandAgent(AGENT), 'My name is Ann'), context());
    expect(trace.endReason).toBe('single_turn');
    expect(trace.turns).toBe(1);
    expect(contents(trace.events, 'user_message')).toEqual(['My name is Ann']);
    expect(contents(trace.events, 'agent_message')).toEqual(['Thanks. What is your account number?']);
  });
});

/** Whether a process is still alive (a zombie waiting for its reaper is dead). */
function isAlive(pid: number): boolean {
  try {
    // The state follows the command name's ')'.
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').at(-1)?.trim().startsWith('Z');
  } catch {
    return false; // no such process
  }
}

async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms;
  while (isAlive(pid)) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

/** "<pid> <pgid>" written by stubborn-agent.mjs once it runs. */
function grandchild(file: string): { pid: number; pgid: number } {
  const [pid, pgid] = readFileSync(file, 'utf8').split(' ').map(Number);
  return { pid: pid as number, pgid: pgid as number };
}

describe.runIf(existsSync('/proc/self/stat'))('command agents that wrap another process', () => {
  const WRAPPER = fileURLToPath(new URL('./fixtures/wrapper-agent.sh', import.meta.url));
  const wrapper = (extra: Record<string, unknown>) => ({
    id: 'bot',
    type: 'command',
    command: ['bash', WRAPPER],
    timeout_ms: 5_000,
    ...extra,
  });
  /** One user turn, then the user hangs up: the wrapper's child never sees the end of its stdin as a reason to stop. */
  const ONE_TURN = {
    id: 's',
    type: 'scripted',
    match: 'regex',
    conditional_actions: {
      role: 'A customer.',
      conditions: [
        { id: 0, condition: 'FIRST_MESSAGE', action: 'Hello', fixed_message: true },
        { id: 1, condition: 'anything', pattern: '.', action: 'Bye <endcall/>', fixed_message: true },
      ],
    },
  };

  it(
    'ends the trial although the child ignores the end of stdin and SIGTERM, and the child is ' + 'gone afterwards',
    async () => {
      const file = pidFile();
      const started = performance.now();
      const trace = await executeTrial(
        conversationTrial({ scenario: ONE_TURN, agent: wrapper({ env: { PID_FILE: file } }) }),
        context(),
      );
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(trace.endReason).toBe('endcall');
      expect(contents(trace.events, 'agent_message')).toEqual(['What is your name?']);
      expect(await goneWithin(grandchild(file).pid, 1_000)).toBe(true);
    },
    15_000,
  );

  it('ends a hanging wrapper at the trial timeout and leaves no child behind', async () => {
    const file = pidFile();
    const started = performance.now();
    const trial = conversationTrial({
      scenario: ONE_TURN,
      agent: wrapper({ env: { PID_FILE: file, MODE: 'hang' }, timeout_ms: 10_000 }),
    });
    const trace = await executeTrial(trial, context({ signal: AbortSignal.timeout(300) }));
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(trace.endReason).toBe('timeout');
    expect(await goneWithin(grandchild(file).pid, 1_000)).toBe(true);
  }, 15_000);

  it('takes the agent process group down when Rehearse dies of an uncaught error', async () => {
    const file = pidFile();
    const harness = fileURLToPath(new URL('./fixtures/crash-with-agent.ts', import.meta.url));
    const exit = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', harness, WRAPPER, file], { stdio: 'ignore' });
      child.once('exit', (code) => resolve(code));
    });
    expect(exit).not.toBe(0);
    expect(await goneWithin(grandchild(file).pid, 1_000)).toBe(true);
  }, 15_000);

  it('runs the agent in its own process group, so a terminal Ctrl-C reaches Rehearse only', async () => {
    const file = pidFile();
    await executeTrial(
      conversationTrial({ scenario: ONE_TURN, agent: wrapper({ env: { PID_FILE: file } }) }),
      context(),
    );
    const ourGroup = Number(readFileSync('/proc/self/stat', 'utf8').split(')').at(-1)?.trim().split(' ')[2]);
    const agent = grandchild(file);
    expect(agent.pgid).toBeGreaterThan(0);
    expect(agent.pgid).not.toBe(ourGroup);
    // the group is the wrapper's (the agent process Rehearse started), shared by its child
    expect(agent.pgid).not.toBe(agent.pid);
  }, 15_000);
});

describe('http agents', () => {
  let server: ReturnType<typeof createServer> | undefined;
  const received: { body: AgentTurnRequest | AgentToolResults; auth: string | undefined }[] = [];
  afterEach(async () => {
    received.length = 0;
    const running = server;
    server = undefined;
    if (!running) return;
    running.closeAllConnections();
    await new Promise((resolve) => running.close(resolve));
  });

  async function serve(
    answer: (body: AgentTurnRequest | AgentToolResults, res: ServerResponse) => void,
  ): Promise<string> {
    server = createServer((req: IncomingMessage, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        const body = JSON.parse(text) as AgentTurnRequest | AgentToolResults;
        received.push({ body, auth: req.headers.authorization });
        answer(body, res);
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  const json = (res: ServerResponse, value: unknown, status = 200) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));

  it('POSTs the conversation, profile and tools, runs requested tools, and reads the reply', async () => {
    const base = await serve((body, res) => {
      if (body.type === 'tool_results') return json(res, { reply: `status: ${JSON.stringify(body.results[0])}` });
      if (body.turn === 0)
        return json(res, { call_tools: [{ id: 'x1', name: 'lookup', arguments: { order_id: 'A-1' } }] });
      return json(res, { reply: 'Anything else?' });
    });
    const agent = {
      id: 'bot',
      type: 'http',
      url: `${base}/agent?team=\${TEAM}`,
      headers: { authorization: 'Bearer ${AGENT_TOKEN}' },
    };
    const trial = conversationTrial({ scenario: SCENARIO, agent, tools: [LOOKUP], profile: { name: 'Ann' } });
    const trace = await executeTrial(trial, context({ env: { AGENT_TOKEN: 't0k', TEAM: 'support' } }));
    expect(contents(trace.events, 'agent_message')).toEqual([
      'status: {"id":"x1","output":{"status":"shipped"}}',
      'Anything else?',
    ]);
    const first = received[0]!.body as AgentTurnRequest;
    expect(first).toMatchObject({
      type: 'turn',
      session_id: trial.id,
      turn: 0,
      messages: [{ role: 'user', content: 'Hello' }],
      profile: { name: 'Ann' },
    });
    expect(first.tools.map((t) => t.name)).toEqual(['lookup']);
    expect(received[1]!.body).toMatchObject({ type: 'tool_results', session_id: trial.id });
    expect(received.every((r) => r.auth === 'Bearer t0k')).toBe(true);
    expect(trace.endReason).toBe('endcall');
    const latencies = trace.events.flatMap((e) => (e.type === 'agent_message' ? [e.latencyMs] : []));
    expect(latencies.every((ms) => ms >= 0)).toBe(true);
  });

  it.each([
    ['an HTTP 500', (res: ServerResponse) => json(res, { error: 'kaput' }, 500), 5_000, 'infrastructure', /HTTP 500/],
    [
      'a body that is not a response',
      (res: ServerResponse) => json(res, { text: 'hi' }),
      5_000,
      'infrastructure',
      /not a valid response/,
    ],
    [
      'an error the agent reports',
      (res: ServerResponse) => json(res, { error: 'model overloaded' }),
      5_000,
      'infrastructure',
      /reported an error: model overloaded/,
    ],
    ['no answer in time', () => {}, 200, 'timeout', /within 200 ms/],
  ])('records %s as an agent error', async (_label, answer, timeoutMs, category, message) => {
    const base = await serve((_body, res) => answer(res));
    const trial = conversationTrial({
      scenario: SCENARIO,
      agent: { id: 'bot', type: 'http', url: base, timeout_ms: timeoutMs },
    });
    const trace = await executeTrial(trial, context());
    expect(trace.endReason).toBe('error');
    expect(lastError(trace.events)).toMatchObject({
      source: 'agent',
      category,
      message: expect.stringMatching(message),
    });
  });

  it('names the missing variable when ${ENV} is not set', async () => {
    const trial = conversationTrial({
      scenario: SCENARIO,
      agent: { id: 'bot', type: 'http', url: 'http://127.0.0.1:9/${NOPE}' },
    });
    const trace = await executeTrial(trial, context());
    expect(lastError(trace.events)?.message).toMatch(/environment variable NOPE is not set/);
  });
});

describe('openai agents', () => {
  it('records an endpoint that keeps failing as an agent error with the cause', async () => {
    const fake = await startFakeOpenAI({ respond: () => ({ fault: 'server_error', status: 502 }) });
    try {
      const trace = await executeTrial(
        conversationTrial({ scenario: SCENARIO, agent: openaiAgent(fake.baseURL) }),
        context({ chat: realChat() }),
      );
      expect(trace.endReason).toBe('error');
      expect(lastError(trace.events)).toMatchObject({
        source: 'agent',
        category: 'infrastructure',
        message: expect.stringMatching(/HTTP 502.*gave up after 2 attempts/),
      });
      expect(fake.requests).toHaveLength(2);
    } finally {
      await fake.close();
    }
  });
});

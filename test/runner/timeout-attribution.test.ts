/**
 * Whose outage a timed-out trial is, through `rehearse run` against local servers: the part that hung (before its
 * first byte or in the middle of its body), failed and then hung, or was slow, must be the one the circuit breaker
 * stops and the gate names; a slow agent must not make a healthy simulator look hung; a hanging judge is the judge's,
 * and the run still ends. Each scenario's timing leaves a wide margin either side of the rule it exercises
 * (abort.ts HUNG_SHARE: a call in flight for at least half the trial's time, or one that has failed, is blamed).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import type { TraceEvent, TrialResult } from '../../src/model/results.js';
import { readResults } from '../../src/results/index.js';
import { ROLE_TRIP } from '../../src/runner/breaker.js';
import { capturedIO } from '../support/cli-io.js';
import { startFakeOpenAI, type FakeOpenAI, type FakeReply } from '../support/fake-openai.js';
import { tempDir } from '../support/temp-dir.js';

const TESTS = 2;
const RUNS = 3;
const TRIAL_TIMEOUT_MS = 600;
/** Longer than the trial: a call that hangs never fails before the trial's time runs out (defect 1's setting). */
const LONG_CALL_TIMEOUT_MS = 5_000;

/** How one endpoint answers: at once, after a delay, never (before or within its body), or 500s and then never. */
type Behaviour =
  | { readonly kind: 'ok' }
  | { readonly kind: 'slow'; readonly ms: number }
  | { readonly kind: 'hang' }
  | { readonly kind: 'hang_body' }
  | { readonly kind: 'fail_then_hang'; readonly failures: number }
  /** Answers each conversation's first call (the shortest history seen), hangs on every later one. */
  | { readonly kind: 'hang_later' };

const ok: Behaviour = { kind: 'ok' };

interface Scenario {
  readonly agent: Behaviour;
  readonly simulator: Behaviour;
  readonly judge: Behaviour;
  /** A behavioral simulated user (it replies turn after turn), else a scripted one that says bye after one reply. */
  readonly behavioral?: boolean;
  readonly judged?: boolean;
  readonly callTimeoutMs?: number;
  readonly trialTimeoutMs?: number;
  readonly retries?: number;
}

const ANSWERS: Record<string, FakeReply> = {
  'agent-model': { content: 'Hello!' },
  'sim-model': { content: 'Bye then <endcall/>' },
  'judge-model': { content: '{"score": 1, "reason": "greets"}' },
};

const SCRIPTED = `  - id: s
    type: scripted
    match: keywords
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: Hi, fixed_message: true }
        - { id: 1, condition: The agent greets, keywords: [hello], action: "Bye <endcall/>", fixed_message: false }`;
const BEHAVIORAL =
  '  - { id: s, type: behavioral, objective: get help, instructions: Ask for help., first_message: Hi, max_turns: 5 }';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function suiteYaml(baseURL: string, scenario: Scenario, agentLine?: string): string {
  const criteria = scenario.judged ? '[{ type: rubric, rubric: "Greets them." }]' : '[{ type: text, contains: hello }]';
  const tests = Array.from(
    { length: TESTS },
    (_, i) =>
      `  - { id: t${i}, persona: p, scenario: s, runs: ${RUNS}, baseline_metrics: false, criteria: ${criteria} }`,
  ).join('\n');
  return `version: 1
name: attribution
simulator: { model: sim-model, base_url: "${baseURL}" }
judge: { model: judge-model, base_url: "${baseURL}" }
agents:
  - ${agentLine ?? `{ id: bot, type: openai, model: agent-model, base_url: "${baseURL}" }`}
personas:
  - { id: p, role: a customer }
scenarios:
${scenario.behavioral ? BEHAVIORAL : SCRIPTED}
tests:
${tests}
gate: { min_pass_rate: 0.8, fail_on: [regression] }
run:
  concurrency: 3
  retries: ${scenario.retries ?? 2}
  call_timeout_ms: ${scenario.callTimeoutMs ?? LONG_CALL_TIMEOUT_MS}
  trial_timeout_ms: ${scenario.trialTimeoutMs ?? TRIAL_TIMEOUT_MS}
`;
}

describe('whose a timed-out trial is, through rehearse run', () => {
  let dir: string;
  let server: FakeOpenAI;
  let scenario: Scenario = { agent: ok, simulator: ok, judge: ok };
  const served = new Map<string, number>();
  let shortestHistory = Number.POSITIVE_INFINITY;
  beforeAll(async () => {
    dir = await tempDir('rehearse-attribution-');
    server = await startFakeOpenAI({
      respond: async (request) => {
        const role = request.model === 'sim-model' ? 'simulator' : request.model === 'judge-model' ? 'judge' : 'agent';
        const seen = (served.get(role) ?? 0) + 1;
        served.set(role, seen);
        const behaviour = scenario[role];
        switch (behaviour.kind) {
          case 'ok':
            return ANSWERS[request.model] ?? { content: 'Hello!' };
          case 'slow':
            await sleep(behaviour.ms);
            return ANSWERS[request.model] ?? { content: 'Hello!' };
          case 'hang':
          case 'hang_body':
            return { fault: behaviour.kind };
          case 'hang_later':
            shortestHistory = Math.min(shortestHistory, request.messages.length);
            return request.messages.length > shortestHistory ? { fault: 'hang' } : { content: 'Tell me more.' };
          case 'fail_then_hang':
            return seen <= behaviour.failures
              ? { fault: 'server_error', status: 500, message: 'upstream is down' }
              : { fault: 'hang' };
        }
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  async function run(given: Scenario, name: string) {
    scenario = given;
    served.clear();
    shortestHistory = Number.POSITIVE_INFINITY;
    await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(server.baseURL, given));
    const io = capturedIO(dir, {});
    const code = await cli(['run', '-o', `${name}.json`], io);
    const results = await readResults(join(dir, `${name}.json`));
    const gateLine = io
      .text()
      .split('\n')
      .find((line) => line.startsWith('Gate: '));
    return { code, results, gateLine };
  }

  /** Every trial errored, and each one's errors name `source`; the breaker stopped `role` and the gate names it. */
  function expectBlamed(outcome: Awaited<ReturnType<typeof run>>, role: 'agent' | 'simulator' | 'judge') {
    const { code, results, gateLine } = outcome;
    expect(code).toBe(1);
    expect(results.trials).toHaveLength(TESTS * RUNS);
    expect(results.trials.every((trial) => trial.status === 'error')).toBe(true);
    expect(results.infrastructure).toHaveLength(1);
    const entry = results.infrastructure![0]!;
    expect(entry.erroredTrials).toBeGreaterThanOrEqual(ROLE_TRIP);
    if (role === 'agent') {
      expect(entry).toMatchObject({ agent: 'bot' });
      expect(gateLine).toMatch(/^Gate: ❌ infrastructure: agent bot stopped after/);
    } else {
      const model = role === 'simulator' ? 'sim-model' : 'judge-model';
      expect(entry).toMatchObject({ role, model });
      expect(gateLine).toMatch(new RegExp(`^Gate: ❌ infrastructure: ${role} \\(model ${model}\\) stopped after`));
    }
    return results;
  }

  const errorsOf = (trial: TrialResult) =>
    trial.transcript.filter((event): event is Extract<TraceEvent, { type: 'error' }> => event.type === 'error');

  it('a simulator hanging before its first byte, its call timeout longer than the trial: the simulator', async () => {
    const results = expectBlamed(
      await run({ agent: ok, simulator: { kind: 'hang' }, judge: ok }, 'sim-hang'),
      'simulator',
    );
    for (const trial of results.trials) {
      expect(trial.reason).toMatch(
        /^the trial exceeded trial_timeout_ms \(600 ms\) while waiting for the simulator \(model sim-model, no retry so far; its call had run \d+ ms\)$/,
      );
      expect(errorsOf(trial).map((event) => event.source)).toEqual(['simulator']);
    }
  });

  it('a simulator that hangs in a later reply, after healthy exchanges: the simulator', async () => {
    const results = expectBlamed(
      await run({ agent: ok, simulator: { kind: 'hang_later' }, judge: ok, behavioral: true }, 'sim-hang-later'),
      'simulator',
    );
    // The first reply came (two agent turns), the second hung.
    for (const trial of results.trials)
      expect(trial.transcript.filter((event) => event.type === 'agent_message')).toHaveLength(2);
  });

  it('a simulator that hangs mid-body (headers and a first chunk, then nothing): the simulator', async () => {
    expectBlamed(await run({ agent: ok, simulator: { kind: 'hang_body' }, judge: ok }, 'sim-hang-body'), 'simulator');
  });

  it('a simulator that fails and then hangs: the simulator', async () => {
    const results = expectBlamed(
      await run({ agent: ok, simulator: { kind: 'fail_then_hang', failures: 2 }, judge: ok }, 'sim-fail-hang'),
      'simulator',
    );
    // The trials whose call failed first say so; the others, cut in their first attempt, say how long it ran.
    expect(
      results.trials.some((trial) => /; the last failure: HTTP 500: upstream is down\)$/.test(trial.reason ?? '')),
    ).toBe(true);
  });

  it('an agent that hangs before its first byte or mid-body, the simulator healthy: the agent', async () => {
    for (const kind of ['hang', 'hang_body'] as const) {
      const results = expectBlamed(await run({ agent: { kind }, simulator: ok, judge: ok }, `agent-${kind}`), 'agent');
      for (const trial of results.trials)
        expect(errorsOf(trial)).toEqual([
          expect.objectContaining({ source: 'runner', message: 'the trial exceeded trial_timeout_ms (600 ms)' }),
        ]);
    }
  });

  it('a slow agent that used up most of the trial, cut in a healthy simulator call: the agent', async () => {
    // The agent answers after 450 ms; the simulator's healthy call then runs ~150 ms of its 400 before the trial's
    // 600 ms are up: far less than half the trial, so it is no evidence against the simulator.
    const results = expectBlamed(
      await run({ agent: { kind: 'slow', ms: 450 }, simulator: { kind: 'slow', ms: 400 }, judge: ok }, 'agent-slow'),
      'agent',
    );
    for (const trial of results.trials) {
      expect(trial.transcript.filter((event) => event.type === 'agent_message')).toHaveLength(1);
      expect(errorsOf(trial).map((event) => event.source)).toEqual(['runner']);
    }
  });

  it('a slow but healthy simulator and agent within the trial: every trial passes, nothing is stopped', async () => {
    const { code, results } = await run(
      { agent: { kind: 'slow', ms: 100 }, simulator: { kind: 'slow', ms: 200 }, judge: ok, trialTimeoutMs: 3_000 },
      'slow-healthy',
    );
    expect(code).toBe(0);
    expect(results.trials.map((trial) => trial.status)).toEqual(Array.from({ length: TESTS * RUNS }, () => 'pass'));
    expect(results.infrastructure ?? []).toEqual([]);
  });

  for (const kind of ['hang', 'hang_body'] as const) {
    const where = kind === 'hang' ? 'before its first byte' : 'mid-body';
    it(`a judge that hangs ${where}: its call timeout ends each call, the judge is stopped, the run ends`, async () => {
      const started = performance.now();
      const results = expectBlamed(
        await run(
          { agent: ok, simulator: ok, judge: { kind }, judged: true, callTimeoutMs: 300, retries: 1 },
          `judge-${kind}`,
        ),
        'judge',
      );
      for (const trial of results.trials) {
        // The conversation completed (the trial's time does not run while it is judged): the judge's error alone.
        expect(trial.endReason).toBe('endcall');
        expect(errorsOf(trial)).toEqual([
          expect.objectContaining({ source: 'judge', message: expect.stringContaining('no answer within 300 ms') }),
        ]);
      }
      // Two attempts of 300 ms per judged trial, a few at a time: seconds, not the 5-minute default of anything.
      expect(performance.now() - started).toBeLessThan(20_000);
    });
  }
});

describe('an http agent cut by the trial timeout while waiting to retry', () => {
  let agentServer: Server;
  let url: string;
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('rehearse-attribution-http-');
    // Every turn is turned away with a long Retry-After: the trial's time runs out in the wait before the retry.
    agentServer = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.method !== 'POST') return void res.writeHead(200).end('ok');
        res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '30' }).end('deploying');
      });
    });
    await new Promise<void>((resolve) => agentServer.listen(0, '127.0.0.1', resolve));
    url = `127.0.0.1:${(agentServer.address() as AddressInfo).port}/agent`;
  });
  afterAll(async () => {
    agentServer.closeAllConnections();
    await new Promise((resolve) => agentServer.close(resolve));
  });

  it("says it was retrying the agent and why, the URL's credentials left out; the agent is stopped", async () => {
    const withCredentials = `http://ops:hunter2-secret@${url}`;
    const suite = suiteYaml('http://127.0.0.1:1/v1', { agent: ok, simulator: ok, judge: ok }).replace(
      /^ {2}- \{ id: bot, type: openai.*$/m,
      `  - { id: bot, type: http, url: "${withCredentials}" }`,
    );
    await writeFile(join(dir, 'rehearse.yaml'), suite);
    const io = capturedIO(dir, {});
    expect(await cli(['run', '-o', 'http.json'], io)).toBe(1);
    const results = await readResults(join(dir, 'http.json'));
    expect(results.infrastructure).toEqual([expect.objectContaining({ agent: 'bot' })]);
    const expected = `the trial exceeded trial_timeout_ms (600 ms) while retrying agent bot: HTTP 503 from http://${url}`;
    for (const trial of results.trials) expect(trial.reason).toBe(expected);
    expect(io.text()).toContain(`Gate: ❌ infrastructure: agent bot stopped after`);
    expect(io.text()).toContain(expected);
    const written = await readFile(join(dir, 'http.json'), 'utf8');
    expect(written).not.toContain('hunter2');
    expect(written).not.toContain('ops:');
  });
});

describe('a passthrough tool cut by the trial timeout while waiting to retry', () => {
  let backend: Server;
  let url: string;
  let agentServer: FakeOpenAI;
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('rehearse-attribution-tool-');
    // Every call is turned away with a long Retry-After: the trial's time runs out in the wait before the retry.
    backend = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '30' }).end('deploying'));
    });
    await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
    url = `127.0.0.1:${(backend.address() as AddressInfo).port}/orders`;
    // The agent looks the order up before it answers; the simulated user and the judge are never reached after it.
    agentServer = await startFakeOpenAI({
      respond: (request) =>
        request.model === 'agent-model'
          ? { toolCalls: [{ name: 'lookup_order', arguments: { order_id: 'A-1' } }] }
          : (ANSWERS[request.model] ?? { content: 'Hello!' }),
    });
  });
  afterAll(async () => {
    backend.closeAllConnections();
    await new Promise((resolve) => backend.close(resolve));
    await agentServer.close();
  });

  it("names the tool it was retrying and why, without the URL's secrets; the agent is stopped", async () => {
    const tools = `tools:
  - name: lookup_order
    parameters: { type: object, properties: { order_id: { type: string } } }
    strategy: passthrough
    passthrough: { url: "http://ops:hunter2-secret@${url}?key=k-123" }
personas:`;
    const agent =
      `{ id: bot, type: openai, model: agent-model, base_url: "${agentServer.baseURL}", ` + 'tools: [lookup_order] }';
    const suite = suiteYaml(agentServer.baseURL, { agent: ok, simulator: ok, judge: ok }, agent).replace(
      'personas:',
      tools,
    );
    await writeFile(join(dir, 'rehearse.yaml'), suite);
    const io = capturedIO(dir, {});
    expect(await cli(['run', '-o', 'tool.json'], io)).toBe(1);
    const results = await readResults(join(dir, 'tool.json'));
    expect(results.infrastructure).toEqual([expect.objectContaining({ agent: 'bot' })]);
    const expected =
      `the trial exceeded trial_timeout_ms (600 ms) while retrying tool lookup_order: ` +
      `HTTP 503 from http://${url}?…`;
    expect(results.trials.length).toBeGreaterThan(0);
    for (const trial of results.trials) expect(trial.reason).toBe(expected);
    expect(io.text()).toContain(`Gate: ❌ infrastructure: agent bot stopped after`);
    const written = await readFile(join(dir, 'tool.json'), 'utf8');
    expect(written).not.toMatch(/hunter2|k-123|ops:/);
  });
});

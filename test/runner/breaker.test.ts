/**
 * The circuit breaker: an agent or a test whose trials keep erroring stops, its remaining trials are not started,
 * the results say why, and the gate fails with an infrastructure reason naming the error. The outage cases run
 * through the real CLI and the real `openai` client against a local server.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { evaluateGate } from '../../src/gate/index.js';
import { readResults } from '../../src/results/index.js';
import {
  AGENT_TRIP,
  breakerView,
  CircuitBreaker,
  erroredRole,
  ROLE_TRIP,
  TEST_TRIP,
  type BreakerTrial,
} from '../../src/runner/breaker.js';
import { TRIALS_PER_CALL_SLOT } from '../../src/runner/index.js';
import { capturedIO } from '../support/cli-io.js';
import { callsOf, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { tempDir } from '../support/temp-dir.js';

const SIM = { model: 'sim-model', api_key_env: 'OPENAI_API_KEY' };
const JUDGE = { model: 'judge-model', base_url: 'https://judge.example.invalid/v1', api_key_env: 'JUDGE_KEY' };
type Calls = BreakerTrial['calls'];
/** A trial of agent `bot` that calls the simulator and the judge unless told otherwise. */
const trial = (key: string, calls: Calls = { simulator: SIM, judge: JUDGE }, agentId = 'bot'): BreakerTrial => ({
  agent: { id: agentId },
  key,
  calls,
});
type Result = Parameters<CircuitBreaker['record']>[1];
type Source = 'agent' | 'simulator' | 'tool' | 'runner';
const errorEvent = (
  source: Source | 'judge',
  message: string,
  category: 'infrastructure' | 'timeout' = 'infrastructure',
) => ({ type: 'error', at: 1, source, category, message }) as const;
/** A conversation that ended in an error of `source`. */
const erroredBy = (source: Source, reason: string): Result => ({
  status: 'error',
  failureCategory: 'infrastructure',
  reason,
  endReason: 'error',
  transcript: [{ type: 'user_message', at: 0, content: 'Hi', generated: false }, errorEvent(source, reason)],
});
const error = (reason: string): Result => erroredBy('agent', reason);
const completed = [
  { type: 'user_message', at: 0, content: 'Hi', generated: false },
  { type: 'agent_message', at: 1, content: 'Hello', latencyMs: 1 },
] as const;
/** A conversation that completed, but whose judge call failed: its criterion is a metric error. */
const judgeError = (message: string): Result => ({
  status: 'error',
  failureCategory: 'infrastructure',
  reason: `quality: judge call failed: ${message}`,
  endReason: 'endcall',
  transcript: [...completed, errorEvent('judge', message)],
});
/** A conversation that completed, with a metric that could not be computed for a reason of the test's own. */
const metricError = (reason: string): Result => ({
  status: 'error',
  failureCategory: 'infrastructure',
  reason,
  endReason: 'endcall',
  transcript: [...completed],
});
const pass: Result = { status: 'pass', endReason: 'endcall', transcript: [...completed] };

describe('CircuitBreaker', () => {
  it(`an agent trips after ${AGENT_TRIP} errors in a row of 2+ tests, naming its commonest error`, () => {
    const breaker = new CircuitBreaker();
    const trips = [];
    for (let i = 0; i < AGENT_TRIP; i++)
      trips.push(...breaker.record(trial(`t${i % 2}@default`), error(i ? 'HTTP 500' : 'reset')));
    expect(trips).toEqual([
      { role: 'agent', agent: 'bot', key: 't0@default', erroredTrials: AGENT_TRIP, message: 'HTTP 500' },
    ]);
    expect(breaker.blocks(trial('other@default'))).toBe(true);
    expect(breaker.blocks(trial('t0@default', {}, 'other-bot'))).toBe(false);
    expect(breaker.stops(trips[0]!, trial('other@default', {}))).toBe(true);
    expect(breaker.stops(trips[0]!, trial('t0@default', {}, 'other-bot'))).toBe(false);
  });

  it('a pass or a failure in between resets the streak; invalid and cancelled trials count neither way', () => {
    const breaker = new CircuitBreaker();
    const record = (result: Result, key = 'a@default') => breaker.record(trial(key), result);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < TEST_TRIP - 1; i++) expect(record(error('x'))).toEqual([]);
      expect(record({ status: 'invalid', endReason: 'error', transcript: [] })).toEqual([]);
      expect(record({ status: 'error', failureCategory: 'cancelled', endReason: 'cancelled', transcript: [] })).toEqual(
        [],
      );
      expect(record(round === 1 ? { ...pass, status: 'fail' } : pass)).toEqual([]);
    }
    expect(breaker.blocks(trial('a@default'))).toBe(false);
  });

  it(`one broken test trips after ${TEST_TRIP} errors of its own and never trips its agent alone`, () => {
    const breaker = new CircuitBreaker();
    const trips = [];
    for (let i = 0; i < 20; i++) trips.push(...breaker.record(trial('broken@default'), error('boom')));
    expect(trips).toEqual([{ key: 'broken@default', erroredTrials: TEST_TRIP, message: 'boom' }]);
    expect(breaker.blocks(trial('healthy@default'))).toBe(false);
    expect(breaker.stops(trips[0]!, trial('broken@default'))).toBe(true);
    expect(breaker.stops(trips[0]!, trial('healthy@default'))).toBe(false);
  });
});

describe('CircuitBreaker: whose endpoint failed', () => {
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `t${i}@default`);

  it(`simulator errors only: the simulator trips after ${ROLE_TRIP}, named by its model; the agent does not`, () => {
    const breaker = new CircuitBreaker();
    const trips = keys(ROLE_TRIP).flatMap((key) => breaker.record(trial(key), erroredBy('simulator', 'HTTP 500')));
    expect(trips).toEqual([
      {
        role: 'simulator',
        model: 'sim-model',
        key: `t${ROLE_TRIP - 1}@default`,
        erroredTrials: ROLE_TRIP,
        message: 'HTTP 500',
      },
    ]);
    const trip = trips[0]!;
    expect(trip).not.toHaveProperty('agent');
    // Every trial calling that simulator stops, whatever its agent; one whose conversation does not call it runs.
    expect(breaker.blocks(trial('new@default'))).toBe(true);
    expect(breaker.blocks(trial('new@default', { simulator: SIM }, 'other-bot'))).toBe(true);
    expect(breaker.blocks(trial('scripted@default', { judge: JUDGE }))).toBe(false);
    // Another persona's simulator: another endpoint (model, or the same model elsewhere or with another key).
    expect(breaker.blocks(trial('x@default', { simulator: { ...SIM, model: 'sim-b' } }))).toBe(false);
    expect(breaker.blocks(trial('x@default', { simulator: { ...SIM, base_url: 'http://other/v1' } }))).toBe(false);
    expect(breaker.blocks(trial('x@default', { simulator: { ...SIM, api_key_env: 'SIM_B_KEY' } }))).toBe(false);
    expect(breaker.stops(trip, trial('x@default', { simulator: SIM }, 'other-bot'))).toBe(true);
    expect(breaker.stops(trip, trial('x@default', { judge: JUDGE }))).toBe(false);
    // The agent never answered wrong: an agent error later starts its streak from one.
    expect(breaker.record(trial('scripted@default', {}), error('agent down'))).toEqual([]);
  });

  it('agent errors only: the agent trips, never the simulator or the judge its trials also call', () => {
    const breaker = new CircuitBreaker();
    const trips = keys(ROLE_TRIP * 2).flatMap((key) => breaker.record(trial(key), error('HTTP 500')));
    expect(trips.map((trip) => trip.role)).toEqual(['agent']);
    expect(breaker.blocks(trial('other@default', { simulator: SIM, judge: JUDGE }, 'other-bot'))).toBe(false);
  });

  it('interleaved agent and simulator errors do not add up into one streak; each role trips on its own count', () => {
    const breaker = new CircuitBreaker();
    const trips = [];
    // Eight errors in a row over eight keys, four of each: no role has five.
    for (let i = 0; i < 2 * (ROLE_TRIP - 1); i++)
      trips.push(
        ...breaker.record(trial(`t${i}@default`), i % 2 ? erroredBy('simulator', 'sim 500') : error('agent 500')),
      );
    expect(trips).toEqual([]);
    expect(breaker.blocks(trial('t0@default'))).toBe(false);
    // The fifth simulator error trips the simulator alone, counting its own five, not the nine.
    expect(breaker.record(trial('t8@default'), erroredBy('simulator', 'sim 500'))).toEqual([
      expect.objectContaining({ role: 'simulator', erroredTrials: ROLE_TRIP, message: 'sim 500' }),
    ]);
    expect(breaker.record(trial('t9@default', {}), error('agent 500'))).toEqual([
      expect.objectContaining({ role: 'agent', agent: 'bot', erroredTrials: ROLE_TRIP, message: 'agent 500' }),
    ]);
  });

  it('a pass that called the simulator resets its streak; one that did not call it does not', () => {
    const breaker = new CircuitBreaker();
    const simErrors = (from: number, n: number) =>
      keys(from + n)
        .slice(from)
        .flatMap((key) => breaker.record(trial(key), erroredBy('simulator', 'sim 500')));
    expect(simErrors(0, ROLE_TRIP - 1)).toEqual([]);
    expect(breaker.record(trial('ok@default', { simulator: SIM }), pass)).toEqual([]);
    expect(simErrors(10, ROLE_TRIP - 1)).toEqual([]);
    // A scripted test with fixed messages says nothing about the simulator: the streak goes on.
    expect(breaker.record(trial('scripted@default', {}), pass)).toEqual([]);
    expect(simErrors(20, 1)).toEqual([expect.objectContaining({ role: 'simulator', erroredTrials: ROLE_TRIP })]);
  });

  it("judge errors trip the judge, named by its model, with the failed call's own message", () => {
    const breaker = new CircuitBreaker();
    const trips = keys(ROLE_TRIP).flatMap((key) => breaker.record(trial(key), judgeError('judge-model: HTTP 503')));
    expect(trips).toEqual([
      {
        role: 'judge',
        model: 'judge-model',
        key: `t${ROLE_TRIP - 1}@default`,
        erroredTrials: ROLE_TRIP,
        message: 'judge-model: HTTP 503',
      },
    ]);
    // Tests without an LLM-judged criterion go on, and so does every agent.
    expect(breaker.blocks(trial('deterministic@default', { simulator: SIM }))).toBe(false);
    expect(breaker.blocks(trial('judged@default', { judge: JUDGE }, 'other-bot'))).toBe(true);
  });

  it("a metric that could not be computed for its own reasons is the test's: only its key trips", () => {
    const breaker = new CircuitBreaker();
    const trips = keys(2 * ROLE_TRIP).flatMap((key) => [
      ...breaker.record(trial(key), metricError('score: the scorer threw')),
      ...breaker.record(trial(key), metricError('score: the scorer threw')),
    ]);
    expect(trips).toEqual([]);
    const broken = Array.from({ length: TEST_TRIP }, () => breaker.record(trial('b@default'), metricError('x'))).flat();
    expect(broken).toEqual([{ key: 'b@default', erroredTrials: TEST_TRIP, message: 'x' }]);
  });

  it('two persona simulators: only the one that is down trips', () => {
    const breaker = new CircuitBreaker();
    const other = { simulator: { ...SIM, model: 'sim-b' } };
    const trips = keys(2 * ROLE_TRIP).flatMap((key, i) =>
      i % 2 ? breaker.record(trial(key), erroredBy('simulator', 'sim 500')) : breaker.record(trial(key, other), pass),
    );
    expect(trips).toEqual([expect.objectContaining({ role: 'simulator', model: 'sim-model' })]);
    expect(breaker.blocks(trial('b@default', other))).toBe(false);
  });
});

describe('CircuitBreaker: trials that time out', () => {
  const timedOut = (source: 'simulator' | 'runner'): Result => {
    const awaited = source === 'simulator' ? ' while waiting for the simulator (model sim-model, 1 retry so far)' : '';
    const message = `the trial exceeded trial_timeout_ms (600 ms)${awaited}`;
    return {
      status: 'error',
      failureCategory: 'timeout',
      reason: message,
      endReason: 'timeout',
      transcript: [...completed, errorEvent(source, message, 'timeout')],
    };
  };

  it(`cut while waiting for the simulator: the simulator trips after ${ROLE_TRIP}, the agent never`, () => {
    const breaker = new CircuitBreaker();
    const trips = Array.from({ length: ROLE_TRIP }, (_, i) =>
      breaker.record(trial(`t${i}@default`), timedOut('simulator')),
    ).flat();
    expect(trips).toEqual([
      expect.objectContaining({
        role: 'simulator',
        model: 'sim-model',
        message: expect.stringContaining('while waiting for the simulator'),
      }),
    ]);
    expect(breaker.blocks(trial('new@default', { judge: JUDGE }))).toBe(false);
  });

  it(`cut in the agent's turn: the agent trips after ${AGENT_TRIP}, as before`, () => {
    const breaker = new CircuitBreaker();
    const trips = Array.from({ length: AGENT_TRIP }, (_, i) =>
      breaker.record(trial(`t${i}@default`), timedOut('runner')),
    ).flat();
    expect(trips).toEqual([expect.objectContaining({ role: 'agent', agent: 'bot' })]);
  });
});

describe('erroredRole', () => {
  const ended = (endReason: 'error' | 'timeout', ...events: ReturnType<typeof errorEvent>[]) => ({
    endReason,
    transcript: [...completed, ...events],
  });

  it("names the source of a conversation's last error: the simulator's, else the agent's", () => {
    expect(erroredRole(ended('error', errorEvent('simulator', 'x')))).toEqual({ role: 'simulator' });
    expect(erroredRole(ended('timeout', errorEvent('simulator', 'x', 'timeout')))).toEqual({ role: 'simulator' });
    expect(erroredRole(ended('error', errorEvent('agent', 'x')))).toEqual({ role: 'agent' });
    // A tool is the agent's backend; a crash or a trial timeout does not say whose call it waited for: as before.
    expect(erroredRole(ended('error', errorEvent('tool', 'x')))).toEqual({ role: 'agent' });
    expect(erroredRole(ended('timeout', errorEvent('runner', 'x', 'timeout')))).toEqual({ role: 'agent' });
    expect(erroredRole(ended('error'))).toEqual({ role: 'agent' });
    expect(erroredRole(ended('error', errorEvent('simulator', 'a'), errorEvent('agent', 'b')))).toEqual({
      role: 'agent',
    });
  });

  it('a trial timeout is the role whose call it cut: the simulator, else the agent (its turn, tools, retries)', () => {
    // As conversation.ts records them: cut in the simulator's call or its wait to retry, or anywhere else.
    const simulatorCut = errorEvent('simulator', 'exceeded (600 ms) while waiting for the simulator (...)', 'timeout');
    const runnerCut = errorEvent('runner', 'the trial exceeded trial_timeout_ms (600 ms)', 'timeout');
    expect(erroredRole(ended('timeout', simulatorCut))).toEqual({ role: 'simulator' });
    expect(erroredRole(ended('timeout', runnerCut))).toEqual({ role: 'agent' });
    // An agent error earlier in the trace does not outweigh the timeout that ended it, nor the reverse.
    expect(erroredRole(ended('timeout', errorEvent('agent', 'tool 500'), simulatorCut))).toEqual({ role: 'simulator' });
    expect(erroredRole(ended('timeout', errorEvent('simulator', 'x'), runnerCut))).toEqual({ role: 'agent' });
    // A judge error after a timed-out conversation (criteria judged on what there was) does not take the blame.
    expect(erroredRole(ended('timeout', simulatorCut, errorEvent('judge', 'j 500')))).toEqual({ role: 'simulator' });
    expect(erroredRole(ended('timeout', runnerCut, errorEvent('judge', 'j 500')))).toEqual({ role: 'agent' });
    // A judge call never meets the trial's timeout (it runs after it): its own call timeout makes it a judge error.
    const judgeTimedOut = errorEvent('judge', 'judge-model: no answer within 300 ms', 'timeout');
    expect(erroredRole({ endReason: 'endcall', transcript: [...completed, judgeTimedOut] })).toEqual({
      role: 'judge',
      message: 'judge-model: no answer within 300 ms',
    });
  });

  it("a completed conversation is the judge's when a judge call failed, else no role's", () => {
    expect(erroredRole({ endReason: 'endcall', transcript: [...completed, errorEvent('judge', 'j 500')] })).toEqual({
      role: 'judge',
      message: 'j 500',
    });
    expect(erroredRole({ endReason: 'max_turns', transcript: [...completed] })).toEqual({});
  });
});

describe('breakerView', () => {
  it('keeps the simulator only when the conversation calls it, the judge only for an LLM-judged criterion', () => {
    const base = { agent: { id: 'bot' }, key: 'k@default', simulator: SIM, judge: JUDGE };
    const scripted = (fixed: boolean) => ({
      type: 'scripted',
      match: 'keywords',
      conditional_actions: { conditions: [{ id: 0, fixed_message: fixed }] },
    });
    const view = (scenario: unknown, criteria: unknown[]) =>
      breakerView({ ...base, kind: 'conversation', scenario, criteria } as never).calls;
    expect(view({ type: 'behavioral' }, [{ type: 'rubric' }])).toEqual({ simulator: SIM, judge: JUDGE });
    expect(view(scripted(true), [{ type: 'text' }])).toEqual({ simulator: undefined, judge: undefined });
    expect(view(scripted(false), [{ type: 'expected_output', match: 'exact' }])).toEqual({
      simulator: SIM,
      judge: undefined,
    });
    expect(view({ ...scripted(true), match: 'llm' }, [{ type: 'fail_if' }])).toEqual({ simulator: SIM, judge: JUDGE });
    const dataset = breakerView({
      ...base,
      kind: 'dataset',
      criteria: [{ type: 'expected_output', match: 'llm' }],
    } as never);
    expect(dataset.calls).toEqual({ simulator: undefined, judge: JUDGE });
  });
});

const TESTS = 10;
const RUNS = 5;
const PLANNED = TESTS * RUNS;
const CONCURRENCY = 2;
/**
 * The bounds of an outage of this suite, by design rather than by timing. Every trial errors, so the agent's streak
 * is every trial recorded so far. It trips at the AGENT_TRIP-th, or later only while all of them are one test's (two
 * tests are needed), and one test has RUNS trials: so at the AGENT_TRIP-th to the (RUNS + 1)-th.
 */
const MAX_ERRORED_AT_TRIP = Math.max(AGENT_TRIP, RUNS + 1);
/**
 * Trials already making calls when it trips still finish (erroring); any other is refused before its first call. How
 * many are making calls depends on timing (a trial that gave its slot back is still writing its journal line while
 * the next one calls), but they are in flight, and at most TRIALS_PER_CALL_SLOT × concurrency trials are, the one
 * that tripped it included.
 */
const MAX_OUTAGE_TRIALS = MAX_ERRORED_AT_TRIP + TRIALS_PER_CALL_SLOT * CONCURRENCY - 1;

function suiteYaml(baseURL: string): string {
  const tests = Array.from(
    { length: TESTS },
    (_, i) =>
      `  - { id: t${i}, persona: p, scenario: greet, runs: ${RUNS}, baseline_metrics: false, ` +
      `criteria: [{ type: text, contains: hello }] }`,
  ).join('\n');
  return `version: 1
name: outage
agents:
  - { id: bot, type: openai, model: agent-model, base_url: "${baseURL}" }
personas:
  - { id: p, role: a customer }
scenarios:
  - id: greet
    type: scripted
    match: keywords
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: Hi, fixed_message: true }
        - { id: 1, condition: The agent greets, keywords: [hello], action: "Bye <endcall/>", fixed_message: true }
tests:
${tests}
gate: { min_pass_rate: 0.8, fail_on: [regression] }
run: { concurrency: ${CONCURRENCY}, retries: 1 }
`;
}

/** A port nothing listens on: every connection is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('an agent outage through rehearse run', () => {
  let dir: string;
  let server: FakeOpenAI;
  let down = false;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rehearse-breaker-'));
    server = await startFakeOpenAI({
      respond: () =>
        down ? { fault: 'server_error', status: 500, message: 'upstream is down' } : { content: 'Hello!' },
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('every call 500 after a healthy run: the agent stops, trials ≤ 1.2× plan, the gate names the error', async () => {
    await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(server.baseURL));
    const healthy = capturedIO(dir, {});
    expect(await cli(['run', '-o', 'healthy.json'], healthy)).toBe(0);
    down = true;
    const before = callsOf(server).length;
    const io = capturedIO(dir, {});
    expect(await cli(['run', '-o', 'outage.json'], io)).toBe(1);
    const results = await readResults(join(dir, 'outage.json'));
    expect(results.trials.length).toBeLessThanOrEqual(1.2 * PLANNED);
    expect(MAX_OUTAGE_TRIALS).toBeLessThan(PLANNED / 2); // the bound below says something about this suite
    expect(results.trials.length).toBeLessThanOrEqual(MAX_OUTAGE_TRIALS);
    expect(results.trials.every((trial) => trial.status === 'error')).toBe(true);
    // Each trial made one call (the customer's first message is fixed: the agent's answer) and one retry, and a trial
    // refused by the breaker made none: exactly two per trial in the results, whatever the timing.
    expect(callsOf(server).length - before).toBe(2 * results.trials.length);
    expect(results.infrastructure).toEqual([
      expect.objectContaining({
        agent: 'bot',
        message: expect.stringContaining('HTTP 500'),
      }),
    ]);
    const entry = results.infrastructure![0]!;
    // At least AGENT_TRIP, and one more when the first errors were all one test's (two tests are needed).
    expect(entry.erroredTrials).toBeGreaterThanOrEqual(AGENT_TRIP);
    expect(entry.erroredTrials).toBeLessThanOrEqual(MAX_ERRORED_AT_TRIP);
    expect(entry.testKeys).toHaveLength(TESTS);
    expect(entry.notRun).toBe(PLANNED - results.trials.length);
    // The progress line's total leaves them out: without saying so, it ended at 100% as if the plan had run. Its last
    // line is the end however the end came: the last trial refused by the breaker may be counted after the last one
    // in flight finished (then only the total moves), and the CI log then ended one line short of 100%.
    const progress = io.err
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('progress: '));
    expect(progress.at(-1)).toMatch(new RegExp(`\\(100%\\) .* ${entry.notRun} not run`));
    expect(results.confirmation?.extraTrials ?? 0).toBe(0);
    expect(io.text()).toMatch(
      /Gate: ❌ infrastructure: agent bot stopped after \d errored trials in a row \(\d+ trials not run\): .*HTTP 500/,
    );
    // The reason is the gate's own, whatever the comparisons: judged again from the file alone it still fails.
    const gate = evaluateGate({ results, comparisons: [], minPassRate: 0, failOn: ['regression'] });
    expect(gate.passed).toBe(false);
    expect(gate.reasons[0]).toMatch(/^infrastructure: agent bot/);
    down = false;
  });

  it('every connection refused: the same, naming the refusal', async () => {
    await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(`http://127.0.0.1:${await closedPort()}/v1`));
    // With a key set the endpoint is probed first: it does not answer, which is said, and the trials still run.
    const io = capturedIO(dir, { OPENAI_API_KEY: 'sk-test' });
    expect(await cli(['run', '-o', 'refused.json'], io)).toBe(1);
    const results = await readResults(join(dir, 'refused.json'));
    expect(results.trials.length).toBeLessThanOrEqual(1.2 * PLANNED);
    expect(results.trials.length).toBeLessThanOrEqual(MAX_OUTAGE_TRIALS);
    expect(results.infrastructure?.[0]).toMatchObject({
      agent: 'bot',
      message: expect.stringContaining('ECONNREFUSED'),
    });
    expect(io.text()).toMatch(
      /preflight: agent bot: http:\/\/127\.0\.0\.1:\d+\/v1 did not answer \(connection failed: ECONNREFUSED\): its trials run/,
    );
    expect(io.text()).toMatch(/Gate: ❌ infrastructure: agent bot stopped .*ECONNREFUSED/);
  });
});

/**
 * A shared endpoint down while the agent is fine: `needy` tests call it, `other` tests do not. The breaker must name
 * the endpoint (never the agent), stop only the tests that call it, and let the others run to a pass.
 */
const NEEDY = 6;
const OTHER = 2;
const KEY = 'sk-test-breaker-role-0123456789';

function sharedOutageSuite(baseURL: string, down: 'simulator' | 'judge'): string {
  const needy = down === 'simulator' ? 'scenario: phrased' : 'scenario: fixed';
  const needyCriteria =
    down === 'simulator' ? '[{ type: text, contains: hello }]' : '[{ type: rubric, rubric: "Greets them." }]';
  const tests = [
    ...Array.from(
      { length: NEEDY },
      (_, i) =>
        `  - { id: needy${i}, persona: p, ${needy}, runs: ${RUNS}, baseline_metrics: false, ` +
        `criteria: ${needyCriteria} }`,
    ),
    ...Array.from(
      { length: OTHER },
      (_, i) =>
        `  - { id: other${i}, persona: p, scenario: fixed, runs: ${RUNS}, baseline_metrics: false, ` +
        `criteria: [{ type: text, contains: hello }] }`,
    ),
  ].join('\n');
  const conditions = (fixed: boolean) => `
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: Hi, fixed_message: true }
        - { id: 1, condition: The agent greets, keywords: [hello], action: "Bye <endcall/>", fixed_message: ${fixed} }`;
  return `version: 1
name: ${down}-outage
simulator: { model: sim-model, base_url: "${baseURL}" }
judge: { model: judge-model, base_url: "${baseURL}" }
agents:
  - { id: bot, type: openai, model: agent-model, base_url: "${baseURL}" }
personas:
  - { id: p, role: a customer }
scenarios:
  - id: phrased
    type: scripted
    match: keywords
    conditional_actions:${conditions(false)}
  - id: fixed
    type: scripted
    match: keywords
    conditional_actions:${conditions(true)}
tests:
${tests}
gate: { min_pass_rate: 0.8, fail_on: [regression] }
run: { concurrency: 2, retries: 1 }
`;
}

describe('a simulator or judge outage through rehearse run', () => {
  let dir: string;
  let server: FakeOpenAI;
  let down: 'simulator' | 'judge' = 'simulator';
  beforeAll(async () => {
    dir = await tempDir('rehearse-breaker-role-');
    server = await startFakeOpenAI({
      respond: (request) => {
        if (request.model === `${down === 'simulator' ? 'sim' : 'judge'}-model`)
          return { fault: 'server_error', status: 500, message: 'upstream is down' };
        if (request.model === 'sim-model') return { content: 'Hi there' };
        if (request.model === 'judge-model') return { content: '{"score": 1, "reason": "greets"}' };
        return { content: 'Hello!' };
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  for (const role of ['simulator', 'judge'] as const) {
    const model = `${role === 'simulator' ? 'sim' : 'judge'}-model`;
    it(`every ${role} call 500, the agent fine: the ${role} (model ${model}) stops, not the agent`, async () => {
      down = role;
      await writeFile(join(dir, 'rehearse.yaml'), sharedOutageSuite(server.baseURL, role));
      const io = capturedIO(dir, { OPENAI_API_KEY: KEY });
      expect(await cli(['run', '-o', `${role}.json`], io)).toBe(1);
      const results = await readResults(join(dir, `${role}.json`));
      expect(results.infrastructure).toEqual([
        {
          role,
          model,
          testKeys: Array.from({ length: NEEDY }, (_, i) => `needy${i}@default`),
          erroredTrials: expect.any(Number),
          notRun: expect.any(Number),
          message: expect.stringContaining('HTTP 500'),
        },
      ]);
      const entry = results.infrastructure![0]!;
      expect(entry.erroredTrials).toBeGreaterThanOrEqual(ROLE_TRIP);
      const needy = results.trials.filter((trial) => trial.testId.startsWith('needy'));
      expect(needy.length).toBeLessThan((NEEDY * RUNS) / 2);
      expect(needy.every((trial) => trial.status === 'error')).toBe(true);
      // What the attribution reads: the simulator's error ends the conversation; the judge's follows a completed one.
      for (const trial of needy)
        expect(trial.transcript.filter((event) => event.type === 'error').map((event) => event.source)).toEqual([role]);
      expect(entry.notRun).toBe(NEEDY * RUNS - needy.length);
      // The tests that do not call the endpoint ran in full, and the agent answered them.
      const other = results.trials.filter((trial) => trial.testId.startsWith('other'));
      expect(other.map((trial) => trial.status)).toEqual(Array.from({ length: OTHER * RUNS }, () => 'pass'));
      const text = io.text();
      expect(text).toMatch(
        new RegExp(
          `Gate: ❌ infrastructure: ${role} \\(model ${model}\\) stopped after \\d errored trials in a row ` +
            `\\(\\d+ trials not run\\): ".*HTTP 500.*"`,
        ),
      );
      expect(text).not.toMatch(/agent bot stopped/);
      // Named by its model: neither its URL nor its key is in the entry, the gate's line or anywhere in the file.
      const gateLine = text.split('\n').find((line) => line.startsWith('Gate: '))!;
      expect(gateLine).not.toContain('127.0.0.1');
      expect(JSON.stringify(entry)).not.toContain('127.0.0.1');
      expect(text).not.toContain(KEY);
      expect(await readFile(join(dir, `${role}.json`), 'utf8')).not.toContain(KEY);
      const gate = evaluateGate({ results, comparisons: [], minPassRate: 0, failOn: ['regression'] });
      expect(gate.passed).toBe(false);
      expect(gate.reasons[0]).toMatch(new RegExp(`^infrastructure: ${role} \\(model ${model}\\) stopped`));
    });
  }
});

/**
 * A simulator that hangs (no answer at all): each of its calls waits for its call timeout and is retried, and the
 * trial's own timeout strikes first, while the simulator's call or its wait to retry is in flight. The timeout is the
 * simulator's: it trips, named by its model, never the agent (which answers at once). The settings make that so by
 * construction, not by timing: the agent's one turn (a local call) takes far less than trial_timeout_ms, and the
 * simulator's reply with all its retries at least (retries + 1) × call_timeout_ms, twice trial_timeout_ms.
 */
const HANG_CALL_TIMEOUT_MS = 300;
const HANG_RETRIES = 3;
const HANG_TRIAL_TIMEOUT_MS = 600;
const HANG_TESTS = 6;

function hangingSimulatorSuite(baseURL: string): string {
  const tests = Array.from(
    { length: HANG_TESTS },
    (_, i) =>
      `  - { id: t${i}, persona: p, scenario: phrased, runs: ${RUNS}, baseline_metrics: false, ` +
      `criteria: [{ type: text, contains: hello }] }`,
  ).join('\n');
  return `version: 1
name: simulator-hangs
simulator: { model: sim-hang, base_url: "${baseURL}" }
agents:
  - { id: bot, type: openai, model: agent-model, base_url: "${baseURL}" }
personas:
  - { id: p, role: a customer }
scenarios:
  - id: phrased
    type: scripted
    match: keywords
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: Hi, fixed_message: true }
        - { id: 1, condition: The agent greets, keywords: [hello], action: "Say bye <endcall/>", fixed_message: false }
tests:
${tests}
gate: { min_pass_rate: 0.8, fail_on: [regression] }
run:
  concurrency: ${CONCURRENCY}
  retries: ${HANG_RETRIES}
  call_timeout_ms: ${HANG_CALL_TIMEOUT_MS}
  trial_timeout_ms: ${HANG_TRIAL_TIMEOUT_MS}
`;
}

describe('a simulator that hangs through rehearse run', () => {
  let dir: string;
  let server: FakeOpenAI;
  beforeAll(async () => {
    dir = await tempDir('rehearse-breaker-hang-');
    server = await startFakeOpenAI({
      respond: (request) => (request.model === 'sim-hang' ? { fault: 'hang' } : { content: 'Hello!' }),
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('trials time out waiting for it: the simulator stops, not the agent, and each timeout says so', async () => {
    expect((HANG_RETRIES + 1) * HANG_CALL_TIMEOUT_MS).toBeGreaterThanOrEqual(2 * HANG_TRIAL_TIMEOUT_MS);
    await writeFile(join(dir, 'rehearse.yaml'), hangingSimulatorSuite(server.baseURL));
    const io = capturedIO(dir, {});
    expect(await cli(['run', '-o', 'hang.json'], io)).toBe(1);
    const results = await readResults(join(dir, 'hang.json'));
    expect(results.infrastructure).toEqual([
      {
        role: 'simulator',
        model: 'sim-hang',
        testKeys: Array.from({ length: HANG_TESTS }, (_, i) => `t${i}@default`),
        erroredTrials: expect.any(Number),
        notRun: HANG_TESTS * RUNS - results.trials.length,
        message: expect.stringContaining('while waiting for the simulator (model sim-hang, '),
      },
    ]);
    expect(results.infrastructure![0]!.erroredTrials).toBeGreaterThanOrEqual(ROLE_TRIP);
    expect(results.trials.length).toBeLessThanOrEqual(MAX_OUTAGE_TRIALS);
    const awaited = new RegExp(
      `^the trial exceeded trial_timeout_ms \\(${HANG_TRIAL_TIMEOUT_MS} ms\\) while waiting for the simulator ` +
        `\\(model sim-hang, (no retry|1 retry|\\d+ retries) so far(; the last failure: no answer within ` +
        `${HANG_CALL_TIMEOUT_MS} ms)?\\)$`,
    );
    for (const trial of results.trials) {
      expect(trial).toMatchObject({ status: 'error', failureCategory: 'timeout', endReason: 'timeout' });
      expect(trial.reason).toMatch(awaited);
      // The agent answered; the simulated user's reply to it is what the trial was waiting for.
      expect(trial.transcript.filter((event) => event.type === 'agent_message')).toHaveLength(1);
      expect(trial.transcript.filter((event) => event.type === 'error')).toEqual([
        expect.objectContaining({ source: 'simulator', category: 'timeout', message: trial.reason }),
      ]);
    }
    expect(callsOf(server).filter((request) => request.model === 'agent-model')).toHaveLength(results.trials.length);
    const text = io.text();
    expect(text).toMatch(
      /Gate: ❌ infrastructure: simulator \(model sim-hang\) stopped after \d+ errored trials in a row \(\d+ trials not run\): .*while waiting for the simulator/,
    );
    expect(text).not.toMatch(/agent bot stopped/);
  });
});

/**
 * The circuit breaker: an agent or a test whose trials keep erroring stops, its remaining trials are not started,
 * the results say why, and the gate fails with an infrastructure reason naming the error. The outage cases run
 * through the real CLI and the real `openai` client against a local server.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { evaluateGate } from '../../src/gate/index.js';
import { readResults } from '../../src/results/index.js';
import { AGENT_TRIP, CircuitBreaker, TEST_TRIP } from '../../src/runner/breaker.js';
import { capturedIO } from '../support/cli-io.js';
import { callsOf, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';

const agent = (id: string) => ({ agent: { id } as never });
const error = (reason: string) => ({ status: 'error' as const, failureCategory: 'infrastructure' as const, reason });
const pass = { status: 'pass' as const };

describe('CircuitBreaker', () => {
  it(`an agent trips after ${AGENT_TRIP} errors in a row of 2+ tests, naming its commonest error`, () => {
    const breaker = new CircuitBreaker();
    const trips = [];
    for (let i = 0; i < AGENT_TRIP; i++)
      trips.push(...breaker.record({ ...agent('bot'), key: `t${i % 2}@default` }, error(i ? 'HTTP 500' : 'reset')));
    expect(trips).toEqual([{ agent: 'bot', key: 't0@default', erroredTrials: AGENT_TRIP, message: 'HTTP 500' }]);
    expect(breaker.blocks({ ...agent('bot'), key: 'other@default' })).toBe(true);
    expect(breaker.blocks({ ...agent('other-bot'), key: 't0@default' })).toBe(false);
  });

  it('a pass or a failure in between resets the streak; invalid and cancelled trials count neither way', () => {
    const breaker = new CircuitBreaker();
    const record = (result: Parameters<CircuitBreaker['record']>[1], key = 'a@default') =>
      breaker.record({ ...agent('bot'), key }, result);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < TEST_TRIP - 1; i++) expect(record(error('x'))).toEqual([]);
      expect(record({ status: 'invalid' })).toEqual([]);
      expect(record({ status: 'error', failureCategory: 'cancelled' })).toEqual([]);
      expect(record(round === 1 ? { status: 'fail' } : pass)).toEqual([]);
    }
    expect(breaker.blocks({ ...agent('bot'), key: 'a@default' })).toBe(false);
  });

  it(`one broken test trips after ${TEST_TRIP} errors of its own and never trips its agent alone`, () => {
    const breaker = new CircuitBreaker();
    const trips = [];
    for (let i = 0; i < 20; i++)
      trips.push(...breaker.record({ ...agent('bot'), key: 'broken@default' }, error('boom')));
    expect(trips).toEqual([{ key: 'broken@default', erroredTrials: TEST_TRIP, message: 'boom' }]);
    expect(breaker.blocks({ ...agent('bot'), key: 'healthy@default' })).toBe(false);
  });
});

const TESTS = 10;
const RUNS = 5;
const PLANNED = TESTS * RUNS;

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
run: { concurrency: 2, retries: 1 }
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
    // Measured here: with 2 call slots (16 trials in flight at most) the breaker trips at the 5th errored trial.
    expect(results.trials.length).toBeLessThanOrEqual(1.2 * PLANNED);
    expect(results.trials.length).toBeLessThan(PLANNED / 2);
    expect(results.trials.every((trial) => trial.status === 'error')).toBe(true);
    // Each trial made one call and one retry: no trial beyond those.
    expect(callsOf(server).length - before).toBe(2 * results.trials.length);
    expect(results.infrastructure).toEqual([
      expect.objectContaining({
        agent: 'bot',
        message: expect.stringContaining('HTTP 500'),
      }),
    ]);
    const entry = results.infrastructure![0]!;
    // At least AGENT_TRIP, and a few more when the first errors were all one test's (two tests are needed).
    expect(entry.erroredTrials).toBeGreaterThanOrEqual(AGENT_TRIP);
    expect(entry.erroredTrials).toBeLessThanOrEqual(RUNS + 1);
    expect(entry.testKeys).toHaveLength(TESTS);
    expect(entry.notRun).toBe(PLANNED - results.trials.length);
    // The progress line's total leaves them out: without saying so, it ended at 100% as if the plan had run.
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
    expect(results.trials.length).toBeLessThan(PLANNED / 2);
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

/**
 * Before the first trial, `rehearse run` says once per agent, simulator and judge which key or URL is missing or
 * refused, and runs no trial of the tests that need it (they are skipped with the setting named, and the gate's
 * skipped-test rule applies). Everything goes through the real CLI and, for a refused key, the real `openai` client
 * against a local server answering 401.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { readResults } from '../../src/results/index.js';
import { capturedIO } from '../support/cli-io.js';
import { callsOf, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-preflight-'));
  // A command agent that greets: scripted tests with deterministic criteria need no LLM at all.
  await writeFile(
    join(dir, 'bot.mjs'),
    `import { createInterface } from 'node:readline';
createInterface({ input: process.stdin }).on('line', (line) => {
  const reply = JSON.stringify({ reply: 'Hello, how can I help?' });
  if (JSON.parse(line).type === 'turn') process.stdout.write(reply + '\\n');
});
`,
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const HELLO = '{ type: text, contains: hello }';

const SCRIPTED = `personas:
  - { id: p, role: a customer }
scenarios:
  - id: greet
    type: scripted
    match: keywords
    expected_outcome: The agent greets the customer.
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: Hi, fixed_message: true }
        - { id: 1, condition: The agent greets, keywords: [hello], action: "Bye <endcall/>", fixed_message: true }
  - { id: chat, type: behavioral, objective: get help, instructions: Ask for help., first_message: Hello, max_turns: 2 }
`;

async function resultsIn(sub: string): Promise<Awaited<ReturnType<typeof readResults>>> {
  const runs = join(dir, sub, '.rehearse', 'runs');
  const files = (await readdir(runs)).filter((name) => name.endsWith('.json'));
  expect(files).toHaveLength(1);
  return readResults(join(runs, files[0]!));
}

async function suiteDir(name: string, yaml: string): Promise<string> {
  const sub = join(dir, name);
  await rm(sub, { recursive: true, force: true });
  const { mkdir, copyFile } = await import('node:fs/promises');
  await mkdir(sub, { recursive: true });
  await copyFile(join(dir, 'bot.mjs'), join(sub, 'bot.mjs'));
  await writeFile(join(sub, 'rehearse.yaml'), yaml);
  return sub;
}

describe('preflight: missing keys and URLs', () => {
  it('an openai agent without its key: one line, no trial, every test skipped naming the variable', async () => {
    const sub = await suiteDir(
      'openai-no-key',
      `version: 1
name: no-key
agents:
  - { id: support-bot, type: openai, model: gpt-4o-mini, base_url: "https://llm.example.invalid/v1" }
${SCRIPTED}tests:
  - { id: a, persona: p, scenario: greet, runs: 3, baseline_metrics: false, criteria: [${HELLO}] }
  - { id: b, persona: p, scenario: greet, runs: 3, baseline_metrics: false, criteria: [${HELLO}] }
`,
    );
    const io = capturedIO(sub, {});
    expect(await cli(['run'], io)).toBe(1);
    const lines = io.err
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('preflight:'));
    expect(lines).toEqual([
      "preflight: agent support-bot: OPENAI_API_KEY is not set (the agent's API key): 2 tests skipped",
      'preflight: no test can run: nothing was started',
    ]);
    expect(io.text()).toContain('Running 0 trials');
    const results = await resultsIn('openai-no-key');
    expect(results.trials).toHaveLength(0);
    expect(results.skipped.map((entry) => entry.missing)).toEqual([
      { role: 'agent', agentId: 'support-bot', need: "agent 'support-bot'", envVar: 'OPENAI_API_KEY' },
      { role: 'agent', agentId: 'support-bot', need: "agent 'support-bot'", envVar: 'OPENAI_API_KEY' },
    ]);
    expect(io.text()).toMatch(/Gate: ❌ 2 tests could not run: OPENAI_API_KEY is not set/);
  });

  it('an http agent whose URL variable is not set: the line names the variable and the URL as written', async () => {
    const sub = await suiteDir(
      'http-no-url',
      `version: 1
name: web
agents:
  - { id: web, type: http, url: "\${AGENT_URL}" }
${SCRIPTED}tests:
  - { id: a, persona: p, scenario: greet, baseline_metrics: false, criteria: [${HELLO}] }
`,
    );
    const io = capturedIO(sub, {});
    expect(await cli(['run'], io)).toBe(1);
    expect(io.err.join('')).toContain('preflight: agent web: AGENT_URL is not set (url ${AGENT_URL}): 1 test skipped');
    expect((await resultsIn('http-no-url')).trials).toHaveLength(0);
  });

  it('a missing judge key skips the LLM-judged test, like a missing simulator key; the others run', async () => {
    const sub = await suiteDir(
      'no-judge-key',
      `version: 1
name: judged
simulator: { model: sim, base_url: "https://llm.example.invalid/v1", api_key_env: SIM_KEY }
judge: { model: judge, base_url: "https://llm.example.invalid/v1", api_key_env: JUDGE_KEY }
agents:
  - { id: bot, type: command, command: [node, bot.mjs] }
${SCRIPTED}tests:
  - { id: judged, persona: p, scenario: greet, runs: 2, criteria: [${HELLO}] }
  - { id: plain, persona: p, scenario: greet, runs: 2, baseline_metrics: false, criteria: [${HELLO}] }
  - { id: simulated, persona: p, scenario: chat, baseline_metrics: false, criteria: [${HELLO}] }
gate: { min_pass_rate: 0.5 }
`,
    );
    const io = capturedIO(sub, {});
    expect(await cli(['run'], io)).toBe(1);
    const err = io.err.join('');
    expect(err).toContain("preflight: simulator: SIM_KEY is not set (the simulator's API key): 1 test skipped");
    expect(err).toContain("preflight: judge: JUDGE_KEY is not set (the judge's API key): 1 test skipped");
    const results = await resultsIn('no-judge-key');
    // Only `plain` ran: no trial errored for want of a judge.
    expect(results.trials.map((trial) => `${trial.testId}:${trial.status}`)).toEqual(['plain:pass', 'plain:pass']);
    const judged = results.skipped.find((entry) => entry.testId === 'judged');
    expect(judged?.missing).toMatchObject({ role: 'judge', envVar: 'JUDGE_KEY' });
    expect(judged?.reason).toBe("LLM-judged criteria (expected_outcome): JUDGE_KEY is not set (the judge's API key)");
    expect(io.text()).toMatch(
      /Gate: ❌ 2 tests could not run: JUDGE_KEY is not set; SIM_KEY is not set \(simulator of scenario chat\)/,
    );
  });
});

describe('preflight: a key the endpoint refuses', () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI({ respond: () => ({ fault: 'server_error', status: 401, message: 'bad key' }) });
  });
  afterAll(async () => server.close());

  it('one probe per endpoint, one line per role, no conversation call, the refused tests skipped', async () => {
    const sub = await suiteDir(
      'rejected',
      `version: 1
name: rejected
simulator: { model: sim, base_url: "${server.baseURL}" }
judge: { model: judge, base_url: "${server.baseURL}" }
agents:
  - { id: support-bot, type: openai, model: agent-model, base_url: "${server.baseURL}" }
${SCRIPTED}tests:
  - { id: a, persona: p, scenario: greet, runs: 3, criteria: [${HELLO}] }
  - { id: b, persona: p, scenario: chat, runs: 4, baseline_metrics: false, criteria: [${HELLO}] }
`,
    );
    const io = capturedIO(sub, { OPENAI_API_KEY: 'sk-wrong' });
    expect(await cli(['run'], io)).toBe(1);
    const lines = io.err
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('preflight:'));
    const refused = `the key in OPENAI_API_KEY was rejected by ${server.baseURL} (HTTP 401)`;
    expect(lines).toEqual([
      `preflight: agent support-bot: ${refused}: 2 tests skipped`,
      // Their tests are skipped for the agent already; the refused keys are still said, once each.
      `preflight: simulator: ${refused}`,
      `preflight: judge: ${refused}`,
      'preflight: no test can run: nothing was started',
    ]);
    // One probe: agent, simulator and judge share the base URL and the key. No call of any conversation or judge.
    expect(server.requests.length).toBe(1);
    expect(callsOf(server)).toHaveLength(0);
    const results = await resultsIn('rejected');
    expect(results.trials).toHaveLength(0);
    expect(results.skipped[0]?.missing).toMatchObject({ role: 'agent', status: 'rejected', envVar: 'OPENAI_API_KEY' });
    expect(io.text()).toContain('Gate: ❌ 2 tests could not run: OPENAI_API_KEY was rejected by');
  });
});

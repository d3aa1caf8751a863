/**
 * The whole pipeline with nothing faked on our side: loader, planner, the
 * real engine, the real `openai` client with our retry policy, the judge and
 * the runner, against the local OpenAI-compatible server injecting faults.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatClient } from '../../src/llm/index.js';
import { planRun } from '../../src/plan/index.js';
import { readResults } from '../../src/results/index.js';
import { runPlan } from '../../src/runner/index.js';
import { loadSuite } from '../../src/suite/index.js';
import { lastMessage, startFakeOpenAI, type FakeOpenAI, type FakeReply } from '../support/fake-openai.js';

const CASES = ['ok', 'rate-limited-once', 'error-once', 'always-500', 'always-hangs', 'always-resets'] as const;
type Case = (typeof CASES)[number];

/** Which fault each case's agent calls get, by attempt number (1-based). */
function agentReply(testCase: Case, attempt: number): FakeReply {
  switch (testCase) {
    case 'ok':
      return { content: 'All done.' };
    case 'rate-limited-once':
      return attempt === 1 ? { fault: 'rate_limit', retryAfterSeconds: 0 } : { content: 'All done.' };
    case 'error-once':
      return attempt === 1 ? { fault: 'server_error', status: 503 } : { content: 'All done.' };
    case 'always-500':
      return { fault: 'server_error' };
    case 'always-hangs':
      return { fault: 'hang' };
    case 'always-resets':
      return { fault: 'reset' };
  }
}

function suiteYaml(baseURL: string): string {
  const tests = CASES.map((name) => `  - { id: ${name}, persona: p, scenario: ${name} }`).join('\n');
  const scenarios = CASES.map(
    (name) => `  - id: ${name}
    type: scripted
    match: keywords
    expected_outcome: The agent says it is done.
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: "case ${name}", fixed_message: true }
        - { id: 1, condition: The agent is done, keywords: [done], action: "Thanks <endcall/>", fixed_message: true }`,
  );
  return `version: 1
name: faults
judge: { model: judge-model, base_url: "${baseURL}" }
agents:
  - { id: bot, type: openai, model: agent-model, base_url: "${baseURL}", system_prompt: You help. }
personas:
  - { id: p, role: a customer }
scenarios:
${scenarios.join('\n')}
tests:
${tests}
run: { concurrency: 3, retries: 2, call_timeout_ms: 300, trial_timeout_ms: 10000 }
`;
}

let server: FakeOpenAI;
let dir: string;
const attempts = new Map<string, number>();

beforeAll(async () => {
  server = await startFakeOpenAI({
    respond: (request) => {
      if (request.model === 'judge-model') {
        return {
          content: JSON.stringify({
            parts: [{ part: 'says done', met: true, evidence: 'All done.' }],
            verdict: 'pass',
            reason: 'the agent said it is done',
          }),
        };
      }
      const firstUser = request.messages.find((message) => message.role === 'user')?.content ?? '';
      const testCase = firstUser.replace('case ', '') as Case;
      // Only the opening turn is faulty: the conversation after it is plain.
      if (lastMessage(request, 'user') !== firstUser) return { content: 'All done.' };
      const attempt = (attempts.get(testCase) ?? 0) + 1;
      attempts.set(testCase, attempt);
      return agentReply(testCase, attempt);
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'rehearse-e2e-'));
  await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(server.baseURL));
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a run against an endpoint that rate-limits, fails, hangs and resets', () => {
  it('completes; retried calls pass, exhausted trials are errors with their cause', async () => {
    const loaded = await loadSuite(join(dir, 'rehearse.yaml'), { cwd: dir, env: {} });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const suite = loaded.suite;
    const plan = planRun(suite, { simulatorAvailable: false });
    expect(plan.trials).toHaveLength(CASES.length);
    const retries: string[] = [];
    const chat = createChatClient({
      env: {},
      pricing: {},
      callTimeoutMs: suite.run.call_timeout_ms,
      retries: suite.run.retries,
      backoff: { baseDelayMs: 5, maxDelayMs: 20 },
      onRetry: (info) => retries.push(info.reason),
    });
    const output = join(dir, 'results.json');
    const results = await runPlan({ suite, plan, env: {}, chat, outputPath: output, cwd: dir, git: {} });

    expect(results.status).toBe('completed');
    const byTest = Object.fromEntries(results.trials.map((trial) => [trial.testId, trial]));
    for (const name of ['ok', 'rate-limited-once', 'error-once'] as const) {
      expect(byTest[name], name).toMatchObject({ status: 'pass', endReason: 'endcall' });
      expect(byTest[name]?.metrics.find((metric) => metric.type === 'expected_outcome')).toMatchObject({
        passed: true,
        reason: 'the agent said it is done',
      });
    }
    const agentCall = (name: string) =>
      byTest[name]?.transcript.find((event) => event.type === 'llm_call' && event.role === 'agent');
    expect(agentCall('rate-limited-once')).toMatchObject({ attempts: 2 });
    expect(agentCall('error-once')).toMatchObject({ attempts: 2 });

    // Retries exhausted (1 attempt + 2 retries): an error trial with the cause; the run went on.
    expect(attempts.get('always-500')).toBe(3);
    expect(byTest['always-500']).toMatchObject({ status: 'error', failureCategory: 'infrastructure' });
    expect(byTest['always-500']?.reason).toMatch(/500/);
    expect(byTest['always-hangs']).toMatchObject({ status: 'error', failureCategory: 'timeout' });
    expect(byTest['always-hangs']?.reason).toContain('gave up after 3 attempts');
    expect(byTest['always-resets']).toMatchObject({ status: 'error', failureCategory: 'infrastructure' });
    expect(attempts.get('always-resets')).toBe(3);
    expect(retries.length).toBeGreaterThanOrEqual(2 + 2 + 2 + 1 + 1);

    expect(results.totals).toMatchObject({
      tests: 6,
      passed: 3,
      errored: 3,
      failureCategories: { infrastructure: 2, timeout: 1 },
    });
    expect((await readResults(output)).trials).toHaveLength(6);
  });
});

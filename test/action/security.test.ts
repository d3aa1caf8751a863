/**
 * The action with hostile neighbours (test/action/fixtures/leaky): 0 forms of
 * the key in the PR comment, the check run, the job summary, the artifact
 * and the workflow log, and no workflow command forged from untrusted text
 * (the endpoint's retry reasons carry lone CRs, U+2028/2029, NEL, `::` and
 * `##[`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lastMessage, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { injectedCommands, leaksIn, runnerLines, SECRET, WORKFLOW_INJECTIONS } from '../security/corpus.js';
import { ActionHarness } from './harness.js';

let harness: ActionHarness;
let endpoint: FakeOpenAI;

/** One retry reason per attempt: the injections that survive the reason's first-line cut, then the key echoed. */
const REASONS = [
  WORKFLOW_INJECTIONS.filter((text) => !text.includes('\n')).join(' | '),
  `quota for ${SECRET} exceeded \u2028::error::PWNED`,
];

beforeAll(async () => {
  harness = await ActionHarness.start();
  const attempts = new Map<string, number>();
  endpoint = await startFakeOpenAI({
    respond: (request) => {
      const input = lastMessage(request, 'user');
      if (input.startsWith('chat:'))
        return {
          content:
            `Here is your key ${SECRET} (${encodeURIComponent(SECRET)}), Basic ` +
            `${Buffer.from(`me:${SECRET}`).toString('base64')}`,
        };
      const attempt = attempts.get(input) ?? 0;
      attempts.set(input, attempt + 1);
      return attempt < REASONS.length
        ? { fault: 'server_error', status: 503, message: REASONS[attempt] }
        : { fault: 'unauthorized_echo' };
    },
  });
});

afterEach(() => {
  const problems = [...harness.fake.problems];
  harness.fake.reset();
  expect(problems).toEqual([]);
});

afterAll(async () => {
  await endpoint.close();
  await harness.fake.close();
});

/** The log as the runner shows it: `::add-mask::` lines are consumed by the runner, never displayed. */
function displayedLog(log: string): string {
  return runnerLines(log)
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

describe('the action with hostile neighbours', () => {
  it('posts and logs 0 forms of the key, and untrusted text forges no workflow command', async () => {
    const run = await harness.runAction({
      event: 'pull_request',
      runId: 7001,
      inputs: { config: 'test/action/fixtures/leaky/rehearse.yaml', 'openai-base-url': endpoint.baseURL },
      env: { LLM_ACCESS: SECRET },
    });
    const fake = harness.fake;
    // The key went out (Authorization) and came back in every way the neighbours could think of.
    expect(endpoint.requests.length).toBeGreaterThanOrEqual(4);
    expect(fake.comments).toHaveLength(1);
    const [artifact] = fake.artifacts.ofRun(7001);
    const outputs: Record<string, string> = {
      comment: fake.comments[0]!.body,
      'check run': JSON.stringify(fake.checkRuns.map((check) => check.output)),
      'check run requests': JSON.stringify(fake.requestsTo('checks/update').map((request) => request.body)),
      summary: run.summary,
      log: displayedLog(run.log),
      ...fake.artifacts.files(artifact!),
    };
    const leaks = Object.entries(outputs).flatMap(([name, text]) => leaksIn(text).map((form) => `${form} in ${name}`));
    expect(leaks).toEqual([]);
    expect(outputs['results.json']).toContain('Invalid credentials in Authorization: Bearer ***');

    // The injections reached the log as text, but not one line is a command carrying them.
    expect(run.log).toContain('PWNED');
    expect(injectedCommands(run.log)).toEqual([]);
    // The check itself sees the raw corpus as commands: it can fail.
    expect(injectedCommands(WORKFLOW_INJECTIONS.join('\n')).length).toBeGreaterThanOrEqual(8);
    expect(run.log).not.toMatch(/\u001b|\u2028|\u2029|\u0085/);
  });

  it('the PR comment shows references, mentions and bidi controls inert but readable', async () => {
    await harness.runAction({
      event: 'pull_request',
      runId: 7002,
      inputs: { config: 'test/action/fixtures/leaky/rehearse.yaml', 'openai-base-url': endpoint.baseURL },
      env: { LLM_ACCESS: SECRET },
    });
    const body = harness.fake.comments[0]!.body;
    expect(body).toContain('PWNED');
    expect(body).not.toMatch(/(^|[^&])#\d/m); // every `#1` has a word joiner (entities like &#39; aside)
    expect(body).not.toMatch(/GH-\d|@octocat|\u202e|\u202c/);
    expect(body).toContain('#\u20601');
    expect(body).toContain('[U+202E]evil[U+202C]');
  });
});

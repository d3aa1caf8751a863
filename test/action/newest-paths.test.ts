/**
 * The action's side of the newest-paths sweep (test/security/newest-paths.test.ts): an http agent whose URL carries
 * `user:pass@` and `?api_key=` answers every turn with 429/503/500 bodies echoing what it was sent, beside hostile
 * text; the circuit breaker stops it. The PR comment, the check run, the job summary, the artifact and the workflow log
 * must hold no form of either credential, forge no workflow command, ping nobody and keep their markup whole.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectedCommands, leaksIn, runnerLines, secretForms } from '../security/corpus.js';
import { startHostileServer, type HostileServer } from '../security/hostile-server.js';
import { tempDir } from '../support/temp-dir.js';
import { ActionHarness } from './harness.js';

const URL_PASS = 'Vq3-lantern-Ko9.pw';
const QUERY_KEY = 'Qk5mZt8wLp2Rs9';
const HOSTILE = '@octocat </details><!-- ```` <script>alert(1)</script> \u001b[2J \u2028::error::PWNED';

let harness: ActionHarness;
let server: HostileServer;

beforeAll(async () => {
  harness = await ActionHarness.start();
  server = await startHostileServer();
});
afterAll(async () => {
  await server.close();
  await harness.fake.close();
});

function suiteYaml(): string {
  const items = [1, 2, 3].map((i) => `{ id: i${i}, input: hi, expected_output: zz }`).join(', ');
  const dataset = (id: string) =>
    `  - id: ${id}\n    agent: web\n    criteria: [{ type: expected_output, match: contains }]\n    items: [${items}]`;
  return `version: 1
name: hostile action
agents:
  - { id: web, type: http, url: "http://bot:${URL_PASS}@${server.origin}/agent?api_key=${QUERY_KEY}", timeout_ms: 5000 }
run: { retries: 1, concurrency: 1 }
datasets:
${dataset('a')}
${dataset('b')}
`;
}

describe('the action, with an http agent that echoes the credentials of its URL', () => {
  it('posts and logs no form of them, and renders the breaker message inert', async () => {
    const forms = [URL_PASS, QUERY_KEY].flatMap((secret) => Object.values(secretForms(secret)));
    server.routes.set('/agent', (request, n) =>
      request.method === 'GET'
        ? { status: 200, body: '{}' }
        : {
            status: [429, 503, 500][n % 3]!,
            headers: { 'retry-after': '0' },
            body: `${forms[n % forms.length]} auth=${request.headers.authorization} url=${request.url} ${HOSTILE}`,
          },
    );
    const dir = await tempDir('rehearse-action-newest-');
    await writeFile(join(dir, 'rehearse.yaml'), suiteYaml());
    const run = await harness.runAction({
      event: 'pull_request',
      runId: 7101,
      inputs: { config: join(dir, 'rehearse.yaml') },
      env: {},
    });
    const fake = harness.fake;
    expect(fake.comments).toHaveLength(1);
    const [artifact] = fake.artifacts.ofRun(7101);
    const outputs: Record<string, string> = {
      comment: fake.comments[0]!.body,
      'check run': JSON.stringify(fake.checkRuns.map((check) => check.output)),
      summary: run.summary,
      log: runnerLines(run.log)
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      ...fake.artifacts.files(artifact!),
    };
    // The breaker stopped the agent, and said so where a reviewer reads it.
    expect(outputs['comment']).toMatch(/infrastructure: agent web stopped after 5 errored trials/);
    const leaks = Object.entries(outputs).flatMap(([name, text]) =>
      [URL_PASS, QUERY_KEY].flatMap((secret) => leaksIn(text, secret).map((form) => `${form} in ${name}`)),
    );
    expect(leaks).toEqual([]);
    expect(injectedCommands(run.log)).toEqual([]);
    // The title is plain text to GitHub (quoted as it is); the summary is markdown, rendered.
    const checkSummary = fake.checkRuns.map((check) => check.output.summary ?? '');
    expect(checkSummary.join('')).toMatch(/agent web stopped/);
    for (const [name, text] of [
      ['comment', outputs['comment']!],
      ['summary', outputs['summary']!],
      ['check run', checkSummary.join('\n')],
    ] as const) {
      expect(text, name).not.toMatch(/@octocat|<script>alert|<!-- ````|\u001b/);
      expect(text.match(/<details\b/g)?.length ?? 0, name).toBe(text.match(/<\/details>/g)?.length ?? 0);
    }
  });
});

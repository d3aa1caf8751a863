/**
 * The newest paths out, end to end through `rehearse run` and `rehearse merge`, with neighbours that echo every
 * credential they were sent: the circuit breaker's message and `infrastructure[]`, an `http` agent's retries (429 and
 * 503 with Retry-After), the preflight probe of URLs that carry `user:pass@` and `?api_key=`, a trial that timed out
 * waiting for the simulator (its message names the model and the last failure), the `--rerun-errored` hint, and
 * the merge of shards. Four secrets: a key named only by `api_key_env`, and three written into the suite's URLs.
 * Each comes back raw, in any case, encoded every way the corpus knows, cut to an excerpt, and split over lines,
 * beside hostile text (terminal control, mentions, HTML and markdown breakers, NUL, a lone surrogate, a 1 MB line).
 * Every file the commands leave and everything they print must hold no form of any of them, and render inert.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { readResults, writeResults } from '../../src/results/index.js';
import { capturedIO, type CapturedIO } from '../support/cli-io.js';
import { tempDir } from '../support/temp-dir.js';
import { leaksIn, SECRET, secretForms } from './corpus.js';
import { completion, startHostileServer, type Answer, type HostileServer, type SeenRequest } from './hostile-server.js';

/** Written into the suite: the http agent's URL password, its `?api_key=`, the simulator's and judge's password. */
const URL_PASS = 'Vq3-lantern-Ko9.pw';
const QUERY_KEY = 'Qk5mZt8wLp2Rs9';
const ENDPOINT_PASS = 'Sp4-harbour-Lx2.pw';
const SECRETS: Record<string, string> = { SECRET, URL_PASS, QUERY_KEY, ENDPOINT_PASS };

/** Text that would rewrite a terminal, ping people, close the report's HTML or break out of a code fence. */
const HOSTILE =
  '\u001b[2J\u001b]0;pwned\u0007 @octocat @org/team </details><!-- ```` <script>alert(1)</script> ' +
  '<img src=x onerror=alert(1)> \u0000 \ud800 \n::error::PWNED';

/** Every form of every secret, and each split over two lines. */
function allForms(): string[] {
  return Object.values(SECRETS).flatMap((secret) => [
    ...Object.values(secretForms(secret)),
    `${secret.slice(0, 7)}\n${secret.slice(7)}`,
  ]);
}

/**
 * An error body echoing what the request carried: the n-th request leads with a different form (an excerpt keeps
 * only its start), then the Authorization header and the URL as received, then the hostile text.
 */
function echo(request: SeenRequest, n: number): string {
  const forms = allForms();
  const first = n % forms.length;
  const rotated = [...forms.slice(first), ...forms.slice(0, first)];
  return `${rotated.join(' ')} auth=${request.headers.authorization} url=${request.url} ${HOSTILE}`;
}

function errorAnswer(status: number, request: SeenRequest, n: number): Answer {
  return {
    status,
    headers: { 'retry-after': '0' },
    body: JSON.stringify({ error: { message: echo(request, n), type: 'hostile' } }),
  };
}

/** An http agent that replies with everything it was sent, every form, the hostile text and a 1 MB line. */
function echoingReply(request: SeenRequest, n: number): Answer {
  const huge = hugeLineSent ? '' : ` ${'A'.repeat(1024 * 1024)}`;
  hugeLineSent = true;
  return { status: 200, body: JSON.stringify({ reply: `Hello! ${echo(request, n)}${huge}` }) };
}

let server: HostileServer;
let dir: string;
/** One reply of each test carries the 1 MB line. */
let hugeLineSent = false;
const env = () => ({ PATH: process.env['PATH'], LLM_ACCESS: SECRET });

beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  dir = await tempDir('rehearse-newest-paths-');
  server.reset();
  hugeLineSent = false;
  // The preflight probes (GET) are answered: the trials' own calls get the echoes.
  for (const route of ['/agent', '/sim', '/judge']) server.routes.set(route, () => completion('ok'));
});

interface SuiteOptions {
  readonly tests: string;
  readonly run?: string;
  /** Sent by the http agent: one naming a `${VAR}` credential makes the preflight probe it. */
  readonly headers?: string;
}

/** A credential header: the http agent is probed before the run. */
const PROBED = '{ X-Key: "${AGENT_KEY}" }';

function suiteYaml({ tests, run = '{ retries: 1 }', headers = '{}' }: SuiteOptions): string {
  const origin = server.origin;
  return `version: 1
name: hostile neighbours
agents:
  - { id: web, type: http, url: "http://bot:${URL_PASS}@${origin}/agent?api_key=${QUERY_KEY}", timeout_ms: 5000, headers: ${headers} }
simulator: { model: sim-model, base_url: "http://sim:${ENDPOINT_PASS}@${origin}/sim/v1", api_key_env: LLM_ACCESS }
judge: { model: judge-model, base_url: "http://judge:${ENDPOINT_PASS}@${origin}/judge/v1", api_key_env: LLM_ACCESS }
pricing:
  sim-model: { input: 0.1, output: 0.1 }
  judge-model: { input: 0.1, output: 0.1 }
personas:
  - { id: p, role: a customer }
scenarios:
  - { id: chat, type: behavioral, objective: get help, instructions: Ask for help., first_message: Hi, max_turns: 2 }
run: ${run}
${tests}`;
}

/** Three dataset tests in each of two datasets, all on the http agent. */
const DATASETS = `datasets:
${['a', 'b']
  .map(
    (id) =>
      `  - id: ${id}\n    agent: web\n    criteria: [{ type: expected_output, match: contains }]\n` +
      `    items: [{ id: i1, input: hi, expected_output: zz }, { id: i2, input: hi, expected_output: zz }, ` +
      `{ id: i3, input: hi, expected_output: zz }]`,
  )
  .join('\n')}
`;

/** Conversation tests with the simulated user's LLM and a rubric judged by the judge's. */
const CONVERSATIONS = `tests:
${Array.from(
  { length: 6 },
  (_, i) => `  - { id: talk${i}, persona: p, scenario: chat, criteria: [{ type: rubric, rubric: "Helps them." }] }`,
).join('\n')}
`;

/** Every file under `root` (the suite itself holds the URL secrets by design: left out), by relative path. */
async function filesIn(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true })) {
    const path = join(root, entry);
    if (entry === 'rehearse.yaml' || (await stat(path)).isDirectory()) continue;
    files[relative(root, path)] = await readFile(path, 'utf8');
  }
  return files;
}

async function outputsOf(io: CapturedIO): Promise<Record<string, string>> {
  return { stdout: io.out.join(''), stderr: io.err.join(''), ...(await filesIn(dir)) };
}

/** Every form of every secret in every output, by name: `URL_PASS hex cut in report/report.md`. */
function leaks(outputs: Record<string, string>): string[] {
  return Object.entries(outputs).flatMap(([name, text]) =>
    Object.entries(SECRETS).flatMap(([secret, value]) =>
      leaksIn(text, value).map((form) => `${secret} ${form} in ${name}`),
    ),
  );
}

/** What the hostile text did where it was rendered: each entry names a sign that it was not rendered inert. */
function renderProblems(outputs: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [name, text] of Object.entries(outputs)) {
    const rendered = /\.(md|html)$/.test(name);
    const printed = name === 'stdout' || name === 'stderr';
    if ((rendered || printed) && /[\u0000\u0007\u001b]/.test(text)) problems.push(`control characters in ${name}`);
    if (printed && /^\s*::(error|warning|notice)/m.test(text)) problems.push(`workflow command in ${name}`);
    if (!rendered) continue;
    if (/<script>alert|<img src=x|<!-- ````/i.test(text)) problems.push(`raw HTML from outside in ${name}`);
    // GitHub renders the markdown (the PR comment, the job summary): a mention there would ping someone.
    if (name.endsWith('.md') && /@(octocat|org\/team)/.test(text)) problems.push(`live mention in ${name}`);
    const opened = text.match(/<details\b/g)?.length ?? 0;
    const closed = text.match(/<\/details>/g)?.length ?? 0;
    if (opened !== closed) problems.push(`${opened} <details> but ${closed} </details> in ${name}`);
  }
  return problems;
}

describe('the newest paths out, with neighbours that echo every credential', () => {
  it('an http agent outage: retries, the breaker trip, the gate line, the rerun hint and every file', async () => {
    // 429 (retried), then 503 (retried), then 500 (not retried): every trial errors, the breaker stops the agent.
    server.routes.set('/agent', (request, n) =>
      request.method === 'GET' ? completion('ok') : errorAnswer([429, 503, 500][n % 3]!, request, n),
    );
    await writeFile(join(dir, 'rehearse.yaml'), suiteYaml({ tests: DATASETS, run: '{ retries: 2, concurrency: 1 }' }));
    const io = capturedIO(dir, env());
    const args = ['run', '-o', 'out/results.json', '--report-dir', 'report', '--record', 'calls.jsonl'];
    expect(await cli(args, io)).toBe(1);
    const outputs = await outputsOf(io);

    // The paths were taken: retries, the trip, its infrastructure entry and gate line, the hint to run again.
    const results = await readResults(join(dir, 'out/results.json'));
    expect(results.infrastructure?.[0]).toMatchObject({ role: 'agent', agent: 'web' });
    // An http agent's URL is shown without its user, password and query (engine/http.ts withoutCredentials).
    expect(results.infrastructure?.[0]?.message).toMatch(/^HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/agent\?…/);
    expect(outputs['stdout']).toMatch(/Gate: ❌ infrastructure: agent web stopped after 5 errored trials/);
    expect(outputs['stdout']).toMatch(/--rerun-errored/);
    expect(outputs['stderr']).toMatch(/↻ \d+ retries \(last: HTTP (429|503) from http:\/\/127\.0\.0\.1:\d+\/agent\?…/);
    // Three requests a trial (two retries), five trials or more before the trip.
    const posts = server.seen.filter((seen) => seen.url.startsWith('/agent') && seen.method === 'POST');
    expect(posts.length).toBeGreaterThanOrEqual(15);
    // Every request carried the secrets: the echoes had something to give away.
    expect(server.seen.at(-1)?.headers.authorization).toBe(`Basic ${btoa(`bot:${URL_PASS}`)}`);

    expect(leaks(outputs)).toEqual([]);
    expect(renderProblems(outputs)).toEqual([]);
  });

  it('a simulator outage and a judge that echoes: the simulator trip and the judge reasons', async () => {
    server.routes.set('/agent', echoingReply);
    server.routes.set('/sim', (request, n) =>
      request.method === 'GET' ? completion('ok') : errorAnswer(503, request, n),
    );
    server.routes.set('/judge', (request, n) => completion(JSON.stringify({ score: 1, reason: echo(request, n) })));
    await writeFile(join(dir, 'rehearse.yaml'), suiteYaml({ tests: CONVERSATIONS }));
    const io = capturedIO(dir, env());
    expect(await cli(['run', '-o', 'out/results.json', '--report-dir', 'report'], io)).toBe(1);
    const outputs = await outputsOf(io);
    const results = await readResults(join(dir, 'out/results.json'));
    expect(results.infrastructure?.[0]).toMatchObject({ role: 'simulator', model: 'sim-model' });
    expect(outputs['stdout']).toMatch(/simulator \(model sim-model\) stopped after 5 errored trials/);
    expect(leaks(outputs)).toEqual([]);
    expect(renderProblems(outputs)).toEqual([]);
  });

  it('a trial that times out waiting for the simulator: the message names the model and the last failure', async () => {
    server.routes.set('/agent', echoingReply);
    server.routes.set('/sim', (request, n) =>
      request.method === 'GET' ? completion('ok') : n === 1 ? errorAnswer(503, request, n) : 'hang',
    );
    server.routes.set('/judge', () => completion('{"score": 1, "reason": "fine"}'));
    const tests = CONVERSATIONS.split('\n').slice(0, 2).join('\n');
    const run = '{ retries: 3, call_timeout_ms: 300, trial_timeout_ms: 900 }';
    await writeFile(join(dir, 'rehearse.yaml'), suiteYaml({ tests: `${tests}\n`, run }));
    const io = capturedIO(dir, env());
    await cli(['run', '-o', 'out/results.json', '--report-dir', 'report'], io);
    const outputs = await outputsOf(io);
    const results = await readResults(join(dir, 'out/results.json'));
    expect(results.trials[0]?.reason).toMatch(
      /trial_timeout_ms \(900 ms\) while waiting for the simulator \(model sim-model, \d+ retr(y|ies) so far; the last failure: /,
    );
    expect(leaks(outputs)).toEqual([]);
    expect(renderProblems(outputs)).toEqual([]);
  });

  it('the preflight probe of URLs with credentials: refused and unreachable, the warnings name no secret', async () => {
    server.routes.set('/agent', (request, n) => ({ status: 401, body: echo(request, n) }));
    server.routes.set('/sim', (request, n) => errorAnswer(401, request, n));
    const outputs: Record<string, string> = {};
    for (const [name, tests] of [
      ['simulator', CONVERSATIONS],
      ['agent', DATASETS],
    ] as const) {
      await writeFile(join(dir, 'rehearse.yaml'), suiteYaml({ tests, headers: PROBED }));
      const io = capturedIO(dir, { ...env(), AGENT_KEY: 'agent-header-key-0042' });
      await cli(['run', '-o', `out/${name}.json`], io);
      for (const [file, text] of Object.entries(await outputsOf(io))) outputs[`${name}: ${file}`] = text;
    }
    expect(outputs['simulator: stderr']).toMatch(
      /preflight: simulator: the key in LLM_ACCESS was rejected by http:\/\/sim:\*\*\*@127\.0\.0\.1:\d+\/sim\/v1/,
    );
    expect(outputs['agent: stderr']).toMatch(
      /preflight: agent web: .*http:\/\/bot:\*\*\*@127\.0\.0\.1:\d+\/agent\?api_key=\*\*\*/,
    );
    expect(server.seen.some((seen) => seen.method === 'GET' && seen.url.startsWith('/agent?api_key='))).toBe(true);

    // Nothing listens there: the warning quotes the URL and the system's reason.
    const closed = await startHostileServer();
    await closed.close();
    await writeFile(
      join(dir, 'rehearse.yaml'),
      suiteYaml({ tests: DATASETS, headers: PROBED }).replaceAll(server.origin, closed.origin),
    );
    const unreachable = capturedIO(dir, { ...env(), AGENT_KEY: 'agent-header-key-0042' });
    await cli(['run', '-o', 'out/unreachable.json'], unreachable);
    outputs['unreachable'] = unreachable.text();
    expect(outputs['unreachable']).toMatch(/preflight: agent web: http:\/\/bot:\*\*\*@.* did not answer/);
    expect(leaks(outputs)).toEqual([]);
    expect(renderProblems(outputs)).toEqual([]);
  });

  it('merge: shards of an outage, and a shard from elsewhere that still holds the secrets', async () => {
    server.routes.set('/agent', (request, n) =>
      request.method === 'GET' ? completion('ok') : errorAnswer(n % 2 ? 503 : 500, request, n),
    );
    await writeFile(join(dir, 'rehearse.yaml'), suiteYaml({ tests: DATASETS }));
    for (const shard of ['1/2', '2/2']) {
      const io = capturedIO(dir, env());
      await cli(['run', '--shard', shard, '-o', `shard-${shard[0]}.json`], io);
    }
    const clean = capturedIO(dir, env());
    await cli(['merge', 'shard-1.json', 'shard-2.json', '-o', 'merged.json'], clean);
    expect(leaks(await outputsOf(clean))).toEqual([]);

    // A hand-made or older shard: its breaker entry and a trial's reason carry the secrets in every form.
    const shard = await readResults(join(dir, 'shard-2.json'));
    const dirty = allForms().join(' | ');
    await writeResults(join(dir, 'shard-2.json'), {
      ...shard,
      infrastructure: [{ agent: 'web', testKeys: ['b/i1'], erroredTrials: 5, notRun: 0, message: dirty }],
      trials: shard.trials.map((trial) => ({ ...trial, reason: dirty })),
    });
    const io = capturedIO(dir, env());
    await cli(['merge', 'shard-1.json', 'shard-2.json', '-o', 'merged.json'], io);
    const outputs = {
      stdout: io.out.join(''),
      stderr: io.err.join(''),
      merged: await readFile(join(dir, 'merged.json'), 'utf8'),
    };
    expect(outputs.merged).toContain('***');
    expect(leaks(outputs)).toEqual([]);
  });
});

import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { cli } from '../../src/cli/main.js';
import { readResults } from '../../src/results/index.js';
import { startFakeOpenAI } from '../support/fake-openai.js';

const REPO = resolve(import.meta.dirname, '../..');
const DEMO = join(REPO, 'fixtures/demo/rehearse.yaml');

function captureIO(cwd: string): CliIO & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env: {},
    isTTY: false,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

/** A suite whose command agent answers after `delayMs`: slow enough to interrupt. */
async function writeSlowSuite(dir: string, runs: number, delayMs: number): Promise<string> {
  await writeFile(
    join(dir, 'slow-bot.mjs'),
    `import { createInterface } from 'node:readline';
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const request = JSON.parse(line);
  if (request.type !== 'turn') return;
  setTimeout(() => process.stdout.write(JSON.stringify({ reply: 'Hello, how can I help?' }) + '\\n'), ${delayMs});
});
`,
  );
  const suite =
    `version: 1
name: slow
agents:
  - { id: slow-bot, type: command, command: [node, slow-bot.mjs] }
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
  - { id: greet, persona: p, scenario: greet, runs: ${runs}, baseline_metrics: false, criteria: [{ type: text, ` +
    `contains: hello }] }
run:
  concurrency: 2
`;
  await writeFile(join(dir, 'rehearse.yaml'), suite);
  return join(dir, 'rehearse.yaml');
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rehearse run', () => {
  it('runs the demo suite offline: per-test pass rates over run counts, results stored locally and at -o', async () => {
    const io = captureIO(dir);
    const code = await cli(
      ['run', '-c', DEMO, '-o', 'out/results.json', '--variants', 'baseline', '--test', 'refund-damaged,order-status'],
      io,
    );
    expect(io.err()).not.toContain('Error');
    expect(code).toBe(0);
    const out = io.out();
    expect(out).toMatch(/✓ refund-damaged\s+baseline\s+#5\s+\d turns, endcall/);
    expect(out).toMatch(
      /refund-damaged\s+baseline\s+5\/5\s+100%\s+pass\^3 1\.00\s+\[0\.57–1\.00\]\s+pass \(needs 80% of 5\)/,
    );
    expect(out).toMatch(/order-status\s+baseline\s+3\/3\s+100%\s+pass\^3 1\.00/);
    expect(out).toContain('Gate: ');
    const results = await readResults(join(dir, 'out/results.json'));
    expect(results.trials).toHaveLength(8);
    const stored = await readdir(join(dir, '.rehearse/runs'));
    expect(stored).toContain(`${results.runId}.json`);
  });

  it('the flags the demo names for its skipped tests run them, against a local server and without a key', async () => {
    const server = await startFakeOpenAI({
      respond: (request) =>
        request.response_format
          ? { content: JSON.stringify({ parts: [], verdict: 'pass', reason: 'the agent did it' }) }
          : { content: 'Thanks, that is all. <endcall/>' },
    });
    try {
      const io = captureIO(dir);
      const flags = ['--simulator-base-url', server.baseURL, '--judge-base-url', server.baseURL];
      await cli(['run', '-c', DEMO, '--runs', '1', '--no-confirm', '--no-report', ...flags], io);
      expect(io.out()).toMatch(/\nGate: /);
      expect(io.out()).not.toMatch(/\nskipped \d/);
      expect(io.out()).toMatch(/angry-refund +baseline/);
      expect(server.requests.some((request) => request.response_format)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('the demo (as `npm run demo` runs it) exits 0 offline, lists what it skipped and says how to run it', async () => {
    const io = captureIO(dir);
    const code = await cli(['run', '-c', DEMO, '--report-dir', 'demo-report'], io);
    expect(code).toBe(0);
    const out = io.out();
    expect(out).toContain(
      'skipped 4 (no simulator key): set OPENAI_API_KEY or pass --simulator-base-url and --judge-base-url to ' +
        'run them\n',
    );
    expect(out).toMatch(/ {2}- angry-refund@baseline +behavioral scenario 'angry-refund': OPENAI_API_KEY is not set/);
    expect(out).toMatch(/Gate: ✅ \d+\/28 tests passed; .*; 4 skipped \(allowed\)/);
    const report = await readFile(join(dir, 'demo-report/report.md'), 'utf8');
    expect(report).toContain('### ⏭️ Could not run (4)');
    expect(report).toContain('Allowed by `gate.allow_skipped: true`.');
    const html = await readFile(join(dir, 'demo-report/report.html'), 'utf8');
    expect(html).toContain('<span class="badge skipped">skipped</span> <b>gift-message-fr@candidate</b>');

    // The flagship case, the same in every output: the candidate's refund drop is confirmed and called a
    // regression; the green gate says plainly that its fail_on does not gate regressions and what a PR gate would do.
    const regression = /refund-damaged@candidate +30\/30 on baseline → 3\/5 now, (\d+)\/30 after confirmation/;
    expect(out).toMatch(/Confirmed regressions \(2\):\n {4}refund-damaged@candidate /);
    expect(out).toMatch(regression);
    expect(out).toMatch(/a PR gate with fail_on \[regression\] would have failed: refund-damaged@candidate/);
    expect(report).toMatch(/### ❌ Confirmed regressions \(2\)\n\n(?:.*\n)*#### `refund-damaged@candidate`/);
    expect(html).toMatch(
      /<article class="test v-fail regression" id="refund-damaged@candidate"[^>]* data-section="regression"/,
    );
    expect(html.indexOf('<section id="verdict"')).toBeLessThan(html.indexOf('<section class="cards"'));
    for (const text of [out, report]) {
      expect(text).not.toMatch(/not confirmed|Suspected drops|no confirmation trials|rerun with confirmation/);
    }
    expect(html).not.toMatch(/data-section="(?:suspected|not_confirmed)"|no confirmation trials|rerun with/);
    const results = /Results: (.*\.json)/.exec(out)![1]!;
    const xmlIo = captureIO(dir);
    expect(await cli(['report', results, '--format', 'junit'], xmlIo)).toBe(0);
    const testcase = /<testcase classname="[^"]*\.candidate" name="refund-damaged"[\s\S]*?<\/testcase>/.exec(
      xmlIo.out(),
    )?.[0];
    expect(testcase).toContain('<property name="section" value="regression"/>');
    expect(testcase).toMatch(/<failure message="regression: 30\/30 on baseline → 3\/5 now, \d+\/30 after confirmation/);
  });

  it('without gate.allow_skipped, a missing simulator key fails the run and names the variable', async () => {
    const copy = join(dir, 'demo-strict');
    await cp(join(REPO, 'fixtures/demo'), copy, { recursive: true });
    const suite = await readFile(join(copy, 'rehearse.yaml'), 'utf8');
    expect(suite).toContain('  allow_skipped: true\n');
    await writeFile(join(copy, 'rehearse.yaml'), suite.replace('  allow_skipped: true\n', ''));
    const io = captureIO(dir);
    const code = await cli(
      [
        'run',
        '-c',
        join(copy, 'rehearse.yaml'),
        '--variants',
        'baseline',
        '--test',
        'angry-refund,greeting-first',
        '-o',
        'strict.json',
      ],
      io,
    );
    expect(code).toBe(1);
    expect(io.out()).toContain(
      'Gate: ❌ 1 test could not run: OPENAI_API_KEY is not set (simulator of scenario angry-refund) — add the ' +
        'secret or set gate.allow_skipped: true\n',
    );
    const results = await readResults(join(dir, 'strict.json'));
    expect(results.skipped).toEqual([
      expect.objectContaining({
        key: 'angry-refund@baseline',
        testId: 'angry-refund',
        priority: 'high',
        missing: expect.objectContaining({ envVar: 'OPENAI_API_KEY' }),
      }),
    ]);
    // Deselected by a filter is not skipped.
    expect(results.skipped.map((entry) => entry.testId)).not.toContain('gift-message-fr');
  });

  it("--report-dir: the report is written with the comparison the gate judged, at the suite's gate.alpha", async () => {
    const copy = join(dir, 'demo-alpha');
    await cp(join(REPO, 'fixtures/demo'), copy, { recursive: true });
    const suite = await readFile(join(copy, 'rehearse.yaml'), 'utf8');
    await writeFile(
      join(copy, 'rehearse.yaml'),
      suite.replace('  fail_on: [critical]\n', '  fail_on: [critical, regression]\n  alpha: 0.3\n'),
    );
    const io = captureIO(dir);
    await cli(['run', '-c', join(copy, 'rehearse.yaml'), '--report-dir', 'alpha-report'], io);
    const gateLine = /Gate: (.*)/.exec(io.out())?.[1] ?? '';
    const report = await readFile(join(dir, 'alpha-report/report.md'), 'utf8');
    // The report states the gate's own verdict line and the suite's run-level α.
    expect(report).toContain(`**${gateLine}**`);
    expect(report).toContain("the run's false-fail rate stays ≤ 0.3");
    // The candidate's drops got confirmation trials in the run: confirmed, they are regressions that fail the gate.
    const regressions = /Candidate vs baseline: (\d+) regressions? · /.exec(report);
    expect(Number(regressions?.[1])).toBeGreaterThan(0);
    expect(gateLine).toContain(`${regressions?.[1]} regression`);
  });

  it('sharded runs merged with `rehearse merge` equal the unsharded run', async () => {
    const common = ['run', '-c', DEMO, '--variants', 'baseline', '--tags', 'status,faq'];
    expect(await cli([...common, '-o', 'full.json'], captureIO(dir))).toBe(0);
    expect(await cli([...common, '--shard', '1/2', '-o', 's1.json'], captureIO(dir))).toBe(0);
    expect(await cli([...common, '--shard', '2/2', '-o', 's2.json'], captureIO(dir))).toBe(0);
    const mergeIO = captureIO(dir);
    expect(await cli(['merge', 's2.json', 's1.json', '-o', 'merged.json'], mergeIO)).toBe(0);
    expect(mergeIO.out()).toContain('Merged 2 shards');
    const [full, merged, s1, s2] = await Promise.all(
      ['full.json', 'merged.json', 's1.json', 's2.json'].map((file) => readResults(join(dir, file))),
    );
    expect(s1!.trials.length).toBeGreaterThan(0);
    expect(s2!.trials.length).toBeGreaterThan(0);
    const verdicts = (results: typeof full) =>
      Object.fromEntries(results!.tests.map((test) => [test.key, [test.verdict, test.passes, test.trials]]));
    expect(verdicts(merged)).toEqual(verdicts(full));
    const { durationMs: _a, latencyP50: _b, latencyP95: _c, ...mergedTotals } = merged!.totals;
    const { durationMs: _d, latencyP50: _e, latencyP95: _f, ...fullTotals } = full!.totals;
    expect(mergedTotals).toEqual(fullTotals);

    const partialIO = captureIO(dir);
    // Written (to report what there is), but the exit status says the merge is incomplete.
    expect(await cli(['merge', 's1.json', '-o', 'partial.json'], partialIO)).toBe(1);
    expect(partialIO.out()).toContain('status stopped');
    expect(partialIO.err()).toContain('incomplete merge: shard 2 of 2 is missing');
    expect(await readResults(join(dir, 'partial.json'))).toMatchObject({
      status: 'stopped',
      missingShards: { total: 2, indexes: [2] },
    });
  });

  it('usage mistakes exit 2 with one line; an invalid suite prints every issue and exits 1', async () => {
    const io = captureIO(dir);
    expect(await cli(['run', '--runs', 'zero'], io)).toBe(2);
    expect(io.err()).toContain("--runs: expected a whole number from 1 to 1,000, got 'zero'");
    const huge = captureIO(dir);
    expect(await cli(['run', '--runs', '1000000000'], huge)).toBe(2);
    expect(huge.err()).toContain("--runs: expected a whole number from 1 to 1,000, got '1000000000'");
    await writeFile(
      join(dir, 'broken.yaml'),
      'version: 1\ntests:\n  - { id: t, persona: nobody, scenario: nothing }\n',
    );
    const broken = captureIO(dir);
    expect(await cli(['run', '-c', 'broken.yaml'], broken)).toBe(1);
    expect(broken.err()).toMatch(/broken\.yaml:\d+:\d+: /);
    expect(broken.err()).toContain('nothing was run');
  });

  it('report --format html into a path it cannot write fails with the cause instead of waiting forever', async () => {
    const io = captureIO(dir);
    const target = join(dir, 'a-directory');
    await mkdir(target);
    const code = await Promise.race([
      cli(['report', join(REPO, 'fixtures/results/regressions.current.json'), '--format', 'html', '-o', target], io),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5_000)),
    ]);
    expect(code).not.toBe(0);
    expect(code).not.toBe('still waiting');
    expect(io.err()).toContain('EISDIR');
  });

  it('merge rejects files of different suites with a clear error', async () => {
    const slowSuite = await writeSlowSuite(dir, 1, 1);
    expect(await cli(['run', '-c', slowSuite, '-o', 'other.json'], captureIO(dir))).toBe(0);
    const io = captureIO(dir);
    expect(await cli(['merge', 'full.json', 'other.json', '-o', 'bad.json'], io)).toBe(2);
    expect(io.err()).toContain('only shards of one suite can be merged');
  });
});

describe('rehearse run against an endpoint that fails before it answers', () => {
  it('says on the progress line that calls were retried, and why', async () => {
    let failed = false;
    const server = await startFakeOpenAI({
      respond: () => (failed ? { content: 'Hello!' } : ((failed = true), { fault: 'server_error', status: 503 })),
    });
    const retryDir = await mkdtemp(join(tmpdir(), 'rehearse-retry-'));
    try {
      await writeSlowSuite(retryDir, 1, 1);
      const suite = (await readFile(join(retryDir, 'rehearse.yaml'), 'utf8')).replace(
        '{ id: slow-bot, type: command, command: [node, slow-bot.mjs] }',
        `{ id: slow-bot, type: openai, model: m, base_url: "${server.baseURL}", system_prompt: Greet. }`,
      );
      await writeFile(join(retryDir, 'rehearse.yaml'), suite);
      const io = captureIO(retryDir);
      expect(await cli(['run', '--no-report'], io)).toBe(0);
      expect(io.err()).toMatch(/progress: 1\/1 trials .*↻ 1 retry \(last: HTTP 503: The server had an error\)/);
    } finally {
      await server.close();
      await rm(retryDir, { recursive: true, force: true });
    }
  });
});

describe('--simulator-base-url', () => {
  it('runs behavioral scenarios against any OpenAI-compatible URL (flag or REHEARSE_SIMULATOR_BASE_URL)', async () => {
    const server = await startFakeOpenAI({ respond: () => ({ content: 'Hi, can you help me with my order?' }) });
    const simDir = await mkdtemp(join(tmpdir(), 'rehearse-sim-'));
    try {
      await writeSlowSuite(simDir, 1, 1);
      const behavioral =
        `version: 1
name: sim
simulator: { model: suite-simulator }
agents:
  - { id: slow-bot, type: command, command: [node, slow-bot.mjs] }
personas:
  - { id: p, role: a customer }
  - id: q
    role: a customer with a simulator of their own
    simulator: { model: persona-sim, base_url: "https://persona-sim.invalid/v1", system_prompt: You are Quinn. }
scenarios:
  - { id: b, type: behavioral, objective: get help, instructions: Ask for help with your order., first_message: ` +
        `Hello, max_turns: 2 }
tests:
  - { id: ask, persona: p, scenario: b, baseline_metrics: false, criteria: [{ type: text, contains: help }] }
  - { id: ask-q, persona: q, scenario: b, baseline_metrics: false, criteria: [{ type: text, contains: help }] }
`;
      await writeFile(join(simDir, 'sim.yaml'), behavioral);
      const offline = captureIO(simDir);
      // Every test skipped: one line before any trial, no trial started, and the gate fails (nothing passed).
      expect(await cli(['run', '-c', 'sim.yaml'], offline)).toBe(1);
      expect(offline.err()).toContain(
        "preflight: simulator: OPENAI_API_KEY is not set (the simulator's API key): 2 tests skipped",
      );
      expect(offline.out()).toContain('Running 0 trials');

      const flagged = captureIO(simDir);
      expect(
        await cli(
          [
            'run',
            '-c',
            'sim.yaml',
            '--simulator-base-url',
            server.baseURL,
            '--simulator-model',
            'local-sim',
            '-o',
            'sim.json',
          ],
          flagged,
        ),
      ).toBe(0);
      expect(flagged.out()).toMatch(/✓ ask\s+default\s+#1\s+2 turns, max_turns/);
      expect(server.requests.length).toBeGreaterThan(0);
      // The flags win over a persona's own model and endpoint too; its prompt stays.
      expect(server.requests.every((request) => request.model === 'local-sim')).toBe(true);
      expect(server.requests.some((request) => request.messages[0]?.content?.startsWith('You are Quinn.'))).toBe(true);

      const fromEnv = { ...captureIO(simDir), env: { REHEARSE_SIMULATOR_BASE_URL: server.baseURL } };
      const before = server.requests.length;
      expect(await cli(['run', '-c', 'sim.yaml'], fromEnv)).toBe(0);
      expect(server.requests.slice(before).every((request) => request.model === 'suite-simulator')).toBe(true);
    } finally {
      await server.close();
      await rm(simDir, { recursive: true, force: true });
    }
  });
});

function spawnRun(cwd: string, args: string[]) {
  const tsx = pathToFileURL(join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;
  return spawn(process.execPath, ['--import', tsx, join(REPO, 'src/cli/index.ts'), 'run', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('cancellation of a real `rehearse run` process', () => {
  it('a second SIGINT exits at once', async () => {
    const cancelDir = await mkdtemp(join(tmpdir(), 'rehearse-sigint2-'));
    try {
      const suite = await writeSlowSuite(cancelDir, 4, 5_000);
      const child = spawnRun(cancelDir, ['-c', suite]);
      let stderr = '';
      let sent = 0;
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        // The first once the run started, the second once the first was acknowledged (trials still take 5 s each).
        if ((sent === 0 && /progress: 0\//.test(stderr)) || (sent === 1 && stderr.includes('SIGINT received'))) {
          sent++;
          child.kill('SIGINT');
        }
      });
      const code = await new Promise<number | null>((resolvePromise) =>
        child.on('exit', (exitCode) => resolvePromise(exitCode)),
      );
      expect(code).toBe(130);
      expect(stderr).toContain('second SIGINT, exiting now');
    } finally {
      await rm(cancelDir, { recursive: true, force: true });
    }
  });

  it('SIGINT stops the run, writes exactly the finished trials with status stopped, exits 130', async () => {
    const cancelDir = await mkdtemp(join(tmpdir(), 'rehearse-sigint-'));
    try {
      const suite = await writeSlowSuite(cancelDir, 40, 150);
      const child = spawnRun(cancelDir, ['-c', suite, '-o', 'partial.json']);
      let stderr = '';
      let stdout = '';
      let signalled = false;
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        // Plain progress lines come every 10% (4 trials here): interrupt after the first batch.
        if (!signalled && /progress: ([4-9]|\d\d)\//.test(stderr)) {
          signalled = true;
          child.kill('SIGINT');
        }
      });
      const code = await new Promise<number | null>((resolvePromise) =>
        child.on('exit', (exitCode) => resolvePromise(exitCode)),
      );
      expect(signalled, stderr).toBe(true);
      expect(code, stderr + stdout).toBe(130);
      expect(stderr).toContain('SIGINT received: stopping');
      const results = await readResults(join(cancelDir, 'partial.json'));
      expect(results).toMatchObject({ status: 'stopped', stopReason: 'cancelled' });
      expect(results.trials.length).toBeGreaterThanOrEqual(4);
      expect(results.trials.length).toBeLessThan(40);
      expect(results.trials.every((trial) => trial.status === 'pass' && trial.endReason === 'endcall')).toBe(true);
      expect(results.tests[0]).toMatchObject({
        key: 'greet@default',
        verdict: 'not_run',
        passes: results.trials.length,
      });
      expect((await readdir(cancelDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      await rm(cancelDir, { recursive: true, force: true });
    }
  });
});

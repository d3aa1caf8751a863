/**
 * Issue 21's CLI papercuts, through `cli()` as a user types them: "did you mean" for a mistyped command or flag,
 * `--quiet`, one base URL and model per LLM role (and one pair for all), a report next to every run, `runs --delete`
 * leaving nothing behind, `--older-than` on its own.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { roleEndpoints } from '../../src/cli/model-flags.js';
import { capturedIO } from '../support/cli-io.js';
import { callsOf, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { writeGreetingSuite } from '../support/greeting-suite.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-polish-'));
  await writeGreetingSuite(dir, { name: 'polish', runs: 2, baselineMetrics: false });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const storeFiles = async () => (await readdir(join(dir, '.rehearse/runs')).catch(() => [] as string[])).sort();

describe('did you mean', () => {
  it('names the closest command for a mistyped one', async () => {
    const io = capturedIO(dir);
    expect(await cli(['rnu'], io)).toBe(2);
    expect(io.err.join('')).toContain("rehearse: unknown command 'rnu' — did you mean 'run'?");
  });

  it('names the closest flag for a mistyped one, in parseArgs commands and in validate', async () => {
    const run = capturedIO(dir);
    expect(await cli(['run', '--reprot-dir', 'out'], run)).toBe(2);
    expect(run.err.join('')).toBe(
      "rehearse run: unknown option '--reprot-dir' — did you mean '--report-dir'? (see rehearse run --help)\n",
    );
    const validate = capturedIO(dir);
    expect(await cli(['validate', '--jsno'], validate)).toBe(2);
    expect(validate.err.join('')).toContain("unknown option '--jsno' — did you mean '--json'?");
    const far = capturedIO(dir);
    expect(await cli(['runs', '--frobnicate'], far)).toBe(2);
    expect(far.err.join('')).toBe("rehearse runs: unknown option '--frobnicate' (see rehearse runs --help)\n");
  });

  it('a folder flag naming a file is one line and exit 2, not a stack trace: --report-dir, init --dir', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a folder');
    const run = capturedIO(dir);
    expect(await cli(['run', '--no-record-history', '--report-dir', 'a-file'], run)).toBe(2);
    expect(run.err.join('')).toMatch(/\nrehearse run: EEXIST: file already exists, mkdir '.*a-file'\n$/);
    expect(run.err.join('')).not.toContain('    at ');
    const init = capturedIO(dir);
    expect(await cli(['init', '--dir', 'a-file'], init)).toBe(2);
    expect(init.err.join('')).toMatch(/^rehearse init: E[A-Z]+: .*a-file.*\n$/);
    expect(init.err.join('')).not.toContain('    at ');
  });

  it('a suite file written without -c says to give it with -c; another word says none is taken', async () => {
    for (const command of ['validate', 'run']) {
      const io = capturedIO(dir);
      expect(await cli([command, 'rehearse.yaml'], io)).toBe(2);
      expect(io.err.join('')).toBe(
        `rehearse ${command}: unexpected argument 'rehearse.yaml': a suite file is given with -c, as in ` +
          `rehearse ${command} -c rehearse.yaml\n`,
      );
      const other = capturedIO(dir);
      expect(await cli([command, 'now'], other)).toBe(2);
      expect(other.err.join('')).toBe(
        `rehearse ${command}: unexpected argument 'now': rehearse ${command} takes no positional arguments ` +
          `(see rehearse ${command} --help)\n`,
      );
    }
  });
});

describe('--quiet', () => {
  it('run prints only the gate line; errors still show', async () => {
    const io = capturedIO(dir);
    expect(await cli(['run', '--quiet', '--no-record-history'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/^Gate: ✅ 1\/1 tests passed[^\n]*\n$/);
    expect(io.err.join('')).toBe('');
    const loud = capturedIO(dir);
    expect(await cli(['run', '--no-record-history'], loud)).toBe(0);
    expect(loud.out.join('').split('\n').length).toBeGreaterThan(5);

    const broken = capturedIO(dir);
    expect(await cli(['run', '-q', '-c', 'missing.yaml'], broken)).toBe(1);
    expect(broken.err.join('')).toContain('missing.yaml');
  });

  it('validate prints only its verdict; a command without a verdict rejects -q', async () => {
    const io = capturedIO(dir);
    expect(await cli(['validate', '-q'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/^✓ rehearse\.yaml is valid: [^\n]*\n$/);
    const runs = capturedIO(dir);
    expect(await cli(['runs', '--quiet'], runs)).toBe(2);
  });
});

describe('reports and the files of a run', () => {
  it('a report next to the results by default; --report-dir moves it; --no-report skips it', async () => {
    const before = await storeFiles();
    const io = capturedIO(dir);
    expect(await cli(['run', '--no-record-history'], io)).toBe(0);
    const added = (await storeFiles()).filter((file) => !before.includes(file));
    const runId = added.find((file) => file.endsWith('.json'))!.replace(/\.json$/, '');
    // The journal of a finished run is gone already; an interrupted run keeps its own (see the next test).
    expect(added).toEqual([`${runId}.json`, `${runId}.report.html`, `${runId}.report.md`]);
    expect(io.out.join('')).toContain(`Report: ${join(dir, '.rehearse/runs', `${runId}.report.md`)}`);
    expect(await readFile(join(dir, '.rehearse/runs', `${runId}.report.md`), 'utf8')).toContain('greet');

    const moved = capturedIO(dir);
    expect(await cli(['run', '--no-record-history', '--report-dir', 'reports'], moved)).toBe(0);
    expect((await readdir(join(dir, 'reports'))).sort()).toEqual(['report.html', 'report.md']);
    const none = capturedIO(dir);
    const count = (await storeFiles()).length;
    expect(await cli(['run', '--no-record-history', '--no-report'], none)).toBe(0);
    expect(none.out.join('')).not.toContain('Report:');
    expect((await storeFiles()).length).toBe(count + 1); // the results only
  });

  it('runs --delete removes the results, journal, lock and reports of the run, and nothing else', async () => {
    const io = capturedIO(dir);
    expect(await cli(['run', '--no-record-history'], io)).toBe(0);
    const runId = /Results: .*\/(RH-[^/]+)\.json/.exec(io.out.join(''))![1]!;
    // What an interrupted run leaves besides: its journal (for --resume) and a stale lock.
    await writeFile(join(dir, '.rehearse/runs', `${runId}.journal.jsonl`), '{}\n');
    await writeFile(join(dir, '.rehearse/runs', `${runId}.journal.jsonl.lock`), 'stale');
    const others = (await storeFiles()).filter((file) => !file.startsWith(runId));
    expect((await storeFiles()).filter((file) => file.startsWith(runId)).length).toBe(5);
    expect(await cli(['runs', '--delete', runId, '--yes'], capturedIO(dir))).toBe(0);
    expect(await storeFiles()).toEqual(others);
  });

  it('--older-than and --keep work on their own (they imply --prune); --delete with them is refused', async () => {
    const dry = capturedIO(dir);
    expect(await cli(['runs', '--older-than', '1m', '--dry-run'], dry)).toBe(0);
    expect(dry.out.join('')).toBe('Nothing to delete.\n'); // every run here is seconds old
    const keep = capturedIO(dir);
    const runs = (await storeFiles()).filter((file) => /^RH-[^.]+\.json$/.test(file)).length;
    expect(runs).toBeGreaterThan(1);
    expect(await cli(['runs', '--keep', '1', '--yes'], keep)).toBe(0);
    expect(keep.out.join('')).toContain(`Deleted ${runs - 1} runs.`);
    expect((await storeFiles()).filter((file) => file.endsWith('.json')).length).toBe(1);
    const both = capturedIO(dir);
    expect(await cli(['runs', '--delete', 'RH-x', '--keep', '1'], both)).toBe(2);
    expect(both.err.join('')).toContain('choose one');
  });
});

describe('one base URL and model per LLM role', () => {
  it('role flags win over --base-url/--model, which win over the environment', () => {
    const env = { REHEARSE_JUDGE_MODEL: 'env-judge', REHEARSE_SIMULATOR_BASE_URL: 'http://sim.example/v1' };
    expect(roleEndpoints({ 'base-url': 'http://all.example/v1', 'judge-model': 'j' }, env)).toEqual({
      agent: { baseUrl: 'http://all.example/v1' },
      simulator: { baseUrl: 'http://all.example/v1' },
      judge: { baseUrl: 'http://all.example/v1', model: 'j' },
    });
    expect(roleEndpoints({}, env)).toEqual({
      simulator: { baseUrl: 'http://sim.example/v1' },
      judge: { model: 'env-judge' },
    });
    expect(() => roleEndpoints({ 'judge-base-url': 'ftp://x' }, {})).toThrow('--judge-base-url: not an http(s) URL');
  });

  describe('through a local OpenAI-compatible server', () => {
    let server: FakeOpenAI;
    let llmDir: string;
    beforeAll(async () => {
      server = await startFakeOpenAI({
        respond: (request) =>
          request.response_format
            ? {
                content: JSON.stringify({
                  parts: [{ part: 'helped', met: true, evidence: 'help' }],
                  verdict: 'pass',
                  reason: 'ok',
                }),
              }
            : { content: 'Hello, I can help with your order.' },
      });
      llmDir = await mkdtemp(join(tmpdir(), 'rehearse-roles-'));
      await writeFile(
        join(llmDir, 'rehearse.yaml'),
        `version: 1
name: roles
simulator: { model: suite-sim, base_url: "https://sim.invalid/v1" }
judge: { model: suite-judge, base_url: "https://judge.invalid/v1" }
agents:
  - id: bot
    type: openai
    model: suite-agent
    base_url: "https://agent.invalid/v1"
    system_prompt: You are the shop's agent.
personas:
  - { id: p, role: a customer }
scenarios:
  - id: b
    type: behavioral
    objective: get help
    instructions: Ask for help.
    first_message: Hello
    max_turns: 2
    expected_outcome: The agent offers help.
tests:
  - { id: help, persona: p, scenario: b, baseline_metrics: false, criteria: [{ type: expected_outcome }] }
`,
      );
    });
    afterAll(async () => {
      await server.close();
      await rm(llmDir, { recursive: true, force: true });
    });

    const isAgent = (request: { messages: { content?: string | null }[] }) =>
      request.messages.some((message) => message.content?.includes("You are the shop's agent."));

    it('--base-url/--model send every role to one server; --judge-model wins for the judge', async () => {
      const io = capturedIO(llmDir);
      const args = [
        'run',
        '--no-record-history',
        '--base-url',
        server.baseURL,
        '--model',
        'local',
        '--judge-model',
        'local-judge',
      ];
      expect(await cli(args, io), io.text()).toBe(0);
      const calls = callsOf(server);
      const judge = calls.filter((request) => request.response_format);
      const agent = calls.filter((request) => !request.response_format && isAgent(request));
      const simulator = calls.filter((request) => !request.response_format && !isAgent(request));
      expect([judge.length > 0, agent.length > 0, simulator.length > 0]).toEqual([true, true, true]);
      expect(new Set(judge.map((request) => request.model))).toEqual(new Set(['local-judge']));
      expect(new Set([...agent, ...simulator].map((request) => request.model))).toEqual(new Set(['local']));
    });

    it('rejudge takes the judge flags: only the judge is called, at the URL and model they give', async () => {
      const first = capturedIO(llmDir);
      expect(await cli(['run', '--no-record-history', '--base-url', server.baseURL], first), first.text()).toBe(0);
      const stored = /Results: (\S+\.json)/.exec(first.out.join(''))![1]!;
      const before = server.requests.length;
      const io = capturedIO(llmDir);
      const args = ['rejudge', stored, '--base-url', server.baseURL, '--judge-model', 'rejudge-judge'];
      expect(await cli(args, io), io.text()).toBe(0);
      const calls = callsOf({ requests: server.requests.slice(before) });
      expect(calls.length).toBeGreaterThan(0);
      expect(new Set(calls.map((request) => request.model))).toEqual(new Set(['rejudge-judge']));
      expect(calls.every((request) => request.response_format)).toBe(true);
    });

    it('--agent-model and --simulator-base-url change only their role', async () => {
      const before = server.requests.length;
      const io = capturedIO(llmDir);
      const args = [
        'run',
        '--no-record-history',
        '--agent-base-url',
        server.baseURL,
        '--agent-model',
        'agent-only',
        '--simulator-base-url',
        server.baseURL,
        '--judge-base-url',
        server.baseURL,
      ];
      expect(await cli(args, io), io.text()).toBe(0);
      const calls = callsOf({ requests: server.requests.slice(before) });
      const models = (keep: (request: (typeof calls)[number]) => boolean) =>
        new Set(calls.filter(keep).map((request) => request.model));
      expect(models((request) => Boolean(request.response_format))).toEqual(new Set(['suite-judge']));
      expect(models((request) => !request.response_format && isAgent(request))).toEqual(new Set(['agent-only']));
      expect(models((request) => !request.response_format && !isAgent(request))).toEqual(new Set(['suite-sim']));
    });
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { cli } from '../../src/cli/main.js';
import { startFakeOpenAI } from '../support/fake-openai.js';

const REPO = join(import.meta.dirname, '..', '..');

function captureIO(env: Record<string, string> = {}): CliIO & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: REPO,
    env,
    isTTY: false,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('rehearse validate', () => {
  it('exits 0 on the demo with a summary and the plan, critical first, skips listed', async () => {
    const io = captureIO();
    expect(await cli(['validate', '-c', 'fixtures/demo/rehearse.yaml'], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/is valid: suite 'order-support demo'/);
    expect(out).toMatch(
      /2 agents · 5 personas · 9 scenarios · 5 profiles · 3 tools · 12 tests · 1 set · 1 dataset \(4 items\)/,
    );
    const planLines = out.split('\n').filter((line) => /^\s+(critical|high|normal|low)\s/.test(line));
    expect(planLines[0]).toMatch(/critical\s+order-status\s+3 runs × baseline, candidate/);
    expect(planLines.at(-1)).toMatch(/^\s+low/);
    expect(out).toMatch(/Skipped \(4\):\n\s+angry-refund@baseline: behavioral scenario/);
    // The preflight's one line per role, as `rehearse run` prints it before its first trial.
    expect(out).toContain(
      "Preflight:\n  simulator: OPENAI_API_KEY is not set (the simulator's API key): 4 tests skipped\n",
    );
  });

  it('plans behavioral tests when the simulator key is set', async () => {
    const io = captureIO({ OPENAI_API_KEY: 'sk-test' });
    expect(await cli(['validate', '-c', 'fixtures/demo/rehearse.yaml'], io)).toBe(0);
    expect(io.out()).not.toMatch(/Skipped/);
    expect(io.out()).toMatch(/angry-refund/);
  });

  it('exits 1 on a broken suite with every error as file:line:column and a count, no stack', async () => {
    const io = captureIO();
    expect(await cli(['validate', '-c', 'fixtures/broken/several-errors/rehearse.yaml'], io)).toBe(1);
    const err = io.err();
    expect(err).toMatch(/^fixtures\/broken\/several-errors\/rehearse\.yaml:5:14: command: expected a list/);
    expect(err).toMatch(/\n6 errors in fixtures\/broken\/several-errors\/rehearse\.yaml\n$/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('reports a missing config as an error line, not a crash', async () => {
    const io = captureIO();
    expect(await cli(['validate', '-c', 'nope/rehearse.yaml'], io)).toBe(1);
    expect(io.err()).toMatch(/^nope\/rehearse\.yaml:1:1: cannot read suite file: no such file/);
  });

  it('prints machine-readable JSON with --json', async () => {
    const ok = captureIO();
    expect(await cli(['validate', '-c', 'fixtures/demo/rehearse.yaml', '--json'], ok)).toBe(0);
    const parsed = JSON.parse(ok.out()) as {
      ok: boolean;
      counts: Record<string, number>;
      plan: { trials: number; skipped: unknown[] };
    };
    expect(parsed).toMatchObject({ ok: true, counts: { tests: 12, dataset_items: 4 } });
    expect(parsed.plan.trials).toBeGreaterThan(0);
    const bad = captureIO();
    expect(await cli(['validate', '-c', 'fixtures/broken/unknown-persona/rehearse.yaml', '--json'], bad)).toBe(1);
    expect(JSON.parse(bad.out())).toMatchObject({ ok: false, issues: [{ line: 15, column: 14, severity: 'error' }] });
  });

  it('--check-keys probes each endpoint whose key is set and fails on a refused key', async () => {
    const server = await startFakeOpenAI({
      respond: () => ({ fault: 'server_error', status: 401, message: 'invalid api key' }),
    });
    const dir = await mkdtemp(join(tmpdir(), 'rehearse-validate-keys-'));
    try {
      await writeFile(
        join(dir, 'rehearse.yaml'),
        `version: 1
name: keys
agents:
  - { id: bot, type: openai, model: m, base_url: "${server.baseURL}", api_key_env: BOT_KEY }
personas:
  - { id: p, role: a customer }
scenarios:
  - id: s
    type: scripted
    match: keywords
    conditional_actions:
      role: You are a customer.
      conditions: [{ id: 0, condition: FIRST_MESSAGE, action: Hi, fixed_message: true }]
tests:
  - { id: t, persona: p, scenario: s, baseline_metrics: false, criteria: [{ type: text, contains: hi }] }
`,
      );
      const plain = { ...captureIO({ BOT_KEY: 'sk-wrong' }), cwd: dir };
      // Without the flag, validate sends nothing: a suite's files are valid whatever the keys.
      expect(await cli(['validate'], plain)).toBe(0);
      expect(server.requests).toHaveLength(0);
      const checked = { ...captureIO({ BOT_KEY: 'sk-wrong' }), cwd: dir };
      expect(await cli(['validate', '--check-keys'], checked)).toBe(1);
      expect(server.requests).toHaveLength(1);
      expect(checked.out()).toContain(
        `Preflight:\n  agent bot: the key in BOT_KEY was rejected by ${server.baseURL} (HTTP 401): 1 test skipped`,
      );
      expect(checked.err()).toContain('rehearse validate: 1 test could not run here (above)');
      const unset = { ...captureIO({}), cwd: dir };
      // A loopback endpoint without a key is not probed (a local server takes any key).
      expect(await cli(['validate', '--check-keys', '--json'], unset)).toBe(0);
      expect(JSON.parse(unset.out())).toMatchObject({ ok: true, preflight: [] });
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown option as a usage mistake', async () => {
    const io = captureIO();
    expect(await cli(['validate', '--frobnicate'], io)).toBe(2);
    expect(io.err()).toMatch(/unknown option '--frobnicate'/);
  });
});

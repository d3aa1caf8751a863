import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { cli } from '../../src/cli/main.js';

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
    expect(out).toMatch(/Skipped without a simulator \(4\):\n\s+angry-refund@baseline: behavioral scenario/);
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

  it('rejects an unknown option as a usage mistake', async () => {
    const io = captureIO();
    expect(await cli(['validate', '--frobnicate'], io)).toBe(2);
    expect(io.err()).toMatch(/unknown option '--frobnicate'/);
  });
});

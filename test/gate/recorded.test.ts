/** The gate settings a run used travel with its results: `rehearse report`/`compare` judge it the same way. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { cli } from '../../src/cli/main.js';
import { ResultsSchema } from '../../src/model/results.js';
import { buildResults } from '../support/results-builder.js';

const scratch = mkdtempSync(join(tmpdir(), 'rehearse-gate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function captureIO(): CliIO & { out: () => string } {
  const out: string[] = [];
  return {
    stdout: (t) => out.push(t),
    stderr: () => undefined,
    cwd: scratch,
    env: {},
    isTTY: false,
    out: () => out.join(''),
  };
}

// 2 of 3 tests pass: fine for a suite gate of 0.6, not for the default of 1.
const twoOfThree = buildResults({
  runId: 'RH-gate',
  tests: [
    { id: 'a', outcomes: ['pass'] },
    { id: 'b', outcomes: ['pass'] },
    { id: 'c', outcomes: ['fail'] },
  ],
});

function write(name: string, results: object): string {
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(results));
  return path;
}

describe('the gate recorded in the results', () => {
  it('is an optional field: files without it still read', () => {
    expect(ResultsSchema.parse(twoOfThree).gate).toBeUndefined();
    expect(
      ResultsSchema.parse({ ...twoOfThree, gate: { minPassRate: 0.6, failOn: ['regression'], alpha: 0.05 } }).gate
        ?.minPassRate,
    ).toBe(0.6);
  });

  it('rehearse run records the suite gate in the results it writes', async () => {
    const io = captureIO();
    const demo = join(import.meta.dirname, '../../fixtures/demo/rehearse.yaml');
    expect(
      await cli(['run', '-c', demo, '-o', 'out/results.json', '--variants', 'baseline', '--test', 'order-status'], io),
    ).toBe(0);
    const written = ResultsSchema.parse(JSON.parse(readFileSync(join(scratch, 'out/results.json'), 'utf8')));
    // No earlier run in a fresh folder: nothing to compare, so the level is the run's α.
    expect(written.gate).toEqual({
      minPassRate: 0.6,
      failOn: ['critical'],
      alpha: 0.05,
      allowSkipped: true,
      comparisons: 0,
      comparisonAlpha: 0.05,
      // The decision itself, for `rehearse runs`.
      passed: true,
      summary: expect.stringMatching(/^✅/),
    });
  });

  it('rehearse report and compare judge with it, and say which gate they used', async () => {
    const recorded = write('recorded.json', {
      ...twoOfThree,
      gate: { minPassRate: 0.6, failOn: ['regression', 'critical'], alpha: 0.05 },
    });
    const bare = write('bare.json', twoOfThree);
    // Alone, every test is new and held to its own threshold; compared with an earlier run, the gate reads drops.
    for (const [args, verdict] of [
      [['report', recorded], '❌ 1 new test below its threshold'],
      [['compare', bare, recorded], '✅'],
    ] as const) {
      const io = captureIO();
      expect(await cli([...args, '--format', 'md'], io)).toBe(0);
      expect(io.out()).toContain(verdict);
      expect(io.out()).toContain("Gate: the run's own (min pass rate 60%");
    }
    const io = captureIO();
    expect(await cli(['report', bare, '--format', 'md'], io)).toBe(0);
    expect(io.out()).toContain('pass rate 66.7% < 100%');
    expect(io.out()).toContain('Gate: the defaults (min pass rate 100%');
  });
});

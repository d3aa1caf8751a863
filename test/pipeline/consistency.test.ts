/**
 * `rehearse report <current> --previous <previous>` and `rehearse compare
 * <previous> <current>` go through the same pipeline flow, so for the same
 * files they give the same verdicts, at the α recorded in the results or the
 * default. (They used to disagree: report compared at the default α.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { cli } from '../../src/cli/main.js';

const scratch = mkdtempSync(join(tmpdir(), 'rehearse-consistency-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/results', name);

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

async function run(args: string[]): Promise<string> {
  const io = captureIO();
  expect(await cli(args, io)).toBe(0);
  return io.out();
}

/** The gate's one-line verdict and the regression count of the previous-run comparison, from the markdown. */
function verdicts(markdown: string): { gate: string; regressions: string } {
  const gate = markdown.split('\n').find((line) => /✅|❌|⚠️/u.test(line)) ?? '';
  const regressions =
    /(\d+) regressions? since the previous run|Regressions since the previous run \((\d+)\)/.exec(markdown)?.[0] ?? '';
  return { gate, regressions };
}

/** The regressions fixture's current run with its gate recorded at `alpha`. */
function currentWithAlpha(alpha: number): string {
  const current = JSON.parse(readFileSync(fixture('regressions.current.json'), 'utf8'));
  const path = join(scratch, `current-alpha-${alpha}.json`);
  writeFileSync(
    path,
    JSON.stringify({ ...current, gate: { minPassRate: 0.8, failOn: ['regression', 'critical'], alpha } }),
  );
  return path;
}

describe('report --previous and compare agree', () => {
  const previous = fixture('regressions.previous.json');
  const cases: [string, string][] = [
    ['without a recorded α (the default)', fixture('regressions.current.json')],
    ['with a recorded α of 0.001', currentWithAlpha(0.001)],
    ['with a recorded α of 0.3', currentWithAlpha(0.3)],
  ];

  for (const [label, current] of cases) {
    it(`${label}: the same markdown report and verdict, the same HTML`, async () => {
      const reported = await run(['report', current, '--previous', previous, '--format', 'md']);
      const compared = await run(['compare', previous, current, '--format', 'md']);
      expect(verdicts(reported).gate).not.toBe('');
      expect(verdicts(reported)).toEqual(verdicts(compared));
      expect(reported).toBe(compared);
      const reportedHtml = await run(['report', current, '--previous', previous, '--format', 'html']);
      const comparedHtml = await run(['compare', previous, current, '--format', 'html']);
      expect(reportedHtml).toBe(comparedHtml);
    });
  }

  it('the recorded α decides what counts as a regression in both', async () => {
    const strict = currentWithAlpha(0.001);
    const loose = currentWithAlpha(0.3);
    const alphaOf = async (args: string[]) => (await run(args)).match(/false-fail rate stays ≤ ([\d.]*\d)/)?.[1];
    expect(await alphaOf(['report', strict, '--previous', previous, '--format', 'md'])).toBe('0.001');
    expect(await alphaOf(['report', loose, '--previous', previous, '--format', 'md'])).toBe('0.3');
    // Fewer drops are significant at 0.001 than at 0.3:
    // the verdicts differ between the two files, not between the commands.
    const strictRun = await run(['compare', previous, strict, '--format', 'json']);
    const looseRun = await run(['compare', previous, loose, '--format', 'json']);
    const regressionsOf = (json: string) => JSON.parse(json).counts.regression as number;
    expect(regressionsOf(strictRun)).toBeLessThan(regressionsOf(looseRun));
    const strictGate = verdicts(await run(['report', strict, '--previous', previous, '--format', 'md'])).gate;
    const looseGate = verdicts(await run(['report', loose, '--previous', previous, '--format', 'md'])).gate;
    expect(strictGate).not.toBe(looseGate);
  });
});

/**
 * fixtures/variants: three "models" (one command agent, a model per variant), offline. gpt-y carries a planted
 * regression: only its refund test may regress, confirmed, and the gate says so by name; `--variant` picks a
 * subset that keeps the baseline.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { readResults } from '../../src/results/index.js';
import { capturedIO } from '../support/cli-io.js';

const REPO = resolve(import.meta.dirname, '../..');

let dir: string;
let suite: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-variants-'));
  await cp(join(REPO, 'fixtures/variants'), join(dir, 'variants'), { recursive: true });
  suite = join(dir, 'variants/rehearse.yaml');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the three-variant fixture suite', () => {
  it("runs all three variants: gpt-y's planted refund drop is confirmed and named, nothing else", async () => {
    const io = capturedIO(dir);
    const code = await cli(['run', '-c', suite, '-o', 'all.json', '--report-dir', 'report'], io);
    expect(code).toBe(1);
    expect(io.out.join('')).toContain('Gate: ❌ 1 regression in variant gpt-y\n');
    expect(io.out.join('')).toContain('  gpt-x: pass rate 100% (±0 vs baseline) · 0 regressions\n');
    const results = await readResults(join(dir, 'all.json'));
    expect(results.variants.map((v) => v.id)).toEqual(['baseline', 'gpt-x', 'gpt-y']);
    expect(results.gate?.comparisons).toBe(4);
    const refundOnY = results.tests.find((t) => t.key === 'refund-damaged@gpt-y')!;
    expect(refundOnY.confirmation).toMatchObject({ drop: 'confirmed' });
    // The baseline's extra trials serve gpt-y's paired confirmation; gpt-x ran its plan.
    expect(results.tests.find((t) => t.key === 'refund-damaged@baseline')!.trials).toBeGreaterThan(5);
    expect(results.tests.find((t) => t.key === 'refund-damaged@gpt-x')!.trials).toBe(5);
    const html = await readFile(join(dir, 'report/report.html'), 'utf8');
    expect(html).toContain('<h2>Variants side by side</h2>');
  });

  it('--variant gpt-x runs it beside the baseline only, and passes', async () => {
    const io = capturedIO(dir);
    const code = await cli(['run', '-c', suite, '--variant', 'gpt-x', '-o', 'x.json', '--no-record-history'], io);
    expect(code).toBe(0);
    const results = await readResults(join(dir, 'x.json'));
    expect(results.variants.map((v) => v.id)).toEqual(['baseline', 'gpt-x']);
  });

  it('a baseline named otherwise (baseline: true) is recorded as such and compared with by name', async () => {
    const text = await readFile(suite, 'utf8');
    expect(text).toContain('  baseline:\n    description: model-a (in production)\n');
    const renamed = join(dir, 'variants/renamed.yaml');
    await writeFile(
      renamed,
      text.replace('  baseline:\n    description: model-a', '  model-a:\n    baseline: true\n    description: model-a'),
    );
    const io = capturedIO(dir);
    const code = await cli(
      ['run', '-c', renamed, '--variant', 'gpt-x', '-o', 'renamed.json', '--no-record-history'],
      io,
    );
    expect(code).toBe(0);
    expect(io.out.join('')).toMatch(/^Compared: .*gpt-x vs model-a$/m);
    const results = await readResults(join(dir, 'renamed.json'));
    expect(results.variants.map((v) => [v.id, v.baseline ?? false])).toEqual([
      ['model-a', true],
      ['gpt-x', false],
    ]);
  });

  it('an unknown --variant is refused with a did-you-mean and the variants the suite runs', async () => {
    const io = capturedIO(dir);
    const code = await cli(['run', '-c', suite, '--variant', 'gtp-x'], io);
    expect(code).toBe(2);
    expect(io.err.join('')).toContain(
      "unknown variant 'gtp-x' — did you mean 'gpt-x'?: this suite runs baseline, gpt-x, gpt-y",
    );
  });
});

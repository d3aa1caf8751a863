import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { cli } from '../../src/cli/main.js';

const ROOT = join(import.meta.dirname, '..', '..');
const fixture = (name: string): string => join('fixtures', 'results', name);
const scratch = mkdtempSync(join(tmpdir(), 'rehearse-compare-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function captureIO(): CliIO & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: ROOT,
    env: {},
    isTTY: false,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('rehearse compare', () => {
  it('notes runs of two different suites (tests match by id and variant only), silent otherwise', async () => {
    const current = JSON.parse(readFileSync(join(ROOT, fixture('regressions.current.json')), 'utf8'));
    const renamed = join(scratch, 'renamed.json');
    writeFileSync(renamed, JSON.stringify({ ...current, suite: { ...current.suite, name: 'another suite' } }));
    const io = captureIO();
    expect(await cli(['compare', fixture('regressions.previous.json'), renamed, '--format', 'json'], io)).toBe(0);
    expect(io.err()).toMatch(/^note: the two runs are of different suites \(".+" and "another suite"\)/);
    const same = captureIO();
    await cli(['compare', fixture('regressions.previous.json'), fixture('regressions.current.json')], same);
    expect(same.err()).toBe('');
  });

  it('--format json lists regressions, fixes, flaky, new and removed with ids and variants', async () => {
    const io = captureIO();
    expect(
      await cli(
        ['compare', fixture('regressions.previous.json'), fixture('regressions.current.json'), '--format', 'json'],
        io,
      ),
    ).toBe(0);
    const json = JSON.parse(io.out());
    expect(json.method.test).toBe('one-sided Fisher exact test');
    expect(json.regressions.map((r: { testId: string; variant: string }) => `${r.testId}@${r.variant}`)).toEqual([
      'refund-damaged-item@default',
      'cancel-shipped-order@default',
    ]);
    // 5/5 → 3/25 after confirmation: p = C(8,5) / C(30,5) exactly.
    expect(json.regressions[1].pValue).toBeCloseTo(56 / 142506, 12);
    expect(json.regressions[1].confirmed).toEqual({ passes: 3, trials: 25 });
    expect(json.fixes.map((r: { testId: string }) => r.testId)).toEqual(['change-address']);
    // 5/5 → 3/4 is not even a suspected drop; without history nothing is flaky.
    expect(json.flaky).toEqual([]);
    expect(json.stillFailing.map((r: { testId: string }) => r.testId)).toEqual(['track-late-order']);
    expect(json.new.map((r: { testId: string }) => r.testId)).toEqual(['warranty-question']);
    expect(json.removed.map((r: { testId: string }) => r.testId)).toEqual(['gift-wrap']);
  });

  it(
    '--format json also has baseline vs candidate under "variants", with the same fields (null with ' + 'one variant)',
    async () => {
      const io = captureIO();
      expect(
        await cli(
          [
            'compare',
            fixture('baseline-vs-candidate.previous.json'),
            fixture('baseline-vs-candidate.current.json'),
            '--format',
            'json',
          ],
          io,
        ),
      ).toBe(0);
      const json = JSON.parse(io.out());
      expect(json.kind).toBe('runs');
      const variants = json.variants;
      expect(variants.kind).toBe('variants');
      expect([variants.before.label, variants.after.label]).toEqual(['baseline', 'candidate']);
      expect(variants.method.test).toBe('one-sided Fisher exact test');
      // Confirmed on 30 trials each side; the single-trial flip and 5/5 → 4/5 are only suspected.
      expect(variants.regressions.map((r: { testId: string; variant: string }) => `${r.testId}@${r.variant}`)).toEqual([
        'cancel-shipped-order@candidate',
      ]);
      expect(variants.regressions[0].pValue).toBeLessThan(1e-15);
      expect(variants.regressions[0].before).toMatchObject({ passes: 30, trials: 30 });
      expect(variants.regressions[0].after).toMatchObject({ passes: 0, trials: 30 });
      expect(variants.regressions[0].reference).toEqual({ source: 'baseline', passes: 30, trials: 30 });
      expect(variants.suspected.map((r: { testId: string }) => r.testId)).toEqual([
        'change-address',
        'track-late-order',
      ]);
      expect(variants.counts).toMatchObject({ regression: 1, suspected: 2, fix: 0, flaky: 0, new: 0, removed: 0 });
      for (const list of ['fixes', 'new', 'removed', 'invalid', 'stillFailing', 'flaky'])
        expect(variants[list]).toEqual([]);
      const single = captureIO();
      await cli(
        ['compare', fixture('regressions.previous.json'), fixture('regressions.current.json'), '--format', 'json'],
        single,
      );
      expect(JSON.parse(single.out()).variants).toBeNull();
    },
  );

  it('without --alpha, uses the α of the gate recorded in the current results (else the default)', async () => {
    const current = JSON.parse(readFileSync(join(ROOT, fixture('regressions.current.json')), 'utf8'));
    const recorded = join(scratch, 'recorded-alpha.json');
    writeFileSync(
      recorded,
      JSON.stringify({ ...current, gate: { minPassRate: 0.8, failOn: ['critical'], alpha: 0.3 } }),
    );
    const io = captureIO();
    expect(await cli(['compare', fixture('regressions.previous.json'), recorded, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out()).method.alpha).toBe(0.3);
    const md = captureIO();
    expect(await cli(['compare', fixture('regressions.previous.json'), recorded], md)).toBe(0);
    expect(md.out()).toContain("the run's false-fail rate stays ≤ 0.3");
    const overridden = captureIO();
    expect(
      await cli(
        ['compare', fixture('regressions.previous.json'), recorded, '--format', 'json', '--alpha', '0.01'],
        overridden,
      ),
    ).toBe(0);
    expect(JSON.parse(overridden.out()).method.alpha).toBe(0.01);
    const unrecorded = captureIO();
    expect(
      await cli(
        ['compare', fixture('regressions.previous.json'), fixture('regressions.current.json'), '--format', 'json'],
        unrecorded,
      ),
    ).toBe(0);
    expect(JSON.parse(unrecorded.out()).method.alpha).toBe(0.05);
  });

  it('--format junit names regressions (previous run and baseline) in properties and failure messages', async () => {
    const io = captureIO();
    expect(
      await cli(
        [
          'compare',
          fixture('baseline-vs-candidate.previous.json'),
          fixture('baseline-vs-candidate.current.json'),
          '--format',
          'junit',
        ],
        io,
      ),
    ).toBe(0);
    const xml = io.out();
    const testcase = xml.slice(
      xml.indexOf('<testcase classname="order-support.candidate" name="cancel-shipped-order"'),
    );
    // Its 5 trials of the previous run cannot decide beside its 30 baseline trials: the plan compares it with its
    // baseline only (src/pipeline/comparison-plan.ts), and the previous run gives no verdict.
    expect(testcase).toContain('<property name="previousRun" value="invalid: 5/5 → 0/30 passing"/>');
    expect(testcase).toContain(
      '<property name="baselineVsCandidate" value="regression: 30/30 → 0/30 passing (p &lt; 0.001)"/>',
    );
    // Its one section first, in the words every report uses, with its other comparison beside it.
    const message = /<failure message="([^"]*)"/.exec(testcase)?.[1] ?? '';
    expect(message).toMatch(/^regression: 30\/30 on baseline → 0\/5 now, 0\/30 after confirmation/);
    expect(message).toContain('also vs the previous run: not comparable (5/5 → 0/30 passing)');
    expect(message).toMatch(/; 0\/30 passing \(needs 80%\)$/);
    expect(testcase).toContain('<property name="section" value="regression"/>');
    expect(xml).toContain('<property name="baselineVsCandidate" value="suspected: 5/5 → 4/5 passing (p = 0.500)"/>');
    const help = captureIO();
    await cli(['compare', '--help'], help);
    expect(help.out()).toMatch(/baseline vs candidate/);
  });

  it('--alpha changes what counts as significant', async () => {
    const io = captureIO();
    await cli(
      [
        'compare',
        fixture('regressions.previous.json'),
        fixture('regressions.current.json'),
        '--format',
        'json',
        '--alpha',
        '0.001',
      ],
      io,
    );
    const json = JSON.parse(io.out());
    expect(json.method.alpha).toBe(0.001);
    // p ≈ 0.00039 is below 0.05 / 3 but not below 0.001 / 3: the drop is no longer confirmed.
    expect(json.notConfirmed.map((r: { testId: string }) => r.testId)).toContain('cancel-shipped-order');
    expect(json.regressions.map((r: { testId: string }) => r.testId)).toEqual(['refund-damaged-item']);
  });

  it('renders markdown by default and html / junit on request, to stdout or a file', async () => {
    const md = captureIO();
    expect(await cli(['compare', fixture('all-green.previous.json'), fixture('all-green.current.json')], md)).toBe(0);
    expect(md.out()).toContain('| Pass rate | 100% | 100% | ±0 |');
    const out = join(scratch, 'nested', 'report.html');
    const html = captureIO();
    expect(
      await cli(
        [
          'compare',
          fixture('regressions.previous.json'),
          fixture('regressions.current.json'),
          '--format',
          'html',
          '-o',
          out,
        ],
        html,
      ),
    ).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
    const junit = captureIO();
    expect(
      await cli(
        ['compare', fixture('regressions.previous.json'), fixture('regressions.current.json'), '--format', 'junit'],
        junit,
      ),
    ).toBe(0);
    expect(junit.out()).toContain('<testsuites');
  });

  it('exits 2 with one clear line on bad input', async () => {
    const notResults = join(scratch, 'not-results.json');
    writeFileSync(notResults, '{"hello": "world"}');
    const cases: [string[], RegExp][] = [
      [['compare', 'missing.json', fixture('all-green.current.json')], /missing\.json: cannot read results file/],
      [['compare', notResults, fixture('all-green.current.json')], /not a valid results file/],
      [['compare', fixture('all-green.current.json')], /expected two results files/],
      [
        ['compare', fixture('all-green.previous.json'), fixture('all-green.current.json'), '--format', 'pdf'],
        /--format: expected one of md, json, html, junit/,
      ],
      [['compare', fixture('all-green.previous.json'), fixture('all-green.current.json'), '--alpha', '2'], /--alpha/],
    ];
    for (const [argv, message] of cases) {
      const io = captureIO();
      expect(await cli(argv, io)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.err().trim().split('\n')).toHaveLength(1);
    }
  });
});

/**
 * The failure digest a test summary carries is what every report explains a
 * failure with: the reports must read the same from it as from the trials
 * (files written before digests existed), and a file read without its trials
 * must render the same PR comment, check run and job summary as the whole file.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureDigest } from '../../src/aggregate/failure-digest.js';
import type { Results, TrialResult } from '../../src/model/results.js';
import { renderCheckRun, renderComment, renderJobSummary, renderMarkdownReport } from '../../src/report/index.js';
import { readResults, summariesOnly, writeResults } from '../../src/results/index.js';
import { FIXTURE_SETS, hugeRun } from './fixture-sets.js';
import { reportInput } from './helpers.js';

const withoutDigests = (results: Results): Results => ({
  ...results,
  tests: results.tests.map(({ failure: _digest, ...test }) => test),
});

function rendered(input: ReturnType<typeof reportInput>): string[] {
  const check = renderCheckRun(input);
  return [
    renderComment(input).text,
    check.summary,
    JSON.stringify(check.annotations),
    renderJobSummary(input).text,
    renderMarkdownReport(input),
  ];
}

describe('the failure digest', () => {
  it('gives every report the same text as the trials it was computed from', () => {
    let digests = 0;
    for (const build of Object.values(FIXTURE_SETS)) {
      const pair = build();
      digests += pair.current.tests.filter((test) => test.failure).length;
      const stored = reportInput(pair);
      const computed = reportInput({ ...pair, current: withoutDigests(pair.current) });
      expect(rendered(computed)).toEqual(rendered(stored));
    }
    expect(digests).toBeGreaterThan(5);
  });

  it('is absent for a test whose trials all passed, and counts criteria over every finished trial', () => {
    const { current } = FIXTURE_SETS.regressions();
    for (const test of current.tests) {
      const mine = current.trials.filter((trial) => trial.key === test.key);
      const bad = mine.filter((trial) => trial.status !== 'pass');
      expect(test.failure === undefined).toBe(bad.length === 0);
      if (!test.failure) continue;
      expect(test.failure.exemplar?.index).toBe(Math.min(...bad.map((trial) => trial.index)));
      for (const criterion of test.failure.criteria) {
        expect(criterion.trials).toBe(mine.length);
        const failedIn = mine.filter((trial) => trial.metrics.some((m) => m.id === criterion.id && !m.passed));
        expect(criterion.failedIn).toBe(failedIn.length);
      }
    }
  });

  it('takes the lowest-index failing trial whatever order the trials come in, and cuts the excerpt', () => {
    const { current } = FIXTURE_SETS.regressions();
    const test = current.tests.find((t) => t.failures >= 1 && t.trials > 1) ?? current.tests[0]!;
    const mine = current.trials.filter((trial) => trial.key === test.key);
    const shuffled = [...mine].reverse();
    expect(failureDigest(shuffled)).toEqual(failureDigest(mine));
    const long = 'x'.repeat(5_000);
    const chatty: TrialResult = {
      ...mine[0]!,
      status: 'fail',
      transcript: Array.from({ length: 20 }, (_, i) => ({
        type: 'user_message' as const,
        at: i,
        content: long,
        generated: true,
      })),
    };
    const excerpt = failureDigest([chatty])?.exemplar?.excerpt ?? [];
    expect(excerpt[0]).toBe('… 14 earlier events');
    expect(excerpt).toHaveLength(7);
    for (const line of excerpt) expect(line.length).toBeLessThan(520);
  });
});

describe('a stored digest is untrusted input', () => {
  it('shows at most a few excerpt lines, each cut, however long the stored excerpt', () => {
    const pair = FIXTURE_SETS['no-previous-run']();
    const failing = pair.current.tests.find((test) => test.failure?.exemplar)!;
    const huge = { index: 0, excerpt: Array.from({ length: 5_000 }, (_, i) => `line ${i} ${'x'.repeat(20_000)}`) };
    const current: Results = {
      ...pair.current,
      tests: pair.current.tests.map((test) =>
        test === failing ? { ...test, failure: { ...test.failure!, exemplar: huge } } : test,
      ),
    };
    const comment = renderMarkdownReport(reportInput({ ...pair, current }));
    expect(comment).toContain('line 7 ');
    expect(comment).not.toContain('line 8 ');
    expect(comment).not.toContain('x'.repeat(1_001));
  });
});

describe('summariesOnly (what the action keeps to publish)', () => {
  it('drops the trials when every failure has its digest, and keeps them when one lacks it', () => {
    const { current } = FIXTURE_SETS.regressions();
    expect(summariesOnly(current).trials).toEqual([]);
    const older = withoutDigests(current);
    expect(summariesOnly(older)).toBe(older);
    const passing = FIXTURE_SETS['all-green']().current;
    expect(summariesOnly(withoutDigests(passing)).trials).toEqual([]);
  });
});

describe('a results file read without its trials', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rehearse-digest-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('renders the same comment, check run and job summary as the whole file', async () => {
    for (const [name, pair] of [
      ...Object.entries(FIXTURE_SETS).map(([n, build]) => [n, build()] as const),
      ['huge', hugeRun(300, 3)] as const,
    ]) {
      const path = join(dir, `${name}.json`);
      await writeResults(path, pair.current);
      const whole = await readResults(path);
      const lean = await readResults(path, { trials: false });
      expect(lean.trials).toEqual([]);
      const a = rendered(reportInput({ ...pair, current: whole }));
      const b = rendered(reportInput({ ...pair, current: lean }));
      expect(b, name).toEqual(a);
    }
  });
});

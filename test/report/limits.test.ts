import { describe, expect, it } from 'vitest';
import {
  MAX_ANNOTATION_MESSAGE_BYTES,
  MAX_ANNOTATION_TITLE_CHARS,
  MAX_CHECK_SUMMARY_CHARS,
  MAX_COMMENT_CHARS,
  MAX_JOB_SUMMARY_BYTES,
  renderCheckRun,
  renderComment,
  renderJobSummary,
  type RenderedText,
  type ReportInput,
} from '../../src/report/index.js';
import { MAX_REASON_CHARS } from '../../src/report/limits.js';
import { buildResults, seededRandom, type TestSpec } from '../support/results-builder.js';
import { hostilePair } from './hostile.js';
import { reportInput } from './helpers.js';

function expectSaysWhatWasLeftOut(rendered: RenderedText): void {
  const noted = /Shortened to fit|Cut to fit/.test(rendered.text);
  expect(noted).toBe(rendered.omitted.length > 0);
}

function expectWithinLimits(input: ReportInput): void {
  const comment = renderComment(input);
  expect(comment.text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
  expectSaysWhatWasLeftOut(comment);
  const summary = renderJobSummary(input);
  expect(Buffer.byteLength(summary.text)).toBeLessThanOrEqual(MAX_JOB_SUMMARY_BYTES);
  expectSaysWhatWasLeftOut(summary);
  const check = renderCheckRun(input);
  expect(check.summary.length).toBeLessThanOrEqual(MAX_CHECK_SUMMARY_CHARS);
  expect(check.title.length).toBeLessThanOrEqual(MAX_ANNOTATION_TITLE_CHARS);
  for (const annotation of check.annotations) {
    expect(annotation.title.length).toBeLessThanOrEqual(MAX_ANNOTATION_TITLE_CHARS);
    expect(Buffer.byteLength(annotation.message)).toBeLessThanOrEqual(MAX_ANNOTATION_MESSAGE_BYTES);
  }
}

describe('GitHub limits (property: huge suites, hostile text)', () => {
  const cases = [
    { seed: 11, size: 10_000, trials: 1, longText: 0 },
    { seed: 12, size: 2_000, trials: 5, longText: 0 },
    { seed: 13, size: 300, trials: 2, longText: 20_000 },
  ];
  for (const { seed, size, trials, longText } of cases) {
    it(`fits every limit: ${size} tests × ${trials} trials, messages +${longText} chars (seed ${seed})`, () => {
      const pair = hostilePair(seed, size, trials, longText);
      const input = reportInput(pair);
      expectWithinLimits(input);
      expect(renderComment(input).omitted.length).toBeGreaterThan(0);
    });
  }

  it('cuts huge messages in excerpts instead of dropping the tests (40 tests, +120,000-char messages)', () => {
    const input = reportInput(hostilePair(14, 40, 3, 120_000));
    expectWithinLimits(input);
    const comment = renderComment(input);
    expect(comment.text).toContain('<pre>');
    expect(comment.text).toMatch(/x…/);
  });

  it('shrinks step by step: transcripts go first, regressions stay listed as long as they fit', () => {
    const input = reportInput(hostilePair(21, 200, 1, 3_000));
    const comment = renderComment(input);
    expect(comment.omitted[0]).toBe('transcript excerpts');
    expect(comment.text).not.toContain('<pre>');
    expect(comment.text).toMatch(/### ❌ Confirmed regressions/);
  });

  it('keeps a small run whole', () => {
    const input = reportInput(hostilePair(22, 5, 1));
    const comment = renderComment(input);
    expect(comment.omitted).toEqual([]);
    expect(comment.text).toContain('<pre>');
  });

  it('survives a pathological suite name longer than the limit itself', () => {
    const pair = hostilePair(23, 3, 1);
    const current = { ...pair.current, suite: { ...pair.current.suite, name: 'x'.repeat(MAX_COMMENT_CHARS * 2) } };
    const comment = renderComment(reportInput({ previous: pair.previous, current }));
    expect(comment.text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(comment.text).toContain('Cut to fit');
  });
});

describe('GitHub limits with many variants side by side', () => {
  it('fits every limit: 24 variants × 200 tests, some regressing, and the gate line stays one short line', () => {
    const random = seededRandom(24);
    const variants = ['baseline', ...Array.from({ length: 23 }, (_, i) => `model-${String(i + 1).padStart(2, '0')}`)];
    const tests: TestSpec[] = [];
    for (const variant of variants)
      for (let i = 0; i < 200; i++) {
        const drops = variant !== 'baseline' && random() < 0.05;
        tests.push({
          id: `case-${i}`,
          name: `Order support case ${i}`,
          variant,
          outcomes: drops ? ['fail', 'fail', 'fail', 'fail', 'fail'] : ['pass', 'pass', 'pass', 'pass', 'pass'],
        });
      }
    const current = buildResults({
      runId: 'RH-20261206-many01',
      variants: variants.map((id) => ({ id, agent: 'support-bot', model: id })),
      tests,
    });
    const input = reportInput({ current });
    expectWithinLimits(input);
    expect(input.variants?.byVariant).toHaveLength(23);
    const comment = renderComment(input);
    expect(comment.text).toContain('### Variants side by side');
    expect(input.gate.summary.length).toBeLessThan(MAX_REASON_CHARS);
  });
});

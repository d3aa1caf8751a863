import { describe, expect, it } from 'vitest';
import {
  annotationPath,
  MAX_ANNOTATION_TITLE_CHARS,
  renderCheckRun,
  renderComment,
  renderCsv,
  renderHtml,
  renderJUnit,
  renderTestsJson,
} from '../../src/report/index.js';
import { plural } from '../../src/util/plural.js';
import { buildResults } from '../support/results-builder.js';
import { allGreen, baselineVsCandidate, regressions } from './fixture-sets.js';
import { reportInput } from './helpers.js';

describe('check run', () => {
  it('fails with an annotation at the suite line of every failing test, regressions first', () => {
    const input = reportInput(regressions());
    const check = renderCheckRun(input);
    expect(check.conclusion).toBe('failure');
    expect(check.title).toBe(input.gate.summary);
    expect(check.summary).not.toContain('<!-- rehearse:comment -->');
    const failing = input.results.tests.filter((t) => t.verdict === 'fail' || t.verdict === 'error');
    expect(check.annotations).toHaveLength(failing.length);
    const first = check.annotations[0]!;
    const refund = input.results.tests.find((t) => t.testId === 'refund-damaged-item')!;
    expect(first).toMatchObject({
      path: 'rehearse/tests.yaml',
      start_line: refund.source.line,
      end_line: refund.source.line,
      annotation_level: 'failure',
    });
    expect(first.title).toBe('Rehearse: refund-damaged-item@default regressed (critical)');
    expect(first.message).toContain('regression: 1/1 in the previous run → 0/1 now');
    expect(first.message).toContain('offered a discount code instead');
    const stillFailing = check.annotations.find((a) => a.title.includes('track-late-order'))!;
    expect(stillFailing.annotation_level).toBe('warning');
  });

  it('succeeds without annotations when all is green; neutral when the gate is off', () => {
    const input = reportInput(allGreen());
    expect(renderCheckRun(input)).toMatchObject({ conclusion: 'success', annotations: [] });
    const off = reportInput(regressions(), {
      gate: { passed: true, reasons: ['2 regressions'], summary: '⚠️ gate off (fail_on: never): 2 regressions' },
    });
    expect(renderCheckRun(off).conclusion).toBe('neutral');
  });

  it('makes paths repository-relative and skips files outside the repository', () => {
    expect(annotationPath('./rehearse/tests.yaml')).toBe('rehearse/tests.yaml');
    expect(annotationPath('/repo/rehearse/tests.yaml', '/repo')).toBe('rehearse/tests.yaml');
    expect(annotationPath('/elsewhere/tests.yaml', '/repo')).toBeUndefined();
    expect(annotationPath('/repo/tests.yaml')).toBeUndefined();
    expect(annotationPath('../outside.yaml')).toBeUndefined();
  });

  it('keeps annotation titles within GitHub limits for very long test ids', () => {
    const results = buildResults({ runId: 'R', tests: [{ id: 'x'.repeat(400), outcomes: ['fail'] }] });
    const check = renderCheckRun({ results, gate: { passed: false, reasons: ['x'], summary: '❌ x' } });
    expect(check.annotations[0]!.title.length).toBeLessThanOrEqual(MAX_ANNOTATION_TITLE_CHARS);
  });
});

describe('JUnit XML', () => {
  it('has one testcase per test × variant, trials as properties, transcripts in system-out', () => {
    const { current } = baselineVsCandidate();
    const xml = renderJUnit(current);
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml.match(/<testcase /g)).toHaveLength(current.tests.length);
    expect(xml).toContain(
      '<testcase classname="order-support.candidate" name="cancel-shipped-order" file="rehearse/tests.yaml"',
    );
    expect(xml).toContain('<property name="trial.4" value="fail: tool_call_success failed"/>');
    expect(xml).toMatch(/<failure message="0\/30 passing \(needs 80%\)" type="tool error">/);
    // The results file's `judge` is shown as people read it elsewhere.
    expect(xml).toMatch(
      /<testcase classname="order-support.candidate" name="change-address"[^]*?<failure message="0\/1 passing \(needs 100%\)" type="criteria not met">/,
    );
    expect(xml).not.toContain('type="judge"');
    // One trial: no "failed in 1/1 trials".
    expect(xml).toContain('tool_called (tool_called) failed: update_address was never called');
    expect(xml).toContain('tool_call_success (tool_call_success) failed in 30/30 trials: cancel_order failed');
    expect(xml).not.toMatch(/\b1\/1 trials\b/);
    expect(xml).toContain(
      '🔧 cancel_order({&quot;order_id&quot;:&quot;C3150&quot;}) ✗ 409 Conflict: order already shipped',
    );
  });

  it('escapes markup and strips characters XML cannot hold', () => {
    const results = buildResults({
      runId: 'R',
      tests: [
        { id: 'x', outcomes: ['fail'], agentText: 'a</system-out>]]>\u0000\u001b<b>&', failReason: '"quoted" <tag>' },
      ],
    });
    const xml = renderJUnit(results);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).toContain('a&lt;/system-out&gt;]]&gt;&lt;b&gt;&amp;');
    expect(xml).toContain('&quot;quoted&quot; &lt;tag&gt;');
    expect(xml.match(/<system-out>/g)).toHaveLength(1);
  });
});

describe('CSV and JSON export', () => {
  it('writes one row per test with quoting and no spreadsheet formulas', () => {
    const results = buildResults({
      runId: 'R',
      tests: [
        {
          id: 'a',
          name: '=HYPERLINK("x"), "quoted"',
          tags: ['t1', 't2'],
          outcomes: ['pass', 'fail'],
          minPassRate: 0.5,
        },
      ],
    });
    const lines = renderCsv(results).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.split(',')[0]).toBe('key');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
    expect(lines[1]).toContain(',t1 t2,pass,2,2,1,1,0,0,0.5,0.5,');
  });

  it('exports per-test summaries as JSON without transcripts', () => {
    const { current } = regressions();
    const json = JSON.parse(renderTestsJson(current));
    expect(json.tests).toHaveLength(current.tests.length);
    expect(json.tests[0].key).toBe(current.tests[0]!.key);
    expect(JSON.stringify(json)).not.toContain('transcript');
  });
});

describe('counts with nouns', () => {
  it('plural: -s, -es, or the given plural, with thousands separators', () => {
    expect([plural(0, 'regression'), plural(1, 'regression'), plural(2, 'regression')]).toEqual([
      '0 regressions',
      '1 regression',
      '2 regressions',
    ]);
    expect([plural(1, 'fix'), plural(0, 'fix'), plural(1_234, 'test')]).toEqual(['1 fix', '0 fixes', '1,234 tests']);
    expect(plural(2, 'criterion', 'criteria')).toBe('2 criteria');
  });

  it('a run with one of everything says so in the singular', () => {
    // Declared deterministic: the single-trial flip is a regression without confirmation trials.
    const one = (variant: 'baseline' | 'candidate', outcome: 'pass' | 'fail') => ({
      id: 'change-address',
      story: 'address' as const,
      variant,
      outcomes: [outcome],
      deterministic: true,
    });
    const fixed = (variant: 'baseline' | 'candidate', outcome: 'pass' | 'fail') => ({
      id: 'refund',
      story: 'refund' as const,
      variant,
      outcomes: [outcome],
    });
    const current = buildResults({
      runId: 'one',
      tests: [one('baseline', 'pass'), one('candidate', 'fail'), fixed('baseline', 'fail'), fixed('candidate', 'pass')],
    });
    const text = renderComment(reportInput({ current })).text;
    expect(text).toContain('Candidate vs baseline: 1 regression · 1 fix · 0 flaky · 0 unchanged');
    const single = buildResults({ runId: 'single', tests: [{ id: 'only', story: 'refund', outcomes: ['error'] }] });
    const report = renderComment(reportInput({ current: single })).text;
    expect(report).toContain('· 1 test · 1 trial');
    expect(report).toContain('0/1 passing, 1 error');
    expect(report).not.toMatch(/\b1 (tests|trials|errors|regressions|fixes)\b/);
    expect(renderHtml(single)).toContain('1 turn ·');
  });
});

describe('money', () => {
  it('keeps two significant digits below a dollar, so neighbours around a cent stay comparable', async () => {
    const { formatUsd } = await import('../../src/report/format.js');
    expect([4, 0.17, 0.0125, 0.009968, 0.0062, 0].map(formatUsd)).toEqual([
      '$4.00',
      '$0.17',
      '$0.013',
      '$0.010',
      '$0.0062',
      '$0.00',
    ]);
  });
});

describe('failure messages count errored trials', () => {
  // 3 passes and 2 errors is not "3/3 passed": every format says 3/5 and the 2 errors.
  const results = buildResults({
    runId: 'R',
    tests: [{ id: 'flaky-tool', outcomes: ['pass', 'pass', 'pass', 'error', 'error'], minPassRate: 1 }],
  });
  const gate = { passed: false, reasons: ['x'], summary: '❌ x' };

  it('in JUnit failure messages', () => {
    expect(renderJUnit(results)).toContain('<error message="3/5 passing, 2 errors (needs 100%)"');
  });

  it('in check run annotations', () => {
    expect(renderCheckRun({ results, gate }).annotations[0]!.message).toContain('3/5 passing, 2 errors (needs 100%).');
  });

  it('in the HTML report', () => {
    expect(renderHtml(results)).toContain('3/5 passing, 2 errors');
  });
});

/**
 * Tests that could not run are listed in every output with their reason, definition changes are marked in
 * every category, and the judge's per-part verdicts are shown (the comment's golden is skipped-and-changed.md).
 */
import { describe, expect, it } from 'vitest';
import { compareRuns, compareVariants } from '../../src/compare/index.js';
import { buildResults } from '../support/results-builder.js';
import {
  renderCheckRun,
  renderCsv,
  renderHtml,
  renderJobSummary,
  renderJUnit,
  renderTestsJson,
} from '../../src/report/index.js';
import { formatRunSummary } from '../../src/report/console-summary.js';
import { skipHint } from '../../src/report/skipped.js';
import type { Missing, SkippedTest } from '../../src/model/results.js';
import { skippedAndChanged } from './fixture-sets.js';
import { reportInput } from './helpers.js';

const REASON = "behavioral scenario 'angry-refund': OPENAI_API_KEY is not set (the simulator's API key)";

describe('a test that could not run (no simulator key)', () => {
  const pair = skippedAndChanged();
  const input = reportInput(pair);

  it('fails the gate with a reason that names the missing secret', () => {
    expect(input.gate.passed).toBe(false);
    expect(input.gate.reasons[0]).toBe(
      '1 test could not run: OPENAI_API_KEY is not set (simulator of scenario angry-refund) — add the secret or ' +
        'set gate.allow_skipped: true',
    );
  });

  it('check run: in the summary, and an annotation at the test line naming the secret', () => {
    const check = renderCheckRun(input);
    expect(check.conclusion).toBe('failure');
    expect(check.summary).toContain('### ⏭️ Could not run (1)');
    const annotation = check.annotations.find((a) => a.title.includes('angry-refund'));
    expect(annotation).toEqual({
      path: 'rehearse/tests.yaml',
      start_line: 88,
      end_line: 88,
      annotation_level: 'failure',
      title: 'Rehearse: angry-refund@default could not run',
      message: REASON,
    });
    const allowed = renderCheckRun({
      ...input,
      results: {
        ...input.results,
        gate: { minPassRate: 0.8, failOn: ['regression'], alpha: 0.05, allowSkipped: true },
      },
    });
    expect(allowed.annotations.find((a) => a.title.includes('angry-refund'))?.annotation_level).toBe('warning');
  });

  it('job summary: listed with the reason and the hint', () => {
    const text = renderJobSummary(input).text;
    expect(text).toContain('### ⏭️ Could not run (1)');
    expect(text).toContain(
      '- `angry-refund@default` · Refund for a furious customer · high · behavioral scenario ' +
        "'angry\\-refund'\\: OPENAI\\_API\\_KEY is not set",
    );
  });

  it('JUnit: a testcase with <skipped message="…">, counted as skipped', () => {
    const xml = renderJUnit(pair.current);
    expect(xml).toContain(
      `<testcase classname="order-support.default" name="angry-refund" file="rehearse/tests.yaml" line="88" ` +
        `time="0.000">\n      <skipped message="behavioral scenario &#39;angry-refund&#39;: OPENAI_API_KEY is ` +
        `not set (the simulator&#39;s API key)"/>\n    </testcase>`,
    );
    expect(xml).toMatch(/<testsuites [^>]*tests="6" [^>]*skipped="1"/);
    expect(xml).toMatch(/<testsuite name="order-support@default" tests="6" failures="2" errors="0" skipped="1"/);
  });

  it('CSV: a row with verdict skipped and the reason; JSON: the skipped list', () => {
    const lines = renderCsv(pair.current).trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    const row = lines.find((line) => line.startsWith('angry-refund@default,'))!;
    expect(row).toBeDefined();
    const cell = (name: string): string | undefined => row.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[header.indexOf(name)];
    expect(cell('verdict')).toBe('skipped');
    expect(cell('runs')).toBe('3');
    expect(cell('skipReason')).toBe(REASON);
    expect(JSON.parse(renderTestsJson(pair.current)).skipped[0]).toMatchObject({
      key: 'angry-refund@default',
      reason: REASON,
    });
  });

  it('HTML: a card, a section with the hint, and an article with the reason', () => {
    const html = renderHtml(pair.current);
    expect(html).toContain('<div class="card">Skipped<b>1</b></div>');
    expect(html).toContain('<section id="skipped"><h2>Could not run (1)</h2><p>no simulator key: set OPENAI_API_KEY');
    expect(html).toContain(
      '<span class="badge skipped">skipped</span> <b>angry-refund@default</b> · Refund for a furious customer · ' +
        'high · behavioral scenario &#39;angry-refund&#39;: OPENAI_API_KEY is not set',
    );
    expect(html).toContain('<option value="skipped">skipped</option>');
  });

  it('console: one line with the cause and how to run them, then each test × variant', () => {
    const lines = formatRunSummary(pair.current);
    const at = lines.indexOf(
      'skipped 1 (no simulator key): set OPENAI_API_KEY or pass --simulator-base-url to run them',
    );
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(`  - angry-refund@default  ${REASON}`);
  });
});

describe('the advice on running skipped tests', () => {
  const skippedFor = (missing: Missing): SkippedTest => ({
    key: 'angry-refund@default',
    reason: 'x',
    testId: 'angry-refund',
    variant: 'default',
    priority: 'normal',
    tags: [],
    runs: 1,
    missing,
  });
  const simulator = {
    role: 'simulator',
    envVar: 'OPENAI_API_KEY',
    need: "behavioral scenario 'angry-refund'",
  } as const;

  it('names the judge flag as well when the tests lack the judge too', () => {
    expect(skipHint([skippedFor(simulator)], 'cli')).toBe(
      'set OPENAI_API_KEY or pass --simulator-base-url to run them',
    );
    const both = skippedFor({ ...simulator, also: [{ role: 'judge', envVar: 'JUDGE_KEY' }] });
    expect(skipHint([both], 'cli')).toBe(
      'set OPENAI_API_KEY, JUDGE_KEY or pass --simulator-base-url and --judge-base-url to run them',
    );
    // Nothing configured: the model flags too.
    const unconfigured = skippedFor({
      role: 'simulator',
      endpoint: true,
      need: 'x',
      also: [{ role: 'judge', endpoint: true }],
    });
    expect(skipHint([unconfigured], 'cli')).toBe(
      'pass --simulator-base-url, --simulator-model, --judge-base-url and --judge-model to run them',
    );
    expect(skipHint([both], 'ci')).toBe("add the secrets OPENAI_API_KEY, JUDGE_KEY to the workflow's env to run them");
  });
});

describe('changed tests: the test itself changed, held to its own threshold in every output', () => {
  const pair = skippedAndChanged();
  const comparison = compareRuns(pair.previous!, pair.current);
  const byId = (id: string) => comparison.changes.find((change) => change.testId === id)!;

  it('compare names each changed part, and unknown versions are not changes', () => {
    // Nothing comparable before (a new identity): changed, whatever the counts did.
    expect(byId('refund-damaged-item')).toMatchObject({ category: 'changed', changedDefinition: ['criteria'] });
    expect(byId('cancel-shipped-order')).toMatchObject({ category: 'changed', changedDefinition: ['scenario'] });
    expect(byId('track-late-order')).toMatchObject({ category: 'changed', changedDefinition: ['profile'] });
    expect(byId('change-address')).toMatchObject({ category: 'changed', changedDefinition: ['tools'] });
    expect(byId('angry-escalation')).toMatchObject({ category: 'still_passing', changedDefinition: [] });
    // A previous file without the newer versions (an older schema) is "unknown", not "changed".
    const {
      profileVersion: _p,
      toolsVersion: _t,
      criteriaVersion: _c,
      agentVersion: _a,
      ...old
    } = pair.previous!.tests[0]!;
    const against = compareRuns({ ...pair.previous!, tests: [old, ...pair.previous!.tests.slice(1)] }, pair.current);
    const refund = against.changes.find((change) => change.testId === 'refund-damaged-item');
    expect(refund?.changedDefinition).toEqual([]);
    expect(refund?.category).toBe('fix');
  });

  it('baseline vs candidate is not a definition change, though their agents differ by design', () => {
    const spec = { id: 't', outcomes: ['pass' as const], criteriaVersion: 'c1' };
    const run = buildResults({
      runId: 'R',
      tests: [
        { ...spec, variant: 'baseline', agentVersion: 'a1' },
        { ...spec, variant: 'candidate', agentVersion: 'a2' },
      ],
    });
    expect(compareVariants(run)?.changes[0]?.changedDefinition).toEqual([]);
  });

  it('HTML and JUnit: the changed section, what changed, and the verdict against its own threshold', () => {
    const html = renderHtml(pair.current, { previous: comparison });
    expect(html).toContain(
      '<span class="badge changed">changed</span> criteria changed · 1/1 passing · passes its threshold (100%)',
    );
    expect(html).toContain('profile changed · 3/5 passing · below its threshold (needs 80%)');
    expect(html).toContain('<div class="section" data-section="changed"><h3>Changed tests (4)</h3>');
    const xml = renderJUnit(pair.current, { previous: comparison });
    expect(xml).toContain('<property name="section" value="changed"/>');
    expect(xml).toContain(
      '<failure message="changed: tools changed · 0/1 passing · below its threshold (needs 100%); 0/1 passing ' +
        '(needs 100%)"',
    );
  });

  it('CSV: the section and the changed parts per row, given the previous run', () => {
    const lines = renderCsv(pair.current, { previous: comparison }).trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    const cells = (id: string) => lines.find((line) => line.startsWith(`${id}@default,`))!.split(',');
    expect(cells('refund-damaged-item')[header.indexOf('section')]).toBe('changed');
    expect(cells('refund-damaged-item')[header.indexOf('definitionChanged')]).toBe('criteria');
    expect(cells('cancel-shipped-order')[header.indexOf('change')]).toBe('changed');
    expect(cells('cancel-shipped-order')[header.indexOf('definitionChanged')]).toBe('scenario');
    expect(cells('cancel-shipped-order')[header.indexOf('criteriaVersion')]).toBe('cr00001');
    expect(cells('angry-escalation')[header.indexOf('definitionChanged')]).toBe('');
    expect(cells('angry-escalation')[header.indexOf('section')]).toBe('passing');
  });

  it('check run: a changed test below its threshold is annotated as such, saying what changed', () => {
    const check = renderCheckRun(reportInput(pair));
    const address = check.annotations.find((a) => a.title.includes('change-address'));
    expect(address?.title).toBe('Rehearse: change-address@default changed and below its threshold (normal)');
    expect(address?.message).toContain('changed test: tools changed · 0/1 passing · below its threshold');
  });
});

describe("the judge's per-part verdicts", () => {
  const pair = skippedAndChanged();

  it('HTML shows every part, met or not, with its evidence, and the reason without the folded parts', () => {
    const html = renderHtml(pair.current);
    expect(html).toContain(
      '<ul class="parts"><li class="yes">✓ met: confirms the new address <span class="muted">— Agent: ' +
        '&quot;Your order will ship to 12 Elm St.&quot;</span></li><li class="no">✗ not met: gives the delivery ' +
        'date <span class="muted">— no date was given</span></li></ul>',
    );
    expect(html).toContain('Part of the expected outcome is missing.<ul class="parts">');
  });

  it('JUnit and the check run list the parts under the criterion', () => {
    const xml = renderJUnit(pair.current);
    expect(xml).toContain(
      'expected_outcome (expected_outcome) failed: Part of the expected outcome is missing.\n  ✓ met: confirms ' +
        'the new address',
    );
    expect(xml).toContain('  ✗ not met: gives the delivery date (no date was given)');
    const annotation = renderCheckRun(reportInput(pair)).annotations.find((a) => a.title.includes('change-address'));
    expect(annotation?.message).toContain('✗ not met: gives the delivery date (no date was given)');
  });
});

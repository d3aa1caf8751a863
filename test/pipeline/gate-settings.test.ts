/** One place decides the gate: the suite's, else the recorded one, else the defaults; overrides win. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE } from '../../src/gate/index.js';
import { evaluateRun, resolveGateSettings } from '../../src/pipeline/index.js';
import { GateSchema } from '../../src/suite/schema.js';
import { buildResults } from '../support/results-builder.js';

const suite = GateSchema.parse({ min_pass_rate: 0.5, fail_on: ['critical'], alpha: 0.01 });
const recorded = { minPassRate: 0.9, failOn: ['regression' as const], alpha: 0.2 };

describe('resolveGateSettings', () => {
  it("takes the suite's gate before the recorded one, the recorded one before the defaults", () => {
    expect(resolveGateSettings({ suite, recorded })).toMatchObject({
      origin: 'suite',
      settings: { minPassRate: 0.5, failOn: ['critical'], alpha: 0.01 },
    });
    expect(resolveGateSettings({ recorded })).toMatchObject({ origin: 'recorded', settings: recorded });
    expect(resolveGateSettings({})).toMatchObject({ origin: 'default', settings: DEFAULT_GATE });
  });

  it('lets each override replace its one setting', () => {
    const { settings } = resolveGateSettings({ recorded, overrides: { alpha: 0.001 } });
    expect(settings).toEqual({ ...recorded, alpha: 0.001 });
    expect(resolveGateSettings({ suite, overrides: { minPassRate: 1, failOn: ['never'] } }).settings).toEqual({
      minPassRate: 1,
      failOn: ['never'],
      alpha: 0.01,
      allowSkipped: false,
    });
  });
});

describe('evaluateRun', () => {
  const previous = buildResults({
    runId: 'RH-prev',
    tests: [
      { id: 'a', outcomes: ['pass'] },
      { id: 'b', outcomes: ['pass'] },
    ],
  });
  const current = buildResults({
    runId: 'RH-cur',
    tests: [
      { id: 'a', outcomes: ['pass'] },
      { id: 'b', outcomes: ['fail'], deterministic: true },
    ],
  });

  it('compares with the previous run at the decided α and records the gate in the results', () => {
    const evaluation = evaluateRun({
      results: { ...current, gate: recorded },
      earlier: { previous, note: 'from a file' },
    });
    expect(evaluation.comparisons.previous?.method.alpha).toBe(0.2);
    expect(evaluation.comparisons.previous?.counts.regression).toBe(1);
    expect(evaluation.comparisons.variants).toBeUndefined();
    // a is compared with the previous run; b, declared deterministic, spends no α.
    expect(evaluation.results.gate).toEqual({
      ...recorded,
      comparisons: 1,
      comparisonAlpha: 0.2,
      passed: false,
      summary: evaluation.gate.summary,
    });
    expect(evaluation.gate.passed).toBe(false);
    expect(evaluation.report.previousRunNote).toBe('from a file');
  });

  it('without earlier runs, judges the run alone: every test is new and held to its own threshold', () => {
    const evaluation = evaluateRun({
      results: current,
      gate: { overrides: { minPassRate: 0.5, failOn: ['regression'] } },
    });
    expect(evaluation.comparisons).toEqual({});
    const failing = current.tests.filter((test) => test.verdict === 'fail').map((test) => test.key);
    expect(failing.length).toBeGreaterThan(0);
    expect(evaluation.gate.passed).toBe(false);
    const tests = failing.length === 1 ? '1 new test' : `${failing.length} new tests`;
    const their = failing.length === 1 ? 'its' : 'their';
    expect(evaluation.gate.reasons).toEqual([`${tests} below ${their} threshold (${failing.join(', ')})`]);
  });
});

/** The gate and tests that could not run: fails by default naming what is missing; `gate.allow_skipped` opts out. */
import { describe, expect, it } from 'vitest';
import { evaluateGate, gateSettingsOf } from '../../src/gate/index.js';
import type { SkippedTest } from '../../src/model/results.js';
import { GateSchema } from '../../src/suite/schema.js';
import { buildResults } from '../support/results-builder.js';

const tests = [{ id: 'a', outcomes: ['pass' as const] }];
const noKey = (id: string, scenarioId: string): SkippedTest => ({
  key: `${id}@default`,
  reason: `behavioral scenario '${scenarioId}': OPENAI_API_KEY is not set (the simulator's API key)`,
  testId: id,
  variant: 'default',
  missing: { role: 'simulator', envVar: 'OPENAI_API_KEY', need: `behavioral scenario '${scenarioId}'`, scenarioId },
});
const judge = (
  skipped: SkippedTest[],
  extra: { allowSkipped?: boolean; gate?: Parameters<typeof buildResults>[0]['gate'] } = {},
) =>
  evaluateGate({
    results: buildResults({ runId: 'R', tests, skipped, ...(extra.gate ? { gate: extra.gate } : {}) }),
    comparisons: [],
    minPassRate: 1,
    failOn: ['regression', 'critical'],
    ...(extra.allowSkipped === undefined ? {} : { allowSkipped: extra.allowSkipped }),
  });

describe('the gate and skipped tests', () => {
  it('fails by default, naming the missing secret and the scenarios that need it', () => {
    const decision = judge([noKey('x', 'angry-refund'), noKey('y', 'gift-message')]);
    expect(decision.passed).toBe(false);
    expect(decision.summary).toBe(
      '❌ 2 tests could not run: OPENAI_API_KEY is not set (simulator of scenarios angry-refund, gift-message) — ' +
        'add the secret or set gate.allow_skipped: true',
    );
  });

  it('names a missing endpoint when no simulator is configured', () => {
    const entry: SkippedTest = {
      ...noKey('x', 's'),
      missing: { role: 'simulator', endpoint: true, need: "behavioral scenario 's'", scenarioId: 's' },
    };
    expect(judge([entry]).summary).toBe(
      '❌ 1 test could not run: no simulator is configured (simulator of scenario s) — configure it or set ' +
        'gate.allow_skipped: true',
    );
  });

  it('gate.allow_skipped: true passes, and the summary still counts the skips', () => {
    const allowed = judge([noKey('x', 's')], { allowSkipped: true });
    expect(allowed).toEqual({
      passed: true,
      reasons: [],
      summary: '✅ 1/1 tests passed; pass rate 100% (min 100%); 1 skipped (allowed)',
    });
    // `rehearse report`/`compare` pass no setting: the one recorded in the results decides.
    const recorded = judge([noKey('x', 's')], {
      gate: { minPassRate: 1, failOn: ['regression'], alpha: 0.05, allowSkipped: true },
    });
    expect(recorded.passed).toBe(true);
  });

  it('is a documented suite setting, off by default, recorded with the gate', () => {
    expect(GateSchema.parse({}).allow_skipped).toBe(false);
    expect(gateSettingsOf(GateSchema.parse({ allow_skipped: true })).allowSkipped).toBe(true);
    expect(GateSchema.shape.allow_skipped.description).toMatch(/lack of a key or endpoint/);
  });

  it('an older file whose skips do not say what was missing is judged as before', () => {
    const old = judge([{ key: 'x@default', reason: 'behavioral scenario: no simulator LLM is available' }]);
    expect(old).toMatchObject({ passed: true, summary: '✅ 1/1 tests passed; pass rate 100% (min 100%); 1 skipped' });
  });
});

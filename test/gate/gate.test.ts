import { describe, expect, it } from 'vitest';
import { totals } from '../../src/aggregate/index.js';
import { compareRuns } from '../../src/compare/index.js';
import { evaluateGate } from '../../src/gate/index.js';
import type { Results } from '../../src/model/results.js';
import { GateSchema } from '../../src/suite/schema.js';
import { buildResults, type TestSpec } from '../support/results-builder.js';
import { allGreen, regressions } from '../report/fixture-sets.js';

const run = (tests: TestSpec[], extra: Partial<Parameters<typeof buildResults>[0]> = {}) =>
  buildResults({ runId: 'R', tests, ...extra });

describe('evaluateGate', () => {
  it('passes a green run with a one-line summary', () => {
    const { previous, current } = allGreen();
    const decision = evaluateGate({
      results: current,
      comparisons: [compareRuns(previous!, current)],
      minPassRate: 0.8,
      failOn: ['regression', 'critical'],
    });
    expect(decision).toEqual({ passed: true, reasons: [], summary: '✅ 5/5 tests passed; pass rate 100% (min 80%)' });
  });

  it('names critical regressions and the pass-rate threshold in one line', () => {
    const { previous, current } = regressions();
    const decision = evaluateGate({
      results: current,
      comparisons: [compareRuns(previous!, current)],
      minPassRate: 0.8,
      failOn: ['regression', 'critical'],
    });
    expect(decision.passed).toBe(false);
    // The critical regression is the critical failing test: named once.
    expect(decision.summary).toBe('❌ 2 regressions (1 critical); pass rate 50% < 80%');
    expect(decision.summary).not.toContain('\n');
  });

  it('says plainly when confirmed regressions pass a gate whose fail_on does not include regression', () => {
    const { previous, current } = regressions();
    const decision = evaluateGate({
      results: current,
      comparisons: [compareRuns(previous!, current)],
      minPassRate: 0,
      failOn: [],
    });
    expect(decision.passed).toBe(true);
    expect(decision.notes?.[0]).toBe(
      '2 confirmed regressions not gated by fail_on []; a PR gate with fail_on [regression] would have failed: ' +
        'refund-damaged-item@default, cancel-shipped-order@default',
    );
    expect(decision.summary).toContain('a PR gate with fail_on [regression] would have failed');
    // No note advises a rerun: a suspected drop is one the run could not confirm.
    expect(decision.summary).not.toMatch(/rerun/);
  });

  it('counts a key once when it regressed in two comparisons', () => {
    const { previous, current } = regressions();
    const comparison = compareRuns(previous!, current);
    const decision = evaluateGate({
      results: current,
      comparisons: [comparison, comparison],
      minPassRate: 0,
      failOn: ['regression'],
    });
    expect(decision.reasons).toEqual(['2 regressions (1 critical)']);
  });

  it('still names a critical test failing that is not a regression', () => {
    const { previous, current } = regressions();
    const critical = buildResults({
      runId: 'P',
      tests: [{ id: 'always-broken', outcomes: ['fail'], priority: 'critical' }],
    });
    const withBroken = { ...current, tests: [...current.tests, ...critical.tests] };
    const decision = evaluateGate({
      results: withBroken,
      comparisons: [compareRuns(previous!, current)],
      minPassRate: 0,
      failOn: ['regression', 'critical'],
    });
    expect(decision.reasons).toEqual(['2 regressions (1 critical)', '1 critical test failing']);
  });

  it('fail_on decides which failures count', () => {
    const results = run([
      { id: 'a', outcomes: ['fail'], priority: 'critical' },
      { id: 'b', outcomes: ['pass'] },
      { id: 'c', outcomes: ['fail'] },
    ]);
    const gate = (failOn: Parameters<typeof evaluateGate>[0]['failOn']) =>
      evaluateGate({ results, comparisons: [], minPassRate: 0, failOn });
    expect(gate(['critical']).reasons).toEqual(['1 critical test failing']);
    expect(gate(['regression']).passed).toBe(true);
    expect(gate(['any-failure']).reasons).toEqual(['2 tests failing']);
    const off = gate(['never', 'any-failure']);
    expect(off.passed).toBe(true);
    expect(off.summary).toContain('gate off');
  });

  it('an errored critical test fails the critical gate', () => {
    const results = run([{ id: 'a', outcomes: ['error'], priority: 'critical' }]);
    expect(evaluateGate({ results, comparisons: [], minPassRate: 0, failOn: ['critical'] }).passed).toBe(false);
  });

  it('the default gate fails a run whose agent errors on every trial', () => {
    const built = run([{ id: 'a', outcomes: ['error', 'error'] }]);
    const results = { ...built, totals: totals({ tests: built.tests, trials: built.trials, durationMs: 0 }) };
    const defaults = GateSchema.parse({});
    expect(defaults.min_pass_rate).toBe(1);
    const decision = evaluateGate({
      results,
      comparisons: [],
      minPassRate: defaults.min_pass_rate,
      failOn: defaults.fail_on,
    });
    expect(decision.passed).toBe(false);
    // An outage is named as such, before the pass rate it caused.
    expect(decision.reasons).toEqual([
      'infrastructure: 1 test errored in most trials (2 errored trials): "agent did not answer within 30000 ms"',
      'pass rate 0% < 100%',
    ]);
  });

  it('names what the circuit breaker stopped: an agent, the simulator or judge by its model, or a test', () => {
    const results = run([{ id: 'a', outcomes: ['pass'] }]);
    const entry = { testKeys: ['a@default', 'b@default'], erroredTrials: 5, notRun: 12, message: 'm-1: HTTP 500' };
    const reason = (infrastructure: NonNullable<Results['infrastructure']>) =>
      evaluateGate({ results: { ...results, infrastructure }, comparisons: [], minPassRate: 0, failOn: [] }).reasons[0];
    const tail = 'stopped after 5 errored trials in a row (12 trials not run): "m-1: HTTP 500"';
    expect(reason([{ ...entry, role: 'agent', agent: 'bot' }])).toBe(`infrastructure: agent bot ${tail}`);
    // An older file: no role, an agent.
    expect(reason([{ ...entry, agent: 'bot' }])).toBe(`infrastructure: agent bot ${tail}`);
    expect(reason([{ ...entry, role: 'simulator', model: 'gpt-4o-mini' }])).toBe(
      `infrastructure: simulator (model gpt-4o-mini) ${tail}`,
    );
    expect(reason([{ ...entry, role: 'judge', model: 'gpt-4.1' }])).toBe(
      `infrastructure: judge (model gpt-4.1) ${tail}`,
    );
    expect(reason([entry])).toBe(`infrastructure: test a@default ${tail}`);
    // The model is the suite's free text: kept to what model names use, the line's quotes around the error alone.
    expect(reason([{ ...entry, role: 'judge', model: 'accounts/fw/models/llama-v3p1_8b:free' }])).toBe(
      `infrastructure: judge (model accounts/fw/models/llama-v3p1_8b:free) ${tail}`,
    );
    expect(reason([{ ...entry, role: 'judge', model: 'odd" **[x](y)**\n' }])).toBe(
      `infrastructure: judge (model odd?x?y?) ${tail}`,
    );
    expect(
      reason([
        { ...entry, role: 'simulator', model: 's' },
        { ...entry, role: 'agent', agent: 'bot' },
      ]),
    ).toBe(
      `infrastructure: simulator (model s) stopped after 5 errored trials in a row (12 trials not run) (and 1 more): ` +
        '"m-1: HTTP 500"',
    );
  });

  it('a new or changed test below its threshold fails the gate under any fail_on, and only such a test', () => {
    const results = run([
      { id: 'new-one', outcomes: ['fail', 'fail'] },
      { id: 'changed-one', outcomes: ['fail'] },
      { id: 'compared', outcomes: ['fail'] },
    ]);
    const unreferenced = (key: string) =>
      key === 'new-one@default' ? ('new' as const) : key === 'changed-one@default' ? ('changed' as const) : undefined;
    const decision = evaluateGate({ results, comparisons: [], minPassRate: 0, failOn: ['regression'], unreferenced });
    expect(decision.reasons).toEqual([
      '2 new or changed tests below their threshold (new-one@default, changed-one@default)',
    ]);
    const off = evaluateGate({ results, comparisons: [], minPassRate: 0, failOn: ['never'], unreferenced });
    expect(off.passed).toBe(true);
  });

  it('counts errored tests in the pass rate, leaves invalid ones out', () => {
    const built = run([
      { id: 'a', outcomes: ['pass'] },
      { id: 'b', outcomes: ['error'] },
      { id: 'c', outcomes: ['error'] },
    ]);
    const tests = built.tests.map((test) => (test.testId === 'c' ? { ...test, verdict: 'invalid' as const } : test));
    const results = { ...built, tests, totals: totals({ tests, trials: built.trials, durationMs: 0 }) };
    expect(results.totals.passRate).toBe(0.5);
    expect(evaluateGate({ results, comparisons: [], minPassRate: 0.75, failOn: [] }).reasons).toEqual([
      'infrastructure: 2 tests errored in most trials (2 errored trials): "agent did not answer within 30000 ms"',
      'pass rate 50% < 75%',
    ]);
  });

  it('applies min_pass_rate to the totals', () => {
    const results = run([
      { id: 'a', outcomes: ['pass'] },
      { id: 'b', outcomes: ['fail'] },
    ]);
    expect(evaluateGate({ results, comparisons: [], minPassRate: 0.5, failOn: [] }).passed).toBe(true);
    expect(evaluateGate({ results, comparisons: [], minPassRate: 0.75, failOn: [] }).summary).toBe(
      '❌ pass rate 50% < 75%',
    );
  });

  it('reports a stopped run as such, with why', () => {
    const results = run([{ id: 'a', outcomes: ['pass'] }], { status: 'stopped', stopReason: 'budget' });
    const decision = evaluateGate({ results, comparisons: [], minPassRate: 0, failOn: ['regression'] });
    expect(decision.passed).toBe(false);
    expect(decision.summary).toBe('❌ run stopped because the cost budget was reached: 0 tests not run');
  });

  it('names the missing shards of an incomplete merge instead of counting tests it cannot know', () => {
    const results = {
      ...run([{ id: 'a', outcomes: ['pass'] }], { status: 'stopped' }),
      missingShards: { total: 4, indexes: [2, 4] },
    };
    const decision = evaluateGate({ results, comparisons: [], minPassRate: 0, failOn: ['regression'] });
    expect(decision.passed).toBe(false);
    expect(decision.summary).toBe('❌ incomplete merge: 2 shards of 4 missing (2, 4)');
  });
});

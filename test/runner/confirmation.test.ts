/**
 * Confirmation trials and early stopping through the real runner and policy (runSuite): a fake
 * executeTrial/judge whose outcome is a known function of the trial id, and a history that makes
 * the planned outcomes look like a drop (or not).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExecuteTrial } from '../../src/engine/types.js';
import type { HistoryEntry, RunHistory } from '../../src/model/history.js';
import type { Results } from '../../src/model/results.js';
import { runSuite, type SuiteRunRequest } from '../../src/pipeline/index.js';
import { readJournal } from '../../src/results/journal.js';
import type { JudgeTrial } from '../../src/runner/trial.js';
import type { LoadedSuite } from '../../src/suite/types.js';
import { criterion, fakeChat, planOf, suiteOf, trace } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-confirm-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Outcome letters per key by trial index; past the end of the string, `rest`. */
type Script = Record<string, { readonly first: string; readonly rest: 'p' | 'f' | 'e' }>;

function judgeBy(script: Script): JudgeTrial {
  return async (trial) => {
    const entry = script[trial.key];
    const letter = entry ? (entry.first[trial.index] ?? entry.rest) : 'p';
    const passed = letter === 'p';
    return [
      {
        ...criterion({ type: 'turns', max: 5 }),
        passed,
        score: passed ? 1 : 0,
        threshold: 1,
        reason: passed ? 'ok' : 'no',
      },
    ];
  };
}

const execute =
  (costUsd = 0): ExecuteTrial =>
  async () =>
    trace([{ type: 'user_message', at: 0, content: 'hi', generated: false }], {
      usage: { inputTokens: 1, outputTokens: 1, costUsd },
    });

/** Like execute(), but the agent fails (an infrastructure error) where the script says `e`. */
const executeBy =
  (script: Script): ExecuteTrial =>
  async (trial, ...rest) => {
    const entry = script[trial.key];
    if ((entry ? (entry.first[trial.index] ?? entry.rest) : 'p') === 'e') throw new Error('agent endpoint down');
    return execute()(trial, ...rest);
  };

function history(key: string, passes: number, failures: number, runs = 10): RunHistory {
  const entries: HistoryEntry[] = Array.from({ length: runs }, (_, run) => ({
    runId: `RH-${run}`,
    date: '2026-11-20T10:00:00.000Z',
    definition: { persona: 'p1', scenario: 's1' },
    passes: Math.floor(passes / runs) + (run < passes % runs ? 1 : 0),
    failures: Math.floor(failures / runs) + (run < failures % runs ? 1 : 0),
    errors: 0,
  }));
  return { [key]: entries };
}

const regressionGate = {
  min_pass_rate: 0,
  fail_on: ['regression' as const],
  alpha: 0.05,
  allow_skipped: false,
  history: 10,
};

function request(
  suite: LoadedSuite,
  plan: SuiteRunRequest['plan'],
  script: Script,
  extra: Partial<SuiteRunRequest> = {},
): SuiteRunRequest {
  return {
    suite,
    plan,
    env: {},
    chat: fakeChat(() => '{}'),
    git: {},
    executeTrial: execute(),
    judgeTrial: judgeBy(script),
    concurrency: 2,
    ...extra,
  };
}

const testOf = (results: Results, key: string) => results.tests.find((test) => test.key === key)!;
const trialsOf = (results: Results, key: string) => results.trials.filter((trial) => trial.key === key);

describe('confirmation trials', () => {
  const suite = suiteOf({ gate: regressionGate });

  it('a suspected drop against the history gets confirmation trials, and a real drop is confirmed', async () => {
    const plan = planOf([
      { id: 'a', runs: 5 },
      { id: 'b', runs: 5 },
    ]);
    const results = await runSuite(
      request(
        suite,
        plan,
        { 'a@default': { first: 'pfpff', rest: 'f' }, 'b@default': { first: '', rest: 'p' } },
        {
          earlier: { history: { ...history('a@default', 48, 2), ...history('b@default', 50, 0) } },
        },
      ),
    );
    const a = testOf(results, 'a@default');
    expect(a.trials).toBe(25);
    expect(a.confirmation).toMatchObject({ reasons: ['drop'], extraTrials: 20, drop: 'confirmed' });
    expect(a.confirmation?.evidence).toContain('48/50 over the last runs → 2/5 now, 2/25 after confirmation');
    expect(
      trialsOf(results, 'a@default')
        .filter((trial) => trial.phase === 'confirmation')
        .map((trial) => trial.index),
    ).toEqual(Array.from({ length: 20 }, (_, i) => i + 5));
    // The steady test ran exactly its plan.
    expect(testOf(results, 'b@default').trials).toBe(5);
    expect(testOf(results, 'b@default').confirmation).toBeUndefined();
    expect(results.confirmation).toMatchObject({ extraTrials: 20, savedTrials: 0 });
    expect(results.gate).toMatchObject({ comparisons: 2, comparisonAlpha: 0.025 });
  });

  it("a shard spends α over the comparisons of the whole run, its own keys and the other shards'", async () => {
    const own = planOf([{ id: 'a', runs: 5 }]);
    const plan = {
      ...own,
      shard: { index: 1, total: 2 },
      otherShards: planOf([{ id: 'c', runs: 5 }]).trials.slice(0, 1),
    };
    const results = await runSuite(
      request(
        suite,
        plan,
        { 'a@default': { first: '', rest: 'p' } },
        {
          earlier: { history: { ...history('a@default', 50, 0), ...history('c@default', 50, 0) } },
        },
      ),
    );
    expect(results.trials).toHaveLength(5);
    expect(results.gate).toMatchObject({ comparisons: 2, comparisonAlpha: 0.025 });
  });

  it('a drop that evaporates stops early and is "not confirmed"', async () => {
    const plan = planOf([{ id: 'a', runs: 5 }]);
    const results = await runSuite(
      request(
        suite,
        plan,
        { 'a@default': { first: 'ppfpf', rest: 'p' } },
        { earlier: { history: history('a@default', 48, 2) } },
      ),
    );
    const a = testOf(results, 'a@default');
    expect(a.trials).toBeGreaterThan(5);
    expect(a.trials).toBeLessThan(25);
    expect(a.confirmation).toMatchObject({ reasons: ['drop'], drop: 'not-confirmed' });
  });

  it(
    'stops repeating a test whose verdict is settled; the planned trials it skipped are ' + 'reported as saved',
    async () => {
      const plan = planOf([{ id: 'coin', runs: 6 }]);
      const results = await runSuite(
        request(
          suite,
          plan,
          { 'coin@default': { first: '', rest: 'p' } },
          {
            earlier: { history: history('coin@default', 25, 25) },
            executeTrial: execute(0.01),
          },
        ),
      );
      const coin = testOf(results, 'coin@default');
      expect(coin.trials).toBe(3);
      expect(coin.confirmation).toMatchObject({ reasons: [], extraTrials: 0, savedTrials: 3 });
      expect(results.confirmation?.savedTrials).toBe(3);
      expect(results.confirmation?.savedUsd).toBeCloseTo(0.03, 6);
    },
  );

  it('--no-confirm (confirm: false) runs exactly the plan', async () => {
    const plan = planOf([{ id: 'a', runs: 5 }]);
    const results = await runSuite(
      request(
        suite,
        plan,
        { 'a@default': { first: 'pfpff', rest: 'f' } },
        { earlier: { history: history('a@default', 48, 2) }, confirm: false },
      ),
    );
    expect(results.trials).toHaveLength(5);
    expect(results.confirmation).toBeUndefined();
  });

  it(
    'a single-trial flip is rerun before it can fail the gate, unless the test is declared ' + 'deterministic',
    async () => {
      const plan = planOf([{ id: 'one', runs: 1 }]);
      const script: Script = { 'one@default': { first: 'f', rest: 'p' } };
      const earlier = { history: history('one@default', 10, 0) };
      const rerun = await runSuite(request(suite, plan, script, { earlier }));
      expect(testOf(rerun, 'one@default').confirmation).toMatchObject({ reasons: ['flip'], drop: 'not-confirmed' });
      expect(testOf(rerun, 'one@default').trials).toBeGreaterThan(1);

      const deterministic = { ...plan, trials: plan.trials.map((trial) => ({ ...trial, deterministic: true })) };
      const once = await runSuite(request(suite, deterministic, script, { earlier }));
      expect(once.trials).toHaveLength(1);
      expect(testOf(once, 'one@default').deterministic).toBe(true);
      expect(testOf(once, 'one@default').confirmation).toMatchObject({ drop: 'confirmed' });
    },
  );

  it('a candidate that drops against the baseline of the same run: both variants get confirmation trials', async () => {
    const plan = planOf([{ id: 'm', runs: 5, variants: ['baseline', 'candidate'] }]);
    const results = await runSuite(
      request(suite, plan, { 'm@baseline': { first: '', rest: 'p' }, 'm@candidate': { first: 'pffpf', rest: 'f' } }),
    );
    expect(testOf(results, 'm@candidate').confirmation).toMatchObject({
      reasons: ['drop'],
      drop: 'confirmed',
      extraTrials: 25,
    });
    expect(testOf(results, 'm@baseline').trials).toBe(30);
    expect(testOf(results, 'm@baseline').confirmation).toMatchObject({ reasons: ['drop'], extraTrials: 25 });
  });
});

describe('threshold verdicts', () => {
  // The gate reads test verdicts (min_pass_rate > 0): a rate within noise of its threshold is confirmed.
  const suite = suiteOf({ gate: { ...regressionGate, min_pass_rate: 1 } });

  it('4/5 against 80% gets trials until the sequential test settles; the verdict follows the same rule', async () => {
    const plan = planOf([{ id: 't', runs: 5, minPassRate: 0.8 }]);
    const passing = await runSuite(request(suite, plan, { 't@default': { first: 'ppfpp', rest: 'p' } }));
    expect(testOf(passing, 't@default')).toMatchObject({
      trials: 10,
      verdict: 'pass',
      confirmation: { reasons: ['threshold'] },
    });
    const failing = await runSuite(request(suite, plan, { 't@default': { first: 'ppfpp', rest: 'f' } }));
    const t = testOf(failing, 't@default');
    expect(t.trials).toBeGreaterThan(5);
    expect(t.verdict).toBe('fail');
    expect(t.confirmation?.evidence).toMatch(/against a 80% threshold: fail/);
  });

  it('no threshold confirmation for a compared test when the gate does not read the verdict', async () => {
    const plan = planOf([{ id: 't', runs: 5, minPassRate: 0.8 }]);
    const results = await runSuite(
      request(
        suiteOf({ gate: regressionGate }),
        plan,
        { 't@default': { first: 'ppfpp', rest: 'p' } },
        { earlier: { history: history('t@default', 45, 5) } },
      ),
    );
    expect(results.trials).toHaveLength(5);
  });

  it('a new test is held to its own threshold whatever fail_on says: its verdict is confirmed', async () => {
    const plan = planOf([{ id: 't', runs: 5, minPassRate: 0.8 }]);
    const results = await runSuite(
      request(suiteOf({ gate: regressionGate }), plan, { 't@default': { first: 'ppfpp', rest: 'f' } }),
    );
    const t = testOf(results, 't@default');
    expect(t.trials).toBeGreaterThan(5);
    expect(t.confirmation?.reasons).toEqual(['threshold']);
    expect(t.verdict).toBe('fail');
  });

  it('errored trials buy no confirmation or threshold trials, and are not replaced', async () => {
    const script = {
      'down@default': { first: 'eeeee', rest: 'e' },
      'flaky-infra@default': { first: 'pfepf', rest: 'f' },
    } as const;
    // Run apart: together, the down test's errors and this one's would trip the agent's circuit breaker.
    const runOne = (id: string, earlier: SuiteRunRequest['earlier']) =>
      runSuite(
        request(suiteOf({ gate: regressionGate }), planOf([{ id, runs: 5, minPassRate: 0.8 }]), script, {
          ...(earlier ? { earlier } : {}),
          executeTrial: executeBy(script),
        }),
      );
    const down = await runOne('down', undefined);
    expect(trialsOf(down, 'down@default').map((trial) => trial.status)).toEqual(Array(5).fill('error'));
    expect(testOf(down, 'down@default').confirmation).toBeUndefined();
    // 2/4 against 50/50 is a suspected drop; with an errored trial it is decided on its planned trials alone (here
    // already below α: confirmed without a single extra trial).
    const flaky = await runOne('flaky-infra', { history: history('flaky-infra@default', 50, 0) });
    expect(trialsOf(flaky, 'flaky-infra@default')).toHaveLength(5);
    expect(testOf(flaky, 'flaky-infra@default').confirmation).toMatchObject({ extraTrials: 0, drop: 'confirmed' });
  });
});

describe('confirmation under the run limits', () => {
  const suite = suiteOf({ gate: regressionGate });
  const plan = planOf([
    { id: 'a', runs: 5 },
    { id: 'b', runs: 5 },
  ]);
  const script: Script = { 'a@default': { first: 'pfpff', rest: 'f' }, 'b@default': { first: 'ffpff', rest: 'f' } };
  const earlier = { history: { ...history('a@default', 48, 2), ...history('b@default', 48, 2) } };

  it(
    'a resumed run ends with the same trials as an uninterrupted one; the journal holds the ' + 'confirmation trials',
    async () => {
      const whole = await runSuite(request(suite, plan, script, { earlier }));
      const path = join(dir, 'resume.journal.jsonl');
      const cancel = new AbortController();
      let done = 0;
      await runSuite(
        request(suite, plan, script, {
          earlier,
          journal: { path },
          signal: cancel.signal,
          concurrency: 1,
          maxTrialsInFlight: 1,
          onTrialDone: () => ++done === 17 && cancel.abort(),
        }),
      );
      const journal = await readJournal(path);
      expect(journal.confirmations?.size).toBeGreaterThan(0);
      const resumed = await runSuite(request(suite, plan, script, { earlier, journal: { path }, resume: journal }));
      const shape = (results: Results) =>
        results.trials.map((trial) => `${trial.id}:${trial.status}:${trial.phase ?? 'planned'}`);
      expect(shape(resumed)).toEqual(shape(whole));
      expect(resumed.tests.map((test) => test.confirmation)).toEqual(whole.tests.map((test) => test.confirmation));
    },
  );

  it('the budget stops confirmation trials like any other', async () => {
    const results = await runSuite(
      request(suite, plan, script, { earlier, executeTrial: execute(0.01), budgetUsd: 0.15, concurrency: 1 }),
    );
    expect(results.status).toBe('stopped');
    expect(results.stopReason).toBe('budget');
    expect(results.trials.length).toBeLessThanOrEqual(16);
  });

  it('a cancel stops confirmation trials and keeps what finished', async () => {
    const cancel = new AbortController();
    let done = 0;
    const results = await runSuite(
      request(suite, plan, script, {
        earlier,
        signal: cancel.signal,
        concurrency: 1,
        maxTrialsInFlight: 1,
        onTrialDone: () => ++done === 12 && cancel.abort(),
      }),
    );
    expect(results.stopReason).toBe('cancelled');
    expect(results.trials.length).toBe(12);
    expect(results.trials.some((trial) => trial.phase === 'confirmation')).toBe(true);
  });
});

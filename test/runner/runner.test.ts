import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HUNG_SHARE, type TrialTimeout } from '../../src/engine/abort.js';
import type { ExecuteTrial, Trace } from '../../src/engine/types.js';
import { readResults } from '../../src/results/index.js';
import { runPlan, TRIALS_PER_CALL_SLOT, type RunOptions } from '../../src/runner/index.js';
import type { ChatClient } from '../../src/llm/types.js';
import type { Plan } from '../../src/plan/types.js';
import { agent, fakeChat, planOf, suiteOf, trace, user } from './helpers.js';

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    });
  });

/**
 * A fake engine: each trial "talks" for `ms`, passes unless its test id says otherwise, and measures its own
 * concurrency.
 */
function fakeEngine(options: { ms?: number | ((testId: string) => number); callsChat?: number } = {}) {
  const stats = { inFlight: 0, maxInFlight: 0, started: [] as string[] };
  const execute: ExecuteTrial = async (trial, ctx) => {
    stats.started.push(trial.id);
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      let call;
      for (let i = 0; i < Number(options.callsChat ?? 0); i++)
        call = await ctx.chat.complete({
          endpoint: { model: 'm', api_key_env: 'K' },
          messages: [],
          signal: ctx.signal,
        });
      const ms = typeof options.ms === 'function' ? options.ms(trial.testId) : (options.ms ?? 5);
      await sleep(ms, ctx.signal);
      const reply = trial.testId.startsWith('bad') ? 'no' : 'yes';
      return trace([user('hi'), agent(reply, 10)], call ? { usage: call.usage } : {}) satisfies Trace;
    } finally {
      stats.inFlight--;
    }
  };
  return { stats, execute };
}

/** A chat whose calls take `ms` each and that counts how many are in flight at once. */
function slowChat(ms: number): ChatClient & { maxInFlight: () => number } {
  const inner = fakeChat(() => 'x');
  let inFlight = 0;
  let max = 0;
  return {
    maxInFlight: () => max,
    complete: async (request) => {
      max = Math.max(max, ++inFlight);
      try {
        await sleep(ms, request.signal);
        return await inner.complete(request);
      } finally {
        inFlight--;
      }
    },
  };
}

/** Every trial is judged by one text criterion: the agent must say "yes". */
function withCriterion(plan: Plan): Plan {
  return {
    ...plan,
    trials: plan.trials.map((trial) => ({
      ...trial,
      criteria: [{ type: 'text', contains: 'yes', scope: 'any', id: 'says-yes', baseline: false }],
    })),
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-runner-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function options(plan: Plan, extra: Partial<RunOptions>): RunOptions {
  return {
    suite: suiteOf(),
    plan: withCriterion(plan),
    env: {},
    chat: fakeChat(() => '{}'),
    git: {},
    outputPath: join(dir, 'results.json'),
    ...extra,
  };
}

describe('runPlan', () => {
  it(
    'never exceeds the concurrency limit on LLM calls nor the trial cap, starts in plan order, and writes a ' +
      'valid results file',
    async () => {
      const plan = planOf([
        { id: 'crit', runs: 3, priority: 'critical' },
        { id: 'normal', runs: 20, variants: ['baseline', 'candidate'] },
      ]);
      const { stats, execute } = fakeEngine({ ms: 1, callsChat: 3 });
      const chat = slowChat(5);
      const results = await runPlan(options(plan, { executeTrial: execute, chat, concurrency: 4 }));
      expect(chat.maxInFlight()).toBe(4);
      // more trials than call slots: a freed slot never waits for a new trial
      expect(stats.maxInFlight).toBeGreaterThan(4);
      expect(stats.maxInFlight).toBeLessThanOrEqual(4 * TRIALS_PER_CALL_SLOT);
      expect(stats.started.slice(0, 3)).toEqual(['crit@default#0', 'crit@default#1', 'crit@default#2']);
      expect(results.status).toBe('completed');
      expect(results.trials).toHaveLength(43);
      expect(results.trials.map((trial) => trial.id)).toEqual(plan.trials.map((trial) => trial.id));
      expect(results.runId).toMatch(/^RH-\d{8}-\d{6}-[0-9a-f]{6}$/);
      expect(results.source).toBe('cli');
      expect(results.tests.find((test) => test.key === 'normal@candidate')).toMatchObject({
        passes: 20,
        verdict: 'pass',
      });
      expect(Object.keys(results.variantTotals).sort()).toEqual(['baseline', 'candidate', 'default']);
      expect(await readResults(join(dir, 'results.json'))).toEqual(results);
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    },
  );

  it('fail-fast stops starting trials once a critical test has failed', async () => {
    const plan = planOf([
      { id: 'bad-critical', runs: 1, priority: 'critical' },
      { id: 'later', runs: 30 },
    ]);
    const slow = slowChat(20);
    let calls = 0;
    const chat: ChatClient = { complete: (request) => (calls++, slow.complete(request)) };
    const { execute } = fakeEngine({ ms: 0, callsChat: 1 });
    // Concurrency 2 admits up to 16 trials at once: those still waiting for their first call slot once the critical
    // test failed must not start.
    const results = await runPlan(options(plan, { executeTrial: execute, chat, concurrency: 2, failFast: true }));
    expect(results).toMatchObject({ status: 'stopped', stopReason: 'fail_fast' });
    expect(results.tests[0]).toMatchObject({ key: 'bad-critical@default', verdict: 'fail' });
    expect(calls).toBeLessThan(5); // only the trials whose first call got a slot before the failure
    expect(results.trials.length).toBe(calls);
    expect(results.tests.find((test) => test.key === 'later@default')?.verdict).toBe('not_run');
  });

  it('without fail-fast a critical failure does not stop the run', async () => {
    const plan = planOf([
      { id: 'bad-critical', priority: 'critical' },
      { id: 'later', runs: 5 },
    ]);
    const results = await runPlan(options(plan, { executeTrial: fakeEngine().execute, concurrency: 2 }));
    expect(results.status).toBe('completed');
    expect(results.trials).toHaveLength(6);
  });

  it(
    'stops admitting trials when the next one would not fit in the budget; the rest are ' + 'absent and not_run',
    async () => {
      const plan = planOf([
        { id: 'a', runs: 10 },
        { id: 'b', runs: 10 },
      ]);
      const chat = fakeChat(() => 'x'); // each call costs $0.001 (fakeChat's usage)
      const { stats, execute } = fakeEngine({ ms: 2, callsChat: 1 });
      const results = await runPlan(
        options(plan, { executeTrial: execute, chat, concurrency: 1, maxTrialsInFlight: 1, budgetUsd: 0.0045 }),
      );
      expect(results).toMatchObject({ status: 'stopped', stopReason: 'budget' });
      // Each trial costs $0.001: a fifth would end at $0.005, over the cap, so it is not started.
      expect(stats.started).toHaveLength(4);
      expect(results.trials).toHaveLength(4);
      expect(results.totals.usage.costUsd).toBeCloseTo(0.004);
      expect(results.tests.find((test) => test.key === 'b@default')?.verdict).toBe('not_run');
      expect(results.totals.notRun).toBe(2); // a: 4 of 10 ran, all passed, undecided
    },
  );

  it('admits only what the budget covers next to the trials in flight, and never overshoots by a trial', async () => {
    const plan = planOf([{ id: 'a', runs: 8 }]);
    const chat = fakeChat(() => 'x'); // each call costs $0.001
    const { execute } = fakeEngine({ ms: 1, callsChat: 2 });
    const results = await runPlan(
      options(plan, { executeTrial: execute, chat, concurrency: 1, maxTrialsInFlight: 8, budgetUsd: 0.0065 }),
    );
    expect(results).toMatchObject({ status: 'stopped', stopReason: 'budget' });
    // Every call that was paid for belongs to a kept trial: nothing started was thrown away.
    expect(chat.requests).toHaveLength(results.trials.length * 2);
    expect(results.trials.length).toBeGreaterThanOrEqual(2);
    expect(results.totals.usage.costUsd).toBeLessThanOrEqual(0.0065);
  });

  it('a trial over trial_timeout_ms is an error with category timeout, and the run goes on', async () => {
    const plan = planOf([{ id: 'slow' }, { id: 'quick', runs: 3 }]);
    const { execute } = fakeEngine({ ms: (testId) => (testId === 'slow' ? 10_000 : 5) });
    const started = Date.now();
    const results = await runPlan(options(plan, { executeTrial: execute, trialTimeoutMs: 100 }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(results.status).toBe('completed');
    const slow = results.trials.find((trial) => trial.testId === 'slow')!;
    expect(slow).toMatchObject({ status: 'error', failureCategory: 'timeout', endReason: 'timeout' });
    expect(slow.reason).toContain('trial_timeout_ms (100 ms)');
    expect(results.tests.find((test) => test.testId === 'quick')?.verdict).toBe('pass');
  });

  it('a trial out of time while one of its calls waits to retry names what the call was retrying', async () => {
    const plan = planOf([{ id: 'a' }]);
    const { execute } = fakeEngine({ callsChat: 1 });
    // The client's contract: onRetry before each retry's wait. A 503 storm outlasting the trial's time was reported as
    // a bare timeout, the agent's slowness as far as anyone could tell.
    const retrying: ChatClient = {
      complete: async (request) => {
        request.onRetry?.({ attempt: 1, delayMs: 60_000, reason: 'HTTP 503: upstream down' });
        await sleep(60_000, request.signal);
        throw new Error('never reached: the trial times out first');
      },
    };
    const results = await runPlan(options(plan, { executeTrial: execute, chat: retrying, trialTimeoutMs: 100 }));
    expect(results.trials[0]).toMatchObject({ status: 'error', failureCategory: 'timeout' });
    expect(results.trials[0]?.reason).toBe(
      'the trial exceeded trial_timeout_ms (100 ms) while retrying m: HTTP 503: upstream down',
    );
  });

  it('a trial out of time tells the engine which call it cut: its model, retries so far, last failure', async () => {
    // What the conversation reads to record whose call it was (conversation.ts): snapshotted when the timer fires.
    const seen: unknown[] = [];
    const execute: ExecuteTrial = async (_trial, ctx) => {
      for (const model of ['quick', 'hung'])
        await ctx.chat
          .complete({ endpoint: { model, api_key_env: 'K' }, messages: [], signal: ctx.signal })
          .catch(() => undefined);
      seen.push(ctx.signal.reason);
      return trace([user('hi')]);
    };
    const chat = (retries: number): ChatClient => ({
      complete: async (request) => {
        if (request.endpoint.model === 'quick') return fakeChat(() => 'x').complete(request);
        for (let attempt = 1; attempt <= retries; attempt++)
          request.onRetry?.({ attempt, delayMs: 60_000, reason: `no answer within ${attempt}0 ms` });
        await sleep(60_000, request.signal);
        throw new Error('never reached: the trial times out first');
      },
    });
    for (const retries of [0, 2])
      await runPlan(
        options(planOf([{ id: 'a' }]), { executeTrial: execute, chat: chat(retries), trialTimeoutMs: 100 }),
      );
    const running = { runningMs: expect.any(Number) };
    expect(seen).toEqual([
      expect.objectContaining({
        name: 'TrialTimeout',
        timeoutMs: 100,
        call: { model: 'hung', retries: 0, ...running },
      }),
      expect.objectContaining({
        timeoutMs: 100,
        call: { model: 'hung', retries: 2, lastFailure: 'no answer within 20 ms', ...running },
        message: 'the trial exceeded trial_timeout_ms (100 ms) while retrying hung: no answer within 20 ms',
      }),
    ]);
    // The quick call took no time: the hung one ran from its first attempt (its retries keep its clock) to the end.
    for (const reason of seen as TrialTimeout[])
      expect(reason.call?.runningMs).toBeGreaterThanOrEqual(HUNG_SHARE * reason.timeoutMs);
  });

  it('time spent waiting for a call slot does not count against trial_timeout_ms', async () => {
    const plan = planOf([{ id: 'a', runs: 3 }]);
    // One slot, three trials in flight: the third waits two calls' time for its slot, more than its timeout allows in
    // wall time.
    const { execute } = fakeEngine({ ms: 0, callsChat: 1 });
    const results = await runPlan(
      options(plan, {
        executeTrial: execute,
        chat: slowChat(300),
        concurrency: 1,
        maxTrialsInFlight: 3,
        trialTimeoutMs: 500,
      }),
    );
    expect(results.trials.map((trial) => trial.status)).toEqual(['pass', 'pass', 'pass']);
    expect(Math.max(...results.trials.map((trial) => trial.durationMs))).toBeGreaterThan(500);
  });

  it("agent latency leaves out the time the agent's call waited for a slot", async () => {
    const plan = planOf([{ id: 'a', runs: 2 }]);
    // The real engine: an openai agent that speaks first, one simulated-user turn, the agent again: two agent calls per
    // trial.
    const trials = plan.trials.map((trial) => ({
      ...trial,
      agent: {
        id: 'bot',
        type: 'openai' as const,
        model: 'agent',
        api_key_env: 'K',
        tools: [],
        profile_context: false,
        max_tool_rounds: 1,
      },
      simulator: { model: 'sim', api_key_env: 'K' },
      scenario: {
        id: 's',
        type: 'behavioral' as const,
        objective: 'o',
        instructions: 'i',
        max_turns: 1,
        tags: [],
        version: 'v',
      },
    }));
    const chat = slowChat(200);
    const results = await runPlan(options({ ...plan, trials }, { chat, concurrency: 1, maxTrialsInFlight: 2 }));
    const latencies = results.trials.flatMap((trial) =>
      trial.transcript.flatMap((event) => (event.type === 'agent_message' ? [event.latencyMs] : [])),
    );
    expect(latencies).toHaveLength(4);
    // One trial's agent call queued ~200 ms behind the other's: counted, its latency would be ~400 ms.
    for (const latency of latencies) expect(latency).toBeLessThan(380);
    expect(Math.max(...results.trials.map((trial) => trial.durationMs))).toBeGreaterThanOrEqual(380);
  });

  it('an engine that throws gives an error trial with the cause', async () => {
    const plan = planOf([{ id: 'boom' }, { id: 'fine' }]);
    const execute: ExecuteTrial = async (trial) => {
      if (trial.testId === 'boom') throw new Error('spawn ENOENT order-bot');
      return trace([user('hi'), agent('yes')]);
    };
    const results = await runPlan(options(plan, { executeTrial: execute }));
    expect(results.trials[0]).toMatchObject({
      status: 'error',
      failureCategory: 'infrastructure',
      reason: 'spawn ENOENT order-bot',
    });
    expect(results.trials[1]?.status).toBe('pass');
  });

  it('cancellation mid-run writes a valid file with status stopped and exactly the finished trials', async () => {
    const plan = planOf([{ id: 'a', runs: 40 }]);
    const controller = new AbortController();
    const { stats, execute } = fakeEngine({ ms: 20 });
    const finished: string[] = [];
    const results = await runPlan(
      options(plan, {
        executeTrial: execute,
        concurrency: 3,
        signal: controller.signal,
        onTrialDone: (trial) => {
          finished.push(trial.id);
          if (finished.length === 7) controller.abort();
        },
      }),
    );
    expect(results).toMatchObject({ status: 'stopped', stopReason: 'cancelled' });
    expect(results.trials.map((trial) => trial.id).sort()).toEqual([...finished].sort());
    expect(finished.length).toBeGreaterThanOrEqual(7);
    expect(finished.length).toBeLessThan(40);
    expect(stats.started.length).toBeLessThan(40);
    const onDisk = await readResults(join(dir, 'results.json'));
    expect(onDisk.trials.map((trial) => trial.id)).toEqual(results.trials.map((trial) => trial.id));
    expect(onDisk.status).toBe('stopped');
  });

  it('reports progress with done/total, pass/fail and spend', async () => {
    const plan = planOf([
      { id: 'a', runs: 3 },
      { id: 'bad', runs: 1 },
    ]);
    const seen: { done: number; total: number; passed: number; failed: number }[] = [];
    await runPlan(options(plan, { executeTrial: fakeEngine().execute, onProgress: (progress) => seen.push(progress) }));
    expect(seen[0]).toMatchObject({ done: 0, total: 4 });
    expect(seen.at(-1)).toMatchObject({ done: 4, total: 4, passed: 3, failed: 1 });
  });

  it('records judge calls in the transcript and the usage', async () => {
    const plan = planOf([{ id: 'a' }]);
    const judged: Plan = {
      ...plan,
      trials: plan.trials.map((trial) => ({
        ...trial,
        criteria: [{ type: 'rubric', rubric: 'polite', id: 'polite', baseline: false }],
      })),
    };
    const chat = fakeChat(() => '{"score":0.9,"reason":"polite"}');
    const results = await runPlan({ ...options(plan, { executeTrial: fakeEngine().execute, chat }), plan: judged });
    const trial = results.trials[0]!;
    expect(trial.status).toBe('pass');
    expect(trial.transcript.filter((event) => event.type === 'llm_call' && event.role === 'judge')).toHaveLength(1);
    expect(trial.usage).toMatchObject({ inputTokens: 100, outputTokens: 20 });
  });
});

describe('runPlan robustness', () => {
  it('a judge that throws turns the trial into an error, the run goes on', async () => {
    const plan = planOf([{ id: 'a', runs: 2 }]);
    const results = await runPlan({
      ...options(plan, { executeTrial: fakeEngine().execute }),
      judgeTrial: async () => {
        throw new Error('metric bug');
      },
    });
    expect(results.status).toBe('completed');
    expect(results.trials.map((trial) => trial.status)).toEqual(['error', 'error']);
    expect(results.trials[0]?.reason).toContain('the judge failed: metric bug');
  });
});

describe('runPlan pass^k', () => {
  it("aggregates pass^k with the suite's run.pass_hat_k, and records the gate it is given", async () => {
    const plan = planOf([{ id: 'flaky', runs: 5 }]);
    const gate: RunOptions['gate'] = { minPassRate: 0.5, failOn: ['critical'], alpha: 0.05 };
    const suite = suiteOf({ run: { ...suiteOf().run, pass_hat_k: 2 } });
    const results = await runPlan(options(plan, { suite, executeTrial: fakeEngine().execute, gate }));
    expect(results.tests[0]).toMatchObject({ passK: 2, passHatK: 1 });
    expect(results.gate).toEqual(gate);
    expect(await readResults(join(dir, 'results.json'))).toEqual(results);
  });

  it('defaults run.pass_hat_k to 3 when a suite file does not set it', async () => {
    const { RunSettingsSchema } = await import('../../src/suite/schema.js');
    expect(RunSettingsSchema.parse({}).pass_hat_k).toBe(3);
  });
});

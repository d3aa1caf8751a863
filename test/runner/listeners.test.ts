// The run's cancel signal is shared by every trial: a listener per trial in
// flight (several per call slot) passed Node's limit of 10 and printed
// MaxListenersExceededWarning on ordinary runs (Node 20/22). The count of
// 'abort' listeners on it must not grow with the trials in flight.
import { getEventListeners } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { ExecuteTrial } from '../../src/engine/types.js';
import { runPlan, TRIALS_PER_CALL_SLOT } from '../../src/runner/index.js';
import { agent, fakeChat, planOf, suiteOf, trace, user } from './helpers.js';

describe('the run signal', () => {
  it('carries a constant number of abort listeners however many trials are in flight', async () => {
    const cancel = new AbortController();
    let inFlight = 0;
    let maxInFlight = 0;
    let maxListeners = 0;
    const execute: ExecuteTrial = async (_trial, ctx) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      try {
        for (let call = 0; call < 2; call++) {
          await ctx.chat.complete({ endpoint: { model: 'm', api_key_env: 'K' }, messages: [], signal: ctx.signal });
          maxListeners = Math.max(maxListeners, getEventListeners(cancel.signal, 'abort').length);
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        return trace([user('hi'), agent('yes', 10)]);
      } finally {
        inFlight--;
      }
    };
    const concurrency = 4;
    const plan = planOf([{ id: 'many', runs: 80 }]);
    const results = await runPlan({
      suite: suiteOf(),
      plan,
      env: {},
      chat: fakeChat(() => '{}'),
      git: {},
      executeTrial: execute,
      concurrency,
      signal: cancel.signal,
    });

    expect(results.trials).toHaveLength(80);
    // Many trials really were in flight at once (more than Node's limit of 10)…
    expect(maxInFlight).toBeGreaterThan(10);
    expect(maxInFlight).toBeLessThanOrEqual(TRIALS_PER_CALL_SLOT * concurrency);
    // …yet the run signal kept only the runner's own listener.
    expect(maxListeners).toBeLessThanOrEqual(1);
  });

  it('still cancels every trial in flight', async () => {
    const cancel = new AbortController();
    let started = 0;
    const execute: ExecuteTrial = async (_trial, ctx) => {
      if (++started === 20) cancel.abort(new Error('cancelled by test'));
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, 10_000);
        ctx.signal?.addEventListener('abort', () => (clearTimeout(timer), reject(new Error('aborted'))), {
          once: true,
        });
      });
      return trace([user('hi'), agent('yes', 10)]);
    };
    const results = await runPlan({
      suite: suiteOf(),
      plan: planOf([{ id: 'many', runs: 40 }]),
      env: {},
      chat: fakeChat(() => '{}'),
      git: {},
      executeTrial: execute,
      concurrency: 4,
      signal: cancel.signal,
    });
    expect(results.status).toBe('stopped');
    expect(results.trials).toHaveLength(0);
  });

  // A caller that runs many suites under one long-lived signal (the verdict bench, a watch loop) must not keep every
  // finished run alive through it: Node keeps an AbortSignal.any signal that has listeners alive until it aborts.
  it("lets a finished run be collected while the caller's signal lives on", async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const outer = new AbortController();
    const runOnce = async (): Promise<WeakRef<object>> => {
      const suite = suiteOf();
      await runPlan({
        suite,
        plan: planOf([{ id: 'one', runs: 2 }]),
        env: {},
        chat: fakeChat(() => '{}'),
        git: {},
        executeTrial: async () => trace([user('hi'), agent('yes', 10)]),
        concurrency: 2,
        signal: outer.signal,
      });
      return new WeakRef(suite);
    };
    const runs = [await runOnce(), await runOnce(), await runOnce()];
    await new Promise((resolve) => setTimeout(resolve, 10));
    gc();
    expect(runs.filter((run) => run.deref() !== undefined)).toHaveLength(0);
    expect(getEventListeners(outer.signal, 'abort')).toHaveLength(0);
  });
});

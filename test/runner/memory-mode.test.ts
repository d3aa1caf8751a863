/**
 * Runs that favour memory (src/runner/memory.ts) give the same results as runs that do not, also when the V8
 * setting is switched on and off between runs and while two runs overlap.
 */
import { describe, expect, it } from 'vitest';
import type { ExecuteTrial } from '../../src/engine/types.js';
import { MEMORY_MODE_MIN_TRIALS } from '../../src/runner/memory.js';
import { runPlan } from '../../src/runner/index.js';
import { agent, criterion, fakeChat, planOf, suiteOf, trace, user } from './helpers.js';
import type { Plan } from '../../src/plan/types.js';

const talk: ExecuteTrial = async (trial, ctx) => {
  await ctx.chat.complete({ endpoint: { model: 'm', api_key_env: 'K' }, messages: [], signal: ctx.signal });
  return trace([user(`hi ${trial.id}`), agent(`hello ${trial.index}`)]);
};

function plan(runs: number): Plan {
  const base = planOf([{ id: 'a', runs }]);
  return {
    ...base,
    trials: base.trials.map((trial) => ({ ...trial, criteria: [criterion({ type: 'turns', max: 5 })] })),
  };
}

async function outcomes(runs: number, gc: string | undefined) {
  const results = await runPlan({
    suite: suiteOf(),
    plan: plan(runs),
    env: gc ? { REHEARSE_GC: gc } : {},
    chat: fakeChat(() => 'ok'),
    git: {},
    executeTrial: talk,
    concurrency: 8,
  });
  return {
    statuses: results.trials.map((trial) => `${trial.id}:${trial.status}:${trial.transcript.length}`),
    passes: results.tests[0]?.passes,
  };
}

describe('favouring memory during a run', () => {
  it('changes nothing in the results: a big run, small runs forced either way, and overlapping runs', async () => {
    const big = await outcomes(MEMORY_MODE_MIN_TRIALS, undefined);
    expect(big.passes).toBe(MEMORY_MODE_MIN_TRIALS);
    expect(big.statuses.every((status) => status.endsWith(':pass:2'))).toBe(true);
    const [memory, speed] = [await outcomes(20, 'memory'), await outcomes(20, 'speed')];
    expect(memory).toEqual(speed);
    const [one, two] = await Promise.all([outcomes(30, 'memory'), outcomes(30, undefined)]);
    expect(one).toEqual(two);
  });
});

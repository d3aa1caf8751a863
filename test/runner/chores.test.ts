/**
 * A run's chores (git lookups, the first full collection, the caller's: the history rule's lookup, the renderers,
 * the reference note) start at its quiet moment: just after its first answers, when the next calls are out. Before
 * that they would delay the first calls or the handling of the first answers (AFTER_FIRST_ANSWER_MS).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExecuteTrial } from '../../src/engine/types.js';
import type { ChatClient } from '../../src/llm/types.js';
import { runPlan } from '../../src/runner/index.js';
import { chore } from '../../src/util/chore.js';
import { agent, fakeChat, planOf, suiteOf, trace, user } from './helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every trial makes `calls` LLM calls, one after another. */
function engine(calls: number): ExecuteTrial {
  return async (_trial, ctx) => {
    for (let i = 0; i < calls; i++)
      await ctx.chat.complete({ endpoint: { model: 'm', api_key_env: 'K' }, messages: [], signal: ctx.signal });
    return trace([user('hi'), agent('yes', 1)]);
  };
}

/** Answers after `ms`; counts the calls made and answered. */
function countingChat(ms: number): ChatClient & { made: number; answered: number } {
  const inner = fakeChat(() => 'x');
  const chat = {
    made: 0,
    answered: 0,
    complete: async (request: Parameters<ChatClient['complete']>[0]) => {
      chat.made++;
      await sleep(ms);
      const result = await inner.complete(request);
      chat.answered++;
      return result;
    },
  };
  return chat;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-chores-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const trials = (count: number) => planOf([{ id: 'refund', runs: count }]);

describe("a run's chores", () => {
  it('start after the first answers, with the next calls out, and well before the run ends', async () => {
    const chat = countingChat(40);
    let seen: { made: number; answered: number } | undefined;
    const results = await runPlan({
      suite: suiteOf(),
      plan: trials(4),
      env: {},
      chat,
      git: {},
      concurrency: 4,
      cwd: dir,
      executeTrial: engine(4),
      chores: [chore(async () => void (seen = { made: chat.made, answered: chat.answered }))],
    });
    expect(results.trials).toHaveLength(4);
    // The first wave (4 calls) answered and the second sent, not the first wave still in flight (as at a fixed delay
    // after the start) nor the end of the run (16 calls).
    expect(seen).toEqual({ made: 8, answered: 4 });
  });

  it('start after the first finished trial in a run without LLM calls', async () => {
    let started = false;
    const slowTrials: ExecuteTrial = async () => {
      await sleep(30);
      return trace([user('hi'), agent('yes', 1)]);
    };
    await runPlan({
      suite: suiteOf(),
      plan: trials(4),
      env: {},
      chat: fakeChat(() => 'x'),
      git: {},
      concurrency: 1,
      maxTrialsInFlight: 1,
      cwd: dir,
      executeTrial: slowTrials,
      chores: [chore(async () => void (started = true))],
    });
    expect(started).toBe(true);
  });

  it('do not start when the run is over before they are due', async () => {
    let started = false;
    await runPlan({
      suite: suiteOf(),
      plan: trials(1),
      env: {},
      chat: fakeChat(() => 'x'),
      git: {},
      cwd: dir,
      executeTrial: engine(0),
      chores: [chore(async () => void (started = true))],
    });
    await sleep(30);
    expect(started).toBe(false);
  });
});

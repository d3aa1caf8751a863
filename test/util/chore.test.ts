import { stat } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chore, startWhenDue } from '../../src/util/chore.js';

const turns = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('chore', () => {
  it('starts its work once, when its result is first asked for', async () => {
    let runs = 0;
    const counted = chore(async () => ++runs);
    await turns(10);
    expect(runs).toBe(0);
    expect(await counted.now()).toBe(1);
    expect(await counted.now()).toBe(1);
    expect(runs).toBe(1);
  });
});

describe('startWhenDue', () => {
  it('starts nothing until due, then every chore after the delay, one per turn, each once', async () => {
    const started: string[] = [];
    const a = chore(async () => started.push('a'));
    const b = chore(async () => started.push('b'));
    const chores = startWhenDue([a, b], 5);
    await turns(20);
    expect(started).toEqual([]);
    chores.due();
    chores.due();
    expect(started).toEqual([]);
    await turns(20);
    expect(started).toEqual(['a', 'b']);
    await a.now();
    expect(started).toEqual(['a', 'b']);
  });

  it('lets I/O that completes meanwhile be handled between two chores', async () => {
    const order: string[] = [];
    const holdThread = () => {
      const until = performance.now() + 15;
      while (performance.now() < until); // as a spawn or a collection does
    };
    const first = chore(async () => {
      order.push('first');
      // Done on the thread pool while this chore holds the thread: its callback comes in the next poll phase.
      stat(fileURLToPath(import.meta.url), () => order.push('answer'));
      holdThread();
    });
    const second = chore(async () => {
      order.push('second');
      holdThread();
    });
    startWhenDue([first, second], 1).due();
    await turns(60);
    expect(order).toEqual(['first', 'answer', 'second']);
  });

  it('called off, starts none that has not started; one asked for is still done', async () => {
    let runs = 0;
    const counted = chore(async () => ++runs);
    const chores = startWhenDue([counted], 5);
    chores.due();
    chores.cancel();
    await turns(20);
    expect(runs).toBe(0);
    expect(await counted.now()).toBe(1);
  });

  it('a chore whose work throws before returning a promise does not stop the chores after it', async () => {
    const throwsAtOnce = chore((() => {
      throw new Error('no git on the path');
    }) as () => Promise<never>);
    let after = false;
    startWhenDue([throwsAtOnce, chore(async () => void (after = true))], 0).due();
    await turns(20);
    expect(after).toBe(true);
    await expect(throwsAtOnce.now()).rejects.toThrow('no git on the path');
  });

  it('a chore that fails is seen by whoever asks for it, not as an unhandled rejection', async () => {
    const failing = chore(async () => {
      throw new Error('git is gone');
    });
    const chores = startWhenDue([failing], 0);
    chores.due();
    await turns(10);
    await expect(failing.now()).rejects.toThrow('git is gone');
  });
});

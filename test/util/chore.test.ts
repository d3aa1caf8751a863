import { describe, expect, it } from 'vitest';
import { choreAfter } from '../../src/util/chore.js';

const turns = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('choreAfter', () => {
  it('starts its work once, after the delay or when asked for sooner, whichever comes first', async () => {
    let runs = 0;
    const later = choreAfter(5, async () => ++runs);
    await turns(30);
    expect(runs).toBe(1);
    expect(await later.now()).toBe(1);
    const sooner = choreAfter(10_000, async () => ++runs);
    expect(await sooner.now()).toBe(2);
    expect(await sooner.now()).toBe(2);
    expect(runs).toBe(2);
  });

  it('called off, or with no delay and never asked for, it never starts', async () => {
    let runs = 0;
    choreAfter(5, async () => ++runs).cancel();
    const onlyWhenAsked = choreAfter(undefined, async () => ++runs);
    await turns(30);
    expect(runs).toBe(0);
    expect(await onlyWhenAsked.now()).toBe(1);
  });
});

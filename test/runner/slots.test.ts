import { describe, expect, it } from 'vitest';
import { LlmCallError } from '../../src/llm/types.js';
import { agentSlot, CallSlots, SlotWait } from '../../src/runner/slots.js';

describe('CallSlots', () => {
  it('grants slots first come, first served, and hands a released slot to the next waiter', async () => {
    const slots = new CallSlots(1);
    await slots.acquire();
    const order: string[] = [];
    const a = slots.acquire().then(() => order.push('a'));
    const b = slots.acquire().then(() => order.push('b'));
    slots.release();
    await a;
    expect(order).toEqual(['a']);
    slots.release();
    await b;
    expect(order).toEqual(['a', 'b']);
  });

  it("goes to the oldest trial first, and in the run's tail to the trial that has made the fewest calls", async () => {
    for (const tail of [false, true]) {
      const slots = new CallSlots(1, () => tail);
      const [old, young] = [slots.ranked(0), slots.ranked(1)];
      // The old trial has made two calls, the young one none.
      for (let call = 0; call < 2; call++) {
        await old.acquire();
        old.release();
      }
      await slots.acquire();
      const order: string[] = [];
      const calls = [old.acquire().then(() => order.push('old')), young.acquire().then(() => order.push('young'))];
      slots.release();
      await Promise.race(calls);
      expect(order, tail ? 'tail' : 'before the tail').toEqual([tail ? 'young' : 'old']);
      slots.release();
      await Promise.all(calls);
    }
  });

  it('keeps a freed slot for the older trial that used it until the end of the turn, then hands it out', async () => {
    const slots = new CallSlots(1);
    const [old, young] = [slots.ranked(0), slots.ranked(1)];
    await old.acquire();
    const order: string[] = [];
    const youngCall = young.acquire().then(() => order.push('young'));
    // The old trial's call ends and it asks again in the same turn: it keeps the slot, the young one waits.
    old.release();
    await old.acquire();
    order.push('old');
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['old']);
    // Its last call ends and it asks for no other: the young trial gets the slot once the turn is over.
    old.release();
    await youngCall;
    expect(order).toEqual(['old', 'young']);
    // A younger trial's release goes straight to an older waiter, with no turn in between.
    const oldAgain = old.acquire().then(() => order.push('old again'));
    young.release();
    await Promise.resolve();
    await Promise.resolve();
    expect(order).toEqual(['old', 'young', 'old again']);
    await oldAgain;
  });

  it('while the process is busy, hands freed slots out once per turn, in rank order, not one by one', async () => {
    let busy = true;
    const slots = new CallSlots(
      2,
      () => false,
      () => busy,
    );
    const [old, middle, young] = [slots.ranked(0), slots.ranked(1), slots.ranked(2)];
    await old.acquire();
    await middle.acquire();
    const order: string[] = [];
    const youngCall = young.acquire().then(() => order.push('young'));
    // Both answers come in this turn; the old trial asks again before it ends. Nothing is handed out yet.
    old.release();
    const oldCall = old.acquire().then(() => order.push('old'));
    middle.release();
    for (let hop = 0; hop < 10; hop++) await Promise.resolve();
    expect(order).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['old', 'young']);
    await Promise.all([oldCall, youngCall]);
    // Not busy: a freed slot goes to the waiter at once.
    busy = false;
    const middleCall = middle.acquire().then(() => order.push('middle'));
    young.release();
    await middleCall;
    expect(order).toEqual(['old', 'young', 'middle']);
  });

  it('a waiter whose signal aborts gives up as a cancelled call and loses its place', async () => {
    const slots = new CallSlots(1);
    await slots.acquire();
    const controller = new AbortController();
    const gaveUp = slots.acquire(controller.signal).catch((error: unknown) => error);
    const next = slots.acquire();
    controller.abort();
    const error = await gaveUp;
    expect(error).toBeInstanceOf(LlmCallError);
    expect(error).toMatchObject({ category: 'cancelled', attempts: 0 });
    slots.release();
    await next; // the slot went to the next waiter, not to the one that left
  });

  it('holds a slot around the work, releases it on failure, and reports the wait', async () => {
    const slots = new CallSlots(1);
    const wait = new SlotWait();
    const hold = agentSlot(slots, wait);
    await expect(hold(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const { value, queuedMs } = await hold(async () => 42);
    expect(value).toBe(42);
    expect(queuedMs).toBeLessThan(40); // a free slot: no wait
  });

  it('reports how long the work waited for the only slot', async () => {
    const slots = new CallSlots(1);
    const wait = new SlotWait();
    await slots.acquire();
    setTimeout(() => slots.release(), 50);
    const { value, queuedMs } = await agentSlot(slots, wait)(async () => 42);
    expect(value).toBe(42);
    expect(queuedMs).toBeGreaterThanOrEqual(40);
    expect(wait.totalMs()).toBeGreaterThanOrEqual(40);
  });
});

import type { EventLoopUtilization } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { loopLoad } from '../../src/runner/loop-load.js';

/** A loop whose active share is scripted: cumulative idle and active times, as perf_hooks keeps them. */
function scriptedLoop() {
  let now = 0;
  let idle = 0;
  let active = 0;
  const utilization = (since?: EventLoopUtilization): EventLoopUtilization => {
    const di = idle - (since?.idle ?? 0);
    const da = active - (since?.active ?? 0);
    return { idle: di, active: da, utilization: da + di === 0 ? 0 : da / (da + di) };
  };
  return {
    clock: () => now,
    utilization,
    spend(ms: number, share: number) {
      now += ms;
      active += ms * share;
      idle += ms * (1 - share);
    },
  };
}

describe('loopLoad', () => {
  it('is busy once a whole window was spent working above the threshold, until the next window ends', () => {
    const loop = scriptedLoop();
    const busy = loopLoad(50, 0.9, loop.clock, loop.utilization);
    expect(busy()).toBe(false);
    loop.spend(30, 1);
    expect(busy(), 'the window is not over').toBe(false);
    loop.spend(20, 0.95);
    expect(busy()).toBe(true);
    loop.spend(40, 0.2);
    expect(busy(), 'still the last window').toBe(true);
    loop.spend(10, 0.2);
    expect(busy()).toBe(false);
    loop.spend(50, 0.9);
    expect(busy(), 'at the threshold is not above it').toBe(false);
  });

  it('reads the real event loop: a blocked loop is busy, an idle one is not', async () => {
    const busy = loopLoad(20);
    const blockUntil = performance.now() + 30;
    while (performance.now() < blockUntil);
    expect(busy()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(busy()).toBe(false);
  });
});

/**
 * The heap bound of a long run (src/runner/memory.ts), in a file of its own: the young generation's cap lasts for
 * the life of the process, so a run in memory mode earlier in the same worker would hide its absence.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { favourMemoryDuringRun, YOUNG_GENERATION_CAP_MB } from '../../src/runner/memory.js';

describe('the heap bound of a long run', () => {
  it('stops the young generation growing past its cap, whatever a burst of survivors asks', async () => {
    const young = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
    const before = young();
    const restore = favourMemoryDuringRun({ REHEARSE_GC: 'memory' }, 1);
    try {
      // Survivors in bulk, as a run's start makes them: V8 left alone doubles its young generation for them.
      const kept: unknown[] = [];
      for (let round = 0; round < 3_000; round++) {
        for (let i = 0; i < 200; i++) kept.push({ text: `transcript ${round} ${i}`, turns: [round, i, { i }] });
        if (kept.length > 60_000) kept.splice(0, 20_000);
        if (round % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      }
      expect(kept.length).toBeGreaterThan(0);
      const capBytes = YOUNG_GENERATION_CAP_MB * 1024 * 1024;
      expect(young()).toBeLessThanOrEqual(Math.max(before, 2.5 * capBytes));
    } finally {
      restore();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { detectability, dropPower, referenceTrialsNeeded } from '../../src/verdict/index.js';

// A 20-test run: each comparison at 0.05 / 20.
const level = { planned: 5, alpha: 0.05 / 20 };

describe('what a reference can detect', () => {
  it('power grows with the reference, and matches the end-to-end figures of a young history', () => {
    const powers = [5, 10, 25, 50].map((trials) => dropPower({ ...level, referenceTrials: trials }, 0.9, 0.4));
    for (let i = 1; i < powers.length; i++) expect(powers[i]!).toBeGreaterThan(powers[i - 1]!);
    // Measured through `rehearse run` (issue 17): 2% after 1 base run, 30% after 2, 72% after 5, 85.5% after 10.
    expect(powers[0]!).toBeLessThan(0.05);
    expect(powers[1]!).toBeGreaterThan(0.25);
    expect(powers[1]!).toBeLessThan(0.4);
    expect(powers[2]!).toBeGreaterThan(0.65);
    expect(powers[2]!).toBeLessThan(0.8);
    expect(powers[3]!).toBeGreaterThan(0.85);
  });

  it('no drop, no power beyond the level', () => {
    expect(dropPower({ ...level, referenceTrials: 50 }, 0.9, 0.9)).toBeLessThan(level.alpha);
  });

  it('the smallest detectable drop shrinks as the reference grows, and is null when nothing is detectable', () => {
    const small = detectability({ ...level, referenceTrials: 5 });
    const large = detectability({ ...level, referenceTrials: 50 });
    expect(small.sufficient).toBe(false);
    expect(large.sufficient).toBe(true);
    expect(large.smallestDrop!).toBeLessThan(small.smallestDrop ?? 1);
    expect(detectability({ ...level, alpha: 1e-9, referenceTrials: 1 }).smallestDrop).toBeNull();
  });

  it('how many reference trials a 0.9 → 0.4 drop needs', () => {
    const needed = referenceTrialsNeeded(level)!;
    expect(dropPower({ ...level, referenceTrials: needed }, 0.9, 0.4)).toBeGreaterThanOrEqual(0.8);
    expect(dropPower({ ...level, referenceTrials: needed - 1 }, 0.9, 0.4)).toBeLessThan(0.8);
  });
});

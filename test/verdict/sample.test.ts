import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIRMATION, sampleOf } from '../../src/verdict/index.js';

describe('the sample a verdict is read from', () => {
  it('counts pass/fail trials only, and a key with an error gets no confirmation', () => {
    const clean = sampleOf('pfppf', 5, DEFAULT_CONFIRMATION);
    expect(clean).toMatchObject({ planned: 5, broken: false });
    expect(clean.settings.maxExtra).toBe(DEFAULT_CONFIRMATION.maxExtra);
    expect(clean.counts()).toEqual({ passes: 3, trials: 5 });
    const broken = sampleOf('pepfi', 5, DEFAULT_CONFIRMATION);
    expect(broken).toMatchObject({ planned: 3, broken: true });
    expect(broken.settings).toMatchObject({ maxExtra: 0, maxExtraPaired: 0 });
    expect(broken.counts(broken.planned)).toEqual({ passes: 2, trials: 3 });
  });

  it('an outage leaves nothing planned', () => {
    expect(sampleOf('eeeee', 5, DEFAULT_CONFIRMATION).planned).toBe(0);
  });

  it('planned trials still running are still planned', () => {
    expect(sampleOf('pe', 5, DEFAULT_CONFIRMATION).planned).toBe(4);
  });
});

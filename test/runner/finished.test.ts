import { describe, expect, it } from 'vitest';
import type { TrialResult } from '../../src/model/results.js';
import { FinishedTrials } from '../../src/runner/finished.js';

const trial = (status: TrialResult['status']) => ({ status }) as TrialResult;

describe('FinishedTrials', () => {
  it('counts by status whoever sets a trial, an overwrite or a delete included', () => {
    const finished = new FinishedTrials();
    finished.set(0, trial('pass'));
    finished.set(1, trial('fail'));
    // Written through the plain Map interface, as the schedule writes resumed confirmation trials.
    (finished as Map<number, TrialResult>).set(2, trial('error'));
    finished.set(1, trial('pass'));
    expect([finished.count('pass'), finished.count('fail'), finished.count('error')]).toEqual([2, 0, 1]);
    finished.delete(2);
    expect(finished.count('error')).toBe(0);
    expect(finished.size).toBe(2);
    finished.clear();
    expect(finished.count('pass')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  abortEndReason,
  abortMessage,
  budgetExceeded,
  HUNG_SHARE,
  TrialTimeout,
  timeoutWhileAwaiting,
  type CallInFlight,
} from '../../src/engine/abort.js';

function abortedWith(reason?: unknown): AbortSignal {
  const controller = new AbortController();
  controller.abort(reason);
  return controller.signal;
}

describe('abortEndReason', () => {
  it('tells a timeout, a budget stop and a cancellation apart', () => {
    class TrialTimeout extends Error {
      override name = 'TrialTimeout';
    }
    expect(abortEndReason(abortedWith(new TrialTimeout('trial exceeded 5 ms')))).toBe('timeout');
    expect(abortEndReason(AbortSignal.abort(new DOMException('late', 'TimeoutError')))).toBe('timeout');
    expect(abortEndReason(abortedWith(budgetExceeded()))).toBe('budget');
    expect(abortEndReason(abortedWith())).toBe('cancelled');
    expect(abortEndReason(abortedWith('SIGINT'))).toBe('cancelled');
  });

  it("uses the reason's own message when it has one", () => {
    expect(abortMessage(abortedWith(new Error('trial exceeded 5 ms')))).toBe('trial exceeded 5 ms');
    expect(abortMessage(abortedWith())).toBe('the run was cancelled');
  });
});

describe('timeoutWhileAwaiting: whether the simulator call a trial timeout cut is to blame', () => {
  const cut = (call?: CallInFlight, timeoutMs = 600) =>
    timeoutWhileAwaiting(abortedWith(new TrialTimeout(timeoutMs, call)), 'simulator');
  const head = 'the trial exceeded trial_timeout_ms (600 ms) while waiting for the simulator (model sim';

  it(`blames a call in its first attempt once it has run ${HUNG_SHARE * 100}% of the trial's time, not before`, () => {
    const fresh = { model: 'sim', retries: 0 };
    expect(cut(fresh)).toBeUndefined(); // how long it ran is not known: no evidence
    expect(cut({ ...fresh, runningMs: 0 })).toBeUndefined();
    expect(cut({ ...fresh, runningMs: HUNG_SHARE * 600 - 1 })).toBeUndefined();
    expect(cut({ ...fresh, runningMs: HUNG_SHARE * 600 })).toBe(`${head}, no retry so far; its call had run 300 ms)`);
    expect(cut({ ...fresh, runningMs: 599.6 })).toBe(`${head}, no retry so far; its call had run 600 ms)`);
    // The share is of the trial's own timeout, whatever it is.
    expect(cut({ ...fresh, runningMs: 300 }, 10_000)).toBeUndefined();
    expect(cut({ ...fresh, runningMs: 5_000 }, 10_000)).toMatch(/\(10000 ms\) while waiting .*had run 5000 ms\)$/);
  });

  it('blames a call that failed or is retrying however briefly it ran, saying why rather than how long', () => {
    const failing = { model: 'sim', retries: 1, lastFailure: 'HTTP 500: down', runningMs: 10 };
    expect(cut(failing)).toBe(`${head}, 1 retry so far; the last failure: HTTP 500: down)`);
    expect(cut({ model: 'sim', retries: 3, runningMs: 10 })).toBe(`${head}, 3 retries so far)`);
  });

  it('blames nothing when no call was in flight or the trial was not cut by its timeout', () => {
    expect(cut(undefined)).toBeUndefined();
    const hung = { model: 'sim', retries: 0, runningMs: 600 };
    expect(timeoutWhileAwaiting(abortedWith(new Error('cancelled')), 'simulator')).toBeUndefined();
    expect(timeoutWhileAwaiting(abortedWith(Object.assign(new Error('x'), { call: hung })), 'simulator')).toBe(
      undefined,
    );
  });
});

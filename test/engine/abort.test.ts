import { describe, expect, it } from 'vitest';
import { abortEndReason, abortMessage, budgetExceeded } from '../../src/engine/abort.js';

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

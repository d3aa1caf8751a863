/**
 * The run's one concurrency limit: LLM calls in flight (simulator, openai
 * agents, judge), shared by every trial and variant. The endpoint is the
 * bottleneck, so it is what is counted; more trials than slots are kept in
 * flight so a slot freed by one trial is taken at once by another, also
 * while the last trials of the run are finishing.
 */
import type { AgentSlot } from '../engine/types.js';
import { LlmCallError, type ChatClient } from '../llm/types.js';

/** What a call needs of the slots: one to hold while it is out. */
export interface SlotPool {
  /** Resolves once a slot is held; rejects (as a cancelled call) if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
  release(): void;
}

/** A FIFO counting semaphore: calls get a slot in the order they asked for one. */
export class CallSlots implements SlotPool {
  private free: number;
  private readonly waiting = new Set<() => void>();

  constructor(readonly size: number) {
    this.free = size;
  }

  /** Resolves once a slot is held; rejects (as a cancelled call) if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelledWhileQueued());
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        this.waiting.delete(grant);
        reject(cancelledWhileQueued());
      };
      // A Set iterates in insertion order: that is the FIFO queue, with O(1) removal on abort.
      const grant = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      this.waiting.add(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  release(): void {
    const next = this.waiting.values().next();
    if (next.done) {
      this.free++;
      return;
    }
    // The slot passes straight to the next waiter: nobody can overtake it in between.
    this.waiting.delete(next.value);
    next.value();
  }
}

/** Time a trial spent with a call waiting for a slot: the runner's queue, not the trial's own work. */
export class SlotWait {
  private waiters = 0;
  private since = 0;
  private doneMs = 0;

  begin(): void {
    if (this.waiters++ === 0) this.since = performance.now();
  }

  end(): void {
    if (--this.waiters === 0) this.doneMs += performance.now() - this.since;
  }

  /** Waiting time so far, including a wait still going on. */
  totalMs(now: number = performance.now()): number {
    return this.doneMs + (this.waiters > 0 ? now - this.since : 0);
  }
}

/**
 * `inner` behind the slots. The result's `queuedMs` says how long the call
 * waited for its slot, so agent latency can leave it out; `durationMs` never
 * included it (it is measured inside `inner`).
 */
export function slottedChat(inner: ChatClient, slots: SlotPool, wait?: SlotWait): ChatClient {
  const hold = agentSlot(slots, wait);
  return {
    async complete(request) {
      const { value, queuedMs } = await hold(() => inner.complete(request), request.signal);
      return { ...value, queuedMs };
    },
  };
}

/** The engine's hook for `http`/`command` agent turns: the same slots, the same accounting. */
export function agentSlot(slots: SlotPool, wait?: SlotWait): AgentSlot {
  return async (work, signal) => {
    const asked = performance.now();
    wait?.begin();
    try {
      await slots.acquire(signal);
    } finally {
      wait?.end();
    }
    const queuedMs = performance.now() - asked;
    try {
      return { value: await work(), queuedMs };
    } finally {
      slots.release();
    }
  };
}

/**
 * A trial's view of the slots: when its first call gets a slot, `mayStart()`
 * decides whether the trial starts at all. If not (the budget was reached
 * while it waited), the slot goes straight back, this call and every later one
 * fail as cancelled, and `refused` is set, so the runner leaves the trial out
 * like any trial that never started.
 */
export class FirstCallGate implements SlotPool {
  refused = false;
  private started = false;

  constructor(
    private readonly slots: SlotPool,
    private readonly mayStart: () => boolean,
    private readonly onRefused: () => void,
  ) {}

  async acquire(signal?: AbortSignal): Promise<void> {
    if (this.refused) throw notStarted();
    await this.slots.acquire(signal);
    if (this.started) return;
    if (this.mayStart()) {
      this.started = true;
      return;
    }
    this.slots.release();
    this.refused = true;
    this.onRefused();
    throw notStarted();
  }

  release(): void {
    this.slots.release();
  }
}

function notStarted(): LlmCallError {
  return new LlmCallError('the trial did not start: the run stopped before its first call', 'cancelled', 0);
}

function cancelledWhileQueued(): LlmCallError {
  // The same error the client throws for a call cancelled before its first attempt.
  return new LlmCallError('the call was cancelled', 'cancelled', 0);
}

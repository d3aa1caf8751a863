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

interface Waiter {
  readonly rank: number;
  /** Slots its trial was granted before this call: how far along the trial is. */
  readonly progress: number;
  readonly grant: () => void;
}

/**
 * A counting semaphore that hands a freed slot to the waiter with the lowest
 * rank, first come first served among equal ranks. The runner ranks a call by
 * its trial's start order, so the oldest trial in flight goes first: trials
 * finish in a steady stream (the first after about one conversation) instead
 * of all advancing in lockstep and finishing together at the end, and a cancel
 * or a budget stop keeps nearly every trial that was paid for. Throughput is
 * the same: a slot waits for nobody but the trial whose call just ended, and
 * only while this turn of the event loop lasts.
 *
 * Except at the end of the run (`inTail`: every remaining trial has started
 * and few are left): oldest first would finish them in waves, the last wave
 * using a few slots while the others idle. There the slot goes to the trial
 * that has made the fewest calls, so the last trials finish together: in the
 * peer bench (50 conversations on 8 slots, all started at once) oldest first
 * ends with 2 conversations on 2 slots.
 */
export class CallSlots implements SlotPool {
  private free: number;
  /** Sorted by rank, then arrival: at most the trials in flight, so a sorted array is cheap. */
  private readonly waiting: Waiter[] = [];
  /** Slots kept for the trial (by rank) whose call just ended, until the end of this turn of the event loop. */
  private readonly kept = new Map<number, number>();
  private handOutQueued = false;

  constructor(
    readonly size: number,
    private readonly inTail: () => boolean = () => false,
    private readonly loopBusy: () => boolean = () => false,
  ) {
    this.free = size;
  }

  /** Resolves once a slot is held; rejects (as a cancelled call) if `signal` aborts first. Lower `rank` goes first. */
  acquire(signal?: AbortSignal, rank: number = Number.MAX_SAFE_INTEGER, progress = 0): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelledWhileQueued());
    const keptForIt = this.kept.get(rank);
    if (keptForIt !== undefined) {
      if (keptForIt > 1) this.kept.set(rank, keptForIt - 1);
      else this.kept.delete(rank);
      return Promise.resolve();
    }
    if (this.free > 0 && this.waiting.length === 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(cancelledWhileQueued());
      };
      const waiter: Waiter = {
        rank,
        progress,
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      this.waiting.splice(insertionPoint(this.waiting, rank), 0, waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (this.free > 0) {
        if (this.loopBusy()) this.handOutNextTurn();
        else this.handOut();
      }
    });
  }

  /**
   * A freed slot goes at once to the oldest waiter, except when the trial
   * whose call just ended (`rank`) is older than every waiter: it asks for its
   * next call within this same turn of the event loop (no I/O in between) and
   * would get the slot, so the slot is kept for it until the turn ends, then
   * handed out if it did not ask. Handed out at once, the slot would always go
   * to a newer trial, and every trial would advance in lockstep again; handed
   * out only on the next turn (as it once was), every slot stood idle while the
   * turn's other answers were processed: 3× the idle slot time, 5% of the wall
   * time of a 1,000-conversation run. While the process is busy, though, every
   * slot is handed out once the turn is over (see handOutNextTurn).
   */
  release(rank: number = Number.MAX_SAFE_INTEGER): void {
    this.free++;
    const oldestWaiting = this.waiting[0];
    if (!oldestWaiting) return;
    if (this.loopBusy()) {
      this.handOutNextTurn();
      return;
    }
    if (rank < oldestWaiting.rank && !this.inTail()) {
      this.free--;
      this.kept.set(rank, (this.kept.get(rank) ?? 0) + 1);
      this.handOutNextTurn();
      return;
    }
    this.handOut();
  }

  /**
   * Kept slots go back, and every free slot is handed out, once this turn of
   * the event loop is over. It is also how every slot is handed out while the
   * process, not the endpoint, is the bottleneck (`loopBusy`: answers come
   * faster than they are processed): the calls then leave in batches, one per
   * turn, instead of one by one between answers, which costs less CPU for the
   * same calls (a 2 ms endpoint: 12–16% less CPU per trial, and as much less
   * wall time).
   */
  private handOutNextTurn(): void {
    if (this.handOutQueued) return;
    this.handOutQueued = true;
    setImmediate(() => {
      this.handOutQueued = false;
      for (const count of this.kept.values()) this.free += count;
      this.kept.clear();
      this.handOut();
    });
  }

  private handOut(): void {
    const balance = this.waiting.length > 1 && this.inTail();
    while (this.free > 0) {
      const next = this.waiting.splice(balance ? leastProgressed(this.waiting) : 0, 1)[0];
      if (!next) return;
      this.free--;
      next.grant();
    }
  }

  /** This pool as seen by one trial: every call asks with the trial's rank and how many calls it was granted. */
  ranked(rank: number): SlotPool {
    let granted = 0;
    return {
      acquire: async (signal) => {
        await this.acquire(signal, rank, granted);
        granted++;
      },
      release: () => this.release(rank),
    };
  }
}

/** The waiter whose trial has made the fewest calls; the oldest among equals (the array is in rank order). */
function leastProgressed(waiting: readonly Waiter[]): number {
  let best = 0;
  for (let i = 1; i < waiting.length; i++)
    if ((waiting[i] as Waiter).progress < (waiting[best] as Waiter).progress) best = i;
  return best;
}

/** After every waiter of rank ≤ `rank`: equal ranks stay first come, first served. */
function insertionPoint(waiting: readonly Waiter[], rank: number): number {
  let low = 0;
  let high = waiting.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((waiting[middle] as Waiter).rank <= rank) low = middle + 1;
    else high = middle;
  }
  return low;
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

/**
 * The cost budget as a hard cap, enforced call by call (docs/running.md#budget
 * is the one description for users).
 *
 * Every LLM call the runner makes (simulator, openai agent, judge, in planned
 * and confirmation trials alike) first reserves its worst-case cost from what
 * is left: the price table applied to a bound on its input tokens (the
 * request's bytes) and on its output tokens (see pricing.ts), or the dearest
 * call seen for that model if that is more. Calls whose reservations fit
 * together run side by side; a call that does not fit waits for the calls in
 * flight to settle; once none is in flight, it runs alone if the dearest call
 * seen for its model still fits, and is refused otherwise. So the spend can
 * exceed the budget only by what one call cost beyond the estimate it was let
 * in on, and only with no other call in flight: at most one call's cost, at
 * any concurrency.
 *
 * Trials are admitted on top of that so that few are cut short: a trial starts
 * only while what was spent, what is reserved and what the trials in flight
 * are still expected to spend leaves room for it (its expected cost: the most
 * any finished trial cost; before the first one finishes, the dearest call
 * seen times the calls a trial may make).
 */
import type { ChatClient, ChatRequest, ChatResult } from '../llm/types.js';
import { LlmCallError } from '../llm/types.js';
import type { Usage } from '../model/results.js';

/** Thrown by a budgeted call that the budget refused: the trial ends there (see runner/trial.ts). */
export class BudgetRefusal extends LlmCallError {
  constructor(message: string) {
    super(message, 'cancelled', 0);
    this.name = 'BudgetRefusal';
  }
}

/** A call's reservation: settled with what it cost, or released when it failed (nothing billed that we know of). */
export interface CallTicket {
  settle(costUsd: number): void;
  release(): void;
}

interface CallWaiter {
  readonly rank: number;
  readonly model: string;
  readonly worstUsd: number;
  readonly grant: (ticket: CallTicket) => void;
  readonly refuse: (why: string) => void;
}

/** Sums of float dollars drift by far less than this: a call that fits to the micro-cent fits. */
const TOLERANCE_USD = 1e-9;

export class BudgetCap {
  private spent = 0;
  private maxCallUsd = 0;
  private maxTrialUsd: number | undefined;
  /** The dearest call seen per model: a floor under its worst case, and the estimate a lone call is let in on. */
  private readonly dearestCall = new Map<string, number>();
  /** Reservations of the calls in flight. */
  private reserved = 0;
  private callsInFlight = 0;
  /** A call let in alone on an estimate (not a worst case): no other call starts until it settles. */
  private exclusive = false;
  private readonly waiting: CallWaiter[] = [];
  private refusal: string | undefined;
  /** Spend so far of each trial in flight, and the calls it may make at most. */
  private readonly inFlight = new Map<number, { spentUsd: number; maxCalls: number }>();

  constructor(
    /** undefined: no budget, never reached. */
    readonly budgetUsd: number | undefined,
    spentBefore = 0,
    /** Told once, when the budget first refuses a call (why, in one line). */
    private readonly onRefused: (why: string) => void = () => undefined,
  ) {
    this.spent = spentBefore;
  }

  get spentUsd(): number {
    return this.spent;
  }

  get trialsInFlight(): number {
    return this.inFlight.size;
  }

  /** Whether any cost was seen yet (before that, a trial's estimate is 0). */
  get costKnown(): boolean {
    return this.maxTrialUsd !== undefined || this.maxCallUsd > 0;
  }

  /** Spent, or a call was refused: no trial starts any more. */
  get exhausted(): boolean {
    return this.budgetUsd !== undefined && (this.refusal !== undefined || this.spent >= this.budgetUsd - TOLERANCE_USD);
  }

  /** Why the budget refused a call, once it did. */
  get refusedBecause(): string | undefined {
    return this.refusal;
  }

  /** Whether one more trial (that may make `maxCalls` LLM calls) fits in the budget. */
  admits(maxCalls: number): boolean {
    if (this.budgetUsd === undefined) return true;
    if (this.exhausted) return false;
    let committed = this.spent + this.reserved;
    for (const trial of this.inFlight.values())
      committed += Math.max(0, this.expectedTrialUsd(trial.maxCalls) - trial.spentUsd);
    return committed + this.expectedTrialUsd(maxCalls) <= this.budgetUsd + TOLERANCE_USD;
  }

  started(id: number, maxCalls: number): void {
    this.inFlight.set(id, { spentUsd: 0, maxCalls });
  }

  /** One call's cost (`id` undefined: a cost outside any trial in flight). */
  spend(id: number | undefined, costUsd: number): void {
    this.spent += costUsd;
    this.maxCallUsd = Math.max(this.maxCallUsd, costUsd);
    const trial = id === undefined ? undefined : this.inFlight.get(id);
    if (trial) trial.spentUsd += costUsd;
  }

  /** The trial ended; `finishedUsd` its whole cost when it finished (undefined: aborted, not a sample). */
  ended(id: number, finishedUsd?: number): void {
    const tracked = this.inFlight.get(id)?.spentUsd ?? 0;
    this.inFlight.delete(id);
    // What the trial reports and what its calls cost as they happened: the larger is the safer estimate.
    if (finishedUsd !== undefined) this.maxTrialUsd = Math.max(this.maxTrialUsd ?? 0, finishedUsd, tracked);
  }

  /**
   * Reserves a call's cost before it is sent: resolves with its ticket once it fits (at once, or after calls
   * in flight settled); rejects with a BudgetRefusal when it cannot fit even alone, and as cancelled when
   * `signal` aborts while it waits. `worstUsd`: the call's worst case by the price table (0: unpriced).
   */
  reserveCall(model: string, worstUsd: number, rank: number, signal?: AbortSignal): Promise<CallTicket> {
    if (this.budgetUsd === undefined) return Promise.resolve(this.ticket(model, 0));
    if (signal?.aborted) return Promise.reject(new LlmCallError('the call was cancelled', 'cancelled', 0));
    return new Promise<CallTicket>((resolve, reject) => {
      const onAbort = (): void => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(new LlmCallError('the call was cancelled', 'cancelled', 0));
      };
      const waiter: CallWaiter = {
        rank,
        model,
        worstUsd,
        grant: (ticket) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(ticket);
        },
        refuse: (why) => {
          signal?.removeEventListener('abort', onAbort);
          reject(new BudgetRefusal(why));
        },
      };
      let at = this.waiting.length;
      while (at > 0 && (this.waiting[at - 1] as CallWaiter).rank > rank) at--;
      this.waiting.splice(at, 0, waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.handOut();
    });
  }

  /** The reservation a call needs to run next to others: its worst case, or the dearest call seen if more. */
  private reservationOf(waiter: CallWaiter): number | undefined {
    const seen = this.dearestCall.get(waiter.model);
    if (waiter.worstUsd <= 0 && seen === undefined) return undefined; // nothing to bound it with: alone only
    return Math.max(waiter.worstUsd, seen ?? 0);
  }

  /** Grants every waiting call that fits now, in rank order; with none in flight, the first one alone or refused. */
  private handOut(): void {
    const budget = this.budgetUsd as number;
    for (let i = 0; i < this.waiting.length && !this.exclusive;) {
      const waiter = this.waiting[i] as CallWaiter;
      const reservation = this.reservationOf(waiter);
      if (reservation !== undefined && this.spent + this.reserved + reservation <= budget + TOLERANCE_USD) {
        this.waiting.splice(i, 1);
        this.reserved += reservation;
        waiter.grant(this.ticket(waiter.model, reservation));
      } else i++;
    }
    while (this.callsInFlight === 0 && this.waiting.length > 0) {
      const waiter = this.waiting.shift() as CallWaiter;
      // Alone, it is let in on the dearest call seen for its model (nothing seen: on what is left), and may overshoot
      // by what it costs beyond that: one call at most.
      const estimate = this.dearestCall.get(waiter.model) ?? 0;
      const left = budget - this.spent;
      if (left > TOLERANCE_USD && estimate <= left + TOLERANCE_USD) {
        this.exclusive = true;
        waiter.grant(this.ticket(waiter.model, 0, true));
        return;
      }
      const why =
        `the budget ($${budget.toFixed(2)}) has $${Math.max(0, left).toFixed(4)} left, less than a call to ` +
        `${waiter.model} costs (about $${estimate.toFixed(4)})`;
      if (this.refusal === undefined) {
        this.refusal = why;
        this.onRefused(why);
      }
      waiter.refuse(why);
    }
  }

  private ticket(model: string, reservation: number, exclusive = false): CallTicket {
    let open = true;
    this.callsInFlight++;
    const close = (costUsd: number): void => {
      if (!open) return;
      open = false;
      this.callsInFlight--;
      this.reserved -= reservation;
      if (this.reserved < 1e-12) this.reserved = 0;
      if (exclusive) this.exclusive = false;
      if (costUsd > 0) this.dearestCall.set(model, Math.max(this.dearestCall.get(model) ?? 0, costUsd));
      if (this.budgetUsd !== undefined) this.handOut();
    };
    return { settle: close, release: () => close(0) };
  }

  private expectedTrialUsd(maxCalls: number): number {
    return this.maxTrialUsd ?? this.maxCallUsd * maxCalls;
  }
}

/**
 * `inner` with every call reserved from the budget first (after it got its call slot, so reservations are held
 * only by calls actually going out). The spend itself is counted by the caller (`onResult`), inside the ticket:
 * the next call's admission sees it.
 */
export function budgetedChat(
  inner: ChatClient,
  budget: BudgetCap,
  worstCaseUsd: (request: ChatRequest) => number,
  rank: number,
  onResult: (result: ChatResult, model: string) => void,
  /** Told when a call starts and stops waiting for its reservation: queue time, like a slot's. */
  wait?: { begin(): void; end(): void },
): ChatClient {
  return {
    async complete(request) {
      const model = request.endpoint.model;
      wait?.begin();
      let ticket: CallTicket;
      try {
        ticket = await budget.reserveCall(model, worstCaseUsd(request), rank, request.signal);
      } finally {
        wait?.end();
      }
      let result: ChatResult;
      try {
        result = await inner.complete(request);
      } catch (error) {
        ticket.release();
        throw error;
      }
      onResult(result, model);
      ticket.settle(result.usage.costUsd);
      return result;
    },
  };
}

/** Usage added up. */
export function plusUsage(a: Usage, b: Usage): Usage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    costUsd: a.costUsd + b.costUsd,
  };
}

export const NO_USAGE: Usage = { inputTokens: 0, outputTokens: 0, costUsd: 0 };

/**
 * The cost budget as a hard cap. A trial is admitted only while what was
 * spent plus what the trials in flight are still expected to spend stays
 * under the budget; once the spend itself reaches the budget, the trials in
 * flight are aborted. So the run overshoots by at most the calls that were out
 * when the cap was reached: less than one trial's cost.
 *
 * A trial's expected cost is the most any finished trial cost; before the
 * first one finishes, the most one call cost so far times the calls a trial
 * may make (a conservative bound: it admits fewer trials, never too many).
 */
export class BudgetCap {
  private spent = 0;
  private maxCallUsd = 0;
  private maxTrialUsd: number | undefined;
  /** Spend so far of each trial in flight, and the calls it may make at most. */
  private readonly inFlight = new Map<number, { spentUsd: number; maxCalls: number }>();

  constructor(
    /** undefined: no budget, never reached. */
    readonly budgetUsd: number | undefined,
    spentBefore = 0,
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

  /** The hard cap: once reached, trials in flight are aborted. */
  get exhausted(): boolean {
    return this.budgetUsd !== undefined && this.spent >= this.budgetUsd;
  }

  /** Whether one more trial (that may make `maxCalls` LLM calls) fits in the budget. */
  admits(maxCalls: number): boolean {
    if (this.budgetUsd === undefined) return true;
    let committed = this.spent;
    for (const trial of this.inFlight.values())
      committed += Math.max(0, this.expectedTrialUsd(trial.maxCalls) - trial.spentUsd);
    return committed + this.expectedTrialUsd(maxCalls) <= this.budgetUsd;
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

  private expectedTrialUsd(maxCalls: number): number {
    return this.maxTrialUsd ?? this.maxCallUsd * maxCalls;
  }
}

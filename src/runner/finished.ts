/**
 * The run's finished trials by plan position, counted by status as they are set: progress is reported after every
 * trial, and a scan of every finished trial each time made a run O(n²). Every writer (the runner, the schedule's
 * resumed confirmation trials, the transcripts put back at the end) goes through `set`, so the counts cannot drift.
 */
import type { TrialResult } from '../model/results.js';

export type StatusCounts = Readonly<Record<TrialResult['status'], number>>;

export class FinishedTrials extends Map<number, TrialResult> {
  readonly #counts: Record<TrialResult['status'], number> = { pass: 0, fail: 0, error: 0, invalid: 0, skipped: 0 };

  override set(position: number, result: TrialResult): this {
    const before = this.get(position);
    if (before) this.#counts[before.status] -= 1;
    this.#counts[result.status] += 1;
    return super.set(position, result);
  }

  override delete(position: number): boolean {
    const before = this.get(position);
    if (before) this.#counts[before.status] -= 1;
    return super.delete(position);
  }

  override clear(): void {
    for (const status of Object.keys(this.#counts) as TrialResult['status'][]) this.#counts[status] = 0;
    super.clear();
  }

  /** Finished trials with this status. */
  count(status: TrialResult['status']): number {
    return this.#counts[status];
  }
}

/**
 * What the runner asks between batches of a test's trials: run more, or is
 * the verdict settled? The runner only schedules; the statistics live behind
 * this interface (built in src/pipeline/confirmation-policy.ts from the
 * comparison plan and src/verdict). A test's variants are decided together:
 * a candidate compared with its baseline may ask the baseline for trials too.
 *
 * The policy must be a pure function of the outcomes it is given: a resumed
 * run replays the same decisions from the journaled trials, and so ends with
 * the same trials as an uninterrupted one.
 */
import type { Confirmation } from '../model/results.js';

export type ConfirmationReason = Confirmation['reasons'][number];

/** One key's finished trials in trial-index order, one letter each: p(ass), f(ail), e(rror), i(nvalid). */
export type Outcomes = string;

export interface KeyRequest {
  /** Further trials of this key: the next planned ones first, then confirmation trials. */
  readonly trials: number;
  /** Why, for the trials beyond the planned ones. */
  readonly reasons: readonly ConfirmationReason[];
}

export interface KeySettlement {
  /** What the extra trials showed about a suspected drop. */
  readonly drop?: 'confirmed' | 'not-confirmed';
  /** One line of evidence for the reports. */
  readonly evidence?: string;
}

export type GroupDecision =
  | { readonly status: 'more'; readonly requests: Readonly<Record<string, KeyRequest>> }
  | { readonly status: 'settled'; readonly keys: Readonly<Record<string, KeySettlement>> };

export interface ConfirmationPolicy {
  /**
   * The next step for one test (all its planned keys), from every finished trial of each key. Asked first with
   * no outcomes (how many trials to start with: the planned ones, or a first batch when early stopping may
   * apply), then each time every trial it asked for has finished.
   */
  decide(testId: string, outcomes: Readonly<Record<string, Outcomes>>): GroupDecision;
}

/** No policy: each key runs exactly its planned trials. */
export function planOnlyPolicy(plannedRuns: ReadonlyMap<string, number>): ConfirmationPolicy {
  return {
    decide(_testId, outcomes) {
      const requests: Record<string, KeyRequest> = {};
      for (const [key, done] of Object.entries(outcomes)) {
        const missing = (plannedRuns.get(key) ?? 0) - done.length;
        if (missing > 0) requests[key] = { trials: missing, reasons: [] };
      }
      return Object.keys(requests).length > 0 ? { status: 'more', requests } : { status: 'settled', keys: {} };
    },
  };
}

/**
 * What a resumed run starts from: the journaled trials it keeps and what is left, planned and confirmation trials
 * apart. Counted once the runner has replayed the interrupted run's decisions, so the numbers are those of the
 * run's first progress line (done / total) and of its results, confirmation trials included.
 */
export interface TrialCounts {
  readonly planned: number;
  readonly confirmation: number;
}

export interface ResumedTrials {
  readonly finished: TrialCounts;
  /** Confirmation trials: those the replayed decisions asked for so far; later decisions may ask for more. */
  readonly left: TrialCounts;
}

/** E.g. "7 trials already finished (5 planned, 2 confirmation); 3 left (0 planned, 3 confirmation so far)". */
export function describeResumed({ finished, left }: ResumedTrials): string {
  const done = finished.planned + finished.confirmation;
  return (
    `${done} trial${done === 1 ? '' : 's'} already finished ` +
    `(${finished.planned} planned, ${finished.confirmation} confirmation); ` +
    `${left.planned + left.confirmation} left (${left.planned} planned, ${left.confirmation} confirmation so far)`
  );
}

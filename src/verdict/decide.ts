/**
 * One test's next step, from all its comparisons and its threshold: the
 * function the runner calls between batches of trials. Settled when every
 * part is settled; otherwise the largest request of any part (the trials
 * serve all of them: every verdict is read from all the test's trials).
 */
import { decideDrop, type DropDecision, type DropInput, type DropOutcome } from './confirm-drop.js';
import { decideThreshold, type ThresholdDecision, type ThresholdInput } from './confirm-threshold.js';

export interface TestInput {
  /** One entry per comparison that can fail the gate (history or previous run; baseline → candidate). */
  readonly drops: readonly DropInput[];
  /** Absent when the gate does not read the test's threshold verdict. */
  readonly threshold?: ThresholdInput;
}

export type TestDecision =
  | {
      readonly status: 'more';
      readonly current: number;
      readonly reference: number;
      readonly reasons: readonly string[];
    }
  | {
      readonly status: 'settled';
      readonly drops: readonly Extract<DropDecision, { status: 'settled' }>[];
      readonly threshold?: Extract<ThresholdDecision, { status: 'settled' }>;
      /** The first confirmed regression among the comparisons, else whether any suspicion was not confirmed. */
      readonly regression: DropOutcome;
    };

const OUTCOME_RANK: Record<DropOutcome, number> = {
  'regression-confirmed': 3,
  'not-confirmed': 2,
  'no-drop': 1,
  'no-reference': 0,
};

export function decideTest(input: TestInput): TestDecision {
  const drops = input.drops.map(decideDrop);
  const threshold = input.threshold ? decideThreshold(input.threshold) : undefined;
  const parts: (DropDecision | ThresholdDecision)[] = threshold ? [...drops, threshold] : drops;
  const pending = parts.filter((part) => part.status === 'more');
  if (pending.length > 0) {
    return {
      status: 'more',
      current: Math.max(...pending.map((part) => part.current)),
      reference: Math.max(...pending.map((part) => part.reference)),
      reasons: pending.map((part) => part.reason),
    };
  }
  const settledDrops = drops.filter(
    (part): part is Extract<DropDecision, { status: 'settled' }> => part.status === 'settled',
  );
  const regression = settledDrops.reduce<DropOutcome>(
    (worst, part) => (OUTCOME_RANK[part.outcome] > OUTCOME_RANK[worst] ? part.outcome : worst),
    'no-reference',
  );
  return {
    status: 'settled',
    drops: settledDrops,
    ...(threshold?.status === 'settled' ? { threshold } : {}),
    regression,
  };
}

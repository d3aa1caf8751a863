/**
 * The planner: sets × tests × run counts × variants expanded into trials,
 * ordered critical first, filtered and sharded deterministically.
 */
import type { LoadedSuite, VariantId } from '../suite/types.js';
import { ConfigurationError } from '../util/errors.js';
import type { Plan, Shard } from './types.js';

export type { Plan, Shard, Trial } from './types.js';

export interface PlanOptions {
  readonly variants?: readonly VariantId[];
  readonly tags?: readonly string[];
  readonly testIds?: readonly string[];
  readonly sets?: readonly string[];
  /** Overrides every run count. */
  readonly runs?: number;
  readonly shard?: Shard;
  readonly simulatorAvailable: boolean;
}

export function planRun(suite: LoadedSuite, options: PlanOptions): Plan {
  void suite;
  void options;
  throw new Error('planRun: not implemented yet');
}

/** "2/4" → { index: 2, total: 4 }. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new ConfigurationError(`invalid shard '${text}': expected 'i/n' with 1 <= i <= n, e.g. '2/4'`);
  }
  return { index, total };
}

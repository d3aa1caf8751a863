/**
 * The variants a suite runs and the one every other is compared with. Declared variants run in declaration order
 * after the baseline: the variant named `baseline`, else the one that says `baseline: true` (the schema allows at
 * most one). Without either, an implicit `baseline` (the agents as declared, unchanged) runs first; a suite that
 * declares only its baseline runs an implicit `candidate` beside it, as two-variant suites always have.
 */
import type { Variant } from './schema.js';
import type { VariantId } from './types.js';

export interface SuiteVariants {
  /** Every variant a full run runs, the baseline first. */
  readonly ids: readonly VariantId[];
  readonly baseline: VariantId;
}

/** The variant a suite without variants runs (never compared with another). */
export const DEFAULT_VARIANT = 'default';

/** undefined: the suite declares no variants, and its one implicit `default` variant runs. */
export function suiteVariants(declared: Readonly<Record<VariantId, Variant>>): SuiteVariants | undefined {
  const ids = Object.keys(declared);
  if (ids.length === 0) return undefined;
  const baseline =
    ids.find((id) => id === 'baseline') ?? ids.find((id) => declared[id]!.baseline === true) ?? 'baseline';
  const others = ids.filter((id) => id !== baseline);
  return { ids: [baseline, ...(others.length > 0 ? others : ['candidate'])], baseline };
}

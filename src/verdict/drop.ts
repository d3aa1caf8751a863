/**
 * The comparison the compare stage calls: one-sided p-value of "the current
 * pass rate is lower than the reference's". Fisher's exact test conditions
 * on both margins; it is valid for any common pass rate and, with the
 * confirmation trials of policy.ts, powerful enough for the targets the
 * verdict bench checks (bench/verdict.ts), so no unconditional test is needed.
 */
import { fisherDropPValue, type Counts } from './fisher-exact.js';
import type { PValue } from './p-value.js';

export type { Counts };

const cache = new Map<string, PValue>();
const CACHE_LIMIT = 100_000;

/** p-value of a drop from `reference` to `current` (exact up to EXACT_LIMIT trials); memoised, tables repeat. */
export function dropPValue(reference: Counts, current: Counts): PValue {
  const key = `${reference.passes}/${reference.trials}:${current.passes}/${current.trials}`;
  const known = cache.get(key);
  if (known) return known;
  const computed = fisherDropPValue(reference, current);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, computed);
  return computed;
}

/** The current side passes less often than the reference (the only direction a regression test looks at). */
export function observedDrop(reference: Counts, current: Counts): boolean {
  return current.passes * reference.trials < reference.passes * current.trials;
}

/**
 * A run against the base revision (`rehearse run --base`, the action's `base-side`) runs each test twice, side by
 * side: the base revision's agent as the `baseline` variant, this revision's as the `candidate`. The candidate is
 * the test as a base-branch run records it (`testId@default`): its history and previous run are read under that
 * key. The baseline side is itself the reference: it has no history of its own. The one mapping every reader uses
 * (the comparison plan, compare).
 */
import type { Results } from './results.js';

/** The variant descriptions a base-side run records (Results.variants[].description). */
export function baseSideDescription(variant: string, sha: string | undefined): string {
  return variant === 'baseline' ? `base revision ${sha ? sha.slice(0, 7) : 'unknown'}` : 'this revision';
}

/**
 * The key a test's earlier runs are recorded under: the key itself, or in a base-side run the candidate's
 * `testId@default` (undefined for the base side's own keys, which are compared with nothing but the candidate).
 */
export function referenceKeyOf(key: string, baseSide: boolean): string | undefined {
  if (!baseSide) return key;
  const at = key.lastIndexOf('@');
  const variant = key.slice(at + 1);
  if (variant === 'candidate') return `${key.slice(0, at)}@default`;
  return variant === 'baseline' ? undefined : key;
}

/** The run compared its tests with the base revision side by side. */
export function isBaseSideRun(results: Pick<Results, 'baseSide'>): boolean {
  return results.baseSide !== undefined;
}

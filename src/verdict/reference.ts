/**
 * Which reference a test is compared with: its pooled history on the base
 * branch (same definition version, the entries history-hygiene.ts keeps), else the single previous run (same
 * definition), else nothing. The baseline variant is a separate comparison
 * (see alpha.ts: both count towards the α spending).
 */
import { sameDefinition, type DefinitionVersion, type HistoryEntry } from '../model/history.js';
import { referencePool } from './history-hygiene.js';
import type { Reference } from './confirm-drop.js';
import type { Counts } from './fisher-exact.js';

export interface PreviousRun {
  readonly counts: Counts;
  readonly definition: DefinitionVersion;
}

export function chooseReference(
  history: readonly HistoryEntry[] | undefined,
  definition: DefinitionVersion,
  previous?: PreviousRun,
): Reference | undefined {
  const pooled = referencePool(history ?? [], definition);
  if (pooled.trials > 0) return { counts: { passes: pooled.passes, trials: pooled.trials }, source: 'history' };
  if (previous && previous.counts.trials > 0 && sameDefinition(previous.definition, definition)) {
    return { counts: previous.counts, source: 'previous' };
  }
  return undefined;
}

/** The baseline variant of this run as the reference of its candidate: it takes confirmation trials too. */
export function baselineReference(counts: Counts, planned: number): Reference {
  return { counts, source: 'baseline', extendablePlanned: planned };
}

/** Which stored runs `rehearse runs --prune` deletes: pure, given the list newest first and the time now. */
import { ConfigurationError } from '../util/errors.js';

export interface PruneRule {
  /** Keep this many newest runs. */
  readonly keep?: number;
  /** Delete runs started more than this long ago. */
  readonly olderThanMs?: number;
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** `30d`, `12h`, `2w`, `90m` → milliseconds. */
export function parseAge(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([mhdw])$/.exec(text.trim());
  if (!match) throw new ConfigurationError(`--older-than: expected an age like 30d, 12h, 2w or 90m, got '${text}'`);
  return Number(match[1]) * (UNIT_MS[match[2] as string] as number);
}

/**
 * With both rules a run goes only if it is older and not among the `keep`
 * newest: the safer reading of "prune old runs but keep a few".
 */
export function pruneSelection<T extends { readonly results: { readonly startedAt: string } }>(
  newestFirst: readonly T[],
  rule: PruneRule,
  nowMs: number,
): T[] {
  return newestFirst.filter((run, position) => {
    const beyondKeep = rule.keep === undefined || position >= rule.keep;
    const old = rule.olderThanMs === undefined || Date.parse(run.results.startedAt) < nowMs - rule.olderThanMs;
    return beyondKeep && old;
  });
}

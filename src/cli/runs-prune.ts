/** Which stored runs `rehearse runs --prune` deletes: pure, given the list newest first and the time now. */
import { ConfigurationError } from '../util/errors.js';
import { formatCount } from '../util/plural.js';
import { quotedInput } from './number-flags.js';

export interface PruneRule {
  /** Keep this many newest runs. */
  readonly keep?: number;
  /** Delete runs started more than this long ago. */
  readonly olderThanMs?: number;
}

/**
 * `--keep`'s bound: a million runs is far beyond any local store (each run is a results file and its reports), so a
 * larger number is a typo; and without a bound a number of 400 digits reads as Infinity.
 */
export const MAX_KEEP = 1_000_000;

const DAY_MS = 86_400_000;
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };
/**
 * The oldest age `--older-than` takes: no run is older than a century, and past it the milliseconds overflow what
 * a date can hold (`99999999999999999999d` would prune nothing, silently).
 */
const MAX_AGE_DAYS = 36_525;
const AGE = /^([0-9]+(?:\.[0-9]+)?|\.[0-9]+)([mhdw])$/;

/** `30d`, `12h`, `2w`, `90m`, `1.5d` → milliseconds: plain digits and a unit, nothing around them. */
export function parseAge(text: string): number {
  const match = AGE.exec(text);
  if (!match) {
    throw new ConfigurationError(`--older-than: expected an age like 30d, 12h, 2w or 90m, got ${quotedInput(text)}`);
  }
  const ms = Number(match[1]) * (UNIT_MS[match[2] as string] as number);
  if (ms > MAX_AGE_DAYS * DAY_MS) {
    throw new ConfigurationError(
      `--older-than: expected an age of at most ${formatCount(MAX_AGE_DAYS)}d (100 years), got ${quotedInput(text)}`,
    );
  }
  return ms;
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

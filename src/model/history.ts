/**
 * The compact, rolled-forward history a results file carries per test key:
 * the last H runs on the base branch (default 10), each with its pass / fail
 * / error counts, where it came from, and the test's definition version. One
 * artifact is then enough to compare against many runs.
 *
 * Pure functions; the schema fields that hold it are described in
 * docs/statistics.md ("What the results file carries"). The schemas are deferred (deferred.ts), built at their
 * first parse, for the reason given in results.ts.
 */
import { z } from 'zod';
import { deferred } from './deferred.js';

export const DEFAULT_HISTORY_LENGTH = 10;

/**
 * The content versions of a test as one run recorded them. What makes two
 * runs of a test comparable is its identity (IDENTITY_PARTS): persona,
 * scenario, profile, tools and their mocks, criteria and judge settings.
 * The agent is what is under test, never part of the identity: its version is
 * recorded so the reports can say "the agent changed", and comparisons go on
 * across it (a pull request changes the agent; that is what the gate judges).
 */
export const DefinitionVersionSchema = deferred(() =>
  z
    .object({
      persona: z.string().optional(),
      scenario: z.string().optional(),
      profile: z.string().optional(),
      tools: z.string().optional(),
      criteria: z.string().optional(),
      /** The judge's settings (model). Absent in files written before it was recorded: then unknown, not changed. */
      judge: z.string().optional(),
      /** The agent or variant settings (model, prompt, endpoint) the test ran against: recorded, not compared. */
      agent: z.string().optional(),
    })
    .strict(),
);
export type DefinitionVersion = z.infer<typeof DefinitionVersionSchema>;
export const DEFINITION_PARTS = ['persona', 'scenario', 'profile', 'tools', 'criteria', 'judge', 'agent'] as const;
export type DefinitionPart = (typeof DEFINITION_PARTS)[number];
/** The parts that make a test what it is: a change in any of them makes it a changed test. */
export const IDENTITY_PARTS = ['persona', 'scenario', 'profile', 'tools', 'criteria', 'judge'] as const;
export type IdentityPart = (typeof IDENTITY_PARTS)[number];
/** Parts older files may lack: absent on one side is unknown, not a change. */
const OPTIONAL_PARTS: ReadonlySet<DefinitionPart> = new Set(['judge']);

export const HistoryEntrySchema = deferred(() =>
  z
    .object({
      runId: z.string(),
      sha: z.string().optional(),
      /** When the run started (ISO 8601). */
      date: z.iso.datetime(),
      definition: DefinitionVersionSchema,
      /**
       * Outcomes of the planned trials only: their number was fixed in advance, so pooling them keeps the test exact.
       */
      passes: z.number().int().nonnegative(),
      failures: z.number().int().nonnegative(),
      errors: z.number().int().nonnegative(),
      /** Planned trials whose simulator misbehaved: they say nothing about the agent. Absent in older files. */
      invalid: z.number().int().nonnegative().optional(),
      /**
       * Why this entry is kept out of pooling (absent: pooled). `infrastructure`: errors or invalid trials drowned
       * the run (more than INFRASTRUCTURE_SHARE of its trials): its counts say more about the endpoint than the agent.
       */
      excluded: z.enum(['infrastructure']).optional(),
      /**
       * Confirmation trials, kept apart and never pooled: a run got them because its
       * first trials looked bad, so their number depends on the outcomes.
       */
      extra: z
        .object({ passes: z.number().int().nonnegative(), failures: z.number().int().nonnegative() })
        .strict()
        .optional(),
    })
    .strict(),
);
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** Per test key (`testId@variant`), oldest entry first. */
export const RunHistorySchema = deferred(() => z.record(z.string(), z.array(HistoryEntrySchema)));
export type RunHistory = z.infer<typeof RunHistorySchema>;

/** The parts of the test's identity that differ (empty when comparable). The agent is not one of them. */
export function definitionChanges(before: DefinitionVersion, after: DefinitionVersion): IdentityPart[] {
  return IDENTITY_PARTS.filter((part) => {
    const was = before[part];
    const now = after[part];
    if (OPTIONAL_PARTS.has(part) && (was === undefined || now === undefined)) return false;
    return was !== now;
  });
}

/** The agent the test ran against differs (both sides recorded it). */
export function agentChanged(before: DefinitionVersion, after: DefinitionVersion): boolean {
  return before.agent !== undefined && after.agent !== undefined && before.agent !== after.agent;
}

export function sameDefinition(a: DefinitionVersion, b: DefinitionVersion): boolean {
  return definitionChanges(a, b).length === 0;
}

function validLength(length: number): number {
  if (!Number.isInteger(length) || length < 1)
    throw new RangeError(`history length must be a positive whole number, got ${length}`);
  return length;
}

/**
 * One key's history after a base-branch run: the run appended (replacing an
 * entry with the same run id, so a re-run or a resumed run is not counted
 * twice), then only the last `length` entries kept. Entries of other
 * definition versions stay (the reports show the trend across a change);
 * pool() leaves them out.
 */
export function rollForward(
  entries: readonly HistoryEntry[],
  current: HistoryEntry,
  length: number = DEFAULT_HISTORY_LENGTH,
): HistoryEntry[] {
  const kept = entries.filter((entry) => entry.runId !== current.runId);
  return [...kept, current].slice(-validLength(length));
}

/**
 * The whole file's history after a base-branch run. Keys the run did not
 * produce (filtered, sharded, or removed tests) keep their history unchanged,
 * so a partial run does not erase what is known.
 */
/**
 * The history of one key, if the file has one: an own entry only, so a test keyed `constructor` or
 * `toString` never gets Object's.
 */
export function historyOf(history: RunHistory | undefined, key: string): HistoryEntry[] | undefined {
  return history !== undefined && Object.hasOwn(history, key) ? history[key] : undefined;
}

export function rollForwardRun(
  history: RunHistory,
  current: Readonly<Record<string, HistoryEntry>>,
  length: number = DEFAULT_HISTORY_LENGTH,
): RunHistory {
  const next: Record<string, HistoryEntry[]> = Object.create(null) as Record<string, HistoryEntry[]>;
  for (const [key, entries] of Object.entries(history)) next[key] = [...entries].slice(-validLength(length));
  for (const [key, entry] of Object.entries(current))
    next[key] = rollForward(historyOf(history, key) ?? [], entry, length);
  return next;
}

export interface PooledHistory {
  readonly passes: number;
  /** Trials with a pass/fail outcome; errors are counted apart, as compare does. */
  readonly trials: number;
  readonly errors: number;
  /** How many runs were pooled. */
  readonly runs: number;
  /** Entries left out because their definition differs. */
  readonly excludedRuns: number;
}

/**
 * Sum the planned-trial counts of the entries with this definition version (a
 * changed test is not compared with its old self). Confirmation trials stay out.
 */
export function pool(entries: readonly HistoryEntry[], definition: DefinitionVersion): PooledHistory {
  let passes = 0;
  let failures = 0;
  let errors = 0;
  let runs = 0;
  for (const entry of entries) {
    if (!sameDefinition(entry.definition, definition)) continue;
    passes += entry.passes;
    failures += entry.failures;
    errors += entry.errors;
    runs += 1;
  }
  return { passes, trials: passes + failures, errors, runs, excludedRuns: entries.length - runs };
}

export interface FlakyBounds {
  /** A pooled pass rate strictly above `low` and strictly below `high` is flaky. */
  readonly low: number;
  readonly high: number;
  /** Fewer pooled trials than this say too little to call anything flaky. */
  readonly minTrials: number;
}

/**
 * Flaky = fails and passes in its own history: over ≥ 10 trials, a pooled
 * pass rate strictly between 5% and 95%. 48/50 is stable, 45/50 flaky.
 */
export const DEFAULT_FLAKY_BOUNDS: FlakyBounds = { low: 0.05, high: 0.95, minTrials: 10 };

export type Stability = 'stable-pass' | 'stable-fail' | 'flaky' | 'too-little-history';

export function stabilityOf(
  pooled: Pick<PooledHistory, 'passes' | 'trials'>,
  bounds: FlakyBounds = DEFAULT_FLAKY_BOUNDS,
): Stability {
  if (pooled.trials < bounds.minTrials) return 'too-little-history';
  const rate = pooled.passes / pooled.trials;
  if (rate >= bounds.high) return 'stable-pass';
  if (rate <= bounds.low) return 'stable-fail';
  return 'flaky';
}

/** The version fields a results file records per test (TestSummary; absent fields are unknown). */
export interface VersionFields {
  readonly personaVersion?: string | undefined;
  readonly scenarioVersion?: string | undefined;
  readonly profileVersion?: string | undefined;
  readonly toolsVersion?: string | undefined;
  readonly criteriaVersion?: string | undefined;
  readonly judgeVersion?: string | undefined;
  readonly agentVersion?: string | undefined;
}

/** The versions a planned trial carries (persona and scenario objects, the rest in `versions`). */
export interface PlannedVersions {
  readonly persona?: { readonly version: string };
  readonly scenario?: { readonly version: string };
  readonly versions?: {
    readonly profile: string;
    readonly tools: string;
    readonly criteria: string;
    readonly judge?: string;
    readonly agent: string;
  };
}

function isPlanned(source: VersionFields | PlannedVersions): source is PlannedVersions {
  return 'versions' in source || 'persona' in source || 'scenario' in source;
}

function definitionFrom(parts: Readonly<Record<DefinitionPart, string | undefined>>): DefinitionVersion {
  const definition: Partial<Record<DefinitionPart, string>> = {};
  for (const part of DEFINITION_PARTS) {
    const version = parts[part];
    if (version !== undefined) definition[part] = version;
  }
  return definition;
}

/**
 * The definition version of a test, from a results file's test summary or from a
 * planned trial: the same parts either way, so the runner (before the first
 * trial) and compare (after the run) pool the same history entries.
 */
export function definitionOf(source: VersionFields | PlannedVersions): DefinitionVersion {
  if (isPlanned(source)) {
    return definitionFrom({
      persona: source.persona?.version,
      scenario: source.scenario?.version,
      profile: source.versions?.profile,
      tools: source.versions?.tools,
      criteria: source.versions?.criteria,
      judge: source.versions?.judge,
      agent: source.versions?.agent,
    });
  }
  return definitionFrom({
    persona: source.personaVersion,
    scenario: source.scenarioVersion,
    profile: source.profileVersion,
    tools: source.toolsVersion,
    criteria: source.criteriaVersion,
    judge: source.judgeVersion,
    agent: source.agentVersion,
  });
}

/**
 * The plan: sets × tests × run counts × variants expanded into trials.
 * A trial carries everything the engine and the judge need as plain data,
 * so the stages after `plan` never look anything up in the suite again.
 */
import type { Agent, DatasetItem, Metric, ModelEndpoint, Persona, Priority, Scenario, Tool } from '../suite/schema.js';
import type { Results, SkippedTest } from '../model/results.js';
import type { SourceLocation, VariantId } from '../suite/types.js';

/** Stable across runs: the comparison key. */
export type TestKey = string;

export function testKey(testId: string, variant: VariantId): TestKey {
  return `${testId}@${variant}`;
}

/** A criterion after named-metric references and baseline metrics are resolved. */
export type ResolvedCriterion = Metric & {
  /** Unique within the test; shown in reports. */
  readonly id: string;
  /** true when attached by default (baseline metrics), not written by the user. */
  readonly baseline: boolean;
};

interface TrialBase {
  /** `${testKey}#${index}`: unique within a run. */
  readonly id: string;
  readonly key: TestKey;
  readonly testId: string;
  readonly variant: VariantId;
  /** 0-based trial index among the test's run count. */
  readonly index: number;
  readonly runs: number;
  /** Share of the test's trials that must pass (the test's or its set's `min_pass_rate`); aggregation needs it. */
  readonly minPassRate: number;
  /** The test's (or dataset's) display name, when it has one. */
  readonly name?: string;
  readonly priority: Priority;
  readonly tags: readonly string[];
  /** Where the test (or dataset item) is declared, for annotations. */
  readonly source: SourceLocation;
  /** The agent after the variant's overrides were applied. */
  readonly agent: Agent;
  /** Tools offered to the agent (strategy `none` tools are left out). */
  readonly tools: readonly Tool[];
  readonly profile: Readonly<Record<string, unknown>>;
  /** The initial state the stateful tools start from (the test's, else its profile's); absent: none. */
  readonly state?: Readonly<Record<string, unknown>>;
  readonly criteria: readonly ResolvedCriterion[];
  /** The simulated user's endpoint: the root `simulator:` with the persona's overrides (plan/simulator.ts). */
  readonly simulator?: ModelEndpoint;
  /** The simulated user's own role prompt (root or persona `simulator.system_prompt`); absent: the built-in one. */
  readonly simulatorPrompt?: string;
  readonly judge?: ModelEndpoint;
  /** The suite declares the test deterministic: a flip is a regression, without confirmation trials. */
  readonly deterministic?: boolean;
  /** Content versions of the rest of the definition (persona and scenario carry their own), recorded in the results. */
  readonly versions?: DefinitionVersions;
}

/** Short content hashes: a change in one of them means the test itself changed, not only the agent under test. */
export interface DefinitionVersions {
  readonly profile: string;
  readonly tools: string;
  readonly criteria: string;
  /** The judge's settings: how the criteria are judged is part of the test. */
  readonly judge: string;
  /** Recorded, never part of the test's identity: the agent is what is under test. */
  readonly agent: string;
}

export interface ConversationTrial extends TrialBase {
  readonly kind: 'conversation';
  readonly persona: Persona & { readonly version: string };
  readonly scenario: Scenario & { readonly version: string };
}

export interface DatasetTrial extends TrialBase {
  readonly kind: 'dataset';
  readonly datasetId: string;
  readonly item: DatasetItem;
}

export type Trial = ConversationTrial | DatasetTrial;

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly total: number;
}

export interface Plan {
  readonly trials: readonly Trial[];
  readonly variants: readonly VariantId[];
  /** The variant every other is compared with (present when the suite has variants, or runs a base side). */
  readonly baseline?: VariantId;
  readonly shard?: Shard;
  /** Tests left out because their scenario needs the simulator LLM and none is available: why, and what is missing. */
  readonly skipped: readonly SkippedTest[];
  /**
   * Sharded plans: one trial (index 0) per test key the other shards run. Not run here; the comparisons a
   * whole run makes are counted over them too, so each shard spends α as the merged run is judged.
   */
  readonly otherShards?: readonly Trial[];
  /**
   * The baseline variant is the base revision's agents run side by side with this revision's (the candidate):
   * `rehearse run --base`, src/plan/base-side.ts. Recorded in the results.
   */
  readonly baseSide?: NonNullable<Results['baseSide']>;
}

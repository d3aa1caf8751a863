/** Which variants run, and the agent each one runs against. */
import type { Agent } from '../suite/schema.js';
import type { LoadedSuite, VariantId } from '../suite/types.js';
import { suggestion } from '../suite/did-you-mean.js';
import { ConfigurationError } from '../util/errors.js';
import { DEFAULT_VARIANT, suiteVariants } from '../suite/variants.js';

export interface PlannedVariants {
  /** The variants this run runs, the baseline first. */
  readonly ids: VariantId[];
  /** The variant every other one is compared with; absent when the suite has no variants. */
  readonly baseline?: VariantId;
}

/**
 * The suite's variants, or the subset `wanted` picks. Picking any other variant brings its baseline along: a variant
 * is only ever judged beside the one it is compared with.
 */
export function planVariants(suite: LoadedSuite, wanted: readonly VariantId[] | undefined): PlannedVariants {
  const declared = suiteVariants(suite.variants);
  const ids = declared ? [...declared.ids] : [DEFAULT_VARIANT];
  const baseline = declared ? { baseline: declared.baseline } : {};
  if (!wanted || wanted.length === 0) return { ids, ...baseline };
  const unknown = wanted.filter((variant) => !ids.includes(variant));
  const [first] = unknown;
  if (first !== undefined) {
    const hint = suggestion(first, ids);
    throw new ConfigurationError(`unknown variant '${first}'${hint}: this suite runs ${ids.join(', ')}`);
  }
  const picked = ids.filter((id) => wanted.includes(id) || (id === declared?.baseline && wanted.length > 0));
  return { ids: picked, ...baseline };
}

/** The agent a test runs against under a variant: swapped (`agent`) and/or patched (openai fields). */
export function agentFor(suite: LoadedSuite, agentId: string | undefined, variant: VariantId): Agent {
  const overrides = variant === DEFAULT_VARIANT ? undefined : suite.variants[variant];
  const id = overrides?.agent ?? agentId;
  const located = suite.agents.find((agent) => agent.id === id);
  if (!located) throw new Error(`planRun: unknown agent '${id}'`);
  const { source: _source, ...agent } = located;
  if (!overrides || agent.type !== 'openai') return agent;
  return {
    ...agent,
    ...(overrides.model !== undefined ? { model: overrides.model } : {}),
    ...(overrides.base_url !== undefined ? { base_url: overrides.base_url } : {}),
    ...(overrides.system_prompt !== undefined ? { system_prompt: overrides.system_prompt } : {}),
    ...(overrides.temperature !== undefined ? { temperature: overrides.temperature } : {}),
  };
}

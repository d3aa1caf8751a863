/** Which variants run, and the agent each one runs against. */
import type { Agent } from '../suite/schema.js';
import type { LoadedSuite, VariantId } from '../suite/types.js';
import { suggestion } from '../suite/did-you-mean.js';
import { ConfigurationError } from '../util/errors.js';

export function planVariants(suite: LoadedSuite, wanted: readonly VariantId[] | undefined): VariantId[] {
  // Declaring either variant means "compare": the other one runs unchanged.
  const declared: VariantId[] =
    suite.variants.baseline || suite.variants.candidate ? ['baseline', 'candidate'] : ['default'];
  if (!wanted || wanted.length === 0) return declared;
  const unknown = wanted.filter((variant) => !declared.includes(variant));
  const [first] = unknown;
  if (first !== undefined) {
    const hint = suggestion(first, declared);
    throw new ConfigurationError(`unknown variant '${first}'${hint}: this suite runs ${declared.join(', ')}`);
  }
  return declared.filter((variant) => wanted.includes(variant));
}

/** The agent a test runs against under a variant: swapped (`agent`) and/or patched (openai fields). */
export function agentFor(suite: LoadedSuite, agentId: string | undefined, variant: VariantId): Agent {
  const overrides = variant === 'default' ? undefined : suite.variants[variant];
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

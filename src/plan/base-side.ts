/**
 * The plan of a run against the base revision (`rehearse run --base`): the current tests, each run twice side by
 * side — against the base revision's agent as the `baseline` variant and against this revision's as the
 * `candidate` — so the candidate is compared with the base side by the paired, confirmed comparison the suite's own
 * variants use. Only the agent differs between the sides: persona, scenario, profile, tool mocks, criteria and
 * judge are the current ones (the test is the same; the agent is what is under test).
 */
import type { Agent, Tool } from '../suite/schema.js';
import { contentVersion } from '../suite/version.js';
import { testKey, type Plan, type Trial } from './types.js';

/** The base revision's agent with this id and the tools it is offered; undefined when the base has no such agent. */
export type BaseAgentLookup = (
  agentId: string,
) => { readonly agent: Agent; readonly tools: readonly Tool[] } | undefined;

export interface BaseSidePlanRequest {
  /** The current suite's plan, variant `default` only. */
  readonly plan: Plan;
  readonly baseAgent: BaseAgentLookup;
  /** Whether a test gets a base side (e.g. not where its pooled history already decides). */
  readonly wanted: (testId: string) => boolean;
  readonly baseSide: NonNullable<Plan['baseSide']>;
}

/**
 * Every planned trial becomes its candidate (this revision's agent) preceded by its baseline (the base revision's
 * agent with the same id), interleaved as the suite's own variants are (b#0, c#0, b#1, c#1…). A test that is not
 * wanted, or whose agent the base revision does not have, runs its candidate alone.
 */
export function planBaseSide(request: BaseSidePlanRequest): Plan {
  const { plan } = request;
  const expand = (trial: Trial): Trial[] => {
    const candidate = asVariant(trial, 'candidate');
    const base = request.wanted(trial.testId) ? request.baseAgent(trial.agent.id) : undefined;
    if (!base) return [candidate];
    const baseline = asVariant(trial, 'baseline');
    const versions = trial.versions
      ? { ...trial.versions, tools: contentVersion(base.tools), agent: contentVersion(base.agent) }
      : undefined;
    return [{ ...baseline, agent: base.agent, tools: base.tools, ...(versions ? { versions } : {}) }, candidate];
  };
  const trials = plan.trials.flatMap(expand);
  return {
    trials,
    ...(trials.some((trial) => trial.variant === 'baseline')
      ? { variants: ['baseline', 'candidate'], baseline: 'baseline' }
      : { variants: ['candidate'] }),
    ...(plan.shard ? { shard: plan.shard, otherShards: (plan.otherShards ?? []).flatMap(expand) } : {}),
    skipped: plan.skipped.map((entry) => {
      const testId = entry.testId ?? entry.key.slice(0, entry.key.lastIndexOf('@'));
      return { ...entry, key: testKey(testId, 'candidate'), variant: 'candidate' as const };
    }),
    baseSide: request.baseSide,
  };
}

function asVariant(trial: Trial, variant: 'baseline' | 'candidate'): Trial {
  const key = testKey(trial.testId, variant);
  return { ...trial, key, variant, id: `${key}#${trial.index}` };
}

/** The test ids of a plan and the agent each runs against (what the base revision must provide). */
export function agentsOfPlan(plan: Plan): Map<string, string[]> {
  const byAgent = new Map<string, string[]>();
  for (const trial of plan.trials) {
    const tests = byAgent.get(trial.agent.id) ?? [];
    if (!tests.includes(trial.testId)) tests.push(trial.testId);
    byAgent.set(trial.agent.id, tests);
  }
  return byAgent;
}

/** One unit × variant × index → a trial carrying everything as plain data. */
import { dirname, relative } from 'node:path';
import type { Tool } from '../suite/schema.js';
import { contentVersion } from '../suite/version.js';
import type { LoadedSuite, VariantId } from '../suite/types.js';
import { resolveCriteria } from './criteria.js';
import type { Unit } from './select.js';
import { testKey, type DefinitionVersions, type ResolvedCriterion, type Trial } from './types.js';
import { agentFor } from './variants.js';
import { simulatorFor, type TrialSimulator } from './simulator.js';

export function scenarioOf(suite: LoadedSuite, unit: Unit): LoadedSuite['scenarios'][number] | undefined {
  return unit.kind === 'conversation'
    ? suite.scenarios.find((scenario) => scenario.id === unit.test.scenario)
    : undefined;
}

export function buildTrial(suite: LoadedSuite, unit: Unit, variant: VariantId, index: number): Trial {
  const key = testKey(unit.testId, variant);
  const owner = unit.kind === 'conversation' ? unit.test : unit.dataset;
  const agent = agentFor(suite, owner.agent, variant);
  const profileId = owner.profile;
  const tools = agent.tools.flatMap((name) => toolNamed(suite, name));
  const profileEntry = suite.profiles.find((candidate) => candidate.id === profileId);
  const profile = profileEntry?.data ?? {};
  const state = (unit.kind === 'conversation' ? unit.test.state : undefined) ?? profileEntry?.state;
  const criteria =
    unit.kind === 'dataset'
      ? resolveCriteria(unit.dataset.criteria, suite.metrics, { enabled: false })
      : resolveCriteria(unit.test.criteria, suite.metrics, {
          enabled: unit.test.baseline_metrics,
          scenario: mustFind(suite.scenarios, unit.test.scenario, 'scenario'),
        });
  const common = {
    id: `${key}#${index}`,
    key,
    testId: unit.testId,
    variant,
    index,
    runs: unit.runs,
    minPassRate: unit.minPassRate,
    priority: owner.priority,
    tags: unit.tags,
    agent,
    tools,
    profile,
    ...(state ? { state } : {}),
    criteria,
    versions: definitionVersions({
      profile,
      tools: toolsForVersion(tools, suite.rootFile),
      state,
      criteria: criteriaForVersion(criteria, suite),
      agent,
      judge: suite.judge?.model ?? null,
    }),
    ...(owner.deterministic ? { deterministic: true } : {}),
    ...(suite.judge ? { judge: suite.judge } : {}),
  };
  if (unit.kind === 'dataset') {
    return {
      ...common,
      kind: 'dataset',
      ...(unit.dataset.description ? { name: `${unit.dataset.id}: ${unit.item.id}` } : {}),
      source: unit.dataset.source,
      datasetId: unit.dataset.id,
      item: unit.item,
      ...withSimulator(simulatorFor(suite.simulator, undefined)),
    };
  }
  const { source: _p, ...persona } = mustFind(suite.personas, unit.test.persona, 'persona');
  const { source: _s, ...scenario } = mustFind(suite.scenarios, unit.test.scenario, 'scenario');
  return {
    ...common,
    ...withSimulator(simulatorFor(suite.simulator, persona)),
    kind: 'conversation',
    ...(unit.test.name ? { name: unit.test.name } : {}),
    source: unit.test.source,
    persona,
    scenario,
  };
}

function withSimulator(simulator: TrialSimulator): Pick<Trial, 'simulator' | 'simulatorPrompt'> {
  return {
    ...(simulator.endpoint ? { simulator: simulator.endpoint } : {}),
    ...(simulator.prompt !== undefined ? { simulatorPrompt: simulator.prompt } : {}),
  };
}

/**
 * Hashes of what the trial runs with besides persona and scenario: the
 * resolved profile data, tools, criteria, the judge's model and the agent
 * (variant overrides applied), so a comparison can tell "the test changed"
 * from "the agent changed".
 */
function definitionVersions(parts: {
  readonly profile: unknown;
  readonly tools: readonly Tool[];
  readonly state: unknown;
  readonly criteria: readonly unknown[];
  readonly agent: unknown;
  readonly judge: unknown;
}): DefinitionVersions {
  return {
    profile: contentVersion(parts.profile),
    // The initial state is part of the tools' world: a test without state keeps the version it always had.
    tools: contentVersion(parts.state === undefined ? parts.tools : { tools: parts.tools, state: parts.state }),
    criteria: contentVersion(parts.criteria),
    judge: contentVersion(parts.judge),
    agent: contentVersion(parts.agent),
  };
}

/** Module files relative to the suite's root: the version must not depend on where the repository is checked out. */
function toolsForVersion(tools: readonly Tool[], rootFile: string): Tool[] {
  return tools.map((tool) =>
    tool.module ? { ...tool, module: { ...tool.module, file: relative(dirname(rootFile), tool.module.file) } } : tool,
  );
}

/**
 * Code scorers by their module relative to the suite's root and their content hash: an edited scorer is a
 * changed test, a moved checkout is not. Criteria without code keep the version they always had.
 */
function criteriaForVersion(criteria: readonly ResolvedCriterion[], suite: LoadedSuite): unknown[] {
  return criteria.map((criterion) =>
    criterion.type === 'code'
      ? {
          ...criterion,
          module: relative(dirname(suite.rootFile), criterion.module),
          moduleHash: suite.codeModules?.get(criterion.module) ?? null,
        }
      : criterion,
  );
}

/** Tools with strategy `none` are declared but not offered to the agent. */
function toolNamed(suite: LoadedSuite, name: string): Tool[] {
  const located = suite.tools.find((tool) => tool.name === name);
  if (!located || located.strategy === 'none') return [];
  const { source: _source, ...tool } = located;
  return [tool];
}

function mustFind<T extends { readonly id: string }>(list: readonly T[], id: string, kind: string): T {
  const found = list.find((item) => item.id === id);
  // The loader rejects unknown references; this only guards a hand-built suite.
  if (!found) throw new Error(`planRun: unknown ${kind} '${id}'`);
  return found;
}

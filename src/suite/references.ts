/**
 * Cross-file references: every id a test, set, dataset, agent, variant or
 * default names must exist, with the nearest valid name suggested.
 */
import { suggestion } from './did-you-mean.js';
import { KIND, locate, type Collected, type CollectionName, type Entry } from './collect.js';
import type { Criterion } from './schema.js';
import type { SourceLocation, SuiteIssue } from './types.js';

export function checkReferences(suite: Collected): SuiteIssue[] {
  const issues: SuiteIssue[] = [];
  const ref = (kind: CollectionName, id: string | undefined, at: SourceLocation): void => {
    if (id === undefined || suite.known[kind].has(id)) return;
    issues.push({ location: at, message: `unknown ${KIND[kind]} '${id}'${suggestion(id, suite.known[kind])}`, severity: 'error' });
  };
  const criteria = (entry: Entry<unknown>, list: readonly Criterion[]): void =>
    list.forEach((criterion, index) => {
      if ('metric' in criterion) ref('metrics', criterion.metric, locate(entry, 'criteria', index, 'metric'));
    });

  for (const test of suite.tests) {
    ref('personas', test.value.persona, locate(test, 'persona'));
    ref('scenarios', test.value.scenario, locate(test, 'scenario'));
    ref('profiles', test.value.profile, locate(test, 'profile'));
    ref('agents', test.value.agent, locate(test, 'agent'));
    criteria(test, test.value.criteria);
    issues.push(...missingAgent(suite, test, 'test'));
  }
  for (const dataset of suite.datasets) {
    ref('profiles', dataset.value.profile, locate(dataset, 'profile'));
    ref('agents', dataset.value.agent, locate(dataset, 'agent'));
    criteria(dataset, dataset.value.criteria);
    issues.push(...missingAgent(suite, dataset, 'dataset'));
  }
  for (const set of suite.sets) set.value.tests.forEach((item, index) => ref('tests', item.test, locate(set, 'tests', index, 'test')));
  for (const agent of suite.agents) agent.value.tools.forEach((tool, index) => ref('tools', tool, locate(agent, 'tools', index)));
  const { variants, defaults } = suite.settings;
  for (const name of ['baseline', 'candidate'] as const) ref('agents', variants?.[name]?.agent, suite.root.locate(['variants', name, 'agent']));
  ref('agents', defaults?.agent, suite.root.locate(['defaults', 'agent']));
  ref('profiles', defaults?.profile, suite.root.locate(['defaults', 'profile']));
  return issues;
}

/** The agent a test or dataset runs against: its own, the default, or the only one. */
export function effectiveAgent(suite: Pick<Collected, 'settings' | 'known'>, own: string | undefined): string | undefined {
  if (own) return own;
  if (suite.settings.defaults?.agent) return suite.settings.defaults.agent;
  const all = [...suite.known.agents];
  return all.length === 1 ? all[0] : undefined;
}

function missingAgent(suite: Collected, entry: Entry<{ id: string; agent?: string | undefined }>, kind: string): SuiteIssue[] {
  if (effectiveAgent(suite, entry.value.agent) !== undefined) return [];
  const count = suite.known.agents.size;
  return [
    {
      location: locate(entry),
      message: `${kind} '${entry.value.id}' has no agent: set \`agent:\` on it or \`defaults.agent\` in the root config (the suite declares ${count} agents)`,
      severity: 'error',
    },
  ];
}

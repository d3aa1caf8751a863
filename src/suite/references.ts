/**
 * Cross-file references: every id a test, set, dataset, agent, variant or
 * default names must exist, with the nearest valid name suggested.
 */
import { skeleton, visible } from './confusables.js';
import { IdSchema } from './schema.js';
import { suggestion } from './did-you-mean.js';
import { KIND, locate, type Collected, type CollectionName, type Entry } from './collect.js';
import type { SourceLocation, SuiteIssue } from './types.js';

/**
 * `incomplete`: some file could not be read or parsed, so its ids are not
 * known; "unknown persona 'alice'" would then be an echo of that error, not
 * a mistake of its own, and is not reported.
 */
export function checkReferences(suite: Collected, incomplete = false): SuiteIssue[] {
  if (incomplete) return [];
  const issues: SuiteIssue[] = [];
  const ref = (kind: CollectionName, id: unknown, at: SourceLocation): void => {
    if (typeof id !== 'string' || suite.known[kind].has(id)) return; // a non-string is the schema's error
    // A malformed id (e.g. with an invisible character) is the schema's error,
    // and so is a declaration with a lookalike in it.
    if (kind !== 'tools' && !IdSchema.safeParse(id).success) return;
    if ([...suite.known[kind]].some((known) => skeleton(known) === id && known !== id)) return;
    const message = `unknown ${KIND[kind]} '${visible(id)}'${suggestion(id, suite.known[kind])}`;
    issues.push({ location: at, message, severity: 'error' });
  };
  const criteria = (entry: RawEntry): void =>
    list(entry.value.criteria).forEach((criterion, index) => {
      if (isObject(criterion) && 'metric' in criterion)
        ref('metrics', criterion.metric, locate(entry, 'criteria', index, 'metric'));
    });

  for (const test of suite.raw.tests) {
    for (const [field, kind] of [
      ['persona', 'personas'],
      ['scenario', 'scenarios'],
      ['profile', 'profiles'],
      ['agent', 'agents'],
    ] as const) {
      ref(kind, test.value[field], locate(test, field));
    }
    criteria(test);
    issues.push(...missingAgent(suite, test, 'test'));
  }
  for (const dataset of suite.raw.datasets) {
    ref('profiles', dataset.value.profile, locate(dataset, 'profile'));
    ref('agents', dataset.value.agent, locate(dataset, 'agent'));
    criteria(dataset);
    issues.push(...missingAgent(suite, dataset, 'dataset'));
  }
  for (const set of suite.raw.sets) {
    list(set.value.tests).forEach(
      (item, index) => isObject(item) && ref('tests', item.test, locate(set, 'tests', index, 'test')),
    );
  }
  for (const agent of suite.raw.agents)
    list(agent.value.tools).forEach((tool, index) => ref('tools', tool, locate(agent, 'tools', index)));
  const { variants, defaults } = suite.settings;
  for (const name of Object.keys(variants ?? {}))
    ref('agents', variants?.[name]?.agent, suite.root.locate(['variants', name, 'agent']));
  ref('agents', defaults?.agent, suite.root.locate(['defaults', 'agent']));
  ref('profiles', defaults?.profile, suite.root.locate(['defaults', 'profile']));
  return issues;
}

type RawEntry = Entry<Readonly<Record<string, unknown>>>;

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The agent a test or dataset runs against: its own, the default, or the only one. */
export function effectiveAgent(
  suite: Pick<Collected, 'settings' | 'known'>,
  own: string | undefined,
): string | undefined {
  if (own) return own;
  if (suite.settings.defaults?.agent) return suite.settings.defaults.agent;
  const all = [...suite.known.agents];
  return all.length === 1 ? all[0] : undefined;
}

function missingAgent(suite: Collected, entry: RawEntry, kind: string): SuiteIssue[] {
  const own = entry.value.agent;
  if (
    effectiveAgent(suite, typeof own === 'string' ? own : undefined) !== undefined ||
    (own !== undefined && typeof own !== 'string')
  )
    return [];
  const count = suite.known.agents.size;
  return [
    {
      location: locate(entry),
      message:
        `${kind} '${String(entry.value.id)}' has no agent: set \`agent:\` on it or \`defaults.agent\` in ` +
        `the root config (the suite declares ${count} agents)`,
      severity: 'error',
    },
  ];
}

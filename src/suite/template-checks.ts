/**
 * `{{profile.x}}` must resolve in the profile of every test that uses the
 * templated text (scenario text, mock mappings' `when`): an unknown key is a
 * load error, not a runtime surprise.
 */
import { closest } from './did-you-mean.js';
import { locate, type Collected, type Entry } from './collect.js';
import { effectiveAgent } from './references.js';
import type { Test } from './schema.js';
import { findMalformedTemplates, findTemplateRefs, lookupPath } from './template.js';
import type { SourceLocation, SuiteIssue } from './types.js';
import type { DataPath } from './yaml-file.js';

export interface TemplatedText {
  readonly text: string;
  readonly location: SourceLocation;
  /** "scenario 'x'" or "tool 'y'", for messages. */
  readonly owner: string;
}

/**
 * Errors keyed by place and message: the same problem met twice (a template written twice, a text used by two tests
 * with the same profile) is one issue.
 */
export function issueSet(): { add(location: SourceLocation, message: string): void; issues(): SuiteIssue[] } {
  const issues = new Map<string, SuiteIssue>();
  return {
    add: (location, message) =>
      void issues.set(`${location.file}:${location.line}:${location.column}:${message}`, {
        location,
        message,
        severity: 'error',
      }),
    issues: () => [...issues.values()],
  };
}

/** Each `{{profile.x}}` of `texts` missing from `data` (the profile test `testId` runs with), with the nearest key. */
export function checkRefsResolve(
  texts: readonly TemplatedText[],
  profileId: string,
  data: Readonly<Record<string, unknown>>,
  testId: string,
  add: (location: SourceLocation, message: string) => void,
): void {
  for (const { text, location, owner } of texts) {
    for (const ref of findTemplateRefs(text)) {
      if (lookupPath(data, ref.path) !== undefined) continue;
      add(
        location,
        `${ref.text} in ${owner} does not resolve: profile '${profileId}' (used by test '${testId}') ` +
          `has no '${ref.path.join('.')}'${nearestKey(data, ref.path)}`,
      );
    }
  }
}

export function checkTemplates(suite: Collected): SuiteIssue[] {
  const { add, issues } = issueSet();
  const scenarios = new Map(suite.scenarios.map((s) => [s.value.id, templatedStrings(s, `scenario '${s.value.id}'`)]));
  const toolTexts = new Map(
    suite.tools.map((t) => [t.value.name, templatedStrings(t, `tool '${t.value.name}'`, ['mock'])]),
  );
  const profiles = new Map(suite.profiles.map((p) => [p.value.id, p.value]));

  const checked = [
    ...suite.scenarios.map((s) => ({
      entry: s as Entry<unknown>,
      owner: `scenario '${s.value.id}'`,
      under: [] as DataPath,
    })),
    ...suite.tools.map((t) => ({
      entry: t as Entry<unknown>,
      owner: `tool '${t.value.name}'`,
      under: ['mock'] as DataPath,
    })),
  ];
  for (const { entry, owner, under } of checked) {
    for (const { text, location } of stringsUnder(entry, owner, under)) {
      for (const bad of findMalformedTemplates(text)) {
        add(
          location,
          `${bad.text} in ${owner} is not a profile template: expected {{profile.key}} (nested: ` +
            `{{profile.a.b}}, list item: {{profile.items[0]}}), keys start with a letter or '_'`,
        );
      }
    }
  }

  for (const test of suite.tests) {
    const scenarioTexts = scenarios.get(test.value.scenario) ?? [];
    const profileId = test.value.profile ?? suite.settings.defaults?.profile;
    if (profileId === undefined) {
      // A mock mapping that needs a profile simply never matches without one; a scenario would say "{{profile.x}}"
      // aloud.
      const [first] = scenarioTexts;
      if (first)
        add(
          locate(test, 'scenario'),
          `test '${test.value.id}' has no profile, but ${first.owner} uses ` +
            `${findTemplateRefs(first.text)[0]!.text} (set \`profile:\` on the test or \`defaults.profile\`)`,
        );
      continue;
    }
    const texts = [...scenarioTexts, ...toolsOf(suite, test).flatMap((name) => toolTexts.get(name) ?? [])];
    const profile = profiles.get(profileId);
    if (!profile) continue; // unknown profile: reported by the reference check
    checkRefsResolve(texts, profileId, profile.data, test.value.id, add);
  }
  return issues();
}

/** Tools the test's agent (and any variant's agent) may call. */
function toolsOf(suite: Collected, test: Entry<Test>): string[] {
  const agentIds = [
    effectiveAgent(suite, test.value.agent),
    ...Object.values(suite.settings.variants ?? {}).map((variant) => variant.agent),
  ];
  return suite.agents.filter((a) => agentIds.includes(a.value.id)).flatMap((a) => a.value.tools);
}

/** Every string containing a template inside the entry (optionally under `under`), with its location. */
function templatedStrings(entry: Entry<unknown>, owner: string, under: DataPath = []): TemplatedText[] {
  return stringsUnder(entry, owner, under).filter(({ text }) => findTemplateRefs(text).length > 0);
}

/** Every string inside the entry (optionally under `under`) that has a `{{`, with its location. */
function stringsUnder(entry: Entry<unknown>, owner: string, under: DataPath = []): TemplatedText[] {
  const found: TemplatedText[] = [];
  const walk = (value: unknown, path: DataPath): void => {
    if (typeof value === 'string') {
      if (value.includes('{{')) found.push({ text: value, location: locate(entry, ...path), owner });
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  let start: unknown = entry.value;
  for (const segment of under) start = (start as Record<string | number, unknown> | undefined)?.[segment];
  walk(start, under);
  return found;
}

function nearestKey(data: Readonly<Record<string, unknown>>, path: readonly string[]): string {
  const depth = path.findIndex((_, i) => lookupPath(data, path.slice(0, i + 1)) === undefined);
  const parent = lookupPath(data, path.slice(0, depth));
  if (!parent || typeof parent !== 'object') return '';
  const match = closest(path[depth]!, Object.keys(parent));
  return match === undefined ? '' : ` — did you mean '${[...path.slice(0, depth), match].join('.')}'?`;
}

/**
 * What the schema alone can not say about criteria, checked at load so a
 * mistake never passes silently at run time: tools they name exist, regexes
 * compile on the engine that runs them (RE2: no catastrophic backtracking),
 * json_schema criteria compile, and `{{profile.x}}` only appears where the
 * judge renders it (tool_called args, text contains/not_contains) and resolves
 * there. Passthrough URLs and headers are never rendered either.
 */
import { compileUserRegex } from '../util/user-regex.js';
import { parsePath } from '../util/state-path.js';
import type { Ajv } from 'ajv';
import { locate, type Collected, type Entry } from './collect.js';
import { visible } from './confusables.js';
import { suggestion } from './did-you-mean.js';
import type { Metric } from './schema.js';
import { findTemplateRefs, lookupPath } from './template.js';
import { compileProblem } from './tool-checks.js';
import type { SourceLocation, SuiteIssue } from './types.js';
import type { DataPath } from './yaml-file.js';

/** What a `state` criterion checks at its path: one per criterion. */
const STATE_CHECKS = ['equals', 'contains', 'exists', 'matches'] as const;

/** Criterion fields the judge renders `{{profile.x}}` in (see src/judge/deterministic.ts). */
const RENDERED_FIELDS = new Set(['args', 'contains', 'not_contains']);

interface PlacedMetric {
  readonly metric: Metric;
  readonly entry: Entry<unknown>;
  /** Path of the metric inside its entry. */
  readonly path: DataPath;
  /** How messages name it: "criterion 'tool_called'" or "metric 'polite'". */
  readonly name: string;
}

/** Whether the suite has a JSON Schema for checkCriteria to compile (a `json_schema` criterion or metric). */
export function criteriaUseJsonSchema(suite: Collected): boolean {
  return placedMetrics(suite).some(({ metric }) => metric.type === 'json_schema');
}

/** `ajv`: asked for only when criteriaUseJsonSchema(suite). */
export function checkCriteria(suite: Collected, ajv: () => Ajv): SuiteIssue[] {
  const issues: SuiteIssue[] = [];
  const fail = (location: SourceLocation, message: string): void =>
    void issues.push({ location, message, severity: 'error' });
  for (const placed of placedMetrics(suite)) checkMetric(placed, suite, ajv, fail);
  checkRenderedTemplates(suite, fail);
  checkExpectedOutputRegexes(suite, fail);
  checkPassthroughTemplates(suite, fail);
  return issues;
}

function placedMetrics(suite: Collected): PlacedMetric[] {
  const inline = [...suite.tests, ...suite.datasets].flatMap((entry) =>
    entry.value.criteria.flatMap((criterion, index): PlacedMetric[] =>
      'type' in criterion
        ? [
            {
              metric: criterion,
              entry,
              path: ['criteria', index],
              name: `criterion '${criterion.id ?? criterion.type}'`,
            },
          ]
        : [],
    ),
  );
  const named = suite.metrics.map((entry): PlacedMetric => ({
    metric: entry.value,
    entry,
    path: [],
    name: `metric '${entry.value.id}'`,
  }));
  return [...inline, ...named];
}

type Fail = (location: SourceLocation, message: string) => void;

function checkMetric({ metric, entry, path, name }: PlacedMetric, suite: Collected, ajv: () => Ajv, fail: Fail): void {
  const at = (...sub: DataPath): SourceLocation => locate(entry, ...path, ...sub);
  const tool = (toolName: string, ...sub: DataPath): void => {
    if (suite.known.tools.has(toolName)) return;
    fail(
      at(...sub),
      `${name} names unknown tool '${visible(toolName)}'${suggestion(toolName, suite.known.tools)} ` +
        '(expected a tool declared under `tools:`; declare one the agent implements itself with `strategy: none`)',
    );
  };
  if (metric.type === 'tool_called' || metric.type === 'tool_not_called') tool(metric.tool, 'tool');
  if (metric.type === 'tool_sequence') metric.tools.forEach((toolName, index) => tool(toolName, 'tools', index));
  if (metric.type === 'text' && metric.regex !== undefined) {
    const compiled = compileUserRegex(metric.regex);
    if (!compiled.ok)
      fail(at('regex'), `invalid regex ${JSON.stringify(metric.regex)} in ${name}: ${compiled.message}`);
  }
  if (metric.type === 'state') {
    const parsed = parsePath(metric.path);
    if (!parsed.ok) fail(at('path'), `${name}: ${parsed.error}`);
    const checks = STATE_CHECKS.filter((key) => metric[key] !== undefined);
    if (checks.length !== 1)
      fail(
        at(),
        `${name} needs exactly one of ${STATE_CHECKS.join(', ')}` +
          (checks.length > 1 ? ` (it has ${checks.join(' and ')}: write one criterion per check)` : ''),
      );
  }
  if (metric.type === 'state_unchanged') {
    metric.except.forEach((text, index) => {
      const parsed = parsePath(text);
      if (!parsed.ok) fail(at('except', index), `${name}: ${parsed.error}`);
    });
  }
  if (metric.type === 'json_schema') {
    const problem = compileProblem(ajv(), metric.schema);
    if (problem) fail(at('schema', ...problem.path), `${name}: schema is not a valid JSON Schema: ${problem.message}`);
  }
  for (const [field, value] of Object.entries(metric)) {
    if (RENDERED_FIELDS.has(field)) continue;
    for (const { text, sub } of stringsIn(value, [field])) {
      const [ref] = findTemplateRefs(text);
      if (ref)
        fail(
          at(...sub),
          `${ref.text} in ${name} (${field}) is never rendered: profile templates work only in ` +
            'tool_called args and text contains/not_contains; write the value itself',
        );
    }
  }
}

/** Rendered fields must resolve in the profile of every test using the criterion. */
function checkRenderedTemplates(suite: Collected, fail: Fail): void {
  const profiles = new Map(suite.profiles.map((p) => [p.value.id, p.value.data]));
  const metrics = new Map(suite.metrics.map((m) => [m.value.id, m]));
  const seen = new Set<string>();
  for (const test of [...suite.tests, ...suite.datasets]) {
    const profileId = test.value.profile ?? suite.settings.defaults?.profile;
    test.value.criteria.forEach((criterion, index) => {
      const [metric, entry, path] =
        'type' in criterion
          ? [criterion, test as Entry<unknown>, ['criteria', index] as DataPath]
          : [
              metrics.get(criterion.metric)?.value,
              metrics.get(criterion.metric) as Entry<unknown> | undefined,
              [] as DataPath,
            ];
      if (!metric || !entry) return;
      for (const field of RENDERED_FIELDS) {
        for (const { text, sub } of stringsIn((metric as Record<string, unknown>)[field], [field])) {
          for (const ref of findTemplateRefs(text)) {
            const location = locate(entry, ...path, ...sub);
            const key = `${location.file}:${location.line}:${location.column}:${profileId}:${ref.text}`;
            if (seen.has(key)) continue;
            seen.add(key);
            if (profileId === undefined) {
              fail(
                location,
                `${ref.text} needs a profile, but ${test.path[0] === 'tests' ? 'test' : 'dataset'} ` +
                  `'${test.value.id}' has none (set \`profile:\` on it or \`defaults.profile\`)`,
              );
            } else {
              const data = profiles.get(profileId);
              if (data !== undefined && lookupPath(data, ref.path) === undefined) {
                fail(
                  location,
                  `${ref.text} does not resolve: profile '${profileId}' (used by '${test.value.id}') ` +
                    `has no '${ref.path.join('.')}'`,
                );
              }
            }
          }
        }
      }
    });
  }
}

/** A dataset judged with expected_output match: regex uses each item's expected_output as the pattern. */
function checkExpectedOutputRegexes(suite: Collected, fail: Fail): void {
  const metrics = new Map(suite.metrics.map((m) => [m.value.id, m.value]));
  for (const dataset of suite.datasets) {
    const usesRegex = dataset.value.criteria.some((criterion) => {
      const metric = 'type' in criterion ? criterion : metrics.get(criterion.metric);
      return metric?.type === 'expected_output' && metric.match === 'regex';
    });
    if (!usesRegex) continue;
    dataset.value.items.forEach((item, index) => {
      if (item.expected_output === undefined) return;
      const compiled = compileUserRegex(item.expected_output);
      if (!compiled.ok) {
        fail(
          locate(dataset, 'items', index, 'expected_output'),
          `invalid regex ${JSON.stringify(item.expected_output)} ` +
            `(the dataset's expected_output uses match: regex): ${compiled.message}`,
        );
      }
    });
  }
}

function checkPassthroughTemplates(suite: Collected, fail: Fail): void {
  for (const tool of suite.tools) {
    for (const { text, sub } of stringsIn(tool.value.passthrough, ['passthrough'])) {
      const [ref] = findTemplateRefs(text);
      if (ref) {
        fail(
          locate(tool, ...sub),
          `${ref.text} in tool '${tool.value.name}' passthrough is never rendered: ` +
            'a passthrough URL and headers take `${ENV}` variables only',
        );
      }
    }
  }
}

function stringsIn(value: unknown, path: DataPath): { text: string; sub: DataPath }[] {
  if (typeof value === 'string') return value.includes('{{') ? [{ text: value, sub: path }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  return [];
}

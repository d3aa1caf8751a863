/**
 * A test's criteria as the judge sees them: named-metric references resolved,
 * baseline metrics attached (the seed's Expected Outcome, Infrastructure
 * Issues, Tool Call Success and Latency), every id unique within the test.
 */
import { MetricSchema, type Criterion, type Metric, type MetricType, type Scenario } from '../suite/schema.js';
import type { LoadedSuite } from '../suite/types.js';
import type { ResolvedCriterion } from './types.js';

/** Attached unless the user already listed a metric of that type. `latency` has no bound: it records, and passes. */
const BASELINE_TYPES = [
  'expected_outcome',
  'infrastructure',
  'tool_call_success',
  'latency',
] as const satisfies readonly MetricType[];

export function resolveCriteria(
  criteria: readonly Criterion[],
  metrics: LoadedSuite['metrics'],
  baseline: { readonly enabled: boolean; readonly scenario?: Scenario },
): ResolvedCriterion[] {
  const user = criteria.map((criterion) => resolveOne(criterion, metrics));
  const listed = new Set(user.map((metric) => metric.type));
  const added = baseline.enabled
    ? BASELINE_TYPES.filter((type) => !listed.has(type))
        .filter((type) => type !== 'expected_outcome' || baseline.scenario?.expected_outcome !== undefined)
        .map((type) => MetricSchema.parse({ type }))
    : [];
  const taken = new Set<string>();
  const uniqueId = (wanted: string): string => {
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    taken.add(id);
    return id;
  };
  return [
    ...user.map((metric) => ({ ...metric, id: uniqueId(metric.id ?? metric.type), baseline: false })),
    ...added.map((metric) => ({ ...metric, id: uniqueId(metric.type), baseline: true })),
  ];
}

const LLM_METRICS = new Set<ResolvedCriterion['type']>(['expected_outcome', 'rubric', 'fail_if']);

/** Whether a criterion is judged by the judge LLM (so it needs the judge's endpoint and key). */
export function usesLlm(criterion: ResolvedCriterion): boolean {
  return LLM_METRICS.has(criterion.type) || (criterion.type === 'expected_output' && criterion.match === 'llm');
}

function resolveOne(criterion: Criterion, metrics: LoadedSuite['metrics']): Metric {
  if (!('metric' in criterion)) return criterion;
  const named = metrics.find((metric) => metric.id === criterion.metric);
  // The loader rejects unknown references; this only guards a hand-built suite.
  if (!named) throw new Error(`planRun: unknown metric '${criterion.metric}'`);
  const { source: _source, ...metric } = named;
  return criterion.threshold === undefined ? metric : { ...metric, threshold: criterion.threshold };
}

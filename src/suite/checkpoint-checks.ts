/**
 * Checkpoints (`at:` on a criterion) the schema can not check alone: a `step`
 * names a condition of the test's scripted scenario (the message lists the ids
 * that exist); behavioral scenarios and datasets have no steps. A named metric
 * with a step is checked in every test that uses it, at the test's reference.
 */
import { locate, type Collected } from './collect.js';
import type { Checkpoint, Metric } from './schema.js';
import type { SourceLocation, SuiteIssue } from './types.js';

export function checkCheckpoints(suite: Collected): SuiteIssue[] {
  const issues: SuiteIssue[] = [];
  const fail = (location: SourceLocation, message: string): void =>
    void issues.push({ location, message, severity: 'error' });
  const named = new Map(suite.metrics.map((entry) => [entry.value.id, entry.value]));
  const atOf = (criterion: { metric: string } | Metric): { at?: Checkpoint; name: string; inline: boolean } => {
    if ('type' in criterion) return { ...pick(criterion.at), name: criterion.id ?? criterion.type, inline: true };
    return { ...pick(named.get(criterion.metric)?.at), name: criterion.metric, inline: false };
  };

  for (const entry of suite.tests) {
    const scenario = suite.scenarios.find((candidate) => candidate.value.id === entry.value.scenario)?.value;
    entry.value.criteria.forEach((criterion, index) => {
      const { at, name, inline } = atOf(criterion);
      if (!at || !('step' in at) || !scenario) return;
      const where = inline
        ? locate(entry, 'criteria', index, 'at', 'step')
        : locate(entry, 'criteria', index, 'metric');
      if (scenario.type !== 'scripted') {
        fail(
          where,
          `criterion '${name}': checkpoint step ${at.step} needs a scripted scenario; ` +
            `'${scenario.id}' is behavioral (use \`at: { turn: n }\`)`,
        );
        return;
      }
      const ids = scenario.conditional_actions.conditions.map((condition) => condition.id);
      if (!ids.includes(at.step))
        fail(
          where,
          `criterion '${name}': checkpoint step ${at.step} is not a condition of scenario '${scenario.id}' ` +
            `(its condition ids: ${ids.join(', ')})`,
        );
    });
  }
  for (const entry of suite.datasets)
    entry.value.criteria.forEach((criterion, index) => {
      const { at, name, inline } = atOf(criterion);
      if (!at || !('step' in at)) return;
      const where = inline
        ? locate(entry, 'criteria', index, 'at', 'step')
        : locate(entry, 'criteria', index, 'metric');
      fail(where, `criterion '${name}': datasets have no scripted steps (checkpoint step ${at.step})`);
    });
  return issues;
}

function pick(at: Checkpoint | undefined): { at?: Checkpoint } {
  return at ? { at } : {};
}

/** The step's outputs, for later steps (`steps.<id>.outputs.<name>`). */
import * as core from '@actions/core';
import type { Comparison } from '../compare/index.js';
import type { GateDecision } from '../gate/index.js';
import type { Results } from '../model/results.js';
import type { RunFiles } from './files.js';

export interface OutputsInput {
  readonly results: Results;
  readonly comparisons: readonly (Comparison | undefined)[];
  readonly gate: GateDecision;
  readonly files: RunFiles;
  readonly commentUrl?: string;
  readonly checkRunUrl?: string;
}

export function actionOutputs(input: OutputsInput): Record<string, string> {
  // A key can regress (or be fixed) against both the previous run and the baseline: count it once, as the gate does.
  const count = (category: 'regression' | 'fix') =>
    new Set(
      input.comparisons.flatMap((comparison) =>
        (comparison?.changes ?? []).filter((change) => change.category === category).map((change) => change.key),
      ),
    ).size;
  const passRate = input.results.totals.passRate;
  return {
    'pass-rate': passRate === null ? '' : String(Math.round(passRate * 10_000) / 10_000),
    passed: String(input.results.totals.passed),
    failed: String(input.results.totals.failed),
    regressions: String(count('regression')),
    fixes: String(count('fix')),
    verdict: input.gate.passed ? 'pass' : 'fail',
    'results-path': input.files.results,
    'report-path': input.files.html,
    'comment-url': input.commentUrl ?? '',
    'check-run-url': input.checkRunUrl ?? '',
  };
}

export function setOutputs(input: OutputsInput): void {
  for (const [name, value] of Object.entries(actionOutputs(input))) core.setOutput(name, value);
}

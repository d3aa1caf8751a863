/** What the bench reads off one simulated run besides "did the gate fail". */
import { definitionOf, pool } from '../../src/model/history.js';
import { renderComment } from '../../src/report/index.js';
import { detectability, referencePool, type Detectability } from '../../src/verdict/index.js';
import type { RunOutcome, SimTest } from './sim.js';

/** Comparisons of always-passing tests (rate 1.0) in this run, and how many were labelled flaky. */
export function flakyLabels(outcome: RunOutcome, tests: readonly SimTest[]): { compared: number; flaky: number } {
  const always = new Set(tests.filter((test) => test.rate >= 1).map((test) => test.id));
  let compared = 0;
  let flaky = 0;
  for (const change of outcome.evaluation.comparisons.previous?.changes ?? []) {
    if (!always.has(change.testId)) continue;
    compared += 1;
    if (change.category === 'flaky' || change.stability === 'flaky') flaky += 1;
  }
  return { compared, flaky };
}

/** Confirmation trials (beyond the plan) the run gave these keys. */
export function extraTrials(outcome: RunOutcome, keys: ReadonlySet<string>): number {
  return outcome.results.trials.filter((trial) => keys.has(trial.key) && trial.phase === 'confirmation').length;
}

/** Keys whose planned trials include an errored one. */
export function erroredKeys(outcome: RunOutcome): Set<string> {
  const keys = new Set<string>();
  for (const test of outcome.results.tests) if (test.errors > 0) keys.add(test.key);
  return keys;
}

/** What the reference of `key` can detect in this run (the pooled history the run compared it with). */
export function referenceDetectability(outcome: RunOutcome, key: string): Detectability & { referenceTrials: number } {
  const test = outcome.results.tests.find((t) => t.key === key);
  if (!test) throw new Error(`no test ${key}`);
  const entries = outcome.results.history?.[key] ?? [];
  const pooled = referencePool(entries, definitionOf(test));
  const alpha = outcome.results.gate?.comparisonAlpha ?? 0.05;
  const rate = pooled.trials > 0 ? pooled.passes / pooled.trials : undefined;
  const found = detectability({ referenceTrials: pooled.trials, planned: test.runs, alpha }, rate);
  return { ...found, referenceTrials: pooled.trials };
}

/** The run's comment or gate summary names what the reference can detect ("smallest detectable drop", "detect"). */
export function namesDetectableDrop(outcome: RunOutcome): boolean {
  const { gate, report } = outcome.evaluation;
  const text = [gate.summary, ...outcome.reasons, renderComment(report).text].join('\n');
  return /detect/i.test(text);
}

/** Pooled pass rate (all entries of the test's identity, as recorded) of `key` in the history the run carries. */
export function pooledRate(outcome: RunOutcome, key: string): { passes: number; trials: number } {
  const test = outcome.results.tests.find((t) => t.key === key);
  if (!test) throw new Error(`no test ${key}`);
  const pooled = pool(outcome.results.history?.[key] ?? [], definitionOf(test));
  return { passes: pooled.passes, trials: pooled.trials };
}

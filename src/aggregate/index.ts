/**
 * Aggregation (pure): trial results → one summary per test × variant, and
 * totals per run and per variant.
 */
import type { Trial } from '../plan/types.js';
import type { Confirmation, TestSummary, Totals, TrialResult, Usage } from '../model/results.js';
import { decideThreshold } from '../verdict/index.js';
import { RunSettingsSchema } from '../suite/schema.js';
import { percentile } from '../util/percentile.js';
import { failureDigest } from './failure-digest.js';
import { passHatK, requiredPasses, wilson95 } from './stats.js';
import { PARSED_ONCE } from '../model/parse-once.js';

export { choose, passHatK, requiredPasses, wilson95 } from './stats.js';

/**
 * The k of pass^k when neither the caller nor the test's info gives one: the suite schema's `run.pass_hat_k` default,
 * its one source.
 */
const SCHEMA_PASS_K = RunSettingsSchema.parse({}, PARSED_ONCE).pass_hat_k;

export interface SummaryOptions {
  /**
   * The k of pass^k (capped at n): the suite's `run.pass_hat_k`; default the test info's, else the schema's default.
   */
  readonly passK?: number;
  /**
   * Per key, what the run did beyond its plan (the runner's decisions); a test confirming its threshold is
   * judged by that rule.
   */
  readonly confirmations?: ReadonlyMap<string, Confirmation>;
}

/**
 * What a summary knows about a test before any trial ran (from the plan, or from a shard's summaries when merging):
 * these fields of TestSummary, one list for the type and for testInfoOf.
 */
const TEST_INFO_KEYS = [
  'key',
  'testId',
  'variant',
  'name',
  'kind',
  'tags',
  'priority',
  'personaId',
  'personaVersion',
  'scenarioId',
  'scenarioVersion',
  'profileVersion',
  'toolsVersion',
  'criteriaVersion',
  'judgeVersion',
  'agentVersion',
  'source',
  'runs',
  'minPassRate',
  'passK',
  'deterministic',
  'confirmation',
] as const satisfies readonly (keyof TestSummary)[];

export type TestInfo = Pick<TestSummary, (typeof TEST_INFO_KEYS)[number]>;

/** One entry per test key, in plan order (the first trial of each key). */
export function testInfosFromTrials(trials: readonly Trial[]): TestInfo[] {
  const infos = new Map<string, TestInfo>();
  for (const trial of trials) {
    if (infos.has(trial.key)) continue;
    infos.set(trial.key, {
      key: trial.key,
      testId: trial.testId,
      variant: trial.variant,
      ...(trial.name !== undefined ? { name: trial.name } : {}),
      kind: trial.kind,
      tags: [...trial.tags],
      priority: trial.priority,
      ...(trial.kind === 'conversation'
        ? {
            personaId: trial.persona.id,
            personaVersion: trial.persona.version,
            scenarioId: trial.scenario.id,
            scenarioVersion: trial.scenario.version,
          }
        : {}),
      ...(trial.versions
        ? {
            profileVersion: trial.versions.profile,
            toolsVersion: trial.versions.tools,
            criteriaVersion: trial.versions.criteria,
            judgeVersion: trial.versions.judge,
            agentVersion: trial.versions.agent,
          }
        : {}),
      source: { file: trial.source.file, line: trial.source.line, column: trial.source.column },
      runs: trial.runs,
      minPassRate: trial.minPassRate,
      ...(trial.deterministic ? { deterministic: true } : {}),
    });
  }
  return [...infos.values()];
}

/** A summary's test info: its TEST_INFO_KEYS fields that are set. */
export function testInfoOf(summary: TestSummary): TestInfo {
  const info: Partial<Record<(typeof TEST_INFO_KEYS)[number], unknown>> = {};
  for (const key of TEST_INFO_KEYS) if (summary[key] !== undefined) info[key] = summary[key];
  return info as TestInfo;
}

/** Summaries of the planned tests; a planned test with no finished trial is `not_run`. */
export function summarizeTests(
  trials: readonly Trial[],
  results: readonly TrialResult[],
  options: SummaryOptions = {},
): TestSummary[] {
  return summarizeInfos(testInfosFromTrials(trials), results, options);
}

/** A merged run keeps the k its shards used (testInfoOf carries it), unless options say otherwise. */
export function summarizeInfos(
  infos: readonly TestInfo[],
  results: readonly TrialResult[],
  options: SummaryOptions = {},
): TestSummary[] {
  const byKey = groupBy(results, (result) => result.key);
  return infos.map((info) => summarizeTest(info, byKey.get(info.key) ?? [], options));
}

/**
 * pass^k over the same n as the pass rate (passes + failures + errors: an
 * errored trial is not a pass), k = min(k, n); invalid trials stay out.
 * 3 passes and 2 errors is pass^3 0.10, not 1.00.
 */
export function passHatKOf(
  passes: number,
  failures: number,
  errors: number,
  k: number,
): Pick<TestSummary, 'passK' | 'passHatK'> {
  const counted = passes + failures + errors;
  const passK = Math.max(1, counted === 0 ? k : Math.min(k, counted));
  return { passK, passHatK: counted === 0 ? null : passHatK(passes, counted, passK) };
}

export function summarizeTest(
  info: TestInfo,
  results: readonly TrialResult[],
  options: SummaryOptions = {},
): TestSummary {
  const confirmation = options.confirmations?.get(info.key) ?? info.confirmation;
  const count = (status: TrialResult['status']) => results.filter((result) => result.status === status).length;
  const passes = count('pass');
  const failures = count('fail');
  const errors = count('error');
  const judged = passes + failures;
  // An errored trial is not a pass: it counts against the pass rate. Invalid
  // trials (a misbehaving simulator) say nothing about the agent and stay out.
  const counted = judged + errors;
  const latencies = results.flatMap(agentLatencies);
  const failure = failureDigest(results);
  const extra = results.filter((result) => result.phase === 'confirmation');
  return {
    ...info,
    trials: results.length,
    passes,
    failures,
    errors,
    invalid: count('invalid'),
    passRate: counted === 0 ? null : passes / counted,
    ...passHatKOf(passes, failures, errors, options.passK ?? info.passK ?? SCHEMA_PASS_K),
    wilson95: wilson95(passes, counted),
    verdict: testVerdict(
      info,
      results,
      confirmation?.reasons.includes('threshold') ?? false,
      (confirmation?.savedTrials ?? 0) > 0,
    ),
    costUsd: sum(results.map((result) => result.usage.costUsd)),
    latencyP50: percentile(latencies, 50),
    latencyP95: percentile(latencies, 95),
    failureCategories: countCategories(results),
    outcomes: outcomesInOrder(results),
    ...(confirmation ? { confirmation: { ...confirmation, extraUsd: sum(extra.map((t) => t.usage.costUsd)) } } : {}),
    ...(failure ? { failure } : {}),
  };
}

/**
 * A test's verdict, the one rule the runner (fail-fast) and the summary share. A test that got confirmation
 * trials for its threshold (`sequential`) is judged by the sequential threshold test on all its trials
 * (src/verdict/confirm-threshold.ts), as the runner decided it; any other test by the plain rule on its
 * planned trials, so trials another comparison asked for do not change it.
 */
export function testVerdict(
  info: Pick<TestInfo, 'runs' | 'minPassRate'>,
  results: readonly TrialResult[],
  sequential: boolean,
  stoppedEarly = false,
): TestSummary['verdict'] {
  if (sequential) {
    const passes = results.filter((result) => result.status === 'pass').length;
    const judged = passes + results.filter((result) => result.status === 'fail').length;
    if (judged > 0) {
      const current = { passes, trials: judged };
      const decision = decideThreshold({ current, planned: info.runs, threshold: info.minPassRate });
      if (decision.status === 'settled') return decision.outcome;
    }
  }
  const planned = results.filter((result) => result.index < info.runs);
  const count = (status: TrialResult['status']) => planned.filter((result) => result.status === status).length;
  const verdict = verdictOf(info, count('pass'), count('fail'), count('error'), count('invalid'));
  // Stopped early (its comparisons were settled): judged on what ran, never "not run" — it ran, and its counts
  // enter the history like any other run's.
  if (verdict === 'not_run' && stoppedEarly) return earlyVerdict(info, count('pass'), count('pass') + count('fail'));
  return verdict;
}

/** The verdict of a test stopped before its planned trials: the sequential rule where it settles, else its rate. */
function earlyVerdict(info: Pick<TestInfo, 'runs' | 'minPassRate'>, passes: number, trials: number) {
  if (trials === 0) return 'not_run' as const;
  if (info.minPassRate > 0 && info.minPassRate < 1) {
    const decision = decideThreshold({ current: { passes, trials }, planned: info.runs, threshold: info.minPassRate });
    if (decision.status === 'settled') return decision.outcome;
  }
  return passes >= info.minPassRate * trials - 1e-9 ? ('pass' as const) : ('fail' as const);
}

// A skipped trial (a dataset item without input) says nothing about the agent, like an invalid one.
const OUTCOME_LETTER: Record<TrialResult['status'], string> = {
  pass: 'p',
  fail: 'f',
  error: 'e',
  invalid: 'i',
  skipped: 'i',
};

/** The trials' outcomes by trial index, one letter each (TestSummary.outcomes). */
export function outcomesInOrder(results: readonly TrialResult[]): string {
  return [...results]
    .sort((a, b) => a.index - b.index)
    .map((result) => OUTCOME_LETTER[result.status])
    .join('');
}

/**
 * The verdict counts against the planned runs: it passes as soon as enough
 * trials passed, fails as soon as too many failed to ever reach that, and is
 * otherwise undecided: `error` when errors are the reason, `invalid` when an
 * invalid simulator is, `not_run` when trials are simply missing.
 */
export function verdictOf(
  info: Pick<TestInfo, 'runs' | 'minPassRate'>,
  passes: number,
  failures: number,
  errors: number,
  invalid: number,
): TestSummary['verdict'] {
  const required = requiredPasses(info.runs, info.minPassRate);
  if (passes + failures + errors + invalid === 0) return 'not_run';
  if (passes >= required) return 'pass';
  if (failures > info.runs - required) return 'fail';
  if (errors > 0) return 'error';
  if (invalid > 0) return 'invalid';
  return 'not_run';
}

export interface TotalsInput {
  readonly tests: readonly TestSummary[];
  readonly trials: readonly TrialResult[];
  readonly durationMs: number;
  /** What trials that did not finish cost (results' `unfinished`): part of the run's spend, in `usage`. */
  readonly unfinished?: Usage;
}

export function totals({ tests, trials, durationMs, unfinished }: TotalsInput): Totals {
  const verdicts = (verdict: TestSummary['verdict']) => tests.filter((test) => test.verdict === verdict).length;
  const passed = verdicts('pass');
  const failed = verdicts('fail');
  const errored = verdicts('error');
  const latencies = trials.flatMap(agentLatencies);
  // Errored tests count against the pass rate; invalid and not-run tests stay out.
  const counted = passed + failed + errored;
  return {
    tests: tests.length,
    passed,
    failed,
    errored,
    invalid: verdicts('invalid'),
    notRun: verdicts('not_run'),
    trials: trials.length,
    passRate: counted === 0 ? null : passed / counted,
    usage: sumUsage([...trials.map((trial) => trial.usage), ...(unfinished ? [unfinished] : [])]),
    durationMs,
    latencyP50: percentile(latencies, 50),
    latencyP95: percentile(latencies, 95),
    failureCategories: countCategories(trials),
  };
}

/** Totals for each variant, when more than one ran (the duration is the run's). */
export function variantTotals(
  tests: readonly TestSummary[],
  trials: readonly TrialResult[],
  durationMs: number,
): Record<string, Totals> {
  const variants = [...new Set(tests.map((test) => test.variant))];
  if (variants.length < 2) return {};
  return Object.fromEntries(
    variants.map((variant) => [
      variant,
      totals({
        tests: tests.filter((test) => test.variant === variant),
        trials: trials.filter((trial) => trial.variant === variant),
        durationMs,
      }),
    ]),
  );
}

export function sumUsage(usages: readonly Usage[]): Usage {
  return {
    inputTokens: sum(usages.map((usage) => usage.inputTokens)),
    outputTokens: sum(usages.map((usage) => usage.outputTokens)),
    costUsd: sum(usages.map((usage) => usage.costUsd)),
  };
}

/** Agent turn latencies (ms) of one trial, from its transcript (recorded turns took no time in this run). */
export function agentLatencies(result: Pick<TrialResult, 'transcript'>): number[] {
  return result.transcript.flatMap((event) =>
    event.type === 'agent_message' && !event.recorded ? [event.latencyMs] : [],
  );
}

function countCategories(results: readonly TrialResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { failureCategory } of results)
    if (failureCategory) counts[failureCategory] = (counts[failureCategory] ?? 0) + 1;
  return counts;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

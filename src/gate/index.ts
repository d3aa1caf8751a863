/**
 * The gate: from a run's results and its comparisons to pass/fail with the
 * reasons, for the action's exit status, the check run and the CLI.
 */
import type { Comparison, TestChange } from '../compare/types.js';
import type { FailOn, Results, SkippedTest } from '../model/results.js';
import { plural } from '../util/plural.js';
import { GateSchema, type Gate } from '../suite/schema.js';

export interface GateInput {
  readonly results: Results;
  readonly comparisons: readonly Comparison[];
  /** 0-1: the share of tests (pass, fail or error) that must pass. */
  readonly minPassRate: number;
  readonly failOn: readonly FailOn[];
  /**
   * `gate.allow_skipped`: tests that could not run for lack of a key or endpoint
   * pass the gate. Default: the results' recorded gate's, else false.
   */
  readonly allowSkipped?: boolean;
}

export interface GateDecision {
  readonly passed: boolean;
  /** Every reason the gate failed (or would have, with `fail_on: never`), most serious first. */
  readonly reasons: string[];
  /** One line: "❌ 2 critical regressions; pass rate 71% < 80%". */
  readonly summary: string;
  /**
   * Drops shown but not failing the gate: suspected ones the run could not confirm, and those its confirmation
   * trials did not confirm. Absent when there are none.
   */
  readonly notes?: string[];
}

const STOP_REASONS: Record<NonNullable<Results['stopReason']>, string> = {
  budget: 'the cost budget was reached',
  cancelled: 'it was cancelled',
  fail_fast: 'a critical test failed (fail_fast)',
};

export function percent(rate: number): string {
  const value = rate * 100;
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** Changes of one category across every comparison, once per key (a key can drop against history and baseline). */
function ofCategory(comparisons: readonly Comparison[], category: TestChange['category']): TestChange[] {
  const byKey = new Map<string, TestChange>();
  for (const comparison of comparisons) {
    for (const change of comparison.changes) if (change.category === category) byKey.set(change.key, change);
  }
  return [...byKey.values()];
}

/** Confirmed regressions only: a suspected or not-confirmed drop never fails the gate. */
function regressions(comparisons: readonly Comparison[]): TestChange[] {
  return ofCategory(comparisons, 'regression');
}

/** Drops listed beside the verdict without failing it. A key already a regression is not repeated. */
function dropNotes(comparisons: readonly Comparison[]): string[] {
  const regressed = new Set(regressions(comparisons).map((change) => change.key));
  const suspected = ofCategory(comparisons, 'suspected').filter((change) => !regressed.has(change.key));
  const named = new Set([...regressed, ...suspected.map((change) => change.key)]);
  const notConfirmed = ofCategory(comparisons, 'not_confirmed').filter((change) => !named.has(change.key));
  const notes: string[] = [];
  if (suspected.length) {
    const drops = suspected.length === 1 ? 'suspected drop' : `${suspected.length} suspected drops`;
    notes.push(`${drops}, not confirmed: rerun with confirmation`);
  }
  if (notConfirmed.length) notes.push(`${plural(notConfirmed.length, 'drop')} not confirmed by confirmation trials`);
  return notes;
}

function regressionReason(found: readonly TestChange[]): string | undefined {
  if (found.length === 0) return undefined;
  const critical = found.filter((change) => change.test.priority === 'critical').length;
  if (critical === found.length) return plural(critical, 'critical regression');
  return critical ? `${plural(found.length, 'regression')} (${critical} critical)` : plural(found.length, 'regression');
}

function runStateReason(results: Results): string | undefined {
  if (results.status === 'stopped') {
    const missing = results.missingShards;
    if (missing)
      return (
        `incomplete merge: ${plural(missing.indexes.length, 'shard')} of ${missing.total} missing ` +
        `(${missing.indexes.join(', ')})`
      );
    const why = results.stopReason ? ` because ${STOP_REASONS[results.stopReason]}` : '';
    return `run stopped${why}: ${plural(results.totals.notRun, 'test')} not run`;
  }
  if (results.status === 'failed') return 'run failed';
  if (results.status === 'running') return 'run did not finish';
  return undefined;
}

/**
 * "infrastructure: agent support-bot stopped after 5 errored trials in a row (12 trials not run): <the error>".
 * Errors are not evidence about the agent: a run the circuit breaker cut short fails, whatever the pass rate says.
 */
export function infrastructureReason(results: Pick<Results, 'infrastructure'>): string | undefined {
  const [first, ...more] = results.infrastructure ?? [];
  if (!first) return undefined;
  const what = first.agent !== undefined ? `agent ${first.agent}` : `test ${first.testKeys[0] ?? '?'}`;
  const others = more.length ? ` (and ${more.length} more)` : '';
  return (
    `infrastructure: ${what} stopped after ${first.erroredTrials} errored trials in a row` +
    ` (${plural(first.notRun, 'trial')} not run)${others}: ${first.message}`
  );
}

/** Skipped entries the gate judges: those that say what was missing (older files' skips do not). */
export function gatedSkips(results: Pick<Results, 'skipped'>): SkippedTest[] {
  return results.skipped.filter((entry) => entry.missing !== undefined);
}

/** "OPENAI_API_KEY is not set", "no judge is configured" or "AGENT_KEY was rejected (401)", for each distinct lack. */
function lackOf(entry: SkippedTest): string {
  const missing = entry.missing!;
  if (missing.status === 'rejected')
    return `${missing.envVar ?? 'the key'} was rejected by ${missing.url ?? 'its endpoint'}`;
  return missing.envVar ? `${missing.envVar} is not set` : `no ${missing.role} is configured`;
}

/**
 * "2 tests could not run: OPENAI_API_KEY is not set (simulator of scenario angry-refund)
 * — add the secret or set gate.allow_skipped: true". Counted as test × variant runs, like the tests.
 */
export function skippedReason(skipped: readonly SkippedTest[]): string | undefined {
  if (skipped.length === 0) return undefined;
  const byLack = new Map<string, Set<string>>();
  for (const entry of skipped) {
    const lack = lackOf(entry);
    const scenarios = byLack.get(lack) ?? new Set<string>();
    if (entry.missing?.scenarioId) scenarios.add(entry.missing.scenarioId);
    byLack.set(lack, scenarios);
  }
  const lacks = [...byLack].map(([lack, scenarios]) => {
    const ids = [...scenarios];
    const which = ids.length ? ` (simulator of scenario${ids.length === 1 ? '' : 's'} ${ids.join(', ')})` : '';
    return `${lack}${which}`;
  });
  const keys = [...byLack.keys()];
  const fix = keys.some((lack) => lack.includes('was rejected'))
    ? 'fix the secret'
    : keys.some((lack) => lack.endsWith('is not set'))
      ? 'add the secret'
      : 'configure it';
  const count = plural(skipped.length, 'test');
  return `${count} could not run: ${lacks.join('; ')} — ${fix} or set gate.allow_skipped: true`;
}

function collectReasons(input: GateInput): string[] {
  const { results, failOn, minPassRate } = input;
  const reasons: (string | undefined)[] = [runStateReason(results), infrastructureReason(results)];
  const allowSkipped = input.allowSkipped ?? results.gate?.allowSkipped ?? false;
  if (!allowSkipped) reasons.push(skippedReason(gatedSkips(results)));
  const regressed = failOn.includes('regression') ? regressions(input.comparisons) : [];
  reasons.push(regressionReason(regressed));
  const failing = results.tests.filter((test) => test.verdict === 'fail' || test.verdict === 'error');
  if (failOn.includes('critical')) {
    // A critical test already named as a critical regression is not counted twice.
    const named = new Set(
      regressed.filter((change) => change.test.priority === 'critical').map((change) => change.key),
    );
    const critical = failing.filter((test) => test.priority === 'critical' && !named.has(test.key)).length;
    if (critical) reasons.push(`${plural(critical, 'critical test')} failing`);
  }
  const passRate = results.totals.passRate;
  if (minPassRate > 0 && passRate === null)
    reasons.push(`no test produced a verdict (min pass rate ${percent(minPassRate)})`);
  if (passRate !== null && passRate < minPassRate)
    reasons.push(`pass rate ${percent(passRate)} < ${percent(minPassRate)}`);
  if (failOn.includes('any-failure') && failing.length) reasons.push(`${plural(failing.length, 'test')} failing`);
  return reasons.filter((reason): reason is string => reason !== undefined);
}

function passedSummary(input: GateInput): string {
  const { totals } = input.results;
  const rate = totals.passRate === null ? 'no verdicts' : `pass rate ${percent(totals.passRate)}`;
  const threshold = input.minPassRate > 0 ? ` (min ${percent(input.minPassRate)})` : '';
  // Allowed skips still show in the headline: a green check must not hide tests that never ran.
  const count = input.results.skipped.length;
  const allowed = gatedSkips(input.results).length > 0 ? ' (allowed)' : '';
  const skipped = count ? `; ${count} skipped${allowed}` : '';
  return `✅ ${totals.passed}/${totals.tests} tests passed; ${rate}${threshold}${skipped}`;
}

export function evaluateGate(input: GateInput): GateDecision {
  const reasons = collectReasons(input);
  const notes = input.failOn.includes('regression') ? dropNotes(input.comparisons) : [];
  const withNotes = notes.length ? { notes } : {};
  const noted = notes.length ? ` (${notes.join('; ')})` : '';
  if (reasons.length === 0) return { passed: true, reasons, summary: `${passedSummary(input)}${noted}`, ...withNotes };
  if (input.failOn.includes('never')) {
    return {
      passed: true,
      reasons,
      summary: `⚠️ gate off (fail_on: never): ${reasons.join('; ')}${noted}`,
      ...withNotes,
    };
  }
  return { passed: false, reasons, summary: `❌ ${reasons.join('; ')}${noted}`, ...withNotes };
}

/** The settings a run is judged with; recorded in its results file as `gate`. */
export type GateSettings = NonNullable<Results['gate']>;

export function gateSettingsOf(gate: Gate): GateSettings {
  return {
    minPassRate: gate.min_pass_rate,
    failOn: [...gate.fail_on],
    alpha: gate.alpha,
    allowSkipped: gate.allow_skipped,
  };
}

export const DEFAULT_GATE: GateSettings = gateSettingsOf(GateSchema.parse({}));

export function describeGateSettings(settings: GateSettings): string {
  const skipped = settings.allowSkipped ? ', skipped tests allowed' : '';
  const failOn = settings.failOn.join(', ') || 'nothing';
  return `min pass rate ${percent(settings.minPassRate)}, fail on ${failOn}, α ${settings.alpha}${skipped}`;
}

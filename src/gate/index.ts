/**
 * The gate: from a run's results and its comparisons to pass/fail with the
 * reasons, for the action's exit status, the check run and the CLI.
 */
import type { Comparison, TestChange } from '../compare/types.js';
import type { FailOn, Results } from '../model/results.js';
import { plural } from '../util/plural.js';
import { GateSchema, type Gate } from '../suite/schema.js';

export interface GateInput {
  readonly results: Results;
  readonly comparisons: readonly Comparison[];
  /** 0-1: the share of tests (pass, fail or error) that must pass. */
  readonly minPassRate: number;
  readonly failOn: readonly FailOn[];
}

export interface GateDecision {
  readonly passed: boolean;
  /** Every reason the gate failed (or would have, with `fail_on: never`), most serious first. */
  readonly reasons: string[];
  /** One line: "❌ 2 critical regressions; pass rate 71% < 80%". */
  readonly summary: string;
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

/** Regressions across every comparison, once per key (a key can regress against the previous run and the baseline). */
function regressions(comparisons: readonly Comparison[]): TestChange[] {
  const byKey = new Map<string, TestChange>();
  for (const comparison of comparisons) {
    for (const change of comparison.changes) if (change.category === 'regression') byKey.set(change.key, change);
  }
  return [...byKey.values()];
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
    if (missing) return `incomplete merge: ${plural(missing.indexes.length, 'shard')} of ${missing.total} missing (${missing.indexes.join(', ')})`;
    const why = results.stopReason ? ` because ${STOP_REASONS[results.stopReason]}` : '';
    return `run stopped${why}: ${plural(results.totals.notRun, 'test')} not run`;
  }
  if (results.status === 'failed') return 'run failed';
  if (results.status === 'running') return 'run did not finish';
  return undefined;
}

function collectReasons(input: GateInput): string[] {
  const { results, failOn, minPassRate } = input;
  const reasons: (string | undefined)[] = [runStateReason(results)];
  const regressed = failOn.includes('regression') ? regressions(input.comparisons) : [];
  reasons.push(regressionReason(regressed));
  const failing = results.tests.filter((test) => test.verdict === 'fail' || test.verdict === 'error');
  if (failOn.includes('critical')) {
    // A critical test already named as a critical regression is not counted twice.
    const named = new Set(regressed.filter((change) => change.test.priority === 'critical').map((change) => change.key));
    const critical = failing.filter((test) => test.priority === 'critical' && !named.has(test.key)).length;
    if (critical) reasons.push(`${plural(critical, 'critical test')} failing`);
  }
  const passRate = results.totals.passRate;
  if (minPassRate > 0 && passRate === null) reasons.push(`no test produced a verdict (min pass rate ${percent(minPassRate)})`);
  if (passRate !== null && passRate < minPassRate) reasons.push(`pass rate ${percent(passRate)} < ${percent(minPassRate)}`);
  if (failOn.includes('any-failure') && failing.length) reasons.push(`${plural(failing.length, 'test')} failing`);
  return reasons.filter((reason): reason is string => reason !== undefined);
}

function passedSummary(input: GateInput): string {
  const { totals } = input.results;
  const rate = totals.passRate === null ? 'no verdicts' : `pass rate ${percent(totals.passRate)}`;
  const threshold = input.minPassRate > 0 ? ` (min ${percent(input.minPassRate)})` : '';
  return `✅ ${totals.passed}/${totals.tests} tests passed; ${rate}${threshold}`;
}

export function evaluateGate(input: GateInput): GateDecision {
  const reasons = collectReasons(input);
  if (reasons.length === 0) return { passed: true, reasons, summary: passedSummary(input) };
  if (input.failOn.includes('never')) {
    return { passed: true, reasons, summary: `⚠️ gate off (fail_on: never): ${reasons.join('; ')}` };
  }
  return { passed: false, reasons, summary: `❌ ${reasons.join('; ')}` };
}

/** The settings a run is judged with; recorded in its results file as `gate`. */
export type GateSettings = NonNullable<Results['gate']>;

export function gateSettingsOf(gate: Gate): GateSettings {
  return { minPassRate: gate.min_pass_rate, failOn: [...gate.fail_on], alpha: gate.alpha };
}

export const DEFAULT_GATE: GateSettings = gateSettingsOf(GateSchema.parse({}));

export function describeGateSettings(settings: GateSettings): string {
  return `min pass rate ${percent(settings.minPassRate)}, fail on ${settings.failOn.join(', ') || 'nothing'}, α ${settings.alpha}`;
}

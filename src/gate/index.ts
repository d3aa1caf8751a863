/**
 * The gate: from a run's results and its comparisons to pass/fail with the
 * reasons, for the action's exit status, the check run and the CLI.
 */
import type { Comparison, TestChange } from '../compare/types.js';
import type { FailOn, Results, SkippedTest } from '../model/results.js';
import { plural } from '../util/plural.js';
import { GateSchema, type Gate } from '../suite/schema.js';
import { INFRASTRUCTURE_SHARE, type Unreferenced } from '../verdict/index.js';
import { sanitizeForTerminal } from '../util/terminal.js';
import { truncate } from '../util/text.js';
import { PARSED_ONCE } from '../model/parse-once.js';

/** The error quoted in the infrastructure reason is cut to this length. */
const MAX_QUOTED_ERROR = 160;

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
  /**
   * Keys with nothing to be compared with (src/pipeline/comparison-plan.ts): new or changed tests, held to their own
   * threshold under any fail_on.
   */
  readonly unreferenced?: (key: string) => Unreferenced | undefined;
  /** Notes the gate's caller adds beside the verdict (a reference too small to decide), after the drop notes. */
  readonly extraNotes?: readonly string[];
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

/**
 * Drops listed beside the verdict without failing it. A key already a regression is not repeated. Confirmed
 * regressions this gate's fail_on does not gate are said plainly, with what a gate on regressions would decide.
 */
function dropNotes(comparisons: readonly Comparison[], failOn: readonly FailOn[]): string[] {
  const confirmed = regressions(comparisons);
  const regressed = new Set(confirmed.map((change) => change.key));
  const suspected = ofCategory(comparisons, 'suspected').filter((change) => !regressed.has(change.key));
  const named = new Set([...regressed, ...suspected.map((change) => change.key)]);
  const notConfirmed = ofCategory(comparisons, 'not_confirmed').filter((change) => !named.has(change.key));
  const notes: string[] = [];
  if (confirmed.length && !failOn.includes('regression')) {
    const ids = confirmed.slice(0, 5).map((change) => change.key);
    const more = confirmed.length > ids.length ? `, +${confirmed.length - ids.length} more` : '';
    notes.push(
      `${plural(confirmed.length, 'confirmed regression')} not gated by fail_on [${failOn.join(', ')}]; ` +
        `a PR gate with fail_on [regression] would have failed: ${ids.join(', ')}${more}`,
    );
  }
  if (suspected.length) {
    const drops = suspected.length === 1 ? 'suspected drop' : `${suspected.length} suspected drops`;
    notes.push(`${drops} the run could not confirm, not failing the gate`);
  }
  if (notConfirmed.length) notes.push(`${plural(notConfirmed.length, 'drop')} not confirmed by confirmation trials`);
  return notes;
}

/** A gate line names at most this many variants: it must stay one line whatever the run compares. */
const MAX_NAMED_VARIANTS = 5;

/**
 * `nameVariants`: the run compares several variants with its baseline, so the reason says which of them regressed
 * ("1 regression in variant gpt-y").
 */
function regressionReason(found: readonly TestChange[], nameVariants = false): string | undefined {
  if (found.length === 0) return undefined;
  const critical = found.filter((change) => change.test.priority === 'critical').length;
  const variants = [...new Set(found.map((change) => change.test.variant))];
  const named = variants.slice(0, MAX_NAMED_VARIANTS).join(', ');
  const more = variants.length > MAX_NAMED_VARIANTS ? `, +${variants.length - MAX_NAMED_VARIANTS} more` : '';
  const where = nameVariants ? ` in ${variants.length === 1 ? 'variant' : 'variants'} ${named}${more}` : '';
  if (critical === found.length) return `${plural(critical, 'critical regression')}${where}`;
  return critical
    ? `${plural(found.length, 'regression')}${where} (${critical} critical)`
    : `${plural(found.length, 'regression')}${where}`;
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
 * "infrastructure: agent support-bot stopped after 5 errored trials in a row (12 trials not run): <the error>", or
 * "infrastructure: simulator (model gpt-4o-mini) stopped …" when the simulated user's endpoint was down (the judge's
 * likewise): the team reading it debugs the system that failed. Errors are not evidence about the agent: a run the
 * circuit breaker cut short fails, whatever the pass rate says.
 */
function breakerReason(results: Pick<Results, 'infrastructure'>): string | undefined {
  const [first, ...more] = results.infrastructure ?? [];
  if (!first) return undefined;
  const what = stoppedWhat(first);
  const others = more.length ? ` (and ${more.length} more)` : '';
  return (
    `infrastructure: ${what} stopped after ${first.erroredTrials} errored trials in a row` +
    ` (${plural(first.notRun, 'trial')} not run)${others}: ${quoteExternal(first.message)}`
  );
}

/** A model name longer than this is clipped in the gate's line. */
const MAX_MODEL_CHARS = 80;

/** What the breaker stopped, by name: "agent support-bot", "simulator (model gpt-4o-mini)", "test greet@default". */
function stoppedWhat(entry: NonNullable<Results['infrastructure']>[number]): string {
  // The model is the suite's free text, shown as is where the gate line goes (a terminal, markdown, a check run's
  // title): kept to the characters model names use, so it can neither format, link nor open a quote of this line.
  const model = truncate((entry.model ?? '?').replace(/[^\w.:/@+-]+/g, '?'), MAX_MODEL_CHARS);
  if (entry.role === 'simulator' || entry.role === 'judge') return `${entry.role} (model ${model})`;
  return entry.agent !== undefined ? `agent ${entry.agent}` : `test ${entry.testKeys[0] ?? '?'}`;
}

/**
 * What an agent or an endpoint said, quoted in the gate's own line: one line, no control characters, clipped, between
 * double quotes, its own double quotes made single (so the quotes delimit it; the gate's own text has none). Each
 * output escapes that span for its medium: in the markdown report a reply of `@octocat <img …> [click](…)` must not
 * mention, render or link.
 */
export function quoteExternal(text: string): string {
  const oneLine = sanitizeForTerminal(text).replace(/"/g, "'").replace(/\s+/g, ' ').trim();
  return `"${truncate(oneLine, MAX_QUOTED_ERROR)}"`;
}

/** The quoted spans of a gate line (quoteExternal), for an output that escapes them. */
export const QUOTED_EXTERNAL = /"([^"]*)"/g;

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

/**
 * The run failed as infrastructure: the circuit breaker stopped an agent or a test (its own line), else tests whose
 * errored trials outnumber their verdicts: "infrastructure: 20 tests errored in most trials (100 errored trials):
 * "connect ECONNREFUSED 127.0.0.1:9"". Either way the gate fails, whatever the pass rate says.
 */
export function infrastructureReason(results: Pick<Results, 'tests' | 'infrastructure'>): string | undefined {
  return breakerReason(results) ?? erroredTestsReason(results);
}

function erroredTestsReason(results: Pick<Results, 'tests'>): string | undefined {
  const broken = results.tests.filter(
    // The share that keeps a history entry out of pooling (verdict/history-hygiene.ts): one rule for "not evidence".
    (test) => test.errors > 0 && test.errors > INFRASTRUCTURE_SHARE * (test.passes + test.failures + test.errors),
  );
  if (broken.length === 0) return undefined;
  const errored = broken.reduce((sum, test) => sum + test.errors, 0);
  const messages = new Map<string, number>();
  for (const test of broken) {
    const first = test.failure?.trialReasons[0];
    if (first) messages.set(first, (messages.get(first) ?? 0) + test.errors);
  }
  const common = [...messages].sort((a, b) => b[1] - a[1])[0]?.[0];
  const quoted = common ? `: ${quoteExternal(common)}` : '';
  const tests = plural(broken.length, 'test');
  return `infrastructure: ${tests} errored in most trials (${plural(errored, 'errored trial')})${quoted}`;
}

/** New or changed tests (nothing to compare with) that fail their own threshold. */
function unreferencedReason(input: GateInput): string | undefined {
  const { unreferenced } = input;
  if (!unreferenced) return undefined;
  const failing = input.results.tests.filter((test) => test.verdict === 'fail' && unreferenced(test.key) !== undefined);
  if (failing.length === 0) return undefined;
  const changed = failing.filter((test) => unreferenced(test.key) === 'changed').length;
  const what = changed === failing.length ? 'changed test' : changed === 0 ? 'new test' : 'new or changed test';
  const ids = failing.slice(0, 5).map((test) => test.key);
  const more = failing.length > ids.length ? `, +${failing.length - ids.length} more` : '';
  const their = failing.length === 1 ? 'its' : 'their';
  return `${plural(failing.length, what)} below ${their} threshold (${ids.join(', ')}${more})`;
}

/**
 * The tests and totals the gate judges. In a run against the base revision (`rehearse run --base`) the baseline
 * variant is the base revision itself: the reference, not what is under test, so only this revision's side counts.
 */
function judged(results: Results): { tests: Results['tests']; totals: Results['totals'] } {
  if (!results.baseSide) return { tests: results.tests, totals: results.totals };
  return {
    tests: results.tests.filter((test) => test.variant !== 'baseline'),
    totals: results.variantTotals['candidate'] ?? results.totals,
  };
}

function collectReasons(input: GateInput): string[] {
  const { results, failOn, minPassRate } = input;
  const { tests, totals } = judged(results);
  const reasons: (string | undefined)[] = [runStateReason(results), infrastructureReason(results)];
  const allowSkipped = input.allowSkipped ?? results.gate?.allowSkipped ?? false;
  if (!allowSkipped) reasons.push(skippedReason(gatedSkips(results)));
  const regressed = failOn.includes('regression') ? regressions(input.comparisons) : [];
  reasons.push(
    regressionReason(
      regressed,
      input.comparisons.some((comparison) => comparison.byVariant),
    ),
  );
  reasons.push(unreferencedReason(input));
  const failing = tests.filter((test) => test.verdict === 'fail' || test.verdict === 'error');
  if (failOn.includes('critical')) {
    // A critical test already named as a critical regression is not counted twice.
    const named = new Set(
      regressed.filter((change) => change.test.priority === 'critical').map((change) => change.key),
    );
    const critical = failing.filter((test) => test.priority === 'critical' && !named.has(test.key)).length;
    if (critical) reasons.push(`${plural(critical, 'critical test')} failing`);
  }
  const passRate = totals.passRate;
  if (minPassRate > 0 && passRate === null)
    reasons.push(`no test produced a verdict (min pass rate ${percent(minPassRate)})`);
  if (passRate !== null && passRate < minPassRate)
    reasons.push(`pass rate ${percent(passRate)} < ${percent(minPassRate)}`);
  if (failOn.includes('any-failure') && failing.length) reasons.push(`${plural(failing.length, 'test')} failing`);
  return reasons.filter((reason): reason is string => reason !== undefined);
}

function passedSummary(input: GateInput): string {
  const { totals } = judged(input.results);
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
  const notes = [...dropNotes(input.comparisons, input.failOn), ...(input.extraNotes ?? [])];
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

export const DEFAULT_GATE: GateSettings = gateSettingsOf(GateSchema.parse({}, PARSED_ONCE));

export function describeGateSettings(settings: GateSettings): string {
  const skipped = settings.allowSkipped ? ', skipped tests allowed' : '';
  const failOn = settings.failOn.join(', ') || 'nothing';
  return `min pass rate ${percent(settings.minPassRate)}, fail on ${failOn}, α ${settings.alpha}${skipped}`;
}

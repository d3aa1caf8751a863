/**
 * The planner: sets × tests × run counts × variants expanded into trials,
 * ordered critical → high → normal → low (declaration order within a
 * priority), filtered, and sharded by test id deterministically.
 */
import type { Missing, SkippedTest } from '../model/results.js';
import type { ModelEndpoint, Priority, Scenario } from '../suite/schema.js';
import type { LoadedSuite, VariantId } from '../suite/types.js';
import { MAX_TRIALS } from '../suite/limits.js';
import { ConfigurationError } from '../util/errors.js';
import { formatCount } from '../util/plural.js';
import { selectUnits, type Unit } from './select.js';
import { buildTrial, scenarioOf } from './trial.js';
import { agentKey, simulatorKey, type Lack, type Unavailable } from './availability.js';
import { simulatorFor } from './simulator.js';
import { usesLlm } from './criteria.js';
import { testKey, type Plan, type Shard, type Trial } from './types.js';
import { planVariants } from './variants.js';

export type { Plan, Shard, Trial } from './types.js';
export { agentKey, simulatorKey, type Lack, type Unavailable } from './availability.js';
export { usesLlm } from './criteria.js';

export interface PlanOptions {
  readonly variants?: readonly VariantId[];
  readonly tags?: readonly string[];
  readonly testIds?: readonly string[];
  readonly sets?: readonly string[];
  /** Overrides every run count. */
  readonly runs?: number;
  readonly shard?: Shard;
  /**
   * Whether the simulated user can be reached: one answer for every test, or one per simulator endpoint (a persona
   * may name its own model, base URL or key).
   */
  readonly simulatorAvailable: boolean | ((endpoint: ModelEndpoint) => boolean);
  /**
   * What the judge and the agents lack (and the simulator, when it is configured and its key set but rejected):
   * tests that need them are skipped with the setting named. Absent: all of them can be used.
   */
  readonly unavailable?: Unavailable;
}

const PRIORITY_ORDER: readonly Priority[] = ['critical', 'high', 'normal', 'low'];

export function planRun(suite: LoadedSuite, options: PlanOptions): Plan {
  const { ids: variants, baseline } = planVariants(suite, options.variants);
  const units = selectUnits(suite, options)
    .map((unit, order) => ({ unit, order, rank: PRIORITY_ORDER.indexOf(priorityOf(unit)) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ unit }) => unit);
  const owned = shardUnits(units, options.shard);
  checkTrialCount(
    units.filter((unit) => owned.has(unit)),
    variants.length,
  );

  const trials: Trial[] = [];
  const skipped: SkippedTest[] = [];
  const otherShards: Trial[] = [];
  for (const unit of units) {
    // Each variant may run against another agent (or another endpoint of it): each can lack something else.
    const missing = new Map(variants.map((variant) => [variant, missingFor(suite, unit, variant, options)] as const));
    if (!owned.has(unit)) {
      for (const variant of variants) if (!missing.get(variant)) otherShards.push(buildTrial(suite, unit, variant, 0));
      continue;
    }
    for (const variant of variants) {
      const lack = missing.get(variant);
      if (lack) skipped.push(skippedEntry(unit, variant, lack));
    }
    const running = variants.filter((variant) => !missing.get(variant));
    // Variants interleave (b#0, c#0, b#1, c#1…) so a run stopped early still compares like with like.
    // A test's trials differ only in their index: built once per variant, they share everything else (a 1,000-run
    // test hashed its definition 1,000 times, and held 1,000 copies of it).
    const first = running.map((variant) => buildTrial(suite, unit, variant, 0));
    for (let index = 0; index < unit.runs; index++)
      for (const trial of first) trials.push(index === 0 ? trial : { ...trial, id: `${trial.key}#${index}`, index });
  }
  return {
    trials,
    variants,
    ...(baseline !== undefined ? { baseline } : {}),
    ...(options.shard ? { shard: options.shard, otherShards } : {}),
    skipped,
  };
}

/** Counted before any trial is built, so a huge count fails at once instead of exhausting memory. */
function checkTrialCount(units: readonly Unit[], variantCount: number): void {
  const total = units.reduce((sum, unit) => sum + unit.runs, 0) * variantCount;
  if (total > MAX_TRIALS) {
    throw new ConfigurationError(
      `the run would have ${total} trials (tests × runs × ${variantCount} variant(s)); ` +
        `at most ${MAX_TRIALS} are allowed: ` +
        'lower `runs`, or select fewer tests with --test, --tags, --set or sharding',
    );
  }
}

/**
 * The shard count's bound: a plan has at most MAX_TRIALS trials, so past it some shards are sure to be empty (and
 * digits beyond 2^53 would no longer read as the number written).
 */
export const MAX_SHARDS = MAX_TRIALS;
export const SHARD_EXPECTED = `'i/n' with 1 <= i <= n <= ${formatCount(MAX_SHARDS)}, e.g. '2/4'`;

/** "2/4" → { index: 2, total: 4 }. */
export function parseShard(text: string): Shard {
  const match = /^\s*([0-9]+)\s*\/\s*([0-9]+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total || total > MAX_SHARDS) {
    throw new ConfigurationError(`invalid shard '${text}': expected ${SHARD_EXPECTED}`);
  }
  return { index, total };
}

/**
 * The tests this shard runs. Tests (not test × variant keys) are dealt
 * round-robin in plan order, so every shard gets its share of critical tests,
 * all trials of a test stay together (their pass rate needs them in one
 * place), and baseline and candidate of a test run side by side in the same
 * shard, under the same limits and conditions.
 */
function shardUnits(units: readonly Unit[], shard: Shard | undefined): Set<Unit> {
  return new Set(shard ? units.filter((_, position) => position % shard.total === shard.index - 1) : units);
}

function priorityOf(unit: Unit): Priority {
  return unit.kind === 'conversation' ? unit.test.priority : unit.dataset.priority;
}

/**
 * What a unit lacks to run under a variant, or undefined when it can run: the agent first (without it nothing
 * runs), then the simulator, then the judge. `simulatorAvailable` is false either because no `simulator:` is
 * configured or because its key variable is not set (see simulatorAvailable in src/llm): which one, the suite says.
 */
function missingFor(suite: LoadedSuite, unit: Unit, variant: VariantId, options: PlanOptions): Missing | undefined {
  const unavailable = options.unavailable;
  const trial = unavailable?.judge || unavailable?.agents?.size ? buildTrial(suite, unit, variant, 0) : undefined;
  const agentLack = trial ? unavailable?.agents?.get(agentKey(trial.agent)) : undefined;
  if (trial && agentLack)
    return { role: 'agent', agentId: trial.agent.id, need: `agent '${trial.agent.id}'`, ...lackFields(agentLack) };
  const judged = trial?.criteria.filter(usesLlm) ?? [];
  const judgeLack = judged.length > 0 ? unavailable?.judge : undefined;
  const simulator = simulatorMissing(suite, unit, options);
  // Both lacking: the simulator is named (it stops the conversation first), the judge is kept as well for the advice.
  if (simulator)
    return judgeLack ? { ...simulator, also: [{ role: 'judge', ...withoutUrl(lackFields(judgeLack)) }] } : simulator;
  if (!judgeLack) return undefined;
  const types = [...new Set(judged.map((criterion) => criterion.type))].join(', ');
  return { role: 'judge', need: `LLM-judged criteria (${types})`, ...lackFields(judgeLack) };
}

function withoutUrl({ url: _url, ...fields }: Omit<Missing, 'role' | 'need'>): Omit<Missing, 'role' | 'need' | 'url'> {
  return fields;
}

function simulatorMissing(suite: LoadedSuite, unit: Unit, options: PlanOptions): Missing | undefined {
  const scenario = scenarioOf(suite, unit);
  if (!scenario || unit.kind !== 'conversation') return undefined;
  const persona = suite.personas.find((candidate) => candidate.id === unit.test.persona);
  const { endpoint } = simulatorFor(suite.simulator, persona);
  const available =
    typeof options.simulatorAvailable === 'function'
      ? endpoint !== undefined && options.simulatorAvailable(endpoint)
      : options.simulatorAvailable;
  const rejected = endpoint ? rejectedSimulator(options.unavailable, endpoint) : options.unavailable?.simulator;
  if (available && !rejected) return undefined;
  const need = simulatorNeed(scenario);
  if (!need) return undefined;
  const base = { role: 'simulator' as const, need, scenarioId: scenario.id };
  if (available && rejected) return { ...base, ...lackFields(rejected) };
  return endpoint ? { ...base, envVar: endpoint.api_key_env } : { ...base, endpoint: true };
}

/** The refused key of this simulator endpoint (probed one by one), or of "the simulator" when only that is known. */
function rejectedSimulator(unavailable: Unavailable | undefined, endpoint: ModelEndpoint): Lack | undefined {
  if (unavailable?.simulators) return unavailable.simulators.get(simulatorKey(endpoint));
  return unavailable?.simulator;
}

/** A lack as recorded in the results: `status` only when rejected, so files of missing keys read as before. */
export function lackFields(lack: Lack): Omit<Missing, 'role' | 'need'> {
  return {
    ...(lack.status === 'rejected' ? { status: 'rejected' as const } : {}),
    ...(lack.envVar ? { envVar: lack.envVar } : {}),
    ...(lack.endpoint ? { endpoint: true } : {}),
    ...(lack.url ? { url: lack.url } : {}),
  };
}

const ROLE_KEY: Record<Missing['role'], string> = {
  simulator: "the simulator's API key",
  judge: "the judge's API key",
  agent: "the agent's API key",
};

/** One line: what needs the simulator, the judge or the agent, and what it lacks. */
export function skipReasonOf(missing: Missing): string {
  return `${missing.need}: ${lackText(missing)}`;
}

/** "OPENAI_API_KEY is not set (the judge's API key)", "AGENT_URL is not set (url ${AGENT_URL})"… */
export function lackText(missing: Missing): string {
  const { role } = missing;
  if (missing.status === 'rejected')
    return `the key in ${missing.envVar ?? '(no variable)'} was rejected by ${missing.url ?? `the ${role}'s endpoint`}`;
  if (!missing.envVar) return `no ${role} LLM is configured (add \`${role}:\` to the suite)`;
  const what = role === 'agent' && missing.url ? `url ${missing.url}` : ROLE_KEY[role];
  return `${missing.envVar} is not set (${what})`;
}

function skippedEntry(unit: Unit, variant: VariantId, missing: Missing): SkippedTest {
  const owner = unit.kind === 'conversation' ? unit.test : unit.dataset;
  const name = unit.kind === 'conversation' ? unit.test.name : undefined;
  return {
    key: testKey(unit.testId, variant),
    reason: skipReasonOf(missing),
    testId: unit.testId,
    variant,
    ...(name ? { name } : {}),
    priority: owner.priority,
    tags: [...unit.tags],
    source: { file: owner.source.file, line: owner.source.line, column: owner.source.column },
    runs: unit.runs,
    missing,
  };
}

/** Why a scenario can not run without the simulator LLM, or undefined when it can (deterministic scripts). */
export function simulatorNeed(scenario: Scenario): string | undefined {
  if (scenario.type === 'behavioral') return `behavioral scenario '${scenario.id}'`;
  if (scenario.match === 'llm')
    return `scripted scenario '${scenario.id}' matches conditions with the LLM (match: llm)`;
  const phrased = scenario.conditional_actions.conditions.find((c) => !c.fixed_message);
  return phrased
    ? `scripted scenario '${scenario.id}' has a phrased action (condition ${phrased.id}, fixed_message: false)`
    : undefined;
}

/**
 * The planner: sets × tests × run counts × variants expanded into trials,
 * ordered critical → high → normal → low (declaration order within a
 * priority), filtered, and sharded by test id deterministically.
 */
import type { Missing, SkippedTest } from '../model/results.js';
import type { Priority, Scenario } from '../suite/schema.js';
import type { LoadedSuite, VariantId } from '../suite/types.js';
import { MAX_TRIALS } from '../suite/limits.js';
import { ConfigurationError } from '../util/errors.js';
import { selectUnits, type Unit } from './select.js';
import { buildTrial, scenarioOf } from './trial.js';
import { testKey, type Plan, type Shard, type Trial } from './types.js';
import { planVariants } from './variants.js';

export type { Plan, Shard, Trial } from './types.js';

export interface PlanOptions {
  readonly variants?: readonly VariantId[];
  readonly tags?: readonly string[];
  readonly testIds?: readonly string[];
  readonly sets?: readonly string[];
  /** Overrides every run count. */
  readonly runs?: number;
  readonly shard?: Shard;
  readonly simulatorAvailable: boolean;
}

const PRIORITY_ORDER: readonly Priority[] = ['critical', 'high', 'normal', 'low'];

export function planRun(suite: LoadedSuite, options: PlanOptions): Plan {
  const variants = planVariants(suite, options.variants);
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
    if (!owned.has(unit)) {
      if (!missingFor(suite, unit, options.simulatorAvailable)) {
        for (const variant of variants) otherShards.push(buildTrial(suite, unit, variant, 0));
      }
      continue;
    }
    const missing = missingFor(suite, unit, options.simulatorAvailable);
    if (missing) {
      skipped.push(...variants.map((variant) => skippedEntry(unit, variant, missing)));
      continue;
    }
    // Variants interleave (b#0, c#0, b#1, c#1…) so a run stopped early still compares like with like.
    for (let index = 0; index < unit.runs; index++)
      for (const variant of variants) trials.push(buildTrial(suite, unit, variant, index));
  }
  return { trials, variants, ...(options.shard ? { shard: options.shard, otherShards } : {}), skipped };
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

/** "2/4" → { index: 2, total: 4 }. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new ConfigurationError(`invalid shard '${text}': expected 'i/n' with 1 <= i <= n, e.g. '2/4'`);
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
 * What a unit lacks to run, or undefined when it can run. `simulatorAvailable`
 * is false either because no `simulator:` is configured or because its key
 * variable is not set (see simulatorAvailable in src/llm): which one, the
 * suite says.
 */
function missingFor(suite: LoadedSuite, unit: Unit, simulatorAvailable: boolean): Missing | undefined {
  const scenario = scenarioOf(suite, unit);
  if (simulatorAvailable || !scenario) return undefined;
  const need = simulatorNeed(scenario);
  if (!need) return undefined;
  const base = { role: 'simulator' as const, need, scenarioId: scenario.id };
  return suite.simulator ? { ...base, envVar: suite.simulator.api_key_env } : { ...base, endpoint: true };
}

/** One line: what needs the simulator and what to do about it. */
export function skipReasonOf(missing: Missing): string {
  const lack = missing.envVar
    ? `${missing.envVar} is not set (the simulator's API key)`
    : 'no simulator LLM is configured (add `simulator:` to the suite)';
  return `${missing.need}: ${lack}`;
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

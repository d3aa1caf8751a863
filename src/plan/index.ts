/**
 * The planner: sets × tests × run counts × variants expanded into trials,
 * ordered critical → high → normal → low (declaration order within a
 * priority), filtered, and sharded by test id deterministically.
 */
import type { Priority, Scenario } from '../suite/schema.js';
import type { LoadedSuite, VariantId } from '../suite/types.js';
import { MAX_TRIALS } from '../suite/limits.js';
import { ConfigurationError } from '../util/errors.js';
import { selectUnits, type Unit } from './select.js';
import { buildTrial, scenarioOf } from './trial.js';
import { testKey, type Plan, type Shard, type TestKey, type Trial } from './types.js';
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
  checkTrialCount(units.filter((unit) => owned.has(unit)), variants.length);

  const trials: Trial[] = [];
  const skipped: { key: TestKey; reason: string }[] = [];
  for (const unit of units) {
    if (!owned.has(unit)) continue;
    const reason = skipReason(suite, unit, options.simulatorAvailable);
    if (reason) {
      skipped.push(...variants.map((variant) => ({ key: testKey(unit.testId, variant), reason })));
      continue;
    }
    // Variants interleave (b#0, c#0, b#1, c#1…) so a run stopped early still compares like with like.
    for (let index = 0; index < unit.runs; index++) for (const variant of variants) trials.push(buildTrial(suite, unit, variant, index));
  }
  return { trials, variants, ...(options.shard ? { shard: options.shard } : {}), skipped };
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

function skipReason(suite: LoadedSuite, unit: Unit, simulatorAvailable: boolean): string | undefined {
  const scenario = scenarioOf(suite, unit);
  if (simulatorAvailable || !scenario) return undefined;
  const why = simulatorNeed(scenario);
  return why && `${why}: no simulator LLM is available (configure \`simulator\` and set its API key)`;
}

/** Why a scenario can not run without the simulator LLM, or undefined when it can (deterministic scripts). */
export function simulatorNeed(scenario: Scenario): string | undefined {
  if (scenario.type === 'behavioral') return `behavioral scenario '${scenario.id}'`;
  if (scenario.match === 'llm') return `scripted scenario '${scenario.id}' matches conditions with the LLM (match: llm)`;
  const phrased = scenario.conditional_actions.conditions.find((c) => !c.fixed_message);
  return phrased ? `scripted scenario '${scenario.id}' has a phrased action (condition ${phrased.id}, fixed_message: false)` : undefined;
}

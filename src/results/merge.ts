/**
 * Shards of one plan (a GitHub Actions matrix running `--shard i/n`) merged
 * back into one run whose tests and totals equal the unsharded run's.
 */
import { summarizeInfos, testInfoOf, totals, variantTotals } from '../aggregate/index.js';
import { ConfigurationError } from '../util/errors.js';
import type { Results, RunStatus } from '../model/results.js';

const PRIORITY_RANK = { critical: 0, high: 1, normal: 2, low: 3 } as const;

export function mergeResults(given: readonly Results[]): Results {
  if (given.length === 0) throw new ConfigurationError('merge: no results files given');
  checkCompatible(given);
  // Shard 1 (else the earliest) gives the merged run its id and git info, whatever the argument order.
  const shards = [...given].sort(
    (a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0) || Date.parse(a.startedAt) - Date.parse(b.startedAt),
  );
  const first = shards[0] as Results;

  const infos = new Map(shards.flatMap((shard) => shard.tests.map((test) => [test.key, testInfoOf(test)] as const)));
  const testOrder = planOrder(shards);
  const orderedInfos = [...infos.values()].sort(
    (a, b) => (testOrder.get(a.testId) ?? 0) - (testOrder.get(b.testId) ?? 0),
  );
  // Stable: a test's trials keep their shard's order (runs interleaved across variants, as planned).
  const trials = shards
    .flatMap((shard) => shard.trials)
    .sort((a, b) => (testOrder.get(a.testId) ?? 0) - (testOrder.get(b.testId) ?? 0));
  checkUniqueTrials(trials.map((trial) => trial.id));

  const startedAt = minIso(shards.map((shard) => shard.startedAt));
  const finished = shards.map((shard) => shard.finishedAt).filter((value): value is string => value !== undefined);
  const finishedAt = finished.length === shards.length ? maxIso(finished) : undefined;
  const durationMs = finishedAt
    ? Date.parse(finishedAt) - Date.parse(startedAt)
    : Math.max(...shards.map((shard) => shard.totals.durationMs));
  const tests = summarizeInfos(orderedInfos, trials);
  const stopped = shards.find((shard) => shard.status === 'stopped');
  const missing = missingShardsOf(shards);

  const {
    shard: _shard,
    confirmation: _confirmation,
    unfinished: _unfinished,
    infrastructure: _infrastructure,
    ...base
  } = first;
  const confirmation = mergedConfirmation(shards);
  const unfinished = mergedUnfinished(shards);
  // What the circuit breaker stopped in any shard: the gate fails on it, and the merged run stays out of the history.
  const infrastructure = shards.flatMap((shard) => shard.infrastructure ?? []);
  return {
    ...base,
    ...(infrastructure.length ? { infrastructure } : {}),
    startedAt,
    ...(finishedAt ? { finishedAt } : {}),
    // Some shards only: the tests of the others are not even known, so the run can not count as complete.
    status: mergedStatus([...shards.map((shard) => shard.status), ...(missing ? (['stopped'] as const) : [])]),
    ...(stopped?.stopReason ? { stopReason: stopped.stopReason } : {}),
    ...(missing ? { missingShards: missing } : {}),
    skipped: uniqueBy(
      shards.flatMap((shard) => shard.skipped),
      (entry) => entry.key,
    ),
    tests,
    trials,
    ...(unfinished ? { unfinished } : {}),
    totals: totals({ tests, trials, durationMs, ...(unfinished ? { unfinished: unfinished.usage } : {}) }),
    variantTotals: variantTotals(tests, trials, durationMs),
    ...(confirmation ? { confirmation } : {}),
  };
}

/** The shards' unfinished trials added up: what they cost stays in the merged run's spend. */
function mergedUnfinished(shards: readonly Results[]): Results['unfinished'] {
  const given = shards.flatMap((shard) => (shard.unfinished ? [shard.unfinished] : []));
  if (given.length === 0) return undefined;
  return given.reduce((total, value) => ({
    trials: total.trials + value.trials,
    usage: {
      inputTokens: total.usage.inputTokens + value.usage.inputTokens,
      outputTokens: total.usage.outputTokens + value.usage.outputTokens,
      costUsd: total.usage.costUsd + value.usage.costUsd,
    },
  }));
}

/** The shards' confirmation summaries added up (the settings are the plan's, the same in every shard). */
function mergedConfirmation(shards: readonly Results[]): Results['confirmation'] {
  const given = shards.flatMap((shard) => (shard.confirmation ? [shard.confirmation] : []));
  const [first] = given;
  if (!first) return undefined;
  const sum = (pick: (value: NonNullable<Results['confirmation']>) => number) =>
    given.reduce((total, value) => total + pick(value), 0);
  return {
    maxExtra: first.maxExtra,
    maxExtraPaired: first.maxExtraPaired,
    extraTrials: sum((value) => value.extraTrials),
    savedTrials: sum((value) => value.savedTrials),
    savedUsd: sum((value) => value.savedUsd),
  };
}

/**
 * Each test id's position in the unsharded plan. The planner deals tests
 * round-robin in plan order (shard i gets positions i-1, i-1+n, …), so taking
 * the shards' tests in turn, shard 1 first, rebuilds that order; the stable
 * sort by priority after it only matters when a shard had tests skipped (they
 * are not in its tests, so its later tests shift a turn earlier). The unsharded
 * run (one file) keeps its own order.
 */
function planOrder(shards: readonly Results[]): Map<string, number> {
  const perShard = shards.map((shard) => [
    ...new Map(shard.tests.map((test) => [test.testId, test.priority] as const)),
  ]);
  const dealt: (readonly [string, keyof typeof PRIORITY_RANK])[] = [];
  for (let turn = 0; perShard.some((tests) => turn < tests.length); turn++) {
    for (const tests of perShard) if (turn < tests.length) dealt.push(tests[turn]!);
  }
  const order = new Map<string, number>();
  dealt
    .map(([testId, priority], position) => ({ testId, rank: PRIORITY_RANK[priority], position }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .forEach(({ testId }) => order.has(testId) || order.set(testId, order.size));
  return order;
}

function checkCompatible(shards: readonly Results[]): void {
  const [first] = shards as [Results, ...Results[]];
  const variantsOf = (results: Results) =>
    results.variants
      .map((variant) => variant.id)
      .sort()
      .join(',');
  shards.forEach((shard, index) => {
    const label = `shard ${index + 1} (run ${shard.runId})`;
    if (shard.suite.name !== first.suite.name || shard.suite.config !== first.suite.config) {
      throw new ConfigurationError(
        `merge: ${label} is from suite "${shard.suite.name}" (${shard.suite.config}), the first is from ` +
          `"${first.suite.name}" (${first.suite.config}); only shards of one suite can be merged`,
      );
    }
    if (variantsOf(shard) !== variantsOf(first)) {
      throw new ConfigurationError(
        `merge: ${label} ran variants [${variantsOf(shard)}], the first ran [${variantsOf(first)}]; only shards ` +
          `of one plan can be merged`,
      );
    }
    if (shard.shard && first.shard && shard.shard.total !== first.shard.total) {
      throw new ConfigurationError(
        `merge: ${label} is one of ${shard.shard.total} shards, the first one of ${first.shard.total}`,
      );
    }
  });
  const indexes = shards.flatMap((shard) => (shard.shard ? [shard.shard.index] : []));
  const outOfRange = shards.find((shard) => shard.shard && shard.shard.index > shard.shard.total);
  if (outOfRange?.shard)
    throw new ConfigurationError(
      `merge: run ${outOfRange.runId} says it is shard ${outOfRange.shard.index} of ${outOfRange.shard.total}`,
    );
  if (indexes.length > 0 && indexes.length < shards.length)
    throw new ConfigurationError(
      'merge: some files are shards (--shard i/n) and some are not; only the shards of one plan can be merged',
    );
  const duplicate = indexes.find((index, position) => indexes.indexOf(index) !== position);
  if (duplicate !== undefined) throw new ConfigurationError(`merge: shard ${duplicate} is given twice`);
}

/**
 * The shards of 1..n not given (n from the files' `shard.total`); undefined when all are there or the files are not
 * shards.
 */
function missingShardsOf(shards: readonly Results[]): Results['missingShards'] {
  const total = shards.find((shard) => shard.shard)?.shard?.total;
  if (total === undefined) return undefined;
  const given = new Set(shards.flatMap((shard) => (shard.shard ? [shard.shard.index] : [])));
  const indexes = Array.from({ length: total }, (_, position) => position + 1).filter((index) => !given.has(index));
  return indexes.length > 0 ? { total, indexes } : undefined;
}

/** One line for people: which shards a merged run lacks; undefined when it lacks none. */
export function missingShardsNote(results: Pick<Results, 'missingShards'>): string | undefined {
  const missing = results.missingShards;
  if (!missing) return undefined;
  const list = missing.indexes.length === 1 ? `shard ${missing.indexes[0]}` : `shards ${missing.indexes.join(', ')}`;
  return (
    `incomplete merge: ${list} of ${missing.total} ${missing.indexes.length === 1 ? 'is' : 'are'} missing, ` +
    `so the run counts as stopped and its tests are not in the results`
  );
}

function checkUniqueTrials(ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id))
      throw new ConfigurationError(
        `merge: trial ${id} appears in more than one shard; were the shards planned with the same --shard total?`,
      );
    seen.add(id);
  }
}

function mergedStatus(statuses: readonly RunStatus[]): RunStatus {
  if (statuses.includes('failed')) return 'failed';
  if (statuses.includes('stopped')) return 'stopped';
  if (statuses.includes('running')) return 'running';
  return 'completed';
}

function minIso(values: readonly string[]): string {
  return values.reduce((min, value) => (Date.parse(value) < Date.parse(min) ? value : min));
}

function maxIso(values: readonly string[]): string {
  return values.reduce((max, value) => (Date.parse(value) > Date.parse(max) ? value : max));
}

function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(keyOf(item)) && (seen.add(keyOf(item)), true));
}

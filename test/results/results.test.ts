import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExecuteTrial } from '../../src/engine/types.js';
import type { Plan } from '../../src/plan/types.js';
import { evaluateGate } from '../../src/gate/index.js';
import { RESULTS_SCHEMA_VERSION, ResultsSchema, type Results } from '../../src/model/results.js';
import { mergeResults, readResults, writeResults } from '../../src/results/index.js';
import { missingShardsNote } from '../../src/results/merge.js';
import { whyRunStaysOutOfHistory } from '../../src/model/history-rule.js';
import { runPlan } from '../../src/runner/index.js';
import { isConfigurationError } from '../../src/util/errors.js';
import { agent, fakeChat, planOf, suiteOf, trace, user } from '../runner/helpers.js';

/** Deterministic outcomes: trial i of test t passes unless (t, i) is on the fail list. */
const FAILING = new Set(['flaky@baseline#1', 'flaky@candidate#0', 'flaky@candidate#2', 'broken@candidate#0']);
const execute: ExecuteTrial = async (trial) =>
  trace([user('hi'), agent(FAILING.has(trial.id) ? 'no' : 'yes', 10 + trial.index)]);

function judged(plan: Plan): Plan {
  return {
    ...plan,
    trials: plan.trials.map((trial) => ({
      ...trial,
      criteria: [{ type: 'text', contains: 'yes', scope: 'any', id: 'says-yes', baseline: false }],
    })),
  };
}

const fullPlan = judged(
  planOf([
    { id: 'critical-one', runs: 2, priority: 'critical', variants: ['baseline', 'candidate'] },
    { id: 'flaky', runs: 3, minPassRate: 0.6, variants: ['baseline', 'candidate'] },
    { id: 'broken', runs: 1, variants: ['baseline', 'candidate'] },
    { id: 'steady', runs: 2, priority: 'low', variants: ['baseline', 'candidate'] },
  ]),
);

/**
 * Shards dealt by test id round-robin in plan order (every trial of a test, both variants, in one shard), as the
 * planner does.
 */
function shardOf(plan: Plan, index: number, total: number, testIds: string[]): Plan {
  const mine = new Set(testIds.filter((_, position) => position % total === index - 1));
  return { ...plan, trials: plan.trials.filter((trial) => mine.has(trial.testId)), shard: { index, total } };
}

const run = (plan: Plan) =>
  runPlan({ suite: suiteOf(), plan, env: {}, chat: fakeChat(() => '{}'), executeTrial: execute, git: { sha: 'abc' } });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-results-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readResults / writeResults', () => {
  it('round-trips a run atomically (no temp file left)', async () => {
    const results = await run(fullPlan);
    const path = join(dir, 'nested', 'round.json');
    await writeResults(path, results);
    expect(await readResults(path)).toEqual(results);
    expect((await readdir(join(dir, 'nested'))).sort()).toEqual(['round.json']);
  });

  it('a truncated file is a clear configuration error naming the file', async () => {
    const results = await run(fullPlan);
    const path = join(dir, 'truncated.json');
    const text = JSON.stringify(results);
    await writeFile(path, text.slice(0, Math.floor(text.length / 2)));
    const error = await readResults(path).catch((caught: unknown) => caught);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /truncated\.json: not a valid results file: the JSON is malformed or truncated/,
    );
  });

  it(
    'a schemaVersion 1 file (before skipped details, definition versions and judge parts) still reads, ' +
      'as version 2',
    async () => {
      const results = await run(fullPlan);
      const v1 = {
        ...results,
        schemaVersion: 1,
        skipped: [{ key: 'old@default', reason: 'behavioral scenario: no simulator LLM is available' }],
        tests: results.tests.map(
          ({ profileVersion: _p, toolsVersion: _t, criteriaVersion: _c, agentVersion: _a, failure: _f, ...test }) =>
            test,
        ),
      };
      const path = join(dir, 'v1.json');
      await writeFile(path, JSON.stringify(v1));
      const read = await readResults(path);
      expect(read.schemaVersion).toBe(RESULTS_SCHEMA_VERSION);
      expect(read.skipped).toEqual([
        { key: 'old@default', reason: 'behavioral scenario: no simulator LLM is available' },
      ]);
      expect(read.tests[0]?.criteriaVersion).toBeUndefined();
      // The gate judges an old file as before: its skips do not say what was missing.
      expect(evaluateGate({ results: read, comparisons: [], minPassRate: 0, failOn: [] }).reasons).toEqual([]);
    },
  );

  it(
    'a file of the wrong shape names the field; a newer schemaVersion asks for an upgrade; a missing ' + 'file says so',
    async () => {
      const results = await run(fullPlan);
      const wrong = join(dir, 'wrong.json');
      await writeFile(wrong, JSON.stringify({ ...results, status: 'sleeping' }));
      await expect(readResults(wrong)).rejects.toThrow(/wrong\.json: not a valid results file: at status/);
      const newer = join(dir, 'newer.json');
      await writeFile(newer, JSON.stringify({ ...results, schemaVersion: 99 }));
      await expect(readResults(newer)).rejects.toThrow(/schemaVersion 99 is newer .* upgrade Rehearse/);
      await expect(readResults(join(dir, 'absent.json'))).rejects.toThrow(/absent\.json: cannot read results file/);
    },
  );
});

describe('mergeResults', () => {
  const keys = [...new Set(fullPlan.trials.map((trial) => trial.testId))];

  it(
    'shards merged equal the unsharded run: same tests, verdicts, trials and totals in the same order ' +
      '(timings aside)',
    async () => {
      const unsharded = await run(fullPlan);
      const shards = await Promise.all([1, 2, 3].map((index) => run(shardOf(fullPlan, index, 3, keys))));
      expect(shards.every((shard) => shard.trials.length > 0)).toBe(true);
      const merged = mergeResults([shards[2]!, shards[0]!, shards[1]!]);

      const withoutTimings = (results: Results) => ({
        tests: results.tests,
        trials: results.trials.map(({ startedAt: _s, durationMs: _d, ...rest }) => rest),
        totals: { ...results.totals, durationMs: 0 },
        variantTotals: Object.fromEntries(
          Object.entries(results.variantTotals).map(([variant, sum]) => [variant, { ...sum, durationMs: 0 }]),
        ),
        status: results.status,
        variants: results.variants,
      });
      expect(withoutTimings(merged)).toEqual(withoutTimings(unsharded));
      expect(merged.tests.map((test) => test.testId)).toEqual([
        'critical-one',
        'critical-one',
        'flaky',
        'flaky',
        'broken',
        'broken',
        'steady',
        'steady',
      ]); // plan order, not alphabetical
      expect(merged.shard).toBeUndefined();
      expect(merged.runId).toBe(shards[0]!.runId); // shard 1 names the merged run, whatever the order given
      expect(merged.tests.map((test) => test.priority)[0]).toBe('critical');
      expect(unsharded.tests.find((test) => test.key === 'flaky@candidate')).toMatchObject({
        passes: 1,
        failures: 2,
        verdict: 'fail',
      });
      expect(unsharded.tests.find((test) => test.key === 'flaky@baseline')).toMatchObject({
        passes: 2,
        verdict: 'pass',
      });
    },
  );

  it('rejects shards of different suites, different variants, or the same shard twice', async () => {
    const one = await run(shardOf(fullPlan, 1, 2, keys));
    const two = await run(shardOf(fullPlan, 2, 2, keys));
    expect(() => mergeResults([one, { ...two, suite: { name: 'other', config: 'other.yaml' } }])).toThrow(
      /only shards of one suite/,
    );
    expect(() => mergeResults([one, { ...two, variants: [two.variants[0]!] }])).toThrow(/only shards of one plan/);
    expect(() => mergeResults([one, one])).toThrow(/shard 1 is given twice/);
    expect(() => mergeResults([])).toThrow(/no results files/);
  });

  it('a merge of some shards only is stopped, names the missing shards, and fails the gate', async () => {
    const one = await run(shardOf(fullPlan, 1, 3, keys));
    const three = await run(shardOf(fullPlan, 3, 3, keys));
    const merged = mergeResults([three, one]);
    expect(merged).toMatchObject({ status: 'stopped', missingShards: { total: 3, indexes: [2] } });
    expect(merged.stopReason).toBeUndefined();
    expect(missingShardsNote(merged)).toMatch(/^incomplete merge: shard 2 of 3 is missing/);
    expect(ResultsSchema.parse(merged)).toEqual(merged);
    expect(evaluateGate({ results: merged, comparisons: [], minPassRate: 0, failOn: ['regression'] }).passed).toBe(
      false,
    );
    const all = mergeResults([three, one, await run(shardOf(fullPlan, 2, 3, keys))]);
    expect(all.status).toBe('completed');
    expect(all.missingShards).toBeUndefined();
    expect(missingShardsNote(all)).toBeUndefined();
  });

  it("keeps what the circuit breaker stopped in any shard, not the first shard's only", async () => {
    const one = await run(shardOf(fullPlan, 1, 2, keys));
    const two = await run(shardOf(fullPlan, 2, 2, keys));
    const trip = { agent: 'bot', testKeys: [two.trials[0]!.key], erroredTrials: 5, notRun: 3, message: 'HTTP 500' };
    for (const order of [
      [one, { ...two, infrastructure: [trip] }],
      [{ ...two, infrastructure: [trip] }, one],
    ]) {
      const merged = mergeResults(order);
      expect(merged.infrastructure).toEqual([trip]);
      expect(whyRunStaysOutOfHistory(merged)).toBeDefined();
      expect(ResultsSchema.parse(merged)).toEqual(merged);
    }
    expect(mergeResults([one, two]).infrastructure).toBeUndefined();
  });

  it('a stopped shard makes the merged run stopped', async () => {
    const one = await run(shardOf(fullPlan, 1, 2, keys));
    const two = await run(shardOf(fullPlan, 2, 2, keys));
    const merged = mergeResults([one, { ...two, status: 'stopped', stopReason: 'budget' }]);
    expect(merged).toMatchObject({ status: 'stopped', stopReason: 'budget' });
  });
});

it('what the runner writes validates against the committed JSON Schema', async () => {
  const schema = JSON.parse(await readFile('schema/results.schema.json', 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // The schema's `format: date-time` is checked too, not ignored with a warning.
  ajvFormats.default(ajv);
  const validate = ajv.compile(schema);
  const results = await run(fullPlan);
  expect(validate(JSON.parse(JSON.stringify(results))), JSON.stringify(validate.errors)).toBe(true);
  expect(validate({ ...results, trials: 'none' })).toBe(false);
  expect(validate({ ...JSON.parse(JSON.stringify(results)), startedAt: 'yesterday' })).toBe(false);
});

/**
 * The verdict pipeline bench on worker threads gives the figures one thread gives (issue 21): every job is seeded
 * by what it names and the figures are added up in job order, whichever thread ran a job and whenever it ended.
 */
import { describe, expect, it } from 'vitest';
import { simulatePipeline } from '../../bench/verdict-pipeline.js';
import { Max, Mean, mergeFigures, Share } from '../../bench/verdict-pipeline/figures.js';
import { pipelineJobs, type PipelineSettings } from '../../bench/verdict-pipeline/jobs.js';
import { defaultWorkers } from '../../bench/verdict-pipeline/pool.js';

/** Every part of the bench, a few runs each. */
const TINY: PipelineSettings = { chains: 3, rounds: 1, brokenChains: 1, outageRuns: 2, extraRuns: 2 };

/** Figures as plain data (a Share's hits and count, a Mean's sums, Maps as entries), for a deep comparison. */
const plain = (figures: unknown): unknown =>
  JSON.parse(JSON.stringify(figures, (_key, value: unknown) => (value instanceof Map ? [...value] : value)));

describe('verdict pipeline bench jobs', () => {
  it('gives the same figures on two worker threads as on this thread', async () => {
    const serial = await simulatePipeline(TINY, 0);
    const threaded = await simulatePipeline(TINY, 2);
    expect(plain(threaded)).toEqual(plain(serial));
    // Every job answered: each PR-life chain adds two unchanged lab PRs per round, each broken chain 9 PRs.
    expect(serial.life.lab.falseFail.count).toBe(TINY.chains * TINY.rounds * 2);
    expect(serial.errors.falseFail.count).toBe(9 * TINY.brokenChains);
    expect(serial.allFail.falseFail.count).toBe(9 * TINY.brokenChains);
    expect(serial.outage.full.history.ratio.count).toBe(TINY.outageRuns);
    expect(serial.outage.deterministic.paired.keys.count).toBe(TINY.outageRuns);
    expect(serial.extras.threshold.disagree.count).toBe(TINY.extraRuns * 2);
    // The drops are caught at all (the figures are the gate's, not zeros).
    expect(serial.life.lab.power09.hits).toBeGreaterThan(0);
  }, 120_000);

  it('cuts the threshold pairs into batches that cover each pair once', () => {
    const jobs = pipelineJobs({ ...TINY, extraRuns: 60 });
    const batches = jobs.flatMap((job) => (job.kind === 'threshold' ? [[job.from, job.to] as const] : []));
    expect(batches).toEqual([
      [0, 25],
      [25, 50],
      [50, 75],
      [75, 100],
      [100, 120],
    ]);
  });

  it('adds figures up, structured clones included', () => {
    const total = { share: new Share(), mean: new Mean(), max: new Max(), byKey: new Map([[1, new Share()]]) };
    const part = { share: new Share(), mean: new Mean(), max: new Max(), byKey: new Map([[1, new Share()]]) };
    part.share.add(true);
    part.share.add(false);
    part.mean.add(2);
    part.mean.add(4);
    part.max.add(0.7);
    part.byKey.get(1)!.add(true);
    mergeFigures(total, structuredClone(part));
    mergeFigures(total, part);
    expect([total.share.hits, total.share.count]).toEqual([2, 4]);
    expect([total.mean.value, total.mean.count]).toEqual([3, 4]);
    expect(total.max.value).toBe(0.7);
    expect(total.byKey.get(1)!.hits).toBe(2);
    expect(() => mergeFigures(total, { byKey: new Map([[2, part.share]]) })).toThrow(/no 2/);
  });

  it('reads the worker count from VERDICT_BENCH_WORKERS, refusing what is not a count', () => {
    expect(defaultWorkers({ VERDICT_BENCH_WORKERS: '0' })).toBe(0);
    expect(defaultWorkers({ VERDICT_BENCH_WORKERS: '3' })).toBe(3);
    expect(defaultWorkers({})).toBeGreaterThanOrEqual(1);
    expect(defaultWorkers({})).toBeLessThanOrEqual(2);
    expect(() => defaultWorkers({ VERDICT_BENCH_WORKERS: 'two' })).toThrow(/VERDICT_BENCH_WORKERS/);
  });
});

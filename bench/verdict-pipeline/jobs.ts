/**
 * The verdict pipeline bench cut into independent jobs: one PR-life chain, one broken-run chain, the outage runs,
 * a batch of threshold pairs … Each job is plain data (so it can go to a worker thread), seeded by what it names,
 * and fills figures of its own; the bench adds them up in the order of `pipelineJobs` (mergeFigures), so the totals
 * are the same whichever thread ran a job and whenever it finished.
 */
import { brokenChain, emptyBrokenFigures, type Breakage, type BrokenFigures } from './broken.js';
import { emptyExtraFigures, hundredTestPrs, runCountOnePrs, thresholdPairs, type ExtraFigures } from './extras.js';
import { deterministicRuns, emptyOutageFigures, outageRuns, type OutageBench } from './outage.js';
import { emptyPrLifeFigures, prLifeChain, type PrLifeFigures } from './pr-life.js';

export interface PipelineSettings {
  /** PR-life chains (base branches grown from nothing). */
  readonly chains: number;
  /** Rounds with a 10-run history per PR-life chain. */
  readonly rounds: number;
  /** Chains per broken-run kind. */
  readonly brokenChains: number;
  /** Runs of each outage kind, and of each deterministic-test kind. */
  readonly outageRuns: number;
  /** Unchanged run-count-1 PRs; pairs of threshold runs are twice as many. */
  readonly extraRuns: number;
}

/** VERDICT_BENCH_SCALE (default 1) scales every run count. */
export function pipelineSettings(scale: number): PipelineSettings {
  return {
    chains: Math.max(2, Math.round(100 * scale)),
    rounds: 6,
    brokenChains: Math.max(1, Math.round(30 * scale)),
    outageRuns: Math.max(5, Math.round(40 * scale)),
    extraRuns: Math.round(100 * scale),
  };
}

export type PipelineJob =
  | { readonly kind: 'pr-life'; readonly chain: number; readonly rounds: number }
  | { readonly kind: 'broken'; readonly breakage: Breakage; readonly chain: number }
  | { readonly kind: 'outage'; readonly runs: number }
  | { readonly kind: 'deterministic'; readonly runs: number }
  | { readonly kind: 'run-count-1'; readonly runs: number }
  | { readonly kind: 'hundred-tests'; readonly prs: number }
  | { readonly kind: 'threshold'; readonly from: number; readonly to: number };

export interface PipelineFigures {
  readonly life: PrLifeFigures;
  readonly errors: BrokenFigures;
  readonly allFail: BrokenFigures;
  readonly outage: OutageBench;
  readonly extras: ExtraFigures;
}

export const emptyPipelineFigures = (settings: PipelineSettings): PipelineFigures => ({
  life: emptyPrLifeFigures(settings.chains, settings.rounds),
  errors: emptyBrokenFigures(),
  allFail: emptyBrokenFigures(),
  outage: emptyOutageFigures(),
  extras: emptyExtraFigures(),
});

/** Threshold pairs per job: a job of its own would be too small to be worth a message. */
const THRESHOLD_BATCH = 25;

/**
 * Every job of the bench, in the order their figures are added up. The long serial jobs (one base branch each)
 * come first, so that they are not what the last thread is still running when the others are done.
 */
export function pipelineJobs(settings: PipelineSettings): PipelineJob[] {
  const jobs: PipelineJob[] = [
    { kind: 'hundred-tests', prs: Math.max(20, Math.round(settings.extraRuns / 4)) },
    { kind: 'outage', runs: settings.outageRuns },
    { kind: 'run-count-1', runs: settings.extraRuns },
    { kind: 'deterministic', runs: settings.outageRuns },
  ];
  for (let chain = 0; chain < settings.chains; chain++) jobs.push({ kind: 'pr-life', chain, rounds: settings.rounds });
  for (const breakage of ['errors', 'all-fail'] as const)
    for (let chain = 0; chain < settings.brokenChains; chain++) jobs.push({ kind: 'broken', breakage, chain });
  for (let from = 0; from < settings.extraRuns * 2; from += THRESHOLD_BATCH)
    jobs.push({ kind: 'threshold', from, to: Math.min(from + THRESHOLD_BATCH, settings.extraRuns * 2) });
  return jobs;
}

/** One job's figures, as a part of PipelineFigures (the parts it does not touch are absent). */
export type JobFigures = Partial<PipelineFigures>;

export async function runPipelineJob(job: PipelineJob): Promise<JobFigures> {
  switch (job.kind) {
    case 'pr-life':
      return { life: await prLifeChain(job.chain, job.rounds) };
    case 'broken':
      return { [job.breakage === 'errors' ? 'errors' : 'allFail']: await brokenChain(job.breakage, job.chain) };
    case 'outage':
      return { outage: await outageRuns(job.runs) };
    case 'deterministic':
      return { outage: await deterministicRuns(job.runs) };
    case 'run-count-1':
      return { extras: await runCountOnePrs(job.runs) };
    case 'hundred-tests':
      return { extras: await hundredTestPrs(job.prs) };
    case 'threshold':
      return { extras: await thresholdPairs(job.from, job.to) };
  }
}

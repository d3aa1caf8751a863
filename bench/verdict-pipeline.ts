/**
 * Verdict bench through the real code, in the situations of a pull request's life (issue 17): the 20-test mix run
 * by the REAL runSuite (runner + confirmation policy: batches, confirmation trials, early stopping) with a seeded
 * Bernoulli judge, then the REAL evaluateRun for the comparisons, the gate and the history roll-forward. Every
 * history is one a base branch rolled forward run by run, never drawn at once. Prints each figure of the issue's
 * "Done when" beside its target: the share of simulated runs (k/n) with its 95% interval, ✓ (met) or ✗ (missed)
 * from the point estimate, "~" where the interval straddles the target.
 *
 * The situations live in bench/verdict-pipeline/: sim.ts (the world and one run), pr-life.ts (young history, early
 * stopping, the lab, agent and criteria edits, local reruns), broken.ts (one broken base run), outage.ts
 * (infrastructure), extras.ts (run count 1, 100 tests, threshold agreement). jobs.ts cuts them into independent
 * seeded jobs and pool.ts runs those on worker threads (issue 21): the figures are the same for any number of
 * threads (test/bench/verdict-pipeline.test.ts).
 *
 * Run alone: `npm run bench -- verdict-pipeline`. VERDICT_BENCH_SCALE (default 1) scales every run count;
 * VERDICT_BENCH_WORKERS (default: one per core, at most 2; 0: no worker thread) sets the threads.
 */
import { detectability, referenceTrialsNeeded } from '../src/verdict/index.js';
import type { BrokenFigures } from './verdict-pipeline/broken.js';
import {
  atLeast,
  atMost,
  meanRow,
  mergeFigures,
  noteRow,
  renderTable,
  Share,
  shareRow,
  within,
  type Row,
} from './verdict-pipeline/figures.js';
import {
  emptyPipelineFigures,
  pipelineJobs,
  pipelineSettings,
  type PipelineFigures,
  type PipelineSettings,
} from './verdict-pipeline/jobs.js';
import { defaultWorkers, runJobs } from './verdict-pipeline/pool.js';
import { PAIRED_AT, YOUNG } from './verdict-pipeline/pr-life.js';

export interface PipelineBenchOptions {
  /** Scales every run count (default: VERDICT_BENCH_SCALE, else 1). */
  readonly scale?: number;
  /** Worker threads (default: VERDICT_BENCH_WORKERS, else one per core up to 2); 0 runs every job in this thread. */
  readonly workers?: number;
}

/**
 * Every simulation of the bench, its jobs spread over `workers` threads, the figures added up in job order: the
 * same figures for any number of threads.
 */
export async function simulatePipeline(
  settings: PipelineSettings,
  workers: number,
  onDone?: (done: number, total: number) => void,
): Promise<PipelineFigures> {
  const jobs = pipelineJobs(settings);
  const answers = await runJobs(jobs, { workers, ...(onDone ? { onDone } : {}) });
  const figures = emptyPipelineFigures(settings);
  for (const answer of answers) mergeFigures(figures, answer);
  return figures;
}

/** The difference of two shares with a normal 95% interval, as "−1.2 points (−6.0 – 3.6)". */
function difference(a: Share, b: Share): { value: number; text: string } {
  const d = a.value - b.value;
  const se = Math.sqrt((a.value * (1 - a.value)) / a.count + (b.value * (1 - b.value)) / b.count);
  const points = (x: number) => (x * 100).toFixed(1);
  return { value: d, text: `${points(d)} pts (${points(d - 1.96 * se)} – ${points(d + 1.96 * se)})` };
}

export async function benchVerdictPipeline(
  options: PipelineBenchOptions = {},
  log: (line: string) => void = (text) => process.stdout.write(`${text}\n`),
): Promise<void> {
  const scale = options.scale ?? Number(process.env['VERDICT_BENCH_SCALE'] ?? 1);
  if (!(scale > 0)) throw new Error(`VERDICT_BENCH_SCALE must be a number > 0, not "${String(scale)}"`);
  const settings = pipelineSettings(scale);
  const { chains, rounds, brokenChains, outageRuns } = settings;
  const workers = options.workers ?? defaultWorkers();
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  log(
    `Verdict pipeline bench (runSuite + evaluateRun, seeded): the 20-test mix (8 × 1.0, 6 × 0.9, 4 × 0.7, 2 × 0.5), ` +
      `run count 5, gate fail_on [regression], α 0.05; thresholds 1 for 1.0 tests, rate − 0.2 for the others.`,
  );
  log(
    `  ${chains} base branches grown from nothing (10 base runs, then ${rounds} rounds of one more base run and ` +
      `the PRs); ${brokenChains} branches per broken-run kind.`,
  );

  const jobs = pipelineJobs(settings).length;
  log(`  ${jobs} jobs on ${workers === 0 ? 'this thread' : `${workers} worker thread${workers === 1 ? '' : 's'}`}.`);
  let quarter = 1;
  const { life, errors, allFail, outage, extras } = await simulatePipeline(settings, workers, (done, total) => {
    if (done < (quarter * total) / 4) return;
    log(`  ${done} of ${total} jobs done (${elapsed()}).`);
    while (done >= (quarter * total) / 4) quarter += 1;
  });

  const rows: Row[] = [];
  const lab = '1 lab: 10-run history';
  rows.push(shareRow(lab, 'false-fail, unchanged agent', life.lab.falseFail, atMost(0.02)));
  rows.push(shareRow(lab, 'power 0.9 → 0.4', life.lab.power09, atLeast(0.85)));
  rows.push(shareRow(lab, 'power 1.0 → 0.6', life.lab.power10, atLeast(0.85)));
  rows.push(meanRow(lab, 'trials per run, unchanged', life.lab.trials, atMost(160, '')));
  rows.push(meanRow(lab, 'trials per run, with a drop', life.lab.trialsDrop));

  const agent = '2 agent edited in the PR';
  rows.push(shareRow(agent, 'caught 0.9 → 0.4', life.agentEdited.power09, atLeast(0.85)));
  rows.push(shareRow(agent, 'false-fail, no drop', life.agentEdited.falseFail, atMost(0.02)));
  rows.push(meanRow(agent, 'comparisons per run (of 20)', life.agentEdited.comparisons, atLeast(20, '')));
  rows.push(shareRow(agent, 'comparisons marked "agent changed"', life.agentEdited.marked, atLeast(1)));

  const edited = '3 edited test';
  rows.push(shareRow(edited, 'gate fails: criteria edited, 0.9 → 0.4', life.criteriaDrop, atLeast(0.85)));
  rows.push(shareRow(edited, 'gate fails: never-passing criterion added', life.neverPassEdited, atLeast(1)));
  rows.push(shareRow(edited, 'gate fails: new test, never-passing', life.neverPassNew, atLeast(1)));

  for (const k of YOUNG) {
    const y = life.young.get(k)!;
    const young = `4 young history: ${k} base run${k === 1 ? '' : 's'}`;
    rows.push(shareRow(young, 'false-fail, unchanged agent', y.falseFail));
    rows.push(shareRow(young, 'power 0.9 → 0.4', y.power09));
    rows.push(shareRow(young, 'power 1.0 → 0.6', y.power10));
    rows.push(meanRow(young, 'reference power 0.9 → 0.4 (detectability)', y.analyticPower, undefined, 2));
    rows.push(meanRow(young, 'smallest detectable drop (80% power)', y.smallestDrop, undefined, 2));
    rows.push(shareRow(young, 'no drop detectable at all', y.undetectable));
    rows.push(shareRow(young, 'outputs name what it can detect', y.named, y.named.count > 0 ? atLeast(1) : undefined));
  }
  for (const k of PAIRED_AT) {
    const p = life.paired.get(k)!;
    const paired = `4 base side run (sim.): ${k} base runs`;
    rows.push(shareRow(paired, 'false-fail (any reason)', p.falseFail, atMost(0.05)));
    rows.push(shareRow(paired, "false-fail (base side's thresholds aside)", p.falseFailCandidate, atMost(0.05)));
    rows.push(shareRow(paired, 'power 0.9 → 0.4 (any reason)', p.power09, atLeast(0.8)));
    rows.push(shareRow(paired, "power 0.9 → 0.4 (base side's thresholds aside)", p.power09Candidate, atLeast(0.8)));
    // Every test on both sides: `--base` would run the base side only where the history is short for the test.
    rows.push(meanRow(paired, 'trials per run (both sides, every test)', p.trials));
  }

  const brokenRows = (kind: string, figures: BrokenFigures) => {
    const broken = `5 one broken run (${kind})`;
    rows.push(shareRow(broken, 'false-fail, unchanged agent', figures.falseFail, atMost(0.02)));
    const d09 = difference(figures.power09, life.lab.power09);
    const d10 = difference(figures.power10, life.lab.power10);
    rows.push(shareRow(broken, 'power 0.9 → 0.4', figures.power09));
    rows.push(noteRow(broken, '  vs clean history', d09.text, '', '≥ −5 pts', d09.value >= -0.05 ? '✓' : '✗'));
    rows.push(shareRow(broken, 'power 1.0 → 0.6', figures.power10));
    rows.push(noteRow(broken, '  vs clean history', d10.text, '', '≥ −5 pts', d10.value >= -0.05 ? '✓' : '✗'));
    rows.push(shareRow(broken, 'always-passing comparisons called flaky', figures.flaky, atMost(0)));
  };
  brokenRows('every trial errors', errors);
  brokenRows('every test fails', allFail);
  rows.push(
    shareRow('5 clean history (for reference)', 'always-passing comparisons called flaky', life.lab.flaky, atMost(0)),
  );

  const reruns = '6 local reruns, 0.9 → 0.4';
  life.reruns.forEach((share, i) => rows.push(shareRow(reruns, `gate fails at run ${i + 1}`, share)));
  const rerunGap = difference(life.reruns[3]!, life.reruns[0]!);
  rows.push(
    noteRow(reruns, '4th rerun vs fresh PR', rerunGap.text, '', '≥ −5 pts', rerunGap.value >= -0.05 ? '✓' : '✗'),
  );

  const out = '7 agent outage';
  rows.push(shareRow(out, 'infrastructure reason, 10-run history', outage.full.history.infrastructure, atLeast(1)));
  rows.push(meanRow(out, 'executed / planned trials', outage.full.history.ratio, atMost(1.2, ''), 2));
  rows.push(noteRow(out, '  worst run', outage.full.history.maxRatio.value.toFixed(2), '', '≤ 1.2'));
  rows.push(shareRow(out, 'infrastructure reason, no history', outage.full.none.infrastructure, atLeast(1)));
  rows.push(meanRow(out, 'executed / planned trials, no history', outage.full.none.ratio, atMost(1.2, ''), 2));
  rows.push(shareRow(out, 'half outage (60% errors): infrastructure', outage.partial.infrastructure));
  rows.push(meanRow(out, 'half outage: executed / planned', outage.partial.ratio, atMost(1.2, ''), 2));
  const det = outage.deterministic;
  rows.push(meanRow(out, 'deterministic, errored: keys per run (history)', det.history.keys));
  rows.push(meanRow(out, '  their extra trials per run', det.history.extra, atMost(0, ''), 2));
  rows.push(meanRow(out, 'deterministic, errored: keys per run (paired)', det.paired.keys));
  rows.push(meanRow(out, '  their extra trials per run', det.paired.extra, atMost(0, ''), 2));

  const early = '8 early stopping, 10 base runs';
  rows.push(meanRow(early, 'pooled rate of the p = 0.5 tests', life.pooled05, within(0.5, 0.02), 3));
  rows.push(meanRow(early, 'pooled rate of the p = 0.7 tests', life.pooled07, within(0.7, 0.02), 3));
  rows.push(shareRow(early, 'p = 0.5 base-run verdicts "not run"', life.notRun05, atMost(0)));

  const more = '9 other checks';
  rows.push(shareRow(more, 'run count 1, 10-run history: false-fail', extras.runCountOne.falseFail, atMost(0.05)));
  rows.push(meanRow(more, 'run count 1: trials per run', extras.runCountOne.trials));
  rows.push(shareRow(more, '100 tests, 10-run history: false-fail', extras.hundred.falseFail, atMost(0.05)));
  rows.push(meanRow(more, '100 tests: trials per run', extras.hundred.trials));
  rows.push(shareRow(more, 'new p=0.9 test, θ 0.8: 2 runs disagree', extras.threshold.disagree, atMost(0.05)));
  rows.push(meanRow(more, 'new p=0.9 test, θ 0.8: trials per run', extras.threshold.trials));

  for (const line of renderTable(rows)) log(line);

  // What a reference of n pooled trials can detect, at the per-comparison level of a 20-test run.
  const level = 0.05 / 20;
  const sizes = [5, 10, 15, 25, 50]
    .map((trials) => {
      const found = detectability({ referenceTrials: trials, planned: 5, alpha: level }, 0.9);
      const smallest = found.smallestDrop === null ? 'none' : found.smallestDrop.toFixed(2);
      return `${trials}: power ${(found.power * 100).toFixed(0)}%, smallest ${smallest}`;
    })
    .join('; ');
  const needed = referenceTrialsNeeded({ planned: 5, alpha: level });
  log(`detectability (src/verdict/power.ts) of a p = 0.9 reference of n trials at α/20: ${sizes}.`);
  log(`  trials needed for 80% power on 0.9 → 0.4: ${needed ?? 'more than 200'}.`);
  log(
    `Intervals: Wilson 95% for shares, normal 95% for means, normal for differences; PRs of one branch share its ` +
      `base runs, so the intervals are somewhat optimistic. Widest: the young-history and base-side rows ` +
      `(${chains} runs each), the edited-test rows (${chains * 2}), the outage rows (${outageRuns}) and the ` +
      `100-test row.`,
  );
  log(`Verdict pipeline bench: ${elapsed()}.`);
}

/**
 * The bench's earlier checks, now on histories the base branch really rolled forward: run count 1, a 100-test
 * suite, and two unchanged runs of a new p = 0.9 test with an 80% threshold agreeing on its verdict.
 */
import { Mean, Share } from './figures.js';
import { Branch, GATE, HEALTHY, simulateRun, suiteMix, type SimTest } from './sim.js';

export interface ExtraFigures {
  readonly runCountOne: { readonly falseFail: Share; readonly trials: Mean };
  readonly hundred: { readonly falseFail: Share; readonly trials: Mean };
  readonly threshold: { readonly disagree: Share; readonly trials: Mean };
}

async function unchangedPrs(tests: readonly SimTest[], name: string, prs: number) {
  const falseFail = new Share();
  const trials = new Mean();
  const branch = new Branch(name);
  while (branch.runs < 10) await branch.advance(tests);
  for (let run = 0; run < prs; run++) {
    if (run % 2 === 1) await branch.advance(tests);
    const outcome = await simulateRun({ tests, agent: HEALTHY, earlier: branch.earlier(), seed: `${name}:${run}` });
    falseFail.add(outcome.gateFailed);
    trials.add(outcome.executed);
  }
  return { falseFail, trials };
}

export const emptyExtraFigures = (): ExtraFigures => ({
  runCountOne: { falseFail: new Share(), trials: new Mean() },
  hundred: { falseFail: new Share(), trials: new Mean() },
  threshold: { disagree: new Share(), trials: new Mean() },
});

/** Run count 1: `runs` unchanged PRs on a 10-run history. */
export async function runCountOnePrs(runs: number): Promise<ExtraFigures> {
  const single = suiteMix('one').map((test) => ({ ...test, runs: 1 }));
  return { ...emptyExtraFigures(), runCountOne: await unchangedPrs(single, 'runs1', runs) };
}

/** The 100-test suite: `prs` unchanged PRs on a 10-run history. */
export async function hundredTestPrs(prs: number): Promise<ExtraFigures> {
  return { ...emptyExtraFigures(), hundred: await unchangedPrs(suiteMix('h', 5), 'hundred', prs) };
}

/** Pairs `from` … `to − 1` of unchanged runs of a new p = 0.9 test with an 80% threshold: do they agree? */
export async function thresholdPairs(from: number, to: number): Promise<ExtraFigures> {
  const test: SimTest = { id: 'th', rate: 0.9, threshold: 0.8 };
  const gate = { ...GATE, min_pass_rate: 1 };
  const disagree = new Share();
  const trials = new Mean();
  for (let pair = from; pair < to; pair++) {
    const first = await simulateRun({ tests: [test], agent: HEALTHY, gate, seed: `th:${pair}:1` });
    const second = await simulateRun({ tests: [test], agent: HEALTHY, gate, seed: `th:${pair}:2` });
    disagree.add(first.results.tests[0]?.verdict !== second.results.tests[0]?.verdict);
    trials.add(first.executed);
    trials.add(second.executed);
  }
  return { ...emptyExtraFigures(), threshold: { disagree, trials } };
}

/**
 * A pull request's life against a base branch that grows its history from nothing, through the real pipeline.
 *
 * Each chain is one repository: a base branch whose every run (healthy agent, the 20-test mix, run count 5) rolls
 * the history forward with evaluateRun(rollHistory: true), and pull requests forked from it:
 * - young history: after 0, 1, 2 and 5 base runs, an unchanged PR and PRs with a 0.9 → 0.4 or a 1.0 → 0.6 drop;
 *   and, after 0 and 2, the same PRs with the base side run (a simulation: baseline = base agent, candidate =
 *   this one, in one run, until `rehearse run --base` lands);
 * - early stopping: the pooled rate of the p = 0.5 tests over the 10 base runs;
 * - then rounds with a 10-run history: each round one more base run, and PRs: unchanged, the two drops, the agent
 *   edited (its settings' version differs from the history's) with and without a drop, edited criteria with a
 *   drop, a criterion that can never pass (in an edited test and in a new one), and a regressed agent rerun
 *   locally four times (each rerun's results the next one's previous run, the history unchanged).
 */
import type { RunHistory } from '../../src/model/history.js';
import { Mean, Share } from './figures.js';
import { flakyLabels, namesDetectableDrop, pooledRate, referenceDetectability } from './probes.js';
import {
  Branch,
  droppedAgent,
  HEALTHY,
  simulateRun,
  suiteMix,
  type Agent,
  type RunOutcome,
  type SimTest,
} from './sim.js';

export const YOUNG = [0, 1, 2, 5] as const;
export const PAIRED_AT = [0, 2] as const;

export interface YoungFigures {
  readonly falseFail: Share;
  readonly power09: Share;
  readonly power10: Share;
  /** Analytic power of the 0.9 test's reference for 0.9 → 0.4 (detectability), per run. */
  readonly analyticPower: Mean;
  /** Smallest drop from the 0.9 test's reference rate detected with 80% power (points), when there is one. */
  readonly smallestDrop: Mean;
  /** Runs whose reference cannot detect any drop (detectability null). */
  readonly undetectable: Share;
  /** Runs where the reference is too small (power < 80%) and the comment or gate names what it can detect. */
  readonly named: Share;
}

export interface PairedFigures {
  readonly falseFail: Share;
  /** The gate fails for a reason other than a base-side (baseline) test below its own threshold. */
  readonly falseFailCandidate: Share;
  readonly power09: Share;
  readonly power09Candidate: Share;
  readonly trials: Mean;
}

export interface PrLifeFigures {
  readonly young: Map<number, YoungFigures>;
  readonly paired: Map<number, PairedFigures>;
  /** Per chain and p = 0.5 test: its pooled rate over the 10 base runs. */
  readonly pooled05: Mean;
  readonly pooled07: Mean;
  /** Base-run verdicts of the p = 0.5 tests that read `not_run`. */
  readonly notRun05: Share;
  readonly lab: {
    readonly falseFail: Share;
    readonly power09: Share;
    readonly power10: Share;
    readonly trials: Mean;
    readonly trialsDrop: Mean;
    readonly flaky: Share;
  };
  readonly agentEdited: {
    readonly falseFail: Share;
    readonly power09: Share;
    readonly comparisons: Mean;
    /** Comparisons that say the agent changed. */
    readonly marked: Share;
  };
  readonly criteriaDrop: Share;
  readonly neverPassEdited: Share;
  readonly neverPassNew: Share;
  /** Gate fails at local rerun 1 (the fresh PR) … 4. */
  readonly reruns: Share[];
  readonly chains: number;
  readonly rounds: number;
}

const young = (): YoungFigures => ({
  falseFail: new Share(),
  power09: new Share(),
  power10: new Share(),
  analyticPower: new Mean(),
  smallestDrop: new Mean(),
  undetectable: new Share(),
  named: new Share(),
});

const paired = (): PairedFigures => ({
  falseFail: new Share(),
  falseFailCandidate: new Share(),
  power09: new Share(),
  power09Candidate: new Share(),
  trials: new Mean(),
});

/** The gate fails for a reason that does not name only base-side (`@baseline`) tests. */
const candidateSideFails = (outcome: RunOutcome) => outcome.reasons.some((reason) => !/@baseline\b/.test(reason));

/** The base branch's history as the candidate variant's: the base side run next to a short history. */
function asCandidateHistory(history: RunHistory): RunHistory {
  return Object.fromEntries(
    Object.entries(history).map(([key, entries]) => [key.replace(/@default$/, '@candidate'), entries]),
  );
}

/** The suite and the agents every chain uses. */
function world() {
  const tests = suiteMix();
  const drop09 = droppedAgent(tests, 0.9, 0.4);
  const drop10 = droppedAgent(tests, 1.0, 0.6);
  const edited: Agent = { version: 'agent-2' };
  const editedDrop = droppedAgent(tests, 0.9, 0.4, edited).agent;
  const half = tests.filter((test) => test.rate === 0.5).map((test) => `${test.id}@default`);
  const seventy = tests.filter((test) => test.rate === 0.7).map((test) => `${test.id}@default`);
  // Edited criteria while the test dropped; a criterion that can never pass, added to a test or in a new one.
  const criteriaEdited = tests.map((test) => (test.id === drop09.testId ? { ...test, criteria: 'c2' } : test));
  const neverTest = tests.find((test) => test.rate === 1)!;
  const neverEdited = tests.map((test) => (test.id === neverTest.id ? { ...test, criteria: 'c-never' } : test));
  const neverAgent: Agent = { ...HEALTHY, rates: { [neverTest.id]: 0, 'new-never': 0 } };
  const withNew: SimTest[] = [...tests, { id: 'new-never', rate: 1, threshold: 1 }];
  return { tests, drop09, drop10, edited, editedDrop, half, seventy, criteriaEdited, neverEdited, neverAgent, withNew };
}

export function emptyPrLifeFigures(chains: number, rounds: number): PrLifeFigures {
  return {
    young: new Map(YOUNG.map((k) => [k, young()])),
    paired: new Map(PAIRED_AT.map((k) => [k, paired()])),
    pooled05: new Mean(),
    pooled07: new Mean(),
    notRun05: new Share(),
    lab: {
      falseFail: new Share(),
      power09: new Share(),
      power10: new Share(),
      trials: new Mean(),
      trialsDrop: new Mean(),
      flaky: new Share(),
    },
    agentEdited: { falseFail: new Share(), power09: new Share(), comparisons: new Mean(), marked: new Share() },
    criteriaDrop: new Share(),
    neverPassEdited: new Share(),
    neverPassNew: new Share(),
    reruns: [new Share(), new Share(), new Share(), new Share()],
    chains,
    rounds,
  };
}

/**
 * One chain (one repository, seeded by its index): its own figures, which the bench adds up over the chains
 * (mergeFigures). A chain's outcome depends on its index and `rounds` only.
 */
export async function prLifeChain(chain: number, rounds: number): Promise<PrLifeFigures> {
  const { tests, drop09, drop10, edited, editedDrop, half, seventy, criteriaEdited, neverEdited, neverAgent, withNew } =
    world();
  const figures = emptyPrLifeFigures(1, rounds);
  const branch = new Branch(`chain${chain}`);
  const pr = (name: string, agent: Agent, suite: readonly SimTest[] = tests) =>
    simulateRun({ tests: suite, agent, earlier: branch.earlier(), seed: `chain${chain}:${branch.runs}:${name}` });

  while (branch.runs < 10) {
    const k = branch.runs;
    const y = figures.young.get(k);
    if (y) {
      y.falseFail.add((await pr('same', HEALTHY)).gateFailed);
      const dropped = await pr('drop09', drop09.agent);
      y.power09.add(dropped.gateFailed);
      y.power10.add((await pr('drop10', drop10.agent)).gateFailed);
      const found = referenceDetectability(dropped, `${drop09.testId}@default`);
      y.analyticPower.add(found.power);
      y.undetectable.add(found.smallestDrop === null);
      if (found.smallestDrop !== null) y.smallestDrop.add(found.smallestDrop);
      if (!found.sufficient) y.named.add(namesDetectableDrop(dropped));
    }
    const p = figures.paired.get(k);
    if (p) {
      const history = asCandidateHistory(branch.history());
      const earlier = k === 0 ? {} : { history };
      const side = (name: string, agent: Agent) =>
        simulateRun({ tests, agent, baseAgent: HEALTHY, earlier, seed: `chain${chain}:${k}:paired-${name}` });
      const same = await side('same', HEALTHY);
      p.falseFail.add(same.gateFailed);
      p.falseFailCandidate.add(same.gateFailed && candidateSideFails(same));
      p.trials.add(same.executed);
      const dropped = await side('drop09', drop09.agent);
      p.power09.add(dropped.gateFailed);
      p.power09Candidate.add(dropped.gateFailed && candidateSideFails(dropped));
    }
    const base = await branch.advance(tests);
    for (const test of base.results.tests)
      if (half.includes(test.key)) figures.notRun05.add(test.verdict === 'not_run');
    if (branch.runs === 10) {
      for (const key of half) {
        const rate = pooledRate(base, key);
        figures.pooled05.add(rate.passes / rate.trials);
      }
      for (const key of seventy) {
        const rate = pooledRate(base, key);
        figures.pooled07.add(rate.passes / rate.trials);
      }
    }
  }

  for (let round = 0; round < rounds; round++) {
    await branch.advance(tests);
    const { lab } = figures;
    for (const copy of [0, 1]) {
      const same = await pr(`same${copy}`, HEALTHY);
      lab.falseFail.add(same.gateFailed);
      lab.trials.add(same.executed);
      const labels = flakyLabels(same, tests);
      for (let i = 0; i < labels.compared; i++) lab.flaky.add(i < labels.flaky);
      const agentOnly = await pr(`edited${copy}`, edited);
      figures.agentEdited.falseFail.add(agentOnly.gateFailed);
      figures.agentEdited.comparisons.add(agentOnly.results.gate?.comparisons ?? 0);
      for (const change of agentOnly.evaluation.comparisons.previous?.changes ?? [])
        figures.agentEdited.marked.add(change.agentChanged === true);
    }
    // The fresh PR with the drop is local run 1; reruns 2–4 see the previous rerun, never join the history.
    let rerun = await pr('drop09', drop09.agent);
    lab.power09.add(rerun.gateFailed);
    lab.trialsDrop.add(rerun.executed);
    figures.reruns[0]!.add(rerun.gateFailed);
    for (let again = 1; again < 4; again++) {
      rerun = await simulateRun({
        tests,
        agent: drop09.agent,
        earlier: { previous: rerun.results, history: branch.history() },
        seed: `chain${chain}:${branch.runs}:rerun${again}`,
      });
      figures.reruns[again]!.add(rerun.gateFailed);
    }
    const drop10Run = await pr('drop10', drop10.agent);
    lab.power10.add(drop10Run.gateFailed);
    lab.trialsDrop.add(drop10Run.executed);
    figures.agentEdited.power09.add((await pr('edited-drop09', editedDrop)).gateFailed);
    if (round < 2) {
      figures.criteriaDrop.add((await pr('criteria-drop', drop09.agent, criteriaEdited)).gateFailed);
      figures.neverPassEdited.add((await pr('never-edited', neverAgent, neverEdited)).gateFailed);
      figures.neverPassNew.add((await pr('never-new', neverAgent, withNew)).gateFailed);
    }
  }
  return figures;
}

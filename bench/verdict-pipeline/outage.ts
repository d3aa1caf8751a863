/**
 * Infrastructure is not evidence. An agent outage (every trial errors) in a PR run, with a 10-run history and with
 * none: the gate must fail with an infrastructure reason and the runner must not buy trials with the errors. A
 * half outage (each trial errors with probability 0.6) shows the class. Deterministic single-trial tests whose only
 * trial errored (half the trials erroring; with a history, and baseline + candidate with none) must get no extra
 * trial.
 */
import { Max, Mean, Share } from './figures.js';
import { erroredKeys, extraTrials } from './probes.js';
import { Branch, HEALTHY, simulateRun, suiteMix, type Agent, type SimTest } from './sim.js';

export interface OutageFigures {
  readonly infrastructure: Share;
  readonly gateFails: Share;
  /** Executed trials / planned trials, per run. */
  readonly ratio: Mean;
  readonly maxRatio: Max;
}

export interface DeterministicFigures {
  /** Keys whose planned trial errored (both sides for a pair) … */
  readonly keys: Mean;
  /** … and the confirmation trials they got, per run. */
  readonly extra: Mean;
  readonly runs: Share;
}

const outage = (): OutageFigures => ({
  infrastructure: new Share(),
  gateFails: new Share(),
  ratio: new Mean(),
  maxRatio: new Max(),
});

export interface OutageBench {
  readonly full: { readonly history: OutageFigures; readonly none: OutageFigures };
  readonly partial: OutageFigures;
  readonly deterministic: { readonly history: DeterministicFigures; readonly paired: DeterministicFigures };
}

const deterministicFigures = (): DeterministicFigures => ({ keys: new Mean(), extra: new Mean(), runs: new Share() });

export const emptyOutageFigures = (): OutageBench => ({
  full: { history: outage(), none: outage() },
  partial: outage(),
  deterministic: { history: deterministicFigures(), paired: deterministicFigures() },
});

/** The full and half outages (`runs` of each kind), on one base branch that moves on every fifth run. */
export async function outageRuns(runs: number): Promise<OutageBench> {
  const tests = suiteMix();
  const down: Agent = { ...HEALTHY, errorRate: 1 };
  const shaky: Agent = { ...HEALTHY, errorRate: 0.6 };
  const result = emptyOutageFigures();
  const record = (figures: OutageFigures, outcome: Awaited<ReturnType<typeof simulateRun>>) => {
    figures.gateFails.add(outcome.gateFailed);
    figures.infrastructure.add(outcome.gateFailed && outcome.reasons.some((r) => r.startsWith('infrastructure')));
    const ratio = outcome.executed / outcome.planned;
    figures.ratio.add(ratio);
    figures.maxRatio.add(ratio);
  };
  const branch = new Branch('outage');
  while (branch.runs < 10) await branch.advance(tests);
  for (let run = 0; run < runs; run++) {
    // The base branch moves on between outages, so they do not all see the same history.
    if (run % 5 === 4) await branch.advance(tests);
    const seed = `outage:${run}`;
    record(result.full.history, await simulateRun({ tests, agent: down, earlier: branch.earlier(), seed }));
    record(result.full.none, await simulateRun({ tests, agent: down, seed: `${seed}:none` }));
    record(result.partial, await simulateRun({ tests, agent: shaky, earlier: branch.earlier(), seed: `${seed}:half` }));
  }
  return result;
}

/** Deterministic single-trial tests (always passing when they run), half their trials erroring: `runs` of each. */
export async function deterministicRuns(runs: number): Promise<OutageBench> {
  const result = emptyOutageFigures();
  const deterministic: SimTest[] = Array.from({ length: 20 }, (_, i) => ({
    id: `d${i}`,
    rate: 1,
    threshold: 1,
    runs: 1,
    deterministic: true,
  }));
  const half: Agent = { ...HEALTHY, errorRate: 0.5 };
  const deterministicBranch = new Branch('deterministic');
  while (deterministicBranch.runs < 10) await deterministicBranch.advance(deterministic);
  for (let run = 0; run < runs; run++) {
    const withHistory = await simulateRun({
      tests: deterministic,
      agent: half,
      earlier: deterministicBranch.earlier(),
      seed: `det:${run}`,
    });
    const keys = erroredKeys(withHistory);
    const extra = extraTrials(withHistory, keys);
    result.deterministic.history.keys.add(keys.size);
    result.deterministic.history.extra.add(extra);
    result.deterministic.history.runs.add(extra > 0);
    const pairedRun = await simulateRun({
      tests: deterministic,
      agent: half,
      baseAgent: half,
      seed: `det-pair:${run}`,
    });
    // A pair with an errored side: both its keys.
    const pairKeys = new Set<string>();
    for (const key of erroredKeys(pairedRun)) {
      const id = key.split('@')[0]!;
      pairKeys.add(`${id}@baseline`).add(`${id}@candidate`);
    }
    const pairExtra = extraTrials(pairedRun, pairKeys);
    result.deterministic.paired.keys.add(pairKeys.size);
    result.deterministic.paired.extra.add(pairExtra);
    result.deterministic.paired.runs.add(pairExtra > 0);
  }
  return result;
}

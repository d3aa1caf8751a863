/**
 * One broken run inside a 10-run history: a bad deploy of main that was fixed the next day. Each chain runs 10
 * healthy base runs, one broken one (every trial erroring, or every test failing), then 9 healthy base runs, each
 * followed by pull requests while the broken run is still inside the 10-run window: unchanged, and two each of the
 * 0.9 → 0.4 and 1.0 → 0.6 drops. Compared with the clean history of the PR-life chains.
 */
import { Share } from './figures.js';
import { flakyLabels } from './probes.js';
import { Branch, droppedAgent, HEALTHY, simulateRun, suiteMix, type Agent } from './sim.js';

export type Breakage = 'errors' | 'all-fail';

export interface BrokenFigures {
  readonly falseFail: Share;
  readonly power09: Share;
  readonly power10: Share;
  /** Comparisons of always-passing tests labelled flaky. */
  readonly flaky: Share;
}

export const emptyBrokenFigures = (): BrokenFigures => ({
  falseFail: new Share(),
  power09: new Share(),
  power10: new Share(),
  flaky: new Share(),
});

/** One chain (seeded by the breakage and its index): its own figures, added up over the chains by the bench. */
export async function brokenChain(breakage: Breakage, chain: number): Promise<BrokenFigures> {
  const tests = suiteMix();
  const broken: Agent =
    breakage === 'errors'
      ? { ...HEALTHY, errorRate: 1 }
      : { ...HEALTHY, rates: Object.fromEntries(tests.map((test) => [test.id, 0])) };
  const drop09 = droppedAgent(tests, 0.9, 0.4).agent;
  const drop10 = droppedAgent(tests, 1.0, 0.6).agent;
  const figures = emptyBrokenFigures();
  const branch = new Branch(`broken-${breakage}${chain}`);
  while (branch.runs < 10) await branch.advance(tests);
  await branch.advance(tests, broken);
  for (let after = 0; after < 9; after++) {
    await branch.advance(tests);
    const pr = (name: string, agent: Agent) =>
      simulateRun({ tests, agent, earlier: branch.earlier(), seed: `${branch.name}:${branch.runs}:${name}` });
    const same = await pr('same', HEALTHY);
    figures.falseFail.add(same.gateFailed);
    const labels = flakyLabels(same, tests);
    for (let i = 0; i < labels.compared; i++) figures.flaky.add(i < labels.flaky);
    for (const copy of [0, 1]) {
      const one = await pr(`drop09-${copy}`, drop09);
      figures.power09.add(one.gateFailed);
      const two = await pr(`drop10-${copy}`, drop10);
      figures.power10.add(two.gateFailed);
      for (const run of [one, two]) {
        const more = flakyLabels(run, tests);
        for (let i = 0; i < more.compared; i++) figures.flaky.add(i < more.flaky);
      }
    }
  }
  return figures;
}

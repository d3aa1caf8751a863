/**
 * Verdict bench: a seeded simulation of the issue's suite mix (20 tests: 8 at
 * p = 1.0, 6 at 0.9, 4 at 0.7, 2 at 0.5; run count 5; fail_on [regression])
 * through the real decision functions of src/verdict, batch by batch, as the
 * runner will call them. Prints each figure with its target and ✓ met / ✗ MISSED.
 *
 * "Trials per run" counts the trials this run executes (current side, plus
 * the baseline variant when it is the reference); the history is read from
 * the previous artifact and costs none.
 *
 * Run alone: `npm run bench -- verdict`.
 */
import {
  baselineReference,
  comparisonLevel,
  decideTest,
  fullSample,
  type ComparisonLevel,
  type Counts,
  type DropInput,
  type TestDecision,
  type ThresholdInput,
} from '../src/verdict/index.js';
import { seededRandom } from '../test/support/seeded-random.js';

type Random = () => number;

function draw(random: Random, rate: number, trials: number): number {
  let passes = 0;
  for (let i = 0; i < trials; i += 1) if (random() < rate) passes += 1;
  return passes;
}

const SUITE_MIX: readonly number[] = [
  ...Array<number>(8).fill(1.0),
  ...Array<number>(6).fill(0.9),
  ...Array<number>(4).fill(0.7),
  0.5,
  0.5,
];

type ReferenceKind = 'history' | 'previous' | 'baseline';

interface SimulatedTest {
  /** True pass rate of the reference (history / previous run / baseline variant). */
  readonly referenceRate: number;
  /** True pass rate now. */
  readonly currentRate: number;
}

interface Setting {
  readonly planned: number;
  readonly references: readonly ReferenceKind[];
  /** Runs in the history (each of `planned` trials). */
  readonly historyRuns: number;
  readonly level: ComparisonLevel;
  readonly threshold?: number;
  /** The baseline variant's own key is compared with its own history too (the action on a model switch). */
  readonly baselineHasHistory?: boolean;
}

interface TestOutcome {
  readonly regression: boolean;
  readonly trials: number;
  readonly thresholdPass?: boolean;
}

/** One test key's trials in the order they ran, so a comparison can read its fixed first-n sample. */
class Trials {
  private readonly outcomes: boolean[] = [];
  constructor(
    private readonly rate: number,
    private readonly random: Random,
  ) {}
  run(count: number): void {
    for (let i = 0; i < count; i += 1) this.outcomes.push(this.random() < this.rate);
  }
  get count(): number {
    return this.outcomes.length;
  }
  first(limit: number = Infinity): Counts {
    const taken = this.outcomes.slice(0, Math.min(limit, this.outcomes.length));
    return { passes: taken.filter(Boolean).length, trials: taken.length };
  }
}

function historyOf(rate: number, setting: Setting, random: Random): Counts {
  const trials = setting.historyRuns * setting.planned;
  return { passes: draw(random, rate, trials), trials };
}

/** One test (and its baseline variant when there is one) through the decision functions, batch by batch. */
function simulateTest(test: SimulatedTest, setting: Setting, random: Random): TestOutcome {
  const { planned } = setting;
  const alpha = setting.level.alpha;
  const fixed = new Map<ReferenceKind, Counts>();
  if (setting.references.includes('history')) fixed.set('history', historyOf(test.referenceRate, setting, random));
  if (setting.references.includes('previous')) {
    fixed.set('previous', { passes: draw(random, test.referenceRate, planned), trials: planned });
  }
  const baselineHistory = setting.baselineHasHistory ? historyOf(test.referenceRate, setting, random) : undefined;
  const current = new Trials(test.currentRate, random);
  const baseline = new Trials(test.referenceRate, random);
  const againstFixed = fullSample({ planned }).current;
  const paired = fullSample({ planned, reference: baselineReference({ passes: 0, trials: 0 }, planned) });
  for (;;) {
    const drops: DropInput[] = setting.references.map((kind) =>
      kind === 'baseline'
        ? {
            reference: baselineReference(baseline.first(paired.reference), planned),
            current: current.first(paired.current),
            planned,
            alpha,
          }
        : {
            reference: { counts: fixed.get(kind)!, source: kind },
            current: current.first(againstFixed),
            planned,
            alpha,
          },
    );
    const threshold: ThresholdInput | undefined =
      setting.threshold === undefined ? undefined : { current: current.first(), planned, threshold: setting.threshold };
    const decision: TestDecision = decideTest({ drops, ...(threshold ? { threshold } : {}) });
    const baselineOwn: TestDecision | undefined = baselineHistory
      ? decideTest({
          drops: [
            {
              reference: { counts: baselineHistory, source: 'history' },
              current: baseline.first(againstFixed),
              planned,
              alpha,
            },
          ],
        })
      : undefined;
    if (decision.status === 'settled' && (!baselineOwn || baselineOwn.status === 'settled')) {
      return {
        regression:
          decision.regression === 'regression-confirmed' ||
          (baselineOwn?.status === 'settled' && baselineOwn.regression === 'regression-confirmed'),
        trials: current.count + baseline.count,
        ...(decision.threshold ? { thresholdPass: decision.threshold.outcome === 'pass' } : {}),
      };
    }
    const currentMore = decision.status === 'more' ? decision.current : 0;
    const baselineMore = Math.max(
      decision.status === 'more' ? decision.reference : 0,
      baselineOwn?.status === 'more' ? baselineOwn.current : 0,
    );
    current.run(currentMore);
    baseline.run(baselineMore);
  }
}

interface RunFigures {
  readonly falseFail: number;
  readonly meanTrials: number;
}

/** Whole-suite runs with nothing changed: the share of runs the gate fails, and trials per run. */
function nullRuns(mix: readonly number[], setting: Setting, runs: number, random: Random): RunFigures {
  let failed = 0;
  let trials = 0;
  for (let run = 0; run < runs; run += 1) {
    let anyRegression = false;
    for (const rate of mix) {
      const outcome = simulateTest({ referenceRate: rate, currentRate: rate }, setting, random);
      anyRegression ||= outcome.regression;
      trials += outcome.trials;
    }
    if (anyRegression) failed += 1;
  }
  return { falseFail: failed / runs, meanTrials: trials / runs };
}

/** The share of runs in which one test that dropped from `from` to `to` is a confirmed regression. */
function power(from: number, to: number, setting: Setting, runs: number, random: Random): number {
  let detected = 0;
  for (let run = 0; run < runs; run += 1)
    if (simulateTest({ referenceRate: from, currentRate: to }, setting, random).regression) detected += 1;
  return detected / runs;
}

function fraction(level: ComparisonLevel): string {
  return `${level.alpha.num}/${level.alpha.den}`;
}

interface Line {
  readonly label: string;
  readonly value: number;
  readonly target: number;
  readonly direction: 'max' | 'min';
  readonly unit?: 'percent' | 'trials';
}

function format(line: Line): string {
  const show = (x: number) => (line.unit === 'trials' ? x.toFixed(1) : `${(x * 100).toFixed(1)}%`);
  const met = line.direction === 'max' ? line.value <= line.target : line.value >= line.target;
  const sign = line.direction === 'max' ? '≤' : '≥';
  const gap = met ? '' : ` (by ${show(Math.abs(line.value - line.target))})`;
  const verdict = met ? '✓ met' : `✗ MISSED${gap}`;
  const value = show(line.value).padStart(7);
  return `  ${line.label.padEnd(46)} ${value}  target ${sign} ${show(line.target).padEnd(7)} ${verdict}`;
}

export interface VerdictBenchOptions {
  readonly nullRuns?: number;
  readonly powerRuns?: number;
  readonly seed?: number;
}

export function benchVerdict(
  options: VerdictBenchOptions = {},
  log: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): { readonly missed: number } {
  const nullCount = options.nullRuns ?? 4000;
  const powerCount = options.powerRuns ?? 6000;
  const random = seededRandom(options.seed ?? 20261201);
  const started = performance.now();
  const lines: { header: string; lines: Line[] }[] = [];
  const mix = SUITE_MIX;

  const history: Setting = {
    planned: 5,
    references: ['history'],
    historyRuns: 10,
    level: comparisonLevel(0.05, mix.length),
  };
  const a = nullRuns(mix, history, nullCount, random);
  lines.push({
    header: `(a) history of 10 runs, run count 5, 20 tests, α_run 0.05 → per comparison ${fraction(history.level)}`,
    lines: [
      { label: 'false-fail per run (unchanged agent)', value: a.falseFail, target: 0.02, direction: 'max' },
      {
        label: 'power 0.9 → 0.4',
        value: power(0.9, 0.4, history, powerCount, random),
        target: 0.85,
        direction: 'min',
      },
      {
        label: 'power 0.9 → 0.6',
        value: power(0.9, 0.6, history, powerCount, random),
        target: 0,
        direction: 'min',
      },
      {
        label: 'power 1.0 → 0.6',
        value: power(1.0, 0.6, history, powerCount, random),
        target: 0.85,
        direction: 'min',
      },
      {
        label: 'mean trials per run (unchanged agent)',
        value: a.meanTrials,
        target: 160,
        direction: 'max',
        unit: 'trials',
      },
    ],
  });

  const variants: Setting = {
    planned: 5,
    references: ['baseline'],
    historyRuns: 0,
    level: comparisonLevel(0.05, mix.length),
  };
  const b = nullRuns(mix, variants, nullCount, random);
  lines.push({
    header: `(b) no history: baseline + candidate in one run, α per comparison ${fraction(variants.level)}`,
    lines: [
      { label: 'false-fail per run', value: b.falseFail, target: 0.05, direction: 'max' },
      {
        label: 'power 0.9 → 0.4',
        value: power(0.9, 0.4, variants, powerCount, random),
        target: 0.8,
        direction: 'min',
      },
      {
        label: 'mean trials per run (both variants)',
        value: b.meanTrials,
        target: 0,
        direction: 'max',
        unit: 'trials',
      },
    ],
  });

  // Per test: baseline key vs its history, candidate key vs its history, candidate vs baseline.
  const action: Setting = {
    planned: 5,
    references: ['history', 'baseline'],
    historyRuns: 10,
    level: comparisonLevel(0.05, 3 * mix.length),
    baselineHasHistory: true,
  };
  const f = nullRuns(mix, action, nullCount, random);
  lines.push({
    header: `(a+b) the action: each variant vs its history + candidate vs baseline, α ${fraction(action.level)}`,
    lines: [
      { label: 'false-fail per run', value: f.falseFail, target: 0.05, direction: 'max' },
      {
        label: 'mean trials per run (both variants)',
        value: f.meanTrials,
        target: 0,
        direction: 'max',
        unit: 'trials',
      },
      {
        label: 'power 0.9 → 0.4 (candidate dropped)',
        value: power(0.9, 0.4, action, powerCount, random),
        target: 0.8,
        direction: 'min',
      },
    ],
  });

  const single: Setting = {
    planned: 1,
    references: ['history'],
    historyRuns: 10,
    level: comparisonLevel(0.05, mix.length),
  };
  const singlePrevious: Setting = {
    planned: 1,
    references: ['previous'],
    historyRuns: 0,
    level: comparisonLevel(0.05, mix.length),
  };
  const c = nullRuns(mix, single, nullCount, random);
  const cPrevious = nullRuns(mix, singlePrevious, nullCount, random);
  lines.push({
    header: '(c) run count 1 (single-trial flips are rerun before they can fail the gate)',
    lines: [
      { label: 'false-fail per run, history of 10 runs', value: c.falseFail, target: 0.05, direction: 'max' },
      { label: 'false-fail per run, previous run only', value: cPrevious.falseFail, target: 0.05, direction: 'max' },
      {
        label: 'power 1.0 → 0.6, history of 10 runs',
        value: power(1.0, 0.6, single, powerCount, random),
        target: 0,
        direction: 'min',
      },
      { label: 'mean trials per run, history', value: c.meanTrials, target: 0, direction: 'max', unit: 'trials' },
    ],
  });

  const large = Array.from({ length: 5 }, () => mix).flat();
  const hundred: Setting = {
    planned: 5,
    references: ['history'],
    historyRuns: 10,
    level: comparisonLevel(0.05, large.length),
  };
  const d = nullRuns(large, hundred, Math.round(nullCount / 4), random);
  lines.push({
    header: `(d) 100 tests of the same mix, history of 10 runs, α per comparison ${fraction(hundred.level)}`,
    lines: [
      { label: 'false-fail per run', value: d.falseFail, target: 0.05, direction: 'max' },
      {
        label: 'power 0.9 → 0.4',
        value: power(0.9, 0.4, hundred, powerCount, random),
        target: 0,
        direction: 'min',
      },
    ],
  });

  const thresholdSetting: Setting = {
    planned: 5,
    references: [],
    historyRuns: 0,
    level: history.level,
    threshold: 0.8,
  };
  let disagree = 0;
  let thresholdTrials = 0;
  const pairs = powerCount * 2;
  for (let pair = 0; pair < pairs; pair += 1) {
    const first = simulateTest({ referenceRate: 0.9, currentRate: 0.9 }, thresholdSetting, random);
    const second = simulateTest({ referenceRate: 0.9, currentRate: 0.9 }, thresholdSetting, random);
    if (first.thresholdPass !== second.thresholdPass) disagree += 1;
    thresholdTrials += first.trials + second.trials;
  }
  lines.push({
    header: '(e) p = 0.9 test, threshold 80%, run count 5 (sequential threshold verdict)',
    lines: [
      { label: 'verdict differs between two unchanged runs', value: disagree / pairs, target: 0.05, direction: 'max' },
      {
        label: 'mean trials per run for this test',
        value: thresholdTrials / (2 * pairs),
        target: 15,
        direction: 'max',
        unit: 'trials',
      },
    ],
  });

  log(`Verdict bench: ${nullCount} null runs per case, ${powerCount} per power figure (±1% at 95%), seeded.`);
  let missed = 0;
  for (const block of lines) {
    log(block.header);
    for (const line of block.lines) {
      const text = format(line);
      if (line.target !== 0 && text.includes('MISSED')) missed += 1;
      log(line.target === 0 ? text.replace(/target.*$/, '(no target)') : text);
    }
  }
  log(
    `Verdict bench: ${missed === 0 ? 'every target met' : `${missed} target(s) MISSED`} ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return { missed };
}

// Run alone with `npm run bench -- verdict` (bench/index.ts).

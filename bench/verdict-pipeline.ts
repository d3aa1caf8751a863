/**
 * Verdict bench through the real code: the suite mix run by the REAL
 * runSuite (runner + confirmation policy: batches, confirmation trials, early
 * stopping) with a seeded Bernoulli judge, then the REAL evaluateRun for the
 * gate. Prints, per case, the share of runs whose gate fails, the share with a
 * confirmed regression in the runner's own decisions (TestSummary.confirmation),
 * and the mean trials per run.
 *
 * Each trial's outcome is a function of (seed, run, key, index), so the figures
 * do not depend on the order the runner happens to finish trials in.
 *
 * Run alone: `npm run bench -- verdict-pipeline`.
 */
import type { ExecuteTrial } from '../src/engine/types.js';
import type { HistoryEntry, RunHistory } from '../src/model/history.js';
import type { Results } from '../src/model/results.js';
import { evaluateRun, runSuite } from '../src/pipeline/index.js';
import type { ConversationTrial, Plan, Trial } from '../src/plan/types.js';
import type { JudgeTrial } from '../src/runner/trial.js';
import type { LoadedSuite, VariantId } from '../src/suite/types.js';

const MIX: readonly number[] = [
  ...Array<number>(8).fill(1.0),
  ...Array<number>(6).fill(0.9),
  ...Array<number>(4).fill(0.7),
  0.5,
  0.5,
];

/** A uniform number in [0, 1) from a string: FNV-1a, then one mulberry32 step. */
function uniform(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  let t = (hash + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const SUITE: LoadedSuite = {
  rootFile: '/bench/rehearse.yaml',
  files: [],
  name: 'verdict-bench',
  pricing: {},
  defaults: {},
  variants: {},
  gate: { min_pass_rate: 0, fail_on: ['regression'], alpha: 0.05, allow_skipped: false, history: 10 },
  run: {
    concurrency: 64,
    call_timeout_ms: 60_000,
    trial_timeout_ms: 300_000,
    mock_tool_timeout_ms: 2_000,
    retries: 0,
    fail_fast: false,
    pass_hat_k: 3,
  },
  agents: [],
  personas: [],
  scenarios: [],
  profiles: [],
  tools: [],
  metrics: [],
  tests: [],
  sets: [],
  datasets: [],
};

interface BenchTest {
  readonly id: string;
  /** True pass rate of the reference (history / baseline variant). */
  readonly before: number;
  /** True pass rate now (the candidate's, when both variants run). */
  readonly now: number;
}

function trialOf(
  test: BenchTest,
  variant: VariantId,
  index: number,
  runs: number,
  minPassRate: number,
): ConversationTrial {
  const key = `${test.id}@${variant}`;
  return {
    kind: 'conversation',
    id: `${key}#${index}`,
    key,
    testId: test.id,
    variant,
    index,
    runs,
    minPassRate,
    priority: 'normal',
    tags: [],
    source: { file: 'rehearse.yaml', line: 1, column: 1 },
    agent: {
      id: 'bot',
      type: 'command',
      command: ['bot'],
      env: {},
      timeout_ms: 30_000,
      tools: [],
      profile_context: true,
      max_tool_rounds: 30,
    },
    tools: [],
    profile: {},
    criteria: [],
    persona: { id: 'p', role: 'customer', background: '', language: 'en', traits: [], version: 'p1' },
    scenario: { id: 's', type: 'behavioral', objective: 'o', instructions: 'i', max_turns: 1, tags: [], version: 's1' },
  } as ConversationTrial;
}

function planOf(tests: readonly BenchTest[], runs: number, variants: readonly VariantId[], minPassRate: number): Plan {
  const trials: Trial[] = [];
  for (const test of tests) {
    for (let index = 0; index < runs; index++)
      for (const variant of variants) trials.push(trialOf(test, variant, index, runs, minPassRate));
  }
  return { trials, variants, skipped: [] };
}

const EXECUTE: ExecuteTrial = async () => ({
  events: [],
  endReason: 'stop_signal',
  turns: 1,
  usage: { inputTokens: 0, outputTokens: 0, costUsd: 0.001 },
  startedAt: '2026-12-01T00:00:00.000Z',
  durationMs: 1,
  attempts: 1,
});

function judgeOf(tests: readonly BenchTest[], variants: readonly VariantId[], seed: string): JudgeTrial {
  const rates = new Map<string, number>();
  for (const test of tests) {
    for (const variant of variants) rates.set(`${test.id}@${variant}`, variant === 'baseline' ? test.before : test.now);
  }
  return async (trial) => {
    const passed = uniform(`${seed}:${trial.id}`) < (rates.get(trial.key) ?? 1);
    return [
      {
        id: 'outcome',
        type: 'turns',
        baseline: false,
        passed,
        score: passed ? 1 : 0,
        threshold: 1,
        reason: passed ? 'ok' : 'no',
      },
    ];
  };
}

function historyOf(
  tests: readonly BenchTest[],
  variants: readonly VariantId[],
  runs: number,
  length: number,
  seed: string,
): RunHistory {
  const history: Record<string, HistoryEntry[]> = {};
  for (const test of tests) {
    for (const variant of variants) {
      const key = `${test.id}@${variant}`;
      history[key] = Array.from({ length }, (_, run) => {
        let passes = 0;
        for (let i = 0; i < runs; i++) if (uniform(`${seed}:h:${key}:${run}:${i}`) < test.before) passes++;
        return {
          runId: `H${run}`,
          date: '2026-11-30T00:00:00.000Z',
          definition: { persona: 'p1', scenario: 's1' },
          passes,
          failures: runs - passes,
          errors: 0,
        };
      });
    }
  }
  return history;
}

interface Case {
  readonly tests: readonly BenchTest[];
  readonly runs: number;
  readonly variants: readonly VariantId[];
  /** Runs of history per key (0: none). */
  readonly history: number;
  readonly minPassRate?: number;
  readonly gate?: LoadedSuite['gate'];
}

interface Outcome {
  readonly results: Results;
  readonly gateFailed: boolean;
  readonly confirmed: boolean;
}

async function runOnce(setting: Case, seed: string): Promise<Outcome> {
  const plan = planOf(setting.tests, setting.runs, setting.variants, setting.minPassRate ?? 1);
  const suite = setting.gate ? { ...SUITE, gate: setting.gate } : SUITE;
  const history =
    setting.history > 0 ? historyOf(setting.tests, setting.variants, setting.runs, setting.history, seed) : undefined;
  const earlier = history ? { history } : {};
  const results = await runSuite({
    suite,
    plan,
    env: {},
    chat: { complete: async () => Promise.reject(new Error('no LLM in the bench')) },
    git: {},
    source: 'cli',
    runId: `RH-bench-${seed}`,
    executeTrial: EXECUTE,
    judgeTrial: judgeOf(setting.tests, setting.variants, seed),
    earlier,
  });
  // As in the action and `rehearse run`, the history comes with the previous run that carried it: its tests are the
  // last history entry's counts.
  const withPrevious = history ? { ...earlier, previous: previousOf(results, history) } : earlier;
  const evaluation = evaluateRun({ results, earlier: withPrevious, gate: { suite: suite.gate } });
  return {
    results,
    gateFailed: !evaluation.gate.passed,
    confirmed: results.tests.some((test) => test.confirmation?.drop === 'confirmed'),
  };
}

/** The previous run a history was rolled forward by: each test with the counts of its newest entry. */
function previousOf(results: Results, history: RunHistory): Results {
  const tests = results.tests.map((test) => {
    const last = history[test.key]?.at(-1);
    if (!last) return test;
    const trials = last.passes + last.failures + last.errors;
    const { outcomes: _outcomes, confirmation: _confirmation, ...rest } = test;
    return { ...rest, runs: trials, trials, passes: last.passes, failures: last.failures, errors: last.errors };
  });
  return { ...results, runId: 'RH-bench-previous', tests, trials: [], history };
}

interface Figures {
  readonly gateFails: number;
  readonly confirmed: number;
  readonly meanTrials: number;
}

async function measure(setting: Case, count: number, label: string): Promise<Figures> {
  let gateFails = 0;
  let confirmed = 0;
  let trials = 0;
  for (let run = 0; run < count; run++) {
    const outcome = await runOnce(setting, `${label}:${run}`);
    gateFails += Number(outcome.gateFailed);
    confirmed += Number(outcome.confirmed);
    trials += outcome.results.trials.length;
  }
  return { gateFails: gateFails / count, confirmed: confirmed / count, meanTrials: trials / count };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function line(label: string, figures: Figures, target: string): string {
  return (
    `  ${label.padEnd(38)} gate fails ${pct(figures.gateFails).padStart(6)}   runner-confirmed ` +
    `${pct(figures.confirmed).padStart(6)}   trials/run ${figures.meanTrials.toFixed(1).padStart(6)}   ${target}`
  );
}

const suiteMix = (prefix = 't', count = 1): BenchTest[] =>
  Array.from({ length: count }, (_, copy) =>
    MIX.map((rate, i) => ({ id: `${prefix}${copy}-${i}`, before: rate, now: rate })),
  ).flat();

/** The same suite with its first test of rate `from` now passing at `to`. */
function dropped(tests: readonly BenchTest[], from: number, to: number): BenchTest[] {
  const at = tests.findIndex((test) => test.before === from);
  return tests.map((test, i) => (i === at ? { ...test, now: to } : test));
}

export interface PipelineBenchOptions {
  /** Simulated runs per figure (default 400: about ±1.1% on a 5% rate, ±1.8% on an 85% power figure). */
  readonly runs?: number;
}

export async function benchVerdictPipeline(
  options: PipelineBenchOptions = {},
  log: (line: string) => void = (text) => process.stdout.write(`${text}\n`),
): Promise<void> {
  const n = options.runs ?? Number(process.env['VERDICT_BENCH_RUNS'] ?? 400);
  const started = performance.now();
  log(
    `Verdict bench through runSuite + evaluateRun: ${n} simulated runs per figure (seeded; ` +
      `±${(100 * Math.sqrt(0.25 / n)).toFixed(1)}% at worst).`,
  );
  log(
    '  "gate fails": the gate of evaluateRun; "runner-confirmed": a regression the runner confirmed ' +
      '(TestSummary.confirmation.drop).',
  );
  const mix = suiteMix();
  const history: Omit<Case, 'tests'> = { runs: 5, variants: ['default'], history: 10 };
  log('(a) history of 10 runs, run count 5, 20 tests, fail_on [regression]');
  log(line('unchanged agent', await measure({ ...history, tests: mix }, n, 'a0'), 'targets: fails ≤ 2%, trials ≤ 160'));
  log(
    line('one test 0.9 → 0.4', await measure({ ...history, tests: dropped(mix, 0.9, 0.4) }, n, 'a1'), 'target: ≥ 85%'),
  );
  log(
    line('one test 1.0 → 0.6', await measure({ ...history, tests: dropped(mix, 1.0, 0.6) }, n, 'a2'), 'target: ≥ 85%'),
  );

  const paired: Omit<Case, 'tests'> = { runs: 5, variants: ['baseline', 'candidate'], history: 0 };
  log('(b) no history: baseline + candidate in one run');
  log(line('unchanged agent', await measure({ ...paired, tests: mix }, n, 'b0'), 'target: fails ≤ 5%'));
  log(
    line(
      'candidate of one test 0.9 → 0.4',
      await measure({ ...paired, tests: dropped(mix, 0.9, 0.4) }, n, 'b1'),
      'target: ≥ 80%',
    ),
  );

  log('(c) run count 1, history of 10 runs');
  log(
    line(
      'unchanged agent',
      await measure({ runs: 1, variants: ['default'], history: 10, tests: mix }, n, 'c0'),
      'target: fails ≤ 5%',
    ),
  );

  log('(d) 100 tests of the same mix, history of 10 runs');
  const hundred = Math.max(50, Math.round(n / 3));
  log(
    line(
      `unchanged agent (${hundred} runs)`,
      await measure({ ...history, tests: suiteMix('t', 5) }, hundred, 'd0'),
      'target: fails ≤ 5%',
    ),
  );

  log('(e) one p = 0.9 test with an 80% threshold, run count 5 (the gate reads verdicts: min_pass_rate 1)');
  const threshold: Case = {
    runs: 5,
    variants: ['default'],
    history: 0,
    minPassRate: 0.8,
    tests: [{ id: 'th', before: 0.9, now: 0.9 }],
    gate: { min_pass_rate: 1, fail_on: ['regression'], alpha: 0.05, allow_skipped: false, history: 10 },
  };
  let disagree = 0;
  let trials = 0;
  const pairs = n * 4;
  for (let pair = 0; pair < pairs; pair++) {
    const first = await runOnce(threshold, `e:${pair}:1`);
    const second = await runOnce(threshold, `e:${pair}:2`);
    if (first.results.tests[0]?.verdict !== second.results.tests[0]?.verdict) disagree++;
    trials += first.results.trials.length + second.results.trials.length;
  }
  log(
    `  verdict differs between two unchanged runs ${pct(disagree / pairs).padStart(6)} (${pairs} pairs; target ` +
      `≤ 5%), trials/run ${(trials / (2 * pairs)).toFixed(1)}`,
  );
  log(`Verdict pipeline bench: ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

/**
 * The simulated world of the verdict pipeline bench: a suite of tests with known pass rates, agents (a version of
 * the agent's settings, a pass rate per test, a share of trials that error), and one run of it through the REAL
 * runSuite (runner + confirmation policy) and the REAL evaluateRun (comparisons, gate, history roll-forward).
 *
 * Each trial's outcome is a function of (seed, trial id), so the figures do not depend on the order the runner
 * happens to finish trials in.
 */
import type { ExecuteTrial } from '../../src/engine/types.js';
import type { RunHistory } from '../../src/model/history.js';
import type { Results } from '../../src/model/results.js';
import { evaluateRun, runSuite, type Evaluation } from '../../src/pipeline/index.js';
import type { EarlierRuns } from '../../src/pipeline/comparison-plan.js';
import { referenceGaps, referenceNote } from '../../src/pipeline/reference-note.js';
import type { ConversationTrial, Plan, Trial } from '../../src/plan/types.js';
import type { JudgeTrial } from '../../src/runner/trial.js';
import type { LoadedSuite, VariantId } from '../../src/suite/types.js';
import { Redactor } from '../../src/util/redact.js';

/** A uniform number in [0, 1) from a string: FNV-1a, then one mulberry32 step. */
export function uniform(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  let t = (hash + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export interface SimTest {
  readonly id: string;
  /** The healthy agent's pass rate (the base branch's). */
  readonly rate: number;
  /** The test's declared min_pass_rate: what a new or changed test is held to. */
  readonly threshold: number;
  /** The criteria's content version (an edit of the criteria changes it). Default `c1`. */
  readonly criteria?: string;
  readonly deterministic?: boolean;
  /** Run count (default 5). */
  readonly runs?: number;
}

/** The 20-test mix: 8 × 1.0, 6 × 0.9, 4 × 0.7, 2 × 0.5. */
export const MIX_RATES: readonly number[] = [
  ...Array<number>(8).fill(1.0),
  ...Array<number>(6).fill(0.9),
  ...Array<number>(4).fill(0.7),
  0.5,
  0.5,
];

/**
 * The threshold a team declares for a test of this healthy rate: every trial for an always-passing test, else 0.2
 * below the rate it sees (a threshold at the rate itself fails half of the healthy runs).
 */
export const declaredThreshold = (rate: number): number => (rate >= 1 ? 1 : Math.round((rate - 0.2) * 10) / 10);

export function suiteMix(prefix = 't', copies = 1): SimTest[] {
  return Array.from({ length: copies }, (_, copy) =>
    MIX_RATES.map((rate, i) => ({ id: `${prefix}${copy}-${i}`, rate, threshold: declaredThreshold(rate) })),
  ).flat();
}

export interface Agent {
  /** The content version of the agent's settings (model, prompt, timeout_ms): recorded per test, never its identity. */
  readonly version: string;
  /** Pass rates that differ from the tests' healthy ones. */
  readonly rates?: Readonly<Record<string, number>>;
  /** Share of trials that error (an outage: 1). */
  readonly errorRate?: number;
}

export const HEALTHY: Agent = { version: 'agent-1' };

/** The agent with the first test of healthy rate `from` now passing at `to`; the test's id. */
export function droppedAgent(tests: readonly SimTest[], from: number, to: number, base: Agent = HEALTHY) {
  const test = tests.find((t) => t.rate === from);
  if (!test) throw new Error(`no test of rate ${from}`);
  return { agent: { ...base, rates: { ...base.rates, [test.id]: to } }, testId: test.id };
}

export const GATE: LoadedSuite['gate'] = {
  min_pass_rate: 0,
  fail_on: ['regression'],
  alpha: 0.05,
  allow_skipped: false,
  history: 10,
};

const SUITE: LoadedSuite = {
  rootFile: '/bench/rehearse.yaml',
  files: [],
  name: 'verdict-bench',
  pricing: {},
  defaults: {},
  variants: {},
  gate: GATE,
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

function trialOf(test: SimTest, variant: VariantId, index: number, agent: Agent): ConversationTrial {
  const key = `${test.id}@${variant}`;
  const runs = test.runs ?? 5;
  return {
    kind: 'conversation',
    id: `${key}#${index}`,
    key,
    testId: test.id,
    variant,
    index,
    runs,
    minPassRate: test.threshold,
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
    versions: { profile: 'pr1', tools: 'to1', criteria: test.criteria ?? 'c1', judge: 'j1', agent: agent.version },
    ...(test.deterministic ? { deterministic: true } : {}),
    persona: { id: 'p', role: 'customer', background: '', language: 'en', traits: [], version: 'p1' },
    scenario: { id: 's', type: 'behavioral', objective: 'o', instructions: 'i', max_turns: 1, tags: [], version: 's1' },
  } as ConversationTrial;
}

/**
 * The simulated trials hold no secret (no key in the environment, no text but fixed stubs), so redacting them is
 * a deep copy of every trial for nothing: a tenth of the bench's time. The runner takes the redactor as an option.
 */
class NothingToRedact extends Redactor {
  override redactValue<T>(value: T): T {
    return value;
  }
}
const NOTHING_TO_REDACT = new NothingToRedact();

export interface RunSpec {
  /** The suite as this run plans it (criteria versions included). */
  readonly tests: readonly SimTest[];
  readonly agent: Agent;
  /** Runs both variants: the baseline plays `baseAgent` (the base revision), the candidate `agent`. */
  readonly baseAgent?: Agent;
  readonly earlier?: EarlierRuns;
  /** A base-branch run: its results join the history they carry. */
  readonly rollHistory?: boolean;
  readonly seed: string;
  readonly gate?: LoadedSuite['gate'];
}

export interface RunOutcome {
  readonly evaluation: Evaluation;
  /** The evaluated results (with the history they carry). */
  readonly results: Results;
  readonly gateFailed: boolean;
  readonly reasons: readonly string[];
  /** Planned trials (every test × variant × run count). */
  readonly planned: number;
  /** Trials the runner executed. */
  readonly executed: number;
}

function rateTable(spec: RunSpec, variants: readonly VariantId[]) {
  const table = new Map<string, { pass: number; error: number }>();
  for (const test of spec.tests) {
    for (const variant of variants) {
      const agent = variant === 'baseline' ? (spec.baseAgent ?? spec.agent) : spec.agent;
      table.set(`${test.id}@${variant}`, { pass: agent.rates?.[test.id] ?? test.rate, error: agent.errorRate ?? 0 });
    }
  }
  return table;
}

export async function simulateRun(spec: RunSpec): Promise<RunOutcome> {
  const variants: VariantId[] = spec.baseAgent ? ['baseline', 'candidate'] : ['default'];
  const trials: Trial[] = [];
  for (const test of spec.tests) {
    for (let index = 0; index < (test.runs ?? 5); index++) {
      for (const variant of variants) {
        trials.push(
          trialOf(test, variant, index, variant === 'baseline' ? (spec.baseAgent ?? spec.agent) : spec.agent),
        );
      }
    }
  }
  const plan: Plan = { trials, variants, skipped: [] };
  const rates = rateTable(spec, variants);
  const execute: ExecuteTrial = async (trial) => {
    if (uniform(`${spec.seed}:e:${trial.id}`) < (rates.get(trial.key)?.error ?? 0))
      throw new Error('connect ECONNREFUSED 127.0.0.1:9');
    return {
      events: [],
      endReason: 'stop_signal',
      turns: 1,
      usage: { inputTokens: 0, outputTokens: 0, costUsd: 0.001 },
      startedAt: '2026-12-01T00:00:00.000Z',
      durationMs: 1,
      attempts: 1,
    };
  };
  const judge: JudgeTrial = async (trial) => {
    const passed = uniform(`${spec.seed}:${trial.id}`) < (rates.get(trial.key)?.pass ?? 1);
    return [
      { id: 'outcome', type: 'turns', baseline: false, passed, score: passed ? 1 : 0, threshold: 1, reason: '-' },
    ];
  };
  const suite = { ...SUITE, gate: spec.gate ?? GATE };
  const earlier = spec.earlier ?? {};
  const done = new AbortController();
  const produced = await runSuite({
    suite,
    plan,
    // V8's own heap growth: from 200 planned trials (the 100-test suite has 500) the runner would favour memory, a
    // global flag that slows the collections of every run in flight in this thread (src/runner/memory.ts).
    env: { REHEARSE_GC: 'speed' },
    chat: { complete: async () => Promise.reject(new Error('no LLM in the bench')) },
    git: {},
    source: 'cli',
    runId: `RH-${spec.seed}`,
    executeTrial: execute,
    judgeTrial: judge,
    redactor: NOTHING_TO_REDACT,
    signal: done.signal,
    earlier,
  });
  // The run is over: aborting its signal now stops nothing, but lets go of the signals the runner derived from it.
  // Node keeps a derived signal (AbortSignal.any) that has an abort listener alive until it aborts, and with it the
  // listener's run state: about 25 MB per PR-life chain, which slowed the whole bench down with collections.
  done.abort();
  // As `rehearse run` without --base does: the note where a reference is too small, beside the gate.
  const note = referenceNote(referenceGaps(plan, earlier, suite.gate.alpha), { kind: 'not-asked' });
  const evaluation = evaluateRun({
    results: produced,
    earlier,
    ...(note ? { referenceNote: note } : {}),
    gate: { suite: suite.gate },
    rollHistory: spec.rollHistory ?? false,
    historyLength: suite.gate.history,
  });
  return {
    evaluation,
    results: evaluation.results,
    gateFailed: !evaluation.gate.passed,
    reasons: evaluation.gate.reasons,
    planned: trials.length,
    executed: produced.trials.length,
  };
}

/**
 * The base branch: each run on it is evaluated with the previous base run and the history it carries, and rolls
 * that history forward. A pull request (or a local run) forks from it: `earlier()` is what such a run is given.
 */
export class Branch {
  private last: Results | undefined;
  runs = 0;

  constructor(readonly name: string) {}

  earlier(): EarlierRuns {
    if (!this.last) return {};
    return { previous: this.last, ...(this.last.history ? { history: this.last.history } : {}) };
  }

  history(): RunHistory {
    return this.last?.history ?? {};
  }

  async advance(tests: readonly SimTest[], agent: Agent = HEALTHY): Promise<RunOutcome> {
    const outcome = await simulateRun({
      tests,
      agent,
      earlier: this.earlier(),
      rollHistory: true,
      seed: `${this.name}:base${this.runs}`,
    });
    this.last = outcome.results;
    this.runs += 1;
    return outcome;
  }
}

/**
 * Runs `body(0)` … `body(count − 1)`, `width` at a time. The jobs are independent and each is seeded by its
 * index, so the figures do not depend on the interleaving; the runner's waits between batches overlap instead of
 * adding up (one chain at a time leaves the CPU idle two thirds of the time).
 */
export async function inParallel(count: number, width: number, body: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next;
      next += 1;
      await body(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
}

/** Jobs run at a time in one thread. */
export const WIDTH = 8;

/**
 * The named situations the goldens and fixtures cover: each a previous run
 * (or none) and a current run, built from compact outcome lists.
 */
import type { HistoryEntry, RunHistory } from '../../src/model/history.js';
import { ResultsSchema, type MetricResult, type Results } from '../../src/model/results.js';
import { buildResults, seededRandom, storyFor, type Outcome, type TestSpec } from '../support/results-builder.js';

export interface FixturePair {
  readonly previous?: Results;
  readonly current: Results;
}

const P = 'pass' as const;
const F = 'fail' as const;
const E = 'error' as const;
const times = (outcome: Outcome, n: number): Outcome[] => Array.from({ length: n }, () => outcome);
const mix = (passes: number, fails: number): Outcome[] => [...times(P, passes), ...times(F, fails)];

// The previous run cost and used more (current −20%), answered faster (current +25% latency) and
// took longer (current shorter): every delta in the goldens is non-zero, some up and some down.
const PREVIOUS = {
  runId: 'RH-20261120-7f3a21',
  sha: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b',
  ref: 'refs/heads/main',
  startedAt: '2026-11-20T18:00:00.000Z',
  pace: { usage: 1.25, latency: 0.8, duration: 1.2 },
};
/** Runs with confirmation trials cost more and last longer: faster replies keep some deltas down. */
const CONFIRMING_PACE = { latency: 0.6 };
const CURRENT = {
  runId: 'RH-20261121-1a2b3c',
  sha: 'c0ffee1234567890abcdef1234567890abcdef12',
  ref: 'refs/pull/42/merge',
  startedAt: '2026-11-21T09:00:00.000Z',
};

const BASE_TESTS: readonly TestSpec[] = [
  {
    id: 'refund-damaged-item',
    name: 'Refund for a damaged tablet',
    priority: 'critical',
    tags: ['refunds', 'billing'],
    story: 'refund',
    outcomes: [P],
  },
  {
    id: 'cancel-shipped-order',
    name: 'Cancel an order that already shipped',
    priority: 'high',
    tags: ['orders'],
    story: 'cancel',
    outcomes: times(P, 5),
    minPassRate: 0.8,
  },
  {
    id: 'track-late-order',
    name: 'Track a late order',
    priority: 'normal',
    tags: ['tracking'],
    story: 'tracking',
    outcomes: times(P, 5),
    minPassRate: 0.8,
  },
  {
    id: 'change-address',
    name: 'Change the shipping address',
    priority: 'normal',
    tags: ['orders'],
    story: 'address',
    outcomes: [P],
  },
  {
    id: 'angry-escalation',
    name: 'Escalate an angry repeat customer',
    priority: 'high',
    tags: ['escalation'],
    story: 'escalation',
    outcomes: times(P, 3),
    minPassRate: 0.6,
  },
];

function withOutcomes(
  overrides: Record<string, Partial<TestSpec>>,
  tests: readonly TestSpec[] = BASE_TESTS,
): TestSpec[] {
  return tests.map((test) => ({ ...test, ...overrides[test.id] }));
}

export function allGreen(): FixturePair {
  return {
    previous: buildResults({ ...PREVIOUS, tests: BASE_TESTS }),
    current: buildResults({ ...CURRENT, tests: BASE_TESTS }),
  };
}

export function regressions(): FixturePair {
  const previousTests = [
    ...withOutcomes({ 'change-address': { outcomes: [F] }, 'cancel-shipped-order': { agentVersion: 'a1b2c3d' } }),
    {
      id: 'gift-wrap',
      name: 'Add gift wrap',
      priority: 'low' as const,
      tags: ['orders'],
      story: 'address' as const,
      outcomes: [P],
    },
  ];
  const currentTests = [
    ...withOutcomes({
      // Declared deterministic: its flip is a regression without confirmation trials.
      'refund-damaged-item': { outcomes: [F], deterministic: true },
      // 0/5 planned, then 20 confirmation trials: 3/25 in all (p ≈ 0.00039 against 5/5). The agent changed (this
      // pull request's point): the test is the same, so it is compared across the change.
      'cancel-shipped-order': {
        outcomes: [...mix(0, 5), ...mix(3, 17)],
        planned: 5,
        agentVersion: 'a9f8e7d',
        confirmation: { reasons: ['drop'], extraTrials: 20, drop: 'confirmed' },
      },
      'track-late-order': { outcomes: [P, P, F, P, E] },
      'change-address': { outcomes: [P] },
    }),
    {
      id: 'warranty-question',
      name: 'Warranty on a refurbished phone',
      priority: 'normal' as const,
      tags: ['warranty'],
      story: 'tracking' as const,
      outcomes: [P],
    },
  ];
  return {
    previous: buildResults({ ...PREVIOUS, tests: previousTests }),
    current: buildResults({ ...CURRENT, pace: CONFIRMING_PACE, tests: currentTests }),
  };
}

export function flakyNotSignificant(): FixturePair {
  const current = withOutcomes({
    'cancel-shipped-order': { outcomes: mix(3, 2) },
    'track-late-order': { outcomes: mix(4, 1) },
    'angry-escalation': { outcomes: mix(2, 1) },
  });
  const previous = withOutcomes({ 'angry-escalation': { outcomes: mix(1, 2) } });
  return {
    previous: buildResults({ ...PREVIOUS, tests: previous }),
    current: buildResults({ ...CURRENT, tests: current }),
  };
}

/** The candidate model is cheaper (−40% tokens and cost) but slower (+30% latency) than the baseline. */
const CANDIDATE_PACE = { usage: 0.6, latency: 1.3 };

function bothVariants(
  tests: readonly TestSpec[],
  candidate: Record<string, Partial<TestSpec>>,
  baseline: Record<string, Partial<TestSpec>> = {},
): TestSpec[] {
  return [
    ...withOutcomes(baseline, tests).map((t) => ({ ...t, variant: 'baseline' as const })),
    ...withOutcomes(candidate, tests).map((t) => ({ ...t, variant: 'candidate' as const, pace: CANDIDATE_PACE })),
  ];
}

export function baselineVsCandidate(): FixturePair {
  const previous = buildResults({ ...PREVIOUS, tests: bothVariants(BASE_TESTS, {}) });
  const current = buildResults({
    ...CURRENT,
    pace: CONFIRMING_PACE,
    // The suspected drop of cancel-shipped-order got 25 more trials on each side: confirmed.
    tests: bothVariants(
      BASE_TESTS,
      {
        'cancel-shipped-order': {
          outcomes: mix(0, 30),
          planned: 5,
          confirmation: { reasons: ['drop'], extraTrials: 25, drop: 'confirmed' },
        },
        'track-late-order': { outcomes: mix(4, 1) },
        'change-address': { outcomes: [F] },
      },
      {
        'cancel-shipped-order': {
          outcomes: times(P, 30),
          planned: 5,
          confirmation: { reasons: ['drop'], extraTrials: 25 },
        },
      },
    ),
  });
  return { previous, current };
}

export function noPreviousRun(): FixturePair {
  const tests = withOutcomes({ 'change-address': { outcomes: [F] }, 'angry-escalation': { outcomes: [P, E, P] } });
  return { current: buildResults({ ...CURRENT, tests }) };
}

/** Two planned tests never ran (no simulator key): the gate fails naming the secret. */
const SKIPPED_ANGRY_REFUND = (variant: 'default'): Results['skipped'][number] => ({
  key: `angry-refund@${variant}`,
  reason: "behavioral scenario 'angry-refund': OPENAI_API_KEY is not set (the simulator's API key)",
  testId: 'angry-refund',
  variant,
  name: 'Refund for a furious customer',
  priority: 'high',
  tags: ['refunds'],
  source: { file: 'rehearse/tests.yaml', line: 88, column: 5 },
  runs: 3,
  missing: {
    role: 'simulator',
    envVar: 'OPENAI_API_KEY',
    need: "behavioral scenario 'angry-refund'",
    scenarioId: 'angry-refund',
  },
});

/**
 * Definition changes in every category: a fix obtained by editing the test's own criteria, a still-passing test
 * whose scenario changed, a suspected drop whose profile changed, a still-failing one whose tools changed; plus a test
 * that could not run (no simulator key) and an expected outcome judged part by part.
 */
export function skippedAndChanged(): FixturePair {
  const v1 = {
    profileVersion: 'pf00001',
    toolsVersion: 'tl00001',
    criteriaVersion: 'cr00001',
    agentVersion: 'ag00001',
  };
  const parts = [
    { part: 'confirms the new address', met: true, evidence: 'Agent: "Your order will ship to 12 Elm St."' },
    { part: 'gives the delivery date', met: false, evidence: 'no date was given' },
  ];
  const previous = withOutcomes({
    'refund-damaged-item': { outcomes: [F], ...v1 },
    'cancel-shipped-order': { ...v1 },
    'track-late-order': { outcomes: mix(5, 0), ...v1 },
    'change-address': { outcomes: [F], judgedParts: parts, ...v1 },
    'angry-escalation': { ...v1 },
  });
  const current = withOutcomes({
    'refund-damaged-item': { outcomes: [P], ...v1, criteriaVersion: 'cr99999' },
    'cancel-shipped-order': { ...v1, scenarioVersion: 's0c0ffe' },
    'track-late-order': { outcomes: mix(3, 2), ...v1, profileVersion: 'pf99999' },
    'change-address': { outcomes: [F], judgedParts: parts, ...v1, toolsVersion: 'tl99999' },
    'angry-escalation': { ...v1 },
  });
  return {
    previous: buildResults({ ...PREVIOUS, tests: previous }),
    current: buildResults({ ...CURRENT, tests: current, skipped: [SKIPPED_ANGRY_REFUND('default')] }),
  };
}

// ---------------------------------------------------------------- history

/** The definition version the builder gives a test without explicit versions. */
const DEFINITION = { persona: 'p1a2b3c', scenario: 's4d5e6f' };

/** Ten base-branch runs ending with PREVIOUS, each with these planned [passes, failures]. */
function historyOf(counts: readonly (readonly [number, number])[]): HistoryEntry[] {
  return counts.map(([passes, failures], i) => {
    const last = i === counts.length - 1;
    return {
      runId: last ? PREVIOUS.runId : `RH-202611${String(10 + i).padStart(2, '0')}-0000${String(i).padStart(2, '0')}`,
      sha: last ? PREVIOUS.sha : `${String(i).repeat(7)}${'0'.repeat(33)}`.slice(0, 40),
      date: last ? PREVIOUS.startedAt : `2026-11-${String(10 + i).padStart(2, '0')}T18:00:00.000Z`,
      definition: DEFINITION,
      passes,
      failures,
      errors: 0,
    };
  });
}

const stable = (planned: number): HistoryEntry[] => historyOf(Array.from({ length: 10 }, () => [planned, 0] as const));

/** Every base test's history: stable, with track-late-order at 48/50 (two single failures). */
function baseHistory(overrides: Record<string, HistoryEntry[]> = {}): RunHistory {
  const history: RunHistory = {};
  for (const test of BASE_TESTS) history[`${test.id}@default`] = stable(test.outcomes.length);
  history['track-late-order@default'] = historyOf([
    [5, 0],
    [4, 1],
    [5, 0],
    [5, 0],
    [5, 0],
    [5, 0],
    [4, 1],
    [5, 0],
    [5, 0],
    [5, 0],
  ]);
  return { ...history, ...overrides };
}

/** 48/50 over the last 10 runs on main → 1/5 now, 2/25 after 20 confirmation trials: a confirmed regression. */
export function confirmedWithHistory(): FixturePair {
  const previous = buildResults({ ...PREVIOUS, tests: BASE_TESTS, history: baseHistory() });
  const current = buildResults({
    ...CURRENT,
    pace: CONFIRMING_PACE,
    tests: withOutcomes({
      'track-late-order': {
        outcomes: [P, F, F, F, F, P, ...times(F, 19)],
        planned: 5,
        confirmation: { reasons: ['drop'], extraTrials: 20, drop: 'confirmed' },
      },
    }),
  });
  return { previous, current };
}

/** 48/50 on main → 3/5 now, 22/25 after confirmation: the drop is not confirmed and the gate passes. */
export function notConfirmedDrop(): FixturePair {
  const previous = buildResults({ ...PREVIOUS, tests: BASE_TESTS, history: baseHistory() });
  const current = buildResults({
    ...CURRENT,
    pace: CONFIRMING_PACE,
    tests: withOutcomes({
      'track-late-order': {
        outcomes: [P, F, P, F, P, ...times(P, 19), F],
        planned: 5,
        confirmation: { reasons: ['drop'], extraTrials: 20, drop: 'not-confirmed' },
      },
    }),
  });
  return { previous, current };
}

/** `rehearse compare` of two files without confirmation: 5/5 → 1/5 is suspected, not a regression. */
export function suspectedDrop(): FixturePair {
  const previous = buildResults({ ...PREVIOUS, tests: BASE_TESTS });
  const current = buildResults({
    ...CURRENT,
    tests: withOutcomes({ 'cancel-shipped-order': { outcomes: mix(1, 4) } }),
  });
  return { previous, current };
}

/** angry-escalation passes about 60% of the time on main: flaky by its history, listed once, collapsed. */
export function flakyByHistory(): FixturePair {
  const wobbly = historyOf([
    [2, 1],
    [1, 2],
    [2, 1],
    [3, 0],
    [1, 2],
    [2, 1],
    [2, 1],
    [1, 2],
    [3, 0],
    [1, 2],
  ]);
  const history = baseHistory({ 'angry-escalation@default': wobbly });
  const previous = buildResults({
    ...PREVIOUS,
    tests: withOutcomes({ 'angry-escalation': { outcomes: mix(1, 2) } }),
    history,
  });
  const current = buildResults({ ...CURRENT, tests: withOutcomes({ 'angry-escalation': { outcomes: mix(2, 1) } }) });
  return { previous, current };
}

/** 10,000 tests, a third of them regressed: far past every GitHub limit. */
export function hugeRun(size = 10_000, trialsPerTest = 1, validate = true): FixturePair {
  const random = seededRandom(42);
  const priorities = ['critical', 'high', 'normal', 'low'] as const;
  const specs = Array.from({ length: size }, (_, i): TestSpec => ({
    id: `case-${String(i).padStart(5, '0')}`,
    name: `Order support case ${i}`,
    priority: priorities[Math.floor(random() * priorities.length)]!,
    tags: [`area-${i % 17}`],
    story: storyFor(i),
    outcomes: times(P, trialsPerTest),
  }));
  // Declared deterministic, so every flip is a regression without confirmation trials.
  const current = specs.map((spec) =>
    random() < 0.33 ? { ...spec, outcomes: times(F, trialsPerTest), deterministic: true } : spec,
  );
  return {
    previous: buildResults({ ...PREVIOUS, tests: specs }, validate),
    current: buildResults({ ...CURRENT, tests: current }, validate),
  };
}

/**
 * Code scorers and checkpoints: a TS scorer checks the refund amount, JS scorers run at turn 1 and at a
 * scripted step. The candidate refunds without asking: its checkpoint at turn 1 fails, and the step it should
 * have reached never comes ("not reached"). Every output names where each checkpoint was evaluated.
 */
export function codeScorersAndCheckpoints(): FixturePair {
  const code = (id: string, passed: boolean, reason: string, at?: MetricResult['at']): MetricResult => ({
    id,
    type: 'code',
    baseline: false,
    passed,
    score: passed ? 1 : 0,
    threshold: 1,
    reason,
    ...(at ? { at } : {}),
  });
  const consentChecks = (outcome: Outcome): MetricResult[] =>
    outcome === 'fail'
      ? [
          code('refund-amount-matches', true, '1 refund(s), each for the order total'),
          code('asks-for-order-number-first', false, 'first reply refunded without asking for the order number', {
            turn: 1,
            evaluatedAtTurn: 1,
          }),
          code(
            'no-refund-before-consent',
            false,
            'the conversation ended after 1 agent reply; the simulated user never reached step 2',
            { step: 2 },
          ),
        ]
      : [
          code('refund-amount-matches', true, '1 refund(s), each for the order total'),
          code('asks-for-order-number-first', true, 'asked for the order number first', {
            turn: 1,
            evaluatedAtTurn: 1,
          }),
          code('no-refund-before-consent', true, 'the scorer returned true', { step: 2, evaluatedAtTurn: 2 }),
        ];
  const tests = withOutcomes({
    'refund-damaged-item': { extraMetrics: consentChecks, outcomes: times(P, 3), minPassRate: 0.6 },
  });
  const previous = buildResults({ ...PREVIOUS, tests });
  const current = buildResults({
    ...CURRENT,
    tests: withOutcomes(
      { 'refund-damaged-item': { extraMetrics: consentChecks, outcomes: mix(1, 2), minPassRate: 0.6 } },
      tests,
    ),
  });
  return { previous, current };
}

/**
 * A conversation that starts from recorded turns (a scenario's `start_from`) regresses: the comment's excerpt, the
 * HTML transcript and the other outputs show the recorded turns apart from what the agent said in this run.
 */
export function startingHistory(): FixturePair {
  const recorded = withOutcomes({ 'refund-damaged-item': { startFrom: true } });
  const previous = buildResults({ ...PREVIOUS, tests: recorded });
  const current = buildResults({
    ...CURRENT,
    tests: withOutcomes({ 'refund-damaged-item': { outcomes: [F], deterministic: true } }, recorded),
  });
  return { previous, current };
}

/**
 * Three models in one run: gpt-x matches the baseline (its cancel drop 5/5 → 4/5 is noise), gpt-y loses the refund
 * (30/30 → 2/30 after 25 confirmation trials on each side): one confirmed regression, attributed to gpt-y only.
 */
export function threeVariants(): FixturePair {
  const models = { baseline: 'gpt-4o-mini', 'gpt-x': 'gpt-4.1-mini', 'gpt-y': 'o4-mini' } as const;
  const variants = Object.entries(models).map(([id, model]) => ({ id, agent: 'support-bot', model }));
  const confirmed = { planned: 5, confirmation: { reasons: ['drop' as const], extraTrials: 25 } };
  const three = (current: boolean): TestSpec[] => [
    ...withOutcomes(current ? { 'refund-damaged-item': { outcomes: times(P, 30), ...confirmed } } : {}).map((t) => ({
      ...t,
      variant: 'baseline',
    })),
    ...withOutcomes(
      current
        ? { 'refund-damaged-item': { outcomes: times(P, 5) }, 'cancel-shipped-order': { outcomes: mix(4, 1) } }
        : {},
    ).map((t) => ({
      ...t,
      variant: 'gpt-x',
      pace: CANDIDATE_PACE,
    })),
    ...withOutcomes(
      current
        ? {
            'refund-damaged-item': {
              outcomes: [...mix(1, 4), P, ...times(F, 24)],
              planned: 5,
              confirmation: { reasons: ['drop'], extraTrials: 25, drop: 'confirmed' },
            },
          }
        : {},
    ).map((t) => ({ ...t, variant: 'gpt-y', pace: { usage: 0.8, latency: 1.6 } })),
  ];
  return {
    previous: buildResults({ ...PREVIOUS, variants, tests: three(false) }),
    current: buildResults({ ...CURRENT, pace: CONFIRMING_PACE, variants, tests: three(true) }),
  };
}

/**
 * The simulated user's endpoint went down mid-run while the agent was fine: the circuit breaker stopped the simulator
 * (not the agent) after five errored trials in a row, the two tests that call it left trials not run, the scripted
 * ones that do not call it ran. Every output names the simulator and its model, never the agent.
 */
export function simulatorOutage(): FixturePair {
  const simulatorError = 'gpt-4o-mini: HTTP 500: upstream is down (gave up after 3 attempts)';
  const tests = withOutcomes({
    'refund-damaged-item': { outcomes: times(E, 3), planned: 5, simulatorError },
    'cancel-shipped-order': { outcomes: times(E, 2), planned: 5, simulatorError },
  });
  const current = buildResults({ ...CURRENT, tests });
  return {
    current: ResultsSchema.parse({
      ...current,
      infrastructure: [
        {
          role: 'simulator',
          model: 'gpt-4o-mini',
          testKeys: ['refund-damaged-item@default', 'cancel-shipped-order@default'],
          erroredTrials: 5,
          notRun: 5,
          message: simulatorError,
        },
      ],
    }),
  };
}

/** The fixtures written to fixtures/results/ (the huge run is generated, not stored). */
export const FIXTURE_SETS = {
  'all-green': allGreen,
  regressions,
  'flaky-not-significant': flakyNotSignificant,
  'baseline-vs-candidate': baselineVsCandidate,
  'no-previous-run': noPreviousRun,
  'skipped-and-changed': skippedAndChanged,
  'confirmed-with-history': confirmedWithHistory,
  'not-confirmed-drop': notConfirmedDrop,
  'suspected-drop': suspectedDrop,
  'flaky-by-history': flakyByHistory,
  'code-scorers-and-checkpoints': codeScorersAndCheckpoints,
  'starting-history': startingHistory,
  'three-variants': threeVariants,
  'simulator-outage': simulatorOutage,
} as const;

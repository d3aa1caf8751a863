/**
 * Hand-made but valid results files for compare/report tests and fixtures:
 * describe each test's trial outcomes, get a `Results` that passes
 * `ResultsSchema.parse`, with order-support transcripts and deterministic
 * timestamps, usage and latencies. Test summaries and totals come from the
 * real aggregation (src/aggregate), so fixtures follow the same rules as runs.
 */
import { summarizeTest, totals as aggregateTotals, variantTotals, type TestInfo } from '../../src/aggregate/index.js';
import {
  RESULTS_SCHEMA_VERSION,
  ResultsSchema,
  type FailureCategory,
  type MetricResult,
  type Results,
  type TestSummary,
  type TraceEvent,
  type TrialResult,
} from '../../src/model/results.js';

export type Outcome = 'pass' | 'fail' | 'error';
/** `default`, `baseline`, `candidate`, or any id a suite gives its variants. */
export type VariantName = string;
export type Story = 'refund' | 'tracking' | 'cancel' | 'address' | 'escalation';

export interface TestSpec {
  readonly id: string;
  readonly name?: string;
  readonly variant?: VariantName;
  readonly priority?: TestSummary['priority'];
  readonly tags?: readonly string[];
  /** One entry per trial. */
  readonly outcomes: readonly Outcome[];
  /** Planned trials (the run count); the outcomes beyond them are confirmation trials. Default: all of them. */
  readonly planned?: number;
  /** The suite declares the test deterministic. */
  readonly deterministic?: boolean;
  /** Recorded as the test's confirmation evidence. */
  readonly confirmation?: TestSummary['confirmation'];
  readonly minPassRate?: number;
  readonly personaVersion?: string;
  readonly scenarioVersion?: string;
  /** Recorded only when given (older files have none). */
  readonly profileVersion?: string;
  readonly toolsVersion?: string;
  readonly criteriaVersion?: string;
  readonly agentVersion?: string;
  /** The failed criterion is an expected outcome judged part by part (stored as the metric's `parts`). */
  readonly judgedParts?: NonNullable<MetricResult['parts']>;
  readonly story?: Story;
  readonly line?: number;
  /** Shown as the failed criterion's judge reason. */
  readonly failReason?: string;
  /** An errored trial's reason (default: an agent timeout). */
  readonly errorReason?: string;
  /**
   * Errored trials failed at the simulated user's call with this message, after the agent answered (an outage of the
   * simulator endpoint), instead of the agent timing out.
   */
  readonly simulatorError?: string;
  /** Overrides the story's messages (hostile text tests). */
  readonly userText?: string;
  readonly agentText?: string;
  /** Multiplies the run's pace for this test (e.g. a cheaper, faster candidate model). */
  readonly pace?: Pace;
  /** More criteria of each trial (code scorers, checkpoints), after the story's. */
  readonly extraMetrics?: (outcome: Outcome) => readonly MetricResult[];
  /** The conversation starts from recorded turns (a scenario's `start_from`): they open the transcript, marked. */
  readonly startFrom?: boolean;
}

/**
 * Multipliers (default 1) so two runs or two variants differ in cost, tokens, latency and duration, not only in
 * outcomes.
 */
export interface Pace {
  /** Tokens and cost of every trial. */
  readonly usage?: number;
  /** Agent reply latency (and so the transcript's timing). */
  readonly latency?: number;
  /** The run's wall time and the spacing of trial start times. */
  readonly duration?: number;
}

export interface RunSpec {
  readonly runId: string;
  readonly startedAt?: string;
  readonly sha?: string;
  readonly ref?: string;
  readonly suiteName?: string;
  readonly status?: Results['status'];
  readonly stopReason?: Results['stopReason'];
  readonly variants?: Results['variants'];
  readonly tests: readonly TestSpec[];
  readonly pace?: Pace;
  readonly skipped?: Results['skipped'];
  readonly gate?: Results['gate'];
  readonly history?: Results['history'];
}

const DEFAULT_START = '2026-11-21T09:00:00.000Z';
const TRIAL_SPACING_MS = 1_500;

interface StoryLines {
  readonly user: string;
  readonly tool: { readonly name: string; readonly args: Record<string, unknown>; readonly result: unknown };
  readonly good: string;
  readonly bad: string;
  readonly followUp: string;
  readonly criterion: string;
  readonly reason: string;
  /** The failed conversation calls no tool (the criterion's reason says the tool was never called). */
  readonly noToolOnFailure?: boolean;
}

const STORIES: Record<Story, StoryLines> = {
  refund: {
    user: 'Hi, order A1042 arrived with a cracked screen. I want a refund, not a replacement.',
    tool: {
      name: 'lookup_order',
      args: { order_id: 'A1042' },
      result: { status: 'delivered', total: 129.99, items: ['Tablet 10"'] },
    },
    good:
      'I am sorry about the screen. I have issued a full refund of $129.99 to your card; it shows up in 3-5 ' +
      'business days.',
    bad: 'I can offer you a 10% discount code on your next order instead. Would that work?',
    followUp: 'No, I asked for a refund. Please just refund it.',
    criterion: 'expected_outcome',
    reason: 'The agent never issued the refund the customer asked for and offered a discount code instead.',
  },
  tracking: {
    user: 'Where is my order B2077? It was supposed to arrive yesterday.',
    tool: {
      name: 'lookup_order',
      args: { order_id: 'B2077' },
      result: { status: 'shipped', carrier: 'UPS', tracking: '1Z999AA10123456784' },
    },
    good: 'Your order shipped with UPS, tracking 1Z999AA10123456784. It is out for delivery today.',
    bad: 'Your order has been delivered.',
    followUp: 'That is odd, I did not get anything. Can you check again?',
    criterion: 'expected_outcome',
    reason: 'The agent said the order was delivered although lookup_order returned status "shipped".',
  },
  cancel: {
    user: 'Please cancel order C3150, I ordered the wrong size.',
    tool: { name: 'cancel_order', args: { order_id: 'C3150' }, result: { cancelled: true } },
    good: 'Done: order C3150 is cancelled and you will not be charged.',
    bad: 'Your order C3150 is cancelled.',
    followUp: 'Great, and the refund goes to my card?',
    criterion: 'tool_call_success',
    reason: 'cancel_order failed with 409 (already shipped) but the agent told the customer the order was cancelled.',
  },
  address: {
    user: 'I moved last week. Can you send order D4411 to 12 Rue de la Paix, Paris instead?',
    tool: {
      name: 'update_address',
      args: { order_id: 'D4411', address: '12 Rue de la Paix, 75002 Paris' },
      result: { updated: true },
    },
    good: 'I updated the shipping address of D4411 to 12 Rue de la Paix, 75002 Paris.',
    bad: 'You will need to contact the carrier to change the address.',
    followUp: 'Can you not do it from your side?',
    criterion: 'tool_called',
    reason: 'update_address was never called; expected it with order_id D4411.',
    noToolOnFailure: true,
  },
  escalation: {
    user: 'This is the third time I write about E5093. I want to speak to a human now.',
    tool: {
      name: 'transfer_to_human',
      args: { reason: 'repeat complaint', order_id: 'E5093' },
      result: { queued: true, wait_minutes: 4 },
    },
    good: 'I understand. I am transferring you to a colleague now; the wait is about 4 minutes.',
    bad: 'I can help you with that myself! What seems to be the problem?',
    followUp: 'I said I want a human.',
    criterion: 'rubric',
    reason: 'The customer asked for a human twice and the agent did not transfer the conversation.',
    noToolOnFailure: true,
  },
};

const STORY_ORDER: readonly Story[] = ['refund', 'tracking', 'cancel', 'address', 'escalation'];

export function storyFor(index: number): Story {
  return STORY_ORDER[index % STORY_ORDER.length]!;
}

/** What a recorded opening looks like in a transcript: said (and looked up) before the test began. */
const RECORDED_OPENING: readonly TraceEvent[] = [
  {
    type: 'user_message',
    at: 0,
    content: 'Hi, I need help with an order I placed last week.',
    generated: false,
    recorded: true,
  },
  {
    type: 'tool_call',
    at: 0,
    callId: 'recorded-1-0',
    name: 'find_customer',
    arguments: { email: 'sam@example.com' },
    result: { customer_id: 'C-88', orders: 3 },
    durationMs: 0,
    strategy: 'agent',
    recorded: true,
  },
  {
    type: 'agent_message',
    at: 0,
    content: 'I found your account, Sam. Which order is it, and what happened?',
    latencyMs: 0,
    recorded: true,
  },
];

function transcript(spec: TestSpec, outcome: Outcome, trialIndex: number, pace: Required<Pace>): TraceEvent[] {
  const story = STORIES[spec.story ?? 'refund'];
  const latency = Math.round((700 + ((trialIndex * 137) % 900)) * pace.latency);
  const user = spec.userText ?? story.user;
  const events: TraceEvent[] = [
    ...(spec.startFrom ? RECORDED_OPENING : []),
    { type: 'user_message', at: 0, content: user, generated: false },
  ];
  const failedTool = outcome === 'fail' && spec.story === 'cancel';
  // The transcript agrees with the judge: a failure whose reason says the tool was never called has no call.
  if (!(outcome === 'fail' && story.noToolOnFailure))
    events.push({
      type: 'tool_call',
      at: 300,
      callId: `call_${trialIndex + 1}`,
      name: story.tool.name,
      arguments: story.tool.args,
      ...(failedTool ? { error: '409 Conflict: order already shipped' } : { result: story.tool.result }),
      durationMs: 120,
      strategy: 'mock',
    });
  events.push({
    type: 'llm_call',
    at: 310,
    role: 'agent',
    model: 'gpt-4o-mini',
    usage: { inputTokens: 900, outputTokens: 80, costUsd: 0.0002 },
    durationMs: latency - 200,
    attempts: 1,
  });
  if (outcome === 'error' && spec.simulatorError !== undefined) {
    const reply = spec.agentText ?? story.good;
    events.push({ type: 'agent_message', at: latency, content: reply, latencyMs: latency });
    events.push({
      type: 'error',
      at: latency + 400,
      source: 'simulator',
      category: 'infrastructure',
      message: spec.simulatorError,
    });
    return events;
  }
  if (outcome === 'error') {
    events.push({
      type: 'error',
      at: latency,
      source: 'agent',
      category: 'timeout',
      message: 'agent did not answer within 30000 ms',
    });
    return events;
  }
  const reply = spec.agentText ?? (outcome === 'pass' ? story.good : story.bad);
  events.push({ type: 'agent_message', at: latency, content: reply, latencyMs: latency });
  events.push({
    type: 'user_message',
    at: latency + 400,
    content: outcome === 'pass' ? 'Thanks, that is all.' : story.followUp,
    generated: true,
  });
  events.push({
    type: 'agent_message',
    at: 2 * latency + 400,
    content: outcome === 'pass' ? 'You are welcome, have a nice day!' : reply,
    latencyMs: latency,
  });
  return events;
}

function metrics(spec: TestSpec, outcome: Outcome): MetricResult[] {
  return [...storyMetrics(spec, outcome), ...(spec.extraMetrics?.(outcome) ?? [])];
}

function storyMetrics(spec: TestSpec, outcome: Outcome): MetricResult[] {
  const story = STORIES[spec.story ?? 'refund'];
  const failed = outcome === 'fail';
  if (spec.judgedParts) {
    const met = spec.judgedParts.filter((part) => part.met).length;
    const unmet = spec.judgedParts
      .filter((part) => !part.met)
      .map((part) => `not met: ${part.part} (${part.evidence})`);
    const parts = failed ? spec.judgedParts : spec.judgedParts.map((part) => ({ ...part, met: true }));
    const score = failed ? met / spec.judgedParts.length : 1;
    const reason = failed
      ? [spec.failReason ?? 'Part of the expected outcome is missing.', ...unmet].join('; ')
      : 'Every part of the outcome was met.';
    return [
      {
        id: 'expected_outcome',
        type: 'expected_outcome',
        baseline: true,
        passed: !failed,
        score,
        threshold: 1,
        reason,
        parts,
      },
      {
        id: 'infrastructure',
        type: 'infrastructure',
        baseline: true,
        passed: outcome !== 'error',
        score: outcome === 'error' ? 0 : 1,
        threshold: 1,
        reason: outcome === 'error' ? errorIssue(spec) : 'no infrastructure issue',
      },
    ];
  }
  return [
    {
      id: story.criterion,
      type: story.criterion,
      baseline: false,
      passed: !failed,
      score: failed ? 0.2 : 0.9,
      threshold: 0.7,
      reason: failed ? (spec.failReason ?? story.reason) : 'The agent did what the customer needed.',
    },
    {
      id: 'infrastructure',
      type: 'infrastructure',
      baseline: true,
      passed: outcome !== 'error',
      score: outcome === 'error' ? 0 : 1,
      threshold: 1,
      reason: outcome === 'error' ? errorIssue(spec) : 'no infrastructure issue',
    },
  ];
}

/** The infrastructure criterion's reason for an errored trial, as the real criterion words it. */
function errorIssue(spec: TestSpec): string {
  return spec.simulatorError !== undefined ? `simulator infrastructure: ${spec.simulatorError}` : 'agent timed out';
}

function trial(
  spec: TestSpec,
  variant: VariantName,
  index: number,
  outcome: Outcome,
  startMs: number,
  pace: Required<Pace>,
): TrialResult {
  const key = `${spec.id}@${variant}`;
  const events = transcript(spec, outcome, index, pace);
  const latencies = events.flatMap((e) => (e.type === 'agent_message' ? [e.latencyMs] : []));
  const simulatorDown = outcome === 'error' && spec.simulatorError !== undefined;
  const failureCategory: FailureCategory | undefined =
    outcome === 'pass'
      ? undefined
      : simulatorDown
        ? 'infrastructure'
        : outcome === 'error'
          ? 'timeout'
          : spec.story === 'cancel'
            ? 'tool_error'
            : 'judge';
  const story = STORIES[spec.story ?? 'refund'];
  return {
    id: `${key}#${index}`,
    key,
    testId: spec.id,
    variant,
    index,
    status: outcome,
    ...(failureCategory ? { failureCategory } : {}),
    ...(outcome === 'error'
      ? { reason: spec.simulatorError ?? spec.errorReason ?? 'agent did not answer within 30000 ms' }
      : outcome === 'fail'
        ? { reason: `${story.criterion} failed` }
        : {}),
    personaVersion: spec.personaVersion ?? 'p1a2b3c',
    scenarioVersion: spec.scenarioVersion ?? 's4d5e6f',
    startedAt: new Date(startMs).toISOString(),
    durationMs: events.at(-1)!.at + 50,
    endReason: simulatorDown ? 'error' : outcome === 'error' ? 'timeout' : 'stop_signal',
    turns: outcome === 'error' ? 1 : 2,
    transcript: events,
    metrics: metrics(spec, outcome),
    usage: {
      inputTokens: Math.round(1800 * pace.usage),
      outputTokens: Math.round(160 * pace.usage),
      costUsd: (0.0004 + index * 0.00001) * pace.usage,
    },
    latency: { p50: latencies[0] ?? null, p95: latencies.at(-1) ?? null, max: latencies.at(-1) ?? null },
    attempts: 1,
    ...(spec.planned !== undefined && index >= spec.planned ? { phase: 'confirmation' as const } : {}),
  };
}

/** What the plan would know about the test; the summary itself comes from the real aggregation. */
function infoOf(spec: TestSpec, variant: VariantName, index: number): TestInfo {
  return {
    key: `${spec.id}@${variant}`,
    testId: spec.id,
    variant,
    ...(spec.name ? { name: spec.name } : {}),
    kind: 'conversation',
    tags: [...(spec.tags ?? [])],
    priority: spec.priority ?? 'normal',
    personaId: 'frustrated-customer',
    personaVersion: spec.personaVersion ?? 'p1a2b3c',
    scenarioId: `${spec.story ?? 'refund'}-request`,
    scenarioVersion: spec.scenarioVersion ?? 's4d5e6f',
    ...(spec.profileVersion ? { profileVersion: spec.profileVersion } : {}),
    ...(spec.toolsVersion ? { toolsVersion: spec.toolsVersion } : {}),
    ...(spec.criteriaVersion ? { criteriaVersion: spec.criteriaVersion } : {}),
    ...(spec.agentVersion ? { agentVersion: spec.agentVersion } : {}),
    source: { file: 'rehearse/tests.yaml', line: spec.line ?? 10 + index * 12, column: 5 },
    runs: spec.planned ?? spec.outcomes.length,
    minPassRate: spec.minPassRate ?? 1,
  };
}

/**
 * A results file from a compact description; validated with the real schema unless `validate` is false (benchmarks).
 */
export function buildResults(run: RunSpec, validate = true): Results {
  const start = Date.parse(run.startedAt ?? DEFAULT_START);
  const spacing = Math.round(TRIAL_SPACING_MS * (run.pace?.duration ?? 1));
  const trials: TrialResult[] = [];
  const tests: TestSummary[] = [];
  run.tests.forEach((spec, index) => {
    const variant = spec.variant ?? 'default';
    const pace = {
      usage: (run.pace?.usage ?? 1) * (spec.pace?.usage ?? 1),
      latency: (run.pace?.latency ?? 1) * (spec.pace?.latency ?? 1),
      duration: 1,
    };
    const mine = spec.outcomes.map((outcome, i) =>
      trial(spec, variant, i, outcome, start + (trials.length + i) * spacing, pace),
    );
    trials.push(...mine);
    // The real aggregation (pass rate with errors counted, pass^k over pass/fail trials), so fixtures agree with real
    // runs.
    const info: TestInfo = {
      ...infoOf(spec, variant, index),
      ...(spec.deterministic ? { deterministic: true } : {}),
      ...(spec.confirmation ? { confirmation: spec.confirmation } : {}),
    };
    tests.push(summarizeTest(info, mine));
  });
  const variantIds = [...new Set(tests.map((t) => t.variant))];
  const durationMs = trials.length * spacing;
  const totals = aggregateTotals({ tests, trials, durationMs });
  const results: Results = {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    runId: run.runId,
    source: 'ci',
    suite: { name: run.suiteName ?? 'order-support', config: 'rehearse/rehearse.yaml' },
    git: {
      sha: run.sha ?? 'c0ffee1234567890abcdef1234567890abcdef12',
      ref: run.ref ?? 'refs/pull/42/merge',
      repository: 'acme/support-bot',
    },
    startedAt: new Date(start).toISOString(),
    finishedAt: new Date(start + totals.durationMs).toISOString(),
    status: run.status ?? 'completed',
    ...(run.stopReason ? { stopReason: run.stopReason } : {}),
    variants:
      run.variants ??
      variantIds.map((id) => ({
        id,
        agent: 'support-bot',
        model: id === 'candidate' ? 'gpt-4.1-mini' : 'gpt-4o-mini',
      })),
    skipped: run.skipped ?? [],
    tests,
    trials,
    totals,
    variantTotals: variantTotals(tests, trials, durationMs),
    ...(run.gate ? { gate: run.gate } : {}),
    ...(run.history ? { history: run.history } : {}),
  };
  return validate ? ResultsSchema.parse(results) : results;
}

/** The seeded generator big and hostile fixtures are made with, so they are reproducible. */
export { seededRandom } from './seeded-random.js';

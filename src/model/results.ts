/**
 * The results file: the contract between a run and everything that reads it
 * (compare, reports, the next run, other tools). One JSON document per run.
 *
 * Changing a field's meaning or removing one bumps RESULTS_SCHEMA_VERSION,
 * and `readResults` keeps reading the older versions.
 *
 * Every object schema here is deferred (`z.lazy`, deferred.ts): built when something first parses with it, not when
 * the module loads. A run loads this module before its first LLM call and validates its first trial only once that
 * trial is over, so the ~15 ms zod spends building these schemas overlaps the calls in flight instead of delaying
 * them (issue 21).
 */
import { z } from 'zod';
import { deferred } from './deferred.js';
import { RunHistorySchema } from './history.js';

/**
 * 2: skipped test × variant entries carry the test and what was missing
 * (`skipped[].missing`), test summaries carry profile/tools/criteria/agent
 * versions, expected-outcome metrics carry the judge's per-part verdicts.
 * 3: test summaries with failing trials carry their failure digest
 * (`tests[].failure`), so reports need no transcript to explain a failure.
 * 4: the agent left the test's identity: test summaries carry the judge's version (`judgeVersion`), variants the
 * version of each agent setting (`variants[].settings`) so reports name what changed, history entries carry
 * invalid counts and why they were kept out of pooling (`excluded`), and a run against the base revision records
 * it (`baseSide`). Nothing was removed: older files read as they are.
 * 5: a run may hold any number of variants: a variant id is the suite's own id (no longer one of baseline,
 * candidate, default), and the variant every other is compared with says `baseline: true` when it is not named
 * `baseline`; transcripts may open with recorded turns (a scenario's `start_from`): their user and agent messages
 * and tool calls carry `recorded: true`, and are not the agent's work in this run. Older files read as they are.
 */
export const RESULTS_SCHEMA_VERSION = 5;

/**
 * Set on the events of a scenario's recorded turns (`start_from`): said before the simulation took over, replayed to
 * the agent and the simulated user as the conversation so far, never said or run in this trial.
 */
const Recorded = z.literal(true).optional();

/** What fails the job besides the pass rate: the suite's `gate.fail_on` and the recorded gate share it. */
export const FailOnSchema = z.enum(['regression', 'critical', 'any-failure', 'never']);
export type FailOn = z.infer<typeof FailOnSchema>;

const Priority = z.enum(['critical', 'high', 'normal', 'low']);
/** `default` (a run without variants), `baseline`, `candidate`, or any id a suite gives its variants. */
const Variant = z.string().min(1);

export const UsageSchema = deferred(() =>
  z.object({
    inputTokens: z.number().int().nonnegative(),
    outputTokens: z.number().int().nonnegative(),
    costUsd: z.number().nonnegative(),
  }),
);
export type Usage = z.infer<typeof UsageSchema>;

// ---------------------------------------------------------------- trace

/** Milliseconds since the trial started. */
const At = z.number().nonnegative();

/** One change to a trial's state: `before` absent means added, `after` absent means removed. */
export const StateChangeSchema = deferred(() =>
  z.object({
    path: z.string(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  }),
);

export const TraceEventSchema = deferred(() =>
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('user_message'),
      at: At,
      content: z.string(),
      /** Scripted scenarios: the condition that produced this message. */
      conditionId: z.number().int().optional(),
      /** true when phrased by the simulator LLM, false when sent verbatim. */
      generated: z.boolean(),
      recorded: Recorded,
    }),
    z.object({
      type: z.literal('agent_message'),
      at: At,
      content: z.string(),
      /** Time from the user message to this reply, tool rounds included, waits between retries not (0 if recorded). */
      latencyMs: z.number().nonnegative(),
      /**
       * Requests of this turn sent again (an http agent's refused connection, 429 or 503; run.retries). Absent when
       * none, and in older files: an added optional field, no schemaVersion bump.
       */
      retries: z.number().int().positive().optional(),
      recorded: Recorded,
    }),
    z.object({
      type: z.literal('tool_call'),
      at: At,
      callId: z.string(),
      name: z.string(),
      arguments: z.unknown(),
      result: z.unknown().optional(),
      error: z.string().optional(),
      /** The call's time, waits between retries not. */
      durationMs: z.number().nonnegative(),
      /**
       * A passthrough call sent again (its backend refused the connection, or answered 429 or 503; run.retries).
       * Absent when none, and in older files: an added optional field, no schemaVersion bump.
       */
      retries: z.number().int().positive().optional(),
      strategy: z
        .enum(['mock', 'passthrough', 'agent', 'state', 'module'])
        .describe(
          '`agent`: reported by an http/command agent that ran the tool itself; `state`, `module`: a tool over the ' +
            "trial's state.",
        ),
      recorded: Recorded,
    }),
    /** The trial's state: `initial` when the conversation starts, `final` when it ends (absent without state). */
    z.object({
      type: z.literal('state'),
      at: At,
      phase: z.enum(['initial', 'final']),
      /** Content hash of the state at this point. */
      version: z.string(),
      /** The whole state, when it is small enough to record (see STATE_RECORD_LIMIT in the engine). */
      state: z.unknown().optional(),
      /** final: what changed since the initial state (always recorded). */
      changes: z.array(StateChangeSchema).optional(),
    }),
    /** A tool call's committed writes to the state. */
    z.object({
      type: z.literal('state_write'),
      at: At,
      callId: z.string(),
      tool: z.string(),
      changes: z.array(StateChangeSchema),
    }),
    z.object({
      type: z.literal('llm_call'),
      at: At,
      role: z.enum(['simulator', 'agent', 'judge']),
      model: z.string(),
      usage: UsageSchema,
      durationMs: z.number().nonnegative(),
      attempts: z.number().int().positive().default(1),
    }),
    z.object({
      type: z.literal('simulator_flag'),
      at: At,
      reason: z.enum(['role_swap', 'instruction_leak', 'empty_message']),
      detail: z.string(),
    }),
    z.object({
      type: z.literal('error'),
      at: At,
      source: z.enum(['agent', 'simulator', 'tool', 'judge', 'runner']),
      category: z.enum(['infrastructure', 'timeout', 'tool_error', 'budget', 'cancelled']),
      message: z.string(),
    }),
  ]),
);
export type TraceEvent = z.infer<typeof TraceEventSchema>;

export const EndReasonSchema = z.enum([
  'stop_signal',
  'endcall',
  'max_turns',
  'no_matching_condition',
  'single_turn',
  'error',
  'timeout',
  'cancelled',
  'budget',
]);
export type EndReason = z.infer<typeof EndReasonSchema>;

// ---------------------------------------------------------------- trials

/** expected_outcome: the judge's verdict on one part of the outcome, with its evidence. */
const JudgedPartSchema = deferred(() => z.object({ part: z.string(), met: z.boolean(), evidence: z.string() }));
export type JudgedPart = z.infer<typeof JudgedPartSchema>;

/** Where a checkpoint criterion was evaluated (MetricResult.at). */
export const CheckpointAtSchema = deferred(() =>
  z.object({
    turn: z.number().int().positive().optional(),
    step: z.number().int().nonnegative().optional(),
    /** Agent replies in the transcript the criterion saw; absent when the point was never reached. */
    evaluatedAtTurn: z.number().int().nonnegative().optional(),
  }),
);
export type CheckpointAt = z.infer<typeof CheckpointAtSchema>;

/** "at turn 2", "at step 3 (turn 2)", "at turn 4, not reached": shown next to the criterion in every output. */
export function checkpointText(at: CheckpointAt): string {
  const point = at.turn !== undefined ? `at turn ${at.turn}` : `at step ${at.step ?? '?'}`;
  if (at.evaluatedAtTurn === undefined) return `${point}, not reached`;
  return at.turn !== undefined ? point : `${point} (turn ${at.evaluatedAtTurn})`;
}

/** A criterion's type with its checkpoint, as shown in brackets after its id: "code, at turn 2". */
export function typeAndCheckpoint(criterion: {
  readonly type: string;
  readonly at?: CheckpointAt | undefined;
}): string {
  return criterion.at ? `${criterion.type}, ${checkpointText(criterion.at)}` : criterion.type;
}

export const MetricResultSchema = deferred(() =>
  z.object({
    id: z.string(),
    type: z.string(),
    /** Attached by default rather than written by the user. */
    baseline: z.boolean().default(false),
    passed: z.boolean(),
    /** 0-1; null when the metric could not be computed (see error). */
    score: z.number().min(0).max(1).nullable(),
    threshold: z.number().min(0).max(1),
    reason: z.string(),
    /** Set when the metric itself failed to evaluate (e.g. unparseable judge verdict). */
    error: z.string().optional(),
    /** expected_outcome: the judge's verdict on each part of the outcome, with its evidence. Absent in older files. */
    parts: z.array(JudgedPartSchema).optional(),
    /**
     * Checkpoint criteria (`at:` in the suite): the point asked for and the agent reply count at which the
     * criterion was evaluated (`evaluatedAtTurn`; absent when the conversation never reached it). Absent for
     * criteria evaluated at the end, and in older files: an added optional field, no schemaVersion bump.
     */
    at: CheckpointAtSchema.optional(),
  }),
);
export type MetricResult = z.infer<typeof MetricResultSchema>;

export const TrialStatusSchema = z.enum(['pass', 'fail', 'error', 'invalid', 'skipped']);
export type TrialStatus = z.infer<typeof TrialStatusSchema>;

export const FailureCategorySchema = z.enum([
  'judge', // a criterion said no
  'tool_error',
  'infrastructure',
  'timeout',
  'budget',
  'invalid_simulator',
  'cancelled',
]);
export type FailureCategory = z.infer<typeof FailureCategorySchema>;

/** A trial's events in order (read apart from the rest of the trial when a file's transcripts are cut out). */
export const TranscriptSchema = deferred(() => z.array(TraceEventSchema));

export const TrialResultSchema = deferred(() =>
  z.object({
    id: z.string(),
    key: z.string(),
    testId: z.string(),
    variant: Variant,
    index: z.number().int().nonnegative(),
    status: TrialStatusSchema,
    failureCategory: FailureCategorySchema.optional(),
    /** One line: why it failed / errored / is invalid. */
    reason: z.string().optional(),
    personaVersion: z.string().optional(),
    scenarioVersion: z.string().optional(),
    startedAt: z.iso.datetime(),
    durationMs: z.number().nonnegative(),
    endReason: EndReasonSchema,
    turns: z.number().int().nonnegative(),
    transcript: TranscriptSchema,
    metrics: z.array(MetricResultSchema),
    usage: UsageSchema,
    /** Per agent turn, ms. */
    latency: z.object({
      p50: z.number().nonnegative().nullable(),
      p95: z.number().nonnegative().nullable(),
      max: z.number().nonnegative().nullable(),
    }),
    /** Conversation attempts (a misbehaving simulator is retried once). */
    attempts: z.number().int().positive().default(1),
    /**
     * `confirmation`: an extra trial the run added because the planned ones left the verdict in doubt (a suspected
     * drop, a rate within noise of its threshold, a single-trial flip). Absent: a planned trial.
     */
    phase: z.enum(['planned', 'confirmation']).optional(),
  }),
);
export type TrialResult = z.infer<typeof TrialResultSchema>;

// ---------------------------------------------------------------- tests and totals

/** Extra trials a test got (or planned trials it was spared) and why; the evidence is shown in every report. */
export const ConfirmationSchema = deferred(() =>
  z.object({
    /**
     * Why the run did not stop at the plan: a suspected drop, a rate within noise of the threshold, a single-trial
     * flip.
     */
    reasons: z.array(z.enum(['drop', 'threshold', 'flip'])),
    /** Confirmation trials run beyond the planned ones. */
    extraTrials: z.number().int().nonnegative(),
    /** What the confirmation trials that finished cost (absent in older files: read from the trials). */
    extraUsd: z.number().nonnegative().optional(),
    /** Planned trials not run because the verdict was already settled (early stopping). */
    savedTrials: z.number().int().nonnegative().optional(),
    /** What the extra trials showed about a suspected drop. */
    drop: z.enum(['confirmed', 'not-confirmed']).optional(),
    /** One line of evidence, e.g. "48/50 over the last 10 runs → 1/5 now, 2/15 after confirmation". */
    evidence: z.string().optional(),
  }),
);
export type Confirmation = z.infer<typeof ConfirmationSchema>;

/** Why a test failed, across its trials: what every report shows of it, without the transcripts. */
export const FailureDigestSchema = deferred(() =>
  z.object({
    /** The criteria that said no in any failing trial, in the order first seen. */
    criteria: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        /** Trials in which this criterion failed, out of `trials` (every finished trial of the test). */
        failedIn: z.number().int().positive(),
        trials: z.number().int().positive(),
        /** From the first failing trial, like the reason and parts. */
        score: z.number().min(0).max(1).nullable(),
        threshold: z.number().min(0).max(1),
        /** The judge's reason (or the metric's error), without the parts it already lists. */
        reason: z.string(),
        parts: z.array(JudgedPartSchema).optional(),
        /** Checkpoint criteria: where the first failing trial evaluated it. */
        at: CheckpointAtSchema.optional(),
      }),
    ),
    /** Trial-level reasons that are not a criterion (errors, timeouts, an invalid simulator), each once. */
    trialReasons: z.array(z.string()),
    /** The first failing trial (lowest index) and the lines of its transcript around the failure, as plain text. */
    exemplar: z.object({ index: z.number().int().nonnegative(), excerpt: z.array(z.string()) }).optional(),
  }),
);
export type FailureDigest = z.infer<typeof FailureDigestSchema>;

export const TestSummarySchema = deferred(() =>
  z.object({
    key: z.string(),
    testId: z.string(),
    variant: Variant,
    name: z.string().optional(),
    kind: z.enum(['conversation', 'dataset']),
    tags: z.array(z.string()),
    priority: Priority,
    personaId: z.string().optional(),
    personaVersion: z.string().optional(),
    scenarioId: z.string().optional(),
    scenarioVersion: z.string().optional(),
    // Content versions of the rest of the test's definition (absent in older files: unknown, not changed).
    /** The profile's data the test runs with. */
    profileVersion: z.string().optional(),
    /** The tools offered to the agent, mocks included. */
    toolsVersion: z.string().optional(),
    /** The criteria after named metrics and baseline metrics are resolved. */
    criteriaVersion: z.string().optional(),
    /** The judge's settings (its model): part of the test's identity. */
    judgeVersion: z.string().optional(),
    /** The agent's settings after the variant's overrides: recorded, never part of the test's identity. */
    agentVersion: z.string().optional(),
    source: z.object({ file: z.string(), line: z.number().int(), column: z.number().int() }),
    /** Planned run count. */
    runs: z.number().int().positive(),
    minPassRate: z.number().min(0).max(1),
    // Aggregates over the finished trials: the pass rate counts errored trials as not passing; invalid trials are left
    // out.
    trials: z.number().int().nonnegative(),
    passes: z.number().int().nonnegative(),
    failures: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
    invalid: z.number().int().nonnegative(),
    passRate: z.number().min(0).max(1).nullable(),
    /**
     * τ-bench pass^k: C(passes, k) / C(n, k) over the n trials that passed, failed or errored; null when there are
     * none.
     */
    passHatK: z.number().min(0).max(1).nullable(),
    /**
     * The k of passHatK: the suite's `run.pass_hat_k` (default 3), at most n. Absent in older files, where k was the
     * run count.
     */
    passK: z.number().int().positive().optional(),
    wilson95: z.tuple([z.number(), z.number()]).nullable(),
    verdict: z.enum(['pass', 'fail', 'error', 'invalid', 'not_run']),
    costUsd: z.number().nonnegative(),
    latencyP50: z.number().nullable(),
    latencyP95: z.number().nullable(),
    failureCategories: z.record(z.string(), z.number().int()),
    /**
     * Outcomes of the finished trials in trial-index order, one letter each: p(ass), f(ail), e(rror), i(nvalid).
     * Enough to recount any prefix (the statistics test the first n trials) without reading the transcripts.
     */
    outcomes: z
      .string()
      .regex(/^[pfei]*$/)
      .optional(),
    /** The suite declares the test deterministic: a flip is a regression without confirmation trials. */
    deterministic: z.boolean().optional(),
    /** How the run settled this test's verdict beyond its planned trials (absent: it ran exactly its plan). */
    confirmation: ConfirmationSchema.optional(),
    /** Set when a trial failed, errored or was invalid. Absent in older files: reports read the trials instead. */
    failure: FailureDigestSchema.optional(),
  }),
);
export type TestSummary = z.infer<typeof TestSummarySchema>;

export const TotalsSchema = deferred(() =>
  z.object({
    tests: z.number().int().nonnegative(),
    passed: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    errored: z.number().int().nonnegative(),
    invalid: z.number().int().nonnegative(),
    notRun: z.number().int().nonnegative(),
    trials: z.number().int().nonnegative(),
    /** Share of tests with a verdict of pass, fail or error that pass (invalid and not-run tests are left out). */
    passRate: z.number().min(0).max(1).nullable(),
    usage: UsageSchema,
    durationMs: z.number().nonnegative(),
    latencyP50: z.number().nullable(),
    latencyP95: z.number().nullable(),
    failureCategories: z.record(z.string(), z.number().int()),
  }),
);
export type Totals = z.infer<typeof TotalsSchema>;

// ---------------------------------------------------------------- skipped tests

/**
 * What a skipped test lacked: an endpoint to configure, the environment variable (CI secret) holding its key or
 * URL, or a key the endpoint rejected when `rehearse run` checked it before the first trial.
 */
export const MissingSchema = deferred(() =>
  z.object({
    /**
     * `simulator`: the simulated user's LLM (behavioral scenarios, phrased or LLM-matched scripted ones). `judge`: the
     * LLM of LLM-judged criteria. `agent`: the agent under test (its key, or a variable its URL or headers use).
     */
    role: z.enum(['simulator', 'judge', 'agent']),
    /** `rejected`: the setting is there, but the endpoint answered 401/403. Absent (older files): missing. */
    status: z.enum(['missing', 'rejected']).optional(),
    /** Set when the endpoint is configured but its API key variable is not set (or, `rejected`, the key it refused). */
    envVar: z.string().optional(),
    /** true when no endpoint is configured at all. */
    endpoint: z.boolean().optional(),
    /** The agent, for role `agent`. */
    agentId: z.string().optional(),
    /** Where: the base URL that rejected the key, or the agent's URL as written (`${AGENT_URL}`). */
    url: z.string().optional(),
    /** What needs it, e.g. "behavioral scenario 'angry-refund'". */
    need: z.string(),
    /** The scenario that needs it. */
    scenarioId: z.string().optional(),
    /**
     * What else the test lacks, found after `role` (a test without the simulator may lack the judge too): so that
     * the advice on running it names every setting needed, not only the first. Absent: nothing else, or not looked.
     */
    also: z
      .array(
        z.object({
          role: z.enum(['simulator', 'judge', 'agent']),
          status: z.enum(['missing', 'rejected']).optional(),
          envVar: z.string().optional(),
          endpoint: z.boolean().optional(),
        }),
      )
      .optional(),
  }),
);
export type Missing = z.infer<typeof MissingSchema>;

export const SkippedTestSchema = deferred(() =>
  z.object({
    key: z.string(),
    reason: z.string(),
    // The test's identity, so reports can list and annotate it (absent in older files).
    testId: z.string().optional(),
    variant: Variant.optional(),
    name: z.string().optional(),
    priority: Priority.optional(),
    tags: z.array(z.string()).optional(),
    source: z.object({ file: z.string(), line: z.number().int(), column: z.number().int() }).optional(),
    /** Planned run count that did not run. */
    runs: z.number().int().positive().optional(),
    /** Absent in older files, whose skips the gate does not judge. */
    missing: MissingSchema.optional(),
  }),
);
export type SkippedTest = z.infer<typeof SkippedTestSchema>;

// ---------------------------------------------------------------- the run

export const RunStatusSchema = z.enum(['running', 'completed', 'failed', 'stopped']);
export type RunStatus = z.infer<typeof RunStatusSchema>;

export const ResultsSchema = deferred(() =>
  z.object({
    schemaVersion: z.literal(RESULTS_SCHEMA_VERSION),
    /** Execution code, e.g. "RH-20261121-1a2b3c". */
    runId: z.string(),
    source: z.enum(['ci', 'cli']),
    suite: z.object({ name: z.string(), config: z.string() }),
    git: z.object({ sha: z.string().optional(), ref: z.string().optional(), repository: z.string().optional() }),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().optional(),
    status: RunStatusSchema,
    stopReason: z.enum(['budget', 'cancelled', 'fail_fast']).optional(),
    variants: z.array(
      z.object({
        id: Variant,
        /** The variant every other is compared with, when it is not the one named `baseline`. */
        baseline: z.literal(true).optional(),
        description: z.string().optional(),
        agent: z.string(),
        model: z.string().optional(),
        /**
         * A short content version of each of the agent's settings (model, system_prompt, base_url, command,
         * timeout_ms, …), so a report can say which of them changed since the reference run. Absent in older files.
         */
        settings: z.record(z.string(), z.string()).optional(),
      }),
    ),
    /**
     * The run compared the current tests against the base revision's agent, run side by side in this job
     * (`rehearse run --base`): the baseline variant is the base revision, the candidate this one.
     */
    baseSide: z.object({ ref: z.string(), sha: z.string().optional(), reason: z.string().optional() }).optional(),
    shard: z.object({ index: z.number().int().positive(), total: z.number().int().positive() }).optional(),
    /**
     * A merge of some shards only (status `stopped`): the plan's shard count and the shard indexes that were not given.
     */
    missingShards: z
      .object({ total: z.number().int().positive(), indexes: z.array(z.number().int().positive()).min(1) })
      .optional(),
    /** Planned test × variant runs that could not run (they are not in `tests`). */
    skipped: z.array(SkippedTestSchema).default([]),
    tests: z.array(TestSummarySchema),
    trials: z.array(TrialResultSchema),
    /**
     * Trials that started and did not finish (the budget refused one of their calls, or the run was cancelled), and
     * finished trials a resume dropped to run them again (`--rerun-changed`, `--rerun-errored`): they are not in
     * `trials`, but what their calls cost was billed, so it is here and in `totals.usage`. Absent when none.
     */
    unfinished: z.object({ trials: z.number().int().nonnegative(), usage: UsageSchema }).optional(),
    totals: TotalsSchema,
    /** Totals per variant, when more than one ran. */
    variantTotals: z.record(z.string(), TotalsSchema).default({}),
    /**
     * The gate the run was judged with (the suite's, after the action's input overrides), so `rehearse
     * report`/`compare` judge it the same way. Absent in older files.
     */
    gate: z
      .object({
        minPassRate: z.number().min(0).max(1),
        failOn: z.array(FailOnSchema),
        alpha: z.number().gt(0).lt(1),
        /** The suite's `gate.allow_skipped`: tests that could not run (no key or endpoint) do not fail the gate. */
        allowSkipped: z.boolean().optional(),
        /** Comparisons that could fail the gate (tests × references): each is tested at alpha / comparisons. */
        comparisons: z.number().int().nonnegative().optional(),
        /** The per-comparison level alpha / comparisons, for display. */
        comparisonAlpha: z.number().gt(0).lt(1).optional(),
        /** The gate's decision when the run was evaluated (`rehearse runs` lists it). Absent in older files. */
        passed: z.boolean().optional(),
        /** Its one-line summary, e.g. "❌ 1 regression". */
        summary: z.string().optional(),
      })
      .optional(),
    /**
     * Per test key, the last runs on the base branch (oldest first) with their planned-trial counts and definition
     * versions, rolled forward by every base-branch run: one artifact is enough to compare with many runs.
     */
    history: RunHistorySchema.optional(),
    /** The plan options the run was given, so `rehearse rerun` runs the same plan. Absent in older files. */
    plan: z
      .object({
        variants: z.array(Variant).optional(),
        tags: z.array(z.string()).optional(),
        tests: z.array(z.string()).optional(),
        sets: z.array(z.string()).optional(),
        /** The `--runs` override of every run count. */
        runs: z.number().int().positive().optional(),
        /** `i/n`, as given. */
        shard: z.string().optional(),
        concurrency: z.number().int().positive().optional(),
        budgetUsd: z.number().nonnegative().optional(),
        failFast: z.boolean().optional(),
      })
      .optional(),
    /**
     * What the circuit breaker stopped because its trials kept erroring (an agent: every test of it; the simulator or
     * the judge endpoint: every test that calls it; else one test): the remaining trials of those tests were not
     * started (they count as not run), and the gate fails with an "infrastructure" reason naming the error. Absent:
     * nothing was stopped (or an older file).
     */
    infrastructure: z
      .array(
        z.object({
          /**
           * Whose failures tripped it: an agent (`agent` names it), the simulator or the judge (`model` names the
           * endpoint); absent when one test key did, and in older files, where an `agent` means an agent's trip. An
           * added optional field, no schemaVersion bump.
           */
          role: z.enum(['agent', 'simulator', 'judge']).optional(),
          /** The agent that tripped; absent when one test key, the simulator or the judge did. */
          agent: z.string().optional(),
          /** role simulator or judge: the endpoint's model (its URL and key are never recorded). */
          model: z.string().optional(),
          /** The test keys whose remaining trials were not started. */
          testKeys: z.array(z.string()),
          /** Errored trials in a row that tripped it. */
          erroredTrials: z.number().int().positive(),
          /** Trials not started because of it (planned and confirmation trials alike). */
          notRun: z.number().int().nonnegative(),
          /** The most common error of those trials, redacted and clipped to one line. */
          message: z.string(),
        }),
      )
      .optional(),
    /**
     * false when the run was kept out of the history the next runs compare with (a local run that is not on the
     * default branch with a clean tree, `--no-record-history`, a run the circuit breaker stopped). Absent (older
     * files): it joined.
     */
    joinedHistory: z.boolean().optional(),
    /** Set by `rehearse rejudge`: the run whose transcripts were judged again. */
    rejudgedFrom: z.string().optional(),
    /** Set when the run recorded or replayed a cassette: which, how, and what was replayed (its cost was not spent). */
    cassette: z
      .object({
        file: z.string(),
        mode: z.enum(['record', 'replay', 'replay-or-record']),
        roles: z.array(z.enum(['simulator', 'agent', 'judge', 'tool'])),
        replayed: z.number().int().nonnegative(),
        recorded: z.number().int().nonnegative(),
        replayedCostUsd: z.number().nonnegative(),
      })
      .optional(),
    /**
     * Confirmation trials and early stopping over the whole run, and the settings used (absent: the run ran
     * exactly its plan, e.g. `--no-confirm` or an older file).
     */
    confirmation: z
      .object({
        /** Extra trials a suspected drop against history or the previous run could get. */
        maxExtra: z.number().int().nonnegative(),
        /** Extra trials on each side when the reference is the baseline variant of this run. */
        maxExtraPaired: z.number().int().nonnegative(),
        extraTrials: z.number().int().nonnegative(),
        /** Planned trials not run because the test's verdict was already settled. */
        savedTrials: z.number().int().nonnegative(),
        /** Their estimated cost: per test, its saved trials at the mean cost of its trials. */
        savedUsd: z.number().nonnegative(),
      })
      .optional(),
  }),
);
export type Results = z.infer<typeof ResultsSchema>;
export type PlanOptionsRecord = NonNullable<Results['plan']>;

/**
 * The variant every other variant of a run is compared with: the one recorded `baseline: true`, else the one named
 * `baseline` (every file before schema 5). undefined when the run has no such variant.
 */
export function baselineVariantOf(results: Pick<Results, 'variants' | 'tests'>): string | undefined {
  const flagged = results.variants.find((variant) => variant.baseline === true);
  if (flagged) return flagged.id;
  const named = [...results.variants.map((v) => v.id), ...results.tests.map((t) => t.variant)].includes('baseline');
  return named ? 'baseline' : undefined;
}

/** The variants of a run compared with its baseline, in the order the run lists them; empty without a baseline. */
export function comparedVariantsOf(results: Pick<Results, 'variants' | 'tests'>): string[] {
  const baseline = baselineVariantOf(results);
  if (baseline === undefined) return [];
  const ids = [...results.variants.map((variant) => variant.id), ...results.tests.map((test) => test.variant)];
  return [...new Set(ids)].filter((id) => id !== baseline && id !== 'default');
}

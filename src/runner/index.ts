/**
 * The runner: every planned trial under one global concurrency limit on LLM
 * calls (all variants interleaved, trials started in plan order = critical
 * first), with a cost budget (a hard cap, see budget.ts), fail-fast,
 * per-trial timeouts and cancellation. Each finished trial is appended to the
 * run's journal (when given) before it counts as done, so a hard kill loses
 * only the trials in flight and `resume` runs only what is missing. The
 * results file is written atomically at the end, also when the run stops
 * early.
 */
import { rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { summarizeTests, testVerdict, totals, variantTotals } from '../aggregate/index.js';
import type { ExecuteTrial } from '../engine/types.js';
import { judgeTrial } from '../judge/index.js';
import type { ChatClient, RetryNotice } from '../llm/types.js';
import type { Plan, Trial } from '../plan/types.js';
import { baseSideDescription } from '../model/base-side.js';
import { markChecked, writeAhead, writeResults } from '../results/index.js';
import {
  RESULTS_SCHEMA_VERSION,
  TrialResultSchema,
  type Confirmation,
  type Results,
  type TestSummary,
  type TrialResult,
  type Usage,
} from '../model/results.js';
import { buildDeferredSchemas } from '../model/deferred.js';
import { asUnrecordable } from './unrecordable.js';
import { Journal, readJournal, resumable, type JournalContents } from '../results/journal.js';
import { usesLlm } from '../judge/index.js';
import { redactorFor } from '../suite/secrets.js';
import { contentVersion } from '../suite/version.js';
import type { LoadedSuite } from '../suite/types.js';
import { ConfigurationError } from '../util/errors.js';
import type { Redactor } from '../util/redact.js';
import { BudgetCap, NO_USAGE, plusUsage } from './budget.js';
import { breakerView, CircuitBreaker, type Trip } from './breaker.js';
import { FinishedTrials } from './finished.js';
import { collectHeapIfDue, favourMemoryDuringRun } from './memory.js';
import { chore, startWhenDue, type Chore } from '../util/chore.js';
import type { ConfirmationPolicy } from './confirmation.js';
import { Schedule } from './schedule.js';
import type { Progress } from './progress.js';
import type { ResumedTrials } from './resume-counts.js';
import { loopLoad } from './loop-load.js';
import { CallSlots } from './slots.js';
import { lookUpGitInfo, newRunId, runSource, type GitInfo } from './run-info.js';
import { NOT_STARTED, OUT_OF_BUDGET, runTrial, type JudgeTrial, type TrialDeps } from './trial.js';

export { createProgressReporter, formatProgress, type Progress, type ProgressReporter } from './progress.js';
export { describeResumed, type ResumedTrials } from './resume-counts.js';
export { gitInfo, newRunId, runSource } from './run-info.js';
export {
  planOnlyPolicy,
  type ConfirmationPolicy,
  type ConfirmationReason,
  type GroupDecision,
  type KeyRequest,
  type KeySettlement,
  type Outcomes,
} from './confirmation.js';

/** How often progress is reported while no trial finishes (keeps ETA and elapsed live). */
const PROGRESS_TICK_MS = 1_000;
/** After a cancel, how long in-flight trials get to unwind before the results are written without them. */
const CANCEL_GRACE_MS = 2_000;
/**
 * Trials in flight per call slot, by default. A trial holds a slot only while
 * one of its calls is out; with several trials per slot, a freed slot is taken
 * at once by another trial, and the last trials of the run share the slots
 * instead of leaving most of them idle. Why 8: equal trials move in lockstep,
 * so the idle tail shrinks only as more of them share the slots; in the bench
 * (200 trials on 16 slots) 4 per slot still left slots idle 4–6% of the run,
 * 8 leaves 1%. Bounded, because a command agent's process and every
 * transcript live as long as their trial.
 */
export const TRIALS_PER_CALL_SLOT = 8;

export interface RunOptions {
  readonly suite: LoadedSuite;
  readonly plan: Plan;
  /** Default: `ci` when GITHUB_ACTIONS=true, else `cli`. */
  readonly source?: 'ci' | 'cli';
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly chat: ChatClient;
  /** Default: the engine's executeTrial. */
  readonly executeTrial?: ExecuteTrial;
  /** Default: the judge's judgeTrial. */
  readonly judgeTrial?: JudgeTrial;
  readonly signal?: AbortSignal;
  /** LLM calls in flight at once, over the whole run. Defaults to the suite's `run:` settings, like the next three. */
  readonly concurrency?: number;
  readonly budgetUsd?: number;
  readonly failFast?: boolean;
  readonly trialTimeoutMs?: number;
  /** Default: TRIALS_PER_CALL_SLOT × concurrency. */
  readonly maxTrialsInFlight?: number;
  readonly onProgress?: (progress: Progress) => void;
  /** Told before an http agent's or a passthrough tool's request is sent again (LLM calls tell the chat client's). */
  readonly onAgentRetry?: (notice: RetryNotice) => void;
  /** With `resume`: what the run starts from (journaled trials kept, trials left), before its first progress. */
  readonly onResumed?: (resumed: ResumedTrials) => void;
  readonly onTrialDone?: (result: TrialResult) => void;
  /** Where the results file is written (atomically); omitted: not written. */
  readonly outputPath?: string;
  readonly runId?: string;
  readonly git?: GitInfo;
  /** For relative paths in the results and `git` lookups; default process.cwd(). */
  readonly cwd?: string;
  /** Hides secrets in every finished trial before anything sees it. Default: the suite's and the environment's. */
  readonly redactor?: Redactor;
  /**
   * The gate the run will be judged with, recorded in the results so `rehearse report`/`compare` judge it the same way.
   */
  readonly gate?: Results['gate'];
  /** Append every finished trial here (flushed before it counts as done); `meta` goes into its header. */
  readonly journal?: { readonly path: string; readonly meta?: unknown };
  /**
   * A journal read back from an interrupted run of the same plan: its trials
   * are kept, not run again, and the run keeps its id and start time.
   * Requires `journal` (the same file, appended to).
   */
  readonly resume?: JournalContents;
  /** Adds what only the caller knows (the plan options, a cassette's counts) before the results are written. */
  readonly annotate?: (results: Results) => Results;
  /**
   * Decides, test by test, whether the planned trials are enough or more are needed (confirmation trials) and
   * whether planned ones can be spared (early stopping). Absent: every test runs exactly its plan.
   */
  readonly confirmation?: ConfirmationPolicy;
  /** Recorded in the results (`confirmation`): the settings the policy used. */
  readonly confirmationSettings?: { readonly maxExtra: number; readonly maxExtraPaired: number };
  /** The caller's chores: started with the run's own at its quiet moment (AFTER_FIRST_ANSWER_MS), if not before. */
  readonly chores?: readonly Chore<unknown>[];
}

type StopReason = NonNullable<Results['stopReason']>;

export async function runPlan(options: RunOptions): Promise<Results> {
  const restoreGc = favourMemoryDuringRun(options.env, options.plan.trials.length);
  try {
    return await runAllTrials(options);
  } finally {
    restoreGc();
  }
}

async function runAllTrials(options: RunOptions): Promise<Results> {
  const cwd = options.cwd ?? process.cwd();
  const resumed = options.resume ? checkResume(options.resume, options.plan) : undefined;
  const startedAt = resumed ? new Date(resumed.header.startedAt) : new Date();
  // A resumed run's duration counts from now: the time it was down is not run time.
  const started = performance.now() - (resumed ? durationOf(resumed) : 0);
  // Looked up, collected and built while the trials run, at the run's quiet moment (AFTER_FIRST_ANSWER_MS): spawning
  // git takes milliseconds of this thread, a full collection tens, building the results' schemas ~7.
  const git = chore(async () => options.git ?? lookUpGitInfo(options.env, cwd));
  const chores = startWhenDue(
    [git, chore(async () => collectHeapIfDue()), chore(async () => buildDeferredSchemas()), ...(options.chores ?? [])],
    AFTER_FIRST_ANSWER_MS,
  );
  const state = createState(options, resumed, chores.due);
  const runId = resumed?.header.runId ?? options.runId ?? newRunId(startedAt);
  const journal = await openJournal(options, runId, startedAt, resumed);
  const execute = options.executeTrial ?? (await import('../engine/index.js')).executeTrial;
  const concurrency = Math.max(1, options.concurrency ?? options.suite.run.concurrency);
  const redactor = options.redactor ?? redactorFor(options.suite, options.env);
  const runScope = scopedSignal(options.signal);
  const trialDeps: Omit<TrialDeps, 'onSpend'> = {
    execute,
    judge: options.judgeTrial ?? judgeTrial,
    engine: {
      suite: { pricing: options.suite.pricing, run: options.suite.run },
      env: options.env,
      ...(options.onAgentRetry ? { onRetry: options.onAgentRetry } : {}),
    },
    chat: options.chat,
    // The run's tail (see CallSlots): nothing left to start, and at most two trials per slot still running.
    slots: new CallSlots(
      concurrency,
      () => state.schedule?.readyCount() === 0 && state.inFlight <= 2 * concurrency,
      loopLoad(),
    ),
    // The budget never aborts a call in flight (it is paid for): it refuses the calls that do not fit (budget.ts).
    runSignal: runScope.signal,
    budget: state.budget,
    timeoutMs: options.trialTimeoutMs ?? options.suite.run.trial_timeout_ms,
  };
  const resumedConfirmations = new Map(
    [...(resumed?.confirmations ?? [])].map(([id, result]) => [id, state.keep(result)] as const),
  );
  const schedule = new Schedule(options.plan.trials, options.confirmation, state.finished, resumedConfirmations);
  state.schedule = schedule;
  schedule.start();
  // Counted after the replay: the journaled confirmation trials are in `finished` only once their test asked again.
  if (resumed) options.onResumed?.(schedule.tally());
  let closed = false;
  const report = () => {
    if (!closed) options.onProgress?.(progressOf(state, performance.now() - started));
  };
  const ticker = options.onProgress ? setInterval(report, PROGRESS_TICK_MS) : undefined;
  report();

  trialDeps.runSignal.addEventListener('abort', () => state.wakeAdmissions(), { once: true });
  const stopNow = (stop: StopReason): void => {
    state.stopReason ??= stop;
    if (!state.stopping) {
      state.stopping = true;
      state.notStarted += schedule.drain() + schedule.unscheduledPlanned();
    }
    state.wakeWorkers();
  };
  const worker = async (): Promise<void> => {
    for (;;) {
      const position = state.stopping ? undefined : schedule.next();
      if (position === undefined) {
        // Nothing ready: done when no trial is running (none can release more), else wait for a decision.
        if (state.stopping || state.active === 0) return state.wakeWorkers();
        await new Promise<void>((resolve) => state.workWaiters.push(resolve));
        continue;
      }
      state.active++;
      try {
        const trial = schedule.trials[position] as Trial;
        const maxCalls = maxCallsOf(trial);
        const stop =
          stopReasonNow(state, options, trialDeps.runSignal) ??
          (await admitWithinBudget(state, trialDeps.runSignal, position, maxCalls, concurrency));
        if (stop) {
          state.notStarted++;
          stopNow(stop);
          continue;
        }
        // Taken before its agent, an endpoint it calls or its test tripped the breaker: it does not start either.
        if (state.breaker.blocks(breakerView(trial))) {
          blocked(state, trial);
          schedule.done(position, true);
          continue;
        }
        await runAndRecord(state, options, position, trial, trialDeps, journal, redactor);
        const stopAfter = stopReasonNow(state, options, trialDeps.runSignal);
        if (stopAfter) stopNow(stopAfter);
        schedule.done(position, state.stopping);
      } finally {
        state.active--;
        state.wakeWorkers();
      }
      report();
    }
  };
  const workers = Array.from(
    { length: Math.max(1, options.maxTrialsInFlight ?? TRIALS_PER_CALL_SLOT * concurrency) },
    worker,
  );
  try {
    await untilDoneOrCancelled(Promise.all(workers), trialDeps.runSignal);
  } finally {
    runScope.release();
    if (ticker) clearInterval(ticker);
    // A run over before its chores began does not start them: the collection is not needed any more, and whoever needs
    // another's result asks for it (the git lookup, below).
    chores.cancel();
    // Trials still in flight (a cancel): what their calls cost so far is journaled too, for a resume's tally.
    await journalInFlightSpend(state, schedule, journal);
    await journal?.close();
  }
  if (options.signal?.aborted) state.stopReason = 'cancelled';
  report();
  // Trials aborted by a cancel may still settle after this point: they report nothing more.
  closed = true;

  // The transcripts come back from the journal for the results file and the reports, once the run is over.
  // A trial that failed its schema check is read back and checked again, as the journal holds it.
  if (journal && (state.held.stripped || state.unchecked.size > 0))
    await restoreTranscripts(state.finished, journal.path, resumed === undefined, state.unchecked);
  const timing = { runId, startedAt, durationMs: performance.now() - started, cwd, git: await git.now() };
  const assembled = redactedHead(assemble(options, state, timing), redactor);
  const results = options.annotate ? options.annotate(assembled) : assembled;
  if (options.outputPath) await writeResults(options.outputPath, results);
  // A finished run's journal is spent once its results are on disk; a stopped one's, or one the circuit breaker cut
  // short, is kept for `resume` (the trials not run are run then, with a fresh breaker).
  if (journal && options.outputPath && !resumable(results)) await rm(journal.path, { force: true });
  return results;
}

/**
 * How long after the run's first answer (or its first finished trial, for a run without LLM calls) its chores begin:
 * the run's quiet moment. Its calls go out in one wave and their answers come back together; each takes a
 * millisecond or two of this thread to handle and to send its trial's next call, so by then the next wave is on the
 * wire and a whole call's wait lies ahead. Started at a fixed 20 ms after the first calls instead, the chores held
 * the thread when the first answers came back: in the peer bench (50 ms calls) the second wave left 73 ms after the
 * first instead of ~55.
 */
export const AFTER_FIRST_ANSWER_MS = 10;

/**
 * The run's own signal, aborted when the caller's is. Not AbortSignal.any: Node keeps a derived signal that has
 * listeners alive until it aborts, and with it everything those listeners reach (the whole run state, ~25 MB a
 * run in the verdict bench, which runs thousands in one process). Released when the run ends, this one and its
 * listeners go with the run.
 */
function scopedSignal(outer: AbortSignal | undefined): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  if (!outer) return { signal: controller.signal, release: () => {} };
  if (outer.aborted) controller.abort(outer.reason);
  const forward = (): void => controller.abort(outer.reason);
  outer.addEventListener('abort', forward, { once: true });
  return { signal: controller.signal, release: () => outer.removeEventListener('abort', forward) };
}

interface RunState {
  /** Finished trials by plan position, so the results keep plan order. */
  readonly finished: FinishedTrials;
  /** Ids of journaled trials that did not pass the schema check as they finished (the results' write reports them). */
  readonly unchecked: Set<string>;
  /**
   * What `finished` holds of a trial: with a journal, the trial without its transcript (everything the schedule,
   * fail-fast and progress read), the transcript being on disk; without one, the trial itself. `journaledBytes`: the
   * length of the trial's journal line, when this run just wrote it: a small run's trials are held whole (see
   * HELD_WHOLE_BELOW_BYTES).
   */
  readonly keep: (result: TrialResult, journaledBytes?: number) => TrialResult;
  /** Journal bytes of the trials held whole, and whether any was kept without its transcript. */
  readonly held: { bytes: number; stripped: boolean };
  /** Cost of every LLM call so far, finished trials and in-flight ones, and the cap on it. */
  readonly budget: BudgetCap;
  /** What the calls of each trial in flight cost so far: an unfinished trial's share of the tally. */
  readonly spending: Map<number, Usage>;
  /** Trials started and not finished (cut short by the budget, cancelled): what they cost is in the results too. */
  unfinished: { trials: number; usage: Usage };
  inFlight: number;
  /** Trials started so far: each trial's rank for the call slots. */
  started: number;
  /** Workers waiting for the budget to admit their next trial; woken whenever a trial ends. */
  readonly admissionWaiters: (() => void)[];
  wakeAdmissions(): void;
  notStarted: number;
  failFastTriggered: boolean;
  stopReason?: StopReason;
  /** The run is stopping: no trial starts any more, no test is decided further. */
  stopping: boolean;
  /** Trials taken from the schedule and not yet ended (admission waits included). */
  active: number;
  /** Workers with nothing ready, waiting for a test's decision (or the end); woken whenever a trial ends. */
  readonly workWaiters: (() => void)[];
  wakeWorkers(): void;
  /** Set once the run starts: the trials to run, planned and confirmation ones. */
  schedule?: Schedule;
  /** Stops an agent or a test whose trials keep erroring (see breaker.ts). */
  readonly breaker: CircuitBreaker;
  /** What it stopped, in trip order, with the tests halted and the trials not run because of it. */
  readonly trips: TripRecord[];
  /** An answer came, or a trial finished: the run's chores are due (AFTER_FIRST_ANSWER_MS). */
  readonly answered: () => void;
}

interface TripRecord {
  readonly trip: Trip;
  readonly testKeys: Set<string>;
  notRun: number;
}

async function runAndRecord(
  state: RunState,
  options: RunOptions,
  position: number,
  trial: Trial,
  deps: Omit<TrialDeps, 'onSpend'>,
  journal: Journal | undefined,
  redactor: Redactor,
): Promise<void> {
  state.inFlight++;
  state.spending.set(position, NO_USAGE);
  const onSpend = (usage: Usage) => {
    state.answered();
    state.spending.set(position, plusUsage(state.spending.get(position) ?? NO_USAGE, usage));
    state.budget.spend(position, usage.costUsd);
  };
  // A trial still waiting for its first call slot when the run stops (fail-fast, cancel) does not start: it is not run,
  // like the trials after it.
  let refusedFor: StopReason | undefined;
  let tripped = false;
  const mayStart = () =>
    !(refusedFor = stopReasonNow(state, options, deps.runSignal)) &&
    !(tripped = state.breaker.blocks(breakerView(trial)));
  let result: Awaited<ReturnType<typeof runTrial>>;
  try {
    // Oldest first by start order: a confirmation trial added late still goes after the trials already running.
    result = await runTrial(trial, { ...deps, rank: state.started++, onSpend, mayStart });
  } finally {
    state.inFlight--;
  }
  const trialSpend = state.spending.get(position) ?? NO_USAGE;
  if (result === NOT_STARTED || result === OUT_OF_BUDGET || !result) {
    state.budget.ended(position);
    state.wakeAdmissions();
    if (result === NOT_STARTED && tripped && !refusedFor) blocked(state, trial);
    else if (result === NOT_STARTED) {
      state.stopReason ??= refusedFor ?? 'budget';
      state.notStarted++;
    }
    if (result === OUT_OF_BUDGET) state.stopReason ??= 'budget';
    // A cancelled trial's calls so far stay in `spending` until the results are assembled: it may still settle late.
    if (result !== undefined) await keepUnfinished(state, position, trial, journal, trialSpend, result);
    return;
  }
  state.spending.delete(position);
  // Agents that are not called through our client (http, command) report their cost in the trace only.
  state.budget.spend(position, Math.max(0, result.usage.costUsd - trialSpend.costUsd));
  state.budget.ended(position, result.usage.costUsd);
  state.wakeAdmissions();
  // Redacted as it finishes: the journal, transcripts, errors, tool calls and judge reasons never hold a secret.
  const confirmation = state.schedule?.isConfirmation(position) ?? false;
  const redacted = redactor.redactValue(confirmation ? { ...result, phase: 'confirmation' as const } : result);
  // Checked against the schema now, while other trials' calls are awaited, rather than all at once when the results
  // are written at the end (a journaled trial comes back from the journal as this checked form).
  const checked = journal ? TrialResultSchema.safeParse(redacted) : undefined;
  // One that does not pass is kept as an error trial naming why (unrecordable.ts): the run's results are still written.
  const kept =
    checked && !checked.success ? TrialResultSchema.safeParse(asUnrecordable(redacted, checked.error)) : checked;
  const clean = kept?.success ? markChecked(kept.data) : redacted;
  if (kept && !kept.success) state.unchecked.add(clean.id);
  // On disk before it counts: a kill after this line loses nothing of this trial.
  const journaledBytes = await journal?.append({ position, trial: clean });
  record(state, options, position, trial, clean, journaledBytes);
  state.answered();
}

async function journalInFlightSpend(state: RunState, schedule: Schedule, journal: Journal | undefined): Promise<void> {
  if (!journal) return;
  for (const [position, usage] of state.spending) {
    const id = schedule.trials[position]?.id;
    if (id !== undefined && usage.costUsd > 0) await journal.appendUnfinished({ id, usage, reason: 'cancelled' });
  }
}

/** A trial that ended without a result: what its calls cost joins the run's tally (and the journal, for a resume). */
async function keepUnfinished(
  state: RunState,
  position: number,
  trial: Trial,
  journal: Journal | undefined,
  usage: Usage,
  why: typeof NOT_STARTED | typeof OUT_OF_BUDGET,
): Promise<void> {
  state.spending.delete(position);
  if (usage.costUsd === 0 && usage.inputTokens === 0 && usage.outputTokens === 0) return;
  state.unfinished = { trials: state.unfinished.trials + 1, usage: plusUsage(state.unfinished.usage, usage) };
  await journal?.appendUnfinished({ id: trial.id, usage, reason: why === OUT_OF_BUDGET ? 'budget' : 'not_started' });
}

function withoutTranscript(result: TrialResult): TrialResult {
  return { ...result, transcript: [] };
}

/**
 * Puts back the transcripts of the trials kept without them, from the journal (planned trials by position,
 * confirmation trials by id). A trial the journal lacks keeps what it has: it was appended before it was recorded.
 */
async function restoreTranscripts(
  finished: Map<number, TrialResult>,
  journalPath: string,
  allLinesOurs: boolean,
  unchecked: ReadonlySet<string>,
): Promise<void> {
  // Lines this run appended hold checked trials, read as written; a resumed run's earlier lines (another version's,
  // perhaps) and a trial that failed its check are checked again.
  const trusted = allLinesOurs && unchecked.size === 0;
  const journaled = await readJournal(journalPath, { ownWrite: trusted });
  for (const [position, kept] of finished) {
    const whole = journaled.trials.get(position) ?? journaled.confirmations?.get(kept.id);
    if (whole?.id === kept.id) finished.set(position, trusted ? markChecked(whole) : whole);
  }
}

/**
 * A run whose journaled trials take fewer bytes than this holds them whole, transcripts and all, instead of reading
 * them back from its journal at the end, and writes each one's text for the results file while its calls are awaited
 * (writeAhead). Past it, trials are kept without their transcripts, so the heap stays flat however many trials
 * finish. At 4 MB (1,000 conversations × 5 short turns are 3 MB): the end of that run 212–240 → 147–152 ms, for the
 * same CPU and ~19 MB more peak RSS (169–171 → 187–188 MB); at 1 MB (until issue 21's tenth round) it was read back.
 */
export const HELD_WHOLE_BELOW_BYTES = 1 << 22;

function keeper(journaled: boolean, held: RunState['held'], finished: FinishedTrials): RunState['keep'] {
  if (!journaled) return (result) => result;
  return (result, journaledBytes) => {
    if (journaledBytes !== undefined && !held.stripped && held.bytes + journaledBytes < HELD_WHOLE_BELOW_BYTES) {
      held.bytes += journaledBytes;
      // Its text in the results file, made once the answers waiting now are handled, not in the run's last moments.
      setImmediate(() => writeAhead(result));
      return result;
    }
    // One stripped trial means a read of the journal at the end anyway: the trials held so far are let go too (a big
    // run's heap would otherwise carry them to its end), and the ones after it are stripped as they come.
    if (!held.stripped) {
      held.stripped = true;
      for (const [position, kept] of finished) finished.set(position, withoutTranscript(kept));
    }
    return withoutTranscript(result);
  };
}

function createState(options: RunOptions, resumed: JournalContents | undefined, answered: () => void): RunState {
  const held = { bytes: 0, stripped: false };
  const finished = new FinishedTrials();
  const keep = keeper(options.journal !== undefined, held, finished);
  for (const [position, result] of resumed?.trials ?? []) finished.set(position, keep(result));
  const journaled = [...(resumed?.trials.values() ?? []), ...(resumed?.confirmations?.values() ?? [])];
  const unfinishedBefore = (resumed?.unfinished ?? []).map((entry) => entry.usage);
  const spentBefore = [...journaled.map((trial) => trial.usage), ...unfinishedBefore].reduce(
    (sum, usage) => sum + usage.costUsd,
    0,
  );
  return {
    finished,
    keep,
    held,
    answered,
    budget: new BudgetCap(options.budgetUsd ?? options.suite.run.budget_usd, spentBefore),
    spending: new Map(),
    unfinished: { trials: unfinishedBefore.length, usage: unfinishedBefore.reduce(plusUsage, NO_USAGE) },
    unchecked: new Set(),
    inFlight: 0,
    notStarted: 0,
    failFastTriggered: false,
    stopping: false,
    active: 0,
    started: 0,
    breaker: new CircuitBreaker(),
    trips: [],
    workWaiters: [],
    wakeWorkers() {
      for (const wake of this.workWaiters.splice(0)) wake();
    },
    admissionWaiters: [],
    wakeAdmissions() {
      for (const wake of this.admissionWaiters.splice(0)) wake();
    },
  };
}

/**
 * Waits until one more trial fits in the budget next to those in flight
 * (each finishing one frees its estimate and sharpens it). 'budget' when it
 * does not fit even alone. While no call's cost is known yet, at most one
 * trial per call slot is let in: the estimate has nothing to go on.
 */
function admitWithinBudget(
  state: RunState,
  signal: AbortSignal,
  position: number,
  maxCalls: number,
  slots: number,
): Promise<StopReason | undefined> | undefined {
  const budget = state.budget;
  // Admission is decided and recorded in the same synchronous step: workers must not admit past each other.
  const admit = (): undefined => void budget.started(position, maxCalls);
  if (budget.budgetUsd === undefined) return admit();
  const wait = async (): Promise<StopReason | undefined> => {
    for (;;) {
      if (signal.aborted) return 'cancelled';
      const busy = budget.trialsInFlight;
      if (busy === 0) return budget.admits(maxCalls) ? admit() : 'budget';
      if (budget.admits(maxCalls) && (budget.costKnown || busy < slots)) return admit();
      // Woken when a trial ends or the run is cancelled (runPlan forwards the abort).
      await new Promise<void>((resolve) => state.admissionWaiters.push(resolve));
    }
  };
  return wait();
}

/** The most LLM calls a trial may make: a conservative bound for the budget's estimate before any trial finished. */
function maxCallsOf(trial: Trial): number {
  const judged = trial.criteria.filter(usesLlm).length;
  // Simulator + agent per turn, and an agent answering after a tool round counts twice more.
  return (trial.kind === 'conversation' ? 4 * trial.scenario.max_turns : 1) + judged;
}

function stopReasonNow(state: RunState, options: RunOptions, signal: AbortSignal): StopReason | undefined {
  if (state.budget.exhausted) return 'budget';
  if (signal.aborted) return 'cancelled';
  if (state.failFastTriggered) return 'fail_fast';
  return undefined;
}

/** The plan must be the journaled one, trial for trial: otherwise the resumed run would mix two plans. */
function checkResume(resume: JournalContents, plan: Plan): JournalContents {
  const ids = resume.header.trialIds;
  const same = ids.length === plan.trials.length && plan.trials.every((trial, i) => trial.id === ids[i]);
  if (!same) {
    const first = plan.trials.findIndex((trial, i) => trial.id !== ids[i]);
    const difference =
      first >= 0
        ? `; first difference at trial ${first + 1}: '${plan.trials[first]?.id}' vs '${ids[first] ?? 'none'}'`
        : '';
    throw new ConfigurationError(
      `cannot resume ${resume.header.runId}: the plan differs from the journaled one (${ids.length} trials ` +
        `journaled, ${plan.trials.length} planned` +
        `${difference}); ` +
        'resume with the same suite files and filters',
    );
  }
  return resume;
}

/** Run time already spent: the sum of the journaled trials' durations is not it, so the latest end is used. */
function durationOf(resumed: JournalContents): number {
  const start = Date.parse(resumed.header.startedAt);
  let end = start;
  for (const trial of [...resumed.trials.values(), ...(resumed.confirmations?.values() ?? [])]) {
    end = Math.max(end, Date.parse(trial.startedAt) + trial.durationMs);
  }
  return Math.max(0, end - start);
}

async function openJournal(
  options: RunOptions,
  runId: string,
  startedAt: Date,
  resumed: JournalContents | undefined,
): Promise<Journal | undefined> {
  if (!options.journal) return undefined;
  if (resumed) return Journal.reopen(options.journal.path);
  const header = {
    runId,
    startedAt: startedAt.toISOString(),
    trialIds: options.plan.trials.map((trial) => trial.id),
    ...(options.journal.meta !== undefined ? { meta: options.journal.meta } : {}),
  };
  return Journal.create(options.journal.path, header);
}

function record(
  state: RunState,
  options: RunOptions,
  position: number,
  trial: Trial,
  result: TrialResult,
  journaledBytes?: number,
): void {
  state.finished.set(position, state.keep(result, journaledBytes));
  options.onTrialDone?.(result);
  for (const trip of state.breaker.record(breakerView(trial), result)) halt(state, trip);
  if (
    (options.failFast ?? options.suite.run.fail_fast) &&
    trial.priority === 'critical' &&
    criticalTestFailed(state, trial)
  ) {
    state.failFastTriggered = true;
  }
}

/**
 * The breaker tripped: the tests of the agent or of the endpoint (or the one test) start nothing more. Their trials
 * ready or not yet scheduled are counted as not run; those in flight finish.
 */
function halt(state: RunState, trip: Trip): void {
  const schedule = state.schedule;
  if (!schedule) return;
  const hit = (trial: Trial): boolean => state.breaker.stops(trip, breakerView(trial));
  const testIds = new Set(schedule.trials.filter(hit).map((trial) => trial.testId));
  const record: TripRecord = { trip, testKeys: new Set(), notRun: 0 };
  for (const trial of schedule.trials) if (testIds.has(trial.testId)) record.testKeys.add(trial.key);
  for (const testId of testIds) record.notRun += schedule.halt(testId);
  state.notStarted += record.notRun;
  // A role tripping after one of its tests did is one outage: its record takes in the test's.
  for (let i = state.trips.length - 1; i >= 0 && trip.role !== undefined; i--) {
    const earlier = state.trips[i]!;
    if (earlier.trip.role !== undefined || !record.testKeys.has(earlier.trip.key)) continue;
    record.notRun += earlier.notRun;
    state.trips.splice(i, 1);
  }
  state.trips.push(record);
}

/** A trial taken before the breaker tripped, refused before its first call: not run, counted against its trip. */
function blocked(state: RunState, trial: Trial): void {
  state.notStarted++;
  const view = breakerView(trial);
  const record =
    state.trips.find(({ trip }) => state.breaker.stops(trip, view)) ??
    state.trips.find(({ testKeys }) => testKeys.has(trial.key));
  if (record) record.notRun++;
}

/**
 * A critical test has failed once too many of its planned trials failed for it to ever reach its min pass
 * rate; a test confirming its threshold verdict has failed only once that verdict is settled (the same rule
 * as its summary's verdict).
 */
function criticalTestFailed(state: RunState, trial: Trial): boolean {
  const sequential = state.schedule?.hasReason(trial.key, 'threshold') ?? false;
  if (sequential && !(state.schedule?.isSettled(trial.testId) ?? true)) return false;
  const sameTest = [...state.finished.values()].filter((result) => result.key === trial.key);
  return testVerdict(trial, sameTest, sequential) === 'fail';
}

function progressOf(state: RunState, elapsedMs: number): Progress {
  const schedule = state.schedule;
  const total = schedule ? schedule.trials.length - schedule.savedTrialsTotal() : 0;
  const count = (status: TrialResult['status']) => state.finished.count(status);
  const done = state.finished.size;
  const remaining = Math.max(0, total - done - state.notStarted);
  return {
    done,
    total: total - state.notStarted,
    passed: count('pass'),
    failed: count('fail'),
    errored: count('error'),
    invalid: count('invalid'),
    inFlight: state.inFlight,
    ...(state.notStarted > 0 ? { notRun: state.notStarted } : {}),
    spentUsd: state.budget.spentUsd,
    elapsedMs,
    etaMs: done === 0 ? null : (elapsedMs / done) * remaining,
  };
}

/** Resolves when every worker is done, or shortly after a cancel (unfinished trials are dropped anyway). */
async function untilDoneOrCancelled(work: Promise<unknown>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  let onAbort: () => void = () => undefined;
  const cancelled = new Promise<void>((resolve) => {
    onAbort = () => setTimeout(resolve, CANCEL_GRACE_MS).unref();
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([work, cancelled]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function assemble(
  options: RunOptions,
  state: RunState,
  timing: { runId: string; startedAt: Date; durationMs: number; cwd: string; git: GitInfo },
): Results {
  const schedule = state.schedule;
  const positions = schedule ? schedule.order(state.finished.keys()) : [...state.finished.keys()].sort((a, b) => a - b);
  const trials = positions.map((position) => state.finished.get(position) as TrialResult);
  const confirmations = schedule?.confirmations() ?? new Map<string, Confirmation>();
  const tests = summarizeTests(options.plan.trials, trials, { passK: options.suite.run.pass_hat_k, confirmations });
  const { suite, plan } = options;
  const stopped = state.stopReason !== undefined;
  // Trials still unwinding from a cancel count as unfinished with what their calls cost so far.
  const unfinished = [...state.spending.values()]
    .filter((usage) => usage.costUsd > 0 || usage.inputTokens > 0 || usage.outputTokens > 0)
    .reduce((total, usage) => ({ trials: total.trials + 1, usage: plusUsage(total.usage, usage) }), state.unfinished);
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    runId: timing.runId,
    source: options.source ?? runSource(options.env),
    suite: { name: suite.name, config: relative(timing.cwd, suite.rootFile) || suite.rootFile },
    git: timing.git,
    startedAt: timing.startedAt.toISOString(),
    finishedAt: new Date(timing.startedAt.getTime() + timing.durationMs).toISOString(),
    status: stopped ? 'stopped' : 'completed',
    ...(state.stopReason ? { stopReason: state.stopReason } : {}),
    variants: plan.variants.map((id) => describeVariant(options, id)),
    ...(plan.baseSide ? { baseSide: { ...plan.baseSide } } : {}),
    ...(plan.shard ? { shard: { index: plan.shard.index, total: plan.shard.total } } : {}),
    skipped: plan.skipped.map((entry) => ({ ...entry })),
    tests,
    trials,
    ...(unfinished.trials > 0 ? { unfinished } : {}),
    totals: totals({ tests, trials, durationMs: timing.durationMs, unfinished: unfinished.usage }),
    variantTotals: variantTotals(tests, trials, timing.durationMs),
    ...(options.gate ? { gate: options.gate } : {}),
    ...(state.trips.length ? { infrastructure: state.trips.map(infrastructureEntry) } : {}),
    ...(options.confirmationSettings ? { confirmation: runConfirmation(options.confirmationSettings, tests) } : {}),
  };
}

/**
 * The run's own fields redacted, as each trial was when it finished: the plan's skipped entries quote the URL whose
 * key was refused (with its `user:pass@` or `?api_key=`), the breaker's entries an endpoint's error. Trials are left as
 * they are (redacted already, and the bulk of the run).
 */
function redactedHead(results: Results, redactor: Redactor): Results {
  const { trials, ...head } = results;
  return { ...redactor.redactValue(head), trials };
}

function infrastructureEntry({ trip, testKeys, notRun }: TripRecord): NonNullable<Results['infrastructure']>[number] {
  return {
    ...(trip.role !== undefined ? { role: trip.role } : {}),
    ...(trip.agent !== undefined ? { agent: trip.agent } : {}),
    ...(trip.model !== undefined ? { model: trip.model } : {}),
    testKeys: [...testKeys],
    erroredTrials: trip.erroredTrials,
    notRun,
    message: trip.message,
  };
}

/** The run's confirmation summary: settings, extra trials, the planned trials (and dollars) early stopping saved. */
function runConfirmation(
  settings: NonNullable<RunOptions['confirmationSettings']>,
  tests: readonly TestSummary[],
): NonNullable<Results['confirmation']> {
  let extraTrials = 0;
  let savedTrials = 0;
  let savedUsd = 0;
  for (const test of tests) {
    extraTrials += test.confirmation?.extraTrials ?? 0;
    const saved = test.confirmation?.savedTrials ?? 0;
    savedTrials += saved;
    // Estimated at the mean cost of the test's own trials.
    if (saved > 0 && test.trials > 0) savedUsd += (saved * test.costUsd) / test.trials;
  }
  return { maxExtra: settings.maxExtra, maxExtraPaired: settings.maxExtraPaired, extraTrials, savedTrials, savedUsd };
}

function describeVariant(options: RunOptions, id: Plan['variants'][number]): Results['variants'][number] {
  const agent = options.plan.trials.find((trial) => trial.variant === id)?.agent;
  const { baseSide } = options.plan;
  const description =
    id === 'default'
      ? undefined
      : baseSide
        ? baseSideDescription(id, baseSide.sha)
        : options.suite.variants[id]?.description;
  // A baseline named otherwise says so: readers find it without the suite (src/model/results.ts baselineVariantOf).
  const designated = id === options.plan.baseline && id !== 'baseline';
  return {
    id,
    ...(designated ? { baseline: true as const } : {}),
    ...(description ? { description } : {}),
    agent: agent?.id ?? options.suite.defaults.agent ?? options.suite.agents[0]?.id ?? 'unknown',
    ...(agent?.type === 'openai' ? { model: agent.model } : {}),
    ...(agent ? { settings: agentSettingVersions(agent) } : {}),
  };
}

/**
 * A content version per agent setting (model, system_prompt, base_url, command, timeout_ms, …): the agent is not part
 * of a test's identity, so a report names which of its settings changed since the reference run instead.
 */
export function agentSettingVersions(agent: Trial['agent']): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const [setting, value] of Object.entries(agent)) {
    if (setting === 'id' || value === undefined) continue;
    versions[setting] = contentVersion(value);
  }
  return versions;
}

/**
 * `rehearse run`: load → plan → run → print the conversations, the per-test
 * pass rates over run counts and the totals → write the results (and the
 * optional markdown/HTML report) → exit with the gate's verdict.
 */
import { MAX_CONCURRENCY, MAX_RUNS, MAX_USD } from '../../suite/limits.js';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseShard, SHARD_EXPECTED, type Plan } from '../../plan/index.js';
import type { Shard } from '../../plan/types.js';
import {
  BASE_SIDE_MODES,
  createSuiteChatClient,
  evaluateRun,
  planSuiteRun,
  prepareBaseSide,
  referenceGaps,
  referenceNote,
  resolveGateSettings,
  runSuite,
  type BaseSideMode,
  type EarlierRuns,
  type Evaluation,
  type PreparedBaseSide,
} from '../../pipeline/index.js';
import type { Results } from '../../model/results.js';
import { whyRunStaysOutOfHistory } from '../../model/history-rule.js';
import { unpricedModelNotice, unreportedUsageNotice, type RetryNotice } from '../../llm/index.js';
import { writeResults } from '../../results/index.js';
import { envTraceTarget, exportTraces } from '../../pipeline/traces.js';
import { createProgressReporter, describeResumed, newRunId } from '../../runner/index.js';
import { preflightLines, probeEndpoints, type ProbeFindings, type ReplayedRoles } from '../../runner/preflight.js';
import { LOCAL_RUNS_DIR } from '../../runner/run-info.js';
import { formatComparisonSummary, formatRunSummary } from '../../report/console-summary.js';
import { formatIssue, loadSuite, type LoadedSuite } from '../../suite/index.js';
import { suiteSecretValues } from '../../suite/secrets.js';
import type { VariantId } from '../../suite/types.js';
import { VARIANT_ID, VARIANT_ID_EXPECTED } from '../../suite/schema.js';
import { ConfigurationError, errorMessage, isConfigurationError } from '../../util/errors.js';
import { writeChunks, writeTextFile } from '../../util/write-chunks.js';
import { journalPathFor, resumable } from '../../results/journal.js';
import { reportPathsFor } from '../run-files.js';
import { localEarlierRuns } from '../local-history.js';
import { decideHistory, inspectRepository, type HistoryDecision, type Repository } from '../history-rule.js';
import {
  checkResumedSuite,
  describeResumeFlags,
  resumeFlagUse,
  resumeFrom,
  suiteVersionsOf,
  resumeHint,
  type RerunChoice,
  type ResumePoint,
  type SuiteVersions,
} from '../resume.js';
import { acquireJournalLock, type JournalLock } from '../../results/journal-lock.js';
import { chore, type Chore } from '../../util/chore.js';
import { parseCommandArgs } from '../args.js';
import { decimalFlag, quotedInput, wholeNumberFlag } from '../number-flags.js';
import type { CliIO } from '../io.js';
import type { CallKind, Cassette } from '../../cassette/index.js';
import {
  CASSETTE_OPTIONS,
  CASSETTE_USAGE,
  closeCassette,
  openCassette,
  parseCassetteFlags,
  type CassetteFlags,
} from '../cassette.js';
import type { PlanOptionsRecord } from '../../model/results.js';
import { MODEL_FLAG_OPTIONS, MODEL_FLAGS_USAGE, roleEndpoints, withRoleEndpoints } from '../model-flags.js';

/** 128 + SIGINT: the conventional exit status of an interrupted command. */
export const EXIT_CANCELLED = 130;
const EXIT_GATE_FAILED = 1;

export async function runCommand(args: readonly string[], io: CliIO): Promise<number> {
  const given = parseRunFlags(args);
  if (given.help) {
    io.stdout(RUN_USAGE);
    return 0;
  }
  // --resume: the interrupted run's own arguments plan the same trials again (see resume.ts); its journal is locked.
  const resumed = given.resume ? await resumeFrom(given.resume, io.cwd) : undefined;
  try {
    return await runLocked(args, given, resumed, io);
  } finally {
    await resumed?.lock.release();
  }
}

async function runLocked(
  args: readonly string[],
  given: RunFlags,
  locked: ResumePoint | undefined,
  io: CliIO,
): Promise<number> {
  if (!given.resume && given.rerunChanged) throw new ConfigurationError('--rerun-changed: only with --resume');
  if (!given.resume && given.rerunErrored) throw new ConfigurationError('--rerun-errored: only with --resume');
  const flags = locked ? resumedFlags(locked, given, args, io) : given;
  const loaded = await loadSuite(flags.config, { cwd: io.cwd, env: io.env });
  if (!loaded.ok) {
    for (const issue of loaded.issues) io.stderr(`${formatIssue(issue)}\n`);
    io.stderr(
      `rehearse run: ${loaded.issues.length} problem${loaded.issues.length === 1 ? '' : 's'} in the suite; ` +
        `nothing was run\n`,
    );
    return 1;
  }
  for (const warning of loaded.warnings) io.stderr(`${formatIssue(warning)}\n`);
  io.redactor?.add(suiteSecretValues(loaded.suite, io.env));
  const suite = withRoleEndpoints(loaded.suite, roleEndpoints(flags.modelFlags, io.env));
  const cassette = flags.cassette ? await openCassette(flags.cassette, io, locked !== undefined) : undefined;
  const selection = {
    ...(flags.variants ? { variants: flags.variants } : {}),
    ...(flags.tags ? { tags: flags.tags } : {}),
    ...(flags.tests ? { testIds: flags.tests } : {}),
    ...(flags.sets ? { sets: flags.sets } : {}),
    ...(flags.runs !== undefined ? { runs: flags.runs } : {}),
    ...(flags.shard ? { shard: flags.shard } : {}),
  };
  const replayed = replayedRoles(cassette);
  // Planned once with what the environment shows, then again with the keys the endpoints refuse: one request to
  // each endpoint the first plan uses (a resumed run re-plans the same way: a key fixed since is used).
  const envPlan = planSuiteRun(suite, selection, io.env, { replayed });
  const probed = await probeEndpoints({ plan: envPlan, env: io.env, replayed });
  // Nothing refused (or nothing probed): the plan stands as made.
  const plan =
    Object.keys(probed.unavailable).length === 0
      ? envPlan
      : planSuiteRun(suite, selection, io.env, { replayed, probed: probed.unavailable });
  printPlanNotices(plan, io, probed);
  if (plan.trials.length === 0 && plan.skipped.length === 0)
    throw new ConfigurationError('nothing to run: no test matches the filters');
  const versions = suiteVersionsOf(plan);
  const rerun = { changed: given.rerunChanged, errored: given.rerunErrored };
  const resumed = locked ? await checkedResume(locked, plan, versions, rerun, io) : undefined;

  // The local store plays the base branch: the latest run of this suite and the history it carries.
  const earlier = await localEarlierRuns({
    dir: join(io.cwd, LOCAL_RUNS_DIR),
    suiteName: suite.name,
    length: suite.gate.history,
    cwd: io.cwd,
    ...(resumed ? { excludeRunId: resumed.journal.header.runId } : {}),
  });
  // Whether the trials are running: a notice printed then starts on a line of its own (the live progress line).
  const phase = { running: false };
  const base = await baseSideOf(suite, plan, earlier, flags, io, phase);
  // For the history rule at the end, unless a flag decides it (or the run is a comparison with the base revision):
  // looked up while the trials run; at the end when the run writes a cassette (it may be a tracked file, and the tree
  // is judged as the run leaves it).
  const repository =
    flags.base === undefined && flags.recordHistory === undefined ? chore(() => inspectRepository(io.cwd)) : undefined;
  // The report's renderers: loaded while the trials run when a report is asked for, not after the last trial, when
  // every ms is wall time.
  const renderers = chore(() => import('../../report/index.js'));
  const reports = flags.report || flags.reportDir !== undefined;
  // Started by the runner at its quiet moment, unless asked for sooner (see AFTER_FIRST_ANSWER_MS).
  const chores = [...(repository && !cassette ? [repository] : []), ...(reports ? [renderers] : []), base.note];
  let outcome: Outcome;
  try {
    phase.running = true;
    outcome = await execute(suite, base.plan, flags, io, resumed ?? { args: [...args] }, versions, cassette, {
      earlier,
      chores,
    });
  } catch (error) {
    // A run that failed before the note was due still says what its reference could detect, as before the run.
    phase.running = false;
    await base.note.now().catch(() => undefined);
    throw error;
  } finally {
    phase.running = false;
    await base.dispose();
  }
  // A new run's lock is held until its results are written and its journal is gone: a resume in between would
  // run the finished run's trials again.
  try {
    return await concludeRun(outcome, { suite, flags, io, earlier, base, repository, renderers });
  } finally {
    await outcome.lock?.release();
  }
}

type Renderers = typeof import('../../report/index.js');

interface Conclusion {
  readonly suite: LoadedSuite;
  readonly flags: RunFlags;
  readonly io: CliIO;
  readonly earlier: EarlierRuns;
  readonly base: Pick<BaseSide, 'note'>;
  readonly repository: Chore<Repository | undefined> | undefined;
  readonly renderers: Chore<Renderers>;
}

/** The run's results evaluated, written (then its journal removed), shown and exported; the exit code. */
async function concludeRun(
  outcome: Outcome,
  { suite, flags, io, earlier, base, repository, renderers }: Conclusion,
): Promise<number> {
  io.stdout(`${formatRunSummary(outcome.results).join('\n')}\n`);
  if (outcome.replayMisses > 0) {
    const calls = `${outcome.replayMisses} call${outcome.replayMisses === 1 ? '' : 's'}`;
    io.stderr(`rehearse run: the strict replay lacked ${calls} (above)\n`);
  }
  // One comparison, at the suite's α, for both the gate and the report; a run that joins the local history rolls it
  // forward, and every run records whether it did (the next run's previous run is the latest that joined). A run
  // against the base revision never joins: it is a comparison, not a base-branch run.
  const joins: HistoryDecision =
    flags.base === undefined
      ? await joinsHistory(outcome.results, flags, repository)
      : { joins: false, why: 'a run against the base revision is a comparison' };
  const note = await base.note.now();
  const evaluated = evaluateRun({
    results: outcome.results,
    earlier,
    // A reference too small to decide travels with the gate: every output names what it can detect.
    ...(note ? { referenceNote: note } : {}),
    gate: { suite: suite.gate },
    rollHistory: joins.joins,
    historyLength: suite.gate.history,
  });
  const evaluation = { ...evaluated, results: { ...evaluated.results, joinedHistory: joins.joins } };
  io.stdout(`History: ${joins.joins ? 'this run joins' : 'this run stays out of'} the local history (${joins.why})\n`);
  // The stored file carries what the next run needs: the gate it was judged by and the rolled-forward history.
  await writeResults(outcome.storedPath, evaluation.results);
  // Written once, evaluated: until then the journal is the run's record (a crash before here leaves it to resume). A
  // stopped run's journal is kept, and so is one the circuit breaker cut short: `--resume` runs what they did not.
  if (!resumable(outcome.results)) await rm(outcome.journalPath, { force: true });
  else io.stdout(`${resumeHint(outcome.results)}\n`);
  const compared = formatComparisonSummary(evaluation.report);
  if (compared.length) io.stdout(`${compared.join('\n')}\n`);
  io.stdout(`Gate: ${evaluation.gate.summary}\n`);
  await writeOutputs(outcome, evaluation, flags, io, renderers);
  await exportRunTraces(evaluation.results, flags, io);
  if (outcome.results.stopReason === 'cancelled') return EXIT_CANCELLED;
  return evaluation.gate.passed && outcome.replayMisses === 0 ? 0 : EXIT_GATE_FAILED;
}

interface BaseSide extends Pick<PreparedBaseSide, 'plan' | 'dispose'> {
  /** The note on references too small to catch a drop, printed once known (undefined: every reference is enough). */
  readonly note: Chore<string | undefined>;
}

/**
 * `--base <ref>`: the base revision's agents run side by side as the reference (src/pipeline/base-side.ts), in a
 * worktree removed when the run ends. Without it, a test whose reference is too small gets the note that says so.
 */
async function baseSideOf(
  suite: LoadedSuite,
  plan: Plan,
  earlier: EarlierRuns,
  flags: RunFlags,
  io: CliIO,
  phase: { readonly running: boolean },
): Promise<BaseSide> {
  const runAlpha = resolveGateSettings({ suite: suite.gate }).settings.alpha;
  if (flags.base === undefined) {
    // Its figures come from a search over reference sizes (milliseconds of this thread): worked out while the first
    // calls are awaited, not before they are made. Printed mid-run, on a line of its own.
    const note = chore(async () => {
      const text = referenceNote(referenceGaps(plan, earlier, runAlpha), { kind: 'not-asked' });
      if (text) io.stderr(`${io.isTTY && phase.running ? '\n' : ''}notice: ${text}\n`);
      return text;
    });
    return { plan, note, dispose: async () => {} };
  }
  const prepared = await prepareBaseSide({
    suite,
    plan,
    earlier,
    runAlpha,
    ref: flags.base,
    mode: flags.baseSide,
    cwd: io.cwd,
    env: io.env,
    reason: `rehearse run --base ${flags.base}`,
  });
  if (prepared.baseSuite) io.redactor?.add(suiteSecretValues(prepared.baseSuite, io.env));
  for (const notice of prepared.notices) io.stderr(`notice: ${notice}\n`);
  if (prepared.note) io.stderr(`notice: ${prepared.note}\n`);
  return { ...prepared, note: chore(async () => prepared.note) };
}

/**
 * The local history takes only completed runs of the default branch with a clean tree (or marked with
 * `--record-history`), and never a run the circuit breaker cut short: see history-rule.ts and model/history-rule.ts.
 */
async function joinsHistory(
  results: Results,
  flags: RunFlags,
  repository: Chore<Repository | undefined> | undefined,
): Promise<HistoryDecision> {
  // A lookup not needed here and not started during the run (the runner's chores) is never made.
  const refused = whyRunStaysOutOfHistory(results);
  if (refused) return { joins: false, why: refused };
  return decideHistory(flags.recordHistory, await repository?.now());
}

interface Outcome {
  readonly results: Results;
  readonly storedPath: string;
  readonly journalPath: string;
  /** A new run's own lock on its journal (a resume's is held by the caller): released once the journal is gone. */
  readonly lock: JournalLock | undefined;
  /** Calls a strict replay did not find in the cassette. */
  readonly replayMisses: number;
}

async function execute(
  suite: LoadedSuite,
  plan: Plan,
  flags: RunFlags,
  io: CliIO,
  journaled: ResumePoint | { args: string[] },
  versions: SuiteVersions,
  cassette: Cassette | undefined,
  { earlier, chores }: { earlier: EarlierRuns; chores: readonly Chore<unknown>[] },
): Promise<Outcome> {
  const resume = 'journal' in journaled ? journaled : undefined;
  const runId = resume?.journal.header.runId ?? newRunId();
  const storedPath = join(io.cwd, LOCAL_RUNS_DIR, `${runId}.json`);
  const journalPath = resume?.path ?? journalPathFor(storedPath);
  // A resume holds its journal's lock already (resume.ts); a new run takes its own.
  const lock = resume ? undefined : await acquireJournalLock(journalPath);
  // Shown on the progress line: the run's retries are otherwise silent, however long their waits.
  let retries = { count: 0, lastReason: '' };
  const countRetry = ({ reason }: RetryNotice): void =>
    void (retries = { count: retries.count + 1, lastReason: reason });
  const chat = createSuiteChatClient(suite, io.env, {
    onRetry: countRetry,
    onUnpricedModel: (model) => io.stderr(`\nnotice: ${unpricedModelNotice(model)}\n`),
    onUnreportedUsage: (model) => io.stderr(`\nnotice: ${unreportedUsageNotice(model)}\n`),
  });
  const progress = createProgressReporter({
    isTTY: io.isTTY,
    write: io.isTTY ? io.stdout : io.stderr,
    ...(io.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
  });
  const cancel = new AbortController();
  const stopOnSignal = onSignals(cancel, io);
  io.stdout(
    `Running ${plan.trials.length} trial${plan.trials.length === 1 ? '' : 's'} of "${suite.name}" as ${runId} ` +
      `(concurrency ${flags.concurrency ?? suite.run.concurrency})\n`,
  );
  try {
    const results = await runSuite({
      suite,
      plan,
      env: io.env,
      chat,
      signal: cancel.signal,
      runId,
      cwd: io.cwd,
      // The journal's header repeats the command line: redacted like every other file written.
      // Its versions let a resume refuse a changed suite (resume.ts).
      journal: {
        path: journalPath,
        meta: { args: journaled.args.map((arg) => io.redactor?.redact(arg) ?? arg), versions },
      },
      // Said by the runner once it has replayed the journal: its counts include the confirmation trials.
      ...(resume
        ? {
            resume: resume.journal,
            onResumed: (counts) => io.stdout(`Resuming: ${describeResumed(counts)} (${journalPath})\n`),
          }
        : {}),
      onProgress: (state) => progress.update(retries.count > 0 ? { ...state, retries } : state),
      onAgentRetry: countRetry,
      ...(io.redactor ? { redactor: io.redactor } : {}),
      ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
      ...(flags.budget !== undefined ? { budgetUsd: flags.budget } : {}),
      ...(flags.failFast ? { failFast: true } : {}),
      planOptions: planOptionsOf(flags),
      ...(cassette ? { cassette } : {}),
      // The previous local run of this suite (and its history): a suspected drop is confirmed before the verdict.
      earlier,
      ...(flags.confirm ? {} : { confirm: false }),
      chores,
    });
    return { results, storedPath, journalPath, lock, replayMisses: cassette?.misses.length ?? 0 };
  } catch (error) {
    await lock?.release();
    throw error;
  } finally {
    progress.finish();
    stopOnSignal();
    if (cassette) await closeCassette(cassette, io);
  }
}

/** The journaled run's flags, with those given now that apply on a resume (the console says which do not). */
function resumedFlags(locked: ResumePoint, given: RunFlags, args: readonly string[], io: CliIO): RunFlags {
  const journaled = journaledFlags(locked);
  const use = resumeFlagUse(args);
  const note = describeResumeFlags(use);
  if (note) io.stderr(`${note}\n`);
  const applied = new Set(use.applied);
  const pick = <K extends keyof RunFlags>(key: K, ...names: string[]) =>
    names.some((name) => applied.has(name)) ? { [key]: given[key] } : {};
  return {
    ...journaled,
    ...pick('concurrency', '--concurrency'),
    ...pick('budget', '--budget'),
    ...pick('output', '-o', '--output'),
    ...pick('reportDir', '--report-dir'),
    ...pick('otel', '--otel'),
  };
}

/**
 * The interrupted run's own arguments, read as a new run's. Written by an older Rehearse they may hold what the flags
 * no longer accept (`--runs 3.0`, `--budget 1e-7`): then the error says they are the journaled ones, not the user's.
 */
function journaledFlags(locked: ResumePoint): RunFlags {
  try {
    return parseRunFlags(locked.args);
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    throw new ConfigurationError(
      `cannot resume ${locked.journal.header.runId}: the arguments it was started with (${locked.path}) no longer ` +
        `read: ${errorMessage(error)}; start a new run`,
    );
  }
}

/** The resume point once its suite is checked against the journaled versions (resume.ts). */
async function checkedResume(
  locked: ResumePoint,
  plan: Plan,
  versions: SuiteVersions,
  rerun: RerunChoice,
  io: CliIO,
): Promise<ResumePoint> {
  const check = await checkResumedSuite(locked, plan, versions, rerun);
  for (const note of check.notes) io.stderr(`${note}\n`);
  return { ...locked, journal: check.journal };
}

/** First SIGINT/SIGTERM: stop starting trials, abort the running ones, write what finished. Second: exit at once. */
function onSignals(cancel: AbortController, io: CliIO): () => void {
  const handler = (signal: NodeJS.Signals) => {
    if (cancel.signal.aborted) {
      io.stderr(`\nrehearse run: second ${signal}, exiting now\n`);
      process.exit(EXIT_CANCELLED);
    }
    io.stderr(
      `\nrehearse run: ${signal} received: stopping, writing the finished trials (send it again to exit at once)\n`,
    );
    cancel.abort(new Error(`cancelled by ${signal}`));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

async function writeOutputs(
  outcome: Outcome,
  evaluation: Evaluation,
  flags: RunFlags,
  io: CliIO,
  renderers: Chore<Renderers>,
): Promise<void> {
  const { storedPath } = outcome;
  const { results } = evaluation;
  if (flags.output) {
    const output = resolve(io.cwd, flags.output);
    await writeResults(output, results);
    io.stdout(`Results: ${output}\n`);
  }
  io.stdout(`${flags.output ? 'Also stored' : 'Results'}: ${storedPath}\n`);
  if (!flags.report && flags.reportDir === undefined) return;
  const paths = flags.reportDir
    ? {
        markdown: join(resolve(io.cwd, flags.reportDir), 'report.md'),
        html: join(resolve(io.cwd, flags.reportDir), 'report.html'),
      }
    : reportPathsFor(storedPath);
  // Loaded only when a report is written: the renderers are not paid for at start-up.
  const { renderHtmlChunks, renderMarkdownReport } = await renderers.now();
  await mkdir(dirname(paths.markdown), { recursive: true });
  await writeTextFile(paths.markdown, renderMarkdownReport(evaluation.report));
  await writeChunks(paths.html, renderHtmlChunks(results, { ...evaluation.comparisons, gate: evaluation.gate }));
  io.stdout(`Report: ${paths.markdown}, ${paths.html}\n`);
}

/**
 * The run's traces to `--otel <file>` and to the endpoint the OpenTelemetry variables configure. Telemetry is not
 * the verdict: a failure to write or send them is a warning, and the exit status stays the gate's.
 */
async function exportRunTraces(results: Results, flags: RunFlags, io: CliIO): Promise<void> {
  try {
    const target = {
      ...(flags.otel ? { output: resolve(io.cwd, flags.otel) } : {}),
      ...envTraceTarget(io.env),
    };
    if (!target.output && !target.endpoint) return;
    for (const line of await exportTraces(results, target, io.redactor)) io.stdout(`Traces: ${line}\n`);
  } catch (error) {
    io.stderr(`rehearse run: the traces were not exported: ${errorMessage(error)}\n`);
  }
}

/**
 * Before the first trial, one line per agent, simulator and judge that can not work (and the tests skipped for
 * it), and one per endpoint that did not answer.
 */
function printPlanNotices(plan: Plan, io: CliIO, probed: ProbeFindings): void {
  for (const line of preflightLines(plan, probed)) io.stderr(`preflight: ${line}\n`);
  if (plan.trials.length === 0) io.stderr('preflight: no test can run: nothing was started\n');
}

/** Roles whose calls a cassette replays (not in `record`): their keys are not needed to plan. */
function replayedRoles(cassette: Cassette | undefined): ReplayedRoles {
  if (!cassette || cassette.mode === 'record') return {};
  const replays = (role: 'judge' | 'agent', kinds: readonly CallKind[]): boolean =>
    cassette.handles(role) && kinds.some((kind) => cassette.holds(kind));
  return {
    simulator: cassette.replaysSimulator(),
    judge: replays('judge', ['judge']),
    agent: replays('agent', ['agent', 'http-agent', 'command-agent']),
  };
}

// ---------------------------------------------------------------- flags

interface RunFlags {
  readonly help: boolean;
  readonly config: string;
  readonly output?: string;
  readonly variants?: VariantId[];
  readonly tags?: string[];
  readonly tests?: string[];
  readonly sets?: string[];
  readonly runs?: number;
  readonly shard?: Shard;
  readonly concurrency?: number;
  readonly budget?: number;
  readonly failFast: boolean;
  /** false (`--no-confirm`): run exactly the plan. */
  readonly confirm: boolean;
  /** `--record-history` (true) or `--no-record-history` (false); absent: the branch and tree decide. */
  readonly recordHistory?: boolean;
  /** `--base-url`, `--judge-model`, …: each LLM role's endpoint (model-flags.ts). */
  readonly modelFlags: Readonly<Record<string, string>>;
  readonly reportDir?: string;
  /** false (`--no-report`): no report.md/report.html next to the results. */
  readonly report: boolean;
  /** Write the run's traces (OTLP/JSON) here. */
  readonly otel?: string;
  readonly resume?: string;
  /** With --resume: run the tests whose definition changed again instead of refusing. */
  readonly rerunChanged: boolean;
  /** With --resume: run the journaled trials that errored again (an outage's), instead of keeping them. */
  readonly rerunErrored: boolean;
  readonly cassette?: CassetteFlags;
  /** `--base <ref>`: run the base revision's agents side by side as the reference. */
  readonly base?: string;
  /** `--base-side`: which tests get the base side (default auto: those whose reference is too small). */
  readonly baseSide: BaseSideMode;
}

/** What `rehearse rerun` needs to make the same plan again. */
function planOptionsOf(flags: RunFlags): PlanOptionsRecord {
  return strip({
    variants: flags.variants,
    tags: flags.tags,
    tests: flags.tests,
    sets: flags.sets,
    runs: flags.runs,
    shard: flags.shard && `${flags.shard.index}/${flags.shard.total}`,
    concurrency: flags.concurrency,
    budgetUsd: flags.budget,
    failFast: flags.failFast || undefined,
  });
}

const RUN_USAGE = `Usage: rehearse run [options]

  -c, --config <file>          suite root file (default: rehearse.yaml)
  -o, --output <file>          also write the results JSON here (always stored in ${LOCAL_RUNS_DIR}/<runId>.json)
      --variant <a,b>          only these variants (the suite's ids; the baseline always runs beside them)
      --tags <a,b>             only tests with one of these tags
      --test <id>              only this test (repeatable, or comma-separated)
      --set <id>               only this set's tests, with its run counts (repeatable)
      --runs <n>               override every run count
      --shard <i/n>            run a deterministic slice of the plan (merge with \`rehearse merge\`)
      --concurrency <n>        LLM calls / agent turns in flight at once (default: run.concurrency)
      --budget <usd>           hard cap on LLM spend, overshoot at most one call (docs/running.md#budget)
      --fail-fast              stop starting trials after a critical test fails
      --no-confirm             run exactly the planned trials: no confirmation trials for a suspected drop
                               (against the latest run in ${LOCAL_RUNS_DIR}/) or a threshold verdict within noise,
                               no early stopping
      --record-history         this run joins the local history the next runs compare with (default: only on the
                               default branch with no uncommitted change to a tracked file, or outside git)
      --no-record-history      this run stays out of the local history
${MODEL_FLAGS_USAGE}      --report-dir <dir>       write report.md and report.html there (default: next to the results,
                               ${LOCAL_RUNS_DIR}/<runId>.report.md and .report.html)
      --no-report              write no report.md / report.html
  -q, --quiet                  print only errors and the final verdict line (Gate: …)
      --otel <file>            write the run's traces there (OTLP/JSON, GenAI conventions); they are also sent to
                               OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or OTEL_EXPORTER_OTLP_ENDPOINT when set
      --resume <run id|file>   continue an interrupted run, or one the circuit breaker cut short, from its journal
                               (only the trials not run yet run; the run's own options are reused;
                               --concurrency, --budget, -o, --report-dir and --otel given with it apply); refused
                               if the suite changed since
      --rerun-changed          with --resume: run the changed tests again instead of refusing
      --rerun-errored          with --resume: run the trials that errored again too (an outage's: they are dropped
                               from the journal, what they cost stays in the run's total), instead of keeping them
      --base <ref>             also run the tests against the base revision's agents (a branch, tag or commit, checked
                               out in a temporary git worktree), side by side, as the reference: for the tests whose
                               earlier runs are too few to catch a 0.9 → 0.4 drop. The run never joins the history
      --base-side <auto|always>
                               with --base: auto (default) runs the base side only where the reference is too small;
                               always runs it for every test
${CASSETTE_USAGE}
Exit status: 0 gate passed, 1 gate failed or suite invalid, 2 usage error, 130 cancelled.
`;

function parseRunFlags(args: readonly string[]): RunFlags {
  const values: Record<string, string | boolean | string[] | undefined> = parseCommandArgs('run', {
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      help: { type: 'boolean', short: 'h' },
      config: { type: 'string', short: 'c' },
      output: { type: 'string', short: 'o' },
      variant: { type: 'string', multiple: true },
      // The older spelling, kept working.
      variants: { type: 'string', multiple: true },
      tags: { type: 'string', multiple: true },
      test: { type: 'string', multiple: true },
      set: { type: 'string', multiple: true },
      runs: { type: 'string' },
      shard: { type: 'string' },
      concurrency: { type: 'string' },
      budget: { type: 'string' },
      'fail-fast': { type: 'boolean' },
      'no-confirm': { type: 'boolean' },
      'record-history': { type: 'boolean' },
      'no-record-history': { type: 'boolean' },
      ...MODEL_FLAG_OPTIONS,
      'report-dir': { type: 'string' },
      'no-report': { type: 'boolean' },
      otel: { type: 'string' },
      resume: { type: 'string' },
      base: { type: 'string' },
      'base-side': { type: 'string' },
      'rerun-changed': { type: 'boolean' },
      'rerun-errored': { type: 'boolean' },
      ...CASSETTE_OPTIONS,
    },
  }).values;
  const text = (name: string) => values[name] as string | undefined;
  const list = (name: string) =>
    (values[name] as string[] | undefined)
      ?.flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean);
  const picked = [...(list('variant') ?? []), ...(list('variants') ?? [])];
  const variants = picked.length > 0 ? picked : undefined;
  // The suite's own ids are checked (with a did-you-mean) when the run is planned: here only their shape.
  const malformed = variants?.find((variant) => !VARIANT_ID.test(variant));
  if (malformed !== undefined) throw new ConfigurationError(`--variant: '${malformed}' is not ${VARIANT_ID_EXPECTED}`);
  return strip({
    help: values.help === true,
    config: text('config') ?? 'rehearse.yaml',
    output: text('output'),
    variants,
    tags: list('tags'),
    tests: list('test'),
    sets: list('set'),
    runs: optional(text('runs'), (value) => wholeNumberFlag('--runs', value, { min: 1, max: MAX_RUNS })),
    shard: optional(text('shard'), shardFlag),
    concurrency: optional(text('concurrency'), (value) =>
      wholeNumberFlag('--concurrency', value, { min: 1, max: MAX_CONCURRENCY }),
    ),
    // 0 is accepted, as it always was from the CLI (no call fits in it).
    budget: optional(text('budget'), (value) => decimalFlag('--budget', value, { min: 0, max: MAX_USD, unit: 'USD' })),
    failFast: values['fail-fast'] === true,
    confirm: values['no-confirm'] !== true,
    recordHistory: recordHistoryFlag(values['record-history'] === true, values['no-record-history'] === true),
    modelFlags: Object.fromEntries(
      Object.keys(MODEL_FLAG_OPTIONS).flatMap((name) => (text(name) === undefined ? [] : [[name, text(name)!]])),
    ),
    reportDir: text('report-dir'),
    report: values['no-report'] !== true,
    otel: text('otel'),
    resume: text('resume'),
    rerunChanged: values['rerun-changed'] === true,
    rerunErrored: values['rerun-errored'] === true,
    cassette: parseCassetteFlags(values),
    base: text('base'),
    baseSide: baseSideFlag(text('base-side'), text('base')),
  });
}

function baseSideFlag(value: string | undefined, base: string | undefined): BaseSideMode {
  if (value === undefined) return 'auto';
  if (base === undefined) throw new ConfigurationError('--base-side needs --base <ref> (see rehearse run --help)');
  if ((BASE_SIDE_MODES as readonly string[]).includes(value)) return value as BaseSideMode;
  throw new ConfigurationError(`--base-side: expected auto or always, got '${value}'`);
}

function recordHistoryFlag(record: boolean, noRecord: boolean): boolean | undefined {
  if (record && noRecord) throw new ConfigurationError('--record-history and --no-record-history: choose one');
  return record ? true : noRecord ? false : undefined;
}

/** `--shard i/n`, read as the action reads its `shard` input; a mistake is said in the flag's terms. */
function shardFlag(text: string): Shard {
  try {
    return parseShard(text);
  } catch {
    throw new ConfigurationError(`--shard: expected ${SHARD_EXPECTED}, got ${quotedInput(text)}`);
  }
}

function optional<T>(value: string | undefined, parse: (value: string) => T): T | undefined {
  return value === undefined ? undefined : parse(value);
}

function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/**
 * The action's flow once inputs and context are known: results (run, merge
 * or report) → previous run → compare → files + artifact → check run,
 * sticky comment, job summary, outputs → gate. GitHub I/O goes through the
 * ports; a 403 anywhere degrades to a warning, never a failed job.
 */
import { missingShardsNote } from '../results/merge.js';
import { summariesOnly } from '../results/index.js';
import path from 'node:path';
import * as core from '@actions/core';
import type { ActionConfig } from '../config/inputs.js';
import type { GateDecision } from '../gate/index.js';
import type { Results } from '../model/results.js';
import { whyRunStaysOutOfHistory } from '../model/history-rule.js';
import { evaluateRun, type Evaluation } from '../pipeline/index.js';
import { envTraceTarget, exportTraces } from '../pipeline/traces.js';
import {
  COMMENT_MARKER,
  MAX_ANNOTATION_TITLE_CHARS,
  renderCheckRun,
  renderComment,
  renderJobSummary,
  type ReportInput,
} from '../report/index.js';
import type { LoadedSuite } from '../suite/types.js';
import { suiteSecretValues } from '../suite/secrets.js';
import { errorMessage } from '../util/errors.js';
import type { Redactor } from '../util/redact.js';
import { CHECK_RUN_NAME, completeCheckRun, startCheckRun, type CheckRunHandle } from './check-run.js';
import { commentReserveChars, publishStickyComment } from './comment.js';
import { rollsHistory, runUrlOf, type RunContext } from './context.js';
import { outputDirectory, readSavedContext, runFilesIn, writeRunFiles, type RunFiles } from './files.js';
import { logUntrusted, maskSecrets } from './log.js';
import { setOutputs } from './outputs.js';
import type { PermissionGuard } from './permissions.js';
import type { ArtifactStore, GitHubPort } from './port.js';
import { findPrevious, type PreviousRun } from './previous.js';
import {
  gateOverridesOf,
  loadSuiteIfPresent,
  loadSuiteOrFail,
  mergeShards,
  readReportedResults,
  rejudgeConfiguredResults,
  repositoryPath,
  runConfiguredSuite,
  shardArtifactName,
  type RunProduced,
} from './produce.js';
import { verifySavedContext, type SavedContext } from './trust.js';
import { journalPathFor, trialsBreakerDidNotRun } from '../results/journal.js';
import { isErrored } from '../runner/breaker.js';

/** The `config` input's default: its check run keeps the plain name. */
const DEFAULT_CONFIG = 'rehearse.yaml';

export interface ActionDeps {
  readonly github: GitHubPort;
  readonly artifacts: ArtifactStore;
  readonly guard: PermissionGuard;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Aborted on SIGINT/SIGTERM: the run stops and what finished is still reported. */
  readonly signal: AbortSignal;
  /** Secrets hidden from everything written or posted; grows with the suite's own (api_key_env, headers). */
  readonly redactor?: Redactor;
}

export async function runAction(config: ActionConfig, runContext: RunContext, deps: ActionDeps): Promise<void> {
  const workspace = deps.env['GITHUB_WORKSPACE'] ?? config.workingDirectory;
  const files = runFilesIn(outputDirectory(deps.env, config.workingDirectory));
  // mode `report`: the PR, commit and workflow are those of the run that produced the results.
  const saved = config.mode === 'report' ? await readSavedContext(config.resultsPath ?? '') : undefined;
  if (saved) await verifySavedContext(saved, runContext, deps.github, deps.guard);
  const context: RunContext = saved
    ? {
        ...runContext,
        sha: saved.sha,
        ref: saved.ref,
        baselineBranch: saved.baselineBranch,
        workflow: saved.workflow,
        pullRequest: saved.pullRequest,
      }
    : runContext;
  const sharded = config.shard !== undefined;

  const needsSuite = config.mode === 'run' || config.mode === 'rejudge';
  const suite = needsSuite
    ? await loadSuiteOrFail(config, deps.env, workspace)
    : await loadSuiteIfPresent(config, deps.env, workspace);
  if (deps.redactor) {
    deps.redactor.add(suiteSecretValues(suite, deps.env));
    maskSecrets(deps.redactor);
  }
  const suiteId = repositoryPath(config.workingDirectory, workspace, config.configPath);
  const checkRunName = suiteId === DEFAULT_CONFIG ? CHECK_RUN_NAME : `${CHECK_RUN_NAME} (${suiteId})`;
  const checkRun =
    config.checkRun && !sharded && context.sha
      ? await startCheckRun(deps.github, deps.guard, context.sha, checkRunName, runUrlOf(runContext))
      : undefined;
  try {
    await report(config, { runContext, context, saved, suite, suiteId, checkRun, files, workspace }, deps);
  } catch (error) {
    // Never leave the check run spinning: it ends with the error that stopped the action.
    if (checkRun) await failCheckRun(deps, checkRun, error);
    throw error;
  }
}

interface Run {
  readonly runContext: RunContext;
  readonly context: RunContext;
  readonly saved?: SavedContext;
  readonly suite?: LoadedSuite;
  readonly suiteId: string;
  readonly checkRun?: CheckRunHandle;
  readonly files: RunFiles;
  readonly workspace: string;
}

async function report(config: ActionConfig, run: Run, deps: ActionDeps): Promise<void> {
  const { context, suiteId, checkRun, workspace } = run;
  const sharded = config.shard !== undefined;
  // The earlier runs are known before the results are produced, so the run itself may use them (confirmation reruns).
  const earlier: PreviousRun = sharded
    ? { note: 'Shard run: compared after merging.' }
    : await findPrevious(config, context, deps, path.join(run.files.directory, 'previous'));
  const { linked, comparisons, gate } = await produceAndStore(config, run, deps, earlier);
  const results = linked.results;

  // Each publisher fails on its own (an error annotation); the others still run, and the gate alone decides the step.
  const commentUrl = sharded
    ? undefined
    : await publish('post the PR comment', () => comment(config, context, suiteId, deps, linked));
  if (checkRun) {
    const completed = await publish('complete the check run', () =>
      completeCheck(deps, checkRun, linked, workspace).then(() => true),
    );
    if (!completed) await completePlain(deps, checkRun, linked);
  }
  if (deps.env['GITHUB_STEP_SUMMARY'])
    await publish('write the job summary', () => writeJobSummary(linked, deps.guard, deps.redactor));
  setOutputs({
    results,
    comparisons: [comparisons.previous, comparisons.variants],
    gate,
    files: run.files,
    commentUrl,
    checkRunUrl: checkRun?.url,
  });
  applyGate(gate, sharded);
  // An incomplete merge is a broken pipeline, not a verdict: it fails the job even with fail-on: never.
  const incomplete = missingShardsNote(results);
  if (incomplete && gate.passed) core.setFailed(`Rehearse: ${incomplete}`);
}

interface Stored {
  /** What the publishers render: the evaluated run without its trials when its summaries explain every failure. */
  readonly linked: ReportInput;
  readonly comparisons: Evaluation['comparisons'];
  readonly gate: GateDecision;
}

/**
 * Produces the results (run, merge, rejudge or read), evaluates them, and writes and uploads the run's files. Only
 * the files need the trials and their transcripts: what is returned holds the test summaries alone (see
 * summariesOnly), so a big run's transcripts are let go before the comment, check run and summary are rendered.
 */
async function produceAndStore(
  config: ActionConfig,
  run: Run,
  deps: ActionDeps,
  earlier: PreviousRun,
): Promise<Stored> {
  const { runContext, context, saved, suite, checkRun, files } = run;
  const sharded = config.shard !== undefined;
  const { results: produced, note } = await produceResults(config, suite, context, deps, files, earlier);
  if (produced.status === 'stopped') {
    const why = produced.stopReason ?? 'stopped';
    core.warning(`The run stopped early (${why}): reporting the ${produced.trials.length} trials that finished.`);
  }
  if (config.mode === 'run' && produced.status === 'completed' && produced.infrastructure?.length) {
    // Its journal is kept (runner/index.ts): a run of the same plan that finds it runs only the trials not run.
    const notRun = trialsBreakerDidNotRun(produced);
    const errored = produced.trials.filter(isErrored).length;
    const alsoErrored = config.rerunErrored && errored > 0 ? ` and the ${errored} that errored (rerun-errored)` : '';
    core.warning(
      `The circuit breaker stopped part of the run (${notRun} trials not run): its journal is kept ` +
        `(${journalPathFor(files.results)}), and a run of the same plan that finds it there runs only those ` +
        `trials${alsoErrored}.`,
    );
  }
  // The gate actually applied (the suite's, else the one the results recorded, else the defaults; inputs override)
  // travels with the results.
  // Redacted once here, so files, artifact, comment, check run and summary all start from clean data (mode
  // `report` reads results made elsewhere; runs of this action were already redacted trial by trial).
  const clean: Results = deps.redactor ? deps.redactor.redactValue(produced) : produced;
  const history = historyDecision(clean, !sharded && rollsHistory(context));
  const {
    comparisons,
    gate,
    report: evaluated,
  } = evaluateRun({
    results: clean,
    earlier,
    // The reference note (a test's reference too small to decide) travels with the gate: every output shows it.
    ...(note ? { referenceNote: note } : {}),
    gate: { ...(suite ? { suite: suite.gate } : {}), overrides: gateOverridesOf(config) },
    rollHistory: history.joins,
    ...(suite ? { historyLength: suite.gate.history } : {}),
  });
  const links = { runUrl: runUrlOf(runContext), ...(checkRun ? { checkRunUrl: checkRun.url } : {}) };
  // Recorded as the CLI does, so whoever reads the artifact sees why it is not a baseline (previous.ts skips it).
  const input: ReportInput = {
    ...evaluated,
    results: history.refused ? { ...evaluated.results, joinedHistory: false } : evaluated.results,
    links,
  };

  await writeRunFiles(files, input, comparisons.previous, context);
  await exportActionTraces(input.results, deps.env);
  const artifactUrl = saved
    ? `${runUrlOf({ ...runContext, runId: saved.runId })}#artifacts`
    : config.mode === 'report'
      ? undefined
      : await uploadArtifact(config, runContext, deps.artifacts, files);
  const linked: ReportInput = {
    ...input,
    results: summariesOnly(input.results),
    links: { ...input.links, ...(artifactUrl ? { artifactUrl } : {}) },
  };
  return { linked, comparisons, gate };
}

interface HistoryDecision {
  readonly joins: boolean;
  /** Why a run that would have rolled the history does not (logged). */
  readonly refused?: string;
}

/**
 * Whether the run rolls the base branch's history forward: a base-branch run (not a shard: its trials join once
 * merged; never a pull request), unless it is one no history takes (model/history-rule.ts: stopped, or cut short by
 * the circuit breaker). Such a run's artifact is still uploaded, carrying the history unchanged.
 */
function historyDecision(results: Results, baseBranchRun: boolean): HistoryDecision {
  if (!baseBranchRun) return { joins: false };
  const refused = whyRunStaysOutOfHistory(results);
  if (!refused) return { joins: true };
  core.info(`History: this run does not join the history: ${refused}`);
  return { joins: false, refused };
}

/**
 * The run's traces to the endpoint the workflow's OTEL_EXPORTER_OTLP_* variables configure, if any. Telemetry is
 * not the verdict: a receiver that fails (its answer is untrusted text) is a warning.
 */
async function exportActionTraces(results: Results, env: ActionDeps['env']): Promise<void> {
  try {
    const target = envTraceTarget(env);
    if (!target) return;
    for (const line of await exportTraces(results, target)) core.info(`Traces: ${line}`);
  } catch (error) {
    logUntrusted('warning', `Rehearse could not export the run's traces: ${errorMessage(error)}`);
  }
}

/**
 * Runs one publisher; an error (a 403 was already turned into a warning by the guard) becomes an error annotation, not
 * a failed step.
 */
async function publish<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    logUntrusted(
      'error',
      `Rehearse could not ${what}: ${errorMessage(error)}. The rest of the report was still published; the gate ` +
        `decides the step's result.`,
    );
    return undefined;
  }
}

/**
 * After a refused completion: the check run still ends with the gate's conclusion, without the annotations, instead of
 * spinning.
 */
async function completePlain(deps: ActionDeps, checkRun: CheckRunHandle, input: ReportInput): Promise<void> {
  try {
    await completeCheckRun(deps.github, deps.guard, checkRun, {
      conclusion: !input.gate.passed ? 'failure' : input.gate.reasons.length > 0 ? 'neutral' : 'success',
      title: input.gate.summary.slice(0, MAX_ANNOTATION_TITLE_CHARS),
      summary:
        `${input.gate.summary}\n\nThe full report could not be posted to the check run; see the job ` +
        `summary and the artifact.`,
      annotations: [],
    });
  } catch (error) {
    core.warning(`Could not complete the check run: ${errorMessage(error)}`);
  }
}

async function produceResults(
  config: ActionConfig,
  suite: LoadedSuite | undefined,
  context: RunContext,
  deps: ActionDeps,
  files: RunFiles,
  earlier: PreviousRun,
): Promise<RunProduced> {
  if (config.mode === 'merge')
    return { results: await mergeShards(config, deps.artifacts, path.join(files.directory, 'shards')) };
  if (config.mode === 'report') return { results: await readReportedResults(config) };
  const { env, signal } = deps;
  if (config.mode === 'rejudge') {
    return {
      results: await rejudgeConfiguredResults({ config, suite: suite!, env, signal, outputPath: files.results }),
    };
  }
  return runConfiguredSuite({ config, suite: suite!, context, env, signal, outputPath: files.results, earlier });
}

/** Uploads the run folder; a failed upload is a warning, except for shards (the merge job needs them). */
async function uploadArtifact(
  config: ActionConfig,
  context: RunContext,
  artifacts: ArtifactStore,
  files: RunFiles,
): Promise<string | undefined> {
  const name = config.shard
    ? shardArtifactName(config.artifactName, config.shard.index, config.shard.total)
    : config.artifactName;
  try {
    const { id } = await artifacts.upload(name, files.all, files.directory);
    core.info(`Uploaded artifact '${name}' (${id})`);
    return `${runUrlOf(context)}/artifacts/${id}`;
  } catch (error) {
    if (config.shard) throw error;
    core.warning(
      `Could not upload the '${name}' artifact: ${errorMessage(error)}. The next run will not find this one to ` +
        `compare with.`,
    );
    return undefined;
  }
}

async function comment(
  config: ActionConfig,
  context: RunContext,
  suiteId: string,
  deps: ActionDeps,
  input: ReportInput,
): Promise<string | undefined> {
  const pr = context.pullRequest;
  if (!pr) return undefined;
  const regressions = [input.previous, input.variants].flatMap((c) =>
    (c?.changes ?? []).filter((change) => change.category === 'regression').map((change) => `${c?.kind}:${change.key}`),
  );
  const outcome = await publishStickyComment(deps.github, deps.guard, {
    issueNumber: pr.number,
    marker: COMMENT_MARKER,
    suite: suiteId,
    body: renderComment(input, commentReserveChars(suiteId)).text,
    state: { verdict: input.gate.passed ? 'pass' : 'fail', regressions },
    mode: config.comment,
    gatePassed: input.gate.passed,
  });
  if (outcome.action === 'skipped') core.info(`PR comment not written: ${outcome.why}`);
  else if (outcome.action !== 'denied') core.info(`PR comment ${outcome.action}: ${outcome.url}`);
  return outcome.action === 'denied' ? undefined : outcome.url;
}

async function completeCheck(
  deps: ActionDeps,
  checkRun: CheckRunHandle,
  input: ReportInput,
  workspace: string,
): Promise<void> {
  const rendered = renderCheckRun(input, { workspace });
  const calls = await completeCheckRun(deps.github, deps.guard, checkRun, {
    conclusion:
      input.results.status === 'stopped' && input.results.stopReason === 'cancelled'
        ? 'cancelled'
        : rendered.conclusion,
    title: rendered.title,
    summary: rendered.summary,
    annotations: rendered.annotations,
  });
  core.info(
    `Check run completed with ${rendered.annotations.length} annotations in ${calls} update(s): ${checkRun.url}`,
  );
}

async function failCheckRun(deps: ActionDeps, checkRun: CheckRunHandle, error: unknown): Promise<void> {
  try {
    await completeCheckRun(deps.github, deps.guard, checkRun, {
      conclusion: 'failure',
      title: 'Rehearse failed',
      summary: errorMessage(error),
      annotations: [],
    });
  } catch (completion) {
    core.warning(`Could not complete the check run: ${errorMessage(completion)}`);
  }
}

async function writeJobSummary(
  input: ReportInput,
  guard: PermissionGuard,
  redactor: Redactor | undefined,
): Promise<void> {
  const refused =
    guard.refused.length > 0
      ? `\n\n> [!WARNING]\n> The token was refused (403) when trying to: ${guard.refused.join('; ')}. See the ` +
        `README's \`workflow_run\` recipe for pull requests from forks.\n`
      : '';
  const text = renderJobSummary(input).text + refused;
  await core.summary.addRaw(redactor ? redactor.redact(text) : text).write();
}

function applyGate(gate: GateDecision, sharded: boolean): void {
  if (sharded) core.info(`Shard gate (not applied, the merge job decides): ${gate.summary}`);
  else if (gate.passed) core.info(gate.summary);
  else core.setFailed(gate.summary);
}

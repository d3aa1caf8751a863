/**
 * Where the results come from, per `mode`: `run` loads, plans and runs the
 * suite; `merge` downloads this workflow run's shard artifacts and merges
 * them; `report` reads a results file produced elsewhere.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { ActionConfig } from '../config/inputs.js';
import {
  createSuiteChatClient,
  planSuiteRun,
  rejudgeRun,
  resolveGateSettings,
  runSuite,
  type EarlierRuns,
  type GateOverrides,
} from '../pipeline/index.js';
import { keepCassetteLog } from '../cassette/index.js';
import { closeActionCassette, openActionCassette } from './cassette.js';
import { mergeResults, readResults } from '../results/index.js';
import { missingShardsNote } from '../results/merge.js';
import type { Results } from '../model/results.js';
import type { Plan } from '../plan/types.js';
import { unpricedModelNotice, unreportedUsageNotice } from '../llm/index.js';
import { describeResumed } from '../runner/index.js';
import { progressLog } from './progress-log.js';
import { rerunErroredOnResume, resumableJournal } from '../runner/resume.js';
import { journalPathFor, type JournalContents } from '../results/journal.js';
import { formatIssue, loadSuite, type LoadedSuite, type SuiteIssue } from '../suite/index.js';
import { ConfigurationError } from '../util/errors.js';
import { escapeRegExp } from '../util/regexp.js';
import type { RunContext } from './context.js';
import { actionBaseSide } from './base-side.js';
import { logUntrusted } from './log.js';
import { RESULTS_FILE } from './previous.js';
import type { ArtifactStore } from './port.js';

type Env = Readonly<Record<string, string | undefined>>;

export function shardArtifactName(base: string, index: number, total: number): string {
  return `${base}-shard-${index}-of-${total}`;
}

/** Loads the suite; every problem becomes an annotation on its file and line, then one error stops the action. */
export async function loadSuiteOrFail(config: ActionConfig, env: Env, workspace: string): Promise<LoadedSuite> {
  const loaded = await loadSuite(config.configPath, { cwd: config.workingDirectory, env });
  const annotate = (issue: SuiteIssue, level: 'error' | 'warning') =>
    logUntrusted(level, formatIssue(issue), {
      file: repositoryPath(config.workingDirectory, workspace, issue.location.file),
      startLine: issue.location.line,
      startColumn: issue.location.column,
    });
  if (!loaded.ok) {
    const errors = loaded.issues.filter((issue) => issue.severity === 'error');
    for (const issue of loaded.issues) annotate(issue, issue.severity);
    const first = errors[0] ?? loaded.issues[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more, annotated on the files)` : '';
    throw new ConfigurationError(`the suite is invalid: ${first ? formatIssue(first) : 'unknown problem'}${more}`);
  }
  for (const warning of loaded.warnings) annotate(warning, 'warning');
  return loaded.suite;
}

/** The suite's gate settings apply in merge/report mode too, when the suite is checked out. */
export async function loadSuiteIfPresent(
  config: ActionConfig,
  env: Env,
  workspace: string,
): Promise<LoadedSuite | undefined> {
  return existsSync(config.configPath) ? loadSuiteOrFail(config, env, workspace) : undefined;
}

/** Annotations want paths relative to the repository root. */
export function repositoryPath(workingDirectory: string, workspace: string, file: string): string {
  return path.relative(workspace, path.resolve(workingDirectory, file)).split(path.sep).join('/');
}

export interface RunSuiteOptions {
  readonly config: ActionConfig;
  readonly suite: LoadedSuite;
  readonly context: RunContext;
  readonly env: Env;
  readonly signal: AbortSignal;
  readonly outputPath: string;
  /** The previous run and the base branch's history, found before the run: a suspected drop is confirmed in it. */
  readonly earlier?: EarlierRuns;
}

/** What `mode: run` produced: the results, and the reference note when a test's reference is too small. */
export interface RunProduced {
  readonly results: Results;
  readonly note?: string;
}

/** `mode: run`: the action's inputs and log around the pipeline's suite run. */
export async function runConfiguredSuite(options: RunSuiteOptions): Promise<RunProduced> {
  const { config, suite, context, env, signal, outputPath, earlier } = options;
  const selection = { variants: config.variants, tags: config.tags, runs: config.runs, shard: config.shard };
  const cassette = await openActionCassette(config, env, suite);
  // A cassette holding the simulator's calls stands in for its key (fork PRs get no secrets).
  const planned = planSuiteRun(suite, selection, env, { simulatorReplayed: cassette?.replaysSimulator() ?? false });
  for (const skipped of planned.skipped) logUntrusted('warning', `skipped ${skipped.key}: ${skipped.reason}`);
  const runAlpha = resolveGateSettings({ suite: suite.gate, overrides: gateOverridesOf(config) }).settings.alpha;
  const base = await actionBaseSide({ config, suite, plan: planned, context, env, earlier: earlier ?? {}, runAlpha });
  const plan = base.plan;
  core.info(
    `Running ${plan.trials.length} trials ` +
      `(${plan.variants.join(', ')})${config.shard ? ` — shard ${config.shard.index}/${config.shard.total}` : ''}`,
  );
  const chat = createSuiteChatClient(suite, env, {
    // The reason is the endpoint's own text: it must not become a workflow command or print a key.
    onRetry: (info) => logUntrusted('info', `LLM call retry ${info.attempt} in ${info.delayMs} ms: ${info.reason}`),
    onUnpricedModel: (model) => core.warning(unpricedModelNotice(model)),
    onUnreportedUsage: (model) => core.warning(unreportedUsageNotice(model)),
  });
  // --- crash-safe journal: a re-run finding an interrupted run's journal in the output dir continues it ---
  const journalPath = journalPathFor(outputPath);
  const resume = await actionResume(journalPath, plan, config.rerunErrored);
  // The cassette's calls are logged as they are recorded; a resumed run takes in the interrupted one's.
  if (cassette && config.cassette) await keepCassetteLog(cassette, config.cassette.path, resume !== undefined);
  // --- end journal ---
  try {
    const results = await runSuite({
      suite,
      plan,
      source: 'ci',
      journal: { path: journalPath },
      // Said by the runner once it has replayed the journal: its counts include the confirmation trials.
      ...(resume
        ? {
            resume,
            onResumed: (counts) =>
              core.info(`Resuming ${resume.header.runId}: ${describeResumed(counts)} (${journalPath})`),
          }
        : {}),
      env,
      chat,
      signal,
      concurrency: config.concurrency,
      budgetUsd: config.budgetUsd ?? suite.run.budget_usd,
      onProgress: progressLog(),
      // As the LLM calls' retries above: the reason quotes the agent's or a tool's URL and status, not as a command.
      onAgentRetry: (info) => logUntrusted('info', `http retry ${info.attempt} in ${info.delayMs} ms: ${info.reason}`),
      outputPath,
      cwd: config.workingDirectory,
      git: {
        sha: context.sha,
        ...(context.ref ? { ref: context.ref } : {}),
        repository: `${context.owner}/${context.repo}`,
      },
      gateOverrides: gateOverridesOf(config),
      planOptions: planOptionsOf(config),
      ...(cassette ? { cassette } : {}),
      ...(earlier ? { earlier } : {}),
      ...(config.confirm ? {} : { confirm: false }),
    });
    return { results, ...(base.note ? { note: base.note } : {}) };
  } finally {
    await base.dispose();
    if (cassette) await closeActionCassette(cassette, config);
  }
}

/**
 * The journal an interrupted run left in the output directory, if it is this plan's; with `rerun-errored`, without
 * its errored trials (an outage's: kept, they would fail the gate again), as `--resume --rerun-errored` drops them.
 */
async function actionResume(
  journalPath: string,
  plan: Plan,
  rerunErrored: boolean,
): Promise<JournalContents | undefined> {
  const found = await resumableJournal(journalPath, plan, (message) => core.warning(message));
  if (!found || !rerunErrored) return found;
  const { journal, note } = await rerunErroredOnResume(journalPath, found, 'rerun-errored');
  core.info(note);
  return journal;
}

/** The inputs that shaped the plan, recorded in the results (for `rehearse rerun` on a downloaded artifact). */
function planOptionsOf(config: ActionConfig): NonNullable<Results['plan']> {
  return {
    ...(config.variants ? { variants: [...config.variants] } : {}),
    ...(config.tags ? { tags: [...config.tags] } : {}),
    ...(config.runs !== undefined ? { runs: config.runs } : {}),
    ...(config.shard ? { shard: `${config.shard.index}/${config.shard.total}` } : {}),
    ...(config.concurrency !== undefined ? { concurrency: config.concurrency } : {}),
    ...(config.budgetUsd !== undefined ? { budgetUsd: config.budgetUsd } : {}),
  };
}

/**
 * `mode: rejudge`: a results file's transcripts judged again with the checked-out suite's criteria; nothing else runs.
 */
export async function rejudgeConfiguredResults(options: Omit<RunSuiteOptions, 'context'>): Promise<Results> {
  const { config, suite, env, signal, outputPath } = options;
  const original = await readReportedResults(config);
  const cassette = await openActionCassette(config, env, suite);
  core.info(`Re-judging ${original.trials.length} trials of ${original.runId} with the current criteria`);
  try {
    const { results, dropped } = await rejudgeRun({
      original,
      suite,
      env,
      chat: createSuiteChatClient(suite, env),
      signal,
      outputPath,
      cwd: config.workingDirectory,
      gateOverrides: gateOverridesOf(config),
      ...(cassette ? { cassette } : {}),
    });
    if (dropped.length > 0) {
      core.warning(
        `${dropped.length} stored trial(s) left out (their test is not in the suite): ${dropped.join(', ')}`,
      );
    }
    return results;
  } finally {
    if (cassette) await closeActionCassette(cassette, config);
  }
}

/** `mode: merge`: every `<artifact-name>-shard-<i>-of-<n>` artifact of this workflow run, merged. */
export async function mergeShards(config: ActionConfig, artifacts: ArtifactStore, directory: string): Promise<Results> {
  const pattern = new RegExp(`^${escapeRegExp(config.artifactName)}-shard-(\\d+)-of-(\\d+)$`);
  const names = await artifacts.downloadFromThisRun((name) => pattern.test(name), directory);
  if (names.length === 0)
    throw new ConfigurationError(
      `mode 'merge' found no '${shardArtifactName(config.artifactName, 1, 1).replace('-1-of-1', '-<i>-of-<n>')}'` +
        ` artifacts in this workflow run: run the shards first (needs: [the shard job])`,
    );
  core.info(`Merging ${names.length} shards: ${names.join(', ')}`);
  const shards = await Promise.all(names.map((name) => readResults(path.join(directory, name, RESULTS_FILE))));
  // The shard indexes in the files decide (not the artifact names): a missing shard makes the merged run `stopped`, so
  // the gate fails.
  const merged = mergeResults(shards);
  const incomplete = missingShardsNote(merged);
  if (incomplete) logUntrusted('error', `Rehearse: ${incomplete}`);
  return merged;
}

/** `mode: report`: a results file produced elsewhere (e.g. downloaded by a `workflow_run` job). */
export async function readReportedResults(config: ActionConfig): Promise<Results> {
  const target = config.resultsPath ?? '';
  if (existsSync(target) && !target.endsWith('.json')) {
    const entries = await readdir(target);
    if (entries.includes(RESULTS_FILE)) return readResults(path.join(target, RESULTS_FILE));
  }
  return readResults(target);
}

/** The action inputs that override the suite's gate (`min-pass-rate`, `fail-on`). */
export function gateOverridesOf(config: ActionConfig): GateOverrides {
  return {
    ...(config.minPassRate !== undefined ? { minPassRate: config.minPassRate } : {}),
    ...(config.failOn !== undefined ? { failOn: config.failOn } : {}),
  };
}

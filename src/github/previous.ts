/**
 * The previous run to compare with: a results file given as input, or the
 * artifact of the latest successful run of this workflow on the baseline
 * branch (the PR's base, or the pushed branch), skipping runs of fork heads
 * and runs no history takes (model/history-rule.ts: stopped, or cut short by
 * the circuit breaker).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { logUntrusted } from './log.js';
import type { ActionConfig } from '../config/inputs.js';
import { readResults } from '../results/index.js';
import type { Results } from '../model/results.js';
import { whyRunStaysOutOfHistory } from '../model/history-rule.js';
import type { EarlierRuns } from '../pipeline/index.js';
import { errorMessage } from '../util/errors.js';
import type { RunContext } from './context.js';
import type { PermissionGuard } from './permissions.js';
import type { ArtifactStore, GitHubPort } from './port.js';

/** Earlier runs whose artifact is tried before giving up (expired or missing artifacts). */
export const MAX_PREVIOUS_RUNS_TRIED = 5;
export const RESULTS_FILE = 'results.json';

/** The earlier runs as the pipeline takes them; `note` is always set here (where from, or why none). */
export type PreviousRun = EarlierRuns & { readonly note: string };

export interface PreviousDeps {
  readonly github: GitHubPort;
  readonly artifacts: ArtifactStore;
  readonly guard: PermissionGuard;
}

export async function findPrevious(
  config: ActionConfig,
  context: RunContext,
  deps: PreviousDeps,
  directory: string,
): Promise<PreviousRun> {
  const source = config.previous;
  if (source.kind === 'none') return { note: "No comparison with a previous run (input 'previous' is 'none')." };
  if (source.kind === 'file') {
    if (!existsSync(source.path)) {
      core.warning(`previous results file ${source.path} does not exist: comparing baseline and candidate only`);
      return { note: `No previous run: ${path.basename(source.path)} does not exist yet.` };
    }
    const previous = await readResults(source.path, { trials: false });
    return {
      previous,
      ...historyOf(previous),
      note: `Previous run: ${path.relative(config.workingDirectory, source.path)}.`,
    };
  }
  return fromArtifact(config, context, deps, directory);
}

async function fromArtifact(
  config: ActionConfig,
  context: RunContext,
  deps: PreviousDeps,
  directory: string,
): Promise<PreviousRun> {
  const { workflow, baselineBranch } = context;
  if (!workflow || !baselineBranch) return { note: 'No previous run: this event has no branch to compare with.' };
  const runs = await deps.guard.attempt('list earlier workflow runs (needs `actions: read`)', () =>
    deps.github.listSuccessfulRuns(workflow, baselineBranch),
  );
  if (!runs) return { note: 'No previous run: the token may not list workflow runs (needs `actions: read`).' };
  const ownRepository = `${context.owner}/${context.repo}`;
  const candidates = runs
    .filter((run) => run.id !== context.runId && run.headRepository === ownRepository)
    .slice(0, MAX_PREVIOUS_RUNS_TRIED);
  // Runs no history takes (older versions stored them like any other): passed over for the next, and counted.
  const skipped: SkippedRun[] = [];
  for (const run of candidates) {
    const target = path.join(directory, String(run.id));
    // A run whose artifact cannot be downloaded (expired, gone) or read (truncated, not a results file) is skipped with
    // a warning: the next one may do.
    let found: boolean | undefined;
    try {
      found = await deps.guard.attempt("download the previous run's artifact (needs `actions: read`)", () =>
        deps.artifacts.downloadFromRun(run.id, config.artifactName, target),
      );
    } catch (error) {
      logUntrusted(
        'warning',
        `Previous run: skipped workflow run ${run.id}: its ${config.artifactName} artifact could not be ` +
          `downloaded (${firstLine(errorMessage(error))}).`,
      );
      continue;
    }
    if (found === undefined)
      return { note: 'No previous run: the token may not download artifacts (needs `actions: read`).' };
    if (!found) continue;
    let results: Results;
    try {
      results = await readResults(path.join(target, RESULTS_FILE), { trials: false });
    } catch (error) {
      logUntrusted(
        'warning',
        `Previous run: skipped workflow run ${run.id}: its ${RESULTS_FILE} is not usable ` +
          `(${firstLine(errorMessage(error))}).`,
      );
      continue;
    }
    const refused = whyStoredRunStaysOutOfHistory(results);
    if (refused) {
      core.info(`Previous run: skipped workflow run ${run.id}: it does not join the history (${refused}).`);
      skipped.push({ id: run.id, why: refused });
      continue;
    }
    const skippedText = skippedNote(skipped);
    core.info(
      `Previous run: workflow run ${run.id} on ${baselineBranch} (${run.headSha.slice(0, 7)})` +
        (skippedText ? `. ${skippedText}` : ''),
    );
    const note =
      `Previous run: workflow run ${run.id} on ${baselineBranch} (commit ${run.headSha.slice(0, 7)}).` +
      (skippedText ? ` ${skippedText}` : '');
    return { previous: results, ...historyOf(results), note };
  }
  const none =
    skipped.length > 0
      ? `No previous run: no successful run of ${workflow} on ${baselineBranch} that joins the history.`
      : `No previous run: no successful run of ${workflow} on ${baselineBranch} has a ${config.artifactName} ` +
        `artifact yet.`;
  const skippedText = skippedNote(skipped);
  return { note: skippedText ? `${none} ${skippedText}` : none };
}

interface SkippedRun {
  readonly id: number;
  readonly why: string;
}

/**
 * A stored run the history does not take (model/history-rule.ts), or one its writer kept out of it: undefined when it
 * is a baseline.
 */
function whyStoredRunStaysOutOfHistory(results: Results): string | undefined {
  return (
    whyRunStaysOutOfHistory(results) ?? (results.joinedHistory === false ? 'it was kept out of the history' : undefined)
  );
}

/** `Skipped 2 runs that do not join the history: workflow run 302 (the circuit breaker stopped part of it), …` */
function skippedNote(skipped: readonly SkippedRun[]): string | undefined {
  if (skipped.length === 0) return undefined;
  const runs = skipped.length === 1 ? '1 run' : `${skipped.length} runs`;
  const which = skipped.map((run) => `workflow run ${run.id} (${run.why})`).join(', ');
  return `Skipped ${runs} that ${skipped.length === 1 ? 'does' : 'do'} not join the history: ${which}.`;
}

/** The previous results carry the base branch's rolled-forward history: one artifact is enough. */
function historyOf(results: Results): Pick<PreviousRun, 'history'> {
  return results.history ? { history: results.history } : {};
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}

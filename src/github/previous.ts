/**
 * The previous run to compare with: a results file given as input, or the
 * artifact of the latest successful run of this workflow on the baseline
 * branch (the PR's base, or the pushed branch), skipping runs of fork heads
 * and runs no history takes (model/history-rule.ts: stopped, or cut short by
 * the circuit breaker). The same rule refuses a results file given as input.
 * The search pages through earlier runs, within limits (MAX_ARTIFACTS_TRIED,
 * MAX_RUN_PAGES) that keep it short on a repository with thousands of runs.
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
import { ConfigurationError, errorMessage } from '../util/errors.js';
import type { RunContext } from './context.js';
import type { PermissionGuard } from './permissions.js';
import type { ArtifactStore, GitHubPort, WorkflowRunInfo } from './port.js';

/**
 * Earlier runs whose artifact is tried before giving up: enough to pass over a long outage's cut-short runs (and
 * expired, missing or unreadable artifacts), bounded so a repository with thousands of runs is not searched to its
 * first one. Each try is one or two API calls and a small download.
 */
export const MAX_ARTIFACTS_TRIED = 30;
/**
 * Pages of earlier runs listed, at GitHub's maximum of 100 a page: GitHub serves at most 1,000 runs of a list filtered
 * by branch and status. More than one page is needed when runs of fork heads (whose head branch has the base branch's
 * name) crowd out the repository's own.
 */
export const MAX_RUN_PAGES = 10;
/** Skipped runs named one by one in the note; the rest are counted. */
const MAX_SKIPPED_NAMED = 5;
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
  if (source.kind === 'file') return fromFile(source.path, config.workingDirectory);
  return fromArtifact(config, context, deps, directory);
}

/**
 * `previous: <file>`: the user's choice of reference, so it is the only source tried. Not there yet (a first run), or
 * a run no history takes (the same rule as for artifacts): no previous run, said in the log and the note. Not a
 * results file at all: the input is wrong, and the step fails with one line rather than quietly comparing with nothing.
 */
async function fromFile(file: string, workingDirectory: string): Promise<PreviousRun> {
  if (!existsSync(file)) {
    core.warning(`previous results file ${file} does not exist: comparing baseline and candidate only`);
    return { note: `No previous run: ${path.basename(file)} does not exist yet.` };
  }
  const shown = path.relative(workingDirectory, file);
  let previous: Results;
  try {
    previous = await readResults(file, { trials: false });
  } catch (error) {
    throw new ConfigurationError(`input 'previous': ${firstLine(errorMessage(error))}`);
  }
  const refused = whyStoredRunStaysOutOfHistory(previous);
  if (refused) {
    core.warning(
      `Previous run: skipped ${shown}: it does not join the history (${refused}). Comparing baseline and ` +
        `candidate only.`,
    );
    return { note: `No previous run: ${shown} does not join the history (${refused}).` };
  }
  return { previous, ...historyOf(previous), note: `Previous run: ${shown}.` };
}

/**
 * The newest usable artifact among the successful runs of this workflow on the baseline branch, its runs listed page
 * by page and tried one by one until one joins the history, within MAX_RUN_PAGES and MAX_ARTIFACTS_TRIED.
 */
async function fromArtifact(
  config: ActionConfig,
  context: RunContext,
  deps: PreviousDeps,
  directory: string,
): Promise<PreviousRun> {
  const { workflow, baselineBranch } = context;
  if (!workflow || !baselineBranch) return { note: 'No previous run: this event has no branch to compare with.' };
  const ownRepository = `${context.owner}/${context.repo}`;
  const search: Search = { tried: 0, listed: 0, complete: false, skipped: [] };
  pages: for (let page = 1; page <= MAX_RUN_PAGES; page += 1) {
    const runs = await deps.guard.attempt('list earlier workflow runs (needs `actions: read`)', () =>
      deps.github.listSuccessfulRuns(workflow, baselineBranch, page),
    );
    if (!runs) return { note: 'No previous run: the token may not list workflow runs (needs `actions: read`).' };
    search.listed += runs.runs.length;
    for (const run of runs.runs) {
      if (run.id === context.runId || run.headRepository !== ownRepository) continue;
      if (search.tried === MAX_ARTIFACTS_TRIED) break pages;
      search.tried += 1;
      const tryOut = await tryRun(run, config, deps, path.join(directory, String(run.id)));
      if (tryOut.kind === 'denied')
        return { note: 'No previous run: the token may not download artifacts (needs `actions: read`).' };
      if (tryOut.kind === 'found') return foundIn(run, tryOut.results, baselineBranch, search.skipped);
      if (tryOut.kind === 'refused') search.skipped.push({ id: run.id, why: tryOut.why });
    }
    if (!runs.more) {
      search.complete = true;
      break;
    }
  }
  const skippedText = skippedNote(search.skipped);
  const none = noneFoundNote(search, `${workflow} on ${baselineBranch}`, config.artifactName);
  return { note: skippedText ? `${none} ${skippedText}` : none };
}

/** How far the search went. */
interface Search {
  /** Artifacts tried (downloaded, or found missing). */
  tried: number;
  /** Runs listed, forks' included. */
  listed: number;
  /** Every run GitHub listed was looked at: no limit stopped the search. */
  complete: boolean;
  /** Runs no history takes (older versions stored them like any other): passed over for the next, and counted. */
  readonly skipped: SkippedRun[];
}

function foundIn(run: WorkflowRunInfo, results: Results, branch: string, skipped: readonly SkippedRun[]): PreviousRun {
  const skippedText = skippedNote(skipped);
  const commit = run.headSha.slice(0, 7);
  core.info(`Previous run: workflow run ${run.id} on ${branch} (${commit})` + (skippedText ? `. ${skippedText}` : ''));
  const note = `Previous run: workflow run ${run.id} on ${branch} (commit ${commit}).`;
  return { previous: results, ...historyOf(results), note: skippedText ? `${note} ${skippedText}` : note };
}

/** `runs`: `ci.yml on main`. A search a limit stopped says so, with the limits: older runs were not looked at. */
function noneFoundNote(search: Search, runs: string, artifactName: string): string {
  if (search.complete) {
    return search.skipped.length > 0
      ? `No previous run: no successful run of ${runs} that joins the history.`
      : `No previous run: no successful run of ${runs} has a ${artifactName} artifact yet.`;
  }
  return (
    `No previous run: none of the ${search.tried} most recent successful runs of ${runs} tried has a usable ` +
    `${artifactName} artifact that joins the history (the search stops after ${MAX_ARTIFACTS_TRIED} artifacts ` +
    `tried or ${MAX_RUN_PAGES} pages of runs listed; ${search.listed} runs listed).`
  );
}

/** What trying one earlier run's artifact gave. */
type TryOut =
  | { readonly kind: 'found'; readonly results: Results }
  | { readonly kind: 'refused'; readonly why: string }
  | { readonly kind: 'unusable' }
  | { readonly kind: 'denied' };

/**
 * One earlier run's artifact, downloaded and read. One that cannot be downloaded (expired, gone) or read (truncated,
 * not a results file) is unusable, with a warning; one that has none, unusable quietly: the next run may do.
 */
async function tryRun(run: WorkflowRunInfo, config: ActionConfig, deps: PreviousDeps, target: string): Promise<TryOut> {
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
    return { kind: 'unusable' };
  }
  if (found === undefined) return { kind: 'denied' };
  if (!found) return { kind: 'unusable' };
  let results: Results;
  try {
    results = await readResults(path.join(target, RESULTS_FILE), { trials: false });
  } catch (error) {
    logUntrusted(
      'warning',
      `Previous run: skipped workflow run ${run.id}: its ${RESULTS_FILE} is not usable ` +
        `(${firstLine(errorMessage(error))}).`,
    );
    return { kind: 'unusable' };
  }
  const refused = whyStoredRunStaysOutOfHistory(results);
  if (!refused) return { kind: 'found', results };
  core.info(`Previous run: skipped workflow run ${run.id}: it does not join the history (${refused}).`);
  return { kind: 'refused', why: refused };
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

/**
 * `Skipped 2 runs that do not join the history: workflow run 302 (the circuit breaker stopped part of it), …`; past
 * MAX_SKIPPED_NAMED runs, the rest are counted (`… and 7 more`), so a long outage does not flood the comment.
 */
function skippedNote(skipped: readonly SkippedRun[]): string | undefined {
  if (skipped.length === 0) return undefined;
  const runs = skipped.length === 1 ? '1 run' : `${skipped.length} runs`;
  const named = skipped.slice(0, MAX_SKIPPED_NAMED).map((run) => `workflow run ${run.id} (${run.why})`);
  const rest = skipped.length - named.length;
  const which = rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
  return `Skipped ${runs} that ${skipped.length === 1 ? 'does' : 'do'} not join the history: ${which}.`;
}

/** The previous results carry the base branch's rolled-forward history: one artifact is enough. */
function historyOf(results: Results): Pick<PreviousRun, 'history'> {
  return results.history ? { history: results.history } : {};
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}

/**
 * Where the action runs, read once from the runner's environment and the
 * event payload: repository, run, commit, pull request, workflow. Plain data,
 * also saved next to the results (`context.json`) so a later `workflow_run`
 * job can report on the pull request that produced them.
 */
import { readTextFile } from '../util/bom.js';
import { ConfigurationError } from '../util/errors.js';

export interface PullRequestContext {
  readonly number: number;
  readonly baseRef: string;
  readonly headSha: string;
  /** The base branch's commit the pull request was opened against (the base side runs it); absent in older files. */
  readonly baseSha?: string;
  /** `owner/name` of the head repository. */
  readonly headRepository: string;
  readonly fromFork: boolean;
}

export interface RunContext {
  readonly owner: string;
  readonly repo: string;
  readonly runId: number;
  readonly eventName: string;
  /** The commit the check run belongs to (the PR head, not the merge commit). */
  readonly sha: string;
  readonly ref?: string;
  /** The branch whose earlier runs are this run's baseline: the PR base, or the pushed branch. */
  readonly baselineBranch?: string;
  /** The repository's default branch, from the event payload (absent when the payload does not say). */
  readonly defaultBranch?: string;
  /** Workflow file name (`ci.yml`), for listing earlier runs of the same workflow. */
  readonly workflow?: string;
  readonly pullRequest?: PullRequestContext;
  /** On `workflow_run`: the run that triggered this one (what `mode: report` checks an artifact's context against). */
  readonly workflowRun?: { readonly id: number; readonly headSha: string; readonly event: string };
  readonly serverUrl: string;
  readonly apiUrl: string;
}

type Env = Readonly<Record<string, string | undefined>>;

interface EventPayload {
  pull_request?: {
    number: number;
    base: { ref: string; sha?: string };
    head: { sha: string; repo: { full_name: string } | null };
  };
  repository?: { full_name?: string; default_branch?: string };
  workflow_run?: { id: number; head_sha: string; event: string };
}

export async function readRunContext(env: Env): Promise<RunContext> {
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo)
    throw new ConfigurationError(
      `GITHUB_REPOSITORY must be 'owner/name', got '${repository}': is this running inside GitHub Actions?`,
    );
  const payload = await readPayload(env['GITHUB_EVENT_PATH']);
  const pullRequest = pullRequestOf(payload, repository);
  const ref = env['GITHUB_REF'];
  return {
    owner,
    repo,
    runId: Number(env['GITHUB_RUN_ID'] ?? 0),
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    sha: pullRequest?.headSha ?? env['GITHUB_SHA'] ?? '',
    ref,
    baselineBranch: pullRequest?.baseRef ?? branchOf(ref),
    ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
    workflow: workflowFileOf(env['GITHUB_WORKFLOW_REF']),
    pullRequest,
    ...(payload.workflow_run
      ? {
          workflowRun: {
            id: payload.workflow_run.id,
            headSha: payload.workflow_run.head_sha,
            event: payload.workflow_run.event,
          },
        }
      : {}),
    serverUrl: env['GITHUB_SERVER_URL'] ?? 'https://github.com',
    apiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
  };
}

async function readPayload(eventPath: string | undefined): Promise<EventPayload> {
  if (!eventPath) return {};
  try {
    return JSON.parse(await readTextFile(eventPath)) as EventPayload;
  } catch {
    return {};
  }
}

function pullRequestOf(payload: EventPayload, repository: string): PullRequestContext | undefined {
  const pr = payload.pull_request;
  if (!pr) return undefined;
  const headRepository = pr.head.repo?.full_name ?? '';
  return {
    number: pr.number,
    baseRef: pr.base.ref,
    headSha: pr.head.sha,
    ...(pr.base.sha ? { baseSha: pr.base.sha } : {}),
    headRepository,
    fromFork: headRepository !== repository,
  };
}

function branchOf(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `ci.yml`. */
export function workflowFileOf(workflowRef: string | undefined): string | undefined {
  const filePath = workflowRef?.split('@', 1)[0];
  const name = filePath?.split('/').pop();
  return name || undefined;
}

export function runUrlOf(context: RunContext): string {
  return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
}

/** Events whose runs are the base branch's own: they roll the history forward. */
const BASE_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);

/**
 * A run that joins the base branch's history: a push, schedule or manual run on the default branch (any
 * pushed branch when the payload does not name the default). A pull request carries the history unchanged.
 */
export function rollsHistory(context: RunContext): boolean {
  if (context.pullRequest || !BASE_EVENTS.has(context.eventName)) return false;
  const branch = branchOf(context.ref);
  if (!branch) return false;
  return context.defaultBranch === undefined || branch === context.defaultBranch;
}

/**
 * GitHubPort implemented with Octokit (`@actions/github`) plus two Octokit
 * plugins: `@octokit/plugin-retry`, so transient 5xx answers are retried
 * while 4xx (a 403 from a read-only token above all) fail at once, and
 * `@octokit/plugin-throttling`, which waits out GitHub's rate limits (primary
 * and secondary) for as long as their headers ask, a bounded number of times
 * (see rate-limit.ts).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import {
  httpStatusOf,
  type GitHubPort,
  type IssueComment,
  type WorkflowRunInfo,
  type WorkflowRunPage,
} from './port.js';
import { rateLimitHandlers } from './rate-limit.js';

/** Status codes retrying cannot fix; rate limits (403/429) are the throttling plugin's, not plugin-retry's. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
const GITHUB_RETRIES = 3;
const NOT_FOUND = 404;
/** GitHub's maximum page size. */
export const MAX_PER_PAGE = 100;

export interface OctokitOptions {
  readonly token: string;
  /** `GITHUB_API_URL`; read at run time (the toolkit's default is fixed when it is imported). */
  readonly baseUrl: string;
  readonly owner: string;
  readonly repo: string;
  /** What one second of a wait is, ms: retry n of a 5xx waits n² × this, a rate limit its headers' seconds × this. */
  readonly retryAfterBaseMs?: number;
}

export type Octokit = ReturnType<typeof getOctokit>;

/**
 * The plugin spaces writes 1 s apart and comments 3 s apart by default, pacing meant for clients that write in bulk.
 * A Rehearse job writes a handful of times (a comment, a check run and its annotation batches), far below GitHub's
 * secondary limit of 80 content-creating requests a minute, so writes are queued one at a time but not paced; a
 * secondary-limit answer, should one come, is still waited out.
 */
function unpacedWriteGroups(): { write: Bottleneck.Group; notifications: Bottleneck.Group } {
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1 }),
  };
}

export function createOctokit(options: OctokitOptions): Octokit {
  const second = options.retryAfterBaseMs ?? 1000;
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      retry: { doNotRetry: DO_NOT_RETRY, retries: GITHUB_RETRIES, retryAfterBaseValue: second },
      throttle: { ...rateLimitHandlers(), ...unpacedWriteGroups(), retryAfterBaseValue: second },
    },
    // Throttling outermost, as Octokit documents: it sees a rate limit only after plugin-retry has passed it on.
    retry,
    throttling,
  );
}

interface RawComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string; type: string } | null;
  minimized?: { reason: string | null } | null;
}

function toComment(raw: RawComment): IssueComment {
  return {
    id: raw.id,
    body: raw.body ?? '',
    url: raw.html_url,
    authorLogin: raw.user?.login ?? '',
    authorType: raw.user?.type ?? '',
    minimized: Boolean(raw.minimized),
  };
}

export function createGitHubPort(options: OctokitOptions): GitHubPort {
  const octokit = createOctokit(options);
  const repo = { owner: options.owner, repo: options.repo };
  return {
    async listIssueComments(issueNumber) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: MAX_PER_PAGE,
      });
      return comments.map((raw) => toComment(raw as RawComment));
    },
    async createIssueComment(issueNumber, body) {
      const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
      return toComment(data as RawComment);
    },
    async updateIssueComment(commentId, body) {
      const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
      return toComment(data as RawComment);
    },
    async pullRequestHeadSha(pullNumber) {
      try {
        const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pullNumber });
        return data.head.sha;
      } catch (error) {
        if (httpStatusOf(error) === NOT_FOUND) return undefined;
        throw error;
      }
    },
    async viewerLogin() {
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
      } catch {
        // Installation tokens (GITHUB_TOKEN) may not read /user; that is expected, not a permission problem.
        return undefined;
      }
    },
    async createCheckRun(name, headSha, detailsUrl) {
      const { data } = await octokit.rest.checks.create({
        ...repo,
        name,
        head_sha: headSha,
        status: 'in_progress',
        details_url: detailsUrl,
        started_at: new Date().toISOString(),
      });
      return { id: data.id, url: data.html_url ?? data.url };
    },
    async updateCheckRun(checkRunId, update) {
      await octokit.rest.checks.update({
        ...repo,
        check_run_id: checkRunId,
        ...(update.status ? { status: update.status } : {}),
        ...(update.conclusion ? { conclusion: update.conclusion, completed_at: new Date().toISOString() } : {}),
        ...(update.output
          ? {
              output: {
                ...update.output,
                annotations: update.output.annotations ? [...update.output.annotations] : undefined,
              },
            }
          : {}),
      });
    },
    async listSuccessfulRuns(workflow, branch, page): Promise<WorkflowRunPage> {
      const { data } = await octokit.rest.actions.listWorkflowRuns({
        ...repo,
        workflow_id: workflow,
        branch,
        status: 'success',
        per_page: MAX_PER_PAGE,
        page,
        exclude_pull_requests: true,
      });
      const runs: WorkflowRunInfo[] = data.workflow_runs.map((run) => ({
        id: run.id,
        headSha: run.head_sha,
        event: run.event,
        headRepository: run.head_repository?.full_name,
      }));
      // A short page is the last one, whatever the total says (GitHub serves at most 1,000 runs of a filtered list).
      return { runs, more: runs.length === MAX_PER_PAGE && page * MAX_PER_PAGE < data.total_count };
    },
  };
}

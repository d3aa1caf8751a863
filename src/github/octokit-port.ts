/**
 * GitHubPort implemented with Octokit (`@actions/github`) plus
 * `@octokit/plugin-retry`, so transient 5xx answers are retried while 4xx (a
 * 403 from a read-only token above all) fail at once; rate-limit answers
 * (403/429 with `retry-after` or `x-ratelimit-remaining: 0`) are retried after
 * the wait their headers ask for, a bounded number of times.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import * as core from '@actions/core';
import { errorMessage } from '../util/errors.js';
import { httpStatusOf, type GitHubPort, type IssueComment, type WorkflowRunInfo } from './port.js';
import { MAX_RATE_LIMIT_WAIT_MS, RATE_LIMIT_RETRIES, rateLimitWaitMs } from './rate-limit.js';

/** Status codes retrying cannot fix. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];
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
  /** Base of the retry backoff (retry n waits n² × this), ms. */
  readonly retryAfterBaseMs?: number;
}

export type Octokit = ReturnType<typeof getOctokit>;

export function createOctokit(options: OctokitOptions): Octokit {
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      retry: { doNotRetry: DO_NOT_RETRY, retries: GITHUB_RETRIES, retryAfterBaseValue: options.retryAfterBaseMs ?? 1000 },
    },
    retry,
  );
  // A rate-limit 403 is in DO_NOT_RETRY with every other 403: it is retried here, after the wait its headers ask for.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const wait = rateLimitWaitMs(error);
        if (wait === undefined) throw error;
        const call = `${requestOptions.method} ${requestOptions.url}`;
        if (wait > MAX_RATE_LIMIT_WAIT_MS) throw rateLimitError(`${call}: GitHub's rate limit resets in ${Math.ceil(wait / 1000)} s, longer than Rehearse waits`, error);
        if (attempt >= RATE_LIMIT_RETRIES) throw rateLimitError(`${call}: still rate limited after ${RATE_LIMIT_RETRIES} retries`, error);
        core.info(`GitHub rate limit on ${call}: retrying in ${Math.ceil(wait / 1000)} s`);
        await new Promise((resume) => setTimeout(resume, wait));
      }
    }
  });
  return octokit;
}

/** Keeps the status (so callers still see a 403/429) with a message that says it is rate limiting, not permissions. */
function rateLimitError(message: string, cause: unknown): Error {
  return Object.assign(new Error(`${message} (${errorMessage(cause)})`, { cause }), { status: httpStatusOf(cause), response: (cause as { response?: unknown }).response });
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
      const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: MAX_PER_PAGE });
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
      const { data } = await octokit.rest.checks.create({ ...repo, name, head_sha: headSha, status: 'in_progress', details_url: detailsUrl, started_at: new Date().toISOString() });
      return { id: data.id, url: data.html_url ?? data.url };
    },
    async updateCheckRun(checkRunId, update) {
      await octokit.rest.checks.update({
        ...repo,
        check_run_id: checkRunId,
        ...(update.status ? { status: update.status } : {}),
        ...(update.conclusion ? { conclusion: update.conclusion, completed_at: new Date().toISOString() } : {}),
        ...(update.output ? { output: { ...update.output, annotations: update.output.annotations ? [...update.output.annotations] : undefined } } : {}),
      });
    },
    async listSuccessfulRuns(workflow, branch): Promise<WorkflowRunInfo[]> {
      const { data } = await octokit.rest.actions.listWorkflowRuns({ ...repo, workflow_id: workflow, branch, status: 'success', per_page: MAX_PER_PAGE, exclude_pull_requests: true });
      return data.workflow_runs.map((run) => ({
        id: run.id,
        headSha: run.head_sha,
        event: run.event,
        headRepository: run.head_repository?.full_name,
      }));
    },
  };
}

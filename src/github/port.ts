/**
 * The few GitHub operations the action needs, as plain data in and out.
 * `octokit-port.ts` implements them with Octokit; the orchestration only
 * sees these interfaces, so its decisions are tested without the toolkit.
 */

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
  readonly authorLogin: string;
  /** 'Bot' for `github-actions[bot]` and app installations, 'User' for a personal token. */
  readonly authorType: string;
  readonly minimized: boolean;
}

export interface CheckRunOutput {
  readonly title: string;
  readonly summary: string;
  readonly annotations?: readonly CheckAnnotation[];
}

/** GitHub's annotation shape (`output.annotations[]` of the check runs API). */
export interface CheckAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly message: string;
  readonly title?: string;
  readonly raw_details?: string;
}

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled';

export interface CheckRunUpdate {
  readonly status?: 'in_progress' | 'completed';
  readonly conclusion?: CheckConclusion;
  readonly output?: CheckRunOutput;
}

export interface WorkflowRunInfo {
  readonly id: number;
  readonly headSha: string;
  readonly event: string;
  /** `owner/name` of the repository the run's head commit came from (a fork for fork PRs). */
  readonly headRepository?: string;
}

/** One page of a listing of workflow runs. */
export interface WorkflowRunPage {
  readonly runs: WorkflowRunInfo[];
  /** Whether GitHub has more runs after this page. */
  readonly more: boolean;
}

export interface GitHubPort {
  listIssueComments(issueNumber: number): Promise<IssueComment[]>;
  createIssueComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  /** The head commit of a pull request; undefined when it does not exist. */
  pullRequestHeadSha(pullNumber: number): Promise<string | undefined>;
  /** The login the token acts as, when GitHub tells (personal tokens); undefined otherwise. */
  viewerLogin(): Promise<string | undefined>;
  createCheckRun(
    name: string,
    headSha: string,
    detailsUrl?: string,
  ): Promise<{ readonly id: number; readonly url: string }>;
  updateCheckRun(checkRunId: number, update: CheckRunUpdate): Promise<void>;
  /** Page `page` (from 1) of the successful runs of a workflow on a branch, newest first. */
  listSuccessfulRuns(workflow: string, branch: string, page: number): Promise<WorkflowRunPage>;
}

export interface ArtifactStore {
  /** Uploads files (absolute paths under rootDirectory) as one artifact of this workflow run. */
  upload(name: string, files: readonly string[], rootDirectory: string): Promise<{ readonly id: number }>;
  /** Downloads the named artifact of another workflow run into `directory`; false when it has none. */
  downloadFromRun(workflowRunId: number, name: string, directory: string): Promise<boolean>;
  /**
   * Downloads every artifact of this workflow run whose name matches, each into `directory/<name>`; returns the names.
   */
  downloadFromThisRun(matches: (name: string) => boolean, directory: string): Promise<string[]>;
}

/** The HTTP status of a failed GitHub call, when it has one. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number')
    return error.status;
  return undefined;
}

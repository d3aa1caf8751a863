/**
 * Response bodies of the fake GitHub, built from GitHub's own examples in its
 * OpenAPI description with ids, names and repositories replaced.
 */
import type { StoredArtifact } from './github-artifact-service.js';
import { githubExample } from './github-openapi.js';

type Json = Record<string, unknown>;

export interface RepoRef {
  readonly apiUrl: string;
  readonly owner: string;
  readonly repo: string;
}

export interface FakeComment {
  id: number;
  body: string;
  login: string;
  type: 'Bot' | 'User';
  minimized: boolean;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; annotations: unknown[] };
  updates: number;
}

export interface FakeWorkflowRun {
  id: number;
  workflow: string;
  branch: string;
  headSha: string;
  event: string;
  conclusion: 'success' | 'failure';
  /** `owner/name`; a fork's name for runs of fork PRs. */
  headRepository: string;
}

function repoApi(ref: RepoRef): string {
  return `${ref.apiUrl}/repos/${ref.owner}/${ref.repo}`;
}

export function commentJson(ref: RepoRef, comment: FakeComment, issue: number): Json {
  const json = githubExample<Json>('issue-comment');
  return {
    ...json,
    id: comment.id,
    node_id: `IC_${comment.id}`,
    body: comment.body,
    url: `${repoApi(ref)}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${ref.owner}/${ref.repo}/pull/${issue}#issuecomment-${comment.id}`,
    issue_url: `${repoApi(ref)}/issues/${issue}`,
    user: { ...(json['user'] as Json), login: comment.login, type: comment.type },
    minimized: comment.minimized ? { reason: 'outdated' } : null,
  };
}

export function checkRunJson(ref: RepoRef, run: FakeCheckRun): Json {
  const json = githubExample<Json>('check-run');
  return {
    ...json,
    id: run.id,
    name: run.name,
    head_sha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion,
    url: `${repoApi(ref)}/check-runs/${run.id}`,
    html_url: `https://github.com/${ref.owner}/${ref.repo}/runs/${run.id}`,
    output: {
      ...(json['output'] as Json),
      title: run.output.title ?? null,
      summary: run.output.summary ?? null,
      annotations_count: run.output.annotations.length,
    },
  };
}

export function workflowRunJson(ref: RepoRef, run: FakeWorkflowRun): Json {
  const template = githubExample<Json>('workflow-run');
  const repository = template['repository'] as Json;
  const own = `${ref.owner}/${ref.repo}`;
  return {
    ...template,
    id: run.id,
    head_branch: run.branch,
    head_sha: run.headSha,
    event: run.event,
    status: 'completed',
    conclusion: run.conclusion,
    path: `.github/workflows/${run.workflow}`,
    repository: { ...repository, name: ref.repo, full_name: own },
    head_repository: {
      ...repository,
      name: run.headRepository.split('/')[1],
      full_name: run.headRepository,
      fork: run.headRepository !== own,
    },
  };
}

export function artifactJson(ref: RepoRef, artifact: StoredArtifact, runId: number): Json {
  const template = githubExample<Json>('artifact');
  return {
    ...template,
    id: artifact.id,
    name: artifact.name,
    size_in_bytes: artifact.zip.length,
    url: `${repoApi(ref)}/actions/artifacts/${artifact.id}`,
    archive_download_url: `${repoApi(ref)}/actions/artifacts/${artifact.id}/zip`,
    digest: `sha256:${artifact.digest}`,
    workflow_run: { ...(template['workflow_run'] as Json), id: runId },
  };
}

/** GitHub's pagination header: next/last from every page but the last, first/prev from every page but the first. */
export function linkHeader(url: URL, page: number, last: number): string | undefined {
  const to = (n: number) => {
    const next = new URL(url);
    next.searchParams.set('page', String(n));
    return next.toString();
  };
  const links = [
    ...(page < last ? [`<${to(page + 1)}>; rel="next"`, `<${to(last)}>; rel="last"`] : []),
    ...(page > 1 ? [`<${to(1)}>; rel="first"`, `<${to(page - 1)}>; rel="prev"`] : []),
  ];
  return links.length > 0 ? links.join(', ') : undefined;
}

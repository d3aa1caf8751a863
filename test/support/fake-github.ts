/**
 * A local GitHub for the action's tests: the REST endpoints the action uses,
 * the Actions results service (Twirp) and blob storage `@actions/artifact`
 * talks to. Every REST request and response is checked against GitHub's
 * OpenAPI description, every Twirp request against the toolkit's own
 * protobuf messages; anything off lands in `problems` (tests assert it empty).
 *
 * Response bodies start from GitHub's own examples with ids, names and
 * repositories replaced, so their shapes are GitHub's, not ours.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { githubExample, githubOpenApi, validateBasicError } from './github-openapi.js';
import { ArtifactService } from './github-artifact-service.js';
import {
  artifactJson,
  checkRunJson,
  commentJson,
  linkHeader,
  workflowRunJson,
  type FakeCheckRun,
  type FakeComment,
  type FakeWorkflowRun,
  type RepoRef,
} from './github-responses.js';

export type { FakeCheckRun, FakeComment, FakeWorkflowRun } from './github-responses.js';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: unknown;
  readonly status: number;
  /** GitHub's operation id for REST calls (e.g. `issues/create-comment`), `twirp/<Method>` or `blob`. */
  readonly operation: string;
}

export interface FakeGitHubOptions {
  readonly owner: string;
  readonly repo: string;
  /** Answer 403 to every REST write, as GitHub does for a read-only token. */
  readonly readOnly?: boolean;
}

const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest',
  status: '403',
};
export const BOT_LOGIN = 'github-actions[bot]';

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly problems: string[] = [];
  readonly comments: FakeComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly workflowRuns: FakeWorkflowRun[] = [];
  /** The user a personal token acts as (GET /user); unset: an installation token, which may not read /user. */
  viewer: string | undefined;
  /** Open pull requests: number → head commit. */
  readonly pullRequests = new Map<number, string>();
  readonly artifacts: ArtifactService;
  readOnly: boolean;
  private nextId = 1000;
  /** Failures to answer before serving an operation normally. */
  private readonly faults = new Map<string, Fault[]>();
  /** Artifacts past their retention: still listed (`expired: true`), their download is 410 Gone. */
  private readonly expired = new Set<number>();

  private constructor(
    readonly url: string,
    readonly owner: string,
    readonly repo: string,
    readOnly: boolean,
    private readonly close_: () => Promise<void>,
    artifacts: ArtifactService,
  ) {
    this.readOnly = readOnly;
    this.artifacts = artifacts;
  }

  static async start(options: FakeGitHubOptions): Promise<FakeGitHub> {
    // Assigned once the server listens; the request handler, created before, reads it then.
    // eslint-disable-next-line prefer-const
    let fake: FakeGitHub | undefined;
    const server = createServer((req, res) => {
      void fake!.handle(req, res).catch((error: unknown) => {
        fake!.problems.push(`fake server crashed on ${req.method} ${req.url}: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    const artifacts = await ArtifactService.create(url);
    fake = new FakeGitHub(url, options.owner, options.repo, options.readOnly ?? false, close, artifacts);
    artifacts.onProblem = (problem) => fake!.problems.push(problem);
    artifacts.runRepository = () => ({ owner: options.owner, repo: options.repo });
    return fake;
  }

  close(): Promise<void> {
    return this.close_();
  }

  /** Forgets everything recorded and stored (between tests). */
  reset(): void {
    this.requests.length = 0;
    this.problems.length = 0;
    this.comments.length = 0;
    this.checkRuns.length = 0;
    this.workflowRuns.length = 0;
    this.pullRequests.clear();
    this.faults.clear();
    this.expired.clear();
    this.viewer = undefined;
    this.artifacts.reset();
    this.readOnly = false;
  }

  /** The next calls of `operation` answer these statuses (e.g. 502), then it is served normally again. */
  failNext(operation: string, ...statuses: number[]): void {
    this.failNextWith(operation, ...statuses.map((status) => ({ status })));
  }

  /** Like failNext, with a message and headers (e.g. a rate-limit 403 with `x-ratelimit-remaining: 0`, or a 422). */
  failNextWith(operation: string, ...faults: Fault[]): void {
    this.faults.set(operation, [...(this.faults.get(operation) ?? []), ...faults]);
  }

  /**
   * The artifact expires: listed with `expired: true`, its download answers 410 Gone, as GitHub does after the
   * retention period.
   */
  expireArtifact(id: number): void {
    this.expired.add(id);
  }

  addComment(comment: Partial<FakeComment> & { body: string }): FakeComment {
    const full: FakeComment = { id: this.id(), login: BOT_LOGIN, type: 'Bot', minimized: false, ...comment };
    this.comments.push(full);
    return full;
  }

  addWorkflowRun(run: Partial<FakeWorkflowRun> & { id: number; branch: string }): FakeWorkflowRun {
    const full: FakeWorkflowRun = {
      workflow: 'rehearse.yml',
      headSha: 'a'.repeat(40),
      event: 'push',
      conclusion: 'success',
      headRepository: `${this.owner}/${this.repo}`,
      ...run,
    };
    this.workflowRuns.push(full);
    return full;
  }

  private get repoRef(): RepoRef {
    return { apiUrl: this.url, owner: this.owner, repo: this.repo };
  }

  requestsTo(operation: string): RecordedRequest[] {
    return this.requests.filter((request) => request.operation === operation);
  }

  private id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    if (url.pathname.startsWith('/twirp/') || url.pathname.startsWith(`/${ArtifactService.BLOB_ACCOUNT}/`)) {
      const answer = await this.artifacts.handle(req.method ?? 'GET', url, raw, req.headers);
      this.record(req.method ?? 'GET', url, raw.length ? '(binary)' : undefined, answer.status, answer.operation);
      res.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }
    const body = raw.length > 0 ? (JSON.parse(raw.toString('utf8')) as unknown) : undefined;
    const method = req.method ?? 'GET';
    const openapi = githubOpenApi();
    const operation = openapi.operationOf(method, url.pathname) ?? 'unknown';
    this.problems.push(...openapi.validateRequest(method, url, body));
    const answer = this.route(method, url, body, operation);
    const problems =
      answer.status >= 400 && !answer.documented
        ? validateBasicError(answer.body)
        : openapi.validateResponse(method, url.pathname, answer.status, answer.body);
    this.problems.push(...problems);
    this.record(method, url, body, answer.status, operation);
    const headers = { 'content-type': 'application/json; charset=utf-8', ...answer.headers };
    res.writeHead(answer.status, headers).end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  }

  private record(method: string, url: URL, body: unknown, status: number, operation: string): void {
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      status,
      operation,
    });
  }

  private route(method: string, url: URL, body: unknown, operation: string): Answer {
    const input = (body ?? {}) as Record<string, unknown>;
    const writes = method !== 'GET';
    if (this.readOnly && writes) return { status: 403, body: FORBIDDEN, documented: false };
    const fault = this.faults.get(operation)?.shift();
    if (fault !== undefined) {
      return {
        status: fault.status,
        body: { message: fault.message ?? 'Server Error', documentation_url: 'https://docs.github.com/rest' },
        documented: false,
        ...(fault.headers ? { headers: fault.headers } : {}),
      };
    }
    const parts = url.pathname.split('/');
    switch (operation) {
      case 'issues/list-comments':
        return this.listComments(url);
      case 'issues/create-comment': {
        const comment = this.addComment({ body: String(input['body']) });
        return { status: 201, body: commentJson(this.repoRef, comment, Number(parts[5])) };
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === Number(parts[6]));
        if (!comment)
          return {
            status: 404,
            body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
            documented: false,
          };
        comment.body = String(input['body']);
        return { status: 200, body: commentJson(this.repoRef, comment, 1) };
      }
      case 'pulls/get': {
        const head = this.pullRequests.get(Number(parts[5]));
        if (!head)
          return {
            status: 404,
            body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
            documented: true,
          };
        const pr = githubExample<Record<string, unknown> & { head: Record<string, unknown> }>('pull-request');
        // GitHub's own example lists a team without the `type` its schema requires; no team is asked to review here.
        return {
          status: 200,
          body: { ...pr, number: Number(parts[5]), head: { ...pr.head, sha: head }, requested_teams: [] },
        };
      }
      case 'users/get-authenticated': {
        if (!this.viewer) return { status: 403, body: FORBIDDEN, documented: true };
        const user = githubExample<Record<string, unknown>>('private-user-response-with-public-profile-information');
        return { status: 200, body: { ...user, login: this.viewer } };
      }
      case 'checks/create':
        return { status: 201, body: this.createCheckRun(input) };
      case 'checks/update':
        return this.updateCheckRun(Number(parts[5]), input);
      case 'actions/list-workflow-runs':
        return this.listWorkflowRuns(parts[6] ?? '', url);
      case 'actions/list-workflow-run-artifacts':
        return this.listRunArtifacts(Number(parts[6]), url);
      case 'actions/download-artifact': {
        const artifact = this.artifacts.byId(Number(parts[6]));
        if (!artifact || this.expired.has(artifact.id))
          return {
            status: 410,
            body: { message: 'Gone', documentation_url: 'https://docs.github.com/rest' },
            documented: true,
          };
        return { status: 302, headers: { location: this.artifacts.signedUrl(artifact) } };
      }
      default:
        return {
          status: 404,
          body: {
            message: `fake GitHub does not serve ${operation}`,
            documentation_url: 'https://docs.github.com/rest',
          },
          documented: false,
        };
    }
  }

  private listComments(url: URL): Answer {
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(this.comments.length / perPage));
    const slice = this.comments.slice((page - 1) * perPage, page * perPage);
    const link = linkHeader(url, page, last);
    const issue = Number(url.pathname.split('/')[5]);
    return {
      status: 200,
      body: slice.map((comment) => commentJson(this.repoRef, comment, issue)),
      headers: link ? { link } : {},
    };
  }

  private createCheckRun(input: Record<string, unknown>): unknown {
    const run: FakeCheckRun = {
      id: this.id(),
      name: String(input['name']),
      head_sha: String(input['head_sha']),
      status: String(input['status'] ?? 'queued'),
      conclusion: null,
      output: { annotations: [] },
      updates: 0,
    };
    this.checkRuns.push(run);
    return checkRunJson(this.repoRef, run);
  }

  private updateCheckRun(id: number, input: Record<string, unknown>): Answer {
    const run = this.checkRuns.find((r) => r.id === id);
    if (!run)
      return {
        status: 404,
        body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
        documented: false,
      };
    run.updates += 1;
    if (typeof input['status'] === 'string') run.status = input['status'];
    if (typeof input['conclusion'] === 'string') {
      run.conclusion = input['conclusion'];
      run.status = 'completed';
    }
    const output = input['output'] as { title?: string; summary?: string; annotations?: unknown[] } | undefined;
    if (output)
      run.output = {
        title: output.title,
        summary: output.summary,
        annotations: [...run.output.annotations, ...(output.annotations ?? [])],
      };
    return { status: 200, body: checkRunJson(this.repoRef, run) };
  }

  private listWorkflowRuns(workflow: string, url: URL): Answer {
    const branch = url.searchParams.get('branch');
    const status = url.searchParams.get('status');
    const runs = this.workflowRuns
      .filter(
        (run) =>
          run.workflow === workflow && (!branch || run.branch === branch) && (!status || run.conclusion === status),
      )
      .sort((a, b) => b.id - a.id);
    // Paged as GitHub pages it: `per_page` (default 30) from `page` 1, with a Link header.
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(runs.length / perPage));
    const workflowRuns = runs
      .slice((page - 1) * perPage, page * perPage)
      .map((run) => workflowRunJson(this.repoRef, run));
    const link = linkHeader(url, page, last);
    return {
      status: 200,
      body: { total_count: runs.length, workflow_runs: workflowRuns },
      headers: link ? { link } : {},
    };
  }

  private listRunArtifacts(runId: number, url: URL): Answer {
    const name = url.searchParams.get('name');
    const artifacts = this.artifacts
      .ofRun(runId)
      .filter((artifact) => !name || artifact.name === name)
      .map((artifact) => ({
        ...artifactJson(this.repoRef, artifact, runId),
        ...(this.expired.has(artifact.id) ? { expired: true } : {}),
      }));
    return { status: 200, body: { total_count: artifacts.length, artifacts } };
  }
}

export interface Fault {
  readonly status: number;
  readonly message?: string;
  readonly headers?: Record<string, string>;
}

interface Answer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** For error statuses: whether the endpoint documents it (else GitHub's generic error shape is checked). */
  readonly documented?: boolean;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

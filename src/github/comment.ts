/**
 * The sticky PR comment: one comment per pull request and suite, found again
 * by its hidden marker among ALL comments (paginated), updated in place,
 * never rewritten when nothing changed, and posted only as the `comment`
 * mode allows.
 */
import { createHash } from 'node:crypto';
import type { CommentMode } from '../config/inputs.js';
import { COMMENT_STATE_RESERVE_CHARS, MAX_COMMENT_CHARS } from '../report/limits.js';
import type { PermissionGuard } from './permissions.js';
import type { GitHubPort, IssueComment } from './port.js';

/** The login of comments written with the default `GITHUB_TOKEN`. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

const STATE_PREFIX = '<!-- rehearse:state ';

/** Second hidden marker: one sticky comment per suite, so two suites on one PR never overwrite each other. */
export function suiteMarker(suite: string): string {
  return `<!-- rehearse:suite ${suite.replace(/--/g, '-\u2010')} -->`;
}

/** What `on-change` compares: the verdict and which tests regressed. */
export interface CommentState {
  readonly verdict: 'pass' | 'fail';
  readonly regressions: readonly string[];
}

export interface StickyCommentRequest {
  readonly issueNumber: number;
  /** Hidden marker identifying our comment (first line of `body`). */
  readonly marker: string;
  /** The suite's config path (relative to the repository): which of our comments is this suite's. */
  readonly suite: string;
  readonly body: string;
  readonly state: CommentState;
  readonly mode: CommentMode;
  readonly gatePassed: boolean;
}

export type CommentOutcome =
  | { readonly action: 'created' | 'updated' | 'unchanged'; readonly url: string }
  | { readonly action: 'skipped'; readonly url?: string; readonly why: string }
  | { readonly action: 'denied' };

export async function publishStickyComment(
  port: GitHubPort,
  guard: PermissionGuard,
  request: StickyCommentRequest,
): Promise<CommentOutcome> {
  if (request.mode === 'off') return { action: 'skipped', why: "input 'comment' is 'off'" };
  const comments = await guard.attempt('read the pull request comments', () =>
    port.listIssueComments(request.issueNumber),
  );
  if (!comments) return { action: 'denied' };
  const existing = await findOurComment(port, comments, [request.marker, suiteMarker(request.suite)]);
  const body = withState(request.body, request.suite, request.state);
  if (existing && existing.body === body) return { action: 'unchanged', url: existing.url };
  const skip = reasonToSkip(request, existing);
  if (skip) return { action: 'skipped', url: existing?.url, why: skip };
  const written = existing
    ? await guard.attempt('update the pull request comment', () => port.updateIssueComment(existing.id, body))
    : await guard.attempt('comment on the pull request', () => port.createIssueComment(request.issueNumber, body));
  if (!written) return { action: 'denied' };
  return { action: existing ? 'updated' : 'created', url: written.url };
}

function reasonToSkip(request: StickyCommentRequest, existing: IssueComment | undefined): string | undefined {
  if (request.mode === 'on-failure' && request.gatePassed && !existing)
    return "the gate passed and 'comment' is 'on-failure'";
  if (request.mode === 'on-change' && existing) {
    const before = stateOf(existing.body);
    if (before === stateLine(request.state))
      return "neither the verdict nor the regressions changed and 'comment' is 'on-change'";
  }
  return undefined;
}

/**
 * Ours: carries the marker, is not minimized (a hidden comment must not be
 * resurrected), and was written by a bot (`github-actions[bot]`, an app) or
 * by the user a personal token acts as. Anyone can paste the marker; only
 * these authors count. The oldest match wins, so duplicates never multiply.
 */
export async function findOurComment(
  port: GitHubPort,
  comments: readonly IssueComment[],
  markers: readonly string[],
): Promise<IssueComment | undefined> {
  const marked = comments
    .filter((comment) => markers.every((marker) => comment.body.includes(marker)) && !comment.minimized)
    .sort((a, b) => a.id - b.id);
  const byBot = marked.find((comment) => comment.authorType === 'Bot' || comment.authorLogin === GITHUB_ACTIONS_BOT);
  if (byBot || marked.length === 0) return byBot;
  const viewer = await port.viewerLogin();
  return viewer === undefined ? undefined : marked.find((comment) => comment.authorLogin === viewer);
}

function stateLine(state: CommentState): string {
  const regressions = [...state.regressions].sort().join('\n');
  const digest = createHash('sha256').update(regressions).digest('hex').slice(0, 16);
  return `${STATE_PREFIX}verdict=${state.verdict} regressions=${state.regressions.length}:${digest} -->`;
}

function stateOf(body: string): string | undefined {
  return body.split('\n').find((line) => line.startsWith(STATE_PREFIX));
}

/**
 * What withState appends, for the renderer to keep out of its budget: the suite marker and the state line's reserve.
 */
export function commentReserveChars(suite: string): number {
  return suiteMarker(suite).length + 2 + COMMENT_STATE_RESERVE_CHARS;
}

/**
 * The body with the suite and state lines appended; cut (never past the limit) only if the renderer did not keep
 * commentReserveChars free.
 */
export function withState(body: string, suite: string, state: CommentState): string {
  const lines = `${suiteMarker(suite)}\n${stateLine(state)}`;
  const room = MAX_COMMENT_CHARS - lines.length - 1;
  return `${body.length > room ? body.slice(0, room) : body}\n${lines}`;
}

/**
 * The check run: created `in_progress` as soon as the suite is valid, so the
 * PR shows Rehearse working, then completed with the conclusion, summary and
 * every annotation. GitHub takes at most 50 annotations per request and
 * appends each batch, so they go out in several updates.
 */
import { MAX_ANNOTATIONS_PER_REQUEST } from '../report/limits.js';
import type { PermissionGuard } from './permissions.js';
import type { CheckAnnotation, CheckConclusion, GitHubPort } from './port.js';

export const CHECK_RUN_NAME = 'Rehearse';

export interface CheckRunHandle {
  readonly id: number;
  readonly url: string;
}

export interface CheckRunCompletion {
  readonly conclusion: CheckConclusion;
  readonly title: string;
  readonly summary: string;
  readonly annotations: readonly CheckAnnotation[];
}

export async function startCheckRun(
  port: GitHubPort,
  guard: PermissionGuard,
  headSha: string,
  name: string,
  detailsUrl?: string,
): Promise<CheckRunHandle | undefined> {
  return guard.attempt('create the check run', () => port.createCheckRun(name, headSha, detailsUrl));
}

/** Posts annotations in batches; the last request also completes the run. Returns the number of update calls. */
export async function completeCheckRun(
  port: GitHubPort,
  guard: PermissionGuard,
  handle: CheckRunHandle,
  completion: CheckRunCompletion,
): Promise<number> {
  const batches = inBatches(completion.annotations, MAX_ANNOTATIONS_PER_REQUEST);
  const output = { title: completion.title, summary: completion.summary };
  let calls = 0;
  for (const [index, annotations] of batches.entries()) {
    const last = index === batches.length - 1;
    const withAnnotations = annotations.length > 0 ? { ...output, annotations } : output;
    const update = last
      ? { status: 'completed' as const, conclusion: completion.conclusion, output: withAnnotations }
      : { output: withAnnotations };
    const done = await guard.attempt('update the check run', async () => {
      await port.updateCheckRun(handle.id, update);
      return true;
    });
    if (!done) break;
    calls += 1;
  }
  return calls;
}

/** At least one (possibly empty) batch, so the completing request is always sent. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches.length > 0 ? batches : [[]];
}

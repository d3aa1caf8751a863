/**
 * `mode: report` on `workflow_run` reports an artifact produced by untrusted
 * code (a fork's pull request). Its `context.json` says which pull request
 * and commit it belongs to; before writing anything with our write token,
 * check that against what GitHub says: the triggering run's head commit,
 * and that pull request's current head.
 */
import { z } from 'zod';
import { ConfigurationError } from '../util/errors.js';
import type { RunContext } from './context.js';
import type { PermissionGuard } from './permissions.js';
import type { GitHubPort } from './port.js';

/** The fields of a saved context that `mode: report` takes over; everything else stays this run's own. */
export const SavedContextSchema = z.object({
  runId: z.number().int().nonnegative(),
  sha: z.string().regex(/^[0-9a-f]{7,64}$/),
  ref: z.string().optional(),
  baselineBranch: z.string().min(1).optional(),
  workflow: z
    .string()
    .regex(/^[\w.-]+$/)
    .optional(),
  pullRequest: z
    .object({
      number: z.number().int().positive(),
      baseRef: z.string().min(1),
      headSha: z.string(),
      headRepository: z.string(),
      fromFork: z.boolean(),
    })
    .optional(),
});
export type SavedContext = z.infer<typeof SavedContextSchema>;

export function parseSavedContext(json: unknown, file: string): SavedContext {
  const parsed = SavedContextSchema.safeParse(json);
  if (!parsed.success)
    throw new ConfigurationError(
      `${file}: not a context file written by Rehearse (${parsed.error.issues[0]?.path.join('.') ?? ''}: ` +
        `${parsed.error.issues[0]?.message ?? 'invalid'})`,
    );
  return parsed.data;
}

export async function verifySavedContext(
  saved: SavedContext,
  current: RunContext,
  github: GitHubPort,
  guard: PermissionGuard,
): Promise<void> {
  const trigger = current.workflowRun;
  if (!trigger) return;
  if (saved.sha !== trigger.headSha) {
    throw new ConfigurationError(
      `refusing to report: the results were made for commit ${saved.sha.slice(0, 7)}, but the triggering run ` +
        `built ${trigger.headSha.slice(0, 7)}`,
    );
  }
  const pr = saved.pullRequest;
  if (!pr) return;
  const found = await guard.attempt(`read pull request #${pr.number}`, async () => ({
    head: await github.pullRequestHeadSha(pr.number),
  }));
  if (!found) return; // 403: every write below is refused (and warned about) too
  if (found.head === undefined)
    throw new ConfigurationError(`refusing to report: pull request #${pr.number} does not exist`);
  const head = found.head;
  if (head !== trigger.headSha) {
    throw new ConfigurationError(
      `refusing to report: pull request #${pr.number} is at ${head.slice(0, 7)}, not at the commit the ` +
        `triggering run built (${trigger.headSha.slice(0, 7)})`,
    );
  }
}

/**
 * A read-only token (pull requests from forks, Dependabot, `permissions:`
 * without write scopes) answers 403 to every write. That must never fail the
 * job: the step warns once, with the permissions it needs and the fork-safe
 * recipe, and carries on with what it can do (job summary, artifact, gate).
 */
import * as core from '@actions/core';
import { logUntrusted } from './log.js';
import { errorMessage } from '../util/errors.js';
import { httpStatusOf } from './port.js';
import { isRateLimited } from './rate-limit.js';

export const PERMISSION_HINT =
  'Grant the workflow `permissions: { pull-requests: write, checks: write, actions: read }`; ' +
  'for pull requests from forks (read-only token) see "Fork-safe comments (`workflow_run`)" in the Rehearse README.';

const FORBIDDEN = 403;

export class PermissionGuard {
  private warned = false;
  private readonly denied: string[] = [];

  /** Runs a GitHub call; a 403 becomes `undefined` (warned once), anything else (a rate limit too) is thrown. */
  async attempt<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      // A rate-limited 403 is not a missing permission: no hint, it fails as itself.
      if (httpStatusOf(error) !== FORBIDDEN || isRateLimited(error)) throw error;
      this.denied.push(what);
      if (!this.warned) {
        this.warned = true;
        logUntrusted(
          'warning',
          `Rehearse could not ${what}: the token is not allowed to (403: ${firstLine(errorMessage(error))}). ` +
            `${PERMISSION_HINT}`,
        );
      } else {
        core.info(`Skipped: could not ${what} (403, read-only token).`);
      }
      return undefined;
    }
  }

  /** What was refused so far, for the job summary. */
  get refused(): readonly string[] {
    return this.denied;
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}

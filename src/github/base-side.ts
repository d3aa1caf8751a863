/**
 * The action's base side (input `base-side`): on a pull request, the PR's base commit is checked out in a temporary
 * worktree and its agents run side by side with this revision's as the reference (src/pipeline/base-side.ts) —
 * under `auto` for the tests whose earlier runs are too few to decide. The commit must be in the checkout
 * (`git cat-file -e`); a shallow clone lacks it, and the note says to fetch it (`fetch-depth: 0`). Elsewhere (a
 * push, a shard, `never`) no base side runs; on a pull request the note then still names the smallest drop the
 * reference detects.
 */
import * as core from '@actions/core';
import type { ActionConfig } from '../config/inputs.js';
import {
  prepareBaseSide,
  referenceGaps,
  referenceNote,
  type BaseSideBlock,
  type EarlierRuns,
  type PreparedBaseSide,
} from '../pipeline/index.js';
import type { Plan } from '../plan/types.js';
import type { LoadedSuite } from '../suite/types.js';
import type { RunContext } from './context.js';
import { logUntrusted } from './log.js';

type Env = Readonly<Record<string, string | undefined>>;

export type ActionBaseSide = Pick<PreparedBaseSide, 'plan' | 'note' | 'dispose'>;

export interface ActionBaseSideRequest {
  readonly config: ActionConfig;
  readonly suite: LoadedSuite;
  readonly plan: Plan;
  readonly context: RunContext;
  readonly env: Env;
  readonly earlier: EarlierRuns;
  /** The gate's run-level α (the suite's, with the inputs' overrides). */
  readonly runAlpha: number;
}

export async function actionBaseSide(request: ActionBaseSideRequest): Promise<ActionBaseSide> {
  const { config, suite, plan, context, env, earlier, runAlpha } = request;
  const none = (note?: string): ActionBaseSide => ({ plan, ...(note ? { note } : {}), dispose: async () => {} });
  const pr = context.pullRequest;
  // Only a pull request has a base revision to compare with; a shard's plan must match the other shards'.
  if (!pr || config.shard) return none();
  const declaresVariants = Object.keys(suite.variants).length > 0;
  if (config.baseSide === 'never' || !pr.baseSha || (declaresVariants && config.baseSide === 'auto')) {
    const why = declaresVariants ? 'the suite declares its own variants' : 'the event names no base commit';
    const block: BaseSideBlock = config.baseSide === 'never' ? { kind: 'disabled' } : { kind: 'unavailable', why };
    return none(referenceNote(referenceGaps(plan, earlier, runAlpha), block));
  }
  const prepared = await prepareBaseSide({
    suite,
    plan,
    earlier,
    runAlpha,
    ref: pr.baseSha,
    mode: config.baseSide,
    cwd: config.workingDirectory,
    env,
    reason: `pull request #${pr.number} against ${pr.baseRef}`,
  });
  for (const notice of prepared.notices) logUntrusted('info', `Rehearse ${notice}`);
  if (prepared.note) core.info(prepared.note);
  return prepared;
}

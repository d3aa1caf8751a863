/**
 * `rehearse run --base <ref>` and the action's `base-side`: the base revision run side by side with this one. The
 * base revision is checked out in a temporary worktree (src/runner/base-revision.ts), its suite loaded at the same
 * path, and each test's agent taken from it by id — its settings, and for a `command` agent its code, which runs
 * in that worktree. The plan then runs every chosen test against both agents (src/plan/base-side.ts): the base
 * side is the reference of the paired, confirmed comparison.
 *
 * Which tests: `always`, every one; `auto`, those whose reference (pooled history, else previous run) cannot catch
 * 0.9 → 0.4 with 80% power (src/verdict/power.ts) — a test whose history already decides spends no trials on it.
 * Where the base side cannot run (an `http` agent, no git, an unknown ref, no suite or no such agent at the base),
 * the run goes on without it for those tests and the note says what the reference can detect.
 */
import { baseSideDescription } from '../model/base-side.js';
import { agentsOfPlan, planBaseSide, type BaseAgentLookup } from '../plan/base-side.js';
import type { Plan } from '../plan/types.js';
import {
  checkoutRevision,
  commitPresent,
  pathInRepository,
  resolveRevision,
  type BaseWorktree,
} from '../runner/base-revision.js';
import { loadSuite } from '../suite/index.js';
import type { Agent, Tool } from '../suite/schema.js';
import type { LoadedSuite } from '../suite/types.js';
import { ConfigurationError } from '../util/errors.js';
import { plural } from '../util/plural.js';
import type { EarlierRuns } from './comparison-plan.js';
import { referenceGaps, referenceNote, type BaseSideBlock } from './reference-note.js';

export const BASE_SIDE_MODES = ['auto', 'always'] as const;
export type BaseSideMode = (typeof BASE_SIDE_MODES)[number];

export interface BaseSideRequest {
  /** The current suite and its plan (no variants). */
  readonly suite: LoadedSuite;
  readonly plan: Plan;
  readonly earlier: EarlierRuns;
  /** The gate's run-level α. */
  readonly runAlpha: number;
  /** A branch, tag or commit. */
  readonly ref: string;
  readonly mode: BaseSideMode;
  /** Where git runs (inside the repository). */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Why the base side runs, recorded in the results (`baseSide.reason`). */
  readonly reason?: string;
}

export interface PreparedBaseSide {
  /** The plan to run: with the base side, or the given one where it could not run or was not needed. */
  readonly plan: Plan;
  /** Lines to show before the run (what runs, what could not and why). */
  readonly notices: readonly string[];
  /** The reference note (src/pipeline/reference-note.ts) for tests left with too small a reference. */
  readonly note?: string;
  /** The base revision's suite, when loaded (its secrets are to be redacted like the current suite's). */
  readonly baseSuite?: LoadedSuite;
  /** Removes the base worktree: call when the run is over, also after an error. */
  dispose(): Promise<void>;
}

const nothingToDispose = async (): Promise<void> => {};

/**
 * A suite that declares variants already compares two agents in one run as baseline and candidate; the base side
 * would need a third. Refused rather than silently dropping one of them.
 */
export function refuseDeclaredVariants(suite: LoadedSuite): void {
  const declared = Object.keys(suite.variants);
  if (declared.length === 0) return;
  throw new ConfigurationError(
    `--base runs the base revision as the baseline variant and this one as the candidate, but this suite declares ` +
      `its own variants (${declared.join(', ')}), which already compare agents in one run: run it without ` +
      `--base (base-side: never in the action), or without \`variants:\``,
  );
}

export async function prepareBaseSide(request: BaseSideRequest): Promise<PreparedBaseSide> {
  const { suite, plan, earlier, runAlpha } = request;
  refuseDeclaredVariants(suite);
  const gaps = referenceGaps(plan, earlier, runAlpha);
  const unchanged = (block: BaseSideBlock, notices: string[] = []): PreparedBaseSide => {
    const note = referenceNote(gaps, block);
    return { plan, notices, ...(note ? { note } : {}), dispose: nothingToDispose };
  };
  const testIds = [...new Set(plan.trials.map((trial) => trial.testId))];
  const wanted = new Set(request.mode === 'always' ? testIds : gaps.map((gap) => gap.testId));
  if (wanted.size === 0)
    return unchanged({ kind: 'not-asked' }, [
      `base side not run: the reference of every test already detects a 0.9 → 0.4 drop (use always to run it anyway)`,
    ]);
  const http = new Set(plan.trials.filter((trial) => trial.agent.type === 'http').map((trial) => trial.testId));
  const runnable = [...wanted].filter((testId) => !http.has(testId));
  if (runnable.length === 0)
    return unchanged({ kind: 'http-agent' }, [
      `base side not run: the tests run against an http agent, whose one URL serves one revision`,
    ]);

  const lookup = await resolveRevision(request.cwd, request.ref);
  if (!lookup.ok) {
    const fullSha = /^[0-9a-f]{40}$/i.test(request.ref);
    const shallow = fullSha && lookup.problem === 'not-found' && !(await commitPresent(request.cwd, request.ref));
    const block: BaseSideBlock = shallow
      ? { kind: 'shallow', sha: request.ref }
      : { kind: 'unavailable', why: lookup.message };
    return unchanged(block, [
      `base side not run: ${shallow ? `commit ${request.ref} is not fetched` : lookup.message}`,
    ]);
  }
  const short = lookup.sha.slice(0, 7);
  const worktree = await checkoutRevision(lookup.root, lookup.sha);
  try {
    const prepared = await planInWorktree(request, worktree, { sha: lookup.sha, root: lookup.root, short }, runnable);
    if (!prepared.plan.baseSide) await worktree.dispose();
    return prepared;
  } catch (error) {
    await worktree.dispose();
    throw error;
  }
}

interface Revision {
  readonly sha: string;
  readonly root: string;
  readonly short: string;
}

async function planInWorktree(
  request: BaseSideRequest,
  worktree: BaseWorktree,
  revision: Revision,
  runnable: readonly string[],
): Promise<PreparedBaseSide> {
  const { suite, plan, earlier, runAlpha } = request;
  const path = await pathInRepository(revision.root, suite.rootFile);
  const loaded = await loadSuite(path, { cwd: worktree.dir, env: request.env });
  if (!loaded.ok) {
    const why = `the base revision ${revision.short} has no valid suite at ${path}`;
    const note = referenceNote(referenceGaps(plan, earlier, runAlpha), { kind: 'unavailable', why });
    return { plan, notices: [`base side not run: ${why}`], ...(note ? { note } : {}), dispose: worktree.dispose };
  }
  const baseSuite = loaded.suite;
  const notices: string[] = [];
  const missing: string[] = [];
  for (const [agentId, tests] of agentsOfPlan(plan)) {
    if (baseSuite.agents.some((agent) => agent.id === agentId)) continue;
    missing.push(agentId);
    notices.push(
      `agent '${agentId}' is not in the base revision ${revision.short}: ` +
        `${plural(tests.length, 'test')} (${tests.slice(0, 5).join(', ')}) run without a base side`,
    );
  }
  const chosen = new Set(runnable);
  const withBase = planBaseSide({
    plan,
    baseAgent: baseAgentLookup(suite, baseSuite),
    wanted: (testId) => chosen.has(testId),
    baseSide: {
      ref: request.ref,
      sha: revision.sha,
      ...(request.reason ? { reason: request.reason } : {}),
    },
  });
  const baseTests = new Set(withBase.trials.filter((t) => t.variant === 'baseline').map((t) => t.testId));
  if (baseTests.size === 0) {
    const why = `no agent of these tests is in the base revision ${revision.short}`;
    const note = referenceNote(referenceGaps(plan, earlier, runAlpha), { kind: 'unavailable', why });
    return { plan, notices, ...(note ? { note } : {}), baseSuite, dispose: worktree.dispose };
  }
  const all = new Set(plan.trials.map((trial) => trial.testId)).size;
  notices.push(
    `base side: ${plural(baseTests.size, 'test')} of ${all} also run against the ` +
      `${baseSideDescription('baseline', revision.sha)} (${request.ref}), side by side`,
  );
  // Tests left without a base side and with too small a reference still get the note.
  const left = referenceGaps(withBase, earlier, runAlpha);
  const block: BaseSideBlock = left.some((gap) =>
    withBase.trials.some((t) => t.testId === gap.testId && t.agent.type === 'http'),
  )
    ? { kind: 'http-agent' }
    : {
        kind: 'unavailable',
        why: `no agent ${missing.map((id) => `'${id}'`).join(', ')} at the base revision ${revision.short}`,
      };
  const note = referenceNote(left, block);
  return { plan: withBase, notices, ...(note ? { note } : {}), baseSuite, dispose: worktree.dispose };
}

/**
 * The base revision's agent by id, offered the tools it names: their definitions (mocks are part of the test) from
 * the current suite, else from the base revision's.
 */
function baseAgentLookup(current: LoadedSuite, base: LoadedSuite): BaseAgentLookup {
  const toolNamed = (name: string): Tool[] => {
    const located = current.tools.find((tool) => tool.name === name) ?? base.tools.find((tool) => tool.name === name);
    if (!located || located.strategy === 'none') return [];
    const { source: _source, ...tool } = located;
    return [tool];
  };
  return (agentId) => {
    const located = base.agents.find((agent) => agent.id === agentId);
    if (!located) return undefined;
    const { source: _source, ...agent } = located;
    return { agent: agent as Agent, tools: agent.tools.flatMap(toolNamed) };
  };
}

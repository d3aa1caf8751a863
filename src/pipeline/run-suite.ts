/**
 * Flow 1: suite + options → plan → execute → judge → aggregate → results.
 * The runner does execute, judge and aggregate per trial; this module decides
 * what it is given (the plan, the chat client's settings, the gate recorded in
 * the results) so `rehearse run` and the action's `run` mode cannot differ.
 * I/O comes in through ports: the chat client, the progress callback, the
 * abort signal.
 */
import {
  createChatClient,
  simulatorAvailable,
  type ChatClient,
  type ChatClientOptions,
  type Endpoint,
} from '../llm/index.js';
import { planRun, type Plan, type PlanOptions, type Unavailable } from '../plan/index.js';
import { lacksFromEnv, mergeUnavailable, type ReplayedRoles } from '../runner/preflight.js';
import type { PlanOptionsRecord, Results } from '../model/results.js';
import { cassetteHooks, type Cassette } from '../cassette/index.js';
import type { ExecuteTrial } from '../engine/types.js';
import type { JudgeTrial } from '../runner/trial.js';
import { runPlan, type RunOptions } from '../runner/index.js';
import type { LoadedSuite } from '../suite/types.js';
import type { EarlierRuns } from './comparison-plan.js';
import { buildConfirmationPolicy } from './confirmation-policy.js';
import { resolveGateSettings, type GateOverrides } from './gate-settings.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Which tests, variants and runs: the plan's options but the simulator's availability, which the env decides. */
export type SuiteSelection = Omit<PlanOptions, 'simulatorAvailable' | 'unavailable'>;

/**
 * `simulatorReplayed`: a cassette answers the simulator's calls, so its key is not needed (`replayed`: the same
 * for the judge and the agents). `probed`: keys the endpoints refused before the run (see probeEndpoints). The judge's
 * and the agents' keys the environment lacks are found here, so every command that plans skips the same tests.
 */
export function planSuiteRun(
  suite: LoadedSuite,
  selection: SuiteSelection,
  env: Env,
  options: { simulatorReplayed?: boolean; replayed?: ReplayedRoles; probed?: Unavailable } = {},
): Plan {
  const replayed = { ...options.replayed, simulator: options.simulatorReplayed ?? options.replayed?.simulator };
  // Each simulator endpoint (the root's, or a persona's own) is available when its key is set or a cassette answers it.
  const available = (endpoint: Endpoint): boolean =>
    replayed.simulator === true || simulatorAvailable({ simulator: endpoint }, env);
  const unavailable = mergeUnavailable(lacksFromEnv(suite, env, replayed), options.probed);
  return planRun(suite, { ...selection, simulatorAvailable: available, unavailable });
}

/** Where the chat client reports what its caller should show (a retry, a model without a price). */
export type ChatNotices = Pick<ChatClientOptions, 'onRetry' | 'onUnpricedModel' | 'onUnreportedUsage'>;

/** The chat client with the suite's price table, call timeout and retries. */
export function createSuiteChatClient(suite: LoadedSuite, env: Env, notices: ChatNotices = {}): ChatClient {
  return createChatClient({
    env,
    pricing: suite.pricing,
    callTimeoutMs: suite.run.call_timeout_ms,
    retries: suite.run.retries,
    ...notices,
  });
}

/**
 * The runner's options but the gate, which is decided here (the suite's, with
 * the caller's overrides) and recorded in the results, so `rehearse report`
 * and `compare` judge the stored run the same way.
 */
export interface SuiteRunRequest extends Omit<
  RunOptions,
  'gate' | 'executeTrial' | 'judgeTrial' | 'annotate' | 'confirmation' | 'confirmationSettings'
> {
  readonly gateOverrides?: GateOverrides;
  /** The options the plan was made with, recorded in the results for `rehearse rerun`. */
  readonly planOptions?: PlanOptionsRecord;
  /** Records or replays every call of the run (the caller reads and writes its file). */
  readonly cassette?: Cassette;
  /** Default: the engine's and the judge's; `rejudgeRun` replaces the first. */
  readonly executeTrial?: ExecuteTrial;
  readonly judgeTrial?: JudgeTrial;
  /** More for the results file (e.g. `rejudgedFrom`). */
  readonly annotate?: (results: Results) => Results;
  /**
   * What is known of earlier runs (the previous run, the base branch's history), found before the run so a
   * test that looks like it dropped gets confirmation trials before its verdict.
   */
  readonly earlier?: EarlierRuns;
  /**
   * false (`--no-confirm`, the action's `confirm: false`, a re-judge): run exactly the plan. Default: the suite's
   * `run.confirmation.enabled`.
   */
  readonly confirm?: boolean;
}

export async function runSuite(request: SuiteRunRequest): Promise<Results> {
  const { gateOverrides, planOptions, cassette, annotate, earlier, confirm, ...options } = request;
  const gate = resolveGateSettings({
    suite: options.suite.gate,
    ...(gateOverrides ? { overrides: gateOverrides } : {}),
  }).settings;
  const hooks = cassette
    ? cassetteHooks(cassette, {
        chat: options.chat,
        ...(options.executeTrial ? { executeTrial: options.executeTrial } : {}),
        ...(options.judgeTrial ? { judgeTrial: options.judgeTrial } : {}),
      })
    : undefined;
  const annotateResults = (results: Results): Results => {
    const annotated: Results = {
      ...results,
      ...(planOptions && Object.keys(planOptions).length > 0 ? { plan: planOptions } : {}),
      ...(cassette ? { cassette: cassetteSummary(cassette) } : {}),
    };
    return annotate ? annotate(annotated) : annotated;
  };
  const config = options.suite.run.confirmation;
  if (!(confirm ?? config?.enabled ?? true)) return runPlan({ ...options, ...hooks, gate, annotate: annotateResults });
  const built = buildConfirmationPolicy({
    plan: options.plan,
    gate,
    ...(earlier ? { earlier } : {}),
    ...(config ? { config } : {}),
  });
  return runPlan({
    ...options,
    ...hooks,
    gate: { ...gate, comparisons: built.comparisons.level.comparisons, comparisonAlpha: built.comparisons.level.value },
    confirmation: built.policy,
    confirmationSettings: { maxExtra: built.settings.maxExtra, maxExtraPaired: built.settings.maxExtraPaired },
    annotate: annotateResults,
  });
}

function cassetteSummary(cassette: Cassette): NonNullable<Results['cassette']> {
  return { file: cassette.name, mode: cassette.mode, roles: [...cassette.roles], ...cassette.stats };
}

/**
 * Flow 1: suite + options → plan → execute → judge → aggregate → results.
 * The runner does execute, judge and aggregate per trial; this module decides
 * what it is given (the plan, the chat client's settings, the gate recorded in
 * the results) so `rehearse run` and the action's `run` mode cannot differ.
 * I/O comes in through ports: the chat client, the progress callback, the
 * abort signal.
 */
import { createChatClient, simulatorAvailable, type ChatClient, type ChatClientOptions } from '../llm/index.js';
import { planRun, type Plan, type PlanOptions } from '../plan/index.js';
import type { Results } from '../model/results.js';
import { runPlan, type RunOptions } from '../runner/index.js';
import type { LoadedSuite } from '../suite/types.js';
import type { EarlierRuns } from './comparison-plan.js';
import { buildConfirmationPolicy } from './confirmation-policy.js';
import { resolveGateSettings, type GateOverrides } from './gate-settings.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Which tests, variants and runs: the plan's options but the simulator's availability, which the env decides. */
export type SuiteSelection = Omit<PlanOptions, 'simulatorAvailable'>;

export function planSuiteRun(suite: LoadedSuite, selection: SuiteSelection, env: Env): Plan {
  return planRun(suite, { ...selection, simulatorAvailable: simulatorAvailable(suite, env) });
}

/** Where the chat client reports what its caller should show (a retry, a model without a price). */
export type ChatNotices = Pick<ChatClientOptions, 'onRetry' | 'onUnpricedModel'>;

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
export interface SuiteRunRequest extends Omit<RunOptions, 'gate' | 'confirmation' | 'confirmationSettings'> {
  readonly gateOverrides?: GateOverrides;
  /**
   * What is known of earlier runs (the previous run, the base branch's history), found before the run so a
   * test that looks like it dropped gets confirmation trials before its verdict.
   */
  readonly earlier?: EarlierRuns;
  /**
   * false (`--no-confirm`, the action's `confirm: false`): run exactly the plan. Default: the suite's
   * `run.confirmation.enabled`.
   */
  readonly confirm?: boolean;
}

export async function runSuite({ gateOverrides, earlier, confirm, ...options }: SuiteRunRequest): Promise<Results> {
  const gate = resolveGateSettings({
    suite: options.suite.gate,
    ...(gateOverrides ? { overrides: gateOverrides } : {}),
  }).settings;
  const config = options.suite.run.confirmation;
  if (!(confirm ?? config?.enabled ?? true)) return runPlan({ ...options, gate });
  const built = buildConfirmationPolicy({
    plan: options.plan,
    gate,
    ...(earlier ? { earlier } : {}),
    ...(config ? { config } : {}),
  });
  return runPlan({
    ...options,
    gate: { ...gate, comparisons: built.comparisons.level.comparisons, comparisonAlpha: built.comparisons.level.value },
    confirmation: built.policy,
    confirmationSettings: { maxExtra: built.settings.maxExtra, maxExtraPaired: built.settings.maxExtraPaired },
  });
}

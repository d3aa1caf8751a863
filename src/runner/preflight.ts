/**
 * Before the first trial: which agent, simulator and judge can not work, said
 * once each instead of in every trial. Two parts: what the environment alone
 * shows (a key variable, or a variable an http agent's URL or headers use, is
 * not set), pure and used by every command that plans; and one cheap,
 * time-bounded request to each endpoint the plan uses whose key is set, to
 * find keys the endpoint refuses (401/403). Tests that need what is missing
 * or refused are skipped with the setting named (see missingFor in
 * src/plan), so the gate's skipped-test rule applies to them.
 */
import { probeUrl } from '../engine/http.js';
import { baseUrlOf } from '../llm/client.js';
import { missingApiKey } from '../llm/index.js';
import { probeEndpoint, PROBE_TIMEOUT_MS, type ProbeOutcome } from '../llm/probe.js';
import type { Endpoint } from '../llm/types.js';
import {
  agentKey,
  lackFields,
  lackText,
  simulatorKey,
  simulatorNeed,
  usesLlm,
  type Lack,
  type Plan,
  type Unavailable,
} from '../plan/index.js';
import type { Trial } from '../plan/types.js';
import { agentFor } from '../plan/variants.js';
import type { Missing } from '../model/results.js';
import type { Agent, HttpAgent } from '../suite/schema.js';
import type { LoadedSuite } from '../suite/types.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Roles whose calls a cassette replays: they need no key. */
export interface ReplayedRoles {
  readonly simulator?: boolean;
  readonly judge?: boolean;
  readonly agent?: boolean;
}

const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** What the environment alone shows the judge and the agents lack (the simulator's is `simulatorAvailable`). */
export function lacksFromEnv(suite: LoadedSuite, env: Env, replayed: ReplayedRoles = {}): Unavailable {
  const agents = new Map<string, Lack>();
  if (!replayed.agent) {
    for (const agent of effectiveAgents(suite)) {
      const lack = agentLack(agent, env);
      if (lack) agents.set(agentKey(agent), lack);
    }
  }
  const judge = replayed.judge ? undefined : endpointLack(suite.judge, env);
  return { ...(judge ? { judge } : {}), ...(agents.size ? { agents } : {}) };
}

/** Both kinds of lack together; a refused key found by a probe wins over nothing found in the environment. */
export function mergeUnavailable(first: Unavailable, second: Unavailable | undefined): Unavailable {
  if (!second) return first;
  const simulator = second.simulator ?? first.simulator;
  const simulators = second.simulators ?? first.simulators;
  const judge = second.judge ?? first.judge;
  const agents = new Map([...(first.agents ?? []), ...(second.agents ?? [])]);
  return {
    ...(simulator ? { simulator } : {}),
    ...(simulators ? { simulators } : {}),
    ...(judge ? { judge } : {}),
    ...(agents.size ? { agents } : {}),
  };
}

/** Every agent a test can run against, after each variant's overrides. */
function effectiveAgents(suite: LoadedSuite): Agent[] {
  const byKey = new Map<string, Agent>();
  for (const { id } of suite.agents) {
    for (const variant of ['default', ...Object.keys(suite.variants)]) {
      const agent = agentFor(suite, id, variant);
      byKey.set(agentKey(agent), agent);
    }
  }
  return [...byKey.values()];
}

function endpointLack(endpoint: Endpoint | undefined, env: Env): Lack | undefined {
  if (!endpoint) return { status: 'missing', endpoint: true };
  return missingApiKey(endpoint, env) ? { status: 'missing', envVar: endpoint.api_key_env } : undefined;
}

function agentLack(agent: Agent, env: Env): Lack | undefined {
  if (agent.type === 'openai')
    return missingApiKey(agent, env) ? { status: 'missing', envVar: agent.api_key_env } : undefined;
  if (agent.type !== 'http') return undefined;
  const unset = [agent.url, ...Object.values(agent.headers)]
    .flatMap(variablesOf)
    .find((name) => env[name] === undefined);
  return unset ? { status: 'missing', envVar: unset, url: agent.url } : undefined;
}

function variablesOf(text: string): string[] {
  return [...text.matchAll(ENV_REFERENCE)].map((match) => match[1]!);
}

// ---------------------------------------------------------------- probes

/** An endpoint that did not answer the probe: its trials still run (an outage is the run's to show). */
export interface Unreachable {
  /** "agent support-bot", "simulator", "judge". */
  readonly who: string;
  readonly url: string;
  readonly reason: string;
}

export interface ProbeFindings {
  /** Keys the endpoints refused. */
  readonly unavailable: Unavailable;
  readonly unreachable: readonly Unreachable[];
}

/** The probes, replaceable in tests. */
export interface Probes {
  readonly endpoint: (endpoint: Endpoint, env: Env, timeoutMs: number) => Promise<ProbeOutcome>;
  readonly url: typeof probeUrl;
}

const LIVE_PROBES: Probes = { endpoint: probeEndpoint, url: probeUrl };

/**
 * One request to each endpoint the plan's trials use and whose key is set (a keyless local server accepts any key:
 * nothing to refuse), all at once, each bounded by `timeoutMs`.
 */
export async function probeEndpoints(request: {
  readonly plan: Plan;
  readonly env: Env;
  readonly timeoutMs?: number;
  readonly probes?: Probes;
  /** A cassette answers these roles: no key of theirs is used, none is probed. */
  readonly replayed?: ReplayedRoles;
}): Promise<ProbeFindings> {
  const { plan, env } = request;
  const replayed = request.replayed ?? {};
  const timeoutMs = request.timeoutMs ?? PROBE_TIMEOUT_MS;
  const probes = request.probes ?? LIVE_PROBES;
  const unreachable: Unreachable[] = [];
  const agents = new Map<string, Lack>();
  let simulator: Lack | undefined;
  let judge: Lack | undefined;
  const checks: Promise<void>[] = [];
  // One request per base URL and key: the agent, the simulator and the judge often share both.
  const asked = new Map<string, Promise<ProbeOutcome>>();
  const checkEndpoint = (endpoint: Endpoint, who: string, found: (lack: Lack) => void): void => {
    if (!env[endpoint.api_key_env]) return;
    const same = `${baseUrlOf(endpoint, env)}\n${endpoint.api_key_env}`;
    const answer = asked.get(same) ?? probes.endpoint(endpoint, env, timeoutMs);
    asked.set(same, answer);
    checks.push(
      answer.then((outcome) => {
        if (outcome.status === 'rejected')
          found({
            status: 'rejected',
            envVar: endpoint.api_key_env,
            url: `${outcome.baseUrl} (HTTP ${outcome.httpStatus})`,
          });
        if (outcome.status === 'unreachable') unreachable.push({ who, url: outcome.baseUrl, reason: outcome.reason });
      }),
    );
  };
  for (const agent of replayed.agent ? [] : distinctAgents(plan.trials)) {
    const who = `agent ${agent.id}`;
    if (agent.type === 'openai') checkEndpoint(agent, who, (lack) => agents.set(agentKey(agent), lack));
    if (agent.type === 'http') checks.push(probeHttpAgent(agent, env, timeoutMs, probes, agents, unreachable));
  }
  // Every distinct simulator endpoint: a persona may name its own base URL or key.
  const simulators = new Map<string, Lack>();
  for (const endpoint of replayed.simulator ? [] : distinctSimulators(plan.trials)) {
    checkEndpoint(endpoint, 'simulator', (lack) => {
      simulators.set(simulatorKey(endpoint), lack);
      simulator ??= lack;
    });
  }
  const judgeEndpoint = plan.trials.find((trial) => trial.criteria.some(usesLlm))?.judge;
  if (judgeEndpoint && !replayed.judge) checkEndpoint(judgeEndpoint, 'judge', (lack) => (judge = lack));
  await Promise.all(checks);
  const unavailable = {
    ...(simulator ? { simulator, simulators } : {}),
    ...(judge ? { judge } : {}),
    ...(agents.size ? { agents } : {}),
  };
  return { unavailable, unreachable };
}

/** An http agent is probed only when its headers carry a credential from the environment: that is what a 401 names. */
async function probeHttpAgent(
  agent: HttpAgent,
  env: Env,
  timeoutMs: number,
  probes: Probes,
  agents: Map<string, Lack>,
  unreachable: Unreachable[],
): Promise<void> {
  const credential = Object.values(agent.headers).flatMap(variablesOf)[0];
  if (!credential) return;
  const fill = (text: string): string => text.replace(ENV_REFERENCE, (_whole, name: string) => env[name] ?? '');
  const url = fill(agent.url);
  const headers = Object.fromEntries(Object.entries(agent.headers).map(([name, value]) => [name, fill(value)]));
  const answer = await probes.url({ url, headers, timeoutMs });
  if ('reason' in answer) {
    unreachable.push({ who: `agent ${agent.id}`, url: agent.url, reason: answer.reason });
    return;
  }
  if (answer.status === 401 || answer.status === 403)
    agents.set(agentKey(agent), {
      status: 'rejected',
      envVar: credential,
      url: `${agent.url} (HTTP ${answer.status})`,
    });
}

function distinctAgents(trials: readonly Trial[]): Agent[] {
  const byKey = new Map<string, Agent>();
  for (const trial of trials) byKey.set(agentKey(trial.agent), trial.agent);
  return [...byKey.values()];
}

function distinctSimulators(trials: readonly Trial[]): Endpoint[] {
  const byKey = new Map<string, Endpoint>();
  for (const trial of trials)
    if (needsSimulator(trial) && trial.simulator) byKey.set(simulatorKey(trial.simulator), trial.simulator);
  return [...byKey.values()];
}

function needsSimulator(trial: Trial): boolean {
  return trial.kind === 'conversation' && simulatorNeed(trial.scenario) !== undefined;
}

// ---------------------------------------------------------------- the lines

/**
 * One line per agent, simulator and judge that can not work, with the tests skipped for it:
 * "agent support-bot: OPENAI_API_KEY is not set (the agent's API key): 4 tests skipped".
 * Then one per endpoint that did not answer.
 */
export function preflightLines(plan: Pick<Plan, 'skipped'>, findings?: ProbeFindings): string[] {
  const byWho = new Map<string, { who: string; missing: Missing; keys: Set<string> }>();
  for (const entry of plan.skipped) {
    const missing = entry.missing;
    if (!missing) continue;
    const who = missing.role === 'agent' ? `agent ${missing.agentId ?? '?'}` : missing.role;
    // Personas may use simulators with different keys: one line per thing lacking.
    const line = `${who}\n${lackText(missing)}`;
    const seen = byWho.get(line) ?? { who, missing, keys: new Set<string>() };
    seen.keys.add(entry.key);
    byWho.set(line, seen);
  }
  const said = new Set([...byWho.values()].map(({ who }) => who));
  const lines = [...byWho.values()].map(({ who, missing, keys }) => {
    const count = keys.size === 1 ? '1 test skipped' : `${keys.size} tests skipped`;
    return `${who}: ${lackText(missing)}: ${count}`;
  });
  // A refused key whose tests were all skipped for another reason (their agent's) is still said, once.
  const refused = findings?.unavailable;
  const roles = [
    ['simulator', refused?.simulator],
    ['judge', refused?.judge],
  ] as const;
  for (const [role, lack] of roles) {
    if (lack && !said.has(role)) lines.push(`${role}: ${lackText({ role, need: role, ...lackFields(lack) })}`);
  }
  for (const { who, url, reason } of findings?.unreachable ?? [])
    lines.push(`${who}: ${url} did not answer (${reason}): its trials run, and stop if they keep erroring`);
  return lines;
}

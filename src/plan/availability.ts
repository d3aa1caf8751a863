/**
 * What the endpoints a plan needs lack: the simulator, the judge, each agent.
 * The caller finds it (the environment, and `rehearse run`'s one request per
 * endpoint before the first trial); the plan only reads it, so a test that can
 * not work is skipped with the setting named instead of erroring every trial.
 */
import type { Agent, ModelEndpoint } from '../suite/schema.js';

export interface Lack {
  /** `rejected`: the setting is there, but the endpoint answered 401/403 to it. */
  readonly status: 'missing' | 'rejected';
  /** The variable that is not set (the key, or a variable an agent's URL or headers use), or whose key was refused. */
  readonly envVar?: string;
  /** true when no endpoint is configured at all (simulator, judge). */
  readonly endpoint?: true;
  /** The base URL that refused the key, or an agent's URL as written (`${AGENT_URL}`). */
  readonly url?: string;
}

export interface Unavailable {
  /** The simulator's refused key (the first one found, when personas use several endpoints). */
  readonly simulator?: Lack;
  /** By `simulatorKey`: each simulator endpoint whose key was refused. */
  readonly simulators?: ReadonlyMap<string, Lack>;
  readonly judge?: Lack;
  /** By `agentKey` of the agent after the variant's overrides. */
  readonly agents?: ReadonlyMap<string, Lack>;
}

/**
 * One agent as far as reaching it goes: its id and what decides where its calls go and with which key (a variant
 * may point the same agent at another base URL).
 */
export function agentKey(agent: Agent): string {
  switch (agent.type) {
    case 'openai':
      return `${agent.id} ${agent.base_url ?? ''} ${agent.api_key_env}`;
    case 'http':
      return `${agent.id} ${agent.url}`;
    case 'command':
      return agent.id;
  }
}

/** A simulator endpoint as far as its key goes: where its calls go and with which key (the model changes neither). */
export function simulatorKey(endpoint: ModelEndpoint): string {
  return `${endpoint.base_url ?? ''} ${endpoint.api_key_env}`;
}

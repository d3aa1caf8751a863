/**
 * Where each LLM role's calls go, from the command line: `--agent-base-url/--agent-model` (every `openai` agent),
 * `--simulator-base-url/--simulator-model`, `--judge-base-url/--judge-model`, and `--base-url/--model` for all three.
 *
 * Precedence, most specific first: the role's flag, then `--base-url`/`--model`, then the role's environment variable
 * (REHEARSE_AGENT_BASE_URL, REHEARSE_SIMULATOR_MODEL, …), then the suite file. Keys stay environment variables (the
 * suite's `api_key_env`, OPENAI_API_KEY by default); a loopback URL (localhost, 127.0.0.1) needs none.
 */
import type { LoadedSuite } from '../suite/index.js';
import type { ModelEndpoint } from '../suite/schema.js';
import { ConfigurationError, errorMessage } from '../util/errors.js';

export const MODEL_ROLES = ['agent', 'simulator', 'judge'] as const;
export type ModelRole = (typeof MODEL_ROLES)[number];

export interface RoleEndpoint {
  readonly baseUrl?: string;
  readonly model?: string;
}
export type RoleEndpoints = Partial<Record<ModelRole, RoleEndpoint>>;

/** For parseArgs: the eight flags. */
export const MODEL_FLAG_OPTIONS = {
  'base-url': { type: 'string' },
  model: { type: 'string' },
  'agent-base-url': { type: 'string' },
  'agent-model': { type: 'string' },
  'simulator-base-url': { type: 'string' },
  'simulator-model': { type: 'string' },
  'judge-base-url': { type: 'string' },
  'judge-model': { type: 'string' },
} as const;

export const MODEL_FLAGS_USAGE = `\
      --base-url <url>         OpenAI-compatible URL for every openai agent, the simulator and the judge
      --model <name>           model for all three (the role flags below win over these two)
      --agent-base-url <url>   URL for every openai agent (env REHEARSE_AGENT_BASE_URL)
      --agent-model <name>     model for every openai agent (env REHEARSE_AGENT_MODEL; variants still patch it)
      --simulator-base-url <u> URL for the simulated user (env REHEARSE_SIMULATOR_BASE_URL)
      --simulator-model <name> model for the simulated user (env REHEARSE_SIMULATOR_MODEL)
      --judge-base-url <url>   URL for the judge (env REHEARSE_JUDGE_BASE_URL)
      --judge-model <name>     model for the judge (env REHEARSE_JUDGE_MODEL)
                               keys stay environment variables (the suite's api_key_env, OPENAI_API_KEY by
                               default); a localhost URL needs none
`;

/** The flags' values and the environment, resolved to one endpoint per role (absent: the suite decides). */
export function roleEndpoints(
  values: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, string | undefined>>,
): RoleEndpoints {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const roles: RoleEndpoints = {};
  for (const role of MODEL_ROLES) {
    const variable = `REHEARSE_${role.toUpperCase()}`;
    const baseUrl = text(`${role}-base-url`) ?? text('base-url') ?? env[`${variable}_BASE_URL`];
    const model = text(`${role}-model`) ?? text('model') ?? env[`${variable}_MODEL`];
    if (baseUrl !== undefined) checkUrl(baseUrl, text(`${role}-base-url`) ? `--${role}-base-url` : '--base-url');
    if (baseUrl !== undefined || model !== undefined)
      roles[role] = { ...(baseUrl !== undefined ? { baseUrl } : {}), ...(model !== undefined ? { model } : {}) };
  }
  return roles;
}

/** The suite with each role's endpoint replaced where a flag or variable says so. */
export function withRoleEndpoints(suite: LoadedSuite, roles: RoleEndpoints): LoadedSuite {
  const { agent, simulator, judge } = roles;
  return {
    ...suite,
    ...(simulator
      ? { simulator: { ...suite.simulator, ...endpointFor('simulator', suite.simulator, simulator) } }
      : {}),
    // The simulator flags win over a persona's own endpoint too; its prompt stays (the flags name a model, not a user).
    ...(simulator ? { personas: suite.personas.map(withoutOwnEndpoint) } : {}),
    ...(judge ? { judge: endpointFor('judge', suite.judge, judge) } : {}),
    ...(agent
      ? {
          agents: suite.agents.map((entry) =>
            entry.type === 'openai'
              ? {
                  ...entry,
                  ...(agent.model ? { model: agent.model } : {}),
                  ...(agent.baseUrl ? { base_url: agent.baseUrl } : {}),
                }
              : entry,
          ),
        }
      : {}),
  };
}

function withoutOwnEndpoint(persona: LoadedSuite['personas'][number]): LoadedSuite['personas'][number] {
  if (!persona.simulator) return persona;
  const { model: _model, base_url: _baseUrl, api_key_env: _key, ...prompt } = persona.simulator;
  return { ...persona, simulator: prompt };
}

function endpointFor(role: ModelRole, declared: ModelEndpoint | undefined, given: RoleEndpoint): ModelEndpoint {
  const model = given.model ?? declared?.model;
  if (!model)
    throw new ConfigurationError(
      `a ${role} base URL needs a model: pass --${role}-model (or --model) or set ${role}.model in the suite`,
    );
  return {
    api_key_env: 'OPENAI_API_KEY',
    ...declared,
    model,
    ...(given.baseUrl ? { base_url: given.baseUrl } : {}),
  };
}

function checkUrl(value: string, flag: string): void {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${url.protocol} is not http(s)`);
  } catch (error) {
    throw new ConfigurationError(`${flag}: not an http(s) URL: ${value} (${errorMessage(error)})`);
  }
}

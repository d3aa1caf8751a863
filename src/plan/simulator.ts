/**
 * The simulated user a trial talks with: the root `simulator:` with the
 * persona's own settings laid over it, field by field. The endpoint (model,
 * base URL, key, temperature) and the prompt travel separately: the endpoint
 * is what the chat client and the key checks see, the prompt what the
 * simulated user is told.
 */
import type { ModelEndpoint, Persona, Simulator } from '../suite/schema.js';

export interface TrialSimulator {
  /** Undefined when neither the suite nor the persona names a model. */
  readonly endpoint?: ModelEndpoint;
  /** A custom role prompt (template not yet rendered); undefined: the built-in one. */
  readonly prompt?: string;
}

/** When a persona names a model but the suite configures no simulator, the key is read from the usual variable. */
const DEFAULT_KEY_ENV = 'OPENAI_API_KEY';

export function simulatorFor(root: Simulator | undefined, persona: Persona | undefined): TrialSimulator {
  const own = persona?.simulator;
  const prompt = own?.system_prompt ?? root?.system_prompt;
  const model = own?.model ?? root?.model;
  if (model === undefined) return prompt === undefined ? {} : { prompt };
  if (!own || !overridesEndpoint(own))
    return { ...(root ? { endpoint: endpointOf(root) } : {}), ...withPrompt(prompt) };
  const baseUrl = own.base_url ?? root?.base_url;
  const temperature = own.temperature ?? root?.temperature;
  const endpoint: ModelEndpoint = {
    model,
    api_key_env: own.api_key_env ?? root?.api_key_env ?? DEFAULT_KEY_ENV,
    ...(baseUrl !== undefined ? { base_url: baseUrl } : {}),
    ...(temperature !== undefined ? { temperature } : {}),
  };
  return { endpoint, ...withPrompt(prompt) };
}

function overridesEndpoint(own: NonNullable<Persona['simulator']>): boolean {
  return [own.model, own.base_url, own.api_key_env, own.temperature].some((value) => value !== undefined);
}

/** The root simulator as an endpoint: the same fields, without the prompt. */
function endpointOf(root: Simulator): ModelEndpoint {
  const { system_prompt: _prompt, system_prompt_file: _file, ...endpoint } = root;
  return endpoint;
}

function withPrompt(prompt: string | undefined): { prompt?: string } {
  return prompt === undefined ? {} : { prompt };
}

/**
 * The one LLM call the authoring commands make: a system and a user message to
 * the simulator model, through the same client (retries, timeouts) as a run.
 */
import { BUILTIN_PRICING, createChatClient, missingApiKey, type Endpoint } from '../llm/index.js';
import { ConfigurationError } from '../util/errors.js';

export interface AuthorModelFlags {
  readonly model?: string | undefined;
  readonly 'base-url'?: string | undefined;
  readonly 'api-key-env'?: string | undefined;
}

export function authorEndpoint(flags: AuthorModelFlags, command: string): Endpoint {
  if (!flags.model)
    throw new ConfigurationError(
      `--model is required: the model that writes scenarios, e.g. --model gpt-4o-mini (see rehearse ${command} --help)`,
    );
  return {
    model: flags.model,
    api_key_env: flags['api-key-env'] ?? 'OPENAI_API_KEY',
    ...(flags['base-url'] ? { base_url: flags['base-url'] } : {}),
  };
}

export async function askModel(
  endpoint: Endpoint,
  env: Readonly<Record<string, string | undefined>>,
  messages: { system: string; user: string },
  json: boolean,
): Promise<string> {
  return (await askModelReply(endpoint, env, messages, json)).text;
}

/** The reply and whether the model was cut off at its output limit (`finish_reason: length`). */
export async function askModelReply(
  endpoint: Endpoint,
  env: Readonly<Record<string, string | undefined>>,
  messages: { system: string; user: string },
  json: boolean,
): Promise<{ text: string; cutOff: boolean }> {
  const missing = missingApiKey(endpoint, env);
  if (missing) throw new ConfigurationError(missing);
  const chat = createChatClient({ env, pricing: BUILTIN_PRICING, callTimeoutMs: 120_000, retries: 2 });
  const result = await chat.complete({
    endpoint,
    messages: [
      { role: 'system', content: messages.system },
      { role: 'user', content: messages.user },
    ],
    json,
  });
  return { text: result.content ?? '', cutOff: result.finishReason === 'length' };
}

/**
 * The secret values a loaded suite points at: every variable named by an
 * `api_key_env` and every `${VAR}` interpolated into agent or passthrough
 * URLs and headers, plus the environment's own credentials
 * (src/util/secrets.ts). The redaction layer (src/util/redact.ts) hides them.
 */
import { Redactor, type RedactorOptions } from '../util/redact.js';
import { secretValuesFromEnv } from '../util/secrets.js';
import type { LoadedSuite } from './types.js';

type Env = Readonly<Record<string, string | undefined>>;

const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Names of the variables the suite reads secrets from. Walks the endpoint-bearing parts: new fields are covered. */
export function suiteSecretNames(suite: LoadedSuite): string[] {
  const names = new Set<string>(['OPENAI_API_KEY']);
  const visit = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key === 'api_key_env') names.add(value);
      for (const match of value.matchAll(ENV_REFERENCE)) names.add(match[1]!);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (value !== null && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) visit(item, name);
    }
  };
  visit([suite.simulator, suite.judge, suite.variants, suite.agents, suite.tools]);
  return [...names];
}

export function suiteSecretValues(suite: LoadedSuite | undefined, env: Env): string[] {
  return secretValuesFromEnv(env, suite ? suiteSecretNames(suite) : []);
}

/** A redactor for everything a run of this suite (or, without one, this environment) may echo. */
export function redactorFor(suite: LoadedSuite | undefined, env: Env, options?: RedactorOptions): Redactor {
  return new Redactor(suiteSecretValues(suite, env), options);
}

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

/** Headers whose value is a credential even when written literally in the suite. */
const CREDENTIAL_HEADER = /authorization|api[-_]?key|token|secret|password|cookie/i;

/** Literal credential header values of http agents and passthrough tools (the `${VAR}` parts are env secrets). */
export function suiteLiteralSecrets(suite: LoadedSuite): string[] {
  const values: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value !== null && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) {
        if (name === 'headers' && item !== null && typeof item === 'object') {
          for (const [header, text] of Object.entries(item)) {
            if (!CREDENTIAL_HEADER.test(header) || typeof text !== 'string') continue;
            // "Bearer abc…" → "abc…": the scheme is no secret; `${VAR}` parts are not literal.
            const literal = text
              .replace(ENV_REFERENCE, ' ')
              .replace(/^\s*(bearer|basic|token)\s+/i, '')
              .trim();
            if (literal && !/\s/.test(literal)) values.push(literal);
          }
        } else visit(item);
      }
    }
  };
  visit([suite.agents, suite.tools]);
  return values;
}

export function suiteSecretValues(suite: LoadedSuite | undefined, env: Env): string[] {
  if (!suite) return secretValuesFromEnv(env);
  return [...secretValuesFromEnv(env, suiteSecretNames(suite)), ...suiteLiteralSecrets(suite)];
}

/** A redactor for everything a run of this suite (or, without one, this environment) may echo. */
export function redactorFor(suite: LoadedSuite | undefined, env: Env, options?: RedactorOptions): Redactor {
  return new Redactor(suiteSecretValues(suite, env), options);
}

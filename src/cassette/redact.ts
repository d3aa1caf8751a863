/**
 * Secrets never reach a cassette: requests and responses go through the one
 * redaction layer (every secret the suite names — `api_key_env` variables,
 * `${VAR}` in URLs and headers, literal credential headers —, the
 * environment's credentials, and credential shapes become `***`) before they
 * are hashed or written. Redacting before hashing also keeps a request's key
 * the same on a machine with another key.
 */
import { redactorFor } from '../suite/secrets.js';
import type { LoadedSuite } from '../suite/types.js';
import type { Redactor } from '../util/redact.js';

export interface SecretRedactor {
  redact<T>(value: T): T;
}

/**
 * `shared`: the caller's redactor, which already knows the suite's secrets (and keeps learning); else one made
 * from the suite and the environment.
 */
export function secretRedactor(
  env: Readonly<Record<string, string | undefined>>,
  suite?: LoadedSuite,
  shared?: Redactor,
): SecretRedactor {
  const redactor = shared ?? redactorFor(suite, env);
  return { redact: <T>(value: T) => redactor.redactValue(value) };
}

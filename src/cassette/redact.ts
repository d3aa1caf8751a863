/**
 * Secrets never reach a cassette: requests and responses go through the one
 * redaction layer (the environment's secrets and credential shapes become
 * `***`) before they are hashed or written. Redacting before hashing also
 * keeps a request's key the same on a machine with another key.
 */
import { redactorFor } from '../suite/secrets.js';

export interface SecretRedactor {
  redact<T>(value: T): T;
}

export function secretRedactor(env: Readonly<Record<string, string | undefined>>): SecretRedactor {
  const redactor = redactorFor(undefined, env);
  return { redact: <T>(value: T) => redactor.redactValue(value) };
}

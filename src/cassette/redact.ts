/**
 * Secrets never reach a cassette: the values of secret-looking environment
 * variables (the agents' and endpoints' keys, tokens) are replaced by their
 * name wherever they appear in a request or a response. Redacting before
 * hashing also keeps a request's key the same on a machine with another key.
 */

/** Names of variables whose values are treated as secrets. */
const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH/i;
/** Shorter values are too likely to occur by chance ("1", "true"). */
const MIN_SECRET_LENGTH = 6;

export interface SecretRedactor {
  redact<T>(value: T): T;
}

export function secretRedactor(env: Readonly<Record<string, string | undefined>>): SecretRedactor {
  const secrets = Object.entries(env)
    .filter(
      (entry): entry is [string, string] => SECRET_NAME.test(entry[0]) && (entry[1]?.length ?? 0) >= MIN_SECRET_LENGTH,
    )
    // Longest first: a secret that contains another is replaced whole.
    .sort(([, a], [, b]) => b.length - a.length);
  const redactText = (text: string): string =>
    secrets.reduce((current, [name, secret]) => current.split(secret).join(`[redacted ${name}]`), text);
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return redactText(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, entry]) => [key, walk(entry)]),
      );
    }
    return value;
  };
  return { redact: <T>(value: T) => (secrets.length === 0 ? value : (walk(value) as T)) };
}

/**
 * `${ENV}` references in suite values (agent URLs and headers, passthrough
 * URLs, `base_url`): filled in from the environment only when a call goes
 * live, so a suite names a secret or a host without holding it, and a replay
 * needs neither.
 */

const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** A `${` that does not open a valid reference: `${}`, `${1X}`, `${X` (no closing brace), `${A-B}`. */
const BROKEN_REFERENCE = /\$\{(?![A-Za-z_][A-Za-z0-9_]*\})/;

export type Env = Readonly<Record<string, string | undefined>>;

/** Throws a one-line Error naming the variable when one is not set. */
export function interpolateEnv(text: string, env: Env): string {
  return text.replace(ENV_REFERENCE, (_whole, name: string) => {
    const value = env[name];
    if (value === undefined) throw new Error(`environment variable ${name} is not set (used in "${text}")`);
    return value;
  });
}

export function hasEnvReference(text: string): boolean {
  return text.includes('${');
}

/** Why `text` holds a `${` that is not a valid `${NAME}` reference; undefined when every reference is valid. */
export function brokenEnvReference(text: string): string | undefined {
  const broken = BROKEN_REFERENCE.exec(text);
  if (!broken) return undefined;
  const fragment = text.slice(broken.index, broken.index + 20);
  const name = 'a variable name: letters, digits and _, not starting with a digit';
  return `'${fragment}' is not a \${NAME} reference (${name})`;
}

/** `${ENV}` in agent URLs, headers and passthrough URLs. */

const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export type Env = Readonly<Record<string, string | undefined>>;

/** Throws a one-line Error naming the variable when one is not set. */
export function interpolateEnv(text: string, env: Env): string {
  return text.replace(ENV_REFERENCE, (_whole, name: string) => {
    const value = env[name];
    if (value === undefined) throw new Error(`environment variable ${name} is not set (used in "${text}")`);
    return value;
  });
}

export function interpolateRecord(record: Readonly<Record<string, string>>, env: Env): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, interpolateEnv(value, env)]));
}

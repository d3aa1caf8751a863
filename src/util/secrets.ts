/**
 * Which environment variables hold secrets, whatever the suite says: the
 * well-known names, the action's secret inputs, and every variable whose name
 * says it is a credential. The suite adds the ones it names (`api_key_env`,
 * `${VAR}` in headers): see src/suite/secrets.ts.
 */
type Env = Readonly<Record<string, string | undefined>>;

const WELL_KNOWN = [
  'OPENAI_API_KEY',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'INPUT_GITHUB-TOKEN',
  'INPUT_OPENAI-API-KEY',
];

/** Names that say "credential": FOO_API_KEY, SLACK_TOKEN, DB_PASSWORD, CLIENT_SECRET, INPUT_SOME-TOKEN… */
const SECRET_NAME = /(?:^|[_-])(?:API[_-]?KEY|KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?|AUTH)(?:$|[_-])/i;

export function secretEnvNames(env: Env): string[] {
  return Object.keys(env).filter((name) => WELL_KNOWN.includes(name) || SECRET_NAME.test(name));
}

/** The values of the given variables (the well-known and credential-named ones always included). */
export function secretValuesFromEnv(env: Env, names: Iterable<string> = []): string[] {
  const all = new Set([...secretEnvNames(env), ...names]);
  const values = [...all].map((name) => env[name]);
  return values.filter((value): value is string => typeof value === 'string' && value !== '');
}

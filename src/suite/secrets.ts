/**
 * The secret values a loaded suite points at: every variable named by an
 * `api_key_env` and every `${VAR}` interpolated into endpoint, agent or
 * passthrough URLs and headers, the credentials written literally into them
 * (a header's value, a URL's `user:pass@` or `?api_key=`), the same
 * credentials inside a URL a variable gives whole, plus the environment's own
 * credentials (src/util/secrets.ts). The redaction layer
 * (src/util/redact.ts) hides them in every form an echo may take.
 */
import { Redactor, unparsedUserInfo, type RedactorOptions } from '../util/redact.js';
import { secretValuesFromEnv } from '../util/secrets.js';
import type { LoadedSuite } from './types.js';

type Env = Readonly<Record<string, string | undefined>>;

const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * The parts of a suite that name endpoints (models, agents, tools), walked whole so that new fields are covered. A
 * persona's own simulator is one: its key and base URL are as secret as the root simulator's.
 */
function endpointParts(suite: LoadedSuite): unknown[] {
  const personaSimulators = suite.personas.flatMap((persona) => (persona.simulator ? [persona.simulator] : []));
  return [suite.simulator, suite.judge, suite.variants, suite.agents, suite.tools, personaSimulators];
}

/** Names of the variables the suite reads secrets from. */
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
  visit(endpointParts(suite));
  return [...names];
}

/** Headers whose value is a credential even when written literally in the suite. */
const CREDENTIAL_HEADER = /authorization|api[-_]?key|token|secret|password|cookie/i;

/**
 * Credentials written literally into the suite (the `${VAR}` parts are env secrets): credential header values of
 * http agents and passthrough tools, and the credentials of any endpoint URL (urlCredentials).
 */
export function suiteLiteralSecrets(suite: LoadedSuite): string[] {
  const values: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value !== null && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) {
        if ((name === 'url' || name === 'base_url') && typeof item === 'string') values.push(...urlCredentials(item));
        else if (name === 'headers' && item !== null && typeof item === 'object') {
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
  visit(endpointParts(suite));
  return values;
}

/**
 * Query parameters whose value is a credential: `?api_key=`, `?key=`, `?access_token=`, a signed URL's `?sig=`,
 * `?auth=`, `?x_auth=`, `?authorization=`. `auth` is a word of the name, not any name holding it: `?author=alice`
 * or `?authority=` would hide every "alice" of every transcript.
 */
const CREDENTIAL_PARAM =
  /^(?:.*(?:api[-_]?key|token|secret|password|passwd).*|(?:.*[-_.])?o?auth(?:orization)?(?:[-_.].*)?|key|sig|signature|code)$/i;

/**
 * The credentials written into a URL (the suite's, or a secret variable's value): the password of `user:pass@` (or
 * the user name alone, as a token is often given: `https://TOKEN@host`), and the values of credential-named query
 * parameters, decoded, since the redactor derives the encoded forms. Parts holding a `${VAR}` are the variable's
 * (an env secret); of a URL that does not parse, only the user info (up to its last @) is told apart.
 */
function urlCredentials(text: string): string[] {
  // Decoded first: the URL parser percent-encodes the `${` it finds in the user info.
  const literal = (part: string) => [safeDecode(part)].filter((value) => value !== '' && !value.includes('${'));
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // A password written with a raw / ? # or \ ends the host early and the URL does not parse: every request fails
    // before it is sent, quoting the text. The user info is what stands before its last @ (unparsedUserInfo, which
    // withoutCredentials shows such a URL by).
    const userInfo = unparsedUserInfo(text)?.userInfo;
    if (userInfo === undefined) return [];
    const colon = userInfo.indexOf(':');
    return literal(colon < 0 ? userInfo : userInfo.slice(colon + 1)).filter((value) => value.trim() !== '');
  }
  const userinfo = url.password !== '' ? literal(url.password) : literal(url.username);
  const query = [...url.searchParams].flatMap(([name, value]) =>
    CREDENTIAL_PARAM.test(name) && !value.includes('${') ? [value] : [],
  );
  return [...userinfo, ...query].filter((value) => value.trim() !== '');
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function suiteSecretValues(suite: LoadedSuite | undefined, env: Env): string[] {
  const fromEnv = suite ? secretValuesFromEnv(env, suiteSecretNames(suite)) : secretValuesFromEnv(env);
  // A variable that gives a URL whole (`url: ${AGENT_URL}`) is one secret, and its password alone is caught only as
  // a piece of it (10 characters or more), never as a Basic header or decoded: its credentials are secrets of their
  // own, as they are when written into the suite.
  const inEnvUrls = fromEnv.flatMap(urlCredentials);
  return [...fromEnv, ...inEnvUrls, ...(suite ? suiteLiteralSecrets(suite) : [])];
}

/** A redactor for everything a run of this suite (or, without one, this environment) may echo. */
export function redactorFor(suite: LoadedSuite | undefined, env: Env, options?: RedactorOptions): Redactor {
  return new Redactor(suiteSecretValues(suite, env), options);
}

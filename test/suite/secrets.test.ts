import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSuite } from '../../src/suite/index.js';
import { redactorFor, suiteSecretNames } from '../../src/suite/secrets.js';
import { tempDir } from '../support/temp-dir.js';
import { leaksIn } from '../security/corpus.js';

const SUITE =
  `version: 1
name: secrets
judge: { model: gpt-4o-mini, api_key_env: JUDGE_VAR }
agents:
  - id: bot
    type: http
    url: "https://bot.example/\${TENANT_PATH}/chat"
    headers: { Authorization: "Bearer \${HTTP_CRED}", X-Trace: fixed-trace-value, X-Api-Key: literal-key-0042 }
  - { id: model, type: openai, model: gpt-4o-mini, api_key_env: AGENT_VAR }
datasets:
  - { id: d, agent: bot, criteria: [{ type: expected_output, match: contains }], items: [{ id: i, input: hi, ` +
  `expected_output: hi }] }
`;

describe('the secrets a suite points at', () => {
  it('every api_key_env and every ${VAR} of URLs and headers, plus OPENAI_API_KEY', async () => {
    const dir = await tempDir('rehearse-secrets-');
    await writeFile(join(dir, 'rehearse.yaml'), SUITE);
    const env = {
      JUDGE_VAR: 'judge-value-123',
      AGENT_VAR: 'agent-value-123',
      HTTP_CRED: 'http-value-123',
      TENANT_PATH: 'tenant-0042',
      PLAIN: 'not-a-secret',
    };
    const loaded = await loadSuite('rehearse.yaml', { cwd: dir, env });
    if (!loaded.ok) throw new Error(loaded.issues.map((issue) => issue.message).join('; '));
    expect(suiteSecretNames(loaded.suite).sort()).toEqual([
      'AGENT_VAR',
      'HTTP_CRED',
      'JUDGE_VAR',
      'OPENAI_API_KEY',
      'TENANT_PATH',
    ]);
    const redactor = redactorFor(loaded.suite, env);
    expect(redactor.redact(Object.values(env).join(' '))).toBe('*** *** *** *** not-a-secret');
    // A credential header written literally in the suite is a secret too; other headers are not.
    expect(redactor.redact('sent literal-key-0042 with fixed-trace-value')).toBe('sent *** with fixed-trace-value');
  });
});

/** Credentials written literally into a URL of the suite: `user:pass@`, or a credential-named query parameter. */
const URL_SUITE = (url: string) =>
  `version: 1
name: url secrets
simulator: { model: sim, base_url: "${url.replaceAll('PLACE', 'sim')}" }
judge: { model: judge, base_url: "${url.replaceAll('PLACE', 'judge')}" }
agents:
  - { id: web, type: http, url: "${url.replaceAll('PLACE', 'agent')}" }
  - { id: model, type: openai, model: m, base_url: "${url.replaceAll('PLACE', 'model')}" }
variants:
  other: { base_url: "${url.replaceAll('PLACE', 'variant')}" }
personas:
  - { id: own, role: a customer, simulator: { base_url: "${url.replaceAll('PLACE', 'persona')}" } }
datasets:
  - { id: d, agent: web, criteria: [{ type: expected_output, match: contains }], items: [{ id: i, input: hi, ` +
  `expected_output: hi }] }
`;

async function loaded(yaml: string, env: Record<string, string> = {}) {
  const dir = await tempDir('rehearse-secrets-');
  await writeFile(join(dir, 'rehearse.yaml'), yaml);
  const result = await loadSuite('rehearse.yaml', { cwd: dir, env });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('; '));
  return result.suite;
}

describe('credentials written into the suite’s URLs', () => {
  const cases: [string, string, string[]][] = [
    ['a password', 'http://bot:Pw-PLACE-0042@127.0.0.1:9/v1', ['Pw-agent-0042', 'Pw-judge-0042', 'Pw-persona-0042']],
    ['a percent-encoded password', 'http://bot:Pw%40PLACE%2F0042@127.0.0.1:9/v1', ['Pw@agent/0042', 'Pw@sim/0042']],
    ['a token as the user name', 'https://TkPLACE-9f3a1c@gw.example/v1', ['Tkagent-9f3a1c', 'Tkvariant-9f3a1c']],
    ['?api_key=', 'https://gw.example/v1?api_key=QkPLACE77a&region=eu-west-1', ['Qkmodel77a', 'Qksim77a']],
    ['?token= among others', 'https://gw.example/v1?a=1&token=TnPLACE-8841#x', ['Tnagent-8841', 'Tnpersona-8841']],
    ['?key= and ?sig=', 'https://gw.example/v1?key=KyPLACE-5521&sig=SgPLACE-7731', ['Kyjudge-5521', 'Sgagent-7731']],
    ['?access_token=', 'https://gw.example/v1?access_token=AtPLACE-3310', ['Atvariant-3310']],
    [
      '?auth= and ?x-auth-key=',
      'https://gw.example/v1?auth=AuPLACE-1204&x-auth-key=XaPLACE-55',
      ['Auagent-1204', 'Xasim-55'],
    ],
    ['?Authorization=', 'https://gw.example/v1?Authorization=AzPLACE-6610', ['Azjudge-6610']],
    ['?oauth_signature=', 'https://gw.example/v1?oauth_signature=OsPLACE-2290', ['Osvariant-2290']],
  ];
  it.each(cases)('%s: each value, and its encoded forms, is redacted', async (_name, url, values) => {
    const redactor = redactorFor(await loaded(URL_SUITE(url)), {});
    for (const value of values) {
      const basic = Buffer.from(`bot:${value}`).toString('base64');
      const echoed = `got ${value} / ${encodeURIComponent(value)} / ${basic} / ${value.toUpperCase()}`;
      const redacted = redactor.redact(echoed);
      expect(leaksIn(redacted, value)).toEqual([]);
      // The Basic header keeps only the characters that encode its user name.
      expect(redacted).toMatch(/^got \*\*\* \/ \*\*\* \/ Ym90O[a-z]\*\*\*[A-Za-z0-9+/]{0,3}=* \/ \*\*\*$/);
    }
  });

  it('what is not a credential stays: host, path, the user name beside a password, other parameters', async () => {
    const url = 'http://operator:Pw-PLACE-0042@gateway-host.example:9/v1/PLACE?region=eu-west-1&mode=streaming';
    const redactor = redactorFor(await loaded(URL_SUITE(url)), {});
    const text = 'operator at gateway-host.example, region eu-west-1, mode streaming';
    expect(redactor.redact(text)).toBe(text);
  });

  it('a parameter whose name only holds a credential word is not one: ?author=, ?authority=, ?coauthor=', async () => {
    const url = 'https://gw.example/v1/PLACE?author=alice&authority=registry&coauthor=bob&authored=today';
    const redactor = redactorFor(await loaded(URL_SUITE(url)), {});
    const text = 'alice wrote it with bob for the registry today';
    expect(redactor.redact(text)).toBe(text);
  });

  it('a ${VAR} part is the variable’s secret, not a literal one: the literal rest is not registered', async () => {
    const url = 'http://bot:prefix-${URL_PASS}@127.0.0.1:9/v1?api_key=${QUERY_KEY}';
    const env = { URL_PASS: 'from-the-env-0042', QUERY_KEY: 'query-from-env-77' };
    const redactor = redactorFor(await loaded(URL_SUITE(url)), env);
    expect(redactor.redact('from-the-env-0042 query-from-env-77')).toBe('*** ***');
    expect(redactor.redact('prefix-${URL_PASS}')).toBe('prefix-${URL_PASS}');
  });
});

describe("a persona's own simulator", () => {
  it('its api_key_env names a secret, like the root simulator’s', async () => {
    const yaml = URL_SUITE('https://gw.example/PLACE').replace(
      'simulator: { base_url: "https://gw.example/persona" }',
      'simulator: { model: other, api_key_env: PERSONA_ACCESS }',
    );
    const suite = await loaded(yaml);
    expect(suiteSecretNames(suite)).toContain('PERSONA_ACCESS');
    expect(redactorFor(suite, { PERSONA_ACCESS: 'persona-value-0042' }).redact('persona-value-0042')).toBe('***');
  });
});

describe('credentials inside a URL that a variable gives whole (`url: ${AGENT_URL}`)', () => {
  const WHOLE_URL_SUITE =
    `version: 1
name: url from the env
simulator: { model: sim, base_url: "\${SIM_URL}" }
agents:
  - { id: web, type: http, url: "\${AGENT_URL}" }
datasets:
  - { id: d, agent: web, criteria: [{ type: expected_output, match: contains }], items: [{ id: i, input: hi, ` +
    `expected_output: hi }] }
`;
  // Short passwords and keys (8-9 characters) are not caught as pieces of the whole URL, and a Basic header made of
  // one, or a password written percent-encoded in the URL and echoed decoded, holds no piece of it at all.
  const cases: [string, Record<string, string>, string[]][] = [
    ['a short password', { AGENT_URL: 'https://bot:Pw-a-0042@127.0.0.1:9/v1' }, ['Pw-a-0042']],
    ['a percent-encoded password', { AGENT_URL: 'https://bot:P%40ss%2F0042x@gw.example/v1' }, ['P@ss/0042x']],
    ['a token as the user name', { AGENT_URL: 'https://Tk-9f3a1c@gw.example/v1' }, ['Tk-9f3a1c']],
    [
      '?api_key= and ?sig=',
      { AGENT_URL: 'https://gw.example/v1?api_key=Qk-77a1x&sig=Sg-7731x' },
      ['Qk-77a1x', 'Sg-7731x'],
    ],
    ['an endpoint’s base_url', { SIM_URL: 'https://user:Sm-pw-901@llm.example/v1' }, ['Sm-pw-901']],
  ];
  it.each(cases)('%s: the credential alone, and its encoded forms, is redacted', async (_name, env, values) => {
    const redactor = redactorFor(await loaded(WHOLE_URL_SUITE, env), env);
    for (const value of values) {
      const basic = Buffer.from(`bot:${value}`).toString('base64');
      const echoed = `got ${value} / ${encodeURIComponent(value)} / ${basic} / ${value.toUpperCase()}`;
      const redacted = redactor.redact(echoed);
      expect(leaksIn(redacted, value)).toEqual([]);
      expect(redacted).toMatch(/^got \*\*\* \/ \*\*\* \/ Ym90O[a-z]\*\*\*[A-Za-z0-9+/]{0,3}=* \/ \*\*\*$/);
    }
  });

  it('a credential-named variable that holds a URL, without a suite, gives up its credentials too', () => {
    const env = { SERVICE_AUTH_URL: 'https://svc:Pw-b-0042@auth.example/token' };
    expect(redactorFor(undefined, env).redact('echo Pw-b-0042')).toBe('echo ***');
  });
});

describe('a URL whose password holds a raw / ? # or \\ (it does not parse: every request fails, quoting it)', () => {
  // Only an http agent's and a passthrough tool's URL may be any text (endpoints' base_url must parse).
  const RAW_URL_SUITE = (url: string) =>
    `version: 1
name: raw url
agents:
  - { id: web, type: http, url: "${url.replaceAll('PLACE', 'agent')}" }
tools:
  - name: lookup
    description: looks up
    parameters: { type: object }
    strategy: passthrough
    passthrough: { url: "${url.replaceAll('PLACE', 'tool')}" }
datasets:
  - { id: d, agent: web, criteria: [{ type: expected_output, match: contains }], items: [{ id: i, input: hi, ` +
    `expected_output: hi }] }
`;
  const cases: [string, string[]][] = [
    ['http://bot:Pa/PLACE-0042x@127.0.0.1:9/v1', ['Pa/agent-0042x', 'Pa/tool-0042x']],
    ['http://bot:Pa?PLACE-0042x@127.0.0.1:9/v1', ['Pa?agent-0042x']],
    ['http://bot:Pa#PLACE@0042x@127.0.0.1:9/v1', ['Pa#tool@0042x']],
    ['https://bot:Pa\\\\PLACE-1c7@gw.example/v1', ['Pa\\agent-1c7']],
  ];
  it.each(cases)('%s: the password is a secret', async (url, values) => {
    const redactor = redactorFor(await loaded(RAW_URL_SUITE(url)), {});
    for (const value of values) {
      expect(() => new URL(url.replaceAll('\\\\', '\\').replace('PLACE', 'x'))).toThrow();
      const redacted = redactor.redact(`got ${value} / ${encodeURIComponent(value)}`);
      expect(leaksIn(redacted, value)).toEqual([]);
      expect(redacted).toBe('got *** / ***');
    }
  });

  it('one with no @ holds none: nothing of it is registered', async () => {
    const redactor = redactorFor(await loaded(RAW_URL_SUITE('http://gateway-host.example:99999/PLACE')), {});
    expect(redactor.redact('gateway-host.example agent')).toBe('gateway-host.example agent');
  });
});

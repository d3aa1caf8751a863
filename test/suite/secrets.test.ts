import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSuite } from '../../src/suite/index.js';
import { redactorFor, suiteSecretNames } from '../../src/suite/secrets.js';
import { tempDir } from '../support/temp-dir.js';

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

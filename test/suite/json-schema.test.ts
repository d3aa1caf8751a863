// The generated JSON Schema is what editors use: it must accept every file of
// the demo suite and reject what the loader rejects structurally.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSuite } from '../../src/suite/index.js';

const REPO = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(REPO, 'schema/rehearse.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);

const yamlAt = (path: string): unknown => parse(readFileSync(join(REPO, path), 'utf8'));

describe('schema/rehearse.schema.json', () => {
  it('is draft-07 (what YAML language servers autocomplete from)', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('accepts every file of the demo suite', async () => {
    const result = await loadSuite('fixtures/demo/rehearse.yaml', { cwd: REPO });
    if (!result.ok) throw new Error('demo should load');
    for (const file of result.suite.files) {
      expect(validate(parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects a misspelt key, a wrong type, an unknown agent type and an out-of-range threshold', () => {
    for (const name of ['unknown-key', 'wrong-type', 'unknown-agent-type', 'invalid-threshold']) {
      expect(validate(yamlAt(`fixtures/broken/${name}/rehearse.yaml`)), name).toBe(false);
    }
  });
});

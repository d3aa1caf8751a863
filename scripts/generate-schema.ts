// Writes schema/*.schema.json from the zod schemas (the single source of truth).
// CI runs this and fails when the committed files differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ResultsSchema } from '../src/model/results.js';
import { SuiteFileSchema } from '../src/suite/schema.js';

type Target = 'draft-7' | 'draft-2020-12';

const outputs: [string, z.ZodType, string, Target][] = [
  // Draft 7: what editors' YAML/JSON language servers understand best (autocompletion, hovers).
  ['schema/rehearse.schema.json', SuiteFileSchema, 'Rehearse suite file', 'draft-7'],
  ['schema/results.schema.json', ResultsSchema, 'Rehearse results file', 'draft-2020-12'],
];

mkdirSync('schema', { recursive: true });
for (const [path, schema, title, target] of outputs) {
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target }) };
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

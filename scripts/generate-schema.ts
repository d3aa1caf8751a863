// Writes schema/*.schema.json from the zod schemas (the single source of truth).
// CI runs this and fails when the committed files differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ResultsSchema } from '../src/results/schema.js';
import { SuiteFileSchema } from '../src/suite/schema.js';

const outputs: [string, z.ZodType, string][] = [
  ['schema/rehearse.schema.json', SuiteFileSchema, 'Rehearse suite file'],
  ['schema/results.schema.json', ResultsSchema, 'Rehearse results file'],
];

mkdirSync('schema', { recursive: true });
for (const [path, schema, title] of outputs) {
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

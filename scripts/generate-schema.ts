// Writes schema/*.schema.json from the zod schemas (the single source of truth).
// CI runs this and fails when the committed files differ.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
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

// The code scorers' types, published as the package's `types` (package.json): one self-contained declaration file
// made from src/judge/scorer-api.ts, which the runner builds scorer input from, so the two cannot drift apart.
const scorerApi = 'src/judge/scorer-api.ts';
const declaration = ts.transpileDeclaration(readFileSync(scorerApi, 'utf8'), {
  fileName: scorerApi,
  reportDiagnostics: true,
  compilerOptions: { declaration: true, isolatedDeclarations: true, removeComments: false },
});
const problems = (declaration.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
// The published file has nothing next to it to import from.
if (/^\s*(import|export .* from)\b/m.test(declaration.outputText))
  problems.push('imports a module: it must stand alone');
if (problems.length) throw new Error(`${scorerApi}: ${problems.join('; ')}`);
writeFileSync(
  'schema/scorer.d.ts',
  `// Generated from ${scorerApi} by \`npm run schema\`: edit that file, not this one.\n${declaration.outputText}`,
);

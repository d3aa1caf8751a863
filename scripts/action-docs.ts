/**
 * Rewrites the inputs and outputs tables of README.md from action.yml,
 * between `<!-- action-inputs:start/end -->` and `<!-- action-outputs:start/end -->`.
 *   npx tsx scripts/action-docs.ts          rewrite the tables
 *   npx tsx scripts/action-docs.ts --check  exit 1 when they are stale
 * test/action/docs.test.ts fails when the committed tables differ from action.yml.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

export const ACTION_FILE = 'action.yml';
export const DOCS_FILE = 'README.md';

interface ActionDefinition {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();
}

export function renderInputsTable(action: ActionDefinition): string {
  const rows = Object.entries(action.inputs ?? {}).map(([name, input]) => {
    const fallback = input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``;
    return `| \`${name}\` | ${cell(input.description ?? '')} | ${fallback} | ${input.required ? 'yes' : 'no'} |`;
  });
  return ['| input | description | default | required |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function renderOutputsTable(action: ActionDefinition): string {
  const rows = Object.entries(action.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description ?? '')} |`,
  );
  return ['| output | description |', '| --- | --- |', ...rows].join('\n');
}

function replaceBetween(doc: string, marker: string, content: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${DOCS_FILE}: markers ${start} … ${end} not found`);
  return `${doc.slice(0, from + start.length)}\n${content}\n${doc.slice(to)}`;
}

/** The documentation with both tables regenerated from the action definition's text. */
export function withActionTables(doc: string, actionYml: string): string {
  const action = parse(actionYml) as ActionDefinition;
  return replaceBetween(
    replaceBetween(doc, 'action-inputs', renderInputsTable(action)),
    'action-outputs',
    renderOutputsTable(action),
  );
}

function main(): number {
  const root = process.cwd();
  const docPath = path.join(root, DOCS_FILE);
  const doc = readFileSync(docPath, 'utf8');
  const updated = withActionTables(doc, readFileSync(path.join(root, ACTION_FILE), 'utf8'));
  if (process.argv.includes('--check')) {
    if (updated === doc) return 0;
    process.stderr.write(
      `${DOCS_FILE}: the inputs/outputs tables differ from ${ACTION_FILE}; run: npx tsx scripts/action-docs.ts\n`,
    );
    return 1;
  }
  if (updated !== doc) writeFileSync(docPath, updated);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exitCode = main();

/**
 * README.md and action.yml stay in step: the tables are generated from
 * action.yml, every input the action reads is declared (and vice versa),
 * every output it sets is declared, and the copy-paste workflows only use
 * inputs that exist.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ActionInputsSchema, parseInputs } from '../../src/config/inputs.js';
import { actionOutputs } from '../../src/github/outputs.js';
import { runFilesIn } from '../../src/github/files.js';
import { ACTION_FILE, DOCS_FILE, withActionTables } from '../../scripts/action-docs.js';
import { buildResults } from '../support/results-builder.js';

interface ActionDefinition {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

const actionYml = readFileSync(ACTION_FILE, 'utf8');
const action = parse(actionYml) as ActionDefinition;
const doc = readFileSync(DOCS_FILE, 'utf8');

describe('README.md against action.yml', () => {
  it('has the inputs and outputs tables generated from action.yml (run: npx tsx scripts/action-docs.ts)', () => {
    expect(withActionTables(doc, actionYml)).toBe(doc);
  });

  it('declares exactly the inputs the action reads', () => {
    const read = new Set<string>();
    parseInputs((name) => {
      read.add(name);
      return name === 'github-token' ? 'ghs_x' : '';
    }, '/repo');
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('writes in action.yml the defaults the zod schema applies (an empty input means its default)', () => {
    const given = ([, input]: [string, { default?: string }]) =>
      Boolean(input.default) && !input.default!.includes('${{');
    const withDefault = Object.entries(action.inputs).filter(given);
    expect(withDefault.length).toBeGreaterThan(5);
    for (const [name, input] of withDefault) {
      const field = ActionInputsSchema.shape[name as keyof typeof ActionInputsSchema.shape];
      expect(field.parse(undefined), name).toEqual(field.parse(input.default));
    }
  });

  it('declares exactly the outputs the action sets', () => {
    const outputs = actionOutputs({
      results: buildResults({ runId: 'RH-docs', tests: [] }),
      comparisons: [],
      gate: { passed: true, reasons: [], summary: 'ok' },
      files: runFilesIn('/tmp/x'),
    });
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('runs on node24 from the bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('only uses declared inputs in its copy-paste workflows, which are valid YAML', () => {
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Record<string, unknown>);
    const steps = blocks.flatMap((block) =>
      Object.values(
        (block['jobs'] ?? {}) as Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>,
      ).flatMap((job) => job.steps ?? []),
    );
    const ours = steps.filter((step) => step.uses?.startsWith('rehearse-dev/rehearse@'));
    expect(ours.length).toBeGreaterThanOrEqual(6);
    for (const step of ours)
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
  });
});

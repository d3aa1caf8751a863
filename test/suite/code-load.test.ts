// Code scorers and checkpoints at load: every mistake names file:line, and an
// edited scorer module makes its test a changed test (criteria version).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planRun } from '../../src/plan/index.js';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { writeSuite } from './helpers.js';

const HEAD = `agents:
  - { id: bot, type: command, command: [node, bot.mjs] }
personas:
  - { id: p, role: A customer }
scenarios:
  - { id: b, type: behavioral, objective: Hi, instructions: Say hi. }
  - id: s
    type: scripted
    match: keywords
    conditional_actions:
      role: A customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: Hi, fixed_message: true }
        - { id: 4, condition: Greets, keywords: [hello], action: Bye, fixed_message: true }
`;

const SCORERS = {
  'scorers/ok.mjs': 'export default () => true;\nexport const other = () => true;\n',
  'scorers/values.mjs': 'export const notAFunction = 3;\nexport const fn = () => true;\n',
  'scorers/broken.mjs': "throw new Error('cannot start');\n",
  'scorers/notes.txt': 'hello',
};

async function issuesOf(files: Record<string, string>): Promise<string[]> {
  const cwd = writeSuite(files);
  const result = await loadSuite('suite.yaml', { cwd });
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('code scorers at load', () => {
  it('a missing module or export, a non-function, a failing import, a wrong extension: file:line', async () => {
    const suite =
      HEAD +
      `tests:
  - id: t
    persona: p
    scenario: s
    criteria:
      - { type: code, module: scorers/missing.mjs }
      - { type: code, module: scorers/ok.mjs, export: nope }
      - { type: code, module: scorers/values.mjs, export: notAFunction }
      - { type: code, module: scorers/broken.mjs }
      - { type: code, module: scorers/notes.txt }
      - { type: code, module: scorers/ok.mjs, export: other }
`;
    const issues = await issuesOf({ 'suite.yaml': suite, ...SCORERS });
    expect(issues).toEqual([
      expect.stringMatching(/^suite\.yaml:20:\d+: code scorer: module scorers\/missing\.mjs does not exist/),
      expect.stringMatching(
        /^suite\.yaml:21:\d+: code scorer: module scorers\/ok\.mjs has no export 'nope' \(it exports: default, other\)/,
      ),
      expect.stringMatching(
        /^suite\.yaml:22:\d+: code scorer: export 'notAFunction' of scorers\/values\.mjs is a number, not a function/,
      ),
      expect.stringMatching(
        /^suite\.yaml:23:\d+: code scorer: module scorers\/broken\.mjs could not be loaded: cannot start/,
      ),
      expect.stringMatching(/^suite\.yaml:24:\d+: code scorer: scorers\/notes\.txt is not a JS or TS module/),
    ]);
  });

  it('an ES module scorer in a CommonJS package (what npm init writes) says how to load it', async () => {
    const suite =
      HEAD +
      `tests:
  - id: t
    persona: p
    scenario: s
    criteria:
      - { type: code, module: scorers/esm.ts }
      - { type: code, module: scorers/esm.js }
      - { type: code, module: scorers/esm.mts }
`;
    const esm = "import { sep } from 'node:path';\nexport default () => sep.length > 0;\n";
    const issues = await issuesOf({
      'suite.yaml': suite,
      'package.json': '{ "name": "user-project", "type": "commonjs" }\n',
      'scorers/esm.ts': esm,
      'scorers/esm.js': esm,
      'scorers/esm.mts': esm,
    });
    expect(issues).toEqual(
      ['ts', 'js'].map((ext) =>
        expect.stringMatching(
          new RegExp(
            `^suite\\.yaml:2${ext === 'ts' ? 0 : 1}:\\d+: code scorer: module scorers/esm\\.${ext} could not be ` +
              `loaded: .* \\(Node reads \\.${ext} files as CommonJS .*name the scorer \\.mjs or \\.mts, ` +
              `or set "type": "module"\\)$`,
          ),
        ),
      ),
    );
  });

  it('a named metric resolves its module relative to the file that declares it', async () => {
    const suite =
      HEAD +
      `include: [metrics/*.yaml]
tests:
  - { id: t, persona: p, scenario: s, criteria: [{ metric: m }] }
`;
    const cwd = writeSuite({
      'suite.yaml': suite,
      'metrics/m.yaml': 'metrics:\n  - { id: m, type: code, module: ../scorers/ok.mjs }\n',
      ...SCORERS,
    });
    const result = await loadSuite('suite.yaml', { cwd });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    const metric = result.suite.metrics[0]!;
    expect(metric.type === 'code' && metric.module).toBe(join(cwd, 'scorers/ok.mjs'));
  });

  it('an edited scorer makes the test changed (criteria version); an unchanged one keeps it', async () => {
    const suite =
      HEAD + `tests:\n  - { id: t, persona: p, scenario: s, criteria: [{ type: code, module: scorers/ok.mjs }] }\n`;
    const cwd = writeSuite({ 'suite.yaml': suite, ...SCORERS });
    const version = async () => {
      const loaded = await loadSuite('suite.yaml', { cwd });
      if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
      return planRun(loaded.suite, { simulatorAvailable: false, runs: 1 }).trials[0]!.versions!.criteria;
    };
    const before = await version();
    expect(await version()).toBe(before);
    writeFileSync(join(cwd, 'scorers/ok.mjs'), 'export default () => false;\n');
    expect(await version()).not.toBe(before);
  });

  it('an edited helper the scorer imports makes the test changed too', async () => {
    const suite =
      HEAD + `tests:\n  - { id: t, persona: p, scenario: s, criteria: [{ type: code, module: scorers/uses.mjs }] }\n`;
    const cwd = writeSuite({
      'suite.yaml': suite,
      'scorers/uses.mjs': "import { verdict } from './helper.mjs';\nexport default () => verdict;\n",
      'scorers/helper.mjs': 'export const verdict = true;\n',
    });
    const version = async () => {
      const loaded = await loadSuite('suite.yaml', { cwd });
      if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
      return planRun(loaded.suite, { simulatorAvailable: false, runs: 1 }).trials[0]!.versions!.criteria;
    };
    const before = await version();
    writeFileSync(join(cwd, 'scorers/helper.mjs'), 'export const verdict = false;\n');
    expect(await version()).not.toBe(before);
  });
});

describe('checkpoints at load', () => {
  it('an unknown step lists the ids that exist; a step on a behavioral scenario or a dataset is an error', async () => {
    const suite =
      HEAD +
      `metrics:
  - { id: at-step, type: text, contains: hi, at: { step: 9 } }
tests:
  - id: t
    persona: p
    scenario: s
    criteria:
      - { type: text, contains: hi, at: { step: 7 } }
      - { type: text, contains: hi, at: { step: 4 } }
      - { metric: at-step }
  - id: u
    persona: p
    scenario: b
    criteria:
      - { type: text, contains: hi, at: { step: 0 } }
      - { type: text, contains: hi, at: { turn: 3 } }
datasets:
  - id: d
    items: [{ id: i, input: hi }]
    criteria:
      - { type: text, contains: hi, at: { step: 1 } }
`;
    const issues = await issuesOf({ 'suite.yaml': suite });
    expect(issues).toEqual([
      expect.stringMatching(
        /^suite\.yaml:22:\d+: criterion 'text': checkpoint step 7 is not a condition of scenario 's' \(its condition ids: 0, 4\)/,
      ),
      expect.stringMatching(
        /^suite\.yaml:24:\d+: criterion 'at-step': checkpoint step 9 is not a condition of scenario 's'/,
      ),
      expect.stringMatching(
        /^suite\.yaml:29:\d+: criterion 'text': checkpoint step 0 needs a scripted scenario; 'b' is behavioral/,
      ),
      expect.stringMatching(/^suite\.yaml:35:\d+: criterion 'text': datasets have no scripted steps/),
    ]);
  });

  it('a checkpoint turn of 0 is a schema error', async () => {
    const suite =
      HEAD + `tests:\n  - { id: t, persona: p, scenario: s, criteria: [{ type: turns, max: 3, at: { turn: 0 } }] }\n`;
    const issues = await issuesOf({ 'suite.yaml': suite });
    expect(issues.join('\n')).toMatch(/^suite\.yaml:16:\d+: turn: expected a whole number from 1 to 200, got 0$/m);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadSuite, type LoadResult } from '../../src/suite/index.js';
import { MINIMAL, writeSuite } from './helpers.js';

const REPO = join(import.meta.dirname, '..', '..');

function messages(result: LoadResult): string[] {
  return result.ok ? result.warnings.map(formatIssue) : result.issues.map(formatIssue);
}

async function loadOk(files: Record<string, string>) {
  const cwd = writeSuite(files);
  const result = await loadSuite('rehearse.yaml', { cwd });
  if (!result.ok) throw new Error(`expected a valid suite, got:\n${messages(result).join('\n')}`);
  return { suite: result.suite, warnings: result.warnings, cwd };
}

describe('loadSuite on the demo suite', () => {
  it('loads every file and entity of fixtures/demo', async () => {
    const result = await loadSuite('fixtures/demo/rehearse.yaml', { cwd: REPO });
    expect(messages(result)).toEqual([]);
    if (!result.ok) return;
    const { suite } = result;
    expect(suite.files[0]).toBe(join(REPO, 'fixtures/demo/rehearse.yaml'));
    expect(suite.files.length).toBeGreaterThan(5);
    expect(suite.personas.length).toBeGreaterThanOrEqual(4);
    expect(suite.scenarios.length).toBeGreaterThanOrEqual(6);
    expect(new Set(suite.scenarios.map((s) => s.type))).toEqual(new Set(['behavioral', 'scripted']));
    expect(suite.profiles).toHaveLength(5);
    expect(suite.tools.length).toBeGreaterThanOrEqual(3);
    expect(suite.tests.length).toBeGreaterThanOrEqual(8);
    expect(suite.tests.some((t) => t.priority === 'critical')).toBe(true);
    expect(Object.keys(suite.variants).sort()).toEqual(['baseline', 'candidate']);
  });

  it('remembers where each entity is declared', async () => {
    const result = await loadSuite('fixtures/demo/rehearse.yaml', { cwd: REPO });
    if (!result.ok) throw new Error('demo should load');
    const agent = result.suite.agents.find((a) => a.id === 'order-bot');
    expect(agent?.source).toEqual({ file: 'fixtures/demo/rehearse.yaml', line: 21, column: 5 });
    expect(agent?.type === 'command' && agent.cwd).toBe(join(REPO, 'fixtures/demo'));
  });
});

describe('includes', () => {
  it('follows nested includes and globs relative to the including file', async () => {
    const { suite } = await loadOk({
      'rehearse.yaml': 'include: [parts/*.yaml]\nagents:\n  - { id: bot, type: command, command: [node, bot.mjs] }\n',
      'parts/people.yaml': 'include: [deeper/**/*.yml]\npersonas:\n  - { id: calm, role: A customer }\n',
      'parts/deeper/x/more.yml': 'personas:\n  - { id: busy, role: A busy customer }\n',
    });
    expect(suite.personas.map((p) => p.id)).toEqual(['calm', 'busy']);
    expect(suite.files).toHaveLength(3);
    expect(suite.personas[1]?.source.file).toBe('parts/deeper/x/more.yml');
  });

  it('reads a diamond include once, without calling it a cycle', async () => {
    const { suite } = await loadOk({
      'rehearse.yaml': 'include: [a.yaml, b.yaml]\nagents:\n  - { id: bot, type: command, command: [node, bot.mjs] }\n',
      'a.yaml': 'include: [shared.yaml]\n',
      'b.yaml': 'include: [shared.yaml]\n',
      'shared.yaml': 'personas:\n  - { id: calm, role: A customer }\n',
    });
    expect(suite.personas).toHaveLength(1);
  });

  it('reports a glob that matches nothing, and a missing root file, without throwing', async () => {
    const cwd = writeSuite({ 'rehearse.yaml': `include: [nothing/*.yaml]\n${MINIMAL}` });
    expect(messages(await loadSuite('rehearse.yaml', { cwd }))).toEqual([
      "rehearse.yaml:1:11: include 'nothing/*.yaml' matches no file",
    ]);
    expect(messages(await loadSuite('absent.yaml', { cwd }))).toEqual([
      'absent.yaml:1:1: cannot read suite file: no such file',
    ]);
  });

  const AGENTS = 'agents:\n  - { id: bot, type: command, command: [node, bot.mjs] }\n';

  it('matches character classes, ** at any depth (dot folders and node_modules left out) and {a,b}', async () => {
    const persona = (id: string) => `personas:\n  - { id: ${id}, role: A customer }\n`;
    const { suite } = await loadOk({
      'rehearse.yaml': `include: ["tests/[ab].yaml", "deep/**/*.yaml", "alt/{x,y}.yml"]\n${AGENTS}`,
      'tests/a.yaml': persona('a'),
      'tests/b.yaml': persona('b'),
      'tests/c.yaml': persona('c'),
      'deep/top.yaml': persona('top'),
      'deep/one/two/low.yaml': persona('low'),
      'deep/.hidden/no.yaml': persona('hidden'),
      'deep/node_modules/no.yaml': persona('vendored'),
      'alt/x.yml': persona('x'),
      'alt/z.yml': persona('z'),
    });
    expect(suite.personas.map((p) => p.id)).toEqual(['a', 'b', 'low', 'top', 'x']);
  });

  it('says which pattern matched nothing, at its line and column, for classes and ** too', async () => {
    const root = `include:\n  - tests/[xy].yaml\n  - none/**/*.yaml\n${MINIMAL}`;
    const cwd = writeSuite({ 'rehearse.yaml': root, 'tests/a.yaml': '' });
    expect(messages(await loadSuite('rehearse.yaml', { cwd }))).toEqual([
      "rehearse.yaml:2:5: include 'tests/[xy].yaml' matches no file",
      "rehearse.yaml:3:5: include 'none/**/*.yaml' matches no file",
    ]);
  });

  it('follows a glob into a sibling folder (../), as a plain path include does', async () => {
    const cwd = writeSuite({
      'suite/rehearse.yaml': `include: ["../shared/*.yaml"]\n${AGENTS}`,
      'shared/people.yaml': 'personas:\n  - { id: calm, role: A customer }\n',
    });
    const result = await loadSuite('suite/rehearse.yaml', { cwd });
    expect(result.ok && result.suite.personas.map((p) => p.source.file)).toEqual(['shared/people.yaml']);
  });
});

describe('include patterns on Windows', () => {
  it('reads a backslash as a directory separator where it is one, and as an escape elsewhere', async () => {
    const { toGlobPattern } = await import('../../src/suite/glob.js');
    expect(toGlobPattern('tests\\**\\*.yaml', '\\')).toBe('tests/**/*.yaml');
    expect(toGlobPattern('tests/\\[literal\\].yaml', '/')).toBe('tests/\\[literal\\].yaml');
  });
});

describe('content versions', () => {
  const scenario = (order: 'ab' | 'ba', instructions = 'Say hello and leave.') =>
    order === 'ab'
      ? `scenarios:\n  - id: greet\n    type: behavioral\n    objective: Say hello\n    instructions: ${instructions}\n`
      : `scenarios:\n  - instructions: ${instructions}\n    objective: Say hello\n    type: behavioral\n   ` +
        ` id: greet\n`;
  const rest =
    'agents:\n  - { id: bot, type: command, command: [node, bot.mjs] }\npersonas:\n  - { id: calm, role: A ' +
    'customer }\n';

  it('is a short hash that ignores key order and changes with the content', async () => {
    const a = (await loadOk({ 'rehearse.yaml': rest + scenario('ab') })).suite.scenarios[0]!.version;
    const b = (await loadOk({ 'rehearse.yaml': rest + scenario('ba') })).suite.scenarios[0]!.version;
    const c = (await loadOk({ 'rehearse.yaml': rest + scenario('ab', 'Say goodbye.') })).suite.scenarios[0]!.version;
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('applies defaults first, so writing a default explicitly keeps the version', async () => {
    const implicit = (await loadOk({ 'rehearse.yaml': rest + scenario('ab') })).suite.personas[0]!.version;
    const explicit = (
      await loadOk({
        'rehearse.yaml': rest.replace('role: A customer }', 'role: A customer, language: en }') + scenario('ab'),
      })
    ).suite.personas[0]!.version;
    expect(explicit).toBe(implicit);
  });
});

describe('agents and variants', () => {
  it('reads system_prompt_file relative to the declaring file', async () => {
    const { suite } = await loadOk({
      'rehearse.yaml': `include: [agents/openai.yaml]\n${MINIMAL.replace(/agents:\n(.*\n){3}/, '')}`,
      'agents/openai.yaml':
        'agents:\n  - { id: bot, type: openai, model: gpt-4o-mini, system_prompt_file: prompts/support.md }\n',
      'agents/prompts/support.md': 'You are a support agent.\n',
    });
    const agent = suite.agents[0]!;
    expect(agent.type === 'openai' && agent.system_prompt).toBe('You are a support agent.\n');
  });

  it('warns when a variant override cannot apply to the agent type', async () => {
    const { warnings } = await loadOk({ 'rehearse.yaml': `${MINIMAL}variants:\n  candidate:\n    model: gpt-4.1\n` });
    expect(warnings.map(formatIssue)).toEqual([
      "rehearse.yaml:20:5: warning: variant 'candidate' sets model, which only applies to openai agents: agent " +
        "'bot' is a command agent, so it runs unchanged",
    ]);
  });

  it('fills in the default agent and profile on tests', async () => {
    const { suite } = await loadOk({
      'rehearse.yaml': `${MINIMAL}profiles:\n  - { id: p, data: { name: Jane } }\ndefaults:\n  profile: p\n`,
    });
    expect(suite.tests[0]).toMatchObject({ agent: 'bot', profile: 'p' });
  });
});

describe('rules across the suite', () => {
  it('accepts <endcall/>, <endcall /> and <spell> in verbatim and phrased actions alike', async () => {
    const conditions = [
      '{ id: 0, condition: FIRST_MESSAGE, action: "Hi, my id is <spell>{{profile.id}}</spell>", fixed_message: true }',
      '{ id: 1, condition: The agent confirms, action: "Thanks <endcall />", fixed_message: true }',
      '{ id: 2, condition: The agent asks again, action: "Spell it <spell>ABC</spell> then hang up <endcall/>", ' +
        'fixed_message: false }',
      '{ id: 3, condition: 2, type: action_followup, action: "Say bye", fixed_message: false }',
    ];
    const scripted =
      `scenarios:\n  - id: s\n    type: scripted\n    conditional_actions:\n      role: A ` +
      `customer\n      conditions:\n${conditions.map((c) => `        - ${c}`).join('\n')}\n`;
    const { suite } = await loadOk({
      'rehearse.yaml':
        `agents:\n  - { id: bot, type: command, command: [node, bot.mjs] }\npersonas:\n  - { id: ` +
        `calm, role: A customer }\nprofiles:\n  - { id: p, data: { id: A1 } }\n${scripted}tests:\n  - { id: t, ` +
        `persona: calm, scenario: s, profile: p }\n`,
    });
    expect(suite.scenarios[0]?.type).toBe('scripted');
  });

  it('reports every error of a run at once, sorted by file and line', async () => {
    const cwd = writeSuite({
      'rehearse.yaml': `include: [tests.yaml]\n${MINIMAL.replace('role: A customer', 'role: 3')}`,
      'tests.yaml': 'tests:\n  - { id: other, persona: nobody, scenario: greet }\n',
    });
    const result = messages(await loadSuite('rehearse.yaml', { cwd }));
    expect(result).toEqual([
      'rehearse.yaml:9:11: role: expected a string, got a number (3)',
      "tests.yaml:2:27: unknown persona 'nobody'",
    ]);
  });
});

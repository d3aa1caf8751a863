/**
 * Loading conversations that start from recorded turns (`start_from`, `start_from_file`) and the simulated user's
 * own prompt and model (root and persona `simulator:`): what the later stages see, what the content versions cover,
 * and the file:line errors for what is written wrong.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadSuite, type LoadedSuite } from '../../src/suite/index.js';
import { writeSuite } from './helpers.js';

const AGENT = `agents:
  - { id: bot, type: command, command: [node, bot.mjs] }
`;

const SCRIPT = `    type: scripted
    match: keywords
    conditional_actions:
      role: A customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: "", fixed_message: true }
        - { id: 1, condition: asks, keywords: [wrong], action: "It is cracked.", fixed_message: true }
`;

function suiteYaml(scenario: string, personas = '  - { id: p, role: a customer }\n', root = ''): string {
  return `${root}${AGENT}personas:
${personas}scenarios:
${scenario}tests:
  - { id: t, persona: p, scenario: s }
`;
}

async function load(files: Record<string, string>): Promise<LoadedSuite> {
  const dir = writeSuite(files);
  const result = await loadSuite(join(dir, 'rehearse.yaml'), { cwd: dir });
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.suite;
}

async function issues(files: Record<string, string>): Promise<string[]> {
  const dir = writeSuite(files);
  const result = await loadSuite(join(dir, 'rehearse.yaml'), { cwd: dir });
  if (result.ok) throw new Error('expected the suite to be rejected');
  return result.issues.map((issue) => formatIssue(issue).replace(`${dir}/`, ''));
}

const INLINE = `  - id: s
    start_from:
      - user: "Hi, I want a refund for order 1042"
      - agent: "Order 1042 was delivered. What's wrong with it?"
        tool_calls: [{ name: lookup_order, arguments: { order_id: "1042" }, result: { status: delivered } }]
${SCRIPT}`;

describe('start_from', () => {
  it('keeps the recorded turns on the scenario, and they are part of its version', async () => {
    const suite = await load({ 'rehearse.yaml': suiteYaml(INLINE) });
    const scenario = suite.scenarios[0]!;
    expect(scenario.start_from).toEqual([
      { user: 'Hi, I want a refund for order 1042' },
      {
        agent: "Order 1042 was delivered. What's wrong with it?",
        tool_calls: [{ name: 'lookup_order', arguments: { order_id: '1042' }, result: { status: 'delivered' } }],
      },
    ]);
    const edited = await load({ 'rehearse.yaml': suiteYaml(INLINE.replace('for order 1042', 'for order 1043')) });
    expect(edited.scenarios[0]!.version).not.toBe(scenario.version);
    const without = await load({ 'rehearse.yaml': suiteYaml(`  - id: s\n${SCRIPT}`) });
    expect(without.scenarios[0]!.start_from).toBeUndefined();
    expect(without.scenarios[0]!.version).not.toBe(scenario.version);
  });

  it('reads start_from_file with the transcript reader, into the turns and the version inline gives', async () => {
    const transcript = [
      'User: Hi, I want a refund for order 1042',
      'Tool: lookup_order {"order_id": "1042"} -> {"status": "delivered"}',
      "Agent: Order 1042 was delivered. What's wrong with it?",
    ].join('\n');
    const suite = await load({
      'rehearse.yaml': suiteYaml(`  - id: s\n    start_from_file: rec/refund.txt\n${SCRIPT}`),
      'rec/refund.txt': transcript,
    });
    const inline = await load({ 'rehearse.yaml': suiteYaml(INLINE) });
    expect(suite.scenarios[0]!.start_from).toEqual(inline.scenarios[0]!.start_from);
    expect(suite.scenarios[0]!.version).toBe(inline.scenarios[0]!.version);
    expect(suite.scenarios[0]).not.toHaveProperty('start_from_file');
  });

  it('names the file, the line and the shapes accepted for a malformed turn', async () => {
    const found = await issues({
      'rehearse.yaml': suiteYaml(`  - id: s
    start_from:
      - user: "Hi"
      - { user: "Hi", agent: "Hello" }
      - agent: ""
      - usr: "typo"
${SCRIPT}`),
    });
    expect(found).toContainEqual(expect.stringMatching(/^rehearse\.yaml:9:9: .*not both; a recorded turn is \{ user/));
    expect(found).toContainEqual(expect.stringMatching(/^rehearse\.yaml:10:9: .*agent turn needs words or tool_calls/));
    expect(found).toContainEqual(
      expect.stringMatching(/^rehearse\.yaml:11:9: unknown key .usr. — did you mean .user./),
    );
  });

  it('rejects start_from beside start_from_file, an opening message beside them, and an unreadable file', async () => {
    const both = await issues({
      'rehearse.yaml': suiteYaml(INLINE.replace('    start_from:\n', '    start_from_file: x.txt\n    start_from:\n')),
      'x.txt': 'User: hi',
    });
    expect(both).toContainEqual(expect.stringMatching(/sets both start_from and start_from_file; keep one/));
    const opening = await issues({
      'rehearse.yaml': suiteYaml(
        INLINE.replace('action: "", fixed_message: true }', 'action: Hello, fixed_message: true }'),
      ),
    });
    expect(opening).toContainEqual(
      expect.stringMatching(
        /give FIRST_MESSAGE an empty action \(""\): the recorded turns of start_from are the opening/,
      ),
    );
    const unreadable = await issues({
      'rehearse.yaml': suiteYaml(`  - id: s\n    start_from_file: rec.txt\n${SCRIPT}`),
      'rec.txt': 'Customer said hello\n',
    });
    expect(unreadable).toContainEqual(
      expect.stringMatching(/^rehearse\.yaml:\d+:\d+: start_from_file 'rec\.txt' can not be read: .*rec\.txt:1/),
    );
  });
});

describe('the simulated user per suite and persona', () => {
  const scenario = `  - id: s\n${SCRIPT}`;

  it("reads a persona's prompt file; its prompt and model are part of the persona's version", async () => {
    const personas = (simulator: string) => `  - id: p\n    role: a customer\n    simulator: ${simulator}\n`;
    const suite = await load({
      'rehearse.yaml': suiteYaml(scenario, personas('{ model: sim-b, system_prompt_file: prompts/p.md }')),
      'prompts/p.md': 'You are {{persona.name}}, terse.',
    });
    const persona = suite.personas[0]!;
    expect(persona.simulator).toEqual({ model: 'sim-b', system_prompt: 'You are {{persona.name}}, terse.' });
    const otherModel = await load({
      'rehearse.yaml': suiteYaml(scenario, personas('{ model: sim-c, system_prompt_file: prompts/p.md }')),
      'prompts/p.md': 'You are {{persona.name}}, terse.',
    });
    const otherPrompt = await load({
      'rehearse.yaml': suiteYaml(scenario, personas('{ model: sim-b, system_prompt_file: prompts/p.md }')),
      'prompts/p.md': 'You are {{persona.name}}, chatty.',
    });
    expect(new Set([persona.version, otherModel.personas[0]!.version, otherPrompt.personas[0]!.version]).size).toBe(3);
  });

  it("the root prompt is part of every persona's version that uses it; the root model is not", async () => {
    const version = async (root: string) =>
      (await load({ 'rehearse.yaml': suiteYaml(scenario, undefined, root) })).personas[0]!.version;
    const plain = await version('simulator: { model: sim-a }\n');
    expect(await version('simulator: { model: sim-z }\n')).toBe(plain);
    expect(await version('simulator: { model: sim-a, system_prompt: "You are a shopper." }\n')).not.toBe(plain);
  });

  it('rejects a prompt given twice and a prompt file that is not there, at their line', async () => {
    const twice = await issues({
      'rehearse.yaml': suiteYaml(
        scenario,
        undefined,
        'simulator: { model: m, system_prompt: a, system_prompt_file: b.md }\n',
      ),
      'b.md': 'x',
    });
    expect(twice).toContainEqual(expect.stringMatching(/^rehearse\.yaml:1:\d+: simulator sets both system_prompt and/));
    const missing = await issues({
      'rehearse.yaml': suiteYaml(
        scenario,
        '  - id: p\n    role: a customer\n    simulator: { system_prompt_file: nope.md }\n',
      ),
    });
    expect(missing).toContainEqual(
      expect.stringMatching(/^rehearse\.yaml:6:\d+: system prompt file 'nope\.md' not found/),
    );
  });
});

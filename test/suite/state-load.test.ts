// Load-time errors of state, stateful tools and end-state criteria: each names file:line.
import { describe, expect, it } from 'vitest';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { writeSuite } from './helpers.js';

const SUITE = `agents:
  - { id: bot, type: command, command: [node, bot.mjs], tools: [read, write, mod] }
personas:
  - { id: p, role: A customer }
scenarios:
  - { id: s, type: behavioral, objective: Hi, instructions: Say hi. }
tools:
  - name: read
    parameters: { type: object, properties: { order_id: { type: string } } }
    strategy: state
    state: { read: "orders[{orderid}]" }
  - name: write
    strategy: mock
    state: { set: { "a[": 1 } }
    mock:
      mappings:
        - { when: { q: "(unclosed" }, match: pattern, output: 1 }
  - name: mod
    strategy: module
    module: { file: missing.mjs }
tests:
  - id: t
    persona: p
    scenario: s
    state: { orders: {} }
    state_file: db.json
    criteria:
      - { type: state, path: 'orders["#W1"].status', equals: x, exists: true }
      - { type: state_unchanged, except: ['a[b'] }
`;

describe('state at load', () => {
  it('reports every mistake with its file and line', async () => {
    const cwd = writeSuite({ 'suite.yaml': SUITE });
    const result = await loadSuite('suite.yaml', { cwd });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues.map(formatIssue);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^suite\.yaml:11:\d+: tool 'read': path 'orders\[\{orderid\}\]' uses \{orderid\}/),
        expect.stringMatching(/^suite\.yaml:14:\d+: tool 'write' has a `state:` block but strategy mock/),
        expect.stringMatching(/^suite\.yaml:17:\d+: tool 'write': invalid pattern "\(unclosed"/),
        expect.stringMatching(/^suite\.yaml:20:\d+: tool 'mod': module file missing\.mjs does not exist/),
        expect.stringMatching(/^suite\.yaml:26:\d+: 't' sets both state and state_file/),
        expect.stringMatching(/^suite\.yaml:28:\d+: criterion 'state' needs exactly one of equals, contains/),
        expect.stringMatching(/^suite\.yaml:29:\d+: criterion 'state_unchanged': unclosed "\["/),
      ]),
    );
  });

  it('loads a state file into the test and resolves the module file', async () => {
    const cwd = writeSuite({
      'suite.yaml': SUITE.replace('    state: { orders: {} }\n', '')
        .replace(
          / {2}- name: write[\s\S]*?output: 1 \}\n/,
          '  - { name: write, strategy: state, state: { read: x } }\n',
        )
        .replace('missing.mjs', 'tools.mjs')
        .replace('{orderid}', '{order_id}')
        .replace(', exists: true', '')
        .replace("'a[b'", "'orders'"),
      'db.json': '{ "orders": { "#W1": { "status": "x" } } }',
      'tools.mjs': 'export const mod = () => 1;\n',
    });
    const result = await loadSuite('suite.yaml', { cwd });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    expect(result.suite.tests[0]?.state).toEqual({ orders: { '#W1': { status: 'x' } } });
    expect(result.suite.tools.find((tool) => tool.name === 'mod')?.module?.file).toMatch(/^\/.*tools\.mjs$/);
  });
});

/**
 * Files a suite names, saved with a UTF-8 byte order mark (Notepad, PowerShell's Out-File): read as without it.
 * (The suite's own YAML files: fixtures/broken/utf8-bom-column.)
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { writeSuite } from './helpers.js';

const BOM = '\uFEFF';

const SUITE = `agents:
  - { id: bot, type: openai, model: m, system_prompt_file: prompt.md }
personas:
  - { id: p, role: A customer }
scenarios:
  - { id: s, type: behavioral, objective: Hi, instructions: Say hi., start_from_file: turns.json }
profiles:
  - { id: yaml-state, data: {}, state_file: state.yaml }
tests:
  - { id: t, persona: p, scenario: s, state_file: state.json }
  - { id: u, persona: p, scenario: s, profile: yaml-state }
`;

describe('files a suite names, starting with a byte order mark', () => {
  it('state (JSON and YAML), a start transcript and a system prompt load as without it', async () => {
    const cwd = writeSuite({
      'rehearse.yaml': SUITE,
      'prompt.md': `${BOM}You help.`,
      'turns.json': `${BOM}${JSON.stringify([
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: 'Hello!' },
      ])}`,
      'state.json': `${BOM}{"orders": {}}`,
      'state.yaml': `${BOM}orders: {}\n`,
    });
    const result = await loadSuite('rehearse.yaml', { cwd });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    expect(result.suite.agents[0]).toMatchObject({ system_prompt: 'You help.' });
    expect(result.suite.scenarios[0]!.start_from).toEqual([{ user: 'hi' }, { agent: 'Hello!' }]);
    expect(result.suite.tests[0]!.state).toEqual({ orders: {} });
    expect(result.suite.profiles[0]!.state).toEqual({ orders: {} });
  });
});

// The annotated example in README.md must stay a valid suite.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { writeSuite } from './helpers.js';

const DOC = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README.md', () => {
  it('has a complete example that loads without errors or warnings', async () => {
    const example = /#+ A complete, annotated example\n+```yaml\n([\s\S]*?)```/.exec(DOC)?.[1];
    expect(example).toBeDefined();
    const cwd = writeSuite({
      'rehearse.yaml': example!,
      'personas/more.yaml': 'personas:\n  - { id: calm, role: A calm customer }\n',
      'tests/extra/more.yaml':
        'tests:\n  - { id: calm-refund, persona: calm, scenario: refund-scripted, profile: jane }\n',
    });
    const result = await loadSuite('rehearse.yaml', { cwd });
    expect(result.ok ? result.warnings.map(formatIssue) : result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    for (const key of [
      'agents',
      'personas',
      'scenarios',
      'profiles',
      'tools',
      'metrics',
      'tests',
      'sets',
      'datasets',
    ] as const) {
      expect(result.suite[key].length, key).toBeGreaterThan(0);
    }
    expect(new Set(result.suite.agents.map((a) => a.type))).toEqual(new Set(['openai', 'http', 'command']));
  });
});

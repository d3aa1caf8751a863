/**
 * Every file a suite names stays inside the repository by one rule (repository-scope.ts): a symlink (the file's own
 * or a folder's on the way) or a `..` path leading out is refused for prompts, transcripts, state and modules as
 * for includes, naming the file, the link and what it points at.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { writeSuite } from './helpers.js';
import { tempDirSync } from '../support/temp-dir.js';

/** A folder outside the suite's, holding what a hostile suite would like to read. */
function outsideFolder(): string {
  const dir = tempDirSync('rehearse-outside-');
  writeFileSync(join(dir, 'secret.md'), 'TOP SECRET');
  writeFileSync(join(dir, 'db.json'), '{"orders": {}}');
  writeFileSync(join(dir, 'turns.json'), JSON.stringify([{ role: 'user', content: 'hi' }]));
  writeFileSync(join(dir, 'score.mjs'), 'export default () => 1;\n');
  writeFileSync(join(dir, 'tool.mjs'), 'export default () => 1;\n');
  writeFileSync(join(dir, 'more.yaml'), 'personas: []\n');
  return dir;
}

const SUITE = `include: [shared/more.yaml]
agents:
  - { id: bot, type: openai, model: m, system_prompt_file: shared/secret.md, tools: [mod] }
variants:
  candidate: { system_prompt_file: shared/secret.md }
simulator: { model: m, system_prompt_file: shared/secret.md }
personas:
  - { id: p, role: A customer, simulator: { system_prompt_file: shared/secret.md } }
scenarios:
  - { id: s, type: behavioral, objective: Hi, instructions: Say hi., start_from_file: shared/turns.json }
tools:
  - { name: mod, strategy: module, module: { file: shared/tool.mjs } }
tests:
  - id: t
    persona: p
    scenario: s
    state_file: shared/db.json
    criteria:
      - { type: code, module: shared/score.mjs }
`;

async function issuesOf(cwd: string): Promise<string[]> {
  const result = await loadSuite('rehearse.yaml', { cwd });
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('files a suite names stay inside the repository', () => {
  it('a folder symlink pointing out is refused for every file named through it, where it is named', async () => {
    const outside = outsideFolder();
    const cwd = writeSuite({ 'rehearse.yaml': SUITE });
    symlinkSync(outside, join(cwd, 'shared'));
    const issues = await issuesOf(cwd);
    const through = `points outside the repository through the symbolic link 'shared' \\(→ "${outside}"\\)`;
    const why = 'a suite may only name files inside its repository';
    for (const [line, subject] of [
      [1, "include 'shared/more.yaml'"],
      [3, "system prompt file 'shared/secret.md'"],
      [5, "system prompt file 'shared/secret.md'"],
      [6, "system prompt file 'shared/secret.md'"],
      [8, "system prompt file 'shared/secret.md'"],
      [10, "start_from_file 'shared/turns.json'"],
      [12, "tool 'mod': module file shared/tool.mjs"],
      [17, 'state file shared/db.json'],
      [19, 'code scorer: module shared/score.mjs'],
    ] as const)
      expect(issues).toContainEqual(
        expect.stringMatching(new RegExp(`^rehearse\\.yaml:${line}:\\d+: ${subject} ${through}: ${why}`)),
      );
    expect(issues.join('\n')).not.toContain('TOP SECRET');
  });

  it('a file symlink pointing out is refused, a dangling one too ("not found" would tell what exists)', async () => {
    const outside = outsideFolder();
    const cwd = writeSuite({
      'rehearse.yaml': `${SUITE.replace(/shared\/secret\.md/g, 'prompt.md').replace(/shared\//g, 'own/')}`,
    });
    mkdirSync(join(cwd, 'own'));
    symlinkSync(join(outside, 'secret.md'), join(cwd, 'prompt.md'));
    symlinkSync(join(outside, 'no-such-file.json'), join(cwd, 'own/turns.json'));
    const issues = await issuesOf(cwd);
    const through = (link: string, target: string): string =>
      `points outside the repository through the symbolic link '${link}' (→ "${join(outside, target)}")`;
    expect(issues).toContainEqual(
      expect.stringContaining(
        `rehearse.yaml:3:60: system prompt file 'prompt.md' ${through('prompt.md', 'secret.md')}`,
      ),
    );
    expect(issues).toContainEqual(
      expect.stringContaining(
        `rehearse.yaml:10:87: start_from_file 'own/turns.json' ${through('own/turns.json', 'no-such-file.json')}`,
      ),
    );
  });

  it('a path climbing out with .. is refused before it is looked at', async () => {
    const cwd = writeSuite({
      'suite/rehearse.yaml': SUITE.replace('include: [shared/more.yaml]\n', '').replace(
        'model: m, system_prompt_file: shared/secret.md, tools',
        'model: m, system_prompt_file: ../../etc/passwd, tools',
      ),
    });
    const result = await loadSuite('suite/rehearse.yaml', { cwd });
    const issues = result.ok ? [] : result.issues.map(formatIssue);
    expect(issues).toContainEqual(
      expect.stringMatching(
        /^suite\/rehearse\.yaml:2:\d+: system prompt file '\.\.\/\.\.\/etc\/passwd' is outside the repository: a suite/,
      ),
    );
  });

  it('links that stay inside are followed; a suite outside the working folder (no git) names its files', async () => {
    const cwd = writeSuite({ 'elsewhere/.keep': '' });
    const suiteDir = writeSuite({
      'rehearse.yaml': `include: [more/*.yaml]
agents:
  - { id: bot, type: openai, model: m, system_prompt_file: prompts/link.md }
personas:
  - { id: p, role: A customer }
scenarios:
  - { id: s, type: behavioral, objective: Hi, instructions: Say hi. }
tests:
  - { id: t, persona: p, scenario: s }
`,
      'prompts/real.md': 'You help.',
      'more/sets.yaml': 'sets:\n  - { id: all, tests: [{ test: t }] }\n',
    });
    symlinkSync('real.md', join(suiteDir, 'prompts/link.md'));
    const result = await loadSuite(join(suiteDir, 'rehearse.yaml'), { cwd: join(cwd, 'elsewhere') });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    expect(result.ok && result.suite.agents[0]).toMatchObject({ system_prompt: 'You help.' });
  });
});

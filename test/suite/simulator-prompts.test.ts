import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { writeSuite } from './helpers.js';

const PROFILES = 'profiles:\n  - { id: shopper, data: { name: Ada, address: { city: Lyon } } }\n';

/** A suite whose root simulator and persona `q` may carry their own prompts; test `t` uses p, test `u` uses q. */
function suite(options: { root?: string; persona?: string; profiles?: boolean }): string {
  return `simulator: { model: sim${options.root ? `, ${options.root}` : ''} }
agents:
  - { id: bot, type: command, command: [node, bot.mjs] }
personas:
  - { id: p, role: a customer }
  - id: q
    role: a reseller${options.persona ? `\n    simulator: { ${options.persona} }` : ''}
scenarios:
  - { id: s, type: behavioral, objective: Say hello, instructions: Say hello and leave. }
${options.profiles === false ? '' : PROFILES}tests:
  - { id: t, persona: p, scenario: s${options.profiles === false ? '' : ', profile: shopper'} }
  - { id: u, persona: q, scenario: s${options.profiles === false ? '' : ', profile: shopper'} }
`;
}

async function check(files: Record<string, string>): Promise<string[]> {
  const dir = writeSuite({ 'bot.mjs': '', ...files });
  const result = await loadSuite(join(dir, 'rehearse.yaml'), { cwd: dir });
  return result.ok ? [] : result.issues.map((issue) => formatIssue(issue).replace(`${dir}/`, ''));
}

describe('simulator prompts with {{persona.x}} and {{profile.x}}', () => {
  it('accepts every persona field and resolving profile keys: root prompt, persona prompt, prompt file', async () => {
    const fields = '{{persona.id}} {{persona.name}} {{ persona.role }} {{persona.background}} {{persona.language}}';
    expect(
      await check({
        'rehearse.yaml': suite({
          root: `system_prompt: "You are ${fields} {{persona.traits}} from {{profile.address.city}}."`,
          persona: 'system_prompt_file: q.md',
        }),
        'q.md': 'You resell for {{profile.name}} ({{persona.role}}).',
      }),
    ).toEqual([]);
  });

  it('names an unknown persona field at its line, with the field it was probably meant to be', async () => {
    const issues = await check({ 'rehearse.yaml': suite({ root: 'system_prompt: "You are {{persona.nmae}}."' }) });
    expect(issues).toEqual([
      expect.stringMatching(
        /^rehearse\.yaml:1:\d+: .*\{\{persona\.nmae\}\} in the simulator's system_prompt is not a persona field: expected one of id, name, role, background, language, traits — did you mean '\{\{persona\.name\}\}'\?/,
      ),
    ]);
  });

  it('rejects a {{…}} that is neither a persona nor a profile template, in a persona prompt file', async () => {
    const issues = await check({
      'rehearse.yaml': suite({ persona: 'system_prompt_file: q.md' }),
      'q.md': 'You are {{ user.name }}.',
    });
    expect(issues).toEqual([
      expect.stringMatching(
        /^rehearse\.yaml:8:\d+: .*\{\{ user\.name \}\} in the simulator prompt file 'q\.md' of persona 'q' is neither a persona nor a profile template/,
      ),
    ]);
  });

  it('checks profile keys against the profile of every test that uses the prompt, and only those', async () => {
    // The persona prompt is used by test u only; the root prompt by test t only (q has its own).
    const issues = await check({
      'rehearse.yaml': suite({
        root: 'system_prompt: "From {{profile.address.zip}}."',
        persona: 'system_prompt: "Call me {{profile.nickname}}."',
      }),
    });
    expect(issues).toHaveLength(2);
    expect(issues).toContainEqual(
      expect.stringMatching(
        /^rehearse\.yaml:1:\d+: .*\{\{profile\.address\.zip\}\} in the simulator's system_prompt does not resolve: profile 'shopper' \(used by test 't'\) has no 'address\.zip'/,
      ),
    );
    expect(issues).toContainEqual(
      expect.stringMatching(/^rehearse\.yaml:8:\d+: .*\(used by test 'u'\) has no 'nickname'/),
    );
  });

  it('asks for a profile when a test without one uses a prompt that needs it', async () => {
    const issues = await check({
      'rehearse.yaml': suite({ root: 'system_prompt: "From {{profile.address.city}}."', profiles: false }),
    });
    expect(issues).toEqual([
      expect.stringMatching(
        /^rehearse\.yaml:\d+:\d+: .*test 't' has no profile, but the simulator's system_prompt uses/,
      ),
      expect.stringMatching(/test 'u' has no profile/),
    ]);
  });

  it('says each problem once; a persona whose prompt file is missing does not fall back to the root', async () => {
    const twice = await check({
      'rehearse.yaml': suite({
        root: 'system_prompt: "{{persona.nmae}} {{persona.nmae}} {{profile.zip}} {{profile.zip}}"',
      }),
    });
    expect(twice).toHaveLength(3); // the field; the key, for test t; the key, for test u
    const missing = await check({
      'rehearse.yaml': suite({
        root: 'system_prompt: "From {{profile.zip}}."',
        persona: 'system_prompt_file: nope.md',
      }),
    });
    expect(missing.filter((issue) => issue.includes("test 'u'"))).toEqual([]);
    expect(missing).toContainEqual(expect.stringMatching(/system prompt file 'nope\.md' not found/));
  });
});

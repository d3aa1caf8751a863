/**
 * The simulated user's own prompt (root or persona `simulator.system_prompt`,
 * or the file it names) may say `{{persona.x}}` and `{{profile.x}}`. Both are
 * checked at load, as scenario texts are (template-checks.ts): an unknown
 * persona field, a `{{…}}` that is neither, or a profile key missing from a
 * test's profile would otherwise reach the simulator as written.
 */
import { closest } from './did-you-mean.js';
import { locate, type Collected } from './collect.js';
import type { ResolvedStarts } from './starts.js';
import { findMalformedTemplates, findTemplateRefs, PERSONA_TEMPLATE, PERSONA_TEMPLATE_FIELDS } from './template.js';
import { checkRefsResolve, issueSet } from './template-checks.js';
import type { SourceLocation, SuiteIssue } from './types.js';

interface SimulatorPrompt {
  readonly text: string;
  readonly location: SourceLocation;
  /** "the simulator's system_prompt", "the simulator system_prompt of persona 'p'", for messages. */
  readonly owner: string;
  /** The persona whose tests use it; undefined: every persona without a prompt of its own. */
  readonly persona: string | undefined;
}

export function checkSimulatorPrompts(suite: Collected, starts: ResolvedStarts): SuiteIssue[] {
  // A template written twice in one prompt is one issue.
  const { add: fail, issues } = issueSet();
  const prompts = promptsOf(suite, starts);
  // Declared, read or not: a persona whose prompt file is missing (reported where it is read) does not fall back.
  const withOwnPrompt = new Set(
    suite.personas
      .filter(
        ({ value }) =>
          value.simulator?.system_prompt !== undefined || value.simulator?.system_prompt_file !== undefined,
      )
      .map(({ value }) => value.id),
  );
  const profiles = new Map(suite.profiles.map((p) => [p.value.id, p.value]));

  for (const prompt of prompts) {
    for (const match of prompt.text.matchAll(PERSONA_TEMPLATE)) {
      const field = match[1] ?? '';
      if ((PERSONA_TEMPLATE_FIELDS as readonly string[]).includes(field)) continue;
      const near = closest(field, PERSONA_TEMPLATE_FIELDS);
      fail(
        prompt.location,
        `${match[0]} in ${prompt.owner} is not a persona field: expected one of ` +
          `${PERSONA_TEMPLATE_FIELDS.join(', ')}${near ? ` — did you mean '{{persona.${near}}}'?` : ''}`,
      );
    }
    const withoutPersona = prompt.text.replace(PERSONA_TEMPLATE, '');
    for (const bad of findMalformedTemplates(withoutPersona))
      fail(
        prompt.location,
        `${bad.text} in ${prompt.owner} is neither a persona nor a profile template: expected ` +
          `{{persona.field}} (${PERSONA_TEMPLATE_FIELDS.join(', ')}) or {{profile.key}}`,
      );
    const refs = findTemplateRefs(withoutPersona);
    if (refs.length === 0) continue;
    for (const test of suite.tests) {
      const users =
        prompt.persona === undefined ? !withOwnPrompt.has(test.value.persona) : test.value.persona === prompt.persona;
      if (!users) continue;
      const profileId = test.value.profile ?? suite.settings.defaults?.profile;
      if (profileId === undefined) {
        fail(
          locate(test, 'persona'),
          `test '${test.value.id}' has no profile, but ${prompt.owner} uses ${refs[0]!.text} ` +
            '(set `profile:` on the test or `defaults.profile`)',
        );
        continue;
      }
      const profile = profiles.get(profileId);
      if (!profile) continue; // unknown profile: reported by the reference check
      checkRefsResolve([{ ...prompt, text: withoutPersona }], profileId, profile.data, test.value.id, fail);
    }
  }
  return issues();
}

/** The root prompt and each persona's own, with where each was written (the inline text or the file's name). */
function promptsOf(suite: Collected, starts: ResolvedStarts): SimulatorPrompt[] {
  const prompts: SimulatorPrompt[] = [];
  const root = starts.simulator?.system_prompt;
  const rootSettings = suite.settings.simulator;
  if (root !== undefined) {
    const key = rootSettings?.system_prompt_file === undefined ? 'system_prompt' : 'system_prompt_file';
    prompts.push({
      text: root,
      location: suite.root.locate(['simulator', key]),
      owner:
        key === 'system_prompt'
          ? "the simulator's system_prompt"
          : `simulator prompt file '${rootSettings?.system_prompt_file}'`,
      persona: undefined,
    });
  }
  for (const entry of suite.personas) {
    const text = starts.personas.get(entry.value.id)?.system_prompt;
    if (text === undefined) continue;
    const file = entry.value.simulator?.system_prompt_file;
    prompts.push({
      text,
      location: locate(entry, 'simulator', file === undefined ? 'system_prompt' : 'system_prompt_file'),
      owner:
        file === undefined
          ? `the simulator system_prompt of persona '${entry.value.id}'`
          : `the simulator prompt file '${file}' of persona '${entry.value.id}'`,
      persona: entry.value.id,
    });
  }
  return prompts;
}

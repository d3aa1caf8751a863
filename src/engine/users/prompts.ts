/** What the simulator model is told. Kept in one place so the guard can check for leaks of exactly this text. */
import type { Persona } from '../../suite/schema.js';
import {
  PERSONA_TEMPLATE,
  PERSONA_TEMPLATE_FIELDS,
  renderTemplate,
  type PersonaTemplateField,
} from '../../suite/template.js';
import { STOP_SIGNAL } from './tags.js';

type Profile = Readonly<Record<string, unknown>>;

export function personaLines(persona: Persona): string[] {
  return [
    `You are ${persona.name ? `${persona.name}, ` : ''}${persona.role}.`,
    persona.background ? `Background: ${persona.background}` : '',
    persona.traits.length ? `Your manner: ${persona.traits.join(', ')}.` : '',
    `Always write in the language with code "${persona.language}".`,
  ].filter(Boolean);
}

function profileLines(profile: Profile): string[] {
  if (Object.keys(profile).length === 0) return [];
  return ['Your personal data (use it when asked; never invent other values):', JSON.stringify(profile, null, 2)];
}

/**
 * The guard's rules: added to every simulator prompt, the built-in one or a suite's or persona's own
 * `simulator.system_prompt`, and not something a suite can turn off. They keep the simulated user a user (the
 * guard in src/engine/guard.ts then checks every message it writes for the agent's voice and for its instructions).
 */
export const GUARD_RULES: readonly string[] = [
  'You are the customer / caller talking to an AI agent. You are NOT the assistant: never offer help, never ' +
    'answer as the agent.',
  'Speak in the first person, one short message at a time, the way a real person types in a chat.',
  'Never mention these instructions, a prompt, a script or that you are simulated.',
];

/**
 * Who the simulated user is: the persona's lines, or the suite's own prompt in their place, with `{{profile.x}}`
 * and `{{persona.x}}` (id, name, role, background, language, traits) filled in.
 */
export function roleLines(persona: Persona, profile: Profile, custom: string | undefined): string[] {
  if (custom === undefined) return personaLines(persona);
  const withPersona = custom.replace(PERSONA_TEMPLATE, (whole, field: string) => {
    // An unknown field is a load error (simulator-prompt-checks.ts); left as written if it ever gets here.
    if (!(PERSONA_TEMPLATE_FIELDS as readonly string[]).includes(field)) return whole;
    const value = persona[field as PersonaTemplateField];
    return Array.isArray(value) ? value.join(', ') : (value ?? '');
  });
  return [renderTemplate(withPersona, profile).trim()];
}

export function behavioralPrompt(
  persona: Persona,
  objective: string,
  instructions: string,
  profile: Profile,
  custom?: string,
): string {
  return [
    ...roleLines(persona, profile, custom),
    `Your objective: ${objective}`,
    `How you behave:\n${instructions}`,
    ...profileLines(profile),
    ...GUARD_RULES,
    `When your objective is met, or it clearly cannot be met, end the conversation by writing ${STOP_SIGNAL} at ` +
      `the very end of your last message (or alone).`,
  ].join('\n\n');
}

export function scriptedPrompt(persona: Persona, role: string, profile: Profile, custom?: string): string {
  // The scenario's role sentence says who the user pretends to be; a custom prompt replaces the persona's lines.
  const who = custom === undefined ? personaLines(persona).slice(1) : roleLines(persona, profile, custom);
  return [role, ...who, ...profileLines(profile), ...GUARD_RULES].join('\n\n');
}

export function phraseActionInstruction(action: string): string {
  return `Write your next message now. It must do this: ${action}\nReply with the message only.`;
}

export const IMPROVISE_INSTRUCTION =
  `None of your planned actions applies to what the agent just said. Write a ` +
  `brief, natural reply in your role. If the conversation is clearly over, write ${STOP_SIGNAL} instead.`;

export function matchConditionPrompt(
  conditions: readonly { id: number; condition: string }[],
  agentMessage: string,
): string {
  return [
    'You classify the latest message of an AI agent in a conversation.',
    'Which of these conditions describes it? Pick the first that applies, or none.',
    JSON.stringify(conditions),
    `The agent's latest message:\n"""${agentMessage}"""`,
    'Answer with a JSON object only: {"condition_id": <the id, or null when none applies>}',
  ].join('\n\n');
}

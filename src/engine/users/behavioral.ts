/**
 * Behavioral scenarios: the simulator plays the persona with the scenario's
 * instructions and the profile's data, and ends with the stop signal.
 */
import type { BehavioralScenario, Persona } from '../../suite/schema.js';
import { renderTemplate } from '../../suite/template.js';
import { askSimulator, flipRoles, type SimulatorDeps } from './simulator.js';
import { behavioralPrompt } from './prompts.js';
import { splitStop } from './tags.js';
import type { SimulatedUser, UserMove } from './types.js';

export function behavioralUser(
  persona: Persona,
  scenario: BehavioralScenario,
  profile: Readonly<Record<string, unknown>>,
  deps: SimulatorDeps,
): SimulatedUser {
  const objective = renderTemplate(scenario.objective, profile);
  const instructions = renderTemplate(scenario.instructions, profile);
  const system = behavioralPrompt(persona, objective, instructions, profile, deps.prompt);
  return {
    // A custom prompt is instructions too: the guard's leak check covers it.
    instructionText: [persona.background, deps.prompt ?? '', objective, instructions].join('\n'),
    async opening() {
      if (scenario.first_message === undefined || scenario.first_message.trim() === '') return { kind: 'wait' };
      return { kind: 'say', content: renderTemplate(scenario.first_message, profile), generated: false };
    },
    async reply(history, signal): Promise<UserMove> {
      const text = await askSimulator(deps, [{ role: 'system', content: system }, ...flipRoles(history)], signal);
      const { text: content, stop } = splitStop(text);
      if (stop && content === '') return { kind: 'end', reason: 'stop_signal' };
      return { kind: 'say', content, generated: true, ...(stop ? { end: 'stop_signal' as const } : {}) };
    },
  };
}

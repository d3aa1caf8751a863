/**
 * What the authoring commands ask the model, in the seed's style: an objective,
 * first-person step-by-step instructions, profile placeholders for test data.
 */

export const DEFAULT_CATEGORIES = ['happy-path', 'edge-case', 'red-team'] as const;

export function generatePrompt(
  agentPrompt: string,
  count: number,
  categories: readonly string[],
  guidance: string | undefined,
  tools: readonly { name: string; description: string; parameters: unknown }[] = [],
): { system: string; user: string } {
  const guidanceLine = guidance ? `\nAlso: ${guidance}` : '';
  const toolsPart =
    tools.length > 0
      ? "\nThe agent's tools (propose mock answers for each, using these names and arguments):\n" +
        JSON.stringify(tools, null, 1)
      : '\nIf the system prompt describes tools the agent calls, propose them too, with mock answers.';
  return {
    system: `You write test scenarios for a conversational AI agent. Reply with YAML only, in this shape:
personas:
  - { id: kebab-id, name: ..., role: ..., background: ..., traits: [...] }
profiles:
  - { id: kebab-id, description: ..., data: { first_name: ..., order_id: ... } }
tools:
  - name: snake_case_name
    description: what it does
    parameters: { type: object, properties: { order_id: { type: string } }, required: [order_id] }
    mock:
      mappings:
        - when: { order_id: "{{profile.order_id}}" }
          output: { status: shipped }
      default: { output: { error: not found } }
scenarios:
  - id: kebab-id
    category: one of ${categories.join(', ')}
    persona: a persona id
    profile: a profile id (optional)
    objective: what the simulated user wants, one sentence
    instructions: >-
      First-person, step by step: "You are {{profile.first_name}}. First ... Then ... If the agent ..., ..."
    first_message: the user's opening message
    expected_outcome: what the agent should do
    max_turns: 10
Test data (names, ids, dates, emails) goes in a profile and is written {{profile.key}} in the scenario, never inline.`,
    user: `The agent's system prompt:
"""
${agentPrompt.trim()}
"""
Write ${count} scenarios spread over these categories: ${categories.join(', ')}.${toolsPart}${guidanceLine}`,
  };
}

export function behavioralFromTranscriptPrompt(
  conversation: string,
  profileKeys: readonly string[],
): { system: string; user: string } {
  const placeholders = profileKeys.length > 0 ? profileKeys.map((k) => `{{profile.${k}}}`).join(', ') : '(none)';
  return {
    system: `You turn a recorded conversation into a behavioral test scenario for a simulated user.
Reply with a JSON object:
{"objective": "...", "instructions": "...", "first_message": "...", "expected_outcome": "..."}.
"instructions" are first-person and step by step, in the user's voice:
"You are {{profile.first_name}}. First ... Then ...".
Use these placeholders instead of the values they stand for: ${placeholders}.`,
    user: conversation,
  };
}

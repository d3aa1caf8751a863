/**
 * A recorded conversation → a behavioral scenario written by a model (objective,
 * first-person step-by-step instructions), with the same profile, tools and
 * test criteria as the scripted path. The model's reply is validated; a reply
 * that is not a usable scenario is an error, never a half-written file.
 */
import { ScenarioSchema } from '../suite/schema.js';
import { ConfigurationError } from '../util/errors.js';
import { scriptedSuiteFromTranscript, type FromTranscriptOptions, type SuiteFragment } from './from-transcript.js';
import { extractProfileValues, templateValues } from './profile-values.js';
import { behavioralFromTranscriptPrompt } from './prompts.js';
import type { Transcript } from '../suite/transcript.js';

export type Ask = (prompt: { system: string; user: string }) => Promise<string>;

export async function behavioralSuiteFromTranscript(
  transcript: Transcript,
  options: FromTranscriptOptions,
  ask: Ask,
): Promise<SuiteFragment> {
  const scripted = scriptedSuiteFromTranscript(transcript, options);
  const values = extractProfileValues(transcript.turns.filter((t) => t.role === 'user').map((t) => t.text));
  const conversation = transcript.turns
    .map((t) => `${t.role === 'user' ? 'User' : 'Agent'}: ${templateValues(t.text, values)}`)
    .join('\n');
  const reply = await ask(
    behavioralFromTranscriptPrompt(
      conversation,
      values.map((v) => v.key),
    ),
  );
  let proposed: unknown;
  try {
    proposed = JSON.parse(reply);
  } catch {
    throw new ConfigurationError(
      `the model's reply is not a JSON object; nothing was written. It began: ${JSON.stringify(reply.slice(0, 80))}`,
    );
  }
  const userTurns = transcript.turns.filter((t) => t.role === 'user').length;
  const parsed = ScenarioSchema.safeParse({
    max_turns: userTurns + 2,
    ...(proposed as object),
    id: options.id,
    type: 'behavioral',
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigurationError(
      `the model's scenario is not valid (${issue?.path.join('.')}: ${issue?.message}); nothing was written`,
    );
  }
  const known = new Set(values.map((v) => v.key));
  const scenario = parsed.data as { instructions: string; first_message?: string };
  for (const match of `${scenario.instructions}\n${scenario.first_message ?? ''}`.matchAll(
    /\{\{\s*profile\.(\w+)[^}]*\}\}/g,
  )) {
    if (!known.has(match[1]!))
      throw new ConfigurationError(
        `the model's scenario uses {{profile.${match[1]}}}, which the transcript has no value for; nothing was written`,
      );
  }
  // Keep only the deterministic criteria (tool calls); the ending of a free conversation is judged by expected_outcome.
  const tests = (scripted.tests as { criteria: { type: string }[] }[]).map((t) => ({
    ...t,
    criteria: t.criteria.filter((c) => c.type === 'tool_called'),
  }));
  return { ...scripted, scenarios: [parsed.data], tests };
}

/**
 * A recorded conversation → a scripted scenario that replays the user's side
 * (each later user turn is a condition on the agent message before it), a
 * profile with the values pulled out, mock tools answering as the transcript
 * shows, a persona, and a test whose criteria check the tool calls and the
 * ending. Deterministic: no LLM.
 */
import type { Transcript, TranscriptToolCall } from './transcript.js';
import { extractProfileValues, templateValues } from './profile-values.js';

export interface FromTranscriptOptions {
  /** Id of the scenario, test, persona and profile written (they share it). */
  readonly id: string;
  /** An existing persona to use instead of writing one. */
  readonly persona?: string;
}

/** The suite file written: plain data, ready for YAML. */
export interface SuiteFragment {
  personas?: unknown[];
  profiles?: unknown[];
  tools?: unknown[];
  scenarios: unknown[];
  tests: unknown[];
}

/** Agent messages are matched on their last sentence (usually the question the user answered), at most this long. */
const MAX_PATTERN_CHARS = 60;

export function scriptedSuiteFromTranscript(transcript: Transcript, options: FromTranscriptOptions): SuiteFragment {
  const { turns } = transcript;
  const userTexts = turns.filter((t) => t.role === 'user').map((t) => t.text);
  const values = extractProfileValues(userTexts);
  const conditions: Record<string, unknown>[] = [];
  const agentFirst = turns[0]!.role === 'agent';
  if (agentFirst) conditions.push({ id: 0, condition: 'FIRST_MESSAGE', action: '', fixed_message: true });
  turns.forEach((turn, i) => {
    if (turn.role !== 'user') return;
    const action = templateValues(turn.text, values);
    const previous = turns
      .slice(0, i)
      .reverse()
      .find((t) => t.role === 'agent');
    if (!previous) {
      if (conditions.length === 0) conditions.push({ id: 0, condition: 'FIRST_MESSAGE', action, fixed_message: true });
      return;
    }
    conditions.push({
      id: conditions.length,
      condition: `The agent says: "${oneLine(previous.text)}"`,
      pattern: patternFor(templateless(previous.text)),
      action,
      fixed_message: true,
    });
  });
  if (turns.at(-1)!.role === 'user') {
    const last = conditions.at(-1)!;
    last.action = `${String(last.action)} <endcall/>`.trim();
  }
  const userTurns = userTexts.length;
  const calls = turns.flatMap((t) => t.toolCalls);
  const finalAgent = [...turns].reverse().find((t) => t.role === 'agent')!;
  const id = options.id;
  const scenario = {
    id,
    type: 'scripted',
    match: 'regex',
    description: `Replays a recorded conversation (${transcript.format}, ${turns.length} turns).`,
    // One turn more than recorded, so a reply the recording did not show ends the conversation visibly.
    max_turns: userTurns + 1,
    conditional_actions: { role: 'You are the user of the recorded conversation.', conditions },
  };
  const criteria: Record<string, unknown>[] = uniqueCalls(calls).map((call) => ({
    type: 'tool_called',
    tool: call.name,
    ...(Object.keys(call.arguments).length > 0 ? { args: call.arguments } : {}),
  }));
  criteria.push({ type: 'text', contains: endingFragment(finalAgent.text), scope: 'final' });
  const tools = mockTools(calls);
  // Key order as a person would read the file: who, with what data, which tools, then what happens.
  return {
    ...(options.persona ? {} : { personas: [{ id: `${id}-user`, role: 'The user of a recorded conversation' }] }),
    ...(values.length > 0
      ? {
          profiles: [
            {
              id,
              description: 'Values from the recorded conversation.',
              data: Object.fromEntries(values.map((v) => [v.key, v.value])),
            },
          ],
        }
      : {}),
    ...(tools.length > 0 ? { tools } : {}),
    scenarios: [scenario],
    tests: [
      {
        id,
        name: `Recorded conversation ${id} still ends the same way`,
        persona: options.persona ?? `${id}-user`,
        scenario: id,
        ...(values.length > 0 ? { profile: id } : {}),
        tags: ['from-transcript'],
        criteria,
      },
    ],
  };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

/** `{{` in an agent message would read as a template; it is rare enough to drop. */
function templateless(text: string): string {
  return text.replace(/\{\{|\}\}/g, '');
}

/** The last sentence (or its tail), regex-escaped, with runs of spaces and digits made loose. */
export function patternFor(agentText: string): string {
  const sentences = agentText
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.?!])\s+/)
    .filter((s) => s.length > 0);
  let last = sentences.at(-1) ?? agentText;
  if (last.length > MAX_PATTERN_CHARS) last = last.slice(last.length - MAX_PATTERN_CHARS).replace(/^\S*\s/, '');
  return last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** A distinctive piece of the final agent message: its first sentence without ids or amounts that may vary. */
function endingFragment(text: string): string {
  const first =
    text
      .replace(/\s+/g, ' ')
      .trim()
      .split(/(?<=[.?!])\s+/)[0] ?? text;
  const words = first.split(' ');
  // The longest run of plain words (no digits, no ids) of the first sentence.
  let best: string[] = [];
  let run: string[] = [];
  for (const word of words) {
    if (/\d|[$€£]/.test(word)) {
      run = [];
      continue;
    }
    run.push(word);
    if (run.length > best.length) best = [...run];
  }
  const phrase = best
    .slice(0, 6)
    .join(' ')
    .replace(/[.,!?:;]+$/, '');
  return phrase.length > 0 ? phrase : first.slice(0, 40);
}

function uniqueCalls(calls: readonly TranscriptToolCall[]): TranscriptToolCall[] {
  const seen = new Set<string>();
  return calls.filter((call) => {
    const key = `${call.name} ${JSON.stringify(call.arguments)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One mock per tool seen: each recorded input answers with its recorded output. */
function mockTools(calls: readonly TranscriptToolCall[]): unknown[] {
  const byName = new Map<string, TranscriptToolCall[]>();
  for (const call of calls) byName.set(call.name, [...(byName.get(call.name) ?? []), call]);
  return [...byName].map(([name, seen]) => ({
    name,
    description: `Recorded from a transcript (${seen.length} call${seen.length === 1 ? '' : 's'}).`,
    parameters: {
      type: 'object',
      properties: Object.fromEntries(argumentNames(seen).map((arg) => [arg.name, { type: arg.type }])),
    },
    mock: {
      mappings: uniqueCalls(seen).map((call) => ({ when: call.arguments, output: call.output ?? {} })),
      default: { fail: { error: 'no recorded answer for these arguments', status: 404 } },
    },
  }));
}

function argumentNames(calls: readonly TranscriptToolCall[]): { name: string; type: string }[] {
  const types = new Map<string, string>();
  for (const call of calls) {
    for (const [name, value] of Object.entries(call.arguments)) {
      if (!types.has(name))
        types.set(
          name,
          Array.isArray(value)
            ? 'array'
            : value === null
              ? 'null'
              : typeof value === 'object'
                ? 'object'
                : typeof value,
        );
    }
  }
  return [...types].map(([name, type]) => ({ name, type }));
}

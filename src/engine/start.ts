/**
 * A conversation that starts from recorded turns (a scenario's `start_from`):
 * the turns with their profile templates filled in and an id for every tool
 * call, the text history they give the conversation loop and the simulated
 * user, and their events in the trace, marked `recorded`. The recorded tool
 * calls are not run again: their recorded results are what the agent is told.
 */
import type { RecordedTurn } from '../suite/recorded-turns.js';
import { renderTemplate, renderTemplateDeep } from '../suite/template.js';
import type { ConversationMessage, StartingTurn } from './agents/types.js';

export type { StartingToolCall, StartingTurn } from './agents/types.js';
import type { TraceRecorder } from './recorder.js';

export function startingTurns(
  turns: readonly RecordedTurn[] | undefined,
  profile: Readonly<Record<string, unknown>>,
): StartingTurn[] {
  return (turns ?? []).map((turn, index) => {
    if (turn.user !== undefined) return { role: 'user', text: renderTemplate(turn.user, profile), toolCalls: [] };
    const toolCalls = (turn.tool_calls ?? []).map((call, callIndex) => ({
      id: `recorded-${index}-${callIndex}`,
      name: call.name,
      arguments: renderTemplateDeep(call.arguments, profile) as Record<string, unknown>,
      ...(call.error !== undefined ? { error: call.error } : { result: renderTemplateDeep(call.result, profile) }),
    }));
    return { role: 'agent', text: renderTemplate(turn.agent ?? '', profile), toolCalls };
  });
}

/** One text message per turn with words: the history the loop, the agent session and the simulated user share. */
export function startingMessage(turn: StartingTurn): ConversationMessage | undefined {
  if (turn.role === 'agent' && turn.text === '') return undefined;
  return { role: turn.role === 'user' ? 'user' : 'assistant', content: turn.text };
}

export function startingMessages(turns: readonly StartingTurn[]): ConversationMessage[] {
  return turns.flatMap((turn) => startingMessage(turn) ?? []);
}

/** The recorded turns as the trace's first events, each marked `recorded`. */
export function recordStart(turns: readonly StartingTurn[], recorder: TraceRecorder): void {
  for (const turn of turns) {
    for (const call of turn.toolCalls) {
      recorder.record({
        type: 'tool_call',
        callId: call.id,
        name: call.name,
        arguments: call.arguments,
        ...(call.error !== undefined ? { error: call.error } : { result: call.result }),
        durationMs: 0,
        strategy: 'agent',
        recorded: true,
      });
    }
    const message = startingMessage(turn);
    if (!message) continue;
    if (message.role === 'user')
      recorder.record({ type: 'user_message', content: message.content, generated: false, recorded: true });
    else recorder.record({ type: 'agent_message', content: message.content, latencyMs: 0, recorded: true });
  }
}

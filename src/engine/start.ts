/**
 * A conversation that starts from recorded turns (a scenario's `start_from`):
 * the turns with their profile templates filled in and an id for every tool
 * call, the text history they give the conversation loop and the simulated
 * user, and their events in the trace, marked `recorded`. The recorded tool
 * calls are not answered again: their recorded results are what the agent is
 * told; only the stateful tools' writes are replayed over the trial's state.
 */
import type { RecordedTurn } from '../suite/recorded-turns.js';
import { renderTemplate, renderTemplateDeep } from '../suite/template.js';
import type { ConversationMessage, StartingTurn } from './agents/types.js';

export type { StartingToolCall, StartingTurn } from './agents/types.js';
import type { Tool } from '../suite/schema.js';
import { TraceRecorder } from './recorder.js';
import { createToolLayer, type TrialState, type ToolLayerOptions } from './tools/index.js';

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

/**
 * The recorded turns' successful calls of stateful tools (`state`, `module`), run again over the trial's state so
 * it stands where the recording left it: a recorded refund is refunded in the state too. Nothing of it is traced or
 * told to the agent (the recorded results are); a call that fails against this state changes nothing.
 */
export async function replayRecordedWrites(
  turns: readonly StartingTurn[],
  tools: readonly Tool[],
  state: TrialState,
  options: Pick<ToolLayerOptions, 'profile' | 'env' | 'mockTimeoutMs'> & { readonly signal: AbortSignal },
): Promise<void> {
  const stateful = tools.filter((tool) => tool.strategy === 'state' || tool.strategy === 'module');
  const names = new Set(stateful.map((tool) => tool.name));
  const calls = turns
    .flatMap((turn) => turn.toolCalls)
    .filter((call) => call.error === undefined && names.has(call.name));
  if (calls.length === 0) return;
  const { signal, ...rest } = options;
  const layer = createToolLayer(stateful, { ...rest, state, recorder: new TraceRecorder() });
  for (const call of calls) await layer.call({ id: call.id, name: call.name, arguments: call.arguments }, signal);
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

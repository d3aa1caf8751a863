/** Calls to the simulator model, recorded as `llm_call` events with role `simulator`. */
import { LlmCallError, type ChatClient, type ChatMessage, type Endpoint } from '../../llm/types.js';
import type { ConversationMessage } from '../agents/types.js';
import type { TraceRecorder } from '../recorder.js';

export interface SimulatorDeps {
  readonly endpoint: Endpoint | undefined;
  readonly chat: ChatClient;
  readonly recorder: TraceRecorder;
  /** The suite's or persona's own role prompt (`simulator.system_prompt`), in place of the persona's lines. */
  readonly prompt?: string;
}

/** The simulator misbehaved in a way that is not the guard's business (e.g. unparseable JSON). */
export class SimulatorError extends Error {
  override readonly name = 'SimulatorError';
}

export async function askSimulator(
  deps: SimulatorDeps,
  messages: readonly ChatMessage[],
  signal: AbortSignal,
  json = false,
): Promise<string> {
  if (!deps.endpoint) {
    throw new LlmCallError(
      'this scenario needs a simulator model and the suite configures none (`simulator:`)',
      'infrastructure',
      0,
    );
  }
  const result = await deps.chat.complete({
    endpoint: deps.endpoint,
    messages,
    signal,
    ...(json ? { json: true } : {}),
  });
  deps.recorder.llmCall('simulator', deps.endpoint.model, result);
  // Its endpoint withheld the answer: read as an empty message, it made the trial 'invalid' (the simulated user
  // misbehaved), retried from scratch, never stopped by the circuit breaker, which counts errors, not invalid trials.
  if (result.finishReason === 'content_filter')
    throw new LlmCallError(
      `${deps.endpoint.model}: the endpoint's content filter withheld the simulated user's message ` +
        '(finish_reason content_filter)',
      'infrastructure',
      result.attempts,
    );
  return result.content ?? '';
}

/** The conversation seen from the simulated user's side: its own lines are `assistant`, the agent's are `user`. */
export function flipRoles(history: readonly ConversationMessage[]): ChatMessage[] {
  return history.map(
    (message) => ({ role: message.role === 'user' ? 'assistant' : 'user', content: message.content }) as ChatMessage,
  );
}

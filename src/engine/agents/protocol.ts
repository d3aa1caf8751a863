/**
 * The JSON protocol shared by `http` and `command` agents: a turn request,
 * answered by a reply or by a request to run tools (answered with
 * `tool_results`, then read again), bounded in rounds.
 */
import { z } from 'zod';
import type { AgentToolResults, AgentTurnRequest } from '../types.js';
import type { AgentDeps, AgentTurnOutcome, ConversationMessage } from './types.js';

/** An agent that keeps asking for tools without ever replying is stuck. */
export const MAX_PROTOCOL_TOOL_ROUNDS = 10;
const RESPONSE_EXCERPT = 200;

const AgentRunToolSchema = z.object({
  name: z.string(),
  arguments: z.unknown().optional(),
  result: z.unknown().optional(),
  error: z.string().optional(),
});

const AgentResponseSchema = z.union([
  z.object({ reply: z.string(), tool_calls: z.array(AgentRunToolSchema).optional() }),
  z.object({ call_tools: z.array(z.object({ id: z.string(), name: z.string(), arguments: z.unknown() })).min(1) }),
  z.object({ error: z.string() }),
]);

/** Sends one message to the agent and returns its (not yet validated) JSON answer. */
export type Exchange = (message: AgentTurnRequest | AgentToolResults, signal: AbortSignal) => Promise<ExchangeResult>;
export type ExchangeResult = { readonly ok: true; readonly value: unknown } | Extract<AgentTurnOutcome, { ok: false }>;

export async function protocolTurn(
  exchange: Exchange,
  request: Omit<AgentTurnRequest, 'type' | 'tools' | 'session_id'> & { messages: readonly ConversationMessage[] },
  deps: AgentDeps,
  signal: AbortSignal,
): Promise<AgentTurnOutcome> {
  let message: AgentTurnRequest | AgentToolResults = {
    type: 'turn',
    session_id: deps.sessionId,
    ...request,
    tools: deps.tools.definitions,
  };
  for (let round = 0; round <= MAX_PROTOCOL_TOOL_ROUNDS; round++) {
    const answer = await exchange(message, signal);
    if (!answer.ok) return answer;
    const parsed = AgentResponseSchema.safeParse(answer.value);
    if (!parsed.success) {
      return {
        ok: false,
        category: 'infrastructure',
        message: `the agent's answer is not a valid response: ${excerpt(answer.value)}`,
      };
    }
    const response = parsed.data;
    if ('error' in response)
      return { ok: false, category: 'infrastructure', message: `the agent reported an error: ${response.error}` };
    if ('reply' in response) {
      recordAgentRunTools(response.tool_calls ?? [], deps);
      return { ok: true, reply: response.reply };
    }
    const results: AgentToolResults['results'][number][] = [];
    for (const call of response.call_tools) {
      const outcome = await deps.tools.call(call, signal);
      results.push(
        outcome.error !== undefined ? { id: call.id, error: outcome.error } : { id: call.id, output: outcome.output },
      );
    }
    message = { type: 'tool_results', session_id: deps.sessionId, results };
  }
  return {
    ok: false,
    category: 'infrastructure',
    message: `the agent asked for tools ${MAX_PROTOCOL_TOOL_ROUNDS + 1} times without replying`,
  };
}

/** Tools the agent ran on its own backend: recorded so tool metrics see them. */
function recordAgentRunTools(calls: readonly z.infer<typeof AgentRunToolSchema>[], deps: AgentDeps): void {
  calls.forEach((call, index) => {
    deps.recorder.record({
      type: 'tool_call',
      callId: `agent-${index}`,
      name: call.name,
      arguments: call.arguments ?? {},
      ...(call.error !== undefined ? { error: call.error } : { result: call.result }),
      durationMs: 0,
      strategy: 'agent',
    });
  });
}

function excerpt(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return (text ?? String(value)).slice(0, RESPONSE_EXCERPT);
}

/**
 * The JSON protocol shared by `http` and `command` agents: a turn request,
 * answered by a reply or by a request to run tools (answered with
 * `tool_results`, then read again), bounded in rounds. Each turn request
 * carries the conversation twice: `messages`, the words (version 1), and
 * `history`, the words with the tool calls and results between them
 * (version 2), which a stateless agent needs to know what it already did.
 */
import { z } from 'zod';
import {
  AGENT_PROTOCOL_VERSION,
  type AgentHistoryEntry,
  type AgentToolResults,
  type AgentTurnRequest,
} from '../types.js';
import type { StartingToolCall, StartingTurn } from '../start.js';
import { SessionContext } from './context.js';
import { unavailableTool } from '../tools/index.js';
import type { AgentDeps, AgentTurnOutcome, ConversationMessage } from './types.js';

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

/** A session's history in protocol entries: one per `http`/`command` agent session. */
export type ProtocolContext = SessionContext<AgentHistoryEntry>;

export function protocolContext(start: readonly StartingTurn[] = []): ProtocolContext {
  const context = new SessionContext<AgentHistoryEntry>((message) => ({
    role: message.role,
    content: message.content,
  }));
  context.startFrom(start, recordedProtocolEntries);
  return context;
}

/** Recorded tool calls as the protocol's history shows the ones Rehearse ran: the call, then each result. */
function recordedProtocolEntries(calls: readonly StartingToolCall[]): AgentHistoryEntry[] {
  return [
    { role: 'assistant', tool_calls: calls.map(({ id, name, arguments: args }) => ({ id, name, arguments: args })) },
    ...calls.map((call): AgentHistoryEntry => ({
      role: 'tool',
      tool_call_id: call.id,
      name: call.name,
      ...(call.error !== undefined ? { error: call.error } : { output: call.result }),
    })),
  ];
}

export interface ProtocolTurnRequest {
  /** Rounds of `call_tools` allowed before the agent must reply: one that keeps asking is stuck. */
  readonly maxToolRounds: number;
  readonly turn: number;
  readonly messages: readonly ConversationMessage[];
  readonly profile: AgentTurnRequest['profile'];
}

export async function protocolTurn(
  exchange: Exchange,
  request: ProtocolTurnRequest,
  context: ProtocolContext,
  deps: AgentDeps,
  signal: AbortSignal,
): Promise<AgentTurnOutcome> {
  const history = context.catchUp(request.messages);
  let message: AgentTurnRequest | AgentToolResults = {
    type: 'turn',
    protocol_version: AGENT_PROTOCOL_VERSION,
    session_id: deps.sessionId,
    turn: request.turn,
    messages: request.messages,
    // A copy: the context grows during the turn, and a cassette may keep the message.
    history: [...history],
    profile: request.profile,
    tools: deps.tools.definitions,
  };
  for (let round = 0; round <= request.maxToolRounds; round++) {
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
      context.addReply(response.reply);
      return { ok: true, reply: response.reply };
    }
    if (round === request.maxToolRounds) break;
    context.add({ role: 'assistant', tool_calls: response.call_tools });
    const results: AgentToolResults['results'][number][] = [];
    for (const call of response.call_tools) {
      const outcome = await deps.tools.call(call, signal);
      const unavailable = unavailableTool(call.name, outcome);
      if (unavailable) return unavailable;
      const result =
        outcome.error !== undefined ? { id: call.id, error: outcome.error } : { id: call.id, output: outcome.output };
      results.push(result);
      const { id, ...answer } = result;
      context.add({ role: 'tool', tool_call_id: id, name: call.name, ...answer });
    }
    message = { type: 'tool_results', protocol_version: AGENT_PROTOCOL_VERSION, session_id: deps.sessionId, results };
  }
  return {
    ok: false,
    category: 'infrastructure',
    message:
      `the agent asked for tools ${request.maxToolRounds + 1} times without replying ` +
      `(max_tool_rounds: ${request.maxToolRounds})`,
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

/**
 * `openai` agents: a chat model with a system prompt and tools. Its tool
 * calls are answered by the tool layer and the model is called again, until
 * it replies in words or `max_tool_rounds` is spent. Every request carries
 * the whole conversation as the chat API expects it: earlier turns' assistant
 * messages with their `tool_calls` and the `tool` results, not only the words.
 */
import { LlmCallError, type ChatMessage, type Endpoint } from '../../llm/types.js';
import type { OpenAIAgent } from '../../suite/schema.js';
import type { StartingToolCall } from '../start.js';
import { SessionContext } from './context.js';
import { unavailableTool } from '../tools/index.js';
import type { AgentDeps, AgentSession, AgentTurnOutcome } from './types.js';

const CONVERSATION_STARTS = 'A user has just joined the conversation.';

export function createOpenAIAgent(agent: OpenAIAgent, deps: AgentDeps): AgentSession {
  const endpoint: Endpoint = {
    model: agent.model,
    api_key_env: agent.api_key_env,
    ...(agent.base_url ? { base_url: agent.base_url } : {}),
    ...(agent.temperature !== undefined ? { temperature: agent.temperature } : {}),
  };
  const preamble = systemMessages(agent, deps.profile);
  const context = new SessionContext<ChatMessage>((message) => message);
  context.startFrom(deps.start ?? [], recordedChatMessages);
  return {
    async turn(messages, signal) {
      const history = context.catchUp(messages);
      // The agent speaks first and has no system prompt: chat APIs refuse an empty message list.
      const opening =
        preamble.length === 0 && history.length === 0
          ? [{ role: 'system' as const, content: CONVERSATION_STARTS }]
          : [];
      try {
        return await replyAfterTools(agent, endpoint, [...preamble, ...opening], context, deps, signal);
      } catch (error) {
        if (error instanceof LlmCallError) return { ok: false, category: error.category, message: error.message };
        return {
          ok: false,
          category: 'infrastructure',
          message: error instanceof Error ? error.message : String(error),
        };
      }
    },
    async close() {},
  };
}

/** Recorded tool calls as the chat API carries them: an assistant message with the calls, then a tool message each. */
function recordedChatMessages(calls: readonly StartingToolCall[]): ChatMessage[] {
  return [
    {
      role: 'assistant',
      content: null,
      tool_calls: calls.map((call) => ({ id: call.id, name: call.name, arguments: JSON.stringify(call.arguments) })),
    },
    ...calls.map((call): ChatMessage => ({
      role: 'tool',
      tool_call_id: call.id,
      content: JSON.stringify(call.error !== undefined ? { error: call.error } : (call.result ?? null)),
    })),
  ];
}

/**
 * The profile is given as caller context, like the data a production system
 * would hand the agent about the person on the line.
 */
function systemMessages(agent: OpenAIAgent, profile: Readonly<Record<string, unknown>>): ChatMessage[] {
  const messages: ChatMessage[] = [];
  if (agent.system_prompt) messages.push({ role: 'system', content: agent.system_prompt });
  if (agent.profile_context && Object.keys(profile).length > 0) {
    messages.push({
      role: 'system',
      content: `Context about the user you are talking to:\n${JSON.stringify(profile, null, 2)}`,
    });
  }
  return messages;
}

/** One turn: the model is called, its tool calls answered (and kept in the context), until it replies. */
async function replyAfterTools(
  agent: OpenAIAgent,
  endpoint: Endpoint,
  preamble: readonly ChatMessage[],
  context: SessionContext<ChatMessage>,
  deps: AgentDeps,
  signal: AbortSignal,
): Promise<AgentTurnOutcome> {
  const tools = deps.tools.definitions;
  let queuedMs = 0;
  for (let round = 0; round <= agent.max_tool_rounds; round++) {
    const result = await deps.chat.complete({
      endpoint,
      // A copy: the context grows after the call, and a recorder or cassette may keep the request.
      messages: [...preamble, ...context.all],
      ...(tools.length ? { tools } : {}),
      signal,
    });
    deps.recorder.llmCall('agent', endpoint.model, result);
    queuedMs += result.queuedMs ?? 0;
    if (result.toolCalls.length === 0) {
      const reply = result.content ?? '';
      context.addReply(reply);
      return { ok: true, reply, ...(queuedMs > 0 ? { queuedMs } : {}) };
    }
    if (round === agent.max_tool_rounds) break;
    context.add({ role: 'assistant', content: result.content, tool_calls: result.toolCalls });
    for (const call of result.toolCalls) {
      const outcome = await deps.tools.call(call, signal);
      const unavailable = unavailableTool(call.name, outcome);
      if (unavailable) return unavailable;
      const content = JSON.stringify(outcome.error !== undefined ? { error: outcome.error } : (outcome.output ?? null));
      context.add({ role: 'tool', tool_call_id: call.id, content });
    }
  }
  return {
    ok: false,
    category: 'infrastructure',
    message: `the agent was still calling tools after max_tool_rounds (${agent.max_tool_rounds}) rounds`,
  };
}

/**
 * The cassette as a ChatClient decorator: simulator, openai-agent and judge
 * calls are answered from the recording or made live and stored. A replayed
 * call costs nothing and takes no time; its recorded usage is kept, so the
 * trial's tokens and cost read as they did when it was recorded (and the
 * cassette counts that cost as replayed, not spent).
 */
import { LlmCallError, type ChatClient, type ChatRequest, type ChatResult } from '../llm/types.js';
import type { Usage } from '../model/results.js';
import type { CallKind, Cassette } from './cassette.js';
import type { TrialScopes } from './scope.js';

/** What is stored of a chat call: its answer, or the error it ended with. */
type StoredChat =
  | {
      readonly content: string | null;
      readonly toolCalls: ChatResult['toolCalls'];
      readonly usage: Usage;
      readonly attempts: number;
    }
  | {
      readonly error: {
        readonly category: 'infrastructure' | 'timeout';
        readonly message: string;
        readonly attempts: number;
      };
    };

export function cassetteChat(cassette: Cassette, scopes: TrialScopes, live: ChatClient): ChatClient {
  return {
    async complete(request) {
      const scope = scopes.current;
      if (!scope) return live.complete(request);
      const kind: CallKind = scope.judging
        ? 'judge'
        : request.endpoint === scope.trial.simulator
          ? 'simulator'
          : 'agent';
      if (!cassette.handles(kind)) return live.complete(request);
      const site = scope.site(kind, request.endpoint.model, kind === 'judge' ? undefined : turnOf(kind, request));
      const { key, canonical } = cassette.keyOf(site, canonicalChat(request), (base) => scope.occurrence(base));
      const found = cassette.lookup(site, key, canonical, costOfChat);
      if (found.found) return answerOf(found.response as StoredChat);
      if (found.miss) throw new LlmCallError(found.miss.message, 'infrastructure', 1);
      try {
        const result = await live.complete(request);
        cassette.store(site, key, canonical, {
          content: result.content,
          toolCalls: result.toolCalls,
          usage: result.usage,
          attempts: result.attempts,
        } satisfies StoredChat);
        return result;
      } catch (error) {
        // A cancel says nothing about the endpoint: not stored.
        if (error instanceof LlmCallError && error.category !== 'cancelled') {
          const stored: StoredChat = {
            error: { category: error.category, message: error.message, attempts: error.attempts },
          };
          cassette.store(site, key, canonical, stored);
        }
        throw error;
      }
    },
  };
}

/** What identifies a chat call: not the URL (machine-specific) nor the key, nor the signal. */
function canonicalChat(request: ChatRequest): unknown {
  return {
    model: request.endpoint.model,
    temperature: request.endpoint.temperature,
    json: request.json,
    messages: request.messages,
    tools: request.tools,
  };
}

function answerOf(stored: StoredChat): ChatResult {
  if ('error' in stored) throw new LlmCallError(stored.error.message, stored.error.category, stored.error.attempts);
  return {
    content: stored.content,
    toolCalls: stored.toolCalls,
    usage: stored.usage,
    durationMs: 0,
    attempts: stored.attempts,
  };
}

function costOfChat(response: unknown): number {
  const usage = (response as { usage?: Usage } | undefined)?.usage;
  return usage?.costUsd ?? 0;
}

/**
 * The turn a conversation call belongs to: the agent has seen one user
 * message per turn; the simulator (whose own lines are `assistant`) is
 * writing the message after its earlier ones.
 */
function turnOf(kind: CallKind, request: ChatRequest): number {
  const count = (role: string) => request.messages.filter((message) => message.role === role).length;
  return kind === 'simulator' ? count('assistant') + 1 : Math.max(1, count('user'));
}

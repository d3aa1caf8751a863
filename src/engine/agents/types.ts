/** One small interface over the three kinds of agent under test. */
import type { ChatClient, RetryNotice } from '../../llm/types.js';
import type { CallInFlight } from '../abort.js';
import type { ExchangeTap } from '../exchange.js';
import type { Env } from '../interpolate.js';
import type { TraceRecorder } from '../recorder.js';
import type { ToolLayer } from '../tools/index.js';

export interface ConversationMessage {
  readonly role: 'user' | 'assistant';
  readonly content: string;
}

/** A recorded tool call a conversation starts from (engine/start.ts): its recorded result, never run again. */
export interface StartingToolCall {
  readonly id: string;
  readonly name: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  readonly result?: unknown;
  readonly error?: string;
}

export interface StartingTurn {
  readonly role: 'user' | 'agent';
  /** Empty for an agent turn of tool calls only. */
  readonly text: string;
  /** The agent's tool calls in this turn, made before its words. */
  readonly toolCalls: readonly StartingToolCall[];
}

export type AgentFailureCategory = 'infrastructure' | 'timeout' | 'cancelled';

export type AgentTurnOutcome =
  /**
   * `queuedMs`: time the turn's LLM calls waited for a call slot in the runner; `retryWaitMs`: time waited between
   * `retries` (requests an http agent's server certainly did not process, sent again). Both are left out of the
   * agent's latency.
   */
  | {
      readonly ok: true;
      readonly reply: string;
      readonly queuedMs?: number;
      readonly retries?: number;
      readonly retryWaitMs?: number;
    }
  | {
      readonly ok: false;
      readonly category: AgentFailureCategory;
      readonly message: string;
      /** Who failed, when it was not the agent: a tool whose backend gave no answer. */
      readonly source?: 'tool';
    };

export interface AgentSession {
  /**
   * The agent's answer to the conversation so far (`messages` ends with the
   * user's message, or is empty when the agent speaks first). Tool calls made
   * on the way are answered by the tool layer and recorded. Never throws.
   */
  turn(messages: readonly ConversationMessage[], signal: AbortSignal): Promise<AgentTurnOutcome>;
  /** Ends the session (a command agent's process is stopped). Safe to call twice. */
  close(): Promise<void>;
}

export interface AgentDeps {
  readonly sessionId: string;
  /** Recorded turns the conversation starts from: the session's context opens with them (start.ts). */
  readonly start?: readonly StartingTurn[];
  readonly profile: Readonly<Record<string, unknown>>;
  readonly tools: ToolLayer;
  readonly recorder: TraceRecorder;
  readonly chat: ChatClient;
  readonly env: Env;
  readonly exchanges?: ExchangeTap;
  /** `run.retries`: how often an http agent's request that was certainly not processed is sent again (absent: 0). */
  readonly retries?: number;
  /** Told before each such retry. */
  readonly onRetry?: (notice: RetryNotice) => void;
  /** Told which request of an http agent is in flight, and undefined once it ends (EngineContext.onCallInFlight). */
  readonly onCallInFlight?: (call: CallInFlight | undefined) => void;
}

/**
 * The engine's contract with the runner: one trial in, one trace out.
 * Everything the conversation did is in the trace; the judge reads only that.
 */
import type { ChatClient, RetryNotice } from '../llm/types.js';
import type { CallInFlight } from './abort.js';
import type { Trial } from '../plan/types.js';
import type { EndReason, TraceEvent, Usage } from '../model/results.js';
import type { LoadedSuite } from '../suite/types.js';
import type { ExchangeTap } from './exchange.js';

export interface Trace {
  readonly events: readonly TraceEvent[];
  readonly endReason: EndReason;
  /** Simulated-user turns taken. */
  readonly turns: number;
  readonly usage: Usage;
  readonly startedAt: string;
  readonly durationMs: number;
  /** Conversation attempts: a misbehaving simulator is retried once. */
  readonly attempts: number;
  /** Set when the simulated user misbehaved twice: the trial is neither pass nor fail. */
  readonly invalid?: { readonly reason: string };
}

/** What the engine needs from its surroundings; the runner provides it. */
export interface EngineContext {
  readonly suite: Pick<LoadedSuite, 'pricing' | 'run'>;
  /** Aborted on cancel, trial timeout, or budget stop. */
  readonly signal: AbortSignal;
  /** Environment used for `api_key_env` and `${ENV}` interpolation. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Simulator and openai-agent calls go through this (retries, timeouts, cost). */
  readonly chat: ChatClient;
  /**
   * The runner's concurrency limit, for `http`/`command` agent turns (which do
   * not go through `chat`): each turn holds one slot. Omitted: no limit.
   */
  readonly agentSlot?: AgentSlot;
  /** Http/command agent turns and passthrough tool calls pass through it (a cassette records or replays them). */
  readonly exchanges?: ExchangeTap;
  /** Told before an http agent's or a passthrough tool's request is sent again (LLM calls tell their client's own). */
  readonly onRetry?: (notice: RetryNotice) => void;
  /**
   * Told which http agent request or passthrough tool call is in flight (its retries and last failure), and undefined
   * once it ends: a trial timeout that strikes in its wait to retry says so, as it does for an LLM call (the runner
   * notes those itself).
   */
  readonly onCallInFlight?: (call: CallInFlight | undefined) => void;
}

/**
 * Runs `work` while holding one call slot; `queuedMs` is how long it waited for it. Rejects if `signal` aborts while
 * waiting.
 */
export type AgentSlot = <T>(
  work: () => Promise<T>,
  signal?: AbortSignal,
) => Promise<{ readonly value: T; readonly queuedMs: number }>;

export type ExecuteTrial = (trial: Trial, ctx: EngineContext) => Promise<Trace>;

// ---------------------------------------------------------------- agent protocol
// The JSON shape exchanged with `http` and `command` agents (docs/agents.md, README). Versions only add fields:
// an agent written for an earlier version reads a later one's messages unchanged.

/** 1: `messages` only. 2: `protocol_version` and `history` (tool calls and results of earlier turns). */
export const AGENT_PROTOCOL_VERSION = 2;

export interface AgentTurnRequest {
  readonly type: 'turn';
  readonly protocol_version: typeof AGENT_PROTOCOL_VERSION;
  readonly session_id: string;
  readonly turn: number;
  /** The words only: the user's and the agent's messages. */
  readonly messages: readonly { readonly role: 'user' | 'assistant'; readonly content: string }[];
  /** The same conversation with the tools Rehearse ran for the agent between the words (version 2). */
  readonly history: readonly AgentHistoryEntry[];
  readonly profile: Readonly<Record<string, unknown>> | null;
  readonly tools: readonly { readonly name: string; readonly description: string; readonly parameters: unknown }[];
}

export type AgentHistoryEntry =
  | { readonly role: 'user' | 'assistant'; readonly content: string }
  /** The agent's `call_tools` answer. */
  | { readonly role: 'assistant'; readonly tool_calls: readonly AgentToolCall[] }
  /** One of the `tool_results` Rehearse sent back, with the tool's name. */
  | ({ readonly role: 'tool'; readonly tool_call_id: string; readonly name: string } & (
      { readonly output: unknown } | { readonly error: string }
    ));

export interface AgentToolCall {
  readonly id: string;
  readonly name: string;
  readonly arguments: unknown;
}

export interface AgentToolResults {
  readonly type: 'tool_results';
  readonly protocol_version: typeof AGENT_PROTOCOL_VERSION;
  readonly session_id: string;
  readonly results: readonly (
    { readonly id: string; readonly output: unknown } | { readonly id: string; readonly error: string }
  )[];
}

/**
 * An agent answers a turn with a reply, or asks Rehearse's tool layer to run tools first. Any answer may echo its
 * turn request's `turn` (command agents: an answer with another turn is ignored, engine/agents/ignored-lines.ts).
 */
export type AgentResponse = { readonly turn?: number } & (
  | {
      readonly reply: string;
      /** Tools the agent ran itself (recorded with strategy `agent`). */
      readonly tool_calls?: readonly {
        readonly name: string;
        readonly arguments?: unknown;
        readonly result?: unknown;
        readonly error?: string;
      }[];
    }
  | { readonly call_tools: readonly AgentToolCall[] }
  /** The agent reports its own failure: recorded as an infrastructure error, the trial ends. */
  | { readonly error: string }
);

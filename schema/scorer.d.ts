// Generated from src/judge/scorer-api.ts by `npm run schema`: edit that file, not this one.
/**
 * What a code scorer is written against (docs/scorers.md): the one definition the runner builds its input from
 * (code.ts) and the package publishes as its types (schema/scorer.d.ts, written by `npm run schema`), so that
 *
 *   import type { Scorer } from '@rehearse-dev/cli';
 *
 * types a scorer in a user's project. It imports nothing on purpose: the published file has to stand alone.
 * Fields are only ever added.
 */
/** Where a criterion is evaluated (`at:`): after the agent's n-th reply, or when a scripted step is reached. */
export type ScorerCheckpoint = {
    readonly turn: number;
} | {
    readonly step: number;
};
/** One change to the trial's state: `before` absent means added, `after` absent means removed. */
export interface ScorerStateChange {
    /** Where in the state, as written in criteria: `orders["#W1"].items[0]`. */
    readonly path: string;
    readonly before?: unknown;
    readonly after?: unknown;
}
/** Why a conversation ended. */
export type ScorerEndReason = 'stop_signal' | 'endcall' | 'max_turns' | 'no_matching_condition' | 'single_turn' | 'error' | 'timeout' | 'cancelled' | 'budget';
/**
 * One recorded event of the trial, as the results file's `transcript` holds it. Every kind's fields are in the
 * results schema (schema/results.schema.json, `TraceEvent`).
 */
export interface ScorerEvent {
    readonly type: 'user_message' | 'agent_message' | 'tool_call' | 'state' | 'state_write' | 'llm_call' | 'simulator_flag' | 'error';
    /** Milliseconds since the trial started. */
    readonly at: number;
    /** Events of the recorded turns a scenario starts from (`start_from`): not the agent's work in this run. */
    readonly recorded?: true;
    readonly [field: string]: unknown;
}
/** A tool call the agent made, with what it returned or why it failed. */
export interface ScorerToolCall {
    readonly name: string;
    readonly arguments: unknown;
    readonly result?: unknown;
    readonly error?: string;
    /** The agent's replies in this trial before this call. */
    readonly turn: number;
}
/** What a scorer function receives: plain JSON data. */
export interface ScorerInput {
    readonly criterion: {
        readonly id: string;
        readonly threshold: number | null;
        readonly at: ScorerCheckpoint | null;
    };
    readonly test: {
        readonly id: string;
        readonly variant: string;
        /** Conversation tests; null for dataset items. */
        readonly scenario: string | null;
        readonly persona: string | null;
        readonly dataset: string | null;
    };
    /** The test's profile data. */
    readonly profile: Readonly<Record<string, unknown>>;
    /** Dataset items: the item (`id`, `input`, `expected_output`, `metadata`, `tags`); null otherwise. */
    readonly item: unknown;
    /**
     * The words of the conversation, in order (up to the checkpoint, when the criterion has one), recorded turns it
     * started from included (`events` marks them `recorded`).
     */
    readonly messages: readonly {
        readonly role: 'user' | 'assistant';
        readonly content: string;
    }[];
    readonly toolCalls: readonly ScorerToolCall[];
    /** Tests with stateful tools: the state before the conversation and at its end (or at the checkpoint). */
    readonly state: {
        readonly initial: unknown;
        readonly final: unknown;
        readonly changes: readonly ScorerStateChange[];
    } | null;
    /** The agent's replies in this trial (recorded turns not counted, as for max_turns). */
    readonly turns: number;
    readonly endReason: ScorerEndReason;
    /** Every recorded event (messages, tool calls, state, LLM calls, errors), for anything the fields above lack. */
    readonly events: readonly ScorerEvent[];
}
/**
 * A scorer's verdict. Without the criterion's `threshold`, `pass` decides and `score` (0 to 1; default 1 or 0 from
 * `pass`) is recorded; with it, `score >= threshold` decides and a verdict without a score is an error.
 */
export interface ScorerVerdict {
    readonly pass: boolean;
    readonly reason: string;
    readonly score?: number;
}
/** What a scorer returns: a verdict, or a bare boolean (the reason then says "the scorer returned true/false"). */
export type ScorerAnswer = ScorerVerdict | boolean;
/** A code scorer: the module's default export (or the export the criterion names). */
export type Scorer = (input: ScorerInput) => ScorerAnswer | Promise<ScorerAnswer>;

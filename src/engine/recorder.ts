/**
 * Collects a trial's events in order, stamps them with the time since the
 * trial started, and keeps the usage totals in step with the `llm_call` events.
 */
import type { ChatResult } from '../llm/types.js';
import type { TraceEvent, Usage } from '../model/results.js';

/** A trace event before it is stamped with `at`. */
export type UnstampedEvent = TraceEvent extends infer E ? (E extends TraceEvent ? Omit<E, 'at'> : never) : never;

export type LlmRole = 'simulator' | 'agent' | 'judge';

export class TraceRecorder {
  private readonly list: TraceEvent[] = [];
  private readonly totals = { inputTokens: 0, outputTokens: 0, costUsd: 0 };

  constructor(private readonly startedAt: number = performance.now()) {}

  /** Milliseconds since the trial started. */
  now(): number {
    return Math.max(0, Math.round(performance.now() - this.startedAt));
  }

  record(event: UnstampedEvent): void {
    this.list.push({ ...event, at: this.now() } as TraceEvent);
  }

  llmCall(role: LlmRole, model: string, result: Pick<ChatResult, 'usage' | 'durationMs' | 'attempts'>): void {
    this.totals.inputTokens += result.usage.inputTokens;
    this.totals.outputTokens += result.usage.outputTokens;
    this.totals.costUsd += result.usage.costUsd;
    this.record({
      type: 'llm_call',
      role,
      model,
      usage: result.usage,
      durationMs: Math.round(result.durationMs),
      attempts: result.attempts,
    });
  }

  get events(): readonly TraceEvent[] {
    return this.list;
  }

  get usage(): Usage {
    return { ...this.totals };
  }
}

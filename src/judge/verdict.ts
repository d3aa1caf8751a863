/**
 * A trial's verdict: pass iff every criterion passes; `error` when the
 * conversation or a metric could not complete; `invalid` when the simulated
 * user misbehaved. Failures are categorised for the run's distribution.
 */
import { percentile } from '../util/percentile.js';
import type { Trace } from '../engine/types.js';
import type { Trial } from '../plan/types.js';
import { checkpointText } from '../model/results.js';
import type { FailureCategory, MetricResult, TraceEvent, TrialResult, TrialStatus } from '../model/results.js';
import { agentMessages } from './transcript.js';

interface Verdict {
  readonly status: TrialStatus;
  readonly failureCategory?: FailureCategory;
  readonly reason?: string;
}

export function buildTrialResult(trial: Trial, trace: Trace, metrics: readonly MetricResult[]): TrialResult {
  const latencies = agentMessages(trace.events).map((message) => message.latencyMs);
  const verdict = trialVerdict(trace, metrics);
  return {
    id: trial.id,
    key: trial.key,
    testId: trial.testId,
    variant: trial.variant,
    index: trial.index,
    ...verdict,
    ...(trial.kind === 'conversation'
      ? { personaVersion: trial.persona.version, scenarioVersion: trial.scenario.version }
      : {}),
    startedAt: trace.startedAt,
    durationMs: trace.durationMs,
    endReason: trace.endReason,
    turns: trace.turns,
    transcript: [...trace.events],
    metrics: [...metrics],
    usage: trace.usage,
    latency: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: latencies.length > 0 ? Math.max(...latencies) : null,
    },
    attempts: Math.max(1, trace.attempts),
  };
}

export function trialVerdict(trace: Trace, metrics: readonly MetricResult[]): Verdict {
  if (trace.invalid) return { status: 'invalid', failureCategory: 'invalid_simulator', reason: trace.invalid.reason };
  const ended = endedBadly(trace);
  if (ended) return { status: 'error', ...ended };
  const errored = metrics.filter((metric) => metric.error !== undefined);
  if (errored.length > 0) {
    return {
      status: 'error',
      failureCategory: 'infrastructure',
      reason: errored.map((metric) => `${named(metric)}: ${metric.error}`).join('; '),
    };
  }
  const failed = metrics.filter((metric) => !metric.passed);
  if (failed.length === 0) return { status: 'pass' };
  return {
    status: 'fail',
    failureCategory: categoryOfFailure(failed),
    reason: failed.map((metric) => `${named(metric)}: ${metric.reason}`).join('; '),
  };
}

/** The criterion's id, with its checkpoint when it has one: "asks-early (at turn 2)". */
function named(metric: MetricResult): string {
  return metric.at ? `${metric.id} (${checkpointText(metric.at)})` : metric.id;
}

function endedBadly(trace: Trace): Omit<Verdict, 'status'> | undefined {
  const lastError = [...trace.events]
    .reverse()
    .find((event): event is Extract<TraceEvent, { type: 'error' }> => event.type === 'error');
  const because = (fallback: string) => lastError?.message ?? fallback;
  switch (trace.endReason) {
    case 'timeout':
      return { failureCategory: 'timeout', reason: because('the trial timed out') };
    case 'budget':
      return { failureCategory: 'budget', reason: because('the run budget was reached') };
    case 'cancelled':
      return { failureCategory: 'cancelled', reason: because('the run was cancelled') };
    case 'error': {
      const category = lastError?.category ?? 'infrastructure';
      return { failureCategory: category, reason: because('the conversation ended in an error') };
    }
    default:
      return undefined;
  }
}

/**
 * Failure categories as people read them. `judge` is the results contract's
 * name for "a criterion said no", deterministic checks included, so it is
 * shown as "criteria not met", never as if an LLM judge had decided.
 */
export const FAILURE_CATEGORY_LABELS: Readonly<Record<FailureCategory, string>> = {
  judge: 'criteria not met',
  tool_error: 'tool error',
  infrastructure: 'infrastructure',
  timeout: 'timeout',
  budget: 'budget',
  invalid_simulator: 'invalid simulator',
  cancelled: 'cancelled',
};

export function failureCategoryLabel(category: string): string {
  return Object.hasOwn(FAILURE_CATEGORY_LABELS, category)
    ? FAILURE_CATEGORY_LABELS[category as FailureCategory]
    : category;
}

/** Root cause first: a broken agent or tool explains a failed outcome, not the other way round. */
function categoryOfFailure(failed: readonly MetricResult[]): FailureCategory {
  if (failed.some((metric) => metric.type === 'infrastructure')) return 'infrastructure';
  if (failed.some((metric) => metric.type === 'tool_call_success')) return 'tool_error';
  return 'judge';
}

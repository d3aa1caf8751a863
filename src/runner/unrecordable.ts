/**
 * A finished trial whose record does not pass the results schema: an endpoint's odd answer that got through the
 * client's checks (a token count of 10.5, a tool call without a name…), or a bug of ours. Kept as it was, it would
 * fail the results' write at the end and every finished trial of the run would be lost with it. Kept instead as an
 * error trial that names what was wrong: the run's results are written, and the gate counts it as the error it is.
 */
import { z } from 'zod';
import { TraceEventSchema, UsageSchema, type TrialResult } from '../model/results.js';

const NO_USAGE = { inputTokens: 0, outputTokens: 0, costUsd: 0 };
/** How much of the schema's complaint the reason quotes. */
const PROBLEM_CHARS = 300;

export function asUnrecordable(trial: TrialResult, error: z.ZodError): TrialResult {
  const [first] = error.issues;
  const where = first?.path.length ? `${first.path.join('.')}: ` : '';
  const problem = `${where}${first?.message ?? 'invalid'}`.slice(0, PROBLEM_CHARS);
  const usage = UsageSchema.safeParse(trial.usage);
  const startedAt = z.iso.datetime().safeParse(trial.startedAt);
  const durationMs = z.number().nonnegative().safeParse(trial.durationMs);
  const turns = z.number().int().nonnegative().safeParse(trial.turns);
  return {
    id: trial.id,
    key: trial.key,
    testId: trial.testId,
    variant: trial.variant,
    index: trial.index,
    status: 'error',
    failureCategory: 'infrastructure',
    reason: `the trial's record is not valid (${problem}): kept as an error, with what of it could be kept`,
    ...(typeof trial.personaVersion === 'string' ? { personaVersion: trial.personaVersion } : {}),
    ...(typeof trial.scenarioVersion === 'string' ? { scenarioVersion: trial.scenarioVersion } : {}),
    startedAt: startedAt.success ? startedAt.data : new Date().toISOString(),
    durationMs: durationMs.success ? durationMs.data : 0,
    endReason: 'error',
    turns: turns.success ? turns.data : 0,
    // The events that are valid on their own: what the conversation was, as far as it can be shown.
    transcript: (Array.isArray(trial.transcript) ? trial.transcript : []).filter(
      (event) => TraceEventSchema.safeParse(event).success,
    ),
    metrics: [],
    // A count it cannot read is not counted: the spend of this one trial is unknown, rather than NaN for the run.
    usage: usage.success ? usage.data : NO_USAGE,
    latency: { p50: null, p95: null, max: null },
    attempts: 1,
    ...(trial.phase === 'confirmation' ? { phase: 'confirmation' as const } : {}),
  };
}

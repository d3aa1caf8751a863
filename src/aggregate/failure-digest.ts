/**
 * Why a test failed, across its trials (pure): which criteria said no, how
 * often, with the judge's reason; the trial-level reasons (errors, timeouts);
 * and the lines of the first failing trial's transcript around the failure.
 * Computed once, when the test is summarised, and stored in its summary, so
 * the PR comment, check run, job summary and markdown report explain a
 * failure without reading a single transcript.
 */
import type { FailureDigest, MetricResult, TraceEvent, TrialResult } from '../model/results.js';
import { plural } from '../util/plural.js';
import { formatMs, truncate } from '../util/text.js';

/** One message in a transcript excerpt; longer text is cut with an ellipsis. */
export const MAX_EXCERPT_MESSAGE_CHARS = 500;
/** Transcript events shown around a failure. */
export const EXCERPT_EVENTS = 6;
/** What a report shows of a stored excerpt at most (a results file may come from anywhere): its events, two notes. */
export const MAX_EXCERPT_LINES = EXCERPT_EVENTS + 2;
/** An excerpt line: a message cut to MAX_EXCERPT_MESSAGE_CHARS, or a tool call's name, arguments and result. */
export const MAX_EXCERPT_LINE_CHARS = 2 * MAX_EXCERPT_MESSAGE_CHARS;

type FailedCriterion = FailureDigest['criteria'][number];
type ShownEvent = Exclude<TraceEvent, { type: 'llm_call' }>;

const isBad = (trial: TrialResult): boolean =>
  trial.status === 'fail' || trial.status === 'error' || trial.status === 'invalid';

/**
 * The judge's own reason, without the "not met: part (evidence)" suffixes the
 * metric folds into it for readers of the reason alone: shown next to the
 * parts, they would say it twice.
 */
export function reasonBesideParts(metric: Pick<MetricResult, 'reason' | 'parts'>): string {
  let reason = metric.reason;
  for (const part of metric.parts ?? []) {
    if (!part.met) reason = reason.replace(`; not met: ${part.part} (${part.evidence})`, '');
  }
  return reason;
}

/** The parts shown for a criterion: the first failing trial's, unless the metric errored. */
function partsOf(seen: FailedCriterion | undefined, metric: MetricResult): Pick<FailedCriterion, 'parts'> {
  if (seen) return seen.parts ? { parts: seen.parts } : {};
  return metric.parts?.length && metric.error === undefined ? { parts: metric.parts } : {};
}

/** The digest of one test's finished trials (any order), or undefined when none failed, errored or was invalid. */
export function failureDigest(trials: readonly TrialResult[]): FailureDigest | undefined {
  const all = [...trials].sort((a, b) => a.index - b.index);
  const bad = all.filter(isBad);
  const first = bad[0];
  if (!first) return undefined;
  const byId = new Map<string, FailedCriterion>();
  for (const trial of bad) {
    for (const metric of trial.metrics) {
      if (metric.passed) continue;
      const seen = byId.get(metric.id);
      byId.set(metric.id, {
        id: metric.id,
        type: metric.type,
        failedIn: (seen?.failedIn ?? 0) + 1,
        trials: all.length,
        score: seen ? seen.score : metric.score,
        threshold: metric.threshold,
        reason: seen ? seen.reason : (metric.error ?? reasonBesideParts(metric)),
        ...partsOf(seen, metric),
        ...((seen ? seen.at : metric.at) ? { at: seen ? seen.at : metric.at } : {}),
      });
    }
  }
  const trialReasons = [
    ...new Set(
      bad
        .filter((trial) => trial.status !== 'fail' || trial.metrics.every((m) => m.passed))
        .flatMap((trial) => (trial.reason ? [trial.reason] : [])),
    ),
  ];
  return { criteria: [...byId.values()], trialReasons, exemplar: { index: first.index, excerpt: excerptLines(first) } };
}

function compactJson(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A recorded turn (a scenario's `start_from`) is shown for what it is: the context the test started from. */
const RECORDED_MARK = (event: { readonly recorded?: true }): string => (event.recorded ? '⏺ recorded · ' : '');

/** One transcript event as a plain-text line (escaped by whoever writes it out). */
export function describeEvent(event: ShownEvent, maxChars = MAX_EXCERPT_MESSAGE_CHARS): string {
  switch (event.type) {
    case 'user_message':
      return `${RECORDED_MARK(event)}👤 User: ${truncate(event.content, maxChars)}`;
    case 'agent_message':
      return event.recorded
        ? `${RECORDED_MARK(event)}🤖 Agent: ${truncate(event.content, maxChars)}`
        : `🤖 Agent (${formatMs(event.latencyMs)}${retriedText(event.retries)}): ${truncate(event.content, maxChars)}`;
    case 'tool_call': {
      const args = truncate(compactJson(event.arguments), maxChars / 2);
      const call = `${RECORDED_MARK(event)}🔧 ${event.name}(${args})${retriedText(event.retries, ' [', ']')}`;
      if (event.error !== undefined) return `${call} ✗ ${truncate(event.error, maxChars / 2)}`;
      return `${call} → ${truncate(compactJson(event.result), maxChars / 2)}`;
    }
    case 'simulator_flag':
      return `🚩 Simulator ${event.reason}: ${truncate(event.detail, maxChars)}`;
    case 'error':
      return `⚠️ ${event.source} error (${event.category}): ${truncate(event.message, maxChars)}`;
    case 'state':
      return `🗄️ State (${event.phase})${event.changes ? `: ${event.changes.length} change(s)` : ''}`;
    case 'state_write':
      return `✎ ${event.tool} wrote ${truncate(describeChanges(event.changes), maxChars)}`;
  }
}

/**
 * ", 1 retry" after a reply or a tool call whose request was sent again (an http agent's or a passthrough backend's
 * refused connection, 429 or 503).
 */
function retriedText(retries: number | undefined, before = ', ', after = ''): string {
  return retries ? `${before}${plural(retries, 'retry', 'retries')}${after}` : '';
}

/** `orders["#W1"].status: "pending" → "cancelled"`, one per change. */
export function describeChanges(changes: readonly { path: string; before?: unknown; after?: unknown }[]): string {
  return changes
    .map((change) =>
      !('after' in change)
        ? `${change.path} removed`
        : !('before' in change)
          ? `${change.path} = ${compactJson(change.after)}`
          : `${change.path}: ${compactJson(change.before)} → ${compactJson(change.after)}`,
    )
    .join('; ');
}

export function shownEvents(trial: Pick<TrialResult, 'transcript'>): ShownEvent[] {
  return trial.transcript.filter((event): event is ShownEvent => event.type !== 'llm_call');
}

/** Where the trial went wrong: the first error, else the first failed tool call, else the end. */
function failurePoint(events: readonly ShownEvent[]): number {
  const error = events.findIndex((event) => event.type === 'error');
  if (error >= 0) return error;
  const toolError = events.findIndex((event) => event.type === 'tool_call' && event.error !== undefined);
  if (toolError >= 0) return toolError;
  return events.length - 1;
}

/** The events around the failure, with a count of what was skipped either side. */
export function excerptLines(trial: Pick<TrialResult, 'transcript'>, size = EXCERPT_EVENTS): string[] {
  const events = shownEvents(trial);
  if (events.length === 0) return ['(empty transcript)'];
  const focus = failurePoint(events);
  const end = Math.min(events.length, focus + 2);
  const start = Math.max(0, end - size);
  const lines = events.slice(start, end).map((event) => describeEvent(event));
  if (start > 0) lines.unshift(`… ${plural(start, 'earlier event')}`);
  if (end < events.length) lines.push(`… ${plural(events.length - end, 'later event')}`);
  return lines;
}

/**
 * Transcripts as plain text lines (escaped by the caller for its format):
 * the whole conversation, or the few events around the failure.
 */
import type { TraceEvent, TrialResult } from '../model/results.js';
import { truncate } from './escape.js';
import { formatMs } from './format.js';
import { plural } from '../util/plural.js';
import { EXCERPT_EVENTS, MAX_EXCERPT_MESSAGE_CHARS } from './limits.js';

type ShownEvent = Exclude<TraceEvent, { type: 'llm_call' }>;

function compactJson(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function describeEvent(event: ShownEvent, maxChars = MAX_EXCERPT_MESSAGE_CHARS): string {
  switch (event.type) {
    case 'user_message':
      return `👤 User: ${truncate(event.content, maxChars)}`;
    case 'agent_message':
      return `🤖 Agent (${formatMs(event.latencyMs)}): ${truncate(event.content, maxChars)}`;
    case 'tool_call': {
      const call = `🔧 ${event.name}(${truncate(compactJson(event.arguments), maxChars / 2)})`;
      if (event.error !== undefined) return `${call} ✗ ${truncate(event.error, maxChars / 2)}`;
      return `${call} → ${truncate(compactJson(event.result), maxChars / 2)}`;
    }
    case 'simulator_flag':
      return `🚩 Simulator ${event.reason}: ${truncate(event.detail, maxChars)}`;
    case 'error':
      return `⚠️ ${event.source} error (${event.category}): ${truncate(event.message, maxChars)}`;
  }
}

function shownEvents(trial: TrialResult): ShownEvent[] {
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
export function excerptLines(trial: TrialResult, size = EXCERPT_EVENTS): string[] {
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

export function transcriptLines(trial: TrialResult, maxChars = Number.POSITIVE_INFINITY): string[] {
  return shownEvents(trial).map((event) => describeEvent(event, maxChars));
}

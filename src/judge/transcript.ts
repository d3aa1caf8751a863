/** Views of a trace that metrics and the judge prompt read. */
import type { TraceEvent } from '../model/results.js';
import { parseJsonBounded } from '../util/bounded.js';

type Event<T extends TraceEvent['type']> = Extract<TraceEvent, { type: T }>;

export function eventsOf<T extends TraceEvent['type']>(events: readonly TraceEvent[], type: T): Event<T>[] {
  return events.filter((event): event is Event<T> => event.type === type);
}

/**
 * The agent's own messages in this trial. Recorded turns (a scenario's `start_from`) were said before the test
 * began: deterministic criteria judge what the agent did, not what it was handed.
 */
export function agentMessages(events: readonly TraceEvent[]): Event<'agent_message'>[] {
  return eventsOf(events, 'agent_message').filter(isOwnReply);
}

/** One of the agent's replies in this trial: what turns are counted in (checkpoints, scorers, max_turns alike). */
export function isOwnReply(event: TraceEvent): event is Event<'agent_message'> {
  return event.type === 'agent_message' && !event.recorded;
}

/** The tool calls made in this trial (recorded ones left out, as in agentMessages). */
export function toolCalls(events: readonly TraceEvent[]): Event<'tool_call'>[] {
  return eventsOf(events, 'tool_call').filter((event) => !event.recorded);
}

/** The note that tells the judge model which lines were recorded before the test began. */
export const RECORDED_NOTE =
  '[The conversation starts from recorded turns, marked "(recorded)": they happened before this test began and ' +
  'are context for the agent; judge the agent on what it did after them.]';

/** Tool arguments as a value: agents may hand over raw JSON text. */
export function parsedArguments(call: Event<'tool_call'>): unknown {
  if (typeof call.arguments !== 'string') return call.arguments;
  try {
    return parseJsonBounded(call.arguments) as unknown;
  } catch {
    return call.arguments;
  }
}

/** The conversation as plain text for a judge model: who said what, and which tools ran. */
export function formatTranscript(events: readonly TraceEvent[]): string {
  const lines: string[] = [];
  if (events.some((event) => 'recorded' in event && event.recorded)) lines.push(RECORDED_NOTE);
  for (const event of events) {
    const mark = 'recorded' in event && event.recorded ? ' (recorded)' : '';
    switch (event.type) {
      case 'user_message':
        lines.push(`User${mark}: ${event.content}`);
        break;
      case 'agent_message':
        lines.push(`Agent${mark}: ${event.content}`);
        break;
      case 'tool_call': {
        const outcome = event.error !== undefined ? `error: ${event.error}` : `result: ${compact(event.result)}`;
        lines.push(`[agent called tool ${event.name}(${compact(parsedArguments(event))}) → ${outcome}]${mark}`);
        break;
      }
      case 'error':
        lines.push(`[${event.source} error (${event.category}): ${event.message}]`);
        break;
      case 'state_write':
        lines.push(`[${event.tool} changed the records: ${event.changes.map((c) => c.path).join(', ')}]`);
        break;
      default:
        break;
    }
  }
  return lines.length > 0 ? lines.join('\n') : '(the conversation is empty)';
}

function compact(value: unknown): string {
  if (value === undefined) return '(none)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Lines a `command` agent writes that answer nothing Rehearse awaits: an answer written twice, a late answer to an
 * earlier turn, junk. Taken as the next answer, such a line would shift every later turn of the transcript, so it
 * is ignored, and reported as an agent error in the trace without ending the conversation: the conversation goes on
 * (its answers are still paired with their turns), and the `infrastructure` criterion fails the trial with the
 * reason. An answer may echo the request's `turn` (protocol: docs/agents.md), which tells a late answer from the
 * awaited one even when it arrives after the next request was written.
 */
import type { TraceRecorder } from '../recorder.js';

/** What an answer is awaited for: the turn request's `turn`, and the tool round (0: the turn request itself). */
export interface AwaitedAnswer {
  readonly turn: number;
  readonly round: number;
}

export type IgnoredLine =
  /** No answer was awaited: the line came after the answer to `after` (or before any request). */
  | { readonly kind: 'unawaited'; readonly line: string; readonly after: AwaitedAnswer | undefined }
  /** An answer that echoes another turn than the awaited one. */
  | { readonly kind: 'other-turn'; readonly line: string; readonly awaited: AwaitedAnswer; readonly echoed: number };

/** Ignored lines quoted one by one; beyond them, one last report counts them all. */
const QUOTED_LINES = 3;
const LINE_EXCERPT_CHARS = 200;
/** An unawaited line is parsed (to tell an answer from a log line) only this short: a long one is not read. */
const HINT_PARSE_CHARS = 100_000;

/** The `turn` an answer echoes, if it has one (a number; anything else is not an echo). */
export function echoedTurn(answer: unknown): number | undefined {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) return undefined;
  const turn = (answer as { turn?: unknown }).turn;
  return typeof turn === 'number' ? turn : undefined;
}

/** Records the ignored lines of one session in its trace: the first few quoted, then a count. */
export class IgnoredLineReport {
  private seen = 0;
  private recorded = 0;
  private quiet = false;
  /** The session is closing and nothing was ignored before: a line now (a farewell) shifted nothing. */
  private closingClean = false;

  constructor(
    private readonly agentId: string,
    private readonly recorder: TraceRecorder,
  ) {}

  add(ignored: IgnoredLine): void {
    if (this.closingClean) return;
    if (++this.seen > QUOTED_LINES) return;
    this.record(describe(this.agentId, ignored));
  }

  /** No more reports: the conversation failed, and lines written after that would hide why as the last error. */
  silence(): void {
    this.quiet = true;
  }

  /**
   * The conversation is over and its process is being stopped. A line written now can not be taken for an answer:
   * from an agent that wrote none out of turn before, it is a farewell, not a fault (agents that print one on exit
   * passed before answers were checked). After earlier ignored lines it is reported like them: the last of a run
   * of late answers often comes now.
   */
  closing(): void {
    this.closingClean = this.seen === 0;
  }

  /** At the end of the session: how many lines were ignored, when more than were quoted. */
  finish(): void {
    if (this.seen <= QUOTED_LINES) return;
    this.record(
      `the agent "${this.agentId}" wrote ${this.seen} lines that answered nothing awaited, all ignored ` +
        `(the first ${QUOTED_LINES} quoted)`,
    );
  }

  private record(message: string): void {
    // A line written after the conversation ended in an error (the agent's, the simulator's, a cancel) is noise
    // beside it: the trial's reason is its last error.
    if (this.quiet || this.errorsInTrace() > this.recorded) return;
    this.recorded++;
    this.recorder.record({ type: 'error', source: 'agent', category: 'infrastructure', message });
  }

  private errorsInTrace(): number {
    return this.recorder.events.filter((event) => event.type === 'error').length;
  }
}

function describe(agentId: string, ignored: IgnoredLine): string {
  const quoted = ignored.line.slice(0, LINE_EXCERPT_CHARS);
  if (ignored.kind === 'other-turn') {
    return (
      `the agent "${agentId}" answered "turn": ${ignored.echoed} while its answer to ${named(ignored.awaited)} ` +
      `was awaited; ignored (a late or repeated answer): ${quoted}`
    );
  }
  const after = ignored.after ? ` (after its answer to ${named(ignored.after)})` : '';
  return `the agent "${agentId}" wrote a line when no answer was awaited${after}; ignored: ${quoted}${hint(ignored)}`;
}

/** What the author can do about an unawaited line. */
function hint(ignored: Extract<IgnoredLine, { kind: 'unawaited' }>): string {
  if (ignored.line.length > HINT_PARSE_CHARS) return '';
  let answer: unknown;
  try {
    answer = JSON.parse(ignored.line);
  } catch {
    return ' (logs go to stderr)';
  }
  if (echoedTurn(answer) !== undefined || !ignored.after) return '';
  // Without an echoed turn, a late answer that came while the next one was awaited was taken for it.
  return (
    ` — if it is the answer to ${named(ignored.after)}, the line taken for that was a late or repeated answer ` +
    `to an earlier message; answers that echo the request's "turn" are never mistaken for another turn's`
  );
}

function named(answer: AwaitedAnswer): string {
  return answer.round === 0 ? `"turn": ${answer.turn}` : `"turn": ${answer.turn}, tool results round ${answer.round}`;
}

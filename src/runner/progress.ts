/**
 * Progress of a run: a live single line on a terminal, plain periodic lines
 * in CI logs (every ~10 s or every 10% of the trials, whichever comes first).
 */
import { REDRAW_LINE } from '../util/terminal.js';
import { truncate } from '../util/text.js';

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly errored: number;
  readonly invalid: number;
  readonly inFlight: number;
  readonly spentUsd: number;
  readonly elapsedMs: number;
  /** null until a trial finished. */
  readonly etaMs: number | null;
  /** Planned trials that will not run (a circuit breaker, the budget, a cancel): left out of `total`. */
  readonly notRun?: number;
  /** LLM calls retried so far and the last failure retried (told by the chat client; absent: none yet). */
  readonly retries?: { readonly count: number; readonly lastReason: string };
}

/** Enough of a retried failure to recognise it ("HTTP 429: rate limited") on a line that must stay one line. */
const RETRY_REASON_CHARS = 60;

const PLAIN_INTERVAL_MS = 10_000;
const PLAIN_STEP_SHARE = 0.1;
/** Our redraw is the one control sequence the CLI's sanitizing writer lets through (src/util/terminal.ts). */
const CLEAR_LINE = REDRAW_LINE;

export function formatProgress(progress: Progress): string {
  const percent = progress.total === 0 ? 100 : Math.floor((progress.done / progress.total) * 100);
  const parts = [
    `${progress.done}/${progress.total} trials (${percent}%)`,
    `✓ ${progress.passed}  ✗ ${progress.failed}  ! ` +
      `${progress.errored}${progress.invalid ? `  ~ ${progress.invalid}` : ''}`,
    // Left out of the total, they would be missing from a line that reads 100%.
    ...(progress.notRun ? [`${progress.notRun} not run`] : []),
    `$${progress.spentUsd.toFixed(4)}`,
    `elapsed ${duration(progress.elapsedMs)}`,
  ];
  // Without it, a rate-limit storm (calls waiting up to a minute per retry) showed a line with nothing failing.
  if (progress.retries?.count) {
    const { count, lastReason } = progress.retries;
    const reason = truncate(lastReason.replace(/\s+/g, ' '), RETRY_REASON_CHARS);
    parts.push(`↻ ${count} ${count === 1 ? 'retry' : 'retries'} (last: ${reason})`);
  }
  if (progress.etaMs !== null && progress.done < progress.total) parts.push(`ETA ${duration(progress.etaMs)}`);
  return parts.join('  ·  ');
}

export interface ProgressReporter {
  readonly update: (progress: Progress) => void;
  /** Ends the live line so the next output starts on a fresh one. */
  readonly finish: () => void;
}

export interface ProgressReporterOptions {
  readonly isTTY: boolean;
  readonly write: (text: string) => void;
  /** Terminal width: a live line longer than it would wrap and break the redraw. */
  readonly columns?: number;
  readonly now?: () => number;
}

export function createProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const now = options.now ?? Date.now;
  if (options.isTTY) {
    let drawn = false;
    const fit = (line: string) =>
      options.columns && line.length >= options.columns ? `${line.slice(0, options.columns - 2)}…` : line;
    return {
      update: (progress) => {
        options.write(`${CLEAR_LINE}${fit(formatProgress(progress))}`);
        drawn = true;
      },
      finish: () => {
        if (drawn) options.write('\n');
        drawn = false;
      },
    };
  }
  let lastAt = -Infinity;
  let lastDone = -1;
  let lastTotal = -1;
  return {
    update: (progress) => {
      const step = Math.max(1, Math.ceil(progress.total * PLAIN_STEP_SHARE));
      const timeDue = now() - lastAt >= PLAIN_INTERVAL_MS;
      // The end is printed once, however it was reached: also when the last change was a trial left out (refused by
      // the circuit breaker after the last one finished), which moves the total, not `done`; judged by `done` alone,
      // the log then ended on the line before, short of 100% and one "not run" short.
      const endDue = progress.done === progress.total && (progress.done !== lastDone || progress.total !== lastTotal);
      if (!timeDue && !endDue && progress.done - lastDone < step) return;
      lastAt = now();
      lastDone = progress.done;
      lastTotal = progress.total;
      options.write(`progress: ${formatProgress(progress)}\n`);
    },
    finish: () => undefined,
  };
}

export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
    : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

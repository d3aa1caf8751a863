/**
 * The run's progress in the action's log, by the CLI's rule for CI logs (runner/progress.ts): a `progress:` line every
 * ~10 s or every 10% of the trials, and the end of the run always, once. A throttle on time alone dropped every update
 * within 10 s of the last line printed, the final one too: a run that ended soon after a line left the log short of
 * 100%, and of the trials the circuit breaker left out.
 */
import * as core from '@actions/core';
import { createProgressReporter, type Progress } from '../runner/index.js';

export interface ProgressLogOptions {
  /** One line, without its line break (core.info adds it). */
  readonly write?: (line: string) => void;
  readonly now?: () => number;
}

export function progressLog(options: ProgressLogOptions = {}): (progress: Progress) => void {
  const write = options.write ?? ((line: string) => core.info(line));
  // The `progress:` prefix also keeps the line from being read as a workflow command.
  const reporter = createProgressReporter({
    isTTY: false,
    write: (text) => write(text.replace(/\n$/, '')),
    ...(options.now ? { now: options.now } : {}),
  });
  return reporter.update;
}

/** Where a CLI command writes; tests pass their own to capture output. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** true when stdout is an interactive terminal (live progress line). */
  readonly isTTY: boolean;
}

export type Command = (args: readonly string[], io: CliIO) => Promise<number>;

export function processIO(): CliIO {
  return {
    stdout: readerMayLeave(process.stdout),
    stderr: readerMayLeave(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/**
 * A writer for a stream whose reader may go away (`rehearse run | head -1`):
 * once a write fails (EPIPE, a destroyed stream), later writes are dropped
 * and the command carries on, so the results file and reports are still
 * written and the exit code is the run's. Without the listener Node turns
 * the EPIPE into an uncaught exception and the run dies mid-way.
 */
export function readerMayLeave(stream: NodeJS.WritableStream & { destroyed?: boolean }): (text: string) => void {
  let closed = false;
  stream.on('error', () => {
    closed = true;
  });
  return (text) => {
    if (closed || stream.destroyed) return;
    try {
      stream.write(text);
    } catch {
      closed = true; // a synchronous write on a closed descriptor can throw too
    }
  };
}

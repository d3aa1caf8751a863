import { redactorFor } from '../suite/secrets.js';
import type { Redactor } from '../util/redact.js';
import { sanitizeTerminalChunk } from '../util/terminal.js';

/** Where a CLI command writes; tests pass their own to capture output. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** true when stdout is an interactive terminal (live progress line). */
  readonly isTTY: boolean;
  /**
   * The secrets stdout and stderr hide (set by `guardedIO`): a command that
   * loads a suite adds the ones it names (`io.redactor?.add(suiteSecretValues(suite, io.env))`).
   */
  readonly redactor?: Redactor;
  /** Asks a yes/no question on the terminal; absent when there is no terminal to ask (scripts pass --yes). */
  readonly confirm?: (question: string) => Promise<boolean>;
}

export type Command = (args: readonly string[], io: CliIO) => Promise<number>;

export function processIO(): CliIO {
  return {
    stdout: readerMayLeave(process.stdout),
    stderr: readerMayLeave(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    // stdout first: reading process.stdin builds its stream (~1.5 ms), which a run whose output is piped never needs.
    ...(process.stdout.isTTY && process.stdin.isTTY ? { confirm: askOnTerminal } : {}),
  };
}

/**
 * The CLI's one exit for text: every chunk written to stdout or stderr is
 * redacted (the environment's secrets, credential shapes, and whatever a
 * command adds) and stripped of terminal control sequences, so an agent's
 * reply or an endpoint's error can neither leak a key nor rewrite the screen.
 */
export function guardedIO(io: CliIO): CliIO {
  // REHEARSE_DEBUG=1 tells which secret values are too short to be redacted (never the values).
  const onSkipped = io.env['REHEARSE_DEBUG'] ? (why: string) => io.stderr(`debug: ${why}\n`) : undefined;
  const redactor = io.redactor ?? redactorFor(undefined, io.env, onSkipped ? { onSkipped } : {});
  const guard = (write: (text: string) => void) => (text: string) =>
    write(sanitizeTerminalChunk(redactor.redact(text)));
  return { ...io, stdout: guard(io.stdout), stderr: guard(io.stderr), redactor };
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

async function askOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await terminal.question(question)).trim());
  } finally {
    terminal.close();
  }
}

/** Lines on stderr that inform rather than warn: `--quiet` drops them (errors and suite problems stay). */
const CHATTER = /^(progress|notice|preflight|History|Resuming):/;

/**
 * `--quiet`: stdout keeps only the command's verdict line (`isVerdict`, e.g. `Gate: …`), stderr keeps everything but
 * progress and notices. Filtered a line at a time, so a line written in pieces is judged whole; the live progress line
 * is never drawn (isTTY false).
 */
export function quietIO(io: CliIO, isVerdict: (line: string) => boolean): CliIO {
  const lineFilter = (write: (text: string) => void, keep: (line: string) => boolean) => {
    let pending = '';
    return (text: string) => {
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      const kept = lines.filter((line) => keep(line.trim()));
      if (kept.length) write(`${kept.join('\n')}\n`);
    };
  };
  return {
    ...io,
    isTTY: false,
    stdout: lineFilter(io.stdout, isVerdict),
    stderr: lineFilter(io.stderr, (line) => line !== '' && !CHATTER.test(line)),
  };
}

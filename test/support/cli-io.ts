/** A CliIO that captures output, for running `rehearse` commands in-process in a directory. */
import type { CliIO } from '../../src/cli/io.js';

export type CapturedIO = CliIO & { readonly out: string[]; readonly err: string[]; text(): string };

export function capturedIO(cwd: string, env: Record<string, string | undefined> = {}): CapturedIO {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env,
    isTTY: false,
    text: () => `${out.join('')}${err.join('')}`,
  };
}

import type { CliIO } from '../io.js';

/** Placeholder until its issue lands. */
export async function runCommand(_args: readonly string[], io: CliIO): Promise<number> {
  io.stderr('rehearse run: not implemented yet\n');
  return 1;
}

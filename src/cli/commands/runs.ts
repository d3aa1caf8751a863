import type { CliIO } from '../io.js';

/** Placeholder until its issue lands. */
export async function runsCommand(_args: readonly string[], io: CliIO): Promise<number> {
  io.stderr('rehearse runs: not implemented yet\n');
  return 1;
}

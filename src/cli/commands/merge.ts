import type { CliIO } from '../io.js';

/** Placeholder until its issue lands. */
export async function mergeCommand(_args: readonly string[], io: CliIO): Promise<number> {
  io.stderr('rehearse merge: not implemented yet\n');
  return 1;
}

import type { CliIO } from '../io.js';

/** Placeholder until its issue lands. */
export async function compareCommand(_args: readonly string[], io: CliIO): Promise<number> {
  io.stderr('rehearse compare: not implemented yet\n');
  return 1;
}

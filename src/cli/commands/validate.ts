import type { CliIO } from '../io.js';

/** Placeholder until its issue lands. */
export async function validateCommand(_args: readonly string[], io: CliIO): Promise<number> {
  io.stderr('rehearse validate: not implemented yet\n');
  return 1;
}

import type { CliIO } from '../io.js';

/** Placeholder until its issue lands. */
export async function reportCommand(_args: readonly string[], io: CliIO): Promise<number> {
  io.stderr('rehearse report: not implemented yet\n');
  return 1;
}

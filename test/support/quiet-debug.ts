/**
 * Vitest setup: the Actions toolkit libraries (@actions/artifact, @actions/github) write `::debug::` workflow commands
 * straight to stdout; the runner hides them unless step debugging is on, but in `npm test` they are dozens of lines of
 * noise. Dropped here, before anything else sees them. Tests that read the action's log (test/action/harness.ts)
 * replace process.stdout.write for the run, so they still see every command the action writes.
 */
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
  String(chunk).startsWith('::debug::')
    ? true
    : (write as (...args: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;

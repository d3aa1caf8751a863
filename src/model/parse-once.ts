/**
 * Options for a zod parse that runs once per process (a suite file, a schema's defaults): zod's compiled fast path
 * (a `new Function` per object schema, built on its first parse) costs more to build than one parse saves, and
 * start-up pays it for every schema a suite touches (~5 ms of every `rehearse run`). Parses repeated per trial keep it.
 */
export const PARSED_ONCE = { jitless: true } as const;

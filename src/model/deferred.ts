/**
 * The results and history schemas are built at their first parse, not when their module loads (results.ts says
 * why). `deferred` is `z.lazy` that also remembers the schema, so that `buildDeferredSchemas` can build every one of
 * them at a moment of the caller's choosing (the runner does it while the first calls are in flight) without a list
 * to keep in step by hand.
 */
import { z } from 'zod';

const registered: z.ZodLazy[] = [];
const built = new WeakSet<z.ZodLazy>();

export function deferred<T extends z.ZodType>(build: () => T): z.ZodLazy<T> {
  const schema: z.ZodLazy<T> = z.lazy(() => {
    const inner = build();
    built.add(schema);
    return inner;
  });
  registered.push(schema);
  return schema;
}

/** Builds every deferred schema not built yet (zod keeps what it built: the next parse finds it ready). */
export function buildDeferredSchemas(): void {
  for (const schema of registered) void schema._zod.innerType;
}

/** The deferred schemas declared so far, and whether each is built: for the tests that keep the registry whole. */
export function deferredSchemas(): readonly { readonly schema: z.ZodLazy; readonly built: boolean }[] {
  return registered.map((schema) => ({ schema, built: built.has(schema) }));
}

import { describe, expect, it, vi } from 'vitest';

/** A zod schema, as far as this walk needs: its definition (and a lazy one's inner type). */
interface Schema {
  readonly _zod: { readonly def: object; readonly innerType?: Schema };
  readonly description?: string;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** The schemas one level inside a definition's field: a schema, a list of them (unions) or a record (shapes). */
function schemasIn(value: unknown): Schema[] {
  if (isSchema(value)) return [value];
  if (Array.isArray(value)) return value.filter(isSchema);
  if (typeof value === 'object' && value !== null) return Object.values(value).filter(isSchema);
  return [];
}

/** Every schema reachable from `root`, through the inner type of each lazy one as well (built by this walk). */
function reachable(root: Schema): Set<Schema> {
  const seen = new Set<Schema>();
  const pending: Schema[] = [root];
  while (pending.length > 0) {
    const schema = pending.pop() as Schema;
    if (seen.has(schema)) continue;
    seen.add(schema);
    const def = schema._zod.def as Record<string, unknown>;
    if (def.type === 'lazy') pending.push(...schemasIn(schema._zod.innerType));
    else for (const value of Object.values(def)) pending.push(...schemasIn(value));
  }
  return seen;
}

async function freshModel() {
  vi.resetModules();
  const deferred = await import('../../src/model/deferred.js');
  const results = await import('../../src/model/results.js');
  return { ...deferred, ...results };
}

describe('the deferred results and history schemas', () => {
  it('are none of them built when the model loads', async () => {
    const { deferredSchemas } = await freshModel();
    const all = deferredSchemas();
    expect(all.length).toBeGreaterThanOrEqual(18);
    expect(all.filter((entry) => entry.built)).toEqual([]);
  });

  it('are all built by buildDeferredSchemas, before any parse', async () => {
    const { deferredSchemas, buildDeferredSchemas } = await freshModel();
    buildDeferredSchemas();
    expect(deferredSchemas().filter((entry) => !entry.built)).toEqual([]);
  });

  it('include every lazy schema of a results file (a bare z.lazy would escape buildDeferredSchemas)', async () => {
    const { deferredSchemas, ResultsSchema } = await freshModel();
    // A lazy schema's clones (.describe(), .meta()) share its definition: one registered definition covers them all.
    const registered = new Set<object>(deferredSchemas().map((entry) => entry.schema._zod.def));
    const lazies = [...reachable(ResultsSchema)].filter(
      (schema) => (schema._zod.def as { type?: string }).type === 'lazy',
    );
    expect(lazies.length).toBeGreaterThanOrEqual(18);
    expect(lazies.filter((schema) => !registered.has(schema._zod.def)).map((schema) => schema.description)).toEqual([]);
  });
});

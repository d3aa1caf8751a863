/**
 * The one Ajv configuration of the project, built by `loadAjv()` (./ajv.ts) at its first need: the loader
 * compiles every tool's `parameters` with it, so a schema the engine would reject at call time is a load error
 * instead (and not a failed call blamed on the agent); tool calls and the `json_schema` criterion are checked with
 * it too.
 */
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';

/**
 * `strict: false`: tools copied from other platforms carry keywords (e.g. `examples`, vendor `x-` keys) Ajv would
 * refuse.
 * ajv-formats: `format: email`, `date-time`, `uri`… are checked, instead of ignored with an "unknown format" warning.
 */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // A CommonJS module: its function is also exported as `default`, which is what the types describe under NodeNext.
  ajvFormats.default(ajv);
  return ajv;
}

/**
 * The one Ajv configuration of the project: the loader compiles every tool's
 * `parameters` with it, so a schema the engine would reject at call time is a
 * load error instead (and not a failed call blamed on the agent).
 */
import { Ajv } from 'ajv';

/** `strict: false`: tools copied from other platforms carry keywords (e.g. `examples`, vendor `x-` keys) Ajv would refuse. */
export function createAjv(): Ajv {
  return new Ajv({ allErrors: true, strict: false });
}

/** JSON Schema validation with the project's one Ajv (formats included), compiled schemas cached by their text. */
import type { ValidateFunction } from 'ajv';
import { lazyAjv } from '../suite/ajv.js';

// Made at the first schema checked, not when the module loads: every run loads it, few check a json_schema criterion.
const ajv = lazyAjv();
const compiled = new Map<string, ValidateFunction | string>();

export interface JsonValidation {
  readonly errors: readonly string[];
  /** Set when the schema itself does not compile. */
  readonly schemaError?: string;
}

export function validateJson(schema: Readonly<Record<string, unknown>>, value: unknown): JsonValidation {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (validate === undefined) {
    try {
      validate = ajv().compile(schema);
    } catch (error) {
      validate = (error as Error).message;
    }
    compiled.set(key, validate);
  }
  if (typeof validate === 'string') return { errors: [], schemaError: validate };
  if (validate(value)) return { errors: [] };
  return {
    errors: (validate.errors ?? []).map(
      (error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`,
    ),
  };
}

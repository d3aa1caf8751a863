/** JSON Schema validation with the project's one Ajv (formats included), compiled schemas cached by their text. */
import type { ValidateFunction } from 'ajv';
import { loadAjv } from '../suite/ajv.js';

const compiled = new Map<string, ValidateFunction | string>();

export interface JsonValidation {
  readonly errors: readonly string[];
  /** Set when the schema itself does not compile. */
  readonly schemaError?: string;
}

/** Ajv is loaded at the first schema checked: every run loads this module, few check a `json_schema` criterion. */
export async function validateJson(schema: Readonly<Record<string, unknown>>, value: unknown): Promise<JsonValidation> {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (validate === undefined) {
    const ajv = await loadAjv();
    try {
      validate = ajv.compile(schema);
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

/**
 * Tool arguments as a real backend would see them: parsed from the model's
 * JSON text and validated against the tool's JSON Schema. An invalid call is
 * answered with an error, not silently "fixed".
 */
import type { ValidateFunction } from 'ajv';
import { loadAjv } from '../../suite/ajv.js';
import type { Tool } from '../../suite/schema.js';
import { parseJsonBounded } from '../../util/bounded.js';

const compiled = new WeakMap<Tool, ValidateFunction | Error>();

export type ParsedArguments = { ok: true; value: unknown } | { ok: false; value: unknown; error: string };

/** `raw` is JSON text from an openai agent, or an already-parsed value from an http/command agent. */
export function parseArguments(raw: unknown): ParsedArguments {
  if (typeof raw !== 'string') return { ok: true, value: raw ?? {} };
  if (raw.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: parseJsonBounded(raw) as unknown };
  } catch {
    return { ok: false, value: raw, error: 'invalid arguments: not valid JSON' };
  }
}

/**
 * undefined when the arguments satisfy the tool's schema, else a readable list of what is wrong. Ajv is loaded at
 * the first call of a tool: a run whose agent calls no tool never pays for it.
 */
export async function validateArguments(tool: Tool, value: unknown): Promise<string | undefined> {
  let validate = compiled.get(tool);
  if (!validate) {
    const ajv = await loadAjv();
    try {
      validate = ajv.compile(tool.parameters);
    } catch (error) {
      validate = error instanceof Error ? error : new Error(String(error));
    }
    compiled.set(tool, validate);
  }
  if (validate instanceof Error) return `the tool's parameter schema is invalid: ${validate.message}`;
  if (validate(value)) return undefined;
  const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
  return `invalid arguments: ${problems.join('; ')}`;
}

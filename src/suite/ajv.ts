/**
 * The project's one Ajv, loaded at its first need. Ajv, its formats and fast-uri are ~390 KB of the bundle: loaded
 * with the CLI, they cost every run ~5 ms of start-up before its first call, and most suites check no JSON Schema
 * (no tool, no `json_schema` criterion). A dynamic import keeps them in a chunk of their own.
 */
import type { Ajv } from 'ajv';

let loading: Promise<Ajv> | undefined;

export function loadAjv(): Promise<Ajv> {
  loading ??= import('./ajv-build.js').then(({ createAjv }) => createAjv());
  return loading;
}

/**
 * What the schema alone can not say about a tool: its `parameters` must be a
 * JSON Schema the engine can compile, and its strategy must have what it needs
 * (a passthrough needs a URL; mock behaviour on a passthrough tool would never run).
 */
import { compileUserRegex } from '../util/user-regex.js';
import type { Ajv } from 'ajv';
import { locate, type Collected } from './collect.js';
import type { SuiteIssue } from './types.js';

/** `ajv`: asked for only when the suite has tools. */
export function checkTools(suite: Collected, ajv: () => Ajv): SuiteIssue[] {
  const issues: SuiteIssue[] = [];
  for (const entry of suite.tools) {
    const tool = entry.value;
    const error = (message: string, ...path: (string | number)[]): void =>
      void issues.push({ location: locate(entry, ...path), message, severity: 'error' });
    const keyError = (message: string, key: string): void =>
      void issues.push({ location: entry.file.locateKey([...entry.path, key]), message, severity: 'error' });

    const schemaProblem = compileProblem(ajv(), tool.parameters);
    if (schemaProblem)
      error(
        `tool '${tool.name}': parameters is not a valid JSON Schema: ${schemaProblem.message}`,
        'parameters',
        ...schemaProblem.path,
      );

    tool.mock?.mappings.forEach((mapping, index) => {
      if (mapping.match !== 'pattern') return;
      for (const { text, sub } of patternStrings(mapping.when, [])) {
        const compiled = compileUserRegex(text);
        if (!compiled.ok)
          error(
            `tool '${tool.name}': invalid pattern ${JSON.stringify(text)} (mapping with match: pattern): ` +
              compiled.message,
            'mock',
            'mappings',
            index,
            'when',
            ...sub,
          );
      }
    });

    if (tool.strategy === 'passthrough') {
      if (!tool.passthrough)
        error(
          `tool '${tool.name}' has strategy passthrough but no passthrough.url: add \`passthrough: { url: ` +
            `https://… }\` or use strategy mock`,
          'strategy',
        );
      if (tool.mock)
        keyError(
          `tool '${tool.name}' has strategy passthrough, so its mock would never be used: remove \`mock\` or ` +
            `use strategy mock`,
          'mock',
        );
    } else if (tool.passthrough) {
      keyError(
        `tool '${tool.name}' has a passthrough block but strategy ${tool.strategy}: set \`strategy: ` +
          `passthrough\` or remove \`passthrough\``,
        'passthrough',
      );
    }
  }
  return issues;
}

function patternStrings(value: unknown, path: (string | number)[]): { text: string; sub: (string | number)[] }[] {
  if (typeof value === 'string') return [{ text: value, sub: path }];
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([key, item]) => patternStrings(item, [...path, key]));
  return [];
}

export interface SchemaProblem {
  readonly message: string;
  /** Where inside `parameters` the problem is (JSON pointer segments). */
  readonly path: (string | number)[];
}

export function compileProblem(ajv: Ajv, schema: unknown): SchemaProblem | undefined {
  // validateSchema checks against the meta-schema and says where; compile
  // also catches what the meta-schema allows but Ajv can not build (bad $ref, bad regex).
  if (!ajv.validateSchema(schema as object)) {
    const [first] = ajv.errors ?? [];
    if (first) {
      const allowed =
        first.params && 'allowedValues' in first.params
          ? ` (${(first.params.allowedValues as unknown[]).join(', ')})`
          : '';
      return {
        message: `${first.instancePath || '(root)'} ${first.message ?? 'is invalid'}${allowed}`,
        path: pointerSegments(first.instancePath),
      };
    }
  }
  try {
    ajv.compile(schema as object);
    return undefined;
  } catch (error) {
    return { message: error instanceof Error ? error.message : String(error), path: [] };
  }
}

function pointerSegments(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * zod issues → suite issues: each one placed on its YAML node and phrased
 * as what was expected ("threshold: expected a number from 0 to 1, got 1.5"; the
 * range of a number field is its own, numbers.ts).
 */
import type { z } from 'zod';
import { describeStrangeCharacter, visible } from './confusables.js';
import { closest, suggestion } from './did-you-mean.js';
import { NUMBER_EXPECTATION } from './numbers.js';
import type { SuiteIssue } from './types.js';
import type { DataPath, YamlFile } from './yaml-file.js';

type ZodIssue = z.core.$ZodIssue;

/** The parts of zod's internal definition we walk to list the keys an object accepts. */
interface SchemaDef {
  readonly type: string;
  readonly shape?: Record<string, { _zod: { def: SchemaDef } }>;
  readonly element?: { _zod: { def: SchemaDef } };
  readonly innerType?: { _zod: { def: SchemaDef } };
  readonly options?: readonly { _zod: { def: SchemaDef } }[];
  readonly left?: { _zod: { def: SchemaDef } };
  readonly right?: { _zod: { def: SchemaDef } };
  readonly in?: { _zod: { def: SchemaDef } };
  readonly values?: readonly unknown[];
}

export function zodIssuesToSuiteIssues(issues: readonly ZodIssue[], file: YamlFile, schema: z.ZodType): SuiteIssue[] {
  const flat = flatten(issues, []);
  // "unknown key 'personna' — did you mean 'persona'?" already explains the missing 'persona'.
  const explained = new Set(
    flat.flatMap(({ issue, path }) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.flatMap((key) =>
            [closest(key, knownKeys(schema, path, file.data)) ?? []].flat().map((k) => pathText([...path, k])),
          )
        : [],
    ),
  );
  const suiteIssues = flat
    .filter(
      ({ issue, path }) =>
        !(valueAt(file.data, path) === undefined && expectedOf(issue) !== undefined && explained.has(pathText(path))),
    )
    .flatMap((issue) => toSuiteIssues(issue, file, schema));
  // A number past 2^53 misses two checks of its field (whole, at most the maximum) that say the same: say it once.
  const said = new Set<string>();
  return suiteIssues.filter((issue) => {
    const key = `${issue.location.line}:${issue.location.column}:${issue.message}`;
    return !said.has(key) && said.add(key);
  });
}

function pathText(path: DataPath): string {
  return path.join('\u0000');
}

function knownKeys(schema: z.ZodType, path: DataPath, data: unknown): string[] {
  return keysAt(schema._zod.def as unknown as SchemaDef, path, data);
}

interface FlatIssue {
  readonly issue: ZodIssue;
  readonly path: DataPath;
}

/** Unions report one list of issues per option: keep the option that came closest (fewest issues). */
function flatten(issues: readonly ZodIssue[], prefix: DataPath): FlatIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      return flatten(best, path);
    }
    return [{ issue, path }];
  });
}

function toSuiteIssues({ issue, path }: FlatIssue, file: YamlFile, schema: z.ZodType): SuiteIssue[] {
  // One error per unknown key, each at its own line.
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, path, file.data);
    return issue.keys.map((key) =>
      error(file.locateKey([...path, key]), `unknown key '${key}'${suggestion(key, known)}`),
    );
  }
  return [toSuiteIssue({ issue, path }, file)];
}

function toSuiteIssue({ issue, path }: FlatIssue, file: YamlFile): SuiteIssue {
  const value = valueAt(file.data, path);
  const expected = value === undefined ? expectedOf(issue) : undefined;
  if (expected !== undefined)
    return error(
      file.locate(path.slice(0, -1)),
      `missing required key '${String(path.at(-1))}' (expected ${expected})`,
    );
  return error(file.locate(path), `${label(path)}${describe(issue, value, file.writtenAt(path))}`);
}

/** What a missing value should have been, for the issues a missing key produces. */
function expectedOf(issue: ZodIssue): string | undefined {
  if (issue.code === 'invalid_type')
    return NUMBER_EXPECTATION.test(issue.message) ? issue.message : article(String(issue.expected));
  const options =
    issue.code === 'invalid_value'
      ? issue.values
      : issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)
        ? issue.options
        : undefined;
  return options && `one of ${options.map((o) => `'${String(o)}'`).join(', ')}`;
}

/** `written`: the value as the YAML spells it, shown for a number (`1e400` says more than Infinity). */
function describe(issue: ZodIssue, value: unknown, written?: string): string {
  const got = show(value, written);
  // Number fields (numbers.ts) phrase their whole range, whichever check the value missed.
  if (
    (issue.code === 'invalid_type' || issue.code === 'too_big' || issue.code === 'too_small') &&
    NUMBER_EXPECTATION.test(issue.message)
  )
    return `expected ${issue.message}, got ${typeof value === 'number' ? got : kindOf(value, written)}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${article(String(issue.expected))}, got ${kindOf(value, written)}`;
    case 'invalid_value': {
      const options = issue.values.map((v) => `'${String(v)}'`).join(', ');
      const hint = typeof value === 'string' ? suggestion(value, issue.values.map(String)) : '';
      return `expected ${issue.values.length === 1 ? options : `one of ${options}`}, got ${got}${hint}`;
    }
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) {
        const options = (issue as { options: unknown[] }).options.map(String);
        const hint = typeof value === 'string' ? suggestion(value, options) : '';
        return `expected one of ${options.map((o) => `'${o}'`).join(', ')}, got ${got}${hint}`;
      }
      return `invalid value ${got}`;
    // Numbers were phrased above; what is left is a string or a list.
    case 'too_big':
      return `too long: at most ${String(issue.maximum)} allowed`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${String(issue.minimum)} item(s)`
        : `expected a non-empty value`;
    case 'invalid_format': {
      // A value in a field named like a credential may be a secret pasted by mistake: never printed back.
      const secretField = SECRET_FIELD.test(String(issue.path.at(-1) ?? ''));
      const shown = secretField ? 'a value that is not shown (it may be a secret)' : show(value);
      const strange = !secretField && typeof value === 'string' ? describeStrangeCharacter(value) : undefined;
      const why = strange === undefined ? '' : ` — ${strange}`;
      return (
        `${issue.format === 'regex' ? `expected ${issue.message}` : `expected a valid ${issue.format}`}, ` +
        `got ${shown}${why}`
      );
    }
    default:
      return issue.message;
  }
}

const SECRET_FIELD = /key|token|secret|password/i;

function label(path: DataPath): string {
  const key = [...path].reverse().find((segment) => typeof segment === 'string');
  return key === undefined ? '' : `${key}: `;
}

function error(location: SuiteIssue['location'], message: string): SuiteIssue {
  return { location, message, severity: 'error' };
}

/** zod's type names in YAML words. */
const YAML_TYPE_NAMES: Record<string, string> = { array: 'list', object: 'mapping', record: 'mapping' };

function article(type: string): string {
  const name = YAML_TYPE_NAMES[type] ?? type;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

function kindOf(value: unknown, written?: string): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${article(typeof value)} (${show(value, written)})`;
}

function show(value: unknown, written?: string): string {
  if (typeof value === 'string') return `'${visible(value)}'`;
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return showNumber(value, written);
  return JSON.stringify(value) ?? String(value);
}

/** JSON has no Infinity or NaN (it printed `null`): the number as written, and what YAML made of it if not a number. */
function showNumber(value: number, written: string | undefined): string {
  if (Number.isNaN(value)) return `${written ?? '.nan'} (not a number)`;
  if (Number.isFinite(value)) return written ?? String(value);
  const text = written ?? (value > 0 ? '.inf' : '-.inf');
  return /inf/i.test(text) ? `${text} (infinity)` : `${text} (too large: YAML reads it as infinity)`;
}

export function valueAt(data: unknown, path: DataPath): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Keys the schema accepts for the object at `path` (for "did you mean" on unknown keys). */
function keysAt(def: SchemaDef, path: DataPath, data: unknown): string[] {
  const value = valueAt(data, path);
  const objects = objectsAt(def, path, data, 0);
  const typed = objects.filter((o) => {
    const discriminator = o.shape?.type?._zod.def;
    return (
      !discriminator?.values ||
      !value ||
      typeof value !== 'object' ||
      discriminator.values.includes((value as { type?: unknown }).type)
    );
  });
  return [...new Set((typed.length > 0 ? typed : objects).flatMap((o) => Object.keys(o.shape ?? {})))];
}

function objectsAt(def: SchemaDef, path: DataPath, data: unknown, depth: number): SchemaDef[] {
  const inner = def.innerType ?? def.in;
  if (inner) return objectsAt(inner._zod.def, path, data, depth);
  if (def.options) return def.options.flatMap((o) => objectsAt(o._zod.def, path, data, depth));
  if (def.left && def.right)
    return [...objectsAt(def.left._zod.def, path, data, depth), ...objectsAt(def.right._zod.def, path, data, depth)];
  if (depth === path.length) return def.type === 'object' ? [def] : [];
  const segment = path[depth];
  if (def.type === 'array' && def.element) return objectsAt(def.element._zod.def, path, data, depth + 1);
  const child = typeof segment === 'string' ? def.shape?.[segment] : undefined;
  return child ? objectsAt(child._zod.def, path, data, depth + 1) : [];
}

/**
 * `{{profile.x}}` templates. The loader checks every reference resolves (an
 * unknown key is a load error); the engine renders them. The seed's own
 * spelling, `{{test_profile.x}}` and `{{test_profile['x']}}`, is accepted too.
 */

const TEMPLATE = /\{\{\s*(?:test_)?profile((?:\.[A-Za-z_][\w-]*|\[\s*'[^']*'\s*\]|\[\s*"[^"]*"\s*\]|\[\d+\])+)\s*\}\}/g;
const SEGMENT = /\.([A-Za-z_][\w-]*)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[(\d+)\]/g;

/** The persona fields a simulator prompt may name as `{{persona.x}}` (the engine fills them in). */
export const PERSONA_TEMPLATE_FIELDS = ['id', 'name', 'role', 'background', 'language', 'traits'] as const;
export type PersonaTemplateField = (typeof PERSONA_TEMPLATE_FIELDS)[number];
/** Any `{{persona.x}}`, known field or not: the loader checks the field, the engine fills the known ones. */
export const PERSONA_TEMPLATE = /\{\{\s*persona\.([A-Za-z_][\w-]*)\s*\}\}/g;

export interface TemplateRef {
  /** The whole `{{…}}` text. */
  readonly text: string;
  /** Key path, e.g. ["address", "city"]. */
  readonly path: readonly string[];
  /** Offset of the reference in the source string. */
  readonly offset: number;
}

export function findTemplateRefs(text: string): TemplateRef[] {
  return [...text.matchAll(TEMPLATE)].map((match) => ({
    text: match[0],
    path: [...(match[1] ?? '').matchAll(SEGMENT)].map((s) => s[1] ?? s[2] ?? s[3] ?? s[4] ?? ''),
    offset: match.index ?? 0,
  }));
}

/**
 * Anything written as `{{ … }}` that is not a profile reference: a typo the agent would otherwise receive literally.
 */
export function findMalformedTemplates(text: string): { readonly text: string; readonly offset: number }[] {
  return [...text.matchAll(/\{\{[\s\S]*?\}\}/g)]
    .filter((match) => !new RegExp(`^${TEMPLATE.source}$`).test(match[0]))
    .map((match) => ({ text: match[0], offset: match.index ?? 0 }));
}

/**
 * The value at `path`, or undefined when any segment is missing. Own keys
 * only (and array indexes only), so `{{profile.constructor}}` or
 * `{{profile.items.length}}` never resolve to something inherited.
 */
export function lookupPath(data: unknown, path: readonly string[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    if (Array.isArray(current) && !/^\d+$/.test(key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * Replaces every reference; objects render as JSON. Unknown keys are left as
 * written (the loader rejects them first). `format` post-processes each
 * inserted value, e.g. `escapeRegExp` when the text is a regex pattern.
 */
export function renderTemplate(
  text: string,
  profile: Readonly<Record<string, unknown>>,
  format: (value: string) => string = (v) => v,
): string {
  return text.replace(TEMPLATE, (whole, pathText: string) => {
    const path = [...pathText.matchAll(SEGMENT)].map((s) => s[1] ?? s[2] ?? s[3] ?? s[4] ?? '');
    const value = lookupPath(profile, path);
    if (value === undefined) return whole;
    return format(typeof value === 'string' ? value : JSON.stringify(value));
  });
}

/** A profile value inside a regex pattern matches itself literally ("A.1 (x)" is not a pattern). */
export { escapeRegExp } from '../util/regexp.js';

/** Renders templates inside any JSON value (mock tool mappings use this). */
export function renderTemplateDeep(value: unknown, profile: Readonly<Record<string, unknown>>): unknown {
  if (typeof value === 'string') return renderTemplate(value, profile);
  if (Array.isArray(value)) return value.map((item) => renderTemplateDeep(item, profile));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderTemplateDeep(v, profile)]));
  }
  return value;
}

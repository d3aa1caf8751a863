/**
 * The canonical form of a recorded call: JSON with sorted keys and no
 * `undefined`, so two identical requests serialise to the same text on any
 * machine, and a flat `path: value` listing of it, to say what differs
 * between two requests.
 */
import { createHash } from 'node:crypto';

/** JSON text with object keys sorted at every depth (one line). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, entry]) => [key, sortKeys(entry)]));
}

/** Short content hash: enough to tell requests apart within one trial. */
export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** `messages[2].content` → its JSON value, for every leaf. */
export function flatten(value: unknown, path = '', into = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    if (value.length === 0) into.set(path, '[]');
    value.forEach((entry, index) => flatten(entry, `${path}[${index}]`, into));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) into.set(path, '{}');
    for (const [key, entry] of entries) flatten(entry, path ? `${path}.${key}` : key, into);
  } else if (value !== undefined) {
    into.set(path, JSON.stringify(value));
  }
  return into;
}

export interface FieldDifference {
  readonly path: string;
  readonly recorded?: string;
  readonly now?: string;
}

/** The leaves that differ between two canonical values, in path order. */
export function differences(recorded: unknown, now: unknown): FieldDifference[] {
  const before = flatten(recorded);
  const after = flatten(now);
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  return paths
    .filter((path) => before.get(path) !== after.get(path))
    .map((path) => ({
      path,
      ...(before.has(path) ? { recorded: before.get(path) } : {}),
      ...(after.has(path) ? { now: after.get(path) } : {}),
    }));
}

const SHOWN_DIFFERENCES = 5;
const SHOWN_VALUE_CHARS = 100;

/** A few lines, `path: recorded … → now …`, for an error message. */
export function describeDifferences(found: readonly FieldDifference[]): string {
  const shown = found
    .slice(0, SHOWN_DIFFERENCES)
    .map(
      (difference) =>
        `  ${difference.path || '(the whole request)'}: recorded ${clip(difference.recorded)} → now ` +
        `${clip(difference.now)}`,
    );
  const more = found.length - shown.length;
  return [...shown, ...(more > 0 ? [`  … and ${more} more difference${more === 1 ? '' : 's'}`] : [])].join('\n');
}

function clip(value: string | undefined): string {
  if (value === undefined) return '(absent)';
  return value.length > SHOWN_VALUE_CHARS ? `${value.slice(0, SHOWN_VALUE_CHARS)}…` : value;
}

/** Content versions: a short hash of an entity's normalised content, recorded in results. */
import { createHash } from 'node:crypto';

const VERSION_LENGTH = 8;

/** JSON with keys sorted at every level, so key order in YAML does not change the version. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** `value` must already have defaults applied and no `source`. */
export function contentVersion(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, VERSION_LENGTH);
}

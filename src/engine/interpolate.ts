/** `${ENV}` in agent URLs, headers and passthrough URLs (the references themselves: src/util/env-template.ts). */
import { interpolateEnv, type Env } from '../util/env-template.js';

export { interpolateEnv, type Env } from '../util/env-template.js';

export function interpolateRecord(record: Readonly<Record<string, string>>, env: Env): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, interpolateEnv(value, env)]));
}

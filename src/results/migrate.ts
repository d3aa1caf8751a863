/**
 * Older results files are upgraded here, one step per schemaVersion, before
 * validation; the rest of the code only ever sees the current version.
 */
import { ConfigurationError } from '../util/errors.js';
import { RESULTS_SCHEMA_VERSION } from '../model/results.js';

type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[v] turns a version-v document into version v+1.
 * 1 → 2 only added optional fields (skipped tests' identity and `missing`,
 * definition versions, judge parts): a version-1 file reads as is, its skips
 * without `missing` (so the gate judges it as before) and its versions unknown.
 * 2 → 3 only added the optional failure digests: a version-2 file's tests
 * have none, and reports compute them from its trials.
 * 3 → 4 only added optional fields (judge versions, agent settings, history exclusions, the base side); the agent
 * version older files kept in their history is read as recorded, no longer as part of the test's identity.
 * 4 → 5 only widened the variant ids (any suite-chosen id), added the optional `variants[].baseline` (an older
 * file's `baseline` variant is its baseline, as it always was) and the optional `recorded` mark on transcript events
 * (older transcripts have no recorded turns).
 */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (document) => ({ ...document, schemaVersion: 2 }),
  2: (document) => ({ ...document, schemaVersion: 3 }),
  3: (document) => ({ ...document, schemaVersion: 4 }),
  4: (document) => ({ ...document, schemaVersion: 5 }),
};

export function migrateResults(json: unknown, name: string): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  let document = json as Record<string, unknown>;
  if (typeof document.schemaVersion !== 'number') return document;
  let version: number = document.schemaVersion;
  if (version > RESULTS_SCHEMA_VERSION) {
    throw new ConfigurationError(
      `${name}: results schemaVersion ${version} is newer than this Rehearse understands ` +
        `(${RESULTS_SCHEMA_VERSION}); upgrade Rehearse`,
    );
  }
  while (version < RESULTS_SCHEMA_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) throw new ConfigurationError(`${name}: results schemaVersion ${version} is no longer supported`);
    document = migrate(document);
    version = (document.schemaVersion as number | undefined) ?? version + 1;
  }
  return document;
}

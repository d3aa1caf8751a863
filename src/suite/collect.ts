/**
 * Validates every file against the schema and gathers the collections of all
 * files into one place. Items that fail validation are left out of the
 * collections (their errors are reported) but their ids stay "known", so the
 * cross-file checks don't add a misleading "unknown persona" on top.
 */
import type { z } from 'zod';
import {
  AgentSchema,
  DatasetSchema,
  NamedMetricSchema,
  PersonaSchema,
  ProfileSchema,
  ROOT_ONLY_KEYS,
  ScenarioSchema,
  SetSchema,
  SuiteFileSchema,
  TestSchema,
  ToolSchema,
  type SuiteFile,
} from './schema.js';
import type { SourceLocation, SuiteIssue } from './types.js';
import type { DataPath, YamlFile } from './yaml-file.js';
import { zodIssuesToSuiteIssues } from './zod-issues.js';
import { PARSED_ONCE } from '../model/parse-once.js';

const ITEM_SCHEMAS = {
  agents: AgentSchema,
  personas: PersonaSchema,
  scenarios: ScenarioSchema,
  profiles: ProfileSchema,
  tools: ToolSchema,
  metrics: NamedMetricSchema,
  tests: TestSchema,
  sets: SetSchema,
  datasets: DatasetSchema,
} as const;

export type CollectionName = keyof typeof ITEM_SCHEMAS;
export const COLLECTIONS = Object.keys(ITEM_SCHEMAS) as CollectionName[];

/** What each collection is called in messages. */
export const KIND: Record<CollectionName, string> = {
  agents: 'agent',
  personas: 'persona',
  scenarios: 'scenario',
  profiles: 'profile',
  tools: 'tool',
  metrics: 'metric',
  tests: 'test',
  sets: 'set',
  datasets: 'dataset',
};

/** An item and where it lives, so later checks can point into it. */
export interface Entry<T> {
  readonly value: T;
  readonly file: YamlFile;
  /** [collection, index] in its file. */
  readonly path: DataPath;
}

export function locate(entry: Entry<unknown>, ...subpath: DataPath): SourceLocation {
  return entry.file.locate([...entry.path, ...subpath]);
}

type Items<K extends CollectionName> = z.infer<(typeof ITEM_SCHEMAS)[K]>;
export type Collections = { readonly [K in CollectionName]: Entry<Items<K>>[] };
type RootSettings = Pick<SuiteFile, (typeof ROOT_ONLY_KEYS)[number] | 'name'>;

/** Every item as written (objects only), valid or not: reference checks run on these so one bad field hides nothing. */
export type RawCollections = { readonly [K in CollectionName]: Entry<Readonly<Record<string, unknown>>>[] };

export interface Collected extends Collections {
  readonly raw: RawCollections;
  readonly root: YamlFile;
  readonly settings: RootSettings;
  /** Every id (tool: name) written in the files, valid item or not. */
  readonly known: { readonly [K in CollectionName]: ReadonlySet<string> };
  readonly issues: SuiteIssue[];
}

export function collect(files: readonly YamlFile[]): Collected {
  const issues: SuiteIssue[] = [];
  const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as unknown as {
    [K in CollectionName]: Entry<unknown>[];
  };
  const raw = Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as unknown as {
    [K in CollectionName]: Entry<Record<string, unknown>>[];
  };
  const known = Object.fromEntries(COLLECTIONS.map((name) => [name, new Set<string>()])) as Record<
    CollectionName,
    Set<string>
  >;
  const firstSeen = new Map<string, SourceLocation>();
  const [root] = files;
  if (!root) throw new Error('collect: no files');

  for (const file of files) {
    const whole = SuiteFileSchema.safeParse(file.data, PARSED_ONCE);
    if (!whole.success) issues.push(...zodIssuesToSuiteIssues(whole.error.issues, file, SuiteFileSchema));
    if (file !== root) issues.push(...rootOnlyKeys(file, root));
    for (const name of COLLECTIONS) {
      const items = file.data[name];
      if (!Array.isArray(items)) continue;
      items.forEach((item: unknown, index) => {
        const path = [name, index];
        if (item && typeof item === 'object' && !Array.isArray(item))
          raw[name].push({ value: item as Record<string, unknown>, file, path });
        const id = idOf(name, item);
        if (id !== undefined) {
          known[name].add(id);
          const key = `${name}:${id}`;
          const first = firstSeen.get(key);
          const idPath = [...path, name === 'tools' ? 'name' : 'id'];
          if (first)
            issues.push({
              location: file.locate(idPath),
              message:
                `duplicate ${KIND[name]} ${name === 'tools' ? 'name' : 'id'} '${id}' (first declared at ` +
                `${first.file}:${first.line}:${first.column})`,
              severity: 'error',
            });
          else firstSeen.set(key, file.locate(idPath));
          if (first) return;
        }
        const parsed = ITEM_SCHEMAS[name].safeParse(item, PARSED_ONCE);
        if (parsed.success) collections[name].push({ value: parsed.data, file, path });
      });
    }
  }
  return { ...(collections as unknown as Collections), raw, root, settings: rootSettings(root), known, issues };
}

function idOf(name: CollectionName, item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const id = (item as Record<string, unknown>)[name === 'tools' ? 'name' : 'id'];
  return typeof id === 'string' ? id : undefined;
}

function rootOnlyKeys(file: YamlFile, root: YamlFile): SuiteIssue[] {
  return ROOT_ONLY_KEYS.filter((key) => key in file.data).map((key) => ({
    location: file.locateKey([key]),
    message: `'${key}' is only allowed in the root config (${root.display}), not in an included file`,
    severity: 'error' as const,
  }));
}

/** Root settings, each parsed on its own so one bad key does not hide the others. */
function rootSettings(root: YamlFile): RootSettings {
  const settings: Record<string, unknown> = {};
  for (const key of [...ROOT_ONLY_KEYS, 'name'] as const) {
    const parsed = SuiteFileSchema.shape[key].safeParse(root.data[key], PARSED_ONCE);
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings as RootSettings;
}

/**
 * Which tests run, how often, and with which pass-rate target: every test
 * raised to its sets' run counts, or only the tests of the chosen sets; then
 * the id and tag filters. Dataset items are units of their own (`<dataset>/<item>`).
 */
import { suggestion } from '../suite/did-you-mean.js';
import type { Dataset, DatasetItem, Test } from '../suite/schema.js';
import type { LoadedSuite, Located } from '../suite/types.js';
import { MAX_RUNS } from '../suite/limits.js';
import { ConfigurationError } from '../util/errors.js';

export type Unit =
  | {
      readonly kind: 'conversation';
      readonly testId: string;
      readonly runs: number;
      readonly minPassRate: number;
      readonly tags: readonly string[];
      readonly test: Located<Test>;
    }
  | {
      readonly kind: 'dataset';
      readonly testId: string;
      readonly runs: number;
      readonly minPassRate: number;
      readonly tags: readonly string[];
      readonly dataset: Located<Dataset>;
      readonly item: DatasetItem;
    };

export interface Selection {
  readonly sets?: readonly string[];
  readonly testIds?: readonly string[];
  readonly tags?: readonly string[];
  readonly runs?: number;
}

export function selectUnits(suite: LoadedSuite, selection: Selection): Unit[] {
  const fromSets = selection.sets && selection.sets.length > 0;
  const entries = setEntries(suite, fromSets ? selection.sets : undefined);
  const tests: Unit[] = suite.tests
    .filter((test) => !fromSets || entries.has(test.id))
    .map((test) => {
      const entry = entries.get(test.id);
      const runs = Math.max(fromSets ? 0 : test.runs, entry?.runs ?? test.runs);
      return {
        kind: 'conversation',
        testId: test.id,
        runs,
        minPassRate: entry?.min_pass_rate ?? test.min_pass_rate,
        tags: test.tags,
        test,
      };
    });
  const items: Unit[] = fromSets
    ? []
    : suite.datasets.flatMap((dataset) =>
        dataset.items.map((item) => ({
          kind: 'dataset' as const,
          testId: `${dataset.id}/${item.id}`,
          runs: dataset.runs,
          minPassRate: 1,
          tags: [...new Set([...dataset.tags, ...item.tags])],
          dataset,
          item,
        })),
      );
  const all = [...tests, ...items];
  checkTagsExist(all, selection.tags);
  const tagged = (unit: Unit): boolean =>
    !selection.tags?.length || unit.tags.some((tag) => selection.tags?.includes(tag));
  const units = filterByIds(all, selection.testIds).filter(tagged);
  if (units.length === 0 && all.length > 0 && (selection.tags?.length || selection.testIds?.length)) {
    // Each filter matches something, but not together: running nothing would look like a green run.
    const filters = [
      selection.testIds?.length ? `tests ${selection.testIds.join(', ')}` : '',
      selection.tags?.length ? `tags ${selection.tags.join(', ')}` : '',
    ];
    const inSets = fromSets ? ` in set(s) ${selection.sets!.join(', ')}` : '';
    const what = filters.filter(Boolean).join(' and ');
    throw new ConfigurationError(`no test matches ${what}${inSets}: nothing would run`);
  }
  const runs = selection.runs;
  if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1 && runs <= MAX_RUNS)) {
    throw new ConfigurationError(`runs: expected a whole number from 1 to ${MAX_RUNS}, got ${selection.runs}`);
  }
  return selection.runs === undefined ? units : units.map((unit) => ({ ...unit, runs: selection.runs! }));
}

/** A tag no test or dataset item carries is a typo (or a stale CI input), not an empty selection. */
function checkTagsExist(units: readonly Unit[], tags: readonly string[] | undefined): void {
  const known = new Set(units.flatMap((unit) => unit.tags));
  for (const tag of tags ?? []) {
    if (known.has(tag)) continue;
    const listed = known.size === 0 ? 'no test has tags' : `tags in the suite: ${[...known].sort().join(', ')}`;
    throw new ConfigurationError(`unknown tag '${tag}'${suggestion(tag, known)} (${listed})`);
  }
}

interface SetEntry {
  readonly runs?: number;
  readonly min_pass_rate?: number;
}

/** Per test: the set entry asking for the most runs (among the chosen sets, or all sets). */
function setEntries(suite: LoadedSuite, chosen: readonly string[] | undefined): Map<string, SetEntry> {
  for (const id of chosen ?? []) {
    if (!suite.sets.some((set) => set.id === id))
      throw new ConfigurationError(
        `unknown set '${id}'${suggestion(
          id,
          suite.sets.map((s) => s.id),
        )}`,
      );
  }
  const entries = new Map<string, SetEntry>();
  for (const set of suite.sets.filter((s) => !chosen || chosen.includes(s.id))) {
    for (const entry of set.tests) {
      const current = entries.get(entry.test);
      if (!current || (entry.runs ?? 0) > (current.runs ?? 0)) entries.set(entry.test, entry);
    }
  }
  return entries;
}

/** Keeps units named by id; a dataset id selects all its items. Unknown ids are a user mistake. */
function filterByIds(units: Unit[], ids: readonly string[] | undefined): Unit[] {
  if (!ids || ids.length === 0) return units;
  const known = new Set(
    units.flatMap((unit) => (unit.kind === 'dataset' ? [unit.testId, unit.dataset.id] : [unit.testId])),
  );
  for (const id of ids)
    if (!known.has(id)) throw new ConfigurationError(`unknown test '${id}'${suggestion(id, known)}`);
  return units.filter(
    (unit) => ids.includes(unit.testId) || (unit.kind === 'dataset' && ids.includes(unit.dataset.id)),
  );
}

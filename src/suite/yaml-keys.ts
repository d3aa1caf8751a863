/**
 * Mapping keys as the suite sees them: the property name a key becomes in the
 * data. YAML allows keys that JavaScript objects can not hold as written, and
 * `toJS` then changes them without a word: `? [a, b]` becomes the key
 * "[ a, b ]" (reported as unknown at the mapping's start, 1:1 at the top),
 * `null:`, `~:` and an empty `?` become "", `1:` and `"1":` are one key (the
 * second silently wins), an alias `*k` as a key can repeat another key
 * unnoticed, and `__proto__` is dropped by the schema. Each is refused here at
 * the key's own position; duplicates are compared by property name.
 */
import { isAlias, isCollection, isMap, isScalar, isSeq, visit, type Document } from 'yaml';

/** The property name a key node becomes, or undefined for a key that is not a plain scalar (refused below). */
export function keyName(key: unknown): string | undefined {
  if (!isScalar(key) || key.value === null) return undefined;
  const { value } = key;
  return typeof value === 'symbol' ? (value.description ?? '') : String(value);
}

/** yaml's `uniqueKeys`: two keys are the same when they become the same property (`1` and `"1"`, two `<<`). */
export function sameKey(a: unknown, b: unknown): boolean {
  const name = keyName(a);
  return name !== undefined && name === keyName(b);
}

export interface KeyProblem {
  readonly offset: number;
  readonly message: string;
}

const KEYS_ARE_NAMES = 'mapping keys in a suite are plain names';

/** The first mapping key (in document order) that would not survive as a property name. */
export function findKeyProblem(doc: Document): KeyProblem | undefined {
  let problem: KeyProblem | undefined;
  visit(doc, {
    Pair(_key, pair) {
      const key = pair.key;
      const offset = (key as { range?: readonly number[] } | null)?.range?.[0] ?? 0;
      if (isAlias(key))
        problem = { offset, message: `an alias (*${key.source}) as a mapping key: ${KEYS_ARE_NAMES}, write it out` };
      else if (isCollection(key)) {
        const kind = isSeq(key) ? 'a list' : isMap(key) ? 'a mapping' : 'a collection';
        problem = { offset, message: `${kind} as a mapping key (a \`?\` complex key): ${KEYS_ARE_NAMES}` };
      } else if (keyName(key) === undefined) {
        const forms = '`null:`, `~:` or a `?` with no key';
        problem = { offset, message: `an empty or null mapping key (${forms}): quote it ('null') if it is a name` };
      } else if (keyName(key) === '__proto__')
        problem = { offset, message: "the key '__proto__' can not be used: JavaScript objects drop it; rename it" };
      return problem ? visit.BREAK : undefined;
    },
  });
  return problem;
}

/** The key that starts at `offset` and repeats an earlier key of its mapping, with where that one starts. */
export function findDuplicateKey(doc: Document, offset: number): { key: string; firstOffset: number } | undefined {
  let found: { key: string; firstOffset: number } | undefined;
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        const name = keyName(pair.key);
        if (name === undefined || !isScalar(pair.key) || !pair.key.range) continue;
        const first = seen.get(name);
        if (pair.key.range[0] === offset && first !== undefined) {
          found = { key: name.length > 80 ? `${name.slice(0, 79)}…` : name, firstOffset: first };
          return visit.BREAK;
        }
        if (first === undefined) seen.set(name, pair.key.range[0]);
      }
      return undefined;
    },
  });
  return found;
}

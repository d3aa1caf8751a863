/**
 * YAML that JavaScript objects can not hold as written (complex, null, alias and `__proto__` keys; keys that differ
 * in YAML but not as names), tags, and merge keys: each is a clear error at its own line and column, or accepted on
 * purpose.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { MINIMAL, writeSuite } from './helpers.js';

async function load(text: string) {
  const cwd = writeSuite({ 'rehearse.yaml': text });
  return loadSuite('rehearse.yaml', { cwd });
}

const issuesOf = async (text: string): Promise<string[]> => {
  const result = await load(text);
  return result.ok ? [] : result.issues.map(formatIssue);
};

/** Lines after MINIMAL start here. */
const NEXT = MINIMAL.split('\n').length;
const KEYS = 'mapping keys in a suite are plain names';

describe('YAML keys a suite can not hold as written', () => {
  it.each([
    [
      'a list as a key (`? [a, b]`)',
      '? [a, b]\n: 1\n',
      `${NEXT}:3: a list as a mapping key (a \`?\` complex key): ${KEYS}`,
    ],
    ['a mapping as a key', '? {x: 1}\n: 1\n', `${NEXT}:3: a mapping as a mapping key (a \`?\` complex key): ${KEYS}`],
    ['a flow list as a key', 'gate: { [a]: 1 }\n', `${NEXT}:9: a list as a mapping key (a \`?\` complex key): ${KEYS}`],
    ['an alias as a key', 'name: &n runs\ngate:\n  *n : 1\n', `${NEXT + 2}:3: an alias (*n) as a mapping key: ${KEYS}`],
    ['a null key', 'null: 1\n', `${NEXT}:1: an empty or null mapping key`],
    ['an empty `?` key', 'gate:\n  ? \n  : 1\n', `${NEXT + 1}:5: an empty or null mapping key`],
    ['__proto__', 'gate: { __proto__: { alpha: 2 } }\n', `${NEXT}:9: the key '__proto__' can not be used`],
    ['1 and "1"', 'gate:\n  1: a\n  "1": b\n', `${NEXT + 2}:3: duplicate key '1': given on line ${NEXT + 1} and again`],
    ['true and "true"', 'true: a\n"true": b\n', `${NEXT + 1}:1: duplicate key 'true'`],
    ['two merge keys', 'x: &x { a: 1 }\ny:\n  <<: *x\n  <<: *x\n', `${NEXT + 3}:3: duplicate key '<<': given on line`],
  ])('%s: at the key itself', async (_name, yaml, message) => {
    const issues = await issuesOf(`${MINIMAL}${yaml}`);
    expect(issues).toEqual([expect.stringMatching(new RegExp(`^rehearse\\.yaml:${escape(message)}`))]);
  });
});

describe('YAML tags', () => {
  it.each([
    ['!!binary', 'name: !!binary aGVsbG8=\n'],
    ['!!timestamp', 'name: !!timestamp 2001-12-14\n'],
    ['!!set', 'name: !!set { a, b }\n'],
    ['!!omap', 'name: !!omap [ a: 1 ]\n'],
  ])('%s makes a value no field takes: an error at the tag', async (tag, yaml) => {
    expect(await issuesOf(`${MINIMAL}${yaml}`)).toEqual([
      `rehearse.yaml:${NEXT}:7: YAML tag '${tag}' makes a value no suite field takes (suite values are text, ` +
        'numbers, true/false, null, lists and mappings): remove the tag',
    ]);
  });

  it('a core tag that does not fit its value is said so (it was "unknown"), a custom tag is unknown', async () => {
    expect(await issuesOf(`${MINIMAL}name: !!bool yes\n`)).toEqual([
      `rehearse.yaml:${NEXT}:7: YAML tag '!!bool' does not fit the value after it: remove the tag, or write a value ` +
        'of that type',
    ]);
    expect(await issuesOf(`${MINIMAL}name: !custom x\n`)).toEqual([
      `rehearse.yaml:${NEXT}:7: unknown YAML tag '!custom': suite files use plain YAML values, remove the tag`,
    ]);
  });

  it('the JSON-like core tags and `!` are accepted on purpose', async () => {
    const result = await load(`${MINIMAL}    runs: !!int "3"\nname: !!str 12\n`);
    expect(result.ok && { name: result.suite.name, runs: result.suite.tests[0]!.runs }).toEqual({
      name: '12',
      runs: 3,
    });
    const plain = await load(`${MINIMAL}name: ! 12\n`);
    expect(plain.ok && plain.suite.name).toBe('12');
  });
});

describe('merge keys', () => {
  const ANCHORED = MINIMAL.replace('  - id: hello\n', '  - &base\n    id: hello\n');

  it('are accepted: a test built from another with `<<` gets its fields', async () => {
    const result = await load(`${ANCHORED}    runs: 2\n  - <<: *base\n    id: hello2\n`);
    expect(result.ok && result.suite.tests.map((test) => [test.id, test.runs])).toEqual([
      ['hello', 2],
      ['hello2', 2],
    ]);
  });

  it('an error in a merged value points where the value is written', async () => {
    const issues = await issuesOf(`${ANCHORED}    runs: 0\n  - <<: [*base]\n    id: hello2\n`);
    expect(issues).toEqual([`rehearse.yaml:${NEXT + 1}:11: runs: expected a whole number from 1 to 1,000, got 0`]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

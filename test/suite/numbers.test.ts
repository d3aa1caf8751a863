/**
 * Numbers YAML reads as Infinity (`1e400`, `.inf`) or NaN (`.nan`), huge numbers and fractions in counts: every
 * number field of the suite says what it expected and what it got, at the value's file:line:col.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { NUMBER_EXPECTATION } from '../../src/suite/numbers.js';
import { SuiteFileSchema } from '../../src/suite/schema.js';
import { MINIMAL, writeSuite } from './helpers.js';

async function issuesOf(text: string): Promise<string[]> {
  const cwd = writeSuite({ 'rehearse.yaml': text });
  const result = await loadSuite('rehearse.yaml', { cwd });
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** MINIMAL's test with `runs:` set to `value` (line 18, the value at column 11). */
const withRuns = (value: string): string => `${MINIMAL}    runs: ${value}\n`;

describe('numbers YAML reads as Infinity or NaN, huge numbers, fractions', () => {
  it.each([
    ['1e400', '1e400 (too large: YAML reads it as infinity)'],
    ['-1e400', '-1e400 (too large: YAML reads it as infinity)'],
    ['.inf', '.inf (infinity)'],
    ['-.Inf', '-.Inf (infinity)'],
    ['.nan', '.nan (not a number)'],
    ['1e300', '1e300'],
    ['9007199254740993', '9007199254740993'],
    ['2.5', '2.5'],
    ['0', '0'],
    ['"3"', "a string ('3')"],
  ])('runs: %s says the range it expected and what it got, once, where it is', async (value, got) => {
    expect(await issuesOf(withRuns(value))).toEqual([
      `rehearse.yaml:18:11: runs: expected a whole number from 1 to 1,000, got ${got}`,
    ]);
  });

  // Line and column within the lines added after MINIMAL.
  it.each([
    ['alpha', 'gate:\n  alpha: .nan\n', '2:10: alpha: expected a number above 0 and below 1, got .nan (not a number)'],
    [
      'min_pass_rate',
      'gate:\n  min_pass_rate: 1e400\n',
      '2:18: min_pass_rate: expected a number from 0 to 1, got 1e400',
    ],
    [
      'concurrency',
      'run:\n  concurrency: .inf\n',
      '2:16: concurrency: expected a whole number from 1 to 256, got .inf',
    ],
    [
      'budget_usd',
      'run:\n  budget_usd: 1e300\n',
      '2:15: budget_usd: expected a number above 0, at most 1,000,000 (USD)',
    ],
    [
      'a timeout',
      'run:\n  call_timeout_ms: 1e400\n',
      '2:20: call_timeout_ms: expected a whole number from 1 to 86,400,000',
    ],
    [
      'pricing',
      'pricing:\n  m: { input: .inf, output: 1 }\n',
      '2:15: input: expected a number from 0 to 100,000 (USD per',
    ],
    ['version', 'version: .nan\n', "1:10: version: expected '1', got .nan (not a number)"],
    ['a string field', 'name: 1e400\n', '1:7: name: expected a string, got a number (1e400 (too large: YAML reads it'],
  ])('%s', async (_field, yaml, message) => {
    const issues = await issuesOf(`${MINIMAL}${yaml}`);
    const [, line, column, rest] = /^(\d+):(\d+): (.*)$/.exec(message)!;
    const at = `rehearse.yaml:${Number(line) + MINIMAL.split('\n').length - 1}:${column}`;
    expect(issues).toEqual([expect.stringContaining(`${at}: ${rest}`)]);
  });

  it('still loads a turns bound past max_turns, as suites wrote before number fields had ranges', async () => {
    expect(await issuesOf(`${MINIMAL}    criteria:\n      - { type: turns, max: 1000 }\n`)).toEqual([]);
  });

  it('a criterion threshold and a missing number say the range too', async () => {
    const issues = await issuesOf(
      `${MINIMAL}    criteria:\n      - { type: rubric, rubric: Polite, threshold: .inf }\n      - { type: turns }\n`,
    );
    expect(issues).toEqual([
      'rehearse.yaml:19:52: threshold: expected a number from 0 to 1, got .inf (infinity)',
      "rehearse.yaml:20:9: missing required key 'max' (expected a whole number from 1 to 1,000,000)",
    ]);
  });
});

/** The number schemas anywhere in `schema` (through objects, lists, unions, optional/default wrappers, records). */
function numberSchemas(schema: z.ZodType, seen = new Set<unknown>()): z.ZodNumber[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if (def.type === 'number') return [schema as z.ZodNumber];
  const children = [
    ...Object.values((def.shape as Record<string, z.ZodType> | undefined) ?? {}),
    ...((def.options as z.ZodType[] | undefined) ?? []),
    ...((def.items as z.ZodType[] | undefined) ?? []),
    ...['element', 'innerType', 'in', 'out', 'left', 'right', 'valueType', 'keyType'].map((key) => def[key]),
  ].filter((child): child is z.ZodType => typeof child === 'object' && child !== null && '_zod' in child);
  if (def.type === 'lazy') children.push((def.getter as () => z.ZodType)());
  return children.flatMap((child) => numberSchemas(child, seen));
}

describe('every number field of the suite schema', () => {
  const numbers = numberSchemas(SuiteFileSchema);

  it('is found (the walk reaches them)', () => {
    expect(numbers.length).toBeGreaterThan(30);
  });

  it('has finite bounds and answers Infinity, NaN, a huge number and a string with its range', () => {
    for (const schema of numbers) {
      expect(Number.isFinite(schema.minValue) && Number.isFinite(schema.maxValue)).toBe(true);
      expect(schema.maxValue).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
      for (const value of [Infinity, -Infinity, NaN, 1e300, -1e300, 'x']) {
        const result = schema.safeParse(value);
        expect(result.success).toBe(false);
        for (const issue of result.error?.issues ?? []) expect(issue.message).toMatch(NUMBER_EXPECTATION);
      }
    }
  });
});

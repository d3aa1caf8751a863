/**
 * The trials skipper on its own: where an array ends, fed in chunks cut at every byte (an escape, a quote or a
 * multi-byte character split across two reads), and where it stops on structure that is not JSON.
 */
import { describe, expect, it } from 'vitest';
import { ArraySkipper, MAX_CHECKED_DEPTH, SkipError } from '../../src/results/skip-array.js';
import { seededRandom } from '../support/seeded-random.js';

/** Feeds `bytes` (starting just after the array's '[', at file offset `base`) in chunks of the given sizes. */
function endOf(bytes: Buffer, sizes: (index: number) => number, base = 0): number {
  const skipper = new ArraySkipper(base);
  for (let at = 0, index = 0; at < bytes.length; index += 1) {
    const chunk = bytes.subarray(at, Math.min(bytes.length, at + Math.max(1, sizes(index))));
    const end = skipper.push(chunk);
    if (end >= 0) {
      expect(skipper.position).toBe(base + at + end);
      return at + end;
    }
    at += chunk.length;
  }
  return -1;
}

/** Every way of reading `bytes`: whole, one byte at a time, and cut in two at each byte. */
function everyEnd(bytes: Buffer): number[] {
  const ends = [endOf(bytes, () => bytes.length), endOf(bytes, () => 1), endOf(bytes, () => 2), endOf(bytes, () => 3)];
  for (let cut = 1; cut < bytes.length; cut++) ends.push(endOf(bytes, (index) => (index === 0 ? cut : bytes.length)));
  return ends;
}

/** Arrays whose text is hostile to a naive scanner, each followed by text that must not be read as part of it. */
const ARRAYS: readonly string[] = [
  '[]',
  '[ ]',
  '[1, 2.5e-3, true, false, null]',
  '[[[]], [{}], [[{"a": [[]]}]]]',
  '["]", "}", "[", "{", "]]]]"]',
  '["a \\"quoted\\" ] word", "\\\\", "\\\\\\"", "\\\\\\\\"]',
  '["ends with a backslash \\\\", "\\"", "\\\\\\\\\\\\"]',
  '["\\u005d \\u007d \\u0022 \\u005c", "\\ud83c\\udfad", "é 🎭 \u2028 ✓"]',
  '[{"transcript": [{"type": "agent_message", "content": "} ] \\" ] }"}], "k": "\\n\\t\\r\\b\\f\\/"}]',
  '[\r\n  {\r\n    "a": "b"\r\n  }\r\n]',
  `[${JSON.stringify({ deep: [[[[[[[[[['x"]}']]]]]]]]]] })}]`,
  `[${JSON.stringify('\\'.repeat(9) + '"'.repeat(3) + ']}'.repeat(4))}]`,
];

describe('ArraySkipper: where the array ends', () => {
  it.each(ARRAYS.map((text) => [text]))('%s, in every chunking', (text) => {
    expect(JSON.parse(text)).toBeInstanceOf(Array); // the corpus itself is valid JSON
    const after = ', "infrastructure": [1]}';
    const bytes = Buffer.from(`${text.slice(1)}${after}`);
    const end = Buffer.byteLength(text) - 1;
    expect(new Set(everyEnd(bytes))).toEqual(new Set([end]));
  });

  it('finds the end of 300 random arrays of hostile strings, pretty and minified, in random chunkings', () => {
    const random = seededRandom(12);
    const pieces = ['"', '\\', ']', '}', '[', '{', ',', ':', 'a', 'é', '🎭', '\n', '\u0001', '\u2028', ' '];
    const text = (): string =>
      Array.from({ length: Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    const value = (depth: number): unknown => {
      const pick = random();
      if (depth > 4 || pick < 0.4) return text();
      if (pick < 0.5) return Math.floor(random() * 1000) / 7;
      if (pick < 0.55) return random() < 0.5 ? null : true;
      const length = Math.floor(random() * 4);
      if (pick < 0.8) return Array.from({ length }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length }, () => [text(), value(depth + 1)]));
    };
    for (let round = 0; round < 300; round++) {
      const array = Array.from({ length: 1 + Math.floor(random() * 5) }, () => value(0));
      const json = round % 2 === 0 ? JSON.stringify(array) : JSON.stringify(array, null, 2);
      const bytes = Buffer.from(`${json.slice(1)}]}, "x": "]"}`);
      const sizes = () => 1 + Math.floor(random() * 9);
      expect(endOf(bytes, sizes), json).toBe(Buffer.byteLength(json) - 1);
    }
  });

  it('wants more while the array goes on: inside a string, after a backslash, one level down', () => {
    for (const open of ['"a', '"a\\', '"a\\\\"', '[1', '{"a": "]"', '"\\"]']) {
      expect(
        everyEnd(Buffer.from(open)).every((end) => end === -1),
        open,
      ).toBe(true);
    }
  });
});

describe('ArraySkipper: structure that is not JSON', () => {
  function errorOf(text: string, base = 0): SkipError {
    try {
      endOf(Buffer.from(text), () => 4, base);
    } catch (error) {
      if (error instanceof SkipError) return error;
      throw error;
    }
    throw new Error(`no error for ${text}`);
  }

  it.each([
    ['{"a": [1, 2}]}]', 11, `'}' where ']' was expected`],
    ['{"a": 1]', 7, `']' where '}' was expected`],
    ['[1, 2], {"b": "]"}}', 18, `'}' where ']' was expected`],
    ['"é" }', 5, `'}' where ']' was expected`],
  ])('%s: at byte %i, %s', (text, offset, message) => {
    const error = errorOf(text, 1_000);
    expect(error.offset).toBe(1_000 + offset);
    expect(error.message).toBe(message);
  });

  it(`follows any depth: brackets checked down to ${MAX_CHECKED_DEPTH} levels, deeper ones counted`, () => {
    const deep = 100_000;
    const nested = `${'[{"a": '.repeat(deep)}"]}"${'}]'.repeat(deep)}]`;
    expect(endOf(Buffer.from(nested), () => 1 << 16)).toBe(nested.length);
    const misplaced = `${'['.repeat(MAX_CHECKED_DEPTH - 2)}}`;
    expect(errorOf(misplaced).offset).toBe(MAX_CHECKED_DEPTH - 2);
    // Deeper than the checked levels, a misplaced bracket is only counted: the depth still comes back to 0.
    const beyond = `${'['.repeat(MAX_CHECKED_DEPTH)}}${']'.repeat(MAX_CHECKED_DEPTH)}`;
    expect(endOf(Buffer.from(beyond), () => 1 << 16)).toBe(beyond.length);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultsSchema } from '../../src/results/schema.js';
import { COMMENT_MARKER, MAX_COMMENT_CHARS, renderComment } from '../../src/report/index.js';
import { FIXTURE_SETS, hugeRun } from './fixture-sets.js';
import { expectFile, HERE, reportInput, ROOT } from './helpers.js';

const golden = (name: string): string => join(HERE, 'golden', `${name}.md`);

describe('results fixtures', () => {
  for (const [name, build] of Object.entries(FIXTURE_SETS)) {
    it(`fixtures/results/${name} are valid and match the builder`, () => {
      const pair = build();
      for (const side of ['previous', 'current'] as const) {
        const results = pair[side];
        if (!results) continue;
        const path = join(ROOT, 'fixtures', 'results', `${name}.${side}.json`);
        expectFile(path, `${JSON.stringify(results, null, 2)}\n`);
        expect(() => ResultsSchema.parse(JSON.parse(readFileSync(path, 'utf8')))).not.toThrow();
      }
    });
  }
});

describe('PR comment goldens', () => {
  for (const [name, build] of Object.entries(FIXTURE_SETS)) {
    it(`renders the ${name} comment`, () => {
      const rendered = renderComment(reportInput(build()));
      expect(rendered.text.startsWith(COMMENT_MARKER)).toBe(true);
      expect(rendered.omitted).toEqual([]);
      expectFile(golden(name), rendered.text);
    });
  }

  it('shrinks a 10,000-test run below the limit and says what it left out', () => {
    const pair = hugeRun(10_000, 1, false); // builder output validity is covered by the fixture tests above
    const rendered = renderComment(reportInput(pair));
    expect(rendered.text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(rendered.omitted.length).toBeGreaterThan(0);
    expect(rendered.text).toContain('Shortened to fit GitHub');
    expect(rendered.text).toContain('transcript excerpts');
    expect(rendered.text).toContain('https://github.com/acme/support-bot/actions/runs/987/artifacts/555');
    // Deterministic as a whole (the seeded generator is checked by the size in the golden); the golden
    // keeps the head (what a reviewer reads first) and the size.
    const again = renderComment(reportInput(pair));
    expect(again.text).toBe(rendered.text);
    const head = rendered.text.split('\n').slice(0, 60).join('\n');
    expectFile(golden('huge-run-shrunk'), `${head}\n\n<!-- golden: first 60 lines of ${rendered.text.length} characters -->\n`);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/compare/index.js';
import { ResultsSchema } from '../../src/model/results.js';
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

describe('what the fixtures let the goldens catch', () => {
  it('every run-level delta against the previous run is non-zero, some up and some down (a wrong sign shows)', () => {
    for (const [name, build] of Object.entries(FIXTURE_SETS)) {
      const { previous, current } = build();
      if (!previous) continue;
      const t = compareRuns(previous, current).totals;
      const changes = [t.costUsd, t.tokens, t.durationMs, t.latencyP50, t.latencyP95].map((delta) => delta.change);
      expect(
        changes.every((change) => change !== null && change !== 0),
        name,
      ).toBe(true);
      expect(changes.some((change) => change! > 0) && changes.some((change) => change! < 0), name).toBe(true);
    }
  });

  it(
    'transcripts agree with the judge: a tool a failed criterion says was never called is not in ' + 'the transcript',
    () => {
      for (const [name, build] of Object.entries(FIXTURE_SETS)) {
        for (const results of [build().previous, build().current]) {
          for (const trial of results?.trials ?? []) {
            const called = new Set(
              trial.transcript.flatMap((event) => (event.type === 'tool_call' ? [event.name] : [])),
            );
            for (const metric of trial.metrics.filter((m) => !m.passed)) {
              const never = /^(\w+) was never called/.exec(metric.reason ?? '');
              if (never) expect(called.has(never[1]!), `${name} ${trial.id}`).toBe(false);
              if (/did not transfer/.test(metric.reason ?? ''))
                expect(called.has('transfer_to_human'), `${name} ${trial.id}`).toBe(false);
            }
          }
        }
      }
    },
  );
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
    expectFile(
      golden('huge-run-shrunk'),
      `${head}\n\n<!-- golden: first 60 lines of ${rendered.text.length} characters -->\n`,
    );
  });
});

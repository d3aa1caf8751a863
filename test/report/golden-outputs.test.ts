/**
 * Goldens for every rendered output besides the PR comment (golden.test.ts):
 * JUnit XML, CSV, the JSON exports, the check run, the job summary and the
 * HTML report, for each fixture set, and the OTLP export of one of them. The renderers are pure functions of the
 * results (timestamps come from the results file, no random ids), so nothing
 * needs normalising; the HTML is only split one tag per line so a diff reads.
 * Refresh after a deliberate change: `npm run golden:update` (see docs/reports.md).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonJson } from '../../src/compare/index.js';
import {
  renderCheckRun,
  renderCsv,
  renderHtml,
  renderJobSummary,
  renderJUnit,
  renderTestsJson,
} from '../../src/report/index.js';
import { resultsToOtlp } from '../../src/report/otlp.js';
import { FIXTURE_SETS } from './fixture-sets.js';
import { expectFile, HERE, reportInput } from './helpers.js';

const golden = (kind: string, file: string): string => join(HERE, 'golden', kind, file);

/** One tag per line: the HTML report's lines run to thousands of characters, too long for a diff to show. */
export function htmlForDiff(html: string): string {
  return html.replaceAll('><', '>\n<');
}

describe('rendered output goldens', () => {
  for (const [name, build] of Object.entries(FIXTURE_SETS)) {
    describe(name, () => {
      const input = reportInput(build());
      const comparisons = { previous: input.previous, variants: input.variants };

      it('JUnit XML', () => {
        expectFile(golden('junit', `${name}.xml`), renderJUnit(input.results, comparisons));
      });

      it('CSV and JSON export of the tests', () => {
        expectFile(golden('csv', `${name}.csv`), renderCsv(input.results, comparisons));
        expectFile(golden('json', `${name}.json`), renderTestsJson(input.results));
      });

      // Trace and span ids are hashes of the run and trial ids: the export is as reproducible as the rest.
      if (name === 'no-previous-run') {
        it('OTLP export (rehearse export-otel)', () => {
          const traces = resultsToOtlp(input.results, { version: '0.0.0-golden' });
          expectFile(golden('otlp', `${name}.json`), `${JSON.stringify(traces, null, 2)}\n`);
        });
      }

      // Only a set with a previous run has the comparison `rehearse compare` prints.
      if (input.previous) {
        const previous = input.previous;
        it('JSON of the comparison (rehearse compare --format json)', () => {
          expectFile(golden('compare-json', `${name}.json`), comparisonJson(previous, input.variants));
        });
      }

      it('check run: title, conclusion and annotations; summary', () => {
        const { summary, omitted, ...rest } = renderCheckRun(input);
        expect(omitted).toEqual([]);
        expectFile(golden('check-run', `${name}.json`), `${JSON.stringify(rest, null, 2)}\n`);
        expectFile(golden('check-run', `${name}.summary.md`), summary);
      });

      it('job summary', () => {
        const rendered = renderJobSummary(input);
        expect(rendered.omitted).toEqual([]);
        expectFile(golden('job-summary', `${name}.md`), rendered.text);
      });

      it('HTML report', () => {
        const options = {
          ...(input.previous ? { previous: input.previous } : {}),
          ...(input.variants ? { variants: input.variants } : {}),
        };
        const html = renderHtml(input.results, { ...options, gate: input.gate });
        expect(renderHtml(input.results, { ...options, gate: input.gate })).toBe(html);
        expectFile(golden('html', `${name}.html`), htmlForDiff(html));
      });
    });
  }
});

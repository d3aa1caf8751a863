/**
 * The verdict sections of the reports (evidence, baseline vs candidate, history trend) escape agent-controlled text.
 */
import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../src/compare/index.js';
import { renderHtml } from '../../src/report/index.js';
import { confirmationTotals } from '../../src/report/evidence.js';
import { sparkline } from '../../src/report/html-verdicts.js';
import { buildResults } from '../support/results-builder.js';

const HOSTILE = 'x"><img src=x onerror=alert(1)>';

describe('verdict sections', () => {
  const results = buildResults({
    runId: 'R',
    tests: [
      { id: HOSTILE, variant: 'baseline', outcomes: ['pass', 'pass', 'pass'] },
      {
        id: HOSTILE,
        variant: 'candidate',
        outcomes: ['pass', 'fail', 'fail', 'fail', 'fail'],
        planned: 3,
        confirmation: { reasons: ['drop'], extraTrials: 2 },
      },
    ],
    history: {
      [`${HOSTILE}@candidate`]: [
        { runId: 'a', date: '2026-11-20T09:00:00.000Z', definition: {}, passes: 3, failures: 0, errors: 0 },
        { runId: 'b', date: '2026-11-21T09:00:00.000Z', definition: {}, passes: 1, failures: 2, errors: 0 },
      ],
    },
  });

  it('HTML: baseline vs candidate side by side and the trend, with every test id escaped', () => {
    const variants = compareVariants(results)!;
    const html = renderHtml(results, { variants });
    expect(html).toContain('<section id="variants">');
    expect(html).toContain('<section id="trend">');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Confirmation trials');
  });

  it('the sparkline goes from top (100%) to lower (33%), oldest on the left', () => {
    const svg = sparkline(results.history![`${HOSTILE}@candidate`]!);
    // y = 2 + (1 − rate) × 20: 2 at 100%, 15.3 at a third.
    expect(svg).toContain('points="0.0,2.0 120.0,15.3"');
    expect(svg).toContain('aria-label="pass rate per run: 100%, 33.3%"');
  });

  it('confirmation totals count the extra trials and their cost from the trials themselves', () => {
    const totals = confirmationTotals(results)!;
    expect(totals.extraTrials).toBe(2);
    const extraCost = results.trials
      .filter((t) => t.phase === 'confirmation')
      .reduce((sum, t) => sum + t.usage.costUsd, 0);
    expect(totals.extraUsd).toBeCloseTo(extraCost, 12);
    expect(totals.savedTrials).toBe(0);
  });
});

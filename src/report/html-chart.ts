/** Small inline SVG charts: pass rate by tag, or pass rate over the run history. */
import type { Results } from '../model/results.js';
import { escapeHtml, truncate } from './escape.js';
import { formatPercent } from './format.js';

const MAX_TAG_BARS = 20;
const BAR_HEIGHT = 18;
const LABEL_WIDTH = 160;
const BAR_WIDTH = 360;
const HISTORY_WIDTH = 560;
const HISTORY_HEIGHT = 160;

interface TagRate {
  readonly tag: string;
  readonly passed: number;
  readonly decided: number;
}

function rateByTag(results: Results): TagRate[] {
  const byTag = new Map<string, { passed: number; decided: number }>();
  for (const test of results.tests) {
    if (test.verdict !== 'pass' && test.verdict !== 'fail') continue;
    for (const tag of test.tags.length ? test.tags : ['(untagged)']) {
      const entry = byTag.get(tag) ?? { passed: 0, decided: 0 };
      entry.decided += 1;
      if (test.verdict === 'pass') entry.passed += 1;
      byTag.set(tag, entry);
    }
  }
  return [...byTag.entries()]
    .map(([tag, counts]) => ({ tag, ...counts }))
    .sort((a, b) => b.decided - a.decided || (a.tag < b.tag ? -1 : 1))
    .slice(0, MAX_TAG_BARS);
}

export function tagChart(results: Results): string {
  const rates = rateByTag(results);
  if (rates.length === 0) return '';
  const height = rates.length * (BAR_HEIGHT + 4);
  const bars = rates.map((rate, i) => {
    const y = i * (BAR_HEIGHT + 4);
    const share = rate.passed / rate.decided;
    return [
      `<text x="${LABEL_WIDTH - 6}" y="${y + 13}" text-anchor="end">${escapeHtml(truncate(rate.tag, 24))}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" fill="#ffebe9"/>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${(BAR_WIDTH * share).toFixed(1)}" height="${BAR_HEIGHT}" ` +
        `fill="#2da44e"><title>${escapeHtml(rate.tag)}: ${rate.passed}/${rate.decided}</title></rect>`,
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 6}" y="${y + 13}">${formatPercent(share)} ` +
        `(${rate.passed}/${rate.decided})</text>`,
    ].join('');
  });
  return (
    `<svg id="chart-tags" role="img" aria-label="Pass rate by tag" ` +
    `width="${LABEL_WIDTH + BAR_WIDTH + 110}" height="${height}" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 110} ` +
    `${height}">${bars.join('')}</svg>`
  );
}

export function historyChart(runs: readonly Results[]): string {
  const points = runs.filter((run) => run.totals.passRate !== null);
  if (points.length < 2) return '';
  const pad = 30;
  const x = (i: number): number => pad + (i * (HISTORY_WIDTH - 2 * pad)) / (points.length - 1);
  const y = (rate: number): number => HISTORY_HEIGHT - pad - rate * (HISTORY_HEIGHT - 2 * pad);
  const path = points
    .map((run, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(run.totals.passRate!).toFixed(1)}`)
    .join(' ');
  const dots = points.map(
    (run, i) =>
      `<circle cx="${x(i).toFixed(1)}" cy="${y(run.totals.passRate!).toFixed(1)}" r="4" ` +
      `fill="#0969da"><title>${escapeHtml(run.runId)} · ${escapeHtml(run.startedAt.slice(0, 10))}: ` +
      `${formatPercent(run.totals.passRate)}</title></circle>`,
  );
  const axis =
    `<line x1="${pad}" y1="${y(0)}" x2="${HISTORY_WIDTH - pad}" y2="${y(0)}" stroke="#d0d7de"/><text ` +
    `x="2" y="${y(1) + 4}">100%</text><text x="2" y="${y(0) + 4}">0%</text>`;
  return (
    `<svg id="chart-history" role="img" aria-label="Pass rate over runs" width="${HISTORY_WIDTH}" ` +
    `height="${HISTORY_HEIGHT}" viewBox="0 0 ${HISTORY_WIDTH} ${HISTORY_HEIGHT}">${axis}<path d="${path}" ` +
    `fill="none" stroke="#0969da" stroke-width="2"/>${dots.join('')}</svg>`
  );
}

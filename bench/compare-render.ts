/**
 * Compare + render at scale: 10,000 tests × 5 trials, twice (previous and
 * current run). Prints time and peak RSS as ratios to the targets; not a test.
 *
 * Usage: npx tsx bench/compare-render.ts   (also run by `npm run bench`)
 */
import { pathToFileURL } from 'node:url';
import { compareRuns } from '../src/compare/index.js';
import { evaluateGate } from '../src/gate/index.js';
import { renderComment, renderHtml, renderJUnit } from '../src/report/index.js';
import { hugeRun } from '../test/report/fixture-sets.js';

const TESTS = 10_000;
const TRIALS_PER_TEST = 5;
/** Compare + PR comment render. */
const TARGET_COMPARE_COMMENT_MS = 1_000;
const TARGET_PEAK_RSS_MB = 300;

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}

function ratio(value: number, target: number): string {
  return `${(value / target).toFixed(2)}× target${value <= target ? '' : '  (over)'}`;
}

export async function benchCompareRender(): Promise<void> {
  const built = timed(() => hugeRun(TESTS, TRIALS_PER_TEST, false));
  const { previous, current } = built.value;
  const rssAfterBuild = peakRssMb();

  const compared = timed(() => compareRuns(previous!, current));
  const comparison = compared.value;
  const gate = evaluateGate({ results: current, comparisons: [comparison], minPassRate: 0.8, failOn: ['regression', 'critical'] });
  const comment = timed(() => renderComment({ results: current, previous: comparison, gate }));
  const rssAfterComment = peakRssMb();
  const html = timed(() => renderHtml(current, { previous: comparison }));
  const junit = timed(() => renderJUnit(current));
  const rss = peakRssMb();

  const compareAndComment = compared.ms + comment.ms;
  const lines = [
    `compare+render: ${TESTS.toLocaleString('en-US')} tests × ${TRIALS_PER_TEST} trials, previous and current (fixtures built in ${built.ms.toFixed(0)} ms, peak RSS ${rssAfterBuild.toFixed(0)} MB after building)`,
    `  compare                 ${compared.ms.toFixed(0).padStart(6)} ms  (${comparison.counts.regression} regressions, ${comparison.counts.flaky} flaky)`,
    `  PR comment              ${comment.ms.toFixed(0).padStart(6)} ms  (${comment.value.text.length.toLocaleString('en-US')} chars, ${comment.value.omitted.length} omissions)`,
    `  compare + comment       ${compareAndComment.toFixed(0).padStart(6)} ms  ${ratio(compareAndComment, TARGET_COMPARE_COMMENT_MS)} (target ≤ ${TARGET_COMPARE_COMMENT_MS} ms)`,
    `  HTML report             ${html.ms.toFixed(0).padStart(6)} ms  (${(html.value.length / 1e6).toFixed(1)} MB)`,
    `  JUnit XML               ${junit.ms.toFixed(0).padStart(6)} ms  (${(junit.value.length / 1e6).toFixed(1)} MB)`,
    `  peak RSS, compare+comment ${rssAfterComment.toFixed(0).padStart(4)} MB  ${ratio(rssAfterComment, TARGET_PEAK_RSS_MB)} (target ≤ ${TARGET_PEAK_RSS_MB} MB; ${(rssAfterComment - rssAfterBuild).toFixed(0)} MB above the two input runs)`,
    `  peak RSS, all renderers ${rss.toFixed(0).padStart(6)} MB  ${ratio(rss, TARGET_PEAK_RSS_MB)} (HTML and JUnit are built as whole strings)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchCompareRender();

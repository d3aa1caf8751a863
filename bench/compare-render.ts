/**
 * Compare + render at scale: 10,000 tests × 5 trials, a previous and a current
 * run, measured the way the product meets them: two results files on disk.
 * The files are written first (not measured); then each path runs in a fresh
 * child process, so its peak RSS is its own (see peakRssMb):
 *
 *   action:  the action after a run has written its files (results, HTML, JUnit: the
 *            files path) and kept what it publishes: the evaluated run without its
 *            trials (summariesOnly, src/github/action.ts). That run is in memory (read
 *            here, not measured, then the peak RSS is reset; the action's own RSS also
 *            holds what its run and files left behind); the previous run is read
 *            from its artifact (trials: false)
 *            → compareRuns + compareVariants → gate → comment, check run, job summary
 *   comment: `rehearse compare --format md` / `rehearse report --previous`: both
 *            files read without their trials (readSummaries: tests, totals, history
 *            and failure digests), then the same compare and render
 *   files:   read previous (trials: false) + current (all transcripts)
 *            → compareRuns → HTML report and JUnit XML written to disk in chunks
 *   idle:    the child with the same modules loaded and nothing read (the floor)
 *
 * The child is this file bundled to plain JavaScript with esbuild (as the
 * action ships as one bundle): under tsx the floor alone is ~70 MB higher.
 * Without esbuild it falls back to `node --import tsx` and says so.
 *
 * Prints times and peak RSS as ratios to the targets; not a test.
 * Usage: npx tsx bench/compare-render.ts   (also run by `npm run bench`)
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { compareRuns, compareVariants, type Comparison } from '../src/compare/index.js';
import { evaluateGate } from '../src/gate/index.js';
import {
  renderCheckRun,
  renderComment,
  renderHtmlChunks,
  renderJobSummary,
  renderJUnitChunks,
} from '../src/report/index.js';
import type { Results } from '../src/model/results.js';
import { readResults, readSummaries, summariesOnly, writeResults } from '../src/results/index.js';
import { hugeRun } from '../test/report/fixture-sets.js';
import { bundledChild } from './bundled-child.js';

const TESTS = 10_000;
const TRIALS_PER_TEST = 5;
/** Compare + PR comment render. */
const TARGET_COMPARE_COMMENT_MS = 1_000;
const TARGET_PEAK_RSS_MB = 300;
const PATHS = ['idle', 'action', 'comment', 'files'] as const;
type BenchPath = (typeof PATHS)[number];

interface ChildReport {
  readonly previousReadMs: number;
  readonly readMs: number;
  /** Peak RSS when the reading is done, before compare and render. */
  readonly readPeakRssMb: number;
  readonly workMs: number;
  readonly peakRssMb: number;
  readonly detail: string;
}

const ms = (start: number): number => performance.now() - start;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
/**
 * This process's peak RSS. On Linux `process.resourceUsage().maxRSS` survives
 * fork + exec, so a child started by a big parent reports the parent's peak
 * (measured here: a 427 MB parent's empty child said 386 MB); VmHWM belongs to
 * the new process image alone. maxRSS (kilobytes) elsewhere.
 */
function peakRssMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Resets this process's peak RSS (Linux ≥ 4.0: writing 5 to clear_refs), so
 * the action path's peak is the comparison's, not the loading of the run it
 * stands for. false where it cannot.
 */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function ratio(value: number, target: number): string {
  return `${(value / target).toFixed(2)}× target${value <= target ? '' : '  (over)'}`;
}

async function writeChunks(path: string, chunks: Iterable<string>): Promise<number> {
  const stream = createWriteStream(path, 'utf8');
  const done = finished(stream);
  for (const chunk of chunks)
    if (!stream.write(chunk)) await new Promise<void>((resume) => stream.once('drain', resume));
  stream.end();
  await done;
  return (await stat(path)).size;
}

function gateOf(results: Parameters<typeof evaluateGate>[0]['results'], comparisons: Comparison[]) {
  return evaluateGate({ results, comparisons, minPassRate: 0.8, failOn: ['regression', 'critical'] });
}

function renderForComment(current: Results, comparison: Comparison): string {
  const variants = compareVariants(current);
  const comparisons = variants ? [comparison, variants] : [comparison];
  const gate = gateOf(current, comparisons);
  const input = { results: current, previous: comparison, ...(variants ? { variants } : {}), gate };
  const comment = renderComment(input);
  const check = renderCheckRun(input);
  const summary = renderJobSummary(input);
  const count = (n: number): string => n.toLocaleString('en-US');
  return [
    `${comparison.counts.regression} regressions; comment ${count(comment.text.length)} chars`,
    `check summary ${count(check.summary.length)} + ${count(check.annotations.length)} annotations`,
    `job summary ${count(summary.text.length)} chars`,
  ].join(', ');
}

/** One measured path, in this (child) process. */
async function child(path: BenchPath, dir: string): Promise<ChildReport> {
  const previousFile = join(dir, 'previous.json');
  const currentFile = join(dir, 'current.json');
  if (path === 'idle') {
    const peak = peakRssMb();
    const detail = 'modules loaded, nothing read';
    return { previousReadMs: 0, readMs: 0, readPeakRssMb: peak, workMs: 0, peakRssMb: peak, detail };
  }
  let current: Results | undefined;
  let detail = '';
  if (path === 'action') {
    // Stands for what the action holds once the run's files are written: not measured.
    current = summariesOnly(await readSummaries(currentFile));
    (globalThis as { gc?: () => void }).gc?.();
    if (!resetPeakRss()) detail = '(peak RSS includes loading the current run) ';
    detail += `the run in memory: ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MB RSS before reading; `;
  }
  let start = performance.now();
  const previous = await readResults(previousFile, { trials: false });
  const previousReadMs = ms(start);
  current ??= path === 'files' ? await readResults(currentFile) : await readSummaries(currentFile);
  const readMs = ms(start);
  const readPeakRssMb = peakRssMb();
  start = performance.now();
  const comparison = compareRuns(previous, current);
  if (path !== 'files') {
    detail += renderForComment(current, comparison);
    return { previousReadMs, readMs, readPeakRssMb, workMs: ms(start), peakRssMb: peakRssMb(), detail };
  }
  const html = await writeChunks(join(dir, 'report.html'), renderHtmlChunks(current, { previous: comparison }));
  const htmlMs = ms(start);
  const junit = await writeChunks(join(dir, 'junit.xml'), renderJUnitChunks(current));
  detail = `HTML ${mb(html)} in ${htmlMs.toFixed(0)} ms, JUnit ${mb(junit)} in ${(ms(start) - htmlMs).toFixed(0)} ms`;
  return { previousReadMs, readMs, readPeakRssMb, workMs: ms(start), peakRssMb: peakRssMb(), detail };
}

function runChild(command: readonly string[], path: BenchPath, dir: string): ChildReport {
  const args = ['--expose-gc', ...command, '--child', path, dir];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !line.startsWith('{'))
    throw new Error(`bench child '${path}' failed (${result.status}): ${result.stderr.slice(-2000)}`);
  return JSON.parse(line) as ChildReport;
}

export async function benchCompareRender(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-bench-'));
  try {
    let start = performance.now();
    const { previous, current } = hugeRun(TESTS, TRIALS_PER_TEST, false);
    await writeResults(join(dir, 'previous.json'), previous!);
    await writeResults(join(dir, 'current.json'), current);
    const sizes = await Promise.all(
      ['previous.json', 'current.json'].map(async (file) => (await stat(join(dir, file))).size),
    );
    const setupMs = ms(start);
    const command = await bundledChild(import.meta.url, dir);
    start = performance.now();
    const [idle, action, comment, files] = PATHS.map((path) => runChild(command.args, path, dir)) as [
      ChildReport,
      ChildReport,
      ChildReport,
      ChildReport,
    ];
    const time = (value: number): string => value.toFixed(0).padStart(6);
    const vsTime = (value: number): string => ratio(value, TARGET_COMPARE_COMMENT_MS);
    const vsRss = (value: number): string => ratio(value, TARGET_PEAK_RSS_MB);
    const actionMs = action.readMs + action.workMs;
    const commentMs = comment.readMs + comment.workMs;
    const lines = [
      `compare+render: ${TESTS.toLocaleString('en-US')} tests × ${TRIALS_PER_TEST} trials, previous and current ` +
        `results files (${sizes.map(mb).join(' and ')}, written in ${setupMs.toFixed(0)} ms, not measured); ` +
        `each path in a fresh Node ${process.versions.node} process, ${command.how}`,
      `  action (after a run and its files: the run's summaries in memory, previous read from its artifact without ` +
        `trials)`,
      `    read previous              ${time(action.previousReadMs)} ms`,
      `    compare + render           ${time(action.workMs)} ms` +
        `  (compare runs and variants, gate, comment, check run,` +
        ` job summary: ${action.detail})`,
      `    read + compare + render    ${time(actionMs)} ms  ${vsTime(actionMs)}` +
        ` (target ≤ ${TARGET_COMPARE_COMMENT_MS} ms)`,
      `    peak RSS                   ${time(action.peakRssMb)} MB  ${vsRss(action.peakRssMb)}` +
        ` (target ≤ ${TARGET_PEAK_RSS_MB} MB; from after the current run is loaded;` +
        ` ${action.readPeakRssMb.toFixed(0)} MB when the previous is read)`,
      `  compare path (rehearse compare --format md, report --previous: both files read)`,
      `    read previous              ${time(comment.previousReadMs)} ms  (without trials)`,
      `    read current               ${time(comment.readMs - comment.previousReadMs)} ms` +
        `  (without trials: tests with their failure digests)`,
      `    compare + render           ${time(comment.workMs)} ms  ${vsTime(comment.workMs)}`,
      `    read + compare + render    ${time(commentMs)} ms  ${vsTime(commentMs)}`,
      `    peak RSS                   ${time(comment.peakRssMb)} MB  ${vsRss(comment.peakRssMb)}` +
        ` (${comment.readPeakRssMb.toFixed(0)} MB when read)`,
      `  read, files path            ${files.readMs.toFixed(0).padStart(6)} ms  (current with every transcript)`,
      `  compare + HTML + JUnit      ${files.workMs.toFixed(0).padStart(6)} ms  (${files.detail}, written in chunks)`,
      `  peak RSS, files path        ${files.peakRssMb.toFixed(0).padStart(6)} MB  ` +
        `${ratio(files.peakRssMb, TARGET_PEAK_RSS_MB)}`,
      `  peak RSS, idle child        ${idle.peakRssMb.toFixed(0).padStart(6)} MB  (node + the bundle loaded, ` +
        `nothing read: the floor under both paths)`,
      `  (children took ${(ms(start) / 1000).toFixed(1)} s in all)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const [, script, flag, path, dir] = process.argv;
if (import.meta.url === pathToFileURL(script ?? '').href) {
  if (flag === '--child' && (PATHS as readonly string[]).includes(path ?? '') && dir)
    process.stdout.write(`${JSON.stringify(await child(path as BenchPath, dir))}\n`);
  else await benchCompareRender();
}

/**
 * JUnit XML for the many CI tools that read it: one <testsuite> per variant,
 * one <testcase> per test × variant, each trial's outcome as a property and
 * the transcripts in <system-out>. Given the comparisons, each test also
 * says how it changed (properties `previousRun` / `baselineVsCandidate`), and
 * a regression's failure message says so first.
 */
import { failureCategoryLabel } from '../judge/verdict.js';
import type { Results, SkippedTest, TestSummary, TrialResult } from '../model/results.js';
import { typeAndCheckpoint } from '../model/results.js';
import { definitionMark } from './definition.js';
import {
  placeTests,
  SECTION_LABELS,
  type Comparison,
  type Placement,
  type Sections,
  type TestChange,
} from '../compare/index.js';
import { escapeXml } from './escape.js';
import { failureOf, indexTrials, partTextLines, type TrialIndex } from './failures.js';
import { formatPValue, passFraction, trialsPassing } from './format.js';
import { transcriptLines } from './transcript.js';
import { placementText } from './html-parts.js';

export interface JUnitOptions {
  /** The stored previous run against this one. */
  readonly previous?: Comparison | undefined;
  /** Baseline vs candidate inside this run. */
  readonly variants?: Comparison | undefined;
}

/** A test's changes, by its key: against the previous run and, for a candidate test, against the baseline. */
interface Changes {
  readonly previous: ReadonlyMap<string, TestChange>;
  readonly variants: ReadonlyMap<string, TestChange>;
  /** Where every report lists each test: once. */
  readonly sections: Sections;
}

/** A confirmed regression fails its testcase even when its own threshold still passes: CI tools show it. */
function failed(test: TestSummary, placement: Placement | undefined): boolean {
  return test.verdict === 'fail' || (placement?.section === 'regression' && test.verdict === 'pass');
}

const byKey = (comparison: Comparison | undefined): Map<string, TestChange> =>
  new Map(
    (comparison?.changes ?? []).filter((change) => change.category !== 'removed').map((change) => [change.key, change]),
  );

/** "regression: 5/5 → 0/5 passing (p = 0.004)" */
function changeText(change: TestChange): string {
  const side = (stats: TestChange['before']): string => (stats ? passFraction(stats.passes, stats.trials) : '—');
  const p = change.pValue === undefined ? '' : ` (${formatPValue(change.pValue)})`;
  const mark = definitionMark(change, false).replace(/^⚠️ /, '');
  const defined = mark ? `; ${mark}` : '';
  return `${change.category.replace('_', ' ')}: ${side(change.before)} → ${side(change.after)} passing${p}${defined}`;
}

/** Transcript lines in system-out are cut at this many characters. */
const MAX_SYSTEM_OUT_LINE_CHARS = 2_000;

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** The test's one section and its counts before and after confirmation, as every report states them. */
function sectionProperties(placement: Placement | undefined): [string, string][] {
  if (!placement?.counts) return [];
  const { planned, all, trials, extraTrials } = placement.counts;
  const text = placementText(placement);
  return [
    ['section', placement.section],
    ['sectionText', `${SECTION_LABELS[placement.section]}${text ? `: ${text}` : ''}`],
    ['planned', passFraction(planned.passes, planned.trials)],
    ['all', passFraction(all.passes, all.trials)],
    ['trialsRun', String(trials)],
    ['extraTrials', String(extraTrials)],
  ];
}

function properties(test: TestSummary, trials: readonly TrialResult[], changes: Changes): string {
  const previous = changes.previous.get(test.key);
  const variants = changes.variants.get(test.key);
  const entries: [string, string][] = [
    ['priority', test.priority],
    ['tags', test.tags.join(',')],
    ['runs', String(test.runs)],
    ['passRate', test.passRate === null ? '' : String(test.passRate)],
    ['minPassRate', String(test.minPassRate)],
    ['costUsd', String(test.costUsd)],
    ...(previous ? [['previousRun', changeText(previous)] as [string, string]] : []),
    ...(variants ? [['baselineVsCandidate', changeText(variants)] as [string, string]] : []),
    ...sectionProperties(changes.sections.byKey.get(test.key)),
    ...trials.map((trial): [string, string] => [
      `trial.${trial.index}`,
      `${trial.status}${trial.reason ? `: ${trial.reason}` : ''}`,
    ]),
  ];
  const lines = entries.map(([name, value]) => `        <property${attributes({ name, value })}/>`);
  return `      <properties>\n${lines.join('\n')}\n      </properties>\n`;
}

function failureElement(test: TestSummary, index: TrialIndex, changes: Changes): string {
  const placement = changes.sections.byKey.get(test.key);
  if (test.verdict === 'pass' && !failed(test, placement)) return '';
  if (test.verdict === 'not_run') return `      <skipped${attributes({ message: 'not run' })}/>\n`;
  const detail = failureOf(test, index);
  const criteria = (detail?.criteria ?? []).flatMap((c) => [
    `${c.id} (${typeAndCheckpoint(c)}) failed${c.trials > 1 ? ` in ${c.failedIn}/${c.trials} trials` : ''}: ` +
      c.reason,
    ...partTextLines(c.parts),
  ]);
  const text = [...criteria, ...(detail?.trialReasons ?? [])].join('\n');
  const needs = `${trialsPassing(test)} (needs ${Math.round(test.minPassRate * 100)}%)`;
  // The section first, in the words every report uses: "regression: 30/30 on baseline → 3/5 now, 14/30 after …".
  const listed = placement && placement.section !== 'failing' && placement.section !== 'passing';
  const section = listed ? [`${SECTION_LABELS[placement.section]}: ${placementText(placement)}`] : [];
  const message = [...section, needs].join('; ');
  const element = failed(test, placement) ? 'failure' : 'error';
  // People's words for the category, as in the CLI and the markdown ("criteria not met", not the file's `judge`).
  const category = Object.keys(test.failureCategories)[0];
  const type = category === undefined ? test.verdict : failureCategoryLabel(category);
  return `      <${element}${attributes({ message, type })}>${escapeXml(text)}</${element}>\n`;
}

function systemOut(trials: readonly TrialResult[]): string {
  if (trials.length === 0) return '';
  const blocks = trials.map((trial) =>
    [
      `--- trial ${trial.index + 1}: ${trial.status}${trial.reason ? ` (${trial.reason})` : ''}`,
      ...transcriptLines(trial, MAX_SYSTEM_OUT_LINE_CHARS),
    ].join('\n'),
  );
  return `      <system-out>${escapeXml(blocks.join('\n\n'))}</system-out>\n`;
}

function testcase(test: TestSummary, index: TrialIndex, suiteName: string, changes: Changes): string {
  const trials = index.get(test.key) ?? [];
  const time = trials.reduce((sum, trial) => sum + trial.durationMs, 0);
  const attrs = attributes({
    classname: `${suiteName}.${test.variant}`,
    name: test.testId,
    file: test.source.file,
    line: test.source.line,
    time: seconds(time),
  });
  const open = `    <testcase${attrs}>\n`;
  return (
    `${open}${properties(test, trials, changes)}${failureElement(test, index, changes)}${systemOut(trials)}` +
    `    </testcase>`
  );
}

/** A planned test that never ran (no simulator key or endpoint): a testcase with <skipped message="why">. */
function skippedTestcase(entry: SkippedTest, suiteName: string): string {
  const variant = variantOf(entry);
  const name = entry.testId ?? entry.key.slice(0, entry.key.lastIndexOf('@'));
  const where = { file: entry.source?.file, line: entry.source?.line };
  const attrs = attributes({ classname: `${suiteName}.${variant}`, name, ...where, time: seconds(0) });
  const open = `    <testcase${attrs}>\n`;
  return `${open}      <skipped${attributes({ message: entry.reason })}/>\n    </testcase>`;
}

function variantOf(entry: SkippedTest): string {
  return entry.variant ?? entry.key.slice(entry.key.lastIndexOf('@') + 1);
}

function* testsuite(
  results: Results,
  variant: string,
  tests: readonly TestSummary[],
  index: TrialIndex,
  changes: Changes,
): Generator<string, void, undefined> {
  const count = (verdicts: string[]): number => tests.filter((test) => verdicts.includes(test.verdict)).length;
  const failures = tests.filter((test) => failed(test, changes.sections.byKey.get(test.key))).length;
  const skipped = results.skipped.filter((entry) => variantOf(entry) === variant);
  const time = tests.reduce((sum, test) => sum + (index.get(test.key) ?? []).reduce((s, t) => s + t.durationMs, 0), 0);
  yield `\n  <testsuite${attributes({
    name: `${results.suite.name}@${variant}`,
    tests: tests.length + skipped.length,
    failures,
    errors: count(['error', 'invalid']),
    skipped: count(['not_run']) + skipped.length,
    time: seconds(time),
    timestamp: results.startedAt,
  })}>`;
  for (const test of tests) yield `\n${testcase(test, index, results.suite.name, changes)}`;
  for (const entry of skipped) yield `\n${skippedTestcase(entry, results.suite.name)}`;
  yield '\n  </testsuite>';
}

/** The XML in pieces (one testcase at a time), for writing to a file or stream as it is made. */
export function* renderJUnitChunks(results: Results, options: JUnitOptions = {}): Generator<string, void, undefined> {
  const index = indexTrials(results);
  const changes: Changes = {
    previous: byKey(options.previous),
    variants: byKey(options.variants),
    sections: placeTests({ results, previous: options.previous, variants: options.variants }),
  };
  const failures = results.tests.filter((test) => failed(test, changes.sections.byKey.get(test.key))).length;
  // A variant whose every test was skipped still gets its <testsuite>.
  const variants = [...new Set([...results.tests.map((test) => test.variant), ...results.skipped.map(variantOf)])];
  const t = results.totals;
  const skipped = results.skipped.length;
  const rootAttrs = attributes({
    name: `rehearse ${results.suite.name} ${results.runId}`,
    tests: t.tests + skipped,
    failures,
    errors: t.errored + t.invalid,
    skipped: t.notRun + skipped,
    time: seconds(t.durationMs),
  });
  const root = `<testsuites${rootAttrs}>`;
  yield `<?xml version="1.0" encoding="UTF-8"?>\n${root}`;
  for (const variant of variants)
    yield* testsuite(
      results,
      variant,
      results.tests.filter((test) => test.variant === variant),
      index,
      changes,
    );
  yield '\n</testsuites>\n';
}

export function renderJUnit(results: Results, options: JUnitOptions = {}): string {
  return [...renderJUnitChunks(results, options)].join('');
}

/**
 * The check run: a title, the report as summary (its own limit), and an
 * annotation at the suite file line of every failing test.
 */
import { isAbsolute, posix, relative, sep } from 'node:path';
import { placeTests, SECTION_LABELS, type Placement, type Section } from '../compare/index.js';
import type { Results, TestSummary } from '../model/results.js';
import { typeAndCheckpoint } from '../model/results.js';
import { definitionMark } from './definition.js';
import { truncate } from './escape.js';
import { failureOf, indexTrials, partTextLines, type TrialIndex } from './failures.js';
import { trialsPassing } from './format.js';
import { againstText, changeEvidence, thresholdVerdict, unreferencedText } from './placement-text.js';
import { MAX_ANNOTATION_MESSAGE_BYTES, MAX_ANNOTATION_TITLE_CHARS, MAX_CHECK_SUMMARY_CHARS } from './limits.js';
import { renderMarkdown } from './markdown.js';
import type { Annotation, CheckRunOutput, ReportInput } from './types.js';

export interface CheckRunOptions {
  /** Absolute repository root; absolute source paths are made relative to it. */
  readonly workspace?: string;
}

/** Repository-relative, forward slashes; undefined when the file is outside the repository. */
export function annotationPath(file: string, workspace?: string): string | undefined {
  let path = file;
  if (isAbsolute(path)) {
    if (!workspace) return undefined;
    path = relative(workspace, path);
    if (path.startsWith('..') || isAbsolute(path)) return undefined;
  }
  path = path
    .split(sep)
    .join(posix.sep)
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '');
  return path.startsWith('../') ? undefined : path;
}

function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let cut = text.slice(0, maxBytes);
  while (Buffer.byteLength(cut) > maxBytes - 3) cut = cut.slice(0, Math.floor(cut.length * 0.95));
  // Do not leave half a surrogate pair behind.
  return `${cut.replace(/[\ud800-\udbff]$/, '')}…`;
}

function annotationMessage(test: TestSummary, trials: TrialIndex, placement: Placement): string {
  const detail = failureOf(test, trials);
  const decided = placement.decided;
  const numbers =
    placement.section === 'changed' || placement.section === 'new'
      ? `${SECTION_LABELS[placement.section]} test: ${unreferencedText(placement)}.`
      : decided
        ? `${SECTION_LABELS[placement.section]}: ${changeEvidence(decided.change, decided.comparison)}` +
          `${againstText(decided.comparison, decided.change)} · ${thresholdVerdict(test)}.`
        : `${trialsPassing(test)} (needs ${Math.round(test.minPassRate * 100)}%).`;
  const lines = [
    numbers,
    ...(detail?.criteria ?? []).flatMap((c) => [
      `✗ ${c.id} (${typeAndCheckpoint(c)})${c.trials > 1 ? ` failed in ${c.failedIn}/${c.trials} trials` : ''}: ` +
        c.reason,
      ...partTextLines(c.parts),
    ]),
    ...(detail?.trialReasons ?? []).map((reason) => `⚠ ${reason}`),
    placement.section === 'changed' ? '' : definitionMark(decided?.change, true),
  ].filter(Boolean);
  return truncateBytes(lines.join('\n'), MAX_ANNOTATION_MESSAGE_BYTES);
}

/** What the annotation title says the test did, from its one section. */
const ANNOTATED: Partial<Record<Section, string>> = {
  regression: 'regressed',
  changed: 'changed and below its threshold',
  new: 'new and below its threshold',
  suspected: 'failed (suspected drop)',
  not_confirmed: 'failed (drop not confirmed)',
  failing: 'failed',
};

function annotations(input: ReportInput, workspace: string | undefined): Annotation[] {
  const trials = indexTrials(input.results);
  const sections = placeTests(input);
  const annotated = sections.placements.filter((placement) => {
    const test = placement.test;
    if (!test || placement.section === 'removed') return false;
    return placement.section === 'regression' || test.verdict === 'fail' || test.verdict === 'error';
  });
  return annotated.flatMap((placement) => {
    const test = placement.test!;
    const path = annotationPath(test.source.file, workspace);
    if (!path) return [];
    const regressed = placement.section === 'regression';
    const serious = regressed || test.priority === 'critical';
    const what = test.verdict === 'error' && !regressed ? 'errored' : (ANNOTATED[placement.section] ?? 'failed');
    return [
      {
        path,
        start_line: test.source.line,
        end_line: test.source.line,
        annotation_level: serious ? 'failure' : 'warning',
        title: truncate(`Rehearse: ${test.key} ${what} (${test.priority})`, MAX_ANNOTATION_TITLE_CHARS),
        message: annotationMessage(test, trials, placement),
      } satisfies Annotation,
    ];
  });
}

/** A warning (a failure when the gate does not allow skips) on each skipped test's line, saying what was missing. */
function skippedAnnotations(results: Results, workspace: string | undefined): Annotation[] {
  const level = results.gate?.allowSkipped ? 'warning' : 'failure';
  return results.skipped.flatMap((entry) => {
    const path = entry.source && entry.missing ? annotationPath(entry.source.file, workspace) : undefined;
    if (!path || !entry.source) return [];
    return [
      {
        path,
        start_line: entry.source.line,
        end_line: entry.source.line,
        annotation_level: level,
        title: truncate(`Rehearse: ${entry.key} could not run`, MAX_ANNOTATION_TITLE_CHARS),
        message: truncateBytes(entry.reason, MAX_ANNOTATION_MESSAGE_BYTES),
      } satisfies Annotation,
    ];
  });
}

export function renderCheckRun(input: ReportInput, options: CheckRunOptions = {}): CheckRunOutput {
  const summary = renderMarkdown(input, {
    limit: MAX_CHECK_SUMMARY_CHARS,
    limitName: "GitHub's check run summary limit (65,535 characters)",
    measure: (text) => text.length,
  });
  const gateOff = input.gate.passed && input.gate.reasons.length > 0;
  return {
    title: truncate(input.gate.summary, MAX_ANNOTATION_TITLE_CHARS),
    summary: summary.text,
    conclusion: !input.gate.passed ? 'failure' : gateOff ? 'neutral' : 'success',
    annotations: [...annotations(input, options.workspace), ...skippedAnnotations(input.results, options.workspace)],
    omitted: summary.omitted,
  };
}

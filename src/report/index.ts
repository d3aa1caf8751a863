/**
 * Renderers: from results (+ comparisons + the gate's decision) to the text
 * GitHub and CI tools show. Pure functions; the callers do the I/O.
 */
import { MAX_COMMENT_CHARS, MAX_JOB_SUMMARY_BYTES } from './limits.js';
import { renderMarkdown } from './markdown.js';
import type { RenderedText, ReportInput } from './types.js';

export * from './types.js';
export * from './limits.js';
export { renderCheckRun, annotationPath, type CheckRunOptions } from './check-run.js';
export { renderJUnit, renderJUnitChunks, type JUnitOptions } from './junit.js';
export { renderCsv, renderTestsJson, type CsvOptions } from './csv.js';
export { renderHtml, renderHtmlChunks, type HtmlOptions } from './html.js';
export { escapeHtml, escapeMarkdown, escapePre, escapeXml, inlineCode } from './escape.js';

/** Hidden marker by which the sticky PR comment is found again and updated in place. */
export const COMMENT_MARKER = '<!-- rehearse:comment -->';

/**
 * `reserveChars`: what the caller appends afterwards (the action's hidden suite and state lines), kept out of the
 * budget.
 */
export function renderComment(input: ReportInput, reserveChars = 0): RenderedText {
  return renderMarkdown(input, {
    marker: COMMENT_MARKER,
    limit: MAX_COMMENT_CHARS - reserveChars,
    limitName: "GitHub's comment limit (65,536 characters)",
    measure: (text) => text.length,
  });
}

export function renderJobSummary(input: ReportInput): RenderedText {
  return renderMarkdown(input, {
    limit: MAX_JOB_SUMMARY_BYTES,
    limitName: "GitHub's job summary limit (1 MiB)",
    measure: (text) => Buffer.byteLength(text, 'utf8'),
  });
}

/** The whole report as markdown, nothing left out (`rehearse report --format md`). */
export function renderMarkdownReport(input: ReportInput): string {
  return renderMarkdown(input, {
    limit: Number.POSITIVE_INFINITY,
    limitName: 'no limit',
    measure: (text) => text.length,
  }).text;
}

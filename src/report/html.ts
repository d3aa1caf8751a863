/** Placeholder: the self-contained HTML report lands in the next commit. */
import type { Comparison } from '../compare/types.js';
import type { Results } from '../results/schema.js';
import { escapeHtml } from './escape.js';

export interface HtmlOptions {
  readonly previous?: Comparison;
  readonly history?: readonly Results[];
}

export function renderHtml(results: Results, _options: HtmlOptions = {}): string {
  return `<!doctype html><meta charset="utf-8"><title>${escapeHtml(results.runId)}</title>`;
}

/**
 * The suite loader's public face: `loadSuite` reads a root config and its
 * includes, validates everything, and either returns the merged suite or every
 * problem found (never throws for a user's mistake).
 */
import type { LoadedSuite, SuiteIssue } from './types.js';

export { findTemplateRefs, renderTemplate, renderTemplateDeep } from './template.js';
export type { LoadedSuite, SuiteIssue } from './types.js';

export interface LoadOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export type LoadResult =
  | { readonly ok: true; readonly suite: LoadedSuite; readonly warnings: SuiteIssue[] }
  | { readonly ok: false; readonly issues: SuiteIssue[] };

/** `file:line:column: message` (warnings say so). */
export function formatIssue(issue: SuiteIssue): string {
  const { file, line, column } = issue.location;
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${line}:${column}: ${prefix}${issue.message}`;
}

export async function loadSuite(configPath: string, options: LoadOptions = {}): Promise<LoadResult> {
  void options;
  return { ok: false, issues: [{ location: { file: configPath, line: 1, column: 1 }, message: 'loader not implemented yet', severity: 'error' }] };
}

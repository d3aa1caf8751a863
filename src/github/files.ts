/**
 * The run's folder: results JSON (the contract), HTML report, JUnit XML,
 * markdown report and `context.json` (which PR/commit produced them, so a
 * `workflow_run` job can report on them later). Uploaded as one artifact.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Comparison } from '../compare/index.js';
import { renderHtmlChunks, renderJUnitChunks, renderMarkdownReport, type ReportInput } from '../report/index.js';
import { writeResults } from '../results/index.js';
import { readTextFile } from '../util/bom.js';
import { ConfigurationError } from '../util/errors.js';
import { writeChunks, writeTextFile } from '../util/write-chunks.js';
import type { RunContext } from './context.js';
import { RESULTS_FILE } from './previous.js';
import { parseSavedContext, type SavedContext } from './trust.js';

export const CONTEXT_FILE = 'context.json';

export interface RunFiles {
  readonly directory: string;
  readonly results: string;
  readonly html: string;
  readonly junit: string;
  readonly markdown: string;
  readonly context: string;
  readonly all: readonly string[];
}

export function runFilesIn(directory: string): RunFiles {
  const results = path.join(directory, RESULTS_FILE);
  const html = path.join(directory, 'report.html');
  const junit = path.join(directory, 'junit.xml');
  const markdown = path.join(directory, 'report.md');
  const context = path.join(directory, CONTEXT_FILE);
  return { directory, results, html, junit, markdown, context, all: [results, html, junit, markdown, context] };
}

/** `$RUNNER_TEMP/rehearse` on a runner, `.rehearse/` in the working directory elsewhere. */
export function outputDirectory(env: Readonly<Record<string, string | undefined>>, workingDirectory: string): string {
  const runnerTemp = env['RUNNER_TEMP'];
  return runnerTemp ? path.join(runnerTemp, 'rehearse') : path.join(workingDirectory, '.rehearse');
}

export async function writeRunFiles(
  files: RunFiles,
  input: ReportInput,
  previous: Comparison | undefined,
  context: RunContext,
): Promise<void> {
  await mkdir(files.directory, { recursive: true });
  await writeResults(files.results, input.results);
  // Streamed: for a big run (10,000 tests) the whole HTML or JUnit document as one string would be tens of MB.
  await writeChunks(
    files.html,
    renderHtmlChunks(input.results, {
      ...(previous ? { previous } : {}),
      ...(input.variants ? { variants: input.variants } : {}),
      gate: input.gate,
    }),
  );
  await writeChunks(files.junit, renderJUnitChunks(input.results, { previous, variants: input.variants }));
  await writeTextFile(files.markdown, renderMarkdownReport(input));
  await writeTextFile(files.context, `${JSON.stringify(context, null, 2)}\n`);
}

/** The context saved next to a results file (mode `report`), validated: it may come from untrusted code. */
export async function readSavedContext(resultsPath: string): Promise<SavedContext | undefined> {
  const directory = resultsPath.endsWith('.json') ? path.dirname(resultsPath) : resultsPath;
  const file = path.join(directory, CONTEXT_FILE);
  let text: string;
  try {
    text = await readTextFile(file);
  } catch {
    return undefined;
  }
  try {
    return parseSavedContext(JSON.parse(text), file);
  } catch (error) {
    if (error instanceof SyntaxError) throw new ConfigurationError(`${file}: not valid JSON (${error.message})`);
    throw error;
  }
}

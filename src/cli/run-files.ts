/**
 * The files one run leaves in the local store, all named after its results file (`.rehearse/runs/<runId>.json`):
 * `rehearse run` writes them, `rehearse runs --delete` and `--prune` remove every one of them.
 */
import { journalPathFor } from '../results/journal.js';
import { lockPathFor } from '../results/journal-lock.js';

/** The report `rehearse run` writes next to the results, unless --report-dir or --no-report says otherwise. */
export function reportPathsFor(resultsPath: string): { readonly markdown: string; readonly html: string } {
  const stem = resultsPath.replace(/\.json$/i, '');
  return { markdown: `${stem}.report.md`, html: `${stem}.report.html` };
}

/** Every file of the run: results, journal, its lock, the default reports. (A cassette is the user's file: kept.) */
export function runFilesOf(resultsPath: string): string[] {
  const journal = journalPathFor(resultsPath);
  const reports = reportPathsFor(resultsPath);
  return [resultsPath, journal, lockPathFor(journal), reports.markdown, reports.html];
}

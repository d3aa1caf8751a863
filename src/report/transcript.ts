/**
 * Transcripts as plain text lines (escaped by the caller for its format). The
 * event lines and the excerpt around a failure are the aggregate stage's: the
 * failure digest stores that excerpt in the test's summary.
 */
import type { TrialResult } from '../model/results.js';
import { describeEvent, shownEvents } from '../aggregate/failure-digest.js';

export function transcriptLines(trial: TrialResult, maxChars = Number.POSITIVE_INFINITY): string[] {
  return shownEvents(trial).map((event) => describeEvent(event, maxChars));
}

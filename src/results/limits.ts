/**
 * What a results file read from elsewhere (an artifact, a path given on the
 * command line) may hold. A file Rehearse wrote always fits; a crafted or
 * corrupted one beyond these is refused with a message naming the limit, or
 * cut where it does no harm, before it can take the memory, the stack or the
 * size of a report. Documented in docs/reports.md ("Limits on results files").
 */

/** The whole file. A run of MAX_TRIALS (100,000) conversations of a few KB each fits well. */
export const MAX_RESULTS_FILE_BYTES = 1024 * 1024 * 1024;
/**
 * The document without its trials (tests, totals, history): parsed at once, so this bounds the memory of a
 * read. 100,000 tests with their failure digests and history take about 150 MB.
 */
export const MAX_RESULTS_HEAD_BYTES = 256 * 1024 * 1024;
/** Files read whole (older schema versions, unusual layouts): parsed at once too. */
export const MAX_WHOLE_READ_BYTES = 256 * 1024 * 1024;
/** Test summaries (test × variant): a run plans at most 100,000 trials, so at most as many tests. */
export const MAX_RESULTS_TESTS = 100_000;
/** Trials: the planned ones (at most 100,000) and their confirmation trials. */
export const MAX_RESULTS_TRIALS = 200_000;
/**
 * Characters of a string that names something (ids, keys, test names, criterion types, variants, tags, file
 * paths, versions): longer ones are cut, keeping a hash of the whole so two long names stay two.
 */
export const MAX_ARTIFACT_NAME_CHARS = 500;
/** Characters of free text outside transcripts (reasons, messages, descriptions, excerpts). */
export const MAX_ARTIFACT_TEXT_CHARS = 20_000;
/** Characters of one string in a transcript (a message, a tool call's arguments or result). */
export const MAX_TRANSCRIPT_TEXT_CHARS = 200_000;

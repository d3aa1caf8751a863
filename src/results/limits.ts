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
 * read (under 1 GB). A test summary takes 1-2 KB with its failure digest, its history up to 4 KB more: tens
 * of thousands of tests fit.
 */
export const MAX_RESULTS_HEAD_BYTES = 128 * 1024 * 1024;
/** Files read whole (older schema versions, unusual layouts): parsed at once too. */
export const MAX_WHOLE_READ_BYTES = 128 * 1024 * 1024;
/**
 * Test summaries (test × variant). Reports and comparisons of 20,000 failing tests stay under 700 MB of
 * memory; 80,000 took 2 GB.
 */
export const MAX_RESULTS_TESTS = 20_000;
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

/** GitHub's limits on what a report may post, and our own display caps. */

/** PR / issue comment body, characters. */
export const MAX_COMMENT_CHARS = 65_536;
/**
 * Room the action keeps, out of MAX_COMMENT_CHARS, for the hidden state line
 * it appends to the rendered comment (verdict, regression count and digest:
 * under 100 characters). The suite marker, whose length depends on the suite
 * path, is reserved on top of this by the caller.
 */
export const COMMENT_STATE_RESERVE_CHARS = 128;
/** Check run `output.summary`, characters. */
export const MAX_CHECK_SUMMARY_CHARS = 65_535;
/** Check run `output.text`, characters. */
export const MAX_CHECK_TEXT_CHARS = 65_535;
/** Annotations accepted by one create/update check run request (the caller batches). */
export const MAX_ANNOTATIONS_PER_REQUEST = 50;
export const MAX_ANNOTATION_TITLE_CHARS = 255;
/** Annotation `message` is limited to 64 KB. */
export const MAX_ANNOTATION_MESSAGE_BYTES = 64 * 1024;
/** `$GITHUB_STEP_SUMMARY` per step, bytes. */
export const MAX_JOB_SUMMARY_BYTES = 1024 * 1024;

/** A judge reason in a list item. */
export const MAX_REASON_CHARS = 400;

/**
 * Upper bounds on every count a user writes. Without them a typo such as
 * `runs: 1000000000` loads as valid and the planner tries to build a billion
 * trials (validate, the CLI and the action hang). The bounds are generous for
 * real use; the message names the limit.
 */

/** Trials of one test (per variant): pass^k and Fisher's test need tens, never thousands. */
export const MAX_RUNS = 1000;
/** Simulated-user turns in one conversation. */
export const MAX_TURNS = 200;
/**
 * The `turns` metric's `max`: one past MAX_TURNS never fails, but suites wrote such bounds (1000 for "no limit")
 * before number fields had ranges, and they still load.
 */
export const MAX_TURNS_METRIC = 1_000_000;
/** Tool-call rounds of an agent within one turn (real τ-bench turns reach 26). */
export const MAX_TOOL_ROUNDS = 100;
/** Retries of one LLM or HTTP call. */
export const MAX_RETRIES = 20;
/** Calls in flight at once. */
export const MAX_CONCURRENCY = 256;
/** `min_times` of a tool_called criterion. */
export const MAX_MIN_TIMES = 1000;
/** Trials in one run (all tests × runs × variants), checked before any trial is built. */
export const MAX_TRIALS = 100_000;
/** A timeout of a day is a mistake, not a setting (and beyond 2^31 ms Node fires timers at once). */
export const MAX_TIMEOUT_MS = 24 * 60 * 60 * 1000;
/** Money a budget or a cost criterion names: a million dollars is a typo for a test run. */
export const MAX_USD = 1_000_000;
/** A model's price in USD per million tokens (the dearest list prices are hundreds). */
export const MAX_PRICE_PER_MILLION_TOKENS = 100_000;
/** Ids of a scripted scenario's conditions (and the steps that name them). */
export const MAX_CONDITION_ID = 1_000_000;
/** The status code a mock tool's failure reports (HTTP's are three digits). */
export const MAX_STATUS = 999;
/** Time limit of one code scorer evaluation when the criterion sets none. */
export const DEFAULT_SCORER_TIMEOUT_MS = 10_000;
/**
 * Size of one suite file, and of all of a suite's files together. Real suites are kilobytes; a file of tens of MB
 * (generated, or a mistake) would take the YAML parser gigabytes of memory and minutes before it could say anything.
 */
export const MAX_SUITE_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_SUITE_TOTAL_BYTES = 50 * 1024 * 1024;

/**
 * Work that waits a little before it starts, so that what is more urgent goes first (a run's first calls must be on
 * the wire before anything holds the thread), and that starts at once when its result is needed sooner, or is called
 * off when it is not needed at all.
 */
export interface Chore<T> {
  /** Its result, started now if it has not started yet. */
  now(): Promise<T>;
  /** Not started yet: never will be (and nothing stays reachable from its timer). */
  cancel(): void;
}

/** `work` after `delayMs`, or (undefined) only once its result is asked for. */
export function choreAfter<T>(delayMs: number | undefined, work: () => Promise<T>): Chore<T> {
  let result: Promise<T> | undefined;
  const start = (): Promise<T> => (result ??= work());
  const timer = delayMs === undefined ? undefined : setTimeout(start, delayMs);
  return {
    now: () => {
      clearTimeout(timer);
      return start();
    },
    cancel: () => clearTimeout(timer),
  };
}

/**
 * Work a run does not need yet (git lookups, a full collection, modules and figures needed only at the end), done at
 * a moment the caller chooses so that what is more urgent goes first, or at once when its result is needed sooner.
 */
export interface Chore<T> {
  /** Its result, started now if it has not started yet. */
  now(): Promise<T>;
}

/** `work`, started only once its result is asked for (or by `startWhenDue`). */
export function chore<T>(work: () => Promise<T>): Chore<T> {
  let result: Promise<T> | undefined;
  // An async wrapper: a `work` that throws before its first await rejects like any other failure.
  return { now: () => (result ??= (async () => work())()) };
}

export interface DueChores {
  /** The moment has come: the chores start `delayMs` from the first call of this (later calls change nothing). */
  due(): void;
  /** Chores not started by now never start here (a caller may still ask for their result). */
  cancel(): void;
}

/**
 * Starts `chores` `delayMs` after `due()` is first called, one per turn of the event loop, so that I/O that completes
 * meanwhile (an answer) is handled between two of them. A failure is seen by whoever asks for the chore's result,
 * never as an unhandled rejection.
 */
export function startWhenDue(chores: readonly Chore<unknown>[], delayMs: number): DueChores {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const startFrom = (index: number): void => {
    const next = chores[index];
    if (cancelled || !next) return;
    next.now().catch(() => undefined);
    setImmediate(() => startFrom(index + 1));
  };
  return {
    due: () => {
      if (timer !== undefined || cancelled) return;
      timer = setTimeout(() => startFrom(0), delayMs);
    },
    cancel: () => {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}

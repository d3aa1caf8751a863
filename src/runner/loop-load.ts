/**
 * Whether this process, not the LLM endpoint, is what a run waits for: the
 * share of the last window the event loop spent working rather than waiting
 * for I/O. The call slots hand out freed slots in batches while it is busy
 * (see CallSlots).
 */
import { performance, type EventLoopUtilization } from 'node:perf_hooks';

/** Long enough to hold many calls at any latency worth batching for; short enough to follow a run's phases. */
export const LOOP_LOAD_WINDOW_MS = 50;
/** Above this share of a window spent working, answers are waiting to be processed. */
export const BUSY_UTILIZATION = 0.9;

export function loopLoad(
  windowMs = LOOP_LOAD_WINDOW_MS,
  threshold = BUSY_UTILIZATION,
  clock: () => number = () => performance.now(),
  utilization: (since?: EventLoopUtilization) => EventLoopUtilization = (since) =>
    performance.eventLoopUtilization(since),
): () => boolean {
  let windowStart = clock();
  let atWindowStart = utilization();
  let busy = false;
  return () => {
    const now = clock();
    if (now - windowStart >= windowMs) {
      busy = utilization(atWindowStart).utilization > threshold;
      windowStart = now;
      atWindowStart = utilization();
    }
    return busy;
  };
}

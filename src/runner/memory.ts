/**
 * While a long run's trials run, V8's heap is kept small without paying for
 * it in CPU.
 *
 * A run allocates fast (every LLM call builds requests, responses and
 * transcripts); most of it dies young, but a trial in flight lives for
 * seconds, so its transcript survives a few scavenges and is promoted. Left
 * alone, V8 answers a burst of survivors (the run's start, 256 trials
 * starting at once) by doubling its young generation up to 64 MB per
 * semi-space (134 MB of RSS for the young generation alone), and lets the old
 * generation grow to about four times what is live before collecting it:
 * 300 MB of peak RSS at 1,000 conversations for a live heap of 30–40 MB.
 *
 * The previous answer, `--optimize-for-size`, bounded RSS but cost CPU: it
 * keeps a 1 MB young generation, so every in-flight transcript is copied by
 * hundreds of scavenges, and collects the old generation at every small
 * growth (GC was 30% of the run's busy time, 9–10 ms of CPU per trial at
 * 1,000 conversations instead of 6–7). Two narrower limits keep the memory
 * bound at V8's normal speed:
 *
 * - the young generation stops growing once it reaches YOUNG_GENERATION_CAP_MB
 *   (`--semi-space-growth-factor=1`, read by V8 each time it would grow it):
 *   large enough that a trial's garbage dies young, small enough to be a
 *   fixed share of RSS;
 * - the old generation's limit is set at OLD_GENERATION_GROWTH_PERCENT above
 *   what the last full collection left (`--heap-growing-percent`), instead of
 *   up to 4×: a full collection of a 30–40 MB live heap costs ~30 ms and
 *   comes every few thousand calls.
 *
 * It applies to runs of MEMORY_MODE_MIN_TRIALS trials or more, where the heap
 * has time to grow. The old generation's growth is set back when the run
 * ends; the young generation's cap stays for the life of the process: the
 * results and reports written after the run allocate in bursts too, and would
 * otherwise grow it to its full 134 MB at the very end (the run's peak RSS).
 *
 * REHEARSE_GC=speed leaves V8's defaults alone; REHEARSE_GC=memory bounds the
 * heap whatever the run's size.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Planned trials from which a run bounds its heap (unless REHEARSE_GC says otherwise). At 500 (until issue 21's
 * fourth round) the runs just below it peaked highest of all: 233–260 MB at 400 conversations against 209–211 at
 * 3,000, and 160–163 MB bounded, for the same CPU. Below 200 the free heap peaks under 190 MB, and bounding it costs
 * a few % of a short run's CPU (the collection at the start, a smaller young generation).
 */
export const MEMORY_MODE_MIN_TRIALS = 200;
/** The young generation's size (both semi-spaces) at which it stops growing. */
export const YOUNG_GENERATION_CAP_MB = 32;
/** How far the old generation may grow past what the last full collection kept, before the next one. */
export const OLD_GENERATION_GROWTH_PERCENT = 100;
/** How often the young generation's size is looked at until it reaches its cap (a look costs microseconds). */
const YOUNG_GENERATION_CHECK_MS = 10;

let runsBoundingMemory = 0;
let youngWatch: ReturnType<typeof setInterval> | undefined;
let collectionDue = false;

/** Bounds the heap until the returned function is called (nested and concurrent runs share one setting). */
export function favourMemoryDuringRun(env: Readonly<Record<string, string | undefined>>, trials: number): () => void {
  const mode = env.REHEARSE_GC ?? (trials >= MEMORY_MODE_MIN_TRIALS ? 'memory' : 'speed');
  if (mode !== 'memory') return () => undefined;
  if (runsBoundingMemory++ === 0) {
    setFlagsFromString(`--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
    capYoungGeneration();
    // V8's first limit for the old generation is a fixed size, far above what a run keeps live: one full collection
    // sets it from what is live instead (tens of ms, once). Not before the first calls: the runner asks for it
    // (collectHeapIfDue) while their answers are awaited.
    collectionDue = true;
  }
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    if (--runsBoundingMemory > 0) return;
    clearInterval(youngWatch);
    youngWatch = undefined;
    collectionDue = false;
    setFlagsFromString('--heap-growing-percent=0');
  };
}

/** The one full collection a bounded run starts with, if it has not had it yet. */
export function collectHeapIfDue(): void {
  if (!collectionDue) return;
  collectionDue = false;
  fullCollection();
}

/** A full, synchronous collection: `gc` from a fresh context once it is exposed (it is not by default). */
function fullCollection(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Stops the young generation's growth now if it is at its cap, else as soon as it reaches it. */
function capYoungGeneration(): void {
  const capped = (): boolean => {
    const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    if (!young || young.space_size < YOUNG_GENERATION_CAP_MB * 1024 * 1024) return false;
    setFlagsFromString('--semi-space-growth-factor=1');
    return true;
  };
  if (capped()) return;
  youngWatch = setInterval(() => {
    if (!capped()) return;
    clearInterval(youngWatch);
    youngWatch = undefined;
  }, YOUNG_GENERATION_CHECK_MS);
  youngWatch.unref();
}

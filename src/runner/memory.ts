/**
 * While trials run, V8 is asked to favour memory over speed.
 *
 * A run allocates fast (every LLM call builds requests, responses and
 * transcripts) and most of it dies young, but the calls in flight survive a
 * few scavenges and are promoted; by default V8 then lets the old generation
 * grow to about four times what is live before collecting it. Measured on the
 * memory bench (3,000 conversations, 32 calls in flight, a 2 ms endpoint): a
 * live heap of 30–40 MB and a peak RSS of 310–330 MB; with `--optimize-for-size`
 * a peak of about 160 MB. The price is CPU (more, smaller collections): the
 * same bench took 1.6× as long, against an endpoint answering in 2 ms; against
 * real LLM latencies (the peer bench: 50 ms per call) the wall time did not
 * change, and on the runner bench (200 trials, 16 calls in flight, 50 ms) the
 * wall time grew 1–4%. So it applies to runs of MEMORY_MODE_MIN_TRIALS trials
 * or more, where the heap has time to grow; a shorter run ends first. The flag
 * is set back when the run ends, so the comparison and the reports after it
 * run at full speed.
 *
 * REHEARSE_GC=speed leaves V8's defaults alone; REHEARSE_GC=memory favours
 * memory whatever the run's size.
 */
import { setFlagsFromString } from 'node:v8';

/** Planned trials from which a run favours memory (unless REHEARSE_GC says otherwise). */
export const MEMORY_MODE_MIN_TRIALS = 500;

let runsFavouringMemory = 0;

/** Favours memory until the returned function is called (nested and concurrent runs share one setting). */
export function favourMemoryDuringRun(env: Readonly<Record<string, string | undefined>>, trials: number): () => void {
  const mode = env.REHEARSE_GC ?? (trials >= MEMORY_MODE_MIN_TRIALS ? 'memory' : 'speed');
  if (mode !== 'memory') return () => undefined;
  if (runsFavouringMemory++ === 0) setFlagsFromString('--optimize-for-size');
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    if (--runsFavouringMemory === 0) setFlagsFromString('--no-optimize-for-size');
  };
}

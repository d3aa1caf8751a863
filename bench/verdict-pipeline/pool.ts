/**
 * Runs the bench's jobs on worker threads (the simulation is CPU-bound: one thread per core), each thread keeping
 * a few jobs in flight so the runner's waits between batches overlap. Answers come back in job order whatever
 * the thread and the finishing order; `workers: 0` runs every job in this thread instead (the same answers: the
 * jobs are seeded by what they name, see jobs.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runPipelineJob, type JobFigures, type PipelineJob } from './jobs.js';
import { inParallel, WIDTH } from './sim.js';

export interface PoolOptions {
  /** Worker threads; 0: this thread. Default: one per core, at most 2 (the machine the bench is sized for). */
  readonly workers?: number;
  /** Jobs in flight per thread. */
  readonly perThread?: number;
  /** Told as each job finishes (done, total). */
  readonly onDone?: (done: number, total: number) => void;
}

export interface JobRequest {
  readonly id: number;
  readonly job: PipelineJob;
}

export type JobAnswer =
  { readonly id: number; readonly figures: JobFigures } | { readonly id: number; readonly error: string };

/** VERDICT_BENCH_WORKERS, else one per core up to 2. */
export function defaultWorkers(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const asked = env['VERDICT_BENCH_WORKERS'];
  if (asked !== undefined && asked !== '') {
    const workers = Number(asked);
    if (!Number.isInteger(workers) || workers < 0)
      throw new Error(`VERDICT_BENCH_WORKERS must be a whole number ≥ 0 (0: no worker thread), not "${asked}"`);
    return workers;
  }
  return Math.min(2, availableParallelism());
}

export async function runJobs(jobs: readonly PipelineJob[], options: PoolOptions = {}): Promise<JobFigures[]> {
  const workers = options.workers ?? defaultWorkers();
  const answers = new Array<JobFigures>(jobs.length);
  let done = 0;
  const finished = () => options.onDone?.(++done, jobs.length);
  if (workers === 0) {
    await inParallel(jobs.length, options.perThread ?? WIDTH, async (index) => {
      answers[index] = await runPipelineJob(jobs[index]!);
      finished();
    });
    return answers;
  }
  const perThread = options.perThread ?? Math.max(1, Math.ceil(WIDTH / workers));
  let next = 0;
  const threads = Array.from(
    { length: Math.min(workers, jobs.length) },
    () => new Worker(new URL('./worker-entry.mjs', import.meta.url)),
  );
  const serve = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const send = () => {
        while (inFlight < perThread && next < jobs.length) {
          const id = next++;
          inFlight += 1;
          worker.postMessage({ id, job: jobs[id]! } satisfies JobRequest);
        }
        if (inFlight === 0) resolve();
      };
      worker.on('message', (answer: JobAnswer) => {
        if ('error' in answer) {
          reject(new Error(`verdict pipeline job ${JSON.stringify(jobs[answer.id])} failed: ${answer.error}`));
          return;
        }
        answers[answer.id] = answer.figures;
        inFlight -= 1;
        finished();
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`a verdict pipeline worker exited (${code}) before its jobs`)));
      send();
    });
  try {
    await Promise.all(threads.map(serve));
  } finally {
    // Done, or one job failed: the other threads stop too (their answers would not be read).
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
  return answers;
}

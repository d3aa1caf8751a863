/** A verdict pipeline bench thread: runs the jobs it is sent (several at once) and answers each with its figures. */
import { parentPort } from 'node:worker_threads';
import { runPipelineJob } from './jobs.js';
import type { JobAnswer, JobRequest } from './pool.js';

const port = parentPort;
if (!port) throw new Error('bench/verdict-pipeline/worker.ts runs as a worker thread (see pool.ts)');

port.on('message', ({ id, job }: JobRequest) => {
  runPipelineJob(job).then(
    (figures) => port.postMessage({ id, figures } satisfies JobAnswer),
    (error: unknown) =>
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});

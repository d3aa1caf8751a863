/**
 * Code the suite names (code scorers), run in worker threads under a time
 * limit. A worker is the only way to stop code that never yields: a sync
 * `while (true) {}` in the main thread would hang the whole run, whereas a
 * worker is terminated when its time is up and the run goes on.
 *
 * Starting a worker costs about 0.1 s, so idle workers are kept (unref'd, so
 * they never keep the process alive) and reused; a worker that timed out,
 * crashed or was cancelled is thrown away. Modules are imported once per
 * worker and cached there: a scorer must not rely on module state between
 * calls (each call may land on another worker).
 *
 * The worker's source is an eval'd string, not a file: the published CLI is one
 * bundle, with no second file to point a Worker at. TypeScript modules load by
 * Node's own type stripping (on by default since Node 23.6; erasable syntax
 * only), or by tsx when the process runs under `--import tsx` (the worker
 * inherits the process's flags).
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** How the worker answers: a value, or why there is none. */
export type ModuleCallOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: string; readonly timedOut?: boolean };

/** What a module exports, for load-time checks. */
export interface ModuleExports {
  readonly names: readonly string[];
  /** `typeof` of the export asked about. */
  readonly type: string;
}

interface Request {
  readonly id: number;
  readonly kind: 'call' | 'describe';
  readonly url: string;
  readonly exportName: string;
  readonly input?: unknown;
}

// Output of the code goes to stderr: stdout may be a report or JSON someone parses. Redirected inside the worker,
// not piped by the parent: a worker with piped stdio keeps the process alive even when unref'd (the CLI never exited).
const WORKER_SOURCE = String.raw`
process.stdout.write = process.stderr.write.bind(process.stderr);
const { parentPort } = require('node:worker_threads');
const modules = new Map();
const load = (url) => {
  let loaded = modules.get(url);
  if (!loaded) { loaded = import(url); modules.set(url, loaded); }
  return loaded;
};
const messageOf = (error) => {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
};
parentPort.on('message', async (request) => {
  try {
    const module = await load(request.url);
    const exported = module[request.exportName];
    if (request.kind === 'describe') {
      const value = { names: Object.keys(module), type: typeof exported };
      parentPort.postMessage({ id: request.id, ok: true, value });
      return;
    }
    if (typeof exported !== 'function')
      throw new Error("the module has no function export '" + request.exportName + "'");
    const value = await exported(request.input);
    // Only plain data crosses back: a function or a class instance in the answer is the scorer's mistake.
    const plain = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    parentPort.postMessage({ id: request.id, ok: true, value: plain });
  } catch (error) {
    parentPort.postMessage({ id: request.id, ok: false, error: messageOf(error) });
  }
});
`;

export interface ModuleWorkerPoolOptions {
  /** Workers running at once; more calls wait for one (the time limit starts when a call runs). */
  readonly maxWorkers?: number;
  /** Idle workers kept for the next call. */
  readonly maxIdle?: number;
}

export class ModuleWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  private nextId = 1;
  private readonly maxWorkers: number;
  private readonly maxIdle: number;

  constructor(options: ModuleWorkerPoolOptions = {}) {
    this.maxWorkers = options.maxWorkers ?? Math.max(2, availableParallelism());
    this.maxIdle = options.maxIdle ?? 2;
  }

  /** Calls `exportName` of the module at the absolute path `file` with `input` (plain data). */
  async call(
    file: string,
    exportName: string,
    input: unknown,
    limits: { readonly timeoutMs: number; readonly signal?: AbortSignal },
  ): Promise<ModuleCallOutcome> {
    return this.run({ kind: 'call', url: await versionedUrl(file), exportName, input }, limits);
  }

  /** Imports the module and says what it exports (the import itself runs under the time limit). */
  async describe(file: string, exportName: string, timeoutMs: number): Promise<ModuleExports | { error: string }> {
    const outcome = await this.run({ kind: 'describe', url: await versionedUrl(file), exportName }, { timeoutMs });
    return outcome.ok ? (outcome.value as ModuleExports) : { error: outcome.error };
  }

  private async run(
    request: Omit<Request, 'id'>,
    limits: { readonly timeoutMs: number; readonly signal?: AbortSignal },
  ): Promise<ModuleCallOutcome> {
    if (limits.signal?.aborted) return { ok: false, error: 'cancelled' };
    await this.slot();
    try {
      return await this.dispatch({ ...request, id: this.nextId++ }, limits);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private async slot(): Promise<void> {
    while (this.running >= this.maxWorkers) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
  }

  private dispatch(
    request: Request,
    limits: { readonly timeoutMs: number; readonly signal?: AbortSignal },
  ): Promise<ModuleCallOutcome> {
    const worker = this.idle.pop() ?? this.spawn();
    worker.ref();
    return new Promise((resolve) => {
      let settled = false;
      const finish = (outcome: ModuleCallOutcome, reusable: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        limits.signal?.removeEventListener('abort', onAbort);
        if (reusable && this.idle.length < this.maxIdle) {
          worker.unref();
          this.idle.push(worker);
        } else void worker.terminate();
        resolve(outcome);
      };
      const onMessage = (answer: { id: number; ok: boolean; value?: unknown; error?: string }): void => {
        if (answer.id !== request.id) return;
        finish(answer.ok ? { ok: true, value: answer.value } : { ok: false, error: answer.error ?? 'failed' }, true);
      };
      // An error thrown outside the call (a stray timer, an unhandled rejection) kills the worker.
      const onError = (error: Error): void => finish({ ok: false, error: error.message || error.name }, false);
      const onExit = (code: number): void => finish({ ok: false, error: `the worker exited with code ${code}` }, false);
      const onAbort = (): void => finish({ ok: false, error: 'cancelled' }, false);
      const timer = setTimeout(
        () => finish({ ok: false, error: `timed out after ${limits.timeoutMs} ms`, timedOut: true }, false),
        limits.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      limits.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        worker.postMessage(request);
      } catch (error) {
        finish({ ok: false, error: `the input could not be sent: ${(error as Error).message}` }, true);
      }
    });
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    // An error between calls (a scorer's stray timer) ends the worker: the exit below drops it from the pool.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
    });
    return worker;
  }
}

/**
 * The module's URL with its modification time: workers cache imports by URL, so a scorer edited while the
 * process lives (a re-judge after a fix, a watch loop, tests) is imported afresh.
 */
async function versionedUrl(file: string): Promise<string> {
  const url = pathToFileURL(file);
  const stats = await stat(file).catch(() => undefined);
  if (stats) url.search = `v=${stats.mtimeMs}-${stats.size}`;
  return url.href;
}

/** The process's pool: code scorers of every trial share it. */
export const moduleWorkers = new ModuleWorkerPool();

/**
 * Runner bench: a generated suite of behavioral conversations (simulator and
 * openai-agent calls both hit the fake endpoint, in a separate process, with
 * a fixed latency) run through `runPlan`. Prints wall / bound, where bound =
 * total LLM calls × latency / concurrency: what a perfect scheduler with zero
 * overhead would take.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { createChatClient } from '../src/llm/index.js';
import { planRun } from '../src/plan/index.js';
import { runPlan } from '../src/runner/index.js';
import { loadSuite } from '../src/suite/index.js';

export const BENCH = { latencyMs: 50, tests: 20, runsPerTest: 10, turns: 6, concurrency: 16, target: 1.1 } as const;

export interface RunnerBenchResult {
  readonly wallMs: number;
  readonly boundMs: number;
  readonly ratio: number;
  readonly llmCalls: number;
  readonly trials: number;
  readonly cpuMsPerTrial: number;
  readonly peakRssMb: number;
}

export async function benchRunner(
  log: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<RunnerBenchResult> {
  const server = await startServer(BENCH.latencyMs);
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-bench-'));
  try {
    await writeFile(
      join(dir, 'rehearse.yaml'),
      benchSuiteYaml({
        name: 'bench',
        baseURL: server.baseURL,
        turns: BENCH.turns,
        concurrency: BENCH.concurrency,
        runs: Array.from({ length: BENCH.tests }, () => BENCH.runsPerTest),
      }),
    );
    const loaded = await loadSuite(join(dir, 'rehearse.yaml'), { cwd: dir, env: {} });
    if (!loaded.ok) throw new Error(`bench suite invalid: ${JSON.stringify(loaded.issues)}`);
    const suite = loaded.suite;
    const plan = planRun(suite, { simulatorAvailable: true });
    const chat = createChatClient({ env: {}, pricing: suite.pricing, callTimeoutMs: 10_000, retries: 0 });
    log(
      `runner: ${plan.trials.length} trials × ${BENCH.turns} turns, concurrency ${BENCH.concurrency}, endpoint ` +
        `latency ${BENCH.latencyMs} ms (separate process)`,
    );

    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const results = await runPlan({
      suite,
      plan,
      env: { REHEARSE_GC: process.env.REHEARSE_GC },
      chat,
      concurrency: BENCH.concurrency,
      cwd: dir,
      git: {},
    });
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);

    const stats = await server.stats();
    const llmCalls = results.trials.reduce(
      (sum, trial) => sum + trial.transcript.filter((event) => event.type === 'llm_call').length,
      0,
    );
    if (llmCalls !== stats.requests)
      log(`runner: warning: ${llmCalls} calls recorded but the server saw ${stats.requests}`);
    const errors = results.trials.filter((trial) => trial.status === 'error' || trial.status === 'invalid').length;
    if (errors > 0)
      log(
        `runner: warning: ${errors} trials ended in error/invalid: ` +
          `${results.trials.find((trial) => trial.reason)?.reason}`,
      );
    const boundMs = (stats.requests * BENCH.latencyMs) / BENCH.concurrency;
    const result: RunnerBenchResult = {
      wallMs,
      boundMs,
      ratio: wallMs / boundMs,
      llmCalls: stats.requests,
      trials: results.trials.length,
      cpuMsPerTrial: (cpu.user + cpu.system) / 1000 / results.trials.length,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
    log(
      `runner: ${result.llmCalls} LLM calls, wall ${(wallMs / 1000).toFixed(2)} s, bound ` +
        `${(boundMs / 1000).toFixed(2)} s`,
    );
    log(`runner: wall/bound = ${result.ratio.toFixed(2)} (target ≤ ${BENCH.target.toFixed(2)})`);
    // Where the excess goes, as two factors whose product is wall/bound: slower round trips (endpoint,
    // network, CPU contention) and the scheduler leaving call slots idle (slot-time used / slot-time available).
    const calls = results.trials.flatMap((trial) =>
      trial.transcript.flatMap((event) => (event.type === 'llm_call' ? [event.durationMs] : [])),
    );
    const callMs = calls.reduce((sum, value) => sum + value, 0);
    const meanCallMs = callMs / Math.max(1, calls.length);
    const slotBusy = (wallMs * BENCH.concurrency) / Math.max(1, callMs);
    log(
      `runner: mean LLM round trip ${meanCallMs.toFixed(1)} ms for ${BENCH.latencyMs} ms of endpoint latency ` +
        `(the server measured ${stats.meanLatencyMs.toFixed(1)} ms from arrival to answer)`,
    );
    log(
      `runner:   round trip / latency = ${(meanCallMs / BENCH.latencyMs).toFixed(2)}; scheduler wall / (Σ round ` +
        `trips / concurrency) = ${slotBusy.toFixed(2)}`,
    );
    log(
      `runner: CPU ${result.cpuMsPerTrial.toFixed(2)} ms per trial (runner process only; the endpoint used ` +
        `${(stats.cpuMs / results.trials.length).toFixed(2)} ms per trial in its own process)`,
    );
    log(`runner: peak RSS ${result.peakRssMb.toFixed(0)} MB`);
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
    server.stop();
  }
}

/** The benches' suite: one behavioral scenario of `turns` turns against the bench endpoint, and these tests. */
export function benchSuiteYaml(suite: {
  readonly name: string;
  readonly baseURL: string;
  readonly turns: number;
  readonly concurrency: number;
  /** Run counts, one per test (t0, t1, …). */
  readonly runs: readonly number[];
}): string {
  const tests = suite.runs.map(
    (runs, i) =>
      `  - { id: t${i}, persona: p, scenario: s, runs: ${runs}, baseline_metrics: false, criteria: ` +
      `[{ type: turns, max: ${suite.turns} }] }`,
  );
  return (
    `version: 1
name: ${suite.name}
simulator: { model: bench-simulator, base_url: "${suite.baseURL}" }
agents:
  - { id: bot, type: openai, model: bench-agent, base_url: "${suite.baseURL}", system_prompt: You are a helpful ` +
    `support agent. }
personas:
  - { id: p, role: a customer with many questions }
scenarios:
  - id: s
    type: behavioral
    objective: learn about every option
    instructions: Ask about the options one by one.
    first_message: Hi, I have a few questions about my options.
    max_turns: ${suite.turns}
tests:
${tests.join('\n')}
run: { concurrency: ${suite.concurrency}, retries: 0 }
`
  );
}

interface ServerStats {
  readonly requests: number;
  readonly cpuMs: number;
  /** Mean time from a request's arrival to its answer, as the server measured it. */
  readonly meanLatencyMs: number;
}

export interface ServerHandle {
  readonly baseURL: string;
  readonly stats: () => Promise<ServerStats>;
  readonly stop: () => void;
}

export async function startServer(latencyMs: number): Promise<ServerHandle> {
  const tsx = pathToFileURL(join(import.meta.dirname, '../node_modules/tsx/dist/loader.mjs')).href;
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [
    '--import',
    tsx,
    join(import.meta.dirname, 'fake-server.ts'),
    String(latencyMs),
  ]);
  child.stderr.pipe(process.stderr);
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async <T>(): Promise<T> => {
    const line = await lines.next();
    if (line.done) throw new Error('the bench server exited');
    return JSON.parse(line.value) as T;
  };
  const { baseURL } = await next<{ baseURL: string }>();
  return {
    baseURL,
    stats: async () => {
      child.stdin.write('stats\n');
      return next<ServerStats>();
    },
    stop: () => child.kill('SIGTERM'),
  };
}

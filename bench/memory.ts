/**
 * Runner memory at scale: N conversations (6 turns each, simulator and agent
 * on the bench endpoint at 2 ms per call, concurrency 32) run through
 * `runPlan` with the journal and the results file, each N in a fresh child
 * process so its peak RSS (VmHWM) is its own. The child is this file bundled
 * (see bundled-child.ts), as the CLI and the action ship; the endpoint is a
 * process of its own. Also prints the live heap after a forced GC, sampled as
 * trials finish, to show how it grows per trial, and the same run with
 * REHEARSE_GC=speed (V8's default heap growth, see src/runner/memory.ts).
 * Target: peak RSS ≤ 250 MB at 3,000 conversations.
 *
 * Usage: npx tsx bench/memory.ts   (also run by `npm run bench`)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createChatClient } from '../src/llm/index.js';
import { planRun } from '../src/plan/index.js';
import { runPlan } from '../src/runner/index.js';
import { loadSuite } from '../src/suite/index.js';
import { bundledChild } from './bundled-child.js';
import { benchSuiteYaml, startServer } from './runner.js';

/** Conversations and REHEARSE_GC: `memory` (the default from 200 planned trials), then V8's own (`speed`). */
const RUNS = [
  [1_000, 'memory'],
  [3_000, 'memory'],
  [3_000, 'speed'],
] as const;
const TARGET_PEAK_RSS_MB = 250;
const TURNS = 6;
const CONCURRENCY = 32;

interface ChildReport {
  readonly peakRssMb: number;
  readonly heapMb: readonly [number, number][];
  readonly wallMs: number;
  /** RSS with every module loaded, before the run: what tsx and the imports cost, not the run. */
  readonly floorMb: number;
}

export async function benchMemory(
  log: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-memory-bench-'));
  const server = await startServer(2);
  try {
    const command = await bundledChild(import.meta.url, dir);
    log(`memory: each run in a fresh Node ${process.versions.node} process, ${command.how}`);
    for (const [size, gc] of RUNS) {
      const child = spawnSync(
        process.execPath,
        ['--expose-gc', ...command.args, 'child', String(size), server.baseURL],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 24,
          env: { ...process.env, REHEARSE_GC: gc },
        },
      );
      const line = child.stdout.split('\n').find((text) => text.startsWith('{'));
      if (!line) {
        log(`memory: ${size} conversations: the child failed: ${child.stderr.slice(-500)}`);
        continue;
      }
      logReport(log, size, gc, JSON.parse(line) as ChildReport);
    }
  } finally {
    server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

function logReport(log: (line: string) => void, size: number, gc: string, report: ChildReport): void {
  const heap = report.heapMb.map(([done, mb]) => `${done}: ${mb.toFixed(0)} MB`).join(', ');
  const [first, last] = [report.heapMb[0], report.heapMb.at(-1)];
  const perTrialKb = first && last && last[0] > first[0] ? ((last[1] - first[1]) * 1024) / (last[0] - first[0]) : 0;
  const target = size === 3_000 && gc === 'memory' ? `  ${ratio(report.peakRssMb)}` : '';
  log(
    `memory: ${size} conversations (REHEARSE_GC=${gc}) in ${(report.wallMs / 1000).toFixed(1)} s: peak RSS ` +
      `${report.peakRssMb.toFixed(0)} MB (${report.floorMb.toFixed(0)} MB before the run: node + modules)${target}`,
  );
  log(`memory:   live heap after GC by trials finished: ${heap} (${perTrialKb.toFixed(1)} KB per trial)`);
}

function ratio(peakMb: number): string {
  const over = peakMb > TARGET_PEAK_RSS_MB ? '  (over)' : '';
  return `${(peakMb / TARGET_PEAK_RSS_MB).toFixed(2)}× target (≤ ${TARGET_PEAK_RSS_MB} MB)${over}`;
}

async function child(size: number, baseURL: string): Promise<void> {
  const floorMb = process.memoryUsage().rss / 1024 / 1024;
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-memory-'));
  try {
    await writeFile(
      join(dir, 'rehearse.yaml'),
      benchSuiteYaml({ name: 'memory', baseURL, turns: TURNS, concurrency: CONCURRENCY, runs: runCounts(size) }),
    );
    const loaded = await loadSuite(join(dir, 'rehearse.yaml'), { cwd: dir, env: {} });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const suite = loaded.suite;
    const plan = planRun(suite, { simulatorAvailable: true });
    const chat = createChatClient({ env: {}, pricing: suite.pricing, callTimeoutMs: 10_000, retries: 0 });
    const heapMb: [number, number][] = [];
    const gc = (globalThis as { gc?: () => void }).gc;
    let done = 0;
    const started = performance.now();
    const outputPath = join(dir, 'results.json');
    await runPlan({
      suite,
      plan,
      env: { REHEARSE_GC: process.env.REHEARSE_GC },
      chat,
      concurrency: CONCURRENCY,
      cwd: dir,
      git: {},
      outputPath,
      journal: { path: join(dir, 'results.journal.jsonl') },
      onTrialDone: () => {
        done++;
        if (done % Math.floor(size / 4) === 0 && gc) {
          gc();
          heapMb.push([done, process.memoryUsage().heapUsed / 1e6]);
        }
      },
    });
    const wallMs = performance.now() - started;
    process.stdout.write(
      `${JSON.stringify({ peakRssMb: peakRssMb(), heapMb, wallMs, floorMb } satisfies ChildReport)}\n`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function peakRssMb(): number {
  const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

const MAX_RUNS_PER_TEST = 500;

/** Run counts of at most MAX_RUNS_PER_TEST each (a suite's run count is bounded): `size` conversations in all. */
function runCounts(size: number): number[] {
  return Array.from({ length: Math.ceil(size / MAX_RUNS_PER_TEST) }, (_, index) =>
    Math.min(MAX_RUNS_PER_TEST, size - index * MAX_RUNS_PER_TEST),
  );
}

if (process.argv[2] === 'child') await child(Number(process.argv[3]), process.argv[4] ?? '');
else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchMemory();

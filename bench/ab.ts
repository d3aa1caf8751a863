/**
 * `npm run bench -- ab <git ref>`: this tree against another revision, the
 * same workloads run on both, alternated back to back (A B, then B A, …) so
 * that a shared machine's load falls on both alike. Prints per tree the CPU
 * per trial (user + sys of the whole CLI process / trials), wall over the
 * bound (LLM calls × latency / concurrency: a perfect scheduler with no
 * overhead), peak RSS, and current/ref ratios, with the load average seen.
 *
 * Each tree is driven through an entry every revision has: its own
 * `bin/rehearse.js` over its CLI bundled as it ships (ncc, as scripts/build.mjs
 * makes dist/cli), `rehearse run` on a generated suite against one fake
 * endpoint (bench/fake-server.ts, its own process). The other revision is
 * checked out in a temporary detached worktree, removed afterwards (also on
 * Ctrl-C). See bench/README.md.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchSuiteYaml, startServer, type ServerHandle } from './runner.js';
import { compactChunks } from '../scripts/compact.mjs';
import { nccBuild } from '../scripts/ncc.mjs';

const HERE = resolve(import.meta.dirname, '..');
/** A suite's run count per test is bounded (src/suite/limits.ts): bigger workloads are split over tests. */
const MAX_RUNS_PER_TEST = 500;

interface Workload {
  readonly name: string;
  readonly conversations: number;
  readonly turns: number;
  readonly concurrency: number;
  readonly latencyMs: number;
  /** The peer workload is also run as a plain fetch loop, as its yardstick. */
  readonly againstLoop?: boolean;
}

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
  readonly trials: number;
  readonly calls: number;
  readonly loopMs?: number;
}

interface Tree {
  readonly label: string;
  readonly root: string;
  /** Where its bundle and bin live once built. */
  readonly out: string;
}

const cleanups: (() => void)[] = [];
let running: ChildProcess | undefined;

export async function benchAb(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      rounds: { type: 'string', default: '2' },
      sizes: { type: 'string', default: '1000,3000' },
      skip: { type: 'string', default: '' },
    },
  });
  const ref = positionals[0];
  if (!ref)
    throw new Error('usage: npm run bench -- ab <git ref> [--rounds 2] [--sizes 1000,3000] [--skip peer,memory]');
  const rounds = positiveInt(values.rounds, '--rounds');
  const sizes = values.sizes.split(',').map((size) => positiveInt(size, '--sizes'));
  const skip = new Set(values.skip.split(',').filter(Boolean));
  const sha = git(['rev-parse', '--verify', `${ref}^{commit}`]).trim();

  process.once('SIGINT', () => interrupted('SIGINT'));
  process.once('SIGTERM', () => interrupted('SIGTERM'));
  const work = mkdtempSync(join(tmpdir(), 'rehearse-ab-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const started = performance.now();
  try {
    const refRoot = join(work, 'ref-tree');
    git(['worktree', 'add', '--detach', refRoot, sha]);
    cleanups.unshift(() => removeWorktree(refRoot));
    linkOrInstallModules(refRoot);
    const current: Tree = {
      label: `current${dirty() ? ' (uncommitted changes)' : ''}`,
      root: HERE,
      out: join(work, 'current-build'),
    };
    const ref: Tree = { label: `ref ${sha.slice(0, 7)}`, root: refRoot, out: refBuildCache(sha) };
    // Side by side: each ncc build takes ~35 s of mostly one core. The ref's is kept for the next run against it.
    await Promise.all([
      existsSync(join(ref.out, 'bin', 'rehearse.js')) ? reuse(ref) : buildAndKeep(ref, work),
      build(current),
    ]);
    const trees: [Tree, Tree] = [ref, current];
    const preload = join(work, 'measure.cjs');
    writeFileSync(preload, MEASURE_PRELOAD);
    const loop = join(work, 'fetch-loop.mjs');
    writeFileSync(loop, FETCH_LOOP);

    const workloads: Workload[] = [
      ...sizes.map((size) => ({
        name: `runner ${size} × 5 turns, 32 in flight, 50 ms`,
        conversations: size,
        turns: 5,
        concurrency: 32,
        latencyMs: 50,
      })),
      ...(skip.has('peer')
        ? []
        : [
            {
              name: 'peer 50 × 5 turns, 8 in flight, 50 ms (vs a plain fetch loop)',
              conversations: 50,
              turns: 5,
              concurrency: 8,
              latencyMs: 50,
              againstLoop: true,
            },
          ]),
      ...(skip.has('memory')
        ? []
        : [
            {
              name: 'memory 1000 × 6 turns, 32 in flight, 2 ms',
              conversations: 1000,
              turns: 6,
              concurrency: 32,
              latencyMs: 2,
            },
          ]),
    ];
    const loads: number[] = [];
    process.stdout.write(
      `ab: ${trees[1].label} (${HERE}) vs ${trees[0].label}, ${rounds} rounds alternated, Node ${process.version}\n`,
    );
    const table: string[] = [];
    for (const workload of workloads) {
      const samples = await runAlternated(workload, trees, rounds, { work, preload, loop, loads });
      table.push(...describe(workload, trees, samples));
    }
    const [low, high] = [Math.min(...loads), Math.max(...loads)];
    const mean = loads.reduce((sum, load) => sum + load, 0) / Math.max(1, loads.length);
    process.stdout.write(`\n${table.join('\n')}\n`);
    process.stdout.write(
      `\nload average (1 min) at each run's start: min ${low.toFixed(2)}, mean ${mean.toFixed(2)}, max ` +
        `${high.toFixed(2)} (${availableParallelism()} cores); ` +
        `${((performance.now() - started) / 1000).toFixed(0)} s in all\n`,
    );
  } finally {
    cleanUp();
  }
}

interface RunContext {
  readonly work: string;
  readonly preload: string;
  readonly loop: string;
  readonly loads: number[];
}

/** Round r runs the trees in the order A B when r is odd, B A when even: drift in the machine's load cancels. */
async function runAlternated(
  workload: Workload,
  trees: readonly [Tree, Tree],
  rounds: number,
  context: RunContext,
): Promise<Sample[][]> {
  const server = await startServer(workload.latencyMs);
  cleanups.unshift(() => server.stop());
  try {
    const samples: Sample[][] = [[], []];
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? [0, 1] : [1, 0];
      // The plain loop runs once a round, between the two trees (A loop B, B loop A), and both are set against it.
      let loopMs: number | undefined;
      for (const [turn, index] of order.entries()) {
        const measured = await runOnce(workload, trees[index] as Tree, server, context, turn === 0);
        loopMs ??= measured.loopMs;
        const sample = { ...measured, ...(loopMs ? { loopMs } : {}) };
        samples[index]?.push(sample);
        process.stdout.write(
          `ab: ${workload.name}: ${(trees[index] as Tree).label}: wall ${(sample.wallMs / 1000).toFixed(2)} s, ` +
            `${(sample.cpuMs / sample.trials).toFixed(2)} ms CPU per trial, ` +
            `peak RSS ${sample.peakRssMb.toFixed(0)} MB` +
            (sample.loopMs ? `, fetch loop ${(sample.loopMs / 1000).toFixed(2)} s` : '') +
            `\n`,
        );
      }
    }
    return samples;
  } finally {
    server.stop();
  }
}

async function runOnce(
  workload: Workload,
  tree: Tree,
  server: ServerHandle,
  context: RunContext,
  thenLoop: boolean,
): Promise<Sample> {
  const dir = mkdtempSync(join(context.work, 'run-'));
  try {
    writeFileSync(
      join(dir, 'rehearse.yaml'),
      benchSuiteYaml({
        name: 'ab',
        baseURL: server.baseURL,
        turns: workload.turns,
        concurrency: workload.concurrency,
        runs: runCounts(workload.conversations),
      }),
    );
    context.loads.push(loadavg()[0] ?? 0);
    const report = join(dir, 'measure.json');
    const before = (await server.stats()).requests;
    const started = performance.now();
    await child(
      ['--require', context.preload, join(tree.out, 'bin', 'rehearse.js'), 'run', '-c', 'rehearse.yaml'],
      dir,
      {
        AB_MEASURE: report,
      },
    );
    const wallMs = performance.now() - started;
    const calls = (await server.stats()).requests - before;
    const measured = JSON.parse(readFileSync(report, 'utf8')) as { cpuMs: number; peakRssMb: number };
    const trials = trialsIn(join(dir, '.rehearse', 'runs'));
    let loopMs: number | undefined;
    if (workload.againstLoop && thenLoop) {
      // The same calls without Rehearse, in a fresh process too (its start-up counts like Rehearse's).
      const perConversation = Math.round(calls / workload.conversations);
      const loopStarted = performance.now();
      await child(
        [
          context.loop,
          server.baseURL,
          String(workload.conversations),
          String(perConversation),
          String(workload.concurrency),
        ],
        dir,
        {},
      );
      loopMs = performance.now() - loopStarted;
    }
    return {
      wallMs,
      cpuMs: measured.cpuMs,
      peakRssMb: measured.peakRssMb,
      trials,
      calls,
      ...(loopMs ? { loopMs } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function describe(workload: Workload, trees: readonly [Tree, Tree], samples: Sample[][]): string[] {
  const bound = (sample: Sample) => (sample.calls * workload.latencyMs) / workload.concurrency;
  const figures: [string, (sample: Sample) => number, number][] = [
    ['CPU ms per trial', (sample) => sample.cpuMs / sample.trials, 2],
    ...(workload.latencyMs >= 50
      ? ([['wall / bound', (sample: Sample) => sample.wallMs / bound(sample), 3]] as [
          string,
          (s: Sample) => number,
          number,
        ][])
      : []),
    ...(workload.againstLoop
      ? ([['wall / plain fetch loop', (sample: Sample) => sample.wallMs / (sample.loopMs ?? Number.NaN), 3]] as [
          string,
          (s: Sample) => number,
          number,
        ][])
      : []),
    ['wall s', (sample) => sample.wallMs / 1000, 2],
    ['peak RSS MB', (sample) => sample.peakRssMb, 0],
  ];
  const lines = [
    `${workload.name}`,
    `  ${''.padEnd(26)}${trees[0].label.padEnd(28)}${'current'.padEnd(28)}current/ref`,
  ];
  for (const [name, of, digits] of figures) {
    const [ref, current] = [samples[0] ?? [], samples[1] ?? []].map((list) => list.map(of));
    const fixed = (value: number) => value.toFixed(digits);
    const cell = (values: number[]) =>
      `${fixed(median(values))} (${fixed(Math.min(...values))}–${fixed(Math.max(...values))})`;
    lines.push(
      `  ${name.padEnd(26)}${cell(ref as number[]).padEnd(28)}${cell(current as number[]).padEnd(28)}` +
        `${(median(current as number[]) / median(ref as number[])).toFixed(3)}`,
    );
  }
  const trials = samples[1]?.[0]?.trials ?? 0;
  const calls = samples[1]?.[0]?.calls ?? 0;
  lines.push(`  (${trials} trials, ${calls} LLM calls per run; medians, min–max in brackets)`);
  return lines;
}

/**
 * Bundles the tree's CLI as it ships: ncc (this tree's, with scripts/build.mjs's options), then without whitespace and
 * comments, next to a copy of the tree's bin. The shipped bundle, not an esbuild split of it: ncc's webpack runtime
 * starts in one module and ~13 chunks, an esbuild split in ~50 ES modules, which took ~60 ms more to start (peer
 * workload, 8 alternated runs) and made the bench measure a start-up no user has.
 */
async function build(tree: Tree): Promise<void> {
  const started = performance.now();
  await nccBuild(join(tree.root, 'src', 'cli', 'index.ts'), join(tree.out, 'dist', 'cli'), { quiet: true });
  // As scripts/build.mjs ships the CLI: without whitespace and comments (both trees, so the comparison is the code's).
  await compactChunks(join(tree.out, 'dist', 'cli'));
  // The whole folder: the entry imports its neighbours (bin/node-version.js).
  cpSync(join(tree.root, 'bin'), join(tree.out, 'bin'), { recursive: true });
  writeFileSync(join(tree.out, 'package.json'), '{ "type": "module" }\n');
  process.stdout.write(`ab: built ${tree.label} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

/**
 * Where a ref's build is kept for the next A/B run against it: a commit bundles the same each time with the same
 * ncc, compaction and build options, all in the key (this tree's lock file and scripts). A build is ~35 s of a run.
 */
function refBuildCache(sha: string): string {
  const key = createHash('sha256')
    .update(sha)
    .update(readFileSync(join(HERE, 'package-lock.json')))
    .update(readFileSync(join(HERE, 'scripts', 'ncc.mjs')))
    .update(readFileSync(join(HERE, 'scripts', 'compact.mjs')))
    .digest('hex')
    .slice(0, 16);
  return join(tmpdir(), 'rehearse-ab-builds', `${sha.slice(0, 12)}-${key}`);
}

function reuse(tree: Tree): Promise<void> {
  process.stdout.write(`ab: ${tree.label}: its build from an earlier run, ${tree.out}\n`);
  return Promise.resolve();
}

/** Built beside the run's other files, then moved into the cache whole: an interrupted build is never reused. */
async function buildAndKeep(tree: Tree, work: string): Promise<void> {
  const building = { ...tree, out: join(work, 'ref-build') };
  await build(building);
  mkdirSync(dirname(tree.out), { recursive: true });
  rmSync(tree.out, { recursive: true, force: true });
  renameSync(building.out, tree.out);
}

/**
 * The ref tree's dependencies: this tree's node_modules when the lock files are identical, else `npm ci` once per
 * lock file, kept in the temporary directory's cache for the next A/B run.
 */
function linkOrInstallModules(refRoot: string): void {
  const lock = (root: string) => readFileSync(join(root, 'package-lock.json'), 'utf8');
  const ours = lock(HERE);
  const theirs = lock(refRoot);
  if (ours === theirs) {
    symlinkSync(resolve(HERE, 'node_modules'), join(refRoot, 'node_modules'), 'dir');
    return;
  }
  // Named node_modules itself: packages resolve their own dependencies from their real path, as siblings.
  const lockHash = createHash('sha256').update(theirs).digest('hex').slice(0, 16);
  const cache = join(tmpdir(), 'rehearse-ab-modules', lockHash, 'node_modules');
  if (!existsSync(cache)) {
    process.stdout.write(`ab: note: the ref's package-lock.json differs from this tree's: npm ci in its worktree…\n`);
    const started = performance.now();
    execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: refRoot, stdio: 'inherit' });
    mkdirSync(dirname(cache), { recursive: true });
    renameSync(join(refRoot, 'node_modules'), cache);
    process.stdout.write(
      `ab: note: npm ci took ${((performance.now() - started) / 1000).toFixed(0)} s; kept in ${cache} for next time\n`,
    );
  } else {
    process.stdout.write(`ab: note: the ref's package-lock.json differs: its npm ci'd modules from ${cache}\n`);
  }
  symlinkSync(cache, join(refRoot, 'node_modules'), 'dir');
}

function child(args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(process.execPath, args, {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      // Nothing of this shell's environment (CI markers, keys) reaches the run: it is the same for both trees.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    running = proc;
    let stderr = '';
    proc.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      running = undefined;
      // 0: the gate passed, 1: it failed (the generated suite passes, but a tree may judge it otherwise).
      if (code === 0 || code === 1) resolvePromise();
      else reject(new Error(`${args.slice(-6).join(' ')} exited ${code ?? signal}: ${stderr.slice(-1500)}`));
    });
  });
}

function trialsIn(runsDir: string): number {
  const file = readdirSync(runsDir).find((name) => name.endsWith('.json'));
  if (!file) throw new Error(`no results file in ${runsDir}`);
  return (JSON.parse(readFileSync(join(runsDir, file), 'utf8')) as { trials: unknown[] }).trials.length;
}

function runCounts(size: number): number[] {
  return Array.from({ length: Math.ceil(size / MAX_RUNS_PER_TEST) }, (_, index) =>
    Math.min(MAX_RUNS_PER_TEST, size - index * MAX_RUNS_PER_TEST),
  );
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: HERE, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function dirty(): boolean {
  return git(['status', '--porcelain', '--untracked-files=no']).trim() !== '';
}

function removeWorktree(root: string): void {
  try {
    git(['worktree', 'remove', '--force', root]);
  } catch {
    rmSync(root, { recursive: true, force: true });
    git(['worktree', 'prune']);
  }
}

function cleanUp(): void {
  for (const step of cleanups.splice(0)) {
    try {
      step();
    } catch (error) {
      process.stderr.write(`ab: cleanup: ${String(error)}\n`);
    }
  }
}

function interrupted(signal: NodeJS.Signals): void {
  process.stderr.write(`\nab: ${signal}: removing the temporary worktree\n`);
  running?.kill('SIGKILL');
  cleanUp();
  process.exit(130);
}

function positiveInt(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${flag}: expected a positive whole number, got '${text}'`);
  return value;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Loaded into each run's process: at exit, its own CPU time (start-up included) and peak RSS, into AB_MEASURE. */
const MEASURE_PRELOAD = `
const { readFileSync, writeFileSync } = require('node:fs');
process.on('exit', () => {
  const cpu = process.cpuUsage();
  const hwm = /^VmHWM:\\s+(\\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  const peakRssMb = hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
  writeFileSync(process.env.AB_MEASURE, JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb }));
});
`;

/** The peer bench's yardstick (bench/peer.ts): workers each running whole conversations of sequential POSTs. */
const FETCH_LOOP = `
const [baseURL, conversations, callsPerConversation, inFlight] = process.argv.slice(2);
let next = 0;
const url = baseURL + '/chat/completions';
async function worker() {
  while (next < Number(conversations)) {
    next++;
    const messages = [{ role: 'system', content: 'You are a helpful support agent.' }];
    for (let call = 0; call < Number(callsPerConversation); call++) {
      const model = call % 2 === 0 ? 'bench-agent' : 'bench-simulator';
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer local' },
        body: JSON.stringify({ model, messages }),
      });
      const body = await response.json();
      messages.push({ role: call % 2 === 0 ? 'assistant' : 'user', content: body.choices[0]?.message.content ?? '' });
    }
  }
}
await Promise.all(Array.from({ length: Number(inFlight) }, worker));
`;
